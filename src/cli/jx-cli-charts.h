/* SPDX-License-Identifier: GPL-3.0-or-later */
/* jx-cli-charts.h: --list-charts and --export-chart (headless, no display). */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Prints "id<TAB>title" for each chart of the document at `path`. Exit status. */
int jx_cli_list_charts  (const char *path);
/* --export-chart ID --output OUT [--width W --height H --style S] FILE. Exit status: 0, or
 * 2 (unknown id, style or extension, a bad size, an unreadable document, a failed write),
 * in which case nothing is written. */
int jx_cli_export_chart (GVariantDict *options,
                         const char   *path);

G_END_DECLS
