#!/usr/bin/env python3
# The headless command line on the sample and on broken copies, with no display at all.
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import unittest

BIN = os.environ["JIXIAO_BIN"]
SAMPLE = os.environ["JIXIAO_SAMPLE"]


def run(*args):
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env["LC_ALL"] = "C.UTF-8"
    return subprocess.run([BIN, *args], capture_output=True, text=True, env=env, timeout=60)


def listing(folder):
    return sorted((n, os.path.getsize(os.path.join(folder, n))) for n in os.listdir(folder))


class Metrics(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        r = run("--metrics", SAMPLE)
        assert r.returncode == 0, r.stderr
        cls.m = json.loads(r.stdout)

    def test_ratios(self):
        m = self.m["metrics"]
        self.assertEqual(m["staff_control_rate"], 92.08)
        self.assertEqual(m["three_public_change_rate"], -67.65)
        self.assertEqual(m["three_public_control_rate"], 53.82)
        self.assertEqual(m["procurement_execution_rate"], 62.52)
        self.assertEqual(m["budget_execution_rate"], 100.0)
        self.assertEqual(m["project_execution_rate"], 100.0)
        self.assertEqual(m["public_funds_control_rate"], 100.0)
        self.assertIsNone(m["key_expenditure_rate"])
        self.assertEqual(m["asset_utilization_rate"], 100.0)

    def test_total(self):
        self.assertEqual(self.m["total_score"], 98)
        self.assertEqual(self.m["grade"], "优秀")

    def test_dimensions(self):
        d = {x["name"]: x for x in self.m["dimensions"]}
        self.assertEqual([x["name"] for x in self.m["dimensions"]], ["投入", "过程", "产出", "效果"])
        self.assertEqual((d["投入"]["score"], d["投入"]["weight"]), (5, 6))
        self.assertEqual((d["过程"]["score"], d["过程"]["weight"]), (10, 11))
        self.assertEqual((d["产出"]["score"], d["产出"]["weight"]), (63, 63))
        self.assertEqual((d["效果"]["score"], d["效果"]["weight"]), (20, 20))
        self.assertEqual(d["投入"]["rate"], 83.33)
        self.assertEqual(d["投入"]["grade"], "良好")

    def test_completion(self):
        by_name = {}
        for i in self.m["indicators"]:
            by_name.setdefault(i["name"], i)
        self.assertEqual(by_name["全年采摄新闻"]["completion"], 108.33)
        self.assertEqual(by_name["新闻供稿"]["completion"], 170.33)
        self.assertEqual(by_name["《新洲报》刊发专版"]["completion"], 376.0)
        self.assertEqual(by_name["全年采摄新闻"]["path"], "产出/新闻信息部/全年采摄新闻")
        self.assertEqual(len(self.m["indicators"]), 55)
        # The sample's entered scores stand.
        self.assertEqual(sum(i["score"] for i in self.m["indicators"]), 98)

    def test_findings_in_metrics(self):
        errors = [f for f in self.m["findings"] if f["severity"] == "error"]
        self.assertEqual(len(errors), 1, errors)
        self.assertEqual(errors[0]["path"], "budget.projects.initial")


class Check(unittest.TestCase):
    def test_sample(self):
        r = run("--check", SAMPLE)
        self.assertEqual(r.returncode, 1, r.stdout + r.stderr)
        lines = r.stdout.splitlines()
        errors = [l for l in lines if ": error: " in l]
        self.assertEqual(len(errors), 1, r.stdout)
        line = errors[0]
        self.assertTrue(line.startswith(SAMPLE + ": budget.projects.initial: error: "), line)
        for figure in ("645.88", "645.12", "1,476.62", "2,122.50", "2,121.74"):
            self.assertIn(figure, line)
        # No false alarm on the figures that add up.
        for path in ("budget.revenue", "budget.by_function", "budget.by_nature", "budget.by_economic",
                     "budget.execution", "budget.public_funds", "department.staffing"):
            self.assertFalse(any(f": {path}" in l and ": error: " in l for l in lines), path)

    def test_broken_copies(self):
        text = open(SAMPLE, encoding="utf-8").read()
        with tempfile.TemporaryDirectory() as folder:
            cases = {
                "truncated.jixiao": text[: len(text) // 2],
                "mistyped.jixiao": text.replace('"total": 101', '"total": "一百零一"', 1),
            }
            for name, content in cases.items():
                path = os.path.join(folder, name)
                with open(path, "w", encoding="utf-8") as f:
                    f.write(content)
            before = listing(folder)
            for name in cases:
                path = os.path.join(folder, name)
                for option in ("--check", "--metrics"):
                    r = run(option, path)
                    self.assertEqual(r.returncode, 2, (name, option, r.stdout, r.stderr))
                    self.assertEqual(r.stdout, "")
                    self.assertRegex(r.stderr, "^" + re.escape(path) + r":\d+:\d+: ")
            self.assertEqual(listing(folder), before)
            r = run("--check", os.path.join(folder, "mistyped.jixiao"))
            self.assertIn("department.staffing.authorized.total", r.stderr)

    def test_unreadable(self):
        r = run("--check", "/nonexistent/x.jixiao")
        self.assertEqual(r.returncode, 2)
        self.assertIn("/nonexistent/x.jixiao", r.stderr)
        r = run("--check", os.path.dirname(SAMPLE))
        self.assertEqual(r.returncode, 2)

    def test_valid_document_exits_zero(self):
        # Fix the sample's one error (the restated 645.12) and --check passes.
        doc = json.load(open(SAMPLE, encoding="utf-8"))
        doc["restatements"] = []
        with tempfile.TemporaryDirectory() as folder:
            path = os.path.join(folder, "fixed.jixiao")
            with open(path, "w", encoding="utf-8") as f:
                json.dump(doc, f, ensure_ascii=False)
            r = run("--check", path)
            self.assertEqual(r.returncode, 0, r.stdout + r.stderr)
            self.assertIn(": warning: ", r.stdout)   # missing actual values remain warnings

    def test_usage(self):
        r = run("--check")
        self.assertEqual(r.returncode, 2)


if __name__ == "__main__":
    unittest.main(verbosity=2)
