#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Autosave and restore with the real binary, under Xvfb.

1. Start jixiao on a copy of the sample with one unsaved edit (JIXIAO_DEBUG_EDIT) and a
   1-second autosave interval: the autosave appears in $XDG_STATE_HOME/jixiao/autosave/,
   records the original file and holds the edit; the original file is untouched.
2. SIGKILL it: the autosave stays.
3. Start it again with JIXIAO_RESTORE_AUTOSAVE=yes: it offers the autosave and restores it
   (the restored work is autosaved again at once by the new process, the old files go).
4. SIGKILL, start with JIXIAO_RESTORE_AUTOSAVE=no: it offers and discards; nothing is left.
5. Every run with the same process id, as in a Flatpak sandbox (each in a new PID namespace,
   unshare --pid, so each is pid 1): a crashed run's work is still offered and restored, and
   a run does not take a live run's autosave for a crashed one.
6. Autosave into a full disk (a tmpfs too small) and a read-only folder: the window says
   autosave is failing and why, until it works again.
Parts 5 and 6 need root (namespaces, mounts); without it they are skipped, except the
read-only folder, made with chmod.
"""
import configparser
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time

TIMEOUT = int(os.environ.get("T", "40"))


def skip(why):
    print(f"SKIP: {why}")
    sys.exit(77)


def fail(why, proc=None):
    print(f"FAIL: {why}")
    if proc is not None:
        if proc.poll() is None:
            proc.kill()
        out, err = proc.communicate()
        print("--- output ---")
        print(err)
    sys.exit(1)


def wait_for(predicate, what, proc=None):
    deadline = time.time() + TIMEOUT
    while time.time() < deadline:
        value = predicate()
        if value:
            return value
        if proc is not None and proc.poll() is not None:
            fail(f"jixiao exited ({proc.returncode}) while waiting for {what}", proc)
        time.sleep(0.1)
    fail(f"timed out waiting for {what}", proc)


def autosaves(folder):
    """[(document path, info dict)] of the autosaves in `folder`."""
    found = []
    if not os.path.isdir(folder):
        return found
    for name in os.listdir(folder):
        if not name.endswith(".ini"):
            continue
        parser = configparser.ConfigParser(interpolation=None)
        try:
            parser.read(os.path.join(folder, name), encoding="utf-8")
            info = dict(parser["Autosave"])
        except (configparser.Error, KeyError):
            continue
        if os.path.exists(info.get("document", "")):
            found.append((info["document"], info))
    return found


def of_pid(folder, pid):
    mine = [a for a in autosaves(folder) if int(a[1]["pid"]) == pid]
    return mine[0] if mine else None


def headcount(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)["department"]["staffing"]["actual"]["total"]


class Log:
    """Output of a run, read while it runs (stdout and stderr in one file)."""

    def __init__(self, folder, name):
        self.path = os.path.join(folder, name + ".log")
        self.file = open(self.path, "w")

    def text(self):
        with open(self.path, encoding="utf-8", errors="replace") as f:
            return f.read()


def main():
    binary = os.environ.get("JIXIAO_BIN")
    sample = os.environ.get("JIXIAO_SAMPLE")
    if not binary or not sample:
        skip("JIXIAO_BIN and JIXIAO_SAMPLE are not set")
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        skip("no display (run under xvfb-run)")

    home = tempfile.mkdtemp(prefix="jixiao-autosave-")
    try:
        env = dict(os.environ)
        for var in ("XDG_STATE_HOME", "XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME"):
            env[var] = os.path.join(home, var.lower())
            os.makedirs(env[var])
        env["JIXIAO_NON_UNIQUE"] = "1"
        env["JIXIAO_AUTOSAVE_SECONDS"] = "1"
        env["G_MESSAGES_DEBUG"] = "jx-restore jx-autosave jx-window"
        env.pop("JIXIAO_EXIT_AFTER_FIRST_FRAME", None)
        env.pop("JIXIAO_RESTORE_AUTOSAVE", None)
        folder = os.path.join(env["XDG_STATE_HOME"], "jixiao", "autosave")
        document = os.path.join(home, "work.jixiao")
        shutil.copy(sample, document)
        uri_suffix = "/work.jixiao"

        def start(prefix=(), log=None, **extra):
            e = dict(env)
            e.update(extra)
            if log is not None:
                return subprocess.Popen([*prefix, binary, document], env=e, stdout=log.file,
                                        stderr=subprocess.STDOUT, text=True)
            return subprocess.Popen([*prefix, binary, document], env=e, stdout=subprocess.PIPE,
                                    stderr=subprocess.PIPE, text=True)

        # 1. unsaved work is autosaved
        first = start(JIXIAO_DEBUG_EDIT="department.staffing.actual.total=95")
        saved = wait_for(lambda: of_pid(folder, first.pid), "the autosave of the first run", first)
        path, info = saved
        if not info.get("original", "").endswith(uri_suffix):
            fail(f"the autosave does not record the original file: {info}", first)
        wait_for(lambda: headcount(path) == 95, "the edit in the autosave", first)
        if headcount(document) != 93:
            fail("the original file was changed by autosave", first)
        print(f"ok 1 - autosave {path} records {info['original']}")

        # 2. killed: the autosave stays
        first.send_signal(signal.SIGKILL)
        first.wait()
        if of_pid(folder, first.pid) is None:
            fail("the autosave disappeared with the killed process")
        print("ok 2 - the autosave survives SIGKILL")

        # 3. the next start offers it; yes restores it
        second = start(JIXIAO_RESTORE_AUTOSAVE="yes")
        restored = wait_for(lambda: of_pid(folder, second.pid), "the restored work autosaved again", second)
        wait_for(lambda: of_pid(folder, first.pid) is None, "the old autosave removed", second)
        if headcount(restored[0]) != 95:
            fail("the restored document does not hold the edit", second)
        if not restored[1].get("original", "").endswith(uri_suffix):
            fail(f"the restored document lost its file: {restored[1]}", second)
        second.send_signal(signal.SIGKILL)
        _, err = second.communicate()
        if "Offering to restore" not in err or "Restored the autosave" not in err:
            fail(f"no restore offer in the log:\n{err}")
        print("ok 3 - the next start offers the autosave and restores it")

        # 4. no discards it
        third = start(JIXIAO_RESTORE_AUTOSAVE="no")
        wait_for(lambda: not autosaves(folder), "the autosave discarded", third)
        third.send_signal(signal.SIGTERM)
        _, err = third.communicate()
        if "Offering to restore" not in err or "Discarded the autosave" not in err:
            fail(f"no discard in the log:\n{err}")
        if headcount(document) != 93:
            fail("the original file was changed")
        print("ok 4 - declining the offer discards the autosave")

        same_pid(home, env, folder, start)
        failing(home, env, folder, start)
        print("1..8")
    finally:
        shutil.rmtree(home, ignore_errors=True)


def can_unshare(*flags):
    return subprocess.run(["unshare", *flags, "true"], capture_output=True).returncode == 0


def same_pid(home, env, folder, start):
    pid_ns = ["unshare", "--pid", "--fork", "--mount-proc", "--kill-child=SIGKILL"]
    if not can_unshare("--pid", "--fork", "--mount-proc"):
        print("ok 5 # SKIP no PID namespaces here (needs root)")
        print("ok 6 # SKIP no PID namespaces here (needs root)")
        return
    # a) a run (pid 1 in its namespace) with unsaved work, killed
    log_a = Log(home, "ns-a")
    a = start(pid_ns, log_a, JIXIAO_DEBUG_EDIT="department.staffing.actual.total=96")
    saved = wait_for(lambda: of_pid(folder, 1), "the autosave of run A (pid 1)", a)
    session_a = saved[1].get("session")
    if not session_a:
        fail(f"the autosave names no session: {saved[1]}", a)
    wait_for(lambda: headcount(saved[0]) == 96, "the edit in run A's autosave", a)
    a.kill()   # unshare dies; --kill-child sends jixiao SIGKILL
    a.wait()
    wait_for(lambda: not alive_in(log_a), "run A's end")
    if of_pid(folder, 1) is None:
        fail("run A's autosave went with it")

    # b) the next run has pid 1 too: offered and restored all the same
    log_b = Log(home, "ns-b")
    b = start(pid_ns, log_b, JIXIAO_RESTORE_AUTOSAVE="yes")
    wait_for(lambda: [s for s in autosaves(folder) if s[1].get("session") not in (None, session_a)],
             "run B's own autosave of the restored work", b)
    wait_for(lambda: not [s for s in autosaves(folder) if s[1].get("session") == session_a],
             "run A's autosave removed once B's was written", b)
    mine = [s for s in autosaves(folder) if s[1].get("session") != session_a][0]
    if int(mine[1]["pid"]) != 1 or headcount(mine[0]) != 96:
        fail(f"run B (pid 1) did not restore run A's work: {mine[1]}", b)
    if "Offering to restore" not in log_b.text():
        fail("run B was not offered run A's work:\n" + log_b.text(), b)
    print("ok 5 - with the same pid, a crashed run's work is offered and restored")

    # c) a third run while B runs (pid 1 as well): B's autosave is not an orphan
    log_c = Log(home, "ns-c")
    c = start(pid_ns, log_c)
    wait_for(lambda: "autosaves of ended sessions: 0 found" in log_c.text(), "run C's look for orphans", c)
    if "Offering to restore" in log_c.text():
        fail("run C offered the autosave of run B, which is running:\n" + log_c.text(), c)
    for p, log in ((b, log_b), (c, log_c)):
        p.kill()
        p.wait()
        wait_for(lambda: not alive_in(log), "the end of a run")
    # B was killed too: its work is offered next time. Clean up for part 6.
    for d, info in autosaves(folder):
        os.unlink(d)
        os.unlink(os.path.join(folder, os.path.basename(d)[:-len(".jixiao")] + ".ini"))
    print("ok 6 - a live run's autosave is not taken for a crashed one, whatever its pid")


def alive_in(log):
    """Whether a process still writes `log` (jixiao inside a namespace, after unshare died)."""
    for pid in os.listdir("/proc"):
        if pid.isdigit():
            try:
                if os.readlink(f"/proc/{pid}/fd/1") == log.path:
                    return True
            except OSError:
                pass
    return False


def wait_log(log, needle, proc):
    wait_for(lambda: needle in log.text(), repr(needle), proc)


def failing(home, env, folder, start):
    os.makedirs(folder, exist_ok=True)
    root = os.geteuid() == 0 and can_unshare("--mount")
    edit = "department.staffing.actual.total=97"
    if root:
        # A tmpfs of 32 KB, smaller than the sample's autosave (about 75 KB), mounted over the
        # folder in the run's own mount namespace; then made larger.
        log = Log(home, "full")
        script = f'mount -t tmpfs -o size=32k tmpfs "{folder}" && exec "$0" "$@"'
        p = start(["unshare", "--mount", "sh", "-c", script], log, JIXIAO_DEBUG_EDIT=edit)
        wait_log(log, "Autosave is failing: the disk is full", p)
        subprocess.run(["nsenter", "-t", str(p.pid), "-m", "mount", "-o", "remount,size=4m", folder], check=True)
        wait_log(log, "Autosave works again", p)
        inside = os.path.join(f"/proc/{p.pid}/root", folder.lstrip("/"))
        if not [n for n in os.listdir(inside) if n.endswith(".jixiao")]:
            fail("no autosave once the disk had room", p)
        p.kill()
        p.wait()
        print("ok 7 - a full disk shows that autosave fails, until it works again")

        log = Log(home, "read-only")
        script = f'mount -t tmpfs -o ro,size=4m tmpfs "{folder}" && exec "$0" "$@"'
        p = start(["unshare", "--mount", "sh", "-c", script], log, JIXIAO_DEBUG_EDIT=edit)
        wait_log(log, "Autosave is failing: its folder is on a read-only disk", p)
        subprocess.run(["nsenter", "-t", str(p.pid), "-m", "mount", "-o", "remount,rw", folder], check=True)
        wait_log(log, "Autosave works again", p)
        p.kill()
        p.wait()
        print("ok 8 - a read-only folder shows that autosave fails, until it works again")
        return
    print("ok 7 # SKIP a full disk needs a tmpfs mount (root)")
    log = Log(home, "read-only")
    os.chmod(folder, 0o500)
    p = start((), log, JIXIAO_DEBUG_EDIT=edit)
    wait_log(log, "Autosave is failing: there is no permission to write to its folder", p)
    os.chmod(folder, 0o700)
    wait_log(log, "Autosave works again", p)
    p.kill()
    p.wait()
    print("ok 8 - a folder without write permission shows that autosave fails, until it works again")


if __name__ == "__main__":
    main()
