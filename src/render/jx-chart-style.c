/* SPDX-License-Identifier: GPL-3.0-or-later */
/* jx-chart-style.c: the four chart styles.
 *
 * Light and dark follow the GNOME palette. Print is meant for A4 in colour or black and
 * white: its fills differ in lightness and, where lightness alone could be confused, carry a
 * hatch, so no two fills rely on hue alone. Projector has large type, heavier lines and
 * saturated colours on white, which survive a washed-out beamer. */
#define G_LOG_DOMAIN "jx-chart"

#include "config.h"

#include <math.h>

#include "jx-chart-style.h"

#define RGB(h) { (((h) >> 16) & 0xff) / 255.0, (((h) >> 8) & 0xff) / 255.0, ((h) & 0xff) / 255.0 }
#define SOLID(h) { RGB (h), JX_HATCH_NONE, RGB (0x000000) }
#define HATCH(h, kind, ink) { RGB (h), kind, RGB (ink) }
#define FAMILY "Noto Sans CJK SC, Noto Sans CJK, Source Han Sans SC, WenQuanYi Micro Hei, sans-serif"

static const JxChartStyle styles[] = {
  [JX_CHART_STYLE_LIGHT] = {
    .kind = JX_CHART_STYLE_LIGHT,
    .background = RGB (0xffffff),
    .text = RGB (0x241f31),
    .muted = RGB (0x5e5c64),
    .grid = RGB (0xdeddda),
    .axis = RGB (0x77767b),
    .reference = RGB (0x241f31),
    .outline = RGB (0xffffff),
    .outlined = FALSE,
    .fills = {
      SOLID (0x1c71d8), SOLID (0xe66100), SOLID (0x2ec27e), SOLID (0x9141ac),
      SOLID (0xf5c211), SOLID (0xc01c28), SOLID (0x99c1f1), SOLID (0x865e3c),
      [JX_FILL_GOOD] = SOLID (0x26a269),
      [JX_FILL_WARN] = SOLID (0xe66100),
      [JX_FILL_TRACK] = SOLID (0xdeddda),
    },
    .scale = 1.0,
    .min_font = 10,
    .max_font = 40,
    .line = 0.08,
    .family = FAMILY,
  },
  [JX_CHART_STYLE_DARK] = {
    .kind = JX_CHART_STYLE_DARK,
    .background = RGB (0x242424),
    .text = RGB (0xffffff),
    .muted = RGB (0xc0bfbc),
    .grid = RGB (0x4a4a4f),
    .axis = RGB (0x9a9996),
    .reference = RGB (0xffffff),
    .outline = RGB (0x242424),
    .outlined = FALSE,
    .fills = {
      SOLID (0x62a0ea), SOLID (0xffa348), SOLID (0x57e389), SOLID (0xc061cb),
      SOLID (0xf8e45c), SOLID (0xf66151), SOLID (0x1a5fb4), SOLID (0xcdab8f),
      [JX_FILL_GOOD] = SOLID (0x57e389),
      [JX_FILL_WARN] = SOLID (0xffa348),
      [JX_FILL_TRACK] = SOLID (0x5e5c64),
    },
    .scale = 1.0,
    .min_font = 10,
    .max_font = 40,
    .line = 0.08,
    .family = FAMILY,
  },
  [JX_CHART_STYLE_PRINT] = {
    .kind = JX_CHART_STYLE_PRINT,
    .background = RGB (0xffffff),
    .text = RGB (0x000000),
    .muted = RGB (0x3d3d3d),
    .grid = RGB (0xc8c8c8),
    .axis = RGB (0x000000),
    .reference = RGB (0x000000),
    .outline = RGB (0x000000),
    .outlined = TRUE,
    .fills = {
      /* Three solid lightness steps of one ink first, then hatches. */
      SOLID (0x1f3a5f),                                      /* dark */
      SOLID (0x6a93c0),                                      /* middle */
      SOLID (0xc9d9ea),                                      /* light */
      HATCH (0xffffff, JX_HATCH_CROSS, 0x1f3a5f),            /* white, ╳ */
      HATCH (0x3d3d3d, JX_HATCH_BACK_DIAGONAL, 0xffffff),    /* dark grey, ╲ */
      HATCH (0xa9c4e0, JX_HATCH_DIAGONAL, 0x1f3a5f),         /* light, ╱ */
      HATCH (0x8c8c8c, JX_HATCH_HORIZONTAL, 0xffffff),       /* grey, ═ */
      HATCH (0xffffff, JX_HATCH_DOTS, 0x000000),             /* white, dots */
      [JX_FILL_GOOD] = SOLID (0x1f3a5f),
      [JX_FILL_WARN] = HATCH (0xf4c7a1, JX_HATCH_DIAGONAL, 0x000000),
      [JX_FILL_TRACK] = SOLID (0xeeeeee),
    },
    .scale = 1.3,
    .min_font = 9,     /* points: the smallest type a printed A4 page reads */
    .max_font = 44,
    .line = 0.07,
    .family = FAMILY,
  },
  [JX_CHART_STYLE_PROJECTOR] = {
    .kind = JX_CHART_STYLE_PROJECTOR,
    .background = RGB (0xffffff),
    .text = RGB (0x000000),
    .muted = RGB (0x303030),
    .grid = RGB (0xb0b0b0),
    .axis = RGB (0x000000),
    .reference = RGB (0x000000),
    .outline = RGB (0xffffff),
    .outlined = FALSE,
    .fills = {
      SOLID (0x1a5fb4), SOLID (0xc64600), SOLID (0x26a269), SOLID (0x613583),
      SOLID (0xe5a50a), SOLID (0xa51d2d), SOLID (0x62a0ea), SOLID (0x63452c),
      [JX_FILL_GOOD] = SOLID (0x1a7f37),
      /* hatched as well as orange: reached and missed differ without hue (deuteranopia) */
      [JX_FILL_WARN] = HATCH (0xc64600, JX_HATCH_DIAGONAL, 0xffffff),
      [JX_FILL_TRACK] = SOLID (0xd0d0d0),
    },
    .scale = 1.45,
    .min_font = 13,
    .max_font = 56,
    .line = 0.1,
    .family = FAMILY,
  },
  /* The slides draw a chart 1.5 times its size (jx-slides.c): min_font 19 is 28.5 px on a
   * 1920 × 1080 slide, the smallest type the back of a meeting room reads. */
  [JX_CHART_STYLE_SLIDE] = {
    .kind = JX_CHART_STYLE_SLIDE,
    .background = RGB (0xffffff),
    .text = RGB (0x000000),
    .muted = RGB (0x303030),
    .grid = RGB (0xb0b0b0),
    .axis = RGB (0x000000),
    .reference = RGB (0x000000),
    .outline = RGB (0xffffff),
    .outlined = FALSE,
    .fills = {
      SOLID (0x1a5fb4), SOLID (0xc64600), SOLID (0x26a269), SOLID (0x613583),
      SOLID (0xe5a50a), SOLID (0xa51d2d), SOLID (0x62a0ea), SOLID (0x63452c),
      [JX_FILL_GOOD] = SOLID (0x1a7f37),
      [JX_FILL_WARN] = SOLID (0xc64600),
      [JX_FILL_TRACK] = SOLID (0xd0d0d0),
    },
    .scale = 1.6,
    .min_font = 19,
    .max_font = 56,
    .line = 0.1,
    .family = FAMILY,
  },
  /* On the dark slide's own background (the whole slide is one colour, no panel). */
  [JX_CHART_STYLE_SLIDE_DARK] = {
    .kind = JX_CHART_STYLE_SLIDE_DARK,
    .background = RGB (0x17171a),
    .text = RGB (0xffffff),
    .muted = RGB (0xd0cfcc),
    .grid = RGB (0x4a4a4f),
    .axis = RGB (0xc0bfbc),
    .reference = RGB (0xffffff),
    .outline = RGB (0x17171a),
    .outlined = FALSE,
    .fills = {
      SOLID (0x62a0ea), SOLID (0xffa348), SOLID (0x57e389), SOLID (0xc061cb),
      SOLID (0xf8e45c), SOLID (0xf66151), SOLID (0x1a5fb4), SOLID (0xcdab8f),
      [JX_FILL_GOOD] = SOLID (0x57e389),
      [JX_FILL_WARN] = SOLID (0xffa348),
      [JX_FILL_TRACK] = SOLID (0x5e5c64),
    },
    .scale = 1.6,
    .min_font = 19,
    .max_font = 56,
    .line = 0.1,
    .family = FAMILY,
  },
};

