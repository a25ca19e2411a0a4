/* SPDX-License-Identifier: GPL-3.0-or-later */
/* jx-load-private.h: what the loader (jx-load.c) and the records from JSON nodes
 * (jx-load-node.c) share. */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The message of a failed load (jx-load-check.c): the problem a clerk should fix first,
 * which may come before `walk_error`, the first one the walk met. */
void _jx_load_explain_failure (const char *data,
                               gsize       length,
                               const char *name,
                               GError    **walk_error,
                               GError    **error);

G_END_DECLS
