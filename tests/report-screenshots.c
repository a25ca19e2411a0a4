/* SPDX-License-Identifier: GPL-3.0-or-later */
/* report-screenshots OUTDIR: the 报告 page of the sample at 1280×800, light and dark
 * (OUTDIR/report-preview-<style>.png: the first page fitted whole (the default);
 * report-preview-zoom-<style>.png: page 9 at 50 %; report-paragraphs-<style>.png: the
 * generated paragraphs beside the pages, for a document without the analysis of 投入 and
 * 过程). tests/report-screenshots.sh builds the
 * Chinese translations and runs it under Xvfb. */
#define G_LOG_DOMAIN "report-screenshots"

#include "config.h"

#include <glib/gstdio.h>

#include "jx-report-view.h"
#include "jx-test-ui.h"
#include "jx-window.h"

static JxApplication *app;

static void
wait_for (JxReportPages *pages,
          int            page)
{
  gint64 start = g_get_monotonic_time ();

  while ((jx_report_renderer_is_busy (jx_report_pages_get_renderer (pages)) || !jx_report_pages_page_is_current (pages, page))
         && g_get_monotonic_time () - start < 60 * G_USEC_PER_SEC)
    jx_test_spin (50);
  jx_test_spin (300);
}

static void
shoot (JxWindow   *window,
       const char *dir,
       const char *what,
       const char *style)
{
  g_autofree char *name = g_strdup_printf ("report-%s-%s.png", what, style);
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autoptr(GdkTexture) texture = jx_test_render (GTK_WIDGET (window));

  if (!gdk_texture_save_to_png (texture, path))
    g_printerr ("%s: cannot write\n", path);
  else
    g_print ("%s\n", path);
}

static void
shoot_all (const char *dir,
           const char *style)
{
  g_autoptr(GFile) file = g_file_new_for_path (g_getenv ("JIXIAO_SAMPLE") ? g_getenv ("JIXIAO_SAMPLE") : SOURCE_SAMPLE);
  JxWindow *window = jx_window_new (GTK_APPLICATION (app));
  AdwViewStack *stack;
  JxReportView *view;
  JxReportPages *pages;

  jx_window_load_file (window, file, NULL);
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  gtk_window_present (GTK_WINDOW (window));
  jx_test_spin (300);
  g_action_group_activate_action (G_ACTION_GROUP (window), "show-page", g_variant_new_string ("report"));
  stack = ADW_VIEW_STACK (jx_test_find_by_type (GTK_WIDGET (window), ADW_TYPE_VIEW_STACK));
  view = JX_REPORT_VIEW (jx_test_find_by_type (adw_view_stack_get_child_by_name (stack, "report"), JX_TYPE_REPORT_VIEW));
  pages = jx_report_view_get_pages (view);
  wait_for (pages, 0);
  shoot (window, dir, "preview", style);

  jx_report_pages_set_zoom (pages, 0.5);
  jx_report_pages_show_page (pages, 8);
  wait_for (pages, 8);
  shoot (window, dir, "preview-zoom", style);

  /* A department that wrote no analysis for 投入 and 过程: the generated paragraphs beside. */
  {
    JxEvaluation *evaluation = jx_window_get_evaluation (window);
    JxDocument *document = jx_window_get_document (window);
    const JxScoreSheet *sheet = jx_evaluation_get_sheet (evaluation);
    g_autoptr(GPtrArray) paths = g_ptr_array_new_with_free_func (g_free);
    guint i;

    for (i = 0; i < sheet->indicators->len; i++)
      {
        const JxIndicatorResult *r = g_ptr_array_index (sheet->indicators, i);

        if (g_str_has_prefix (r->path, "投入") || g_str_has_prefix (r->path, "过程"))
          g_ptr_array_add (paths, g_strconcat (r->json_path, ".analysis", NULL));
      }
    jx_document_begin_group (document, "no analysis");
    for (i = 0; i < paths->len; i++)
      jx_document_set_string (document, g_ptr_array_index (paths, i), "", NULL);
    jx_document_end_group (document);
  }
  jx_report_view_set_show_paragraphs (view, TRUE);
  jx_test_spin (JX_REPORT_VIEW_DELAY_MS + 200);
  jx_report_pages_set_zoom (pages, 0.8);
  jx_report_pages_show_page (pages, 10);
  wait_for (pages, 10);
  shoot (window, dir, "paragraphs", style);

  jx_document_set_modified (jx_window_get_document (window), FALSE);
  gtk_window_destroy (GTK_WINDOW (window));
  jx_test_spin (100);
}

int
main (int   argc,
      char *argv[])
{
  const char *dir;

  app = jx_test_ui_init (&argc, &argv, "report-screenshots");
  if (app == NULL)
    return 77;
  dir = argc > 1 ? argv[1] : ".";
  g_mkdir_with_parents (dir, 0755);

  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_FORCE_LIGHT);
  shoot_all (dir, "light");
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_FORCE_DARK);
  shoot_all (dir, "dark");
  g_clear_object (&app);
  return 0;
}
