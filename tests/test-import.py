#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# jixiao --import on files of real writers: the sample's 自评表 as --export-xlsx writes it,
# imported into an empty document, gives the sample's tree, targets, weights and scores; a
# two-row-header 自评表 written by python3-openpyxl, the same saved as .xls and .ods by
# LibreOffice headless, and as a GB18030 CSV (as WPS writes it) each give the expected tree
# and scores; --into keeps the base document; bad tables give exit 2 and write nothing.
import json
import os
import subprocess
import sys
import tempfile
import unittest

import openpyxl
from openpyxl.styles import numbers

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import office  # noqa: E402

BIN = os.environ["JIXIAO_BIN"]
SAMPLE = os.environ["JIXIAO_SAMPLE"]

# The template: (一级, 二级, 三级, 指标性质, 年度指标值, 全年完成值, 度量单位, 分值, 得分, 偏差原因),
# as a province's form lays it out; blank group cells continue the group above (merged in
# the workbook). Targets as clerks type them.
ROWS = [
    ("产出指标（70分）", "数量指标", "采编新闻", "≥", 3000, 3250, "篇（条）", 20, 20, ""),
    ("", "", "公益广告", "", "≥１２条", "253条", "", 10, 10, ""),
    ("", "质量指标", "播出安全事故", "", "≤10分钟", "12分钟", "", 10, 8, "设备老化，已申请更新"),
    ("", "", "稿件合格率", "", "完成率100%", 0.98, "", 10, 9.8, ""),
    ("", "时效指标", "重大新闻发布时限", "≤", 2, 1.5, "小时", 20, 20, ""),
    ("效果指标（30分）", "满意度指标", "群众满意度", "定性", "满意", "较满意", "", 15, 12, "宣传不足"),
    ("", "", "资金到位率", "", "=100%", "100%", "", 15, 15, ""),
]
# What each indicator must become: (path, [(target, unit, direction, actual)], weight, score)
EXPECTED = [
    ("产出指标/数量指标/采编新闻", [(3000, "篇（条）", "ge", 3250)], 20, 20),
    ("产出指标/数量指标/公益广告", [(12, "条", "ge", 253)], 10, 10),
    ("产出指标/质量指标/播出安全事故", [(10, "分钟", "le", 12)], 10, 8),
    ("产出指标/质量指标/稿件合格率", [(100, "%", "ge", 98)], 10, 9.8),
    ("产出指标/时效指标/重大新闻发布时限", [(2, "小时", "le", 1.5)], 20, 20),
    ("效果指标/满意度指标/群众满意度", [], 15, 12),
    ("效果指标/满意度指标/资金到位率", [(100, "%", "eq", 100)], 15, 15),
]


def run(*args):
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env["LC_ALL"] = "C.UTF-8"
    return subprocess.run([BIN, *args], capture_output=True, text=True, env=env, timeout=120)


def metrics(path):
    r = run("--metrics", path)
    assert r.returncode == 0, r.stderr
    return json.loads(r.stdout)


def leaves(doc):
    for l1 in doc["indicators"]:
        for l2 in l1["children"]:
            for l3 in l2["children"]:
                yield "/".join((l1["name"], l2["name"], l3["name"])), l3


