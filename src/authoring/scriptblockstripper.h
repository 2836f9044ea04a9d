#pragma once

#include "contenterror.h"

#include <QByteArray>
#include <QString>

// Removes Svelte/mdsvex component blocks (`<script ...>...</script>`, `<style ...>...</style>`
// starting at the beginning of a line, outside fenced code) before the markdown is rendered:
// they must neither run nor show up as text. Removed lines become empty lines so later line
// numbers stay those of the file. A `<script>` inside a fenced code block is content and kept.
class ScriptBlockStripper final
{
public:
    // Returns the stripped markdown; fails (file:line of the opening tag) when a block is never
    // closed.
    static ContentResult<QByteArray> strip(const QByteArray &markdown, const QString &fileName);
};
