#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
# The report as a Word document (jixiao --export-docx), read back by real consumers: the zip
# package opened with zipfile (content types, relationships, every part well-formed XML, the
# charts' PNGs at 300 dpi), python3-docx (headings in the heading styles, the goal table's
# rows and merged cells, header rows repeated, money right-aligned, every chart an inline
# picture with alt text, A4 and the GB/T 9704 margins, the page-number field, the
# properties), the font presets, and LibreOffice headless converting the sample's .docx to PDF
# once (its text: every heading, indicator and figure; the header repeated on each page of
# the goal table). Bad output paths and a full disk: a clear error and no file left.
#
# Run with Debian's python3 (python3-docx is a Debian package; a pyenv python has none).
import importlib.util
import json
import os
import pwd
import re
import resource
import shutil
import signal
import struct
import subprocess
import sys
import tempfile
import unittest
import xml.etree.ElementTree as ET
import zipfile

import docx

HERE = os.path.dirname(os.path.abspath(__file__))
BIN = os.environ["JIXIAO_BIN"]
SAMPLE = os.environ["JIXIAO_SAMPLE"]

# the PDF tests' readers of pdftotext output (squeeze, pages_text, wrapped_in_cell, …)
_spec = importlib.util.spec_from_file_location("report_helpers", os.path.join(HERE, "test-report.py"))
R = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(R)
squeeze = R.squeeze

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
WP = "{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}"
A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
REL = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
PKG_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}"
CT = "{http://schemas.openxmlformats.org/package/2006/content-types}"

GOAL_HEADER = ["一级指标", "二级指标", "序号", "三级指标", "目标值", "分值", "备注"]
TEXT_WIDTH_PT = (210 - 28 - 26) / 25.4 * 72


def env(**extra):
    e = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    e["LC_ALL"] = "C.UTF-8"
    e.update(extra)
    return e


def run(*args, timeout=180, **kw):
    return subprocess.run([BIN, *args], capture_output=True, text=True, timeout=timeout,
                          env=kw.pop("environ", None) or env(), **kw)


def export(out, src=SAMPLE, *options):
    r = run("--export-docx", out, *options, src)
    assert r.returncode == 0, r.stdout + r.stderr
    return out


def level3(doc):
    """(level-1 name, level-2 name, indicator) of every level-3 indicator, in order."""
    out = []
    for l1 in doc.get("indicators") or []:
        for l2 in l1.get("children") or []:
            for ind in l2.get("children") or []:
                out.append((l1["name"], l2["name"], ind))
    return out


def weight_text(w):
    return ("%.4f" % w).rstrip("0").rstrip(".")


def table_with_header(document, header):
    return next(t for t in document.tables if [c.text for c in t.rows[0].cells] == header)


