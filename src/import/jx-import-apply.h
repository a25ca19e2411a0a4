/* SPDX-License-Identifier: GPL-3.0-or-later */
/* jx-import-apply.h: an imported indicator tree into a document, as one undo step. */
#pragma once

#include "jx-document.h"
#include "jx-import-tree.h"

G_BEGIN_DECLS

typedef struct {
  guint added;      /* level-3 indicators new to the document */
  guint replaced;   /* level-3 indicators of the same name in the same group, replaced */
} JxImportCounts;

/* Puts `tree` into `doc` as one undo step ("Import Indicators"). A level-1 indicator of the
 * same name ("产出" and "产出指标" are one) takes the imported groups, a level-2 of the same
 * name the imported indicators; a level-3 of the same name there is replaced by the table's,
 * keeping what the table does not state (its analysis, metric, unknown members); the rest is
 * appended. Into an empty document this is the table's tree. On failure nothing changed. */
gboolean jx_import_apply (JxDocument         *doc,
                          const JxImportTree *tree,
                          JxImportCounts     *counts,
                          GError            **error);

G_END_DECLS
