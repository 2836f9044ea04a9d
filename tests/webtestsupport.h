#pragma once

// Helpers for tests that drive a real QWebEngineView: run the app's own script in the page,
// click what a person would click, and catch what would have gone to the system browser.

#include "contentschemehandler.h"

#include <QApplication>
#include <QDesktopServices>
#include <QJsonArray>
#include <QJsonDocument>
#include <QList>
#include <QMouseEvent>
#include <QObject>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>
#include <QUrl>
#include <QVBoxLayout>
#include <QWebEnginePage>
#include <QWebEngineScript>
#include <QWebEngineView>

#include <memory>

namespace WebTest {

// The content compiled into the app, opened as the app opens it. On failure the error says
// what and where, and QVERIFY2(bundle, ...) in the caller stops the test.
inline Result<ContentBundle> builtInBundle()
{
    return ContentBundle::open(ContentBundle::builtInRoot());
}

// A signal argument QSignalSpy recorded, as the type it was sent as. For a Result:
// QVariant::value() needs a default constructor, which Result has not.
template<typename T>
const T &signalArgument(const QVariant &argument)
{
    Q_ASSERT(argument.metaType() == QMetaType::fromType<T>());
    return *static_cast<const T *>(argument.constData());
}

// Any Qt warning is a failure, except these, which the offscreen platform and a root test
// run always print (docs/platform-notes.md). Call in initTestCase() and init().
inline void failOnUnexpectedWarnings()
{
    QTest::failOnWarning(QRegularExpression(QStringLiteral(
        "^(?!No suitable graphics backend found|This plugin does not support propagateSizeHints"
        "|Sandboxing disabled by user)")));
}

// Runs `script` in the application world (page scripts are off; ours still run) and waits
// for its result.
inline QVariant evaluate(QWebEnginePage *page, const QString &script)
{
    // Shared, because a page that navigates away may answer after we stopped waiting (or
    // never): a late answer must not write into this function's finished stack frame.
    struct State
    {
        QVariant result;
        bool done = false;
    };
    const auto state = std::make_shared<State>();
    page->runJavaScript(script, QWebEngineScript::ApplicationWorld, [state](const QVariant &value) {
        state->result = value;
        state->done = true;
    });
    if (!QTest::qWaitFor([&] { return state->done; }, 10000))
        qWarning("script did not finish: %s", qPrintable(script));
    return state->result;
}

// Waits until the body shown has all its sections: a swap into a long document puts in the
// sections around the one landed on first and the rest a frame later (DocumentSwap).
inline bool waitForWholeBody(QWebEnginePage *page)
{
    return QTest::qWaitFor(
        [page] { return evaluate(page, QStringLiteral("!window.trustbookRestOfBody")).toBool(); },
        10000);
}

// `view` alone in a shown top-level window of 800x600, as a reader sees a page; the window owns
// it. Wait for it with QTest::qWaitForWindowExposed.
inline std::unique_ptr<QWidget> shownInWindow(QWidget *view)
{
    auto window = std::make_unique<QWidget>();
    auto *layout = new QVBoxLayout(window.get());
    layout->addWidget(view);
    window->resize(800, 600);
    window->show();
    return window;
}

inline bool waitForLoad(QWebEngineView *view)
{
    QSignalSpy spy(view, &QWebEngineView::loadFinished);
    return spy.wait(20000) && spy.first().first().toBool();
}

// `text` as a JavaScript string literal.
inline QString jsString(const QString &text)
{
    const QByteArray array = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(array.mid(1, array.size() - 2));
}

// Where an element's centre is, in view coordinates; invalid if it is not on screen.
inline QPoint elementCentre(QWebEngineView *view, const QString &selector)
{
    const QString script =
        QStringLiteral("(function(){var e=document.querySelector(%1); if(!e) return null;"
                       "e.scrollIntoView({block:'center'}); var r=e.getBoundingClientRect();"
                       "return [r.left+r.width/2, r.top+r.height/2];})()")
            .arg(jsString(selector));
    const QVariantList xy = evaluate(view->page(), script).toList();
    if (xy.size() != 2)
        return {};
    const double zoom = view->zoomFactor();
    return QPoint(qRound(xy.at(0).toDouble() * zoom), qRound(xy.at(1).toDouble() * zoom));
}

// A real mouse click, delivered to the widget Chromium renders into.
inline bool clickElement(QWebEngineView *view, const QString &selector,
                         Qt::MouseButton button = Qt::LeftButton,
                         Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    const QPoint point = elementCentre(view, selector);
    if (point.isNull())
        return false;
    QWidget *target = view->focusProxy() ? view->focusProxy() : view;
    QTest::mouseClick(target, button, modifiers, point);
    return true;
}

// Catches QDesktopServices::openUrl for some schemes instead of launching a browser.
class UrlCatcher final : public QObject
{
    Q_OBJECT

public:
    explicit UrlCatcher(const QStringList &schemes)
        : m_schemes(schemes)
    {
        for (const QString &scheme : m_schemes)
            QDesktopServices::setUrlHandler(scheme, this, "open");
    }
    ~UrlCatcher() override
    {
        for (const QString &scheme : m_schemes)
            QDesktopServices::unsetUrlHandler(scheme);
    }

    QList<QUrl> opened;

public Q_SLOTS:
    void open(const QUrl &url) { opened.append(url); }

private:
    QStringList m_schemes;
};

} // namespace WebTest

// Like QTEST_MAIN, but registers the app's URL scheme first: Qt WebEngine only accepts it
// before the QApplication exists.
#define TRUSTBOOK_WEB_TEST_MAIN(TestClass)                                                         \
    int main(int argc, char *argv[])                                                               \
    {                                                                                              \
        ContentSchemeHandler::registerUrlScheme();                                                 \
        QApplication app(argc, argv);                                                              \
        TestClass test;                                                                            \
        return QTest::qExec(&test, argc, argv);                                                    \
    }
