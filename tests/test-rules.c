/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-rules.c: the rules of real forms, each on a fixture in tests/fixtures/rules/ whose
 * `transcription` member quotes the form's wording and the figure it must give; the caps on
 * the total, the qualitative cut-offs and not-applicable indicators with full marks. */
#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>
#include <math.h>
#include <string.h>

#include "jx-load.h"
#include "jx-metrics.h"
#include "jx-save.h"
#include "jx-scoring.h"

#define assert_num(value, expected) \
  g_assert_cmpfloat_with_epsilon ((value), (expected), 1e-9)

static JxDocData *
load_fixture (const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "fixtures", "rules", name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  JxDocData *doc = jx_doc_data_load_file (file, &error);

  g_assert_no_error (error);
  g_assert_nonnull (doc);
  return doc;
}

static const JxIndicatorResult *
leaf (const JxScoreSheet *sheet,
      guint               n)
{
  guint i;

  for (i = 0; i < sheet->indicators->len; i++)
    {
      const JxIndicatorResult *r = g_ptr_array_index (sheet->indicators, i);

      if (r->level == 3 && n-- == 0)
        return r;
    }
  g_assert_not_reached ();
  return NULL;
}

/* A single leaf of `indicators`-less JSON members, scored under `scoring` (JSON, ' for "). */
static JxScoreSheet *
score_one (const char *members,
           const char *scoring)
{
  g_autofree char *json = g_strdup_printf ("{'format':'jixiao','version':1,'department':{'name':'d','year':2021},"
                                           "'indicators':[{'name':'L1','weight':10,'children':[{'name':'L2',"
                                           "'children':[{'name':'x',%s}]}]}],'scoring':%s}",
                                           members, scoring);
  g_autoptr(GError) error = NULL;
  g_autoptr(JxDocData) doc = NULL;

  g_strdelimit (json, "'", '"');
  doc = jx_doc_data_load_data (json, strlen (json), "test.jixiao", &error);
  g_assert_no_error (error);
  return jx_score_sheet_compute (doc);
}

/* 财预〔2020〕10号 自评表, 预算执行率 (分值 10): 得分 = 执行率 × 分值, at most 10.
 * 1210.75 / 1250 = 96.86%; × 10 = 9.686: 9.68 truncated, 9.69 rounded half up. */
static void
test_rate (void)
{
  g_autoptr(JxDocData) doc = load_fixture ("rate-execution.jixiao");
  g_autoptr(JxScoreSheet) sheet = jx_score_sheet_compute (doc);
  const JxIndicatorResult *r = leaf (sheet, 0);

  assert_num (jx_round (jx_metric_compute (doc, JX_METRIC_BUDGET_EXECUTION_RATE), 2, JX_ROUNDING_HALF_UP), 96.86);
  assert_num (r->computed_score, 9.68);
  g_assert_cmpstr (r->explanation, ==, "96.86% × 10 = 9.68 of 10");

  doc->scoring.rounding = JX_ROUNDING_HALF_UP;
  {
    g_autoptr(JxScoreSheet) rounded = jx_score_sheet_compute (doc);

    assert_num (leaf (rounded, 0)->computed_score, 9.69);
  }

  /* at or above 100%: the full score, no more; a negative rate: nothing */
  {
    g_autoptr(JxScoreSheet) s = score_one ("'weight':10,'parts':[{'actual':103.2,'unit':'%'}],'rule':{'kind':'rate'}", "{}");

    assert_num (leaf (s, 0)->computed_score, 10);
    g_assert_cmpstr (leaf (s, 0)->explanation, ==, "103.2% ≥ 100%, the full score at most → 10.00 of 10");
  }
  {
    g_autoptr(JxScoreSheet) s = score_one ("'weight':10,'parts':[{'actual':-4,'unit':'%'}],'rule':{'kind':'rate'}", "{}");

    assert_num (leaf (s, 0)->computed_score, 0);
  }
}

/* 湖南省部门整体支出绩效评价指标表, 在职人员控制率 (分值 5): "≦100%，计5分；每超过一个百分点
 * 扣0.5分，扣完为止". 517 / 500 = 103.4%: 3.4 × 0.5 = 1.7 off, 3.3. */
