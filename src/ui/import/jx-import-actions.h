/* SPDX-License-Identifier: GPL-3.0-or-later */
/* jx-import-actions.h: the window's import of an indicator table — win.import-table (File →
 * Import Indicator Table…, Ctrl+I) and a spreadsheet dropped on the window: the file is read
 * off the main thread, then the mapping dialog shows what would be imported. */
#pragma once

#include "jx-window.h"

G_BEGIN_DECLS

void     jx_import_actions_install (JxWindow   *window);

/* Whether `file`'s name is a spreadsheet the import reads (.xlsx, .xls, .ods, .csv, .tsv). */
gboolean jx_import_accepts_file    (GFile      *file);
/* Reads `file` and shows the mapping dialog over `window`; a file that cannot be read gives
 * a message that says why, and nothing changes. */
void     jx_import_table_file      (JxWindow   *window,
                                    GFile      *file);

G_END_DECLS
