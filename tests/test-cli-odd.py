#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# Odd but legal documents through the real command line, with no display: terminal escapes
# in names (--check printed them raw), a noncharacter in a name (the exports failed with
# "Input/output error"), a target of 5e-324 ("inf%" in the report).
import json
import os
import re
import shutil
import subprocess
import tempfile
import unittest

BIN = os.environ["JIXIAO_BIN"]
SAMPLE = os.environ["JIXIAO_SAMPLE"]


def run(*args):
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env["LC_ALL"] = "C.UTF-8"
    return subprocess.run([BIN, *args], capture_output=True, env=env, timeout=120)


def sample():
    with open(SAMPLE, encoding="utf-8") as f:
        return json.load(f)


def indicator(doc, *path):
    node = doc["indicators"][path[0]]
    for i in path[1:]:
        node = node["children"][i]
    return node


class Odd(unittest.TestCase):
    def setUp(self):
        self.dir = tempfile.mkdtemp(prefix="jx-cli-odd-")

    def tearDown(self):
        shutil.rmtree(self.dir, ignore_errors=True)

    def write(self, name, doc, ensure_ascii=False):
        path = os.path.join(self.dir, name)
        with open(path, "w", encoding="utf-8") as f:
            json.dump(doc, f, ensure_ascii=ensure_ascii)
        return path

    def test_check_escapes_control_characters(self):
        doc = sample()
        # Indicator 62 has no actual value: --check names it in a warning.
        ind = indicator(doc, 3, 2, 0)
        ind["name"] = "受众\x1b]0;owned\x07\x1b[2J\x1b[31m满意度\u009b\u202e\x7f\n第二行"
        path = self.write("escape.jixiao", doc)
        r = run("--check", path)
        self.assertEqual(r.returncode, 1, r.stderr)
        out = r.stdout.decode("utf-8")
        line = [l for l in out.splitlines() if "满意度" in l]
        self.assertEqual(len(line), 1, out)
        self.assertIn("受众\\u001B]0;owned\\u0007\\u001B[2J\\u001B[31m满意度\\u009B\\u202E\\u007F\\n第二行",
                      line[0])
        for raw in ("\x1b", "\x07", "\x7f", "\u009b", "\u202e"):
            self.assertNotIn(raw, out)
        self.assertNotIn("\n第二行", out)   # one finding, one line

    def test_check_shortens_long_names(self):
        # Every text a finding quotes is 10,000 characters long, with a control character near
        # its start and a mark at its end: --check printed each finding 10,000 characters long.
        doc = sample()

        def long(mark):
            return "长\x1b名" + "称" * 9990 + mark

        def walk(node):
            node["name"] = long("尾")
            for part in node.get("parts", []):
                part["unit"] = long("单位尾")
            for child in node.get("children", []):
                walk(child)
        for dim in doc["indicators"]:
            walk(dim)
            dim["stated_grade"] = long("等级尾")
        doc["conclusion"]["stated_grade"] = long("总等级尾")
        for item in doc["budget"]["three_public"]["items"]:
            item["name"] = long("三公尾")
        doc["restatements"][0]["where"] = long("位置尾")
        path = self.write("long-names.jixiao", doc)
        r = run("--check", path)
        self.assertEqual(r.returncode, 1, r.stderr)
        out = r.stdout.decode("utf-8")
        lines = out.splitlines()
        self.assertGreaterEqual(len(lines), 7, out)
        for line in lines:
            self.assertLess(len(line), 1000, line[:300])
            self.assertTrue(line.startswith(path + ": "), line[:300])
        self.assertNotIn("尾", out)                  # the ends are cut …
        self.assertIn("长\\u001B名" + "称" * 77 + "…", out)   # … after 80 characters, still escaped
        self.assertNotIn("\x1b", out)
        # each finding keeps the path that says where it is
        self.assertIn(": indicators[3].children[2].children[0].parts[0].actual: warning: ", out)
        self.assertIn(": budget.three_public.previous_actual_total: info: ", out)
        self.assertIn(": budget.projects.initial: error: 645.88 万元 here but 645.12 万元 in 长", out)
        self.assertIn(": indicators[0].stated_grade: warning: ", out)
        self.assertIn(": conclusion.stated_grade: warning: ", out)

    def long_names(self, name, other):
        """The sample with every indicator, budget item and the department named `name`, the
        level-3 indicators of the first dimension `other`."""
        doc = sample()

        def walk(node, text):
            node["name"] = text
            node.pop("heading", None)
            for child in node.get("children", []):
                walk(child, text)
        for dim in doc["indicators"]:
            walk(dim, name)
        for group in doc["indicators"][0]["children"]:
            for leaf in group["children"]:
                walk(leaf, other)
        doc["department"]["name"] = name
        b = doc["budget"]
        for table in (b["revenue"], b["by_function"], b["by_economic"], b["three_public"]):
            for item in table["items"]:
                item["name"] = name
        return self.write("long-names.jixiao", doc)

    def test_long_names_report_bounded(self):
        # 10,000-character names: the report PDF was 13,305 pages (644 MB, 48 s cpu) — each
        # table cell printed the whole name in a column a few characters wide.
        name = "".join(chr(0x4E00 + (i * 37) % 20900) for i in range(10000))
        other = "".join(chr(0x4E00 + (i * 53 + 11) % 20900) for i in range(5000))
        path = self.long_names(name, other)
        pdf = os.path.join(self.dir, "long.pdf")
        r = run("--export-pdf", pdf, path)
        self.assertEqual(r.returncode, 0, r.stderr)
        info = subprocess.run(["pdfinfo", pdf], capture_output=True, text=True, check=True).stdout
        pages = int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))
        self.assertLess(pages, 1500)   # the names themselves fill ~650 pages; 13,305 before
        text = subprocess.run(["pdftotext", pdf, "-"], capture_output=True, text=True, check=True).stdout
        # the pages' text without their footers (第 6 页 共 713 页), which cut a text in two
        body = [re.sub(r"第\s*\d+\s*页\s*共\s*\d+\s*页\s*$", "", page.rstrip()) for page in text.split("\f")]
        flat = re.sub(r"\s+", "", "".join(body))
        # the tables: the first 200 characters, "…" and where the rest is
        self.assertGreaterEqual(flat.count("…（全文见附录1）"), 55)
        self.assertIn(name[:200] + "…（全文见附录1）", flat)
        self.assertRegex(flat, re.escape(other[:200]) + r"…（全文见附录\d）")
        # the appendix: each long text once, in full, after its number; a few of them
        appendix = flat[flat.index("表中超过200字的文字"):]
        starts = []
        while appendix.find(f"附录{len(starts) + 1}", starts[-1] if starts else 0) >= 0:
            starts.append(appendix.find(f"附录{len(starts) + 1}", starts[-1] if starts else 0))
        self.assertLessEqual(len(starts), 8)
        numbers = list(range(1, len(starts) + 1))
        texts = [appendix[a + len(f"附录{i + 1}"):b] for i, (a, b) in enumerate(zip(starts, starts[1:] + [len(appendix)]))]
        self.assertEqual(texts[0], name)
        self.assertIn(other, texts)
        self.assertEqual(len(set(texts)), len(texts))
        for n in re.findall(r"全文见附录(\d+)）", flat[:flat.index("表中超过200字的文字")]):
            self.assertLessEqual(int(n), len(numbers))
        # every character of the names is printed
        self.assertEqual(set(name + other) - set(flat), set())
        # the Word document walks the same blocks
        out = os.path.join(self.dir, "long.docx")
        r = run("--export-docx", out, path)
        self.assertEqual(r.returncode, 0, r.stderr)
        import docx
        d = docx.Document(out)
        cells = [c.text for t in d.tables for row in t.rows for c in row.cells]
        self.assertFalse([c for c in cells if len(c) > 300])
        self.assertIn(name[:200] + "…（全文见附录 1）", cells)
        paragraphs = [p.text for p in d.paragraphs]
        self.assertIn(other, paragraphs)
        self.assertIn("附录 1", paragraphs)

    def test_noncharacter_refused_by_every_export(self):
        doc = sample()
        doc["department"]["name"] = "武汉市新洲区融媒体\uffff中心"
        path = self.write("nonchar.jixiao", doc)
        out = os.path.join(self.dir, "out.pdf")
        for args in (["--check"], ["--export-pdf", out], ["--export-slides", out],
                     ["--export-chart", "revenue", "--output", out]):
            r = run(*args, path)
            err = r.stderr.decode("utf-8")
            self.assertEqual(r.returncode, 2, (args, err))
            self.assertIn("department.name", err)
            self.assertIn("U+FFFF", err)
            self.assertNotIn("Input/output", err)
            self.assertFalse(os.path.exists(out))

    def test_nul_refused_not_cut(self):
        doc = sample()
        doc["department"]["preparer"] = "张\u0000三丰"
        path = self.write("nul.jixiao", doc)
        r = run("--check", path)
        err = r.stderr.decode("utf-8")
        self.assertEqual(r.returncode, 2, err)
        self.assertIn("department.preparer", err)
        self.assertIn("\\u0000", err)
        self.assertNotIn("UTF-8", err)

    def test_denormal_target(self):
        doc = sample()
        ind = indicator(doc, 2, 0, 0)
        self.assertEqual(ind["name"], "全年采摄新闻")
        ind["parts"][0]["target"] = 5e-324
        path = self.write("denormal.jixiao", doc)
        r = run("--metrics", path)
        self.assertEqual(r.returncode, 0, r.stderr)
        text = r.stdout.decode("utf-8")
        self.assertNotIn("∞", text)
        metrics = json.loads(text)
        mine = [i for i in metrics["indicators"] if i["path"].endswith("全年采摄新闻")]
        self.assertEqual(len(mine), 1)
        self.assertIsNone(mine[0]["completion"])
        pdf = os.path.join(self.dir, "denormal.pdf")
        r = run("--export-pdf", pdf, path)
        self.assertEqual(r.returncode, 0, r.stderr)
        words = subprocess.run(["pdftotext", "-layout", pdf, "-"], capture_output=True,
                               text=True, check=True).stdout
        self.assertIn("全年采摄新闻", words)
        self.assertNotIn("inf%", words)
        self.assertNotIn("∞", words)
        # The slides, the group's target-actual chart and the 自评表 workbook say the same.
        slides = os.path.join(self.dir, "denormal-slides.pdf")
        chart = os.path.join(self.dir, "denormal-chart.pdf")
        xlsx = os.path.join(self.dir, "denormal.xlsx")
        charts = run("--list-charts", path).stdout.decode("utf-8").splitlines()
        group = [line.split("\t")[0] for line in charts if "新闻信息部" in line]
        self.assertEqual(len(group), 1, charts)
        for args, out in ((["--export-slides", slides], slides),
                          (["--export-chart", group[0], "--output", chart], chart)):
            r = run(*args, path)
            self.assertEqual(r.returncode, 0, (args, r.stderr))
            words = subprocess.run(["pdftotext", "-layout", out, "-"], capture_output=True,
                                   text=True, check=True).stdout
            if out == chart:   # the slides show only the most and least completed
                self.assertIn("全年采摄新闻", words, args)
            for bad in ("inf", "nan", "∞", "NaN"):
                self.assertNotIn(bad, words, args)
        r = run("--export-xlsx", xlsx, path)
        self.assertEqual(r.returncode, 0, r.stderr)
        import openpyxl
        book = openpyxl.load_workbook(xlsx)
        cells = [str(c.value) for ws in book.worksheets for row in ws.iter_rows() for c in row
                 if c.value is not None]
        self.assertTrue(any("全年采摄新闻" in c for c in cells))
        for c in cells:
            for bad in ("inf", "nan", "∞"):
                self.assertNotIn(bad, c.lower() if bad != "∞" else c)

    def test_long_word_report(self):
        # One unbroken 200,000-character word: it took over 300 s and printed 39 characters.
        doc = sample()
        word = "".join(chr(ord("a") + i % 26) for i in range(200000))
        doc["conclusion"]["summary"] = word
        path = self.write("word.jixiao", doc)
        pdf = os.path.join(self.dir, "word.pdf")
        r = run("--export-pdf", pdf, path)
        self.assertEqual(r.returncode, 0, r.stderr)
        text = subprocess.run(["pdftotext", pdf, "-"], capture_output=True, text=True, check=True).stdout
        letters = "".join(c for c in text if "a" <= c <= "z")
        self.assertIn(word, letters)
        self.assertNotIn("\u200b", text)
        # No line runs off the page: every word's box within the right margin.
        bbox = subprocess.run(["pdftotext", "-bbox", pdf, "-"], capture_output=True, text=True,
                              check=True).stdout
        width = float(re.search(r'<page width="([0-9.]+)"', bbox).group(1))
        right = max(float(x) for x in re.findall(r'xMax="([0-9.]+)"', bbox))
        self.assertLess(right, width - 50)


if __name__ == "__main__":
    unittest.main(verbosity=2)
