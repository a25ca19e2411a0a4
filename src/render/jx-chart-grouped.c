/* SPDX-License-Identifier: GPL-3.0-or-later */
/* jx-chart-grouped.c: grouped horizontal bars: per row one bar per series (budget and
 * actual), in panels with a heading each (“three public” expenses: by item, then the totals
 * of last year and this year). One scale for all panels, so lengths compare. When rows must
 * be left out, they are left out of the first panel: the totals always show. */
#define G_LOG_DOMAIN "jx-chart"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "jx-chart-private.h"

#define PER_LINE 2.9

void
_jx_chart_draw_grouped (JxChartCtx   *ctx,
                        const JxRect *plot)
{
  const JxChart *chart = ctx->chart;
  const JxChartStyle *style = ctx->style;
  cairo_t *cr = ctx->cr;
  guint n = chart->items->len;
  guint n0 = 0, shown0, shown1, s;
  guint n_series = MAX (chart->n_series, 1);
  int headings = 0;
  JxRows fit;
  double size, small, label_w = 0, value_w = 0, max = 0;
  double legend_h, head_h, x0, bar_room, y;
  int panel = -1;
  guint i, row;

  for (i = 0; i < n; i++)
    {
      const JxChartItem *item = g_ptr_array_index (chart->items, i);

      if (item->panel == 0)
        n0++;
      if (item->panel != panel)
        {
          panel = item->panel;
          headings += chart->panels[panel] != NULL;
        }
    }

  legend_h = _jx_ctx_series_legend (ctx, plot->x, plot->y, plot->w, chart->n_series,
                                    (const char * const *) chart->series, chart->series_fill);
  head_h = ctx->font * 1.9;
  _jx_rows_fit (ctx, plot->h - legend_h - ctx->font * 0.4 - headings * head_h, n, PER_LINE, 1.8, &fit);
  if (fit.shown == 0)
    return;
  /* The totals (panel 1) come first; the items of panel 0 get what is left. */
  shown1 = MIN (n - n0, fit.shown);
  shown0 = fit.shown - shown1;
  size = fit.size;
  small = MAX (size * 0.88, style->min_font);

  for (i = 0; i < n; i++)
    {
      const JxChartItem *item = g_ptr_array_index (chart->items, i);

      label_w = MAX (label_w, _jx_ctx_text_width (ctx, item->label, size, FALSE));
      for (s = 0; s < n_series; s++)
        {
          value_w = MAX (value_w, _jx_ctx_text_width (ctx, item->text[s] != NULL ? item->text[s] : C_("chart", "not stated"),
                                                      small, FALSE));
          if (!isnan (item->value[s]))
            max = MAX (max, item->value[s]);
        }
    }
  label_w = MIN (label_w + 1, plot->w * 0.34);
  x0 = plot->x + label_w + size * 0.8;
  bar_room = plot->x + plot->w - x0 - size * 0.4 - value_w;
  if (bar_room < size * 2 || label_w < size * 1.5)
    return;
  max = max > 0 ? max : 1;

  y = plot->y + legend_h + ctx->font * 0.4;
  panel = -1;
  row = 0;
  for (i = 0; i < n; i++)
    {
      const JxChartItem *item = g_ptr_array_index (chart->items, i);
      double cy, bh, gap, top;

      if (item->panel == 0 && row >= shown0)
        {
          if (i + 1 < n && ((const JxChartItem *) g_ptr_array_index (chart->items, i + 1))->panel == 0)
            continue;
          /* The last of the first panel: say what was left out. */
          y += _jx_ctx_more (ctx, plot, y, fit.hidden, style->min_font);
          continue;
        }
      if (item->panel != 0 && row >= shown0 + shown1)
        continue;
      if (item->panel != panel)
        {
          panel = item->panel;
          if (chart->panels[panel] != NULL)
            {
              if (panel > 0)
                {
                  cairo_move_to (cr, plot->x, y + head_h * 0.15);
                  cairo_line_to (cr, plot->x + plot->w, y + head_h * 0.15);
                  cairo_set_line_width (cr, _jx_ctx_line (ctx) * 0.6);
                  jx_chart_style_set_rgb (cr, &style->grid);
                  cairo_stroke (cr);
                }
              _jx_ctx_text_mid (ctx, chart->panels[panel], plot->x, y + head_h * 0.58, _jx_ctx_size (ctx, 0.95),
                                TRUE, plot->w, 1, JX_ALIGN_START, &style->muted);
              y += head_h;
            }
        }
      row++;
      cy = y + fit.height / 2;
      bh = MIN (fit.height / (n_series + 0.9), size * 1.25);
      gap = bh * 0.15;
      top = cy - (n_series * bh + (n_series - 1) * gap) / 2;
      _jx_ctx_text_mid (ctx, item->label, plot->x, cy, size, FALSE, label_w, fit.lines,
                        JX_ALIGN_START, &style->text);
      for (s = 0; s < n_series; s++)
        {
          double v = item->value[s];
          double by = top + s * (bh + gap);
          double w = !isnan (v) && v > 0 ? bar_room * v / max : 0;
          gboolean stated = item->text[s] != NULL;

          if (stated && w < _jx_ctx_line (ctx))
            w = _jx_ctx_line (ctx);   /* a zero still shows as a sliver */
          _jx_ctx_fill_rect (ctx, x0, by, w, bh, chart->series_fill[s]);
          _jx_ctx_text_mid (ctx, stated ? item->text[s] : C_("chart", "not stated"), x0 + w + size * 0.4, by + bh / 2,
                            small, FALSE, -1, 1, JX_ALIGN_START, stated ? &style->text : &style->muted);
        }
      _jx_ctx_hit_rect (ctx, plot->x, y, plot->w, fit.height, item->describe);
      /* The base line, row by row, so it never crosses a panel heading. */
      cairo_move_to (cr, x0, y);
      cairo_line_to (cr, x0, y + fit.height);
      cairo_set_line_width (cr, _jx_ctx_line (ctx));
      jx_chart_style_set_rgb (cr, &style->axis);
      cairo_stroke (cr);
      y += fit.height;
    }
}
