/* SPDX-License-Identifier: GPL-3.0-or-later */
/* jx-chart-view.h: one chart of a document on screen (DESIGN.md §6).
 *
 * The widget draws the chart `chart-id` of its evaluation's document with jx_chart_render()
 * in the light or the dark style, following AdwStyleManager:dark, and keeps the drawing until
 * the data, the size or the style change. Hovering shows the value under the pointer as the
 * tooltip. It is focusable, an image to screen readers (label: the title, description: the
 * text alternative), and has a menu (corner button, right click, long press, Menu or
 * Shift+F10) to copy it as an image or as text, export it as PNG, SVG or PDF, and print it
 * (the window's win.print-chart action). */
#pragma once

#include <adwaita.h>

#include "jx-chart.h"
#include "jx-evaluation.h"

G_BEGIN_DECLS

#define JX_TYPE_CHART_VIEW (jx_chart_view_get_type ())
G_DECLARE_FINAL_TYPE (JxChartView, jx_chart_view, JX, CHART_VIEW, GtkWidget)

/* The width of the text column of an A4 page, which exports are sized for. */
#define JX_CHART_VIEW_A4_WIDTH_CM 16.0

GtkWidget        *jx_chart_view_new             (const char    *chart_id);

JxEvaluation     *jx_chart_view_get_evaluation  (JxChartView   *self);
/* Shows the chart of `evaluation`'s document; NULL empties the widget. */
void              jx_chart_view_set_evaluation  (JxChartView   *self,
                                                 JxEvaluation  *evaluation);
const char       *jx_chart_view_get_chart_id    (JxChartView   *self);
void              jx_chart_view_set_chart_id    (JxChartView   *self,
                                                 const char    *chart_id);
/* Natural height ÷ width (0.5 by default); the height stays within 280 and 520 pixels
 * unless the chart has many rows. */
double            jx_chart_view_get_aspect      (JxChartView   *self);
void              jx_chart_view_set_aspect      (JxChartView   *self,
                                                 double         aspect);

/* The aspect that suits chart `chart_id` on a page: a flat stacked bar is kept low, a ring
 * with its legend or a chart of groups is higher. */
double            jx_chart_view_aspect_for_id   (const char    *chart_id);

/* The chart shown, or NULL (no evaluation, or no chart of that id in the document). */
const JxChart    *jx_chart_view_get_chart       (JxChartView   *self);
/* The style drawn on screen now: JX_CHART_STYLE_LIGHT or JX_CHART_STYLE_DARK. */
JxChartStyleKind  jx_chart_view_get_style       (JxChartView   *self);
/* What hovering at (x, y) of the widget shows, or NULL. */
char             *jx_chart_view_describe_at     (JxChartView   *self,
                                                 double         x,
                                                 double         y);
/* The title and every value as text (what Copy Text copies); NULL without a chart. */
char             *jx_chart_view_dup_text        (JxChartView   *self);

/* The chart drawn in `style` at the widget's size, `scale` times as many pixels
 * (Copy as Image: the print style at 2×). NULL without a chart or a size. */
GdkTexture       *jx_chart_view_render_texture  (JxChartView   *self,
                                                 JxChartStyleKind style,
                                                 int            scale);
/* Puts the image (a texture, and the text alternative as text) on the clipboard. */
gboolean          jx_chart_view_copy_image      (JxChartView   *self);
gboolean          jx_chart_view_copy_text       (JxChartView   *self);

/* The size of an export for the text column of an A4 page: pixels at `dpi` for "png",
 * points for "svg" and "pdf" (`dpi` is ignored). The height suits the chart. */
void              jx_chart_view_get_export_size (JxChartView   *self,
                                                 const char    *format,
                                                 double         dpi,
                                                 int           *width,
                                                 int           *height);
/* Writes the chart to `path` (PNG, SVG or PDF by its extension) as the export dialogs do. */
gboolean          jx_chart_view_export          (JxChartView   *self,
                                                 const char    *path,
                                                 int            width,
                                                 int            height,
                                                 JxChartStyleKind style,
                                                 GError       **error);

G_END_DECLS
