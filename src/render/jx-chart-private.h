/* SPDX-License-Identifier: GPL-3.0-or-later */
/* jx-chart-private.h: the data of a chart, the drawing context shared by the chart kinds,
 * and the text, frame and axis helpers they use.
 *
 * Each kind has one function, _jx_chart_draw_<kind> (ctx, plot), that lays the chart out and
 * draws it. The same function serves hit-testing: then `ctx->hits` collects the regions, so
 * the layout is never written twice. */
#pragma once

#include <pango/pangocairo.h>
#include <string.h>

#include "jx-chart.h"
#include "jx-chart-style.h"
#include "jx-scoring.h"

G_BEGIN_DECLS

/* The chart's text in the language it speaks (jx-chart-lang.c): the report's Chinese while a
 * chart for the report is built or drawn, else the UI's. Every chart source includes
 * <glib/gi18n.h> before this header; xgettext reads the same keywords. */
const char *_jx_chart_gettext        (const char *msgid) G_GNUC_FORMAT (1);
const char *_jx_chart_pgettext       (const char *key, gsize context_length) G_GNUC_FORMAT (1);
const char *_jx_chart_ngettext       (const char *msgid, const char *plural, gulong n) G_GNUC_FORMAT (1);
gboolean    _jx_chart_speaks_chinese (void);
#undef _
#undef C_
#define _(String) _jx_chart_gettext (String)
#define C_(Context, String) _jx_chart_pgettext (Context "\004" String, strlen (Context) + 1)
#define g_dngettext(Domain, Msgid, Plural, N) _jx_chart_ngettext (Msgid, Plural, N)

#define JX_CHART_MAX_SERIES 4
/* A donut shows at most this many slices; the smallest others are merged. */
#define JX_CHART_MAX_SLICES 8

typedef enum {
  JX_CHART_KIND_DONUT,
  JX_CHART_KIND_STACKED,
  JX_CHART_KIND_HBARS,
  JX_CHART_KIND_GROUPED,
  JX_CHART_KIND_STEPS,
  JX_CHART_KIND_BULLET,
  JX_CHART_KIND_SCORES,
} JxChartKind;

typedef struct {
  char    *label;      /* full text (legend, text alternative); drawn wrapped or ellipsized */
  char    *group;      /* bullet: level-2 group; stacked: bracket over the items; or NULL */
  int      group_id;   /* consecutive items of one group share it */
  int      panel;      /* grouped bars: 0 by item, 1 totals */
  int      fill;       /* fill index (jx-chart-style.h) */
  gboolean delta;      /* steps: floats on the running total */
  double   value[JX_CHART_MAX_SERIES];  /* for geometry; NAN when not stated */
  char    *text[JX_CHART_MAX_SERIES];   /* value as printed; NULL when not stated */
  char    *note;       /* share, completion detail, score rate; or NULL */
  char    *badge;      /* grade; or NULL */
  char    *describe;   /* one line for hover and the text alternative */
} JxChartItem;

struct _JxChart {
  char       *id;
  char       *title;
  char       *subtitle;    /* department · year · unit */
  char       *summary;     /* "Total 3,751.00", "Total score 98 of 100, 优秀"; or NULL */
  char       *footnote;    /* or NULL */
  char       *empty_text;  /* drawn when there is nothing to draw */
  JxChartKind kind;
  guint       n_series;
  char       *series[JX_CHART_MAX_SERIES];  /* legend names */
  int         series_fill[JX_CHART_MAX_SERIES];
  char       *panels[2];   /* grouped bars: panel headings */
  GPtrArray  *items;       /* of JxChartItem* */
  gboolean    empty;
  int         group;       /* target-actual-<n>: n; else 0 */
  gboolean    chinese;     /* built for a Chinese report: drawn in Chinese too */
};

typedef struct {
  double x, y, w, h;
} JxRect;

typedef enum {
  JX_HIT_RECT,
  JX_HIT_SECTOR,
} JxHitShape;

typedef struct {
  JxHitShape  shape;
  double      x, y, w, h;      /* rectangle; sector: centre x, y; radii w (inner), h (outer) */
  double      a0, a1;          /* sector angles, radians, a0 < a1 */
  const char *text;            /* borrowed from the chart */
} JxChartHit;

typedef struct {
  const JxChart      *chart;
  const JxChartStyle *style;
  cairo_t            *cr;
  PangoContext       *pango;
  double              width, height;
  double              font;    /* body type size, user units */
  double              pad;
  GArray             *hits;    /* of JxChartHit, or NULL */
  GArray             *texts;   /* of JxRect: every text drawn, or NULL */
} JxChartCtx;

typedef enum {
  JX_ALIGN_START,
  JX_ALIGN_CENTER,
  JX_ALIGN_END,
} JxAlign;

/* jx-chart-data.c: the charts of a document. */
/* Every chart (as jx_charts_for_document), or the one of `id` (NULL when there is none);
 * from `sheet`, the document's score sheet (NULL computes one). */
GPtrArray  *_jx_chart_build_all      (const JxDocData *doc, const JxScoreSheet *sheet);
JxChart    *_jx_chart_build_one      (const JxDocData *doc, const JxScoreSheet *sheet, const char *id);
JxChart    *_jx_chart_new            (const char *id, JxChartKind kind, const char *title);
JxChartItem *_jx_chart_add_item      (JxChart *chart, const char *label);
void        _jx_chart_set_subtitle   (JxChart *chart, const JxDocData *doc, const char *unit);
void        _jx_chart_set_empty      (JxChart *chart, const char *reason);
/* jx-chart-data-indicators.c */
JxChart    *_jx_chart_new_target     (const JxDocData *doc, const JxScoreSheet *sheet,
                                      const JxIndicator *only, int n, guint from);
