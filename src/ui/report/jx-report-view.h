/* SPDX-License-Identifier: GPL-3.0-or-later */
/* jx-report-view.h: the 报告 page of the window — the report as it will print, paginated by
 * the PDF's own paginator, drawn on a thread of its own (jx-report-renderer.h), shown page by
 * page (jx-report-pages.h), following the document: a pause in typing (half a second) lays it
 * out again, off the main thread; while the page is hidden nothing is laid out.
 *
 * Actions (report.*): previous-page, next-page (Page Up / Page Down), first-page, last-page
 * (Home / End), zoom-in, zoom-out (Ctrl+Plus / Ctrl+Minus), fit-page (Ctrl+0), paragraphs
 * (F9: the generated paragraphs beside the pages, jx-report-paragraphs.h). */
#pragma once

#include <adwaita.h>

#include "jx-document.h"
#include "jx-evaluation.h"
#include "jx-report-pages.h"
#include "jx-report-paragraphs.h"

G_BEGIN_DECLS

#define JX_TYPE_REPORT_VIEW (jx_report_view_get_type ())
G_DECLARE_FINAL_TYPE (JxReportView, jx_report_view, JX, REPORT_VIEW, AdwBin)

/* How long a pause in editing is before the preview is laid out again. */
#define JX_REPORT_VIEW_DELAY_MS 500

void           jx_report_view_set_evaluation (JxReportView *self,
                                              JxEvaluation *evaluation);
JxReportPages *jx_report_view_get_pages      (JxReportView *self);
/* The generated paragraphs beside the pages (F9 shows or hides them). */
JxReportParagraphs *jx_report_view_get_paragraphs (JxReportView *self);
void           jx_report_view_set_show_paragraphs (JxReportView *self,
                                                   gboolean      show);
/* The text of the page indicator ("Page 3 of 12"). */
const char    *jx_report_view_get_page_text  (JxReportView *self);

G_END_DECLS
