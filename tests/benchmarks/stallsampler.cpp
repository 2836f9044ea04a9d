#include "stallsampler.h"

#include <QHash>
#include <QList>

#include <algorithm>
#include <array>
#include <chrono>
#include <csignal>
#include <cstdlib>
#include <cxxabi.h>
#include <execinfo.h>
#include <limits>
#include <pthread.h>
#include <thread>

namespace {

constexpr int kFrames = 40;
constexpr int kSamples = 8192;
constexpr auto kInterval = std::chrono::milliseconds(2);

struct Sample
{
    qint64 stall = 0; // the heartbeat (ns) the stall began after: one id per stall
    int depth = 0;
    std::array<void *, kFrames> frames{};
};

// The handler can only reach globals: one sampler per process.
std::array<Sample, kSamples> g_samples;
std::atomic_int g_used{0};
std::atomic<qint64> g_requestedFor{0};

qint64 nowNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
               std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

void onSignal(int)
{
    const int slot = g_used.fetch_add(1);
    if (slot >= kSamples)
        return;
    Sample &sample = g_samples[static_cast<size_t>(slot)];
    sample.stall = g_requestedFor.load();
    sample.depth = backtrace(sample.frames.data(), kFrames);
}

// "lib(mangled+0x12) [0x...]" with the name demangled, or the line as it is.
QString frameName(const char *symbol)
{
    const QString line = QString::fromLocal8Bit(symbol);
    const auto open = line.indexOf(u'(');
    const auto plus = line.indexOf(u'+', open);
    if (open < 0 || plus <= open + 1)
        return line;
    const QByteArray mangled = line.mid(open + 1, plus - open - 1).toLocal8Bit();
    int status = 0;
    char *demangled = abi::__cxa_demangle(mangled.constData(), nullptr, nullptr, &status);
    if (status != 0 || !demangled)
        return line;
    QString name = QString::fromLocal8Bit(demangled);
    std::free(demangled);
    if (name.size() > 160)
        name = name.left(157) + QStringLiteral("...");
    return line.left(open).section(u'/', -1) + QStringLiteral(": ") + name;
}

} // namespace

struct StallSampler::State
{
    pthread_t gui = pthread_self();
    qint64 thresholdNs = 0;
    std::atomic<qint64> lastBeat{std::numeric_limits<qint64>::max() / 2}; // paused
    std::atomic_bool stopping{false};
    std::thread watcher;
    struct sigaction previous
    {
    };
};

StallSampler::StallSampler(double thresholdMs)
    : m_state(std::make_unique<State>())
{
    m_state->thresholdNs = static_cast<qint64>(thresholdMs * 1e6);
    std::array<void *, 2> warm{}; // backtrace() loads libgcc on first use: not in the handler
    backtrace(warm.data(), 2);
    struct sigaction action
    {
    };
    action.sa_handler = onSignal;
    action.sa_flags = SA_RESTART;
    sigemptyset(&action.sa_mask);
    sigaction(SIGPROF, &action, &m_state->previous);
    m_state->watcher = std::thread([state = m_state.get()] {
        while (!state->stopping.load()) {
            std::this_thread::sleep_for(kInterval);
            const qint64 beat = state->lastBeat.load();
            if (nowNs() - beat > state->thresholdNs && g_used.load() < kSamples) {
                g_requestedFor.store(beat);
                pthread_kill(state->gui, SIGPROF);
            }
        }
    });
}

StallSampler::~StallSampler()
{
    m_state->stopping = true;
    m_state->watcher.join();
    sigaction(SIGPROF, &m_state->previous, nullptr);
}

void StallSampler::beat()
{
    m_state->lastBeat.store(nowNs());
}

void StallSampler::pause()
{
    m_state->lastBeat.store(std::numeric_limits<qint64>::max() / 2);
}

QStringList StallSampler::report(int longest) const
{
    const int used = std::min(g_used.load(), kSamples);
    QHash<qint64, QList<int>> byStall;
    for (int i = 0; i < used; ++i)
        byStall[g_samples[static_cast<size_t>(i)].stall].append(i);
    QList<qint64> stalls = byStall.keys();
    std::sort(stalls.begin(), stalls.end(), [&](qint64 a, qint64 b) {
        return byStall.value(a).size() > byStall.value(b).size();
    });
    QStringList lines;
    for (qsizetype s = 0; s < std::min<qsizetype>(longest, stalls.size()); ++s) {
        const QList<int> &samples = byStall.value(stalls.at(s));
        lines.append(QStringLiteral("stall of about %1 ms past the threshold (%2 samples):")
                         .arg(samples.size() * kInterval.count())
                         .arg(samples.size()));
        QHash<QString, int> stacks;
        QStringList order;
        for (int i : samples) {
            const Sample &sample = g_samples[static_cast<size_t>(i)];
            char **symbols = backtrace_symbols(sample.frames.data(), sample.depth);
            QStringList frames;
            // Frames 0-1 are the handler and the signal trampoline.
            for (int f = 2; symbols && f < sample.depth; ++f)
                frames.append(QStringLiteral("    ") + frameName(symbols[f]));
            std::free(symbols);
            const QString stack = frames.join(u'\n');
            if (!stacks.contains(stack))
                order.append(stack);
            ++stacks[stack];
        }
        for (const QString &stack : order)
            lines.append(QStringLiteral("  %1x\n%2").arg(stacks.value(stack)).arg(stack));
    }
    return lines;
}
