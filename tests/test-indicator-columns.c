/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The attribute columns of the indicator table (指标性质, 度量单位, 核心指标, 年初指标值,
 * 得分系数) with the sample, under Xvfb: hidden by default and shown from the Columns menu's
 * actions, remembered; 度量单位 and 年初指标值 edited through their cells (full-width digits as
 * a Chinese input method types them), each edit one undo step, saved and read back; arrows
 * and Tab through the columns shown only; copies in the layout shown, pastes of that layout
 * and of the old ten columns. */
#define G_LOG_DOMAIN "test-indicator-columns"

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <math.h>

#include "jixiao-resources.h"
#include "jx-evaluation.h"
#include "jx-indicator-clipboard.h"
#include "jx-indicator-edit.h"
#include "jx-indicator-page-private.h"
#include "jx-save.h"

#define APP_ID "io.github.jixiao.Jixiao"
#define NEWS "indicators[2].children[0].children[0]"     /* 全年采摄新闻 */
#define NEWS_DEPT "indicators[2].children[0]"            /* 新闻信息部 */
#define PROCUREMENT "indicators[1].children[0].children[4]"   /* 政府采购执行率, entered 0 */

typedef struct {
  char            *original;
  JxDocument      *document;
  JxEvaluation    *evaluation;
  GtkWidget       *window;
  JxIndicatorPage *page;
} Fixture;

typedef struct {
  Fixture    *f;
  const char *path;
  JxColumn    column;
} CellQuery;

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

static gboolean
cell_shown (gpointer data)
{
  CellQuery *q = data;
  JxIndicatorRow *row = jx_indicator_rows_lookup (q->f->page->root, q->path);
  GtkWidget *cell = row != NULL ? jx_indicator_row_get_cell (row, q->column) : NULL;

  return cell != NULL && gtk_widget_get_mapped (cell) && gtk_widget_get_width (cell) > 0;
}

static JxIndicatorCell *
cell_of (Fixture    *f,
         const char *path,
         JxColumn    column)
{
  CellQuery q = { f, path, column };

  if (!cell_shown (&q))
    g_assert_true (_jx_indicator_page_reveal (f->page, path, column, FALSE));
  g_assert_true (spin_until (cell_shown, &q));
  return JX_INDICATOR_CELL (jx_indicator_row_get_cell (jx_indicator_rows_lookup (f->page->root, path), column));
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

/* A key press to the key controllers of `target` and its ancestors, as GTK delivers it. */
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

/* The key on the focused cell, and where the cursor must go. */
static void
key_moves_to (Fixture    *f,
              const char *path,
              JxColumn    from,
              guint       keyval,
              JxColumn    to)
{
  CellQuery q = { f, path, to };

  g_test_message ("%s: key %s from %s to %s", path, gdk_keyval_name (keyval), jx_column_get_id (from), jx_column_get_id (to));
  g_assert_true (press_key (GTK_WIDGET (cell_of (f, path, from)), keyval,
                            keyval == GDK_KEY_ISO_Left_Tab ? GDK_SHIFT_MASK : 0));
  if (!spin_until (focused_here, &q))
    g_error ("the cursor is in %s", jx_column_get_id (f->page->cursor_column));
}

static void
show_column (Fixture    *f,
             const char *id,
             gboolean    shown)
{
  g_autofree char *action = g_strdup_printf ("columns.show-%s", id);
  guint i;

  for (i = 0; i < JX_N_COLUMNS; i++)
    if (g_str_equal (jx_column_get_id (i), id))
      break;
  g_assert_cmpuint (i, <, JX_N_COLUMNS);
  /* The menu's check item toggles the column. */
  if (gtk_column_view_column_get_visible (f->page->columns[i]) != shown)
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), action, NULL));
  g_assert_true (gtk_column_view_column_get_visible (f->page->columns[i]) == shown);
}

