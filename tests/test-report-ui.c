/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-report-ui.c: the report in the window, under Xvfb — the Word and PDF exports of the
 * main menu (written off the main thread, read back by python3-docx and pdfinfo, a toast with
 * an Open button, a clear error and no file for a folder that does not exist, the fonts of
 * the Preferences); the 报告 page — as many pages as the PDF of the command line, page
 * navigation and zoom, white paper in dark mode, and a pause in editing lays it out again
 * (once for a burst of edits); the generated paragraphs beside it, accepted in one undo step
 * and then printed as the clerk's, or replaced by typing. */
#define G_LOG_DOMAIN "test-report-ui"

#include "config.h"

#include <glib/gstdio.h>
#include <stdlib.h>
#include <string.h>

#include "jx-report-blocks.h"
#include "jx-report-export.h"
#include "jx-report-narrative.h"
#include "jx-text-area.h"
#include "jx-report-view.h"
#include "jx-test-ui.h"
#include "jx-window.h"

static JxApplication *app;

/* ---- helpers ---- */

static JxWindow *
jx_test_open_sample (JxApplication *application)
{
  g_autoptr(GFile) sample = g_file_new_for_path (g_getenv ("JIXIAO_SAMPLE"));
  g_autoptr(GError) error = NULL;
  JxWindow *window = jx_window_new (GTK_APPLICATION (application));

  g_assert_true (jx_window_load_file (window, sample, &error));
  g_assert_no_error (error);
  gtk_window_present (GTK_WINDOW (window));
  jx_test_spin (200);
  return window;
}

static void
jx_test_close_window (JxWindow *window)
{
  jx_document_set_modified (jx_window_get_document (window), FALSE);
  gtk_window_destroy (GTK_WINDOW (window));
  jx_test_iterate ();
}

/* Runs `argv` (a python3 or pdfinfo read-back); its standard output, or fails the test. */
static char *
jx_test_run_tool (const char * const *argv)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *err = NULL;
  char *out = NULL;
  int status = 0;

  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, &out, &err, &status, &error));
  g_assert_no_error (error);
  if (!g_spawn_check_wait_status (status, NULL))
    g_error ("%s failed: %s", argv[0], err);
  return out;
}

static const char *
python3 (void)
{
  return g_getenv ("JIXIAO_PYTHON3") != NULL ? g_getenv ("JIXIAO_PYTHON3") : "/usr/bin/python3";
}

typedef struct {
  gboolean  done;
  GFile    *file;
  GError   *error;
} Result;

static void
on_exported (GObject      *source,
             GAsyncResult *res,
             gpointer      data)
{
  Result *result = data;

  result->file = jx_report_export_finish (JX_WINDOW (source), res, &result->error);
  result->done = TRUE;
}

static void
export_and_wait (JxWindow       *window,
                 JxExportFormat  format,
                 const char     *path,
                 Result         *result)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  gint64 start = g_get_monotonic_time ();

  jx_report_export_start (window, format, file, on_exported, result);
  /* off the main thread: the export actions are off until it is done */
  g_assert_false (g_action_group_get_action_enabled (G_ACTION_GROUP (window), format == JX_EXPORT_DOCX
                                                                                ? "export-docx" : "export-pdf"));
  while (!result->done && g_get_monotonic_time () - start < 60 * G_USEC_PER_SEC)
    jx_test_spin (20);
  g_assert_true (result->done);
  g_assert_true (g_action_group_get_action_enabled (G_ACTION_GROUP (window), "export-docx"));
  g_assert_true (g_action_group_get_action_enabled (G_ACTION_GROUP (window), "export-pdf"));
}

static gboolean
has_open_button (GtkWidget *root)
{
  GtkWidget *child;

  if (GTK_IS_BUTTON (root) && g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (root)), "win.open-exported") == 0
      && gtk_widget_get_mapped (root))
    return TRUE;
  for (child = gtk_widget_get_first_child (root); child != NULL; child = gtk_widget_get_next_sibling (child))
    if (has_open_button (child))
      return TRUE;
  return FALSE;
}