static void
test_deduction_per_point (void)
{
  g_autoptr(JxDocData) doc = load_fixture ("deduction-over-percent.jixiao");
  g_autoptr(JxScoreSheet) sheet = jx_score_sheet_compute (doc);
  const JxIndicatorResult *r = leaf (sheet, 0);

  assert_num (r->computed_score, 3.3);
  g_assert_cmpstr (r->explanation, ==,
                   "103.4 − 100 = 3.4 above the target; 3.4 × 0.5 = 1.7 deducted; 5 − 1.7 = 3.30 of 5");

  /* at or under 100%: full; 113.4%: 6.7 > 5, nothing left (扣完为止) */
  doc->department.staffing.actual.total = 460;
  {
    g_autoptr(JxScoreSheet) s = jx_score_sheet_compute (doc);

    assert_num (leaf (s, 0)->computed_score, 5);
    g_assert_cmpstr (leaf (s, 0)->explanation, ==, "92 ≤ 100, nothing deducted → 5.00 of 5");
  }
  doc->department.staffing.actual.total = 567;
  {
    g_autoptr(JxScoreSheet) s = jx_score_sheet_compute (doc);

    assert_num (leaf (s, 0)->computed_score, 0);
    g_assert_cmpstr (leaf (s, 0)->explanation, ==,
                     "113.4 − 100 = 13.4 above the target; 13.4 × 0.5 = 6.7 deducted; 5 − 6.7 < 0 → 0 → 0.00 of 5");
  }
  /* a tolerated band: 2 points over are free, 1.4 past them × 0.5 = 0.7 */
  {
    g_autoptr(JxScoreSheet) s =
      score_one ("'weight':5,'parts':[{'target':100,'actual':103.4,'direction':'le'}],"
                 "'rule':{'kind':'deduction','basis':'actual','threshold':2,'step':0.5}", "{}");

    assert_num (leaf (s, 0)->computed_score, 4.3);
    g_assert_cmpstr (leaf (s, 0)->explanation, ==,
                     "103.4 − 100 = 3.4 above the target, 2 tolerated: 1.4 past it; 1.4 × 0.5 = 0.7 deducted; 5 − 0.7 = 4.30 of 5");
  }
}

/* The same form, “三公经费”变动率 (分值 8): "≦0，计8分；>0，每超过一个百分点扣0.8分": a zero target.
 * (52.35 − 50) / 50 = 4.7%: 4.7 × 0.8 = 3.76 off, 4.24; a fall (−12.5%): 8. */
static void
test_deduction_zero_target (void)
{
  g_autoptr(JxDocData) doc = load_fixture ("deduction-zero-target.jixiao");
  g_autoptr(JxScoreSheet) sheet = jx_score_sheet_compute (doc);

  assert_num (leaf (sheet, 0)->computed_score, 4.24);
  g_assert_cmpstr (leaf (sheet, 0)->explanation, ==,
                   "4.7 − 0 = 4.7 above the target; 4.7 × 0.8 = 3.76 deducted; 8 − 3.76 = 4.24 of 8");
  assert_num (leaf (sheet, 1)->computed_score, 8);
  g_assert_cmpstr (leaf (sheet, 1)->explanation, ==, "-12.5 ≤ 0, nothing deducted → 8.00 of 8");
}

/* 湖南省经济和信息化委员会 2015 年度评分表, 预算完成率 (分值 5): "100%计满分，每低于5%扣2分，
 * 扣完为止"; the form states 92.8% → 3 分: 7.2 holds one whole 5%. */
static void
test_deduction_steps (void)
{
  g_autoptr(JxDocData) doc = load_fixture ("deduction-whole-steps.jixiao");
  g_autoptr(JxScoreSheet) sheet = jx_score_sheet_compute (doc);
  JxRule *rule = &((JxIndicator *) leaf (sheet, 0)->indicator)->rule;

  assert_num (leaf (sheet, 0)->computed_score, 3);
  g_assert_cmpstr (leaf (sheet, 0)->explanation, ==,
                   "100 − 92.8 = 7.2 below the target; 7.2 holds 1 whole step of 5; 1 × 2 = 2 deducted; 5 − 2 = 3.00 of 5");

  /* the other readings of "每低于 5%": proportional 7.2 / 5 × 2 = 2.88; a started step whole: 2 × 2 */
  rule->count = JX_STEPS_PROPORTIONAL;
  {
    g_autoptr(JxScoreSheet) s = jx_score_sheet_compute (doc);

    assert_num (leaf (s, 0)->computed_score, 2.12);
    g_assert_cmpstr (leaf (s, 0)->explanation, ==,
                     "100 − 92.8 = 7.2 below the target; 7.2 / 5 × 2 = 2.88 deducted; 5 − 2.88 = 2.12 of 5");
  }
  rule->count = JX_STEPS_STARTED;
  {
    g_autoptr(JxScoreSheet) s = jx_score_sheet_compute (doc);

    assert_num (leaf (s, 0)->computed_score, 1);
    g_assert_cmpstr (leaf (s, 0)->explanation, ==,
                     "100 − 92.8 = 7.2 below the target; 7.2 makes 2 started steps of 5; 2 × 2 = 4 deducted; 5 − 4 = 1.00 of 5");
  }
  /* the completion-based deduction counts steps too: shortfall 10 − 5 tolerated, whole 2s × 0.5 */
  {
    g_autoptr(JxScoreSheet) s =
      score_one ("'weight':5,'parts':[{'target':100,'actual':90}],"
                 "'rule':{'kind':'deduction','threshold':5,'per':2,'count':'whole','step':0.5}", "{}");

    assert_num (leaf (s, 0)->computed_score, 4);
    g_assert_cmpstr (leaf (s, 0)->explanation, ==,
                     "90 / 100 = 90.00%; shortfall 10.00% − threshold 5% = 5.00 points past it; "
                     "5 holds 2 whole steps of 2; 2 × 0.5 = 1 deducted → 4.00 of 5");
  }
}

