/* SPDX-License-Identifier: GPL-3.0-or-later */
/* jx-chart-draw.c: what every chart kind draws with: text measured and set with Pango
 * (wrapped or ellipsized to the room it has), the frame (background, title, subtitle,
 * summary, footnote), swatches and fills, hit regions, rows that fit. */
#define G_LOG_DOMAIN "jx-chart"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "jx-chart-private.h"
#include "jx-text-breaks.h"

/* Characters of a chart text laid out at most (see _jx_ctx_layout). */
#define JX_CHART_MAX_LABEL 300

double
_jx_ctx_size (JxChartCtx *ctx,
              double      factor)
{
  return MAX (ctx->font * factor, ctx->style->min_font);
}

double
_jx_ctx_line (JxChartCtx *ctx)
{
  return MAX (ctx->font * ctx->style->line, 0.75);
}

PangoLayout *
_jx_ctx_layout (JxChartCtx *ctx,
                const char *text,
                double      size,
                gboolean    bold,
                double      max_width,
                int         max_lines)
{
  PangoLayout *layout = pango_layout_new (ctx->pango);
  PangoFontDescription *desc = pango_font_description_new ();
  PangoAttrList *attrs = pango_attr_list_new ();

  pango_font_description_set_family (desc, ctx->style->family);
  pango_font_description_set_absolute_size (desc, size * PANGO_SCALE);
  pango_font_description_set_weight (desc, bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
  pango_layout_set_font_description (layout, desc);
  pango_font_description_free (desc);
  /* Figures of equal width, so columns of numbers line up. */
  pango_attr_list_insert (attrs, pango_attr_font_features_new ("tnum=1"));
  pango_layout_set_attributes (layout, attrs);
  pango_attr_list_unref (attrs);
  {
    /* No chart shows more of a label than this: a 10,000-character name is laid out (and
     * measured, many times over) as its first JX_CHART_MAX_LABEL characters and "…"; the
     * full text is in the report's table. Long unbroken words wrap in linear time. */
    g_autofree char *shortened = jx_text_shortened (text, JX_CHART_MAX_LABEL);
    g_autofree char *breakable = jx_text_breakable (shortened != NULL ? shortened : text);

    pango_layout_set_text (layout, breakable != NULL ? breakable : shortened != NULL ? shortened : text, -1);
  }
  if (max_width > 0)
    {
      pango_layout_set_width (layout, (int) (max_width * PANGO_SCALE));
      pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
      pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
      pango_layout_set_height (layout, -MAX (max_lines, 1));
    }
  return layout;
}

void
_jx_layout_size (PangoLayout *layout,
                 double      *width,
                 double      *height)
{
  PangoRectangle logical;

  pango_layout_get_extents (layout, NULL, &logical);
  if (width != NULL)
    *width = (double) logical.width / PANGO_SCALE;
  if (height != NULL)
    *height = (double) logical.height / PANGO_SCALE;
}

void
_jx_ctx_show (JxChartCtx  *ctx,
              PangoLayout *layout,
              double       x,
              double       y,
              const JxRgb *colour)
{
  PangoRectangle ink;
  PangoRectangle logical;

  pango_layout_get_extents (layout, &ink, &logical);
  cairo_move_to (ctx->cr, x - (double) logical.x / PANGO_SCALE, y);
  jx_chart_style_set_rgb (ctx->cr, colour);
  pango_cairo_show_layout (ctx->cr, layout);
  if (ctx->texts != NULL && ink.width > 0)
    {
      /* Ink, not logical boxes: line spacing may touch, glyphs may not. */
      JxRect r = { x + (double) (ink.x - logical.x) / PANGO_SCALE, y + (double) ink.y / PANGO_SCALE,
                   (double) ink.width / PANGO_SCALE, (double) ink.height / PANGO_SCALE };

      g_array_append_val (ctx->texts, r);
    }
}

double
_jx_ctx_text (JxChartCtx  *ctx,
              const char  *text,
              double       x,
              double       y,
              double       size,
              gboolean     bold,
              double       max_width,
              int          max_lines,
              JxAlign      align,
              const JxRgb *colour)
{
  g_autoptr(PangoLayout) layout = NULL;
  double w, h;

  if (text == NULL || text[0] == '\0')
    return 0;
  /* No room for even one glyph: an ellipsis alone would spill over. */
  if (max_width > 0 && max_width < size * 1.05)
    return 0;
  layout = _jx_ctx_layout (ctx, text, size, bold, max_width, max_lines);
  _jx_layout_size (layout, &w, &h);
  if (align == JX_ALIGN_CENTER)
    x -= w / 2;
  else if (align == JX_ALIGN_END)
    x -= w;
  _jx_ctx_show (ctx, layout, x, y, colour);
  return h;
}

double
_jx_ctx_text_mid (JxChartCtx  *ctx,
                  const char  *text,
                  double       x,
                  double       cy,
                  double       size,
                  gboolean     bold,
                  double       max_width,
                  int          max_lines,
                  JxAlign      align,
                  const JxRgb *colour)
{
  g_autoptr(PangoLayout) layout = NULL;
  double w, h;

  if (text == NULL || text[0] == '\0' || (max_width > 0 && max_width < size * 1.05))
    return 0;
  layout = _jx_ctx_layout (ctx, text, size, bold, max_width, max_lines);
  _jx_layout_size (layout, &w, &h);
  if (align == JX_ALIGN_CENTER)
    x -= w / 2;
  else if (align == JX_ALIGN_END)
    x -= w;
  _jx_ctx_show (ctx, layout, x, cy - h / 2, colour);
  return h;
}

double
_jx_ctx_text_width (JxChartCtx *ctx,
                    const char *text,
                    double      size,
                    gboolean    bold)
{
  g_autoptr(PangoLayout) layout = NULL;
  double w;

  if (text == NULL || text[0] == '\0')
    return 0;
  layout = _jx_ctx_layout (ctx, text, size, bold, -1, 1);
  _jx_layout_size (layout, &w, NULL);
  return w;
}

double
_jx_ctx_text_height (JxChartCtx *ctx,
                     const char *text,
                     double      size,
                     gboolean    bold,
                     double      max_width,
                     int         max_lines)
{
  g_autoptr(PangoLayout) layout = NULL;
  double h;

  if (text == NULL || text[0] == '\0')
    return 0;
  layout = _jx_ctx_layout (ctx, text, size, bold, max_width, max_lines);
  _jx_layout_size (layout, NULL, &h);
  return h;
}

gboolean
_jx_ctx_frame (JxChartCtx *ctx,
               JxRect     *plot)
{
  const JxChart *chart = ctx->chart;
  const JxChartStyle *style = ctx->style;
  double x = ctx->pad;
  double w = ctx->width - 2 * ctx->pad;
  double y = ctx->pad;
  double bottom = ctx->height - ctx->pad;
  gboolean roomy = ctx->height >= ctx->font * 12;

  jx_chart_style_set_rgb (ctx->cr, &style->background);
  cairo_paint (ctx->cr);

  if (w < ctx->font * 2)
    return FALSE;

  y += _jx_ctx_text (ctx, chart->title, x, y, _jx_ctx_size (ctx, 1.3), TRUE, w, 2,
                     JX_ALIGN_START, &style->text);
  if (roomy && chart->subtitle != NULL)
    y += ctx->font * 0.1 + _jx_ctx_text (ctx, chart->subtitle, x, y + ctx->font * 0.1,
                                         _jx_ctx_size (ctx, 0.85), FALSE, w, 1,
                                         JX_ALIGN_START, &style->muted);
  if (roomy && chart->summary != NULL && !chart->empty)
    y += ctx->font * 0.2 + _jx_ctx_text (ctx, chart->summary, x, y + ctx->font * 0.2,
                                         _jx_ctx_size (ctx, 0.95), TRUE, w, 2,
                                         JX_ALIGN_START, &style->text);
  y += ctx->font * 0.8;

  if (roomy && chart->footnote != NULL && !chart->empty)
    {
      double size = _jx_ctx_size (ctx, 0.8);
      double h = _jx_ctx_text_height (ctx, chart->footnote, size, FALSE, w, 2);

      bottom -= h;
      _jx_ctx_text (ctx, chart->footnote, x, bottom, size, FALSE, w, 2, JX_ALIGN_START, &style->muted);
      bottom -= ctx->font * 0.5;
    }

  plot->x = x;
  plot->y = y;
  plot->w = w;
  plot->h = bottom - y;
  return plot->h >= ctx->font * 1.6;
}

void
_jx_ctx_message (JxChartCtx   *ctx,
                 const JxRect *area,
                 const char   *text)
{
  g_auto(GStrv) lines = g_strsplit (text != NULL ? text : "", "\n", 2);
  double big = _jx_ctx_size (ctx, 1.2);
  double small = _jx_ctx_size (ctx, 0.9);
  double h1 = _jx_ctx_text_height (ctx, lines[0], big, TRUE, area->w, 1);
  double h2 = lines[0] != NULL && lines[1] != NULL ? _jx_ctx_text_height (ctx, lines[1], small, FALSE, area->w, 3) : 0;
  double y = area->y + MAX (0, (area->h - h1 - h2 - ctx->font * 0.3) / 2);
  double cx = area->x + area->w / 2;

  if (lines[0] == NULL)
    return;
  if (h1 <= area->h)
    y += _jx_ctx_text (ctx, lines[0], cx, y, big, TRUE, area->w, 1, JX_ALIGN_CENTER, &ctx->style->text);
  if (lines[1] != NULL && y + ctx->font * 0.3 + h2 <= area->y + area->h)
    _jx_ctx_text (ctx, lines[1], cx, y + ctx->font * 0.3, small, FALSE, area->w, 3,
                  JX_ALIGN_CENTER, &ctx->style->muted);
}

static void
fill_rect (JxChartCtx *ctx,
           double      x,
           double      y,
           double      w,
           double      h,
           int         fill,
           double      unit)
{
  cairo_t *cr = ctx->cr;

  if (w <= 0 || h <= 0)
    return;
  cairo_rectangle (cr, x, y, w, h);
  jx_chart_style_fill (ctx->style, cr, fill, unit);
  if (ctx->style->outlined)
    {
      double lw = _jx_ctx_line (ctx) * 0.6;

      cairo_rectangle (cr, x + lw / 2, y + lw / 2, MAX (w - lw, 0), MAX (h - lw, 0));
      cairo_set_line_width (cr, lw);
      jx_chart_style_set_rgb (cr, &ctx->style->outline);
      cairo_stroke (cr);
    }
}

void
_jx_ctx_fill_rect (JxChartCtx *ctx,
                   double      x,
                   double      y,
                   double      w,
                   double      h,
                   int         fill)
{
  fill_rect (ctx, x, y, w, h, fill, MAX (ctx->font * 0.42, 3));
}

void
_jx_ctx_swatch (JxChartCtx *ctx,
                double      x,
                double      y,
                double      size,
                int         fill)
{
  fill_rect (ctx, x, y, size, size, fill, MAX (size / 3.2, 2.5));
}

void
_jx_ctx_plate (JxChartCtx *ctx,
               double      x,
               double      y,
               double      w,
               double      h)
{
  cairo_t *cr = ctx->cr;
  double r = MIN (h / 4, w / 4);

  cairo_new_sub_path (cr);
  cairo_arc (cr, x + w - r, y + r, r, -G_PI / 2, 0);
  cairo_arc (cr, x + w - r, y + h - r, r, 0, G_PI / 2);
  cairo_arc (cr, x + r, y + h - r, r, G_PI / 2, G_PI);
  cairo_arc (cr, x + r, y + r, r, G_PI, 3 * G_PI / 2);
  cairo_close_path (cr);
  jx_chart_style_set_rgb (cr, &ctx->style->background);
  cairo_fill (cr);
}

void
_jx_ctx_hit_rect (JxChartCtx *ctx,
                  double      x,
                  double      y,
                  double      w,
                  double      h,
                  const char *text)
{
  JxChartHit hit = { JX_HIT_RECT, x, y, w, h, 0, 0, text };

  if (ctx->hits != NULL && text != NULL)
    g_array_append_val (ctx->hits, hit);
}

void
_jx_ctx_hit_sector (JxChartCtx *ctx,
                    double      cx,
                    double      cy,
                    double      r0,
                    double      r1,
                    double      a0,
                    double      a1,
                    const char *text)
{
  JxChartHit hit = { JX_HIT_SECTOR, cx, cy, r0, r1, a0, a1, text };

  if (ctx->hits != NULL && text != NULL)
    g_array_append_val (ctx->hits, hit);
}

static double
series_legend (JxChartCtx         *ctx,
               double              x,
               double              y,
               double              max_width,
               guint               n,
               const char * const *names,
               const int          *fills,
               gboolean            draw)
{
  double size = _jx_ctx_size (ctx, 0.85);
  double sw = size * 0.95;
  double line = size * 1.45;
  double cx = x;
  double cy = y;
  guint i;

  for (i = 0; i < n; i++)
    {
      double tw = MIN (_jx_ctx_text_width (ctx, names[i], size, FALSE), max_width - sw - size * 0.4);
      double need = sw + size * 0.4 + tw;

      if (cx > x && cx + need > x + max_width)
        {
          cx = x;
          cy += line;
        }
      if (draw)
        {
          _jx_ctx_swatch (ctx, cx, cy + (line - sw) / 2, sw, fills[i]);
          _jx_ctx_text_mid (ctx, names[i], cx + sw + size * 0.4, cy + line / 2,
                            size, FALSE, tw + size * 0.3, 1, JX_ALIGN_START, &ctx->style->text);
        }
      cx += need + size * 1.4;
    }
  return cy - y + line;
}

double
_jx_ctx_series_legend (JxChartCtx         *ctx,
                       double              x,
                       double              y,
                       double              max_width,
                       guint               n,
                       const char * const *names,
                       const int          *fills)
{
  return series_legend (ctx, x, y, max_width, n, names, fills, TRUE);
}

double
_jx_ctx_series_legend_height (JxChartCtx         *ctx,
                              double              max_width,
                              guint               n,
                              const char * const *names)
{
  return series_legend (ctx, 0, 0, max_width, n, names, NULL, FALSE);
}

void
_jx_rows_fit (JxChartCtx *ctx,
              double      avail,
              guint       n,
              double      per_line,
              double      spread,
              JxRows     *rows)
{
  double min = ctx->style->min_font;
  double size;

  memset (rows, 0, sizeof *rows);
  if (n == 0 || avail <= 0)
    return;
  size = MIN (ctx->font, avail / (n * per_line));
  if (size >= min)
    {
      rows->shown = n;
    }
  else
    {
      size = min;
      rows->shown = (guint) MAX (0, floor ((avail - min * 1.5) / (min * per_line)));
      rows->shown = MIN (rows->shown, n);
    }
  rows->hidden = n - rows->shown;
  rows->size = size;
  if (rows->shown == 0)
    return;
  rows->height = MIN ((avail - (rows->hidden > 0 ? min * 1.5 : 0)) / rows->shown, size * per_line * spread);
  rows->lines = rows->height >= size * 2.9 ? 2 : 1;
}

double
_jx_ctx_more (JxChartCtx   *ctx,
              const JxRect *area,
              double        y,
              guint         hidden,
              double        size)
{
  g_autofree char *text = NULL;

  if (hidden == 0)
    return 0;
  text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "… and %u more (listed in the text alternative)",
                                       "… and %u more (listed in the text alternative)", hidden), hidden);
  return _jx_ctx_text (ctx, text, area->x, y, size, FALSE, area->w, 1, JX_ALIGN_START, &ctx->style->muted);
}
