/* SPDX-License-Identifier: GPL-3.0-or-later */
/* jx-report-table-layout.c: the paginator's side of a table — cells wrapped by pango,
 * numbers right-aligned, a grey header row repeated on each page, and merged group columns:
 * the label stands in the group's first row, and again in the first row of each following
 * page, and no rule separates the group's rows in that column.
 */
#define G_LOG_DOMAIN "jx-report"

#include "config.h"

#include "jx-report-private.h"

#define RULE_WIDTH 0.6

static void
row_measure_clear (JxRowMeasure *m)
{
  guint c;

  for (c = 0; c < JX_TABLE_MAX_COLUMNS; c++)
    _jx_text_measure_clear (&m->cells[c]);
}

static void
measure_row (const JxReportTable *t,
             JxTableMeasure      *tm,
             const JxReportRow   *row,
             JxRowMeasure        *m,
             PangoContext        *context,
             gboolean             header)
{
  guint c;

  m->height = m->top_height = 0;
  for (c = 0; c < t->n_columns; c++)
    {
      const JxReportCell *cell = row->cells[c];
      double width;

      if (cell == NULL)
        continue;
      width = tm->x[c + cell->span] - tm->x[c] - 2 * JX_TABLE_PAD_X;
      _jx_text_measure_set (&m->cells[c], context, row->bold ? JX_REPORT_STYLE_CELL_HEAD : JX_REPORT_STYLE_CELL,
                            cell->text, width, jx_report_cell_align (t, row, c, header));
      if (jx_report_cell_visible (row, c, FALSE))
        m->height = MAX (m->height, m->cells[c].height);
      m->top_height = MAX (m->top_height, m->cells[c].height);
    }
  m->height += 2 * JX_TABLE_PAD_Y;
  m->top_height += 2 * JX_TABLE_PAD_Y;
}

JxTableMeasure *
_jx_table_measure_new (const JxReportTable *t,
                       PangoContext        *context,
                       double               width)
{
  JxTableMeasure *m = g_new0 (JxTableMeasure, 1);
  guint i;

  m->x[0] = 0;
  for (i = 0; i < t->n_columns; i++)
    m->x[i + 1] = m->x[i] + t->fractions[i] * width;

  if (t->continued_label != NULL)
    {
      _jx_text_measure_set (&m->continued, context, JX_REPORT_STYLE_CONTINUED, t->continued_label, width,
                            JX_CELL_RIGHT);
      m->continued_height = _jx_report_style (JX_REPORT_STYLE_CONTINUED)->space_after + m->continued.height;
    }

  m->n_header = t->header->len;
  m->n_rows = t->rows->len;
  m->header = g_new0 (JxRowMeasure, MAX (m->n_header, 1));
  m->rows = g_new0 (JxRowMeasure, MAX (m->n_rows, 1));
  for (i = 0; i < m->n_header; i++)
    {
      measure_row (t, m, g_ptr_array_index (t->header, i), &m->header[i], context, TRUE);
      m->header_height += m->header[i].height;
    }
  for (i = 0; i < m->n_rows; i++)
    measure_row (t, m, g_ptr_array_index (t->rows, i), &m->rows[i], context, FALSE);
  return m;
}

void
_jx_table_measure_free (JxTableMeasure *m)
{
  guint i;

  if (m == NULL)
    return;
  for (i = 0; i < m->n_header; i++)
    row_measure_clear (&m->header[i]);
  for (i = 0; i < m->n_rows; i++)
    row_measure_clear (&m->rows[i]);
  g_free (m->header);
  g_free (m->rows);
  _jx_text_measure_clear (&m->continued);
  g_free (m);
}

static void
draw_row (const JxReportTable  *t,
          const JxTableMeasure *tm,
          cairo_t              *cr,
          const JxReportRow    *row,
          const JxRowMeasure   *m,
          double                x,
          double                y,
          double                height,
          gboolean              header,
          gboolean              at_top,
          const JxTablePiece   *piece)
{
  guint c;

  if (header || row->bold)
    {
      double grey = header ? 0.88 : 0.95;

      cairo_set_source_rgb (cr, grey, grey, grey);
      cairo_rectangle (cr, x, y, tm->x[t->n_columns], height);
      cairo_fill (cr);
      cairo_set_source_rgb (cr, 0, 0, 0);
    }

  for (c = 0; c < t->n_columns; c++)
    {
      const JxTextMeasure *cell = &m->cells[c];
      double x0;

      if (!jx_report_cell_visible (row, c, at_top))
        continue;
      x0 = x + tm->x[c];
      if (piece != NULL && piece->split)
        _jx_text_measure_draw (cell, cr, x0 + JX_TABLE_PAD_X, y + JX_TABLE_PAD_Y,
                               piece->first[c], piece->count[c]);
      else
        _jx_text_measure_draw (cell, cr, x0 + JX_TABLE_PAD_X, y + (height - cell->height) / 2,
                               0, _jx_text_measure_n_lines (cell));
    }

  /* rules: the top one is left out inside a merged group */
  cairo_new_path (cr);
  for (c = 0; c < t->n_columns; c++)
    {
      const JxReportCell *cell = row->cells[c];
      double x0, x1;

      if (cell == NULL)
        continue;
      x0 = x + tm->x[c];
      x1 = x + tm->x[c + cell->span];
      if (c >= t->n_group_columns || !row->continues[c] || at_top)
        {
          cairo_move_to (cr, x0, y);
          cairo_line_to (cr, x1, y);
        }
      cairo_move_to (cr, x0, y);
      cairo_line_to (cr, x0, y + height);
    }
  cairo_move_to (cr, x + tm->x[t->n_columns], y);
  cairo_line_to (cr, x + tm->x[t->n_columns], y + height);
  cairo_stroke (cr);
}

double
_jx_report_table_draw (const JxReportTable  *t,
                       const JxTableMeasure *m,
                       cairo_t              *cr,
                       double                x,
                       double                y,
                       gboolean              continued,
                       const GArray         *pieces)
{
  double y0 = y;
  guint i;

  cairo_save (cr);
  cairo_set_source_rgb (cr, 0, 0, 0);
  cairo_set_line_width (cr, RULE_WIDTH);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_SQUARE);

  if (continued && m->continued.pieces != NULL)
    {
      _jx_text_measure_draw (&m->continued, cr, x, y, 0, _jx_text_measure_n_lines (&m->continued));
      y += m->continued_height;
    }
  for (i = 0; i < t->header->len; i++)
    {
      draw_row (t, m, cr, g_ptr_array_index (t->header, i), &m->header[i], x, y, m->header[i].height, TRUE, TRUE,
                NULL);
      y += m->header[i].height;
    }
  for (i = 0; pieces != NULL && i < pieces->len; i++)
    {
      const JxTablePiece *piece = &g_array_index (pieces, JxTablePiece, i);

      draw_row (t, m, cr, g_ptr_array_index (t->rows, piece->row), &m->rows[piece->row], x, y, piece->height, FALSE,
                piece->at_top, piece);
      y += piece->height;
    }
  cairo_move_to (cr, x, y);
  cairo_line_to (cr, x + m->x[t->n_columns], y);
  cairo_stroke (cr);
  cairo_restore (cr);
  return y - y0;
}
