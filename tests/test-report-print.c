/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-report-print.c: the GtkPrintOperation of the report and of one chart, exported to PDF
 * with no dialog (needs a display: runs under xvfb-run, skips without one). */
#include "config.h"

#include <cairo-pdf.h>
#include <glib/gstdio.h>
#include <gtk/gtk.h>

#include "jx-load.h"
#include "jx-report.h"
#include "jx-report-print-private.h"

static gboolean have_display;

static JxDocData *
load_sample (void)
{
  const char *path = g_getenv ("JIXIAO_SAMPLE");
  g_autoptr(GFile) file = g_file_new_for_path (path != NULL ? path : SOURCE_SAMPLE);
  g_autoptr(GError) error = NULL;
  JxDocData *doc = jx_doc_data_load_file (file, &error);

  g_assert_no_error (error);
  return doc;
}

/* The page count and the first page's size of a PDF that cairo wrote. */
static int
pdf_pages (const char *path,
           double     *width,
           double     *height)
{
  g_autofree char *data = NULL;
  g_autoptr(GRegex) page = g_regex_new ("/Type\\s*/Page[^s]", G_REGEX_RAW, 0, NULL);
  g_autoptr(GRegex) box = g_regex_new ("/MediaBox\\s*\\[\\s*0 0 ([0-9.]+) ([0-9.]+)", G_REGEX_RAW, 0, NULL);
  g_autoptr(GMatchInfo) match = NULL;
  gsize length;
  int n = 0;

  g_assert_true (g_file_get_contents (path, &data, &length, NULL));
  g_assert_true (g_str_has_prefix (data, "%PDF-"));
  g_regex_match_full (page, data, length, 0, 0, &match, NULL);
  while (g_match_info_matches (match))
    {
      n++;
      g_match_info_next (match, NULL);
    }
  g_clear_pointer (&match, g_match_info_free);
  g_assert_true (g_regex_match_full (box, data, length, 0, 0, &match, NULL));
  {
    g_autofree char *w = g_match_info_fetch (match, 1);
    g_autofree char *h = g_match_info_fetch (match, 2);

    *width = g_ascii_strtod (w, NULL);
    *height = g_ascii_strtod (h, NULL);
  }
  return n;
}

static int
report_pages_a4 (const JxDocData *doc)
{
  g_autoptr(JxReport) report = jx_report_new (doc, JX_REPORT_A4_WIDTH, JX_REPORT_A4_HEIGHT);
  cairo_surface_t *surface = cairo_pdf_surface_create (NULL, JX_REPORT_A4_WIDTH, JX_REPORT_A4_HEIGHT);
  cairo_t *cr = cairo_create (surface);
  int n = jx_report_paginate (report, cr);

  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  return n;
}

static void
test_report (void)
{
  g_autoptr(JxDocData) doc = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  double w, h;

  if (!have_display)
    {
      g_test_skip ("no display");
      return;
    }
  doc = load_sample ();
  dir = g_dir_make_tmp ("jx-print-XXXXXX", NULL);
  path = g_build_filename (dir, "report.pdf", NULL);
  g_assert_true (_jx_print_export (doc, NULL, path, &error));
  g_assert_no_error (error);
  /* what printing draws is the report, paginated for A4 as the export is */
  g_assert_cmpint (pdf_pages (path, &w, &h), ==, report_pages_a4 (doc));
  g_assert_cmpfloat_with_epsilon (w, JX_REPORT_A4_WIDTH, 0.5);
  g_assert_cmpfloat_with_epsilon (h, JX_REPORT_A4_HEIGHT, 0.5);
  g_unlink (path);
  g_rmdir (dir);
}

static void
test_chart (void)
{
  static const char * const ids[] = { "revenue", "scores", "three-public" };
  g_autoptr(JxDocData) doc = NULL;
  g_autofree char *dir = NULL;
  guint i;

  if (!have_display)
    {
      g_test_skip ("no display");
      return;
    }
  doc = load_sample ();
  dir = g_dir_make_tmp ("jx-print-XXXXXX", NULL);
  for (i = 0; i < G_N_ELEMENTS (ids); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *path = g_strdup_printf ("%s/%s.pdf", dir, ids[i]);
      double w, h;

      g_assert_true (_jx_print_export (doc, ids[i], path, &error));
      g_assert_no_error (error);
      /* one page, across: these charts are wider than tall */
      g_assert_cmpint (pdf_pages (path, &w, &h), ==, 1);
      g_assert_cmpfloat (w, >, h);
      g_unlink (path);
    }
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  /* as the UI tests run: DESIGN.md §9 */
  g_setenv ("GSK_RENDERER", "cairo", FALSE);
  g_setenv ("GTK_A11Y", "none", FALSE);
  g_setenv ("GSETTINGS_BACKEND", "memory", FALSE);
  have_display = gtk_init_check ();
  g_test_add_func ("/print/report", test_report);
  g_test_add_func ("/print/chart", test_chart);
  return g_test_run ();
}
