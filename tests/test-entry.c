/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-entry.c: what the clerk types is what is kept (issue 14), under Xvfb, in the window
 * with the sample: a refused text never leaves a half-typed value in the document; every
 * computed label follows every change, undo and redo included; full-width digits from a
 * Chinese input method are numbers; a negative amount is flagged; an empty document says
 * what is to be filled in; weights that overflow are not graded silently. */
#define G_LOG_DOMAIN "test-entry"

#include "config.h"

#include <glib/gstdio.h>

#include "jx-chart-view.h"
#include "jx-findings-list.h"
#include "jx-score-summary.h"
#include "jx-indicator-cell.h"
#include "jx-indicator-page.h"
#include "jx-number-entry.h"
#include "jx-save.h"
#include "jx-test-ui.h"
#include "jx-window.h"

static JxApplication *app;

/* Runs the main loop until `condition` holds, for at most ten seconds: on a loaded machine
 * layout, focus and idle work come late. The caller asserts the condition after. */
#define WAIT_FOR(condition) \
  G_STMT_START { \
    gint64 wait_end_ = g_get_monotonic_time () + 10 * G_USEC_PER_SEC; \
    while (!(condition) && g_get_monotonic_time () < wait_end_) \
      jx_test_spin (10); \
  } G_STMT_END

/* ---- helpers ---- */

static JxWindow *
open_file (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  JxWindow *window = jx_window_new (GTK_APPLICATION (app));

  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  g_assert_true (jx_window_load_file (window, file, &error));
  g_assert_no_error (error);
  gtk_window_present (GTK_WINDOW (window));
  jx_test_spin (150);
  return window;
}

static JxWindow *
open_sample (void)
{
  return open_file (g_getenv ("JIXIAO_SAMPLE"));
}

static void
destroy_window (JxWindow *window)
{
  jx_document_set_modified (jx_window_get_document (window), FALSE);
  gtk_window_destroy (GTK_WINDOW (window));
  jx_test_iterate ();
}

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

static const char *
label_named (JxWindow   *window,
             const char *name)
{
  GtkWidget *label = find_by_name (GTK_WIDGET (window), name);

  g_assert_nonnull (label);
  return gtk_label_get_text (GTK_LABEL (label));
}

static JxNumberEntry *
focus_entry (JxWindow   *window,
             const char *path)
{
  GtkWidget *focus, *entry = NULL;

  g_assert_true (jx_window_focus_path (window, path));
  WAIT_FOR ((focus = gtk_root_get_focus (GTK_ROOT (window))) != NULL
            && (entry = gtk_widget_get_ancestor (focus, JX_TYPE_NUMBER_ENTRY)) != NULL
            && g_strcmp0 (jx_number_entry_get_path (JX_NUMBER_ENTRY (entry)), path) == 0);
  focus = gtk_root_get_focus (GTK_ROOT (window));
  g_assert_nonnull (focus);
  entry = gtk_widget_get_ancestor (focus, JX_TYPE_NUMBER_ENTRY);
  g_assert_nonnull (entry);
  g_assert_cmpstr (jx_number_entry_get_path (JX_NUMBER_ENTRY (entry)), ==, path);
  return JX_NUMBER_ENTRY (entry);
}

/* Types `text` into the focused entry as keystrokes do: the first one replaces the text
 * (select all, type), then one character at a time, the main loop running in between. */
static void
type_into (GtkEditable *editable,
           const char  *text)
{
  const char *p;
  int pos;

  gtk_editable_delete_text (editable, 0, -1);
  for (p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      pos = (int) g_utf8_strlen (gtk_editable_get_text (editable), -1);
      gtk_editable_insert_text (editable, p, (int) (g_utf8_next_char (p) - p), &pos);
      gtk_editable_set_position (editable, pos);
      jx_test_iterate ();
    }
}

static int
staffing (JxWindow *window,
          gsize     offset)
{
  return G_STRUCT_MEMBER (int, &jx_document_get_data (jx_window_get_document (window))->department.staffing, offset);
}

