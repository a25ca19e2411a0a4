/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-long-text-ui.c: a 100,000-character unbroken word in 目标完成情况 froze the conclusion
 * page for 19 s (Pango wraps such a word in quadratic time). The text area wraps a text that
 * holds one by characters: the page lays it out in well under a second of work, and an
 * ordinary text still wraps by words (issue 15). */
#define G_LOG_DOMAIN "test-long-text-ui"

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "jx-test-ui.h"
#include "jx-text-area.h"
#include "jx-window.h"

static JxApplication *app;

static JxTextArea *
find_area (GtkWidget  *root,
           const char *path)
{
  GtkWidget *child;

  if (JX_IS_TEXT_AREA (root) && g_strcmp0 (jx_text_area_get_path (JX_TEXT_AREA (root)), path) == 0)
    return JX_TEXT_AREA (root);
  for (child = gtk_widget_get_first_child (root); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      JxTextArea *found = find_area (child, path);
      if (found != NULL)
        return found;
    }
  return NULL;
}

static void
test_long_word (void)
{
  g_autoptr(GFile) file = g_file_new_for_path (g_getenv ("JIXIAO_SAMPLE"));
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) word = g_string_new (NULL);
  JxWindow *window = jx_window_new (GTK_APPLICATION (app));
  JxDocument *doc;
  JxTextArea *area;
  GtkTextBuffer *buffer;
  GtkTextIter end;
  GdkRectangle where;
  gint64 start;
  double seconds;
  guint i;

  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  g_assert_true (jx_window_load_file (window, file, &error));
  gtk_window_present (GTK_WINDOW (window));
  jx_window_show_page (window, JX_PAGE_CONCLUSION);
  jx_test_spin (200);
  area = find_area (GTK_WIDGET (window), "conclusion.summary");
  g_assert_nonnull (area);
  g_assert_cmpint (gtk_text_view_get_wrap_mode (GTK_TEXT_VIEW (area)), ==, GTK_WRAP_WORD_CHAR);

  for (i = 0; i < 100000; i++)
    g_string_append_c (word, (char) ('a' + i % 26));
  doc = jx_window_get_document (window);
  start = g_get_monotonic_time ();
  g_assert_true (jx_document_set_string (doc, "conclusion.summary", word->str, &error));
  jx_test_iterate ();
  /* Where the last character is: the whole paragraph laid out. */
  buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (area));
  gtk_text_buffer_get_end_iter (buffer, &end);
  gtk_text_view_get_iter_location (GTK_TEXT_VIEW (area), &end, &where);
  jx_test_spin (100);
  seconds = (g_get_monotonic_time () - start) / 1e6 - 0.1;
  g_test_message ("a 100,000-character word laid out in %.2f s, %d px tall", seconds, where.y);
  g_assert_cmpint (gtk_text_view_get_wrap_mode (GTK_TEXT_VIEW (area)), ==, GTK_WRAP_CHAR);
  g_assert_cmpint (gtk_text_buffer_get_char_count (buffer), ==, 100000);
  g_assert_cmpint (where.y, >, 1000);   /* wrapped into many lines, not one */
  g_assert_cmpfloat (seconds, <, 6);

  /* An ordinary text again: by words. */
  g_assert_true (jx_document_set_string (doc, "conclusion.summary", "全年采编发新闻 3250 条。", &error));
  jx_test_iterate ();
  g_assert_cmpint (gtk_text_view_get_wrap_mode (GTK_TEXT_VIEW (area)), ==, GTK_WRAP_WORD_CHAR);

  jx_document_set_modified (doc, FALSE);
  gtk_window_destroy (GTK_WINDOW (window));
  jx_test_iterate ();
}

int
main (int   argc,
      char *argv[])
{
  int status;

  app = jx_test_ui_init (&argc, &argv, "test-long-text-ui");
  if (app == NULL)
    return 77;
  g_test_add_func ("/long-text-ui/long-word", test_long_word);
  status = g_test_run ();
  g_clear_object (&app);
  return status;
}
