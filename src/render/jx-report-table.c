/* SPDX-License-Identifier: GPL-3.0-or-later */
/* jx-report-table.c: ruled tables of the report — cells wrapped by pango, numbers
 * right-aligned, a grey header row repeated on each page, and "group" columns (一级指标,
 * 二级指标) whose equal cells merge into one: the label stands in the group's first row,
 * and again in the first row of each following page, and no rule separates the group's
 * rows in that column.
 */
#define G_LOG_DOMAIN "jx-report"

#include "config.h"

#include <glib/gi18n.h>

#include "jx-report-private.h"

#define RULE_WIDTH 0.6

static void
cell_free (JxReportCell *cell)
{
  if (cell == NULL)
    return;
  g_free (cell->text);
  g_clear_object (&cell->layout);
  g_clear_pointer (&cell->bounds, g_array_unref);
  g_free (cell);
}

static void
row_free (JxReportRow *row)
{
  guint i;

  for (i = 0; i < JX_TABLE_MAX_COLUMNS; i++)
    cell_free (row->cells[i]);
  g_free (row);
}

JxReportTable *
_jx_report_table_new (guint              n_columns,
                      guint              n_group_columns,
                      const double      *fractions,
                      const JxCellAlign *align)
{
  JxReportTable *t = g_new0 (JxReportTable, 1);
  double sum = 0;
  guint i;

  g_assert (n_columns > 0 && n_columns <= JX_TABLE_MAX_COLUMNS);
  g_assert (n_group_columns < n_columns);

  t->n_columns = n_columns;
  t->n_group_columns = n_group_columns;
  for (i = 0; i < n_columns; i++)
    sum += fractions[i];
  for (i = 0; i < n_columns; i++)
    {
      t->fractions[i] = fractions[i] / sum;
      t->align[i] = align[i];
    }
  t->header = g_ptr_array_new_with_free_func ((GDestroyNotify) row_free);
  t->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) row_free);
  return t;
}

void
_jx_report_table_free (JxReportTable *t)
{
  if (t == NULL)
    return;
  g_ptr_array_unref (t->header);
  g_ptr_array_unref (t->rows);
  g_free (t->continued_label);
  g_clear_object (&t->continued_layout);
  g_free (t);
}

static JxReportRow *
row_new (JxReportTable      *t,
         const char * const *texts)
{
  JxReportRow *row = g_new0 (JxReportRow, 1);
  guint i;

  for (i = 0; i < t->n_columns; i++)
    {
      row->cells[i] = g_new0 (JxReportCell, 1);
      row->cells[i]->text = g_strdup (texts[i] != NULL ? texts[i] : "");
      row->cells[i]->span = 1;
    }
  return row;
}

void
_jx_report_table_add_header (JxReportTable      *t,
                             const char * const *texts)
{
  JxReportRow *row = row_new (t, texts);

  row->bold = TRUE;
  g_ptr_array_add (t->header, row);
}

JxReportRow *
_jx_report_table_add_row (JxReportTable      *t,
                          const char * const *texts,
                          const guint        *groups)
{
  JxReportRow *row = row_new (t, texts);
  const JxReportRow *prev = t->rows->len > 0 ? g_ptr_array_index (t->rows, t->rows->len - 1) : NULL;
  guint c;

  for (c = 0; c < t->n_group_columns; c++)
    {
      row->groups[c] = groups != NULL ? groups[c] : 0;
      row->continues[c] = prev != NULL && row->groups[c] != 0 && prev->groups[c] == row->groups[c]
                          && (c == 0 || row->continues[c - 1]);
    }
  g_ptr_array_add (t->rows, row);
  return row;
}

void
_jx_report_row_set_span (JxReportRow *row,
                         guint        column,
                         guint        span)
{
  guint i;

  g_assert (column + span <= JX_TABLE_MAX_COLUMNS && row->cells[column] != NULL);
  for (i = column + 1; i < column + span; i++)
    g_clear_pointer (&row->cells[i], cell_free);
  row->cells[column]->span = span;
  for (i = 0; i < JX_TABLE_MAX_COLUMNS; i++)
    row->continues[i] = FALSE;
}

gboolean
_jx_report_cell_visible (const JxReportRow *row,
                         guint              column,
                         gboolean           at_top)
{
  return row->cells[column] != NULL && (at_top || !row->continues[column]);
}

static void
measure_row (JxReportTable *t,
             JxReportRow   *row,
             PangoContext  *context,
             gboolean       header)
{
  guint c;

  row->height = row->top_height = 0;
  for (c = 0; c < t->n_columns; c++)
    {
      JxReportCell *cell = row->cells[c];
      PangoAlignment align;
      double width;

      if (cell == NULL)
        continue;
      width = t->x[c + cell->span] - t->x[c] - 2 * JX_TABLE_PAD_X;
      if (header || cell->span > 1)
        align = PANGO_ALIGN_CENTER;
      else
        align = t->align[c] == JX_CELL_RIGHT ? PANGO_ALIGN_RIGHT
              : t->align[c] == JX_CELL_CENTER ? PANGO_ALIGN_CENTER : PANGO_ALIGN_LEFT;
      g_clear_object (&cell->layout);
      g_clear_pointer (&cell->bounds, g_array_unref);
      cell->layout = _jx_report_layout_new (context, row->bold ? JX_REPORT_STYLE_CELL_HEAD : JX_REPORT_STYLE_CELL,
                                            cell->text, width, align);
      cell->bounds = _jx_report_line_bounds (cell->layout);
      cell->height = g_array_index (cell->bounds, double, cell->bounds->len - 1);
      if (_jx_report_cell_visible (row, c, FALSE))
        row->height = MAX (row->height, cell->height);
      row->top_height = MAX (row->top_height, cell->height);
    }
  row->height += 2 * JX_TABLE_PAD_Y;
  row->top_height += 2 * JX_TABLE_PAD_Y;
}

