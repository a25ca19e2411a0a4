/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The checks of issue 13: revenue and expenditure with the carry-over, sub-items (其中), 编制
 * that counts the retirees, qualitative grades, printed actual values against their metric,
 * sums that cannot be checked, members misplaced or misspelt. The real-style fixtures are in
 * tests/fixtures/figures/; each says in its `transcription` member what form it follows. */
#include "config.h"

#include <math.h>
#include <string.h>

#include "jx-checks.h"
#include "jx-load.h"
#include "jx-metrics.h"
#include "jx-scoring.h"
#include "jx-test-checks.h"

static GPtrArray *
run_fixture (const char *name)
{
  g_autofree char *path = g_build_filename (g_getenv ("G_TEST_SRCDIR"), "fixtures", "figures", name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(JxDocData) doc = jx_doc_data_load_file (file, &error);
  GPtrArray *findings;

  g_assert_no_error (error);
  findings = jx_checks_run (doc, NULL);
  dump (findings);
  return findings;
}

static GPtrArray *
run_sample (void)
{
  g_autoptr(GFile) file = g_file_new_for_path (g_getenv ("JIXIAO_SAMPLE"));
  g_autoptr(GError) error = NULL;
  g_autoptr(JxDocData) doc = jx_doc_data_load_file (file, &error);

  g_assert_no_error (error);
  return jx_checks_run (doc, NULL);
}

static gboolean
has_message (GPtrArray  *findings,
             const char *text)
{
  guint i;

  for (i = 0; i < findings->len; i++)
    if (strstr (((const JxFinding *) g_ptr_array_index (findings, i))->message, text) != NULL)
      return TRUE;
  return FALSE;
}

/* ---- revenue + carry-in = expenditure + closing balance ---- */

static void
test_carry_in_fixtures (void)
{
  g_autoptr(GPtrArray) with = run_fixture ("carry-in-2021.jixiao");
  g_autoptr(GPtrArray) without = run_fixture ("carry-in-missing-2021.jixiao");
  const JxFinding *f;

  /* 1,250.36 + 86.12 = 1,336.48 + 0: nothing to say */
  g_assert_cmpuint (count (with, JX_SEVERITY_ERROR), ==, 0);
  g_assert_cmpuint (count (with, JX_SEVERITY_WARNING), ==, 0);

  /* the same without the carry-over figures: one warning naming the missing carry-in */
  g_assert_cmpuint (count (without, JX_SEVERITY_ERROR), ==, 0);
  g_assert_cmpuint (count (without, JX_SEVERITY_WARNING), ==, 1);
  f = find (without, JX_SEVERITY_WARNING, "budget.execution.opening_balance");
  g_assert_nonnull (f);
  g_assert_nonnull (strstr (f->message, "年初结转结余"));
  g_assert_nonnull (strstr (f->message, "a carry-in of 86.12 万元 is probably missing"));
  g_assert_nonnull (strstr (f->message, "1,336.48"));
  g_assert_nonnull (strstr (f->message, "1,250.36"));
}

#define BALANCE(revenue, spent, execution) \
  DOC ("'budget':{'revenue':{'total':" revenue "},'by_function':{'total':" spent "},'execution':{" execution "}}")

static void
test_balance (void)
{
  /* both stated and balanced; both stated and not */
  assert_no_finding (BALANCE ("1250.36", "1296.48", "'opening_balance':86.12,'closing_balance':40"),
                     JX_SEVERITY_ERROR, "budget.by_function.total");
  assert_finding (BALANCE ("1250.36", "1300.48", "'opening_balance':86.12,'closing_balance':40"),
                  JX_SEVERITY_ERROR, "budget.by_function.total",
                  "1,336.48 万元 (1,250.36 + 86.12)", "1,340.48 万元 (1,300.48 + 40.00; difference 4.00)");

  /* no carry-over: spending less than revenue names the closing balance */
  assert_finding (BALANCE ("1250.36", "1210.36", ""), JX_SEVERITY_WARNING,
                  "budget.execution.closing_balance", "年末结转结余", "a closing balance of 40.00 万元");

  /* carry-in stated, closing balance not: implied 40.00, or spending beyond the money */
  assert_finding (BALANCE ("1250.36", "1296.48", "'opening_balance':86.12"), JX_SEVERITY_WARNING,
                  "budget.execution.closing_balance", "a closing balance of 40.00 万元", "1,336.48");
  assert_finding (BALANCE ("1250.36", "1400", "'opening_balance':86.12"), JX_SEVERITY_ERROR,
                  "budget.by_function.total", "1,400.00", "by 63.52 万元");
  assert_no_finding (BALANCE ("1250.36", "1336.48", "'opening_balance':86.12"),
                     JX_SEVERITY_WARNING, "budget.execution.closing_balance");

  /* closing balance stated, carry-in not */
  assert_finding (BALANCE ("1250.36", "1336.48", "'closing_balance':40"), JX_SEVERITY_WARNING,
                  "budget.execution.opening_balance", "a carry-in of 126.12 万元", "1,376.48");
  assert_finding (BALANCE ("1400", "1336.48", "'closing_balance':40"), JX_SEVERITY_ERROR,
                  "budget.by_function.total", "1,376.48", "by 23.52 万元");

  /* the nature table's total when the functional classes give none */
  assert_finding (DOC ("'budget':{'revenue':{'total':1250.36},'by_nature':{'total':1336.48}}"),
                  JX_SEVERITY_WARNING, "budget.execution.opening_balance", "86.12", NULL);

  /* the projects' carry-over is part of the whole budget's */
  assert_finding (DOC ("'budget':{'execution':{'opening_balance':86.12},'projects':{'opening_balance':90}}"),
                  JX_SEVERITY_ERROR, "budget.projects.opening_balance", "90.00", "86.12");
  assert_no_finding (DOC ("'budget':{'execution':{'opening_balance':86.12},'projects':{'opening_balance':86.12}}"),
                     JX_SEVERITY_ERROR, "budget.projects.opening_balance");
}

static void
test_previous_year_split (void)
{
  assert_finding (DOC ("'budget':{'by_nature':{'previous_total':1208.75,'previous_basic':690.15},'projects':{'previous_year':518}}"),
                  JX_SEVERITY_ERROR, "budget.by_nature.previous_total", "1,208.15", "690.15 + 518.00");
  assert_no_finding (DOC ("'budget':{'by_nature':{'previous_total':1208.75,'previous_basic':690.15},'projects':{'previous_year':518.6}}"),
                     JX_SEVERITY_ERROR, "budget.by_nature.previous_total");
}

/* ---- sub-items ---- */

static void
test_subitems (void)
{
  g_autoptr(GPtrArray) fixture = run_fixture ("carry-in-2021.jixiao");

  g_assert_null (find (fixture, JX_SEVERITY_ERROR, "budget.three_public.items[1].actual"));

  /* a "三公经费" line is exactly its sub-items, column by column */
  assert_finding (DOC ("'budget':{'three_public':{'items':[{'name':'公务用车购置及运行维护费','budget':18,'actual':16.42,"
                       "'items':[{'name':'公务用车购置费','budget':0,'actual':0},{'name':'公务用车运行维护费','budget':18,'actual':16.24}]}]}}"),
                  JX_SEVERITY_ERROR, "budget.three_public.items[0].actual", "16.24", "16.42");
  assert_no_finding (DOC ("'budget':{'three_public':{'items':[{'name':'公务用车购置及运行维护费','budget':18,'actual':16.42,"
                          "'items':[{'name':'公务用车购置费','budget':0,'actual':0},{'name':'公务用车运行维护费','budget':18,'actual':16.42}]}]}}"),
                     JX_SEVERITY_ERROR, "budget.three_public.items[0].actual");

  /* a line's 其中 are at most the line */
  assert_finding (DOC ("'budget':{'revenue':{'items':[{'name':'一般公共预算财政拨款收入','amount':1105.36,"
                       "'items':[{'name':'基本支出拨款','amount':620},{'name':'项目支出拨款','amount':500}]}]}}"),
                  JX_SEVERITY_ERROR, "budget.revenue.items[0].amount", "1,120.00 万元 (620.00 + 500.00)", "by 14.64");
  assert_no_finding (DOC ("'budget':{'revenue':{'items':[{'name':'一般公共预算财政拨款收入','amount':1105.36,"
                          "'items':[{'name':'基本支出拨款','amount':620}]}]}}"),
                     JX_SEVERITY_ERROR, "budget.revenue.items[0].amount");
  /* two levels down */
  assert_finding (DOC ("'budget':{'by_function':{'items':[{'name':'农林水支出','amount':100,"
                       "'items':[{'name':'农业农村','amount':100,'items':[{'name':'行政运行','amount':101}]}]}]}}"),
                  JX_SEVERITY_ERROR, "budget.by_function.items[0].items[0].amount", "101.00", "by 1.00");
}

/* ---- sums with a row not stated ---- */

static void
test_unstated_rows (void)
{
  g_autoptr(GPtrArray) sample = run_sample ();
  const JxFinding *f;

  assert_finding (DOC ("'budget':{'revenue':{'total':3751,'items':[{'name':'财政拨款收入','amount':3028.21},{'name':'其他收入','amount':null}]}}"),
                  JX_SEVERITY_INFO, "budget.revenue.total", "cannot be checked", "“其他收入”");
  assert_no_finding (DOC ("'budget':{'revenue':{'total':3751,'items':[{'name':'财政拨款收入','amount':3028.21},{'name':'其他收入','amount':722.79}]}}"),
                     JX_SEVERITY_INFO, "budget.revenue.total");
  assert_finding (DOC ("'budget':{'projects':{'initial':645.88,'adjusted':2122.5}}"),
                  JX_SEVERITY_INFO, "budget.projects.adjusted", "2,122.50", "additional budget");

  /* the sample: last year's "三公经费" total 17 万元, of which only 10 for cars is itemised */
  f = find (sample, JX_SEVERITY_INFO, "budget.three_public.previous_budget_total");
  g_assert_nonnull (f);
  g_assert_nonnull (strstr (f->message, "17.00"));
  g_assert_nonnull (strstr (f->message, "公务接待费"));
  g_assert_null (strstr (f->message, "公务用车购置费"));
}

/* ---- 编制 that counts the retirees ---- */

static void
test_staffing_with_retirees (void)
{
  g_autoptr(GPtrArray) fixture = run_fixture ("staffing-retirees.jixiao");
  g_autoptr(GPtrArray) sample = run_sample ();
  const JxFinding *f;

  f = find (fixture, JX_SEVERITY_WARNING, "department.staffing.authorized.total");
  g_assert_nonnull (f);
  g_assert_nonnull (strstr (f->message, "does 205 include the 77 retirees?"));
  g_assert_nonnull (strstr (f->message, "128 + 77 = 205"));
  g_assert_nonnull (strstr (f->message, "62.44%"));
  g_assert_cmpuint (count (fixture, JX_SEVERITY_WARNING), ==, 1);

  /* the sample: 101 posts, 93 in post, 51 retirees */
  g_assert_null (find (sample, JX_SEVERITY_WARNING, "department.staffing.authorized.total"));

  /* a control rate no department runs at */
  assert_finding (DOC_STAFFING ("'authorized':{'total':205},'actual':{'total':82},'retirees':{'total':77}"),
                  JX_SEVERITY_WARNING, "department.staffing.authorized.total", "82 / 205 = 40.00%", "77 retirees");
  assert_finding (DOC_STAFFING ("'authorized':{'total':101},'actual':{'total':30}"),
                  JX_SEVERITY_WARNING, "department.staffing.authorized.total", "30 / 101 = 29.70%", NULL);
  assert_no_finding (DOC_STAFFING ("'authorized':{'total':101},'actual':{'total':62},'retirees':{'total':51}"),
                     JX_SEVERITY_WARNING, "department.staffing.authorized.total");
}

/* ---- qualitative grades ---- */

#define QUALITATIVE(rule, extra) \
  DOC ("'indicators':[{'name':'投入','weight':100,'children':[{'name':'目标设定','children':[" \
       "{'number':'1','name':'绩效目标合理性','weight':100,'rule':{'kind':'qualitative'" rule "}" extra "}]}]}]")
#define LEAF_PATH "indicators[0].children[0].children[0]"

static void
test_qualitative (void)
{
  g_autoptr(GPtrArray) no_grade = run (QUALITATIVE ("", ""));
  g_autoptr(GPtrArray) sample = run_sample ();
  guint i;

  g_assert_nonnull (find (no_grade, JX_SEVERITY_WARNING, LEAF_PATH ".rule.grade"));
  g_assert_true (has_message (no_grade, "gives no score"));
  assert_finding (QUALITATIVE (",'grade':null", ",'score':100"), JX_SEVERITY_WARNING,
                  LEAF_PATH ".rule.grade", "the entered score 100 stands", NULL);

  /* 未达成 at 100% */
  assert_finding (QUALITATIVE (",'grade':'not_achieved','share':100", ""), JX_SEVERITY_WARNING,
                  LEAF_PATH ".rule.share", "0–60%", "gives 100 of 100");
  assert_finding (QUALITATIVE (",'grade':'achieved','share':50", ""), JX_SEVERITY_WARNING,
                  LEAF_PATH ".rule.share", "80–100%", "50%");
  assert_no_finding (QUALITATIVE (",'grade':'partial','share':70", ""), JX_SEVERITY_WARNING, LEAF_PATH ".rule.share");
  assert_no_finding (QUALITATIVE (",'grade':'achieved','share':80", ""), JX_SEVERITY_WARNING, LEAF_PATH ".rule.share");

  for (i = 0; i < sample->len; i++)
    {
      const JxFinding *f = g_ptr_array_index (sample, i);

      g_assert_false (g_str_has_suffix (f->path, ".rule.grade"));
      g_assert_false (g_str_has_suffix (f->path, ".rule.share"));
    }
}

/* ---- printed actual values ---- */

#define PRINTED(actual_text) \
  "{'format':'jixiao','version':1,'department':{'name':'T','year':2020,'staffing':{'authorized':{'total':101},'actual':{'total':93}}}," \
       "'indicators':[{'name':'投入','weight':100,'children':[{'name':'预算配置','children':[" \
       "{'number':'4','name':'在职人员控制率','weight':100,'actual_text':'" actual_text "'," \
       "'parts':[{'target':100,'unit':'%','direction':'le'}],'metric':'staff_control_rate','rule':{'kind':'negative'}}]}]}]}"

static void
test_printed_actual (void)
{
  g_autoptr(GPtrArray) sample = run_sample ();
  guint i;

  /* 93 / 101 = 92.08%: "92%", "92.1%", "92.08%" and "约 92.08％" say it */
  assert_no_finding (PRINTED ("92%"), JX_SEVERITY_ERROR, LEAF_PATH ".actual_text");
  assert_no_finding (PRINTED ("92.1%"), JX_SEVERITY_ERROR, LEAF_PATH ".actual_text");
  assert_no_finding (PRINTED ("92.08%"), JX_SEVERITY_ERROR, LEAF_PATH ".actual_text");
  assert_no_finding (PRINTED ("约 92.08％"), JX_SEVERITY_ERROR, LEAF_PATH ".actual_text");
  /* … "95%" and "92.8%" do not */
  assert_finding (PRINTED ("95%"), JX_SEVERITY_ERROR, LEAF_PATH ".actual_text", "“95%”", "93 / 101 = 92.08%");
  assert_finding (PRINTED ("92.8%"), JX_SEVERITY_ERROR, LEAF_PATH ".actual_text", "“92.8%”", "92.08%");
  /* not a single percentage: nothing to compare */
  assert_no_finding (PRINTED ("控制在编制以内"), JX_SEVERITY_ERROR, LEAF_PATH ".actual_text");
  assert_no_finding (PRINTED ("93 人，92%"), JX_SEVERITY_ERROR, LEAF_PATH ".actual_text");

  /* the sample prints 92%, -67.65%, 100%, 53.82%, 62.52% for its linked metrics */
  for (i = 0; i < sample->len; i++)
    g_assert_false (g_str_has_suffix (((const JxFinding *) g_ptr_array_index (sample, i))->path, ".actual_text"));
}

/* ---- members misplaced or misspelt ---- */

static void
test_members (void)
{
  g_autoptr(GPtrArray) sample = run_sample ();

  assert_finding (DOC ("'conclusion':{'stated_totl':98}"), JX_SEVERITY_WARNING,
                  "conclusion.stated_totl", "“stated_totl”", "did you mean “stated_total”?");
  assert_finding (DOC ("'budget':{'projects':{'previuos_year':1475.6}}"), JX_SEVERITY_WARNING,
                  "budget.projects.previuos_year", "“previous_year”", NULL);
  assert_finding (DOC ("'indicators':[{'name':'投入','weight':6,'wieght':7}]"), JX_SEVERITY_WARNING,
                  "indicators[0].wieght", "“投入”", "“weight”");
  /* far from any member: a newer Jixiao's, kept quietly */
  assert_no_finding (DOC ("'conclusion':{'signatures':[]}"), JX_SEVERITY_WARNING, "conclusion.signatures");
  assert_no_finding (DOC ("'transcription':'报告原文…'"), JX_SEVERITY_WARNING, "transcription");

  /* a score or a rule on a level-2 indicator, a stated score on a level-3 one */
  assert_finding (DOC ("'indicators':[{'name':'投入','weight':6,'children':[{'name':'目标设定','score':2,"
                       "'children':[{'name':'a','weight':6,'score':6}]}]}]"),
                  JX_SEVERITY_WARNING, "indicators[0].children[0].score", "level-2", "the score 2 entered on it is not used");
  assert_finding (DOC ("'indicators':[{'name':'投入','weight':6,'rule':{'kind':'positive'},'children':[]}]"),
                  JX_SEVERITY_WARNING, "indicators[0].rule", "“投入” is a level-1 indicator", "scoring rule");
  assert_finding (DOC ("'indicators':[{'name':'投入','weight':6,'children':[{'name':'目标设定',"
                       "'children':[{'name':'a','weight':6,'stated_score':6}]}]}]"),
                  JX_SEVERITY_WARNING, "indicators[0].children[0].children[0].stated_score", "“stated_score”", NULL);

  /* the sample's members are all known, or transcription remarks: its two warnings are the
   * two missing actual values */
  g_assert_cmpuint (count (sample, JX_SEVERITY_WARNING), ==, 2);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/checks-figures/balance/fixtures", test_carry_in_fixtures);
  g_test_add_func ("/checks-figures/balance/cases", test_balance);
  g_test_add_func ("/checks-figures/balance/previous-year", test_previous_year_split);
  g_test_add_func ("/checks-figures/subitems", test_subitems);
  g_test_add_func ("/checks-figures/unstated-rows", test_unstated_rows);
  g_test_add_func ("/checks-figures/staffing-with-retirees", test_staffing_with_retirees);
  g_test_add_func ("/checks-figures/qualitative", test_qualitative);
  g_test_add_func ("/checks-figures/printed-actual", test_printed_actual);
  g_test_add_func ("/checks-figures/members", test_members);

  return g_test_run ();
}