/* 财预〔2020〕10号's 偏离度 with the regional figures: from 130% completion, 20% of
 * the weight off. 3900 / 3000 = 130% → 4 of 5; 120% stays full. */
static void
test_over_target (void)
{
  g_autoptr(JxDocData) doc = load_fixture ("over-target.jixiao");
  g_autoptr(JxScoreSheet) sheet = jx_score_sheet_compute (doc);

  assert_num (leaf (sheet, 0)->computed_score, 4);
  g_assert_cmpstr (leaf (sheet, 0)->explanation, ==,
                   "3900 / 3000 = 130.00% ≥ 130%: far above the target (a target set too low); 20% of the weight deducted → 4.00 of 5");
  assert_num (leaf (sheet, 1)->computed_score, 5);

  /* again every 10 points past the threshold: 155% → 3 × 20% */
  {
    g_autoptr(JxScoreSheet) s =
      score_one ("'weight':5,'parts':[{'target':100,'actual':155}],"
                 "'rule':{'kind':'positive','over_from':130,'over_deduct':20,'over_per':10}", "{}");

    assert_num (leaf (s, 0)->computed_score, 2);
    g_assert_cmpstr (leaf (s, 0)->explanation, ==,
                     "155 / 100 = 155.00% ≥ 130%: far above the target (a target set too low); 3 × 20% = 60% of the weight deducted → 2.00 of 5");
  }
}

/* A cap on the total: 预算执行率 70%–80% → at most 89 (the example), below 70% → 79.
 * Σ 92.5 at 75% → 89, 良好. */
static void
test_cap (void)
{
  g_autoptr(JxDocData) doc = load_fixture ("cap-execution.jixiao");
  g_autoptr(JxScoreSheet) sheet = jx_score_sheet_compute (doc);

  assert_num (sheet->total_score, 92.5);
  assert_num (sheet->uncapped_total, 92.5);
  assert_num (sheet->total, 89);
  g_assert_cmpstr (sheet->grade, ==, "良好");
  g_assert_cmpstr (sheet->cap_explanation, ==,
                   "Budget execution rate 75.00% is within 70%–80% (80 excluded): the total is at most 89, "
                   "so 92.50 → 89.00 (预算执行率 70%–80%：总分至多 89 分（示例规则）)");

  /* 80% is not in [70, 80): no cap; 65%: the lower cap */
  doc->budget.execution.actual = 800 * JX_MONEY_PER_WAN;
  {
    g_autoptr(JxScoreSheet) s = jx_score_sheet_compute (doc);

    assert_num (s->total, 92.5);
    g_assert_null (s->cap_explanation);
  }
  doc->budget.execution.actual = 650 * JX_MONEY_PER_WAN;
  {
    g_autoptr(JxScoreSheet) s = jx_score_sheet_compute (doc);

    assert_num (s->total, 79);
    g_assert_cmpstr (s->grade, ==, "中等");
  }
}

