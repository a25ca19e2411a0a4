/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The indicator table with the sample, under Xvfb: edit an actual value and follow it through
 * completion, computed score, subtotals, total and grade, in the evaluation and on screen;
 * accept the computed score; change a rule; paste three rows; keyboard moves; undo it all
 * back to the file's bytes. */
#define G_LOG_DOMAIN "test-indicator-page"

#include "config.h"

#include <adwaita.h>
#include <math.h>

#include "jixiao-resources.h"
#include "jx-evaluation.h"
#include "jx-indicator-clipboard.h"
#include "jx-indicator-edit.h"
#include "jx-indicator-page-private.h"
#include "jx-indicator-structure.h"
#include "jx-rule-popover.h"
#include "jx-save.h"

#define NEWS "indicators[2].children[0].children[0]"     /* 全年采摄新闻 */
#define NEWS_DEPT "indicators[2].children[0]"            /* 新闻信息部 */
#define OUTPUT "indicators[2]"                           /* 产出 */

typedef struct {
  char            *original;
  JxDocument      *document;
  JxEvaluation    *evaluation;
  GtkWidget       *window;
  JxIndicatorPage *page;
} Fixture;

/* ---- helpers ---- */

static gboolean
spin_until (gboolean (*condition) (gpointer),
            gpointer  data)
{
  gint64 end = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  while (g_get_monotonic_time () < end)
    {
      if (condition (data))
        return TRUE;
      while (g_main_context_iteration (NULL, FALSE))
        ;
      g_usleep (2000);
    }
  return condition (data);
}

static void
spin_a_while (guint ms)
{
  gint64 end = g_get_monotonic_time () + ms * 1000;

  while (g_get_monotonic_time () < end)
    {
      while (g_main_context_iteration (NULL, FALSE))
        ;
      g_usleep (2000);
    }
}

static JxIndicatorRow *
row_at_path (Fixture    *f,
             const char *path)
{
  JxIndicatorRow *row = jx_indicator_rows_lookup (f->page->root, path);

  g_assert_nonnull (row);
  g_assert_cmpstr (jx_indicator_row_get_path (row), ==, path);
  return row;
}

typedef struct {
  Fixture    *f;
  const char *path;
  JxColumn    column;
} CellQuery;

static gboolean
cell_shown (gpointer data)
{
  CellQuery *q = data;
  JxIndicatorRow *row = jx_indicator_rows_lookup (q->f->page->root, q->path);
  GtkWidget *cell = row != NULL ? jx_indicator_row_get_cell (row, q->column) : NULL;

  return cell != NULL && gtk_widget_get_mapped (cell);
}

/* The cell of `path` in `column`, scrolled into view. */
static JxIndicatorCell *
cell_of (Fixture    *f,
         const char *path,
         JxColumn    column)
{
  CellQuery q = { f, path, column };

  if (!cell_shown (&q))
    g_assert_true (_jx_indicator_page_reveal (f->page, path, column, FALSE));
  g_assert_true (spin_until (cell_shown, &q));
  return JX_INDICATOR_CELL (jx_indicator_row_get_cell (row_at_path (f, path), column));
}

static const char *
cell_text (Fixture    *f,
           const char *path,
           JxColumn    column)
{
  return jx_indicator_cell_get_text (cell_of (f, path, column));
}

static gboolean
focused_here (gpointer data)
{
  CellQuery *q = data;
  JxIndicatorRow *row = q->f->page->cursor_row;
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (q->f->window));

  return row != NULL && g_strcmp0 (jx_indicator_row_get_path (row), q->path) == 0
         && q->f->page->cursor_column == q->column && focus != NULL
         && jx_indicator_row_get_cell (row, q->column) == focus;
}

static void
focus_cell (Fixture    *f,
            const char *path,
            JxColumn    column)
{
  CellQuery q = { f, path, column };

  g_assert_true (_jx_indicator_page_reveal (f->page, path, column, FALSE));
  g_assert_true (spin_until (focused_here, &q));
}

static gboolean
emit_key (GtkWidget          *widget,
          GtkPropagationPhase phase,
          guint               keyval,
          GdkModifierType     state)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);
  guint i;

  for (i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) c = g_list_model_get_item (controllers, i);
      gboolean handled = FALSE;

      if (!GTK_IS_EVENT_CONTROLLER_KEY (c) || gtk_event_controller_get_propagation_phase (c) != phase)
        continue;
      g_signal_emit_by_name (c, "key-pressed", keyval, 0, state, &handled);
      if (handled)
        return TRUE;
    }
  return FALSE;
}

