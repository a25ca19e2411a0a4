/* SPDX-License-Identifier: GPL-3.0-or-later */
/* jx-import-source.h: the sheets of a spreadsheet file (the readers of jx-sheet-read.h) as
 * grids for the mapping, and the sheet that holds the indicators. */
#pragma once

#include "jx-import-grid.h"
#include "jx-sheet-table.h"

G_BEGIN_DECLS

JxImportGrid *jx_import_grid_new_from_table (const JxSheetTable *table);

/* The sheets of the file at `path` as grids (a GPtrArray that unrefs them), at least one; or
 * NULL and the reader's error. */
GPtrArray    *jx_import_read_file           (const char *path,
                                             GError    **error);

/* Whether a file name is one the readers take (.xlsx, .xlsm, .xls, .ods, .csv, .tsv, .txt):
 * for drag and drop and the file chooser. */
gboolean      jx_import_is_table_name       (const char *name);

G_END_DECLS
