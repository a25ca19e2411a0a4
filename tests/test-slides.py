#!/usr/bin/env python3
# The presentation as a 16:9 PDF, from the command line with no display.
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
    return subprocess.run([BIN, *args], capture_output=True, text=True, env=env, timeout=120)


def pdf_pages_text(path):
    out = subprocess.run(["pdftotext", "-layout", path, "-"], capture_output=True, text=True, check=True).stdout
    return out.split("\f")


def slide_pixels(pdf, page):
    """Page `page` (1-based) rasterised at 1920 × 1080: (width, height, RGB bytes)."""
    ppm = subprocess.run(["pdftoppm", "-f", str(page), "-l", str(page), "-scale-to-x", "1920", "-scale-to-y", "1080",
                          pdf], capture_output=True, check=True).stdout
    m = re.match(rb"P6\s+(\d+)\s+(\d+)\s+255\s", ppm)
    w, h = int(m.group(1)), int(m.group(2))
    return w, h, ppm[m.end():]


def pdf_words(pdf):
    """Per page, (width, height, text) of each word as pdftotext -bbox places it (points)."""
    out = subprocess.run(["pdftotext", "-bbox", pdf, "-"], capture_output=True, text=True, check=True).stdout
    pages = []
    for page in out.split("<page ")[1:]:
        words = []
        for m in re.finditer(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>', page):
            x0, y0, x1, y1 = map(float, m.groups()[:4])
            words.append((x1 - x0, y1 - y0, m.group(5)))
        pages.append(words)
    return pages


def type_sizes_px(pdf):
    """Per page, (type size in px of a 1920 × 1080 slide, word) of every word. A Chinese
    character is one em wide, so the words of Chinese characters alone give the ratio of a
    word's box height to its type size (the same for every word of the one font)."""
    pages = pdf_words(pdf)
    han = re.compile(r"^[\u4e00-\u9fff]{2,}$")
    ratios = sorted(h / (w / len(t)) for words in pages for w, h, t in words if han.match(t))
    assert len(ratios) > 20, ratios
    ratio = ratios[len(ratios) // 2]
    assert ratios[-1] / ratios[0] < 1.02, (ratios[0], ratios[-1])
    return [[(h / ratio * 1920 / 1280, t) for w, h, t in words] for words in pages]


class Slides(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.dir = tempfile.TemporaryDirectory()
        cls.pdf = os.path.join(cls.dir.name, "slides.pdf")
        r = run("--export-slides", cls.pdf, SAMPLE)
        assert r.returncode == 0, r.stderr
        cls.pages = [p for p in pdf_pages_text(cls.pdf) if p.strip()]

    @classmethod
    def tearDownClass(cls):
        cls.dir.cleanup()

    def test_pages_are_16_9(self):
        info = subprocess.run(["pdfinfo", "-f", "1", "-l", "99", self.pdf], capture_output=True, text=True).stdout
        sizes = [l for l in info.splitlines() if l.startswith("Page") and "size:" in l]
        self.assertGreaterEqual(len(sizes), 8)
        for line in sizes:
            self.assertIn("1280 x 720 pts", line)

    def test_title_slide(self):
        first = self.pages[0]
        self.assertIn("武汉市新洲区融媒体中心", first)
        self.assertIn("98", first)
        self.assertIn("优秀", first)

    def test_key_figures(self):
        text = self.pages[1]
        for figure in ("3,751.00", "100.00%", "92.08%", "-67.65%"):
            self.assertIn(figure, text)

    def test_counter_and_content(self):
        n = len(self.pages)
        self.assertIn(f"{n} / {n}", self.pages[-1])
        whole = "".join(self.pages)
        # charts of the budget structure, the completion slide and the problems
        self.assertIn("2,725.07", whole)
        self.assertIn("2108.33%", whole.replace(",", ""))
        self.assertIn("62.52%", whole)
        self.assertIn("加强预算绩效管理制度建设", whole.replace(" ", "").replace("\n", ""))

    def test_choice_saved_in_document(self):
        with open(SAMPLE, encoding="utf-8") as f:
            doc = json.load(f)
        doc["presentation"]["slides"] = [
            {"id": "key-figures", "shown": True},
            {"id": "title", "shown": True},
            {"id": "chart:revenue", "shown": False},
        ]
        path = os.path.join(self.dir.name, "chosen.jixiao")
        out = os.path.join(self.dir.name, "chosen.pdf")
        with open(path, "w", encoding="utf-8") as f:
            json.dump(doc, f, ensure_ascii=False)
        r = run("--export-slides", out, path)
        self.assertEqual(r.returncode, 0, r.stderr)
        pages = [p for p in pdf_pages_text(out) if p.strip()]
        self.assertEqual(len(pages), 2)
        self.assertIn("92.08%", pages[0])       # key figures first
        self.assertIn("优秀", pages[1])          # then the title

    def test_dark(self):
        out = os.path.join(self.dir.name, "dark.pdf")
        r = run("--export-slides", out, "--style", "dark", SAMPLE)
        self.assertEqual(r.returncode, 0, r.stderr)
        png = os.path.join(self.dir.name, "dark")
        subprocess.run(["pdftoppm", "-png", "-r", "10", "-f", "1", "-l", "1", out, png], check=True)
        first = [f for f in os.listdir(self.dir.name) if f.startswith("dark") and f.endswith(".png")][0]
        # the corner pixel of a dark slide is dark
        ppm = subprocess.run(["pdftoppm", "-r", "10", "-f", "1", "-l", "1", "-x", "0", "-y", "0", "-W", "1", "-H", "1", out],
                             capture_output=True, check=True).stdout
        r_, g_, b_ = ppm[-3:]
        self.assertLess(r_ + g_ + b_, 3 * 80, first)

    def test_dark_charts_fill_the_slide(self):
        """A dark chart slide is one colour from edge to edge: the chart is drawn on the
        slide's own background, not on a grey panel of its own."""
        out = os.path.join(self.dir.name, "dark-charts.pdf")
        r = run("--export-slides", out, "--style", "dark", SAMPLE)
        self.assertEqual(r.returncode, 0, r.stderr)
        texts = [p for p in pdf_pages_text(out) if p.strip()]
        charts = [i + 1 for i, t in enumerate(texts)
                  if t.lstrip().startswith(("Revenue structure", "Scores by dimension", "Budget execution\n"))]
        self.assertEqual(len(charts), 3, texts)
        for page in charts:
            w, h, px = slide_pixels(out, page)
            self.assertEqual((w, h), (1920, 1080))
            corner = px[0:3]
            self.assertLess(sum(corner), 3 * 40, page)
            same = sum(1 for i in range(0, len(px), 3 * 97) if px[i:i + 3] == corner)
            share = same / (len(px) / (3 * 97))
            # the points where the chart's own frame would be: a band inside the slide's edge
            for x, y in ((60, 60), (1860, 60), (60, 1020), (960, 1040), (1860, 540)):
                i = (y * w + x) * 3
                self.assertEqual(px[i:i + 3], corner, (page, x, y))
            self.assertGreater(share, 0.5, (page, share))

    def test_labels_at_least_28px(self):
        """Every word of every slide, light and dark, is set at 28 px or more of a 1080p slide."""
        dark = os.path.join(self.dir.name, "dark-sizes.pdf")
        r = run("--export-slides", dark, "--style", "dark", SAMPLE)
        self.assertEqual(r.returncode, 0, r.stderr)
        for pdf in (self.pdf, dark):
            for n, words in enumerate(type_sizes_px(pdf), 1):
                self.assertTrue(words, n)
                smallest = min(words)
                self.assertGreaterEqual(smallest[0], 27.5, (pdf, n, smallest))

    def completion_words(self, pdf):
        """The words of the completion slide: (x, text) in points, and its whole text."""
        texts = pdf_pages_text(pdf)
        page = next(i for i, t in enumerate(texts) if t.lstrip().startswith("Target completion"))
        out = subprocess.run(["pdftotext", "-bbox", "-f", str(page + 1), "-l", str(page + 1), pdf, "-"],
                             capture_output=True, text=True, check=True).stdout
        words = [(float(m.group(1)), m.group(2))
                 for m in re.finditer(r'<word xMin="([\d.]+)" yMin="[\d.]+" xMax="[\d.]+" yMax="[\d.]+">([^<]*)</word>', out)]
        return words, texts[page]

    def test_completion_lowest_only_below_target(self):
        """The right column lists only the indicators below target (the sample has one,
        政府采购执行率 62.52%), no 100% rows to pad it; names are whole, never cut with "…"."""
        words, text = self.completion_words(self.pdf)
        right = [t for x, t in words if x > 640 and t.endswith("%")]
        self.assertEqual(right, ["62.52%"], words)
        joined = re.sub(r"\s+", "", text)
        self.assertIn("政府采购执行率", joined)
        self.assertIn("新媒体平台发布信息总点击量", joined)   # was "新媒体平台发布信息总点击…"
        self.assertNotIn("…", text)

    def test_completion_many_below_target(self):
        """Many below target: as many rows as fit, lowest first, then "N more below target";
        a name too long for three lines ends in "…" and the slide says so."""
        with open(SAMPLE, encoding="utf-8") as f:
            doc = json.load(f)

        def leaves(nodes):
            for n in nodes:
                if n.get("children"):
                    yield from leaves(n["children"])
                else:
                    yield n
        for n in leaves(doc["indicators"]):
            for part in n.get("parts") or []:
                if part.get("direction") == "ge" and isinstance(part.get("target"), (int, float)) and part["target"] > 0:
                    part["actual"] = part["target"] * 0.4
            if n["name"].startswith("精准扶贫"):
                n["name"] = n["name"] * 4
        path = os.path.join(self.dir.name, "below.jixiao")
        out = os.path.join(self.dir.name, "below.pdf")
        with open(path, "w", encoding="utf-8") as f:
            json.dump(doc, f, ensure_ascii=False)
        metrics = json.loads(run("--metrics", path).stdout)
        below = [i for i in metrics["indicators"] if i["completion"] is not None and round(i["completion"], 2) < 100]
        self.assertGreater(len(below), 10)
        r = run("--export-slides", out, path)
        self.assertEqual(r.returncode, 0, r.stderr)
        words, text = self.completion_words(out)
        shown = [float(t.rstrip("%").replace(",", "")) for x, t in words if x > 640 and t.endswith("%")]
        self.assertGreaterEqual(len(shown), 3)
        self.assertTrue(all(v < 100 for v in shown), shown)
        self.assertEqual(shown, sorted(shown))
        self.assertEqual(shown[0], min(round(i["completion"], 2) for i in below))
        more = re.search(r"(\d+) more below target", text)
        self.assertIsNotNone(more, text)
        self.assertEqual(len(shown) + int(more.group(1)), len(below))
        if "…" in text:
            self.assertIn("the report has them in full", re.sub(r"\s+", " ", text))

    def test_problems_at_most_six_lines(self):
        """The problems and the measures at six lines a slide at most: the sample's measures
        go on over two slides, "Improvement measures (1/2)" and "(2/2)", all of their text."""
        texts = [t for t in self.pages]
        parts = [t for t in texts if t.lstrip().startswith(("Problems", "Improvement measures"))]
        self.assertGreaterEqual(len(parts), 3, parts)
        titles = [t.strip().splitlines()[0].strip() for t in parts]
        self.assertEqual(titles[0], "Problems")
        self.assertIn("Improvement measures (1/2)", titles)
        self.assertIn("Improvement measures (2/2)", titles)
        for t in parts:
            lines = [l for l in t.strip().splitlines()[1:] if l.strip()]
            body = [l for l in lines if not re.fullmatch(r"\s*\d+ / \d+\s*", l)]
            self.assertLessEqual(len(body), 6, t)
        with open(SAMPLE, encoding="utf-8") as f:
            measures = json.load(f)["conclusion"]["measures"]
        shown = re.sub(r"\s+", "", "".join(t.strip().split("\n", 1)[1] for t in parts if "measures" in t.split("\n", 2)[0]))
        shown = re.sub(r"\d+/\d+", "", shown)
        self.assertEqual(shown, re.sub(r"\s+", "", measures))

    def test_problems_not_stated(self):
        """No problems and only blank lines for measures: one slide that says so."""
        with open(SAMPLE, encoding="utf-8") as f:
            doc = json.load(f)
        doc["conclusion"]["problems"] = ""
        doc["conclusion"]["measures"] = "  \n\n "
        path = os.path.join(self.dir.name, "none.jixiao")
        out = os.path.join(self.dir.name, "none.pdf")
        with open(path, "w", encoding="utf-8") as f:
            json.dump(doc, f, ensure_ascii=False)
        r = run("--export-slides", out, path)
        self.assertEqual(r.returncode, 0, r.stderr)
        pages = [p for p in pdf_pages_text(out) if p.strip()]
        self.assertEqual(len(pages), len(self.pages) - 2)
        self.assertTrue(pages[-1].lstrip().startswith("Problems and improvement measures"), pages[-1])
        self.assertIn("(none stated)", pages[-1])

    def test_title_date_in_the_language(self):
        """The title slide prints the report date as the language writes dates: "August 2021"
        in English, "2021 年 8 月" in Chinese (the clerk typed 2021-08)."""
        self.assertIn("August 2021", self.pages[0])
        self.assertNotIn("2021-08", self.pages[0])
        locales = subprocess.run(["locale", "-a"], capture_output=True, text=True).stdout.split()
        if "zh_CN.utf8" not in locales:
            self.skipTest("no zh_CN.UTF-8 locale")
        po = os.path.join(os.environ["G_TEST_SRCDIR"], "..", "po", "zh_CN.po")
        mo_dir = os.path.join(self.dir.name, "locale", "zh_CN", "LC_MESSAGES")
        os.makedirs(mo_dir)
        subprocess.run(["msgfmt", "-o", os.path.join(mo_dir, "jixiao.mo"), po], check=True)
        out = os.path.join(self.dir.name, "zh.pdf")
        env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "LC_ALL")}
        env.update(LANG="zh_CN.UTF-8", LC_ALL="zh_CN.UTF-8", LANGUAGE="zh_CN",
                   JIXIAO_LOCALEDIR=os.path.join(self.dir.name, "locale"))
        r = subprocess.run([BIN, "--export-slides", out, SAMPLE], capture_output=True, text=True, env=env, timeout=120)
        self.assertEqual(r.returncode, 0, r.stderr)
        first = pdf_pages_text(out)[0]
        self.assertIn("2021 年 8 月", first)
        self.assertIn("2020年度部门整体支出绩效自评", first.replace(" ", ""))

    def test_errors_write_nothing(self):
        before = sorted(os.listdir(self.dir.name))
        for args in (("--export-slides", os.path.join(self.dir.name, "x.png"), SAMPLE),
                     ("--export-slides", os.path.join(self.dir.name, "y.pdf"), "--style", "neon", SAMPLE),
                     ("--export-slides", os.path.join(self.dir.name, "z.pdf"), "/nonexistent.jixiao")):
            r = run(*args)
            self.assertEqual(r.returncode, 2, args)
            self.assertTrue(r.stderr.strip())
        self.assertEqual(sorted(os.listdir(self.dir.name)), before)


if __name__ == "__main__":
    unittest.main(verbosity=2)
