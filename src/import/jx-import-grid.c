/* SPDX-License-Identifier: GPL-3.0-or-later */
/* jx-import-grid.c: the cells of one sheet as the mapping reads them. */
#define G_LOG_DOMAIN "jx-import"

#include "config.h"

#include "jx-import-grid.h"

struct _JxImportGrid {
  gatomicrefcount ref;
  char   *name;
  guint   n_rows;
  guint   n_cols;
  char  **cells;     /* n_rows × n_cols, NULL when blank */
  guint  *origin;    /* per cell: index of the top-left of its merge (itself when none) */
  guint8 *numeric;   /* CELL_* */
};

enum { CELL_TEXT, CELL_NUMERIC, CELL_LACKING };

JxImportGrid *
jx_import_grid_new (const char *name,
                    guint       n_rows,
                    guint       n_cols)
{
  JxImportGrid *grid = g_new0 (JxImportGrid, 1);
  gsize n = (gsize) n_rows * n_cols, i;

  g_atomic_ref_count_init (&grid->ref);
  grid->name = g_strdup (name != NULL ? name : "");
  grid->n_rows = n_rows;
  grid->n_cols = n_cols;
  grid->cells = g_new0 (char *, MAX (n, 1));
  grid->origin = g_new (guint, MAX (n, 1));
  grid->numeric = g_new0 (guint8, MAX (n, 1));
  for (i = 0; i < n; i++)
    grid->origin[i] = (guint) i;
  return grid;
}

JxImportGrid *
jx_import_grid_ref (JxImportGrid *grid)
{
  g_atomic_ref_count_inc (&grid->ref);
  return grid;
}

void
jx_import_grid_unref (JxImportGrid *grid)
{
  gsize n, i;

  if (grid == NULL || !g_atomic_ref_count_dec (&grid->ref))
    return;
  n = (gsize) grid->n_rows * grid->n_cols;
  for (i = 0; i < n; i++)
    g_free (grid->cells[i]);
  g_free (grid->cells);
  g_free (grid->origin);
  g_free (grid->numeric);
  g_free (grid->name);
  g_free (grid);
}

const char *
jx_import_grid_get_name (const JxImportGrid *grid)
{
  return grid->name;
}

guint
jx_import_grid_get_n_rows (const JxImportGrid *grid)
{
  return grid->n_rows;
}

guint
jx_import_grid_get_n_cols (const JxImportGrid *grid)
{
  return grid->n_cols;
}

static gboolean
in_range (const JxImportGrid *grid,
          guint               row,
          guint               col)
{
  return row < grid->n_rows && col < grid->n_cols;
}

void
jx_import_grid_set (JxImportGrid *grid,
                    guint         row,
                    guint         col,
                    const char   *text,
                    gboolean      numeric)
{
  gsize i;

  if (!in_range (grid, row, col))
    return;
  i = (gsize) row * grid->n_cols + col;
  g_clear_pointer (&grid->cells[i], g_free);
  if (text != NULL && text[0] != '\0')
    grid->cells[i] = g_utf8_make_valid (text, -1);
  grid->numeric[i] = numeric && grid->cells[i] != NULL ? CELL_NUMERIC : 0;
}

void
jx_import_grid_set_lacking (JxImportGrid *grid,
                            guint         row,
                            guint         col)
{
  gsize i;

  if (!in_range (grid, row, col))
    return;
  i = (gsize) row * grid->n_cols + col;
  g_clear_pointer (&grid->cells[i], g_free);
  grid->numeric[i] = CELL_LACKING;
}

gboolean
jx_import_grid_lacks_value (const JxImportGrid *grid,
                            guint               row,
                            guint               col)
{
  return in_range (grid, row, col) && grid->numeric[(gsize) row * grid->n_cols + col] == CELL_LACKING;
}

void
jx_import_grid_merge (JxImportGrid *grid,
                      guint         r0,
                      guint         c0,
                      guint         r1,
                      guint         c1)
{
  guint r, c;
  guint top;

  if (!in_range (grid, r0, c0) || r1 < r0 || c1 < c0)
    return;
  r1 = MIN (r1, grid->n_rows - 1);
  c1 = MIN (c1, grid->n_cols - 1);
  top = r0 * grid->n_cols + c0;
  for (r = r0; r <= r1; r++)
    for (c = c0; c <= c1; c++)
      grid->origin[(gsize) r * grid->n_cols + c] = top;
}

const char *
jx_import_grid_get (const JxImportGrid *grid,
                    guint               row,
                    guint               col)
{
  gsize i;

  if (!in_range (grid, row, col))
    return "";
  i = (gsize) row * grid->n_cols + col;
  if (grid->origin[i] != i)
    return "";
  return grid->cells[i] != NULL ? grid->cells[i] : "";
}

const char *
jx_import_grid_get_spread (const JxImportGrid *grid,
                           guint               row,
                           guint               col)
{
  const char *text;

  if (!in_range (grid, row, col))
    return "";
  text = grid->cells[grid->origin[(gsize) row * grid->n_cols + col]];
  return text != NULL ? text : "";
}

gboolean
jx_import_grid_is_numeric (const JxImportGrid *grid,
                           guint               row,
                           guint               col)
{
  gsize i;

  if (!in_range (grid, row, col))
    return FALSE;
  i = (gsize) row * grid->n_cols + col;
  return grid->origin[i] == i && grid->numeric[i] == CELL_NUMERIC;
}

gboolean
jx_import_grid_is_covered (const JxImportGrid *grid,
                           guint               row,
                           guint               col)
{
  gsize i;

  if (!in_range (grid, row, col))
    return FALSE;
  i = (gsize) row * grid->n_cols + col;
  return grid->origin[i] != i;
}

guint
jx_import_grid_row_filled (const JxImportGrid *grid,
                           guint               row)
{
  guint c, n = 0;

  for (c = 0; c < grid->n_cols; c++)
    {
      const char *t = jx_import_grid_get (grid, row, c);

      while (*t == ' ' || *t == '\t' || *t == '\n' || *t == '\r')
        t++;
      if (*t != '\0')
        n++;
    }
  return n;
}
