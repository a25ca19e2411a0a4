/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-report-generated-ui.c: the generated paragraphs beside the report's pages (F9) list
 * every place where the report prints generated text, not only the analyses: the method of
 * the goals, the parts of the spending (收入, 按功能分类, 按支出性质, 基本支出结构 of the sample,
 * whose notes are empty) and the summary of the goals — each with its sentence as the report
 * prints it, accepted with 采用 in one undo step and then printed once, as the clerk's. */
#define G_LOG_DOMAIN "test-report-generated-ui"

#include "config.h"

#include <string.h>

#include "jx-report-blocks.h"
#include "jx-report-narrative.h"
#include "jx-report-view.h"
#include "jx-test-ui.h"
#include "jx-window.h"

static JxApplication *app;

static JxWindow *
open_sample (void)
{
  g_autoptr(GFile) sample = g_file_new_for_path (g_getenv ("JIXIAO_SAMPLE"));
  g_autoptr(GError) error = NULL;
  JxWindow *window = jx_window_new (GTK_APPLICATION (app));

  g_assert_true (jx_window_load_file (window, sample, &error));
  g_assert_no_error (error);
  gtk_window_present (GTK_WINDOW (window));
  jx_test_spin (200);
  return window;
}

static char *
dup_string (JxDocument *document,
            const char *path)
{
  JsonNode *node = jx_document_get_node (document, path);
  char *text;

  g_assert_nonnull (node);
  text = g_strdup (JSON_NODE_HOLDS_VALUE (node) && json_node_get_string (node) != NULL ? json_node_get_string (node) : "");
  json_node_unref (node);
  return text;
}

/* How many text blocks of the report hold `text`. */
static int
count_blocks_with (JxDocument *document,
                   const char *text)
{
  g_autoptr(JxReport) report = jx_report_new (jx_document_get_data (document), JX_REPORT_A4_WIDTH, JX_REPORT_A4_HEIGHT);
  const GPtrArray *blocks = jx_report_get_blocks (report);
  int n = 0;
  guint i;

  for (i = 0; i < blocks->len; i++)
    {
      const JxReportBlock *block = g_ptr_array_index (blocks, i);

      if (block->kind == JX_BLOCK_TEXT && block->text != NULL && strstr (block->text, text) != NULL)
        n++;
    }
  return n;
}

static int
row_of (JxReportParagraphs *paragraphs,
        const char         *path)
{
  guint i;

  for (i = 0; i < jx_report_paragraphs_get_n_rows (paragraphs); i++)
    if (g_strcmp0 (jx_report_paragraphs_get_path (paragraphs, i), path) == 0)
      return (int) i;
  return -1;
}

