/* SPDX-License-Identifier: GPL-3.0-or-later */
/* jx-types.h: the records of a Jixiao document (see data/FORMAT.md).
 *
 * These are plain C records, read directly by the metrics, the checks and the render layer.
 * They are changed only through JxDocument (jx-document.h), which records undo steps and
 * emits change notifications. Every record starts with `extra`: the JSON members this
 * version does not know, kept and written back.
 */
#pragma once

#include <math.h>
#include <glib.h>
#include <json-glib/json-glib.h>

G_BEGIN_DECLS

/* Money: exact integer of 0.01 yuan. 1 万元 = 1 000 000 units. */
typedef gint64 JxMoney;
#define JX_MONEY_NONE G_MININT64            /* not stated */
#define JX_MONEY_PER_WAN G_GINT64_CONSTANT (1000000)
#define JX_MONEY_IS_SET(m) ((m) != JX_MONEY_NONE)

/* Counts of people: non-negative; -1 is "not stated". */
#define JX_COUNT_NONE (-1)
#define JX_COUNT_IS_SET(c) ((c) >= 0)

/* Numbers (targets, actual values, weights, scores): NAN is "not stated". */
#define JX_NUMBER_IS_SET(d) (!isnan (d))

typedef enum {
  JX_DIRECTION_GE,   /* ≥ more is better */
  JX_DIRECTION_GT,
  JX_DIRECTION_LE,   /* ≤ less is better */
  JX_DIRECTION_LT,
  JX_DIRECTION_EQ,
} JxDirection;

typedef enum {
  JX_RULE_POSITIVE,     /* 正向 */
  JX_RULE_NEGATIVE,     /* 反向 */
  JX_RULE_EQUAL,        /* 等于 */
  JX_RULE_QUALITATIVE,  /* 定性 */
  JX_RULE_DEDUCTION,    /* 扣分 */
  JX_RULE_TIERS,        /* 档位 */
  JX_RULE_RATE,         /* 比率得分: 实际值（%）× 分值, at most 分值 (预算执行率 × 10) */
  JX_RULE_MANUAL,       /* keep last: the kinds run from JX_RULE_POSITIVE to JX_RULE_MANUAL */
} JxRuleKind;

/* What a deduction or tiers rule measures. */
typedef enum {
  JX_BASIS_COMPLETION,  /* the completion percent (实际 / 目标) */
  JX_BASIS_ACTUAL,      /* the actual value itself against the target (每超 1 个百分点扣 0.5 分) */
} JxRuleBasis;

/* How a deduction counts its steps of `per`. */
typedef enum {
  JX_STEPS_PROPORTIONAL,  /* 3.4 points at 0.5 per point: 1.7 */
  JX_STEPS_WHOLE,         /* only whole steps: 7.2 below at "每低 5% 扣 2 分": 1 step, 2 */
  JX_STEPS_STARTED,       /* a started step counts whole (不足 5% 按 5% 计): 2 steps, 4 */
} JxStepCount;

/* What a not-applicable indicator does to the total. */
typedef enum {
  JX_NOT_APPLICABLE_RESCALE,  /* left out: total = Σ 得分 / Σ 适用分值 × 100 */
  JX_NOT_APPLICABLE_FULL,     /* counted with full marks (无此项业务的按满分计算) */
} JxNotApplicable;

typedef enum {
  JX_GRADE_NONE = -1,     /* not graded yet: the rule gives no score */
  JX_GRADE_ACHIEVED,      /* 达成 80–100% */
  JX_GRADE_PARTIAL,       /* 部分达成 60–80% */
  JX_GRADE_NOT_ACHIEVED,  /* 未达成 0–60% */
} JxGrade;

typedef enum {
  JX_ROUNDING_HALF_UP,   /* 四舍五入 */
  JX_ROUNDING_TRUNCATE,
} JxRounding;

typedef enum {
  JX_CHANGE_BASE_BUDGET,
  JX_CHANGE_BASE_ACTUAL,
} JxChangeBase;

/* The base of the budget (and project) execution rate and of the carry-over rate. */
typedef enum {
  JX_EXECUTION_BASE_ADJUSTED,               /* 调整后预算 */
  JX_EXECUTION_BASE_ADJUSTED_AND_OPENING,   /* 调整后预算 + 年初结转结余 */
} JxExecutionBase;

typedef enum {
  JX_ASSET_BASE_REGISTERED,       /* 在用 / 登记资产 */
  JX_ASSET_BASE_IN_USE_AND_IDLE,  /* 在用 / (在用 + 闲置) */
} JxAssetBase;

