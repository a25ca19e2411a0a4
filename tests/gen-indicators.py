#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes a .jixiao document with N level-3 indicators, for the scale tests and the benchmark.

    gen-indicators.py [-n N] [--base SAMPLE] [--seed S] OUT.jixiao

The department and budget come from the sample (or --base). The indicator tree has the four
usual dimensions 投入 / 过程 / 产出 / 效果 with weights 10 / 20 / 50 / 20 (sum 100); each has
level-2 groups of about 25 indicators. Weights are exact decimals: every weight is an integer
number of `unit` (0.01 for N up to 10,000, 0.001 beyond, then with `scoring.decimals` 3), the level-3 weights of a group add
up exactly to the group's weight and the groups' weights to the dimension's. Most indicators
are quantitative (more-is-better with a positive rule; less-is-better with a negative rule;
some with tiers, deduction or equal rules), some qualitative. Every indicator has an entered
score: the full weight, or one unit less with a deviation reason; the stated subtotals and
`conclusion.stated_total` are the exact sums, so the checks find no mismatch. A few
indicators (one in 997) lack their actual value: those are the findings.

Prints a JSON summary (expected total, grade, counts) on stdout.
"""
import argparse
import json
import os
import random
import sys
from decimal import Decimal

HERE = os.path.dirname(os.path.abspath(__file__))
SAMPLE = os.path.join(HERE, "..", "data", "samples", "xinzhou-2020.jixiao")

DIMENSIONS = [("投入", 10), ("过程", 20), ("产出", 50), ("效果", 20)]
GROUP_SIZE = 25

DEPARTMENTS = ["新闻信息部", "综合节目部", "广播部", "报刊部", "新媒体部", "播控部", "技术保障部",
               "办公室", "财务室", "人事科", "总编室", "广告经营部", "网络安全科", "融媒体指挥中心"]
GROUP_KINDS = {
    "投入": ["目标设定", "预算配置", "人员配置", "资金保障"],
    "过程": ["预算执行", "预算绩效管理", "资产管理", "财务管理", "制度执行"],
    "产出": DEPARTMENTS,
    "效果": ["社会效益", "经济效益", "可持续影响", "满意度"],
}
# (name, unit, target range, direction)
QUANTITATIVE = [
    ("全年采摄新闻", "篇（条）", (500, 5000), "ge"),
    ("专稿", "篇（条）", (50, 400), "ge"),
    ("新闻供稿", "篇（条）", (300, 3000), "ge"),
    ("策划新闻系列报道", "个", (6, 40), "ge"),
    ("拍摄制作专题片", "部", (4, 30), "ge"),
    ("在市级以上媒体刊播稿件", "篇（次）", (100, 1200), "ge"),
    ("公益广告", "条", (6, 60), "ge"),
    ("策划组织活动", "场", (3, 24), "ge"),
    ("栏目播出", "期", (12, 365), "ge"),
    ("微信公众号粉丝量", "人次", (1000, 50000), "ge"),
    ("新媒体平台发布信息", "条（次）", (1000, 20000), "ge"),
    ("培训人次", "人次", (20, 600), "ge"),
    ("设备完好率", "%", (90, 100), "ge"),
    ("预算执行率", "%", (95, 100), "ge"),
    ("广播电视播出故障时长", "分钟", (5, 60), "le"),
    ("单位运行成本", "万元", (50, 500), "le"),
    ("投诉件数", "件", (2, 20), "le"),
    ("节目制作周期", "天", (3, 30), "eq"),
]
QUALITATIVE = [("绩效目标合理性", "合理"), ("管理制度健全性", "健全"), ("资金使用合规性", "合规"),
               ("信息公开及时性", "及时"), ("资产管理安全性", "安全"), ("导向正确性", "效益显著"),
               ("传播力影响力", "逐年上升"), ("受众满意度", "满意")]


def fmt(units, unit):
    """An integer count of `unit` as the shortest exact decimal JSON number."""
    d = (Decimal(units) * unit).normalize()
    if d == d.to_integral_value():
        return int(d)
    return float(format(d, "f"))


def split(total, parts):
    base, rest = divmod(total, parts)
    return [base + (1 if i < rest else 0) for i in range(parts)]


def counts_for(n):
    raw = [n * w / 100 for _, w in DIMENSIONS]
    counts = [max(1, int(x)) for x in raw]
    i = 0
    while sum(counts) < n:
        counts[i % len(counts)] += 1
        i += 1
    while sum(counts) > n:
        j = counts.index(max(counts))
        counts[j] -= 1
    return counts


def leaf(rng, number, weight_units, unit, dim, k):
    weight = fmt(weight_units, unit)
    node = {"number": str(number), "weight": weight, "analysis": "", "metric": None, "applicable": True}
    kind = rng.random()
    if kind < 0.15 or dim == "投入" and kind < 0.4:
        name, text = rng.choice(QUALITATIVE)
        node.update(name=f"{name}（{k}）", target_text=text, actual_text="", parts=[],
                    rule={"kind": "qualitative", "grade": "achieved", "share": 100})
    else:
        name, u, (lo, hi), direction = rng.choice(QUANTITATIVE)
        target = rng.randint(lo, hi)
        if direction == "ge":
            actual = round(target * rng.uniform(0.85, 1.6)) if u != "%" else min(100, target + rng.randint(-3, 3))
        elif direction == "le":
            actual = round(target * rng.uniform(0.5, 1.1))
        else:
            actual = target if rng.random() < 0.8 else target + 1
        sign = {"ge": "", "le": "≤", "eq": "="}[direction]
        rule = {"ge": "positive", "le": "negative", "eq": "equal"}[direction]
        node.update(name=f"{name}（{k}）", target_text=f"{sign}{target} {u}".strip(),
                    actual_text=f"{actual} {u}", parts=[{"label": "", "target": target, "actual": actual,
                                                       "unit": u, "direction": direction}],
                    rule={"kind": rule})
        r = rng.random()
        if direction == "ge" and r < 0.1:
            node["rule"] = {"kind": "tiers", "tiers": [{"min": 100, "points": weight},
                                                        {"min": 90, "points": fmt(weight_units * 8 // 10, unit)},
                                                        {"min": 60, "points": fmt(weight_units // 2, unit)}]}
        elif direction == "ge" and r < 0.15:
            node["rule"] = {"kind": "deduction", "threshold": 5, "step": fmt(1, unit)}
        elif direction == "eq":
            node["rule"] = {"kind": "equal", "tolerance": 0, "proportional": True}
    return node


def generate(n, base, seed):
    rng = random.Random(seed)
    doc = json.load(open(base, encoding="utf-8"))
    unit = Decimal("0.01") if n <= 10000 else Decimal("0.001")
    per_point = int(1 / unit)
    indicators = []
    total_units = 0
    number = 0
    missing = 0
    counts = counts_for(n)
    for (dim, dim_weight), count in zip(DIMENSIONS, counts):
        dim_units = dim_weight * per_point
        n_groups = max(1, (count + GROUP_SIZE - 1) // GROUP_SIZE)
        sizes = split(count, n_groups)
        group_units = split(dim_units, count)          # per leaf, then summed per group
        # vary: move one unit between neighbours so weights are not all equal
        for i in range(0, count - 1, 2):
            if group_units[i] >= 2:
                group_units[i] -= 1
                group_units[i + 1] += 1
        children = []
        dim_score = 0
        pos = 0
        for g, size in enumerate(sizes):
            kinds = GROUP_KINDS[dim]
            name = kinds[g % len(kinds)] + (f"（{g // len(kinds) + 1}）" if g >= len(kinds) else "")
            leaves = []
            g_weight = g_score = 0
            for j in range(size):
                number += 1
                w = group_units[pos + j]
                node = leaf(rng, number, w, unit, dim, number)
                score = w
                if w >= 2 and number % 7 == 0:
                    score = w - 1
                    node["note"] = "部分任务受疫情影响延期完成，已在下半年补足。"
                else:
                    node["note"] = ""
                node["score"] = fmt(score, unit)
                if number % 997 == 0 and node["parts"]:
                    node["parts"][0]["actual"] = None
                    node["actual_text"] = ""
                    missing += 1
                g_weight += w
                g_score += score
                leaves.append(node)
            pos += size
            children.append({"number": "", "name": name, "weight": fmt(g_weight, unit),
                             "stated_score": fmt(g_score, unit), "analysis": "", "children": leaves})
            dim_score += g_score
        assert sum(fmt(c["weight"] * per_point, 1) for c in children) == dim_units
        indicators.append({"number": "", "name": dim, "weight": dim_weight,
                           "stated_score": fmt(dim_score, unit), "analysis": "", "children": children})
        total_units += dim_score
    doc["indicators"] = indicators
    total = Decimal(total_units) * unit
    doc["conclusion"]["stated_total"] = fmt(total_units, unit)
    doc["restatements"] = []
    # Scores are rounded to scoring.decimals: with weights of 0.001 point, 2 decimals would
    # round every score to 0 and give a finding per indicator.
    doc["scoring"]["decimals"] = max(doc["scoring"].get("decimals", 2), len(str(unit).split(".")[1]))
    bands = doc["scoring"]["grade_bands"]
    grade = next(b["name"] for b in bands if total >= Decimal(str(b["min"])))
    summary = {"indicators": n, "dimensions": len(indicators),
               "groups": sum(len(d["children"]) for d in indicators),
               "total": float(total), "grade": grade, "missing_actual": missing}
    return doc, summary


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("-n", type=int, default=5000, help="number of level-3 indicators (default 5000)")
    p.add_argument("--base", default=SAMPLE, help="document whose department and budget are kept")
    p.add_argument("--seed", type=int, default=20201231)
    p.add_argument("output")
    a = p.parse_args()
    if a.n < 4:
        p.error("at least 4 indicators (one per dimension)")
    doc, summary = generate(a.n, a.base, a.seed)
    with open(a.output, "w", encoding="utf-8") as f:
        json.dump(doc, f, ensure_ascii=False, indent=2)
        f.write("\n")
    json.dump(summary, sys.stdout, ensure_ascii=False)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
