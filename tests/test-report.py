#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# The report as PDF from the real binary with no display: page size, every section, the
# figures, every indicator name, the clerk's texts (each exactly once, with none of the
# generated sentences that used to restate them), embedded fonts, page numbers; a 500-indicator
# document: a multi-page table with its header on each page, nothing outside the type area;
# and partial documents (empty, only the department, a budget without indicators) that print
# no filler.
import json
import os
import re
import subprocess
import sys
import tempfile
import unittest
import xml.etree.ElementTree as ET

BIN = os.environ["JIXIAO_BIN"]
SAMPLE = os.environ["JIXIAO_SAMPLE"]
HERE = os.path.dirname(os.path.abspath(__file__))

MM = 72 / 25.4
A4 = (595.28, 841.89)
# Margins of the type area (src/render/jx-report-private.h), less a little for glyph boxes.
TOP, BOTTOM, LEFT, RIGHT = 37 * MM, 35 * MM, 28 * MM, 26 * MM
SLACK = 1.5


def env():
    e = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    e["LC_ALL"] = "C.UTF-8"
    return e


def run(*args, timeout=180):
    return subprocess.run([BIN, *args], capture_output=True, text=True, env=env(), timeout=timeout)


def squeeze(text):
    return re.sub(r"\s+", "", text)


NS = "{http://www.w3.org/1999/xhtml}"


def bbox_pages(path, layout=False):
    """The <page> elements of pdftotext -bbox(-layout)."""
    html = subprocess.run(["pdftotext", "-bbox-layout" if layout else "-bbox", "-enc", "UTF-8", path, "-"],
                          capture_output=True, text=True, check=True).stdout
    return list(ET.fromstring(re.sub(r"<!DOCTYPE[^>]*>", "", html)).iter(NS + "page"))


def blocks(page):
    """[(xmin, ymin, ymax, text)] of the text blocks of a page: a table cell, a paragraph."""
    return [(float(b.get("xMin")), float(b.get("yMin")), float(b.get("yMax")),
             "".join(w.text or "" for w in b.iter(NS + "word"))) for b in page.iter(NS + "block")]


def pages_text(path):
    """The text of each page, block after block (so a wrapped table cell reads whole), without
    whitespace."""
    return ["".join(squeeze(t) for x, y0, y1, t in blocks(p)) for p in bbox_pages(path, layout=True)]


def page_lines(path):
    """For each page, its text lines as [(xmin, xmax, ymin, text)] (text without whitespace)."""
    out = []
    for page in bbox_pages(path, layout=True):
        out.append([(float(l.get("xMin")), float(l.get("xMax")), float(l.get("yMin")),
                     squeeze("".join(w.text or "" for w in l.iter(NS + "word")))) for l in page.iter(NS + "line")])
    return out


def wrapped_in_cell(name, lines):
    """Whether `name` stands on the page as a cell wrapped over two or three lines: whole lines,
    one under the other, in the same column."""
    def rest(tail, above):
        for x0, x1, y, t in lines:
            if t and tail.startswith(t) and y > above[2] and x0 < above[1] + 2 and x1 > above[0] - 2:
                if t == tail or rest(tail[len(t):], (x0, x1, y, t)):
                    return True
        return False

    return any(line[3] and line[3] != name and name.startswith(line[3]) and rest(name[len(line[3]):], line)
               for line in lines)


def interleaved(name, text, slack=16):
    """Whether `name` stands in `text` with at most `slack` characters of a neighbouring table
    cell read in between (pdftotext reads a wrapped cell's lines beside the next cell's)."""
    start = text.find(name[:4])
    while start >= 0:
        i, pos = 0, start
        while i < len(name) and pos < len(text) and pos - start < len(name) + slack:
            if text[pos] == name[i]:
                i += 1
            pos += 1
        if i == len(name):
            return True
        start = text.find(name[:4], start + 1)
    return False