/* Types `text` into the cell (as typing starts the editor) and presses Enter. */
static void
type_into (Fixture    *f,
           const char *path,
           JxColumn    column,
           const char *text)
{
  JxIndicatorCell *cell;
  GtkWidget *editor;

  focus_cell (f, path, column);
  cell = cell_of (f, path, column);
  g_assert_true (jx_indicator_cell_start_editing (cell, text));
  editor = jx_indicator_cell_get_editor (cell);
  g_assert_nonnull (editor);
  g_assert_true (press_key (editor, GDK_KEY_Return, 0));
  g_assert_false (jx_indicator_cell_is_editing (cell));
}

static const JxIndicator *
indicator (Fixture    *f,
           const char *path)
{
  const JxIndicatorResult *r = jx_evaluation_get_result (f->evaluation, path);

  g_assert_nonnull (r);
  return r->indicator;
}

static const JxPart *
part0 (Fixture    *f,
       const char *path)
{
  return g_ptr_array_index (indicator (f, path)->parts, 0);
}

static char *
document_json (Fixture *f)
{
  return jx_doc_data_to_json (jx_document_get_data (f->document), NULL);
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
open_page (Fixture *f)
{
  f->window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (f->window), 1280, 800);
  f->page = g_object_new (JX_TYPE_INDICATOR_PAGE, NULL);
  gtk_window_set_child (GTK_WINDOW (f->window), GTK_WIDGET (f->page));
  jx_indicator_page_set_evaluation (f->page, f->evaluation);
  gtk_window_present (GTK_WINDOW (f->window));
  g_assert_true (spin_until (page_drawn, f));
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
  open_page (f);
}

static void
close_page (Fixture *f)
{
  gint64 end;

  gtk_window_destroy (GTK_WINDOW (f->window));
  for (end = g_get_monotonic_time () + 20000; g_get_monotonic_time () < end; g_usleep (2000))
    while (g_main_context_iteration (NULL, FALSE))
      ;
  f->window = NULL;
  f->page = NULL;
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);

  close_page (f);
  g_clear_object (&f->evaluation);
  g_clear_object (&f->document);
  g_free (f->original);
  g_settings_reset (settings, "indicator-column-visible");
  g_settings_reset (settings, "indicator-column-widths");
}

/* ---- tests ---- */

