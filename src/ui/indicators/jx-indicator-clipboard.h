/* SPDX-License-Identifier: GPL-3.0-or-later */
/* jx-indicator-clipboard.h: cells and rows as tab-separated text, the way spreadsheets
 * (Excel, WPS, LibreOffice) put a range on the clipboard and read it back, and rows of
 * such text as indicators. */
#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

/* Splits `text` into rows (of GStrv) at "\n" or "\r\n" and into cells at "\t". A cell that
 * starts with a double quote is quoted: it may hold tabs, line breaks and doubled quotes.
 * A final line break does not start a row; an empty text gives no row. */
GPtrArray *jx_tsv_parse       (const char         *text);
/* Appends one row: cells joined by tabs, quoted when they hold a tab, a line break or a
 * leading quote, and a final "\n". */
void       jx_tsv_append_row  (GString            *out,
                               const char * const *cells,
                               guint               n_cells);
/* The widest row of `rows`. */
guint      jx_tsv_width       (GPtrArray          *rows);

/* A level-3 indicator from the cells of a copied row, in the order of `layout` (the JxColumn
 * of each cell, `n_layout` of them), or with `layout` NULL in the order of the table's base
 * columns (number, name, target, weight, actual, completion, rule, computed, score, note).
 * The computed columns are ignored; 指标性质, 度量单位, 年初指标值 (one per part, separated
 * by "；") and 核心指标 apply to the parts the target gives. NULL when the row has no name. */
JsonNode  *jx_indicator_json_from_cells (const char * const *cells,
                                         const int          *layout,
                                         guint               n_layout);


G_END_DECLS