def header_rows(path, first_cell):
    """For each page, the text of the table row that has a cell `first_cell`... read left to
    right (None when the page has no such cell)."""
    rows = []
    for page in bbox_pages(path, layout=True):
        bs = blocks(page)
        anchor = next((b for b in bs if squeeze(b[3]) == first_cell), None)
        if anchor is None:
            rows.append(None)
            continue
        band = [b for b in bs if b[1] < anchor[2] + 4 and b[2] > anchor[1] - 4]
        rows.append("".join(squeeze(b[3]) for b in sorted(band)))
    return rows


def page_count(path):
    info = subprocess.run(["pdfinfo", path], capture_output=True, text=True, check=True).stdout
    return int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))


def word_boxes(path):
    """[(page, width, height, word, xmin, ymin, xmax, ymax)] from pdftotext -bbox."""
    boxes = []
    for i, page in enumerate(bbox_pages(path)):
        w, h = float(page.get("width")), float(page.get("height"))
        for word in page.iter(NS + "word"):
            boxes.append((i, w, h, word.text or "", float(word.get("xMin")), float(word.get("yMin")),
                          float(word.get("xMax")), float(word.get("yMax"))))
    return boxes


def indicators(doc):
    """Every node of the indicator tree, with its level."""
    out = []

    def walk(nodes, level):
        for n in nodes:
            out.append((level, n))
            walk(n.get("children") or [], level + 1)

    walk(doc.get("indicators") or [], 1)
    return out


def paragraphs(text):
    return [p.strip() for p in (text or "").split("\n\n") if p.strip()]


def body_text(pages):
    """The report's text without the page footers, so a paragraph that runs over a page break
    reads whole."""
    return re.sub(r"第\d+页共\d+页", "", "".join(pages))


def clerk_paragraphs(doc):
    """Every paragraph the department wrote that the report prints as a paragraph."""
    d, c, b = doc["department"], doc["conclusion"], doc["budget"]
    texts = paragraphs(d.get("basis")) + [f for f in d.get("functions") or [] if f.strip()]
    texts += paragraphs(doc["scoring"].get("method"))
    for key in ("summary", "benefits", "experience", "problems", "measures"):
        texts += paragraphs(c.get(key))
    for key in ("revenue", "by_function", "by_nature", "by_economic", "three_public", "projects"):
        texts += paragraphs(b.get(key, {}).get("note"))
    for level, n in indicators(doc):
        texts += paragraphs(n.get("analysis"))
    return texts


def transcriptions(node):
    """The `transcription` remarks of the sample (the transcriber's, not the department's)."""
    if isinstance(node, dict):
        for k, v in node.items():
            if k == "transcription":
                yield v
            else:
                yield from transcriptions(v)
    elif isinstance(node, list):
        for v in node:
            yield from transcriptions(v)


class Layout:
    """Checks shared by both documents."""

    def check_inside(self, path):
        footer = re.compile(r"^[第共页\d]+$")
        problems = []
        for page, w, h, word, x0, y0, x1, y1 in word_boxes(path):
            where = f"page {page + 1}: {word!r} at ({x0:.1f}, {y0:.1f})–({x1:.1f}, {y1:.1f})"
            if x0 < -SLACK or y0 < -SLACK or x1 > w + SLACK or y1 > h + SLACK:
                problems.append("outside the page: " + where)
            elif x0 < LEFT - SLACK or x1 > w - RIGHT + SLACK or y0 < TOP - SLACK:
                problems.append("outside the margins: " + where)
            elif y1 > h - BOTTOM + SLACK and not footer.match(word):
                problems.append("in the bottom margin: " + where)
        self.assertEqual(problems[:20], [])

    def check_page_numbers(self, pages):
        n = len(pages)
        for i, text in enumerate(pages[1:], start=2):
            self.assertIn(f"第{i}页共{n}页", text, f"page {i}")


