#!/usr/bin/env python3
# This year against last (issue 13): where the document states last year's figures, the
# report (二（一）与上年对比: a sentence, a table with the change in percent, the chart), the
# slides and the chart export show them; where it states none, nothing is shown. With no
# display, read back with pdftotext.
import json
import os
import subprocess
import tempfile
import unittest

BIN = os.environ["JIXIAO_BIN"]
SAMPLE = os.environ["JIXIAO_SAMPLE"]


def run(*args):
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env["LC_ALL"] = "C.UTF-8"
    return subprocess.run([BIN, *args], capture_output=True, text=True, env=env, timeout=120)


def pdf_text(path):
    return subprocess.run(["pdftotext", path, "-"], capture_output=True, text=True, check=True).stdout


def squeeze(text):
    return "".join(text.split())


class YearOverYear(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.dir = tempfile.TemporaryDirectory()

    @classmethod
    def tearDownClass(cls):
        cls.dir.cleanup()

    def path(self, name):
        return os.path.join(self.dir.name, name)

    def with_last_year(self):
        """The sample with last year's revenue, expenditure and procurement stated."""
        with open(SAMPLE, encoding="utf-8") as f:
            d = json.load(f)
        d["budget"]["revenue"]["previous_total"] = 3500
        d["budget"]["by_nature"]["previous_total"] = 3500
        d["budget"]["by_nature"]["previous_basic"] = 2024.4
        d["budget"]["procurement"]["previous_actual"] = 450.84
        out = self.path("with-last-year.jixiao")
        with open(out, "w", encoding="utf-8") as f:
            json.dump(d, f, ensure_ascii=False)
        return out

    def test_sample_report(self):
        pdf = self.path("sample.pdf")
        r = run("--export-pdf", pdf, SAMPLE)
        self.assertEqual(r.returncode, 0, r.stderr)
        text = squeeze(pdf_text(pdf))
        # the sample states last year's projects (2122.5 ÷ 1.4384) and “三公” actual spending
        self.assertIn("与上年对比", text)
        self.assertIn("项目支出2,122.50万元，上年1,475.60万元，增长43.84%", text)
        self.assertIn("“三公”经费2.96万元，上年1.82万元，增长62.64%", text)
        self.assertIn("本年与上年对比（单位：万元）", text)
        self.assertIn("+43.84%", text)
        # not stated for the sample: no row
        self.assertNotIn("收入合计3,751.00万元，上年", text)

    def test_more_series_and_a_decrease(self):
        doc = self.with_last_year()
        pdf = self.path("more.pdf")
        self.assertEqual(run("--export-pdf", pdf, doc).returncode, 0)
        text = squeeze(pdf_text(pdf))
        # (3751 − 3500) / 3500 = 7.17%; (1628.5 − 2024.4) / 2024.4 = −19.56%; 225.42 vs 450.84: −50%
        self.assertIn("收入合计3,751.00万元，上年3,500.00万元，增长7.17%", text)
        self.assertIn("支出合计3,751.00万元，上年3,500.00万元，增长7.17%", text)
        self.assertIn("基本支出1,628.50万元，上年2,024.40万元，下降19.56%", text)
        self.assertIn("政府采购225.42万元，上年450.84万元，下降50.00%", text)
        self.assertIn("−19.56%", text)

    def test_chart(self):
        doc = self.with_last_year()
        r = run("--list-charts", doc)
        ids = [line.split("\t")[0] for line in r.stdout.splitlines()]
        self.assertIn("year-over-year", ids)
        self.assertEqual(ids[ids.index("three-public") + 1], "year-over-year")
        pdf = self.path("yoy.pdf")
        r = run("--export-chart", "year-over-year", "--output", pdf, "--style", "print", doc)
        self.assertEqual(r.returncode, 0, r.stderr)
        text = pdf_text(pdf)
        self.assertIn("This year against last year", text)
        for label in ("2019", "2020", "Total revenue", "Basic expenditure", "(+7.17%)", "(−19.56%)",
                      "1,475.60", "2,122.50 (+43.84%)"):
            self.assertIn(label, text)

    def test_slides(self):
        pdf = self.path("slides.pdf")
        self.assertEqual(run("--export-slides", pdf, SAMPLE).returncode, 0)
        self.assertIn("This year against last year", pdf_text(pdf))

    def test_nothing_without_last_year(self):
        with open(SAMPLE, encoding="utf-8") as f:
            d = json.load(f)
        d["budget"]["projects"]["previous_year"] = None
        d["budget"]["three_public"]["previous_actual_total"] = None
        doc = self.path("no-last-year.jixiao")
        with open(doc, "w", encoding="utf-8") as f:
            json.dump(d, f, ensure_ascii=False)
        pdf = self.path("none.pdf")
        self.assertEqual(run("--export-pdf", pdf, doc).returncode, 0)
        self.assertNotIn("与上年对比", squeeze(pdf_text(pdf)))
        ids = [line.split("\t")[0] for line in run("--list-charts", doc).stdout.splitlines()]
        self.assertNotIn("year-over-year", ids)


if __name__ == "__main__":
    unittest.main()