def write_template(path):
    """The 自评表 as openpyxl writes it: a title, the department's line, a two-row header
    with merged cells, merged group cells, a 合计 row with SUM formulas (which openpyxl leaves
    without a cached value) and a note; 稿件合格率's actual value a percentage cell."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "自评表"
    ws["A1"] = "某区融媒体中心2024年度部门整体支出绩效自评表"
    ws.merge_cells("A1:K1")
    ws["A2"] = "部门（单位）名称：某区融媒体中心　　分值、得分单位：分"
    ws.merge_cells("A2:K2")
    heads = ["一级指标", "二级指标", "三级指标", "指标性质", "指标值", None, "计量单位", "分值", "得分", "完成率", "偏差原因"]
    for c, h in enumerate(heads, 1):
        if h is not None:
            ws.cell(3, c, h)
    ws.cell(4, 5, "年度指标值")
    ws.cell(4, 6, "全年完成值")
    ws.merge_cells("E3:F3")
    for c in (1, 2, 3, 4, 7, 8, 9, 10, 11):
        ws.merge_cells(start_row=3, start_column=c, end_row=4, end_column=c)
    for i, row in enumerate(ROWS):
        r = 5 + i
        cells = list(row[:9]) + [""] + list(row[9:])      # 完成率 left blank
        for c, v in enumerate(cells, 1):
            if v != "":
                ws.cell(r, c, v)
    ws.cell(8, 6).number_format = numbers.FORMAT_PERCENTAGE
    ws.cell(11, 5).data_type = "s"     # "=100%" as the clerk typed it (text), not a formula
    # 一级 and 二级 merged over their rows, as the forms do
    ws.merge_cells("A5:A9")
    ws.merge_cells("A10:A11")
    ws.merge_cells("B5:B6")
    ws.merge_cells("B7:B8")
    ws.merge_cells("B10:B11")
    total = 5 + len(ROWS)
    ws.cell(total, 1, "合计")
    ws.merge_cells(start_row=total, start_column=1, end_row=total, end_column=7)
    ws.cell(total, 8, "=SUM(H5:H%d)" % (total - 1))
    ws.cell(total, 9, "=SUM(I5:I%d)" % (total - 1))
    ws.cell(total + 1, 1, "注：得分保留一位小数。")
    ws.merge_cells(start_row=total + 1, start_column=1, end_row=total + 1, end_column=11)
    wb.save(path)


def write_gb18030_csv(path):
    """The same table as WPS saves a CSV in a Chinese locale: GB18030, CRLF, a title row,
    one header row, group cells blank below their first row."""
    lines = ["某区融媒体中心2024年度部门整体支出绩效自评表,,,,,,,,,,",
             "一级指标,二级指标,三级指标,指标性质,年度指标值,全年完成值,计量单位,分值,得分,完成率,偏差原因"]
    for row in ROWS:
        cells = ["98%" if v == 0.98 else str(v) for v in row]
        cells.insert(9, "")
        lines.append(",".join('"%s"' % c if "，" in c or "," in c else c for c in cells))
    lines.append("合计,,,,,,,100,94.8,,")
    with open(path, "wb") as f:
        f.write("\r\n".join(lines).encode("gb18030") + b"\r\n")


class Import(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.TemporaryDirectory()
        cls.dir = cls.tmp.name
        cls.template = os.path.join(cls.dir, "template.xlsx")
        write_template(cls.template)

    @classmethod
    def tearDownClass(cls):
        cls.tmp.cleanup()

    def path(self, name):
        return os.path.join(self.dir, name)

    def import_table(self, table, out, *more):
        r = run("--import", table, "--output", out, *more)
        self.assertEqual(r.returncode, 0, r.stderr)
        with open(out, encoding="utf-8") as f:
            return json.load(f), r.stdout

    def assert_template_tree(self, doc, label, expected=EXPECTED):
        got = list(leaves(doc))
        self.assertEqual([p for p, _ in got], [e[0] for e in expected], label)
        for (path, leaf), (_, parts, weight, score) in zip(got, expected):
            self.assertEqual([(p["target"], p["unit"], p["direction"], p["actual"]) for p in leaf["parts"]],
                             [tuple(p) for p in parts], "%s: %s" % (label, path))
            self.assertEqual((leaf["weight"], leaf["score"]), (weight, score), "%s: %s" % (label, path))
        by_path = dict(got)
        quality = by_path["效果指标/满意度指标/群众满意度"]
        self.assertEqual((quality["target_text"], quality["actual_text"], quality["note"]), ("满意", "较满意", "宣传不足"))
        self.assertEqual(by_path["产出指标/质量指标/播出安全事故"]["rule"]["kind"], "negative")
        self.assertEqual(by_path["产出指标/数量指标/采编新闻"]["rule"]["kind"], "positive")
        self.assertEqual(doc["indicators"][0]["weight"], 70)
        self.assertEqual(doc["indicators"][1]["weight"], 30)

    def assert_template_scores(self, out, label):
        m = metrics(out)
        self.assertEqual((m["total_weight"], m["total_score"], m["grade"]), (100, 94.8, "优秀"), label)
        self.assertEqual([(d["name"], d["weight"], d["score"]) for d in m["dimensions"]],
                         [("产出指标", 70, 67.8), ("效果指标", 30, 27)], label)

    def test_round_trip_of_the_sample(self):
        xlsx = self.path("sample.xlsx")
        out = self.path("round-trip.jixiao")
        r = run("--export-xlsx", xlsx, SAMPLE)
        self.assertEqual(r.returncode, 0, r.stderr)
        doc, stdout = self.import_table(xlsx, out)
        self.assertIn("55 indicators imported", stdout)
        with open(SAMPLE, encoding="utf-8") as f:
            sample = json.load(f)
        # the tree, numbers, weights, scores, rules, reasons and targets
        mine, theirs = list(leaves(doc)), list(leaves(sample))
        self.assertEqual([p for p, _ in mine], [p for p, _ in theirs])
        self.assertEqual(len(mine), 55)
        for (path, a), (_, b) in zip(mine, theirs):
            for key in ("number", "weight", "score", "note", "applicable"):
                self.assertEqual(a.get(key), b.get(key), "%s: %s" % (path, key))
            self.assertEqual(a["rule"]["kind"], b["rule"]["kind"], path)
            self.assertEqual([(p["target"], p["unit"], p["direction"]) for p in a["parts"]],
                             [(p["target"], p["unit"], p["direction"]) for p in b["parts"]], path)
            if len(b["parts"]) > 1:     # the workbook states the labels of compound targets only
                self.assertEqual([p["label"] for p in a["parts"]], [p["label"] for p in b["parts"]], path)
            if not b["parts"]:
                self.assertEqual(a["target_text"], b["target_text"], path)
        # what Jixiao computes from them: every indicator's completion and score, the totals
        ma, mb = metrics(out), metrics(SAMPLE)
        self.assertEqual((ma["total_weight"], ma["total_score"], ma["grade"]), (100, 98, mb["grade"]))
        self.assertEqual([(d["name"], d["weight"], d["score"]) for d in ma["dimensions"]],
                         [(d["name"], d["weight"], d["score"]) for d in mb["dimensions"]])
        for a, b in zip(ma["indicators"], mb["indicators"]):
            self.assertEqual((a["path"], a["weight"], a["score"], a["computed_score"], a["rule"]),
                             (b["path"], b["weight"], b["score"], b["computed_score"], b["rule"]))
            if b["completion"] is None:
                self.assertIsNone(a["completion"], a["path"])
            else:
                self.assertAlmostEqual(a["completion"], b["completion"], 6, a["path"])

    def test_openpyxl_template(self):
        out = self.path("template.jixiao")
        doc, stdout = self.import_table(self.template, out)
        self.assertIn("E  指标值 / 年度指标值 → Target", stdout)
        self.assertIn("F  指标值 / 全年完成值 → Actual value", stdout)
        self.assertIn("left out: Row 12: a total", stdout)
        self.assert_template_tree(doc, "xlsx")
        self.assert_template_scores(out, "xlsx")

    def test_libreoffice_xls_and_ods(self):
        xls = office.convert(self.dir, "xls", [self.template])
        ods = office.convert(self.dir, "ods", [self.template])
        # The .xls reader takes its percentages from the FORMAT and XF records (libfreexl
        # gives no formats): 稿件合格率's actual value 98% is 98 as in the .xlsx and .ods.
        for table, expected in ((os.path.join(xls, "template.xls"), EXPECTED),
                                (os.path.join(ods, "template.ods"), EXPECTED)):
            out = table + ".jixiao"
            doc, _ = self.import_table(table, out)
            self.assert_template_tree(doc, table, expected)
            self.assert_template_scores(out, table)

    def test_gb18030_csv(self):
        csv = self.path("wps.csv")
        out = self.path("csv.jixiao")
        write_gb18030_csv(csv)
        doc, stdout = self.import_table(csv, out)
        self.assert_template_tree(doc, "csv")
        self.assert_template_scores(out, "csv")

    def test_into_the_sample(self):
        csv = self.path("into.csv")
        out = self.path("into.jixiao")
        with open(csv, "w", encoding="utf-8") as f:
            f.write("一级指标,二级指标,三级指标,指标值,实际完成值,分值,得分\n"
                    "产出,新闻信息部,全年采摄新闻,3100篇（条）,3300,3,2.5\n"
                    "产出,新闻信息部,新栏目,≥4期,5,1,1\n")
        doc, stdout = self.import_table(csv, out, "--into", SAMPLE)
        self.assertIn("2 indicators imported (1 replaced one of the same name)", stdout)
        with open(SAMPLE, encoding="utf-8") as f:
            sample = json.load(f)
        self.assertEqual(doc["department"], sample["department"])
        self.assertEqual(doc["budget"], sample["budget"])
        got = dict(leaves(doc))
        self.assertEqual(len(got), 56)
        news = got["产出/新闻信息部/全年采摄新闻"]
        self.assertEqual((news["parts"][0]["target"], news["parts"][0]["actual"], news["score"]), (3100, 3300, 2.5))
        self.assertEqual(news["rule"]["source"], dict(leaves(sample))["产出/新闻信息部/全年采摄新闻"]["rule"]["source"])
        self.assertIn("产出/新闻信息部/新栏目", got)

    def test_columns_corrected(self):
        csv = self.path("columns.csv")
        with open(csv, "w", encoding="utf-8") as f:
            f.write("项目,甲,乙\n采编新闻,3000篇,20\n公益广告,12条,10\n")
        r = run("--import", csv, "--output", self.path("none.jixiao"))
        self.assertEqual(r.returncode, 2)
        self.assertIn("--column", r.stderr)
        self.assertFalse(os.path.exists(self.path("none.jixiao")))
        doc, _ = self.import_table(csv, self.path("columns.jixiao"), "--column", "A=name", "--column", "B=target",
                                   "--column", "C=weight")
        self.assertEqual([(l["name"], l["parts"][0]["target"], l["weight"]) for _, l in leaves(doc)],
                         [("采编新闻", 3000, 20), ("公益广告", 12, 10)])

    def test_bad_tables_write_nothing(self):
        png = self.path("picture.xlsx")
        with open(png, "wb") as f:
            f.write(b"\x89PNG\r\n\x1a\n" + b"\0" * 64)
        lacking = self.path("lacking.xlsx")
        wb = openpyxl.load_workbook(self.template)
        wb.active["F5"] = "=3000+250"        # openpyxl saves no value for it
        wb.save(lacking)
        base = self.path("broken.jixiao")
        with open(base, "w", encoding="utf-8") as f:
            f.write("{")
        out = self.path("never.jixiao")
        good = self.path("good.csv")
        write_gb18030_csv(good)
        cases = [
            (("--import", png, "--output", out), "picture.xlsx"),
            (("--import", lacking, "--output", out), "F5"),
            (("--import", self.path("missing.csv"), "--output", out), "missing.csv"),
            (("--import", good), "--output"),
            (("--import", good, "--output", out, "--into", base), "broken.jixiao"),
            (("--import", good, "--output", self.dir), "folder"),
            (("--import", good, "--output", out, "--sheet", "Sheet9"), "Sheet9"),
            (("--import", good, "--output", out, "--column", "Q=target"), "C=target"),
            (("--into", SAMPLE, SAMPLE), "--import"),
        ]
        for args, needle in cases:
            r = run(*args)
            self.assertEqual(r.returncode, 2, args)
            self.assertIn(needle, r.stderr, args)
            self.assertEqual(r.stderr.count("\n"), 1, r.stderr)
            self.assertFalse(os.path.exists(out), args)


if __name__ == "__main__":
    unittest.main(verbosity=2)
