/* SPDX-License-Identifier: GPL-3.0-or-later */
/* jx-sheet-zip.c: zip workbooks (.xlsx, .ods). */
#define G_LOG_DOMAIN "jx-sheet"

#include "config.h"

#include "jx-sheet-read-private.h"

GPtrArray *
_jx_sheet_read_zip (GBytes        *bytes,
                    JxSheetBudget *budget,
                    GError       **error)
{
  (void) bytes;
  _jx_sheet_set_not_a_sheet (error, budget->name);
  return NULL;
}
