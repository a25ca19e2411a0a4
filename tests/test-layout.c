/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-layout.c: the layout a clerk meets at 1024×600 and 1920×1080 (issue 14), under Xvfb:
 * the indicator table keeps the indicator names readable on a small screen and gives a large
 * one's width to the columns of text; the widths dragged are remembered; an entry that shows
 * an error keeps its width; a file that does not open is explained in a dialog wide enough
 * for its name, on the window, with the loader's message below. */
#define G_LOG_DOMAIN "test-layout"

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <string.h>

#include "jx-indicator-page-private.h"
#include "jx-number-entry.h"
#include "jx-test-ui.h"
#include "jx-ui-util.h"
#include "jx-window.h"

static JxApplication *app;

#define WAIT_FOR(condition) \
  G_STMT_START { \
    gint64 wait_end_ = g_get_monotonic_time () + 10 * G_USEC_PER_SEC; \
    while (!(condition) && g_get_monotonic_time () < wait_end_) \
      jx_test_spin (10); \
  } G_STMT_END

static JxWindow *
open_sample (int width,
             int height)
{
  g_autoptr(GFile) file = g_file_new_for_path (g_getenv ("JIXIAO_SAMPLE"));
  g_autoptr(GError) error = NULL;
  JxWindow *window = jx_window_new (GTK_APPLICATION (app));

  gtk_window_set_default_size (GTK_WINDOW (window), width, height);
  g_assert_true (jx_window_load_file (window, file, &error));
  g_assert_no_error (error);
  gtk_window_present (GTK_WINDOW (window));
  /* The window's frame takes a few pixels of the default size. */
  WAIT_FOR (gtk_widget_get_mapped (GTK_WIDGET (window)) && gtk_widget_get_width (GTK_WIDGET (window)) > width - 40);
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

static JxIndicatorPage *
show_indicators (JxWindow *window)
{
  JxIndicatorPage *page;

  /* Shown first: the page is made the first time it is. */
  jx_window_show_page (window, JX_PAGE_INDICATORS);
  page = JX_INDICATOR_PAGE (jx_test_find_by_type (GTK_WIDGET (window), JX_TYPE_INDICATOR_PAGE));
  g_assert_nonnull (page);
  WAIT_FOR (gtk_widget_get_mapped (GTK_WIDGET (page->view)) && gtk_widget_get_width (GTK_WIDGET (page->view)) > 0);
  jx_test_spin (150);
  return page;
}

/* The width a column was given: its header's (GtkColumnViewTitle, in the columns' order). */
static void
collect_titles (GtkWidget *w,
                GPtrArray *out)
{
  GtkWidget *child;

  if (g_str_equal (G_OBJECT_TYPE_NAME (w), "GtkColumnViewTitle"))
    {
      g_ptr_array_add (out, w);
      return;
    }
  for (child = gtk_widget_get_first_child (w); child != NULL; child = gtk_widget_get_next_sibling (child))
    collect_titles (child, out);
}

/* Where the column is among the view's (the titles are in that order, hidden ones too). */
static guint
column_position (JxIndicatorPage *page,
                 JxColumn         column)
{
  GListModel *columns = gtk_column_view_get_columns (page->view);
  guint i;

  for (i = 0; i < g_list_model_get_n_items (columns); i++)
    {
      g_autoptr(GtkColumnViewColumn) c = g_list_model_get_item (columns, i);

      if (c == page->columns[column])
        return i;
    }
  g_assert_not_reached ();
}

static int
column_width (JxIndicatorPage *page,
              JxColumn         column)
{
  g_autoptr(GPtrArray) titles = g_ptr_array_new ();

  collect_titles (GTK_WIDGET (page->view), titles);
  g_assert_cmpuint (titles->len, ==, JX_N_COLUMNS);
  /* The title's box is the column's less the header cell's padding, the same for every
   * column: the computed score's column, never dragged here, gives it. */
  return gtk_widget_get_width (g_ptr_array_index (titles, column_position (page, column)))
         + gtk_column_view_column_get_fixed_width (page->columns[JX_COLUMN_COMPUTED])
         - gtk_widget_get_width (g_ptr_array_index (titles, column_position (page, JX_COLUMN_COMPUTED)));
}

/* The texts of the labels of `w` that are on screen. */
static void
shown_texts (GtkWidget *w,
             GString   *out)
{
  GtkWidget *child;

  if (!gtk_widget_get_mapped (w) || gtk_widget_get_width (w) == 0 || gtk_widget_get_opacity (w) == 0)
    return;
  if (GTK_IS_LABEL (w))
    {
      g_string_append (out, gtk_label_get_text (GTK_LABEL (w)));
      g_string_append_c (out, '\n');
    }
  for (child = gtk_widget_get_first_child (w); child != NULL; child = gtk_widget_get_next_sibling (child))
    shown_texts (child, out);
}

static guint
count (const char *haystack,
       const char *needle)
{
  guint n = 0;
  const char *p;

  for (p = strstr (haystack, needle); p != NULL; p = strstr (p + 1, needle))
    n++;
  return n;
}

/* At 1024 px the tabs go to the bottom and the header's centre shows a title: the document's
 * name is said once (the label at the left), the centre says the department and year. */
static void
test_header_name_once (void)
{
  int widths[] = { 1024, 1280 };
  guint i;

  for (i = 0; i < G_N_ELEMENTS (widths); i++)
    {
      JxWindow *window = open_sample (widths[i], 600);
      GtkWidget *header = jx_test_find_by_type (GTK_WIDGET (window), ADW_TYPE_HEADER_BAR);
      g_autoptr(GString) texts = g_string_new (NULL);

      jx_test_spin (200);
      shown_texts (header, texts);
      g_test_message ("%d px: %s", widths[i], texts->str);
      g_assert_cmpuint (count (texts->str, "xinzhou-2020.jixiao"), ==, 1);
      if (widths[i] == 1024)
        g_assert_cmpuint (count (texts->str, "武汉市新洲区融媒体中心"), ==, 1);
      destroy_window (window);
    }
}

/* ---- the indicator table at 1024 and 1920 px ---- */

static void
test_columns_small_screen (void)
{
  JxWindow *window = open_sample (1024, 600);
  JxIndicatorPage *page = show_indicators (window);
  GtkAdjustment *h = gtk_scrolled_window_get_hadjustment (page->scroller);
  int name = column_width (page, JX_COLUMN_NAME);

  /* 指标 keeps room for “资产管理制度健全性” (nine characters), and the table needs no
   * sideways scrolling. */
  g_test_message ("1024 px: name column %d px, table %g of %g", name, gtk_adjustment_get_upper (h),
                  gtk_adjustment_get_page_size (h));
  g_assert_cmpint (name, >=, 180);
  g_assert_cmpfloat (gtk_adjustment_get_upper (h), <=, gtk_adjustment_get_page_size (h) + 1);
  destroy_window (window);
}

static void
test_columns_large_screen (void)
{
  JxWindow *window = open_sample (1920, 1080);
  JxIndicatorPage *page = show_indicators (window);
  int name = column_width (page, JX_COLUMN_NAME);
  int note = column_width (page, JX_COLUMN_NOTE);
  int target = column_width (page, JX_COLUMN_TARGET);

  /* The extra width goes to the text: the deviation reason gets as much as the name. */
  g_test_message ("1920 px: name %d, note %d, target %d", name, note, target);
  g_assert_cmpint (note, >=, 450);
  g_assert_cmpint (name, >=, 450);
  g_assert_cmpint (ABS (note - name), <=, jx_column_get_width (JX_COLUMN_NAME) - jx_column_get_width (JX_COLUMN_NOTE) + 2);
  g_assert_cmpint (target, ==, jx_column_get_width (JX_COLUMN_TARGET));
  destroy_window (window);
}

/* ---- widths remembered ---- */

static void
test_widths_remembered (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autoptr(GVariant) saved = NULL;
  JxWindow *window = open_sample (1280, 800);
  JxIndicatorPage *page = show_indicators (window);
  int width = 0;

  /* Dragged as the header's handle does it: the column's fixed width. */
  gtk_column_view_column_set_fixed_width (page->columns[JX_COLUMN_TARGET], 211);
  saved = g_settings_get_value (settings, "indicator-column-widths");
  g_assert_false (g_variant_lookup (saved, "target", "i", &width));   /* not at every motion */
  g_clear_pointer (&saved, g_variant_unref);
  jx_test_spin (500);
  saved = g_settings_get_value (settings, "indicator-column-widths");
  g_assert_true (g_variant_lookup (saved, "target", "i", &width));
  g_assert_cmpint (width, ==, 211);
  g_assert_false (g_variant_lookup (saved, "name", "i", &width));   /* only what was changed */
  destroy_window (window);

  /* The next window has it. */
  window = open_sample (1280, 800);
  page = show_indicators (window);
  g_assert_cmpint (gtk_column_view_column_get_fixed_width (page->columns[JX_COLUMN_TARGET]), ==, 211);
  g_assert_cmpint (column_width (page, JX_COLUMN_TARGET), ==, 211);
  g_assert_cmpint (gtk_column_view_column_get_fixed_width (page->columns[JX_COLUMN_RULE]), ==,
                   jx_column_get_width (JX_COLUMN_RULE));
  destroy_window (window);
  g_settings_reset (settings, "indicator-column-widths");
}

/* ---- an entry that shows an error keeps its width ---- */

static JxNumberEntry *
focus_entry (JxWindow   *window,
             const char *path)
{
  GtkWidget *focus = NULL, *entry = NULL;

  g_assert_true (jx_window_focus_path (window, path));
  WAIT_FOR ((focus = gtk_root_get_focus (GTK_ROOT (window))) != NULL
            && (entry = gtk_widget_get_ancestor (focus, JX_TYPE_NUMBER_ENTRY)) != NULL
            && g_strcmp0 (jx_number_entry_get_path (JX_NUMBER_ENTRY (entry)), path) == 0);
  g_assert_nonnull (entry);
  return JX_NUMBER_ENTRY (entry);
}

static void
test_error_keeps_width (void)
{
  JxWindow *window = open_sample (1024, 600);
  JxNumberEntry *entry = focus_entry (window, "department.staffing.actual.total");
  JxNumberEntry *beside = focus_entry (window, "department.staffing.authorized.total");
  graphene_rect_t before, before_beside, after, after_beside;

  jx_test_spin (100);
  g_assert_true (gtk_widget_compute_bounds (GTK_WIDGET (entry), GTK_WIDGET (window), &before));
  g_assert_true (gtk_widget_compute_bounds (GTK_WIDGET (beside), GTK_WIDGET (window), &before_beside));

  /* 在职实有人数 typed as “9x”: refused, with the error icon. */
  focus_entry (window, "department.staffing.actual.total");
  gtk_editable_set_text (GTK_EDITABLE (entry), "9x");
  WAIT_FOR (jx_number_entry_get_error (entry) != NULL);
  g_assert_nonnull (jx_number_entry_get_error (entry));
  g_assert_cmpstr (gtk_entry_get_icon_name (GTK_ENTRY (entry), GTK_ENTRY_ICON_SECONDARY), ==, "dialog-error-symbolic");
  jx_test_spin (150);
  g_assert_true (gtk_widget_compute_bounds (GTK_WIDGET (entry), GTK_WIDGET (window), &after));
  g_assert_true (gtk_widget_compute_bounds (GTK_WIDGET (beside), GTK_WIDGET (window), &after_beside));
  g_assert_cmpfloat (after.size.width, ==, before.size.width);
  g_assert_cmpfloat (after.origin.x, ==, before.origin.x);
  g_assert_cmpfloat (after_beside.origin.x, ==, before_beside.origin.x);
  g_assert_cmpfloat (after_beside.size.width, ==, before_beside.size.width);

  /* Mended: the icon's place stays taken, by nothing to see. */
  gtk_editable_set_text (GTK_EDITABLE (entry), "93");
  WAIT_FOR (jx_number_entry_get_error (entry) == NULL);
  jx_test_spin (150);
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (entry), "jx-no-state"));
  g_assert_true (gtk_widget_compute_bounds (GTK_WIDGET (entry), GTK_WIDGET (window), &after));
  g_assert_cmpfloat (after.size.width, ==, before.size.width);
  destroy_window (window);
}

