/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The consistency checks: the sample's findings, and for each check a small document that
 * triggers it and one that does not. Documents are written with ' for " to stay readable. */
#include "config.h"

#include <string.h>

#include "jx-checks.h"
#include "jx-load.h"
#include "jx-scoring.h"
#include "jx-test-checks.h"

/* a qualitative level-3 indicator */
#define LEAF(name, weight, score) \
  "{'name':'" name "','weight':" weight ",'rule':{'kind':'qualitative','grade':'achieved','share':100},'score':" score "}"

/* ---- the sample ---- */

static void
test_sample (void)
{
  g_autoptr(GFile) file = g_file_new_for_path (g_getenv ("JIXIAO_SAMPLE"));
  g_autoptr(GError) error = NULL;
  g_autoptr(JxDocData) doc = jx_doc_data_load_file (file, &error);
  g_autoptr(JxScoreSheet) sheet = NULL;
  g_autoptr(GPtrArray) findings = NULL;
  g_autoptr(GPtrArray) without_sheet = NULL;
  const JxFinding *f;
  guint i;

  g_assert_no_error (error);
  sheet = jx_score_sheet_compute (doc);
  findings = jx_checks_run (doc, sheet);
  dump (findings);

  /* exactly the 645.88 / 645.12 restatement */
  g_assert_cmpuint (count (findings, JX_SEVERITY_ERROR), ==, 1);
  f = g_ptr_array_index (findings, 0);
  g_assert_cmpint (f->severity, ==, JX_SEVERITY_ERROR);
  g_assert_cmpstr (f->path, ==, "budget.projects.initial");
  g_assert_nonnull (strstr (f->message, "645.88"));
  g_assert_nonnull (strstr (f->message, "645.12"));
  g_assert_nonnull (strstr (f->message, "1,476.62"));
  g_assert_nonnull (strstr (f->message, "2,122.50"));
  g_assert_nonnull (strstr (f->message, "2,121.74"));
  g_assert_nonnull (strstr (f->message, "二（三）2（2）项目执行率"));

  /* the two missing actual values: 产出 11 每日汇编播出… and 效果 62 受众满意度 */
  g_assert_cmpuint (count (findings, JX_SEVERITY_WARNING), ==, 2);
  f = find (findings, JX_SEVERITY_WARNING, "indicators[2].children[1].children[0].parts[0].actual");
  g_assert_nonnull (f);
  g_assert_nonnull (strstr (f->message, "每日汇编播出"));
  g_assert_nonnull (strstr (f->message, "365"));
  f = find (findings, JX_SEVERITY_WARNING, "indicators[3].children[2].children[0].parts[0].actual");
  g_assert_nonnull (f);
  g_assert_nonnull (strstr (f->message, "受众满意度"));
  g_assert_nonnull (strstr (f->message, "95"));

  /* 预算编制规范性 and 政府采购执行率 lost points but give their reasons */
  g_assert_null (find (findings, JX_SEVERITY_WARNING, "indicators[0].children[1].children[0].note"));
  g_assert_null (find (findings, JX_SEVERITY_WARNING, "indicators[1].children[0].children[4].note"));

  /* 重点支出安排率: no key expenditure */
  g_assert_nonnull (find (findings, JX_SEVERITY_INFO, "indicators[0].children[1].children[3].metric"));

  /* errors, then warnings, then info */
  for (i = 1; i < findings->len; i++)
    g_assert_cmpint (((const JxFinding *) g_ptr_array_index (findings, i - 1))->severity, >=,
                     ((const JxFinding *) g_ptr_array_index (findings, i))->severity);

  /* without a score sheet, the checks compute one */
  without_sheet = jx_checks_run (doc, NULL);
  g_assert_cmpuint (without_sheet->len, ==, findings->len);
}

static void
test_empty (void)
{
  g_autoptr(GPtrArray) findings = run (DOC ("'budget':{}"));

  /* Nothing adds up wrong; what is not filled in yet is said (jx-checks-missing.c). */
  dump (findings);
  g_assert_cmpuint (count (findings, JX_SEVERITY_ERROR), ==, 0);
  g_assert_cmpuint (count (findings, JX_SEVERITY_WARNING), ==, 0);
  g_assert_nonnull (find (findings, JX_SEVERITY_INFO, "indicators"));
  g_assert_nonnull (find (findings, JX_SEVERITY_INFO, "budget.revenue.total"));
  g_assert_cmpstr (jx_severity_to_string (JX_SEVERITY_ERROR), ==, "error");
  g_assert_cmpstr (jx_severity_to_string (JX_SEVERITY_WARNING), ==, "warning");
  g_assert_cmpstr (jx_severity_to_string (JX_SEVERITY_INFO), ==, "info");
}

/* ---- budget ---- */

