/* SPDX-License-Identifier: GPL-3.0-or-later */
/* jx-chart-donut.c: shares of a whole (revenue by source, spending by functional class).
 * The ring carries the share of each slice where it fits inside it; the legend table beside
 * or below the ring carries every name, amount and share. Beyond eight entries the smallest
 * are merged into “Other”. */
#define G_LOG_DOMAIN "jx-chart"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "jx-chart-private.h"
#include "jx-format.h"
#include "jx-money.h"

typedef struct {
  JxLegendRow rows[JX_CHART_MAX_SLICES];
  double      values[JX_CHART_MAX_SLICES];
  guint       n;
  double      total;
  GPtrArray  *strings;   /* owned texts of the “Other” entry */
} Entries;

static double
positive (double v)
{
  return !isnan (v) && v > 0 ? v : 0;
}

static int
by_value_desc (gconstpointer a,
               gconstpointer b,
               gpointer      data)
{
  const JxChart *chart = data;
  const JxChartItem *ia = g_ptr_array_index (chart->items, *(const guint *) a);
  const JxChartItem *ib = g_ptr_array_index (chart->items, *(const guint *) b);
  double va = positive (ia->value[0]);
  double vb = positive (ib->value[0]);

  return va < vb ? 1 : va > vb ? -1 : (int) *(const guint *) a - (int) *(const guint *) b;
}

static void
set_row (Entries           *e,
         const JxChartItem *item)
{
  JxLegendRow *row = &e->rows[e->n];

  row->label = item->label;
  row->amount = item->text[0] != NULL ? item->text[0] : C_("chart", "not stated");
  row->share = item->note;
  row->describe = item->describe;
  row->fill = (int) e->n;
  row->has_swatch = TRUE;
  e->values[e->n] = positive (item->value[0]);
  e->n++;
}

static void
entries_init (Entries       *e,
              const JxChart *chart)
{
  guint n = chart->items->len;
  guint i;

  e->n = 0;
  e->total = 0;
  e->strings = g_ptr_array_new_with_free_func (g_free);
  for (i = 0; i < n; i++)
    e->total += positive (((const JxChartItem *) g_ptr_array_index (chart->items, i))->value[0]);

  if (n <= JX_CHART_MAX_SLICES)
    {
      for (i = 0; i < n; i++)
        set_row (e, g_ptr_array_index (chart->items, i));
    }
  else
    {
      /* The seven largest in document order, then the rest as one. */
      g_autofree guint *order = g_new (guint, n);
      g_autofree gboolean *keep = g_new0 (gboolean, n);
      double other = 0;
      JxLegendRow *row;
      char *amount;
      char *share;
      char *label;

      for (i = 0; i < n; i++)
        order[i] = i;
      g_qsort_with_data (order, (int) n, sizeof (guint), by_value_desc, (gpointer) chart);
      for (i = 0; i < JX_CHART_MAX_SLICES - 1; i++)
        keep[order[i]] = TRUE;
      for (i = 0; i < n; i++)
        {
          const JxChartItem *item = g_ptr_array_index (chart->items, i);

          if (keep[i])
            set_row (e, item);
          else
            other += positive (item->value[0]);
        }
      amount = _jx_chart_format_wan_sum (other);
      share = jx_format_percent (e->total > 0 ? other / e->total * 100 : NAN, 2);
      label = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Other (%u item)", "Other (%u items)",
                                            n - (JX_CHART_MAX_SLICES - 1)),
                               n - (JX_CHART_MAX_SLICES - 1));
      g_ptr_array_add (e->strings, amount);
      g_ptr_array_add (e->strings, share);
      g_ptr_array_add (e->strings, label);
      row = &e->rows[e->n];
      row->label = label;
      row->amount = amount;
      row->share = share;
      row->describe = g_strdup_printf ("%s %s %s (%s)", label, amount, _("10k yuan"), share);
      g_ptr_array_add (e->strings, (char *) row->describe);
      row->fill = (int) e->n;
      row->has_swatch = TRUE;
      e->values[e->n] = other;
      e->n++;
    }
}