static const char * const style_names[] = {
  [JX_CHART_STYLE_LIGHT] = "light",
  [JX_CHART_STYLE_DARK] = "dark",
  [JX_CHART_STYLE_PRINT] = "print",
  [JX_CHART_STYLE_PROJECTOR] = "projector",
  [JX_CHART_STYLE_SLIDE] = "slide",
  [JX_CHART_STYLE_SLIDE_DARK] = "slide-dark",
};

const JxChartStyle *
jx_chart_style_get (JxChartStyleKind kind)
{
  g_return_val_if_fail ((guint) kind < G_N_ELEMENTS (styles), &styles[JX_CHART_STYLE_LIGHT]);
  return &styles[kind];
}

const char *
jx_chart_style_to_string (JxChartStyleKind kind)
{
  g_return_val_if_fail ((guint) kind < G_N_ELEMENTS (style_names), NULL);
  return style_names[kind];
}

gboolean
jx_chart_style_from_string (const char       *name,
                            JxChartStyleKind *kind)
{
  guint i;

  g_return_val_if_fail (kind != NULL, FALSE);
  if (name == NULL)
    return FALSE;
  for (i = 0; i < G_N_ELEMENTS (style_names); i++)
    if (g_ascii_strcasecmp (name, style_names[i]) == 0)
      {
        *kind = (JxChartStyleKind) i;
        return TRUE;
      }
  return FALSE;
}