/* Metric ids; the order is the order of `--metrics` output. */
typedef enum {
  JX_METRIC_NONE = 0,
  JX_METRIC_STAFF_CONTROL_RATE,
  JX_METRIC_THREE_PUBLIC_CHANGE_RATE,
  JX_METRIC_THREE_PUBLIC_CONTROL_RATE,
  JX_METRIC_BUDGET_EXECUTION_RATE,
  JX_METRIC_PROJECT_EXECUTION_RATE,
  JX_METRIC_PUBLIC_FUNDS_CONTROL_RATE,
  JX_METRIC_PROCUREMENT_EXECUTION_RATE,
  JX_METRIC_KEY_EXPENDITURE_RATE,
  JX_METRIC_ASSET_UTILIZATION_RATE,
  JX_METRIC_BUDGET_ADJUSTMENT_RATE,
  JX_METRIC_CARRY_OVER_RATE,          /* 结转结余率 */
  JX_METRIC_REVENUE_GROWTH_RATE,      /* 收入增长率 */
  JX_METRIC_EXPENDITURE_GROWTH_RATE,  /* 支出增长率 */
  JX_N_METRICS
} JxMetricId;

/* ---- department ---- */

typedef struct {
  JsonObject *extra;
  gint total;
  gint administrative;         /* 行政编制 */
  gint institutional;          /* 事业编制 */
  gint civil_servant_managed;  /* 其中参照公务员法管理 */
  gint contract;               /* 员额内聘用 (actual only) */
} JxHeadcount;

typedef struct {
  JsonObject *extra;
  gint total;
  gint honorary;   /* 离休 */
  gint retired;    /* 退休 */
} JxRetirees;

typedef struct {
  JsonObject *extra;
  JxHeadcount authorized;
  JxHeadcount actual;
  JxRetirees retirees;
  char *notes;
} JxStaffing;

typedef struct {
  JsonObject *extra;
  char *name;
  gint year;
  char *report_date;
  char *preparer;
  char *basis;
  GPtrArray *functions;   /* of char* */
  JxStaffing staffing;
} JxDepartment;

/* ---- budget ---- */

typedef struct {
  JsonObject *extra;
  char *name;
  JxMoney amount;
  GPtrArray *items;       /* of JxAmountItem*: the line's sub-items (其中), part of `amount` */
} JxAmountItem;

typedef struct {
  JsonObject *extra;
  JxMoney total;
  GPtrArray *items;       /* of JxAmountItem* */
  char *note;
  JxMoney previous_total; /* last year's total (revenue only) */
} JxAmountTable;

typedef struct {
  JsonObject *extra;
  JxMoney total;          /* 总支出 */
  JxMoney basic;          /* 基本支出 */
  JxMoney personnel;      /* 人员经费 */
  JxMoney public_;        /* 公用经费 ("public") */
  JxMoney project;        /* 项目支出 */
  JxMoney previous_total; /* 上年总支出 */
  JxMoney previous_basic; /* 上年基本支出 (上年项目支出: projects.previous_year) */
  char *note;
} JxNature;

typedef struct {
  JsonObject *extra;
  JxMoney initial;        /* 年初 */
  JxMoney additional;     /* 追加 */
  JxMoney adjusted;       /* 调整后 */
  JxMoney actual;         /* 执行 / 决算 */
  JxMoney previous_year;  /* 上年决算 (projects, public funds) */
  JxMoney opening_balance;  /* 年初结转结余 (whole budget, projects) */
  JxMoney closing_balance;  /* 年末结转结余 (whole budget, projects) */
  char *note;
} JxFlow;

typedef struct {
  JsonObject *extra;
  char *name;
  JxMoney budget;
  JxMoney actual;
  JxMoney previous_budget;
  JxMoney previous_actual;
  GPtrArray *items;       /* of JxThreePublicItem*: sub-items (其中), part of this item */
} JxThreePublicItem;

typedef struct {
  JsonObject *extra;
  GPtrArray *items;       /* of JxThreePublicItem* */
  JxMoney budget_total;
  JxMoney actual_total;
  JxMoney previous_budget_total;
  JxMoney previous_actual_total;
  char *note;
} JxThreePublic;

typedef struct {
  JsonObject *extra;
  JxMoney budget;
  JxMoney actual;
  JxMoney previous_actual;  /* 上年政府采购 */
  char *note;
} JxProcurement;

typedef struct {
  JsonObject *extra;
  JxMoney registered;
  JxMoney in_use;
  JxMoney idle;
  int utilization_base;   /* JxAssetBase */
  char *note;
} JxAssets;

typedef struct {
  JsonObject *extra;
  JxMoney amount;
  char *note;
} JxKeyExpenditure;

typedef struct {
  JsonObject *extra;
  JxAmountTable revenue;
  JxAmountTable by_function;
  JxNature by_nature;
  JxAmountTable by_economic;
  JxFlow execution;
  JxFlow projects;
  JxFlow public_funds;
  JxThreePublic three_public;
  JxProcurement procurement;
  JxAssets assets;
  JxKeyExpenditure key_expenditure;
} JxBudget;

