/* SPDX-License-Identifier: GPL-3.0-or-later */
/* jx-import-tree.h: the rows of an indicator table, under a column mapping, as an indicator
 * tree: level-1 and level-2 groups from their columns (a blank group cell continues the group
 * above, a merged one covers its rows; "产出指标（50分）" states the group's weight), a level-3
 * indicator per named row with its target read into numbers, units and directions
 * ("≥95%", "3000篇（条）", "≤10分钟", "完成率100%"), its weight, actual value, score, rule and
 * reason. Totals (合计), notes (注：) and repeated header rows are left out. */
#pragma once

#include <json-glib/json-glib.h>

#include "jx-import-columns.h"

G_BEGIN_DECLS

#define JX_IMPORT_ERROR (jx_import_error_quark ())
GQuark jx_import_error_quark (void);

typedef enum {
  JX_IMPORT_ERROR_NO_NAME_COLUMN,   /* no column holds the level-3 indicators */
  JX_IMPORT_ERROR_EMPTY,            /* no indicator under the header */
  JX_IMPORT_ERROR_NO_TABLE,         /* no sheet has an indicator header */
  JX_IMPORT_ERROR_NO_VALUE,         /* a cell to import is a formula with no saved value */
} JxImportError;

typedef struct {
  JsonNode  *indicators;   /* array of level-1 indicators with their children */
  guint      n_leaves;
  guint      n_groups;     /* level 2 */
  GPtrArray *skipped;      /* of char*: why a row was left out ("Row 40: 合计"), translated */
  gboolean   stated[JX_IMPORT_N_ROLES];   /* the roles the table has a column for */
} JxImportTree;

JxImportTree *jx_import_tree_build (const JxImportGrid    *grid,
                                    const JxImportMapping *mapping,
                                    GError               **error);
void          jx_import_tree_free  (JxImportTree          *tree);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (JxImportTree, jx_import_tree_free)

G_END_DECLS
