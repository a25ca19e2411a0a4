#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# The report's exports on a disk that fails them (issue 11): --export-pdf and --export-docx
# into a full disk (a tmpfs of 64 KB, far smaller than either file) and into a read-only
# file system (a tmpfs mounted read-only: root writes anywhere else), each in a mount
# namespace of its own (unshare --mount, as tests/test-autosave.py does). Each must exit 2
# with one line on stderr that names the file and says why, and leave the folder as it was:
# the old file whole, no temporary file beside it. Needs root; skipped without.
import os
import subprocess
import sys
import tempfile
import unittest

BIN = os.environ["JIXIAO_BIN"]
SAMPLE = os.environ["JIXIAO_SAMPLE"]
OLD = "the old report\n"


def can_mount():
    if os.geteuid() != 0:
        return False
    return subprocess.run(["unshare", "--mount", "true"], capture_output=True).returncode == 0


# In the namespace: mount the tmpfs, put the old file there, export over it, then list the
# folder and print the old file, all before the namespace (and its tmpfs) goes away.
SCRIPT = r'''
set -u
dir=$1; opts=$2; kind=$3; name=$4
mount -t tmpfs -o size=64k tmpfs "$dir"
printf '%s' "$OLD" > "$dir/$name"
[ "$opts" = ro ] && mount -o remount,ro "$dir"
"$BIN" --export-$kind "$dir/$name" "$SAMPLE" 2> "$ERR"
echo "rc=$?"
echo "files=$(ls -A "$dir" | tr '\n' ' ')"
echo "old=$(cat "$dir/$name" | head -c 100 | tr -d '\n')"
'''


@unittest.skipUnless(can_mount(), "a tmpfs mount needs root and unshare --mount")
class Disk(unittest.TestCase):
    def export(self, kind, opts):
        name = "out." + kind
        with tempfile.TemporaryDirectory() as tmp:
            folder = os.path.join(tmp, "disk")
            os.mkdir(folder)
            err = os.path.join(tmp, "stderr")
            env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
            env.update(LC_ALL="C.UTF-8", OLD=OLD, BIN=BIN, SAMPLE=SAMPLE, ERR=err)
            r = subprocess.run(["unshare", "--mount", "sh", "-c", SCRIPT, "sh", folder, opts, kind, name],
                               capture_output=True, text=True, env=env, timeout=180)
            self.assertEqual(r.stderr, "")
            out = dict(line.split("=", 1) for line in r.stdout.splitlines() if "=" in line)
            with open(err, encoding="utf-8") as f:
                stderr = f.read()
            # the folder after the namespace is gone: untouched
            self.assertEqual(os.listdir(folder), [])
        return out, stderr

    def check(self, kind, opts, reason):
        out, stderr = self.export(kind, opts)
        self.assertEqual(out["rc"], "2", stderr)
        self.assertEqual(len(stderr.strip().splitlines()), 1, stderr)
        self.assertIn("out." + kind, stderr)
        self.assertIn(reason, stderr)
        self.assertEqual(out["files"].split(), ["out." + kind])      # no temporary file left
        self.assertEqual(out["old"], OLD.strip())                      # the old file whole

    def test_pdf_full_disk(self):
        self.check("pdf", "rw", "No space left on device")

    def test_docx_full_disk(self):
        self.check("docx", "rw", "No space left on device")

    def test_pdf_read_only(self):
        self.check("pdf", "ro", "Read-only file system")

    def test_docx_read_only(self):
        self.check("docx", "ro", "Read-only file system")


if __name__ == "__main__":
    unittest.main(verbosity=2)
