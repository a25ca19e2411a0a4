/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-metrics.c: the ratios of DESIGN.md §4 on the sample and on small documents. */
#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>
#include <math.h>
#include <string.h>

#include "jx-load.h"
#include "jx-metrics.h"
#include "jx-scoring.h"

#define assert_pct(value, expected) \
  g_assert_cmpfloat_with_epsilon (jx_round ((value), 2, JX_ROUNDING_HALF_UP), (expected), 1e-9)

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

/* A document around `budget` and `staffing` (JSON with ' for "). */
static JxDocData *
load_doc (const char *staffing,
          const char *budget,
          const char *scoring)
{
  g_autofree char *json = g_strdup_printf ("{'format':'jixiao','version':1,"
                                           "'department':{'name':'d','year':2020,'staffing':%s},"
                                           "'budget':%s,'scoring':%s}",
                                           staffing, budget, scoring);
  g_autoptr(GError) error = NULL;
  JxDocData *doc;

  g_strdelimit (json, "'", '"');
  doc = jx_doc_data_load_data (json, strlen (json), "test.jixiao", &error);
  g_assert_no_error (error);
  g_assert_nonnull (doc);
  return doc;
}

static void
assert_explain (const JxDocData *doc,
                JxMetricId       id,
                const char      *expected)
{
  g_autofree char *text = jx_metric_explain (doc, id);

  g_assert_cmpstr (text, ==, expected);
}

static void
assert_explain_has (const JxDocData *doc,
                    JxMetricId       id,
                    const char      *needle)
{
  g_autofree char *text = jx_metric_explain (doc, id);

  if (strstr (text, needle) == NULL)
    g_error ("“%s” does not contain “%s”", text, needle);
}

static void
test_sample_values (void)
{
  g_autoptr(JxDocData) doc = load_sample ();

  assert_pct (jx_metric_compute (doc, JX_METRIC_STAFF_CONTROL_RATE), 92.08);
  g_assert_cmpfloat_with_epsilon (jx_metric_compute (doc, JX_METRIC_STAFF_CONTROL_RATE), 9300.0 / 101, 1e-9);
  assert_pct (jx_metric_compute (doc, JX_METRIC_THREE_PUBLIC_CHANGE_RATE), -67.65);
  assert_pct (jx_metric_compute (doc, JX_METRIC_THREE_PUBLIC_CONTROL_RATE), 53.82);
  assert_pct (jx_metric_compute (doc, JX_METRIC_PROCUREMENT_EXECUTION_RATE), 62.52);
  assert_pct (jx_metric_compute (doc, JX_METRIC_BUDGET_EXECUTION_RATE), 100.00);
  assert_pct (jx_metric_compute (doc, JX_METRIC_PROJECT_EXECUTION_RATE), 100.00);
  assert_pct (jx_metric_compute (doc, JX_METRIC_PUBLIC_FUNDS_CONTROL_RATE), 100.00);
  g_assert_true (isnan (jx_metric_compute (doc, JX_METRIC_KEY_EXPENDITURE_RATE)));
  assert_pct (jx_metric_compute (doc, JX_METRIC_ASSET_UTILIZATION_RATE), 100.00);
  /* (3751 − 1967.13) / 1967.13 */
  assert_pct (jx_metric_compute (doc, JX_METRIC_BUDGET_ADJUSTMENT_RATE), 90.68);
  g_assert_true (isnan (jx_metric_compute (doc, JX_METRIC_NONE)));
}

static void
test_sample_explain (void)
{
  g_autoptr(JxDocData) doc = load_sample ();

  assert_explain (doc, JX_METRIC_STAFF_CONTROL_RATE, "93 / 101 = 92.08%");
  assert_explain (doc, JX_METRIC_THREE_PUBLIC_CONTROL_RATE, "2.96 / 5.5 = 53.82%");
  assert_explain (doc, JX_METRIC_THREE_PUBLIC_CHANGE_RATE, "(5.5 − 17) / 17 = -67.65%");
  assert_explain (doc, JX_METRIC_PROCUREMENT_EXECUTION_RATE, "225.42 / 360.54 = 62.52%");
  assert_explain (doc, JX_METRIC_BUDGET_EXECUTION_RATE, "3751 / 3751 = 100.00%");
  assert_explain (doc, JX_METRIC_ASSET_UTILIZATION_RATE, "2200.2 / (2200.2 + 0) = 100.00%");
  assert_explain (doc, JX_METRIC_BUDGET_ADJUSTMENT_RATE, "(3751 − 1967.13) / 1967.13 = 90.68%");
  assert_explain (doc, JX_METRIC_KEY_EXPENDITURE_RATE, "Not applicable: there is no key expenditure.");
}

