#pragma once

#include "contenterror.h"

#include <QByteArray>
#include <QString>

#include <optional>

// Removes Svelte/mdsvex component blocks (`<script ...>...</script>`, `<style ...>...</style>`
// starting at the beginning of a line, outside fenced code) before the markdown is rendered:
// they must neither run nor show up as text. Removed lines become empty lines so later line
// numbers stay those of the file. A `<script>` inside a fenced code block is content and kept.
class ScriptBlockStripper final
{
public:
    // Returns the stripped markdown, or nullopt with `error` set (file:line of the opening
    // tag) when a block is never closed.
    static std::optional<QByteArray> strip(const QByteArray &markdown, const QString &fileName,
                                           ContentError *error);
};