static void
test_amount_tables (void)
{
#define ITEMS "'items':[{'name':'a','amount':2725.07},{'name':'b','amount':303.14},{'name':'c','amount':722.79}]"
  static const char * const tables[] = { "revenue", "by_function", "by_economic" };
  guint i;

  for (i = 0; i < G_N_ELEMENTS (tables); i++)
    {
      g_autofree char *bad = g_strdup_printf (DOC ("'budget':{'%s':{'total':3750," ITEMS "}}"), tables[i]);
      g_autofree char *good = g_strdup_printf (DOC ("'budget':{'%s':{'total':3751," ITEMS "}}"), tables[i]);
      g_autofree char *unstated = g_strdup_printf (DOC ("'budget':{'%s':{'total':3750,'items':[{'name':'a','amount':1},{'name':'b','amount':null}]}}"), tables[i]);
      g_autofree char *path = g_strdup_printf ("budget.%s.total", tables[i]);

      assert_finding (bad, JX_SEVERITY_ERROR, path, "3,751.00", "3,750.00");
      assert_finding (bad, JX_SEVERITY_ERROR, path, "2,725.07 + 303.14 + 722.79", "difference 1.00");
      assert_no_finding (good, JX_SEVERITY_ERROR, path);
      assert_no_finding (unstated, JX_SEVERITY_ERROR, path);
    }
#undef ITEMS

  /* a difference finer than 0.01 万元 is shown, not rounded to 0.00 */
  assert_finding (DOC ("'budget':{'revenue':{'total':1,'items':[{'name':'a','amount':0.999999}]}}"),
                  JX_SEVERITY_ERROR, "budget.revenue.total", "0.999999", "difference 0.000001");
}

static void
test_by_nature (void)
{
  assert_finding (DOC ("'budget':{'by_nature':{'basic':1630,'personnel':1361.26,'public':267.24}}"),
                  JX_SEVERITY_ERROR, "budget.by_nature.basic", "1,628.50", "1,630.00");
  assert_no_finding (DOC ("'budget':{'by_nature':{'basic':1628.5,'personnel':1361.26,'public':267.24}}"),
                     JX_SEVERITY_ERROR, "budget.by_nature.basic");
  assert_no_finding (DOC ("'budget':{'by_nature':{'basic':1630,'personnel':1361.26}}"),
                     JX_SEVERITY_ERROR, "budget.by_nature.basic");

  assert_finding (DOC ("'budget':{'by_nature':{'total':3750,'basic':1628.5,'project':2122.5}}"),
                  JX_SEVERITY_ERROR, "budget.by_nature.total", "3,751.00", "3,750.00");
  assert_no_finding (DOC ("'budget':{'by_nature':{'total':3751,'basic':1628.5,'project':2122.5}}"),
                     JX_SEVERITY_ERROR, "budget.by_nature.total");
  /* basic not stated: personnel + public + project */
  assert_finding (DOC ("'budget':{'by_nature':{'total':3750,'personnel':1361.26,'public':267.24,'project':2122.5}}"),
                  JX_SEVERITY_ERROR, "budget.by_nature.total", "3,751.00", "3,750.00");
}

static void
test_total_expenditure (void)
{
  /* revenue against expenditure: with no carry-over stated, a difference is a warning naming
   * the carry-over figure that would balance it (jx-checks-balance.c, tested below) */
  assert_finding (DOC ("'budget':{'revenue':{'total':3751},'by_function':{'total':3750}}"),
                  JX_SEVERITY_WARNING, "budget.execution.closing_balance", "3,750.00", "3,751.00");
  assert_no_finding (DOC ("'budget':{'revenue':{'total':3751},'by_function':{'total':3750}}"),
                     JX_SEVERITY_ERROR, "budget.by_function.total");
  assert_finding (DOC ("'budget':{'by_function':{'total':3751},'by_nature':{'total':3750}}"),
                  JX_SEVERITY_ERROR, "budget.by_nature.total", "3,750.00", "3,751.00");
  assert_finding (DOC ("'budget':{'revenue':{'total':3751},'by_nature':{'total':3750}}"),
                  JX_SEVERITY_WARNING, "budget.execution.closing_balance", "3,750.00", "3,751.00");
  assert_no_finding (DOC ("'budget':{'revenue':{'total':3751},'by_function':{'total':3751},'by_nature':{'total':3751}}"),
                     JX_SEVERITY_ERROR, "budget.by_function.total");
  assert_no_finding (DOC ("'budget':{'revenue':{'total':3751},'by_function':{'total':3751},'by_nature':{'total':3751}}"),
                     JX_SEVERITY_ERROR, "budget.by_nature.total");
  assert_no_finding (DOC ("'budget':{'revenue':{'total':null},'by_function':{'total':3750}}"),
                     JX_SEVERITY_ERROR, "budget.by_function.total");

  assert_finding (DOC ("'budget':{'by_nature':{'basic':1628.5},'by_economic':{'total':1628}}"),
                  JX_SEVERITY_ERROR, "budget.by_economic.total", "1,628.00", "1,628.50");
  assert_no_finding (DOC ("'budget':{'by_nature':{'basic':1628.5},'by_economic':{'total':1628.5}}"),
                     JX_SEVERITY_ERROR, "budget.by_economic.total");
}

