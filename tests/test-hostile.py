#!/usr/bin/env python3
# Hostile documents against the real binary with no display (issue 8): every one gives exit 2
# from `jixiao --check`, a message on stderr naming the file (and line:col where there is
# one), nothing on stdout, and nothing written beside it. The fixtures are in
# tests/fixtures/hostile/ (ok-*.jixiao must load); the big ones, the folder, the unreadable
# file and one wrong-typed copy of the sample per member are made here.
import json
import os
import re
import shutil
import stat
import subprocess
import tempfile
import unittest

BIN = os.environ["JIXIAO_BIN"]
SAMPLE = os.environ["JIXIAO_SAMPLE"]
FIXTURES = os.path.join(os.environ.get("G_TEST_SRCDIR", os.path.dirname(os.path.abspath(__file__))),
                        "fixtures", "hostile")
NOBODY = 65534

# fixture → (the message has line:col, a text the message must contain)
EXPECT = {
    "bom-only.jixiao": (False, "the file is empty"),
    "deep-arrays.jixiao": (True, "nested more than 64 levels"),
    "deep-indicators.jixiao": (True, "indicators[0].children[0].children[0].children: indicators have three levels"),
    "deep-objects.jixiao": (True, "nested more than 64 levels"),
    "deep-unclosed.jixiao": (True, "nested more than 64 levels"),
    "duplicate-key-deep.jixiao": (True, "“weight” appears twice"),
    "duplicate-key-root.jixiao": (True, "“version” appears twice"),
    "empty.jixiao": (False, "the file is empty"),
    "encoding-gbk.jixiao": (True, "not UTF-8"),
    "encoding-utf16le-bom.jixiao": (True, "not UTF-8"),
    "future-version.jixiao": (False, "newer Jixiao"),
    "html.jixiao": (True, "not valid JSON"),
    "infinity-negative.jixiao": (True, "not valid JSON"),
    "infinity.jixiao": (True, "Infinity"),
    "missing-required.jixiao": (True, "department.name: this member is required"),
    "nan-lowercase.jixiao": (True, "nan"),
    "nan.jixiao": (True, "NaN"),
    "not-jixiao.jixiao": (False, "not a Jixiao document"),
    "nul-byte.jixiao": (True, "not UTF-8"),
    "number-fraction-count.jixiao": (True, "department.staffing.authorized.total: expected a whole number"),
    "number-huge-amount.jixiao": (True, "budget.procurement.budget: amount"),
    "number-huge-exponent.jixiao": (True, "budget.procurement.budget: amount"),
    "number-huge-integer.jixiao": (True, "99999999999999999999999999 is too large"),
    "number-huge-negative-amount.jixiao": (True, "budget.projects.initial: amount"),
    "number-huge-unknown.jixiao": (True, "future: the number is out of range"),
    "number-huge-weight.jixiao": (True, "indicators[0].weight: number"),
    "number-int64-wrap.jixiao": (True, "9223372036854775808 is too large"),
    "number-negative-count.jixiao": (True, "department.staffing.actual.total: a number of people cannot be negative"),
    "number-negative-version.jixiao": (False, "version: -1"),
    "number-too-many-decimals.jixiao": (True, "budget.projects.initial"),
    "number-year-out-of-int.jixiao": (True, "department.year"),
    "root-array.jixiao": (False, "not a Jixiao document"),
    "root-null.jixiao": (False, "not a Jixiao document"),
    "root-string.jixiao": (False, "not a Jixiao document"),
    "text-after-document.jixiao": (True, "more text after the end"),
    "text-escaped-nul.jixiao": (True, "department.preparer: the text holds the null character \\u0000"),
    "text-escaped-nul-unknown.jixiao": (True, "future: the text holds the null character \\u0000"),
    "text-noncharacter.jixiao": (True, "department.name: the text holds U+FFFF, a Unicode noncharacter"),
    "text-noncharacter-escaped.jixiao": (True, "department.name: the text holds U+10FFFF, a Unicode noncharacter"),
    "trailing-comma.jixiao": (True, "not valid JSON"),
    "truncated.jixiao": (True, "the file is cut off at line 1"),
    "two-documents.jixiao": (True, "more text after the end"),
    "utf8-escaped-lone-surrogate.jixiao": (True, "department.preparer: the text is not valid Unicode"),
    "utf8-invalid-byte.jixiao": (True, "invalid byte 0xFF"),
    "utf8-overlong.jixiao": (True, "invalid byte 0xC0"),
    "utf8-surrogate-bytes.jixiao": (True, "invalid byte 0xED"),
    # Cut inside a character: the end of the file, not its encoding (issue 14).
    "utf8-truncated-at-end.jixiao": (True, "the file is cut off at line 1"),
    "whitespace-only.jixiao": (False, "not a Jixiao document"),
}