/* Delivers a key press to the key controllers of `target` and its ancestors as GTK would:
 * capture from the top down, the target, then bubble back up. (Shortcut controllers, the
 * page's bindings, are left out: the tests activate those actions by name.) */
static gboolean
press_key (GtkWidget       *target,
           guint            keyval,
           GdkModifierType  state)
{
  g_autoptr(GPtrArray) chain = g_ptr_array_new ();
  GtkWidget *w;
  guint i;

  for (w = target; w != NULL; w = gtk_widget_get_parent (w))
    g_ptr_array_insert (chain, 0, w);
  for (i = 0; i < chain->len; i++)
    if (emit_key (g_ptr_array_index (chain, i), GTK_PHASE_CAPTURE, keyval, state))
      return TRUE;
  if (emit_key (target, GTK_PHASE_TARGET, keyval, state))
    return TRUE;
  for (i = chain->len; i > 0; i--)
    if (emit_key (g_ptr_array_index (chain, i - 1), GTK_PHASE_BUBBLE, keyval, state))
      return TRUE;
  return FALSE;
}

static const JxIndicatorResult *
result (Fixture    *f,
        const char *path)
{
  const JxIndicatorResult *r = jx_evaluation_get_result (f->evaluation, path);

  g_assert_nonnull (r);
  return r;
}

static void
assert_number (double value,
               double expected)
{
  g_assert_cmpfloat_with_epsilon (value, expected, 1e-9);
}

static char *
document_json (Fixture *f)
{
  return jx_doc_data_to_json (jx_document_get_data (f->document), NULL);
}

static guint
n_view_rows (Fixture *f)
{
  return g_list_model_get_n_items (G_LIST_MODEL (f->page->selection));
}

/* ---- fixture ---- */

static gboolean
page_drawn (gpointer data)
{
  Fixture *f = data;
  CellQuery q = { f, "indicators[0]", JX_COLUMN_NAME };

  return gtk_widget_get_mapped (GTK_WIDGET (f->page)) && cell_shown (&q);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  const char *sample = g_getenv ("JIXIAO_SAMPLE");
  g_autoptr(GFile) file = g_file_new_for_path (sample);
  g_autoptr(GError) error = NULL;

  g_assert_true (g_file_get_contents (sample, &f->original, NULL, &error));
  f->document = jx_document_new_from_file (file, &error);
  g_assert_no_error (error);
  f->evaluation = jx_evaluation_new (f->document);

  f->window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (f->window), 1280, 800);
  f->page = g_object_new (JX_TYPE_INDICATOR_PAGE, NULL);
  gtk_window_set_child (GTK_WINDOW (f->window), GTK_WIDGET (f->page));
  jx_indicator_page_set_evaluation (f->page, f->evaluation);
  gtk_window_present (GTK_WINDOW (f->window));
  g_assert_true (spin_until (page_drawn, f));
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  gtk_window_destroy (GTK_WINDOW (f->window));
  spin_a_while (20);
  g_clear_object (&f->evaluation);
  g_clear_object (&f->document);
  g_free (f->original);
}

/* ---- tests ---- */

static void
test_page_shows_sample (Fixture       *f,
                        gconstpointer  data)
{
  /* 4 dimensions, 16 groups, 55 indicators, all open. */
  g_assert_cmpuint (n_view_rows (f), ==, 4 + 16 + 55);
  g_assert_cmpstr (cell_text (f, NEWS, JX_COLUMN_NAME), ==, "全年采摄新闻");
  g_assert_cmpstr (cell_text (f, NEWS, JX_COLUMN_TARGET), ==, "3000 篇（条）");
  g_assert_cmpstr (cell_text (f, NEWS, JX_COLUMN_ACTUAL), ==, "3250 篇（条）");
  g_assert_cmpstr (cell_text (f, NEWS, JX_COLUMN_COMPLETION), ==, "108.33%");
  g_assert_cmpstr (cell_text (f, NEWS, JX_COLUMN_COMPUTED), ==, "3.00");
  g_assert_cmpstr (cell_text (f, NEWS, JX_COLUMN_SCORE), ==, "3.00");
  g_assert_cmpstr (cell_text (f, NEWS_DEPT, JX_COLUMN_WEIGHT), ==, "21");
  g_assert_cmpstr (cell_text (f, NEWS_DEPT, JX_COLUMN_SCORE), ==, "21.00");
  g_assert_cmpstr (cell_text (f, OUTPUT, JX_COLUMN_SCORE), ==, "63.00");
  g_assert_cmpstr (cell_text (f, "indicators[0]", JX_COLUMN_COMPLETION), ==, "83.33% 良好");
  g_assert_cmpstr (_jx_indicator_page_get_total_text (f->page), ==, "Total 98.00 of 100 · 优秀");

  /* Findings are marked on their rows and cells: a missing actual value (warning), an
   * entered score that differs from the computed one (information). */
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (cell_of (f, "indicators[2].children[1].children[0]",
                                                                 JX_COLUMN_ACTUAL)), "finding-warning"));
  g_assert_nonnull (strstr (jx_indicator_cell_get_tooltip ((cell_of (f, "indicators[2].children[1].children[0]",
                                                                               JX_COLUMN_NAME))),
                            "the actual value is missing"));
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (cell_of (f, "indicators[1].children[0].children[4]",
                                                                 JX_COLUMN_SCORE)), "finding-info"));
  g_assert_cmpstr (cell_text (f, "indicators[1].children[0].children[4]", JX_COLUMN_COMPUTED), ==, "≠ 0.63");
}

