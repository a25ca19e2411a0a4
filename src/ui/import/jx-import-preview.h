/* SPDX-License-Identifier: GPL-3.0-or-later */
/* jx-import-preview.h: the indicator tree an import would make, as rows of a list: each
 * dimension and group, and each indicator with its target as read (direction, number, unit),
 * actual value, weight and score. */
#pragma once

#include <gtk/gtk.h>

#include "jx-import-tree.h"

G_BEGIN_DECLS

/* The most indicators shown; a last row says how many more there are. */
#define JX_IMPORT_PREVIEW_MAX 300

/* Empties `list` and fills it from `tree` (NULL: empties it). Returns the number of rows. */
guint  jx_import_preview_fill   (GtkListBox         *list,
                                 const JxImportTree *tree);
/* The target of an imported indicator as read: "≥ 3000 篇（条）", "粉丝量 ≥ 3000 人次；日活量
 * ≥ 300 次", "满意 (qualitative)". */
char  *jx_import_preview_target (JsonObject         *leaf);
/* Its actual value(s): "3250", "27224；455", or the text of a qualitative one. */
char  *jx_import_preview_actual (JsonObject         *leaf);

G_END_DECLS