static void
test_defaults_and_menu (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autoptr(GVariant) saved = NULL;
  JxColumn shown[JX_N_COLUMNS];
  JxCellContent c;
  gboolean visible = FALSE;
  guint i;

  /* By default the ten columns the table always had, in their order. */
  g_assert_cmpuint (_jx_indicator_page_visible_columns (f->page, shown), ==, JX_N_BASE_COLUMNS);
  for (i = 0; i < JX_N_BASE_COLUMNS; i++)
    g_assert_cmpint (shown[i], ==, i);
  g_assert_nonnull (gtk_column_view_column_get_header_menu (f->page->columns[JX_COLUMN_WEIGHT]));
  g_assert_true (gtk_menu_button_get_menu_model (f->page->columns_button)
                 == gtk_column_view_column_get_header_menu (f->page->columns[JX_COLUMN_WEIGHT]));
  g_assert_cmpstr (gtk_column_view_column_get_title (f->page->columns[JX_COLUMN_TARGET]), ==, "Target");

  /* Shown: in the form's order, remembered (only what differs from the default). */
  show_column (f, "unit", TRUE);
  show_column (f, "initial", TRUE);
  g_assert_cmpuint (_jx_indicator_page_visible_columns (f->page, shown), ==, JX_N_BASE_COLUMNS + 2);
  g_assert_cmpint (shown[2], ==, JX_COLUMN_INITIAL);
  g_assert_cmpint (shown[3], ==, JX_COLUMN_TARGET);
  g_assert_cmpint (shown[4], ==, JX_COLUMN_UNIT);
  g_assert_cmpint (gtk_column_view_column_get_fixed_width (f->page->columns[JX_COLUMN_UNIT]), ==,
                   jx_column_get_width (JX_COLUMN_UNIT));
  /* Beside the initial target, the target is the adjusted one. */
  g_assert_cmpstr (gtk_column_view_column_get_title (f->page->columns[JX_COLUMN_TARGET]), ==, "Adjusted Target");
  saved = g_settings_get_value (settings, "indicator-column-visible");
  g_assert_true (g_variant_lookup (saved, "unit", "b", &visible) && visible);
  g_assert_false (g_variant_lookup (saved, "weight", "b", &visible));
  g_clear_pointer (&saved, g_variant_unref);

  /* A base column hidden too; the name cannot be. */
  show_column (f, "rule", FALSE);
  saved = g_settings_get_value (settings, "indicator-column-visible");
  g_assert_true (g_variant_lookup (saved, "rule", "b", &visible) && !visible);
  g_assert_false (gtk_widget_activate_action (GTK_WIDGET (f->page), "columns.show-name", NULL));

  /* The next window shows what this one did. */
  close_page (f);
  open_page (f);
  g_assert_true (_jx_indicator_page_column_visible (f->page, JX_COLUMN_UNIT));
  g_assert_true (_jx_indicator_page_column_visible (f->page, JX_COLUMN_INITIAL));
  g_assert_false (_jx_indicator_page_column_visible (f->page, JX_COLUMN_RULE));
  g_assert_false (_jx_indicator_page_column_visible (f->page, JX_COLUMN_DIRECTION));

  /* What the cells say, to the eye and to a screen reader. */
  show_column (f, "direction", TRUE);
  show_column (f, "core", TRUE);
  show_column (f, "coefficient", TRUE);
  g_assert_cmpstr (jx_indicator_cell_get_text (cell_of (f, NEWS, JX_COLUMN_UNIT)), ==, "篇（条）");
  g_assert_cmpstr (jx_indicator_cell_get_text (cell_of (f, NEWS, JX_COLUMN_DIRECTION)), ==, "≥");
  g_assert_cmpstr (jx_indicator_cell_get_text (cell_of (f, "indicators[0].children[1].children[1]",
                                                        JX_COLUMN_DIRECTION)), ==, "≤");   /* 在职人员控制率 */
  g_assert_cmpstr (jx_indicator_cell_get_text (cell_of (f, NEWS, JX_COLUMN_INITIAL)), ==, "");
  g_assert_cmpstr (jx_indicator_cell_get_text (cell_of (f, NEWS, JX_COLUMN_CORE)), ==, "");
  g_assert_cmpstr (jx_indicator_cell_get_text (cell_of (f, NEWS, JX_COLUMN_COEFFICIENT)), ==, "1.00");
  g_assert_cmpstr (jx_indicator_cell_get_text (cell_of (f, PROCUREMENT, JX_COLUMN_COEFFICIENT)), ==, "0.00");
  g_assert_cmpstr (jx_indicator_cell_get_text (cell_of (f, "indicators[1]", JX_COLUMN_COEFFICIENT)), ==, "0.91");
  g_assert_false (jx_indicator_cell_get_editable (cell_of (f, NEWS, JX_COLUMN_COEFFICIENT)));
  g_assert_true (jx_indicator_cell_get_editable (cell_of (f, NEWS, JX_COLUMN_UNIT)));
  /* A qualitative target has no unit to edit. */
  g_assert_false (jx_indicator_cell_get_editable (cell_of (f, "indicators[0].children[0].children[0]", JX_COLUMN_UNIT)));
  jx_cell_content_fill (&c, JX_COLUMN_UNIT, jx_indicator_rows_lookup (f->page->root, NEWS), f->evaluation, NULL);
  g_assert_cmpstr (c.accessible, ==, "Unit of “全年采摄新闻”: 篇（条）");
  jx_cell_content_clear (&c);
  jx_cell_content_fill (&c, JX_COLUMN_COEFFICIENT, jx_indicator_rows_lookup (f->page->root, NEWS), f->evaluation, NULL);
  g_assert_cmpstr (c.accessible, ==, "Coefficient of “全年采摄新闻”: 1.00");
  g_assert_nonnull (strstr (c.tooltip, "= 3 / 3 = 1.00"));
  jx_cell_content_clear (&c);
}

