#pragma once

#include "brand.h"
#include "commandline.h"
#include "exportchild.h"
#include "uilanguage.h"

#include <QStringList>

#include <functional>
#include <memory>
#include <vector>

class QCoreApplication;

// The one start-up routine for every mode. A first look at the arguments chooses the
// application: QCoreApplication where no window and no Chromium are needed, so --list,
// --search, --answer, --help, --version and command-line mistakes need no display. The
// application is made and the app's and Qt's translations installed; only then is the command
// line parsed for real, so every message it leads to (help, usage errors, the command's own)
// is in the user's language.
class StartUp final
{
    Q_DISABLE_COPY_MOVE(StartUp)

public:
    // Runs the list, search, export or window once the command line is understood, inside the
    // application made for it; returns the exit code.
    using Command = std::function<int(const CommandLine &)>;

    // argc and argv as main() got them; QCoreApplication keeps referring to both.
    // `brand` names the program in --version, --help and usage errors.
    StartUp(int &argc, char **argv, Brand brand);
    ~StartUp();

    // The process's exit code: 0 done, 1 the work failed, 2 a usage error.
    int run(const Command &command);

    // Whether the action needs QApplication: a window, or Chromium (for the PDF too).
    static bool needsWidgets(CommandLine::Action action);

    // For `--export-pdf`: the child that prints, forked before the application was made
    // (null for other commands, or where it could not be forked).
    std::unique_ptr<ExportChild> takeForkedExportChild() { return std::move(m_forkedExportChild); }

private:
    void createApplication(CommandLine::Action action);
    // Forks the export child; true in the child, which from then on runs as one started with
    // ExportChildProgram's arguments would.
    bool becomeForkedExportChild(const QString &language);

    Brand m_brand;
    int &m_argc;
    char **m_argv;
    QStringList m_arguments;
    QByteArray m_undecodable; // null, or the first argument that does not decode to text
    std::vector<QByteArray> m_childArguments; // a forked export child's argv, kept alive
    std::vector<char *> m_childArgv;
    std::unique_ptr<QCoreApplication> m_app;
    std::unique_ptr<ExportChild> m_forkedExportChild;
    UiLanguage m_language; // declared after m_app: its translators leave before the app does
};
