/* SPDX-License-Identifier: GPL-3.0-or-later */
/* jx-import-source.c: the sheets of a spreadsheet file as grids for the mapping. */
#define G_LOG_DOMAIN "jx-import"

#include "config.h"

#include <string.h>

#include "jx-import-columns.h"
#include "jx-import-source.h"
#include "jx-sheet-read.h"

JxImportGrid *
jx_import_grid_new_from_table (const JxSheetTable *table)
{
  guint n_rows = jx_sheet_table_get_n_rows (table);
  guint n_cols = jx_sheet_table_get_n_cols (table);
  JxImportGrid *grid = jx_import_grid_new (jx_sheet_table_get_name (table), n_rows, n_cols);
  const JxSheetMerge *merges;
  guint n_merges = 0, r, c, i;
  double value;

  for (r = 0; r < n_rows; r++)
    for (c = 0; c < n_cols; c++)
      {
        if (jx_sheet_table_lacks_value (table, r, c))
          jx_import_grid_set_lacking (grid, r, c);
        else if (jx_sheet_table_is_number (table, r, c, &value) && !jx_sheet_table_is_percent (table, r, c))
          {
            /* the number itself, not as its format shows it (92.0792…, not "92.08") */
            char buf[G_ASCII_DTOSTR_BUF_SIZE];

            jx_import_grid_set (grid, r, c, g_ascii_formatd (buf, sizeof buf, "%.15g", value), TRUE);
          }
        else
          jx_import_grid_set (grid, r, c, jx_sheet_table_get (table, r, c),
                              jx_sheet_table_is_number (table, r, c, NULL));
      }
  merges = jx_sheet_table_get_merges (table, &n_merges);
  for (i = 0; i < n_merges; i++)
    {
      const JxSheetMerge *m = &merges[i];

      if (m->n_rows == 0 || m->n_cols == 0)
        continue;
      jx_import_grid_merge (grid, m->row, m->col, m->row + m->n_rows - 1, m->col + m->n_cols - 1);
    }
  return grid;
}

GPtrArray *
jx_import_read_file (const char *path,
                     GError    **error)
{
  g_autoptr(GPtrArray) tables = jx_sheet_read_file (path, error);
  GPtrArray *grids;
  guint i;

  if (tables == NULL)
    return NULL;
  grids = g_ptr_array_new_with_free_func ((GDestroyNotify) jx_import_grid_unref);
  for (i = 0; i < tables->len; i++)
    g_ptr_array_add (grids, jx_import_grid_new_from_table (g_ptr_array_index (tables, i)));
  return grids;
}

gboolean
jx_import_is_table_name (const char *name)
{
  static const char * const suffixes[] = { ".xlsx", ".xlsm", ".xls", ".ods", ".csv", ".tsv", ".txt" };
  gsize n = name != NULL ? strlen (name) : 0;
  guint i;

  for (i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      gsize s = strlen (suffixes[i]);

      if (n > s && g_ascii_strcasecmp (name + n - s, suffixes[i]) == 0)
        return TRUE;
    }
  return FALSE;
}
