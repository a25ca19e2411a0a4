/* SPDX-License-Identifier: GPL-3.0-or-later */
/* jx-sheet-table.c: one sheet, rows of cells whose texts are kept once each (a file that
 * repeats one long string in every cell costs the string once). */
#define G_LOG_DOMAIN "jx-sheet"

#include "config.h"

#include <string.h>

#include "jx-sheet-read-private.h"
#include "jx-sheet-table.h"

typedef enum {
  CELL_EMPTY = 0,
  CELL_TEXT,
  CELL_NUMBER,
  CELL_PERCENT,
  CELL_LACKING,
} CellKind;

typedef struct {
  const char *text;   /* in table->strings, or NULL */
  double      value;
  CellKind    kind;
} Cell;

struct _JxSheetTable {
  char         *name;
  guint         n_rows;
  guint         n_cols;
  GPtrArray    *rows;      /* GArray of Cell, or NULL for a row with no cell */
  GArray       *merges;    /* JxSheetMerge */
  GStringChunk *chunk;
  GHashTable   *strings;   /* text → the same text in chunk */
  gsize         text_bytes;
  gsize         n_cells;
  guint         n_lacking;
};

static void
row_free (gpointer row)
{
  if (row != NULL)
    g_array_unref (row);
}

JxSheetTable *
jx_sheet_table_new (guint n_rows,
                    guint n_cols)
{
  JxSheetTable *table = g_new0 (JxSheetTable, 1);

  table->name = g_strdup ("");
  table->rows = g_ptr_array_new_with_free_func (row_free);
  table->merges = g_array_new (FALSE, FALSE, sizeof (JxSheetMerge));
  table->chunk = g_string_chunk_new (4096);
  table->strings = g_hash_table_new (g_str_hash, g_str_equal);
  (void) n_rows;
  (void) n_cols;
  return table;
}

void
jx_sheet_table_free (JxSheetTable *table)
{
  if (table == NULL)
    return;
  g_free (table->name);
  g_ptr_array_unref (table->rows);
  g_array_unref (table->merges);
  g_hash_table_unref (table->strings);
  g_string_chunk_free (table->chunk);
  g_free (table);
}

guint
jx_sheet_table_get_n_rows (const JxSheetTable *table)
{
  g_return_val_if_fail (table != NULL, 0);
  return table->n_rows;
}

guint
jx_sheet_table_get_n_cols (const JxSheetTable *table)
{
  g_return_val_if_fail (table != NULL, 0);
  return table->n_cols;
}

static const Cell *
cell_at (const JxSheetTable *table,
         guint               row,
         guint               col)
{
  GArray *cells;

  if (row >= table->rows->len)
    return NULL;
  cells = g_ptr_array_index (table->rows, row);
  if (cells == NULL || col >= cells->len)
    return NULL;
  return &g_array_index (cells, Cell, col);
}

const char *
jx_sheet_table_get (const JxSheetTable *table,
                    guint               row,
                    guint               col)
{
  const Cell *cell;

  g_return_val_if_fail (table != NULL, NULL);
  cell = cell_at (table, row, col);
  return cell != NULL ? cell->text : NULL;
}

gboolean
jx_sheet_table_is_number (const JxSheetTable *table,
                          guint               row,
                          guint               col,
                          double             *value)
{
  const Cell *cell;

  g_return_val_if_fail (table != NULL, FALSE);
  cell = cell_at (table, row, col);
  if (cell == NULL || (cell->kind != CELL_NUMBER && cell->kind != CELL_PERCENT))
    return FALSE;
  if (value != NULL)
    *value = cell->value;
  return TRUE;
}

gboolean
jx_sheet_table_is_percent (const JxSheetTable *table,
                           guint               row,
                           guint               col)
{
  const Cell *cell;

  g_return_val_if_fail (table != NULL, FALSE);
  cell = cell_at (table, row, col);
  return cell != NULL && cell->kind == CELL_PERCENT;
}

gboolean
jx_sheet_table_lacks_value (const JxSheetTable *table,
                            guint               row,
                            guint               col)
{
  const Cell *cell;

  g_return_val_if_fail (table != NULL, FALSE);
  cell = cell_at (table, row, col);
  return cell != NULL && cell->kind == CELL_LACKING;
}

guint
jx_sheet_table_get_n_lacking (const JxSheetTable *table)
{
  g_return_val_if_fail (table != NULL, 0);
  return table->n_lacking;
}

const JxSheetMerge *
jx_sheet_table_get_merges (const JxSheetTable *table,
                           guint              *n_merges)
{
  g_return_val_if_fail (table != NULL, NULL);
  if (n_merges != NULL)
    *n_merges = table->merges->len;
  return (const JxSheetMerge *) (gconstpointer) table->merges->data;
}

const JxSheetMerge *
jx_sheet_table_find_merge (const JxSheetTable *table,
                           guint               row,
                           guint               col)
{
  guint i;

  g_return_val_if_fail (table != NULL, NULL);
  for (i = 0; i < table->merges->len; i++)
    {
      const JxSheetMerge *m = &g_array_index (table->merges, JxSheetMerge, i);

      if (row >= m->row && row - m->row < m->n_rows && col >= m->col && col - m->col < m->n_cols)
        return m;
    }
  return NULL;
}

