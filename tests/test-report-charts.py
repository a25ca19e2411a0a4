#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# The charts of the report in print (issue 11), from the real binary with no display, in the
# PDF and in the .docx: complete (no "……另有N项", every indicator with a completion in a chart,
# the best results 2108%, 1651%, 1383% included), numbered captions 图 1 … in order, at least
# 9 pt, not-applicable indicators reading 不适用 and missing ones 未填报, Chinese under LANG=C
# (the report's language, not the locale), and no chart of one bar or of nothing offered
# (--list-charts, the report).
import importlib.util
import json
import os
import re
import subprocess
import tempfile
import unittest
import xml.etree.ElementTree as ET
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
BIN = os.environ["JIXIAO_BIN"]
SAMPLE = os.environ["JIXIAO_SAMPLE"]

_spec = importlib.util.spec_from_file_location("report_helpers", os.path.join(HERE, "test-report.py"))
R = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(R)
squeeze = R.squeeze

WP = "{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}"
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def c_env():
    """The plain C locale, no LANGUAGE: what a server or a cron job exports under."""
    e = {k: v for k, v in os.environ.items()
         if k not in ("DISPLAY", "WAYLAND_DISPLAY", "LANGUAGE") and not k.startswith("LC_")}
    e["LANG"] = "C"
    e["LC_ALL"] = "C"
    return e


def run(*args, timeout=180):
    return subprocess.run([BIN, *args], capture_output=True, text=True, env=c_env(), timeout=timeout)


def export(kind, out, src):
    r = run("--export-" + kind, out, src)
    assert r.returncode == 0, r.stderr
    return out


def latin_words(text):
    return set(re.findall(r"[A-Za-z]{2,}", text))


def doc_words(doc):
    """The Latin words the department wrote (GLORY, APR …): they may stand in the report."""
    return latin_words(json.dumps(doc, ensure_ascii=False))


def docx_alt_texts(path):
    with zipfile.ZipFile(path) as z:
        body = ET.fromstring(z.read("word/document.xml"))
    return [p.get("descr") or "" for p in body.iter(WP + "docPr")]


def docx_paragraphs(path):
    with zipfile.ZipFile(path) as z:
        body = ET.fromstring(z.read("word/document.xml"))
    return ["".join(t.text or "" for t in p.iter(W + "t")) for p in body.iter(W + "p")]


def write(doc, folder, name):
    path = os.path.join(folder, name)
    with open(path, "w", encoding="utf-8") as f:
        json.dump(doc, f, ensure_ascii=False)
    return path


