/* SPDX-License-Identifier: GPL-3.0-or-later */
/* jx-chart-stacked.c: one bar cut into the parts of a whole (spending by nature: personnel,
 * public funds, projects). Shares are printed in the segments that can hold them; a bracket
 * over consecutive parts names their subtotal (基本支出 = 人员经费 + 公用经费); the legend
 * table below has every amount. */
#define G_LOG_DOMAIN "jx-chart"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "jx-chart-private.h"
#include "jx-money.h"

static double
positive (double v)
{
  return !isnan (v) && v > 0 ? v : 0;
}

/* Brackets over runs of items of one group; returns the height they take. */
static double
draw_brackets (JxChartCtx   *ctx,
               const JxRect *bar,
               double        total,
               gboolean      draw)
{
  const JxChart *chart = ctx->chart;
  const JxChartStyle *style = ctx->style;
  cairo_t *cr = ctx->cr;
  double size = _jx_ctx_size (ctx, 0.85);
  double tick = size * 0.45;
  double height = 0;
  double cum = 0;
  guint i = 0;

  while (i < chart->items->len)
    {
      const JxChartItem *first = g_ptr_array_index (chart->items, i);
      double start = cum;
      double sum = 0;
      guint j = i;

      while (j < chart->items->len)
        {
          const JxChartItem *item = g_ptr_array_index (chart->items, j);

          if (first->group == NULL || item->group_id != first->group_id)
            break;
          sum += positive (item->value[0]);
          j++;
        }
      if (j == i)
        {
          cum += positive (first->value[0]);
          i++;
          continue;
        }
      cum += sum;
      i = j;
      if (sum <= 0)
        continue;
      {
        g_autofree char *amount = _jx_chart_format_wan_sum (sum);
        g_autofree char *label = g_strdup_printf ("%s %s", first->group, amount);
        double x0 = bar->x + bar->w * start / total;
        double x1 = bar->x + bar->w * cum / total;
        double th = size * 1.45;
        double lw = MIN (MAX (x1 - x0, bar->w * 0.5), bar->w);
        double lx = CLAMP ((x0 + x1) / 2, bar->x + lw / 2, bar->x + bar->w - lw / 2);
        double y = bar->y - tick - size * 0.3;

        height = MAX (height, th + tick + size * 0.3);
        if (!draw)
          continue;
        cairo_move_to (cr, x0 + 0.5, bar->y - size * 0.2);
        cairo_line_to (cr, x0 + 0.5, y);
        cairo_line_to (cr, x1 - 0.5, y);
        cairo_line_to (cr, x1 - 0.5, bar->y - size * 0.2);
        cairo_set_line_width (cr, _jx_ctx_line (ctx));
        jx_chart_style_set_rgb (cr, &style->axis);
        cairo_stroke (cr);
        _jx_ctx_text (ctx, label, lx, y - th, size, TRUE, lw, 1, JX_ALIGN_CENTER, &style->text);
      }
    }
  return height;
}

void
_jx_chart_draw_stacked (JxChartCtx   *ctx,
                        const JxRect *plot)
{
  const JxChart *chart = ctx->chart;
  const JxChartStyle *style = ctx->style;
  cairo_t *cr = ctx->cr;
  guint n = chart->items->len;
  g_autofree JxLegendRow *rows = g_new0 (JxLegendRow, n);
  double total = 0, cum = 0;
  double bar_h, legend_need, brackets, shift;
  double size = _jx_ctx_size (ctx, 0.85);
  JxRect bar, legend;
  guint i;

  for (i = 0; i < n; i++)
    {
      const JxChartItem *item = g_ptr_array_index (chart->items, i);

      total += positive (item->value[0]);
      rows[i].label = item->label;
      rows[i].amount = item->text[0] != NULL ? item->text[0] : C_("chart", "not stated");
      rows[i].share = item->note;
      rows[i].describe = item->describe;
      rows[i].fill = item->fill;
      rows[i].has_swatch = TRUE;
    }
  if (total <= 0)
    return;

  bar.x = plot->x;
  bar.w = plot->w;
  bar.y = 0;
  bar.h = 0;
  brackets = draw_brackets (ctx, &bar, total, FALSE);
  legend_need = n * ctx->font * 1.6 * 1.3;
  bar_h = CLAMP (plot->h - brackets - legend_need - ctx->font * 1.5, ctx->font * 1.8, ctx->font * 5);
  bar_h = MIN (bar_h, MAX (plot->h * 0.3, ctx->style->min_font * 1.6));
  /* Brackets, bar and legend as one block in the middle of the room. */
  shift = MAX (0, (plot->h - brackets - bar_h - ctx->font * 1.0 - legend_need) / 2);
  bar.y = plot->y + shift + brackets;
  bar.h = bar_h;

  for (i = 0; i < n; i++)
    {
      const JxChartItem *item = g_ptr_array_index (chart->items, i);
      double v = positive (item->value[0]);
      double x0 = bar.x + bar.w * cum / total;
      double w = bar.w * v / total;

      cum += v;
      if (v <= 0)
        continue;
      _jx_ctx_fill_rect (ctx, x0, bar.y, w, bar.h, item->fill);
      _jx_ctx_hit_rect (ctx, x0, bar.y, w, bar.h, item->describe);
      if (!style->outlined && cum < total)
        {
          cairo_move_to (cr, x0 + w, bar.y);
          cairo_line_to (cr, x0 + w, bar.y + bar.h);
          cairo_set_line_width (cr, _jx_ctx_line (ctx) * 1.5);
          jx_chart_style_set_rgb (cr, &style->background);
          cairo_stroke (cr);
        }
      if (item->note != NULL)
        {
          double tw = _jx_ctx_text_width (ctx, item->note, size, TRUE);
          double th = size * 1.45;
          gboolean plate = jx_chart_style_hatched (style, item->fill);
          const JxRgb dark = { 0.08, 0.08, 0.1 };
          const JxRgb light = { 1, 1, 1 };

          if (tw + size * 1.0 > w || th > bar.h)
            continue;
          if (plate)
            _jx_ctx_plate (ctx, x0 + (w - tw) / 2 - size * 0.2, bar.y + (bar.h - th) / 2, tw + size * 0.4, th);
          _jx_ctx_text_mid (ctx, item->note, x0 + w / 2, bar.y + bar.h / 2, size, TRUE, -1, 1, JX_ALIGN_CENTER,
                            plate ? &style->text : jx_chart_style_dark_text (style, item->fill) ? &dark : &light);
        }
    }
  draw_brackets (ctx, &bar, total, TRUE);

  legend.y = bar.y + bar.h + ctx->font * 1.0;
  legend.h = MIN (plot->y + plot->h - legend.y, legend_need);
  legend.w = MIN (plot->w, _jx_legend_measure (ctx, rows, n, ctx->font, NULL));
  legend.x = plot->x;
  _jx_legend_draw (ctx, &legend, rows, n);
}
