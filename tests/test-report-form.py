#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# The report's goal table (部门整体支出绩效目标) as a regional form prints it (issue 13): a
# document that follows a provincial rule pack (hunan-department) has 指标性质 and 度量单位
# beside 指标值, in the PDF (pdftotext) and in the Word document (python3-docx); the sample,
# which follows the national framework, keeps the reference report's seven columns.
import json
import os
import re
import subprocess
import tempfile
import unittest

BIN = os.environ["JIXIAO_BIN"]
SAMPLE = os.environ["JIXIAO_SAMPLE"]


def run(*args):
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env["LC_ALL"] = "C.UTF-8"
    r = subprocess.run([BIN, *args], capture_output=True, text=True, env=env, timeout=300)
    assert r.returncode == 0, r.stderr
    return r


def pdf_text(pdf):
    return subprocess.run(["pdftotext", "-layout", pdf, "-"], capture_output=True, text=True,
                          check=True).stdout





class GoalTable(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.TemporaryDirectory()
        with open(SAMPLE, encoding="utf-8") as f:
            doc = json.load(f)
        doc.setdefault("scoring", {})["pack"] = "hunan-department"
        cls.provincial = os.path.join(cls.tmp.name, "hunan.jixiao")
        with open(cls.provincial, "w", encoding="utf-8") as f:
            json.dump(doc, f, ensure_ascii=False)

    @classmethod
    def tearDownClass(cls):
        cls.tmp.cleanup()

    def pdf(self, doc, name):
        out = os.path.join(self.tmp.name, name)
        run("--export-pdf", out, doc)
        return pdf_text(out)

    def test_provincial_form_pdf(self):
        text = self.pdf(self.provincial, "hunan.pdf")
        lines = text.splitlines()
        header = [l for l in lines if "三级指标" in l and "指标性质" in l]
        self.assertTrue(header, "no 指标性质 column in the goal table")
        self.assertIn("度量单位", header[0])
        self.assertLess(header[0].index("指标性质"), header[0].index("指标值"))
        self.assertLess(header[0].index("指标值"), header[0].index("度量单位"))
        # 在职人员控制率 ≤ 100 %, 全年采摄新闻 ≥ 3000 篇（条）, a qualitative one 定性 合理
        row = [l for l in lines if "在职人员控制率" in l and "≤" in l]
        self.assertTrue(row, "在职人员控制率 row with ≤")
        self.assertRegex(row[0], r"≤\s+100\s+%\s+1\b")
        row = [l for l in lines if "全年采摄新闻" in l and "≥" in l]
        self.assertTrue(row)
        self.assertRegex(row[0], r"≥\s+3000\s+篇（条）\s+3\b")
        row = [l for l in lines if "绩效目标合理性" in l and "定性" in l]
        self.assertTrue(row)
        self.assertRegex(row[0], r"定性\s+合理")

    def test_national_framework_keeps_seven_columns(self):
        text = self.pdf(SAMPLE, "sample.pdf")
        self.assertNotIn("指标性质", text)
        self.assertNotIn("度量单位", text)
        header = [l for l in text.splitlines() if "三级指标" in l and "目标值" in l and "分值" in l]
        self.assertTrue(header)

    def test_provincial_form_docx(self):
        import docx   # python3-docx, in ./dev's test packages
        out = os.path.join(self.tmp.name, "hunan.docx")
        run("--export-docx", out, self.provincial)
        document = docx.Document(out)
        tables = [t for t in document.tables if t.rows and "指标性质" in [c.text for c in t.rows[0].cells]]
        self.assertEqual(len(tables), 1)
        head = [c.text for c in tables[0].rows[0].cells]
        self.assertEqual(head, ["一级指标", "二级指标", "序号", "三级指标", "指标性质", "指标值", "度量单位", "分值", "备注"])
        rows = {r.cells[3].text: [c.text for c in r.cells] for r in tables[0].rows[1:]}
        self.assertEqual(rows["在职人员控制率"][4:8], ["≤", "100", "%", "1"])
        self.assertEqual(rows["全年采摄新闻"][4:8], ["≥", "3000", "篇（条）", "3"])
        self.assertEqual(rows["绩效目标合理性"][4:7], ["定性", "合理", ""])
        self.assertEqual(rows["创办《新洲电视台综合频道》微信公众号"][4:7],
                         ["≥；≥", "粉丝量 3000；日活量 300", "人次；次"])


if __name__ == "__main__":
    unittest.main(verbosity=2)
