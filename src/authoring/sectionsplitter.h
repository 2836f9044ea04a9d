#pragma once

#include "renderedblock.h"

#include <QByteArray>
#include <QList>
#include <QString>

// One question and its answer: a "##" heading and everything up to the next one.
struct Section
{
    QString id; // GitHub-style anchor of the heading, unique within its document
    QString title;
    QByteArray html; // the heading and its answer
    QString plainText;
    int line = 0;
};

struct SplitDocument
{
    QByteArray introHtml; // what comes before the first "##" (usually the "#" title)
    QList<Section> sections;
};

// Cuts a rendered document into sections at level-2 headings and gives each an id with the
// same rules GitHub uses for heading anchors.
class SectionSplitter final
{
public:
    static SplitDocument split(const QList<RenderedBlock> &blocks);
};
