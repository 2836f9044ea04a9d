#!/usr/bin/env python3
"""The measuring half of run.sh (which builds what this needs): runs trustbook and its floor,
bare_webview, alternately on each prepared corpus, and prints a table and writes JSON.

Every number is a whole-process wall-clock time from fork to exit (what a user waits for),
except memory: PSS and RSS summed over the process tree (the main process and its
QtWebEngineProcess children, from /proc/PID/smaps_rollup), sampled from outside every 10 ms
until the screenshot PNG appears (the first non-blank paint), the largest seen, and the
in-process numbers of switch_benchmark (run once per corpus: it times every section switch and
the GUI thread's stalls in one window; it has no bare floor), in a table of their own.
"""
import argparse
import json
import os
import pathlib
import re
import statistics
import subprocess
import time

# The app's page area in its default 1180x760 window (splitter 320|860, less menu, tool and
# status bars), so the bare view paints as many pixels.
VIEW = "856x680"


def env_for(tmp):
    runtime = tmp / "xdg-runtime"
    runtime.mkdir(mode=0o700, parents=True, exist_ok=True)
    env = dict(os.environ)
    env.update({
        "QT_QPA_PLATFORM": "offscreen",
        "QTWEBENGINE_DISABLE_SANDBOX": "1",  # these machines run as root; see docs/platform-notes.md
        "QTWEBENGINE_CHROMIUM_FLAGS": "--disable-gpu",
        "QT_LOGGING_RULES": "qt.webenginecontext.info=false",
        "XDG_RUNTIME_DIR": str(runtime),
        "XDG_CONFIG_HOME": str(tmp / "config"),
        "XDG_CACHE_HOME": str(tmp / "cache"),
        "LC_ALL": "C.UTF-8",
    })
    return env


def tree(pid):
    pids, todo = [], [pid]
    while todo:
        p = todo.pop()
        pids.append(p)
        try:
            for task in os.listdir(f"/proc/{p}/task"):
                with open(f"/proc/{p}/task/{task}/children") as f:
                    todo += [int(c) for c in f.read().split()]
        except OSError:
            pass
    return pids


def memory_kib(pid):
    """(PSS, RSS, processes) summed over the tree below pid, or None if pid has gone."""
    pss = rss = count = 0
    for p in tree(pid):
        try:
            with open(f"/proc/{p}/smaps_rollup") as f:
                fields = dict(line.split(":", 1) for line in f if ":" in line and not line[0].isdigit())
        except OSError:
            if p == pid:
                return None
            continue
        pss += int(fields["Pss"].split()[0])
        rss += int(fields["Rss"].split()[0])
        count += 1
    return pss, rss, count


def run(cmd, env, timeout=300):
    """(wall ms, stdout, stderr) of a whole process, from the fork until its output has been
    read to the end, as a script waits for it (anything it leaves holding the output counts)."""
    start = time.perf_counter()
    done = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=timeout)
    ms = (time.perf_counter() - start) * 1e3
    if done.returncode != 0:
        raise SystemExit(f"failed ({done.returncode}): {' '.join(map(str, cmd))}\n{done.stderr}")
    return ms, done.stdout, done.stderr


# The moment each program first shows the page, in ms after the kernel started it (both read
# the start from /proc/self/stat, see src/viewer/processage.h): bare_webview prints
# "paint_ms N" at its first painted frame; the app logs (trustbook.viewer, info) when the page
# is painted and scrolled to the section. The app's --screenshot then waits until the window has
# been still for 100 ms before it saves, which the whole-process row counts and this one not.
FIRST_PAINT = re.compile(r"(?:^paint_ms |first painted at its place )([0-9.]+)", re.M)


def first_paint_ms(cmd, env):
    _, out, err = run(cmd, env)
    found = FIRST_PAINT.search(out + err)
    if not found:
        raise SystemExit(f"no first-paint time from {' '.join(map(str, cmd))}:\n{out}{err}")
    return float(found.group(1))


def run_sampled(cmd, env, png):
    """Starts cmd and samples its tree's memory every 10 ms until png appears (one sample more
    then); the largest PSS seen. Not a single sample at the PNG: the app starts tearing the
    engine down the moment the picture is saved, and a late sample caught it half gone."""
    png.unlink(missing_ok=True)
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    largest = None
    painted = False
    while proc.poll() is None and not painted:
        painted = png.exists()
        sample = memory_kib(proc.pid)
        if sample and (largest is None or sample[0] > largest[0]):
            largest = sample
        time.sleep(0.01)
    proc.wait(timeout=120)
    painted = painted or png.exists()  # it may have painted, saved and exited between samples
    if largest is None or not painted:
        raise SystemExit(f"no memory sample after the paint: {' '.join(map(str, cmd))}")
    return largest


def settled_memory(cmd, env, seconds):
    """(PSS, RSS, processes) of cmd's tree `seconds` after it started: a window a reader keeps
    open, with whatever it does after the first paint (Trustbook builds its search index)."""
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    time.sleep(seconds)
    sample = memory_kib(proc.pid)
    proc.kill()
    proc.wait(timeout=60)
    if sample is None:
        raise SystemExit(f"it exited before {seconds} s: {' '.join(map(str, cmd))}")
    return sample