class SampleCharts(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.TemporaryDirectory()
        with open(SAMPLE, encoding="utf-8") as f:
            cls.doc = json.load(f)
        cls.pdf = export("pdf", os.path.join(cls.tmp.name, "c.pdf"), SAMPLE)
        cls.docx = export("docx", os.path.join(cls.tmp.name, "c.docx"), SAMPLE)
        cls.pages = R.pages_text(cls.pdf)
        cls.body = R.body_text(cls.pages)
        cls.alts = docx_alt_texts(cls.docx)

    @classmethod
    def tearDownClass(cls):
        cls.tmp.cleanup()

    def test_no_english_under_lang_c(self):
        raw = subprocess.run(["pdftotext", "-enc", "UTF-8", self.pdf, "-"], capture_output=True, text=True,
                             check=True).stdout
        self.assertEqual(latin_words(raw) - doc_words(self.doc), set())
        self.assertEqual(latin_words("\n".join(self.alts)) - doc_words(self.doc), set())
        for title in ["收入结构", "按功能分类支出", "“三公经费”", "本年与上年对比", "目标完成率", "各一级指标得分"]:
            self.assertIn(title, self.body, title)
        # the year-over-year chart's rows, in the chart and in its text alternative
        self.assertIn("2,122.50（+43.84%）", self.body)
        self.assertIn("项目支出：上年 1,475.60 万元，本年 2,122.50 万元，变动 +43.84%", "\n".join(self.alts))

    def test_captions_numbered(self):
        captions = re.findall(r"图(\d+)(收入结构|按功能分类支出|按性质分类支出|按经济分类基本支出|“三公经费”|预算执行|"
                              r"本年与上年对比|目标完成率（\d/\d）|各一级指标得分)", self.body)
        self.assertGreaterEqual(len(captions), 9)
        self.assertEqual([int(n) for n, _ in captions], list(range(1, len(captions) + 1)))
        self.assertEqual(len(self.alts), len(captions))     # one picture per figure in the .docx
        paragraphs = [squeeze(p) for p in docx_paragraphs(self.docx)]
        for n, title in captions:
            self.assertIn(f"图{n}{title}", paragraphs)

    def test_complete(self):
        self.assertNotIn("另有", self.body)
        self.assertNotIn("见文字说明", self.body)
        # the best results, in the 产出 table and in a chart
        for pc in ["2108.33%", "1651.38%", "1383.33%", "1183.33%"]:
            self.assertGreaterEqual(self.body.count(pc), 2, pc)
        # every indicator with a completion: in the text alternative of a chart piece, with it
        metrics = json.loads(subprocess.run([BIN, "--metrics", SAMPLE], capture_output=True, text=True,
                                            env=c_env(), check=True).stdout)
        alt = "\n".join(self.alts)
        done = [i for i in metrics["indicators"] if i.get("completion") is not None]
        self.assertGreaterEqual(len(done), 35)
        missing = [i["path"] for i in done if i["path"] + "：完成率" not in alt]
        self.assertEqual(missing, [])

    def test_not_applicable_and_missing(self):
        alt = "\n".join(self.alts)
        self.assertIn("投入/预算配置/重点支出安排率：不适用", alt)       # no key expenditure
        self.assertIn("效果/满意度/受众满意度：无完成率，实际值未填报", alt)
        self.assertIn("不适用", self.body)
        self.assertIn("实际值未填报", self.body)

    def test_type_at_least_9_pt(self):
        xml = subprocess.run(["pdftohtml", "-xml", "-i", "-zoom", "1", "-stdout", self.pdf], capture_output=True,
                             text=True, check=True).stdout
        sizes = [int(s) for s in re.findall(r'<fontspec [^>]*size="(\d+)"', xml)]
        self.assertTrue(sizes)
        self.assertGreaterEqual(min(sizes), 9, sorted(set(sizes)))


class Offered(unittest.TestCase):
    def test_list_charts_leaves_one_bar_out(self):
        r = run("--list-charts", SAMPLE)
        self.assertEqual(r.returncode, 0, r.stderr)
        ids = [line.split("\t")[0] for line in r.stdout.splitlines()]
        self.assertIn("target-actual-6", ids)        # 新闻信息部: ten bars
        self.assertNotIn("target-actual-11", ids)    # 播控部: one indicator, one bar
        self.assertNotIn("target-actual-16", ids)    # 满意度: one indicator, no completion

    def test_partial_document(self):
        with open(SAMPLE, encoding="utf-8") as f:
            doc = json.load(f)
        doc["indicators"] = []
        with tempfile.TemporaryDirectory() as tmp:
            src = write(doc, tmp, "partial.jixiao")
            r = run("--list-charts", src)
            ids = [line.split("\t")[0] for line in r.stdout.splitlines()]
            self.assertNotIn("target-actual", ids)
            self.assertNotIn("scores", ids)
            self.assertIn("revenue", ids)
            body = R.body_text(R.pages_text(export("pdf", os.path.join(tmp, "p.pdf"), src)))
            self.assertNotIn("目标完成率", body)
            self.assertNotIn("各一级指标得分", body)
            self.assertIn("图1收入结构", body)
            alts = docx_alt_texts(export("docx", os.path.join(tmp, "p.docx"), src))
            self.assertFalse([a for a in alts if a.startswith(("目标完成率", "各一级指标得分"))])

    def test_not_applicable_indicator(self):
        with open(SAMPLE, encoding="utf-8") as f:
            doc = json.load(f)
        news = doc["indicators"][2]["children"][0]["children"][0]      # 全年采摄新闻
        self.assertEqual(news["name"], "全年采摄新闻")
        news["applicable"] = False
        with tempfile.TemporaryDirectory() as tmp:
            src = write(doc, tmp, "na.jixiao")
            alt = "\n".join(docx_alt_texts(export("docx", os.path.join(tmp, "na.docx"), src)))
            self.assertIn("产出/新闻信息部/全年采摄新闻：不适用", alt)
            self.assertNotIn("全年采摄新闻：完成率", alt)


if __name__ == "__main__":
    unittest.main(verbosity=2)