/* ---- 1. a refused text leaves the document as it was ---- */

static void
test_refused_text_keeps_document (void)
{
  JxWindow *window = open_sample ();
  JxDocument *doc = jx_window_get_document (window);
  JxNumberEntry *entry;
  GtkWidget *other;

  g_assert_cmpstr (label_named (window, "sum-authorized"), ==, "101");

  /* 行政编制 21: twenty nines is not a number of people; no prefix of it stays. */
  entry = focus_entry (window, "department.staffing.authorized.administrative");
  type_into (GTK_EDITABLE (entry), "99999999999999999999");
  g_assert_nonnull (jx_number_entry_get_error (entry));
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (entry), "error"));
  g_assert_cmpint (staffing (window, G_STRUCT_OFFSET (JxStaffing, authorized.administrative)), ==, 21);
  g_assert_cmpstr (label_named (window, "sum-authorized"), ==, "101");
  g_assert_false (jx_document_get_modified (doc));
  g_assert_false (jx_document_can_undo (doc));

  /* Mended to 22: committed; then broken again, back to 21, not to 22. */
  type_into (GTK_EDITABLE (entry), "22");
  g_assert_cmpint (staffing (window, G_STRUCT_OFFSET (JxStaffing, authorized.administrative)), ==, 22);
  g_assert_cmpstr (label_named (window, "sum-authorized"), ==, "102");
  type_into (GTK_EDITABLE (entry), "22x");
  g_assert_cmpint (staffing (window, G_STRUCT_OFFSET (JxStaffing, authorized.administrative)), ==, 21);
  g_assert_cmpstr (label_named (window, "sum-authorized"), ==, "101");
  g_assert_false (jx_document_get_modified (doc));

  /* Leaving the field shows what the document holds: shown, computed and saved agree. */
  other = GTK_WIDGET (focus_entry (window, "department.staffing.authorized.institutional"));
  WAIT_FOR (g_str_equal (gtk_editable_get_text (GTK_EDITABLE (entry)), "21"));
  g_assert_true (gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (window)), other));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "21");
  g_assert_null (jx_number_entry_get_error (entry));
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (entry), "error"));

  /* 收入合计 3,751.00 万元: "1e9" is refused; the "1" typed first does not stay. */
  entry = focus_entry (window, "budget.revenue.total");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "3,751.00");
  type_into (GTK_EDITABLE (entry), "1e9");
  g_assert_nonnull (jx_number_entry_get_error (entry));
  g_assert_cmpint (jx_document_get_data (doc)->budget.revenue.total, ==, G_GINT64_CONSTANT (3751000000));
  g_assert_false (gtk_widget_has_css_class (find_by_name (GTK_WIDGET (window), "sum-budget.revenue.amount"), "error"));
  g_assert_false (jx_document_get_modified (doc));
  focus_entry (window, "budget.revenue.items[0].amount");
  WAIT_FOR (g_str_equal (gtk_editable_get_text (GTK_EDITABLE (entry)), "3,751.00"));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "3,751.00");

  /* The year is required: emptied, it stays the year it was. */
  entry = focus_entry (window, "department.year");
  type_into (GTK_EDITABLE (entry), "");
  g_assert_nonnull (jx_number_entry_get_error (entry));
  g_assert_cmpint (jx_document_get_data (doc)->department.year, ==, 2020);
  focus_entry (window, "department.staffing.actual.total");
  WAIT_FOR (g_str_equal (gtk_editable_get_text (GTK_EDITABLE (entry)), "2020"));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "2020");
  g_assert_false (jx_document_get_modified (doc));

  destroy_window (window);
}

/* ---- 2. every computed label follows every change ---- */