static void
test_edit_actual_value (Fixture       *f,
                        gconstpointer  data)
{
  JxIndicatorCell *cell;
  GtkWidget *editor;
  CellQuery below = { f, "indicators[2].children[0].children[1]", JX_COLUMN_ACTUAL };
  CellQuery score = { f, NEWS, JX_COLUMN_SCORE };
  g_autofree char *json = NULL;

  focus_cell (f, NEWS, JX_COLUMN_ACTUAL);
  cell = cell_of (f, NEWS, JX_COLUMN_ACTUAL);

  /* Enter starts editing; a letter in the number is refused with a visible hint. */
  g_assert_true (press_key (GTK_WIDGET (cell), GDK_KEY_Return, 0));
  g_assert_true (jx_indicator_cell_is_editing (cell));
  editor = jx_indicator_cell_get_editor (cell);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (editor)), ==, "3250");
  gtk_editable_set_text (GTK_EDITABLE (editor), "27a0");
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (cell), "invalid"));
  g_assert_nonnull (jx_indicator_cell_get_hint (cell));
  g_assert_nonnull (strstr (jx_indicator_cell_get_hint (cell), "is not a number"));
  g_assert_true (press_key (editor, GDK_KEY_Return, 0));
  g_assert_true (jx_indicator_cell_is_editing (cell));    /* refused: still editing */
  assert_number (result (f, NEWS)->completion, 3250.0 / 3000 * 100);

  /* 2700 and Enter: committed, and the cursor goes down a row. */
  gtk_editable_set_text (GTK_EDITABLE (editor), "2700");
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (cell), "invalid"));
  g_assert_true (press_key (editor, GDK_KEY_Return, 0));
  g_assert_false (jx_indicator_cell_is_editing (cell));
  g_assert_true (spin_until (focused_here, &below));

  assert_number (jx_round (result (f, NEWS)->completion, 2, JX_ROUNDING_HALF_UP), 90.00);
  assert_number (result (f, NEWS)->computed_score, 2.70);
  assert_number (result (f, NEWS)->score, 3);            /* the entered score stands … */
  g_assert_true (result (f, NEWS)->differs);              /* … and the row says so */
  g_assert_cmpstr (cell_text (f, NEWS, JX_COLUMN_ACTUAL), ==, "2700 篇（条）");
  g_assert_cmpstr (cell_text (f, NEWS, JX_COLUMN_COMPLETION), ==, "90.00%");
  g_assert_cmpstr (cell_text (f, NEWS, JX_COLUMN_COMPUTED), ==, "≠ 2.70");
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (cell_of (f, NEWS, JX_COLUMN_SCORE)), "differs"));
  /* The printed text follows the value (it said the same before). */
  g_assert_cmpstr (result (f, NEWS)->indicator->actual_text, ==, "2700 篇（条）");
  g_assert_cmpstr (jx_document_get_undo_label (f->document), ==, "Edit Actual Value");

  /* Accept the computed score (Ctrl+Shift+A): subtotals, total and grade follow. */
  focus_cell (f, NEWS, JX_COLUMN_SCORE);
  g_assert_true (spin_until (focused_here, &score));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "indicators.accept-computed", NULL));
  g_assert_false (JX_NUMBER_IS_SET (result (f, NEWS)->indicator->score));
  assert_number (result (f, NEWS)->score, 2.70);
  assert_number (result (f, NEWS_DEPT)->score, 20.70);
  assert_number (result (f, OUTPUT)->score, 62.70);
  assert_number (jx_evaluation_get_sheet (f->evaluation)->total, 97.70);
  g_assert_cmpstr (jx_evaluation_get_sheet (f->evaluation)->grade, ==, "优秀");
  g_assert_cmpstr (cell_text (f, NEWS, JX_COLUMN_SCORE), ==, "2.70");
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (cell_of (f, NEWS, JX_COLUMN_SCORE)), "dim"));
  g_assert_cmpstr (cell_text (f, NEWS_DEPT, JX_COLUMN_SCORE), ==, "20.70");
  g_assert_cmpstr (cell_text (f, OUTPUT, JX_COLUMN_SCORE), ==, "62.70");
  g_assert_cmpstr (cell_text (f, OUTPUT, JX_COLUMN_COMPLETION), ==, "99.52% 优秀");
  g_assert_cmpstr (_jx_indicator_page_get_total_text (f->page), ==, "Total 97.70 of 100 · 优秀");

  /* Two steps, undone back to the file's bytes. */
  g_assert_true (jx_document_undo (f->document));
  g_assert_true (jx_document_undo (f->document));
  g_assert_false (jx_document_can_undo (f->document));
  json = document_json (f);
  g_assert_cmpstr (json, ==, f->original);
  g_assert_cmpstr (cell_text (f, NEWS, JX_COLUMN_COMPLETION), ==, "108.33%");
  g_assert_cmpstr (_jx_indicator_page_get_total_text (f->page), ==, "Total 98.00 of 100 · 优秀");
}

