/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-tab-order.c: Tab follows the screen (issue 14), under Xvfb on the sample: the staffing
 * table is gone through before the retirees card beside it; in a budget table an item's name,
 * then its amounts, then the next item's name, with no remove button on the way; in the
 * functions list each function's text, then the next one's. */
#define G_LOG_DOMAIN "test-tab-order"

#include "config.h"

#include <adwaita.h>

#include "jx-document.h"
#include "jx-number-entry.h"
#include "jx-test-ui.h"
#include "jx-text-area.h"
#include "jx-window.h"

static JxApplication *app;

#define WAIT_FOR(condition) \
  G_STMT_START { \
    gint64 wait_end_ = g_get_monotonic_time () + 10 * G_USEC_PER_SEC; \
    while (!(condition) && g_get_monotonic_time () < wait_end_) \
      jx_test_spin (10); \
  } G_STMT_END

static JxWindow *
open_sample (void)
{
  g_autoptr(GFile) file = g_file_new_for_path (g_getenv ("JIXIAO_SAMPLE"));
  g_autoptr(GError) error = NULL;
  JxWindow *window = jx_window_new (GTK_APPLICATION (app));

  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  g_assert_true (jx_window_load_file (window, file, &error));
  g_assert_no_error (error);
  gtk_window_present (GTK_WINDOW (window));
  WAIT_FOR (gtk_widget_get_mapped (GTK_WIDGET (window)));
  jx_test_spin (100);
  return window;
}

static void
destroy_window (JxWindow *window)
{
  jx_document_set_modified (jx_window_get_document (window), FALSE);
  gtk_window_destroy (GTK_WINDOW (window));
  jx_test_iterate ();
}

/* What has the focus, by the field it edits: “department.staffing.actual.total”, a button by
 * its tooltip (“button: Remove item 1”), else its type. */
static char *
focused (JxWindow *window)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (window));
  GtkWidget *w;

  if (focus == NULL)
    return g_strdup ("(nothing)");
  if ((w = gtk_widget_get_ancestor (focus, JX_TYPE_NUMBER_ENTRY)) != NULL)
    return g_strdup (jx_number_entry_get_path (JX_NUMBER_ENTRY (w)));
  if ((w = gtk_widget_get_ancestor (focus, JX_TYPE_TEXT_AREA)) != NULL)
    return g_strdup (jx_text_area_get_path (JX_TEXT_AREA (w)));
  if ((w = gtk_widget_get_ancestor (focus, GTK_TYPE_ENTRY)) != NULL && gtk_widget_has_css_class (w, "jx-name-entry"))
    return g_strdup_printf ("name: %s", gtk_editable_get_text (GTK_EDITABLE (w)));
  if ((w = gtk_widget_get_ancestor (focus, GTK_TYPE_BUTTON)) != NULL)
    return g_strdup_printf ("button: %s", gtk_widget_get_tooltip_text (w) != NULL ? gtk_widget_get_tooltip_text (w)
                            : gtk_button_get_label (GTK_BUTTON (w)) != NULL ? gtk_button_get_label (GTK_BUTTON (w))
                            : G_OBJECT_TYPE_NAME (w));
  return g_strdup (G_OBJECT_TYPE_NAME (focus));
}

static gboolean
is_focused (JxWindow   *window,
            const char *what)
{
  g_autofree char *now = focused (window);

  return g_str_equal (now, what);
}

/* The fields Tab goes through from the field of `path` (which `first` describes), `n` presses. */
static GPtrArray *
tab_through (JxWindow   *window,
             const char *path,
             const char *first,
             GType       within,
             guint       n)
{
  GPtrArray *seen = g_ptr_array_new_with_free_func (g_free);
  GtkWidget *box;
  guint i;

  g_assert_true (jx_window_focus_path (window, path));
  /* A page made now takes the focus once it is shown. */
  WAIT_FOR (is_focused (window, first));
  /* Tab goes by where the widgets are: the page laid out, on a loaded machine too. */
  WAIT_FOR (gtk_widget_get_mapped (gtk_root_get_focus (GTK_ROOT (window)))
            && gtk_widget_get_width (gtk_root_get_focus (GTK_ROOT (window))) > 0);
  jx_test_spin (300);
  /* Focused again once all is laid out: the chain of focus children is the field's. */
  gtk_widget_grab_focus (gtk_root_get_focus (GTK_ROOT (window)));
  jx_test_iterate ();
  box = gtk_widget_get_ancestor (gtk_root_get_focus (GTK_ROOT (window)), within);
  g_assert_nonnull (box);
  g_ptr_array_add (seen, focused (window));
  g_assert_cmpstr (g_ptr_array_index (seen, 0), ==, first);
  for (i = 0; i < n; i++)
    {
      /* What the Tab key does (the window's move-focus), inside the part of the page that
       * holds the field: the rest of the window is not what is tested. */
      g_assert_true (gtk_widget_child_focus (box, GTK_DIR_TAB_FORWARD));
      jx_test_iterate ();
      g_ptr_array_add (seen, focused (window));
      g_test_message ("Tab → %s", (char *) g_ptr_array_index (seen, seen->len - 1));
    }
  return seen;
}

static void
assert_sequence (GPtrArray          *seen,
                 const char * const *expected)
{
  guint i;

  for (i = 0; expected[i] != NULL; i++)
    {
      g_assert_cmpuint (i, <, seen->len);
      g_assert_cmpstr (g_ptr_array_index (seen, i), ==, expected[i]);
    }
}