/* Every text the pages show, in order: labels, entries, chart text alternatives. */
static void
collect_texts (GtkWidget *widget,
               GPtrArray *texts)
{
  GtkWidget *child;

  if (GTK_IS_LABEL (widget))
    g_ptr_array_add (texts, g_strdup_printf ("label %s", gtk_label_get_text (GTK_LABEL (widget))));
  else if (GTK_IS_EDITABLE (widget) && !GTK_IS_TEXT (widget))
    g_ptr_array_add (texts, g_strdup_printf ("entry %s", gtk_editable_get_text (GTK_EDITABLE (widget))));
  else if (JX_IS_CHART_VIEW (widget))
    {
      g_autofree char *text = jx_chart_view_dup_text (JX_CHART_VIEW (widget));
      g_ptr_array_add (texts, g_strdup_printf ("chart %s", text != NULL ? text : "(none)"));
    }
  for (child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    if (!GTK_IS_COLUMN_VIEW (child) && !GTK_IS_POPOVER (child))
      collect_texts (child, texts);
}

static GPtrArray *
page_texts (JxWindow   *window,
            const char *page)
{
  GPtrArray *texts = g_ptr_array_new_with_free_func (g_free);

  collect_texts (jx_test_window_page (GTK_WIDGET (window), page), texts);
  return texts;
}

static JxWindow *fresh;   /* the window that opens the document anew, kept between checks */

/* The window shows what a window newly opened on its document's data shows, on every page. */
static void
assert_like_new (JxWindow   *window,
                 const char *after)
{
  static const char * const pages[] = { "overview", "budget", "indicators", "conclusion" };
  g_autofree char *path = g_build_filename (jx_test_ui_tmp_dir (), "like-new.jixiao", NULL);
  g_autofree char *json = NULL;
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  gsize length;
  guint p, i;

  json = jx_doc_data_to_json (jx_document_get_data (jx_window_get_document (window)), &length);
  g_assert_true (g_file_set_contents (path, json, (gssize) length, NULL));
  if (fresh == NULL)
    fresh = open_file (path);
  else
    {
      /* As a new window would: a new document and evaluation in every page. */
      g_autoptr(JxDocument) document = jx_document_new_from_file (file, &error);

      g_assert_no_error (error);
      jx_window_set_document (fresh, document);
      jx_test_spin (20);
    }
  for (p = 0; p < G_N_ELEMENTS (pages); p++)
    {
      g_autoptr(GPtrArray) shown = page_texts (window, pages[p]);
      g_autoptr(GPtrArray) expected = page_texts (fresh, pages[p]);

      for (i = 0; i < MIN (shown->len, expected->len); i++)
        if (g_strcmp0 (g_ptr_array_index (shown, i), g_ptr_array_index (expected, i)) != 0)
          g_error ("after %s, page %s shows “%s” where a new window shows “%s”", after, pages[p],
                   (char *) g_ptr_array_index (shown, i), (char *) g_ptr_array_index (expected, i));
      g_assert_cmpuint (shown->len, ==, expected->len);
    }
  g_unlink (path);
}

static void
activate (JxWindow   *window,
          const char *action)
{
  g_action_group_activate_action (G_ACTION_GROUP (window), action, NULL);
  jx_test_iterate ();
}

static void
test_labels_follow_undo (void)
{
  JxWindow *window = open_sample ();
  JxDocument *doc = jx_window_get_document (window);
  GtkWidget *indicators;
  g_autoptr(GError) error = NULL;

  assert_like_new (window, "opening");

  /* The case: add an indicator, Ctrl+Z, open the budget page. */
  jx_window_show_page (window, JX_PAGE_INDICATORS);
  jx_test_spin (100);
  indicators = jx_test_find_by_type (GTK_WIDGET (window), g_type_from_name ("JxIndicatorPage"));
  g_assert_true (gtk_widget_activate_action (indicators, "indicators.add", NULL));
  jx_test_iterate ();
  g_assert_true (jx_document_can_undo (doc));
  activate (window, "undo");
  jx_window_show_page (window, JX_PAGE_BUDGET);
  jx_test_spin (100);
  assert_like_new (window, "adding an indicator and undoing it");
  g_assert_cmpstr (label_named (window, "sum-budget.revenue.amount"), ==, "3,751.00");
  activate (window, "redo");
  assert_like_new (window, "redoing it");
  activate (window, "undo");

  /* An item removed and restored, an amount and a total changed and restored. */
  g_assert_true (jx_document_remove (doc, "budget.revenue.items", 0, &error));
  assert_like_new (window, "removing a revenue item");
  activate (window, "undo");
  assert_like_new (window, "undoing the removal");
  g_assert_true (jx_document_set_money (doc, "budget.by_function.items[0].amount", 123450000, &error));
  assert_like_new (window, "changing an amount");
  activate (window, "undo");
  activate (window, "redo");
  assert_like_new (window, "undoing and redoing an amount");
  activate (window, "undo");
  g_assert_true (jx_document_insert (doc, "department.functions", 0, NULL, &error));
  g_assert_true (jx_document_set_string (doc, "department.functions[0]", "新的职能", &error));
  assert_like_new (window, "adding a function");
  activate (window, "undo");
  activate (window, "undo");
  assert_like_new (window, "undoing it");
  g_assert_true (jx_document_set_number (doc, "conclusion.stated_total", 90, &error));
  g_assert_true (jx_document_set_int (doc, "scoring.decimals", 1, &error));
  assert_like_new (window, "a stated total and the decimals");
  activate (window, "undo");
  activate (window, "undo");
  assert_like_new (window, "undoing them");
  g_assert_no_error (error);
  g_assert_false (jx_document_get_modified (doc));

  destroy_window (window);
  destroy_window (g_steal_pointer (&fresh));
}

/* ---- 3. full-width digits from a Chinese input method ---- */

static JxIndicatorCell *
focused_cell (JxWindow *window)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (window));
  GtkWidget *cell = focus != NULL ? gtk_widget_get_ancestor (focus, JX_TYPE_INDICATOR_CELL) : NULL;

  return cell != NULL ? JX_INDICATOR_CELL (cell) : NULL;
}

