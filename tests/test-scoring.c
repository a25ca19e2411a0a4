/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-scoring.c: completion, every scoring rule, subtotals, totals, grades and rounding. */
#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>
#include <math.h>
#include <string.h>

#include "jx-load.h"
#include "jx-metrics.h"
#include "jx-scoring.h"
#include "jx-scoring-private.h"

#define assert_num(value, expected) \
  g_assert_cmpfloat_with_epsilon ((value), (expected), 1e-9)
#define assert_2dp(value, expected) \
  g_assert_cmpfloat_with_epsilon (jx_round ((value), 2, JX_ROUNDING_HALF_UP), (expected), 1e-9)

/* Level-3 indicators with the actual value left as %s. */
#define EQUAL_LEAF "'weight':5,'parts':[{'target':50,'actual':%s,'direction':'eq'}]," \
  "'rule':{'kind':'equal','tolerance':2,'proportional':%s}"
#define DEDUCTION_LEAF "'weight':5,'parts':[{'target':100,'actual':%s}],'rule':{'kind':'deduction','threshold':5,'step':0.5}"
#define TIERS_LEAF "'weight':5,'parts':[{'target':100,'actual':%s}]," \
  "'rule':{'kind':'tiers','tiers':[{'min':80,'points':4},{'min':90,'points':5},{'min':60,'points':2}]}"

/* ---- helpers ---- */

static JxDocData *
load_sample (void)
{
  const char *path = g_getenv ("JIXIAO_SAMPLE");
  g_autoptr(GFile) file = g_file_new_for_path (path != NULL ? path : SOURCE_SAMPLE);
  g_autoptr(GError) error = NULL;
  JxDocData *doc = jx_doc_data_load_file (file, &error);

  g_assert_no_error (error);
  g_assert_nonnull (doc);
  return doc;
}

/* A document with the given indicators and scoring (JSON with ' for "). */
static JxDocData *
load_doc (const char *indicators,
          const char *scoring)
{
  g_autofree char *json = g_strdup_printf ("{'format':'jixiao','version':1,"
                                           "'department':{'name':'d','year':2020},"
                                           "'indicators':%s,'scoring':%s}",
                                           indicators, scoring);
  g_autoptr(GError) error = NULL;
  JxDocData *doc;

  g_strdelimit (json, "'", '"');
  doc = jx_doc_data_load_data (json, strlen (json), "test.jixiao", &error);
  g_assert_no_error (error);
  g_assert_nonnull (doc);
  return doc;
}

/* One level-3 indicator `leaf` (JSON members, without braces) under 产出/部门. */
static JxScoreSheet *
score_leaf (const char *leaf,
            const char *scoring)
{
  g_autofree char *indicators =
    g_strdup_printf ("[{'name':'产出','weight':100,'children':[{'name':'部门','children':[{'name':'x',%s}]}]}]", leaf);
  g_autoptr(JxDocData) doc = load_doc (indicators, scoring);
  JxScoreSheet *sheet = jx_score_sheet_compute (doc);

  g_assert_cmpuint (sheet->indicators->len, ==, 3);
  return sheet;
}

static const JxIndicatorResult *
leaf_of (const JxScoreSheet *sheet)
{
  return g_ptr_array_index (sheet->indicators, 2);
}

static const JxIndicatorResult *
find (const JxScoreSheet *sheet,
      const char         *path)
{
  guint i;

  for (i = 0; i < sheet->indicators->len; i++)
    {
      const JxIndicatorResult *r = g_ptr_array_index (sheet->indicators, i);

      if (g_str_equal (r->path, path))
        return r;
    }
  g_error ("no indicator %s", path);
  return NULL;
}

static void
assert_has (const char *text,
            const char *needle)
{
  g_assert_nonnull (text);
  if (strstr (text, needle) == NULL)
    g_error ("“%s” does not contain “%s”", text, needle);
}

/* Score of a single leaf by its rule. */
static double
computed (const char *leaf,
          const char *scoring)
{
  g_autoptr(JxScoreSheet) sheet = score_leaf (leaf, scoring);

  return leaf_of (sheet)->computed_score;
}

/* ---- the sample ---- */

static void
test_sample_totals (void)
{
  g_autoptr(JxDocData) doc = load_sample ();
  g_autoptr(JxScoreSheet) sheet = jx_score_sheet_compute (doc);
  static const struct { const char *name; double weight, score, rate; const char *grade; } dims[] = {
    { "投入", 6, 5, 83.33, "良好" },
    { "过程", 11, 10, 90.91, "优秀" },
    { "产出", 63, 63, 100, "优秀" },
    { "效果", 20, 20, 100, "优秀" },
  };
  guint i;

  assert_num (sheet->total_weight, 100);
  assert_num (sheet->total_score, 98);
  assert_num (sheet->total_rate, 98);
  assert_num (sheet->total, 98);
  g_assert_cmpstr (sheet->grade, ==, "优秀");

  g_assert_cmpuint (sheet->dimensions->len, ==, G_N_ELEMENTS (dims));
  for (i = 0; i < G_N_ELEMENTS (dims); i++)
    {
      const JxIndicatorResult *r = g_ptr_array_index (sheet->dimensions, i);

      g_assert_cmpstr (r->path, ==, dims[i].name);
      g_assert_cmpint (r->level, ==, 1);
      g_assert_true (r->applicable);
      assert_num (r->weight, dims[i].weight);
      assert_num (r->score, dims[i].score);
      assert_2dp (r->rate, dims[i].rate);
      g_assert_cmpstr (r->grade, ==, dims[i].grade);
    }
  assert_has (((JxIndicatorResult *) g_ptr_array_index (sheet->dimensions, 0))->explanation,
              "5.00 of 6 = 83.33% → 良好");
}