def stats(samples):
    return {"median": statistics.median(samples), "min": min(samples), "max": max(samples),
            "n": len(samples)}


def pair(name, ours, bare):
    return {"name": name, "trustbook": stats(ours), "bare": stats(bare),
            "ratio": statistics.median(ours) / statistics.median(bare)}


def alternate(repeats, ours_cmd, bare_cmd, env):
    ours, bare = [], []
    for _ in range(repeats):
        ours.append(run(ours_cmd, env)[0])
        bare.append(run(bare_cmd, env)[0])
    return ours, bare


def generator_rows(args, corpus, env, tmp, repeats):
    mds = sorted((corpus / "content").glob("*.md"))
    mb = sum(f.stat().st_size for f in mds) / 1e6
    gen = [args.gen, "--content", corpus / "content", "--template", args.web / "page.html",
           "--style", args.web / "style.css", "--output", tmp / "gen-out"]
    ours, one_job, one_call = [], [], []
    for _ in range(repeats):
        ours.append(mb / (run(gen, env)[0] / 1e3))
        one_job.append(mb / (run(gen + ["--jobs", "1"], env)[0] / 1e3))
        # The tool in one process over every file, writing HTML only, as fast as it goes.
        one_call.append(mb / (run(["cmark-gfm", "--validate-utf8", "-e", "table", "-e",
                                   "strikethrough", "-e", "autolink", "-e", "tasklist", "-e",
                                   "tagfilter"] + mds, env)[0] / 1e3))
    row = pair("generator MB/s", ours, one_call)
    row["trustbook_one_job"] = stats(one_job)
    row["megabytes"] = mb
    return row