static void
test_edit_undo_save (Fixture       *f,
                     gconstpointer  data)
{
  g_autofree char *path = g_build_filename (g_get_tmp_dir (), "test-indicator-columns.jixiao", NULL);
  g_autofree char *json = NULL;
  g_autofree char *saved = NULL;
  g_autofree char *hint = NULL;
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(JxDocument) back = NULL;
  g_autoptr(GError) error = NULL;
  const JxIndicator *ind;
  const JxPart *part;

  show_column (f, "unit", TRUE);
  show_column (f, "initial", TRUE);

  /* 度量单位: the unit of the target and the actual; the printed target follows. One step. */
  type_into (f, NEWS, JX_COLUMN_UNIT, "篇");
  g_assert_cmpstr (part0 (f, NEWS)->unit, ==, "篇");
  g_assert_cmpstr (indicator (f, NEWS)->target_text, ==, "3000 篇");
  g_assert_cmpstr (jx_indicator_cell_get_text (cell_of (f, NEWS, JX_COLUMN_TARGET)), ==, "3000 篇");
  g_assert_cmpstr (jx_indicator_cell_get_text (cell_of (f, NEWS, JX_COLUMN_ACTUAL)), ==, "3250 篇");
  g_assert_cmpstr (jx_document_get_undo_label (f->document), ==, "Edit Unit");

  /* 年初指标值, typed with the full-width digits and comma of a Chinese input method. */
  g_assert_false (jx_indicator_edit_validate (f->evaluation, jx_indicator_rows_lookup (f->page->root, NEWS),
                                              JX_COLUMN_INITIAL, "28a0", &hint));
  g_assert_nonnull (strstr (hint, "is not a number"));
  type_into (f, NEWS, JX_COLUMN_INITIAL, "２，８００");
  g_assert_cmpfloat (part0 (f, NEWS)->initial_target, ==, 2800);
  g_assert_cmpfloat (part0 (f, NEWS)->target, ==, 3000);
  g_assert_cmpstr (jx_indicator_cell_get_text (cell_of (f, NEWS, JX_COLUMN_INITIAL)), ==, "2800 篇");
  g_assert_nonnull (strstr (jx_indicator_cell_get_tooltip (cell_of (f, NEWS, JX_COLUMN_INITIAL)),
                            "2800 篇 at the start of the year, adjusted to 3000 篇"));
  g_assert_nonnull (strstr (jx_indicator_cell_get_tooltip (cell_of (f, NEWS, JX_COLUMN_TARGET)),
                            "adjusted during the year from 2800 篇"));
  g_assert_cmpstr (jx_document_get_undo_label (f->document), ==, "Edit Initial Target");

  /* Undo takes back the initial target alone, redo brings it. */
  g_assert_true (jx_document_undo (f->document));
  g_assert_false (JX_NUMBER_IS_SET (part0 (f, NEWS)->initial_target));
  g_assert_cmpstr (part0 (f, NEWS)->unit, ==, "篇");
  g_assert_cmpstr (jx_indicator_cell_get_text (cell_of (f, NEWS, JX_COLUMN_INITIAL)), ==, "");
  g_assert_cmpstr (jx_document_get_undo_label (f->document), ==, "Edit Unit");
  g_assert_true (jx_document_redo (f->document));
  g_assert_cmpfloat (part0 (f, NEWS)->initial_target, ==, 2800);

  /* Saved and read back. */
  g_assert_true (jx_document_save (f->document, file, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &saved, NULL, NULL));
  g_assert_nonnull (strstr (saved, "\"initial_target\": 2800"));
  back = jx_document_new_from_file (file, &error);
  g_assert_no_error (error);
  ind = g_ptr_array_index (((JxIndicator *) g_ptr_array_index (((JxIndicator *) g_ptr_array_index (
          jx_document_get_data (back)->indicators, 2))->children, 0))->children, 0);
  part = g_ptr_array_index (ind->parts, 0);
  g_assert_cmpstr (ind->name, ==, "全年采摄新闻");
  g_assert_cmpstr (part->unit, ==, "篇");
  g_assert_cmpfloat (part->initial_target, ==, 2800);
  g_assert_cmpfloat (part->target, ==, 3000);
  g_assert_cmpstr (ind->target_text, ==, "3000 篇");
  g_unlink (path);

  /* 指标性质 and 核心指标, and a direction that is none. */
  show_column (f, "direction", TRUE);
  show_column (f, "core", TRUE);
  g_clear_pointer (&hint, g_free);
  g_assert_false (jx_indicator_edit_validate (f->evaluation, jx_indicator_rows_lookup (f->page->root, NEWS),
                                              JX_COLUMN_DIRECTION, "大约", &hint));
  g_assert_nonnull (strstr (hint, "is not a direction"));
  type_into (f, NEWS, JX_COLUMN_DIRECTION, "＜＝");
  g_assert_cmpint (part0 (f, NEWS)->direction, ==, JX_DIRECTION_LE);
  g_assert_cmpstr (jx_indicator_cell_get_text (cell_of (f, NEWS, JX_COLUMN_DIRECTION)), ==, "≤");
  g_assert_cmpstr (jx_document_get_undo_label (f->document), ==, "Edit Direction");
  type_into (f, NEWS, JX_COLUMN_CORE, "是");
  g_assert_true (indicator (f, NEWS)->core);
  g_assert_cmpstr (jx_indicator_cell_get_text (cell_of (f, NEWS, JX_COLUMN_CORE)), ==, "Yes");
  g_assert_cmpstr (jx_document_get_undo_label (f->document), ==, "Mark Core Indicator");

  /* Four steps back to the file's bytes. */
  g_assert_true (jx_document_undo (f->document));
  g_assert_true (jx_document_undo (f->document));
  g_assert_true (jx_document_undo (f->document));
  g_assert_true (jx_document_undo (f->document));
  g_assert_false (jx_document_can_undo (f->document));
  json = document_json (f);
  g_assert_cmpstr (json, ==, f->original);
}