static void
test_keyboard (Fixture       *f,
               gconstpointer  data)
{
  JxIndicatorCell *cell;
  CellQuery score = { f, NEWS, JX_COLUMN_SCORE };
  CellQuery note = { f, NEWS, JX_COLUMN_NOTE };
  CellQuery next_number = { f, "indicators[2].children[0].children[1]", JX_COLUMN_NUMBER };
  CellQuery back = { f, NEWS, JX_COLUMN_NOTE };
  CellQuery up = { f, NEWS_DEPT, JX_COLUMN_NOTE };

  /* Tab skips the computed columns: actual → score → note → next row's number. */
  focus_cell (f, NEWS, JX_COLUMN_ACTUAL);
  cell = cell_of (f, NEWS, JX_COLUMN_ACTUAL);
  g_assert_true (press_key (GTK_WIDGET (cell), GDK_KEY_Tab, 0));
  g_assert_true (spin_until (focused_here, &score));
  g_assert_true (press_key (GTK_WIDGET (cell_of (f, NEWS, JX_COLUMN_SCORE)), GDK_KEY_Tab, 0));
  g_assert_true (spin_until (focused_here, &note));
  g_assert_true (press_key (GTK_WIDGET (cell_of (f, NEWS, JX_COLUMN_NOTE)), GDK_KEY_Tab, 0));
  g_assert_true (spin_until (focused_here, &next_number));
  g_assert_true (press_key (GTK_WIDGET (cell_of (f, next_number.path, JX_COLUMN_NUMBER)),
                            GDK_KEY_ISO_Left_Tab, GDK_SHIFT_MASK));
  g_assert_true (spin_until (focused_here, &back));
  g_assert_true (press_key (GTK_WIDGET (cell_of (f, NEWS, JX_COLUMN_NOTE)), GDK_KEY_Up, 0));
  g_assert_true (spin_until (focused_here, &up));

  /* Typing into a cell starts editing with what is typed; Escape cancels. */
  cell = cell_of (f, NEWS, JX_COLUMN_WEIGHT);
  g_assert_true (jx_indicator_cell_start_editing (cell, "5"));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (jx_indicator_cell_get_editor (cell))), ==, "5");
  g_assert_true (press_key (jx_indicator_cell_get_editor (cell), GDK_KEY_Escape, 0));
  g_assert_false (jx_indicator_cell_is_editing (cell));
  g_assert_false (jx_document_can_undo (f->document));

  /* A whole row that takes the focus (Tab into the table) passes it to its cell. */
  {
    GtkWidget *row_widget = gtk_widget_get_parent (gtk_widget_get_parent (GTK_WIDGET (cell_of (f, NEWS, JX_COLUMN_TARGET))));
    CellQuery into = { f, NEWS, JX_COLUMN_WEIGHT };

    gtk_root_set_focus (GTK_ROOT (f->window), row_widget);
    g_assert_true (spin_until (focused_here, &into));
  }

  /* Selection follows the cursor; Ctrl+C copies the cell. */
  focus_cell (f, NEWS, JX_COLUMN_TARGET);
  g_assert_true (gtk_selection_model_is_selected (GTK_SELECTION_MODEL (f->page->selection),
                                                  _jx_indicator_page_position_of (f->page, row_at_path (f, NEWS))));
}

