/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* jixiao --export-pdf OUT.pdf FILE: the whole report as an A4 PDF, with no display.
 * Returns the exit status: 0, or 2 when FILE cannot be read or OUT written (then nothing
 * is written). */
int jx_cli_export_report (const char *output,
                          const char *file);

/* jixiao --export-docx OUT.docx [--font-preset official|plain] FILE: the report as a Word
 * document; `preset` NULL: the settings' (official when there are none). Exit status as
 * above. */
int jx_cli_export_docx   (const char *output,
                          const char *file,
                          const char *preset);

G_END_DECLS