static void
spin_ms (guint ms)
{
  gint64 end = g_get_monotonic_time () + ms * 1000;

  while (g_get_monotonic_time () < end)
    if (!g_main_context_iteration (NULL, FALSE))
      g_usleep (2000);
}

static void
test_keyboard (Fixture       *f,
               gconstpointer  data)
{
  show_column (f, "unit", TRUE);
  show_column (f, "initial", TRUE);

  /* Arrows through the columns shown: 核心指标 and 指标性质 are hidden. */
  focus_cell (f, NEWS, JX_COLUMN_TARGET);
  key_moves_to (f, NEWS, JX_COLUMN_TARGET, GDK_KEY_Right, JX_COLUMN_UNIT);
  key_moves_to (f, NEWS, JX_COLUMN_UNIT, GDK_KEY_Right, JX_COLUMN_WEIGHT);
  key_moves_to (f, NEWS, JX_COLUMN_WEIGHT, GDK_KEY_Left, JX_COLUMN_UNIT);
  key_moves_to (f, NEWS, JX_COLUMN_UNIT, GDK_KEY_Left, JX_COLUMN_TARGET);
  key_moves_to (f, NEWS, JX_COLUMN_TARGET, GDK_KEY_Left, JX_COLUMN_INITIAL);
  key_moves_to (f, NEWS, JX_COLUMN_INITIAL, GDK_KEY_Left, JX_COLUMN_NAME);
  /* Tab: name → initial → target → unit → weight, Shift+Tab back. */
  key_moves_to (f, NEWS, JX_COLUMN_NAME, GDK_KEY_Tab, JX_COLUMN_INITIAL);
  key_moves_to (f, NEWS, JX_COLUMN_INITIAL, GDK_KEY_Tab, JX_COLUMN_TARGET);
  key_moves_to (f, NEWS, JX_COLUMN_TARGET, GDK_KEY_Tab, JX_COLUMN_UNIT);
  key_moves_to (f, NEWS, JX_COLUMN_UNIT, GDK_KEY_Tab, JX_COLUMN_WEIGHT);
  key_moves_to (f, NEWS, JX_COLUMN_WEIGHT, GDK_KEY_ISO_Left_Tab, JX_COLUMN_UNIT);
  /* End: the last column shown; with the note hidden, the coefficient after the score. */
  key_moves_to (f, NEWS, JX_COLUMN_UNIT, GDK_KEY_End, JX_COLUMN_NOTE);
  show_column (f, "note", FALSE);
  show_column (f, "coefficient", TRUE);
  focus_cell (f, NEWS, JX_COLUMN_UNIT);
  key_moves_to (f, NEWS, JX_COLUMN_UNIT, GDK_KEY_End, JX_COLUMN_COEFFICIENT);
  key_moves_to (f, NEWS, JX_COLUMN_COEFFICIENT, GDK_KEY_Home, JX_COLUMN_NUMBER);

  /* A column hidden under the cursor leaves it on a cell of the row that shows. */
  focus_cell (f, NEWS, JX_COLUMN_UNIT);
  show_column (f, "unit", FALSE);
  spin_ms (100);
  g_assert_cmpstr (jx_indicator_row_get_path (f->page->cursor_row), ==, NEWS);
  g_assert_true (_jx_indicator_page_column_visible (f->page, f->page->cursor_column));
  g_assert_true (gtk_root_get_focus (GTK_ROOT (f->window))
                 == GTK_WIDGET (cell_of (f, NEWS, f->page->cursor_column)));
  /* And Tab and the arrows skip it now. */
  focus_cell (f, NEWS, JX_COLUMN_INITIAL);
  key_moves_to (f, NEWS, JX_COLUMN_INITIAL, GDK_KEY_Tab, JX_COLUMN_TARGET);
  key_moves_to (f, NEWS, JX_COLUMN_TARGET, GDK_KEY_Tab, JX_COLUMN_WEIGHT);
  key_moves_to (f, NEWS, JX_COLUMN_WEIGHT, GDK_KEY_Left, JX_COLUMN_TARGET);
}

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