static void
test_flows (void)
{
  static const char * const flows[] = { "execution", "projects", "public_funds" };
  guint i;

  for (i = 0; i < G_N_ELEMENTS (flows); i++)
    {
      g_autofree char *bad = g_strdup_printf (DOC ("'budget':{'%s':{'initial':645.12,'additional':1476.62,'adjusted':2122.5}}"), flows[i]);
      g_autofree char *good = g_strdup_printf (DOC ("'budget':{'%s':{'initial':645.88,'additional':1476.62,'adjusted':2122.5}}"), flows[i]);
      g_autofree char *path = g_strdup_printf ("budget.%s.adjusted", flows[i]);

      assert_finding (bad, JX_SEVERITY_ERROR, path, "2,121.74", "2,122.50");
      assert_finding (bad, JX_SEVERITY_ERROR, path, "645.12 + 1,476.62", NULL);
      assert_no_finding (good, JX_SEVERITY_ERROR, path);
    }
}

static void
test_three_public (void)
{
#define TP(totals) DOC ("'budget':{'three_public':{'items':[" \
  "{'name':'a','budget':0,'actual':0,'previous_budget':null,'previous_actual':1}," \
  "{'name':'b','budget':4,'actual':2.96,'previous_budget':10,'previous_actual':2}," \
  "{'name':'c','budget':1.5,'actual':0,'previous_budget':null,'previous_actual':3}]," totals "}}")

  assert_finding (TP ("'budget_total':5"), JX_SEVERITY_ERROR, "budget.three_public.budget_total", "5.50", "5.00");
  assert_no_finding (TP ("'budget_total':5.5"), JX_SEVERITY_ERROR, "budget.three_public.budget_total");
  assert_finding (TP ("'actual_total':3"), JX_SEVERITY_ERROR, "budget.three_public.actual_total", "2.96", "3.00");
  assert_no_finding (TP ("'actual_total':2.96"), JX_SEVERITY_ERROR, "budget.three_public.actual_total");
  assert_finding (TP ("'previous_actual_total':7"), JX_SEVERITY_ERROR, "budget.three_public.previous_actual_total", "6.00", "7.00");
  assert_no_finding (TP ("'previous_actual_total':6"), JX_SEVERITY_ERROR, "budget.three_public.previous_actual_total");
  /* items not all stated: no comparison (the sample's 17 for last year's budget) */
  assert_no_finding (TP ("'previous_budget_total':17"), JX_SEVERITY_ERROR, "budget.three_public.previous_budget_total");
#undef TP
}

static void
test_assets (void)
{
  assert_finding (DOC ("'budget':{'assets':{'registered':110,'in_use':100,'idle':20}}"),
                  JX_SEVERITY_ERROR, "budget.assets.in_use", "120.00", "110.00");
  assert_finding (DOC ("'budget':{'assets':{'registered':110,'in_use':120}}"),
                  JX_SEVERITY_ERROR, "budget.assets.in_use", "120.00", "110.00");
  assert_no_finding (DOC ("'budget':{'assets':{'registered':11131.53,'in_use':2200.2,'idle':0}}"),
                     JX_SEVERITY_ERROR, "budget.assets.in_use");
}

/* ---- staffing ---- */

static void
test_staffing (void)
{
  assert_finding (DOC_STAFFING ("'authorized':{'total':100,'administrative':21,'institutional':80}"),
                  JX_SEVERITY_ERROR, "department.staffing.authorized.total", "101", "100");
  assert_no_finding (DOC_STAFFING ("'authorized':{'total':101,'administrative':21,'institutional':80}"),
                     JX_SEVERITY_ERROR, "department.staffing.authorized.total");

  assert_finding (DOC_STAFFING ("'actual':{'total':94,'administrative':8,'institutional':57,'contract':28}"),
                  JX_SEVERITY_ERROR, "department.staffing.actual.total", "93", "94");
  assert_finding (DOC_STAFFING ("'actual':{'total':94,'administrative':8,'institutional':57,'contract':28}"),
                  JX_SEVERITY_ERROR, "department.staffing.actual.total", "8 + 57 + 28", NULL);
  assert_no_finding (DOC_STAFFING ("'actual':{'total':93,'administrative':8,'institutional':57,'contract':28}"),
                     JX_SEVERITY_ERROR, "department.staffing.actual.total");
  assert_no_finding (DOC_STAFFING ("'actual':{'total':94,'administrative':8,'institutional':57}"),
                     JX_SEVERITY_ERROR, "department.staffing.actual.total");

  assert_finding (DOC_STAFFING ("'authorized':{'institutional':10,'civil_servant_managed':12}"),
                  JX_SEVERITY_ERROR, "department.staffing.authorized.civil_servant_managed", "12", "10");
  assert_finding (DOC_STAFFING ("'actual':{'institutional':7,'civil_servant_managed':8}"),
                  JX_SEVERITY_ERROR, "department.staffing.actual.civil_servant_managed", "8", "7");
  assert_no_finding (DOC_STAFFING ("'authorized':{'institutional':80,'civil_servant_managed':12}"),
                     JX_SEVERITY_ERROR, "department.staffing.authorized.civil_servant_managed");

  assert_finding (DOC_STAFFING ("'retirees':{'total':50,'honorary':0,'retired':51}"),
                  JX_SEVERITY_ERROR, "department.staffing.retirees.total", "51", "50");
  assert_no_finding (DOC_STAFFING ("'retirees':{'total':51,'honorary':0,'retired':51}"),
                     JX_SEVERITY_ERROR, "department.staffing.retirees.total");
}