static void
test_sample_leaves (void)
{
  g_autoptr(JxDocData) doc = load_sample ();
  g_autoptr(JxScoreSheet) sheet = jx_score_sheet_compute (doc);
  const JxIndicatorResult *r;
  guint n_differs = 0;
  guint i;

  r = find (sheet, "产出/新闻信息部/全年采摄新闻");
  g_assert_cmpint (r->level, ==, 3);
  g_assert_cmpstr (r->json_path, ==, "indicators[2].children[0].children[0]");
  assert_2dp (r->completion, 108.33);
  assert_num (r->computed_score, 3);
  assert_num (r->score, 3);
  g_assert_false (r->differs);
  g_assert_cmpstr (r->explanation, ==, "3250 / 3000 = 108.33% ≥ 100% → 3.00 of 3");

  assert_2dp (find (sheet, "产出/新闻信息部/新闻供稿")->completion, 170.33);
  assert_2dp (find (sheet, "产出/报刊部/《新洲报》刊发专版")->completion, 376.00);

  /* compound target: the smaller of 27224 / 3000 and 455 / 300 */
  r = find (sheet, "产出/综合节目部/创办《新洲电视台综合频道》微信公众号");
  assert_2dp (r->completion, 151.67);
  assert_2dp (MAX (27224.0 / 3000, 455.0 / 300) * 100, 907.47);
  assert_has (r->explanation, "粉丝量: 27224 / 3000 = 907.47%; 日活量: 455 / 300 = 151.67%; smallest 151.67%");

  /* the actual comes from a metric: 225.42 / 360.54 = 62.52% → 0.63, the report says 0 */
  r = find (sheet, "过程/预算执行/政府采购执行率");
  g_assert_cmpstr (r->json_path, ==, "indicators[1].children[0].children[4]");
  assert_2dp (r->completion, 62.52);
  assert_num (r->computed_score, 0.63);
  assert_num (r->score, 0);
  g_assert_true (r->differs);
  assert_has (r->explanation, "62.52 / 100 = 62.52% → 62.52% × 1 = 0.63 of 1");
  assert_num (jx_indicator_actual (doc, r->indicator, 0), jx_metric_compute (doc, JX_METRIC_PROCUREMENT_EXECUTION_RATE));

  /* negative rule on a metric: 92.08 ≤ 100; −67.65 ≤ −10 */
  r = find (sheet, "投入/预算配置/在职人员控制率");
  assert_num (r->completion, 100);
  assert_num (r->computed_score, 1);
  g_assert_cmpstr (r->explanation, ==, "92.08 ≤ 100 → 1.00 of 1");
  r = find (sheet, "投入/预算配置/“三公经费”变动率");
  assert_num (r->completion, 100);
  assert_num (r->computed_score, 1);
  g_assert_cmpstr (r->explanation, ==, "-67.65 ≤ -10 → 1.00 of 1");

  /* manual, its metric not applicable */
  r = find (sheet, "投入/预算配置/重点支出安排率");
  g_assert_true (isnan (r->completion));
  g_assert_true (isnan (r->computed_score));
  assert_num (r->score, 1);
  g_assert_false (r->differs);
  g_assert_cmpstr (r->explanation, ==, "Scored by hand: 1 of 1.");

  /* actual missing: nothing computed, the entered score stands */
  r = find (sheet, "效果/满意度/受众满意度");
  g_assert_true (isnan (r->completion));
  g_assert_true (isnan (r->computed_score));
  assert_num (r->score, 2);
  g_assert_cmpstr (r->explanation, ==, "No score can be computed: the actual value is not stated.");

  /* qualitative */
  r = find (sheet, "投入/目标设定/绩效目标合理性");
  g_assert_cmpstr (r->json_path, ==, "indicators[0].children[0].children[0]");
  g_assert_true (isnan (r->completion));
  assert_num (r->computed_score, 1);
  g_assert_cmpstr (r->explanation, ==, "Qualitative, achieved: 100% × 1 = 1.00 of 1");

  /* level 2 without a weight: the sum of its children */
  r = find (sheet, "产出/新闻信息部");
  g_assert_cmpint (r->level, ==, 2);
  g_assert_cmpstr (r->json_path, ==, "indicators[2].children[0]");
  assert_num (r->weight, 21);
  assert_num (r->score, 21);
  assert_num (r->rate, 100);

  /* pre-order, every node; only the procurement rate differs from its entered score */
  r = g_ptr_array_index (sheet->indicators, 0);
  g_assert_cmpstr (r->path, ==, "投入");
  r = g_ptr_array_index (sheet->indicators, 1);
  g_assert_cmpstr (r->path, ==, "投入/目标设定");
  r = g_ptr_array_index (sheet->indicators, 2);
  g_assert_cmpstr (r->path, ==, "投入/目标设定/绩效目标合理性");
  for (i = 0; i < sheet->indicators->len; i++)
    {
      r = g_ptr_array_index (sheet->indicators, i);
      g_assert_nonnull (r->explanation);
      if (r->differs)
        n_differs++;
    }
  g_assert_cmpuint (n_differs, ==, 1);
}

