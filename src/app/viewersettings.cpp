#include "viewersettings.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>

#include <algorithm>
#include <cmath>
#include <optional>

namespace {

const QString kGeometry = QStringLiteral("window/geometry");
const QString kSplitter = QStringLiteral("window/splitter");
const QString kExpanded = QStringLiteral("tree/expandedDocuments");
const QString kZoom = QStringLiteral("view/zoomFactor");
const QString kTheme = QStringLiteral("view/theme");
const QString kLastSection = QStringLiteral("reading/lastSection");
const QString kFavourites = QStringLiteral("favourites/sections");
const QString kExportFolder = QStringLiteral("folders/export");
const QString kQuestionnaireFolder = QStringLiteral("folders/questionnaire");

// save() writes these and nothing else, so any other key in the file would be lost by it.
const QStringList kKnownKeys{kGeometry,   kSplitter,     kExpanded,
                             kZoom,       kTheme,        kLastSection,
                             kFavourites, kExportFolder, kQuestionnaireFolder};

// Stored as words, so a person reading the file sees what it means.
const QStringList kThemeNames{QStringLiteral("system"), QStringLiteral("light"),
                              QStringLiteral("dark")};

bool hasUnknownKeys(const QSettings &settings)
{
    const QStringList keys = settings.allKeys();
    return std::any_of(keys.cbegin(), keys.cend(),
                       [](const QString &key) { return !kKnownKeys.contains(key); });
}

// QSettings turns "@Variant(...)" into any Qt type through QDataStream. save() never writes
// one, so a file that holds one was not written by us, and decoding it is not worth the risk.
bool holdsSerializedObjects(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && file.readAll().contains("@Variant(");
}

bool hasType(const QVariant &value, QMetaType::Type type)
{
    return value.metaType().id() == type;
}

// Reads values through a converter that says whether it could use them, and remembers if any
// value that was there could not be used: that makes the file worth keeping a copy of.
class CheckedReader final
{
public:
    explicit CheckedReader(const QSettings &settings)
        : m_settings(settings)
    {}

    template<typename T, typename Convert>
    T read(const QString &key, T fallback, Convert convert)
    {
        if (!m_settings.contains(key))
            return fallback;
        std::optional<T> value = convert(m_settings.value(key));
        if (!value) {
            m_sawBadValue = true;
            return fallback;
        }
        return *value;
    }

    bool sawBadValue() const { return m_sawBadValue; }

private:
    const QSettings &m_settings;
    bool m_sawBadValue = false;
};

std::optional<QByteArray> toBytes(const QVariant &value)
{
    if (!hasType(value, QMetaType::QByteArray))
        return std::nullopt;
    return value.toByteArray();
}

// INI has no number type: a double comes back as the text QSettings wrote.
std::optional<double> toZoom(const QVariant &value)
{
    if (!hasType(value, QMetaType::QString) && !hasType(value, QMetaType::Double))
        return std::nullopt;
    bool ok = false;
    const double zoom = value.toDouble(&ok);
    if (!ok || !std::isfinite(zoom))
        return std::nullopt;
    return qBound(ViewerSettings::kMinZoom, zoom, ViewerSettings::kMaxZoom);
}

std::optional<ViewerSettings::Theme> toTheme(const QVariant &value)
{
    const auto index = kThemeNames.indexOf(value.toString());
    if (!hasType(value, QMetaType::QString) || index < 0)
        return std::nullopt;
    return static_cast<ViewerSettings::Theme>(index);
}

// A relative path would be resolved against whatever folder the app was started in.
std::optional<QString> toFolder(const QVariant &value)
{
    if (!hasType(value, QMetaType::QString))
        return std::nullopt;
    const QString folder = value.toString();
    if (!folder.isEmpty() && !QDir::isAbsolutePath(folder))
        return std::nullopt;
    return folder;
}

} // namespace

ViewerSettings::ViewerSettings(QString filePath, const ContentCatalog &catalog)
    : m_filePath(std::move(filePath))
    , m_catalog(catalog)
{}

ViewerSettings::State ViewerSettings::defaults() const
{
    State state;
    for (const DocumentEntry &document : m_catalog.documents())
        state.expandedDocuments.append(document.id);
    return state;
}

ViewerSettings::State ViewerSettings::load()
{
    m_checked = true;
    m_backupPath.clear();
    m_mayWrite = true;
    const QFileInfo info(m_filePath);
    if (!info.exists())
        return defaults();
    if (!info.isFile()) {
        // A folder, a FIFO or a device: reading or copying it could block for ever.
        qWarning("Trustbook: %s is not a settings file; it is left alone and this session's "
                 "settings will not be saved",
                 qPrintable(QDir::toNativeSeparators(m_filePath)));
        m_mayWrite = false;
        return defaults();
    }
    if (info.size() > kMaxFileSize) {
        // Not parsed (QSettings reads the whole file into memory), and moved rather than
        // copied: a copy of gigabytes on every start would fill the disk.
        backUp(BackUp::Move);
        return defaults();
    }
    if (holdsSerializedObjects(m_filePath)) {
        backUp(BackUp::Copy);
        return defaults();
    }

    const QSettings settings(m_filePath, QSettings::IniFormat);
    CheckedReader reader(settings);
    State state = defaults();
    state.geometry = reader.read(kGeometry, state.geometry, toBytes);
    state.splitterState = reader.read(kSplitter, state.splitterState, toBytes);
    state.expandedDocuments =
        reader.read(kExpanded, state.expandedDocuments,
                    [this](const QVariant &value) { return toDocumentIds(value); });
    state.zoomFactor = reader.read(kZoom, state.zoomFactor, toZoom);
    state.theme = reader.read(kTheme, state.theme, toTheme);
    state.lastSection = reader.read(kLastSection, state.lastSection,
                                    [this](const QVariant &value) { return toSection(value); });
    state.favourites = reader.read(kFavourites, state.favourites, [&](const QVariant &value) {
        return toFavourites(value, &state.droppedFavourites);
    });
    state.exportFolder = reader.read(kExportFolder, state.exportFolder, toFolder);
    state.questionnaireFolder =
        reader.read(kQuestionnaireFolder, state.questionnaireFolder, toFolder);
    if (settings.status() != QSettings::NoError || reader.sawBadValue() || hasUnknownKeys(settings))
        backUp(BackUp::Copy);
    return state;
}