static void
test_names (void)
{
  int i;

  g_assert_null (jx_metric_to_string (JX_METRIC_NONE));
  g_assert_null (jx_metric_title (JX_METRIC_NONE));
  g_assert_cmpstr (jx_metric_to_string (JX_METRIC_STAFF_CONTROL_RATE), ==, "staff_control_rate");
  g_assert_cmpstr (jx_metric_to_string (JX_METRIC_BUDGET_ADJUSTMENT_RATE), ==, "budget_adjustment_rate");
  g_assert_cmpstr (jx_metric_title (JX_METRIC_STAFF_CONTROL_RATE), ==, "Staff control rate");
  g_assert_cmpint (jx_metric_from_string ("nonsense"), ==, JX_METRIC_NONE);
  g_assert_cmpint (jx_metric_from_string (""), ==, JX_METRIC_NONE);
  g_assert_cmpint (jx_metric_from_string (NULL), ==, JX_METRIC_NONE);

  for (i = JX_METRIC_NONE + 1; i < JX_N_METRICS; i++)
    {
      const char *id = jx_metric_to_string (i);

      g_assert_nonnull (id);
      g_assert_cmpint (jx_metric_from_string (id), ==, i);
      g_assert_nonnull (jx_metric_title (i));
      g_assert_cmpstr (jx_metric_title (i), !=, "");
    }
}

static void
test_change_base_actual (void)
{
  g_autoptr(JxDocData) doc =
    load_doc ("{}",
              "{'three_public':{'budget_total':5.5,'actual_total':2.96,"
              "'previous_budget_total':17,'previous_actual_total':1.82}}",
              "{'three_public_change_base':'actual'}");

  /* (2.96 − 1.82) / 1.82 */
  assert_pct (jx_metric_compute (doc, JX_METRIC_THREE_PUBLIC_CHANGE_RATE), 62.64);
  assert_explain (doc, JX_METRIC_THREE_PUBLIC_CHANGE_RATE, "(2.96 − 1.82) / 1.82 = 62.64%");

  doc->scoring.three_public_change_base = JX_CHANGE_BASE_BUDGET;
  assert_pct (jx_metric_compute (doc, JX_METRIC_THREE_PUBLIC_CHANGE_RATE), -67.65);
}

static void
test_budget_adjustment (void)
{
  g_autoptr(JxDocData) doc =
    load_doc ("{}", "{'execution':{'initial':200,'additional':50,'adjusted':250,'actual':240}}", "{}");

  g_assert_cmpfloat_with_epsilon (jx_metric_compute (doc, JX_METRIC_BUDGET_ADJUSTMENT_RATE), 25.0, 1e-12);
  g_assert_cmpfloat_with_epsilon (jx_metric_compute (doc, JX_METRIC_BUDGET_EXECUTION_RATE), 96.0, 1e-12);
  assert_explain (doc, JX_METRIC_BUDGET_ADJUSTMENT_RATE, "(250 − 200) / 200 = 25.00%");

  /* a downward adjustment is negative */
  doc->budget.execution.adjusted = 150 * JX_MONEY_PER_WAN;
  g_assert_cmpfloat_with_epsilon (jx_metric_compute (doc, JX_METRIC_BUDGET_ADJUSTMENT_RATE), -25.0, 1e-12);
}

static void
test_asset_base (void)
{
  g_autoptr(JxDocData) doc =
    load_doc ("{}", "{'assets':{'registered':11131.53,'in_use':2200.2,'idle':100,'utilization_base':'registered'}}", "{}");

  assert_pct (jx_metric_compute (doc, JX_METRIC_ASSET_UTILIZATION_RATE), 19.77);
  assert_explain (doc, JX_METRIC_ASSET_UTILIZATION_RATE, "2200.2 / 11131.53 = 19.77%");

  doc->budget.assets.utilization_base = JX_ASSET_BASE_IN_USE_AND_IDLE;
  /* 2200.2 / 2300.2 */
  assert_pct (jx_metric_compute (doc, JX_METRIC_ASSET_UTILIZATION_RATE), 95.65);

  doc->budget.assets.in_use = 0;
  doc->budget.assets.idle = 0;
  g_assert_true (isnan (jx_metric_compute (doc, JX_METRIC_ASSET_UTILIZATION_RATE)));
  assert_explain_has (doc, JX_METRIC_ASSET_UTILIZATION_RATE, "Not applicable");
}

