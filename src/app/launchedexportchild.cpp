#include "launchedexportchild.h"

LaunchedExportChild::LaunchedExportChild(ExportChildProgram program)
    : m_program(std::move(program))
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    // The child shows nothing, on any desktop.
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    m_process.setProcessEnvironment(environment);
    // Chromium's and Qt's messages reach the user's terminal or journal as they did when the
    // export ran in this process; only the replies come through standard output.
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    connect(&m_process, &QProcess::readyReadStandardOutput, this, &ExportChild::readyRead);
    connect(&m_process, &QProcess::finished, this, &ExportChild::finished);
    connect(&m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            Q_EMIT failedToStart(tr("the export program %1 did not start: %2")
                                     .arg(m_program.path, m_process.errorString()));
    });
}

LaunchedExportChild::~LaunchedExportChild()
{
    disconnect(&m_process, nullptr, this, nullptr);
    if (isRunning()) {
        kill();
        reap();
    }
}

void LaunchedExportChild::send(const QByteArray &request)
{
    m_process.start(m_program.path, m_program.arguments());
    if (m_process.state() == QProcess::NotRunning)
        return; // failedToStart() has said why
    m_process.write(request);
    m_process.closeWriteChannel();
}

void LaunchedExportChild::reap()
{
    m_process.waitForFinished();
}
