/* SPDX-License-Identifier: GPL-3.0-or-later */
/* jx-sheet-read.h: the spreadsheet readers: .xlsx, .ods, .xls (BIFF) and .csv/.tsv.
 *
 * The format is found from the content, not from the name (a .xls that is really an .xlsx
 * reads as one). Text files: UTF-8, UTF-8 with a BOM, UTF-16 with a BOM (Excel's “Unicode
 * text”) or GB18030 (WPS, Excel in a Chinese locale); the delimiter (comma, tab, semicolon,
 * bar) is sniffed. Every reader is bounded in memory and time: a file past a bound, a
 * damaged or encrypted file or something that is not a spreadsheet gives a JX_SHEET_ERROR
 * (jx-sheet-error.h) whose message a clerk understands, never a hang. No GTK. */
#pragma once

#include <glib.h>

#include "jx-sheet-table.h"

G_BEGIN_DECLS

/* The largest file read (a bigger one is refused before it is read). */
#define JX_SHEET_MAX_FILE_SIZE (64u * 1000 * 1000)

/* The sheets of the file at `path`, in the workbook's order: a GPtrArray of JxSheetTable
 * that frees them (g_ptr_array_unref), at least one; or NULL and `error` (JX_SHEET_ERROR;
 * G_FILE_ERROR if the file cannot be opened). */
GPtrArray *jx_sheet_read_file  (const char *path,
                                GError    **error);
/* The same from bytes in memory; `name` is the file's name, for messages and a CSV's sheet
 * name. */
GPtrArray *jx_sheet_read_bytes (GBytes     *bytes,
                                const char *name,
                                GError    **error);

G_END_DECLS
