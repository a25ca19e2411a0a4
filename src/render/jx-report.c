/* SPDX-License-Identifier: GPL-3.0-or-later */
/* jx-report.c: the report's public face — making it from a document, the type styles,
 * pagination on a target's cairo context, drawing a page, and the PDF export. */
#define G_LOG_DOMAIN "jx-report"

#include "config.h"

#include <cairo-pdf.h>
#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <unistd.h>

#include "jx-report-private.h"

G_DEFINE_QUARK (jx-report-error-quark, jx_report_error)

/* ---- the report ---- */

JxReport *
jx_report_new (const JxDocData *doc,
               double           page_width_pt,
               double           page_height_pt)
{
  JxReport *report;
  JxReportBuilder b = { 0 };
  gboolean was_chinese;
  guint i;

  g_return_val_if_fail (doc != NULL, NULL);
  g_return_val_if_fail (page_width_pt >= 72 && page_height_pt >= 72, NULL);

  report = g_new0 (JxReport, 1);
  report->page_width = page_width_pt;
  report->page_height = page_height_pt;
  /* the official margins, narrower on paper too small for them */
  report->top = MIN (JX_REPORT_MARGIN_TOP, page_height_pt * 0.13);
  report->bottom = MIN (JX_REPORT_MARGIN_BOTTOM, page_height_pt * 0.12);
  report->left = MIN (JX_REPORT_MARGIN_LEFT, page_width_pt * 0.14);
  report->right = MIN (JX_REPORT_MARGIN_RIGHT, page_width_pt * 0.13);
  report->pages = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  report->measures = g_array_new (FALSE, TRUE, sizeof (JxBlockMeasure));
  g_array_set_clear_func (report->measures, (GDestroyNotify) _jx_block_measure_clear);
  was_chinese = jx_chart_set_chinese (TRUE);
  report->charts = jx_charts_for_document (doc);
  jx_chart_set_chinese (was_chinese);
  if (report->charts == NULL)
    report->charts = g_ptr_array_new ();
  g_ptr_array_set_free_func (report->charts, (GDestroyNotify) jx_chart_free);
  if (doc->department.year > 0)
    report->title = g_strdup_printf ("%s%d 年度整体支出绩效自评报告",
                                     doc->department.name != NULL ? doc->department.name : "",
                                     doc->department.year);
  else
    report->title = g_strdup_printf ("%s整体支出绩效自评报告", doc->department.name != NULL ? doc->department.name : "");
  report->author = g_strdup (_jx_rb_has_text (doc->department.preparer) ? doc->department.preparer : doc->department.name);

  b.doc = doc;
  b.sheet = jx_score_sheet_compute (doc);
  b.results = g_hash_table_new (NULL, NULL);
  b.blocks = g_ptr_array_new_with_free_func ((GDestroyNotify) _jx_report_block_free);
  b.charts = report->charts;
  b.placed = g_hash_table_new (NULL, NULL);
  for (i = 0; i < b.sheet->indicators->len; i++)
    {
      const JxIndicatorResult *r = g_ptr_array_index (b.sheet->indicators, i);
      g_hash_table_insert (b.results, (gpointer) r->indicator, (gpointer) r);
    }

  _jx_report_build_cover (&b);
  _jx_report_build_overview (&b);
  _jx_report_build_spending (&b);
  _jx_report_build_goals (&b);
  _jx_report_build_analysis (&b);
  _jx_report_build_conclusion (&b);
  _jx_report_build_appendix (&b);

  report->blocks = b.blocks;
  g_hash_table_unref (b.placed);
  g_hash_table_unref (b.results);
  jx_score_sheet_free (b.sheet);
  return report;
}

void
jx_report_free (JxReport *report)
{
  if (report == NULL)
    return;
  g_ptr_array_unref (report->pages);
  g_array_unref (report->measures);
  g_ptr_array_unref (report->blocks);
  g_ptr_array_unref (report->charts);
  g_clear_object (&report->context);
  g_free (report->title);
  g_free (report->author);
  g_free (report);
}

int
jx_report_paginate (JxReport *report,
                    cairo_t  *measure_cr)
{
  cairo_font_options_t *options;

  g_return_val_if_fail (report != NULL, 0);
  g_return_val_if_fail (measure_cr != NULL, 0);

  g_clear_object (&report->context);
  report->context = pango_cairo_create_context (measure_cr);
  /* unhinted metrics, unrounded positions: the same line breaks on paper, in PDF and in a
   * preview at any zoom */
  options = cairo_font_options_create ();
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  pango_cairo_context_set_font_options (report->context, options);
  cairo_font_options_destroy (options);
  pango_context_set_round_glyph_positions (report->context, FALSE);
  pango_context_set_language (report->context, pango_language_from_string ("zh-cn"));

  _jx_report_layout (report);
  return (int) report->pages->len;
}

const GPtrArray *
jx_report_get_blocks (JxReport *report)
{
  g_return_val_if_fail (report != NULL, NULL);
  return report->blocks;
}