/* The cell of `path` ("indicators[2]…children[0].target_text"), focused and scrolled to. */
static JxIndicatorCell *
focus_cell (JxWindow   *window,
            const char *path)
{
  JxIndicatorCell *cell = NULL;
  int i;

  g_assert_true (jx_window_focus_path (window, path));
  /* Until the list has scrolled there and settled: rows are rebound as it scrolls. */
  for (i = 0; i < 500; i++)
    {
      JxIndicatorCell *now;

      jx_test_spin (20);
      now = focused_cell (window);
      if (now != NULL && now == cell && i >= 10)
        break;
      cell = now;
    }
  g_assert_nonnull (cell);
  g_assert_true (g_str_has_prefix (path, jx_indicator_row_get_path (jx_indicator_cell_get_row (cell))));
  return cell;
}

/* Types `text` into an indicator cell as keystrokes do, and Enter. */
static void
type_into_cell (JxWindow   *window,
                const char *path,
                const char *text)
{
  JxIndicatorCell *cell = focus_cell (window, path);

  g_assert_true (jx_indicator_cell_start_editing (cell, ""));
  type_into (GTK_EDITABLE (gtk_root_get_focus (GTK_ROOT (window))), text);
  g_assert_true (jx_indicator_cell_stop_editing (cell, TRUE));
  jx_test_iterate ();
}

