#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# The spreadsheet readers on files of real writers: a two-row-header 自评表 with merged group
# cells written by python3-openpyxl (its SUM formulas have no saved value), the same saved
# as .ods and .xls by LibreOffice headless (which computes them), a GB18030 CSV written by
# Python, and Jixiao's own 自评表 export (libxlsxwriter), compared cell by cell with what
# openpyxl reads. Then hostile files made here: truncated, a zip bomb, a DTD, forged
# sizes, an encrypted .xls, 50,000 rows. Each is read by tests/sheet-dump (JSON).
import csv
import io
import json
import os
import subprocess
import sys
import tempfile
import time
import unittest
import zipfile

import openpyxl
from openpyxl.styles import Alignment

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import office  # noqa: E402

BUILD = os.environ["G_TEST_BUILDDIR"]
DUMP = os.path.join(BUILD, "sheet-dump")
BIN = os.environ["JIXIAO_BIN"]
SAMPLE = os.environ["JIXIAO_SAMPLE"]


def dump(path, timeout=60):
    start = time.monotonic()
    r = subprocess.run([DUMP, path], capture_output=True, timeout=timeout,
                       env=dict(os.environ, LC_ALL="C.UTF-8"))
    out = json.loads(r.stdout.decode("utf-8"))
    out["wall"] = time.monotonic() - start
    assert (r.returncode == 0) == ("sheets" in out), r
    return out


def cells(sheet):
    """{(row, col): (text, number, percent, lacking)}"""
    return {(c[0], c[1]): tuple(c[2:]) for c in sheet["cells"]}


def merges(sheet):
    return {tuple(m) for m in sheet["merges"]}


