/* SPDX-License-Identifier: GPL-3.0-or-later */
/* jx-report-table.c: the report's tables as content — columns (their share of the width and
 * alignment), header rows repeated on each page, body rows, cells spanning columns, and
 * "group" columns (一级指标, 二级指标) whose equal cells merge into one. Measuring and drawing
 * are the paginator's (jx-report-table-layout.c); the .docx writer reads the same rows.
 */
#define G_LOG_DOMAIN "jx-report"

#include "config.h"

#include "jx-report-private.h"

static void
cell_free (JxReportCell *cell)
{
  if (cell == NULL)
    return;
  g_free (cell->text);
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
jx_report_cell_visible (const JxReportRow *row,
                        guint              column,
                        gboolean           at_top)
{
  g_return_val_if_fail (row != NULL && column < JX_TABLE_MAX_COLUMNS, FALSE);
  return row->cells[column] != NULL && (at_top || !row->continues[column]);
}

gboolean
_jx_report_cell_visible (const JxReportRow *row,
                         guint              column,
                         gboolean           at_top)
{
  return jx_report_cell_visible (row, column, at_top);
}

JxCellAlign
jx_report_cell_align (const JxReportTable *t,
                      const JxReportRow   *row,
                      guint                column,
                      gboolean             header)
{
  const JxReportCell *cell;

  g_return_val_if_fail (t != NULL && row != NULL && column < t->n_columns, JX_CELL_LEFT);
  cell = row->cells[column];
  if (header || (cell != NULL && cell->span > 1))
    return JX_CELL_CENTER;
  return t->align[column];
}
