#!/usr/bin/env python3
# Issue 13 on the command line, with no display: the carry-over and last year's metrics in
# --metrics (null when their figures are not stated), and --check on the real-style fixtures
# of tests/fixtures/figures/ (each names in its `transcription` member the form it follows).
import json
import os
import subprocess
import unittest

BIN = os.environ["JIXIAO_BIN"]
SAMPLE = os.environ["JIXIAO_SAMPLE"]
FIXTURES = os.path.join(os.environ.get("G_TEST_SRCDIR", os.path.dirname(os.path.abspath(__file__))),
                        "fixtures", "figures")


def run(*args):
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env["LC_ALL"] = "C.UTF-8"
    return subprocess.run([BIN, *args], capture_output=True, text=True, env=env, timeout=60)


def metrics(path):
    r = run("--metrics", path)
    assert r.returncode == 0, r.stderr
    return json.loads(r.stdout)


def check(path):
    r = run("--check", path)
    lines = [l for l in r.stdout.splitlines() if l]
    return r.returncode, lines


class NewMetrics(unittest.TestCase):
    def test_sample_has_none(self):
        m = metrics(SAMPLE)["metrics"]
        for key in ("carry_over_rate", "revenue_growth_rate", "expenditure_growth_rate"):
            self.assertIn(key, m)
            self.assertIsNone(m[key], key)
        # the metrics that were there keep their values
        self.assertEqual(m["staff_control_rate"], 92.08)
        self.assertEqual(m["budget_execution_rate"], 100.0)

    def test_fixture(self):
        m = metrics(os.path.join(FIXTURES, "carry-in-2021.jixiao"))["metrics"]
        # 年末结转结余 0 of 1,250.36 + 86.12: stated, so 0 and not null
        self.assertEqual(m["carry_over_rate"], 0)
        # (1,250.36 − 1,180.20) / 1,180.20 and (1,336.48 − 1,208.75) / 1,208.75
        self.assertEqual(m["revenue_growth_rate"], 5.94)
        self.assertEqual(m["expenditure_growth_rate"], 10.57)
        # the region counts the carry-in: 1,336.48 / (1,250.36 + 86.12), 620 / (533.88 + 86.12)
        self.assertEqual(m["budget_execution_rate"], 100.0)
        self.assertEqual(m["project_execution_rate"], 100.0)
        self.assertEqual(m["three_public_control_rate"], 88.43)

    def test_coefficient(self):
        m = metrics(SAMPLE)
        by_name = {i["name"]: i for i in m["indicators"]}
        # 得分系数 = score / weight
        self.assertEqual(by_name["政府采购执行率"]["coefficient"], 0)
        self.assertEqual(by_name["全年采摄新闻"]["coefficient"], 1)


class Fixtures(unittest.TestCase):
    def test_carry_in(self):
        rc, lines = check(os.path.join(FIXTURES, "carry-in-2021.jixiao"))
        self.assertEqual(rc, 0, lines)
        self.assertEqual([l for l in lines if ": error: " in l or ": warning: " in l], [])

    def test_carry_in_missing(self):
        rc, lines = check(os.path.join(FIXTURES, "carry-in-missing-2021.jixiao"))
        self.assertEqual(rc, 0, lines)
        warnings = [l for l in lines if ": warning: " in l]
        self.assertEqual(len(warnings), 1, lines)
        self.assertIn("budget.execution.opening_balance: warning:", warnings[0])
        self.assertIn("年初结转结余", warnings[0])
        self.assertIn("86.12", warnings[0])

    def test_staffing_with_retirees(self):
        rc, lines = check(os.path.join(FIXTURES, "staffing-retirees.jixiao"))
        self.assertEqual(rc, 0, lines)
        # (the parts the fixture leaves empty are notes: "To fill in: …")
        warnings = [l for l in lines if ": info: " not in l]
        self.assertEqual(len(warnings), 1, lines)
        self.assertIn("department.staffing.authorized.total: warning:", warnings[0])
        self.assertIn("does 205 include the 77 retirees?", warnings[0])

    def test_sample_has_no_retiree_warning(self):
        rc, lines = check(SAMPLE)
        self.assertEqual([l for l in lines if "retirees" in l], [])


if __name__ == "__main__":
    unittest.main(verbosity=2)