/* Qualitative cut-offs 80/50: 部分达成 is [50, 80); 55% of 4 = 2.2. */
static void
test_qualitative_cutoffs (void)
{
  g_autoptr(JxDocData) doc = load_fixture ("qualitative-80-50.jixiao");
  g_autoptr(JxScoreSheet) sheet = jx_score_sheet_compute (doc);
  g_autoptr(JxDocData) plain = jx_doc_data_new ();
  double low, high;

  assert_num (leaf (sheet, 0)->computed_score, 2.2);
  jx_grade_share_range (&doc->scoring, JX_GRADE_PARTIAL, &low, &high);
  assert_num (low, 50);
  assert_num (high, 80);
  jx_grade_share_range (&doc->scoring, JX_GRADE_NOT_ACHIEVED, &low, &high);
  assert_num (high, 50);
  /* the default: 财预〔2020〕10号's 100–80, 80–60, 60–0 */
  jx_grade_share_range (&plain->scoring, JX_GRADE_ACHIEVED, &low, &high);
  assert_num (low, 80);
  assert_num (high, 100);
  jx_grade_share_range (&plain->scoring, JX_GRADE_PARTIAL, &low, &high);
  assert_num (low, 60);
}

/* "没有楼堂馆所项目的部门按满分计算": with not_applicable "full" the indicator counts 5 of 5,
 * (5 + 4) / 10 → 90; rescaled instead, 4 / 5 → 80. */
static void
test_not_applicable_full (void)
{
  g_autoptr(JxDocData) doc = load_fixture ("not-applicable-full.jixiao");
  g_autoptr(JxScoreSheet) sheet = jx_score_sheet_compute (doc);

  g_assert_false (leaf (sheet, 0)->applicable);
  g_assert_true (leaf (sheet, 0)->counted);
  assert_num (leaf (sheet, 0)->score, 5);
  g_assert_cmpstr (leaf (sheet, 0)->explanation, ==, "Not applicable: counted with full marks, 5.00 of 5.");
  assert_num (sheet->total_weight, 10);
  assert_num (sheet->total, 90);
  g_assert_cmpstr (sheet->grade, ==, "优秀");

  doc->scoring.not_applicable = JX_NOT_APPLICABLE_RESCALE;
  {
    g_autoptr(JxScoreSheet) s = jx_score_sheet_compute (doc);

    g_assert_false (leaf (s, 0)->counted);
    assert_num (s->total_weight, 5);
    assert_num (s->total, 80);
  }
}

/* 预算控制率 (分值 5): "=0，计5分；0-10%(含)，计4分；10-20%(含)，计3分；20-30%(含)，计2分；大于30%
 * 不得分" — tiers on the actual value, "at most" bounds. 100 / 800 = 12.5% → 3. */
static void
test_tiers_on_actual (void)
{
  static const struct { double additional; double points; } cases[] = {
    { 0, 5 }, { 80, 4 }, { 100, 3 }, { 160, 3 }, { 240, 2 }, { 241, 0 },
  };
  g_autoptr(JxDocData) doc = load_fixture ("tiers-actual.jixiao");
  g_autoptr(JxScoreSheet) sheet = jx_score_sheet_compute (doc);
  guint i;

  assert_num (leaf (sheet, 0)->computed_score, 3);
  g_assert_cmpstr (leaf (sheet, 0)->explanation, ==, "12.5% → the tier up to 20% → 3.00 of 5");

  for (i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(JxScoreSheet) s = NULL;

      doc->budget.execution.additional = (JxMoney) cases[i].additional * JX_MONEY_PER_WAN;
      doc->budget.execution.adjusted = (JxMoney) (800 + cases[i].additional) * JX_MONEY_PER_WAN;
      s = jx_score_sheet_compute (doc);
      assert_num (leaf (s, 0)->computed_score, cases[i].points);
    }

  /* "at least" and "at most" tiers do not mix */
  {
    g_autoptr(JxScoreSheet) s =
      score_one ("'weight':5,'parts':[{'target':0,'actual':3}],"
                 "'rule':{'kind':'tiers','basis':'actual','tiers':[{'max':0,'points':5},{'min':10,'points':1}]}", "{}");

    g_assert_true (isnan (leaf (s, 0)->computed_score));
    g_assert_nonnull (strstr (leaf (s, 0)->explanation, "the same kind"));
  }
}

/* A rule's name and source, for the rule popover, the tooltip and the report. */
static void
test_citation (void)
{
  g_autoptr(JxDocData) doc = load_fixture ("rate-execution.jixiao");
  g_autoptr(JxScoreSheet) sheet = jx_score_sheet_compute (doc);
  JxRule rule = leaf (sheet, 0)->indicator->rule;
  g_autofree char *from_pack = jx_rule_dup_citation (&rule);
  g_autofree char *custom = NULL;
  g_autofree char *none = NULL;

  g_assert_cmpstr (from_pack, ==, "Rule: Rate; source: 财预〔2020〕10号 项目支出绩效自评表：预算执行率（分值 10）");
  rule.source = (char *) "";
  rule.custom = TRUE;
  custom = jx_rule_dup_citation (&rule);
  g_assert_cmpstr (custom, ==, "Rule: Rate, set for this indicator");
  rule.custom = FALSE;
  none = jx_rule_dup_citation (&rule);
  g_assert_cmpstr (none, ==, "Rule: Rate; no source stated");
}

