/* SPDX-License-Identifier: GPL-3.0-or-later */
/* jx-chart.c: the public chart API: the list of a document's charts, drawing, hit-testing
 * and the text alternative. Drawing and hit-testing run the same layout code
 * (_jx_chart_run); only what they collect differs. */
#define G_LOG_DOMAIN "jx-chart"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "jx-chart-private.h"

GPtrArray *
jx_charts_for_document (const JxDocData *doc)
{
  g_return_val_if_fail (doc != NULL, NULL);
  return _jx_chart_build_all (doc, NULL);
}

JxChart *
jx_chart_new_for_id (const JxDocData *doc,
                     const char      *id)
{
  g_return_val_if_fail (doc != NULL, NULL);
  g_return_val_if_fail (id != NULL, NULL);
  return _jx_chart_build_one (doc, NULL, id);
}

JxChart *
jx_chart_new_for_sheet (const JxDocData    *doc,
                        const JxScoreSheet *sheet,
                        const char         *id)
{
  g_return_val_if_fail (doc != NULL, NULL);
  g_return_val_if_fail (sheet != NULL, NULL);
  g_return_val_if_fail (id != NULL, NULL);
  return _jx_chart_build_one (doc, sheet, id);
}

/* Bars (slices, segments, steps) the chart draws: values stated, positive for parts of a
 * whole. */
static guint
count_bars (const JxChart *chart)
{
  guint n = 0;
  guint i, k;

  for (i = 0; i < chart->items->len; i++)
    {
      const JxChartItem *item = g_ptr_array_index (chart->items, i);

      switch (chart->kind)
        {
        case JX_CHART_KIND_DONUT:
        case JX_CHART_KIND_STACKED:
          n += !isnan (item->value[0]) && item->value[0] > 0;
          break;
        case JX_CHART_KIND_GROUPED:
          for (k = 0; k < MAX (chart->n_series, 1); k++)
            n += !isnan (item->value[k]);
          break;
        case JX_CHART_KIND_HBARS:
        case JX_CHART_KIND_STEPS:
        case JX_CHART_KIND_BULLET:
        case JX_CHART_KIND_SCORES:
        default:
          n += !isnan (item->value[0]);
          break;
        }
    }
  return n;
}

gboolean
jx_chart_is_offered (const JxChart *chart)
{
  g_return_val_if_fail (chart != NULL, FALSE);
  return !chart->empty && count_bars (chart) >= 2;
}

const char *
jx_chart_get_id (const JxChart *chart)
{
  g_return_val_if_fail (chart != NULL, NULL);
  return chart->id;
}

const char *
jx_chart_get_title (const JxChart *chart)
{
  g_return_val_if_fail (chart != NULL, NULL);
  return chart->title;
}

/* Body type: grows with the area, within the style's bounds, never too big for a flat or
 * narrow chart. */
static double
base_font (const JxChartStyle *style,
           double              width,
           double              height)
{
  double f = sqrt (width * height) / 62.0 * style->scale;

  f = MIN (f, height / 14.0);
  f = MIN (f, width / 18.0);
  return CLAMP (f, style->min_font, style->max_font);
}

/* A chart of many rows gets a smaller frame, so the rows keep legible type. */
static double
dense_font (const JxChart      *chart,
            const JxChartStyle *style,
            double              font,
            double              height)
{
  double per_line;
  double rows = chart->items->len;
  double fit;

  switch (chart->kind)
    {
    case JX_CHART_KIND_BULLET: per_line = 1.55; break;
    case JX_CHART_KIND_HBARS: per_line = 1.75; break;
    case JX_CHART_KIND_GROUPED: per_line = 2.9; rows += 1.5; break;
    case JX_CHART_KIND_SCORES: per_line = 1.9; break;
    case JX_CHART_KIND_DONUT:
    case JX_CHART_KIND_STACKED:
    case JX_CHART_KIND_STEPS:
    default:
      return font;
    }
  if (chart->empty || rows < 1)
    return font;
  fit = height * 0.78 / (rows * per_line);
  return fit < font ? MAX (MAX (fit * 1.3, font * 0.6), style->min_font) : font;
}