static AdwMessageDialog *
find_message_dialog (void)
{
  g_autoptr(GList) toplevels = gtk_window_list_toplevels ();
  GList *l;

  for (l = toplevels; l != NULL; l = l->next)
    if (ADW_IS_MESSAGE_DIALOG (l->data) && gtk_widget_get_visible (l->data))
      return l->data;
  return NULL;
}

/* The text at `path` ("" for none), valid until the next call. */
static const char *
json_string (JxDocument *document,
             const char *path)
{
  static char *last;
  JsonNode *node = jx_document_get_node (document, path);

  g_assert_nonnull (node);
  g_free (last);
  last = g_strdup (JSON_NODE_HOLDS_VALUE (node) && json_node_get_string (node) != NULL ? json_node_get_string (node) : "");
  json_node_unref (node);
  return last;
}

static GtkWidget *
find_text_area (GtkWidget  *root,
                const char *path)
{
  GtkWidget *child;

  if (JX_IS_TEXT_AREA (root) && g_strcmp0 (jx_text_area_get_path (JX_TEXT_AREA (root)), path) == 0)
    return root;
  for (child = gtk_widget_get_first_child (root); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_text_area (child, path);
      if (found != NULL)
        return found;
    }
  return NULL;
}

/* ---- tests ---- */

static void
test_export_docx (void)
{
  JxWindow *window = jx_test_open_sample (app);
  g_autofree char *path = g_build_filename (jx_test_ui_tmp_dir (), "报告", NULL);
  g_autofree char *written = g_strconcat (path, ".docx", NULL);
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  Result result = { 0 };
  g_autofree char *out = NULL;
  g_autofree char *fonts = NULL;
  const char *read_back[] = {
    python3 (), "-c",
    "import sys, docx\n"
    "d = docx.Document(sys.argv[1])\n"
    "print(len(d.tables))\n"
    "print(any(p.text.startswith('一、部门概况') for p in d.paragraphs))\n"
    "print(d.core_properties.title)\n",
    written, NULL
  };
  const char *font_names[] = {
    python3 (), "-c",
    "import sys, zipfile\n"
    "s = zipfile.ZipFile(sys.argv[1]).read('word/styles.xml').decode()\n"
    "print('仿宋_GB2312' in s, '宋体' in s)\n",
    written, NULL
  };

  /* the main menu has it, next to the PDF */
  g_assert_true (g_action_group_has_action (G_ACTION_GROUP (window), "export-docx"));
  g_settings_set_string (settings, "font-preset", "official");

  /* The clerk typed no suffix: .docx is added. */
  export_and_wait (window, JX_EXPORT_DOCX, path, &result);
  g_assert_no_error (result.error);
  g_assert_nonnull (result.file);
  g_assert_cmpstr (g_file_peek_path (result.file), ==, written);
  g_assert_true (g_file_test (written, G_FILE_TEST_IS_REGULAR));
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  jx_test_spin (300);
  g_assert_true (has_open_button (GTK_WIDGET (window)));

  /* python3-docx opens it: the tables, the first heading, the title */
  out = jx_test_run_tool (read_back);
  {
    g_auto(GStrv) lines = g_strsplit (out, "\n", -1);

    g_assert_cmpint (atoi (lines[0]), >=, 5);
    g_assert_cmpstr (lines[1], ==, "True");
    g_assert_nonnull (strstr (lines[2], "整体支出绩效自评报告"));
  }
  fonts = jx_test_run_tool (font_names);
  g_assert_true (g_str_has_prefix (fonts, "True "));

  /* the Preferences' plain preset: the next export names 宋体 and no 仿宋_GB2312 */
  g_settings_set_string (settings, "font-preset", "plain");
  g_clear_object (&result.file);
  result.done = FALSE;
  export_and_wait (window, JX_EXPORT_DOCX, written, &result);
  g_assert_no_error (result.error);
  g_free (fonts);
  fonts = jx_test_run_tool (font_names);
  g_assert_cmpstr (fonts, ==, "False True\n");
  g_settings_reset (settings, "font-preset");

  g_clear_object (&result.file);
  jx_test_close_window (window);
}