class SampleReport(unittest.TestCase, Layout):
    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.TemporaryDirectory()
        cls.pdf = os.path.join(cls.tmp.name, "report.pdf")
        r = run("--export-pdf", cls.pdf, SAMPLE)
        assert r.returncode == 0, r.stdout + r.stderr
        with open(SAMPLE, encoding="utf-8") as f:
            cls.doc = json.load(f)
        cls.pages = pages_text(cls.pdf)
        cls.text = "".join(cls.pages)

    @classmethod
    def tearDownClass(cls):
        cls.tmp.cleanup()

    def assertText(self, needle, msg=None):
        self.assertIn(squeeze(needle), self.text, msg)

    def test_a4(self):
        info = subprocess.run(["pdfinfo", self.pdf], capture_output=True, text=True, check=True).stdout
        self.assertRegex(info, r"Page size:\s+595\.28 x 841\.89 pts \(A4\)")
        self.assertGreaterEqual(page_count(self.pdf), 8)
        self.assertEqual(page_count(self.pdf), len(self.pages))

    def test_fonts_embedded(self):
        out = subprocess.run(["pdffonts", self.pdf], capture_output=True, text=True, check=True).stdout
        rows = out.splitlines()[2:]
        self.assertTrue(rows, out)
        self.assertTrue(any("CJK" in r for r in rows), out)
        for row in rows:
            # name type encoding emb sub uni …: "emb" is the third field from the end but three
            self.assertRegex(row, r"\s(yes)\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+\s*$", row)
            self.assertEqual(row.split()[-5], "yes", row)

    def test_title_block(self):
        d = self.doc["department"]
        self.assertIn(squeeze(d["name"]), self.pages[0])
        self.assertIn(f"{d['year']}年度整体支出绩效自评报告", self.pages[0])
        self.assertIn("部门（单位）名称", self.pages[0])
        y, m = d["report_date"].split("-")[:2]
        self.assertIn(f"{int(y)}年{int(m)}月", self.pages[0])

    def test_headings(self):
        for h in ["一、部门概况", "（一）部门概况", "1、部门职能", "2、人员情况", "（二）部门整体支出预算绩效目标",
                  "二、部门整体支出绩效分析", "（一）部门整体支出情况", "1、支出规模和结构", "2、基本支出情况",
                  "（1）基本支出结构", "（2）“三公”经费情况", "3、项目支出情况",
                  "（二）部门整体支出预算绩效目标的完成情况", "（三）整体绩效分析",
                  "1、投入分析", "2、过程分析", "3、产出分析", "4、效益分析",
                  "三、自评结论", "（一）自评结论", "（二）主要经验、存在的问题和改进措施",
                  "1、主要经验", "2、存在的问题", "3、改进措施"]:
            self.assertText(h, h)
        # in this order
        order = [self.text.index(squeeze(h)) for h in ["一、部门概况", "二、部门整体支出绩效分析", "三、自评结论"]]
        self.assertEqual(order, sorted(order))

    def test_figures(self):
        for needle in ["53.82%", "62.52%",
                       "本次绩效评价的综合得分为 98 分，按评价办法确定为优，",
                       "总编制人数 101 人，其中：行政编制 21 人，事业编制 80 人（其中：参照公务员法管理 12 人）。"
                       "在职实有人数 93 人，其中：行政编制 8 人，事业编制 57 人（其中：参照公务员法管理 8 人），"
                       "员额内聘用人员 28 人",
                       "投入分析（指标分值 6 分，评价得分 5 分）", "过程分析（指标分值 11 分，评价得分 10 分）"]:
            self.assertText(needle, needle)

    def test_budget_figures(self):
        # the generated sentences write amounts as the tables do: 1,628.50
        b = self.doc["budget"]

        def money(v):
            return f"{v:,.2f}"

        for table in ("revenue", "by_function", "by_economic"):
            self.assertText(f"{money(b[table]['total'])} 万元", table)
            for item in b[table]["items"]:
                self.assertText(f"{item['name']} {money(item['amount'])} 万元", item["name"])
        for key in ("basic", "personnel", "public", "project"):
            self.assertText(f"{money(b['by_nature'][key])} 万元", key)
        self.assertNotIn("1628.5万元，包括", self.text)

    def test_score_table(self):
        rows = [r for r in header_rows(self.pdf, "评价指标") if r]
        self.assertEqual(rows, ["评价指标权重评级分值实际得分得分比评价结论"])
        rows = [r for r in header_rows(self.pdf, "1、投入") if r]
        self.assertEqual(rows, ["1、投入6%6583.33%良好"])
        rows = [r for r in header_rows(self.pdf, "综合绩效") if r]
        self.assertEqual(rows, ["综合绩效100%1009898.00%优"])
        # the grades as the department stated them (优, the band's name being 优秀): 优秀 only
        # where the department wrote it, in the bands of 一（二）
        rows = [r for r in header_rows(self.pdf, "2、过程") if r]
        self.assertEqual(rows, ["2、过程11%111090.91%优"])
        self.assertEqual(body_text(self.pages).count("优秀"), 1)
        self.assertIn("90分以上的为优秀", body_text(self.pages))

    def test_analysis_headings_as_written(self):
        # the headings of 二（三） are the department's, where they differ from the names of 表 1
        body = body_text(self.pages)
        analysis = body[body.index("（三）整体绩效分析"):body.index("三、自评结论")]
        for h in ["（2）绩效指标相关性", "（6）重点项目支出安排率", "（1）预算完成率", "（9）资产管理制度健全性",
                  "4、效益分析（指标分值20分，评价得分20分）"]:
            self.assertIn(h, analysis, h)
        for old in ["（2）绩效指标明确性", "（6）重点支出安排率", "（1）预算执行率", "（9）管理制度健全性", "效果分析"]:
            self.assertNotIn(old, analysis, old)
        # 表 1 keeps the names of the goal table
        goals = body[body.index("表1"):body.index("二、部门整体支出绩效分析")]
        for name in ["绩效指标明确性", "重点支出安排率", "预算执行率"]:
            self.assertIn(name, goals, name)

    def test_every_indicator_name(self):
        lines = page_lines(self.pdf)
        missing = [n["name"] for level, n in indicators(self.doc)
                   if squeeze(n["name"]) not in self.text
                   and not any(wrapped_in_cell(squeeze(n["name"]), page) for page in lines)
                   and not interleaved(squeeze(n["name"]), self.text)]
        self.assertEqual(missing, [])

    def test_clerk_texts(self):
        texts = clerk_paragraphs(self.doc)
        self.assertGreater(len(texts), 40)
        missing = [t[:20] for t in texts if squeeze(t)[:20] not in self.text]
        self.assertEqual(missing, [])

    def test_each_clerk_paragraph_once(self):
        body = body_text(self.pages)
        counts = {squeeze(t)[:30]: body.count(squeeze(t)) for t in clerk_paragraphs(self.doc)}
        self.assertEqual({t: n for t, n in counts.items() if n != 1}, {})

    def test_no_generated_restatements(self):
        # what the report printed after the clerk's paragraphs before: the metric sentences,
        # the dimension summaries, the lost-points line, the budget sentences the clerk's
        # notes restate
        body = body_text(self.pages)
        for old in ["项目年初预算645.88万元", "在职人员控制率为92.08%", "上年度预算数17万元",
                    "“三公经费”变动率为-67.65%", "未安排重点支出，重点支出安排率不适用", "调整后预算3751万元，实际执行数3751万元",
                    "公用经费控制率为100.00%", "“三公经费”控制率为53.82%", "实际政府采购支出225.42万元",
                    "该项指标分值", "投入指标共", "过程指标共", "产出指标共", "效果指标共", "各项指标均得满分",
                    "纳入评价的三级指标共", "决算2.96万元，其中公务用车运行维护费2.96万元。",
                    "较上年决算1475.6万元", "较上年决算1,475.60万元"]:
            self.assertNotIn(old, body, old)
        # the department's own figures stand
        self.assertIn("项目预算数645.12万元", body)
        self.assertIn("在职人员控制率为92%", body)

    def test_no_transcription_remarks(self):
        remarks = list(transcriptions(self.doc))
        self.assertGreaterEqual(len(remarks), 10)
        body = body_text(self.pages)
        found = [r[:30] for r in remarks if squeeze(r)[:16] in body]
        self.assertEqual(found, [])
        # the working remark that sat in 表 1's 备注 column
        self.assertNotIn("2819条÷366天", body)

    def test_goal_table_notes(self):
        # 表 1's 备注: the department's remarks only (items 58, 疫情防控, 推动复工复产)
        start, end = self.text.index("表1部门整体支出绩效目标"), self.text.index("二、部门整体支出绩效分析")
        table = self.text[start:end]
        for old in ["预算文本内容不够完整，未设置", "执行率62.52%：", "目标按天计"]:
            self.assertNotIn(old, table, old)
        notes = [n["note"] for level, n in indicators(self.doc) if (n.get("note") or "").strip()]
        self.assertEqual(len(notes), 3)
        for note in notes:
            self.assertIn(squeeze(note)[:12], table)

    def test_output_table_after_summary(self):
        # 3、产出分析: the clerk's text ending "汇总如下：", then the 产出 completion table
        body = body_text(self.pages)
        head = body.index("3、产出分析")
        lead = body.index("汇总如下：", head)
        caption = re.search(r"表(\d+)产出指标完成情况", body)
        self.assertIsNotNone(caption)
        self.assertEqual(caption.start(), lead + len("汇总如下："))
        self.assertLess(caption.start(), body.index("4、效益分析"))
        table = body[caption.start():body.index("4、效益分析")]
        for name in ["全年采摄新闻", "3250篇（条）", "2108.33%", "1651.38%", "1383.33%", "目标完成及时率"]:
            self.assertIn(name, table, name)
        # a completion table per dimension with completions, after its heading (投入, 过程) or
        # its text (产出); none in 二（二）, none for 效果 (no completion)
        tables = re.findall(r"(\d、\S{2}分析（指标分值\d+分，评价得分\d+分）)表\d+(\S{2})指标完成情况", body)
        self.assertEqual([t[1] for t in tables], ["投入", "过程"])
        self.assertEqual(re.findall(r"表\d+(\S{2})指标完成情况", body), ["投入", "过程", "产出"])
        # the computed ratio where the indicator has one
        self.assertIn("在职人员控制率100%92.08%100.00%1", body)

    def test_page_numbers(self):
        self.check_page_numbers(self.pages)

    def test_inside_margins(self):
        self.check_inside(self.pdf)