/* ---- completion ---- */

static void
test_completion_directions (void)
{
  /* le: at or under the target is 100, over is target / actual */
  {
    g_autoptr(JxScoreSheet) s = score_leaf ("'weight':2,'parts':[{'target':10,'actual':0,'direction':'le'}],'rule':{'kind':'positive'}", "{}");
    assert_num (leaf_of (s)->completion, 100);
    assert_num (leaf_of (s)->computed_score, 2);
  }
  {
    g_autoptr(JxScoreSheet) s = score_leaf ("'weight':2,'parts':[{'target':10,'actual':20,'direction':'lt'}],'rule':{'kind':'positive'}", "{}");
    assert_num (leaf_of (s)->completion, 50);
    assert_num (leaf_of (s)->computed_score, 1);
    g_assert_cmpstr (leaf_of (s)->explanation, ==, "10 / 20 = 50.00% → 50.00% × 2 = 1.00 of 2");
  }
  /* eq: 100 − |a − t| / |t| × 100, floored at 0 */
  {
    g_autoptr(JxScoreSheet) s = score_leaf ("'weight':2,'parts':[{'target':100,'actual':90,'direction':'eq'}],'rule':{'kind':'positive'}", "{}");
    assert_num (leaf_of (s)->completion, 90);
  }
  {
    g_autoptr(JxScoreSheet) s = score_leaf ("'weight':2,'parts':[{'target':100,'actual':250,'direction':'eq'}],'rule':{'kind':'positive'}", "{}");
    assert_num (leaf_of (s)->completion, 0);
    assert_num (leaf_of (s)->computed_score, 0);
  }
  /* gt behaves as ge */
  {
    g_autoptr(JxScoreSheet) s = score_leaf ("'weight':2,'parts':[{'target':95,'actual':97,'direction':'gt'}],'rule':{'kind':'positive'}", "{}");
    assert_2dp (leaf_of (s)->completion, 102.11);
  }
  /* several parts: the smallest; one missing: none */
  {
    g_autoptr(JxScoreSheet) s = score_leaf ("'weight':4,'parts':[{'label':'a','target':10,'actual':30},{'label':'b','target':10,'actual':5}],'rule':{'kind':'positive'}", "{}");
    assert_num (leaf_of (s)->completion, 50);
    assert_num (leaf_of (s)->computed_score, 2);
  }
  {
    g_autoptr(JxScoreSheet) s = score_leaf ("'weight':4,'parts':[{'label':'a','target':10,'actual':30},{'label':'b','target':10,'actual':null}],'rule':{'kind':'positive'}", "{}");
    g_assert_true (isnan (leaf_of (s)->completion));
    g_assert_true (isnan (leaf_of (s)->computed_score));
    g_assert_cmpstr (leaf_of (s)->explanation, ==, "No score can be computed: b: the actual value is not stated.");
  }
}

/* ---- the rules ---- */

