/* SPDX-License-Identifier: GPL-3.0-or-later */
/* jx-report.h: the whole self-evaluation report (部门整体支出绩效自评报告), laid out in pages
 * with pango and drawn into any cairo_t: a PDF surface for export, the print context of a
 * GtkPrintOperation for printing.
 *
 *   report = jx_report_new (doc, 595.28, 841.89);      // A4, in points
 *   n = jx_report_paginate (report, cr);               // measure with the target's cairo
 *   for (i = 0; i < n; i++) jx_report_draw_page (report, cr, i);
 *
 * User units of `cr` are points, the origin the top-left corner of the paper. The report
 * copies what it prints when it is made: the document may change or go away afterwards.
 */
#pragma once

#include <cairo.h>

#include "jx-types.h"

G_BEGIN_DECLS

#define JX_REPORT_A4_WIDTH  595.28
#define JX_REPORT_A4_HEIGHT 841.89

#define JX_REPORT_ERROR (jx_report_error_quark ())
GQuark jx_report_error_quark (void);

typedef enum {
  JX_REPORT_ERROR_WRITE,    /* the PDF could not be written */
} JxReportError;

typedef struct _JxReport JxReport;

/* The page size in points (A4: JX_REPORT_A4_WIDTH × JX_REPORT_A4_HEIGHT). */
JxReport *jx_report_new          (const JxDocData *doc,
                                  double           page_width_pt,
                                  double           page_height_pt);
void      jx_report_free         (JxReport        *report);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (JxReport, jx_report_free)

/* Measures every text with the font options of `measure_cr`'s target and breaks the report
 * into pages; returns the page count. Call again after a change of target or page size. */
int       jx_report_paginate     (JxReport        *report,
                                  cairo_t         *measure_cr);
int       jx_report_get_n_pages  (JxReport        *report);
/* Draws page `page` (0-based) of a paginated report, paper origin at (0, 0) of `cr`. */
void      jx_report_draw_page    (JxReport        *report,
                                  cairo_t         *cr,
                                  int              page);

/* Whether jx_report_draw_page() marks the paragraphs the report generated (where the
 * department wrote none) with a tint and a bar in the left margin: the in-app preview's
 * aid, never set for the PDF, the print or the .docx. FALSE by default. */
void      jx_report_set_mark_generated (JxReport *report,
                                        gboolean  mark);

/* Height / width that suits chart `chart_id` of `doc` on paper (the report's, and a printed
 * chart's: landscape below 1). */
double    jx_report_chart_aspect (const JxDocData *doc,
                                  const char      *chart_id);

/* The same for a target-completion chart (or a piece of one) of `rows` rows at the type
 * area's width. */
double    jx_report_chart_aspect_rows (guint rows);

/* The whole report as an A4 PDF at `path`, fonts embedded; written to a temporary file in
 * the same folder and renamed over `path`, so `path` is either the complete report or
 * untouched. */
gboolean  jx_report_export_pdf   (const JxDocData *doc,
                                  const char      *path,
                                  GError         **error);

G_END_DECLS