class LongReport(unittest.TestCase, Layout):
    """500 indicators: the goal and completion tables run over many pages."""

    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.TemporaryDirectory()
        cls.src = os.path.join(cls.tmp.name, "long.jixiao")
        cls.pdf = os.path.join(cls.tmp.name, "long.pdf")
        subprocess.run([sys.executable, os.path.join(HERE, "gen-indicators.py"), "-n", "500", cls.src],
                       check=True, capture_output=True)
        r = run("--export-pdf", cls.pdf, cls.src, timeout=300)
        assert r.returncode == 0, r.stdout + r.stderr
        with open(cls.src, encoding="utf-8") as f:
            cls.doc = json.load(f)
        cls.pages = pages_text(cls.pdf)
        cls.text = "".join(cls.pages)

    @classmethod
    def tearDownClass(cls):
        cls.tmp.cleanup()

    def table_pages(self, number):
        """Pages of table `number`: the one with its caption, then those marked 续表 N."""
        caption = re.compile(rf"表{number}(?!\d)")
        continued = re.compile(rf"续表{number}(?!\d)")
        first = [i for i, t in enumerate(self.pages) if caption.search(t) and not continued.search(t)]
        rest = [i for i, t in enumerate(self.pages) if continued.search(t)]
        self.assertEqual(len(first), 1)
        pages = first + rest
        self.assertEqual(pages, list(range(pages[0], pages[0] + len(pages))))
        return pages

    def test_goal_table_header_on_each_page(self):
        header = "一级指标二级指标序号三级指标目标值分值备注"
        pages = self.table_pages(1)
        self.assertGreaterEqual(len(pages), 10)
        rows = header_rows(self.pdf, "三级指标")
        with_header = [i for i, row in enumerate(rows) if row == header]
        self.assertEqual([i for i in with_header if i in pages], pages)

    def test_completion_table_header_on_each_page(self):
        # one completion table per dimension (no indicator of them has an analysis)
        header = "一级指标二级指标序号三级指标目标值完成情况完成率得分"
        numbers = [int(m.group(1)) for m in re.finditer(r"表(\d+)(投入|过程|产出|效果)指标完成情况", self.text)]
        self.assertEqual(len(numbers), 4)
        pages = sorted(p for n in numbers for p in self.table_pages(n))
        self.assertGreaterEqual(len(pages), 10)
        rows = header_rows(self.pdf, "三级指标")
        with_header = [i for i, row in enumerate(rows) if row == header]
        self.assertEqual(with_header, sorted(set(pages)))

    def test_every_indicator_name(self):
        # a table cell that wraps can read interleaved with its neighbours' lines: then the
        # name is found as whole lines of one column
        names = {squeeze(n["name"]) for level, n in indicators(self.doc)}
        lines = page_lines(self.pdf)
        missing = sorted(n for n in names
                         if n not in self.text and not any(wrapped_in_cell(n, page) for page in lines))
        self.assertEqual(missing, [])

    def test_page_numbers(self):
        self.check_page_numbers(self.pages)

    def test_inside_margins(self):
        self.check_inside(self.pdf)