const char *
jx_sheet_table_get_name (const JxSheetTable *table)
{
  g_return_val_if_fail (table != NULL, NULL);
  return table->name;
}

static const char *
intern (JxSheetTable *table,
        const char   *text)
{
  const char *kept = g_hash_table_lookup (table->strings, text);

  if (kept == NULL)
    {
      kept = g_string_chunk_insert (table->chunk, text);
      g_hash_table_add (table->strings, (gpointer) kept);
      table->text_bytes += strlen (text) + 1;
    }
  return kept;
}

/* The cell to write, the table grown to hold it. */
static Cell *
cell_for_write (JxSheetTable *table,
                guint         row,
                guint         col)
{
  GArray *cells;

  if (row >= table->rows->len)
    g_ptr_array_set_size (table->rows, row + 1);
  cells = g_ptr_array_index (table->rows, row);
  if (cells == NULL)
    {
      cells = g_array_sized_new (FALSE, TRUE, sizeof (Cell), col + 1);
      table->rows->pdata[row] = cells;
    }
  if (col >= cells->len)
    g_array_set_size (cells, col + 1);
  return &g_array_index (cells, Cell, col);
}

static void
put (JxSheetTable *table,
     guint         row,
     guint         col,
     CellKind      kind,
     double        value,
     const char   *text)
{
  Cell *cell;

  if (kind == CELL_EMPTY && cell_at (table, row, col) == NULL)
    return;
  cell = cell_for_write (table, row, col);
  if (cell->kind == CELL_LACKING)
    table->n_lacking--;
  if (cell->kind == CELL_EMPTY && kind != CELL_EMPTY)
    table->n_cells++;
  else if (cell->kind != CELL_EMPTY && kind == CELL_EMPTY)
    table->n_cells--;
  cell->kind = kind;
  cell->value = value;
  cell->text = text != NULL ? intern (table, text) : NULL;
  if (kind == CELL_LACKING)
    table->n_lacking++;
  if (kind != CELL_EMPTY)
    {
      table->n_rows = MAX (table->n_rows, row + 1);
      table->n_cols = MAX (table->n_cols, col + 1);
    }
}

void
jx_sheet_table_set (JxSheetTable *table,
                    guint         row,
                    guint         col,
                    const char   *text)
{
  g_return_if_fail (table != NULL);
  if (text == NULL || *text == '\0')
    put (table, row, col, CELL_EMPTY, 0, NULL);
  else
    put (table, row, col, CELL_TEXT, 0, text);
}

void
jx_sheet_table_set_number (JxSheetTable *table,
                           guint         row,
                           guint         col,
                           double        value,
                           const char   *text)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  g_return_if_fail (table != NULL);
  if (text == NULL)
    {
      g_ascii_formatd (buffer, sizeof buffer, "%.15g", value);
      text = buffer;
    }
  put (table, row, col, CELL_NUMBER, value, text);
}

void
jx_sheet_table_set_percent (JxSheetTable *table,
                            guint         row,
                            guint         col,
                            double        value)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE + 1];

  g_return_if_fail (table != NULL);
  g_ascii_formatd (buffer, sizeof buffer - 1, "%.13g", value * 100);
  strcat (buffer, "%");
  put (table, row, col, CELL_PERCENT, value, buffer);
}

void
jx_sheet_table_set_lacking (JxSheetTable *table,
                            guint         row,
                            guint         col)
{
  g_return_if_fail (table != NULL);
  put (table, row, col, CELL_LACKING, 0, NULL);
}

void
jx_sheet_table_add_merge (JxSheetTable       *table,
                          const JxSheetMerge *merge)
{
  g_return_if_fail (table != NULL);
  g_return_if_fail (merge != NULL && merge->n_rows > 0 && merge->n_cols > 0);
  g_array_append_val (table->merges, *merge);
}

void
jx_sheet_table_set_name (JxSheetTable *table,
                         const char   *name)
{
  g_return_if_fail (table != NULL);
  g_free (table->name);
  table->name = g_strdup (name != NULL ? name : "");
}

char *
jx_sheet_cell_name (guint row,
                    guint col)
{
  char letters[8];
  int i = G_N_ELEMENTS (letters) - 1;
  guint64 n = (guint64) col + 1;

  letters[i] = '\0';
  while (n > 0 && i > 0)
    {
      n--;
      letters[--i] = (char) ('A' + n % 26);
      n /= 26;
    }
  return g_strdup_printf ("%s%" G_GUINT64_FORMAT, letters + i, (guint64) row + 1);
}

gsize
_jx_sheet_table_get_n_cells (const JxSheetTable *table)
{
  return table->n_cells;
}

gsize
_jx_sheet_table_get_text_bytes (const JxSheetTable *table)
{
  return table->text_bytes;
}

guint
_jx_sheet_table_get_n_merges (const JxSheetTable *table)
{
  return table->merges->len;
}