static void
test_rule_positive (void)
{
  /* over-achievement counts as full, no more */
  {
    g_autoptr(JxScoreSheet) s = score_leaf ("'weight':4,'parts':[{'target':100,'actual':120}],'rule':{'kind':'positive'}", "{}");
    assert_num (leaf_of (s)->completion, 120);
    assert_num (leaf_of (s)->computed_score, 4);
    assert_num (leaf_of (s)->score, 4);
    g_assert_cmpstr (leaf_of (s)->explanation, ==, "120 / 100 = 120.00% ≥ 100% → 4.00 of 4");
  }
  assert_num (computed ("'weight':4,'parts':[{'target':100,'actual':75}],'rule':{'kind':'positive'}", "{}"), 3);
  /* a zero target has no completion */
  {
    g_autoptr(JxScoreSheet) s = score_leaf ("'weight':4,'parts':[{'target':0,'actual':5}],'rule':{'kind':'positive'},'score':3", "{}");
    g_assert_true (isnan (leaf_of (s)->completion));
    g_assert_true (isnan (leaf_of (s)->computed_score));
    assert_num (leaf_of (s)->score, 3);
    g_assert_false (leaf_of (s)->differs);
    assert_has (leaf_of (s)->explanation, "the target is zero");
  }
  /* missing actual, no entered score: no score at all, counts 0 in the subtotal */
  {
    g_autoptr(JxScoreSheet) s = score_leaf ("'weight':4,'parts':[{'target':10,'actual':null}],'rule':{'kind':'positive'}", "{}");
    g_assert_true (isnan (leaf_of (s)->score));
    assert_has (leaf_of (s)->explanation, "the actual value is not stated");
    assert_num (s->total_score, 0);
    assert_num (s->total_weight, 100);
    g_assert_cmpstr (s->grade, ==, "差");
  }
  /* a qualitative target under a quantitative rule */
  {
    g_autoptr(JxScoreSheet) s = score_leaf ("'weight':4,'parts':[],'rule':{'kind':'positive'}", "{}");
    g_assert_true (isnan (leaf_of (s)->computed_score));
    assert_has (leaf_of (s)->explanation, "qualitative");
  }
  /* no weight */
  {
    g_autoptr(JxScoreSheet) s = score_leaf ("'weight':null,'parts':[{'target':10,'actual':10}],'rule':{'kind':'positive'}", "{}");
    g_assert_true (isnan (leaf_of (s)->computed_score));
    assert_has (leaf_of (s)->explanation, "weight");
  }
}

static void
test_rule_negative (void)
{
  assert_num (computed ("'weight':5,'parts':[{'target':100,'actual':100,'direction':'le'}],'rule':{'kind':'negative'}", "{}"), 5);
  /* (1 − (120 − 100) / 100) × 5 */
  {
    g_autoptr(JxScoreSheet) s = score_leaf ("'weight':5,'parts':[{'target':100,'actual':120,'direction':'le'}],'rule':{'kind':'negative'}", "{}");
    assert_num (leaf_of (s)->computed_score, 4);
    g_assert_cmpstr (leaf_of (s)->explanation, ==, "1 − (120 − 100) / |100| = 80.00% → 80.00% × 5 = 4.00 of 5");
  }
  /* floored at 0 */
  assert_num (computed ("'weight':5,'parts':[{'target':100,'actual':250,'direction':'le'}],'rule':{'kind':'negative'}", "{}"), 0);
  /* a negative target: −67.65 ≤ −10 is full; −5 is 5 points over a target of magnitude 10 */
  assert_num (computed ("'weight':1,'parts':[{'target':-10,'actual':-67.65,'direction':'le'}],'rule':{'kind':'negative'}", "{}"), 1);
  assert_num (computed ("'weight':5,'parts':[{'target':-10,'actual':-5,'direction':'le'}],'rule':{'kind':'negative'}", "{}"), 2.5);
  assert_num (computed ("'weight':5,'parts':[{'target':-10,'actual':15,'direction':'le'}],'rule':{'kind':'negative'}", "{}"), 0);
  /* a zero target: full at or below it, nothing above */
  assert_num (computed ("'weight':2,'parts':[{'target':0,'actual':0,'direction':'le'}],'rule':{'kind':'negative'}", "{}"), 2);
  assert_num (computed ("'weight':2,'parts':[{'target':0,'actual':1,'direction':'le'}],'rule':{'kind':'negative'}", "{}"), 0);
  /* missing actual */
  g_assert_true (isnan (computed ("'weight':2,'parts':[{'target':10,'actual':null,'direction':'le'}],'rule':{'kind':'negative'}", "{}")));
}

static void
test_rule_equal (void)
{
  g_autofree char *within = g_strdup_printf (EQUAL_LEAF, "51.5", "false");
  g_autofree char *edge = g_strdup_printf (EQUAL_LEAF, "52", "false");
  g_autofree char *outside = g_strdup_printf (EQUAL_LEAF, "55", "false");
  g_autofree char *prop_low = g_strdup_printf (EQUAL_LEAF, "40", "true");
  g_autofree char *prop_high = g_strdup_printf (EQUAL_LEAF, "62.5", "true");
  g_autofree char *prop_sign = g_strdup_printf (EQUAL_LEAF, "-50", "true");

  assert_num (computed (within, "{}"), 5);
  assert_num (computed (edge, "{}"), 5);
  assert_num (computed (outside, "{}"), 0);
  /* min(40 / 50, 50 / 40) × 5, min(62.5 / 50, 50 / 62.5) × 5 */
  assert_num (computed (prop_low, "{}"), 4);
  assert_num (computed (prop_high, "{}"), 4);
  assert_num (computed (prop_sign, "{}"), 0);
  {
    g_autoptr(JxScoreSheet) s = score_leaf (prop_low, "{}");
    g_assert_cmpstr (leaf_of (s)->explanation, ==,
                     "|40 − 50| = 10 > 2; min(40 / 50, 50 / 40) = 80.00% → 80.00% × 5 = 4.00 of 5");
  }
  /* exact equality with no tolerance */
  assert_num (computed ("'weight':3,'parts':[{'target':7,'actual':7,'direction':'eq'}],'rule':{'kind':'equal'}", "{}"), 3);
}