static void
test_export_pdf_toast (void)
{
  JxWindow *window = jx_test_open_sample (app);
  g_autofree char *path = g_build_filename (jx_test_ui_tmp_dir (), "report.pdf", NULL);
  Result result = { 0 };
  g_autofree char *info = NULL;
  const char *pdfinfo[] = { "pdfinfo", path, NULL };

  export_and_wait (window, JX_EXPORT_PDF, path, &result);
  g_assert_no_error (result.error);
  info = jx_test_run_tool (pdfinfo);
  g_assert_nonnull (strstr (info, "Pages:"));
  jx_test_spin (300);
  g_assert_true (has_open_button (GTK_WIDGET (window)));
  g_clear_object (&result.file);
  jx_test_close_window (window);
}

static void
test_export_error (void)
{
  JxWindow *window = jx_test_open_sample (app);
  g_autofree char *folder = g_build_filename (jx_test_ui_tmp_dir (), "no-such-folder", NULL);
  g_autofree char *path = g_build_filename (folder, "报告.docx", NULL);
  Result result = { 0 };
  AdwMessageDialog *dialog;

  export_and_wait (window, JX_EXPORT_DOCX, path, &result);
  g_assert_null (result.file);
  g_assert_nonnull (result.error);
  g_assert_false (g_file_test (folder, G_FILE_TEST_EXISTS));
  dialog = find_message_dialog ();
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Could Not Export the Word Document");
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "no-such-folder"));
  gtk_window_destroy (GTK_WINDOW (dialog));
  g_clear_error (&result.error);
  jx_test_close_window (window);
}

/* ---- the preview ---- */

static JxReportView *
show_report (JxWindow *window)
{
  AdwViewStack *stack = ADW_VIEW_STACK (jx_test_find_by_type (GTK_WIDGET (window), ADW_TYPE_VIEW_STACK));
  JxReportView *view;

  /* a page of the window's stack, Alt+5 */
  g_action_group_activate_action (G_ACTION_GROUP (window), "show-page", g_variant_new_string ("report"));
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (stack), ==, "report");
  view = JX_REPORT_VIEW (jx_test_find_by_type (adw_view_stack_get_child_by_name (stack, "report"), JX_TYPE_REPORT_VIEW));
  g_assert_nonnull (view);
  return view;
}

/* Spins until the renderer has laid out the latest snapshot and page `page` is drawn. */
static void
wait_for_pages (JxReportView *view,
                int           page)
{
  JxReportPages *pages = jx_report_view_get_pages (view);
  JxReportRenderer *renderer = jx_report_pages_get_renderer (pages);
  gint64 start = g_get_monotonic_time ();

  while ((jx_report_renderer_is_busy (renderer) || jx_report_pages_get_n_pages (pages) == 0
          || !jx_report_pages_page_is_current (pages, page))
         && g_get_monotonic_time () - start < 60 * G_USEC_PER_SEC)
    jx_test_spin (20);
  g_assert_false (jx_report_renderer_is_busy (renderer));
  g_assert_true (jx_report_pages_page_is_current (pages, page));
}

static int
cli_pdf_pages (const char *sample)
{
  g_autofree char *pdf = g_build_filename (jx_test_ui_tmp_dir (), "cli.pdf", NULL);
  const char *export[] = { g_getenv ("JIXIAO_BIN"), "--export-pdf", pdf, sample, NULL };
  const char *pdfinfo[] = { "pdfinfo", pdf, NULL };
  g_autofree char *out = NULL;
  g_autofree char *info = NULL;
  const char *line;

  g_assert_nonnull (g_getenv ("JIXIAO_BIN"));
  out = jx_test_run_tool (export);
  info = jx_test_run_tool (pdfinfo);
  line = strstr (info, "Pages:");
  g_assert_nonnull (line);
  return atoi (line + strlen ("Pages:"));
}