static void
test_not_applicable (void)
{
  g_autoptr(JxDocData) doc =
    load_doc ("{'authorized':{'total':0},'actual':{'total':5}}",
              "{'procurement':{'budget':null,'actual':10},"
              "'projects':{'adjusted':0,'actual':0},"
              "'key_expenditure':{'amount':30},"
              "'three_public':{'budget_total':4,'previous_budget_total':0}}",
              "{}");
  int i;

  /* a zero base */
  g_assert_true (isnan (jx_metric_compute (doc, JX_METRIC_STAFF_CONTROL_RATE)));
  assert_explain (doc, JX_METRIC_STAFF_CONTROL_RATE, "Not applicable: the authorized headcount is zero.");
  g_assert_true (isnan (jx_metric_compute (doc, JX_METRIC_PROJECT_EXECUTION_RATE)));
  g_assert_true (isnan (jx_metric_compute (doc, JX_METRIC_THREE_PUBLIC_CHANGE_RATE)));
  /* key expenditure over zero project spending */
  g_assert_true (isnan (jx_metric_compute (doc, JX_METRIC_KEY_EXPENDITURE_RATE)));
  assert_explain_has (doc, JX_METRIC_KEY_EXPENDITURE_RATE, "is zero");
  /* not stated */
  g_assert_true (isnan (jx_metric_compute (doc, JX_METRIC_PROCUREMENT_EXECUTION_RATE)));
  assert_explain (doc, JX_METRIC_PROCUREMENT_EXECUTION_RATE,
                  "Not applicable: the government procurement budget is not stated.");
  g_assert_true (isnan (jx_metric_compute (doc, JX_METRIC_BUDGET_EXECUTION_RATE)));
  g_assert_true (isnan (jx_metric_compute (doc, JX_METRIC_THREE_PUBLIC_CONTROL_RATE)));
  assert_explain_has (doc, JX_METRIC_THREE_PUBLIC_CONTROL_RATE, "not stated");

  /* the key expenditure rate when there is one */
  doc->budget.projects.actual = 120 * JX_MONEY_PER_WAN;
  g_assert_cmpfloat_with_epsilon (jx_metric_compute (doc, JX_METRIC_KEY_EXPENDITURE_RATE), 25.0, 1e-12);
  assert_explain (doc, JX_METRIC_KEY_EXPENDITURE_RATE, "30 / 120 = 25.00%");

  /* counts not stated; the authorized total alone is not enough */
  doc->department.staffing.actual.total = JX_COUNT_NONE;
  doc->department.staffing.authorized.total = 10;
  g_assert_true (isnan (jx_metric_compute (doc, JX_METRIC_STAFF_CONTROL_RATE)));
  assert_explain (doc, JX_METRIC_STAFF_CONTROL_RATE, "Not applicable: the actual headcount is not stated.");

  /* every metric of an empty document: not applicable, with a reason */
  {
    g_autoptr(JxDocData) empty = jx_doc_data_new ();

    for (i = JX_METRIC_NONE + 1; i < JX_N_METRICS; i++)
      {
        g_assert_true (isnan (jx_metric_compute (empty, i)));
        assert_explain_has (empty, i, "Not applicable");
      }
  }
}

static void
test_exact (void)
{
  /* 0.1 + 0.2 万元 against 0.3: exact integers, exactly 100% */
  g_autoptr(JxDocData) doc =
    load_doc ("{}", "{'public_funds':{'initial':0.1,'additional':0.2,'adjusted':0.3,'actual':0.3},"
              "'procurement':{'budget':3,'actual':1}}", "{}");

  g_assert_cmpfloat (jx_metric_compute (doc, JX_METRIC_PUBLIC_FUNDS_CONTROL_RATE), ==, 100.0);
  assert_explain (doc, JX_METRIC_PUBLIC_FUNDS_CONTROL_RATE, "0.3 / 0.3 = 100.00%");
  /* unrounded */
  g_assert_cmpfloat_with_epsilon (jx_metric_compute (doc, JX_METRIC_PROCUREMENT_EXECUTION_RATE), 100.0 / 3, 1e-12);
  assert_explain (doc, JX_METRIC_PROCUREMENT_EXECUTION_RATE, "1 / 3 = 33.33%");
}

