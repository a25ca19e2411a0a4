/* SPDX-License-Identifier: GPL-3.0-or-later */
/* jx-sheet-table.h: one sheet of a spreadsheet as the readers give it: a grid of UTF-8 cells.
 *
 * Rows and columns count from 0 (row 0, column 0 is the cell A1). A cell is empty (NULL),
 * text, or a number; a number also has a text (what the clerk sees: "3000", "0.5", "95%" for
 * a cell formatted as a percentage, whose value is 0.95). A formula gives its cached value;
 * a formula whose value was never saved (a file written by a program that does not compute,
 * such as openpyxl) is an empty cell that "lacks its value": whoever uses the cell decides
 * whether that is an error (jx_sheet_table_lacks_value, jx_sheet_cell_name for messages).
 * Merged ranges are listed as the file has them; the value is in their first cell only.
 * No GTK; the readers are in jx-sheet-read.h. */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* A merged range: its first cell and its size (n_rows, n_cols ≥ 1). */
typedef struct {
  guint row, col, n_rows, n_cols;
} JxSheetMerge;

typedef struct _JxSheetTable JxSheetTable;

JxSheetTable       *jx_sheet_table_new          (guint n_rows,
                                                 guint n_cols);
void                jx_sheet_table_free         (JxSheetTable *table);

/* One past the last row (column) that holds a cell; a table grows as cells are set. */
guint               jx_sheet_table_get_n_rows   (const JxSheetTable *table);
guint               jx_sheet_table_get_n_cols   (const JxSheetTable *table);

/* The cell's text (a number's too), or NULL if the cell is empty or outside the table. */
const char         *jx_sheet_table_get          (const JxSheetTable *table,
                                                 guint               row,
                                                 guint               col);
/* TRUE if the cell holds a number (not a text that looks like one, except in a CSV file,
 * where there are no types and a cell that is exactly a number counts as one); its value
 * into `value` (may be NULL). A percentage gives its fraction: "95%" is 0.95. */
gboolean            jx_sheet_table_is_number    (const JxSheetTable *table,
                                                 guint               row,
                                                 guint               col,
                                                 double             *value);
/* TRUE if the number is shown as a percentage in the file (its text ends in %). */
gboolean            jx_sheet_table_is_percent   (const JxSheetTable *table,
                                                 guint               row,
                                                 guint               col);
/* TRUE if the cell holds a formula whose value the file does not have (the cell reads as
 * empty); the number of such cells in the table. */
gboolean            jx_sheet_table_lacks_value  (const JxSheetTable *table,
                                                 guint               row,
                                                 guint               col);
guint               jx_sheet_table_get_n_lacking (const JxSheetTable *table);

const JxSheetMerge *jx_sheet_table_get_merges   (const JxSheetTable *table,
                                                 guint              *n_merges);
/* The merged range that holds the cell, or NULL. */
const JxSheetMerge *jx_sheet_table_find_merge   (const JxSheetTable *table,
                                                 guint               row,
                                                 guint               col);
/* The sheet's name (a CSV file's name without its extension). */
const char         *jx_sheet_table_get_name     (const JxSheetTable *table);

/* Setters, for the readers and for tests. Text NULL or "" empties the cell. Setting a cell
 * outside the table grows it. */
void                jx_sheet_table_set          (JxSheetTable *table,
                                                 guint         row,
                                                 guint         col,
                                                 const char   *text);
/* A number; `text` is what it shows (NULL: the value printed with 15 significant digits). */
void                jx_sheet_table_set_number   (JxSheetTable *table,
                                                 guint         row,
                                                 guint         col,
                                                 double        value,
                                                 const char   *text);
/* A number shown as a percentage: value 0.95 shows "95%". */
void                jx_sheet_table_set_percent  (JxSheetTable *table,
                                                 guint         row,
                                                 guint         col,
                                                 double        value);
void                jx_sheet_table_set_lacking  (JxSheetTable *table,
                                                 guint         row,
                                                 guint         col);
void                jx_sheet_table_add_merge    (JxSheetTable       *table,
                                                 const JxSheetMerge *merge);
void                jx_sheet_table_set_name     (JxSheetTable *table,
                                                 const char   *name);

/* The cell's name as a spreadsheet shows it: row 6, column 2 is "C7". */
char               *jx_sheet_cell_name          (guint row,
                                                 guint col);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (JxSheetTable, jx_sheet_table_free)

G_END_DECLS