static void
test_full_width_digits (void)
{
  JxWindow *window = open_sample ();
  JxDocument *doc = jx_window_get_document (window);
  JxEvaluation *evaluation = jx_window_get_evaluation (window);
  const JxDocData *d = jx_document_get_data (doc);
  const JxIndicator *news, *satisfaction;
  JxNumberEntry *entry;

  /* Number entries: people, 万元 with a full-width thousands separator and minus, a year,
   * a score. */
  entry = focus_entry (window, "department.staffing.authorized.administrative");
  type_into (GTK_EDITABLE (entry), "２２");
  g_assert_null (jx_number_entry_get_error (entry));
  g_assert_cmpint (d->department.staffing.authorized.administrative, ==, 22);
  g_assert_cmpstr (label_named (window, "sum-authorized"), ==, "102");
  entry = focus_entry (window, "department.staffing.actual.contract");
  type_into (GTK_EDITABLE (entry), "３，２５０");
  g_assert_null (jx_number_entry_get_error (entry));
  g_assert_cmpint (d->department.staffing.actual.contract, ==, 3250);

  entry = focus_entry (window, "budget.revenue.items[0].amount");
  type_into (GTK_EDITABLE (entry), "３，７５０．５");
  g_assert_null (jx_number_entry_get_error (entry));
  g_assert_cmpint (((JxAmountItem *) g_ptr_array_index (d->budget.revenue.items, 0))->amount, ==,
                   G_GINT64_CONSTANT (3750500000));
  entry = focus_entry (window, "budget.revenue.total");
  type_into (GTK_EDITABLE (entry), "３７５０．５０");
  g_assert_cmpint (d->budget.revenue.total, ==, G_GINT64_CONSTANT (3750500000));
  focus_entry (window, "budget.revenue.items[0].amount");
  WAIT_FOR (g_str_equal (gtk_editable_get_text (GTK_EDITABLE (entry)), "3,750.50"));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "3,750.50");

  entry = focus_entry (window, "department.year");
  type_into (GTK_EDITABLE (entry), "２０２０");
  g_assert_null (jx_number_entry_get_error (entry));
  g_assert_cmpint (d->department.year, ==, 2020);
  entry = focus_entry (window, "conclusion.stated_total");
  type_into (GTK_EDITABLE (entry), "９７．５");
  g_assert_null (jx_number_entry_get_error (entry));
  g_assert_cmpfloat (d->conclusion.stated_total, ==, 97.5);

  /* Indicator cells: a target with a full-width thousands separator is kept as the number;
   * an actual with a full-width percent sign. */
  type_into_cell (window, "indicators[2].children[0].children[0].target_text", "≥３，２５０篇（条）");
  news = jx_evaluation_get_result (evaluation, "indicators[2].children[0].children[0]")->indicator;
  g_assert_cmpstr (news->target_text, ==, "≥3250篇（条）");
  g_assert_cmpfloat (((JxPart *) g_ptr_array_index (news->parts, 0))->target, ==, 3250);
  g_assert_cmpfloat (jx_evaluation_get_result (evaluation, "indicators[2].children[0].children[0]")->completion, ==, 100);
  type_into_cell (window, "indicators[3].children[2].children[0].parts[0].actual", "９６％");
  satisfaction = jx_evaluation_get_result (evaluation, "indicators[3].children[2].children[0]")->indicator;
  g_assert_cmpfloat (((JxPart *) g_ptr_array_index (satisfaction->parts, 0))->actual, ==, 96);
  type_into_cell (window, "indicators[3].children[2].children[0].parts[0].actual", "－５");
  g_assert_cmpfloat (((JxPart *) g_ptr_array_index (satisfaction->parts, 0))->actual, ==, -5);

  /* Pasted from WPS with full-width digits: the same numbers. */
  {
    GtkWidget *page = jx_test_find_by_type (jx_test_window_page (GTK_WIDGET (window), "indicators"), JX_TYPE_INDICATOR_PAGE);

    focus_cell (window, "indicators[2].children[0].children[1].parts[0].actual");
    gdk_clipboard_set_text (gtk_widget_get_clipboard (page), "２，８００\r\n３００\r\n");
    g_assert_true (gtk_widget_activate_action (page, "indicators.paste", NULL));
    WAIT_FOR (jx_indicator_actual (d, jx_evaluation_get_result (evaluation, "indicators[2].children[0].children[1]")->indicator, 0) == 2800);
    g_assert_cmpfloat (jx_indicator_actual (d, jx_evaluation_get_result (evaluation, "indicators[2].children[0].children[1]")->indicator, 0), ==, 2800);
    g_assert_cmpfloat (jx_indicator_actual (d, jx_evaluation_get_result (evaluation, "indicators[2].children[0].children[2]")->indicator, 0), ==, 300);
  }

  destroy_window (window);
}

