/* SPDX-License-Identifier: GPL-3.0-or-later */
/* jx-sheet-actions.h: the window's spreadsheet actions — win.export-xlsx (the 自评表
 * workbook; the import of an indicator table is jx-import-actions.h) and win.open-exported (opens a written file, from the toast that says it was written). */
#pragma once

#include "jx-window.h"

G_BEGIN_DECLS

void jx_sheet_actions_install   (JxWindow   *window);

/* A toast "`message`" with an Open button that shows `file` in its default application. */
void jx_sheet_toast_open        (JxWindow   *window,
                                 const char *message,
                                 GFile      *file);

G_END_DECLS
