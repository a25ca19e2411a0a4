/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-budget-figures.c: the budget page holds the figures of issue 13 — the carry-over of
 * the whole budget and the projects, last year's revenue, expenditure, basic expenditure,
 * public funds and procurement — and shows the ratios they give as they are typed. */
#define G_LOG_DOMAIN "test-budget-figures"

#include "config.h"

#include "jx-application.h"
#include "jx-metric-row.h"
#include "jx-number-entry.h"
#include "jx-test-ui.h"
#include "jx-window.h"

static JxApplication *app;

static GtkWidget *
find_by_name (GtkWidget  *root,
              const char *name)
{
  GtkWidget *child;

  if (g_strcmp0 (gtk_widget_get_name (root), name) == 0)
    return root;
  for (child = gtk_widget_get_first_child (root); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_by_name (child, name);
      if (found != NULL)
        return found;
    }
  return NULL;
}

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

/* Types `text` into the budget page's entry of `path`, reached as a finding reaches it. */
static void
type_into (JxWindow   *window,
           const char *path,
           const char *text)
{
  GtkWidget *focus;
  GtkWidget *entry;

  g_assert_true (jx_window_focus_path (window, path));
  focus = gtk_root_get_focus (GTK_ROOT (window));
  g_assert_nonnull (focus);
  entry = gtk_widget_get_ancestor (focus, JX_TYPE_NUMBER_ENTRY);
  g_assert_nonnull (entry);
  g_assert_cmpstr (jx_number_entry_get_path (JX_NUMBER_ENTRY (entry)), ==, path);
  gtk_editable_set_text (GTK_EDITABLE (entry), text);
  jx_test_iterate ();
}

static const char *
metric_text (JxWindow   *window,
             const char *metric)
{
  g_autofree char *name = g_strdup_printf ("metric-%s", metric);
  GtkWidget *row = find_by_name (jx_test_window_page (GTK_WIDGET (window), "budget"), name);

  g_assert_nonnull (row);
  return jx_metric_row_get_value_text (JX_METRIC_ROW (row));
}

static void
test_last_year_and_growth (void)
{
  JxWindow *window = open_sample ();
  const JxDocData *data = jx_document_get_data (jx_window_get_document (window));

  g_assert_cmpstr (metric_text (window, "revenue_growth_rate"), ==, "—");
  /* 3751 against 3,500: (3751 − 3500) / 3500 = 7.17% */
  type_into (window, "budget.revenue.previous_total", "3500");
  g_assert_cmpint (data->budget.revenue.previous_total, ==, 3500 * JX_MONEY_PER_WAN);
  g_assert_cmpstr (metric_text (window, "revenue_growth_rate"), ==, "7.17%");
  /* expenditure 3751 against 3,751 last year: 0.00% */
  type_into (window, "budget.by_nature.previous_total", "3751");
  g_assert_cmpstr (metric_text (window, "expenditure_growth_rate"), ==, "0.00%");
  type_into (window, "budget.by_nature.previous_basic", "1600");
  g_assert_cmpint (data->budget.by_nature.previous_basic, ==, 1600 * JX_MONEY_PER_WAN);
  type_into (window, "budget.public_funds.previous_year", "250.5");
  g_assert_cmpint (data->budget.public_funds.previous_year, ==, 2505 * JX_MONEY_PER_WAN / 10);
  type_into (window, "budget.procurement.previous_actual", "300");
  g_assert_cmpint (data->budget.procurement.previous_actual, ==, 300 * JX_MONEY_PER_WAN);

  g_action_group_activate_action (G_ACTION_GROUP (window), "undo", NULL);
  g_assert_false (JX_MONEY_IS_SET (data->budget.procurement.previous_actual));
  jx_document_set_modified (jx_window_get_document (window), FALSE);
  gtk_window_destroy (GTK_WINDOW (window));
  jx_test_iterate ();
}