/* What pressing `trigger` in `focus` does: the first shortcut controller from it up that has
 * it activates its action. */
static gboolean
press_shortcut (GtkWidget  *focus,
                const char *trigger)
{
  g_autoptr(GtkShortcutTrigger) wanted = gtk_shortcut_trigger_parse_string (trigger);
  GtkWidget *w;

  for (w = focus; w != NULL; w = gtk_widget_get_parent (w))
    {
      g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (w);
      guint i, j;

      for (i = 0; i < g_list_model_get_n_items (controllers); i++)
        {
          g_autoptr(GObject) c = g_list_model_get_item (controllers, i);

          if (!GTK_IS_SHORTCUT_CONTROLLER (c))
            continue;
          for (j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (c)); j++)
            {
              g_autoptr(GtkShortcut) s = g_list_model_get_item (G_LIST_MODEL (c), j);

              if (gtk_shortcut_trigger_equal (gtk_shortcut_get_trigger (s), wanted))
                return gtk_shortcut_action_activate (gtk_shortcut_get_action (s), 0, w, gtk_shortcut_get_arguments (s));
            }
        }
    }
  return FALSE;
}

static void
test_staffing_before_retirees (void)
{
  JxWindow *window = open_sample ();
  static const char * const expected[] = {
    "department.staffing.authorized.administrative", "department.staffing.actual.administrative",
    "department.staffing.authorized.institutional", "department.staffing.actual.institutional",
    "department.staffing.authorized.civil_servant_managed", "department.staffing.actual.civil_servant_managed",
    "department.staffing.actual.contract",
    "department.staffing.authorized.total", "department.staffing.actual.total",
    "department.staffing.retirees.honorary", "department.staffing.retirees.retired",
    "department.staffing.retirees.total",
    NULL,
  };
  g_autoptr(GPtrArray) seen = NULL;

  jx_window_show_page (window, JX_PAGE_OVERVIEW);
  jx_test_spin (100);
  seen = tab_through (window, expected[0], expected[0], ADW_TYPE_PREFERENCES_GROUP, 11);
  assert_sequence (seen, expected);
  destroy_window (window);
}

static void
test_budget_items (void)
{
  JxWindow *window = open_sample ();
  g_autoptr(GPtrArray) seen = NULL;
  GPtrArray *revenue;
  guint i, n;

  jx_window_show_page (window, JX_PAGE_BUDGET);
  WAIT_FOR (jx_test_find_by_type (GTK_WIDGET (window), JX_TYPE_NUMBER_ENTRY) != NULL);
  jx_test_spin (200);
  /* 收入: 一般公共预算财政拨款收入, 政府性基金预算财政拨款收入 … */
  seen = tab_through (window, "budget.revenue.items[0].name", "name: 一般公共预算财政拨款收入", GTK_TYPE_GRID, 6);
  g_assert_cmpstr (g_ptr_array_index (seen, 0), ==, "name: 一般公共预算财政拨款收入");
  g_assert_cmpstr (g_ptr_array_index (seen, 1), ==, "budget.revenue.items[0].amount");
  /* The next item's name, after the one sub-item button of an item (其中), never the remove
   * buttons (Alt+Delete in a row's field removes it). */
  for (i = 0; i < seen->len; i++)
    g_assert_false (g_str_has_prefix (g_ptr_array_index (seen, i), "button: Remove"));
  g_assert_true (g_ptr_array_find_with_equal_func (seen, "name: 政府性基金预算财政拨款收入", g_str_equal, NULL));
  g_assert_true (g_ptr_array_find_with_equal_func (seen, "budget.revenue.items[1].amount", g_str_equal, NULL));

  /* Alt+Delete in the second item's amount removes the second item. */
  revenue = jx_document_get_data (jx_window_get_document (window))->budget.revenue.items;
  n = revenue->len;
  g_assert_true (jx_window_focus_path (window, "budget.revenue.items[1].amount"));
  jx_test_spin (50);
  g_assert_true (press_shortcut (gtk_root_get_focus (GTK_ROOT (window)), "<Alt>Delete"));
  jx_test_spin (50);
  revenue = jx_document_get_data (jx_window_get_document (window))->budget.revenue.items;
  g_assert_cmpuint (revenue->len, ==, n - 1);
  g_assert_cmpstr (((JxAmountItem *) g_ptr_array_index (revenue, 1))->name, ==, "其他收入");
  destroy_window (window);
}

static void
test_functions_text_first (void)
{
  JxWindow *window = open_sample ();
  static const char * const expected[] = {
    "department.functions[0]", "department.functions[1]", "department.functions[2]", NULL,
  };
  g_autoptr(GPtrArray) seen = NULL;

  jx_window_show_page (window, JX_PAGE_OVERVIEW);
  jx_test_spin (100);
  seen = tab_through (window, expected[0], expected[0], GTK_TYPE_LIST_BOX, 2);
  assert_sequence (seen, expected);
  destroy_window (window);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  app = jx_test_ui_init (&argc, &argv, "test-tab-order");
  if (app == NULL)
    return 77;
  g_test_add_func ("/tab-order/staffing-before-retirees", test_staffing_before_retirees);
  g_test_add_func ("/tab-order/budget-items", test_budget_items);
  g_test_add_func ("/tab-order/functions-text-first", test_functions_text_first);
  status = g_test_run ();
  g_clear_object (&app);
  return status;
}