Result<Done> ViewerSettings::save(const State &state)
{
    if (!m_checked)
        load(); // backs up a broken file before the first write
    const QString path = QDir::toNativeSeparators(m_filePath);
    if (!m_mayWrite)
        return Result<Done>::failure(
            QStringLiteral("the settings were not saved: %1 is left as it was found").arg(path));
    // A broken file is safe in its backup. Starting afresh keeps QSettings from merging in
    // whatever it half-parsed, and from parsing an oversized file at all.
    if (!m_backupPath.isEmpty())
        QFile::remove(m_filePath);
    QDir().mkpath(QFileInfo(m_filePath).absolutePath());

    QSettings settings(m_filePath, QSettings::IniFormat);
    settings.clear();
    settings.setValue(kGeometry, state.geometry);
    settings.setValue(kSplitter, state.splitterState);
    settings.setValue(kExpanded, state.expandedDocuments);
    settings.setValue(kZoom, qBound(kMinZoom, state.zoomFactor, kMaxZoom));
    settings.setValue(kTheme, kThemeNames.value(static_cast<int>(state.theme)));
    settings.setValue(kLastSection, state.lastSection.isValid()
                                        ? m_catalog.sectionPath(state.lastSection)
                                        : QString());
    QStringList favourites;
    for (const SectionRef ref : state.favourites)
        favourites.append(m_catalog.sectionPath(ref));
    settings.setValue(kFavourites, favourites);
    settings.setValue(kExportFolder, state.exportFolder);
    settings.setValue(kQuestionnaireFolder, state.questionnaireFolder);
    settings.sync();
    if (settings.status() == QSettings::NoError)
        return Result<Done>::success({});
    const QString failure = QStringLiteral("could not save the settings to %1").arg(path);
    qWarning("Trustbook: %s", qPrintable(failure));
    return Result<Done>::failure(failure);
}

// INI writes a one-item list as a plain string and an empty one as @Invalid().
std::optional<QStringList> ViewerSettings::toDocumentIds(const QVariant &value) const
{
    if (!value.isNull() && !hasType(value, QMetaType::QString) &&
        !hasType(value, QMetaType::QStringList))
        return std::nullopt;
    const QStringList ids = value.toStringList();
    for (const QString &id : ids) {
        if (m_catalog.documentIndex(id) < 0)
            return std::nullopt;
    }
    return ids;
}

std::optional<SectionRef> ViewerSettings::toSection(const QVariant &value) const
{
    if (!hasType(value, QMetaType::QString))
        return std::nullopt;
    const QString path = value.toString();
    if (path.isEmpty())
        return SectionRef{};
    const SectionRef ref = m_catalog.find(path);
    return ref.isValid() ? std::optional<SectionRef>(ref) : std::nullopt;
}

// A starred section the content no longer has is no damage: the content was updated. It is
// dropped (and named, for the reader); only a value that is no list of paths is bad.
std::optional<QList<SectionRef>> ViewerSettings::toFavourites(const QVariant &value,
                                                              QStringList *dropped) const
{
    if (!value.isNull() && !hasType(value, QMetaType::QString) &&
        !hasType(value, QMetaType::QStringList))
        return std::nullopt;
    QList<SectionRef> favourites;
    for (const QString &path : value.toStringList()) {
        const SectionRef ref = m_catalog.find(path);
        if (ref.isSection() && !favourites.contains(ref))
            favourites.append(ref);
        else if (!ref.isValid())
            dropped->append(path);
    }
    return favourites;
}

// The backup gets the time in its name and never replaces an earlier one: each broken file
// someone may want to look at survives.
bool ViewerSettings::backUp(BackUp how)
{
    const QString stem = m_filePath + QLatin1String(".broken-") +
                         QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString target = stem;
    for (int n = 1; QFileInfo::exists(target); ++n)
        target = stem + QLatin1Char('-') + QString::number(n);
    const bool kept =
        how == BackUp::Move ? QFile::rename(m_filePath, target) : QFile::copy(m_filePath, target);
    if (!kept) {
        qWarning("Trustbook: could not back up the damaged settings file %s; it is left as it is "
                 "and this session's settings will not be saved",
                 qPrintable(QDir::toNativeSeparators(m_filePath)));
        m_mayWrite = false;
        return false;
    }
    qWarning("Trustbook: the settings file %s was damaged; %s %s and used defaults for what "
             "was unusable",
             qPrintable(QDir::toNativeSeparators(m_filePath)),
             how == BackUp::Move ? "moved it to" : "kept a copy as",
             qPrintable(QDir::toNativeSeparators(target)));
    m_backupPath = target;
    return true;
}
