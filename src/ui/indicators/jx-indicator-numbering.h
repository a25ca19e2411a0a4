/* SPDX-License-Identifier: GPL-3.0-or-later */
/* jx-indicator-numbering.h: the numbers of the indicators follow a change of shape.
 *
 * Before the change, jx_numbering_capture() notes how each dimension numbers its level-3
 * indicators: a sequence from its first number (blanks skipped: the report leaves some
 * indicators unnumbered), possibly continuing the previous dimension's sequence ("投入"
 * 1–6, "过程" 7–17). After the change, jx_numbering_apply() numbers those sequences again,
 * giving new indicators (`fresh`) the next numbers; dimensions whose numbers were no such
 * sequence are left alone. Only numbers that differ are written. */
#pragma once

#include "jx-document.h"

G_BEGIN_DECLS

typedef struct _JxNumbering JxNumbering;

JxNumbering *jx_numbering_capture  (const JxDocData *doc);
void         jx_numbering_apply    (JxNumbering     *numbering,
                                    JxDocument      *document,
                                    GHashTable      *fresh);
void         jx_numbering_free     (JxNumbering     *numbering);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (JxNumbering, jx_numbering_free)

/* A list of level-1 or level-2 rows (at `list_path`) numbered 1, 2, 3 … stays so. */
void         jx_numbering_siblings (JxDocument      *document,
                                    const char      *list_path,
                                    GHashTable      *fresh);

G_END_DECLS