static void
run_style (const JxChart      *chart,
           cairo_t            *cr,
           double              width,
           double              height,
           const JxChartStyle *style,
           GArray             *hits,
           GArray             *texts)
{
  JxChartCtx ctx = { 0 };
  cairo_font_options_t *options;
  JxRect plot;

  gboolean was_chinese;

  if (!(width >= 1 && height >= 1) || isinf (width) || isinf (height))
    return;
  was_chinese = jx_chart_set_chinese (chart->chinese);

  ctx.chart = chart;
  ctx.style = style;
  ctx.cr = cr;
  ctx.width = width;
  ctx.height = height;
  ctx.hits = hits;
  ctx.texts = texts;
  ctx.font = dense_font (chart, ctx.style, base_font (ctx.style, width, height), height);
  ctx.pad = MAX (ctx.font * 0.9, 4);

  cairo_save (cr);
  cairo_rectangle (cr, 0, 0, width, height);
  cairo_clip (cr);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);

  /* Layout must not depend on the surface: the hit test measures on a scratch surface. */
  ctx.pango = pango_cairo_create_context (cr);
  options = cairo_font_options_create ();
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (ctx.pango, options);
  cairo_font_options_destroy (options);
  pango_context_set_round_glyph_positions (ctx.pango, FALSE);

  if (_jx_ctx_frame (&ctx, &plot))
    {
      if (chart->empty)
        _jx_ctx_message (&ctx, &plot, chart->empty_text);
      else
        switch (chart->kind)
          {
          case JX_CHART_KIND_DONUT: _jx_chart_draw_donut (&ctx, &plot); break;
          case JX_CHART_KIND_STACKED: _jx_chart_draw_stacked (&ctx, &plot); break;
          case JX_CHART_KIND_HBARS: _jx_chart_draw_hbars (&ctx, &plot); break;
          case JX_CHART_KIND_GROUPED: _jx_chart_draw_grouped (&ctx, &plot); break;
          case JX_CHART_KIND_STEPS: _jx_chart_draw_steps (&ctx, &plot); break;
          case JX_CHART_KIND_BULLET: _jx_chart_draw_bullet (&ctx, &plot); break;
          case JX_CHART_KIND_SCORES: _jx_chart_draw_scores (&ctx, &plot); break;
          default: g_assert_not_reached ();
          }
    }

  g_object_unref (ctx.pango);
  cairo_restore (cr);
  jx_chart_set_chinese (was_chinese);
}

void
_jx_chart_run (const JxChart   *chart,
               cairo_t         *cr,
               double           width,
               double           height,
               JxChartStyleKind style,
               GArray          *hits,
               GArray          *texts)
{
  run_style (chart, cr, width, height, jx_chart_style_get (style), hits, texts);
}

void
jx_chart_render_on (const JxChart   *chart,
                    cairo_t         *cr,
                    double           width,
                    double           height,
                    JxChartStyleKind style,
                    double           red,
                    double           green,
                    double           blue)
{
  JxChartStyle on;

  g_return_if_fail (chart != NULL);
  g_return_if_fail (cr != NULL);
  g_return_if_fail ((guint) style < JX_CHART_N_STYLES);

  /* The gaps between slices and segments are drawn in the background colour too. */
  on = *jx_chart_style_get (style);
  on.background = (JxRgb) { CLAMP (red, 0, 1), CLAMP (green, 0, 1), CLAMP (blue, 0, 1) };
  run_style (chart, cr, width, height, &on, NULL, NULL);
}

void
jx_chart_render (const JxChart   *chart,
                 cairo_t         *cr,
                 double           width,
                 double           height,
                 JxChartStyleKind style)
{
  g_return_if_fail (chart != NULL);
  g_return_if_fail (cr != NULL);
  g_return_if_fail ((guint) style < JX_CHART_N_STYLES);

  _jx_chart_run (chart, cr, width, height, style, NULL, NULL);
}

