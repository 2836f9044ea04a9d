#pragma once

#include "manifest.h"
#include "result.h"

#include <QByteArrayView>
#include <QString>

// Reads the manifest's JSON in one pass straight into a Manifest, without QJsonDocument's tree.
// The app reads the manifest at every start, on a thread beside the engine's start-up: at
// 10,000 sections (1.5 MB) building that tree, converting its values into strings and freeing
// it took about 65 ms of CPU the engine needed on a two-processor machine.
//
// Any valid JSON is read as Manifest::fromJson() always read it: members it does not know are
// skipped, and a value of another type than expected reads as QJsonValue's toString() or
// toInt() would (empty, 0). JSON that RFC 8259 does not allow is refused with the offset of the
// byte where it goes wrong (for invalid UTF-8, of the string that holds it); QJsonDocument took
// a few such things (a line break in a string, "2.") that the generator never writes.
class ManifestReader final
{
public:
    static Result<Manifest> read(QByteArrayView json);

private:
    explicit ManifestReader(QByteArrayView json)
        : m_json(json)
    {}

    // Each reads one value at the current position (after white space); a value of another
    // type is skipped (and checked) and leaves the default. False once the JSON is invalid.
    bool readManifest(Manifest *manifest, int *format);
    bool readDocument(DocumentEntry *document);
    bool readSection(SectionEntry *section);
    bool readString(QString *text);
    bool readInt(int *number);
    bool readDate(QDate *date);

    // The grammar. readMembers() calls `member(key)` with the position at the member's value;
    // readElements() calls `element()` at each element; readList() reads an array into `list`,
    // each element by `readOne(T *)`, and any other value as an empty list.
    template<typename T, typename ReadOne>
    bool readList(QList<T> *list, ReadOne readOne);
    template<typename Member>
    bool readMembers(Member member);
    template<typename Element>
    bool readElements(Element element);
    template<typename Item>
    bool readContainer(char close, const char *unterminated, Item item);
    bool readKey(QByteArrayView *key, QByteArray *decoded);
    bool decodeString(QString *text);
    static bool appendUtf8(QString *text, QByteArrayView bytes);
    bool readNumber(double *number);
    bool skipValue();
    bool skipLiteral(QByteArrayView literal);
    void skipSpace();
    char peek() const { return m_pos < m_json.size() ? m_json.at(m_pos) : '\0'; }
    bool fail(const char *reason);

    QByteArrayView m_json;
    qsizetype m_pos = 0;
    int m_depth = 0;
    QString m_error;
};