static void
test_rule_qualitative (void)
{
  assert_num (computed ("'weight':2,'rule':{'kind':'qualitative','grade':'achieved','share':90}", "{}"), 1.8);
  assert_num (computed ("'weight':3,'rule':{'kind':'qualitative','grade':'partial','share':70}", "{}"), 2.1);
  assert_num (computed ("'weight':1,'rule':{'kind':'qualitative','grade':'not_achieved','share':30}", "{}"), 0.3);
  assert_num (computed ("'weight':4,'rule':{'kind':'qualitative','grade':'not_achieved','share':0}", "{}"), 0);
  {
    g_autoptr(JxScoreSheet) s = score_leaf ("'weight':3,'rule':{'kind':'qualitative','grade':'partial','share':70},'score':2", "{}");
    g_assert_cmpstr (leaf_of (s)->explanation, ==,
                     "Qualitative, partially achieved: 70% × 3 = 2.10 of 3; the entered score 2 differs");
    g_assert_true (leaf_of (s)->differs);
    assert_num (leaf_of (s)->score, 2);
  }
  /* no grade: no score, not the full marks of the default share (issue 13) */
  {
    g_autoptr(JxScoreSheet) s = score_leaf ("'weight':2,'rule':{'kind':'qualitative'}", "{}");
    g_assert_true (isnan (leaf_of (s)->computed_score));
    g_assert_true (isnan (leaf_of (s)->score));
    assert_has (leaf_of (s)->explanation, "no grade has been chosen");
  }
  {
    g_autoptr(JxScoreSheet) s = score_leaf ("'weight':2,'rule':{'kind':'qualitative','grade':null,'share':100}", "{}");
    g_assert_true (isnan (leaf_of (s)->computed_score));
  }
}

static void
test_rule_deduction (void)
{
  g_autofree char *within = g_strdup_printf (DEDUCTION_LEAF, "97");
  g_autofree char *over = g_strdup_printf (DEDUCTION_LEAF, "130");
  g_autofree char *past = g_strdup_printf (DEDUCTION_LEAF, "90");
  g_autofree char *floored = g_strdup_printf (DEDUCTION_LEAF, "80");

  assert_num (computed (within, "{}"), 5);
  assert_num (computed (over, "{}"), 5);
  /* shortfall 10, 5 past the threshold, × 0.5 = 2.5 deducted */
  assert_num (computed (past, "{}"), 2.5);
  /* 15 past × 0.5 = 7.5 > 5: floored at 0 */
  assert_num (computed (floored, "{}"), 0);
  {
    g_autoptr(JxScoreSheet) s = score_leaf (past, "{}");
    g_assert_cmpstr (leaf_of (s)->explanation, ==,
                     "90 / 100 = 90.00%; shortfall 10.00% − threshold 5% = 5.00 points past it × 0.5 = 2.5 deducted → 2.50 of 5");
  }
}

static void
test_rule_tiers (void)
{
  static const struct { const char *actual; double points; } cases[] = {
    { "120", 5 }, { "90", 5 }, { "89.99", 4 }, { "80", 4 }, { "79.9", 2 }, { "60", 2 }, { "59", 0 }, { "0", 0 },
  };
  guint i;

  for (i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *leaf = g_strdup_printf (TIERS_LEAF, cases[i].actual);

      assert_num (computed (leaf, "{}"), cases[i].points);
    }
  {
    g_autofree char *leaf = g_strdup_printf (TIERS_LEAF, "85");
    g_autoptr(JxScoreSheet) s = score_leaf (leaf, "{}");

    g_assert_cmpstr (leaf_of (s)->explanation, ==, "85 / 100 = 85.00% → the tier from 80% → 4.00 of 5");
  }
  /* no tiers: nothing to compute */
  g_assert_true (isnan (computed ("'weight':5,'parts':[{'target':100,'actual':90}],'rule':{'kind':'tiers','tiers':[]}", "{}")));
}

static void
test_rule_manual (void)
{
  {
    g_autoptr(JxScoreSheet) s = score_leaf ("'weight':5,'parts':[{'target':100,'actual':50}],'rule':{'kind':'manual'},'score':4.5", "{}");
    assert_num (leaf_of (s)->completion, 50);
    g_assert_true (isnan (leaf_of (s)->computed_score));
    assert_num (leaf_of (s)->score, 4.5);
    g_assert_false (leaf_of (s)->differs);
    g_assert_cmpstr (leaf_of (s)->explanation, ==, "Scored by hand: 4.5 of 5.");
  }
  {
    /* no rule at all is manual too */
    g_autoptr(JxScoreSheet) s = score_leaf ("'weight':5", "{}");
    g_assert_true (isnan (leaf_of (s)->computed_score));
    g_assert_true (isnan (leaf_of (s)->score));
    g_assert_cmpstr (leaf_of (s)->explanation, ==, "Scored by hand; no score has been entered.");
  }
}

