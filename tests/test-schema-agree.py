#!/usr/bin/env python3
# The JSON Schema and the loader agree (issue 13): on every fixture, the sample, the template,
# the fuzz corpus, and on copies of the sample each changed in one member (a required member
# left out, a money figure with 7 decimals, a count of 1.5, NaN, null where a figure must be
# stated, a wrong type …), `jixiao --check` loads the file exactly when
# tests/validate-schema.py (Debian's python3-jsonschema, with the format's text conventions)
# finds it valid.
import concurrent.futures
import copy
import glob
import json
import os
import subprocess
import sys
import tempfile
import unittest

BIN = os.environ["JIXIAO_BIN"]
SAMPLE = os.environ["JIXIAO_SAMPLE"]
HERE = os.environ.get("G_TEST_SRCDIR", os.path.dirname(os.path.abspath(__file__)))
ROOT = os.path.dirname(HERE)
SCHEMA = os.path.join(ROOT, "data", "jixiao.schema.json")
VALIDATOR = os.path.join(HERE, "validate-schema.py")
PYTHON = "/usr/bin/python3" if os.path.exists("/usr/bin/python3") else sys.executable


def loads(path):
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env["LC_ALL"] = "C.UTF-8"
    r = subprocess.run([BIN, "--check", path], capture_output=True, text=True, env=env, timeout=60)
    return r.returncode != 2, r.stderr.strip()


def validate(paths):
    """{path: (valid, messages)} from one run of the validator."""
    r = subprocess.run([PYTHON, VALIDATOR, SCHEMA, *paths], capture_output=True, text=True, timeout=300)
    if r.returncode == 2 and not r.stdout:
        raise AssertionError("validator failed: " + r.stderr)
    result = {}
    for line in r.stdout.splitlines():
        for p in paths:
            if line.startswith(p + ":"):
                if line == p + ": valid":
                    result[p] = (True, [])
                else:
                    result[p] = (False, result.get(p, (False, []))[1] + [line[len(p) + 1:].strip()])
                break
    missing = [p for p in paths if p not in result]
    if missing:
        raise AssertionError(f"no verdict for {missing}: {r.stderr}")
    return result


# ---- one change per copy of the sample ----

def at(doc, path):
    for key in path[:-1]:
        doc = doc[key]
    return doc, path[-1]


def set_(path, value):
    def change(doc):
        parent, key = at(doc, path)
        parent[key] = value
    return change


def remove(path):
    def change(doc):
        parent, key = at(doc, path)
        del parent[key]
    return change


LEAF = ["indicators", 0, "children", 0, "children", 0]
PART_LEAF = ["indicators", 0, "children", 1, "children", 1]   # 在职人员控制率
GROUP = ["indicators", 0, "children", 0]