/* ---- 4. a negative amount ---- */

static JxChartView *
chart_of (JxWindow   *window,
          const char *id,
          GtkWidget  *root)
{
  GtkWidget *child;

  if (root == NULL)
    root = GTK_WIDGET (window);
  if (JX_IS_CHART_VIEW (root) && g_strcmp0 (jx_chart_view_get_chart_id (JX_CHART_VIEW (root)), id) == 0)
    return JX_CHART_VIEW (root);
  for (child = gtk_widget_get_first_child (root); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      JxChartView *found = chart_of (window, id, child);
      if (found != NULL)
        return found;
    }
  return NULL;
}

/* The texts of the findings list, one a line. */
static char *
findings_text (JxWindow *window)
{
  GtkWidget *list = jx_test_find_by_type (jx_test_window_page (GTK_WIDGET (window), "conclusion"), JX_TYPE_FINDINGS_LIST);
  g_autoptr(GPtrArray) texts = g_ptr_array_new_with_free_func (g_free);

  g_assert_nonnull (list);
  /* Its rows are made while it is on screen. */
  jx_window_show_page (window, JX_PAGE_CONCLUSION);
  WAIT_FOR (gtk_widget_get_mapped (list));
  jx_test_spin (50);
  collect_texts (list, texts);
  g_ptr_array_add (texts, NULL);
  return g_strjoinv ("\n", (char **) texts->pdata);
}

static void
test_negative_amount (void)
{
  JxWindow *window = open_sample ();
  JxNumberEntry *entry;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *findings = NULL;
  JxChartView *chart;

  /* 其他收入 722.79 typed as −23.87 with a full-width minus. */
  entry = focus_entry (window, "budget.revenue.items[2].amount");
  type_into (GTK_EDITABLE (entry), "－２３．８７");
  g_assert_null (jx_number_entry_get_error (entry));
  g_assert_cmpint (((JxAmountItem *) g_ptr_array_index (jx_document_get_data (jx_window_get_document (window))->budget.revenue.items, 2))->amount,
                   ==, -23870000);
  WAIT_FOR (gtk_widget_has_css_class (GTK_WIDGET (entry), "warning"));
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (entry), "warning"));
  g_assert_nonnull (strstr (gtk_widget_get_tooltip_text (GTK_WIDGET (entry)), "-23.87"));

  findings = findings_text (window);
  g_test_message ("%s", findings);
  g_assert_nonnull (strstr (findings, "-23.87"));
  /* Where it is, in the page's words, never the JSON path (issue 14). */
  g_assert_nonnull (strstr (findings, " · Revenue › 其他收入 › Amount"));
  g_assert_null (strstr (findings, "budget.revenue"));
  g_assert_null (strstr (findings, "items["));

  /* The chart of shares: no negative share; the amount shown as it is, the sum of the others. */
  chart = chart_of (window, "revenue", NULL);
  g_assert_nonnull (chart);
  after = jx_chart_view_dup_text (chart);
  g_test_message ("%s", after);
  g_assert_null (strstr (after, "-23.87%"));
  g_assert_null (strstr (after, "−23.87%"));
  g_assert_nonnull (strstr (after, "-23.87"));
  g_assert_nonnull (strstr (after, "3,028.21"));
  g_assert_nonnull (strstr (after, "89.99%"));
  destroy_window (window);
}

/* ---- 5. an empty document ---- */

