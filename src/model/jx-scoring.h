/* SPDX-License-Identifier: GPL-3.0-or-later */
/* jx-scoring.h: completion, the scoring rules, subtotals, totals and grades (DESIGN.md §4). */
#pragma once

#include "jx-types.h"

G_BEGIN_DECLS

typedef struct {
  const JxIndicator *indicator;
  int     level;            /* 1, 2, 3 */
  char   *path;             /* level names joined by "/": "产出/新闻信息部/全年采摄新闻" */
  char   *json_path;        /* "indicators[2].children[0].children[0]" */
  double  weight;           /* effective weight (level 2 without weight: sum of children) */
  double  completion;       /* percent, NAN when none (qualitative, missing actual, zero target) */
  double  computed_score;   /* by the rule, rounded; NAN when the rule cannot compute */
  double  score;            /* the score that counts: entered if any, else computed; NAN if neither */
  double  rate;             /* score / weight × 100 (levels 1, 2), NAN otherwise */
  const char *grade;        /* grade band name (levels 1, 2) or NULL */
  gboolean applicable;
  gboolean differs;         /* entered and computed scores both present and different */
  char   *explanation;      /* "3250 / 3000 = 108.33% ≥ 100% → 3.00 of 3" */
  gboolean counted;         /* in the sums: applicable, or not applicable with full marks */
  /* The place in the sheet, for jx_score_sheet_update() (set by jx-scoring.c): */
  guint   index;            /* in sheet->indicators */
  guint   n_below;          /* entries of its subtree in sheet->indicators, itself included */
  double  excluded;         /* not-applicable weight in the subtree that the parent leaves out */
  gboolean withheld_below;  /* a branch of the subtree (itself included) has its grade withheld */
} JxIndicatorResult;

typedef struct {
  GPtrArray *indicators;    /* of JxIndicatorResult*, every node, pre-order (document order) */
  GPtrArray *dimensions;    /* the level-1 entries of `indicators` (borrowed) */
  double total_weight;      /* Σ applicable weights */
  double total_score;       /* Σ scores, rounded */
  double total_rate;        /* total_score / total_weight × 100 */
  double total;             /* the total out of 100: total_rate, rounded */
  const char *grade;        /* band name, e.g. "优秀" */
  double uncapped_total;    /* the total before a cap (scoring.caps); = total when none applies */
  char  *cap_explanation;   /* why a cap applies ("预算执行率 75.00% in [70%, 80%): at most 89"), or NULL */
} JxScoreSheet;

JxScoreSheet *jx_score_sheet_compute (const JxDocData *doc);
void          jx_score_sheet_free    (JxScoreSheet *sheet);
/* After a change under the indicator at `position` (its index at each level, `depth` 1–3:
 * {2, 0, 3} for indicators[2].children[0].children[3]) that added, removed or moved no
 * indicator anywhere: scores that indicator's subtree again, then its ancestors and the
 * totals, in place, as jx_score_sheet_compute() would. The same `doc` as computed the sheet.
 * FALSE when the tree's shape is not the sheet's any more: the sheet is then unusable (free
 * it and compute a new one). Scoring settings and metrics must not have changed. */
gboolean      jx_score_sheet_update  (JxScoreSheet    *sheet,
                                      const JxDocData *doc,
                                      const guint     *position,
                                      guint            depth);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (JxScoreSheet, jx_score_sheet_free)

/* Round to `decimals` per the rounding setting (half up away from zero, or truncate). */
double      jx_round              (double value, int decimals, JxRounding rounding);
/* The actual value of part `i`, from the linked metric when the indicator has one. */
double      jx_indicator_actual   (const JxDocData *doc, const JxIndicator *ind, guint i);
/* Whether a target is zero as it is shown (six decimals): 0, or a value such as 5e-324
 * that prints as 0. Such a target has no completion ("not applicable"), never ∞%. */
gboolean    jx_target_is_zero     (double target);
/* Completion percent of one indicator (smallest of its parts), NAN when none (also when a
 * target is zero as shown, see jx_target_is_zero()). */
double      jx_indicator_completion (const JxDocData *doc, const JxIndicator *ind);
/* The range of shares (percent of the weight) a qualitative grade (JxGrade) stands for, by
 * the document's cut-offs (scoring.achieved_min, partial_min): 达成 [80, 100], 部分达成
 * [60, 80), 未达成 [0, 60) by default; `scoring` NULL: the defaults. */
void        jx_grade_share_range  (const JxScoring *scoring, int grade, double *min, double *max);
/* The band name for a rate in percent. */
const char *jx_grade_for_rate     (const JxScoring *scoring, double rate);

/* Whether the rule uses only what the first rules had: no rate kind, deductions and tiers on
 * the completion in proportional steps of 1 point, tiers with "at least" bounds, no
 * over-target deduction. Writers that restate a rule as a formula (the .xlsx) handle these. */
gboolean    jx_rule_is_basic      (const JxRule *rule);

/* The rule kind's name ("Positive", translated; "正向" in Chinese). */
const char *jx_rule_kind_title    (int kind);
/* What a computed score follows, for the UI and the report: the rule's name and where it
 * comes from — "Rule: Deduction; source: 湖南省…评分表" — or that it was set for this
 * indicator, or that no source is stated. Newly allocated. */
char       *jx_rule_dup_citation  (const JxRule *rule);

G_END_DECLS
