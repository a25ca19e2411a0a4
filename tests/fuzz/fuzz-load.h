/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fuzz-load.h: the one function of the loader fuzz target, shared with fuzz-regress.c. */
#pragma once

#include <glib.h>
#include <stddef.h>
#include <stdint.h>

/* TRUE when the bytes load (and everything after passed); FALSE with the loader's message
 * in `refusal` when they are refused. Aborts on any bug. */
gboolean jx_fuzz_load_one       (const uint8_t *data, size_t size, char **refusal);
int      LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);
/* fuzz-export.c: the report, the slides and every chart of the bytes, when they load, laid
 * out and drawn on recording surfaces; FALSE when they do not load. Aborts on any bug. */
gboolean jx_fuzz_export_one     (const uint8_t *data, size_t size);