def png_dpi(data):
    """(x, y) dots per inch of a PNG's pHYs chunk, or None."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    pos = 8
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        if kind == b"pHYs":
            x, y, unit = struct.unpack(">IIB", data[pos + 8:pos + 17])
            assert unit == 1
            return round(x * 0.0254), round(y * 0.0254)
        if kind == b"IDAT":
            return None
        pos += 12 + length
    return None


class Files:
    """The exports shared by the tests: made once per run."""
    tmp = None

    @classmethod
    def get(cls, name):
        if cls.tmp is None:
            cls.tmp = tempfile.TemporaryDirectory()
        path = os.path.join(cls.tmp.name, name)
        if not os.path.exists(path):
            if name == "sample.docx":
                export(path)
            elif name == "plain.docx":
                export(path, SAMPLE, "--font-preset", "plain")
            elif name == "sample-lo.pdf":
                cls.convert(cls.get("sample.docx"), path)
            else:
                raise KeyError(name)
        return path

    @classmethod
    def convert(cls, docx_path, pdf_path):
        """LibreOffice headless: the .docx to PDF (a few seconds; done once)."""
        outdir = os.path.join(cls.tmp.name, "lo-out")
        profile = os.path.join(cls.tmp.name, "lo-profile")
        os.makedirs(outdir, exist_ok=True)
        soffice = shutil.which("soffice") or shutil.which("libreoffice")
        assert soffice, "LibreOffice (libreoffice-writer) is not installed"
        r = subprocess.run([soffice, f"-env:UserInstallation=file://{profile}", "--headless", "--norestore",
                            "--nologo", "--convert-to", "pdf", "--outdir", outdir, docx_path],
                           capture_output=True, text=True, timeout=300, env=env(HOME=cls.tmp.name))
        produced = os.path.join(outdir, os.path.splitext(os.path.basename(docx_path))[0] + ".pdf")
        assert r.returncode == 0 and os.path.exists(produced), r.stdout + r.stderr
        os.rename(produced, pdf_path)


def tearDownModule():
    if Files.tmp is not None:
        Files.tmp.cleanup()


def sample_doc():
    with open(SAMPLE, encoding="utf-8") as f:
        return json.load(f)


class Package(unittest.TestCase):
    """The zip as any OOXML consumer reads it."""

    @classmethod
    def setUpClass(cls):
        cls.zip = zipfile.ZipFile(Files.get("sample.docx"))
        cls.names = cls.zip.namelist()

    @classmethod
    def tearDownClass(cls):
        cls.zip.close()

    def xml(self, name):
        return ET.fromstring(self.zip.read(name))

    def test_zip_is_sound(self):
        self.assertIsNone(self.zip.testzip())
        self.assertEqual(self.names[0], "[Content_Types].xml")
        self.assertFalse([n for n in self.names if n.endswith("/")], "no folder entries")
        self.assertEqual(len(self.names), len(set(self.names)))

    def test_every_xml_part_well_formed(self):
        parts = [n for n in self.names if n.endswith(".xml") or n.endswith(".rels")]
        self.assertGreaterEqual(len(parts), 10)
        for name in parts:
            with self.subTest(part=name):
                ET.fromstring(self.zip.read(name))
                self.assertTrue(self.zip.read(name).startswith(b'<?xml version="1.0" encoding="UTF-8"'))

    def test_content_types(self):
        types = self.xml("[Content_Types].xml")
        defaults = {d.get("Extension"): d.get("ContentType") for d in types.iter(CT + "Default")}
        overrides = {o.get("PartName"): o.get("ContentType") for o in types.iter(CT + "Override")}
        self.assertEqual(defaults["rels"], "application/vnd.openxmlformats-package.relationships+xml")
        self.assertEqual(defaults["png"], "image/png")
        self.assertEqual(overrides["/word/document.xml"],
                         "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml")
        for name in self.names:
            if name == "[Content_Types].xml":
                continue
            ext = name.rsplit(".", 1)[-1]
            self.assertTrue("/" + name in overrides or ext in defaults, f"{name} has no content type")
        for part in overrides:
            self.assertIn(part[1:], self.names, f"{part} is declared but missing")

    def rels(self, name):
        return {r.get("Id"): r for r in self.xml(name).iter(PKG_REL + "Relationship")}

    def test_relationships(self):
        package = self.rels("_rels/.rels")
        targets = {r.get("Type").rsplit("/", 1)[-1]: r.get("Target") for r in package.values()}
        self.assertEqual(targets["officeDocument"], "word/document.xml")
        self.assertEqual(targets["core-properties"], "docProps/core.xml")
        self.assertEqual(targets["extended-properties"], "docProps/app.xml")
        for target in targets.values():
            self.assertIn(target, self.names)

        document = self.rels("word/_rels/document.xml.rels")
        for rid, r in document.items():
            self.assertIn("word/" + r.get("Target"), self.names, rid)
        kinds = sorted(r.get("Type").rsplit("/", 1)[-1] for r in document.values())
        for kind in ("styles", "settings", "fontTable", "footer"):
            self.assertIn(kind, kinds)

        # every reference of the document and its footers is a relationship of it
        body = self.zip.read("word/document.xml").decode()
        used = set(re.findall(r'r:(?:id|embed)="([^"]+)"', body))
        self.assertTrue(used)
        self.assertEqual(used - set(document), set())
        images = [r.get("Target") for r in document.values() if r.get("Type").endswith("/image")]
        self.assertEqual(sorted("word/" + t for t in images), sorted(n for n in self.names if n.endswith(".png")))

    def test_charts_are_300_dpi_png(self):
        pngs = [n for n in self.names if n.startswith("word/media/")]
        self.assertGreaterEqual(len(pngs), 5)
        for name in pngs:
            data = self.zip.read(name)
            self.assertEqual(png_dpi(data), (300, 300), name)
            width, height = struct.unpack(">II", data[16:24])
            # the text width (156 mm) at 300 dpi
            self.assertAlmostEqual(width, TEXT_WIDTH_PT / 72 * 300, delta=3, msg=name)
            self.assertGreater(height, 300)

    def test_properties(self):
        core = self.xml("docProps/core.xml")
        dc = "{http://purl.org/dc/elements/1.1/}"
        doc = sample_doc()["department"]
        self.assertEqual(core.find(dc + "title").text, f"{doc['name']}{doc['year']} 年度整体支出绩效自评报告")
        self.assertEqual(core.find(dc + "creator").text, doc.get("preparer") or doc["name"])
        self.assertIn("Jixiao", self.zip.read("docProps/app.xml").decode())


class Word(unittest.TestCase):
    """What python3-docx reads back."""

    @classmethod
    def setUpClass(cls):
        cls.document = docx.Document(Files.get("sample.docx"))
        cls.doc = sample_doc()

    def by_style(self, name):
        return [p.text for p in self.document.paragraphs if p.style.name == name]

    def test_headings_use_heading_styles(self):
        self.assertEqual(self.by_style("Heading 1"), ["一、部门概况", "二、部门整体支出绩效分析", "三、自评结论"])
        patterns = {"Heading 2": r"（[一二三四五六七八九十]+）\S", "Heading 3": r"\d+、\S", "Heading 4": r"（\d+）\S"}
        for style, pattern in patterns.items():
            texts = self.by_style(style)
            self.assertGreaterEqual(len(texts), 3, style)
            for t in texts:
                self.assertRegex(t, "^" + pattern, style)
        self.assertIn("（一）部门概况", self.by_style("Heading 2"))
        self.assertIn("1、部门职能", self.by_style("Heading 3"))
        # numbered headings only in the heading styles
        for p in self.document.paragraphs:
            if re.match(r"^[一二三]、(部门|自评)", p.text):
                self.assertEqual(p.style.name, "Heading 1", p.text)

    def test_styles(self):
        styles = self.document.styles.element
        for level in range(1, 5):
            style = styles.find(f"{W}style[@{W}styleId='Heading{level}']")
            self.assertEqual(style.find(f"{W}name").get(W + "val"), f"heading {level}")
            self.assertEqual(style.find(f"{W}pPr/{W}outlineLvl").get(W + "val"), str(level - 1))
            self.assertIsNotNone(style.find(f"{W}pPr/{W}keepNext"))
        normal = styles.find(f"{W}style[@{W}styleId='Normal']")
        self.assertEqual(normal.get(W + "default"), "1")
        self.assertEqual(normal.find(f"{W}pPr/{W}ind").get(W + "firstLineChars"), "200")
        self.assertEqual(normal.find(f"{W}pPr/{W}jc").get(W + "val"), "both")
        # the clerk's paragraphs are body text
        basis = self.doc["department"]["basis"].split("\n\n")[0].strip()
        self.assertIn(basis, self.by_style("Normal"))

    def test_goal_table(self):
        table = table_with_header(self.document, GOAL_HEADER)
        expected = level3(self.doc)
        self.assertEqual(len(expected), 55)
        rows = table.rows[1:]
        self.assertEqual([c.text for c in rows[-1].cells][:4], ["合计"] * 4)   # one cell over four columns
        self.assertEqual(rows[-1].cells[5].text, "100")
        rows = rows[:-1]
        self.assertEqual(len(rows), 55)
        for row, (l1, l2, ind) in zip(rows, expected):
            cells = [c.text for c in row.cells]
            self.assertEqual(cells[:6], [l1, l2, ind["number"], ind["name"], ind.get("target_text", ""),
                                         weight_text(ind["weight"])], ind["name"])

    def test_merged_group_cells_and_repeated_header(self):
        table = table_with_header(self.document, GOAL_HEADER)
        trs = table._tbl.findall(W + "tr")
        self.assertIsNotNone(trs[0].find(f"{W}trPr/{W}tblHeader"))
        self.assertIsNone(trs[1].find(f"{W}trPr/{W}tblHeader"))
        # 一级指标: one restart per dimension, every other body row continues it
        merges = [tr.findall(W + "tc")[0].find(f"{W}tcPr/{W}vMerge") for tr in trs[1:-1]]
        restarts = [m for m in merges if m is not None and m.get(W + "val") == "restart"]
        continues = [m for m in merges if m is not None and m.get(W + "val") is None]
        self.assertEqual(len(restarts), len(self.doc["indicators"]))
        self.assertEqual(len(restarts) + len(continues), 55)
        # python-docx sees the merged cell as the dimension's in each row
        self.assertEqual({r.cells[0].text for r in table.rows[1:-1]}, {d["name"] for d in self.doc["indicators"]})

    def test_money_right_aligned(self):
        table = table_with_header(self.document, ["项目", "本年预算", "本年决算", "上年预算", "上年决算"])
        for row in table.rows[1:]:
            for cell in row.cells[1:]:
                self.assertEqual(cell.paragraphs[0].alignment, docx.enum.text.WD_ALIGN_PARAGRAPH.RIGHT)
        self.assertEqual([c.text for c in table.rows[-1].cells], ["合计", "5.50", "2.96", "17.00", "1.82"])

    def test_charts_inline_with_alt_text(self):
        shapes = self.document.inline_shapes
        self.assertGreaterEqual(len(shapes), 5)
        for shape in shapes:
            doc_pr = shape._inline.docPr
            title, descr = doc_pr.get("title"), doc_pr.get("descr")
            self.assertTrue(title)
            self.assertTrue(descr.startswith(title), descr[:40])
            self.assertGreater(descr.count("\n"), 2, "one value a line")
            self.assertLessEqual(shape.width.pt, TEXT_WIDTH_PT + 0.5)
            self.assertGreater(shape.width.pt, TEXT_WIDTH_PT * 0.6)
        self.assertEqual(len(shapes), len(self.document.part.package.image_parts))

    def test_page(self):
        section = self.document.sections[0]
        self.assertAlmostEqual(section.page_width.mm, 210, delta=0.1)
        self.assertAlmostEqual(section.page_height.mm, 297, delta=0.1)
        for side, mm in (("top", 37), ("bottom", 35), ("left", 28), ("right", 26)):
            self.assertAlmostEqual(getattr(section, side + "_margin").mm, mm, delta=0.1, msg=side)
        self.assertTrue(section.different_first_page_header_footer)
        footer = section.footer._element
        instructions = [f.get(W + "instr").split()[0] for f in footer.iter(W + "fldSimple")]
        self.assertEqual(instructions, ["PAGE", "NUMPAGES"])
        self.assertEqual(section.first_page_footer.paragraphs[0].text, "")


class Fonts(unittest.TestCase):
    def fonts(self, path):
        with zipfile.ZipFile(path) as z:
            styles = ET.fromstring(z.read("word/styles.xml"))
            table = z.read("word/fontTable.xml").decode()
            body = z.read("word/document.xml")
        out = {}
        for s in styles.iter(W + "style"):
            fonts = s.find(f"{W}rPr/{W}rFonts")
            if fonts is not None:
                out[s.get(W + "styleId")] = fonts.get(W + "eastAsia")
        return out, table, body

    def test_official(self):
        fonts, table, _ = self.fonts(Files.get("sample.docx"))
        self.assertEqual(fonts["Normal"], "仿宋_GB2312")
        self.assertEqual(fonts["Heading1"], "黑体")
        self.assertEqual(fonts["Heading2"], "楷体_GB2312")
        for name in ("仿宋_GB2312", "黑体", "楷体_GB2312"):
            self.assertIn(f'w:name="{name}"', table)

    def test_plain(self):
        fonts, table, body = self.fonts(Files.get("plain.docx"))
        self.assertEqual(fonts["Normal"], "宋体")
        self.assertEqual(fonts["Heading1"], "黑体")
        self.assertNotIn("GB2312", table)
        self.assertFalse([s for s, f in fonts.items() if "GB2312" in f])
        # the preset changes the styles, nothing of the content
        self.assertEqual(body, self.fonts(Files.get("sample.docx"))[2])

    def test_setting_and_override(self):
        schemas = os.environ.get("JIXIAO_SCHEMA_DIR")
        self.assertTrue(schemas and os.path.exists(os.path.join(schemas, "gschemas.compiled")), schemas)
        with tempfile.TemporaryDirectory() as tmp:
            config = os.path.join(tmp, "glib-2.0", "settings")
            os.makedirs(config)
            with open(os.path.join(config, "keyfile"), "w") as f:
                f.write("[io/github/jixiao/Jixiao]\nfont-preset='plain'\n")
            e = env(GSETTINGS_SCHEMA_DIR=schemas, GSETTINGS_BACKEND="keyfile", XDG_CONFIG_HOME=tmp)
            out = os.path.join(tmp, "a.docx")
            r = run("--export-docx", out, SAMPLE, environ=e)
            self.assertEqual(r.returncode, 0, r.stderr)
            self.assertEqual(self.fonts(out)[0]["Normal"], "宋体")
            r = run("--export-docx", out, "--font-preset", "official", SAMPLE, environ=e)
            self.assertEqual(r.returncode, 0, r.stderr)
            self.assertEqual(self.fonts(out)[0]["Normal"], "仿宋_GB2312")

    def test_unknown_preset(self):
        with tempfile.TemporaryDirectory() as tmp:
            r = run("--export-docx", os.path.join(tmp, "a.docx"), "--font-preset", "fancy", SAMPLE)
            self.assertEqual(r.returncode, 2)
            self.assertIn("fancy", r.stderr)
            self.assertEqual(os.listdir(tmp), [])


class LibreOffice(unittest.TestCase):
    """LibreOffice headless renders the sample's .docx: the text a reader sees."""

    @classmethod
    def setUpClass(cls):
        cls.pdf = Files.get("sample-lo.pdf")
        cls.pages = R.pages_text(cls.pdf)
        cls.text = "".join(cls.pages)
        cls.doc = sample_doc()

    def test_sections_and_figures(self):
        for needle in ["一、部门概况", "二、部门整体支出绩效分析", "三、自评结论", "92.08%", "53.82%", "62.52%"]:
            self.assertIn(squeeze(needle), self.text, needle)
        order = [self.text.index(h) for h in ["一、部门概况", "二、部门整体支出绩效分析", "三、自评结论"]]
        self.assertEqual(order, sorted(order))
        # the total score, 98, in the score table's last row
        self.assertIn("综合绩效100%10098", self.text)

    def test_analysis_headings_and_grades_as_stated(self):
        body = R.body_text(self.pages)
        analysis = body[body.index("（三）整体绩效分析"):body.index("三、自评结论")]
        for h in ["（2）绩效指标相关性", "（1）预算完成率", "（9）资产管理制度健全性", "4、效益分析"]:
            self.assertIn(h, analysis, h)
        self.assertIn("按评价办法确定为优，", body)
        self.assertEqual(body.count("优秀"), 1)     # the bands of 一（二）, as the department wrote them

    def test_each_clerk_paragraph_once(self):
        body = R.body_text(self.pages)
        counts = {squeeze(t)[:30]: body.count(squeeze(t)) for t in R.clerk_paragraphs(self.doc)}
        self.assertEqual({t: n for t, n in counts.items() if n != 1}, {})
        for old in ["项目年初预算645.88万元", "在职人员控制率为92.08%", "该项指标分值", "投入指标共",
                    "各项指标均得满分", "纳入评价的三级指标共"]:
            self.assertNotIn(old, body, old)

    def column_text(self, left, right):
        """The words standing in [left, right] (points from the paper's left edge), page after
        page, top to bottom: a table column read cell after cell."""
        out = []
        for page in R.bbox_pages(self.pdf):
            words = [(float(w.get("yMin")), float(w.get("xMin")), w.text or "") for w in page.iter(R.NS + "word")
                     if left - 1 <= float(w.get("xMin")) and float(w.get("xMax")) <= right + 1]
            out += [t for y, x, t in sorted(words)]
        return squeeze("".join(out))

    def test_every_indicator_name(self):
        # the goal table's columns where the .docx puts them: the left margin, its grid
        grid = [int(c.get(W + "w")) / 20 for c in
                table_with_header(docx.Document(Files.get("sample.docx")), GOAL_HEADER)._tbl.iter(W + "gridCol")]
        edges = [28 / 25.4 * 72]
        for w in grid:
            edges.append(edges[-1] + w)
        columns = "".join(self.column_text(edges[c], edges[c + 1]) for c in (0, 1, 3))
        names = {squeeze(n["name"]) for level, n in R.indicators(self.doc)}
        missing = sorted(n for n in names if n not in self.text and n not in columns)
        self.assertEqual(missing, [])

    def test_header_repeated_and_page_numbers(self):
        header = squeeze("".join(GOAL_HEADER))
        rows = R.header_rows(self.pdf, "三级指标")
        goal_pages = [i for i, t in enumerate(self.pages) if "绩效目标合理性" in t or re.search(r"表1部门", t)]
        with_header = [i for i, row in enumerate(rows) if row == header]
        self.assertGreaterEqual(len(with_header), 3)   # the goal table runs over pages, its header on each
        self.assertEqual(with_header[:len(goal_pages)][0], goal_pages[0])
        n = len(self.pages)
        self.assertNotIn("页共", self.pages[0])       # no number on the cover
        for i in range(2, n + 1):
            self.assertIn(f"第{i}页共{n}页", self.pages[i - 1])


