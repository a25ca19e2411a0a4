/* SPDX-License-Identifier: GPL-3.0-or-later */
/* jx-format.h: numbers as the report prints them. */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* "92.08%"; "—" when NAN. */
char *jx_format_percent (double percent, int decimals);

G_END_DECLS