/* ---- weights, applicability, totals ---- */

static void
test_not_applicable (void)
{
  g_autoptr(JxDocData) doc =
    load_doc ("[{'name':'投入','weight':50,'children':[{'name':'A','children':["
              "  {'name':'a1','weight':30,'rule':{'kind':'manual'},'score':30},"
              "  {'name':'a2','weight':20,'applicable':false,'rule':{'kind':'manual'},'score':20}]}]},"
              " {'name':'产出','weight':50,'children':[{'name':'B','weight':50,'children':["
              "  {'name':'b1','weight':50,'parts':[{'target':10,'actual':5}],'rule':{'kind':'positive'}}]}]},"
              " {'name':'效果','weight':10,'children':[{'name':'C','children':["
              "  {'name':'c1','weight':10,'applicable':false,'rule':{'kind':'manual'},'score':0}]}]}]",
              "{}");
  g_autoptr(JxScoreSheet) sheet = jx_score_sheet_compute (doc);
  const JxIndicatorResult *r;

  /* 投入: 50 less the 20 not applicable */
  r = find (sheet, "投入");
  assert_num (r->weight, 30);
  assert_num (r->score, 30);
  assert_num (r->rate, 100);
  r = find (sheet, "投入/A");
  assert_num (r->weight, 30);
  r = find (sheet, "投入/A/a2");
  g_assert_false (r->applicable);
  assert_num (r->weight, 20);
  assert_has (r->explanation, "Not applicable");
  /* 效果: nothing applicable, left out */
  r = find (sheet, "效果");
  g_assert_false (r->applicable);
  g_assert_false (find (sheet, "效果/C")->applicable);

  /* Σ score / Σ applicable weight × 100 = (30 + 25) / (30 + 50) × 100 */
  assert_num (sheet->total_weight, 80);
  assert_num (sheet->total_score, 55);
  assert_num (sheet->total_rate, 68.75);
  assert_num (sheet->total, 68.75);
  g_assert_cmpstr (sheet->grade, ==, "中等");
}

static void
test_level2_weight (void)
{
  g_autoptr(JxDocData) doc =
    load_doc ("[{'name':'L1','weight':100,'children':["
              "  {'name':'own','weight':40,'children':["
              "    {'name':'x','weight':30,'rule':{'kind':'qualitative','grade':'achieved','share':100}}]},"
              "  {'name':'sum','children':["
              "    {'name':'y','weight':25,'rule':{'kind':'qualitative','grade':'achieved','share':80}},"
              "    {'name':'z','weight':35,'rule':{'kind':'qualitative','grade':'achieved','share':100}}]}]}]",
              "{}");
  g_autoptr(JxScoreSheet) sheet = jx_score_sheet_compute (doc);
  const JxIndicatorResult *r;

  r = find (sheet, "L1/own");
  assert_num (r->weight, 40);
  assert_num (r->score, 30);
  assert_num (r->rate, 75);
  g_assert_cmpstr (r->grade, ==, "中等");
  r = find (sheet, "L1/sum");
  assert_num (r->weight, 60);
  assert_num (r->score, 55);
  assert_2dp (r->rate, 91.67);
  g_assert_cmpstr (r->grade, ==, "优秀");
  r = find (sheet, "L1");
  assert_num (r->weight, 100);
  assert_num (r->score, 85);
  g_assert_cmpstr (r->grade, ==, "良好");
  assert_num (sheet->total, 85);
  g_assert_cmpstr (sheet->grade, ==, "良好");
  g_assert_cmpstr (find (sheet, "L1/sum/z")->json_path, ==, "indicators[0].children[1].children[1]");
}

/* ---- rounding and grades ---- */

static void
test_round (void)
{
  assert_num (jx_round (0.625, 2, JX_ROUNDING_HALF_UP), 0.63);
  assert_num (jx_round (0.625, 2, JX_ROUNDING_TRUNCATE), 0.62);
  assert_num (jx_round (0.125, 2, JX_ROUNDING_HALF_UP), 0.13);
  assert_num (jx_round (-0.625, 2, JX_ROUNDING_HALF_UP), -0.63);
  assert_num (jx_round (-0.625, 2, JX_ROUNDING_TRUNCATE), -0.62);
  assert_num (jx_round (1.005, 2, JX_ROUNDING_HALF_UP), 1.01);
  assert_num (jx_round (2.675, 2, JX_ROUNDING_HALF_UP), 2.68);
  assert_num (jx_round (1.0 / 3 * 3, 2, JX_ROUNDING_TRUNCATE), 1);
  assert_num (jx_round (2.0 / 3 * 100 / 100 * 3, 2, JX_ROUNDING_TRUNCATE), 2);
  assert_num (jx_round (83.3333, 2, JX_ROUNDING_HALF_UP), 83.33);
  assert_num (jx_round (83.3399, 2, JX_ROUNDING_TRUNCATE), 83.33);
  assert_num (jx_round (98.5, 0, JX_ROUNDING_HALF_UP), 99);
  assert_num (jx_round (98.5, 0, JX_ROUNDING_TRUNCATE), 98);
  assert_num (jx_round (0.05, 1, JX_ROUNDING_HALF_UP), 0.1);
  g_assert_true (isnan (jx_round (NAN, 2, JX_ROUNDING_HALF_UP)));
  g_assert_false (signbit (jx_round (-0.001, 2, JX_ROUNDING_HALF_UP)));
}