class Content(unittest.TestCase):
    """Odd text survives; partial and large documents export."""

    def test_escaping(self):
        doc = sample_doc()
        odd = "A&B <c> \"q\" 'a' ]]> \u0001\u000b\ufffe end"
        doc["indicators"][0]["children"][0]["children"][0]["name"] = odd
        doc["department"]["preparer"] = "张三 & <李四>"
        with tempfile.TemporaryDirectory() as tmp:
            src = os.path.join(tmp, "odd.jixiao")
            with open(src, "w", encoding="utf-8") as f:
                json.dump(doc, f, ensure_ascii=False)
            out = os.path.join(tmp, "odd.docx")
            r = run("--export-docx", out, src)
            if r.returncode == 2 and "odd.jixiao" in r.stderr:
                # the loader refuses control characters: then without them
                doc["indicators"][0]["children"][0]["children"][0]["name"] = odd = "A&B <c> \"q\" 'a' ]]> end"
                with open(src, "w", encoding="utf-8") as f:
                    json.dump(doc, f, ensure_ascii=False)
                r = run("--export-docx", out, src)
            self.assertEqual(r.returncode, 0, r.stderr)
            with zipfile.ZipFile(out) as z:
                for name in z.namelist():
                    if name.endswith((".xml", ".rels")):
                        ET.fromstring(z.read(name))
            document = docx.Document(out)
            table = table_with_header(document, GOAL_HEADER)
            clean = "".join(ch for ch in odd if ch not in "\u0001\u000b\ufffe")
            self.assertEqual(table.rows[1].cells[3].text, clean)
            self.assertEqual(document.core_properties.author, "张三 & <李四>")

    def test_no_indicators(self):
        doc = sample_doc()
        doc["indicators"] = []
        with tempfile.TemporaryDirectory() as tmp:
            src = os.path.join(tmp, "partial.jixiao")
            with open(src, "w", encoding="utf-8") as f:
                json.dump(doc, f, ensure_ascii=False)
            document = docx.Document(export(os.path.join(tmp, "partial.docx"), src))
            self.assertIn("一、部门概况", [p.text for p in document.paragraphs if p.style.name == "Heading 1"])

    def test_500_indicators(self):
        with tempfile.TemporaryDirectory() as tmp:
            src = os.path.join(tmp, "long.jixiao")
            subprocess.run([sys.executable, os.path.join(HERE, "gen-indicators.py"), "-n", "500", src],
                           check=True, capture_output=True)
            out = export(os.path.join(tmp, "long.docx"), src)
            with zipfile.ZipFile(out) as z:
                body = ET.fromstring(z.read("word/document.xml"))
            with open(src, encoding="utf-8") as f:
                names = [ind["name"] for l1, l2, ind in level3(json.load(f))]
        # python-docx reads a row's cells in time proportional to the table: the XML here
        rows = [[cell_text(tc) for tc in tr.iter(W + "tc")] for tr in goal_table_xml(body).iter(W + "tr")]
        self.assertEqual(len(rows), 1 + 500 + 1)
        self.assertEqual([r[3] for r in rows[1:-1]], names)
        headers = [tr for tr in goal_table_xml(body).iter(W + "tr") if tr.find(f"{W}trPr/{W}tblHeader") is not None]
        self.assertEqual(len(headers), 1)


