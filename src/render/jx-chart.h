/* SPDX-License-Identifier: GPL-3.0-or-later */
/* jx-chart.h: a chart = data computed from the document + a kind + a style. One drawing
 * function, jx_chart_render(), serves the screen widget, printing and export. */
#pragma once

#include <cairo.h>

#include "jx-scoring.h"
#include "jx-types.h"

G_BEGIN_DECLS

typedef enum {
  JX_CHART_STYLE_LIGHT,      /* screen, light */
  JX_CHART_STYLE_DARK,       /* screen, dark */
  JX_CHART_STYLE_PRINT,      /* A4, greyscale-safe (patterns / distinct lightness) */
  JX_CHART_STYLE_PROJECTOR,  /* large type, high contrast */
  JX_CHART_STYLE_SLIDE,      /* a slide of the presentation: projector type, no label under 28 px at 1080p */
  JX_CHART_STYLE_SLIDE_DARK, /* the same on the dark slide's background */
  JX_CHART_N_STYLES
} JxChartStyleKind;

typedef struct _JxChart JxChart;

/* Every chart of a document, in the order pages and the report show them (of JxChart*). */
GPtrArray  *jx_charts_for_document      (const JxDocData *doc);
/* One chart by id ("revenue", "spending-function", …); NULL when there is no such id. Only
 * that chart is built. */
JxChart    *jx_chart_new_for_id         (const JxDocData *doc,
                                         const char      *id);
/* The same from the document's score sheet, already computed (the window's evaluation). */
JxChart    *jx_chart_new_for_sheet      (const JxDocData    *doc,
                                         const JxScoreSheet *sheet,
                                         const char         *id);
void        jx_chart_free               (JxChart         *chart);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (JxChart, jx_chart_free)

/* The id of the target-actual chart of one level-2 indicator (a group, "target-actual-3"),
 * so the indicator page can show the chart of the group it shows; NULL when the group has
 * no indicator with a numeric target. Free with g_free(). */
char       *jx_chart_id_for_group       (const JxDocData   *doc,
                                         const JxIndicator *group);

/* The same for every level-2 indicator, in document order (a NULL entry for a group without
 * a chart): one pass over the document. */
GPtrArray  *jx_chart_ids_for_groups     (const JxDocData   *doc);

/* Whether the chart is worth showing: it has data and draws at least two bars (slices,
 * steps); the report, the slides and --list-charts leave the others out. */
gboolean    jx_chart_is_offered         (const JxChart   *chart);

const char *jx_chart_get_id             (const JxChart   *chart);
/* Translated title, e.g. "收入结构". */
const char *jx_chart_get_title          (const JxChart   *chart);

/* Draws the whole chart into (0, 0, width, height) of `cr`, in user units. */
void        jx_chart_render             (const JxChart   *chart,
                                         cairo_t         *cr,
                                         double           width,
                                         double           height,
                                         JxChartStyleKind style);

/* The same on a background of the caller's instead of the style's (on screen: the colour of
 * the card the chart is in, so a chart card looks like every other card). */
void        jx_chart_render_on          (const JxChart   *chart,
                                         cairo_t         *cr,
                                         double           width,
                                         double           height,
                                         JxChartStyleKind style,
                                         double           red,
                                         double           green,
                                         double           blue);

/* Title and every value as plain text (screen readers, clipboard). */
char       *jx_chart_dup_text_alternative (const JxChart *chart);

/* What is under (x, y) in a chart drawn at width × height ("一般公共预算财政拨款收入
 * 2,725.07 万元 (72.65%)"), or NULL: the screen widget shows it on hover. For a chart drawn
 * in the light or dark style (they share one layout). */
char       *jx_chart_describe_at        (const JxChart   *chart,
                                         double           width,
                                         double           height,
                                         double           x,
                                         double           y);
/* The same for a chart drawn in `style` (print and projector type is larger, so the layout
 * differs): presentation mode hovers with JX_CHART_STYLE_PROJECTOR. */
char       *jx_chart_describe_at_style  (const JxChart   *chart,
                                         double           width,
                                         double           height,
                                         JxChartStyleKind style,
                                         double           x,
                                         double           y);

/* Writes the chart to `path`: PNG, SVG or PDF by its extension. `width` and `height` are
 * pixels for PNG, points for SVG and PDF. */
gboolean    jx_chart_export             (const JxChart   *chart,
                                         const char      *path,
                                         int              width,
                                         int              height,
                                         JxChartStyleKind style,
                                         GError         **error);

/* "light", "dark", "print", "projector" → kind; FALSE when unknown. */
gboolean    jx_chart_style_from_string  (const char       *name,
                                         JxChartStyleKind *kind);

/* The kind of file jx_chart_export() writes for `path` ("png", "svg", "pdf", by its
 * extension, any case), or NULL when it writes none. */
const char *jx_chart_export_format      (const char       *path);

/* Whether the charts built (and drawn) from here on in this thread speak Chinese whatever the
 * locale, as the report does; returns the previous setting, to restore. A chart keeps the
 * language it was built in. */
gboolean    jx_chart_set_chinese        (gboolean         chinese);

/* Rows of a chart (bars, slices); 0 when empty. */
guint       jx_chart_get_n_rows         (const JxChart   *chart);
/* Where the pieces of at most `max_rows` rows start (of guint, the first 0): at the first row
 * of a group where the group fits, else where a piece is full (jx-chart-slice.c). */
GArray     *jx_chart_slice_starts       (const JxChart   *chart,
                                         guint            max_rows);
/* Rows [first, first + n_rows) of `chart` as a chart of their own, the same title, legend
 * and scale kind: a long chart on paper, piece after piece. */
JxChart    *jx_chart_new_slice          (const JxChart   *chart,
                                         guint            first,
                                         guint            n_rows);

G_END_DECLS