static char *
copy_row (Fixture    *f,
          const char *path)
{
  ClipboardText text = { NULL, FALSE };

  focus_cell (f, path, JX_COLUMN_NAME);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "indicators.copy-rows", NULL));
  gdk_clipboard_read_text_async (gtk_widget_get_clipboard (GTK_WIDGET (f->page)), NULL, on_text, &text);
  g_assert_true (spin_until (text_read, &text));
  return text.text;
}

/* The indicator of the news department named `name`, or NULL. */
static const JxIndicator *
news_named (Fixture    *f,
            const char *name)
{
  const JxIndicator *dept = indicator (f, NEWS_DEPT);
  guint i;

  for (i = 0; i < dept->children->len; i++)
    if (g_strcmp0 (((const JxIndicator *) g_ptr_array_index (dept->children, i))->name, name) == 0)
      return g_ptr_array_index (dept->children, i);
  return NULL;
}

static void
test_copy_paste (Fixture       *f,
                 gconstpointer  data)
{
  g_autofree char *copied = NULL;
  g_autofree char *base = NULL;
  g_autofree char *json = NULL;
  g_autoptr(GPtrArray) table = NULL;
  const JxIndicator *ind;
  const JxPart *part;
  GStrv row;
  GString *edited;
  guint i;

  /* The default columns copy as the ten fields they always did. */
  base = copy_row (f, NEWS);
  table = jx_tsv_parse (base);
  g_assert_cmpuint (jx_tsv_width (table), ==, JX_N_BASE_COLUMNS);
  g_clear_pointer (&table, g_ptr_array_unref);

  /* With 年初指标值 and 度量单位 shown, a copy is in the layout shown: twelve fields. */
  show_column (f, "unit", TRUE);
  show_column (f, "initial", TRUE);
  copied = copy_row (f, NEWS);
  table = jx_tsv_parse (copied);
  g_assert_cmpuint (table->len, ==, 1);
  row = g_ptr_array_index (table, 0);
  g_assert_cmpuint (g_strv_length (row), ==, JX_N_BASE_COLUMNS + 2);
  g_assert_cmpstr (row[1], ==, "全年采摄新闻");
  g_assert_cmpstr (row[2], ==, "");            /* 年初指标值 */
  g_assert_cmpstr (row[3], ==, "3000 篇（条）");  /* 调整后指标值 */
  g_assert_cmpstr (row[4], ==, "篇（条）");     /* 度量单位 */
  g_assert_cmpstr (row[5], ==, "3");           /* 分值 */
  g_assert_cmpstr (row[11], ==, "");           /* 偏差原因 */

  /* Pasted back in that layout, renamed and with a 年初指标值: the new row has both. */
  edited = g_string_new (NULL);
  for (i = 0; row[i] != NULL; i++)
    {
      if (i > 0)
        g_string_append_c (edited, '\t');
      g_string_append (edited, i == 1 ? "复制的指标" : i == 2 ? "2800" : row[i]);
    }
  focus_cell (f, NEWS, JX_COLUMN_NAME);
  _jx_indicator_page_paste_text (f->page, edited->str, FALSE);
  g_string_free (edited, TRUE);
  ind = news_named (f, "复制的指标");
  g_assert_nonnull (ind);
  part = g_ptr_array_index (ind->parts, 0);
  g_assert_cmpfloat (part->target, ==, 3000);
  g_assert_cmpfloat (part->initial_target, ==, 2800);
  g_assert_cmpstr (part->unit, ==, "篇（条）");
  g_assert_cmpfloat (ind->weight, ==, 3);
  g_assert_cmpfloat (part->actual, ==, 3250);

  /* The old ten-field layout still maps to the same fields while twelve show. */
  focus_cell (f, NEWS, JX_COLUMN_NAME);
  _jx_indicator_page_paste_text (f->page, "9\t旧格式指标\t≤50 个\t2\t40\t80.00%\tNegative\t2.00\t\t按期完成\n", FALSE);
  ind = news_named (f, "旧格式指标");
  g_assert_nonnull (ind);
  part = g_ptr_array_index (ind->parts, 0);
  g_assert_cmpfloat (part->target, ==, 50);
  g_assert_cmpstr (part->unit, ==, "个");
  g_assert_cmpint (part->direction, ==, JX_DIRECTION_LE);
  g_assert_cmpfloat (ind->weight, ==, 2);
  g_assert_cmpfloat (part->actual, ==, 40);
  g_assert_cmpstr (ind->note, ==, "按期完成");
  g_assert_false (JX_NUMBER_IS_SET (part->initial_target));

  /* And with the default columns, the same row the same way. */
  show_column (f, "unit", FALSE);
  show_column (f, "initial", FALSE);
  focus_cell (f, NEWS, JX_COLUMN_NAME);
  _jx_indicator_page_paste_text (f->page, "9\t再一个旧格式指标\t≤50 个\t2\t40\t80.00%\tNegative\t2.00\t\t按期完成\n", FALSE);
  ind = news_named (f, "再一个旧格式指标");
  g_assert_nonnull (ind);
  g_assert_cmpstr (((const JxPart *) g_ptr_array_index (ind->parts, 0))->unit, ==, "个");
  g_assert_cmpstr (ind->note, ==, "按期完成");

  /* Three steps. */
  g_assert_true (jx_document_undo (f->document));
  g_assert_true (jx_document_undo (f->document));
  g_assert_true (jx_document_undo (f->document));
  json = document_json (f);
  g_assert_cmpstr (json, ==, f->original);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  gtk_init ();
  adw_init ();
  jixiao_register_resource ();

  g_test_add ("/indicator-columns/defaults-and-menu", Fixture, NULL, fixture_set_up, test_defaults_and_menu, fixture_tear_down);
  g_test_add ("/indicator-columns/edit-undo-save", Fixture, NULL, fixture_set_up, test_edit_undo_save, fixture_tear_down);
  g_test_add ("/indicator-columns/keyboard", Fixture, NULL, fixture_set_up, test_keyboard, fixture_tear_down);
  g_test_add ("/indicator-columns/copy-paste", Fixture, NULL, fixture_set_up, test_copy_paste, fixture_tear_down);
  return g_test_run ();
}
