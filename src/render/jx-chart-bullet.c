/* SPDX-License-Identifier: GPL-3.0-or-later */
/* jx-chart-bullet.c: target against actual for each quantitative indicator: a bar of the
 * completion (actual ÷ target) against a 100% line, the completion printed at its end.
 *
 * Completions run from 50% to thousands of percent (the sample has 1383% and 1651%). Up to
 * 250% the scale is linear; beyond, the first 62% of the room is linear up to 200% and the
 * rest logarithmic up to the largest value, with a break mark on the axis and on each bar
 * that crosses it. The true figure is always printed. */
#define G_LOG_DOMAIN "jx-chart"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "jx-chart-private.h"

#define PER_LINE 1.55
#define BREAK 200.0
#define LINEAR_SHARE 0.62

typedef struct {
  double x0, room;
  double max;          /* right end of the scale, percent */
  gboolean broken;     /* linear to BREAK, then logarithmic */
} Scale;

static double
scale_x (const Scale *s,
         double       p)
{
  p = CLAMP (p, 0, s->max);
  if (!s->broken)
    return s->x0 + s->room * p / s->max;
  if (p <= BREAK)
    return s->x0 + s->room * LINEAR_SHARE * p / BREAK;
  return s->x0 + s->room * (LINEAR_SHARE + (1 - LINEAR_SHARE) * log (p / BREAK) / log (s->max / BREAK));
}

static void
scale_init (Scale  *s,
            double  max_completion)
{
  static const double mantissas[] = { 1, 2, 3, 5 };
  double decade;
  guint i;

  s->broken = max_completion > 250;
  if (max_completion <= 150)
    s->max = MAX (120, ceil (max_completion / 25 - 1e-9) * 25);
  else if (!s->broken)
    s->max = ceil (max_completion / 50 - 1e-9) * 50;
  else
    for (decade = 100; ; decade *= 10)
      for (i = 0; i < G_N_ELEMENTS (mantissas); i++)
        if (mantissas[i] * decade >= max_completion || decade > 1e12)
          {
            s->max = mantissas[i] * decade;
            return;
          }
}

/* A break mark: two short slanted strokes across (x, y … y + h). */
static void
break_mark (JxChartCtx  *ctx,
            double       x,
            double       y,
            double       h,
            const JxRgb *colour,
            double       width)
{
  cairo_t *cr = ctx->cr;
  double d = h * 0.35;
  double gap = MAX (ctx->font * 0.22, 2);

  cairo_move_to (cr, x - gap / 2 - d / 2, y + h);
  cairo_line_to (cr, x - gap / 2 + d / 2, y);
  cairo_move_to (cr, x + gap / 2 - d / 2, y + h);
  cairo_line_to (cr, x + gap / 2 + d / 2, y);
  cairo_set_line_width (cr, width);
  jx_chart_style_set_rgb (cr, colour);
  cairo_stroke (cr);
}

static void
draw_axis (JxChartCtx  *ctx,
           const Scale *s,
           double       top,
           double       bottom,
           double       size,
           double       left,
           double       right)
{
  static const double logs[] = { 300, 500, 1000, 2000, 3000, 5000, 10000, 20000, 50000, 100000,
                                 200000, 500000, 1000000 };
  const JxChartStyle *style = ctx->style;
  cairo_t *cr = ctx->cr;
  double ticks[32];
  guint n = 0, i;
  double step = s->broken ? 50 : s->max <= 150 ? 25 : 50;
  double p;
  double placed[32][2];
  guint n_placed = 0;
  int pass;

  for (p = 0; p <= (s->broken ? BREAK : s->max) + 1e-9 && n < 16; p += step)
    ticks[n++] = p;
  if (s->broken)
    for (i = 0; i < G_N_ELEMENTS (logs) && logs[i] <= s->max + 1e-9; i++)
      ticks[n++] = logs[i];

  /* Grid lines, then the labels: 100% first, each other one only where it touches none. */
  for (i = 0; i < n; i++)
    {
      double x = scale_x (s, ticks[i]);

      cairo_move_to (cr, x, top);
      cairo_line_to (cr, x, bottom);
    }
  cairo_set_line_width (cr, _jx_ctx_line (ctx) * 0.5);
  jx_chart_style_set_rgb (cr, &style->grid);
  cairo_stroke (cr);
  for (pass = 0; pass < 2; pass++)
    for (i = 0; i < n; i++)
      {
        g_autofree char *label = g_strdup_printf ("%.0f%%", ticks[i]);
        gboolean target = ticks[i] == 100;
        double x = scale_x (s, ticks[i]);
        double w = _jx_ctx_text_width (ctx, label, size, target);
        gboolean free = TRUE;
        guint k;

        if (target != (pass == 0))
          continue;
        for (k = 0; k < n_placed; k++)
          free &= x + w / 2 + size * 0.5 < placed[k][0] || x - w / 2 - size * 0.5 > placed[k][1];
        if (!free || x + w / 2 > right || x - w / 2 < left)
          continue;
        _jx_ctx_text (ctx, label, x, bottom + size * 0.25, size, target, -1, 1, JX_ALIGN_CENTER,
                      target ? &style->text : &style->muted);
        placed[n_placed][0] = x - w / 2;
        placed[n_placed][1] = x + w / 2;
        n_placed++;
      }
  cairo_move_to (cr, s->x0, bottom);
  cairo_line_to (cr, s->x0 + s->room, bottom);
  cairo_set_line_width (cr, _jx_ctx_line (ctx));
  jx_chart_style_set_rgb (cr, &style->axis);
  cairo_stroke (cr);
  if (s->broken)
    {
      double x = scale_x (s, BREAK);

      cairo_rectangle (cr, x - size * 0.35, bottom - size * 0.45, size * 0.7, size * 0.9);
      jx_chart_style_set_rgb (cr, &style->background);
      cairo_fill (cr);
      break_mark (ctx, x, bottom - size * 0.45, size * 0.9, &style->axis, _jx_ctx_line (ctx));
    }
}

