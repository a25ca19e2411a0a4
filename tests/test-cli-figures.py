#!/usr/bin/env python3
# Issue 13 on the command line, with no display: the carry-over and last year's metrics in
# --metrics (null when their figures are not stated), and --check on the real-style fixtures
# of tests/fixtures/figures/ (each names in its `transcription` member the form it follows).
import json
import os
import shutil
import subprocess
import tempfile
import unittest

BIN = os.environ["JIXIAO_BIN"]
SAMPLE = os.environ["JIXIAO_SAMPLE"]
SRCDIR = os.environ.get("G_TEST_SRCDIR", os.path.dirname(os.path.abspath(__file__)))
FIXTURES = os.path.join(SRCDIR, "fixtures", "figures")


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


def zh_locale_available():
    r = subprocess.run(["locale", "-a"], capture_output=True, text=True)
    return any(l.lower().replace("-", "") in ("zh_cn.utf8",) for l in r.stdout.split())


class ChineseWording(unittest.TestCase):
    """The carry-over findings in Chinese, their figures in the places the sentence names
    (比支出 X 万元多 Y 万元: the English names them in that order too, so that a translation
    needs no positional arguments, which the po union merge once undid)."""

    @classmethod
    def setUpClass(cls):
        if not zh_locale_available():
            raise unittest.SkipTest("no zh_CN.UTF-8 locale")
        cls.tmp = tempfile.mkdtemp()
        mo_dir = os.path.join(cls.tmp, "locale", "zh_CN", "LC_MESSAGES")
        os.makedirs(mo_dir)
        subprocess.run(["msgfmt", "-o", os.path.join(mo_dir, "jixiao.mo"),
                        os.path.join(SRCDIR, "..", "po", "zh_CN.po")], check=True)

    @classmethod
    def tearDownClass(cls):
        shutil.rmtree(cls.tmp, ignore_errors=True)

    def check_zh(self, execution):
        with open(os.path.join(FIXTURES, "carry-in-missing-2021.jixiao"), encoding="utf-8") as f:
            doc = json.load(f)
        doc["budget"]["execution"].update(execution)
        path = os.path.join(self.tmp, "balance.jixiao")
        with open(path, "w", encoding="utf-8") as f:
            json.dump(doc, f, ensure_ascii=False)
        env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "LC_ALL")}
        env.update(LANG="zh_CN.UTF-8", LC_ALL="zh_CN.UTF-8", LANGUAGE="zh_CN",
                   JIXIAO_LOCALEDIR=os.path.join(self.tmp, "locale"))
        r = subprocess.run([BIN, "--check", path], capture_output=True, text=True, env=env, timeout=60)
        return [l for l in r.stdout.splitlines() if "结转结余" in l and ": warning: " in l]

    def test_carry_in_without_closing_balance(self):
        # revenue 1,250.36 + carry-in 126.12 = 1,376.48, 40.00 more than the 1,336.48 spent
        lines = self.check_zh({"opening_balance": 126.12})
        self.assertEqual(len(lines), 1, lines)
        self.assertIn("收入与年初结转结余合计1,376.48万元（1,250.36 + 126.12），比支出1,336.48万元多40.00万元，"
                      "但未填写年末结转结余：可能漏填了40.00万元的年末结转结余", lines[0])

    def test_closing_balance_without_carry_in(self):
        # spent 1,336.48 + closing 40.00 = 1,376.48, more than the revenue of 1,250.36 by 126.12
        lines = self.check_zh({"closing_balance": 40})
        self.assertEqual(len(lines), 1, lines)
        self.assertIn("支出与年末结转结余合计1,376.48万元（1,336.48 + 40.00），比收入1,250.36万元多126.12万元，"
                      "但未填写年初结转结余：可能漏填了126.12万元的年初结转结余", lines[0])


if __name__ == "__main__":
    unittest.main(verbosity=2)