/* ---- restatements ---- */

static void
test_restatements (void)
{
#define PROJECTS "'budget':{'projects':{'initial':645.88,'additional':1476.62,'adjusted':2122.5}},"
  assert_finding (DOC (PROJECTS "'restatements':[{'path':'budget.projects.initial','value':645.12,'where':'项目执行率'}]"),
                  JX_SEVERITY_ERROR, "budget.projects.initial", "645.88", "645.12");
  assert_finding (DOC (PROJECTS "'restatements':[{'path':'budget.projects.initial','value':645.12,'where':'项目执行率'}]"),
                  JX_SEVERITY_ERROR, "budget.projects.initial",
                  "645.88 + 1,476.62 = 2,122.50 = adjusted 2,122.50",
                  "645.12 + 1,476.62 = 2,121.74 ≠ adjusted 2,122.50");
  assert_finding (DOC (PROJECTS "'restatements':[{'path':'budget.projects.adjusted','value':2121.74}]"),
                  JX_SEVERITY_ERROR, "budget.projects.adjusted", "2,122.50", "2,121.74");
  assert_no_finding (DOC (PROJECTS "'restatements':[{'path':'budget.projects.initial','value':645.88}]"),
                     JX_SEVERITY_ERROR, "budget.projects.initial");
#undef PROJECTS

  /* other money: both figures and the difference */
  assert_finding (DOC ("'budget':{'revenue':{'total':3751}},'restatements':[{'path':'budget.revenue.total','value':3750}]"),
                  JX_SEVERITY_ERROR, "budget.revenue.total", "3,751.00", "3,750.00");
  /* not stated in the document: nothing to compare */
  assert_no_finding (DOC ("'restatements':[{'path':'budget.revenue.total','value':3750}]"),
                     JX_SEVERITY_ERROR, "budget.revenue.total");

  /* counts and numbers */
#define STAFF(value) "{'format':'jixiao','version':1,'department':{'name':'T','year':2020,'staffing':{'actual':{'total':93}}}," \
  "'restatements':[{'path':'department.staffing.actual.total','value':" value ",'where':'一（二）'}]}"
  assert_finding (STAFF ("92"), JX_SEVERITY_ERROR, "department.staffing.actual.total", "93", "92");
  assert_no_finding (STAFF ("93"), JX_SEVERITY_ERROR, "department.staffing.actual.total");
#undef STAFF
  assert_finding (DOC ("'indicators':[{'name':'投入','weight':6}],'restatements':[{'path':'indicators[0].weight','value':7}]"),
                  JX_SEVERITY_ERROR, "indicators[0].weight", "6", "7");
  assert_no_finding (DOC ("'indicators':[{'name':'投入','weight':6}],'restatements':[{'path':'indicators[0].weight','value':6.0000000001}]"),
                     JX_SEVERITY_ERROR, "indicators[0].weight");

  /* a path that names nothing, or no figure */
  assert_finding (DOC ("'restatements':[{'path':'budget.nowhere','value':1}]"),
                  JX_SEVERITY_WARNING, "restatements[0].path", "nowhere", NULL);
  assert_finding (DOC ("'restatements':[{'path':'department.name','value':1}]"),
                  JX_SEVERITY_WARNING, "restatements[0].path", "department.name", NULL);
}

/* ---- indicators: weights ---- */