/* The new rules are not "basic": the .xlsx writes their score as a value, not a formula of
 * the first rules that would give another figure when recalculated. */
static void
test_basic (void)
{
  static const char * const names[] = {
    "deduction-over-percent.jixiao", "deduction-whole-steps.jixiao", "over-target.jixiao",
    "rate-execution.jixiao", "tiers-actual.jixiao",
  };
  guint i;

  for (i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autoptr(JxDocData) doc = load_fixture (names[i]);
      g_autoptr(JxScoreSheet) sheet = jx_score_sheet_compute (doc);

      g_assert_false (jx_rule_is_basic (&leaf (sheet, 0)->indicator->rule));
    }
  {
    g_autoptr(JxDocData) doc = load_fixture ("deduction-whole-steps.jixiao");
    JxIndicator *ind = g_ptr_array_index (((JxIndicator *) g_ptr_array_index (
                                            ((JxIndicator *) g_ptr_array_index (doc->indicators, 0))->children, 0))->children, 0);

    /* the same deduction, on the completion in proportional points: basic */
    ind->rule.basis = JX_BASIS_COMPLETION;
    ind->rule.per = 1;
    ind->rule.count = JX_STEPS_PROPORTIONAL;
    g_assert_true (jx_rule_is_basic (&ind->rule));
  }
}

/* Every new member survives a save: load → save → load → save gives the same text, and the
 * rule parameters at their defaults are not written. */
static void
test_round_trip (void)
{
  static const char * const names[] = {
    "cap-execution.jixiao", "deduction-over-percent.jixiao", "deduction-whole-steps.jixiao",
    "deduction-zero-target.jixiao", "not-applicable-full.jixiao", "over-target.jixiao",
    "qualitative-80-50.jixiao", "rate-execution.jixiao", "tiers-actual.jixiao",
  };
  guint i;

  for (i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autoptr(JxDocData) doc = load_fixture (names[i]);
      g_autoptr(JxDocData) again = NULL;
      g_autoptr(JxScoreSheet) before = jx_score_sheet_compute (doc);
      g_autoptr(JxScoreSheet) after = NULL;
      g_autoptr(GError) error = NULL;
      gsize length;
      g_autofree char *text = jx_doc_data_to_json (doc, &length);
      g_autofree char *text2 = NULL;

      again = jx_doc_data_load_data (text, length, names[i], &error);
      g_assert_no_error (error);
      text2 = jx_doc_data_to_json (again, &length);
      g_assert_cmpstr (text, ==, text2);
      after = jx_score_sheet_compute (again);
      assert_num (after->total, before->total);
      g_assert_null (strstr (text, "\"per\": 1,"));
      g_assert_null (strstr (text, "\"custom\": false"));
    }
  {
    g_autoptr(JxDocData) doc = load_fixture ("deduction-whole-steps.jixiao");
    g_autofree char *text = jx_doc_data_to_json (doc, NULL);

    g_assert_nonnull (strstr (text, "\"basis\": \"actual\""));
    g_assert_nonnull (strstr (text, "\"per\": 5"));
    g_assert_nonnull (strstr (text, "\"count\": \"whole\""));
  }
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/rules/rate", test_rate);
  g_test_add_func ("/rules/deduction/per-point", test_deduction_per_point);
  g_test_add_func ("/rules/deduction/zero-target", test_deduction_zero_target);
  g_test_add_func ("/rules/deduction/steps", test_deduction_steps);
  g_test_add_func ("/rules/over-target", test_over_target);
  g_test_add_func ("/rules/cap", test_cap);
  g_test_add_func ("/rules/qualitative-cutoffs", test_qualitative_cutoffs);
  g_test_add_func ("/rules/not-applicable-full", test_not_applicable_full);
  g_test_add_func ("/rules/tiers-on-actual", test_tiers_on_actual);
  g_test_add_func ("/rules/citation", test_citation);
  g_test_add_func ("/rules/round-trip", test_round_trip);
  g_test_add_func ("/rules/basic", test_basic);

  return g_test_run ();
}
