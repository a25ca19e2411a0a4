/* SPDX-License-Identifier: GPL-3.0-or-later */
/* jx-evaluation-private.h: for the tests of jx-evaluation.c. */
#pragma once

#include "jx-evaluation.h"

G_BEGIN_DECLS

/* The indicator a change at `path` is under: its index at each level ({2, 0, 3} for
 * "indicators[2].children[0].children[3].note"); the number of levels, 0 when none. */
guint _jx_evaluation_parse_position (const char *path,
                                     guint       position[3]);

G_END_DECLS