static void
test_weights (void)
{
  /* level 1 adds up to 100 */
  assert_finding (DOC ("'indicators':[{'name':'投入','weight':60},{'name':'产出','weight':30}]"),
                  JX_SEVERITY_ERROR, "indicators", "90", "60 + 30");
  assert_no_finding (DOC ("'indicators':[{'name':'投入','weight':60},{'name':'产出','weight':40}]"),
                     JX_SEVERITY_ERROR, "indicators");

  /* level 3 adds up to the level-2 weight */
  assert_finding (DOC ("'indicators':[{'name':'投入','weight':100,'children':[{'name':'g','weight':10,'children':["
                       LEAF ("a", "4", "4") "," LEAF ("b", "5", "5") "]},{'name':'h','weight':90}]}]"),
                  JX_SEVERITY_ERROR, "indicators[0].children[0].weight", "9", "10");
  assert_no_finding (DOC ("'indicators':[{'name':'投入','weight':100,'children':[{'name':'g','weight':9,'children':["
                          LEAF ("a", "4", "4") "," LEAF ("b", "5", "5") "]},{'name':'h','weight':91}]}]"),
                     JX_SEVERITY_ERROR, "indicators[0].children[0].weight");

  /* level 2 (or level 3 under a level 2 without weight) adds up to the level-1 weight */
  assert_finding (DOC ("'indicators':[{'name':'投入','weight':100,'children':[{'name':'g','children':["
                       LEAF ("a", "60", "60") "," LEAF ("b", "30", "30") "]}]}]"),
                  JX_SEVERITY_ERROR, "indicators[0].weight", "90", "100");
  assert_finding (DOC ("'indicators':[{'name':'投入','weight':100,'children':[{'name':'g','weight':60},{'name':'h','weight':30}]}]"),
                  JX_SEVERITY_ERROR, "indicators[0].weight", "90", "60 + 30");
  assert_no_finding (DOC ("'indicators':[{'name':'投入','weight':100,'children':[{'name':'g','children':["
                          LEAF ("a", "60", "60") "," LEAF ("b", "40", "40") "]}]}]"),
                     JX_SEVERITY_ERROR, "indicators[0].weight");

  /* level 1 and level 3 must have a weight */
  assert_finding (DOC ("'indicators':[{'name':'投入'}]"), JX_SEVERITY_ERROR, "indicators[0].weight", "投入", NULL);
  assert_no_finding (DOC ("'indicators':[{'name':'投入','weight':100}]"), JX_SEVERITY_ERROR, "indicators[0].weight");
  assert_finding (DOC ("'indicators':[{'name':'投入','weight':100,'children':[{'name':'g','children':[{'name':'无分值'}]}]}]"),
                  JX_SEVERITY_ERROR, "indicators[0].children[0].children[0].weight", "无分值", NULL);
  assert_no_finding (DOC ("'indicators':[{'name':'投入','weight':100,'children':[{'name':'g','children':[" LEAF ("a", "100", "100") "]}]}]"),
                     JX_SEVERITY_ERROR, "indicators[0].children[0].children[0].weight");
}

/* ---- indicators: scores ---- */

static void
test_scores (void)
{
#define ONE(leaf) DOC ("'indicators':[{'name':'投入','weight':100,'children':[{'name':'g','children':[" \
  LEAF ("a", "95", "95") "," leaf "]}]}]")

  assert_finding (ONE (LEAF ("b", "5", "6")), JX_SEVERITY_ERROR, "indicators[0].children[0].children[1].score", "6", "5");
  assert_no_finding (ONE (LEAF ("b", "5", "5")), JX_SEVERITY_ERROR, "indicators[0].children[0].children[1].score");
  assert_finding (ONE (LEAF ("b", "5", "-1")), JX_SEVERITY_ERROR, "indicators[0].children[0].children[1].score", "-1", NULL);
  assert_no_finding (ONE (LEAF ("b", "5", "0")), JX_SEVERITY_ERROR, "indicators[0].children[0].children[1].score");
#undef ONE

  /* stated subtotals of levels 1 and 2 */
  assert_finding (DOC ("'indicators':[{'name':'投入','weight':100,'stated_score':97,'children':[{'name':'g','children':["
                       LEAF ("a", "60", "58") "," LEAF ("b", "40", "40") "]}]}]"),
                  JX_SEVERITY_ERROR, "indicators[0].stated_score", "97", "98");
  assert_no_finding (DOC ("'indicators':[{'name':'投入','weight':100,'stated_score':98,'children':[{'name':'g','children':["
                          LEAF ("a", "60", "58") "," LEAF ("b", "40", "40") "]}]}]"),
                     JX_SEVERITY_ERROR, "indicators[0].stated_score");
  assert_finding (DOC ("'indicators':[{'name':'投入','weight':100,'children':[{'name':'g','stated_score':99,'children':["
                       LEAF ("a", "60", "58") "," LEAF ("b", "40", "40") "]}]}]"),
                  JX_SEVERITY_ERROR, "indicators[0].children[0].stated_score", "99", "58 + 40");
  assert_no_finding (DOC ("'indicators':[{'name':'投入','weight':100,'children':[{'name':'g','stated_score':98,'children':["
                          LEAF ("a", "60", "58") "," LEAF ("b", "40", "40") "]}]}]"),
                     JX_SEVERITY_ERROR, "indicators[0].children[0].stated_score");
  /* a not-applicable indicator is left out of the sum */
  assert_no_finding (DOC ("'indicators':[{'name':'投入','weight':100,'stated_score':58,'children':[{'name':'g','children':["
                          LEAF ("a", "60", "58") ",{'name':'b','weight':40,'applicable':false,'score':40}]}]}]"),
                     JX_SEVERITY_ERROR, "indicators[0].stated_score");

  /* the stated total */
  assert_finding (DOC ("'indicators':[{'name':'投入','weight':100,'children':[{'name':'g','children':["
                       LEAF ("a", "60", "58") "," LEAF ("b", "40", "40") "]}]}],'conclusion':{'stated_total':97}"),
                  JX_SEVERITY_ERROR, "conclusion.stated_total", "97", "98");
  assert_no_finding (DOC ("'indicators':[{'name':'投入','weight':100,'children':[{'name':'g','children':["
                          LEAF ("a", "60", "58") "," LEAF ("b", "40", "40") "]}]}],'conclusion':{'stated_total':98}"),
                     JX_SEVERITY_ERROR, "conclusion.stated_total");
}