static guchar *
pixels_of (GtkWidget *widget,
           int       *width,
           int       *height,
           gsize     *stride)
{
  g_autoptr(GdkTexture) texture = jx_test_render (widget);
  guchar *data;

  *width = gdk_texture_get_width (texture);
  *height = gdk_texture_get_height (texture);
  *stride = (gsize) *width * 4;
  data = g_malloc (*stride * *height);
  gdk_texture_download (texture, data, *stride);
  return data;
}

static void
test_preview_pages (void)
{
  JxWindow *window = jx_test_open_sample (app);
  int pdf_pages = cli_pdf_pages (g_getenv ("JIXIAO_SAMPLE"));
  JxReportView *view = show_report (window);
  JxReportPages *pages = jx_report_view_get_pages (view);
  g_autofree char *expected = NULL;
  double fit;

  wait_for_pages (view, 0);
  /* the same paginator as the PDF: the same pages */
  g_assert_cmpint (pdf_pages, >, 10);
  g_assert_cmpint (jx_report_pages_get_n_pages (pages), ==, pdf_pages);
  expected = g_strdup_printf ("Page 1 of %d", pdf_pages);
  g_assert_cmpstr (jx_report_view_get_page_text (view), ==, expected);
  /* nothing before the first page */
  gtk_widget_activate_action (GTK_WIDGET (pages), "report.previous-page", NULL);
  g_assert_cmpint (jx_report_pages_get_current_page (pages), ==, 0);

  /* next, last, previous, first — through the actions Page Down, End, Page Up, Home are bound to */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (pages), "report.next-page", NULL));
  jx_test_spin (50);
  g_assert_cmpint (jx_report_pages_get_current_page (pages), ==, 1);
  g_free (expected);
  expected = g_strdup_printf ("Page 2 of %d", pdf_pages);
  g_assert_cmpstr (jx_report_view_get_page_text (view), ==, expected);
  wait_for_pages (view, 1);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (pages), "report.last-page", NULL));
  jx_test_spin (50);
  g_assert_cmpint (jx_report_pages_get_current_page (pages), ==, pdf_pages - 1);
  wait_for_pages (view, pdf_pages - 1);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (pages), "report.previous-page", NULL));
  jx_test_spin (50);
  g_assert_cmpint (jx_report_pages_get_current_page (pages), ==, pdf_pages - 2);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (pages), "report.first-page", NULL));
  jx_test_spin (50);
  g_assert_cmpint (jx_report_pages_get_current_page (pages), ==, 0);

  /* fit page by default: a whole page in the view less its margins (by its height here) */
  g_assert_true (jx_report_pages_get_fit_page (pages));
  fit = MIN ((gtk_widget_get_width (GTK_WIDGET (pages)) - 48) / (595.28 * 96 / 72),
             (gtk_widget_get_height (GTK_WIDGET (pages)) - 48) / (841.89 * 96 / 72));
  g_assert_cmpfloat (fit * 841.89 * 96 / 72, <=, gtk_widget_get_height (GTK_WIDGET (pages)) - 48 + 1e-6);
  g_assert_cmpfloat_with_epsilon (jx_report_pages_get_zoom (pages), fit, 1e-3);
  /* Ctrl+minus, Ctrl+plus: the ladder's steps; Ctrl+0 fits again */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (pages), "report.zoom-out", NULL));
  g_assert_false (jx_report_pages_get_fit_page (pages));
  g_assert_cmpfloat (jx_report_pages_get_zoom (pages), <, fit);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (pages), "report.zoom-in", NULL));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (pages), "report.zoom-in", NULL));
  g_assert_cmpfloat (jx_report_pages_get_zoom (pages), >, fit);
  wait_for_pages (view, 0);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (pages), "report.fit-page", NULL));
  g_assert_true (jx_report_pages_get_fit_page (pages));
  g_assert_cmpfloat_with_epsilon (jx_report_pages_get_zoom (pages), fit, 1e-3);
  jx_report_pages_set_zoom (pages, 100);
  g_assert_cmpfloat (jx_report_pages_get_zoom (pages), ==, JX_REPORT_ZOOM_MAX);
  jx_report_pages_set_fit_page (pages, TRUE);

  jx_test_close_window (window);
}

