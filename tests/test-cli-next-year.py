#!/usr/bin/env python3
# jixiao --next-year IN --output OUT (issue 13): next year's document from the sample is a
# valid 2021 document whose last-year figures are the sample's 2020 actuals, with the
# indicator tree, targets and rules kept and every actual value, score and narrative empty.
import json
import os
import subprocess
import tempfile
import unittest

BIN = os.environ["JIXIAO_BIN"]
SAMPLE = os.environ["JIXIAO_SAMPLE"]
FIXTURES = os.path.join(os.environ.get("G_TEST_SRCDIR", os.path.dirname(os.path.abspath(__file__))),
                        "fixtures", "figures")


def run(*args):
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env["LC_ALL"] = "C.UTF-8"
    return subprocess.run([BIN, *args], capture_output=True, text=True, env=env, timeout=60)


def leaves(nodes):
    for n in nodes:
        if "children" in n:
            yield from leaves(n["children"])
        else:
            yield n


class NextYear(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory()
        self.out = os.path.join(self.tmp.name, "xinzhou-2021.jixiao")

    def tearDown(self):
        self.tmp.cleanup()

    def make(self, source=SAMPLE):
        r = run("--next-year", source, "--output", self.out)
        self.assertEqual(r.returncode, 0, r.stderr)
        with open(self.out, encoding="utf-8") as f:
            return json.load(f)

    def test_sample_gives_a_valid_2021(self):
        d = self.make()
        self.assertEqual(d["department"]["year"], 2021)
        self.assertEqual(d["department"]["name"], "武汉市新洲区融媒体中心")
        self.assertEqual(len(d["department"]["functions"]), 12)
        # it loads, and --check finds no error (the missing figures are warnings, to fill in)
        r = run("--check", self.out)
        self.assertEqual(r.returncode, 0, r.stdout)
        self.assertNotIn(": error:", r.stdout)
        r = run("--metrics", self.out)
        self.assertEqual(r.returncode, 0, r.stderr)
        m = json.loads(r.stdout)
        self.assertEqual([i["score"] for i in m["indicators"] if i["score"] is not None], [])
        self.assertIsNone(m["metrics"]["budget_execution_rate"])

    def test_previous_year_is_this_years_actuals(self):
        with open(SAMPLE, encoding="utf-8") as f:
            s = json.load(f)
        b = self.make()["budget"]
        tp = b["three_public"]
        # 三公经费: 2020's budget and actual spending by item become 2021's last year
        self.assertEqual([(i["name"], i["previous_budget"], i["previous_actual"]) for i in tp["items"]],
                         [("因公出国（境）费", 0, 0), ("公务用车购置费", 0, 0),
                          ("公务用车运行维护费", 4, 2.96), ("公务接待费", 1.5, 0)])
        self.assertEqual(tp["previous_budget_total"], 5.5)
        self.assertEqual(tp["previous_actual_total"], 2.96)
        self.assertEqual([(i["budget"], i["actual"]) for i in tp["items"]], [(None, None)] * 4)
        self.assertIsNone(tp["budget_total"])
        # projects, public funds, procurement, totals
        self.assertEqual(b["projects"]["previous_year"], 2122.5)
        self.assertEqual(b["public_funds"]["previous_year"], 267.24)
        self.assertEqual(b["procurement"]["previous_actual"], 225.42)
        self.assertEqual(b["revenue"]["previous_total"], 3751)
        self.assertEqual(b["by_nature"]["previous_total"], 3751)
        self.assertEqual(b["by_nature"]["previous_basic"], 1628.5)
        # this year's figures are new; the lines keep their names
        self.assertEqual([i["name"] for i in b["revenue"]["items"]],
                         [i["name"] for i in s["budget"]["revenue"]["items"]])
        self.assertTrue(all(i["amount"] is None for i in b["revenue"]["items"]))
        for key in ("initial", "additional", "adjusted", "actual"):
            self.assertIsNone(b["projects"][key], key)
            self.assertIsNone(b["execution"][key], key)
        self.assertIsNone(b["assets"]["registered"])
        self.assertEqual(b["projects"]["note"], "")
        self.assertNotIn("transcription", b["projects"])

    def test_indicators_keep_targets_and_rules(self):
        with open(SAMPLE, encoding="utf-8") as f:
            s = json.load(f)
        d = self.make()
        old, new = list(leaves(s["indicators"])), list(leaves(d["indicators"]))
        self.assertEqual(len(new), len(old))
        for o, n in zip(old, new):
            self.assertEqual((n["number"], n["name"], n["weight"], n["target_text"]),
                             (o["number"], o["name"], o["weight"], o["target_text"]))
            self.assertEqual([(p["target"], p["unit"], p["direction"]) for p in n["parts"]],
                             [(p["target"], p["unit"], p["direction"]) for p in o["parts"]])
            self.assertEqual(n["rule"]["kind"], o["rule"]["kind"])
            self.assertEqual(n["rule"].get("source"), o["rule"].get("source"))
            self.assertEqual(n["metric"], o["metric"])
            self.assertTrue(all(p["actual"] is None for p in n["parts"]), n["name"])
            self.assertIsNone(n["score"])
            self.assertIsNone(n["rule"].get("grade"))
            self.assertEqual((n["analysis"], n["actual_text"], n["note"]), ("", "", ""))
        self.assertEqual(d["scoring"]["grade_bands"], s["scoring"]["grade_bands"])
        self.assertEqual(d["scoring"]["pack"], "mof-2013-53")
        self.assertEqual(d["conclusion"]["summary"], "")
        self.assertIsNone(d["conclusion"]["stated_total"])
        self.assertEqual(d["restatements"], [])

    def test_filled_in_it_compares_with_last_year(self):
        d = self.make()
        d["budget"]["revenue"]["total"] = 4000
        d["budget"]["three_public"]["budget_total"] = 4.4
        d["budget"]["three_public"]["actual_total"] = 2.5
        with open(self.out, "w", encoding="utf-8") as f:
            json.dump(d, f, ensure_ascii=False)
        m = json.loads(run("--metrics", self.out).stdout)["metrics"]
        # (4000 − 3751) / 3751 = 6.64%; 三公 on budgets: (4.4 − 5.5) / 5.5 = −20%
        self.assertEqual(m["revenue_growth_rate"], 6.64)
        self.assertEqual(m["three_public_change_rate"], -20)

    def test_closing_balance_is_next_carry_in(self):
        with open(os.path.join(FIXTURES, "carry-in-2021.jixiao"), encoding="utf-8") as f:
            s = json.load(f)
        d = self.make(os.path.join(FIXTURES, "carry-in-2021.jixiao"))
        self.assertEqual(d["department"]["year"], 2022)
        for key in ("execution", "projects"):
            self.assertEqual(d["budget"][key]["opening_balance"], s["budget"][key]["closing_balance"])
            self.assertIsNone(d["budget"][key]["closing_balance"])
        self.assertEqual(d["budget"]["projects"]["previous_year"], 620)

    def test_refusals_write_nothing(self):
        with open(SAMPLE, "rb") as f:
            before = f.read()
        cases = [
            (("--next-year", SAMPLE, "--output", SAMPLE), "replace"),
            (("--next-year", SAMPLE, "--output", os.path.join(self.tmp.name, "x.json")), "*.jixiao"),
            (("--next-year", SAMPLE), "--output"),
            (("--next-year", os.path.join(self.tmp.name, "none.jixiao"), "--output", self.out), "none.jixiao"),
            (("--next-year", SAMPLE, "--output", self.out, SAMPLE), "no other file"),
        ]
        for args, said in cases:
            r = run(*args)
            self.assertEqual(r.returncode, 2, args)
            self.assertIn(said, r.stderr, args)
            self.assertFalse(os.path.exists(self.out), args)
        with open(SAMPLE, "rb") as f:
            self.assertEqual(f.read(), before)
        broken = os.path.join(self.tmp.name, "broken.jixiao")
        with open(broken, "w", encoding="utf-8") as f:
            f.write('{"format": "jixiao", "version": 1, "department": {"name": "x"}}')
        r = run("--next-year", broken, "--output", self.out)
        self.assertEqual(r.returncode, 2)
        self.assertIn("year", r.stderr)
        self.assertFalse(os.path.exists(self.out))


if __name__ == "__main__":
    unittest.main()
