#pragma once

#include <QString>

// Keeps text that Trustbook writes into a questionnaire from being run as a formula by the
// spreadsheet that opens it (CSV or formula injection): text starting with '=', '+', '-', '@',
// a tab or a carriage return gets a single quote in front, as OWASP advises, so every
// spreadsheet shows it as text.
//
// Only cells Trustbook writes (Cell::Origin::Trustbook) pass through here, in both writers.
// Cells copied from the input are the questionnaire owner's own content: they go back exactly
// as they came, and a formula there is theirs (altering it would corrupt their file, and
// leaving it adds no risk that opening their own file did not already have).
class CellGuard final
{
public:
    static bool needsGuard(const QString &text);
    // The text as it is safe to write: unchanged, or with a single quote in front.
    static QString neutralise(const QString &text);
};
