#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# jixiao --export-xlsx, read back by real consumers: python3-openpyxl reads the workbook
# (55 level-3 rows, weights 100, scores 98, numbers stored as numbers with their formats,
# live formulas, print set-up), and LibreOffice recalculates it from scratch: every formula
# must give the figure Jixiao cached, and a reviewer's change must move the totals. A second
# document exercises the other rules, a not-applicable indicator, truncation and 1 decimal.
import copy
import json
import os
import re
import subprocess
import sys
import tempfile
import unittest

import openpyxl

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import office  # noqa: E402

BIN = os.environ["JIXIAO_BIN"]
SAMPLE = os.environ["JIXIAO_SAMPLE"]
SHEETS = ["自评表", "预算执行", "得分汇总", "检查结果"]
NUMBER_TEXT = re.compile(r"[-+]?(\d+,)*\d*\.?\d+%?")
# 自评表 columns (1-based, as openpyxl counts)
L1, L2, NUM, NAME, DIR, TARGET, UNIT, ACTUAL, WEIGHT, SCORE, COMPLETION, COMPUTED, RULE, NOTE = range(1, 15)


def run(*args):
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env["LC_ALL"] = "C.UTF-8"
    return subprocess.run([BIN, *args], capture_output=True, text=True, env=env, timeout=120)


def metrics(path):
    r = run("--metrics", path)
    assert r.returncode == 0, r.stderr
    return json.loads(r.stdout)


def indicator_rows(ws):
    """Rows (1-based numbers) of the level-3 indicators: below the header, above 合计."""
    rows = []
    for r in range(4, ws.max_row + 1):
        if ws.cell(r, L1).value == "合计":
            return rows, r
        if ws.cell(r, NAME).value:
            rows.append(r)
    raise AssertionError("no 合计 row")


def variant_document(folder):
    """The sample with one indicator of each other rule, one not applicable, truncation to
    1 decimal, and a compound target whose actual is short: the formulas of every rule."""
    with open(SAMPLE, encoding="utf-8") as f:
        doc = json.load(f)
    doc["scoring"]["decimals"] = 1
    doc["scoring"]["rounding"] = "truncate"
    news = doc["indicators"][2]["children"][0]["children"]
    # 全年采摄新闻 3000 → 3250: deduction, 2 points past 5 of shortfall (none here) …
    news[1]["rule"] = {"kind": "deduction", "threshold": 5, "step": 0.1}   # 专稿 279/260
    news[1]["parts"][0]["actual"] = 200                                     # 76.92 %
    news[1]["score"] = None
    news[2]["rule"] = {"kind": "tiers", "tiers": [{"min": 100, "points": 2}, {"min": 80, "points": 1.5}]}
    news[2]["parts"][0]["actual"] = 1300                                    # 86.67 %
    news[2]["score"] = None
    news[3]["rule"] = {"kind": "equal", "tolerance": 1, "proportional": True}
    news[3]["parts"][0]["actual"] = 15                                       # 12 vs 15
    news[3]["score"] = None
    news[4]["applicable"] = False                                           # 拍摄制作专题片
    news[5]["parts"][0]["actual"] = 777                                     # positive, 97.125 %
    news[5]["score"] = None
    news[6]["rule"] = {"kind": "negative"}
    news[6]["parts"][0]["direction"] = "le"
    news[6]["score"] = None                                                 # 16 > 10 → 0.4
    news[7]["rule"] = {"kind": "qualitative", "grade": "partial", "share": 70}
    news[7]["score"] = None
    path = os.path.join(folder, "variant.jixiao")
    with open(path, "w", encoding="utf-8") as f:
        json.dump(doc, f, ensure_ascii=False)
    return path


