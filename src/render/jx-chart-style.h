/* SPDX-License-Identifier: GPL-3.0-or-later */
/* jx-chart-style.h: the colours, fill patterns and type sizes of the four chart styles. */
#pragma once

#include <cairo.h>
#include <glib.h>

#include "jx-chart.h"

G_BEGIN_DECLS

typedef struct {
  double r, g, b;
} JxRgb;

typedef enum {
  JX_HATCH_NONE,
  JX_HATCH_DIAGONAL,       /* ╱ */
  JX_HATCH_BACK_DIAGONAL,  /* ╲ */
  JX_HATCH_CROSS,          /* ╳ */
  JX_HATCH_HORIZONTAL,
  JX_HATCH_DOTS,
} JxHatch;

/* Fills: eight categorical ones, then fills with a meaning. */
#define JX_FILL_CATEGORICAL 8
enum {
  JX_FILL_GOOD = JX_FILL_CATEGORICAL,  /* target reached */
  JX_FILL_WARN,                        /* below target */
  JX_FILL_TRACK,                       /* the empty part of a bar (full marks) */
  JX_N_FILLS
};

typedef struct {
  JxRgb   colour;
  JxHatch hatch;
  JxRgb   ink;           /* hatch lines */
} JxFill;

typedef struct {
  JxChartStyleKind kind;
  JxRgb   background;
  JxRgb   text;
  JxRgb   muted;         /* secondary text */
  JxRgb   grid;
  JxRgb   axis;
  JxRgb   reference;     /* the 100% line */
  JxRgb   outline;       /* edge of fills (print: a thin dark rule) */
  gboolean outlined;
  JxFill  fills[JX_N_FILLS];
  double  scale;         /* type size relative to the light style */
  double  min_font;      /* smallest type, user units */
  double  max_font;      /* largest body type, user units */
  double  line;          /* line width relative to the type size */
  const char *family;
} JxChartStyle;

const JxChartStyle *jx_chart_style_get        (JxChartStyleKind kind);
const char         *jx_chart_style_to_string  (JxChartStyleKind kind);

void     jx_chart_style_set_rgb   (cairo_t     *cr,
                                   const JxRgb *colour);
/* Fills the current path with fill `index` (colour, then hatch lines clipped to the path)
 * and clears the path. `unit` is the hatch spacing. */
void     jx_chart_style_fill      (const JxChartStyle *style,
                                   cairo_t            *cr,
                                   int                 index,
                                   double              unit);
/* TRUE when dark text reads well on fill `index` (else white text). */
gboolean jx_chart_style_dark_text (const JxChartStyle *style,
                                   int                 index);
/* TRUE when the fill has a hatch, so text on it needs a plate behind it. */
gboolean jx_chart_style_hatched   (const JxChartStyle *style,
                                   int                 index);

G_END_DECLS