static void
test_preview_dark (void)
{
  JxWindow *window = jx_test_open_sample (app);
  JxReportView *view = show_report (window);
  JxReportPages *pages = jx_report_view_get_pages (view);
  AdwStyleManager *manager = adw_style_manager_get_default ();
  int styles[] = { ADW_COLOR_SCHEME_FORCE_LIGHT, ADW_COLOR_SCHEME_FORCE_DARK };
  guint i;

  wait_for_pages (view, 0);
  for (i = 0; i < G_N_ELEMENTS (styles); i++)
    {
      int width, height;
      gsize stride;
      g_autofree guchar *data = NULL;
      const guchar *paper, *backdrop;

      adw_style_manager_set_color_scheme (manager, styles[i]);
      /* the style change redraws everything: wait for the page and a frame under load */
      jx_test_spin (300);
      wait_for_pages (view, 0);
      gtk_widget_queue_draw (GTK_WIDGET (pages));
      jx_test_spin (300);
      data = pixels_of (GTK_WIDGET (pages), &width, &height, &stride);
      /* inside the page's top margin: white paper; at the left edge of the view: the backdrop */
      paper = data + (gsize) 40 * stride + (gsize) (width / 2) * 4;
      backdrop = data + (gsize) (height / 2) * stride + 4 * 4;
      g_assert_cmpint (paper[0], ==, 255);
      g_assert_cmpint (paper[1], ==, 255);
      g_assert_cmpint (paper[2], ==, 255);
      if (styles[i] == ADW_COLOR_SCHEME_FORCE_DARK)
        g_assert_cmpint (backdrop[1], <, 100);
      else
        g_assert_cmpint (backdrop[1], >, 180);
      g_assert_cmpint (backdrop[1], <, 250);
    }
  adw_style_manager_set_color_scheme (manager, ADW_COLOR_SCHEME_PREFER_LIGHT);
  jx_test_close_window (window);
}

