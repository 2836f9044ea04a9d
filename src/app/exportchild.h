#pragma once

#include <QByteArray>
#include <QObject>

// A running export child (PdfExportChild), however it came to be: started as a program
// (LaunchedExportChild) or forked from this process before it had an application
// (ForkedExportChild). PdfExportProcess sends the request down it, reads the replies and ends
// it; it does not care which it has.
class ExportChild : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportChild)

public:
    ~ExportChild() override = default;

    // 0 once it has ended or when it never started.
    virtual qint64 processId() const = 0;
    // Starts it if it is not running yet, sends the request and closes the way towards it
    // (the child reads its request to the end). failedToStart() may come before this returns.
    virtual void send(const QByteArray &request) = 0;
    // What it has written since the last call.
    virtual QByteArray readAll() = 0;
    virtual bool isRunning() const = 0;
    virtual void kill() = 0;
    // Waits for it to end and reaps it, so no zombie is left.
    virtual void reap() = 0;
    // Kills it and stops watching it without waiting for it to go: for a process that is about
    // to exit (the system takes its children over and reaps them). Reaped here if it is
    // already gone.
    virtual void abandon() = 0;

Q_SIGNALS:
    void readyRead();
    // It has ended; what it wrote last may still be unread.
    void finished();
    void failedToStart(const QString &reason);

protected:
    ExportChild() = default;
};
