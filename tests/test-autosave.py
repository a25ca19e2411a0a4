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

TIMEOUT = 30


def skip(why):
    print(f"SKIP: {why}")
    sys.exit(77)


def fail(why, proc=None):
    print(f"FAIL: {why}")
    if proc is not None:
        proc.kill()
        out, err = proc.communicate()
        print("--- stderr ---")
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
    """{pid: (document path, info dict)} of the autosaves in `folder`."""
    found = {}
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
            found[int(info["pid"])] = (info["document"], info)
    return found


def headcount(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)["department"]["staffing"]["actual"]["total"]


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
        env["G_MESSAGES_DEBUG"] = "jx-restore jx-autosave"
        env.pop("JIXIAO_EXIT_AFTER_FIRST_FRAME", None)
        env.pop("JIXIAO_RESTORE_AUTOSAVE", None)
        folder = os.path.join(env["XDG_STATE_HOME"], "jixiao", "autosave")
        document = os.path.join(home, "work.jixiao")
        shutil.copy(sample, document)
        uri_suffix = "/work.jixiao"

        def start(**extra):
            e = dict(env)
            e.update(extra)
            return subprocess.Popen([binary, document], env=e, stdout=subprocess.PIPE,
                                    stderr=subprocess.PIPE, text=True)

        # 1. unsaved work is autosaved
        first = start(JIXIAO_DEBUG_EDIT="department.staffing.actual.total=95")
        saved = wait_for(lambda: autosaves(folder).get(first.pid), "the autosave of the first run", first)
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
        if first.pid not in autosaves(folder):
            fail("the autosave disappeared with the killed process")
        print("ok 2 - the autosave survives SIGKILL")

        # 3. the next start offers it; yes restores it
        second = start(JIXIAO_RESTORE_AUTOSAVE="yes")
        restored = wait_for(lambda: autosaves(folder).get(second.pid), "the restored work autosaved again", second)
        wait_for(lambda: first.pid not in autosaves(folder), "the old autosave removed", second)
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
        print("1..4")
    finally:
        shutil.rmtree(home, ignore_errors=True)


if __name__ == "__main__":
    main()
