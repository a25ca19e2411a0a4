/* SPDX-License-Identifier: GPL-3.0-or-later */
/* jx-chart-hbars.c: horizontal bars, one row per item (basic spending by economic class):
 * the name in a left column (wrapped or ellipsized), the bar, then the amount and the share
 * printed at its end. Long Chinese names read better on the left than under columns. */
#define G_LOG_DOMAIN "jx-chart"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "jx-chart-private.h"

#define PER_LINE 1.75

void
_jx_chart_draw_hbars (JxChartCtx   *ctx,
                      const JxRect *plot)
{
  const JxChart *chart = ctx->chart;
  const JxChartStyle *style = ctx->style;
  cairo_t *cr = ctx->cr;
  guint n = chart->items->len;
  JxRows fit;
  double size, label_w = 0, amount_w = 0, share_w = 0, value_w, max = 0;
  double x0, bar_room, y0;
  guint i;

  _jx_rows_fit (ctx, plot->h, n, PER_LINE, 2.4, &fit);
  if (fit.shown == 0)
    return;
  size = fit.size;
  for (i = 0; i < n; i++)
    {
      const JxChartItem *item = g_ptr_array_index (chart->items, i);

      label_w = MAX (label_w, _jx_ctx_text_width (ctx, item->label, size, FALSE));
      amount_w = MAX (amount_w, _jx_ctx_text_width (ctx, item->text[0] != NULL ? item->text[0] : C_("chart", "not stated"),
                                                    size, TRUE));
      share_w = MAX (share_w, _jx_ctx_text_width (ctx, item->note, size, FALSE));
      if (!isnan (item->value[0]))
        max = MAX (max, item->value[0]);
    }
  value_w = amount_w + size * 0.6 + share_w;
  /* The name column: its natural width, at most a third of the chart (two lines then). */
  label_w = MIN (label_w + 1, plot->w * (fit.lines > 1 ? 0.3 : 0.36));
  x0 = plot->x + label_w + size * 0.8;
  bar_room = plot->x + plot->w - x0 - size * 0.5 - value_w;
  if (bar_room < size * 3)
    {
      /* Too narrow for the share: amounts only. */
      value_w = amount_w;
      share_w = 0;
      bar_room = plot->x + plot->w - x0 - size * 0.5 - value_w;
    }
  if (bar_room < size * 2 || label_w < size * 1.5)
    return;
  max = max > 0 ? max : 1;

  /* The block of rows sits in the middle of the room it has. */
  y0 = plot->y + MAX (0, (plot->h - fit.shown * fit.height - (fit.hidden > 0 ? style->min_font * 1.5 : 0)) / 2);
  for (i = 0; i < fit.shown; i++)
    {
      const JxChartItem *item = g_ptr_array_index (chart->items, i);
      double ry = y0 + i * fit.height;
      double cy = ry + fit.height / 2;
      double bh = MIN (fit.height * 0.6, size * 2.0);
      double v = item->value[0];
      double w = !isnan (v) && v > 0 ? bar_room * v / max : 0;
      double tx = x0 + w + size * 0.5;
      const char *amount = item->text[0] != NULL ? item->text[0] : C_("chart", "not stated");

      _jx_ctx_text_mid (ctx, item->label, plot->x, cy, size, FALSE, label_w, fit.lines,
                        JX_ALIGN_START, &style->text);
      _jx_ctx_fill_rect (ctx, x0, cy - bh / 2, w, bh, item->fill);
      _jx_ctx_text_mid (ctx, amount, tx, cy, size, item->text[0] != NULL, -1, 1, JX_ALIGN_START,
                        item->text[0] != NULL ? &style->text : &style->muted);
      if (share_w > 0 && item->note != NULL)
        _jx_ctx_text_mid (ctx, item->note, tx + _jx_ctx_text_width (ctx, amount, size, TRUE) + size * 0.6,
                          cy, size, FALSE, -1, 1, JX_ALIGN_START, &style->muted);
      _jx_ctx_hit_rect (ctx, plot->x, ry, plot->w, fit.height, item->describe);
    }

  /* The base line. */
  cairo_move_to (cr, x0, y0);
  cairo_line_to (cr, x0, y0 + fit.shown * fit.height);
  cairo_set_line_width (cr, _jx_ctx_line (ctx));
  jx_chart_style_set_rgb (cr, &style->axis);
  cairo_stroke (cr);

  _jx_ctx_more (ctx, plot, y0 + fit.shown * fit.height + style->min_font * 0.2, fit.hidden, style->min_font);
}