static void
test_carry_over (void)
{
  JxWindow *window = open_sample ();
  const JxDocData *data = jx_document_get_data (jx_window_get_document (window));

  g_assert_cmpstr (metric_text (window, "carry_over_rate"), ==, "—");
  type_into (window, "budget.execution.opening_balance", "120");
  type_into (window, "budget.execution.closing_balance", "187.55");
  g_assert_cmpint (data->budget.execution.opening_balance, ==, 120 * JX_MONEY_PER_WAN);
  /* 年末结转结余 / 全年预算: 187.55 / 3751 = 5.00% */
  g_assert_cmpstr (metric_text (window, "carry_over_rate"), ==, "5.00%");
  type_into (window, "budget.projects.opening_balance", "20");
  type_into (window, "budget.projects.closing_balance", "30");
  g_assert_cmpint (data->budget.projects.closing_balance, ==, 30 * JX_MONEY_PER_WAN);
  jx_document_set_modified (jx_window_get_document (window), FALSE);
  gtk_window_destroy (GTK_WINDOW (window));
  jx_test_iterate ();
}

static GtkWidget *
find_by_tooltip (GtkWidget  *root,
                 const char *tooltip)
{
  GtkWidget *child;

  if (g_strcmp0 (gtk_widget_get_tooltip_text (root), tooltip) == 0)
    return root;
  for (child = gtk_widget_get_first_child (root); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_by_tooltip (child, tooltip);
      if (found != NULL)
        return found;
    }
  return NULL;
}

/* 其中: a sub-item added under 公务用车运行维护费, typed in, checked against its line, removed. */
static void
test_sub_items (void)
{
  JxWindow *window = open_sample ();
  JxDocument *doc = jx_window_get_document (window);
  const JxDocData *data = jx_document_get_data (doc);
  const JxThreePublicItem *car;
  GtkWidget *add;
  GtkWidget *focus;
  GtkWidget *remove;

  jx_test_window_page (GTK_WIDGET (window), "budget");
  jx_window_show_page (window, JX_PAGE_BUDGET);
  jx_test_spin (100);
  add = find_by_tooltip (GTK_WIDGET (window), "Add a sub-item (其中) to “公务用车运行维护费”");
  g_assert_nonnull (add);
  g_signal_emit_by_name (add, "clicked");
  jx_test_spin (100);
  car = g_ptr_array_index (data->budget.three_public.items, 2);
  g_assert_cmpuint (car->items->len, ==, 1);
  /* the new sub-item's name has the focus */
  focus = gtk_root_get_focus (GTK_ROOT (window));
  g_assert_nonnull (focus);
  g_assert_nonnull (gtk_widget_get_ancestor (focus, GTK_TYPE_ENTRY));
  gtk_editable_set_text (GTK_EDITABLE (gtk_widget_get_ancestor (focus, GTK_TYPE_ENTRY)), "油料费");
  jx_test_iterate ();
  g_assert_cmpstr (((JxThreePublicItem *) g_ptr_array_index (car->items, 0))->name, ==, "油料费");
  /* 3.10 of a line of 2.96 spent: more than the line, a finding on the sub-item */
  type_into (window, "budget.three_public.items[2].items[0].actual", "3.1");
  g_assert_cmpint (((JxThreePublicItem *) g_ptr_array_index (car->items, 0))->actual, ==, 31 * JX_MONEY_PER_WAN / 10);

  remove = find_by_tooltip (GTK_WIDGET (window), "Remove sub-item 1 of “公务用车运行维护费”");
  g_assert_nonnull (remove);
  g_signal_emit_by_name (remove, "clicked");
  jx_test_spin (50);
  g_assert_cmpuint (car->items->len, ==, 0);
  g_assert_null (find_by_tooltip (GTK_WIDGET (window), "Remove sub-item 1 of “公务用车运行维护费”"));
  /* each step undoes alone: the removal, then the amount */
  g_action_group_activate_action (G_ACTION_GROUP (window), "undo", NULL);
  jx_test_spin (50);
  g_assert_cmpuint (car->items->len, ==, 1);
  g_assert_nonnull (find_by_tooltip (GTK_WIDGET (window), "Remove sub-item 1 of “公务用车运行维护费”"));
  jx_document_set_modified (doc, FALSE);
  gtk_window_destroy (GTK_WINDOW (window));
  jx_test_iterate ();
}

int
main (int   argc,
      char *argv[])
{
  int status;

  app = jx_test_ui_init (&argc, &argv, "test-budget-figures");
  if (app == NULL)
    return 77;
  g_test_add_func ("/budget-figures/last-year-and-growth", test_last_year_and_growth);
  g_test_add_func ("/budget-figures/carry-over", test_carry_over);
  g_test_add_func ("/budget-figures/sub-items", test_sub_items);
  status = g_test_run ();
  g_clear_object (&app);
  return status;
}
