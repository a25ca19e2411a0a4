/* SPDX-License-Identifier: GPL-3.0-or-later */
/* jx-cli.h: the headless command line (DESIGN.md §8); runs before GTK starts. */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The option entries shared by the application and this module. */
extern const GOptionEntry jx_cli_entries[];

/* Runs the headless command that `options` asks for. Returns its exit status, or -1 when
 * the options ask for none (the application then starts). */
int jx_cli_handle (GVariantDict *options,
                   const char * const *files);

/* `s` with its control characters (C0, DEL, C1, bidirectional controls) written as escapes
 * (\n, \u001B): text from a document is printed on a terminal by --check and others. */
char *jx_cli_escape_for_terminal (const char *s);

G_END_DECLS