class PartialReports(unittest.TestCase):
    """Documents with little in them: the report says plainly what is missing and prints no
    filler — no empty tables, no "0 个维度", no "无数据" charts, no "各项指标均得满分" that is
    not so."""

    FILLER = ["0个维度", "共0项", "其中。", "无数据", "Nodata", "各项指标均得满分", "合计0", "—%",
              "评价等级为—", "确定为—"]

    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.TemporaryDirectory()
        with open(SAMPLE, encoding="utf-8") as f:
            sample = json.load(f)
        budget_only = json.loads(json.dumps(sample))
        budget_only["indicators"] = []
        budget_only["scoring"]["method"] = ""
        for key in ("summary", "benefits", "experience", "problems", "measures"):
            budget_only["conclusion"][key] = ""
        budget_only["conclusion"]["stated_total"] = None
        # two indicators of one dimension, one of them not scored yet
        unscored = {"format": "jixiao", "version": 1,
                    "department": {"name": "某区文化馆", "year": 2021},
                    "indicators": [{"name": "产出", "weight": 100, "children": [{"name": "群众文化", "children": [
                        {"number": "1", "name": "举办展览", "weight": 50, "target_text": "10 场",
                         "parts": [{"target": 10, "actual": 12, "unit": "场"}], "rule": {"kind": "positive"}},
                        {"number": "2", "name": "送戏下乡", "weight": 50, "target_text": "20 场",
                         "parts": [{"target": 20, "actual": None, "unit": "场"}], "rule": {"kind": "positive"}}]}]}]}
        docs = {
            "empty": {"format": "jixiao", "version": 1, "department": {"name": "", "year": 0}},
            "department": {"format": "jixiao", "version": 1,
                           "department": {"name": "某区文化馆", "year": 2021, "report_date": "2022-03",
                                          "functions": ["负责组织开展群众文化活动。"],
                                          "staffing": {"authorized": {"total": 20}, "actual": {"total": 18}}}},
            "budget": budget_only,
            "unscored": unscored,
        }
        cls.text = {}
        cls.pages = {}
        for name, doc in docs.items():
            src = os.path.join(cls.tmp.name, name + ".jixiao")
            pdf = os.path.join(cls.tmp.name, name + ".pdf")
            with open(src, "w", encoding="utf-8") as f:
                json.dump(doc, f, ensure_ascii=False)
            r = run("--export-pdf", pdf, src)
            assert r.returncode == 0, (name, r.stdout + r.stderr)
            cls.pages[name] = page_count(pdf)
            cls.text[name] = body_text(pages_text(pdf))

    @classmethod
    def tearDownClass(cls):
        cls.tmp.cleanup()

    def check_no_filler(self, name):
        found = [f for f in self.FILLER if f in self.text[name]]
        self.assertEqual(found, [], name)

    def test_empty(self):
        t = self.text["empty"]
        self.check_no_filler("empty")
        self.assertLessEqual(self.pages["empty"], 2)
        self.assertNotRegex(t, r"表\d")          # no empty table
        for needle in ["一、部门概况", "二、部门整体支出绩效分析", "三、自评结论", "尚未填报部门职能和人员情况",
                       "尚未填报部门收支和预算执行数据", "尚未填报绩效指标，无法计算综合得分"]:
            self.assertIn(needle, t, needle)
        self.assertNotIn("人员情况", t.replace("尚未填报部门职能和人员情况", ""))

    def test_department_only(self):
        t = self.text["department"]
        self.check_no_filler("department")
        self.assertNotRegex(t, r"表\d")
        self.assertIn("1、部门职能（1）负责组织开展群众文化活动。2、人员情况", t)
        self.assertIn("某区文化馆总编制人数20人。在职实有人数18人。", t)
        self.assertIn("尚未填报绩效指标", t)

    def test_budget_without_indicators(self):
        t = self.text["budget"]
        self.check_no_filler("budget")
        # the budget's tables and charts, no indicator table or score table
        self.assertIn("“三公”经费情况（单位：万元）", t)
        self.assertIn("预算执行情况（单位：万元）", t)
        self.assertNotIn("部门整体支出绩效目标表", t)
        self.assertNotRegex(t, r"表\d+(部门整体支出绩效目标|绩效评价得分汇总|\S+指标完成情况)")
        self.assertIn("（一）自评结论尚未填报绩效指标，无法计算综合得分。", t)
        self.assertNotIn("Targetcompletion", t)
        self.assertNotIn("Scoresbydimension", t)

    def test_unscored_indicator(self):
        t = self.text["unscored"]
        self.assertNotIn("各项指标均得满分", t)
        self.assertIn("另有1项指标尚未评分", t)