void
jx_chart_style_set_rgb (cairo_t     *cr,
                        const JxRgb *colour)
{
  cairo_set_source_rgb (cr, colour->r, colour->g, colour->b);
}

static void
stroke_lines (cairo_t *cr,
              double   x1,
              double   y1,
              double   x2,
              double   y2,
              double   unit,
              double   slope)
{
  double span = (x2 - x1) + (y2 - y1);
  double t;

  /* Lines y = slope·x + c, c stepping so that every point of the box is crossed. */
  for (t = -span; t <= span; t += unit)
    {
      if (slope > 0)
        {
          cairo_move_to (cr, x1 + t, y2);
          cairo_line_to (cr, x1 + t + span, y2 - span);
        }
      else
        {
          cairo_move_to (cr, x1 + t, y1);
          cairo_line_to (cr, x1 + t + span, y1 + span);
        }
    }
  cairo_stroke (cr);
}

void
jx_chart_style_fill (const JxChartStyle *style,
                     cairo_t            *cr,
                     int                 index,
                     double              unit)
{
  const JxFill *fill;
  double x1, y1, x2, y2;
  double y;
  double x;

  g_return_if_fail (index >= 0 && index < JX_N_FILLS);
  fill = &style->fills[index];
  unit = MAX (unit, 2.0);

  cairo_save (cr);
  jx_chart_style_set_rgb (cr, &fill->colour);
  cairo_fill_preserve (cr);
  if (fill->hatch != JX_HATCH_NONE)
    {
      cairo_clip_preserve (cr);
      cairo_fill_extents (cr, &x1, &y1, &x2, &y2);
      cairo_new_path (cr);
      jx_chart_style_set_rgb (cr, &fill->ink);
      cairo_set_line_width (cr, MAX (unit * 0.16, 0.5));
      cairo_set_line_cap (cr, CAIRO_LINE_CAP_BUTT);
      switch (fill->hatch)
        {
        case JX_HATCH_DIAGONAL:
          stroke_lines (cr, x1, y1, x2, y2, unit, 1);
          break;
        case JX_HATCH_BACK_DIAGONAL:
          stroke_lines (cr, x1, y1, x2, y2, unit, -1);
          break;
        case JX_HATCH_CROSS:
          stroke_lines (cr, x1, y1, x2, y2, unit * 1.3, 1);
          stroke_lines (cr, x1, y1, x2, y2, unit * 1.3, -1);
          break;
        case JX_HATCH_HORIZONTAL:
          for (y = y1 + unit / 2; y < y2; y += unit)
            {
              cairo_move_to (cr, x1, y);
              cairo_line_to (cr, x2, y);
            }
          cairo_stroke (cr);
          break;
        case JX_HATCH_DOTS:
          for (y = y1 + unit / 2; y < y2 + unit; y += unit)
            for (x = x1 + unit / 2; x < x2 + unit; x += unit)
              {
                cairo_new_sub_path (cr);
                cairo_arc (cr, x, y, unit * 0.17, 0, 2 * G_PI);
              }
          cairo_fill (cr);
          break;
        case JX_HATCH_NONE:
        default:
          break;
        }
    }
  cairo_restore (cr);
  cairo_new_path (cr);
}

static double
luminance (const JxRgb *c)
{
  return 0.2126 * c->r + 0.7152 * c->g + 0.0722 * c->b;
}

gboolean
jx_chart_style_dark_text (const JxChartStyle *style,
                          int                 index)
{
  g_return_val_if_fail (index >= 0 && index < JX_N_FILLS, TRUE);
  return luminance (&style->fills[index].colour) > 0.45;
}

gboolean
jx_chart_style_hatched (const JxChartStyle *style,
                        int                 index)
{
  g_return_val_if_fail (index >= 0 && index < JX_N_FILLS, FALSE);
  return style->fills[index].hatch != JX_HATCH_NONE;
}
