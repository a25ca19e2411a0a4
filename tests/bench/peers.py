# SPDX-License-Identifier: GPL-3.0-or-later
"""Jixiao beside its peers, measured in the same run (issue 16); used by tests/bench/run.

- First viewable window: exec → the first mapped, viewable top-level window, polled with
  `xdotool search --onlyvisible` every 3 ms (the method of the team's shared
  bench/first_window.py, kept here word for word in first_window_once), median of 7 after a
  warm-up, the programs alternating run by run: the empty libadwaita window (floor.c), GNOME
  Text Editor opening the reference report's text, Jixiao opening the sample. One Xvfb
  (1920×1080), GSK_RENDERER=cairo, GTK_A11Y=none, the same environment for all three.
- Report PDF: `jixiao --export-pdf` of the sample beside LibreOffice headless converting the
  reference report's text (`soffice --convert-to pdf`), paired runs alternating the two; wall
  time and peak RSS of the process tree (wait4, as /usr/bin/time -v).
- The GUI with 50,000 indicators: tests/bench/bench-window driving the real window.

The reference report's text is not in the repository: it is the team's seed file, found in
JIXIAO_BENCH_SEED or in a shared/seed/ folder above the source tree; without it the peers
that open it are skipped with a line saying so.
"""
import glob
import os
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
SAMPLE = os.path.join(ROOT, "data", "samples", "xinzhou-2020.jixiao")
GEN = os.path.join(ROOT, "tests", "gen-indicators.py")
MS = 1e-3


def find_seed():
    env = os.environ.get("JIXIAO_BENCH_SEED")
    if env:
        return env if os.path.isfile(env) else None
    folder = ROOT
    while True:
        found = sorted(glob.glob(os.path.join(folder, "shared", "seed", "*.txt")))
        if found:
            return found[0]
        parent = os.path.dirname(folder)
        if parent == folder:
            return None
        folder = parent


def median(values):
    return statistics.median(values) if values else float("nan")


class Verdicts:
    """The targets of issue 16: (what, ours, peer or None, limit, unit, met)."""

    def __init__(self):
        self.rows = []

    def ratio(self, what, ours, peer, limit, unit="s"):
        met = ours is not None and peer and ours / peer <= limit
        self.rows.append((what, ours, peer, f"≤ {limit:g}× peer", met, unit))

    def absolute(self, what, ours, limit, unit="s"):
        met = ours is not None and ours <= limit
        self.rows.append((what, ours, None, f"≤ {shown(limit, unit)}", met, unit))

    def print(self):
        print("\ntargets of issue 16 (each measured in this run)")
        for row in self.rows:
            what, ours, peer, limit, met = row[:5]
            unit = row[5] if len(row) > 5 else "s"
            value = shown(ours, unit) if ours is not None else "—"
            beside = f"peer {shown(peer, unit)}, ×{ours / peer:.2f}" if peer and ours is not None else ""
            print(f"  {what:<52} {value:>10} {beside:<26} {limit:<16} {'met' if met else 'MISSED'}")


def shown(value, unit):
    if value is None:
        return "—"
    if unit == "MB":
        return f"{value / 2**20:.0f} MB"
    if value < 1:
        return f"{value / MS:.0f} ms"
    return f"{value:.2f} s"


# ---- first viewable window ----

def viewable_windows(env):
    out = subprocess.run(["xdotool", "search", "--onlyvisible", "--name", "."],
                         capture_output=True, text=True, env=env).stdout
    return set(out.split())


def first_window_once(cmd, env):
    """Seconds from exec to the first new viewable top-level window (None: none in 20 s)."""
    base = viewable_windows(env)
    t0 = time.perf_counter()
    p = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    dt = None
    while time.perf_counter() - t0 < 20:
        if viewable_windows(env) - base:
            dt = time.perf_counter() - t0
            break
        time.sleep(0.003)
    p.terminate()
    try:
        p.wait(5)
    except subprocess.TimeoutExpired:
        p.kill()
        p.wait()
    time.sleep(0.3)
    return dt


def first_windows(programs, env, runs):
    """{label: [seconds…]}: one warm-up round, then `runs` rounds, the programs in turn."""
    times = {label: [] for label, _ in programs}
    for i in range(runs + 1):
        for label, cmd in programs:
            dt = first_window_once(cmd, env)
            if i > 0 and dt is not None:
                times[label].append(dt)
    return times


