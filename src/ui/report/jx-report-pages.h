/* SPDX-License-Identifier: GPL-3.0-or-later */
/* jx-report-pages.h: the report's pages one below the other on a grey backdrop, scrollable
 * (GtkScrollable: put it straight into a GtkScrolledWindow). Only the pages in view are asked
 * of the renderer, at the zoom shown and the screen's scale; a page not drawn yet is blank
 * paper, an older drawing stands (scaled) until the new one comes. The paper stays white in
 * dark mode. */
#pragma once

#include <gtk/gtk.h>

#include "jx-report-renderer.h"

G_BEGIN_DECLS

#define JX_TYPE_REPORT_PAGES (jx_report_pages_get_type ())
G_DECLARE_FINAL_TYPE (JxReportPages, jx_report_pages, JX, REPORT_PAGES, GtkWidget)

#define JX_REPORT_ZOOM_MIN 0.25
#define JX_REPORT_ZOOM_MAX 4.0

GtkWidget        *jx_report_pages_new              (JxReportRenderer *renderer);
JxReportRenderer *jx_report_pages_get_renderer     (JxReportPages    *self);
int               jx_report_pages_get_n_pages      (JxReportPages    *self);
/* The page (0-based) at the top third of the view; -1 with no pages. */
int               jx_report_pages_get_current_page (JxReportPages    *self);
/* Scrolls so that `page` (clamped) starts at the top of the view. */
void              jx_report_pages_show_page        (JxReportPages    *self,
                                                    int               page);
/* 1.0: the paper at its size (96 pixels an inch); clamped to the limits. Setting a zoom
 * ends fitting the page. */
double            jx_report_pages_get_zoom         (JxReportPages    *self);
void              jx_report_pages_set_zoom         (JxReportPages    *self,
                                                    double            zoom);
/* The zoom follows the size of the view: a whole page in it (the default). */
gboolean          jx_report_pages_get_fit_page    (JxReportPages    *self);
void              jx_report_pages_set_fit_page    (JxReportPages    *self,
                                                    gboolean          fit);
/* The next / previous step of the zoom ladder (50 % … 400 %). */
void              jx_report_pages_zoom_in          (JxReportPages    *self);
void              jx_report_pages_zoom_out         (JxReportPages    *self);
/* Whether `page` is shown with a drawing of the latest snapshot at the current zoom. */
gboolean          jx_report_pages_page_is_current  (JxReportPages    *self,
                                                    int               page);

G_END_DECLS