static gboolean
popover_shown (gpointer data)
{
  Fixture *f = data;
  return gtk_widget_get_mapped (_jx_indicator_page_get_rule_popover (f->page));
}

static void
test_change_rule (Fixture       *f,
                  gconstpointer  data)
{
  JxRulePopover *popover = JX_RULE_POPOVER (_jx_indicator_page_get_rule_popover (f->page));
  const JxIndicator *ind;
  g_autofree char *json = NULL;

  jx_document_set_number (f->document, NEWS ".parts[0].actual", 2700, NULL);
  jx_document_set_number (f->document, NEWS ".score", NAN, NULL);
  focus_cell (f, NEWS, JX_COLUMN_RULE);
  g_assert_cmpstr (cell_text (f, NEWS, JX_COLUMN_RULE), ==, "Positive");

  /* Enter on the rule cell opens the popover with the calculation spelled out. */
  g_assert_true (press_key (GTK_WIDGET (cell_of (f, NEWS, JX_COLUMN_RULE)), GDK_KEY_Return, 0));
  g_assert_true (spin_until (popover_shown, f));
  g_assert_cmpstr (jx_rule_popover_get_path (popover), ==, NEWS);
  g_assert_cmpstr (jx_rule_popover_get_explanation (popover), ==, "2700 / 3000 = 90.00% → 90.00% × 3 = 2.70 of 3");

  /* To tiers: tiers from the weight; 90% reaches the 2.7-point tier. */
  jx_rule_popover_set_kind (popover, JX_RULE_TIERS);
  ind = result (f, NEWS)->indicator;
  g_assert_cmpint (ind->rule.kind, ==, JX_RULE_TIERS);
  g_assert_cmpuint (ind->rule.tiers->len, ==, 4);
  assert_number (result (f, NEWS)->computed_score, 2.70);
  g_assert_cmpstr (jx_rule_popover_get_explanation (popover), ==, "2700 / 3000 = 90.00% → the tier from 90% → 2.70 of 3");
  g_assert_cmpstr (cell_text (f, NEWS, JX_COLUMN_RULE), ==, "Tiers ×4");
  g_assert_cmpstr (jx_document_get_undo_label (f->document), ==, "Change Scoring Rule");

  /* The tier's points change: score, subtotal and total follow. */
  jx_document_set_number (f->document, NEWS ".rule.tiers[1].points", 2.5, NULL);
  assert_number (result (f, NEWS)->score, 2.50);
  assert_number (result (f, NEWS_DEPT)->score, 20.50);
  assert_number (jx_evaluation_get_sheet (f->evaluation)->total, 97.50);
  g_assert_cmpstr (jx_rule_popover_get_explanation (popover), ==, "2700 / 3000 = 90.00% → the tier from 90% → 2.50 of 3");
  g_assert_cmpstr (cell_text (f, NEWS, JX_COLUMN_COMPUTED), ==, "2.50");
  g_assert_cmpstr (_jx_indicator_page_get_total_text (f->page), ==, "Total 97.50 of 100 · 优秀");

  /* Qualitative: no score until a grade is chosen (issue 13), then the grade's share. */
  jx_rule_popover_set_kind (popover, JX_RULE_QUALITATIVE);
  g_assert_true (isnan (result (f, NEWS)->computed_score));
  jx_document_set_int (f->document, NEWS ".rule.grade", JX_GRADE_ACHIEVED, NULL);
  assert_number (result (f, NEWS)->computed_score, 3.00);
  gtk_popover_popdown (GTK_POPOVER (popover));

  while (jx_document_can_undo (f->document))
    g_assert_true (jx_document_undo (f->document));
  json = document_json (f);
  g_assert_cmpstr (json, ==, f->original);
}

typedef struct {
  Fixture *f;
  guint    n;
} CountQuery;

typedef struct {
  char     *text;
  gboolean  done;
} ClipboardText;

static void
on_text (GObject      *clipboard,
         GAsyncResult *res,
         gpointer      data)
{
  ClipboardText *t = data;

  t->text = gdk_clipboard_read_text_finish (GDK_CLIPBOARD (clipboard), res, NULL);
  t->done = TRUE;
}