static void
test_empty_document (void)
{
  JxWindow *window = jx_window_new (GTK_APPLICATION (app));
  JxDocument *doc = jx_window_get_document (window);
  GtkWidget *page, *empty;
  g_autofree char *findings = NULL;
  GtkWidget *summary;

  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  gtk_window_present (GTK_WINDOW (window));
  jx_test_spin (100);

  /* The checks say what is still to be filled in, not that all figures add up. */
  findings = findings_text (window);
  g_assert_nonnull (strstr (findings, "To fill in: the name of the department"));
  g_assert_nonnull (strstr (findings, "To fill in: the performance indicators"));
  g_assert_nonnull (strstr (findings, "To fill in: the budget"));
  g_assert_cmpuint (jx_evaluation_count (jx_window_get_evaluation (window), JX_SEVERITY_INFO), ==, 6);
  summary = find_by_name (GTK_WIDGET (window), "findings-group");
  g_assert_nonnull (summary);
  g_assert_cmpstr (adw_preferences_group_get_description (ADW_PREFERENCES_GROUP (summary)), ==, "6 notes");
  g_assert_null (strstr (adw_preferences_group_get_description (ADW_PREFERENCES_GROUP (summary)), "every figure adds up"));

  /* The indicator page shows the three ways in. */
  jx_window_show_page (window, JX_PAGE_INDICATORS);
  jx_test_spin (100);
  page = jx_test_find_by_type (GTK_WIDGET (window), JX_TYPE_INDICATOR_PAGE);
  empty = find_by_name (page, "indicator-empty");
  g_assert_nonnull (empty);
  WAIT_FOR (gtk_widget_get_mapped (empty));
  g_assert_true (gtk_widget_get_mapped (empty));
  {
    g_autoptr(GPtrArray) texts = g_ptr_array_new_with_free_func (g_free);
    g_autofree char *joined = NULL;

    collect_texts (empty, texts);
    g_ptr_array_add (texts, NULL);
    joined = g_strjoinv ("|", (char **) texts->pdata);
    g_assert_nonnull (strstr (joined, "Add an Indicator"));
    g_assert_nonnull (strstr (joined, "Paste from WPS or Excel"));
    g_assert_nonnull (strstr (joined, "Start from a Template"));
  }

  /* Start from a rule pack's template: its indicators and rules, one undo step, the table shown. */
  g_assert_true (gtk_widget_activate_action (page, "indicators.from-template", "s", "mof-2013-53"));
  WAIT_FOR (!gtk_widget_get_mapped (empty));
  g_assert_cmpuint (jx_document_get_data (doc)->indicators->len, ==, 4);
  g_assert_cmpstr (jx_document_get_data (doc)->scoring.pack, ==, "mof-2013-53");
  g_assert_false (gtk_widget_get_mapped (empty));
  g_assert_false (jx_evaluation_get_findings (jx_window_get_evaluation (window)) == NULL);
  activate (window, "undo");
  WAIT_FOR (gtk_widget_get_mapped (empty));
  g_assert_cmpuint (jx_document_get_data (doc)->indicators->len, ==, 0);
  g_assert_true (gtk_widget_get_mapped (empty));
  g_assert_false (jx_document_can_undo (doc));

  /* Paste rows copied from a spreadsheet into the empty table. */
  gdk_clipboard_set_text (gtk_widget_get_clipboard (page), "1\t全年采摄新闻\t≥３，０００篇\t５\t３２５０\t\t\t\t\t\n");
  g_assert_true (gtk_widget_activate_action (page, "indicators.paste-rows", NULL));
  WAIT_FOR (jx_document_get_data (doc)->indicators->len == 1);
  {
    const JxDocData *d = jx_document_get_data (doc);
    const JxIndicator *leaf;

    g_assert_cmpuint (d->indicators->len, ==, 1);
    leaf = g_ptr_array_index (((JxIndicator *) g_ptr_array_index (((JxIndicator *) g_ptr_array_index (d->indicators, 0))->children, 0))->children, 0);
    g_assert_cmpstr (leaf->name, ==, "全年采摄新闻");
    g_assert_cmpstr (leaf->target_text, ==, "≥3000篇");
    g_assert_cmpfloat (leaf->weight, ==, 5);
    g_assert_cmpfloat (((JxPart *) g_ptr_array_index (leaf->parts, 0))->actual, ==, 3250);
  }
  activate (window, "undo");
  WAIT_FOR (gtk_widget_get_mapped (empty));

  /* Or add a first row: a dimension, a group and the indicator, its name open for typing. */
  g_assert_true (gtk_widget_activate_action (page, "indicators.add", NULL));
  WAIT_FOR (!gtk_widget_get_mapped (empty));
  g_assert_cmpuint (jx_document_get_data (doc)->indicators->len, ==, 1);
  g_assert_false (gtk_widget_get_mapped (empty));

  destroy_window (window);
}

