#pragma once

// Collects what one logging category prints while it lives, with the category's info level
// turned on as a person would turn it on (by name, through the filter rules). Every message
// still goes on to the handler installed before (QTest's, which fails on warnings).

#include <QLoggingCategory>
#include <QMessageLogContext>
#include <QMutex>
#include <QMutexLocker>
#include <QStringList>

#include <algorithm>

class LogCapture final
{
    Q_DISABLE_COPY_MOVE(LogCapture)

public:
    explicit LogCapture(const char *category)
        : m_category(category)
    {
        QLoggingCategory::setFilterRules(
            QStringLiteral("%1.info=true").arg(QLatin1String(category)));
        s_active = this;
        m_previous = qInstallMessageHandler(&LogCapture::handle);
    }
    ~LogCapture()
    {
        qInstallMessageHandler(m_previous);
        s_active = nullptr;
        QLoggingCategory::setFilterRules(QString());
    }

    // The info lines printed so far.
    QStringList infoLines() const
    {
        const QMutexLocker lock(&m_mutex);
        return m_infoLines;
    }
    // The info lines that hold every one of `parts`.
    QStringList infoLinesWith(const QStringList &parts) const
    {
        QStringList found;
        for (const QString &line : infoLines()) {
            if (std::all_of(parts.begin(), parts.end(),
                            [&line](const QString &part) { return line.contains(part); }))
                found.append(line);
        }
        return found;
    }

private:
    static void handle(QtMsgType type, const QMessageLogContext &context, const QString &message)
    {
        LogCapture *capture = s_active;
        if (capture && type == QtInfoMsg && context.category &&
            qstrcmp(context.category, capture->m_category) == 0) {
            const QMutexLocker lock(&capture->m_mutex);
            capture->m_infoLines.append(message);
        }
        if (capture && capture->m_previous)
            capture->m_previous(type, context, message);
    }

    static inline LogCapture *s_active = nullptr;
    const char *m_category;
    QtMessageHandler m_previous = nullptr;
    mutable QMutex m_mutex;
    QStringList m_infoLines;
};