class Export(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.TemporaryDirectory()
        cls.dir = cls.tmp.name
        cls.xlsx = os.path.join(cls.dir, "sample.xlsx")
        r = run("--export-xlsx", cls.xlsx, SAMPLE)
        assert r.returncode == 0, r.stderr
        cls.wb = openpyxl.load_workbook(cls.xlsx)
        cls.cached = openpyxl.load_workbook(cls.xlsx, data_only=True)
        cls.metrics = metrics(SAMPLE)

        cls.variant = variant_document(cls.dir)
        cls.variant_xlsx = os.path.join(cls.dir, "variant.xlsx")
        r = run("--export-xlsx", cls.variant_xlsx, cls.variant)
        assert r.returncode == 0, r.stderr
        cls.variant_metrics = metrics(cls.variant)

        # A reviewer's change: 全年采摄新闻 actually 1500 of 3000, its score left to the rule.
        wb = openpyxl.load_workbook(cls.xlsx)
        ws = wb["自评表"]
        rows, _ = indicator_rows(ws)
        cls.changed_row = next(r for r in rows if ws.cell(r, NAME).value == "全年采摄新闻")
        ws.cell(cls.changed_row, ACTUAL).value = 1500
        ws.cell(cls.changed_row, SCORE).value = "=L%d" % cls.changed_row
        cls.changed_xlsx = os.path.join(cls.dir, "changed.xlsx")
        wb.save(cls.changed_xlsx)

        out = office.convert(cls.dir, office.CSV_ALL_SHEETS, [cls.xlsx, cls.variant_xlsx, cls.changed_xlsx])
        cls.lo = office.read_sheets(out, "sample")
        cls.lo_variant = office.read_sheets(out, "variant")
        cls.lo_changed = office.read_sheets(out, "changed")

    @classmethod
    def tearDownClass(cls):
        cls.tmp.cleanup()

    def test_sheets(self):
        self.assertEqual(self.wb.sheetnames, SHEETS)

    def test_indicator_rows(self):
        ws, cached = self.wb["自评表"], self.cached["自评表"]
        rows, total = indicator_rows(ws)
        self.assertEqual(len(rows), 55)
        self.assertEqual(sum(ws.cell(r, WEIGHT).value for r in rows), 100)
        self.assertAlmostEqual(sum(cached.cell(r, SCORE).value for r in rows), 98, places=9)
        self.assertTrue(ws.cell(total, WEIGHT).value.startswith("=SUM("))
        self.assertTrue(ws.cell(total, SCORE).value.startswith("=ROUND(SUM("))
        self.assertEqual(cached.cell(total, WEIGHT).value, 100)
        self.assertEqual(cached.cell(total, SCORE).value, 98)
        # the level-3 names in document order, as --metrics lists them
        self.assertEqual([ws.cell(r, NAME).value for r in rows],
                         [i["name"] for i in self.metrics["indicators"]])

    def test_groups_merged(self):
        ws = self.wb["自评表"]
        merged = {str(m) for m in ws.merged_cells.ranges}
        rows, _ = indicator_rows(ws)
        self.assertEqual([ws.cell(r, L1).value for r in rows if ws.cell(r, L1).value], ["投入", "过程", "产出", "效果"])
        self.assertIn("A%d:A%d" % (rows[0], rows[5]), merged)      # 投入: 6 indicators
        self.assertIn("B%d:B%d" % (rows[0], rows[1]), merged)      # 目标设定: 2

    def test_numbers_are_numbers(self):
        checked = 0
        for name in SHEETS:
            for row in self.wb[name].iter_rows():
                for cell in row:
                    v = cell.value
                    if isinstance(v, str) and not v.startswith("="):
                        self.assertIsNone(NUMBER_TEXT.fullmatch(v.strip()),
                                          "%s!%s holds the number %r as text" % (name, cell.coordinate, v))
                    elif isinstance(v, (int, float)):
                        checked += 1
        self.assertGreater(checked, 250)

    def test_number_formats(self):
        ws = self.wb["自评表"]
        rows, total = indicator_rows(ws)
        r = next(r for r in rows if ws.cell(r, NAME).value == "全年采摄新闻")
        self.assertEqual(ws.cell(r, TARGET).value, 3000)
        self.assertEqual(ws.cell(r, UNIT).value, "篇（条）")
        self.assertEqual(ws.cell(r, DIR).value, "≥")
        self.assertEqual(ws.cell(r, ACTUAL).value, 3250)
        self.assertEqual(ws.cell(r, SCORE).number_format, "0.00")
        self.assertEqual(ws.cell(r, COMPLETION).number_format, "0.00%")
        self.assertEqual(ws.cell(r, COMPUTED).number_format, "0.00")
        budget = self.wb["预算执行"]
        self.assertEqual(budget["B4"].value, 1967.13)
        self.assertEqual(budget["B4"].number_format, "#,##0.00")
        self.assertEqual(budget["F4"].number_format, "0.00%")

    def test_rule_formulas(self):
        ws, cached = self.wb["自评表"], self.cached["自评表"]
        rows, _ = indicator_rows(ws)
        by_name = {ws.cell(r, NAME).value: r for r in rows}
        r = by_name["全年采摄新闻"]
        self.assertEqual(ws.cell(r, COMPLETION).value, "=MAX(0,H%d/F%d)" % (r, r))
        self.assertEqual(ws.cell(r, COMPUTED).value, "=ROUND(MIN(K%d,1)*I%d,2)" % (r, r))
        self.assertAlmostEqual(cached.cell(r, COMPLETION).value, 3250 / 3000)
        r = by_name["政府采购执行率"]     # from the metric 225.42 / 360.54, entered score 0
        self.assertAlmostEqual(cached.cell(r, ACTUAL).value, 62.5229, places=4)
        self.assertEqual(cached.cell(r, COMPUTED).value, 0.63)
        self.assertEqual(cached.cell(r, SCORE).value, 0)
        self.assertIn("0.63", ws.cell(r, SCORE).comment.text)
        r = by_name["绩效目标合理性"]
        self.assertEqual(ws.cell(r, COMPUTED).value, "=ROUND(I%d*1,2)" % r)
        # a compound target: text, and the score as a value with its arithmetic in a comment
        r = by_name["创办《新洲电视台综合频道》微信公众号"]
        self.assertEqual(ws.cell(r, TARGET).value, "粉丝量 3000 人次以上，日活量 300 次以上")
        self.assertEqual(ws.cell(r, COMPUTED).value, 2)
        self.assertIn("smallest", ws.cell(r, COMPUTED).comment.text)
        # no actual value: no computed score, and the comment says why
        r = by_name["受众满意度"]
        self.assertIsNone(ws.cell(r, COMPUTED).value)
        self.assertIn("not stated", ws.cell(r, COMPUTED).comment.text)
        self.assertEqual(ws.cell(r, RULE).value, "正向")

    def test_summary(self):
        ws, cached = self.wb["得分汇总"], self.cached["得分汇总"]
        dims = {d["name"]: d for d in self.metrics["dimensions"]}
        for r in range(4, 8):
            name = cached.cell(r, 1).value
            self.assertEqual(cached.cell(r, 2).value, dims[name]["weight"])
            self.assertEqual(cached.cell(r, 3).value, dims[name]["score"])
            self.assertAlmostEqual(cached.cell(r, 4).value * 100, dims[name]["rate"], places=2)
            self.assertEqual(cached.cell(r, 5).value, dims[name]["grade"])
            self.assertTrue(ws.cell(r, 2).value.startswith("=SUM('自评表'!I"))
            self.assertTrue(ws.cell(r, 5).value.startswith("=IF("))
        self.assertEqual((cached["A8"].value, cached["B8"].value, cached["C8"].value), ("合计", 100, 98))
        self.assertEqual((cached["C9"].value, cached["E9"].value), (98, "优秀"))

    def test_budget(self):
        cached = self.cached["预算执行"]
        m = self.metrics["metrics"]
        self.assertEqual([cached.cell(r, 1).value for r in range(4, 9)],
                         ["部门整体支出", "项目支出", "公用经费", "政府采购", "“三公”经费"])
        self.assertAlmostEqual(cached["F4"].value * 100, m["budget_execution_rate"], places=2)
        self.assertAlmostEqual(cached["F7"].value * 100, m["procurement_execution_rate"], places=2)
        self.assertAlmostEqual(cached["F8"].value * 100, m["three_public_control_rate"], places=2)
        self.assertEqual((cached["D8"].value, cached["E8"].value), (5.5, 2.96))
        # 上年预算 17 is the stated total, not the sum of the items (10): a value with a comment
        ws = self.wb["预算执行"]
        total = next(r for r in range(9, ws.max_row + 1) if ws.cell(r, 1).value == "合计")
        self.assertTrue(ws.cell(total, 2).value.startswith("=SUM("))
        self.assertEqual(ws.cell(total, 4).value, 17)
        self.assertIn("填报", ws.cell(total, 4).comment.text)
        self.assertAlmostEqual(self.cached["预算执行"].cell(total + 1, 6).value * 100,
                               m["three_public_change_rate"], places=2)

    def test_findings(self):
        ws = self.wb["检查结果"]
        found = [(ws.cell(r, 2).value, ws.cell(r, 4).value) for r in range(4, ws.max_row + 1) if ws.cell(r, 4).value]
        self.assertEqual(len(found), len(self.metrics["findings"]))
        self.assertEqual(found[0][0], "错误")
        self.assertIn("645.12", found[0][1])

    def test_print_setup(self):
        for name in SHEETS:
            ws = self.wb[name]
            self.assertEqual(ws.page_setup.orientation, "landscape", name)
            self.assertEqual(int(ws.page_setup.paperSize), 9, name)
            self.assertIn(ws.page_setup.fitToWidth, (None, 1), name)   # absent: 1
            self.assertEqual(ws.page_setup.fitToHeight, 0, name)
            self.assertTrue(ws.sheet_properties.pageSetUpPr.fitToPage, name)
            self.assertEqual(ws.print_title_rows, "$3:$3", name)
            self.assertIn("武汉市新洲区融媒体中心", ws.oddHeader.left.text)
            self.assertIn("2020年度", ws.oddHeader.center.text)

    def compare_recalculated(self, workbook_path, lo):
        """Every number LibreOffice computed equals the value Jixiao cached in the file."""
        cached = openpyxl.load_workbook(workbook_path, data_only=True)
        formulas = openpyxl.load_workbook(workbook_path)
        compared = 0
        for name in SHEETS:
            rows = lo[name]
            for row in formulas[name].iter_rows():
                for cell in row:
                    if not (isinstance(cell.value, str) and cell.value.startswith("=")):
                        continue
                    want = cached[name][cell.coordinate].value
                    got = rows[cell.row - 1][cell.column - 1] if cell.row <= len(rows) and cell.column <= len(rows[cell.row - 1]) else ""
                    if isinstance(want, str):
                        self.assertEqual(got, want, "%s!%s %s" % (name, cell.coordinate, cell.value))
                        continue
                    self.assertIsNotNone(office.number(got), "%s!%s %s gave %r" % (name, cell.coordinate, cell.value, got))
                    self.assertAlmostEqual(office.number(got), want, places=9,
                                           msg="%s!%s %s" % (name, cell.coordinate, cell.value))
                    compared += 1
        return compared

    def test_libreoffice_recalculates(self):
        self.assertGreater(self.compare_recalculated(self.xlsx, self.lo), 100)

    def test_libreoffice_recalculates_every_rule(self):
        self.assertGreater(self.compare_recalculated(self.variant_xlsx, self.lo_variant), 100)
        ws = openpyxl.load_workbook(self.variant_xlsx)["自评表"]
        rows, _ = indicator_rows(ws)
        by_name = {}
        for r in rows:
            by_name.setdefault(ws.cell(r, NAME).value, r)
        self.assertIn("MAX(0,I", ws.cell(by_name["专稿"], COMPUTED).value)          # deduction
        self.assertIn("IF(K", ws.cell(by_name["新闻供稿"], COMPUTED).value)          # tiers
        self.assertIn("ROUNDDOWN(", ws.cell(by_name["新闻供稿"], COMPUTED).value)
        self.assertEqual(ws.cell(by_name["拍摄制作专题片"], RULE).value, "不适用；正向")
        # the not-applicable indicator is out of the sums: 100 − 2
        m = self.variant_metrics
        cached = openpyxl.load_workbook(self.variant_xlsx, data_only=True)
        self.assertEqual(m["total_weight"], 98)
        self.assertEqual(cached["得分汇总"]["B8"].value, 98)
        self.assertEqual(cached["得分汇总"]["C9"].value, m["total_score"])
        lo_total = [r for r in self.lo_variant["得分汇总"] if r and r[0] == "综合得分（百分制）"][0]
        self.assertAlmostEqual(office.number(lo_total[2]), m["total_score"], places=9)
        computed = {i["name"]: i["computed_score"] for i in m["indicators"]}
        self.assertEqual(computed["专稿"], 0.1)       # 2 − 0.1 × (23.08 − 5) = 0.19… → truncated
        self.assertEqual(computed["新闻供稿"], 1.5)

    def test_reviewer_change_moves_totals(self):
        rows = self.lo_changed["自评表"]
        r = rows[self.changed_row - 1]
        self.assertEqual(office.number(r[COMPLETION - 1]), 0.5)
        self.assertEqual(office.number(r[COMPUTED - 1]), 1.5)
        total = [row for row in rows if row and row[0] == "合计"][0]
        self.assertEqual(office.number(total[SCORE - 1]), 96.5)
        summary = {row[0]: row for row in self.lo_changed["得分汇总"] if row}
        self.assertEqual(office.number(summary["产出"][2]), 61.5)
        self.assertEqual(office.number(summary["综合得分（百分制）"][2]), 96.5)


class Errors(unittest.TestCase):
    def test_bad_output_name(self):
        with tempfile.TemporaryDirectory() as d:
            r = run("--export-xlsx", os.path.join(d, "out.pdf"), SAMPLE)
            self.assertEqual(r.returncode, 2)
            self.assertIn(".xlsx", r.stderr)
            self.assertEqual(os.listdir(d), [])

    def test_missing_folder(self):
        with tempfile.TemporaryDirectory() as d:
            r = run("--export-xlsx", os.path.join(d, "nowhere", "out.xlsx"), SAMPLE)
            self.assertEqual(r.returncode, 2)
            self.assertIn("nowhere", r.stderr)
            self.assertEqual(os.listdir(d), [])

    def test_unreadable_document(self):
        with tempfile.TemporaryDirectory() as d:
            bad = os.path.join(d, "bad.jixiao")
            with open(bad, "w") as f:
                f.write("{")
            out = os.path.join(d, "out.xlsx")
            r = run("--export-xlsx", out, bad)
            self.assertEqual(r.returncode, 2)
            self.assertIn("bad.jixiao", r.stderr)
            self.assertFalse(os.path.exists(out))

    def test_replaces_atomically(self):
        with tempfile.TemporaryDirectory() as d:
            out = os.path.join(d, "out.xlsx")
            with open(out, "w") as f:
                f.write("old")
            r = run("--export-xlsx", out, SAMPLE)
            self.assertEqual(r.returncode, 0, r.stderr)
            self.assertEqual(os.listdir(d), ["out.xlsx"])
            self.assertEqual(openpyxl.load_workbook(out).sheetnames, SHEETS)

    def test_empty_document(self):
        with tempfile.TemporaryDirectory() as d:
            doc = os.path.join(d, "empty.jixiao")
            with open(doc, "w") as f:
                json.dump({"format": "jixiao", "version": 1, "department": {"name": "某区某中心", "year": 2021}}, f)
            out = os.path.join(d, "empty.xlsx")
            r = run("--export-xlsx", out, doc)
            self.assertEqual(r.returncode, 0, r.stderr)
            wb = openpyxl.load_workbook(out)
            self.assertEqual(wb.sheetnames, SHEETS)
            self.assertEqual(wb["自评表"]["A4"].value, "合计")


if __name__ == "__main__":
    unittest.main(verbosity=2)