/* ---- indicators: warnings and info ---- */

#define QUANT(weight, part, extra) DOC ("'indicators':[{'name':'产出','weight':" weight ",'children':[{'name':'g','children':[" \
  "{'number':'11','name':'每日汇编播出','weight':" weight ",'target_text':'365 期','parts':[" part "],'rule':{'kind':'positive'}" extra "}]}]}]")

static void
test_targets (void)
{
  /* missing actual value */
  assert_finding (QUANT ("100", "{'target':365,'actual':null,'unit':'期'}", ",'score':100"),
                  JX_SEVERITY_WARNING, "indicators[0].children[0].children[0].parts[0].actual", "每日汇编播出", "365 期");
  assert_no_finding (QUANT ("100", "{'target':365,'actual':366,'unit':'期'}", ",'score':100"),
                     JX_SEVERITY_WARNING, "indicators[0].children[0].children[0].parts[0].actual");
  /* a metric supplies it */
  assert_no_finding (QUANT ("100", "{'target':100,'actual':null,'unit':'%'}", ",'metric':'staff_control_rate','score':100"),
                     JX_SEVERITY_WARNING, "indicators[0].children[0].children[0].parts[0].actual");
  /* not applicable: no actual needed */
  assert_no_finding (QUANT ("100", "{'target':365,'actual':null,'unit':'期'}", ",'applicable':false,'score':100"),
                     JX_SEVERITY_WARNING, "indicators[0].children[0].children[0].parts[0].actual");

  /* a target without unit */
  assert_finding (QUANT ("100", "{'target':365,'actual':366,'unit':''}", ",'score':100"),
                  JX_SEVERITY_WARNING, "indicators[0].children[0].children[0].parts[0].unit", "每日汇编播出", "365");
  assert_no_finding (QUANT ("100", "{'target':365,'actual':366,'unit':'期'}", ",'score':100"),
                     JX_SEVERITY_WARNING, "indicators[0].children[0].children[0].parts[0].unit");
}

static void
test_deviation_reason (void)
{
#define BELOW(note) DOC ("'indicators':[{'name':'过程','weight':100,'children':[{'name':'g','children':[" \
  LEAF ("a", "99", "99") ",{'name':'政府采购执行率','weight':1,'rule':{'kind':'manual'},'score':0" note "}]}]}]")

  assert_finding (BELOW (""), JX_SEVERITY_WARNING, "indicators[0].children[0].children[1].note", "政府采购执行率", "0");
  assert_finding (BELOW (",'note':' \\n'"), JX_SEVERITY_WARNING, "indicators[0].children[0].children[1].note", "1", NULL);
  assert_no_finding (BELOW (",'note':'压减财政支出'"), JX_SEVERITY_WARNING, "indicators[0].children[0].children[1].note");
  /* the reason told in the analysis is a reason too */
  assert_no_finding (BELOW (",'analysis':'主要原因是压减财政支出。'"), JX_SEVERITY_WARNING,
                     "indicators[0].children[0].children[1].note");
  assert_finding (BELOW (",'analysis':' '"), JX_SEVERITY_WARNING, "indicators[0].children[0].children[1].note", "政府采购执行率", "0");
#undef BELOW
  /* full score needs no reason */
  assert_no_finding (DOC ("'indicators':[{'name':'过程','weight':100,'children':[{'name':'g','children':[" LEAF ("a", "100", "100") "]}]}]"),
                     JX_SEVERITY_WARNING, "indicators[0].children[0].children[0].note");
}

static void
test_manual_without_score (void)
{
  assert_finding (DOC ("'indicators':[{'name':'投入','weight':100,'children':[{'name':'g','children':["
                       "{'name':'绩效目标合理性','weight':100,'target_text':'合理','rule':{'kind':'manual'}}]}]}]"),
                  JX_SEVERITY_WARNING, "indicators[0].children[0].children[0].score", "绩效目标合理性", "100");
  assert_no_finding (DOC ("'indicators':[{'name':'投入','weight':100,'children':[{'name':'g','children':["
                          "{'name':'绩效目标合理性','weight':100,'target_text':'合理','rule':{'kind':'manual'},'score':100}]}]}]"),
                     JX_SEVERITY_WARNING, "indicators[0].children[0].children[0].score");
}

