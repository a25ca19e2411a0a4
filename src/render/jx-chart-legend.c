/* SPDX-License-Identifier: GPL-3.0-or-later */
/* jx-chart-legend.c: the legend table of the donut and the stacked bar: one row per entry,
 * swatch, name (wrapped or ellipsized), amount and share in right-aligned columns. When
 * the room is short the share, then the amount columns give way to the name; hover and the
 * text alternative still have them. */
#define G_LOG_DOMAIN "jx-chart"

#include "config.h"

#include <math.h>

#include "jx-chart-private.h"

#define PER_LINE 1.6

static void
column_widths (JxChartCtx        *ctx,
               const JxLegendRow *rows,
               guint              n,
               double             size,
               double            *label,
               double            *amount,
               double            *share)
{
  guint i;

  *label = *amount = *share = 0;
  for (i = 0; i < n; i++)
    {
      *label = MAX (*label, _jx_ctx_text_width (ctx, rows[i].label, size, FALSE));
      *amount = MAX (*amount, _jx_ctx_text_width (ctx, rows[i].amount, size, TRUE));
      *share = MAX (*share, _jx_ctx_text_width (ctx, rows[i].share, size, FALSE));
    }
}

/* Width of the table with every name on one line, at type size `size`. */
double
_jx_legend_measure (JxChartCtx        *ctx,
                    const JxLegendRow *rows,
                    guint              n,
                    double             size,
                    double            *label_width)
{
  double label, amount, share;

  column_widths (ctx, rows, n, size, &label, &amount, &share);
  if (label_width != NULL)
    *label_width = label;
  return size * 0.95 + size * 0.6 + label + size * 0.3 + size * 1.2 + amount + size * 1.0 + share;
}

void
_jx_legend_draw (JxChartCtx        *ctx,
                 const JxRect      *area,
                 const JxLegendRow *rows,
                 guint              n)
{
  const JxChartStyle *style = ctx->style;
  JxRows fit;
  double size, sw, gap, label_w, amount_w, share_w, nat_label;
  double x, w, y0, total_h;
  gboolean show_amount = TRUE, show_share = TRUE;
  guint i;

  _jx_rows_fit (ctx, area->h, n, PER_LINE, 1.3, &fit);
  if (fit.shown == 0)
    return;
  size = fit.size;
  sw = size * 0.95;
  gap = size * 0.6;
  column_widths (ctx, rows, n, size, &nat_label, &amount_w, &share_w);

  /* Amount and share columns right-aligned; the name takes the rest. */
  label_w = area->w - sw - gap - (size * 1.2 + amount_w) - (size * 1.0 + share_w);
  if (label_w < MIN (nat_label + size * 0.1, size * 5) && share_w > 0)
    {
      show_share = FALSE;
      label_w += size * 1.0 + share_w;
    }
  if (label_w < MIN (nat_label + size * 0.1, size * 4) && amount_w > 0)
    {
      show_amount = FALSE;
      label_w += size * 1.2 + amount_w;
    }
  if (label_w < size * 1.5)
    return;
  label_w = MIN (label_w, nat_label + size * 0.3);
  w = sw + gap + label_w + (show_amount ? size * 1.2 + amount_w : 0) + (show_share ? size * 1.0 + share_w : 0);
  x = area->x;

  total_h = fit.shown * fit.height + (fit.hidden > 0 ? style->min_font * 1.5 : 0);
  y0 = area->y + MAX (0, (area->h - total_h) / 2);
  for (i = 0; i < fit.shown; i++)
    {
      const JxLegendRow *row = &rows[i];
      double ry = y0 + i * fit.height;
      double cy = ry + fit.height / 2;
      double col = x + sw + gap + label_w;

      if (row->has_swatch)
        _jx_ctx_swatch (ctx, x, cy - sw / 2, sw, row->fill);
      _jx_ctx_text_mid (ctx, row->label, x + sw + gap, cy, size, FALSE, label_w, fit.lines,
                        JX_ALIGN_START, &style->text);
      if (show_amount)
        {
          col += size * 1.2 + amount_w;
          _jx_ctx_text_mid (ctx, row->amount != NULL ? row->amount : "—", col, cy, size, TRUE, -1, 1,
                            JX_ALIGN_END, &style->text);
        }
      if (show_share)
        {
          col += size * 1.0 + share_w;
          _jx_ctx_text_mid (ctx, row->share, col, cy, size, FALSE, -1, 1, JX_ALIGN_END, &style->muted);
        }
      _jx_ctx_hit_rect (ctx, x, ry, w, fit.height, row->describe);
    }
  if (fit.hidden > 0)
    {
      JxRect more = { x, 0, area->w, 0 };

      _jx_ctx_more (ctx, &more, y0 + fit.shown * fit.height, fit.hidden, style->min_font);
    }
}
