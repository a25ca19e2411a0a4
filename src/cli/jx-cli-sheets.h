/* SPDX-License-Identifier: GPL-3.0-or-later */
/* jx-cli-sheets.h: --export-xlsx and --import, with no display. */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The 自评表 workbook of the document at `path` to `output`. Exit status: 0, or 2. */
int jx_cli_export_xlsx (const char *output,
                        const char *path);

G_END_DECLS
