#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""One file, two launches, with the real binary under Xvfb.

1. Single instance, on a private session bus (dbus-run-session): a second `jixiao` on a file
   that is open already, named another way (a symbolic link, "./x"), exits at once and the
   first instance presents the window it has; another file opens a window of its own.
2. Two processes that do not share a bus (JIXIAO_NON_UNIQUE, as two users or two sandboxes
   are): the second is told the document is open elsewhere, by whom, and opens it read-only;
   when the first is killed, its lock is stale and the next one takes it over silently.
"""
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time

TIMEOUT = 40
ON_PRIVATE_BUS = "JIXIAO_TEST_PRIVATE_BUS"


def skip(why):
    print(f"SKIP: {why}")
    sys.exit(77)


def fail(why, *logs):
    print(f"FAIL: {why}")
    for log in logs:
        print(f"--- {log.name} ---")
        print(log.text())
    sys.exit(1)


class Run:
    """A jixiao process with its output (stdout and stderr) in a file."""

    def __init__(self, name, args, env, cwd):
        self.name = name
        self.path = os.path.join(cwd, name + ".log")
        self.out = open(self.path, "w")
        self.proc = subprocess.Popen([os.environ["JIXIAO_BIN"], *args], env=env, cwd=cwd,
                                     stdout=self.out, stderr=subprocess.STDOUT)

    def text(self):
        with open(self.path, encoding="utf-8", errors="replace") as f:
            return f.read()

    def wait_for(self, needle, *others):
        deadline = time.time() + TIMEOUT
        while time.time() < deadline:
            if needle in self.text():
                return
            if self.proc.poll() is not None:
                fail(f"{self.name} exited ({self.proc.returncode}) before saying {needle!r}", self, *others)
            time.sleep(0.1)
        fail(f"{self.name} did not say {needle!r} in {TIMEOUT} s", self, *others)

    def stop(self, sig=signal.SIGTERM):
        if self.proc.poll() is None:
            self.proc.send_signal(sig)
        self.proc.wait(timeout=TIMEOUT)
        self.out.close()


def environment(home, unique):
    env = dict(os.environ)
    for var in ("XDG_STATE_HOME", "XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME"):
        env[var] = os.path.join(home, var.lower())
        os.makedirs(env[var], exist_ok=True)
    env["G_MESSAGES_DEBUG"] = "jx-application jx-window jx-file"
    for var in ("JIXIAO_EXIT_AFTER_FIRST_FRAME", "JIXIAO_RESTORE_AUTOSAVE", "JIXIAO_LOCKED_ANSWER",
                "G_APPLICATION_NON_UNIQUE", "JIXIAO_NO_LOCK_FILES"):
        env.pop(var, None)
    if unique:
        env.pop("JIXIAO_NON_UNIQUE", None)
    else:
        env["JIXIAO_NON_UNIQUE"] = "1"
    return env


def single_instance(home, document):
    env = environment(home, unique=True)
    folder = os.path.dirname(document)
    link = os.path.join(folder, "link.jixiao")
    os.symlink(os.path.basename(document), link)
    other = os.path.join(folder, "other.jixiao")
    shutil.copy(document, other)

    first = Run("first", [document], env, folder)
    first.wait_for("Locked ", first)
    for name, arg in (("through-link", "link.jixiao"), ("dotted", "./work.jixiao")):
        second = Run(name, [arg], env, folder)
        try:
            code = second.proc.wait(timeout=TIMEOUT)
        except subprocess.TimeoutExpired:
            fail(f"the second launch ({arg}) did not hand over to the first and exit", first, second)
        if code != 0:
            fail(f"the second launch ({arg}) exited {code}", first, second)
        second.out.close()
        if "Locked " in second.text():
            fail(f"the second launch ({arg}) opened the document itself", first, second)
    deadline = time.time() + TIMEOUT
    while first.text().count("is open already: presenting its window") < 2 and time.time() < deadline:
        time.sleep(0.1)
    if first.text().count("is open already: presenting its window") != 2:
        fail("the first instance did not present its window for both launches", first)
    if first.text().count("Locked ") != 1:
        fail("the first instance opened the document a second time", first)
    print("ok 1 - a second launch on an open file (a link, ./x) presents the first window")

    third = Run("third", ["other.jixiao"], env, folder)
    third.proc.wait(timeout=TIMEOUT)
    third.out.close()
    first.wait_for("other.jixiao#", third)
    print("ok 2 - a second launch on another file opens it in the first instance")
    # A clean exit, as Ctrl+Q: the application's quit action, over the bus.
    subprocess.run(["gdbus", "call", "--session", "--dest", "io.github.jixiao.Jixiao",
                    "--object-path", "/io/github/jixiao/Jixiao", "--method",
                    "org.gtk.Actions.Activate", "quit", "[]", "{}"],
                   env=env, check=True, capture_output=True, timeout=TIMEOUT)
    try:
        first.proc.wait(timeout=TIMEOUT)
    except subprocess.TimeoutExpired:
        fail("app.quit did not end the first instance", first)
    first.stop()
    if os.path.exists(os.path.join(folder, ".~lock.work.jixiao#")):
        fail("the lock is still there after a clean exit", first)
    print("ok 3 - a clean exit removes the locks")


def two_processes(home, document):
    env = environment(home, unique=False)
    folder = os.path.dirname(document)
    lock = os.path.join(folder, ".~lock.work.jixiao#")

    first = Run("separate-first", [document], env, folder)
    first.wait_for("Locked ", first)
    with open(lock, encoding="utf-8") as f:
        if f"pid={first.proc.pid}\n" not in f.read():
            fail("the lock does not name the first process", first)

    env2 = dict(env, JIXIAO_LOCKED_ANSWER="read-only")
    second = Run("separate-second", [document], env2, folder)
    second.wait_for("is open elsewhere", first, second)
    second.wait_for("answered read-only", first, second)
    if f"(pid {first.proc.pid})" not in second.text():
        fail("the warning does not say which process holds it", second)
    second.stop()
    print("ok 4 - a second process is told the document is open elsewhere, by whom; read-only")

    first.stop(signal.SIGKILL)
    if not os.path.exists(lock):
        fail("the lock went with the killed process (it cannot remove it)")
    third = Run("separate-third", [document], env, folder)
    third.wait_for("Taking over the lock", third)
    third.wait_for("Locked ", third)
    if "is open elsewhere" in third.text():
        fail("a stale lock was taken for a live one", third)
    with open(lock, encoding="utf-8") as f:
        if f"pid={third.proc.pid}\n" not in f.read():
            fail("the stale lock was not replaced", third)
    third.stop()
    print("ok 5 - the lock of a killed process is stale and taken over without a question")


def main():
    if not os.environ.get("JIXIAO_BIN") or not os.environ.get("JIXIAO_SAMPLE"):
        skip("JIXIAO_BIN and JIXIAO_SAMPLE are not set")
    if not os.environ.get("DISPLAY"):
        skip("no display (run under xvfb-run)")
    if not os.environ.get(ON_PRIVATE_BUS):
        if shutil.which("dbus-run-session") is None:
            skip("dbus-run-session is not installed")
        env = dict(os.environ, **{ON_PRIVATE_BUS: "1"})
        os.execvpe("dbus-run-session", ["dbus-run-session", "--", sys.executable, __file__], env)

    home = tempfile.mkdtemp(prefix="jixiao-files-")
    try:
        for part, func in (("unique", single_instance), ("separate", two_processes)):
            folder = os.path.join(home, part)
            os.makedirs(folder)
            document = os.path.join(folder, "work.jixiao")
            shutil.copy(os.environ["JIXIAO_SAMPLE"], document)
            func(os.path.join(home, part + "-home"), document)
        print("1..5")
    finally:
        shutil.rmtree(home, ignore_errors=True)


if __name__ == "__main__":
    main()