class Errors(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory()

    def tearDown(self):
        self.tmp.cleanup()

    def test_unreadable_file(self):
        out = os.path.join(self.tmp.name, "out.pdf")
        r = run("--export-pdf", out, os.path.join(self.tmp.name, "missing.jixiao"))
        self.assertEqual(r.returncode, 2)
        self.assertIn("missing.jixiao", r.stderr)
        self.assertEqual(os.listdir(self.tmp.name), [])

    def test_broken_file(self):
        src = os.path.join(self.tmp.name, "broken.jixiao")
        with open(src, "w", encoding="utf-8") as f:
            f.write('{"format": "jixiao", "version": 1, "department": ')
        r = run("--export-pdf", os.path.join(self.tmp.name, "out.pdf"), src)
        self.assertEqual(r.returncode, 2)
        self.assertIn("broken.jixiao", r.stderr)
        self.assertEqual(os.listdir(self.tmp.name), ["broken.jixiao"])

    def test_unwritable_output(self):
        folder = os.path.join(self.tmp.name, "no-such-folder")
        r = run("--export-pdf", os.path.join(folder, "out.pdf"), SAMPLE)
        self.assertEqual(r.returncode, 2)
        self.assertIn("out.pdf", r.stderr)
        self.assertFalse(os.path.exists(folder))

    def test_output_is_a_folder(self):
        r = run("--export-pdf", self.tmp.name, SAMPLE)
        self.assertEqual(r.returncode, 2)
        self.assertEqual(os.listdir(self.tmp.name), [])

    @unittest.skipIf(os.geteuid() == 0, "root writes into read-only folders")
    def test_read_only_folder(self):
        os.chmod(self.tmp.name, 0o555)
        try:
            r = run("--export-pdf", os.path.join(self.tmp.name, "out.pdf"), SAMPLE)
        finally:
            os.chmod(self.tmp.name, 0o755)
        self.assertEqual(r.returncode, 2)
        self.assertEqual(os.listdir(self.tmp.name), [])

    def test_replaces_existing_file_whole(self):
        out = os.path.join(self.tmp.name, "out.pdf")
        with open(out, "w") as f:
            f.write("old")
        r = run("--export-pdf", out, SAMPLE)
        self.assertEqual(r.returncode, 0, r.stderr)
        with open(out, "rb") as f:
            self.assertEqual(f.read(5), b"%PDF-")
        self.assertEqual(os.listdir(self.tmp.name), ["out.pdf"])


if __name__ == "__main__":
    unittest.main(verbosity=2)
