/* SPDX-License-Identifier: GPL-3.0-or-later */
/* jx-sheet-error.h: the errors of the spreadsheet writer, readers and import. */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define JX_SHEET_ERROR (jx_sheet_error_quark ())
GQuark jx_sheet_error_quark (void);

typedef enum {
  JX_SHEET_ERROR_WRITE,       /* the workbook could not be written */
  JX_SHEET_ERROR_READ,        /* the file could not be read */
  JX_SHEET_ERROR_FORMAT,      /* not a spreadsheet, or a damaged one */
  JX_SHEET_ERROR_ENCRYPTED,   /* password-protected */
  JX_SHEET_ERROR_TOO_LARGE,   /* past a limit: file size, unpacked size, rows, cells, time */
  JX_SHEET_ERROR_NO_VALUE,    /* a formula whose value was never saved */
  JX_SHEET_ERROR_MAPPING,     /* the columns do not make an indicator table */
} JxSheetError;

G_END_DECLS