static void
test_preview_follows_edits (void)
{
  JxWindow *window = jx_test_open_sample (app);
  JxDocument *document = jx_window_get_document (window);
  JxReportView *view = show_report (window);
  JxReportPages *pages = jx_report_view_get_pages (view);
  JxReportRenderer *renderer = jx_report_pages_get_renderer (pages);
  g_autoptr(GString) problems = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  guint generation;
  int before;
  int i;

  wait_for_pages (view, 0);
  before = jx_report_pages_get_n_pages (pages);
  generation = jx_report_renderer_get_generation (renderer);

  /* a burst of edits, as typing is: nothing is laid out while it lasts, once after */
  for (i = 0; i < 6; i++)
    {
      g_string_append (problems, "预算编制不够精细，部分项目年初预算与实际执行差距较大，需要在下一年度加强预算论证和绩效目标管理。\n\n");
      if (i == 5)
        for (int k = 0; k < 40; k++)
          g_string_append (problems, "资产管理台账更新不及时，固定资产盘点和处置程序有待进一步规范。\n\n");
      g_assert_true (jx_document_set_string (document, "conclusion.problems", problems->str, &error));
      g_assert_no_error (error);
      jx_test_spin (JX_REPORT_VIEW_DELAY_MS / 5);
      g_assert_cmpuint (jx_report_renderer_get_generation (renderer), ==, generation);
      g_assert_false (jx_report_renderer_is_busy (renderer));
    }
  jx_test_spin (JX_REPORT_VIEW_DELAY_MS + 100);
  wait_for_pages (view, 0);
  g_assert_cmpuint (jx_report_renderer_get_generation (renderer), ==, generation + 1);
  g_assert_cmpint (jx_report_pages_get_n_pages (pages), >, before);

  /* undo: the pages it had */
  jx_document_break_merge (document);
  while (jx_document_can_undo (document))
    jx_document_undo (document);
  jx_test_spin (JX_REPORT_VIEW_DELAY_MS + 100);
  wait_for_pages (view, 0);
  g_assert_cmpint (jx_report_pages_get_n_pages (pages), ==, before);

  /* hidden, the page lays nothing out; shown again, it catches up */
  jx_window_show_page (window, JX_PAGE_OVERVIEW);
  generation = jx_report_renderer_get_generation (renderer);
  g_assert_true (jx_document_set_string (document, "conclusion.problems", problems->str, &error));
  jx_test_spin (JX_REPORT_VIEW_DELAY_MS + 200);
  g_assert_cmpuint (jx_report_renderer_get_generation (renderer), ==, generation);
  show_report (window);
  wait_for_pages (view, 0);
  g_assert_cmpuint (jx_report_renderer_get_generation (renderer), ==, generation + 1);
  g_assert_cmpint (jx_report_pages_get_n_pages (pages), >, before);

  jx_test_close_window (window);
}

/* ---- generated paragraphs ---- */

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