static void
test_budget_parts (void)
{
  static const struct { const char *path, *starts; } parts[] = {
    { "budget.revenue.note", "2020 年部门决算总收入 3,751.00 万元，其中一般公共预算财政拨款收入 2,725.07 万元" },
    { "budget.by_function.note", "2020 年部门决算总支出 3,751.00 万元，按功能分类：一般公共服务支出 0.20 万元" },
    { "budget.by_nature.note", "按支出性质分类：基本支出 1,628.50 万元，包括人员经费 1,361.26 万元" },
    { "budget.by_economic.note", "2020 年基本支出 1,628.50 万元，包括人员经费 1,361.26 万元，公用经费 267.24 万元。按经济分类" },
  };
  JxWindow *window = open_sample ();
  JxDocument *document = jx_window_get_document (window);
  JxEvaluation *evaluation = jx_window_get_evaluation (window);
  AdwViewStack *stack = ADW_VIEW_STACK (jx_test_find_by_type (GTK_WIDGET (window), ADW_TYPE_VIEW_STACK));
  JxReportView *view;
  JxReportParagraphs *paragraphs;
  g_autofree char *accepted = NULL;
  g_autofree char *held = NULL;
  guint i, n_generated;
  int r;

  g_action_group_activate_action (G_ACTION_GROUP (window), "show-page", g_variant_new_string ("report"));
  view = JX_REPORT_VIEW (jx_test_find_by_type (adw_view_stack_get_child_by_name (stack, "report"), JX_TYPE_REPORT_VIEW));
  g_assert_nonnull (view);
  paragraphs = jx_report_view_get_paragraphs (view);
  g_assert_true (jx_test_spin_until_mapped (GTK_WIDGET (paragraphs), 10000));

  /* the sample's clerk wrote the method, the 三公 and project notes and every analysis that
   * the report prints: what is generated are the four parts of the spending above, in the
   * report's order, each as the report prints it — once */
  n_generated = jx_report_paragraphs_get_n_generated (paragraphs);
  g_assert_cmpuint (n_generated, >=, G_N_ELEMENTS (parts));
  g_assert_cmpint (row_of (paragraphs, "scoring.method"), ==, -1);
  g_assert_cmpint (row_of (paragraphs, "budget.three_public.note"), ==, -1);
  g_assert_cmpint (row_of (paragraphs, "budget.projects.note"), ==, -1);
  for (i = 0; i < G_N_ELEMENTS (parts); i++)
    {
      const char *suggestion;
      g_autofree char *generated = NULL;

      r = row_of (paragraphs, parts[i].path);
      g_assert_cmpint (r, ==, (int) i);
      suggestion = jx_report_paragraphs_get_suggestion (paragraphs, r);
      g_assert_nonnull (suggestion);
      g_assert_true (g_str_has_prefix (suggestion, parts[i].starts));
      generated = jx_report_dup_generated_text (jx_document_get_data (document), jx_evaluation_get_sheet (evaluation),
                                                parts[i].path);
      g_assert_cmpstr (generated, ==, suggestion);
      g_assert_cmpint (count_blocks_with (document, suggestion), ==, 1);
    }

  /* 采用 the revenue's: the document's note holds it, one undo step; printed once, as the clerk's */
  r = row_of (paragraphs, "budget.revenue.note");
  accepted = g_strdup (jx_report_paragraphs_get_suggestion (paragraphs, r));
  g_assert_true (jx_report_paragraphs_accept (paragraphs, r));
  jx_test_spin (50);
  held = dup_string (document, "budget.revenue.note");
  g_assert_cmpstr (held, ==, accepted);
  g_assert_cmpstr (jx_document_get_undo_label (document), ==, "Accept the Generated Paragraph");
  g_assert_null (jx_report_paragraphs_get_suggestion (paragraphs, r));
  g_assert_cmpuint (jx_report_paragraphs_get_n_generated (paragraphs), ==, n_generated - 1);
  g_assert_null (jx_report_dup_generated_text (jx_document_get_data (document), jx_evaluation_get_sheet (evaluation),
                                               "budget.revenue.note"));
  g_assert_cmpint (count_blocks_with (document, accepted), ==, 1);

  /* undo: generated again */
  g_assert_true (jx_document_undo (document));
  jx_test_spin (50);
  g_free (held);
  held = dup_string (document, "budget.revenue.note");
  g_assert_cmpstr (held, ==, "");
  g_assert_cmpstr (jx_report_paragraphs_get_suggestion (paragraphs, r), ==, accepted);

  /* the method emptied elsewhere: its row comes, first, with the report's two sentences */
  g_assert_true (jx_document_set_string (document, "scoring.method", "", NULL));
  jx_test_spin (100);
  r = row_of (paragraphs, "scoring.method");
  g_assert_cmpint (r, ==, 0);
  g_assert_true (g_str_has_prefix (jx_report_paragraphs_get_suggestion (paragraphs, r), "本次绩效评价将全年绩效目标分解为"));
  g_assert_nonnull (strstr (jx_report_paragraphs_get_suggestion (paragraphs, r), "\n\n绩效评价总分值 100 分"));

  jx_document_set_modified (document, FALSE);
  gtk_window_destroy (GTK_WINDOW (window));
  jx_test_iterate ();
}

int
main (int   argc,
      char *argv[])
{
  int status;

  app = jx_test_ui_init (&argc, &argv, "test-report-generated-ui");
  if (app == NULL)
    return 77;
  g_test_add_func ("/report-generated-ui/budget-parts", test_budget_parts);
  status = g_test_run ();
  g_object_unref (app);
  return status;
}