static void
test_metric_not_applicable (void)
{
#define KEY(budget) DOC ("'budget':{" budget "},'indicators':[{'name':'投入','weight':100,'children':[{'name':'g','children':[" \
  "{'number':'6','name':'重点支出安排率','weight':100,'parts':[{'target':100,'unit':'%'}],'metric':'key_expenditure_rate'," \
  "'rule':{'kind':'manual'},'score':100}]}]}]")

  assert_finding (KEY ("'key_expenditure':{'amount':null},'projects':{'actual':2122.5}"),
                  JX_SEVERITY_INFO, "indicators[0].children[0].children[0].metric", "重点支出安排率", NULL);
  assert_no_finding (KEY ("'key_expenditure':{'amount':1000},'projects':{'actual':2000}"),
                     JX_SEVERITY_INFO, "indicators[0].children[0].children[0].metric");
#undef KEY
}

/* A stated grade the computed band does not bear out is a warning; its abbreviation (优 for
 * 优秀, as the reference report writes it) is not. */
static void
test_stated_grades (void)
{
#define GRADED(dim, total) DOC ("'indicators':[{'name':'投入','weight':100,'stated_score':95," dim "'children':[{'name':'g','children':[" \
  "{'name':'绩效目标合理性','weight':100,'target_text':'合理','rule':{'kind':'manual'},'score':95}]}]}]," \
  "'conclusion':{'stated_total':95" total "}")

  assert_no_finding (GRADED ("'stated_grade':'优',", ",'stated_grade':'优'"), JX_SEVERITY_WARNING, "indicators[0].stated_grade");
  assert_no_finding (GRADED ("'stated_grade':'优秀',", ",'stated_grade':'优秀'"), JX_SEVERITY_WARNING, "conclusion.stated_grade");
  assert_no_finding (GRADED ("", ""), JX_SEVERITY_WARNING, "indicators[0].stated_grade");
  assert_finding (GRADED ("'stated_grade':'良好',", ""), JX_SEVERITY_WARNING, "indicators[0].stated_grade", "良好", "优秀");
  assert_finding (GRADED ("", ",'stated_grade':'中等'"), JX_SEVERITY_WARNING, "conclusion.stated_grade", "中等", "优秀");
#undef GRADED
}

static void
test_entered_differs (void)
{
  /* 50 / 100 → 1 of 2 computed, 2 entered */
  assert_finding (QUANT ("2", "{'target':100,'actual':50,'unit':'%'}", ",'score':2"),
                  JX_SEVERITY_INFO, "indicators[0].children[0].children[0].score", "entered score 2", "computed score 1");
  assert_no_finding (QUANT ("2", "{'target':100,'actual':50,'unit':'%'}", ",'score':1"),
                     JX_SEVERITY_INFO, "indicators[0].children[0].children[0].score");
}
#undef QUANT

/* ---- issue 14 ---- */

/* What a new document lacks, part by part; a part with anything in it is not named. */
static void
test_missing (void)
{
  g_autoptr(GPtrArray) empty = run ("{'format':'jixiao','version':1,'department':{'name':' ','year':2020}}");
  g_autoptr(GPtrArray) some = run (DOC ("'budget':{'revenue':{'total':10}},'conclusion':{'problems':'无'}"));

  dump (empty);
  g_assert_cmpuint (empty->len, ==, 6);
  g_assert_cmpuint (count (empty, JX_SEVERITY_INFO), ==, 6);
  g_assert_nonnull (find (empty, JX_SEVERITY_INFO, "department.name"));
  g_assert_nonnull (find (empty, JX_SEVERITY_INFO, "department.functions"));
  g_assert_nonnull (find (empty, JX_SEVERITY_INFO, "department.staffing.authorized.administrative"));
  g_assert_nonnull (find (empty, JX_SEVERITY_INFO, "budget.revenue.total"));
  g_assert_nonnull (find (empty, JX_SEVERITY_INFO, "indicators"));
  g_assert_nonnull (find (empty, JX_SEVERITY_INFO, "conclusion.summary"));

  g_assert_null (find (some, JX_SEVERITY_INFO, "department.name"));
  g_assert_null (find (some, JX_SEVERITY_INFO, "budget.revenue.total"));
  g_assert_null (find (some, JX_SEVERITY_INFO, "conclusion.summary"));
  g_assert_nonnull (find (some, JX_SEVERITY_INFO, "indicators"));
}

/* A negative amount is a warning where it is; a negative additional budget is a reduction. */
static void
test_negative_amounts (void)
{
  g_autoptr(GPtrArray) findings = run (DOC (
    "'budget':{'revenue':{'items':[{'name':'财政拨款','amount':100},{'name':'其他收入','amount':-23.87}]},"
    "'total':{'initial':100,'additional':-5,'adjusted':95},'assets':{'idle':-1}}"));
  const JxFinding *f;

  dump (findings);
  f = find (findings, JX_SEVERITY_WARNING, "budget.revenue.items[1].amount");
  g_assert_nonnull (f);
  g_assert_nonnull (strstr (f->message, "-23.87"));
  g_assert_nonnull (find (findings, JX_SEVERITY_WARNING, "budget.assets.idle"));
  g_assert_null (find (findings, JX_SEVERITY_WARNING, "budget.total.additional"));
  g_assert_null (find (findings, JX_SEVERITY_WARNING, "budget.revenue.items[0].amount"));
}

