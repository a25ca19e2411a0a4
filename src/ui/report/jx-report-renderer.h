/* SPDX-License-Identifier: GPL-3.0-or-later */
/* jx-report-renderer.h: the report's pages for the screen, made on a thread of their own.
 *
 * The renderer takes a snapshot of the document (its canonical JSON), and on one dedicated
 * worker thread builds the report, paginates it with the same paginator as the PDF
 * (jx_report_paginate) and draws the pages it is asked for into cairo image surfaces
 * (jx_report_draw_page), white paper at the scale asked. The main thread never waits: it
 * hears ::paginated when a snapshot has its pages, ::page-ready for each page drawn. A
 * request for a page that is no longer wanted (scrolled away, another zoom, a newer
 * snapshot) is dropped before it is drawn. */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define JX_TYPE_REPORT_RENDERER (jx_report_renderer_get_type ())
G_DECLARE_FINAL_TYPE (JxReportRenderer, jx_report_renderer, JX, REPORT_RENDERER, GObject)

JxReportRenderer *jx_report_renderer_new          (void);
/* Starts building the report of `json` (a document's canonical JSON; taken). ::paginated
 * follows, unless a newer snapshot comes first. */
void              jx_report_renderer_set_json     (JxReportRenderer *self,
                                                   char             *json,
                                                   gsize             length);
/* Whether a snapshot is being built (the pages shown are of an older one). */
gboolean          jx_report_renderer_is_busy      (JxReportRenderer *self);
/* The pages of the latest paginated snapshot (0 before the first); the paper in points. */
int               jx_report_renderer_get_n_pages  (JxReportRenderer *self);
void              jx_report_renderer_get_paper    (JxReportRenderer *self,
                                                   double           *width_pt,
                                                   double           *height_pt);
/* The pages wanted now, [first, last] at `scale` pixels per point: requests outside are dropped. */
void              jx_report_renderer_set_wanted   (JxReportRenderer *self,
                                                   int               first,
                                                   int               last,
                                                   double            scale);
/* Asks for `page` at `scale` pixels per point; ::page-ready follows (once per request still
 * wanted). Asking again for a page in the works does nothing. */
void              jx_report_renderer_request      (JxReportRenderer *self,
                                                   int               page,
                                                   double            scale);
/* The generation of the latest paginated snapshot (counts up from 1). */
guint             jx_report_renderer_get_generation (JxReportRenderer *self);

G_END_DECLS
