// trustbook: the command line decides what runs (see StartUp). --list, --search, --answer,
// --help and --version print and exit without a window or Chromium; everything else opens the
// reading window.
#include "answercommand.h"
#include "commandline.h"
#include "contentbundle.h"
#include "engineenvironment.h"
#include "helpprofile.h"
#include "mainwindow.h"
#include "pdfexportchild.h"
#include "pdfexportcommand.h"
#include "previewsource.h"
#include "previewwindow.h"
#include "quitsignals.h"
#include "searchcommand.h"
#include "searchservice.h"
#include "singleinstance.h"
#include "startup.h"
#include "verifypdfcommand.h"
#include "viewersettings.h"
#include "windowscreenshot.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTextStream>

#include <future>

namespace {

int listSections(const ContentCatalog &catalog)
{
    QTextStream out(stdout);
    for (const SectionRef ref : catalog.allSections())
        out << catalog.sectionPath(ref) << '\t' << catalog.section(ref).title << '\n';
    return 0;
}

int searchSections(const ContentBundle &bundle, const QString &query)
{
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

void warn(const QString &message)
{
    QTextStream(stderr) << QCoreApplication::applicationName() << ": " << message << '\n';
}

// Exports run in a child: this binary, in this process's language.
ExportChildProgram exportChildProgram(const CommandLine &commandLine)
{
    return {QCoreApplication::applicationFilePath(), commandLine.language};
}

// A later launch hands its section here (see SingleInstance): show it, and come to the front.
void acceptHandOvers(SingleInstance &instance, MainWindow &window, const ContentCatalog &catalog)
{
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

// What a command that reads the built-in content says when it is damaged.
int reportDamaged(const QString &error)
{
    QTextStream(stderr)
        << QCoreApplication::applicationName() << ": "
        << QCoreApplication::translate("main", "the built-in content is damaged: %1").arg(error)
        << '\n';
    return 1;
}

int openWindow(const CommandLine &commandLine)
{
    const bool screenshot = commandLine.action == CommandLine::Action::Screenshot;
    // From here on a logout or Ctrl+C closes the window as its close button would.
    QuitSignals quitSignals;
    if (!screenshot) {
        if (const Result<Done> installed = quitSignals.install(); !installed)
            warn(QCoreApplication::translate(
                     "main", "the window's state will not be saved if the session ends: %1")
                     .arg(installed.error()));
    }
    // One window per user: if one is open, it shows the section and this launch is done. The
    // claim comes before the window, so two launches at once cannot both build one. The name
    // is the brand's binary, which main() made the application's name.
    SingleInstance instance(SingleInstance::defaultServerName(QCoreApplication::applicationName()));
    const auto handedOver = [&instance](const QString &sectionPath) {
        const Result<SingleInstance::Role> role = instance.claim(sectionPath);
        if (!role)
            warn(QCoreApplication::translate("main",
                                             "later launches will open windows of their own: %1")
                     .arg(role.error()));
        return role && *role == SingleInstance::Role::HandedOver;
    };
    // A section named on the command line is checked against the content before a running
    // window is handed it; a launch that names none claims the window before reading anything.
    const bool claimFirst = !screenshot && commandLine.sectionPath.isEmpty();
    if (claimFirst && handedOver({}))
        return 0;
    // Once this process is sure to show a window, its engine starts on this thread (about
    // 60 ms) while another thread reads the content (as long at 10,000 sections, most of it
    // the catalog). Not before a claim that may hand the window over: that launch needs
    // neither.
    std::future<Result<ContentBundle>> opening = std::async(
        std::launch::async, [] { return ContentBundle::open(ContentBundle::builtInRoot()); });
    if (screenshot || claimFirst)
        EngineEnvironment::start();
    const Result<ContentBundle> opened = opening.get();
    if (!opened)
        return reportDamaged(opened.error());
    const ContentBundle &bundle = *opened;
    const ContentCatalog &catalog = bundle.catalog();
    const SectionRef start = catalog.find(commandLine.sectionPath);
    if (!commandLine.sectionPath.isEmpty() && !start.isValid()) {
        QTextStream(stderr) << bundle.brand().messagePrefix()
                            << CommandLine::unknownSectionMessage(commandLine.sectionPath) << '\n';
        return 2;
    }
    if (!screenshot && !claimFirst && handedOver(commandLine.sectionPath))
        return 0;
    HelpProfile profile(bundle);
    SearchService search(bundle);
    // A screenshot shows the defaults, not whatever this user last left the window at.
    ViewerSettings settings(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) +
                                QLatin1String("/trustbook.conf"),
                            catalog);
    MainWindow window(bundle, &profile, &search, exportChildProgram(commandLine),
                      screenshot ? nullptr : &settings);
    if (!commandLine.theme.isEmpty())
        window.setThemeMode(themeMode(commandLine.theme));
    window.showSection(start);
    window.show();
    if (!screenshot) {
        acceptHandOvers(instance, window, catalog);
        QObject::connect(&quitSignals, &QuitSignals::quitRequested, &window, [&window] {
            window.close();           // saves the window's state
            QCoreApplication::quit(); // even with a dialog open
        });
        return QCoreApplication::exec();
    }
    WindowScreenshot shot(&window, commandLine.screenshotPath);
    QObject::connect(&shot, &WindowScreenshot::finished, QCoreApplication::instance(),
                     &QCoreApplication::exit);
    shot.start();
    return QCoreApplication::exec();
}

QByteArray resource(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// `--preview DIR`: the folder rendered as the build would, in a window of its own (no claim on
// the one window per user, and no settings read or written), again on every save.
int openPreview(const CommandLine &commandLine)
{
    const QFileInfo folder(commandLine.previewDir);
    if (!folder.isDir()) {
        warn(QCoreApplication::translate("main", "--preview %1: no such folder")
                 .arg(CommandLine::shortened(commandLine.previewDir)));
        return 1;
    }
    PreviewSource source(folder.absoluteFilePath(),
                         {PreviewSource::installedRenderer(), RenderLimits(),
                          resource(QStringLiteral(":/trustbook/web/page.html")),
                          resource(QStringLiteral(":/trustbook/web/style.css"))});
    PreviewWindow window(&source, exportChildProgram(commandLine));
    window.setStart(commandLine.sectionPath);
    if (!commandLine.theme.isEmpty())
        window.setThemeMode(themeMode(commandLine.theme));
    QuitSignals quitSignals;
    if (const Result<Done> installed = quitSignals.install(); installed)
        QObject::connect(&quitSignals, &QuitSignals::quitRequested, QCoreApplication::instance(),
                         &QCoreApplication::quit);
    window.show();
    source.start();
    if (commandLine.action != CommandLine::Action::Screenshot)
        return QCoreApplication::exec();
    // The first render decides: its page in the picture, or its problems and exit 1.
    std::unique_ptr<WindowScreenshot> shot;
    QObject::connect(
        &window, &PreviewWindow::reloaded, &window,
        [&] {
            shot = std::make_unique<WindowScreenshot>(window.readingWindow(),
                                                      commandLine.screenshotPath);
            QObject::connect(shot.get(), &WindowScreenshot::finished, QCoreApplication::instance(),
                             &QCoreApplication::exit);
            shot->start();
        },
        Qt::SingleShotConnection);
    QObject::connect(&source, &PreviewSource::failed, &window, [](const QStringList &errors) {
        for (const QString &error : errors)
            QTextStream(stderr) << error << '\n';
        QCoreApplication::exit(1);
    });
    return QCoreApplication::exec();
}

// Runs in the application StartUp made, once the command line is understood.
int runCommand(const CommandLine &commandLine, std::unique_ptr<ExportChild> forkedExportChild)
{
    QTextStream err(stderr);
    if (!commandLine.previewDir.isEmpty())
        return openPreview(commandLine);
    if (commandLine.action == CommandLine::Action::OpenWindow ||
        commandLine.action == CommandLine::Action::Screenshot)
        return openWindow(commandLine);
    const Result<ContentBundle> bundle = ContentBundle::open(ContentBundle::builtInRoot());
    if (!bundle)
        return reportDamaged(bundle.error());
    QTextStream out(stdout);
    switch (commandLine.action) {
    case CommandLine::Action::List:
        return listSections(bundle->catalog());
    case CommandLine::Action::Search:
        return searchSections(*bundle, commandLine.searchQuery);
    case CommandLine::Action::Answer:
        return AnswerCommand(*bundle).run(commandLine.answer, out, err);
    case CommandLine::Action::ExportPdf:
        return PdfExportCommand(*bundle, exportChildProgram(commandLine),
                                std::move(forkedExportChild))
            .run(commandLine.pdfExport);
    case CommandLine::Action::PdfExportChild:
        return PdfExportChild(*bundle).run();
    case CommandLine::Action::VerifyPdf:
        return VerifyPdfCommand(*bundle, out, err).run(commandLine.verifyPdfPath);
    case CommandLine::Action::OpenWindow: // above, before the content is read
    case CommandLine::Action::Screenshot:
    case CommandLine::Action::ShowHelp: // StartUp answers these itself
    case CommandLine::Action::ShowVersion:
    case CommandLine::Action::UsageError:
        break;
    }
    return 2;
}

} // namespace

int main(int argc, char *argv[])
{
    // The brand names the program before anything is printed (--help, --version) and decides
    // where its settings live. A damaged bundle is reported once the command runs.
    const Result<Brand> builtIn = Brand::load(ContentBundle::builtInRoot());
    const Brand brand = builtIn ? *builtIn : Brand();
    QCoreApplication::setApplicationName(brand.binary);
    QCoreApplication::setApplicationVersion(QStringLiteral(TRUSTBOOK_VERSION));
    QCoreApplication::setOrganizationName(brand.name);
    StartUp startUp(argc, argv, brand);
    return startUp.run([&startUp](const CommandLine &commandLine) {
        return runCommand(commandLine, startUp.takeForkedExportChild());
    });
}
