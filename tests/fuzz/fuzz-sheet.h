/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fuzz-sheet.h: the one function of the spreadsheet readers' fuzz target. */
#pragma once

#include <glib.h>
#include <stddef.h>
#include <stdint.h>

/* TRUE when the bytes read as sheets (all checks passed); FALSE with the readers' message
 * in `refusal` when they are refused. Aborts on any bug. */
gboolean jx_fuzz_sheet_one      (const uint8_t *data, size_t size, char **refusal);
int      LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);
