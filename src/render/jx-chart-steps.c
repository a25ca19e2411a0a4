/* SPDX-License-Identifier: GPL-3.0-or-later */
/* jx-chart-steps.c: how a budget became what was spent: 年初 → 追加 → 调整后 → 执行, as
 * columns on one scale; an addition floats from the running total to its end, dashed
 * connectors lead the eye from one step to the next, and each column has its amount. */
#define G_LOG_DOMAIN "jx-chart"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "jx-chart-private.h"

void
_jx_chart_draw_steps (JxChartCtx   *ctx,
                      const JxRect *plot)
{
  const JxChart *chart = ctx->chart;
  const JxChartStyle *style = ctx->style;
  cairo_t *cr = ctx->cr;
  guint n = chart->items->len;
  g_autofree double *from = g_new0 (double, n);
  g_autofree double *to = g_new0 (double, n);
  double size = ctx->font;
  double small = _jx_ctx_size (ctx, 0.85);
  double run = 0, max = 0, step, top, axis_w = 0, label_h, slot, col_w;
  double x0, base, scale, t;
  int ticks;
  guint i;

  for (i = 0; i < n; i++)
    {
      const JxChartItem *item = g_ptr_array_index (chart->items, i);
      double v = item->value[0];

      if (isnan (v))
        {
          from[i] = to[i] = NAN;
          continue;
        }
      from[i] = item->delta ? run : 0;
      to[i] = item->delta ? run + v : v;
      run = to[i];
      max = MAX (max, MAX (from[i], to[i]));
    }

  /* Room for two lines of category names below, the amounts above. */
  label_h = size * 1.45 * 2;
  base = plot->y + plot->h - label_h - size * 0.4;
  top = plot->y + small * 1.6;
  if (base - top < size * 2)
    return;
  ticks = (int) CLAMP ((base - top) / (small * 3), 2, 6);
  step = _jx_nice_step (max > 0 ? max : 1, ticks);
  max = MAX (ceil (max / step - 1e-9) * step, step);
  for (t = 0; t <= max + step / 2; t += step)
    {
      g_autofree char *tick = _jx_chart_format_number (t, 2, TRUE);

      axis_w = MAX (axis_w, _jx_ctx_text_width (ctx, tick, small, FALSE));
    }
  x0 = plot->x + axis_w + small * 0.6;
  slot = (plot->x + plot->w - x0) / MAX (n, 1);
  col_w = MIN (slot * 0.56, size * 9);
  scale = (base - top) / max;
  if (slot < size * 1.2)
    return;

  /* Grid and scale. */
  cairo_set_line_width (cr, _jx_ctx_line (ctx) * 0.6);
  for (t = 0; t <= max + step / 2; t += step)
    {
      g_autofree char *tick = _jx_chart_format_number (t, 2, TRUE);
      double y = base - t * scale;

      jx_chart_style_set_rgb (cr, t == 0 ? &style->axis : &style->grid);
      cairo_move_to (cr, x0, y);
      cairo_line_to (cr, plot->x + plot->w, y);
      cairo_stroke (cr);
      _jx_ctx_text_mid (ctx, tick, x0 - small * 0.6, y, small, FALSE, -1, 1, JX_ALIGN_END, &style->muted);
    }

  for (i = 0; i < n; i++)
    {
      const JxChartItem *item = g_ptr_array_index (chart->items, i);
      double cx = x0 + slot * (i + 0.5);
      double y1, y2;

      _jx_ctx_text (ctx, item->label, cx, base + size * 0.4, size, FALSE, slot * 0.96, 2,
                    JX_ALIGN_CENTER, &style->text);
      if (isnan (from[i]))
        {
          _jx_ctx_text (ctx, C_("chart", "not stated"), cx, base - small * 1.6, small, FALSE, slot * 0.96, 1,
                        JX_ALIGN_CENTER, &style->muted);
          _jx_ctx_hit_rect (ctx, x0 + slot * i, top, slot, base - top, item->describe);
          continue;
        }
      y1 = base - MAX (from[i], to[i]) * scale;
      y2 = base - MIN (MAX (MIN (from[i], to[i]), 0), max) * scale;
      if (y2 - y1 < _jx_ctx_line (ctx))
        y1 = y2 - _jx_ctx_line (ctx);
      _jx_ctx_fill_rect (ctx, cx - col_w / 2, y1, col_w, y2 - y1, item->fill);
      _jx_ctx_text (ctx, item->text[0], cx, y1 - small * 1.5, small, TRUE, slot * 0.98, 1,
                    JX_ALIGN_CENTER, &style->text);
      _jx_ctx_hit_rect (ctx, x0 + slot * i, top, slot, base - top, item->describe);

      /* A dashed connector from this step's level to the next column. */
      if (i + 1 < n && !isnan (from[i + 1]))
        {
          double level = base - to[i] * scale;
          double dash = MAX (size * 0.3, 2);

          cairo_save (cr);
          cairo_set_dash (cr, &dash, 1, 0);
          cairo_set_line_width (cr, _jx_ctx_line (ctx) * 0.8);
          jx_chart_style_set_rgb (cr, &style->axis);
          cairo_move_to (cr, cx + col_w / 2, level);
          cairo_line_to (cr, cx + slot - col_w / 2, level);
          cairo_stroke (cr);
          cairo_restore (cr);
        }
    }
}