def write_template(path):
    """The 自评表 template as a finance bureau sends it: a title, a two-row header with merged
    cells, group cells merged down, percentages as formatted numbers, a total by formula."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "自评表"
    ws["A1"] = "2020年度部门整体支出绩效自评表"
    ws.merge_cells("A1:H1")
    for col, text in zip("ABCDEFGH", ["一级指标", "二级指标", "三级指标", "指标值", None, "实际完成值", "分值", "得分"]):
        if text:
            ws[col + "2"] = text
    ws["D3"] = "指标性质"
    ws["E3"] = "目标值"
    ws.merge_cells("D2:E2")
    for col in "ABCFGH":
        ws.merge_cells(f"{col}2:{col}3")
    rows = [
        ("产出指标", "数量指标", "发文数量", "≥", "3000篇（条）", 3120, 10, 10),
        (None, None, "考核覆盖率", "≥", 0.95, 0.97, 5, 4.5),
        (None, "质量指标", "差错率", "≤", 0.01, 0.02, 5, 2.5),
        ("效益指标", "满意度指标", "群众满意度", "≥", "90%", "95%", 10, 9.75),
    ]
    for r, row in enumerate(rows, start=4):
        for c, value in enumerate(row, start=1):
            if value is not None:
                ws.cell(r, c, value)
    ws["E5"].number_format = "0%"
    ws["F5"].number_format = "0%"
    ws["E6"].number_format = "0.00%"
    ws["F6"].number_format = "0.00%"
    ws.merge_cells("A4:A6")
    ws.merge_cells("B4:B5")
    ws["I5"] = "年底集中发文，\n次年补录"
    ws["I5"].alignment = Alignment(wrap_text=True)
    ws["A8"] = "合计"
    ws["G8"] = "=SUM(G4:G7)"
    ws["H8"] = "=SUM(H4:H7)"
    notes = wb.create_sheet("说明")
    notes["A1"] = "填表说明"
    notes["A2"] = "  缩进 <a & b>"
    lists = wb.create_sheet("lists")
    lists["A1"] = "是"
    lists["A2"] = "否"
    lists.sheet_state = "hidden"
    wb.save(path)


def minimal_xlsx(path, sheet_xml, shared=None, extra=None):
    """A hand-made package: one sheet whose XML is given (bytes, or a writer of chunks)."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>')
        z.writestr("_rels/.rels", '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                   '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>')
        z.writestr("xl/workbook.xml", '<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
                   'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="表" sheetId="1" r:id="rId1"/></sheets></workbook>')
        rels = '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
        if shared is not None:
            rels += '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="/xl/sharedStrings.xml"/>'
            z.writestr("xl/sharedStrings.xml", shared)
        z.writestr("xl/_rels/workbook.xml.rels", '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' + rels + '</Relationships>')
        if callable(sheet_xml):
            with z.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as f:
                sheet_xml(f)
        else:
            z.writestr("xl/worksheets/sheet1.xml", sheet_xml)
        for name, data in (extra or {}).items():
            z.writestr(name, data)


SHEET_HEAD = b'<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
SHEET_TAIL = b'</sheetData></worksheet>'


class RealWriters(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.TemporaryDirectory()
        d = cls.tmp.name
        cls.template = os.path.join(d, "template.xlsx")
        write_template(cls.template)
        cls.export = os.path.join(d, "sample.xlsx")
        r = subprocess.run([BIN, "--export-xlsx", cls.export, SAMPLE], capture_output=True, text=True,
                           env=dict(os.environ, JIXIAO_NO_LOCK_FILES="1"), timeout=120)
        assert r.returncode == 0, r.stderr
        cls.ods_dir = office.convert(os.path.join(d, "ods"), "ods", [cls.template, cls.export])
        cls.xls_dir = office.convert(os.path.join(d, "xls"), "xls", [cls.template, cls.export])

    @classmethod
    def tearDownClass(cls):
        cls.tmp.cleanup()

    def check_template(self, out, computed, percent_formats):
        self.assertEqual([s["name"] for s in out["sheets"]], ["自评表", "说明"])   # hidden one left out
        s = out["sheets"][0]
        c = cells(s)
        self.assertEqual(c[(0, 0)][0], "2020年度部门整体支出绩效自评表")
        self.assertEqual(c[(1, 3)][0], "指标值")
        self.assertNotIn((1, 4), c)                                   # covered by the merge
        self.assertEqual(c[(2, 4)][0], "目标值")
        self.assertEqual(c[(3, 4)], ("3000篇（条）", None, False, False))
        self.assertEqual(c[(3, 5)][1], 3120)
        self.assertEqual(c[(4, 4)][1], 0.95)
        self.assertEqual(c[(4, 4)][2], percent_formats)
        if percent_formats:
            self.assertEqual(c[(4, 4)][0], "95%")
            self.assertEqual(c[(5, 4)][0], "1%")
        self.assertEqual(c[(5, 4)][1], 0.01)
        self.assertEqual(c[(6, 4)], ("90%", None, False, False))      # typed as text stays text
        self.assertEqual(c[(6, 7)][1], 9.75)
        self.assertEqual(c[(4, 8)][0], "年底集中发文，\n次年补录")
        self.assertEqual(c[(7, 0)][0], "合计")
        if computed:
            self.assertEqual(c[(7, 6)][1], 30)
            self.assertEqual(c[(7, 7)][1], 26.75)
        else:   # openpyxl saves the formula only
            self.assertEqual(c[(7, 6)], (None, None, False, True))
            self.assertEqual(c[(7, 7)], (None, None, False, True))
        self.assertGreaterEqual(merges(s), {(0, 0, 1, 8), (1, 3, 1, 2), (1, 0, 2, 1), (1, 7, 2, 1),
                                            (3, 0, 3, 1), (3, 1, 2, 1)})
        n = cells(out["sheets"][1])
        self.assertEqual(n[(1, 0)][0], "  缩进 <a & b>")

    def test_openpyxl_template(self):
        self.check_template(dump(self.template), computed=False, percent_formats=True)

    def test_libreoffice_ods(self):
        self.check_template(dump(os.path.join(self.ods_dir, "template.ods")), computed=True, percent_formats=True)

    def test_libreoffice_xls(self):
        # libfreexl has no number formats: they come from the FORMAT and XF records.
        self.check_template(dump(os.path.join(self.xls_dir, "template.xls")), computed=True, percent_formats=True)

    def test_export_as_openpyxl_reads_it(self):
        """Every cell of every sheet of Jixiao's workbook as openpyxl reads the cached values."""
        out = dump(self.export)
        wb = openpyxl.load_workbook(self.export, data_only=True)
        self.assertEqual([s["name"] for s in out["sheets"]], wb.sheetnames)
        self.assertEqual(out["sheets"][0]["name"], "自评表")
        for sheet, ws in zip(out["sheets"], wb.worksheets):
            c = cells(sheet)
            seen = 0
            for row in ws.iter_rows():
                for cell in row:
                    key = (cell.row - 1, cell.column - 1)
                    if cell.value is None or cell.value == "":
                        self.assertNotIn(key, c, (ws.title, cell.coordinate))
                        continue
                    seen += 1
                    text, number, percent, lacking = c[key]
                    self.assertFalse(lacking)
                    if isinstance(cell.value, (int, float)) and not isinstance(cell.value, bool):
                        self.assertIsNotNone(number, (ws.title, cell.coordinate, text))
                        self.assertAlmostEqual(number, cell.value, places=9)
                        self.assertEqual(percent, "%" in cell.number_format, (ws.title, cell.coordinate))
                    else:
                        self.assertEqual(text, cell.value, (ws.title, cell.coordinate))
                        self.assertIsNone(number)
            self.assertEqual(seen, len(c), ws.title)
            self.assertEqual(merges(sheet), {(m.min_row - 1, m.min_col - 1, m.max_row - m.min_row + 1,
                                              m.max_col - m.min_col + 1) for m in ws.merged_cells.ranges}, ws.title)
        # The figures the issue names: 55 level-3 rows, weights 100, scores 98.
        c = cells(out["sheets"][0])
        total = [r for (r, col), v in c.items() if col == 0 and v[0] == "合计"][0]
        self.assertEqual(c[(total, 8)][1], 100)
        self.assertEqual(c[(total, 9)][1], 98)
        names = [r for (r, col), v in c.items() if col == 3 and 3 <= r < total]
        self.assertEqual(len(names), 55)

    def test_export_through_libreoffice(self):
        """The export saved as .ods and .xls by LibreOffice reads as the .xlsx does."""
        want = dump(self.export)
        for path in (os.path.join(self.ods_dir, "sample.ods"), os.path.join(self.xls_dir, "sample.xls")):
            got = dump(path)
            self.assertEqual([s["name"] for s in got["sheets"]], [s["name"] for s in want["sheets"]], path)
            for g, w in zip(got["sheets"], want["sheets"]):
                gc, wc = cells(g), cells(w)
                self.assertEqual(set(gc), set(wc), (path, w["name"]))
                for key, (text, number, percent, lacking) in wc.items():
                    if number is None:
                        self.assertEqual(gc[key][0], text, (path, w["name"], key))
                    else:
                        self.assertAlmostEqual(gc[key][1], number, places=6, msg=(path, w["name"], key))
                self.assertEqual(merges(g), merges(w), (path, w["name"]))

    def test_gb18030_csv(self):
        path = os.path.join(self.tmp.name, "wps.csv")
        with open(path, "w", encoding="gb18030", newline="") as f:
            w = csv.writer(f, lineterminator="\r\n")
            w.writerow(["一级指标", "二级指标", "三级指标", "指标值", "分值", "得分", "偏差原因"])
            w.writerow(["产出指标", "数量指标", "发文数量", "≥3000篇（条）", "10", "9.5", "年底集中发文，\n次年补录"])
            w.writerow(["", "", "覆盖率", "≥95%", "5", "5", '说 "无"'])
            w.writerow(["合计", "", "", "", "15", "14.5", ""])
        with open(path, "rb") as f:
            raw = f.read()
        self.assertRaises(UnicodeDecodeError, raw.decode, "utf-8")
        out = dump(path)
        s = out["sheets"][0]
        self.assertEqual(s["name"], "wps")
        c = cells(s)
        self.assertEqual((s["rows"], s["cols"]), (4, 7))
        self.assertEqual(c[(0, 0)][0], "一级指标")
        self.assertEqual(c[(1, 3)][0], "≥3000篇（条）")
        self.assertEqual(c[(1, 5)][1], 9.5)
        self.assertEqual(c[(1, 6)][0], "年底集中发文，\n次年补录")
        self.assertEqual(c[(2, 6)][0], '说 "无"')
        self.assertEqual(c[(3, 5)][1], 14.5)

    def test_encrypted_xls(self):
        """The LibreOffice .xls with a FILEPASS record after its BOF."""
        with open(os.path.join(self.xls_dir, "template.xls"), "rb") as f:
            data = bytearray(f.read())
        bof = data.find(b"\x09\x08\x10\x00\x00\x06\x05\x00")
        self.assertGreater(bof, 0)
        data[bof + 20:bof + 22] = b"\x2f\x00"
        path = os.path.join(self.tmp.name, "locked.xls")
        with open(path, "wb") as f:
            f.write(data)
        out = dump(path)
        self.assertEqual(out["error"]["code"], 3, out)                # JX_SHEET_ERROR_ENCRYPTED
        self.assertIn("password", out["error"]["message"])

    def test_forged_xls_dimensions(self):
        """A DIMENSIONS record claiming 65,536 × 256 cells is refused before libfreexl allocates."""
        with open(os.path.join(self.xls_dir, "template.xls"), "rb") as f:
            data = bytearray(f.read())
        at = data.find(b"\x00\x02\x0e\x00")
        self.assertGreater(at, 0)
        data[at + 4:at + 18] = b"\x00\x00\x00\x00\x00\x00\x01\x00\x00\x00\x00\x01\x00\x00"
        path = os.path.join(self.tmp.name, "forged.xls")
        with open(path, "wb") as f:
            f.write(data)
        out = dump(path)
        self.assertEqual(out["error"]["code"], 4, out)                # JX_SHEET_ERROR_TOO_LARGE

    def test_truncated(self):
        for src in (self.template, os.path.join(self.ods_dir, "template.ods"), os.path.join(self.xls_dir, "template.xls")):
            with open(src, "rb") as f:
                data = f.read()
            for cut in (len(data) // 2, len(data) - 30):
                path = os.path.join(self.tmp.name, "cut" + os.path.splitext(src)[1])
                with open(path, "wb") as f:
                    f.write(data[:cut])
                out = dump(path)
                self.assertIn("error", out, (src, cut))
                self.assertEqual(out["error"]["domain"], "jx-sheet-error-quark", out)
                self.assertIn(os.path.basename(path), out["error"]["message"])


class Hostile(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory()

    def tearDown(self):
        self.tmp.cleanup()

    def path(self, name):
        return os.path.join(self.tmp.name, name)

    def test_zip_bomb(self):
        """A 300 MB sheet packed into a few hundred kilobytes: refused at the bound, quickly."""
        def write(f):
            f.write(SHEET_HEAD)
            chunk = b'<row r="1"/>' + b" " * (1 << 20)
            for _ in range(300):
                f.write(chunk)
            f.write(SHEET_TAIL)
        path = self.path("bomb.xlsx")
        minimal_xlsx(path, write)
        self.assertLess(os.path.getsize(path), 2 << 20)
        out = dump(path)
        self.assertEqual(out["error"]["code"], 4, out)
        self.assertIn("zip bomb", out["error"]["message"])
        self.assertLess(out["wall"], 30)

    def test_entities(self):
        sheet = (b'<?xml version="1.0"?><!DOCTYPE lol [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]>'
                 b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
                 b'<row r="1"><c r="A1" t="inlineStr"><is><t>&b;</t></is></c></row>' + SHEET_TAIL)
        path = self.path("dtd.xlsx")
        minimal_xlsx(path, sheet)
        out = dump(path)
        self.assertEqual(out["error"]["code"], 2, out)                # JX_SHEET_ERROR_FORMAT
        self.assertIn("damaged", out["error"]["message"])

    def test_hand_made_package(self):
        """Inline and rich strings with phonetic runs, a shared string out of range, no r."""
        shared = ('<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                  '<si><t>产出</t></si><si><r><t>数量</t></r><r><t xml:space="preserve"> 指标</t></r><rPh><t>スウリョウ</t></rPh></si><si/></sst>')
        sheet = (SHEET_HEAD + '<row><c t="s"><v>0</v></c><c t="s"><v>1</v></c><c t="s"><v>2</v></c>'
                 '<c t="inlineStr"><is><t>行内</t></is></c><c t="b"><v>1</v></c><c t="e"><v>#DIV/0!</v></c>'
                 '<c><f>1/0</f></c><c t="str"><f>A1</f><v>产出</v></c><c><v>1.5E3</v></c></row>'
                 '<row r="3"><c r="C3"><v>-0.25</v></c></row>'.encode() + SHEET_TAIL)
        path = self.path("hand.xlsx")
        minimal_xlsx(path, sheet, shared)
        out = dump(path)
        c = cells(out["sheets"][0])
        self.assertEqual(c[(0, 0)][0], "产出")
        self.assertEqual(c[(0, 1)][0], "数量 指标")
        self.assertNotIn((0, 2), c)
        self.assertEqual(c[(0, 3)][0], "行内")
        self.assertEqual(c[(0, 4)][0], "TRUE")
        self.assertEqual(c[(0, 5)][0], "#DIV/0!")
        self.assertEqual(c[(0, 6)], (None, None, False, True))
        self.assertEqual(c[(0, 7)][0], "产出")
        self.assertEqual(c[(0, 8)][:2], ("1500", 1500))
        self.assertEqual(c[(2, 2)][1], -0.25)
        bad = SHEET_HEAD + b'<row r="1"><c r="A1" t="s"><v>7</v></c></row>' + SHEET_TAIL
        minimal_xlsx(path, bad, shared)
        out = dump(path)
        self.assertEqual(out["error"]["code"], 2, out)
        self.assertIn("A1", out["error"]["message"])

    def test_50000_rows(self):
        def write(f):
            f.write(SHEET_HEAD)
            for r in range(1, 50001):
                f.write(f'<row r="{r}"><c r="A{r}" t="inlineStr"><is><t>指标{r}</t></is></c>'
                        f'<c r="B{r}"><v>{r % 100}.5</v></c></row>'.encode())
            f.write(SHEET_TAIL)
        path = self.path("large.xlsx")
        minimal_xlsx(path, write)
        out = dump(path)
        s = out["sheets"][0]
        self.assertEqual(s["rows"], 50000)
        c = cells(s)
        self.assertEqual(c[(49999, 0)][0], "指标50000")
        self.assertEqual(c[(49999, 1)][1], 0.5)
        self.assertLess(out["seconds"], 10)

    def test_ods_repeats(self):
        """A filled cell repeated over every column of a million rows stops at the cell bound;
        the million empty repeated rows LibreOffice writes cost nothing."""
        def ods(path, rows):
            with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
                z.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet", compress_type=zipfile.ZIP_STORED)
                z.writestr("content.xml", '<?xml version="1.0"?><office:document-content '
                           'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
                           'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
                           'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body><office:spreadsheet>'
                           '<table:table table:name="表1">' + rows + '</table:table></office:spreadsheet></office:body></office:document-content>')
        path = self.path("repeat.ods")
        ods(path, '<table:table-row table:number-rows-repeated="1000000"><table:table-cell table:number-columns-repeated="16384" '
                  'office:value-type="float" office:value="1"><text:p>1</text:p></table:table-cell></table:table-row>')
        out = dump(path)
        self.assertEqual(out["error"]["code"], 4, out)
        self.assertLess(out["wall"], 30)
        ods(path, '<table:table-row><table:table-cell table:number-columns-repeated="2"><text:p>甲<text:s text:c="2"/>乙</text:p>'
                  '<text:p>丙<office:annotation><text:p>批注</text:p></office:annotation></text:p></table:table-cell>'
                  '<table:table-cell table:formula="of:=1/0"/><table:table-cell office:value-type="percentage" office:value="0.5"><text:p>50%</text:p></table:table-cell></table:table-row>'
                  '<table:table-row table:number-rows-repeated="1048575"><table:table-cell table:number-columns-repeated="16384"/></table:table-row>')
        out = dump(path)
        s = out["sheets"][0]
        self.assertEqual((s["rows"], s["cols"]), (1, 4))
        c = cells(s)
        self.assertEqual(c[(0, 0)][0], "甲  乙\n丙")
        self.assertEqual(c[(0, 1)][0], "甲  乙\n丙")
        self.assertEqual(c[(0, 2)], (None, None, False, True))
        self.assertEqual(c[(0, 3)], ("50%", 0.5, True, False))

    def test_zero_dates(self):
        """Members dated 0 (month 0, day 0), as some writers leave them, read all the same."""
        path = self.path("zero.xlsx")
        minimal_xlsx(path, SHEET_HEAD + '<row r="1"><c r="A1" t="inlineStr"><is><t>指标</t></is></c></row>'.encode() + SHEET_TAIL)
        with zipfile.ZipFile(path) as z:
            members = [(i.filename, z.read(i)) for i in z.infolist()]
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
            for name, data in members:
                z.writestr(zipfile.ZipInfo(name, date_time=(1980, 0, 0, 0, 0, 0)), data)
        with open(path, "rb") as f:
            self.assertIn(b"PK\x01\x02", f.read())
        out = dump(path)
        self.assertEqual(cells(out["sheets"][0])[(0, 0)][0], "指标", out)

    def test_not_spreadsheets(self):
        path = self.path("report.xlsx")
        with zipfile.ZipFile(path, "w") as z:    # a Word document under a spreadsheet's name
            z.writestr("_rels/.rels", '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                       '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
            z.writestr("word/document.xml", '<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"/>')
        out = dump(path)
        self.assertEqual(out["error"]["code"], 2, out)
        self.assertIn("not a spreadsheet", out["error"]["message"])
        path = self.path("random.xls")
        with open(path, "wb") as f:
            f.write(os.urandom(4096))
        out = dump(path)
        self.assertEqual(out["error"]["code"], 2, out)


if __name__ == "__main__":
    unittest.main(verbosity=2)
