/* SPDX-License-Identifier: GPL-3.0-or-later */
/* jx-slides-text.c: the type of the slides: layouts on the projector family, text fitted to a box, headings, figures. */
#define G_LOG_DOMAIN "jx-slides"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "jx-money.h"
#include "jx-slides-private.h"
#include "jx-text-breaks.h"

void
_jx_slide_set_rgb (cairo_t     *cr,
                   const JxRgb *c)
{
  cairo_set_source_rgb (cr, c->r, c->g, c->b);
}

/* Lays out `text` in a box `width` wide; returns the layout (caller draws and frees). */
PangoLayout *
_jx_slide_layout (cairo_t    *cr,
                  const char *text,
                  double      size,
                  gboolean    bold,
                  double      width,
                  PangoAlignment align)
{
  PangoLayout *layout = pango_cairo_create_layout (cr);
  g_autoptr(PangoFontDescription) font = pango_font_description_from_string (jx_chart_style_get (JX_CHART_STYLE_PROJECTOR)->family);

  pango_font_description_set_absolute_size (font, size * PANGO_SCALE);
  pango_font_description_set_weight (font, bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
  pango_layout_set_font_description (layout, font);
  pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_alignment (layout, align);
  {
    /* Metrics unhinted, so that a text breaks into the same lines on every surface: the deck
     * measures the problems slides on a scratch image, the PDF and the screen draw them. */
    PangoContext *context = pango_layout_get_context (layout);
    cairo_font_options_t *options = cairo_font_options_create ();

    cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
    cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
    pango_cairo_context_set_font_options (context, options);
    cairo_font_options_destroy (options);
    pango_context_set_round_glyph_positions (context, FALSE);
    pango_layout_context_changed (layout);
  }
  {
    /* A slide shows at most some 2,500 characters: a longer text is laid out as its first
     * JX_SLIDE_MAX_TEXT and "…" (it is ellipsized to its box anyway), long words breakable. */
    g_autofree char *shortened = jx_text_shortened (text, JX_SLIDE_MAX_TEXT);
    g_autofree char *breakable = jx_text_breakable (shortened != NULL ? shortened : text);

    pango_layout_set_text (layout, breakable != NULL ? breakable : shortened != NULL ? shortened : text, -1);
  }
  return layout;
}

/* Draws text at (x, y); returns the height used. */
double
_jx_slide_text (cairo_t     *cr,
                const char  *text,
                double       x,
                double       y,
                double       width,
                double       size,
                gboolean     bold,
                const JxRgb *colour,
                PangoAlignment align)
{
  g_autoptr(PangoLayout) layout = _jx_slide_layout (cr, text, size, bold, width, align);
  int w, h;

  pango_layout_get_pixel_size (layout, &w, &h);
  _jx_slide_set_rgb (cr, colour);
  cairo_move_to (cr, x, y);
  pango_cairo_show_layout (cr, layout);
  return h;
}

/* The largest size from `size` down to `min_size` at which `text` fits width × height. */
double
_jx_slide_fit_size (cairo_t    *cr,
                    const char *text,
                    double      width,
                    double      height,
                    double      size,
                    double      min_size)
{
  for (;; size *= 0.92)
    {
      g_autoptr(PangoLayout) layout = _jx_slide_layout (cr, text, size, FALSE, width, PANGO_ALIGN_LEFT);
      int w, h;

      pango_layout_set_line_spacing (layout, 1.35);
      pango_layout_get_pixel_size (layout, &w, &h);
      if (h <= height || size <= min_size)
        return MAX (size, min_size);
    }
}

/* Draws text at `size` (ellipsized if it still does not fit width × height). */
void
_jx_slide_text_fit (cairo_t     *cr,
                    const char  *text,
                    double       x,
                    double       y,
                    double       width,
                    double       height,
                    double       size,
                    double       min_size,
                    const JxRgb *colour)
{
  PangoLayout *layout;
  int w, h;

  size = _jx_slide_fit_size (cr, text, width, height, size, min_size);
  layout = _jx_slide_layout (cr, text, size, FALSE, width, PANGO_ALIGN_LEFT);
  pango_layout_set_line_spacing (layout, 1.35);
  pango_layout_get_pixel_size (layout, &w, &h);
  if (h > height)
    {
      pango_layout_set_height (layout, (int) (height * PANGO_SCALE));
      pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
    }
  _jx_slide_set_rgb (cr, colour);
  cairo_move_to (cr, x, y);
  pango_cairo_show_layout (cr, layout);
  g_object_unref (layout);
}

double
_jx_slide_heading (cairo_t       *cr,
                   const char    *title,
                   const Palette *p)
{
  double h = _jx_slide_text (cr, title, MARGIN, 64, W - 2 * MARGIN, 64, TRUE, &p->text, PANGO_ALIGN_LEFT);

  _jx_slide_set_rgb (cr, &p->accent);
  cairo_rectangle (cr, MARGIN, 64 + h + 16, 160, 8);
  cairo_fill (cr);
  return 64 + h + 56;
}

char *
_jx_slide_percent (double v)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];

  if (isnan (v))
    return g_strdup ("—");
  g_ascii_formatd (buf, sizeof buf, "%.2f", jx_round (v, 2, JX_ROUNDING_HALF_UP));
  return g_strdup_printf ("%s%%", buf);
}

char *
_jx_slide_score (double v)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];

  if (isnan (v))
    return g_strdup ("—");
  if (fabs (v - round (v)) < 1e-9)
    g_ascii_formatd (buf, sizeof buf, "%.0f", v);
  else
    g_ascii_formatd (buf, sizeof buf, "%.2f", v);
  return g_strdup (buf);
}