def measure(args, name):
    corpus = args.out / "corpora" / name
    tmp = args.out / "bench-tmp"
    tmp.mkdir(exist_ok=True)
    env = env_for(tmp)
    app = corpus / "trustbook"
    first = run([app, "--list"], env)[1].splitlines()[0].split("\t")[0]
    sections = len(run([app, "--list"], env)[1].splitlines())
    pages = sorted((corpus / "generated" / "pages").glob("*.html"))
    page = corpus / "generated" / "pages" / (first.split("/")[0] + ".html")
    png, pdf = tmp / "shot.png", tmp / "out.pdf"
    load_before = os.getloadavg()
    rows = []
    n = args.repeats
    shot_cmds = ([app, "--screenshot", png, first],
                 [args.bare, "--size", VIEW, "--screenshot", png, page])
    logging = dict(env, QT_LOGGING_RULES=env["QT_LOGGING_RULES"] + ";trustbook.viewer.info=true")
    painted_ours, painted_bare = [], []
    for _ in range(n):
        painted_ours.append(first_paint_ms(shot_cmds[0], logging))
        painted_bare.append(first_paint_ms(shot_cmds[1], logging))
    rows.append(pair("start-up to first paint ms", painted_ours, painted_bare))
    rows.append(pair("--screenshot, whole ms", *alternate(n, *shot_cmds, env)))
    rows.append(pair("PDF one section ms", *alternate(
        n, [app, "--export-pdf", pdf, "--section", first, "--page-size", "A4"],
        [args.bare, "--pdf", pdf, page], env)))
    # Everything takes seconds per 1,000 sections: fewer runs keep the whole under 10 minutes.
    everything = n if len(pages) == 1 else max(1, n // 3) if len(pages) <= 10 else 1
    try:
        rows.append(pair("PDF everything ms", *alternate(
            everything, [app, "--export-pdf", pdf, "--all", "--page-size", "A4"],
            [args.bare, "--pdf", pdf] + pages, env)))
    except SystemExit as failure:  # e.g. the exporter's own time limit: a finding, not a crash
        rows.append({"name": "PDF everything ms", "failed": str(failure).splitlines()[-1]})
    mem_ours, mem_bare = [], []
    for _ in range(args.memory_repeats):
        mem_ours.append(run_sampled([app, "--screenshot", png, first], env, png))
        mem_bare.append(run_sampled([args.bare, "--size", VIEW, "--screenshot", png, page],
                                    env, png))
    rows.append(pair("PSS MiB (tree)", [m[0] / 1024 for m in mem_ours],
                     [m[0] / 1024 for m in mem_bare]))
    rows.append(pair("RSS MiB (tree)", [m[1] / 1024 for m in mem_ours],
                     [m[1] / 1024 for m in mem_bare]))
    rows[-1]["processes"] = [mem_ours[0][2], mem_bare[0][2]]
    # The same a few seconds on, windows left open (the window without --screenshot, in a
    # fresh runtime folder, so it neither hands over to nor waits for another instance).
    settled_ours, settled_bare = [], []
    for _ in range(args.settled_repeats):
        settled_ours.append(settled_memory([app, first], env, args.settle_seconds))
        settled_bare.append(settled_memory([args.bare, "--size", VIEW, "--hold", page], env,
                                           args.settle_seconds))
    rows.append(pair(f"PSS MiB after {args.settle_seconds:g} s", [m[0] / 1024 for m in settled_ours],
                     [m[0] / 1024 for m in settled_bare]))
    rows.append(generator_rows(args, corpus, env, tmp, n))
    switch = switch_numbers(corpus, sections, env, tmp)
    return {"corpus": name, "sections": sections, "documents": len(pages),
            "load_before": load_before, "load_after": os.getloadavg(), "rows": rows,
            "switch": switch}


def switch_numbers(corpus, sections, env, tmp):
    """switch_benchmark's JSON (see switch_benchmark.cpp), or why it failed. Beyond 1,000
    sections without its PDF phase: the export of 10,000 takes a minute (and is timed above as
    "PDF everything"), which would break run.sh's 10-minute budget; run it by hand for that."""
    out = tmp / "switch.json"
    out.unlink(missing_ok=True)
    cmd = [corpus / "switch_benchmark", "--json", out] + (["--no-pdf"] if sections > 1000 else [])
    try:
        run(cmd, env, timeout=480)
    except (SystemExit, subprocess.TimeoutExpired) as failure:
        return {"failed": str(failure).splitlines()[-1]}
    return json.loads(out.read_text())


def fmt(s):
    return f"{s['median']:8.1f} [{s['min']:.0f}-{s['max']:.0f}]"


def print_table(results):
    print(f"\n{'corpus':<6} {'measure':<28} {'trustbook median [min-max]':>28} "
          f"{'bare median [min-max]':>28} {'ratio':>6}")
    for r in results:
        print(f"-- {r['corpus']}: {r['sections']} sections in {r['documents']} documents; "
              f"load {r['load_before'][0]:.2f} before, {r['load_after'][0]:.2f} after")
        for row in r["rows"]:
            if "failed" in row:
                print(f"{r['corpus']:<6} {row['name']:<28} FAILED: {row['failed']}")
                continue
            print(f"{r['corpus']:<6} {row['name']:<28} {fmt(row['trustbook']):>28} "
                  f"{fmt(row['bare']):>28} {row['ratio']:6.2f}")
            if "trustbook_one_job" in row:
                one = row["trustbook_one_job"]
                print(f"{r['corpus']:<6} {'  ... with --jobs 1':<28} {fmt(one):>28} "
                      f"{fmt(row['bare']):>28} {one['median'] / row['bare']['median']:6.2f}")


def print_switch_table(results):
    """switch_benchmark's rows: latencies (n, p50, p99, max) and the GUI thread's worst stall
    per phase. In-process numbers with no bare floor, so no ratio."""
    print(f"\n{'corpus':<6} {'switch_benchmark (ms)':<52} {'n':>6} {'p50':>8} {'p99':>8} "
          f"{'max':>8}")
    for r in results:
        switch = r.get("switch", {})
        if "failed" in switch:
            print(f"{r['corpus']:<6} FAILED: {switch['failed']}")
            continue
        for name, row in switch.get("latency", {}).items():
            cells = [f"{row[k]:8.1f}" if row["n"] else f"{'-':>8}"
                     for k in ("p50_ms", "p99_ms", "max_ms")]
            print(f"{r['corpus']:<6} {name:<52} {row['n']:>6} {' '.join(cells)}")
        for name, row in switch.get("elapsed", {}).items():
            kind = "blocking" if row["blocking"] else "took"
            print(f"{r['corpus']:<6} {name + ' (' + kind + ')':<52} {'-':>6} {'-':>8} {'-':>8} "
                  f"{row['ms']:8.1f}")
        for name, row in switch.get("stalls", {}).items():
            print(f"{r['corpus']:<6} {'stall: ' + name:<52} {'-':>6} {'-':>8} {'-':>8} "
                  f"{row['worst_ms']:8.1f}  during {row['during']}")
        for note in switch.get("notes", []):
            print(f"{r['corpus']:<6} note: {note}")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", type=pathlib.Path, required=True)
    parser.add_argument("--bare", type=pathlib.Path, required=True)
    parser.add_argument("--gen", type=pathlib.Path, required=True)
    parser.add_argument("--web", type=pathlib.Path, required=True)
    parser.add_argument("--repeats", type=int, default=9)
    parser.add_argument("--memory-repeats", type=int, default=3)
    parser.add_argument("--settled-repeats", type=int, default=2)
    parser.add_argument("--settle-seconds", type=float, default=5)
    parser.add_argument("corpora", nargs="+")
    args = parser.parse_args()
    results = []
    for name in args.corpora:
        results.append(measure(args, name))
        print_table(results[-1:])
        print_switch_table(results[-1:])
    print("\nAll corpora (times: whole process, fork to exit; generator: bare = one cmark-gfm "
          "run over every file, trustbook-gen with its default --jobs):")
    print_table(results)
    print_switch_table(results)
    out = args.out / "benchmark-results.json"
    out.write_text(json.dumps({"repeats": args.repeats, "nproc": os.cpu_count(),
                               "results": results}, indent=1))
    print(f"\nJSON written to {out}")


if __name__ == "__main__":
    main()