MUTATIONS = {
    # required members
    "no-format": remove(["format"]),
    "no-version": remove(["version"]),
    "no-department": remove(["department"]),
    "no-department-name": remove(["department", "name"]),
    "no-department-year": remove(["department", "year"]),
    "no-item-name": remove(["budget", "revenue", "items", 0, "name"]),
    "no-three-public-item-name": remove(["budget", "three_public", "items", 0, "name"]),
    "no-indicator-name": remove(LEAF + ["name"]),
    "no-dimension-weight": remove(["indicators", 0, "weight"]),
    "no-leaf-weight": remove(LEAF + ["weight"]),
    "no-band-min": remove(["scoring", "grade_bands", 0, "min"]),
    "no-restatement-value": remove(["restatements", 0, "value"]),
    "no-restatement-path": remove(["restatements", 0, "path"]),
    "no-rule-kind": remove(LEAF + ["rule", "kind"]),
    # decimals and ranges
    "money-6-decimals": set_(["budget", "projects", "initial"], 645.881234),
    "money-7-decimals": set_(["budget", "projects", "initial"], 645.8812345),
    "money-too-large": set_(["budget", "procurement", "budget"], 1000000001),
    "money-largest": set_(["budget", "procurement", "budget"], -1000000000),
    "money-exponent": set_(["budget", "procurement", "budget"], 3.6054e2),
    "count-whole-float": set_(["department", "staffing", "actual", "total"], 93.0),
    "count-fraction": set_(["department", "staffing", "actual", "total"], 93.5),
    "count-negative": set_(["department", "staffing", "actual", "total"], -1),
    "count-too-large": set_(["department", "staffing", "actual", "total"], 10000001),
    "year-fraction": set_(["department", "year"], 2020.5),
    "weight-negative": set_(LEAF + ["weight"], -1),
    "weight-huge": set_(LEAF + ["weight"], 1e13),
    "score-negative": set_(LEAF + ["score"], -0.5),
    "decimals-negative": set_(["scoring", "decimals"], -1),
    "share-over-100": set_(LEAF + ["rule", "share"], 120),
    # null where it means "not stated", and where a figure must be stated
    "money-null": set_(["budget", "revenue", "total"], None),
    "count-null": set_(["department", "staffing", "actual", "total"], None),
    "text-null": set_(["budget", "revenue", "note"], None),
    "list-null": set_(["department", "functions"], None),
    "weight-null": set_(LEAF + ["weight"], None),
    "grade-null": set_(LEAF + ["rule", "grade"], None),
    "metric-empty": set_(LEAF + ["metric"], ""),
    "year-null": set_(["department", "year"], None),
    "version-null": set_(["version"], None),
    "share-null": set_(LEAF + ["rule", "share"], None),
    "band-min-null": set_(["scoring", "grade_bands", 0, "min"], None),
    "kind-null": set_(LEAF + ["rule", "kind"], None),
    "direction-null": set_(PART_LEAF + ["parts", 0, "direction"], None),
    # types and names
    "weight-text": set_(LEAF + ["weight"], "1"),
    "name-number": set_(["department", "name"], 5),
    "applicable-text": set_(LEAF + ["applicable"], "yes"),
    "core-number": set_(LEAF + ["core"], 1),
    "core-true": set_(LEAF + ["core"], True),
    "heading": set_(LEAF + ["heading"], "绩效指标相关性"),
    "heading-number": set_(LEAF + ["heading"], 1),
    "heading-null": set_(LEAF + ["heading"], None),
    "stated-grade": set_(["indicators", 0, "stated_grade"], "良好"),
    "stated-grade-number": set_(["indicators", 0, "stated_grade"], 90),
    "total-stated-grade": set_(["conclusion", "stated_grade"], "优"),
    "total-stated-grade-array": set_(["conclusion", "stated_grade"], ["优"]),
    "metric-unknown": set_(LEAF + ["metric"], "staff_rate"),
    "metric-new": set_(PART_LEAF + ["metric"], "carry_over_rate"),
    "direction-unknown": set_(PART_LEAF + ["parts", 0, "direction"], "gte"),
    "execution-base": set_(["scoring", "execution_base"], "adjusted_and_opening_balance"),
    "execution-base-unknown": set_(["scoring", "execution_base"], "opening"),
    "initial-target-text": set_(PART_LEAF + ["parts", 0, "initial_target"], "100"),
    "initial-target": set_(PART_LEAF + ["parts", 0, "initial_target"], 90),
    "opening-balance": set_(["budget", "execution", "opening_balance"], 86.12),
    "previous-total-text": set_(["budget", "revenue", "previous_total"], "3700"),
    "sub-items": set_(["budget", "revenue", "items", 0, "items"], [{"name": "其中", "amount": 1.5}]),
    "sub-item-no-name": set_(["budget", "revenue", "items", 0, "items"], [{"amount": 1.5}]),
    "three-public-sub-items": set_(["budget", "three_public", "items", 1, "items"], [{"name": "a", "budget": 0.123456}]),
    "department-array": set_(["department"], []),
    # levels
    "leaf-children": set_(LEAF + ["children"], [{"name": "x", "weight": 1}]),
    "leaf-children-empty": set_(LEAF + ["children"], []),
    "group-score": set_(GROUP + ["score"], 2),
    "unknown-member": set_(["conclusion", "stated_totl"], 98),
}