/* ---- a file that does not open ---- */

static AdwMessageDialog *
find_dialog (void)
{
  g_autoptr(GList) windows = gtk_window_list_toplevels ();
  GList *l;

  for (l = windows; l != NULL; l = l->next)
    if (ADW_IS_MESSAGE_DIALOG (l->data))
      return l->data;
  return NULL;
}

static void
check_load_error (const char *name,
                  const char *data,
                  gsize       length,
                  const char *line)
{
  g_autofree char *path = g_build_filename (jx_test_ui_tmp_dir (), name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  JxWindow *window = jx_window_new (GTK_APPLICATION (app));
  AdwMessageDialog *dialog;
  GtkWidget *detail;
  const char *body;
  int width;

  g_assert_true (g_file_set_contents (path, data, (gssize) length, NULL));
  gtk_window_set_default_size (GTK_WINDOW (window), 1024, 600);
  gtk_window_present (GTK_WINDOW (window));
  jx_test_spin (100);
  g_assert_false (jx_window_load_file (window, file, NULL));
  WAIT_FOR ((dialog = find_dialog ()) != NULL && gtk_widget_get_mapped (GTK_WIDGET (dialog)));
  g_assert_nonnull (dialog);
  jx_test_spin (100);

  /* On the window, and wide enough for a heading with the file's name. */
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (dialog)) == GTK_WINDOW (window));
  width = gtk_widget_get_width (GTK_WIDGET (dialog));
  g_test_message ("%s: dialog %d px wide, “%s”", name, width, adw_message_dialog_get_body (dialog));
  g_assert_cmpint (width, >=, JX_MESSAGE_DIALOG_WIDTH);

  /* The sentence: where it is cut, in words; neither the path nor the encoding. */
  body = adw_message_dialog_get_body (dialog);
  g_assert_nonnull (strstr (body, "cut off at line"));
  g_assert_nonnull (strstr (body, line));
  g_assert_null (strstr (body, jx_test_ui_tmp_dir ()));
  g_assert_null (strstr (body, "UTF-8"));
  /* Below it, the loader's message whole: file, line and column. */
  detail = adw_message_dialog_get_extra_child (dialog);
  g_assert_true (GTK_IS_LABEL (detail));
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (detail)), path));

  if (g_getenv ("JIXIAO_TEST_SHOTS") != NULL)
    {
      g_autoptr(GdkTexture) texture = jx_test_render (GTK_WIDGET (dialog));
      g_autofree char *png = g_strdup_printf ("%s/dialog-%s.png", g_getenv ("JIXIAO_TEST_SHOTS"), name);

      gdk_texture_save_to_png (texture, png);
    }
  adw_message_dialog_response (dialog, "close");
  gtk_window_destroy (GTK_WINDOW (dialog));
  destroy_window (window);
}

