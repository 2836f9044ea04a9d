#include "yamlguard.h"

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/mark.h>
#include <yaml-cpp/parser.h>

#include <sstream>

namespace {

// Thrown from inside the event handler to stop the parser at the first refusal.
struct Refused
{
    YamlGuard::Refusal refusal;
};

class GuardHandler final : public YAML::EventHandler
{
public:
    GuardHandler(const std::string &yaml, int maxDepth, int maxNodes)
        : m_yaml(yaml)
        , m_maxDepth(maxDepth)
        , m_maxNodes(maxNodes)
    {}

    void OnDocumentStart(const YAML::Mark &) override {}
    void OnDocumentEnd() override {}
    void OnNull(const YAML::Mark &mark, YAML::anchor_t) override { value(mark); }
    void OnAlias(const YAML::Mark &mark, YAML::anchor_t) override
    {
        refuse(mark, QStringLiteral("front matter uses the YAML alias '%1': anchors and aliases "
                                    "are not accepted (a few nested ones can expand a small "
                                    "file into gigabytes); write the value out instead")
                         .arg(tokenAt(mark)));
    }
    void OnAnchor(const YAML::Mark &mark, const std::string &name) override
    {
        refuse(mark, QStringLiteral("front matter uses the YAML anchor '&%1': anchors and aliases "
                                    "are not accepted (a few nested ones can expand a small "
                                    "file into gigabytes); write the value out instead")
                         .arg(QString::fromStdString(name)));
    }
    void OnScalar(const YAML::Mark &mark, const std::string &, YAML::anchor_t,
                  const std::string &) override
    {
        value(mark);
    }
    void OnSequenceStart(const YAML::Mark &mark, const std::string &, YAML::anchor_t,
                         YAML::EmitterStyle::value) override
    {
        open(mark);
    }
    void OnSequenceEnd() override { --m_depth; }
    void OnMapStart(const YAML::Mark &mark, const std::string &, YAML::anchor_t,
                    YAML::EmitterStyle::value) override
    {
        open(mark);
    }
    void OnMapEnd() override { --m_depth; }

private:
    [[noreturn]] static void refuse(const YAML::Mark &mark, const QString &message)
    {
        throw Refused{{mark.is_null() ? 0 : mark.line, message}};
    }

    void value(const YAML::Mark &mark)
    {
        if (++m_nodes > m_maxNodes)
            refuse(mark, QStringLiteral("front matter holds more than %1 values; it is meant "
                                        "for a title and a few short fields")
                             .arg(m_maxNodes));
    }

    void open(const YAML::Mark &mark)
    {
        value(mark);
        if (++m_depth > m_maxDepth)
            refuse(mark, QStringLiteral("front matter nests lists and mappings more than %1 "
                                        "levels deep; it is meant for a title and a few short "
                                        "fields")
                             .arg(m_maxDepth));
    }

    // The alias as written ("*name"), read from the text at the parser's mark.
    QString tokenAt(const YAML::Mark &mark) const
    {
        if (mark.is_null() || mark.pos < 0 || static_cast<std::size_t>(mark.pos) >= m_yaml.size())
            return QStringLiteral("*");
        const std::size_t end =
            m_yaml.find_first_of(" \t\r\n,[]{}", static_cast<std::size_t>(mark.pos));
        return QString::fromStdString(
            m_yaml.substr(static_cast<std::size_t>(mark.pos),
                          end == std::string::npos ? std::string::npos
                                                   : end - static_cast<std::size_t>(mark.pos)));
    }

    const std::string &m_yaml;
    int m_maxDepth;
    int m_maxNodes;
    int m_depth = 0;
    int m_nodes = 0;
};

} // namespace

std::optional<YamlGuard::Refusal> YamlGuard::check(const std::string &yaml, int maxDepth,
                                                   int maxNodes)
{
    std::istringstream stream(yaml);
    GuardHandler handler(yaml, maxDepth, maxNodes);
    try {
        YAML::Parser parser(stream);
        while (parser.HandleNextDocument(handler)) {
        }
    } catch (const Refused &refused) {
        return refused.refusal;
    } catch (const YAML::Exception &) {
        // Invalid YAML: the loader reports it with its own message and line.
    }
    return std::nullopt;
}
