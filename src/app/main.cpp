// trustbook: the command line decides what runs. --list, --search, --help and --version print
// and exit without a window or Chromium; everything else opens the reading window.
#include "commandline.h"
#include "contentbundle.h"
#include "engineenvironment.h"
#include "helpprofile.h"
#include "mainwindow.h"
#include "pdfexportcommand.h"
#include "searchcommand.h"
#include "searchservice.h"
#include "singleinstance.h"
#include "uilanguage.h"
#include "viewersettings.h"
#include "windowscreenshot.h"

#include <QApplication>
#include <QStandardPaths>
#include <QTextStream>
#include <QTranslator>

namespace {

int listSections(const ContentCatalog &catalog)
{
    QTextStream out(stdout);
    for (const SectionRef ref : catalog.allSections())
        out << catalog.sectionPath(ref) << '\t' << catalog.section(ref).title << '\n';
    return 0;
}

int searchSections(int argc, char *argv[], const ContentBundle &bundle, const QString &query)
{
    QCoreApplication app(argc, argv); // Qt SQL loads its SQLite driver as a plugin
    QTextStream out(stdout);
    QTextStream err(stderr);
    return SearchCommand(bundle).run(query, out, err);
}

MainWindow::ThemeMode themeMode(const QString &name)
{
    if (name == QLatin1String("light"))
        return MainWindow::ThemeMode::Light;
    return name == QLatin1String("dark") ? MainWindow::ThemeMode::Dark
                                         : MainWindow::ThemeMode::System;
}

// A later launch hands its section here (see SingleInstance): show it, and come to the front.
void acceptHandOvers(SingleInstance &instance, MainWindow &window, const ContentCatalog &catalog)
{
    QString error;
    if (!instance.listen(&error))
        QTextStream(stderr) << "trustbook: later launches will open windows of their own: " << error
                            << '\n';
    QObject::connect(&instance, &SingleInstance::sectionRequested, &window,
                     [&window, &catalog](const QString &sectionPath) {
                         const SectionRef ref = catalog.find(sectionPath);
                         if (ref.isValid())
                             window.showSection(ref);
                         window.setWindowState(window.windowState() & ~Qt::WindowMinimized);
                         window.raise();
                         window.activateWindow();
                     });
}

int openWindow(int argc, char *argv[], const ContentBundle &bundle, const CommandLine &commandLine,
               SectionRef start)
{
    const ContentCatalog &catalog = bundle.catalog();
    const bool screenshot = commandLine.action == CommandLine::Action::Screenshot;
    // A screenshot needs no display; a user's own platform choice still wins.
    if (screenshot && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    for (const QString &warning : EngineEnvironment::prepareProcess())
        QTextStream(stderr) << "trustbook: " << warning << '\n';
    QApplication app(argc, argv);
    // One window per user: if one is open, it shows the section and this launch is done.
    SingleInstance instance(SingleInstance::defaultServerName());
    if (!screenshot && instance.handOver(commandLine.sectionPath))
        return 0;
    QTranslator translator;
    UiLanguage::install(app, translator, commandLine.language);
    HelpProfile profile(bundle);
    SearchService search(bundle);
    // A screenshot shows the defaults, not whatever this user last left the window at.
    ViewerSettings settings(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) +
                                QLatin1String("/trustbook.conf"),
                            catalog);
    MainWindow window(bundle, &profile, &search, screenshot ? nullptr : &settings);
    if (!commandLine.theme.isEmpty())
        window.setThemeMode(themeMode(commandLine.theme));
    window.showSection(start);
    window.show();
    if (!screenshot) {
        acceptHandOvers(instance, window, catalog);
        return app.exec();
    }
    WindowScreenshot shot(&window, commandLine.screenshotPath);
    QObject::connect(&shot, &WindowScreenshot::finished, &app, &QCoreApplication::exit);
    shot.start();
    return app.exec();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication::setApplicationName(QStringLiteral("trustbook"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TRUSTBOOK_VERSION));
    QCoreApplication::setOrganizationName(QStringLiteral("Trustbook"));
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    const CommandLine commandLine = CommandLine::parse(arguments);
    QTextStream out(stdout);
    QTextStream err(stderr);

    switch (commandLine.action) {
    case CommandLine::Action::ShowHelp:
        out << commandLine.message;
        return 0;
    case CommandLine::Action::ShowVersion:
        out << "trustbook " << QCoreApplication::applicationVersion() << '\n';
        return 0;
    case CommandLine::Action::UsageError:
        err << "trustbook: " << commandLine.message << "\nTry 'trustbook --help'.\n";
        return 2;
    case CommandLine::Action::List:
    case CommandLine::Action::Search:
    case CommandLine::Action::ExportPdf:
    case CommandLine::Action::OpenWindow:
    case CommandLine::Action::Screenshot:
        break;
    }

    QString error;
    const std::optional<ContentBundle> bundle =
        ContentBundle::open(ContentBundle::builtInRoot(), &error);
    if (!bundle) {
        err << "trustbook: the built-in content is damaged: " << error << '\n';
        return 1;
    }
    const ContentCatalog &catalog = bundle->catalog();
    if (commandLine.action == CommandLine::Action::List)
        return listSections(catalog);
    if (commandLine.action == CommandLine::Action::Search)
        return searchSections(argc, argv, *bundle, commandLine.searchQuery);
    if (commandLine.action == CommandLine::Action::ExportPdf)
        return PdfExportCommand(*bundle).run(argc, argv, commandLine.pdfExport,
                                             commandLine.language);

    const SectionRef start = catalog.find(commandLine.sectionPath);
    if (!commandLine.sectionPath.isEmpty() && !start.isValid()) {
        err << "trustbook: there is no section '" << commandLine.sectionPath
            << "'. 'trustbook --list' shows every section.\n";
        return 2;
    }
    return openWindow(argc, argv, *bundle, commandLine, start);
}
