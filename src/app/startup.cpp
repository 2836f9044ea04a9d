#include "startup.h"

#include "engineenvironment.h"
#include "exportchildprogram.h"
#include "forkedexportchild.h"

#include <QApplication>
#include <QFile>
#include <QTextStream>

StartUp::StartUp(int &argc, char **argv, Brand brand)
    : m_brand(std::move(brand))
    , m_argc(argc)
    , m_argv(argv)
{
    Result<QStringList, QByteArray> decoded = CommandLine::decodeArguments(argc, argv);
    m_undecodable = decoded.error();
    // Until the mistake is reported (in the user's language, see run()), nothing else matters.
    m_arguments = decoded ? *std::move(decoded) : QStringList{QFile::decodeName(argv[0])};
}

StartUp::~StartUp() = default;

bool StartUp::needsWidgets(CommandLine::Action action)
{
    switch (action) {
    case CommandLine::Action::OpenWindow:
    case CommandLine::Action::Screenshot:
    case CommandLine::Action::VerifyPdf: // Qt PDF reads the pages: it needs QtGui
    case CommandLine::Action::PdfExportChild:
        return true;
    case CommandLine::Action::ExportPdf: // the child prints; this process only writes the file
    case CommandLine::Action::List:
    case CommandLine::Action::Search:
    case CommandLine::Action::Answer:
    case CommandLine::Action::ShowVersion:
    case CommandLine::Action::ShowHelp:
    case CommandLine::Action::UsageError:
        break;
    }
    return false;
}

int StartUp::run(const Command &command)
{
    // With no application and no translator yet its messages are English: never printed, only
    // read for the application and the language.
    CommandLine firstLook = CommandLine::parse(m_arguments, m_brand);
    const bool decoded = m_undecodable.isNull();
    // Now, while there is no application and one thread: see ForkedExportChild.
    if (decoded && firstLook.action == CommandLine::Action::ExportPdf &&
        becomeForkedExportChild(firstLook.language))
        firstLook = CommandLine::parse(m_arguments, m_brand);
    createApplication(decoded ? firstLook.action : CommandLine::Action::UsageError);
    m_language.install(firstLook.language);

    QTextStream out(stdout);
    QTextStream err(stderr);
    CommandLine commandLine = CommandLine::parse(m_arguments, m_brand);
    if (!decoded) {
        commandLine.action = CommandLine::Action::UsageError;
        commandLine.message = CommandLine::undecodableMessage(m_undecodable);
    }
    switch (commandLine.action) {
    case CommandLine::Action::ShowHelp:
        out << commandLine.message;
        return 0;
    case CommandLine::Action::ShowVersion:
        out << m_brand.binary << ' ' << QCoreApplication::applicationVersion() << '\n';
        return 0;
    case CommandLine::Action::UsageError:
        err << m_brand.binary << ": " << commandLine.message << '\n'
            << QCoreApplication::translate("StartUp", "Try '%1 --help'.").arg(m_brand.binary)
            << '\n';
        return 2;
    case CommandLine::Action::List:
    case CommandLine::Action::Search:
    case CommandLine::Action::Answer:
    case CommandLine::Action::ExportPdf:
    case CommandLine::Action::VerifyPdf:
    case CommandLine::Action::PdfExportChild:
    case CommandLine::Action::OpenWindow:
    case CommandLine::Action::Screenshot:
        break;
    }
    return command(commandLine);
}

bool StartUp::becomeForkedExportChild(const QString &language)
{
    ForkedExportChild::Side side = ForkedExportChild::Side::Parent;
    std::unique_ptr<ForkedExportChild> child = ForkedExportChild::fork(&side);
    if (side == ForkedExportChild::Side::Parent) {
        m_forkedExportChild = std::move(child);
        return false;
    }
    const ExportChildProgram program{QFile::decodeName(m_argv[0]), language};
    m_childArguments = {QByteArray(m_argv[0])};
    for (const QString &argument : program.arguments())
        m_childArguments.push_back(QFile::encodeName(argument));
    for (QByteArray &argument : m_childArguments)
        m_childArgv.push_back(argument.data());
    m_childArgv.push_back(nullptr);
    m_argc = static_cast<int>(m_childArguments.size());
    m_argv = m_childArgv.data();
    m_arguments = QStringList{QFile::decodeName(m_argv[0])} + program.arguments();
    // As LaunchedExportChild starts it: showing nothing, on any desktop.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    return true;
}

void StartUp::createApplication(CommandLine::Action action)
{
    if (!needsWidgets(action)) {
        // Qt SQL loads its SQLite driver for --search as a plugin: that needs an application.
        m_app = std::make_unique<QCoreApplication>(m_argc, m_argv);
        return;
    }
    // A screenshot or an export shows no window and must work where there is no display; a
    // user's own platform choice still wins.
    if (action != CommandLine::Action::OpenWindow && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // The lockdown must come before the application; its warnings are made now, before any
    // translator can exist, and printed as they are.
    const QStringList warnings = EngineEnvironment::prepareProcess();
    m_app = std::make_unique<QApplication>(m_argc, m_argv);
    // The app id a Wayland desktop matches with the installed .desktop entry and its icon.
    QGuiApplication::setDesktopFileName(m_brand.id);
    QTextStream err(stderr);
    for (const QString &warning : warnings)
        err << m_brand.messagePrefix() << warning << '\n';
}