def start_xvfb():
    if not shutil.which("Xvfb"):
        return None, None
    r, w = os.pipe()
    proc = subprocess.Popen(["Xvfb", "-displayfd", str(w), "-screen", "0", "1920x1080x24", "-nolisten", "tcp"],
                            pass_fds=(w,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(w)
    with os.fdopen(r) as f:
        number = f.readline().strip()
    if not number:
        proc.kill()
        return None, None
    return proc, ":" + number


def gui_env(build, display, home):
    env = {k: v for k, v in os.environ.items() if k not in ("WAYLAND_DISPLAY",)}
    env.update(DISPLAY=display, GDK_BACKEND="x11", GSK_RENDERER="cairo", GTK_A11Y="none", NO_AT_BRIDGE="1",
               GSETTINGS_BACKEND="memory", GSETTINGS_SCHEMA_DIR=os.path.join(build, "data"),
               DBUS_SESSION_BUS_ADDRESS="unix:path=/nonexistent", JIXIAO_NON_UNIQUE="1",
               JIXIAO_LOCALEDIR=os.path.join(build, "po"), LC_ALL=zh_locale() or "C.UTF-8")
    for name in ("XDG_STATE_HOME", "XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME"):
        env[name] = os.path.join(home, name.lower())
        os.makedirs(env[name], exist_ok=True)
    return env


def zh_locale():
    try:
        out = subprocess.run(["locale", "-a"], capture_output=True, text=True).stdout.split()
    except OSError:
        return None
    for name in out:
        if name.lower() in ("zh_cn.utf8", "zh_cn.utf-8"):
            return name
    return None


def start_up(bench, verdicts, work, runs):
    print("\nfirst viewable window, exec → mapped (Xvfb 1920×1080, GSK_RENDERER=cairo, GTK_A11Y=none,"
          f" {zh_locale() or 'C.UTF-8'}; median of {runs} after a warm-up, the programs alternating)")
    floor = os.path.join(bench.build, "tests", "bench-floor")
    seed = find_seed()
    if not shutil.which("xdotool"):
        print("  skipped: no xdotool (apt install xdotool)")
        return
    xvfb, display = start_xvfb()
    if xvfb is None:
        print("  skipped: no Xvfb (apt install xvfb)")
        return
    try:
        env = gui_env(bench.build, display, os.path.join(work, "home-start"))
        programs = [("empty libadwaita window (floor.c)", [floor])]
        if seed and shutil.which("gnome-text-editor"):
            programs.append(("GNOME Text Editor, the reference report's text",
                             ["gnome-text-editor", "--standalone", seed]))
        else:
            print("  GNOME Text Editor: skipped (" + ("no seed text" if not seed else "not installed") + ")")
        programs.append(("Jixiao, the sample", [bench.bin, SAMPLE]))
        times = first_windows(programs, env, runs)
    finally:
        xvfb.send_signal(signal.SIGTERM)
        xvfb.wait()
    med = {}
    for label, _ in programs:
        t = times[label]
        if t:
            med[label] = median(t)
            print(f"  {label:<52} {med[label] / MS:7.0f} ms  (min {min(t) / MS:.0f}, max {max(t) / MS:.0f}, n={len(t)})")
        else:
            print(f"  {label:<52} no window seen")
    ours = med.get("Jixiao, the sample")
    empty = med.get("empty libadwaita window (floor.c)")
    editor = med.get("GNOME Text Editor, the reference report's text")
    if ours and empty:
        print(f"  Jixiao / empty window ×{ours / empty:.2f}" + (f", Jixiao / GNOME Text Editor ×{ours / editor:.2f}" if editor else ""))
    verdicts.ratio("first window vs GNOME Text Editor", ours, editor, 1.0)
    verdicts.ratio("first window vs the empty window", ours, empty, 1.6)


# ---- report PDF ----

def run_tree(argv, env, timeout=600):
    """(wall seconds, peak RSS bytes of the process tree, exit status)."""
    start = time.perf_counter()
    proc = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    deadline = start + timeout
    while True:
        pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
        if pid:
            break
        if time.perf_counter() > deadline:
            proc.kill()
            pid, status, usage = os.wait4(proc.pid, 0)
            break
        time.sleep(0.001)
    return time.perf_counter() - start, usage.ru_maxrss * 1024, os.waitstatus_to_exitcode(status)


def pages(pdf):
    try:
        out = subprocess.run(["pdfinfo", pdf], capture_output=True, text=True).stdout
        return next(int(l.split()[1]) for l in out.splitlines() if l.startswith("Pages:"))
    except (OSError, StopIteration, ValueError):
        return None


def report_pdf(bench, verdicts, work, runs, docs):
    print("\nreport PDF beside LibreOffice (paired runs, alternating; wall time, peak RSS of the process tree)")
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env["LC_ALL"] = "C.UTF-8"
    seed = find_seed()
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    ours_pdf = os.path.join(work, "sample.pdf")
    ours_cmd = [bench.bin, "--export-pdf", ours_pdf, SAMPLE]
    peer_cmd = None
    if seed and soffice:
        lo_dir = os.path.join(work, "lo")
        os.makedirs(lo_dir, exist_ok=True)
        peer_cmd = [soffice, f"-env:UserInstallation=file://{lo_dir}/profile", "--headless",
                    "--convert-to", "pdf", "--outdir", lo_dir, seed]
        peer_pdf = os.path.join(lo_dir, os.path.splitext(os.path.basename(seed))[0] + ".pdf")
    else:
        print("  LibreOffice: skipped (" + ("no seed text" if not seed else "not installed") + ")")
    ours, peer = [], []
    for i in range(runs + 1):
        for cmd, into in ((ours_cmd, ours), (peer_cmd, peer)):
            if cmd is None:
                continue
            wall, rss, status = run_tree(cmd, env)
            if status != 0:
                print(f"  {os.path.basename(cmd[0])}: exit {status}")
                return
            if i > 0:
                into.append((wall, rss))
    t_ours, m_ours = median([w for w, _ in ours]), max(r for _, r in ours)
    print(f"  {'Jixiao, the sample (' + str(pages(ours_pdf)) + ' pages)':<52} {t_ours / MS:7.0f} ms  {m_ours / 2**20:6.0f} MB")
    t_peer = m_peer = None
    if peer:
        t_peer, m_peer = median([w for w, _ in peer]), max(r for _, r in peer)
        print(f"  {'LibreOffice, the reference text (' + str(pages(peer_pdf)) + ' pages)':<52} {t_peer / MS:7.0f} ms  {m_peer / 2**20:6.0f} MB")
        print(f"  Jixiao / LibreOffice: time ×{t_ours / t_peer:.2f}, peak memory ×{m_ours / m_peer:.2f}")
    verdicts.ratio("report PDF of the sample: time vs LibreOffice", t_ours, t_peer, 0.15)
    verdicts.ratio("report PDF of the sample: peak memory vs LibreOffice", m_ours, m_peer, 0.6, "MB")

    limits = {5000: (2.5, None), 50000: (12.0, 500 * 2**20)}
    for n, path in docs:
        if n not in limits:
            continue
        out = os.path.join(work, f"report-{n}.pdf")
        wall, rss, status = run_tree([bench.bin, "--export-pdf", out, path], env)
        if status != 0:
            print(f"  {n:,} indicators: exit {status}")
            continue
        p = pages(out)
        per = f", {wall / p * 1000:.1f} ms a page" if p else ""
        print(f"  {f'{n:,} indicators ({p} pages)':<52} {wall / MS:7.0f} ms  {rss / 2**20:6.0f} MB{per}")
        verdicts.absolute(f"report PDF, {n:,} indicators: time", wall, limits[n][0])
        if limits[n][1]:
            verdicts.absolute(f"report PDF, {n:,} indicators: peak memory", rss, limits[n][1], "MB")


# ---- the window with many indicators ----

GUI_LABELS = [
    ("open", "open: exec → first frame", 1.5),
    ("first-switch", "first switch to the indicator page", 1.0),
    ("edit", "a typed edit, drawn", 0.050),
    ("undo", "undo, drawn", 0.100),
    ("redo", "redo, drawn", 0.100),
    ("save", "save (Ctrl+S) until saved", 1.5),
    ("save-frame-gap", "longest time without a frame during the save", None),
    ("switch", "page switch, drawn (after the first)", None),
    ("expand-all", "expand every group, drawn", None),
    ("page-down", "PageDown in the table, one frame", 0.016),
]


def gui(bench, verdicts, work, docs, runs):
    prog = os.path.join(bench.build, "tests", "bench-window")
    big = [(n, p) for n, p in docs if n and n >= 50000] or [(n, p) for n, p in docs if n][-1:]
    if not os.access(prog, os.X_OK) or not big:
        print("\nthe window with many indicators: skipped (tests/bench-window not built)")
        return
    n, path = big[0]
    if n < 50000:
        print(f"\n(--quick: {n:,} indicators, not 50,000; the targets are those of 50,000)")
    print(f"\nthe window with {n:,} indicators, driven (tests/bench-window: the real JxWindow, each step until"
          f" the frame clock has painted it; median of {runs} processes, each figure itself a median of its repeats)")
    xvfb, display = start_xvfb()
    if xvfb is None:
        print("  skipped: no Xvfb")
        return
    figures, rss = {}, []
    try:
        for i in range(runs):
            home = tempfile.mkdtemp(prefix="jx-bench-window-", dir=work)
            env = gui_env(bench.build, display, home)
            start = time.perf_counter()
            proc = subprocess.Popen([prog, path, home], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env, text=True)
            out = proc.stdout.read()
            _, status, usage = os.wait4(proc.pid, 0)
            shutil.rmtree(home, ignore_errors=True)
            if os.waitstatus_to_exitcode(status) != 0:
                print(f"  run {i + 1}: exit {os.waitstatus_to_exitcode(status)} after {time.perf_counter() - start:.0f} s")
                continue
            rss.append(usage.ru_maxrss * 1024)
            for line in out.splitlines():
                parts = line.split()
                if len(parts) == 5 and parts[1] != "-":
                    figures.setdefault(parts[0], []).append(float(parts[1]) * MS)
    finally:
        xvfb.send_signal(signal.SIGTERM)
        xvfb.wait()
    for key, label, limit in GUI_LABELS:
        if key in figures:
            value = median(figures[key])
            print(f"  {label:<52} {value / MS:9.1f} ms" + (f"   (target ≤ {limit / MS:.0f} ms)" if limit else ""))
            if limit:
                verdicts.absolute(f"{n:,} indicators: {label}", value, limit)
    if rss:
        print(f"  {'peak memory':<52} {max(rss) / 2**20:9.0f} MB")
