/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* jixiao --export-pdf OUT.pdf FILE: the whole report as an A4 PDF, with no display.
 * Returns the exit status: 0, or 2 when FILE cannot be read or OUT written (then nothing
 * is written). */
int jx_cli_export_report (const char *output,
                          const char *file);

G_END_DECLS