# Texts a JSON value cannot be built for: (name, old text of the sample, new text).
TEXT_MUTATIONS = {
    "nan": ('"total": 3751,', '"total": NaN,'),
    "infinity": ('"total": 3751,', '"total": Infinity,'),
    "lone-surrogate": ('"preparer": "",', '"preparer": "\\ud800",'),
    "nul": ('"preparer": "",', '"preparer": "a\\u0000b",'),
    "noncharacter": ('"preparer": "",', '"preparer": "\\ufffe",'),
    "digits-19": ('"total": 3751,', '"total": 1234567890123456789,'),
    "digits-18": ('"version": 1,', '"version": 1, "future": 123456789012345678,'),
    "duplicate": ('"version": 1,', '"version": 1, "version": 1,'),
    "huge-unknown": ('"version": 1,', '"version": 1, "future": 1e999,'),
}


class Agree(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.TemporaryDirectory()
        with open(SAMPLE, encoding="utf-8") as f:
            cls.sample_text = f.read()
        sample = json.loads(cls.sample_text)
        cls.made = []
        for name, change in MUTATIONS.items():
            doc = copy.deepcopy(sample)
            change(doc)
            path = os.path.join(cls.tmp.name, name + ".jixiao")
            with open(path, "w", encoding="utf-8") as f:
                json.dump(doc, f, ensure_ascii=False, indent=2)
            cls.made.append(path)
        for name, (old, new) in TEXT_MUTATIONS.items():
            assert old in cls.sample_text, old
            path = os.path.join(cls.tmp.name, name + ".jixiao")
            with open(path, "w", encoding="utf-8") as f:
                f.write(cls.sample_text.replace(old, new, 1))
            cls.made.append(path)

    @classmethod
    def tearDownClass(cls):
        cls.tmp.cleanup()

    def agree(self, paths):
        verdicts = validate(paths)
        with concurrent.futures.ThreadPoolExecutor(max_workers=4) as pool:
            loaded_by_path = dict(zip(paths, pool.map(loads, paths)))
        disagreements = []
        for p in paths:
            loaded, error = loaded_by_path[p]
            valid, messages = verdicts[p]
            if loaded != valid:
                disagreements.append(f"{os.path.relpath(p, ROOT) if p.startswith(ROOT) else os.path.basename(p)}: "
                                     f"loader {'loads it' if loaded else 'refuses it: ' + error}; "
                                     f"schema {'valid' if valid else 'invalid: ' + '; '.join(messages)}")
        self.assertEqual(disagreements, [])
        return verdicts

    def test_fixtures(self):
        paths = sorted(glob.glob(os.path.join(HERE, "fixtures", "**", "*.jixiao"), recursive=True))
        paths += sorted(glob.glob(os.path.join(HERE, "fuzz", "corpus", "*")))
        paths += [SAMPLE] + sorted(glob.glob(os.path.join(ROOT, "data", "templates", "*.jixiao")))
        self.assertGreater(len(paths), 50)
        verdicts = self.agree(paths)
        # both ways: some load, some do not
        self.assertTrue(verdicts[SAMPLE][0])
        self.assertIn(False, [v for v, _ in verdicts.values()])

    def test_one_change_each(self):
        verdicts = self.agree(self.made)
        by_name = {os.path.basename(p)[:-len(".jixiao")]: v for p, (v, _) in verdicts.items()}
        # the cases the issue names, and that the changes did what they say
        for name in ("no-department-year", "no-band-min", "money-7-decimals", "count-fraction", "nan",
                     "infinity", "year-null", "share-null", "leaf-children", "duplicate", "lone-surrogate"):
            self.assertFalse(by_name[name], name)
        for name in ("money-6-decimals", "count-whole-float", "money-null", "grade-null", "metric-empty",
                     "no-leaf-weight", "weight-negative", "group-score", "unknown-member", "sub-items",
                     "three-public-sub-items", "digits-18", "execution-base", "metric-new"):
            self.assertTrue(by_name[name], name)


if __name__ == "__main__":
    unittest.main(verbosity=2)
