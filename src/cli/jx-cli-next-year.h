/* SPDX-License-Identifier: GPL-3.0-or-later */
/* jx-cli-next-year.h: jixiao --next-year IN --output OUT. */
#pragma once

G_BEGIN_DECLS

/* Writes next year's document from `input` to `output` (*.jixiao). Returns the exit status:
 * 0 written, 2 nothing written (unreadable input, bad output name, write failed). */
int jx_cli_next_year (const char *input,
                      const char *output);

G_END_DECLS
