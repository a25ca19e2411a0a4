#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# `jixiao --metrics` per indicator of the sample: for every indicator with a numeric target,
# the completion and the score computed by its rule (recomputed here independently, from the
# rules of data/FORMAT.md), and the sample's entered scores unchanged. No display needed.
import json
import math
import os
import subprocess
import unittest
from decimal import ROUND_HALF_UP, Decimal

BIN = os.environ["JIXIAO_BIN"]
SAMPLE = os.environ["JIXIAO_SAMPLE"]


def run(*args):
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env["LC_ALL"] = "C.UTF-8"
    return subprocess.run([BIN, *args], capture_output=True, text=True, env=env, timeout=60)


def half_up(x, decimals=2):
    return float(Decimal(repr(x)).quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP))


def leaves(doc):
    for d in doc["indicators"]:
        for g in d.get("children", []):
            for leaf in g.get("children", []):
                yield f'{d["name"]}/{g["name"]}/{leaf["name"]}', leaf


def part_completion(direction, target, actual):
    if target is None or actual is None or target == 0:
        return None
    if direction in ("le", "lt"):
        c = 100 if actual <= target else (target / actual * 100 if target > 0 else 100 - (actual - target) / abs(target) * 100)
    elif direction == "eq":
        c = 100 - abs(actual - target) / abs(target) * 100
    else:
        c = actual / target * 100 if target > 0 else 100 + (actual - target) / abs(target) * 100
    return max(c, 0)


class IndicatorMetrics(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        r = run("--metrics", SAMPLE)
        assert r.returncode == 0, r.stderr
        cls.m = json.loads(r.stdout)
        cls.by_path = {i["path"]: i for i in cls.m["indicators"]}
        with open(SAMPLE, encoding="utf-8") as f:
            cls.doc = json.load(f)

    def actual(self, leaf, i):
        if i == 0 and leaf.get("metric"):
            return self.m["metrics"][leaf["metric"]]
        return leaf["parts"][i]["actual"]

    def expected(self, leaf):
        """(completion, computed score) by the rule, as FORMAT.md defines them."""
        w = leaf["weight"]
        rule = leaf["rule"]
        kind = rule["kind"]
        parts = leaf.get("parts", [])
        completions = [part_completion(p["direction"], p["target"], self.actual(leaf, i)) for i, p in enumerate(parts)]
        completion = None if not parts or None in completions else min(completions)
        if kind == "manual":
            return completion, None
        if kind == "qualitative":
            return completion, half_up(rule.get("share", 100) / 100 * w)
        if completion is None:
            return None, None
        if kind == "positive":
            return completion, half_up(min(completion, 100) / 100 * w)
        if kind == "negative":
            shares = []
            for i, p in enumerate(parts):
                t, a = p["target"], self.actual(leaf, i)
                shares.append(100 if a <= t else max(0, 100 - (a - t) / abs(t) * 100))
            return completion, half_up(min(shares) / 100 * w)
        raise AssertionError(f"rule {kind} not used by the sample")

    def test_every_numeric_indicator(self):
        checked = 0
        for path, leaf in leaves(self.doc):
            got = self.by_path[path]
            # The sample's entered scores stand, untouched by the rules.
            self.assertEqual(got["score"], leaf["score"], path)
            if not leaf.get("parts"):
                self.assertIsNone(got["completion"], path)
                continue
            completion, computed = self.expected(leaf)
            if completion is None:
                self.assertIsNone(got["completion"], path)
            else:
                self.assertAlmostEqual(got["completion"], half_up(completion), delta=0.0101 if leaf.get("metric") else 1e-9,
                                       msg=path)
            if computed is None:
                self.assertIsNone(got["computed_score"], path)
            else:
                self.assertAlmostEqual(got["computed_score"], computed, delta=1e-9, msg=path)
                checked += 1
        # 38 indicators of the sample have a numeric target; 35 have a value and a rule to
        # score them by (受众满意度 and 每日汇编… lack the actual value, 重点支出安排率 is manual).
        self.assertEqual(checked, 35)

    def test_named_indicators(self):
        cases = {
            # path: (completion, computed score, entered score)
            "产出/新闻信息部/全年采摄新闻": (108.33, 3, 3),
            "产出/新闻信息部/专稿": (107.31, 2, 2),
            "产出/新闻信息部/公益广告": (1383.33, 2, 2),
            "产出/综合节目部/创办《新洲电视台综合频道》微信公众号": (151.67, 2, 2),   # the smaller of 2 parts
            "产出/新媒体部/“新洲发布”微信公众号信息更新": (192.5, 2, 2),
            "产出/播控部/广播电视播出故障率": (100, 2, 2),                          # less is better, 0 ≤ 10
            "投入/预算配置/在职人员控制率": (100, 1, 1),                              # from the staffing: 92.08 ≤ 100
            "投入/预算配置/“三公经费”变动率": (100, 1, 1),                            # -67.65 ≤ -10
            "过程/预算执行/政府采购执行率": (62.52, 0.63, 0),                         # entered 0 stands
        }
        for path, (completion, computed, score) in cases.items():
            got = self.by_path[path]
            self.assertEqual((got["completion"], got["computed_score"], got["score"]), (completion, computed, score), path)

    def test_explanations(self):
        self.assertEqual(self.by_path["产出/新闻信息部/全年采摄新闻"]["explanation"],
                         "3250 / 3000 = 108.33% ≥ 100% → 3.00 of 3")
        self.assertEqual(self.by_path["过程/预算执行/政府采购执行率"]["explanation"],
                         "62.52 / 100 = 62.52% → 62.52% × 1 = 0.63 of 1; the entered score 0 differs")
        self.assertIn("not stated", self.by_path["效果/满意度/受众满意度"]["explanation"])

    def test_no_score_without_value(self):
        # A target with no actual value (受众满意度, 每日汇编…) has no completion and no computed
        # score; its entered score still counts.
        got = self.by_path["效果/满意度/受众满意度"]
        self.assertIsNone(got["completion"])
        self.assertIsNone(got["computed_score"])
        self.assertEqual(got["score"], 2)
        got = self.by_path["投入/预算配置/重点支出安排率"]      # manual, metric not applicable
        self.assertIsNone(got["computed_score"])
        self.assertEqual(got["score"], 1)

    def test_totals_unchanged(self):
        self.assertEqual(self.m["total_score"], 98)
        self.assertEqual(self.m["grade"], "优秀")
        self.assertTrue(math.isclose(sum(i["score"] for i in self.m["indicators"]), 98))


if __name__ == "__main__":
    unittest.main(verbosity=2)
