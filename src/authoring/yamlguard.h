#pragma once

#include <QString>

#include <optional>
#include <string>

// Looks over front matter YAML before anything builds a tree of it, and refuses what could make
// a few hundred bytes cost gigabytes: anchors and aliases (a "billion laughs" expands nested
// aliases when the tree is walked), nesting deeper than `maxDepth` and more than `maxNodes`
// values. It stops at the first thing refused, so a hostile file fails fast. Text that is not
// valid YAML passes: the parser that follows says what is wrong with it.
class YamlGuard final
{
public:
    struct Refusal
    {
        int line = 0; // 0-based, in the YAML text
        QString message;
    };

    static constexpr int kMaxDepth = 32;
    static constexpr int kMaxNodes = 10000;

    static std::optional<Refusal> check(const std::string &yaml, int maxDepth = kMaxDepth,
                                        int maxNodes = kMaxNodes);
};