static gboolean
text_read (gpointer data)
{
  return ((ClipboardText *) data)->done;
}

static gboolean
group_has (gpointer data)
{
  CountQuery *q = data;

  return jx_evaluation_get_result (q->f->evaluation, NEWS_DEPT)->indicator->children->len == q->n;
}

static void
test_paste_rows (Fixture       *f,
                 gconstpointer  data)
{
  const char *tsv =
    "\t新增指标甲\t100 篇\t1\t120\t\t\t\t\t\n"
    "\t新增指标乙\t≤5 分钟\t1\t4\t\t\t\t\t\n"
    "\t新增指标丙\t合理\t1\t\t\tQualitative\t\t1\t按期完成\n";
  CountQuery q = { f, 13 };
  const JxIndicator *dept;
  guint rows_before = n_view_rows (f);
  g_autofree char *json = NULL;

  focus_cell (f, NEWS, JX_COLUMN_NAME);
  gdk_clipboard_set_text (gtk_widget_get_clipboard (GTK_WIDGET (f->page)), tsv);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "indicators.paste-rows", NULL));
  g_assert_true (spin_until (group_has, &q));

  /* Three new indicators after 全年采摄新闻, numbered on; one undo step. */
  dept = result (f, NEWS_DEPT)->indicator;
  g_assert_cmpstr (((JxIndicator *) g_ptr_array_index (dept->children, 1))->name, ==, "新增指标甲");
  g_assert_cmpstr (((JxIndicator *) g_ptr_array_index (dept->children, 2))->name, ==, "新增指标乙");
  g_assert_cmpstr (((JxIndicator *) g_ptr_array_index (dept->children, 3))->name, ==, "新增指标丙");
  g_assert_cmpstr (((JxIndicator *) g_ptr_array_index (dept->children, 1))->number, ==, "2");
  g_assert_cmpstr (((JxIndicator *) g_ptr_array_index (dept->children, 4))->number, ==, "5");  /* 专稿 was 2 */
  g_assert_cmpstr (jx_document_get_undo_label (f->document), ==, "Paste Rows");
  assert_number (result (f, NEWS_DEPT ".children[1]")->completion, 120);
  assert_number (result (f, NEWS_DEPT ".children[2]")->completion, 100);
  g_assert_cmpint (result (f, NEWS_DEPT ".children[2]")->indicator->rule.kind, ==, JX_RULE_NEGATIVE);
  g_assert_cmpint (result (f, NEWS_DEPT ".children[3]")->indicator->rule.kind, ==, JX_RULE_QUALITATIVE);
  g_assert_cmpuint (n_view_rows (f), ==, rows_before + 3);
  g_assert_cmpstr (cell_text (f, NEWS_DEPT ".children[2]", JX_COLUMN_NAME), ==, "新增指标乙");
  g_assert_cmpstr (cell_text (f, NEWS_DEPT ".children[2]", JX_COLUMN_COMPLETION), ==, "100.00%");
  /* 产出's weights now add up to 66, not its 63: the checks say so on its row. */
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (cell_of (f, OUTPUT, JX_COLUMN_WEIGHT)), "finding-error"));

  /* Copy the three rows back out as tab-separated text, the computed columns filled in. */
  {
    GtkSelectionModel *selection = GTK_SELECTION_MODEL (f->page->selection);
    guint first = _jx_indicator_page_position_of (f->page, row_at_path (f, NEWS_DEPT ".children[1]"));
    g_autoptr(GPtrArray) table = NULL;
    ClipboardText text = { NULL, FALSE };
    GStrv row;

    gtk_selection_model_select_range (selection, first, 3, TRUE);
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "indicators.copy-rows", NULL));
    gdk_clipboard_read_text_async (gtk_widget_get_clipboard (GTK_WIDGET (f->page)), NULL, on_text, &text);
    g_assert_true (spin_until (text_read, &text));
    table = jx_tsv_parse (text.text);
    g_assert_cmpuint (table->len, ==, 3);
    row = g_ptr_array_index (table, 0);
    g_assert_cmpuint (g_strv_length (row), ==, JX_N_BASE_COLUMNS);
    g_assert_cmpstr (row[JX_COLUMN_NUMBER], ==, "2");
    g_assert_cmpstr (row[JX_COLUMN_NAME], ==, "新增指标甲");
    g_assert_cmpstr (row[JX_COLUMN_TARGET], ==, "100 篇");
    g_assert_cmpstr (row[JX_COLUMN_ACTUAL], ==, "120");
    g_assert_cmpstr (row[JX_COLUMN_COMPLETION], ==, "120.00%");
    g_assert_cmpstr (row[JX_COLUMN_RULE], ==, "Positive");
    g_assert_cmpstr (row[JX_COLUMN_COMPUTED], ==, "1.00");
    row = g_ptr_array_index (table, 2);
    g_assert_cmpstr (row[JX_COLUMN_SCORE], ==, "1");
    g_assert_cmpstr (row[JX_COLUMN_NOTE], ==, "按期完成");
    g_free (text.text);
  }

  g_assert_true (jx_document_undo (f->document));
  json = document_json (f);
  g_assert_cmpstr (json, ==, f->original);
  g_assert_cmpuint (n_view_rows (f), ==, rows_before);
  g_assert_cmpstr (cell_text (f, "indicators[2].children[0].children[1]", JX_COLUMN_NAME), ==, "专稿");
}

