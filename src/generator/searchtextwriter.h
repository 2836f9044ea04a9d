#pragma once

#include <QByteArray>
#include <QString>

// Writes a document's search text (search/<document>.json): a JSON array of {document, path,
// text, title}, byte for byte what QJsonDocument writes compactly (keys in its order, strings
// escaped as it escapes them), so the app's reader and existing bundles see no difference.
// Straight from the strings to UTF-8: building QJsonObjects to write them cost more than the
// rest of assembling a document.
class SearchTextWriter final
{
public:
    void add(const QString &document, const QString &path, const QString &text,
             const QString &title);
    QByteArray json() const { return m_json + ']'; }

private:
    void appendString(const QString &string);

    QByteArray m_json = QByteArrayLiteral("[");
};