static void
test_load_error (void)
{
  g_autofree char *text = NULL;
  gsize length = 0;
  const char *mei;
  guint lines = 1;
  const char *p;
  g_autofree char *line = NULL;

  g_assert_true (g_file_get_contents (g_getenv ("JIXIAO_SAMPLE"), &text, &length, NULL));

  /* Cut after 30,000 bytes: somewhere in the indicators. */
  for (p = text; p < text + 30000; p++)
    lines += *p == '\n';
  line = g_strdup_printf ("%u", lines);
  check_load_error ("部门整体支出绩效自评报告-新洲区融媒体中心-2020年度.jixiao", text, 30000, line);

  /* Cut inside the three bytes of “媒” (融媒体中心): truncated, not a matter of encoding. */
  mei = strstr (text, "媒");
  g_assert_nonnull (mei);
  for (lines = 1, p = text; p < mei; p++)
    lines += *p == '\n';
  g_free (line);
  line = g_strdup_printf ("%u", lines);
  check_load_error ("xinzhou-2020-cut.jixiao", text, (gsize) (mei - text) + 1, line);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  app = jx_test_ui_init (&argc, &argv, "test-layout");
  if (app == NULL)
    return 77;
  g_test_add_func ("/layout/columns-1024", test_columns_small_screen);
  g_test_add_func ("/layout/columns-1920", test_columns_large_screen);
  g_test_add_func ("/layout/widths-remembered", test_widths_remembered);
  g_test_add_func ("/layout/error-keeps-width", test_error_keeps_width);
  g_test_add_func ("/layout/load-error", test_load_error);
  g_test_add_func ("/layout/header-name-once", test_header_name_once);
  status = g_test_run ();
  g_clear_object (&app);
  return status;
}