/* TRUE when the text box (centre cx, cy; w × h) lies inside the ring sector. */
static gboolean
box_in_sector (double cx, double cy, double w, double h,
               double ox, double oy, double r0, double r1, double a0, double a1)
{
  int k;

  for (k = 0; k < 4; k++)
    {
      double x = cx + ((k & 1) ? w / 2 : -w / 2) - ox;
      double y = cy + ((k & 2) ? h / 2 : -h / 2) - oy;
      double r = sqrt (x * x + y * y);
      double a = atan2 (y, x);

      while (a < a0)
        a += 2 * G_PI;
      if (r < r0 || r > r1 || a > a1)
        return FALSE;
    }
  return TRUE;
}

static void
draw_ring (JxChartCtx    *ctx,
           const Entries *e,
           double         cx,
           double         cy,
           double         r1)
{
  cairo_t *cr = ctx->cr;
  const JxChartStyle *style = ctx->style;
  double r0 = r1 * 0.58;
  double size = _jx_ctx_size (ctx, 0.8);
  double start = -G_PI / 2;
  double cum = 0;
  guint i;

  for (i = 0; i < e->n; i++)
    {
      double a0 = start + 2 * G_PI * cum / e->total;
      double a1 = start + 2 * G_PI * (cum + e->values[i]) / e->total;

      cum += e->values[i];
      if (e->values[i] <= 0)
        continue;
      cairo_new_path (cr);
      cairo_arc (cr, cx, cy, r1, a0, a1);
      cairo_arc_negative (cr, cx, cy, r0, a1, a0);
      cairo_close_path (cr);
      cairo_save (cr);
      jx_chart_style_fill (style, cr, e->rows[i].fill, MAX (ctx->font * 0.42, 3));
      cairo_restore (cr);
      _jx_ctx_hit_sector (ctx, cx, cy, r0, r1, a0, a1, e->rows[i].describe);
    }

  /* Separators between slices, then the shares that fit inside their slice. */
  cum = 0;
  cairo_set_line_width (cr, _jx_ctx_line (ctx) * (style->outlined ? 0.8 : 1.5));
  jx_chart_style_set_rgb (cr, style->outlined ? &style->outline : &style->background);
  for (i = 0; i < e->n && e->values[i] < e->total; i++)
    {
      double a = start + 2 * G_PI * cum / e->total;

      cum += e->values[i];
      if (e->values[i] <= 0)
        continue;
      cairo_move_to (cr, cx + r0 * cos (a), cy + r0 * sin (a));
      cairo_line_to (cr, cx + r1 * cos (a), cy + r1 * sin (a));
    }
  cairo_stroke (cr);
  if (style->outlined)
    {
      cairo_new_sub_path (cr);
      cairo_arc (cr, cx, cy, r1, 0, 2 * G_PI);
      cairo_new_sub_path (cr);
      cairo_arc (cr, cx, cy, r0, 0, 2 * G_PI);
      cairo_stroke (cr);
    }

  cum = 0;
  for (i = 0; i < e->n; i++)
    {
      double a0 = start + 2 * G_PI * cum / e->total;
      double a1 = start + 2 * G_PI * (cum + e->values[i]) / e->total;
      double mid = (a0 + a1) / 2;
      double rm = (r0 + r1) / 2;
      double tx = cx + rm * cos (mid);
      double ty = cy + rm * sin (mid);
      g_autoptr(PangoLayout) layout = NULL;
      double tw, th;
      gboolean plate = jx_chart_style_hatched (style, e->rows[i].fill);
      const JxRgb dark = { 0.08, 0.08, 0.1 };
      const JxRgb light = { 1, 1, 1 };

      cum += e->values[i];
      if (e->values[i] <= 0 || e->rows[i].share == NULL)
        continue;
      layout = _jx_ctx_layout (ctx, e->rows[i].share, size, TRUE, -1, 1);
      _jx_layout_size (layout, &tw, &th);
      if (!box_in_sector (tx, ty, tw + size * 0.6, th + size * 0.2, cx, cy, r0, r1, a0, a1))
        continue;
      if (plate)
        _jx_ctx_plate (ctx, tx - tw / 2 - size * 0.2, ty - th / 2, tw + size * 0.4, th);
      _jx_ctx_show (ctx, layout, tx - tw / 2, ty - th / 2,
                    plate ? &style->text : jx_chart_style_dark_text (style, e->rows[i].fill) ? &dark : &light);
    }
}