static gboolean
hit_contains (const JxChartHit *hit,
              double            x,
              double            y)
{
  double dx, dy, r, a;

  if (hit->shape == JX_HIT_RECT)
    return x >= hit->x && x < hit->x + hit->w && y >= hit->y && y < hit->y + hit->h;

  dx = x - hit->x;
  dy = y - hit->y;
  r = sqrt (dx * dx + dy * dy);
  if (r < hit->w || r > hit->h)
    return FALSE;
  a = atan2 (dy, dx);
  while (a < hit->a0)
    a += 2 * G_PI;
  return a <= hit->a1;
}

char *
jx_chart_describe_at (const JxChart *chart,
                      double         width,
                      double         height,
                      double         x,
                      double         y)
{
  return jx_chart_describe_at_style (chart, width, height, JX_CHART_STYLE_LIGHT, x, y);
}

char *
jx_chart_describe_at_style (const JxChart   *chart,
                            double           width,
                            double           height,
                            JxChartStyleKind style,
                            double           x,
                            double           y)
{
  g_autoptr(GArray) hits = NULL;
  cairo_surface_t *scratch;
  cairo_t *cr;
  guint i;

  g_return_val_if_fail (chart != NULL, NULL);
  g_return_val_if_fail ((guint) style < JX_CHART_N_STYLES, NULL);

  if (x < 0 || y < 0 || x >= width || y >= height)
    return NULL;

  hits = g_array_new (FALSE, FALSE, sizeof (JxChartHit));
  scratch = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1, 1);
  cr = cairo_create (scratch);
  _jx_chart_run (chart, cr, width, height, style, hits, NULL);
  cairo_destroy (cr);
  cairo_surface_destroy (scratch);

  /* The last region drawn is on top. */
  for (i = hits->len; i > 0; i--)
    {
      const JxChartHit *hit = &g_array_index (hits, JxChartHit, i - 1);

      if (hit_contains (hit, x, y))
        return g_strdup (hit->text);
    }
  return NULL;
}

char *
jx_chart_dup_text_alternative (const JxChart *chart)
{
  g_autoptr(GString) s = g_string_new (NULL);
  int panel = -1;
  guint i;

  g_return_val_if_fail (chart != NULL, NULL);

  g_string_append_printf (s, "%s\n", chart->title);
  if (chart->subtitle != NULL && chart->subtitle[0] != '\0')
    g_string_append_printf (s, "%s\n", chart->subtitle);
  if (chart->summary != NULL)
    g_string_append_printf (s, "%s\n", chart->summary);
  if (chart->empty)
    g_string_append_printf (s, "%s\n", chart->empty_text);
  else
    for (i = 0; i < chart->items->len; i++)
      {
        const JxChartItem *item = g_ptr_array_index (chart->items, i);

        if (chart->kind == JX_CHART_KIND_GROUPED && item->panel != panel)
          {
            panel = item->panel;
            if (chart->panels[panel] != NULL)
              g_string_append_printf (s, "%s\n", chart->panels[panel]);
          }
        g_string_append_printf (s, "%s\n", item->describe);
      }
  if (chart->footnote != NULL)
    g_string_append_printf (s, "%s\n", chart->footnote);
  return g_string_free (g_steal_pointer (&s), FALSE);
}

guint
_jx_chart_fills_used (const JxChart *chart)
{
  guint mask = 0;
  guint n = chart->items->len;
  guint i;

  if (chart->empty)
    return 0;
  switch (chart->kind)
    {
    case JX_CHART_KIND_DONUT:
      for (i = 0; i < MIN (n, JX_CHART_MAX_SLICES); i++)
        mask |= 1u << i;
      break;
    case JX_CHART_KIND_STACKED:
    case JX_CHART_KIND_STEPS:
      for (i = 0; i < n; i++)
        {
          const JxChartItem *item = g_ptr_array_index (chart->items, i);

          if (!isnan (item->value[0]) && item->value[0] != 0)
            mask |= 1u << item->fill;
        }
      break;
    case JX_CHART_KIND_HBARS:
      mask = 1u << 0;
      break;
    case JX_CHART_KIND_GROUPED:
    case JX_CHART_KIND_BULLET:
    case JX_CHART_KIND_SCORES:
      for (i = 0; i < chart->n_series; i++)
        mask |= 1u << chart->series_fill[i];
      break;
    default:
      g_assert_not_reached ();
    }
  return mask;
}