/* ---- indicators ---- */

typedef struct {
  JsonObject *extra;
  char *label;
  double initial_target;  /* 年初指标值, when the target was adjusted during the year */
  double target;          /* 调整后指标值: the one that is scored */
  double actual;
  char *unit;
  int direction;          /* JxDirection */
} JxPart;

typedef struct {
  JsonObject *extra;
  double min;             /* "at least" bound (completion percent, or the actual value); NAN none */
  double points;
  double max;             /* "at most" bound, for tiers such as 0–10%（含）→ 4; NAN none */
} JxTier;

typedef struct {
  JsonObject *extra;
  int kind;               /* JxRuleKind */
  double tolerance;
  gboolean proportional;
  int grade;              /* JxGrade */
  double share;           /* percent */
  double threshold;
  double step;
  GPtrArray *tiers;       /* of JxTier* */
  int basis;              /* JxRuleBasis (deduction, tiers) */
  double per;             /* deduction: the size of one step (每低 5%: 5), default 1 */
  int count;              /* JxStepCount (deduction) */
  double over_from;       /* positive: completion percent from which the target counts as set
                           * too low (偏离度), NAN for none */
  double over_deduct;     /* percent of the weight deducted there */
  double over_per;        /* every further over_per points of completion deduct it again; NAN once */
  gboolean custom;        /* set for this indicator by hand: a rule pack leaves it alone */
  char *source;           /* the rule pack article this rule comes from ("" none) */
} JxRule;

typedef struct _JxIndicator JxIndicator;
struct _JxIndicator {
  JsonObject *extra;
  char *number;
  char *name;
  double weight;
  double stated_score;    /* level 1, 2 */
  char *stated_grade;     /* level 1: the grade the report states (评价结论), "" none */
  char *heading;          /* the heading of its analysis in the report, "" the name */
  char *analysis;
  char *note;             /* level 3 */
  char *target_text;
  char *actual_text;
  GPtrArray *parts;       /* of JxPart* */
  int metric;             /* JxMetricId */
  gboolean applicable;
  gboolean core;          /* 核心指标 */
  JxRule rule;
  double score;           /* entered score; NAN when the computed one stands */
  GPtrArray *children;    /* of JxIndicator* */
};

/* ---- scoring, conclusion ---- */

typedef struct {
  JsonObject *extra;
  char *name;
  double min;
} JxGradeBand;

/* A cap on the total by a metric: with the metric in [from, below) the total is at most `max`
 * (预算执行率 70%–80% → at most 89). */
typedef struct {
  JsonObject *extra;
  int metric;               /* JxMetricId */
  double from;              /* NAN: no lower bound */
  double below;             /* NAN: no upper bound */
  double max;
  char *source;
} JxCap;

typedef struct {
  JsonObject *extra;
  GPtrArray *grade_bands;   /* of JxGradeBand*, highest first */
  gint decimals;
  int rounding;             /* JxRounding */
  int three_public_change_base;  /* JxChangeBase */
  char *method;             /* how the goals were set and weighted (report 一（二）) */
  int execution_base;       /* JxExecutionBase: does the execution rate count the carry-in */
  char *pack;               /* id of the rule pack the document follows ("" none) */
  char *source;             /* the pack's citation for these settings (bands, rounding) */
  double achieved_min;      /* qualitative grades: 达成 from this share of the weight (80) */
  double partial_min;       /* 部分达成 from this share (60; some regions 50) */
  int not_applicable;       /* JxNotApplicable */
  GPtrArray *caps;          /* of JxCap*: caps on the total */
} JxScoring;

typedef struct {
  JsonObject *extra;
  double stated_total;
  char *stated_grade;       /* the grade the report states for the total, "" none */
  char *summary;
  char *benefits;
  char *experience;
  char *problems;
  char *measures;
} JxConclusion;

typedef struct {
  JsonObject *extra;
  char *path;
  double value;
  char *where;
} JxRestatement;

typedef struct {
  JsonObject *extra;
  char *id;                 /* slide id: "title", "key-figures", "chart:revenue", … */
  gboolean shown;
} JxSlideRef;

typedef struct {
  JsonObject *extra;
  GPtrArray *slides;        /* of JxSlideRef*, in the order shown; empty = the default deck */
} JxPresentation;

typedef struct {
  JsonObject *extra;
  char *format;
  gint version;
  JxDepartment department;
  JxBudget budget;
  GPtrArray *indicators;    /* of JxIndicator*, level 1 */
  JxScoring scoring;
  JxConclusion conclusion;
  GPtrArray *restatements;  /* of JxRestatement* */
  JxPresentation presentation;
} JxDocData;

#define JX_FORMAT_VERSION 1

G_END_DECLS