static void
draw_centre (JxChartCtx *ctx,
             double      cx,
             double      cy,
             double      r0,
             const char *total)
{
  const JxChartStyle *style = ctx->style;
  double room = r0 * 2 * 0.78;
  double small = _jx_ctx_size (ctx, 0.8);
  double big = ctx->font * 1.15;
  double line;

  while (big > style->min_font && _jx_ctx_text_width (ctx, total, big, TRUE) > room)
    big *= 0.9;
  big = MAX (big, style->min_font);
  line = big * 1.4;
  if (_jx_ctx_text_width (ctx, total, big, TRUE) > room || small * 1.4 * 2 + line > room)
    return;
  _jx_ctx_text_mid (ctx, _("Total"), cx, cy - line / 2 - small * 0.7, small, FALSE, room, 1,
                    JX_ALIGN_CENTER, &style->muted);
  _jx_ctx_text_mid (ctx, total, cx, cy, big, TRUE, -1, 1, JX_ALIGN_CENTER, &style->text);
  _jx_ctx_text_mid (ctx, _("10k yuan"), cx, cy + line / 2 + small * 0.7, small, FALSE, room, 1,
                    JX_ALIGN_CENTER, &style->muted);
}

void
_jx_chart_draw_donut (JxChartCtx   *ctx,
                      const JxRect *plot)
{
  Entries e;
  JxRect legend;
  double gap = ctx->font * 1.5;
  double natural = 0;
  double d, cx, cy;
  g_autofree char *total = NULL;

  entries_init (&e, ctx->chart);
  if (e.total <= 0)
    goto out;
  natural = _jx_legend_measure (ctx, e.rows, e.n, ctx->font, NULL);

  if (plot->w >= plot->h * 1.25)
    {
      /* Ring on the left, legend on the right; the pair centred when there is room. */
      double offset;

      d = MIN (plot->h * 0.92, plot->w * 0.42);
      if (plot->w - d - gap < natural)
        d = MAX (MIN (plot->h, plot->w * 0.36), plot->w - gap - natural);
      d = MIN (d, plot->h);
      offset = MAX (0, (plot->w - d - gap - natural) / 2);
      cx = plot->x + offset + d / 2;
      cy = plot->y + plot->h / 2;
      legend.x = plot->x + offset + d + gap;
      legend.y = plot->y;
      legend.w = plot->x + plot->w - legend.x;
      legend.h = plot->h;
    }
  else
    {
      double need = e.n * ctx->font * 1.6;

      d = MIN (plot->w, plot->h - need - gap);
      d = MAX (d, MIN (plot->w, plot->h * 0.45));
      cx = plot->x + plot->w / 2;
      cy = plot->y + d / 2;
      legend.w = MIN (plot->w, natural);
      legend.x = plot->x + (plot->w - legend.w) / 2;
      legend.y = plot->y + d + gap * 0.6;
      legend.h = plot->y + plot->h - legend.y;
    }

  draw_ring (ctx, &e, cx, cy, d / 2);
  total = _jx_chart_format_wan_sum (e.total);
  draw_centre (ctx, cx, cy, d / 2 * 0.58, total);
  _jx_legend_draw (ctx, &legend, e.rows, e.n);

out:
  g_ptr_array_unref (e.strings);
}