static void
test_accept_generated (void)
{
  JxWindow *window = jx_test_open_sample (app);
  JxDocument *document = jx_window_get_document (window);
  JxEvaluation *evaluation = jx_window_get_evaluation (window);
  const JxScoreSheet *sheet = jx_evaluation_get_sheet (evaluation);   /* until the first edit */
  JxReportView *view;
  JxReportParagraphs *paragraphs;
  g_autoptr(GPtrArray) paths = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *suggestion = NULL;
  g_autofree char *first_line = NULL;
  const char *path;
  guint n_rows, n_generated;
  guint i, a0 = G_MAXUINT, a1 = G_MAXUINT;   /* the first two rows of an analysis */

  /* A department that wrote no analysis: every dimension and indicator emptied, one step. */
  for (i = 0; i < sheet->indicators->len; i++)
    {
      const JxIndicatorResult *r = g_ptr_array_index (sheet->indicators, i);

      g_ptr_array_add (paths, g_strconcat (r->json_path, ".analysis", NULL));
    }
  jx_document_begin_group (document, "empty the analyses");
  for (i = 0; i < paths->len; i++)
    g_assert_true (jx_document_set_string (document, g_ptr_array_index (paths, i), "", NULL));
  jx_document_end_group (document);
  jx_document_break_merge (document);
  jx_test_spin (100);

  /* shown beside the pages, since there are some */
  view = show_report (window);
  paragraphs = jx_report_view_get_paragraphs (view);
  g_assert_true (jx_test_spin_until_mapped (GTK_WIDGET (paragraphs), 10000));
  n_rows = jx_report_paragraphs_get_n_rows (paragraphs);
  n_generated = jx_report_paragraphs_get_n_generated (paragraphs);
  g_assert_cmpuint (n_rows, >=, 4);
  g_assert_cmpuint (n_generated, ==, n_rows);
  for (i = 0; i < n_rows && a1 == G_MAXUINT; i++)
    if (g_str_has_suffix (jx_report_paragraphs_get_path (paragraphs, i), ".analysis"))
      *(a0 == G_MAXUINT ? &a0 : &a1) = i;
  g_assert_cmpuint (a1, <, n_rows);

  /* the row's suggestion is what the report prints there: the narrative's own text */
  path = jx_report_paragraphs_get_path (paragraphs, a0);
  suggestion = g_strdup (jx_report_paragraphs_get_suggestion (paragraphs, a0));
  g_assert_nonnull (suggestion);
  {
    g_autofree char *json_path = g_strndup (path, strlen (path) - strlen (".analysis"));
    g_autofree char *generated = jx_report_dup_generated_analysis (jx_document_get_data (document),
                                                                     jx_evaluation_get_sheet (evaluation),
                                                                     jx_evaluation_get_result (evaluation, json_path));

    g_assert_cmpstr (generated, ==, suggestion);
  }
  first_line = g_strndup (suggestion, strcspn (suggestion, "\n"));
  g_assert_cmpint (count_blocks_with (document, first_line), ==, 1);

  /* Accept: the document holds it, in one undo step; the row shows no suggestion any more */
  g_assert_true (jx_report_paragraphs_accept (paragraphs, a0));
  jx_test_spin (50);
  g_assert_cmpstr (json_string (document, path), ==, suggestion);
  g_assert_cmpstr (jx_document_get_undo_label (document), ==, "Accept the Generated Paragraph");
  g_assert_null (jx_report_paragraphs_get_suggestion (paragraphs, a0));
  g_assert_cmpuint (jx_report_paragraphs_get_n_generated (paragraphs), ==, n_generated - 1);
  g_assert_cmpuint (jx_report_paragraphs_get_n_rows (paragraphs), ==, n_rows);
  /* the report prints it once, as the clerk's: nothing generated there any more */
  {
    g_autofree char *json_path = g_strndup (path, strlen (path) - strlen (".analysis"));

    g_assert_null (jx_report_dup_generated_analysis (jx_document_get_data (document), jx_evaluation_get_sheet (evaluation),
                                                     jx_evaluation_get_result (evaluation, json_path)));
  }
  g_assert_cmpint (count_blocks_with (document, first_line), ==, 1);

  /* one undo: empty again and suggested again; redo: accepted */
  g_assert_true (jx_document_undo (document));
  jx_test_spin (50);
  g_assert_cmpstr (json_string (document, path), ==, "");
  g_assert_cmpstr (jx_report_paragraphs_get_suggestion (paragraphs, a0), ==, suggestion);
  g_assert_cmpstr (jx_document_get_undo_label (document), ==, "empty the analyses");
  g_assert_true (jx_document_redo (document));
  jx_test_spin (50);
  g_assert_cmpstr (json_string (document, path), ==, suggestion);

  /* the clerk's own words replace it: typing in the area */
  {
    GtkWidget *area = find_text_area (GTK_WIDGET (paragraphs), jx_report_paragraphs_get_path (paragraphs, a1));

    g_assert_nonnull (area);
    g_assert_nonnull (jx_report_paragraphs_get_suggestion (paragraphs, a1));
    gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (area)), "本单位自行撰写的分析。", -1);
    jx_test_spin (50);
    g_assert_cmpstr (json_string (document, jx_report_paragraphs_get_path (paragraphs, a1)), ==, "本单位自行撰写的分析。");
    g_assert_null (jx_report_paragraphs_get_suggestion (paragraphs, a1));
    g_assert_cmpint (count_blocks_with (document, "本单位自行撰写的分析。"), ==, 1);
  }

  jx_test_close_window (window);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  app = jx_test_ui_init (&argc, &argv, "test-report-ui");
  if (app == NULL)
    return 77;

  g_test_add_func ("/report-ui/export-docx", test_export_docx);
  g_test_add_func ("/report-ui/export-pdf-toast", test_export_pdf_toast);
  g_test_add_func ("/report-ui/export-error", test_export_error);
  g_test_add_func ("/report-ui/preview-pages", test_preview_pages);
  g_test_add_func ("/report-ui/preview-dark", test_preview_dark);
  g_test_add_func ("/report-ui/preview-follows-edits", test_preview_follows_edits);
  g_test_add_func ("/report-ui/accept-generated", test_accept_generated);
  status = g_test_run ();
  g_object_unref (app);
  return status;
}
