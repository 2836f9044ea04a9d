// trustbook: the command line decides what runs. --list, --help and --version print and exit
// without a window or Chromium; everything else opens the reading window.
#include "commandline.h"
#include "contentcatalog.h"
#include "contentschemehandler.h"
#include "helpprofile.h"
#include "mainwindow.h"
#include "pdfexportcommand.h"

#include <QApplication>
#include <QTextStream>
#include <QTranslator>

namespace {

const QString kResourceRoot = QStringLiteral(":/trustbook");

int listSections(const ContentCatalog &catalog)
{
    QTextStream out(stdout);
    for (const SectionRef ref : catalog.allSections())
        out << catalog.sectionPath(ref) << '\t' << catalog.section(ref).title << '\n';
    return 0;
}

// English is the source language: it needs no translator, and any other locale without a
// translation falls back to it.
void installTranslator(QApplication &app, QTranslator &translator, const QString &language)
{
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    if (translator.load(locale, QStringLiteral("trustbook"), QStringLiteral("_"),
                        QStringLiteral(":/i18n")))
        app.installTranslator(&translator);
}

int openWindow(int argc, char *argv[], const ContentCatalog &catalog,
               const CommandLine &commandLine, SectionRef start)
{
    ContentSchemeHandler::registerUrlScheme(); // before the QApplication, as WebEngine requires
    QApplication app(argc, argv);
    QTranslator translator;
    installTranslator(app, translator, commandLine.language);
    HelpProfile profile(kResourceRoot, catalog);
    MainWindow window(catalog, &profile);
    window.showSection(start);
    window.show();
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
    case CommandLine::Action::ExportPdf:
    case CommandLine::Action::OpenWindow:
        break;
    }

    QString error;
    const std::optional<ContentCatalog> catalog =
        ContentCatalog::load(kResourceRoot + QLatin1String("/content/manifest.json"), &error);
    if (!catalog) {
        err << "trustbook: the built-in content is damaged: " << error << '\n';
        return 1;
    }
    if (commandLine.action == CommandLine::Action::List)
        return listSections(*catalog);
    if (commandLine.action == CommandLine::Action::ExportPdf)
        return PdfExportCommand(*catalog, kResourceRoot).run(argc, argv, commandLine.pdfExport);

    const SectionRef start = catalog->find(commandLine.sectionPath);
    if (!commandLine.sectionPath.isEmpty() && !start.isValid()) {
        err << "trustbook: there is no section '" << commandLine.sectionPath
            << "'. 'trustbook --list' shows every section.\n";
        return 2;
    }
    return openWindow(argc, argv, *catalog, commandLine, start);
}