void
_jx_chart_draw_bullet (JxChartCtx   *ctx,
                       const JxRect *plot)
{
  const JxChart *chart = ctx->chart;
  const JxChartStyle *style = ctx->style;
  cairo_t *cr = ctx->cr;
  guint n = chart->items->len;
  gboolean groups = FALSE;
  double max = 0, size, small, group_w = 0, label_w = 0, value_w = 0, top, bottom, x;
  double gap, legend_h, note_h, shift;
  const char *note;
  JxRows fit;
  Scale s = { 0 };
  guint i, g0;

  for (i = 0; i < n; i++)
    {
      const JxChartItem *item = g_ptr_array_index (chart->items, i);

      groups |= item->group != NULL;
      if (!isnan (item->value[0]))
        max = MAX (max, item->value[0]);
    }
  scale_init (&s, max);

  note = s.broken ? _("Scale compressed above 200% (logarithmic); figures are exact.") : NULL;
  legend_h = _jx_ctx_series_legend_height (ctx, plot->w, chart->n_series, (const char * const *) chart->series);
  note_h = _jx_ctx_text_height (ctx, note, _jx_ctx_size (ctx, 0.8), FALSE, plot->w, 1);
  top = plot->y + legend_h + note_h + ctx->font * 0.5;
  small = _jx_ctx_size (ctx, 0.8);
  bottom = plot->y + plot->h - small * 1.9;
  _jx_rows_fit (ctx, bottom - top, n, PER_LINE, 2.3, &fit);
  if (fit.shown == 0)
    return;
  /* Legend, rows and scale as one block in the middle of the room. */
  shift = MAX (0, (bottom - top - fit.shown * fit.height - (fit.hidden > 0 ? style->min_font * 1.5 : 0)) / 2);
  top += shift;
  _jx_ctx_series_legend (ctx, plot->x, plot->y + shift, plot->w, chart->n_series,
                         (const char * const *) chart->series, chart->series_fill);
  _jx_ctx_text (ctx, note, plot->x, plot->y + shift + legend_h, _jx_ctx_size (ctx, 0.8), FALSE, plot->w, 1,
                JX_ALIGN_START, &style->muted);
  size = fit.size;
  gap = size * 0.7;
  small = MAX (size * 0.85, style->min_font);
  bottom = top + fit.shown * fit.height;

  for (i = 0; i < n; i++)
    {
      const JxChartItem *item = g_ptr_array_index (chart->items, i);

      if (item->group != NULL)
        group_w = MAX (group_w, _jx_ctx_text_width (ctx, item->group, size, TRUE));
      label_w = MAX (label_w, _jx_ctx_text_width (ctx, item->label, size, FALSE));
      if (fit.lines >= 2)
        label_w = MAX (label_w, _jx_ctx_text_width (ctx, item->note, small, FALSE));
      if (item->text[0] != NULL)
        value_w = MAX (value_w, _jx_ctx_text_width (ctx, item->text[0], size, TRUE));
    }
  group_w = groups ? MIN (group_w + 1, plot->w * 0.13) : 0;
  label_w = MIN (label_w + 1, plot->w * (groups ? 0.26 : 0.32));
  s.x0 = plot->x + (groups ? group_w + gap : 0) + label_w + gap;
  s.room = plot->x + plot->w - s.x0 - size * 0.4 - value_w;
  if (s.room < size * 3 || label_w < size * 1.5 || (groups && group_w < size * 1.5))
    return;

  draw_axis (ctx, &s, top, bottom, small, plot->x, plot->x + plot->w);

  /* Bars first, then the 100% line over them, then the texts over both. */
  for (i = 0; i < fit.shown; i++)
    {
      const JxChartItem *item = g_ptr_array_index (chart->items, i);
      double cy = top + (i + 0.5) * fit.height;
      double bh = MIN (fit.height * 0.55, size * 1.3);
      double xe;

      if (isnan (item->value[0]))
        continue;
      xe = scale_x (&s, item->value[0]);
      _jx_ctx_fill_rect (ctx, s.x0, cy - bh / 2, MAX (xe - s.x0, _jx_ctx_line (ctx)), bh, item->fill);
      if (s.broken && item->value[0] > BREAK)
        break_mark (ctx, scale_x (&s, BREAK), cy - bh / 2 - size * 0.1, bh + size * 0.2,
                    &style->background, _jx_ctx_line (ctx) * 1.6);
    }

  x = scale_x (&s, 100);
  cairo_move_to (cr, x, top - size * 0.2);
  cairo_line_to (cr, x, bottom);
  cairo_set_line_width (cr, _jx_ctx_line (ctx) * 1.8);
  jx_chart_style_set_rgb (cr, &style->reference);
  cairo_stroke (cr);

  g0 = 0;
  for (i = 0; i < fit.shown; i++)
    {
      const JxChartItem *item = g_ptr_array_index (chart->items, i);
      double ry = top + i * fit.height;
      double cy = ry + fit.height / 2;
      double lx = plot->x + (groups ? group_w + gap : 0);
      gboolean last_of_group = i + 1 == fit.shown
        || ((const JxChartItem *) g_ptr_array_index (chart->items, i + 1))->group_id != item->group_id;

      if (fit.lines >= 2 && item->note != NULL)
        {
          _jx_ctx_text_mid (ctx, item->label, lx, cy - size * 0.62, size, FALSE, label_w, 1,
                            JX_ALIGN_START, &style->text);
          _jx_ctx_text_mid (ctx, item->note, lx, cy + size * 0.68, small, FALSE, label_w, 1,
                            JX_ALIGN_START, &style->muted);
        }
      else
        _jx_ctx_text_mid (ctx, item->label, lx, cy, size, FALSE, label_w, 1, JX_ALIGN_START, &style->text);

      if (!isnan (item->value[0]))
        {
          double xe = scale_x (&s, item->value[0]);
          double tw = _jx_ctx_text_width (ctx, item->text[0], size, TRUE);

          _jx_ctx_plate (ctx, xe + size * 0.2, cy - size * 0.7, tw + size * 0.4, size * 1.4);
          _jx_ctx_text_mid (ctx, item->text[0], xe + size * 0.4, cy, size, TRUE, -1, 1, JX_ALIGN_START,
                            &style->text);
        }
      else
        {
          double room = s.room + value_w - size * 0.4;
          double tw = MIN (_jx_ctx_text_width (ctx, item->text[1], small, FALSE), room);

          _jx_ctx_plate (ctx, s.x0 + size * 0.2, cy - small * 0.7, tw + size * 0.4, small * 1.4);
          _jx_ctx_text_mid (ctx, item->text[1], s.x0 + size * 0.4, cy, small, FALSE, room, 1,
                            JX_ALIGN_START, &style->muted);
        }
      _jx_ctx_hit_rect (ctx, lx, ry, plot->x + plot->w - lx, fit.height, item->describe);

      if (groups && last_of_group)
        {
          const JxChartItem *first = g_ptr_array_index (chart->items, g0);
          double band_y = top + g0 * fit.height;
          double band_h = (i + 1 - g0) * fit.height;
          int lines = (int) MAX (1, floor (band_h / (size * 1.4)));

          if (first->group != NULL)
            _jx_ctx_text_mid (ctx, first->group, plot->x, band_y + band_h / 2, size, TRUE, group_w, lines,
                              JX_ALIGN_START, &style->text);
          if (i + 1 < fit.shown)
            {
              cairo_move_to (cr, plot->x, ry + fit.height);
              cairo_line_to (cr, plot->x + plot->w, ry + fit.height);
              cairo_set_line_width (cr, _jx_ctx_line (ctx) * 0.6);
              jx_chart_style_set_rgb (cr, &style->axis);
              cairo_stroke (cr);
            }
          g0 = i + 1;
        }
    }

  _jx_ctx_more (ctx, plot, bottom + small * 1.75, fit.hidden, style->min_font);
}