static void
test_rounding_setting (void)
{
  const char *eighth = "'weight':1,'rule':{'kind':'qualitative','grade':'partial','share':62.5}";
  const char *two_thirds = "'weight':3,'parts':[{'target':3,'actual':2}],'rule':{'kind':'positive'}";

  /* 62.5% × 1 = 0.625 */
  assert_num (computed (eighth, "{'decimals':2,'rounding':'half_up'}"), 0.63);
  assert_num (computed (eighth, "{'decimals':2,'rounding':'truncate'}"), 0.62);
  assert_num (computed (eighth, "{'decimals':1,'rounding':'half_up'}"), 0.6);
  assert_num (computed (eighth, "{'decimals':0,'rounding':'half_up'}"), 1);
  /* 2 / 3 × 3 is 2, not 1.99, even truncated */
  assert_num (computed (two_thirds, "{'decimals':2,'rounding':'truncate'}"), 2);
  assert_num (computed (two_thirds, "{'decimals':2,'rounding':'half_up'}"), 2);
  {
    g_autoptr(JxScoreSheet) s = score_leaf (eighth, "{'decimals':2,'rounding':'truncate'}");
    g_assert_cmpstr (leaf_of (s)->explanation, ==, "Qualitative, partially achieved: 62.5% × 1 = 0.62 of 1");
  }
  /* the total is rounded too: 2 of 3 → 66.67 half up, 66.66 truncated */
  {
    g_autoptr(JxDocData) doc =
      load_doc ("[{'name':'L1','weight':3,'children':[{'name':'L2','children':["
                "{'name':'x','weight':3,'parts':[{'target':3,'actual':2}],'rule':{'kind':'positive'}}]}]}]",
                "{'decimals':2,'rounding':'truncate'}");
    g_autoptr(JxScoreSheet) sheet = jx_score_sheet_compute (doc);

    assert_num (sheet->total_score, 2);
    assert_num (sheet->total, 66.66);
    doc->scoring.rounding = JX_ROUNDING_HALF_UP;
    {
      g_autoptr(JxScoreSheet) again = jx_score_sheet_compute (doc);

      assert_num (again->total, 66.67);
    }
  }
}

static void
test_grades (void)
{
  g_autoptr(JxDocData) doc = jx_doc_data_new ();
  g_autoptr(JxDocData) no_bands = load_doc ("[]", "{'grade_bands':[]}");
  g_autoptr(JxDocData) custom = load_doc ("[]", "{'grade_bands':[{'name':'A','min':85},{'name':'B','min':70}]}");

  g_assert_cmpstr (jx_grade_for_rate (&doc->scoring, 100), ==, "优秀");
  g_assert_cmpstr (jx_grade_for_rate (&doc->scoring, 90), ==, "优秀");
  g_assert_cmpstr (jx_grade_for_rate (&doc->scoring, 89.99), ==, "良好");
  g_assert_cmpstr (jx_grade_for_rate (&doc->scoring, 80), ==, "良好");
  g_assert_cmpstr (jx_grade_for_rate (&doc->scoring, 0.9 * 100), ==, "优秀");
  g_assert_cmpstr (jx_grade_for_rate (&doc->scoring, 60), ==, "中等");
  g_assert_cmpstr (jx_grade_for_rate (&doc->scoring, 59.99), ==, "差");
  g_assert_cmpstr (jx_grade_for_rate (&doc->scoring, 0), ==, "差");
  g_assert_null (jx_grade_for_rate (&doc->scoring, NAN));
  /* no bands in the file: the defaults */
  g_assert_cmpstr (jx_grade_for_rate (&no_bands->scoring, 85), ==, "良好");
  g_assert_cmpstr (jx_grade_for_rate (&custom->scoring, 85), ==, "A");
  g_assert_cmpstr (jx_grade_for_rate (&custom->scoring, 84), ==, "B");
  g_assert_null (jx_grade_for_rate (&custom->scoring, 50));

  {
    /* an empty document */
    g_autoptr(JxScoreSheet) sheet = jx_score_sheet_compute (doc);

    g_assert_cmpuint (sheet->indicators->len, ==, 0);
    g_assert_cmpuint (sheet->dimensions->len, ==, 0);
    assert_num (sheet->total_weight, 0);
    g_assert_true (isnan (sheet->total));
    g_assert_null (sheet->grade);
  }
}

