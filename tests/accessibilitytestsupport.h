#pragma once

// The window as a screen reader reads it, in-process: Qt's accessibility turned on as the
// AT-SPI bridge turns it on when Orca starts, the accessible tree walked through QAccessible,
// and the events a screen reader would be sent recorded.

#include <QAccessible>
#include <QList>
#include <QPointer>
#include <QString>
#include <QtGui/private/qguiapplication_p.h>
#include <QtGui/qpa/qplatformaccessibility.h>
#include <QtGui/qpa/qplatformintegration.h>

#include <functional>

namespace AccessibilityTest {

// What an assistive technology attaching does (needs the QApplication). Qt WebEngine builds
// the page's tree from then on, if its environment allows it.
inline bool activate()
{
    QPlatformAccessibility *accessibility =
        QGuiApplicationPrivate::platformIntegration()->accessibility();
    if (!accessibility)
        return false;
    accessibility->setActive(true);
    return QAccessible::isActive();
}

// One event as the screen reader received it, read when it was sent.
struct Event
{
    QAccessible::Event type;
    QPointer<QObject> object;
    QAccessible::Role role;
    QString name;
    QString description;
    QAccessible::State changedStates; // for StateChanged
};

// Records every accessibility event while it exists (one at a time).
class EventLog final
{
public:
    EventLog()
    {
        s_log = this;
        QAccessible::installUpdateHandler(&EventLog::record);
    }
    ~EventLog()
    {
        QAccessible::installUpdateHandler(nullptr);
        s_log = nullptr;
    }
    EventLog(const EventLog &) = delete;
    EventLog &operator=(const EventLog &) = delete;

    void clear() { m_events.clear(); }
    const QList<Event> &events() const { return m_events; }
    QList<Event> ofType(QAccessible::Event type) const
    {
        QList<Event> found;
        for (const Event &event : m_events) {
            if (event.type == type)
                found.append(event);
        }
        return found;
    }

private:
    static void record(QAccessibleEvent *event)
    {
        if (!s_log)
            return;
        Event recorded{event->type(), event->object(), QAccessible::NoRole, {}, {}, {}};
        if (QAccessibleInterface *iface = event->accessibleInterface()) {
            recorded.role = iface->role();
            recorded.name = iface->text(QAccessible::Name);
            recorded.description = iface->text(QAccessible::Description);
        }
        if (event->type() == QAccessible::StateChanged)
            recorded.changedStates =
                static_cast<QAccessibleStateChangeEvent *>(event)->changedStates();
        s_log->m_events.append(recorded);
    }

    static inline EventLog *s_log = nullptr;
    QList<Event> m_events;
};

// Every interface under `root` (itself included) for which `keep` holds, depth first.
inline QList<QAccessibleInterface *>
findAll(QAccessibleInterface *root, const std::function<bool(QAccessibleInterface *)> &keep)
{
    QList<QAccessibleInterface *> found;
    if (!root)
        return found;
    if (keep(root))
        found.append(root);
    for (int i = 0; i < root->childCount(); ++i)
        found += findAll(root->child(i), keep);
    return found;
}

// The names of every interface of `role` under `root`, in reading order.
inline QStringList namesOf(QAccessibleInterface *root, QAccessible::Role role)
{
    QStringList names;
    for (QAccessibleInterface *iface :
         findAll(root, [role](QAccessibleInterface *i) { return i->role() == role; }))
        names.append(iface->text(QAccessible::Name).trimmed());
    return names;
}

} // namespace AccessibilityTest
