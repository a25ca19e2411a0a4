/* SPDX-License-Identifier: GPL-3.0-or-later */
/* jx-cli-sheets.h: --export-xlsx and --import, with no display. */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The 自评表 workbook of the document at `path` to `output`. Exit status: 0, or 2. */
int jx_cli_export_xlsx (const char *output,
                        const char *path);

/* The indicator table `table` imported into the document `into` (NULL: an empty one), written
 * to `output` atomically. `sheet` (may be NULL) names the sheet; `columns` (may be NULL)
 * corrects the guessed roles ("C=target", "H=none"). Prints the mapping and what was left out.
 * Exit status: 0, or 2 (unreadable table or base, no indicator table, unwritable output). */
int jx_cli_import (const char         *table,
                   const char         *output,
                   const char         *into,
                   const char         *sheet,
                   const char * const *columns);

G_END_DECLS
