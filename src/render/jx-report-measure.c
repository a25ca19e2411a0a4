/* SPDX-License-Identifier: GPL-3.0-or-later */
/* jx-report-measure.c: a text of the report laid out by Pango, in linear time whatever its
 * length. A long text is laid out in pieces of whole lines (JX_MEASURE_PIECE bytes at a
 * time: all lines of a piece but its last are kept, the next piece starts where that last
 * line did), so no layout is ever longer than a piece; long unbroken words get break
 * opportunities first (jx-text-breaks.h). Pango's cost per layout grows faster than its
 * length, and a paragraph of a hundred pages was drawn whole, clipped, on each of them;
 * a 200,000-character word now costs four times a 50,000 one, and every character of it
 * is printed. */
#define G_LOG_DOMAIN "jx-report"

#include "config.h"

#include <string.h>

#include "jx-report-private.h"
#include "jx-text-breaks.h"

/* Bytes of text per layout: some 1,300 Chinese characters, 30 lines of body text. */
#define JX_MEASURE_PIECE 4096

static const char *
family_of (JxReportFace face)
{
  return face == JX_REPORT_FACE_HEI ? JX_REPORT_FONT_SANS : JX_REPORT_FONT_SERIF;
}

static PangoAlignment
pango_align (JxCellAlign align)
{
  return align == JX_CELL_RIGHT ? PANGO_ALIGN_RIGHT : align == JX_CELL_CENTER ? PANGO_ALIGN_CENTER : PANGO_ALIGN_LEFT;
}

