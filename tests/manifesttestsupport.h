#pragma once

// Manifests compared field by field, so that a failure names the field that differs.

#include "manifest.h"
#include "manifestoftree.h"

#include <QTest>

namespace ManifestTest {

inline void compareDocuments(const DocumentEntry &actual, const DocumentEntry &expected)
{
    QCOMPARE(actual.id, expected.id);
    QCOMPARE(actual.title, expected.title);
    QCOMPARE(actual.section, expected.section);
    QCOMPARE(actual.description, expected.description);
    QCOMPARE(actual.url, expected.url);
    QCOMPARE(actual.order, expected.order);
    QCOMPARE(actual.source, expected.source);
    QCOMPARE(actual.sha256, expected.sha256);
    QCOMPARE(actual.sections.size(), expected.sections.size());
    for (qsizetype i = 0; i < expected.sections.size(); ++i) {
        QCOMPARE(actual.sections.at(i).id, expected.sections.at(i).id);
        QCOMPARE(actual.sections.at(i).title, expected.sections.at(i).title);
        QCOMPARE(actual.sections.at(i).line, expected.sections.at(i).line);
        QCOMPARE(actual.sections.at(i).review, expected.sections.at(i).review);
    }
}

inline void compareManifests(const Manifest &actual, const Manifest &expected)
{
    QCOMPARE(actual.contentVersion, expected.contentVersion);
    QCOMPARE(actual.documents.size(), expected.documents.size());
    for (qsizetype d = 0; d < expected.documents.size() && !QTest::currentTestFailed(); ++d)
        compareDocuments(actual.documents.at(d), expected.documents.at(d));
}

} // namespace ManifestTest