void
_jx_report_table_measure (JxReportTable *t,
                          PangoContext  *context,
                          double         width)
{
  guint i;

  t->x[0] = 0;
  for (i = 0; i < t->n_columns; i++)
    t->x[i + 1] = t->x[i] + t->fractions[i] * width;

  g_clear_object (&t->continued_layout);
  t->continued_height = 0;
  if (t->continued_label != NULL)
    {
      g_autoptr(GArray) bounds = NULL;

      t->continued_layout = _jx_report_layout_new (context, JX_REPORT_STYLE_CONTINUED, t->continued_label,
                                                   width, PANGO_ALIGN_RIGHT);
      bounds = _jx_report_line_bounds (t->continued_layout);
      t->continued_height = _jx_report_style (JX_REPORT_STYLE_CONTINUED)->space_after
        + g_array_index (bounds, double, bounds->len - 1);
    }

  t->header_height = 0;
  for (i = 0; i < t->header->len; i++)
    {
      JxReportRow *row = g_ptr_array_index (t->header, i);

      measure_row (t, row, context, TRUE);
      t->header_height += row->height;
    }
  for (i = 0; i < t->rows->len; i++)
    measure_row (t, g_ptr_array_index (t->rows, i), context, FALSE);
}

static void
draw_row (JxReportTable      *t,
          cairo_t            *cr,
          const JxReportRow  *row,
          double              x,
          double              y,
          double              height,
          gboolean            header,
          gboolean            at_top,
          const JxTablePiece *piece)
{
  guint c;

  if (header || row->bold)
    {
      double grey = header ? 0.88 : 0.95;

      cairo_set_source_rgb (cr, grey, grey, grey);
      cairo_rectangle (cr, x, y, t->x[t->n_columns], height);
      cairo_fill (cr);
      cairo_set_source_rgb (cr, 0, 0, 0);
    }

  for (c = 0; c < t->n_columns; c++)
    {
      const JxReportCell *cell = row->cells[c];
      double x0;

      if (cell == NULL || !_jx_report_cell_visible (row, c, at_top))
        continue;
      x0 = x + t->x[c];
      if (piece != NULL && piece->split)
        _jx_report_draw_lines (cr, cell->layout, cell->bounds, x0 + JX_TABLE_PAD_X, y + JX_TABLE_PAD_Y,
                               piece->first[c], piece->count[c]);
      else
        {
          cairo_move_to (cr, x0 + JX_TABLE_PAD_X, y + (height - cell->height) / 2);
          pango_cairo_show_layout (cr, cell->layout);
        }
    }

  /* rules: the top one is left out inside a merged group */
  cairo_new_path (cr);
  for (c = 0; c < t->n_columns; c++)
    {
      const JxReportCell *cell = row->cells[c];
      double x0, x1;

      if (cell == NULL)
        continue;
      x0 = x + t->x[c];
      x1 = x + t->x[c + cell->span];
      if (c >= t->n_group_columns || !row->continues[c] || at_top)
        {
          cairo_move_to (cr, x0, y);
          cairo_line_to (cr, x1, y);
        }
      cairo_move_to (cr, x0, y);
      cairo_line_to (cr, x0, y + height);
    }
  cairo_move_to (cr, x + t->x[t->n_columns], y);
  cairo_line_to (cr, x + t->x[t->n_columns], y + height);
  cairo_stroke (cr);
}

double
_jx_report_table_draw (JxReportTable *t,
                       cairo_t       *cr,
                       double         x,
                       double         y,
                       gboolean       continued,
                       const GArray  *pieces)
{
  double y0 = y;
  guint i;

  cairo_save (cr);
  cairo_set_source_rgb (cr, 0, 0, 0);
  cairo_set_line_width (cr, RULE_WIDTH);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_SQUARE);

  if (continued && t->continued_layout != NULL)
    {
      cairo_move_to (cr, x, y);
      pango_cairo_show_layout (cr, t->continued_layout);
      y += t->continued_height;
    }
  for (i = 0; i < t->header->len; i++)
    {
      const JxReportRow *row = g_ptr_array_index (t->header, i);

      draw_row (t, cr, row, x, y, row->height, TRUE, TRUE, NULL);
      y += row->height;
    }
  for (i = 0; pieces != NULL && i < pieces->len; i++)
    {
      const JxTablePiece *piece = &g_array_index (pieces, JxTablePiece, i);

      draw_row (t, cr, g_ptr_array_index (t->rows, piece->row), x, y, piece->height, FALSE, piece->at_top, piece);
      y += piece->height;
    }
  cairo_move_to (cr, x, y);
  cairo_line_to (cr, x + t->x[t->n_columns], y);
  cairo_stroke (cr);
  cairo_restore (cr);
  return y - y0;
}