/* A layout in `style`, `width` points wide, with no text yet. */
static PangoLayout *
layout_for (PangoContext   *context,
            JxReportStyle   style,
            double          width,
            PangoAlignment  align)
{
  const JxReportStyleInfo *info = _jx_report_style (style);
  PangoLayout *layout = pango_layout_new (context);
  g_autoptr(PangoFontDescription) font = pango_font_description_new ();

  pango_font_description_set_family (font, family_of (info->face));
  pango_font_description_set_weight (font, info->bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
  /* absolute: in the user units of the target, which are points */
  pango_font_description_set_absolute_size (font, info->size * PANGO_SCALE);
  pango_layout_set_font_description (layout, font);
  pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_alignment (layout, align);
  /* no justification: pango stretches only spaces, which opens gaps around the figures of a
   * Chinese line; ragged right is what a line of equal-width characters barely shows */
  pango_layout_set_indent (layout, (int) (info->indent * info->size * PANGO_SCALE));
  if (info->line_spacing > 0)
    pango_layout_set_line_spacing (layout, (float) info->line_spacing);
  return layout;
}

PangoLayout *
_jx_report_layout_new (PangoContext   *context,
                       JxReportStyle   style,
                       const char     *text,
                       double          width,
                       PangoAlignment  align)
{
  PangoLayout *layout = layout_for (context, style, width, align);
  g_autofree char *breakable = jx_text_breakable (text);

  pango_layout_set_text (layout, breakable != NULL ? breakable : text != NULL ? text : "", -1);
  return layout;
}

void
_jx_text_measure_clear (JxTextMeasure *m)
{
  g_clear_pointer (&m->pieces, g_ptr_array_unref);
  g_clear_pointer (&m->piece_lines, g_array_unref);
  g_clear_pointer (&m->piece_top, g_array_unref);
  g_clear_pointer (&m->bounds, g_array_unref);
  m->height = 0;
}

/* Appends the tops of the first `n_lines` lines of `layout` to the bounds, the first at
 * `top`; returns where the line after them starts (or the layout's bottom). */
static double
append_lines (GArray      *bounds,
              PangoLayout *layout,
              guint        n_lines,
              double       top)
{
  PangoLayoutIter *iter = pango_layout_get_iter (layout);
  PangoRectangle logical;
  guint i = 0;
  double next;
  int y0, y1;

  do
    {
      double y;

      pango_layout_iter_get_line_yrange (iter, &y0, &y1);
      if (i == n_lines)
        break;
      y = top + (i == 0 ? 0 : (double) y0 / PANGO_SCALE);
      g_array_append_val (bounds, y);
      i++;
    }
  while (pango_layout_iter_next_line (iter));
  pango_layout_iter_free (iter);

  if (i == n_lines && n_lines < (guint) pango_layout_get_line_count (layout))
    return top + (double) y0 / PANGO_SCALE;   /* the top of the line left for the next piece */
  pango_layout_get_extents (layout, NULL, &logical);
  next = top + (double) (logical.y + logical.height) / PANGO_SCALE;
  return MAX (next, bounds->len > 0 ? g_array_index (bounds, double, bounds->len - 1) : top);
}

static void
add_piece (JxTextMeasure *m,
           PangoLayout   *layout,
           guint          n_lines,
           double         top)
{
  g_ptr_array_add (m->pieces, layout);
  g_array_append_val (m->piece_lines, n_lines);
  g_array_append_val (m->piece_top, top);
}

void
_jx_text_measure_set (JxTextMeasure *m,
                      PangoContext  *context,
                      JxReportStyle  style,
                      const char    *text,
                      double         width,
                      JxCellAlign    align)
{
  g_autofree char *breakable = jx_text_breakable (text);
  const char *all = breakable != NULL ? breakable : text != NULL ? text : "";
  gsize length = strlen (all);
  gsize offset = 0;
  double top = 0;

  _jx_text_measure_clear (m);
  m->pieces = g_ptr_array_new_with_free_func (g_object_unref);
  m->piece_lines = g_array_new (FALSE, FALSE, sizeof (guint));
  m->piece_top = g_array_new (FALSE, FALSE, sizeof (double));
  m->bounds = g_array_new (FALSE, FALSE, sizeof (double));

  for (;;)
    {
      PangoLayout *layout = layout_for (context, style, width, pango_align (align));
      gsize rest = length - offset;
      gsize cut = rest;
      guint n_lines, keep;

      /* A piece that starts inside a paragraph (where the last one's line broke) has no
       * first-line indent. */
      if (offset > 0 && all[offset - 1] != '\n')
        pango_layout_set_indent (layout, 0);
      if (rest > JX_MEASURE_PIECE)
        cut = g_utf8_find_prev_char (all + offset, all + offset + JX_MEASURE_PIECE) - (all + offset);
      pango_layout_set_text (layout, all + offset, (int) cut);
      n_lines = (guint) pango_layout_get_line_count (layout);
      keep = n_lines;
      if (cut < rest && n_lines > 1)
        keep = n_lines - 1;   /* its last line may go on past the cut: laid out again */
      top = append_lines (m->bounds, layout, keep, top);
      add_piece (m, layout, keep, g_array_index (m->bounds, double, m->bounds->len - keep));
      if (cut == rest)
        break;
      offset += keep < n_lines ? (gsize) pango_layout_get_line_readonly (layout, (int) keep)->start_index : cut;
    }
  g_array_append_val (m->bounds, top);
  m->height = top;
}

guint
_jx_text_measure_n_lines (const JxTextMeasure *m)
{
  return m->bounds->len - 1;
}

void
_jx_text_measure_draw (const JxTextMeasure *m,
                       cairo_t             *cr,
                       double               x,
                       double               y,
                       guint                first,
                       guint                count)
{
  double top;
  guint p, line = 0;

  if (count == 0 || m->pieces == NULL)
    return;
  g_assert (first + count < m->bounds->len);
  top = g_array_index (m->bounds, double, first);

  for (p = 0; p < m->pieces->len && line < first + count; p++)
    {
      PangoLayout *layout = g_ptr_array_index (m->pieces, p);
      guint n = g_array_index (m->piece_lines, guint, p);
      double piece_top = g_array_index (m->piece_top, double, p);
      PangoLayoutIter *iter;
      guint i = 0;

      if (line + n <= first)
        {
          line += n;
          continue;
        }
      if (line >= first && line + n <= first + count && n == (guint) pango_layout_get_line_count (layout))
        {
          /* the whole piece */
          cairo_move_to (cr, x, y - top + piece_top);
          pango_cairo_show_layout (cr, layout);
          line += n;
          continue;
        }
      /* Only its lines in [first, first + count), each at its place. */
      iter = pango_layout_get_iter (layout);
      do
        {
          PangoRectangle rect;

          if (i >= n || line + i >= first + count)
            break;
          if (line + i >= first)
            {
              pango_layout_iter_get_line_extents (iter, NULL, &rect);
              cairo_move_to (cr, x + (double) rect.x / PANGO_SCALE,
                             y - top + piece_top + (double) pango_layout_iter_get_baseline (iter) / PANGO_SCALE);
              pango_cairo_show_layout_line (cr, pango_layout_iter_get_line_readonly (iter));
            }
          i++;
        }
      while (pango_layout_iter_next_line (iter));
      pango_layout_iter_free (iter);
      line += n;
    }
}