def cell_text(tc):
    return "".join(t.text or "" for t in tc.iter(W + "t"))


def goal_table_xml(body):
    for tbl in body.iter(W + "tbl"):
        first = tbl.find(W + "tr")
        if [cell_text(tc) for tc in first.iter(W + "tc")] == GOAL_HEADER:
            return tbl
    raise AssertionError("no goal table")


def nobody():
    try:
        return pwd.getpwnam("nobody").pw_uid
    except KeyError:
        return None


class Errors(unittest.TestCase):
    """A clear error, exit 2, and nothing left behind."""

    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory()
        os.chmod(self.tmp.name, 0o755)

    def tearDown(self):
        os.chmod(self.tmp.name, 0o755)
        self.tmp.cleanup()

    def assertRefused(self, out, needle, **kw):
        r = run("--export-docx", out, SAMPLE, **kw)
        self.assertEqual(r.returncode, 2, r.stderr)
        self.assertIn(os.path.basename(out), r.stderr)
        self.assertIn(needle, r.stderr)
        self.assertEqual(len(r.stderr.strip().splitlines()), 1, r.stderr)
        return r

    def test_missing_folder(self):
        folder = os.path.join(self.tmp.name, "no-such-folder")
        self.assertRefused(os.path.join(folder, "out.docx"), "No such file or directory")
        self.assertFalse(os.path.exists(folder))

    def test_output_is_a_folder(self):
        sub = os.path.join(self.tmp.name, "folder.docx")
        os.mkdir(sub)
        self.assertRefused(sub, "Is a directory")
        self.assertEqual(os.listdir(self.tmp.name), ["folder.docx"])
        self.assertEqual(os.listdir(sub), [])

    def test_read_only_folder(self):
        user = nobody() if os.geteuid() == 0 else None
        if os.geteuid() == 0:
            self.assertIsNotNone(user, "no user nobody to drop to")
        os.chmod(self.tmp.name, 0o555)
        self.assertRefused(os.path.join(self.tmp.name, "out.docx"), "Permission denied", user=user)
        self.assertEqual(os.listdir(self.tmp.name), [])

    def test_disk_full(self):
        """RLIMIT_FSIZE in the child: every write past 64 KiB fails (EFBIG), as on a full disk."""
        def limit():
            signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
            resource.setrlimit(resource.RLIMIT_FSIZE, (64 * 1024, 64 * 1024))

        out = os.path.join(self.tmp.name, "out.docx")
        with open(out, "wb") as f:
            f.write(b"the old file")
        self.assertRefused(out, "File too large", preexec_fn=limit)
        self.assertEqual(os.listdir(self.tmp.name), ["out.docx"])
        with open(out, "rb") as f:
            self.assertEqual(f.read(), b"the old file")

    def test_replaces_whole(self):
        out = os.path.join(self.tmp.name, "out.docx")
        with open(out, "w") as f:
            f.write("old")
        export(out)
        self.assertTrue(zipfile.is_zipfile(out))
        self.assertEqual(os.listdir(self.tmp.name), ["out.docx"])

    def test_missing_name(self):
        r = run("--export-docx", "", SAMPLE)
        self.assertEqual(r.returncode, 2)
        self.assertIn("--export-docx", r.stderr)


if __name__ == "__main__":
    unittest.main(verbosity=2)