def read_sample():
    with open(SAMPLE, encoding="utf-8") as f:
        return f.read()


def env():
    e = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    e["LC_ALL"] = "C.UTF-8"
    return e


def check(path, cwd, user=None):
    return subprocess.run([BIN, "--check", path], capture_output=True, env=env(), cwd=cwd,
                          timeout=120, user=user)


def listing(folder):
    out = []
    for root, dirs, files in os.walk(folder):
        for n in dirs + files:
            p = os.path.join(root, n)
            st = os.lstat(p)
            out.append((os.path.relpath(p, folder), st.st_size, st.st_mtime_ns, st.st_mode))
    return sorted(out)


class Hostile(unittest.TestCase):
    def setUp(self):
        self.folder = tempfile.mkdtemp(prefix="jx-hostile-")
        os.chmod(self.folder, 0o755)   # the unreadable case runs as nobody when we are root

    def tearDown(self):
        for root, dirs, files in os.walk(self.folder):
            for n in dirs:
                os.chmod(os.path.join(root, n), 0o755)
        shutil.rmtree(self.folder)

    def assertRefused(self, path, linecol, expect, user=None):
        before = listing(self.folder)
        r = check(path, self.folder, user)
        out = r.stdout.decode("utf-8")
        err = r.stderr.decode("utf-8")   # the message itself must be UTF-8, whatever the file held
        name = os.path.basename(path)
        self.assertEqual(r.returncode, 2, (name, out, err))
        self.assertEqual(out, "", name)
        self.assertTrue(err.startswith(path + (":" if linecol else ": ")), (name, err))
        if linecol:
            self.assertRegex(err, "^" + re.escape(path) + r":\d+:\d+: ", name)
        self.assertIn(expect, err, name)
        self.assertEqual(len(err.strip().splitlines()), 1, (name, err))
        self.assertNotIn("CRITICAL", err)
        self.assertNotIn("WARNING", err)
        self.assertEqual(listing(self.folder), before, f"{name}: something was written")
        return err

    def test_fixtures(self):
        names = sorted(os.listdir(FIXTURES))
        unknown = [n for n in names if n not in EXPECT and not n.startswith("ok-")]
        self.assertEqual(unknown, [], "fixtures without an expectation in test-hostile.py")
        for n in names:
            shutil.copy(os.path.join(FIXTURES, n), self.folder)
        for n in names:
            path = os.path.join(self.folder, n)
            with self.subTest(fixture=n):
                if n.startswith("ok-"):
                    r = check(path, self.folder)
                    # Loads: exit 0 (valid) or 1 (findings), never 2.
                    self.assertIn(r.returncode, (0, 1), (n, r.stderr))
                    self.assertEqual(r.stderr, b"", n)
                else:
                    self.assertRefused(path, *EXPECT[n])

    def test_50mb_string(self):
        doc = json.loads(read_sample())
        doc["department"]["name"] = "字" * (50 * 1024 * 1024 // 3)
        path = os.path.join(self.folder, "long-name.jixiao")
        with open(path, "w", encoding="utf-8") as f:
            json.dump(doc, f, ensure_ascii=False)
        self.assertGreater(os.path.getsize(path), 50 * 1024 * 1024)
        self.assertRefused(path, True, "department.name: text of 52428798 bytes is too long")

    def test_text_just_too_long(self):
        doc = json.loads(read_sample())
        doc["department"]["functions"][3] = "x" * (1024 * 1024 + 1)
        path = os.path.join(self.folder, "long-function.jixiao")
        with open(path, "w", encoding="utf-8") as f:
            json.dump(doc, f, ensure_ascii=False)
        self.assertRefused(path, True, "department.functions[3]: text too long")

    def test_too_large_file(self):
        path = os.path.join(self.folder, "huge.jixiao")
        with open(path, "wb") as f:
            f.truncate(65 * 1024 * 1024)   # sparse: takes no room
        self.assertRefused(path, False, "a Jixiao document is at most 64 MB")

    def test_folder(self):
        path = os.path.join(self.folder, "report.jixiao")
        os.mkdir(path)
        self.assertRefused(path, False, "is a folder")

    def test_missing(self):
        path = os.path.join(self.folder, "missing.jixiao")
        self.assertRefused(path, False, "cannot open")

    def test_unreadable(self):
        path = os.path.join(self.folder, "secret.jixiao")
        shutil.copy(SAMPLE, path)
        os.chmod(path, 0)
        # Root reads anything: then run the binary as nobody (it must be able to reach BIN).
        user = NOBODY if os.geteuid() == 0 else None
        if user is not None:
            probe = subprocess.run([BIN, "--help"], capture_output=True, env=env(), user=user, timeout=60)
            if probe.returncode != 0:
                self.skipTest(f"{BIN} cannot run as nobody here")
        err = self.assertRefused(path, False, "cannot read", user=user)
        self.assertIn("ermission denied", err)

    def test_unreadable_folder(self):
        sub = os.path.join(self.folder, "locked")
        os.mkdir(sub)
        shutil.copy(SAMPLE, os.path.join(sub, "a.jixiao"))
        os.chmod(sub, 0)
        user = NOBODY if os.geteuid() == 0 else None
        self.assertRefused(os.path.join(sub, "a.jixiao"), False, "ermission denied", user=user)


def wrong_value(value):
    """A value of another JSON type than `value`."""
    if isinstance(value, bool):
        return "yes"
    if isinstance(value, (int, float)):
        return "12"
    if isinstance(value, str):
        return 12
    if isinstance(value, list):
        return {"0": value[:1]}
    if isinstance(value, dict):
        return [value] if value else []
    return {"value": None}   # null: an object is wrong for every nullable scalar


def members(node, path=""):
    """(path, generic path) of every value in the document but the root, in document order;
    the generic path has [] for every index."""
    items = node.items() if isinstance(node, dict) else enumerate(node) if isinstance(node, list) else ()
    for key, value in items:
        if isinstance(node, dict):
            p = f"{path}.{key}" if path else key
        else:
            p = f"{path}[{key}]"
        yield p, re.sub(r"\[\d+\]", "[]", p)
        yield from members(value, p)


class WrongTypes(unittest.TestCase):
    """Each member of the sample, at every level, replaced by a value of a wrong type (the
    first occurrence of each member of the format): a clean error naming its JSON path."""

    def test_every_member(self):
        text = read_sample()
        seen = set()
        cases = []
        doc = json.loads(text)
        for path, generic in members(doc):
            # Members the format does not define (the sample's `transcription` remarks) are
            # kept whatever their type: they are not the format's to check.
            if generic in seen or "transcription" in generic:
                continue
            seen.add(generic)
            cases.append((path, generic))
        self.assertGreater(len(cases), 100)
        print(f"\n  {len(cases)} members of the sample, each with a wrong type", end=" ", flush=True)
        with tempfile.TemporaryDirectory() as folder:
            for i, (path, generic) in enumerate(cases):
                doc = json.loads(text)
                node = doc
                for part in re.findall(r"[^.\[\]]+|\[\d+\]", path)[:-1]:
                    node = node[int(part[1:-1])] if part.startswith("[") else node[part]
                last = re.findall(r"[^.\[\]]+|\[\d+\]", path)[-1]
                key = int(last[1:-1]) if last.startswith("[") else last
                node[key] = wrong_value(node[key])
                file = os.path.join(folder, f"wrong-{i:03d}.jixiao")
                with open(file, "w", encoding="utf-8") as f:
                    json.dump(doc, f, ensure_ascii=False, indent=2)
                before = sorted(os.listdir(folder))
                r = check(file, folder)
                err = r.stderr.decode("utf-8")
                with self.subTest(path=path):
                    self.assertEqual(r.returncode, 2, (path, err))
                    self.assertEqual(r.stdout, b"", path)
                    if path == "format":
                        self.assertIn('"format": "jixiao"', err)
                    else:
                        self.assertRegex(err, "^" + re.escape(file) + r":\d+:\d+: " + re.escape(path) + ": ",
                                         path)
                        self.assertRegex(err, r": expected (a|an|true) ", path)
                    self.assertEqual(sorted(os.listdir(folder)), before)
                os.unlink(file)


if __name__ == "__main__":
    unittest.main(verbosity=2)