const char *
jx_report_get_title (JxReport *report)
{
  g_return_val_if_fail (report != NULL, NULL);
  return report->title;
}

const char *
jx_report_get_author (JxReport *report)
{
  g_return_val_if_fail (report != NULL, NULL);
  return _jx_rb_has_text (report->author) ? report->author : NULL;
}

void
jx_report_get_margins (JxReport *report,
                       double   *top,
                       double   *bottom,
                       double   *left,
                       double   *right)
{
  g_return_if_fail (report != NULL);
  if (top != NULL)
    *top = report->top;
  if (bottom != NULL)
    *bottom = report->bottom;
  if (left != NULL)
    *left = report->left;
  if (right != NULL)
    *right = report->right;
}

int
jx_report_get_n_pages (JxReport *report)
{
  g_return_val_if_fail (report != NULL, 0);
  return (int) report->pages->len;
}

void
jx_report_draw_page (JxReport *report,
                     cairo_t  *cr,
                     int       page)
{
  g_return_if_fail (report != NULL);
  g_return_if_fail (cr != NULL);
  g_return_if_fail (report->context != NULL);
  g_return_if_fail (page >= 0 && (guint) page < report->pages->len);

  _jx_report_draw_page (report, cr, page);
}

void
jx_report_set_mark_generated (JxReport *report,
                              gboolean  mark)
{
  g_return_if_fail (report != NULL);
  report->mark_generated = !!mark;
}

/* ---- PDF ---- */

typedef struct {
  int fd;
  int error;     /* errno of the first failed write */
} Sink;

static cairo_status_t
sink_write (void                *closure,
            const unsigned char *data,
            unsigned int         length)
{
  Sink *sink = closure;

  while (length > 0 && sink->error == 0)
    {
      ssize_t n = write (sink->fd, data, length);

      if (n < 0 && errno == EINTR)
        continue;
      if (n <= 0)
        {
          sink->error = n < 0 ? errno : EIO;
          break;
        }
      data += n;
      length -= (unsigned int) n;
    }
  return sink->error == 0 ? CAIRO_STATUS_SUCCESS : CAIRO_STATUS_WRITE_ERROR;
}

static gboolean
fail (GError    **error,
      const char *path,
      int         code)
{
  g_autofree char *display = g_filename_display_name (path);

  g_set_error (error, JX_REPORT_ERROR, JX_REPORT_ERROR_WRITE,
               _("Cannot write “%s”: %s"), display, g_strerror (code));
  return FALSE;
}

static void
render_pdf (const JxDocData *doc,
            Sink            *sink,
            cairo_status_t  *status)
{
  g_autoptr(JxReport) report = jx_report_new (doc, JX_REPORT_A4_WIDTH, JX_REPORT_A4_HEIGHT);
  cairo_surface_t *surface = cairo_pdf_surface_create_for_stream (sink_write, sink, JX_REPORT_A4_WIDTH,
                                                                  JX_REPORT_A4_HEIGHT);
  cairo_t *cr = cairo_create (surface);
  int i, n;

  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, report->title);
  if (_jx_rb_has_text (report->author))
    cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_AUTHOR, report->author);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Jixiao " PACKAGE_VERSION);

  n = jx_report_paginate (report, cr);
  for (i = 0; i < n; i++)
    {
      jx_report_draw_page (report, cr, i);
      cairo_show_page (cr);
    }
  *status = cairo_status (cr);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  if (*status == CAIRO_STATUS_SUCCESS)
    *status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);
}

gboolean
jx_report_export_pdf (const JxDocData *doc,
                      const char      *path,
                      GError         **error)
{
  g_autofree char *dir = NULL;
  g_autofree char *base = NULL;
  g_autofree char *tmp = NULL;
  cairo_status_t status = CAIRO_STATUS_SUCCESS;
  Sink sink = { -1, 0 };

  g_return_val_if_fail (doc != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (g_file_test (path, G_FILE_TEST_IS_DIR))
    return fail (error, path, EISDIR);

  dir = g_path_get_dirname (path);
  base = g_path_get_basename (path);
  tmp = g_strdup_printf ("%s%c.%s.XXXXXX", dir, G_DIR_SEPARATOR, base);
  sink.fd = g_mkstemp_full (tmp, O_WRONLY | O_CLOEXEC, 0666);
  if (sink.fd < 0)
    return fail (error, path, errno);

  render_pdf (doc, &sink, &status);

  if (sink.error == 0 && status != CAIRO_STATUS_SUCCESS)
    sink.error = EIO;
  if (sink.error == 0 && fsync (sink.fd) != 0)
    sink.error = errno;
  if (close (sink.fd) != 0 && sink.error == 0)
    sink.error = errno;
  if (sink.error == 0 && g_rename (tmp, path) != 0)
    sink.error = errno;
  if (sink.error != 0)
    {
      g_unlink (tmp);
      return fail (error, path, sink.error);
    }
  return TRUE;
}