static void
test_text (void)
{
  g_autoptr(GString) out = g_string_new ("x ");
  char buf[JX_NUMBER_BUF];

  /* the formatter of explanations: %s, %N$s as translators reorder, %% */
  _jx_append (out, "%s / %s = %s%%", "3250", "3000", "108.33");
  g_assert_cmpstr (out->str, ==, "x 3250 / 3000 = 108.33%");
  g_string_truncate (out, 0);
  _jx_append (out, "%2$s ← %1$s, %2$s", "a", "b");
  g_assert_cmpstr (out->str, ==, "b ← a, b");

  g_assert_cmpstr (_jx_format_fixed (buf, 0.125, 2), ==, "0.13");
  g_assert_cmpstr (_jx_format_fixed (buf, -0.001, 2), ==, "0.00");
  g_assert_cmpstr (_jx_format_fixed (buf, -67.647, 2), ==, "-67.65");
  g_assert_cmpstr (_jx_format_fixed (buf, 3, 0), ==, "3");
  g_assert_cmpstr (_jx_format_number (buf, 3250, 6), ==, "3250");
  g_assert_cmpstr (_jx_format_number (buf, 7.7, 6), ==, "7.7");
  g_assert_cmpstr (_jx_format_number (buf, 100.0 * 93 / 101, 2), ==, "92.08");
  g_assert_cmpstr (_jx_format_number (buf, 0.1 + 0.2, 6), ==, "0.3");
  g_assert_cmpstr (_jx_format_number (buf, -10, 6), ==, "-10");
  g_assert_cmpstr (_jx_format_number (buf, 1e18, 2), ==, "1000000000000000000");
  g_assert_cmpstr (_jx_format_number (buf, NAN, 2), ==, "—");
}

/* ---- speed ---- */

static JxIndicator *
new_indicator (const char *name,
               double      weight)
{
  JxIndicator *ind = jx_record_new (&jx_indicator_type);

  g_free (ind->name);
  ind->name = g_strdup (name);
  ind->weight = weight;
  return ind;
}

static void
test_speed (void)
{
  g_autoptr(JxDocData) doc = jx_doc_data_new ();
  g_autoptr(JxScoreSheet) sheet = NULL;
  gint64 start;
  gint64 elapsed;
  guint n = 0;
  guint i, j, k;

  for (i = 0; i < 4; i++)
    {
      JxIndicator *l1 = new_indicator ("一级指标", 25);

      g_ptr_array_add (doc->indicators, l1);
      for (j = 0; j < 50; j++)
        {
          JxIndicator *l2 = new_indicator ("二级指标", NAN);

          g_ptr_array_add (l1->children, l2);
          for (k = 0; k < 250; k++, n++)
            {
              JxIndicator *leaf = new_indicator ("三级指标", 0.002);
              JxPart *part = jx_record_new (&jx_part_type);

              part->target = 100;
              part->actual = k % 3 == 0 ? NAN : (double) (k % 150);
              g_ptr_array_add (leaf->parts, part);
              leaf->rule.kind = (JxRuleKind) (k % 7);
              leaf->score = k % 5 == 0 ? 0.001 : NAN;
              leaf->applicable = k % 11 != 0;
              g_ptr_array_add (l2->children, leaf);
            }
        }
    }
  g_assert_cmpuint (n, ==, 50000);

  start = g_get_monotonic_time ();
  sheet = jx_score_sheet_compute (doc);
  elapsed = g_get_monotonic_time () - start;

  g_test_message ("50000 indicators scored in %" G_GINT64_FORMAT " µs", elapsed);
  g_assert_cmpuint (sheet->indicators->len, ==, 50000 + 200 + 4);
  /* Timings are the benchmark's business (./dev bench), not a pass/fail test. */
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/scoring/sample/totals", test_sample_totals);
  g_test_add_func ("/scoring/sample/leaves", test_sample_leaves);
  g_test_add_func ("/scoring/completion/directions", test_completion_directions);
  g_test_add_func ("/scoring/rule/positive", test_rule_positive);
  g_test_add_func ("/scoring/rule/negative", test_rule_negative);
  g_test_add_func ("/scoring/rule/equal", test_rule_equal);
  g_test_add_func ("/scoring/rule/qualitative", test_rule_qualitative);
  g_test_add_func ("/scoring/rule/deduction", test_rule_deduction);
  g_test_add_func ("/scoring/rule/tiers", test_rule_tiers);
  g_test_add_func ("/scoring/rule/manual", test_rule_manual);
  g_test_add_func ("/scoring/not-applicable", test_not_applicable);
  g_test_add_func ("/scoring/level2-weight", test_level2_weight);
  g_test_add_func ("/scoring/round", test_round);
  g_test_add_func ("/scoring/rounding-setting", test_rounding_setting);
  g_test_add_func ("/scoring/grades", test_grades);
  g_test_add_func ("/scoring/text", test_text);
  g_test_add_func ("/scoring/speed", test_speed);

  return g_test_run ();
}
