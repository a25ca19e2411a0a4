#!/usr/bin/env python3
# --list-charts and --export-chart on the sample, headless (no display at all).
import os
import re
import shutil
import struct
import subprocess
import tempfile
import unittest

BIN = os.environ["JIXIAO_BIN"]
SAMPLE = os.environ["JIXIAO_SAMPLE"]


def run(*args):
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env["LC_ALL"] = "C.UTF-8"
    return subprocess.run([BIN, *args], capture_output=True, text=True, env=env, timeout=120)


def png_size(path):
    with open(path, "rb") as f:
        head = f.read(24)
    assert head[:8] == b"\x89PNG\r\n\x1a\n", head[:8]
    assert head[12:16] == b"IHDR"
    return struct.unpack(">II", head[16:24])


class ListCharts(unittest.TestCase):
    def test_ids_and_titles(self):
        r = run("--list-charts", SAMPLE)
        self.assertEqual(r.returncode, 0, r.stderr)
        lines = r.stdout.splitlines()
        rows = [line.split("\t") for line in lines]
        self.assertTrue(all(len(row) == 2 and row[1] for row in rows), lines)
        ids = [row[0] for row in rows]
        for expected in ("revenue", "spending-function", "spending-nature", "spending-economic",
                         "budget-execution", "three-public", "target-actual", "scores"):
            self.assertIn(expected, ids)
        self.assertEqual(ids[0], "revenue")
        self.assertEqual(ids[-1], "scores")
        self.assertIn("target-actual-6", ids)
        self.assertTrue(all(re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", i) for i in ids), ids)
        self.assertEqual(len(ids), len(set(ids)))
        titles = dict(rows)
        self.assertEqual(titles["revenue"], "Revenue structure")
        self.assertIn("新闻信息部", titles["target-actual-6"])

    def test_unreadable(self):
        r = run("--list-charts", "/nonexistent/x.jixiao")
        self.assertEqual(r.returncode, 2)
        self.assertTrue(r.stderr)


class ExportChart(unittest.TestCase):
    def setUp(self):
        self.dir = tempfile.mkdtemp(prefix="jx-cli-charts-")

    def tearDown(self):
        shutil.rmtree(self.dir)

    def out(self, name):
        return os.path.join(self.dir, name)

    def test_png_default_and_sized(self):
        path = self.out("revenue.png")
        r = run("--export-chart", "revenue", "--output", path, SAMPLE)
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertEqual(png_size(path), (1600, 1000))
        path = self.out("small.png")
        r = run("--export-chart", "scores", "--output", path, "--width", "640", "--height", "480",
                "--style", "dark", SAMPLE)
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertEqual(png_size(path), (640, 480))
        # Only the files asked for: the atomic write leaves no temporary behind.
        self.assertEqual(sorted(os.listdir(self.dir)), ["revenue.png", "small.png"])

    def test_svg(self):
        path = self.out("three.svg")
        r = run("--export-chart", "three-public", "--output", path, "--style", "projector", SAMPLE)
        self.assertEqual(r.returncode, 0, r.stderr)
        with open(path, encoding="utf-8") as f:
            text = f.read()
        self.assertTrue(text.startswith("<?xml"), text[:40])
        self.assertIn("<svg", text)
        self.assertIn('width="600pt"', text)
        self.assertIn('height="400pt"', text)

    @unittest.skipUnless(shutil.which("pdfinfo") and shutil.which("pdftotext"), "poppler-utils")
    def test_pdf(self):
        path = self.out("revenue.pdf")
        r = run("--export-chart", "revenue", "--output", path, SAMPLE)
        self.assertEqual(r.returncode, 0, r.stderr)
        with open(path, "rb") as f:
            self.assertEqual(f.read(5), b"%PDF-")
        info = subprocess.run(["pdfinfo", path], capture_output=True, text=True, check=True).stdout
        self.assertRegex(info, r"Pages:\s+1\n")
        self.assertRegex(info, r"Page size:\s+600 x 400 pts")
        self.assertRegex(info, r"Title:\s+Revenue structure")
        text = subprocess.run(["pdftotext", path, "-"], capture_output=True, text=True, check=True).stdout
        flat = re.sub(r"\s+", "", text)
        self.assertIn("Revenuestructure", flat)
        self.assertIn("一般公共预算财政拨款收入", flat)
        self.assertIn("2,725.07", flat)
        self.assertIn("72.65%", flat)

        path = self.out("target.pdf")
        r = run("--export-chart", "target-actual-6", "--output", path, "--width", "842", "--height", "595", SAMPLE)
        self.assertEqual(r.returncode, 0, r.stderr)
        info = subprocess.run(["pdfinfo", path], capture_output=True, text=True, check=True).stdout
        self.assertRegex(info, r"Page size:\s+842 x 595 pts")
        text = subprocess.run(["pdftotext", path, "-"], capture_output=True, text=True, check=True).stdout
        self.assertIn("1383.33%", re.sub(r"\s+", "", text))

    def assert_refused(self, args, name, message):
        path = self.out(name)
        r = run(*args[:1], *args[1:], "--output", path, SAMPLE)
        self.assertEqual(r.returncode, 2, r.stdout + r.stderr)
        self.assertRegex(r.stderr, message)
        self.assertEqual(os.listdir(self.dir), [])

    def test_refusals(self):
        self.assert_refused(["--export-chart", "no-such-chart"], "x.png", r"no-such-chart")
        self.assert_refused(["--export-chart", "revenue", "--style", "neon"], "x.png", r"neon")
        self.assert_refused(["--export-chart", "revenue"], "x.gif", r"\.png, \.svg or \.pdf")
        self.assert_refused(["--export-chart", "revenue"], "x", r"\.png, \.svg or \.pdf")
        self.assert_refused(["--export-chart", "revenue", "--width", "-5"], "x.png", r"positive")
        self.assert_refused(["--export-chart", "revenue", "--width", "100000", "--height", "10"], "x.png",
                            r"out of range")

    def test_missing_output(self):
        r = run("--export-chart", "revenue", SAMPLE)
        self.assertEqual(r.returncode, 2)
        self.assertIn("--output", r.stderr)

    def test_existing_file_kept_on_refusal(self):
        path = self.out("keep.png")
        with open(path, "wb") as f:
            f.write(b"old")
        r = run("--export-chart", "nope", "--output", path, SAMPLE)
        self.assertEqual(r.returncode, 2)
        with open(path, "rb") as f:
            self.assertEqual(f.read(), b"old")


if __name__ == "__main__":
    unittest.main(verbosity=2)