/* Issue 13: carry-over and last year's figures. */
static void
test_carry_over_and_growth (void)
{
  g_autoptr(JxDocData) sample = load_sample ();
  g_autoptr(JxDocData) doc =
    load_doc ("{}",
              "{'revenue':{'total':1250.36,'previous_total':1180.2},"
              "'by_nature':{'total':1336.48,'previous_total':1208.75},"
              "'execution':{'adjusted':1250.36,'actual':1296.48,'opening_balance':86.12,'closing_balance':40},"
              "'projects':{'adjusted':533.88,'actual':620,'opening_balance':86.12}}",
              "{}");

  /* the sample states none of them */
  g_assert_true (isnan (jx_metric_compute (sample, JX_METRIC_CARRY_OVER_RATE)));
  g_assert_true (isnan (jx_metric_compute (sample, JX_METRIC_REVENUE_GROWTH_RATE)));
  g_assert_true (isnan (jx_metric_compute (sample, JX_METRIC_EXPENDITURE_GROWTH_RATE)));
  assert_explain (sample, JX_METRIC_CARRY_OVER_RATE, "Not applicable: the closing balance (年末结转结余) is not stated.");
  assert_explain (sample, JX_METRIC_REVENUE_GROWTH_RATE, "Not applicable: last year’s total revenue is not stated.");

  /* 40 / 1,250.36; (1,250.36 − 1,180.20) / 1,180.20; (1,336.48 − 1,208.75) / 1,208.75 */
  assert_pct (jx_metric_compute (doc, JX_METRIC_CARRY_OVER_RATE), 3.20);
  assert_pct (jx_metric_compute (doc, JX_METRIC_REVENUE_GROWTH_RATE), 5.94);
  assert_pct (jx_metric_compute (doc, JX_METRIC_EXPENDITURE_GROWTH_RATE), 10.57);
  assert_explain (doc, JX_METRIC_REVENUE_GROWTH_RATE, "(1250.36 − 1180.2) / 1180.2 = 5.94%");
  g_assert_cmpstr (jx_metric_to_string (JX_METRIC_CARRY_OVER_RATE), ==, "carry_over_rate");
  g_assert_cmpint (jx_metric_from_string ("expenditure_growth_rate"), ==, JX_METRIC_EXPENDITURE_GROWTH_RATE);

  /* the execution rates on the adjusted budget, then with the carry-in (a region's setting) */
  assert_pct (jx_metric_compute (doc, JX_METRIC_BUDGET_EXECUTION_RATE), 103.69);
  assert_pct (jx_metric_compute (doc, JX_METRIC_PROJECT_EXECUTION_RATE), 116.13);
  doc->scoring.execution_base = JX_EXECUTION_BASE_ADJUSTED_AND_OPENING;
  /* 1,296.48 / (1,250.36 + 86.12); 620 / (533.88 + 86.12); 40 / (1,250.36 + 86.12) */
  assert_pct (jx_metric_compute (doc, JX_METRIC_BUDGET_EXECUTION_RATE), 97.01);
  assert_pct (jx_metric_compute (doc, JX_METRIC_PROJECT_EXECUTION_RATE), 100);
  assert_pct (jx_metric_compute (doc, JX_METRIC_CARRY_OVER_RATE), 2.99);
  assert_explain (doc, JX_METRIC_BUDGET_EXECUTION_RATE, "1296.48 / (1250.36 + 86.12) = 97.01%");
  /* … which needs the carry-in stated (0 when there is none) */
  doc->budget.execution.opening_balance = JX_MONEY_NONE;
  g_assert_true (isnan (jx_metric_compute (doc, JX_METRIC_BUDGET_EXECUTION_RATE)));
  assert_explain (doc, JX_METRIC_BUDGET_EXECUTION_RATE, "Not applicable: the carry-in (年初结转结余) is not stated.");

  /* total expenditure: by nature, else by functional class, else the budget's actual spending */
  doc->budget.by_nature.total = JX_MONEY_NONE;
  g_assert_cmpint (jx_budget_total_expenditure (&doc->budget), ==, doc->budget.execution.actual);
  doc->budget.by_function.total = 1300 * JX_MONEY_PER_WAN;
  g_assert_cmpint (jx_budget_total_expenditure (&doc->budget), ==, 1300 * JX_MONEY_PER_WAN);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/metrics/sample/values", test_sample_values);
  g_test_add_func ("/metrics/sample/explain", test_sample_explain);
  g_test_add_func ("/metrics/names", test_names);
  g_test_add_func ("/metrics/change-base-actual", test_change_base_actual);
  g_test_add_func ("/metrics/budget-adjustment", test_budget_adjustment);
  g_test_add_func ("/metrics/asset-base", test_asset_base);
  g_test_add_func ("/metrics/not-applicable", test_not_applicable);
  g_test_add_func ("/metrics/exact", test_exact);
  g_test_add_func ("/metrics/carry-over-and-growth", test_carry_over_and_growth);

  return g_test_run ();
}