static gboolean
news_actual_is_3300 (gpointer data)
{
  Fixture *f = data;

  return jx_indicator_actual (jx_document_get_data (f->document), result (f, NEWS)->indicator, 0) == 3300;
}

static void
test_paste_cells (Fixture       *f,
                  gconstpointer  data)
{
  g_autofree char *json = NULL;

  /* Two cells of a column copied from a spreadsheet fill the actual values downwards; one
   * step; a letter is refused and the cell kept. */
  focus_cell (f, NEWS, JX_COLUMN_ACTUAL);
  gdk_clipboard_set_text (gtk_widget_get_clipboard (GTK_WIDGET (f->page)), "3300\r\n280\r\n");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "indicators.paste", NULL));
  g_assert_true (spin_until (news_actual_is_3300, f));
  assert_number (jx_indicator_actual (jx_document_get_data (f->document),
                                      result (f, "indicators[2].children[0].children[1]")->indicator, 0), 280);
  g_assert_cmpstr (jx_document_get_undo_label (f->document), ==, "Paste");
  assert_number (result (f, "indicators[2].children[0].children[1]")->completion, 280.0 / 260 * 100);

  _jx_indicator_page_paste_text (f->page, "12x\n", FALSE);
  assert_number (jx_indicator_actual (jx_document_get_data (f->document), result (f, NEWS)->indicator, 0), 3300);

  g_assert_true (jx_document_undo (f->document));
  g_assert_false (jx_document_can_undo (f->document));
  json = document_json (f);
  g_assert_cmpstr (json, ==, f->original);
}

static void
test_structure (Fixture       *f,
                gconstpointer  data)
{
  const JxIndicator *dept;
  g_autofree char *json = NULL;
  guint rows = n_view_rows (f);

  /* Add (Ctrl++): a new indicator after the current one, numbered, its name open for typing. */
  focus_cell (f, NEWS, JX_COLUMN_NAME);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "indicators.add", NULL));
  dept = result (f, NEWS_DEPT)->indicator;
  g_assert_cmpuint (dept->children->len, ==, 11);
  g_assert_cmpstr (((JxIndicator *) g_ptr_array_index (dept->children, 1))->number, ==, "2");
  g_assert_cmpuint (n_view_rows (f), ==, rows + 1);

  /* Move it down and back up; indent is refused (level 3 is the deepest); outdent makes it a group. */
  focus_cell (f, NEWS_DEPT ".children[1]", JX_COLUMN_NAME);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "indicators.move-down", NULL));
  g_assert_cmpstr (((JxIndicator *) g_ptr_array_index (dept->children, 2))->name, ==, "New Indicator");
  g_assert_cmpstr (((JxIndicator *) g_ptr_array_index (dept->children, 2))->number, ==, "3");
  g_assert_cmpstr (((JxIndicator *) g_ptr_array_index (dept->children, 1))->number, ==, "2");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "indicators.move-up", NULL));
  g_assert_cmpstr (((JxIndicator *) g_ptr_array_index (dept->children, 1))->name, ==, "New Indicator");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "indicators.indent", NULL));
  g_assert_cmpuint (dept->children->len, ==, 11);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "indicators.outdent", NULL));
  g_assert_cmpuint (dept->children->len, ==, 10);
  g_assert_cmpstr (((JxIndicator *) g_ptr_array_index (result (f, OUTPUT)->indicator->children, 1))->name,
                   ==, "New Indicator");
  g_assert_cmpuint (n_view_rows (f), ==, rows + 1);
  /* … and indent brings it back into 新闻信息部, at its end. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "indicators.indent", NULL));
  g_assert_cmpuint (dept->children->len, ==, 11);
  g_assert_cmpstr (((JxIndicator *) g_ptr_array_index (dept->children, 10))->name, ==, "New Indicator");

  /* Delete (Ctrl+−). */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "indicators.delete", NULL));
  g_assert_cmpuint (dept->children->len, ==, 10);
  g_assert_cmpuint (n_view_rows (f), ==, rows);

  /* 过程 continues 投入's numbers (1–6, 7–17): an indicator added at the end of 投入 is 7,
   * and 过程 follows from 8; 产出 starts again from 1 and stays. */
  focus_cell (f, "indicators[0].children[1].children[3]", JX_COLUMN_NAME);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "indicators.add", NULL));
  g_assert_cmpstr (result (f, "indicators[0].children[1].children[4]")->indicator->number, ==, "7");
  g_assert_cmpstr (result (f, "indicators[1].children[0].children[0]")->indicator->number, ==, "8");
  g_assert_cmpstr (result (f, "indicators[1].children[2].children[3]")->indicator->number, ==, "18");
  g_assert_cmpstr (result (f, "indicators[2].children[0].children[0]")->indicator->number, ==, "1");
  g_assert_cmpstr (jx_document_get_undo_label (f->document), ==, "Add Indicator");

  while (jx_document_can_undo (f->document))
    g_assert_true (jx_document_undo (f->document));
  json = document_json (f);
  g_assert_cmpstr (json, ==, f->original);
  g_assert_cmpuint (n_view_rows (f), ==, rows);
}

