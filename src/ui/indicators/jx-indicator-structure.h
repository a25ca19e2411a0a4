/* SPDX-License-Identifier: GPL-3.0-or-later */
/* jx-indicator-structure.h: adding, deleting, indenting, outdenting and moving indicators,
 * each as one undo step, with the numbering following.
 *
 * Numbering: the level-3 indicators of a dimension are numbered in order from the first
 * number the dimension had ("1", or "7" when it continues the previous one); indicators
 * left without a number in the report (a blank) stay blank; new ones get the next number.
 * A dimension whose numbers were not such a sequence (text, gaps, repeats) is not touched.
 * Lists of level-1 and level-2 rows numbered 1, 2, 3 … are renumbered the same way.
 *
 * Paths are JSON paths of indicator nodes ("indicators[2].children[0].children[3]"); each
 * function returns in *focus the path of the row to show afterwards. */
#pragma once

#include "jx-evaluation.h"

G_BEGIN_DECLS

/* `group` FALSE: a new level-3 indicator after the level-3 row at `path`, or first under
 * the level-1/2 row at `path`. TRUE: a new row at the level of `path` after it (a group
 * after a group, a dimension after a dimension; after a level-3 row, a group after its
 * group). `path` NULL: at the end. */
gboolean   jx_indicator_structure_add    (JxEvaluation       *evaluation,
                                          const char         *path,
                                          gboolean            group,
                                          char              **focus,
                                          GError            **error);
/* Deletes the rows at `paths` (and what is below them). */
gboolean   jx_indicator_structure_delete (JxEvaluation       *evaluation,
                                          const char * const *paths,
                                          char              **focus,
                                          GError            **error);
/* Makes the row the last child of the row above it at its level. */
gboolean   jx_indicator_structure_indent (JxEvaluation       *evaluation,
                                          const char         *path,
                                          char              **focus,
                                          GError            **error);
/* Makes the row the next sibling of its parent. */
gboolean   jx_indicator_structure_outdent (JxEvaluation      *evaluation,
                                           const char        *path,
                                           char             **focus,
                                           GError           **error);
/* Moves the row up (`delta` −1) or down (+1) among its siblings; past the first or the last
 * it goes to the end or the start of its parent's neighbour. */
gboolean   jx_indicator_structure_move   (JxEvaluation       *evaluation,
                                          const char         *path,
                                          int                 delta,
                                          char              **focus,
                                          GError            **error);
/* Inserts level-3 indicators (JsonNode objects) where jx_indicator_structure_add() would
 * put one. */
gboolean   jx_indicator_structure_insert (JxEvaluation       *evaluation,
                                          const char         *path,
                                          GPtrArray          *nodes,
                                          char              **focus,
                                          GError            **error);

G_END_DECLS