/* Weights that overflow are not graded 优秀: the sheet withholds the grade, the checks say why. */
static void
test_withheld_grades (void)
{
  const char *overflow = DOC ("'indicators':[{'name':'产出','weight':100,'children':["
                              "{'name':'甲','weight':20,'children':[" LEAF ("a", "15", "15") "," LEAF ("b", "15", "15") "]},"
                              "{'name':'乙','weight':80,'children':[" LEAF ("c", "80", "72") "]}]}]");
  const char *above = DOC ("'indicators':[{'name':'产出','weight':100,'children':["
                           "{'name':'甲','weight':100,'children':[" LEAF ("a", "100", "101") "]}]}]");
  const char *heavy = DOC ("'indicators':[{'name':'投入','weight':60,'children':["
                           "{'name':'甲','weight':60,'children':[" LEAF ("a", "60", "60") "]}]},"
                           "{'name':'产出','weight':50,'children':["
                           "{'name':'乙','weight':50,'children':[" LEAF ("b", "50", "50") "]}]}]");
  g_autoptr(GPtrArray) findings = run (overflow);
  g_autoptr(GPtrArray) above_findings = run (above);
  g_autoptr(GPtrArray) heavy_findings = run (heavy);
  g_autofree char *text = NULL;
  const JxFinding *f;

  {
    g_autofree char *json = g_strdup (overflow);
    g_autoptr(JxDocData) doc = NULL;
    g_autoptr(JxScoreSheet) sheet = NULL;
    char *p;

    for (p = json; *p != '\0'; p++)
      if (*p == '\'')
        *p = '"';
    doc = jx_doc_data_load_data (json, strlen (json), "t.jixiao", NULL);
    sheet = jx_score_sheet_compute (doc);
    /* 甲: 30 of 20 would be 150% 优秀; 产出: 102 of 100; the total 102: none graded. */
    g_assert_null (((JxIndicatorResult *) g_ptr_array_index (sheet->indicators, 1))->grade);
    g_assert_null (((JxIndicatorResult *) g_ptr_array_index (sheet->indicators, 0))->grade);
    g_assert_cmpstr (((JxIndicatorResult *) g_ptr_array_index (sheet->indicators, 4))->grade, ==, "优秀");  /* 乙 72/80 = 90% */
    g_assert_null (sheet->grade);
  }
  dump (findings);
  f = find (findings, JX_SEVERITY_ERROR, "indicators[0].children[0].weight");
  g_assert_nonnull (f);
  g_assert_nonnull (strstr (f->message, "甲"));
  g_assert_nonnull (strstr (f->message, "30"));
  g_assert_nonnull (find (findings, JX_SEVERITY_ERROR, "indicators"));

  dump (above_findings);
  g_assert_nonnull (find (above_findings, JX_SEVERITY_ERROR, "indicators[0].children[0].weight"));
  g_assert_null (find (above_findings, JX_SEVERITY_ERROR, "indicators[0].weight"));   /* said once, below */
  g_assert_nonnull (find (above_findings, JX_SEVERITY_ERROR, "indicators"));
  dump (heavy_findings);
  f = find (heavy_findings, JX_SEVERITY_ERROR, "indicators");
  g_assert_nonnull (f);
  g_assert_nonnull (strstr (f->message, "110"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/checks/sample", test_sample);
  g_test_add_func ("/checks/empty", test_empty);
  g_test_add_func ("/checks/budget/amount-tables", test_amount_tables);
  g_test_add_func ("/checks/budget/by-nature", test_by_nature);
  g_test_add_func ("/checks/budget/total-expenditure", test_total_expenditure);
  g_test_add_func ("/checks/budget/flows", test_flows);
  g_test_add_func ("/checks/budget/three-public", test_three_public);
  g_test_add_func ("/checks/budget/assets", test_assets);
  g_test_add_func ("/checks/staffing", test_staffing);
  g_test_add_func ("/checks/restatements", test_restatements);
  g_test_add_func ("/checks/indicators/weights", test_weights);
  g_test_add_func ("/checks/indicators/scores", test_scores);
  g_test_add_func ("/checks/indicators/targets", test_targets);
  g_test_add_func ("/checks/indicators/deviation-reason", test_deviation_reason);
  g_test_add_func ("/checks/indicators/manual-without-score", test_manual_without_score);
  g_test_add_func ("/checks/indicators/metric-not-applicable", test_metric_not_applicable);
  g_test_add_func ("/checks/indicators/entered-differs", test_entered_differs);
  g_test_add_func ("/checks/indicators/stated-grades", test_stated_grades);
  g_test_add_func ("/checks/missing", test_missing);
  g_test_add_func ("/checks/negative-amounts", test_negative_amounts);
  g_test_add_func ("/checks/withheld-grades", test_withheld_grades);

  return g_test_run ();
}