static void
test_filters (Fixture       *f,
              gconstpointer  data)
{
  guint all = n_view_rows (f);
  guint n;

  /* Search keeps the matches and their ancestors. */
  gtk_editable_set_text (GTK_EDITABLE (f->page->search), "公益广告");
  g_signal_emit_by_name (f->page->search, "search-changed");
  n = n_view_rows (f);
  /* 4 公益广告 rows, in 4 groups, all under 产出. */
  g_assert_cmpuint (n, ==, 1 + 4 + 4);
  gtk_editable_set_text (GTK_EDITABLE (f->page->search), "");
  g_signal_emit_by_name (f->page->search, "search-changed");
  g_assert_cmpuint (n_view_rows (f), ==, all);

  /* Only findings. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "indicators.only-findings", NULL));
  n = n_view_rows (f);
  g_assert_cmpuint (n, <, all);
  g_assert_cmpuint (n, >, 0);
  g_assert_true (gtk_toggle_button_get_active (f->page->findings_toggle));
  g_assert_true (jx_indicator_page_focus_path (f->page, "indicators[1].children[0].children[4].note"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "indicators.only-findings", NULL));
  g_assert_cmpuint (n_view_rows (f), ==, all);

  /* focus_path reaches a cell from a finding's path. */
  g_assert_true (jx_indicator_page_focus_path (f->page, "indicators[2].children[3].children[1].parts[0].actual"));
  {
    CellQuery q = { f, "indicators[2].children[3].children[1]", JX_COLUMN_ACTUAL };
    g_assert_true (spin_until (focused_here, &q));
  }
  g_assert_false (jx_indicator_page_focus_path (f->page, "indicators[9]"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  gtk_init ();
  adw_init ();
  jixiao_register_resource ();

  g_test_add ("/indicator-page/shows-sample", Fixture, NULL, fixture_set_up, test_page_shows_sample, fixture_tear_down);
  g_test_add ("/indicator-page/edit-actual-value", Fixture, NULL, fixture_set_up, test_edit_actual_value, fixture_tear_down);
  g_test_add ("/indicator-page/keyboard", Fixture, NULL, fixture_set_up, test_keyboard, fixture_tear_down);
  g_test_add ("/indicator-page/change-rule", Fixture, NULL, fixture_set_up, test_change_rule, fixture_tear_down);
  g_test_add ("/indicator-page/paste-rows", Fixture, NULL, fixture_set_up, test_paste_rows, fixture_tear_down);
  g_test_add ("/indicator-page/paste-cells", Fixture, NULL, fixture_set_up, test_paste_cells, fixture_tear_down);
  g_test_add ("/indicator-page/structure", Fixture, NULL, fixture_set_up, test_structure, fixture_tear_down);
  g_test_add ("/indicator-page/filters", Fixture, NULL, fixture_set_up, test_filters, fixture_tear_down);
  return g_test_run ();
}
