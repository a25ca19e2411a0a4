/* SPDX-License-Identifier: GPL-3.0-or-later */
/* jx-sheet-error.c: the error domain of src/sheet. */
#define G_LOG_DOMAIN "jx-sheet"

#include "config.h"

#include "jx-sheet-error.h"

G_DEFINE_QUARK (jx-sheet-error-quark, jx_sheet_error)
