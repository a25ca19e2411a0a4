/* SPDX-License-Identifier: GPL-3.0-or-later */
/* jx-sheet-xls.c: .xls (BIFF) workbooks with libfreexl. */
#define G_LOG_DOMAIN "jx-sheet"

#include "config.h"

#include "jx-sheet-read-private.h"

GPtrArray *
_jx_sheet_read_xls (const char    *path,
                    JxSheetBudget *budget,
                    GError       **error)
{
  (void) path;
  _jx_sheet_set_not_a_sheet (error, budget->name);
  return NULL;
}