/* ---- 6. weights that overflow are not graded 优秀 silently ---- */

static void
test_weight_overflow_grade (void)
{
  JxWindow *window = open_sample ();
  JxDocument *doc = jx_window_get_document (window);
  GtkWidget *summary = jx_test_find_by_type (jx_test_window_page (GTK_WIDGET (window), "conclusion"), JX_TYPE_SCORE_SUMMARY);
  g_autoptr(GError) error = NULL;
  g_autofree char *findings = NULL;

  g_assert_cmpstr (jx_score_summary_get_grade_text (JX_SCORE_SUMMARY (summary)), ==, "优秀");

  /* 新闻信息部 (no weight of its own: its indicators' 21) given a weight of 2: its indicators
   * exceed it, and its score 21 of 2 would read 优秀, as would the total. */
  g_assert_true (jx_document_set_number (doc, "indicators[2].children[0].weight", 2, &error));
  g_assert_no_error (error);
  jx_test_iterate ();
  g_assert_cmpstr (jx_score_summary_get_grade_text (JX_SCORE_SUMMARY (summary)), ==, "—");
  g_assert_null (jx_evaluation_get_sheet (jx_window_get_evaluation (window))->grade);
  findings = findings_text (window);
  g_assert_nonnull (strstr (findings, "No grade for “新闻信息部” while the weights under it (21) exceed its own (2)"));
  g_assert_nonnull (strstr (findings, "No grade for the total"));
  {
    GtkWidget *page = jx_test_find_by_type (jx_test_window_page (GTK_WIDGET (window), "indicators"), JX_TYPE_INDICATOR_PAGE);
    g_autoptr(GPtrArray) texts = g_ptr_array_new_with_free_func (g_free);
    guint i, seen = 0;

    /* The indicator page's total: "Total … of 100 · —". */
    collect_texts (page, texts);
    for (i = 0; i < texts->len; i++)
      if (g_str_has_prefix (g_ptr_array_index (texts, i), "label Total "))
        {
          g_assert_true (g_str_has_suffix (g_ptr_array_index (texts, i), "· —"));
          seen++;
        }
    g_assert_cmpuint (seen, ==, 1);
  }

  /* Mended back: graded again. */
  activate (window, "undo");
  g_assert_cmpstr (jx_score_summary_get_grade_text (JX_SCORE_SUMMARY (summary)), ==, "优秀");
  destroy_window (window);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  app = jx_test_ui_init (&argc, &argv, "test-entry");
  if (app == NULL)
    return 77;
  g_test_add_func ("/entry/refused-text-keeps-document", test_refused_text_keeps_document);
  g_test_add_func ("/entry/labels-follow-undo", test_labels_follow_undo);
  g_test_add_func ("/entry/full-width-digits", test_full_width_digits);
  g_test_add_func ("/entry/negative-amount", test_negative_amount);
  g_test_add_func ("/entry/empty-document", test_empty_document);
  g_test_add_func ("/entry/weight-overflow-grade", test_weight_overflow_grade);
  status = g_test_run ();
  g_clear_object (&app);
  return status;
}
