// StallSampler: what the GUI thread was doing while it stalled. A watcher thread sees the
// heartbeat the stall meter gives at each tick; when none came for longer than the threshold,
// it interrupts the GUI thread with SIGPROF every 2 ms, and the handler records the stack.
// Stacks are grouped per stall and printed symbolised (switch_benchmark --trace-stalls MS),
// so a stall is named by code rather than by phase. A measuring aid for one process: it
// claims SIGPROF for itself.
#pragma once

#include <QStringList>

#include <atomic>
#include <memory>

class StallSampler final
{
public:
    // Samples the calling thread's stalls longer than thresholdMs.
    explicit StallSampler(double thresholdMs);
    ~StallSampler();
    StallSampler(const StallSampler &) = delete;
    StallSampler &operator=(const StallSampler &) = delete;

    // The GUI thread is serving events now.
    void beat();
    // Nothing is measured until the next beat.
    void pause();
    // The `longest` stalls seen, longest first, each with its distinct stacks and how often
    // each was sampled.
    QStringList report(int longest) const;

private:
    struct State;
    std::unique_ptr<State> m_state;
};
