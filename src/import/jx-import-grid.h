/* SPDX-License-Identifier: GPL-3.0-or-later */
/* jx-import-grid.h: the cells of one sheet as the mapping reads them. Built from what a
 * reader gives (jx-sheet-table.h) or, in tests, cell by cell. A merged range keeps its text
 * in its top-left cell; the cells it covers read as blank, and as the top-left's text when
 * asked with jx_import_grid_get_spread() (header rows: "指标值" merged over two columns). */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct _JxImportGrid JxImportGrid;

JxImportGrid *jx_import_grid_new        (const char   *name,
                                         guint         n_rows,
                                         guint         n_cols);
JxImportGrid *jx_import_grid_ref        (JxImportGrid *grid);
void          jx_import_grid_unref      (JxImportGrid *grid);

const char   *jx_import_grid_get_name   (const JxImportGrid *grid);
guint         jx_import_grid_get_n_rows (const JxImportGrid *grid);
guint         jx_import_grid_get_n_cols (const JxImportGrid *grid);

/* Out-of-range cells are ignored. `numeric`: the reader found a number there (not text). */
void          jx_import_grid_set        (JxImportGrid *grid,
                                         guint         row,
                                         guint         col,
                                         const char   *text,
                                         gboolean      numeric);
/* A formula whose value the file does not have (the cell reads as blank). */
void          jx_import_grid_set_lacking (JxImportGrid *grid,
                                          guint         row,
                                          guint         col);
gboolean      jx_import_grid_lacks_value (const JxImportGrid *grid,
                                          guint         row,
                                          guint         col);
/* Merges rows r0..r1 × columns c0..c1 (inclusive) under the text of (r0, c0). */
void          jx_import_grid_merge      (JxImportGrid *grid,
                                         guint         r0,
                                         guint         c0,
                                         guint         r1,
                                         guint         c1);

/* The cell's text, "" when blank, out of range or covered by a merge. */
const char   *jx_import_grid_get        (const JxImportGrid *grid,
                                         guint         row,
                                         guint         col);
/* The same, but a covered cell reads as its merge's top-left. */
const char   *jx_import_grid_get_spread (const JxImportGrid *grid,
                                         guint         row,
                                         guint         col);
gboolean      jx_import_grid_is_numeric (const JxImportGrid *grid,
                                         guint         row,
                                         guint         col);
/* Whether the cell is covered by a merge (and is not its top-left). */
gboolean      jx_import_grid_is_covered (const JxImportGrid *grid,
                                         guint         row,
                                         guint         col);
/* The number of columns of `row` whose cell (not covered) holds text. */
guint         jx_import_grid_row_filled (const JxImportGrid *grid,
                                         guint         row);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (JxImportGrid, jx_import_grid_unref)

G_END_DECLS
