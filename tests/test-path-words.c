/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Where a finding is, in a clerk's words (issue 14): the sample's paths as the pages name
 * them, never a JSON path. */
#include "config.h"

#include <string.h>

#include "jx-load.h"
#include "jx-path-words.h"

static JxDocData *
sample (void)
{
  g_autoptr(GFile) file = g_file_new_for_path (g_getenv ("JIXIAO_SAMPLE"));
  g_autoptr(GError) error = NULL;
  JxDocData *doc = jx_doc_data_load_file (file, &error);

  g_assert_no_error (error);
  return doc;
}

static void
check (const JxDocData *doc,
       const char      *path,
       const char      *expected)
{
  g_autofree char *words = jx_path_describe (doc, path);

  g_test_message ("%s → %s", path, words);
  g_assert_cmpstr (words, ==, expected);
  /* Nothing of the path's syntax. */
  g_assert_null (strchr (words, '['));
  g_assert_null (strstr (words, "indicators"));
  g_assert_null (strstr (words, "_"));
}

static void
test_sample_paths (void)
{
  g_autoptr(JxDocData) doc = sample ();

  /* The indicators: dimension, group, indicator, column. */
  check (doc, "indicators[2].children[0].children[0].parts[0].actual", "产出 › 新闻信息部 › 全年采摄新闻 › Actual");
  check (doc, "indicators[2].children[1].children[0].parts[0].actual",
         "产出 › 综合节目部 › 每日汇编播出《生活圈》、《金娱满堂》、《娱乐天下》等栏目 › Actual");
  check (doc, "indicators[1].children[0].children[4].score", "过程 › 预算执行 › 政府采购执行率 › Score");
  check (doc, "indicators[0].children[1].children[3].metric", "投入 › 预算配置 › 重点支出安排率 › Actual");
  check (doc, "indicators[0].children[1].children[3].rule.share", "投入 › 预算配置 › 重点支出安排率 › Rule");
  check (doc, "indicators[0].children[1].weight", "投入 › 预算配置 › Weight");
  check (doc, "indicators[3].name", "效果 › Indicator");
  /* The budget: section, line or item, figure. */
  check (doc, "budget.projects.initial", "Project expenditure › Initial budget");
  check (doc, "budget.three_public.previous_budget_total", "“Three public” expenses › Last year’s total budget");
  check (doc, "budget.revenue.items[0].amount", "Revenue › 一般公共预算财政拨款收入 › Amount");
  check (doc, "budget.three_public.items[0].budget", "“Three public” expenses › 因公出国（境）费 › Budget");
  /* The department. */
  check (doc, "department.staffing.actual.total", "Staffing › Staff in post › Total stated");
  check (doc, "department.name", "Name of the department");
  check (doc, "department.functions[2]", "Functions › item 3");
}

static void
test_odd_paths (void)
{
  g_autoptr(JxDocData) doc = sample ();
  g_autofree char *gone = jx_path_describe (doc, "indicators[40].children[0].name");
  g_autofree char *empty = jx_path_describe (doc, "");

  /* An indicator that is not there any more: counted, not named. */
  g_assert_cmpstr (gone, ==, "item 41 › item 1 › Indicator");
  g_assert_cmpstr (empty, ==, "");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/path-words/sample", test_sample_paths);
  g_test_add_func ("/path-words/odd", test_odd_paths);
  return g_test_run ();
}