JxChart    *_jx_chart_new_scores     (const JxDocData *doc, const JxScoreSheet *sheet);
gboolean    _jx_chart_group_has_targets (const JxIndicator *group);
/* jx-chart-data-yoy.c: this year against last ("year-over-year"). */
JxChart    *_jx_chart_new_year_over_year (const JxDocData *doc);
/* "+43.84%", "−20.00%", "—" when there is no change to give (NAN). */
char       *_jx_chart_format_change  (double change);
char       *_jx_chart_format_number  (double value, int max_decimals, gboolean grouping);
/* A sum of drawn amounts in 万元 as the tables print it ("1,628.50"); "too large" beyond
 * what an amount holds, never a wrapped figure. */
char       *_jx_chart_format_wan_sum (double wan);

/* jx-chart.c */
void        _jx_chart_run            (const JxChart *chart, cairo_t *cr, double width,
                                      double height, JxChartStyleKind style,
                                      GArray *hits, GArray *texts);
/* The fills a chart uses (bit i: fill i); tests look for their colours. */
guint       _jx_chart_fills_used     (const JxChart *chart);

/* jx-chart-draw.c: text, frame, swatches, hits. */
double      _jx_ctx_size             (JxChartCtx *ctx, double factor);
double      _jx_ctx_line             (JxChartCtx *ctx);
PangoLayout *_jx_ctx_layout          (JxChartCtx *ctx, const char *text, double size,
                                      gboolean bold, double max_width, int max_lines);
void        _jx_layout_size          (PangoLayout *layout, double *width, double *height);
void        _jx_ctx_show             (JxChartCtx *ctx, PangoLayout *layout, double x,
                                      double y, const JxRgb *colour);
double      _jx_ctx_text             (JxChartCtx *ctx, const char *text, double x, double y,
                                      double size, gboolean bold, double max_width,
                                      int max_lines, JxAlign align, const JxRgb *colour);
/* The same, centred vertically on `cy`; returns the height. */
double      _jx_ctx_text_mid         (JxChartCtx *ctx, const char *text, double x, double cy,
                                      double size, gboolean bold, double max_width,
                                      int max_lines, JxAlign align, const JxRgb *colour);
double      _jx_ctx_text_height      (JxChartCtx *ctx, const char *text, double size,
                                      gboolean bold, double max_width, int max_lines);
double      _jx_ctx_text_width       (JxChartCtx *ctx, const char *text, double size,
                                      gboolean bold);
gboolean    _jx_ctx_frame            (JxChartCtx *ctx, JxRect *plot);
void        _jx_ctx_message          (JxChartCtx *ctx, const JxRect *area, const char *text);
void        _jx_ctx_swatch           (JxChartCtx *ctx, double x, double y, double size, int fill);
void        _jx_ctx_fill_rect        (JxChartCtx *ctx, double x, double y, double w, double h,
                                      int fill);
void        _jx_ctx_plate            (JxChartCtx *ctx, double x, double y, double w, double h);
void        _jx_ctx_hit_rect         (JxChartCtx *ctx, double x, double y, double w, double h,
                                      const char *text);
void        _jx_ctx_hit_sector       (JxChartCtx *ctx, double cx, double cy, double r0,
                                      double r1, double a0, double a1, const char *text);
/* A row of legend entries (swatch + name); returns its height. */
double      _jx_ctx_series_legend    (JxChartCtx *ctx, double x, double y, double max_width,
                                      guint n, const char * const *names, const int *fills);

double      _jx_ctx_series_legend_height (JxChartCtx *ctx, double max_width, guint n,
                                          const char * const *names);

/* Rows that fit: the type size of a row and how many rows are shown. */
typedef struct {
  double   size;       /* type size */
  double   height;     /* row height */
  guint    shown;      /* rows drawn */
  guint    hidden;     /* rows left out ("… and N more") */
  int      lines;      /* label lines allowed */
} JxRows;
/* `per_line`: row height per unit of type size; rows stretch to at most `spread` times
 * that when there is room. */
void        _jx_rows_fit             (JxChartCtx *ctx, double avail, guint n, double per_line,
                                      double spread, JxRows *rows);
/* "… and N more (see the text alternative)" at y; returns its height. */
double      _jx_ctx_more             (JxChartCtx *ctx, const JxRect *area, double y,
                                      guint hidden, double size);

/* jx-chart-axis.c */
double      _jx_nice_step            (double range, int ticks);
double      _jx_nice_ceil            (double value);

/* jx-chart-legend.c: swatch, name, amount, share rows (donut and stacked bar). */
typedef struct {
  const char *label;
  const char *amount;
  const char *share;
  const char *describe;
  int         fill;
  gboolean    has_swatch;
} JxLegendRow;
double      _jx_legend_measure       (JxChartCtx *ctx, const JxLegendRow *rows, guint n,
                                      double size, double *label_width);
void        _jx_legend_draw          (JxChartCtx *ctx, const JxRect *area,
                                      const JxLegendRow *rows, guint n);

/* One per kind. */
void        _jx_chart_draw_donut     (JxChartCtx *ctx, const JxRect *plot);
void        _jx_chart_draw_stacked   (JxChartCtx *ctx, const JxRect *plot);
void        _jx_chart_draw_hbars     (JxChartCtx *ctx, const JxRect *plot);
void        _jx_chart_draw_grouped   (JxChartCtx *ctx, const JxRect *plot);
void        _jx_chart_draw_steps     (JxChartCtx *ctx, const JxRect *plot);
void        _jx_chart_draw_bullet    (JxChartCtx *ctx, const JxRect *plot);
void        _jx_chart_draw_scores    (JxChartCtx *ctx, const JxRect *plot);

G_END_DECLS
