/* SPDX-License-Identifier: GPL-3.0-or-later */
/* jx-chart-scores.c: the score of each dimension (投入, 过程, 产出, 效果) against its weight,
 * on one scale of points: the track is the full marks, the bar the score; at the right the
 * score as “5 / 6”, the score rate and the grade. */
#define G_LOG_DOMAIN "jx-chart"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "jx-chart-private.h"

#define PER_LINE 1.9

static void
badge (JxChartCtx  *ctx,
       const char  *text,
       double       x,
       double       cy,
       double       size)
{
  cairo_t *cr = ctx->cr;
  double w = _jx_ctx_text_width (ctx, text, size, TRUE) + size * 0.9;
  double h = size * 1.45;
  double r = h / 2;

  cairo_new_sub_path (cr);
  cairo_arc (cr, x + w - r, cy, r, -G_PI / 2, G_PI / 2);
  cairo_arc (cr, x + r, cy, r, G_PI / 2, 3 * G_PI / 2);
  cairo_close_path (cr);
  cairo_set_line_width (cr, _jx_ctx_line (ctx));
  jx_chart_style_set_rgb (cr, &ctx->style->text);
  cairo_stroke (cr);
  _jx_ctx_text_mid (ctx, text, x + w / 2, cy, size, TRUE, -1, 1, JX_ALIGN_CENTER, &ctx->style->text);
}

void
_jx_chart_draw_scores (JxChartCtx   *ctx,
                       const JxRect *plot)
{
  const JxChart *chart = ctx->chart;
  const JxChartStyle *style = ctx->style;
  cairo_t *cr = ctx->cr;
  guint n = chart->items->len;
  g_auto(GStrv) pairs = g_new0 (char *, n + 1);
  double max = 0, size, small, label_w = 0, pair_w = 0, rate_w = 0, badge_w = 0, right_w;
  double top, bottom, x0, room, step, t, legend_h, shift;
  JxRows fit;
  guint i;

  for (i = 0; i < n; i++)
    {
      const JxChartItem *item = g_ptr_array_index (chart->items, i);

      pairs[i] = g_strdup_printf ("%s / %s", item->text[0], item->text[1]);
      if (!isnan (item->value[1]))
        max = MAX (max, item->value[1]);
      if (!isnan (item->value[0]))
        max = MAX (max, item->value[0]);
    }

  legend_h = _jx_ctx_series_legend_height (ctx, plot->w, chart->n_series, (const char * const *) chart->series);
  top = plot->y + legend_h + ctx->font * 0.5;
  small = _jx_ctx_size (ctx, 0.8);
  bottom = plot->y + plot->h - small * 1.9;
  _jx_rows_fit (ctx, bottom - top, n, PER_LINE, 2.6, &fit);
  if (fit.shown == 0)
    return;
  /* Legend, rows and scale as one block in the middle of the room. */
  shift = MAX (0, (bottom - top - fit.shown * fit.height - (fit.hidden > 0 ? style->min_font * 1.5 : 0)) / 2);
  top += shift;
  _jx_ctx_series_legend (ctx, plot->x, plot->y + shift, plot->w, chart->n_series,
                         (const char * const *) chart->series, chart->series_fill);
  size = fit.size;
  small = MAX (size * 0.85, style->min_font);
  bottom = top + fit.shown * fit.height;

  for (i = 0; i < n; i++)
    {
      const JxChartItem *item = g_ptr_array_index (chart->items, i);

      label_w = MAX (label_w, _jx_ctx_text_width (ctx, item->label, size, FALSE));
      pair_w = MAX (pair_w, _jx_ctx_text_width (ctx, pairs[i], size, TRUE));
      rate_w = MAX (rate_w, _jx_ctx_text_width (ctx, item->note, size, FALSE));
      if (item->badge != NULL)
        badge_w = MAX (badge_w, _jx_ctx_text_width (ctx, item->badge, small, TRUE) + small * 0.9);
    }
  label_w = MIN (label_w + 1, plot->w * 0.3);
  right_w = pair_w + size * 1.0 + rate_w + (badge_w > 0 ? size * 0.8 + badge_w : 0);
  x0 = plot->x + label_w + size * 0.8;
  room = plot->x + plot->w - x0 - size * 0.8 - right_w;
  if (room < size * 3)
    {
      /* Narrow: the rate and grade give way (hover and text alternative keep them). */
      right_w = pair_w;
      room = plot->x + plot->w - x0 - size * 0.8 - right_w;
    }
  if (room < size * 2 || label_w < size * 1.5)
    return;
  max = max > 0 ? max : 1;

  /* Scale in points. */
  step = _jx_nice_step (max, (int) CLAMP (room / (small * 6), 2, 8));
  cairo_set_line_width (cr, _jx_ctx_line (ctx) * 0.5);
  for (t = 0; t <= max + 1e-9; t += step)
    {
      g_autofree char *tick = _jx_chart_format_number (t, 2, TRUE);
      double x = x0 + room * t / max;

      jx_chart_style_set_rgb (cr, &style->grid);
      cairo_move_to (cr, x, top);
      cairo_line_to (cr, x, bottom);
      cairo_stroke (cr);
      _jx_ctx_text (ctx, tick, x, bottom + small * 0.25, small, FALSE, -1, 1, JX_ALIGN_CENTER, &style->muted);
    }

  for (i = 0; i < fit.shown; i++)
    {
      const JxChartItem *item = g_ptr_array_index (chart->items, i);
      double ry = top + i * fit.height;
      double cy = ry + fit.height / 2;
      double bh = MIN (fit.height * 0.55, size * 2.0);
      double weight = isnan (item->value[1]) ? 0 : MAX (item->value[1], 0);
      double score = isnan (item->value[0]) ? 0 : CLAMP (item->value[0], 0, max);
      double rx = plot->x + plot->w - right_w;

      _jx_ctx_text_mid (ctx, item->label, plot->x, cy, size, FALSE, label_w, fit.lines, JX_ALIGN_START,
                        &style->text);
      _jx_ctx_fill_rect (ctx, x0, cy - bh / 2, room * weight / max, bh, JX_FILL_TRACK);
      if (score > 0)
        _jx_ctx_fill_rect (ctx, x0, cy - bh / 2, room * score / max, bh, item->fill);
      _jx_ctx_text_mid (ctx, pairs[i], rx, cy, size, TRUE, -1, 1, JX_ALIGN_START, &style->text);
      if (right_w > pair_w)
        {
          _jx_ctx_text_mid (ctx, item->note, rx + pair_w + size * 1.0, cy, size, FALSE, -1, 1,
                            JX_ALIGN_START, &style->muted);
          if (item->badge != NULL)
            badge (ctx, item->badge, rx + pair_w + size * 1.0 + rate_w + size * 0.8, cy, small);
        }
      _jx_ctx_hit_rect (ctx, plot->x, ry, plot->w, fit.height, item->describe);
    }
  cairo_move_to (cr, x0, top);
  cairo_line_to (cr, x0, bottom);
  cairo_set_line_width (cr, _jx_ctx_line (ctx));
  jx_chart_style_set_rgb (cr, &style->axis);
  cairo_stroke (cr);
  _jx_ctx_more (ctx, plot, bottom + small * 1.75, fit.hidden, style->min_font);
}
