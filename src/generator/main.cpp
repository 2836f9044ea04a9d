// trustbook-gen: the build step that turns the content folder into the pages, manifest and
// search text compiled into the app. A bad file fails the build with "file:line: message".
#include "contentgenerator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Renders Trustbook's markdown content into HTML pages and a manifest."));
    parser.addHelpOption();
    const QCommandLineOption content =
        QCommandLineOption(QStringLiteral("content"), QStringLiteral("Folder of *.md documents."),
                           QStringLiteral("dir"));
    const QCommandLineOption pageTemplate = QCommandLineOption(
        QStringLiteral("template"), QStringLiteral("HTML page template."), QStringLiteral("file"));
    const QCommandLineOption output = QCommandLineOption(
        QStringLiteral("output"), QStringLiteral("Folder to write into."), QStringLiteral("dir"));
    const QCommandLineOption style(QStringLiteral("style"),
                                   QStringLiteral("Style sheet inlined into every page."),
                                   QStringLiteral("file"));
    parser.addOptions({content, pageTemplate, style, output});
    parser.process(app);

    QTextStream err(stderr);
    if (!parser.isSet(content) || !parser.isSet(pageTemplate) || !parser.isSet(output)) {
        err << "trustbook-gen: --content, --template and --output are required\n";
        return 2;
    }
    QFile templateFile(parser.value(pageTemplate));
    if (!templateFile.open(QIODevice::ReadOnly)) {
        err << templateFile.fileName() << ": " << templateFile.errorString() << '\n';
        return 1;
    }
    QFile styleFile(parser.value(style));
    if (parser.isSet(style) && !styleFile.open(QIODevice::ReadOnly)) {
        err << styleFile.fileName() << ": " << styleFile.errorString() << '\n';
        return 1;
    }
    const ContentGenerator generator(templateFile.readAll(), templateFile.fileName(),
                                     parser.isSet(style) ? styleFile.readAll() : QByteArray());
    const QList<ContentError> errors =
        generator.generate(parser.value(content), parser.value(output));
    for (const ContentError &error : errors)
        err << error.toString() << '\n';
    return errors.isEmpty() ? 0 : 1;
}
