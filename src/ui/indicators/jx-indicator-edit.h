/* SPDX-License-Identifier: GPL-3.0-or-later */
/* jx-indicator-edit.h: typing into the indicator table — parsing and validating what the
 * clerk types, and writing it into the document as one undo step.
 *
 * Several writes that belong together (a value and the text that prints it, a row and its
 * renumbering) are one step, and the evaluation is recomputed once for them, not once per
 * write: between jx_indicator_edit_begin() and _end() the evaluation does not follow the
 * document, and is brought up to date at the end. Nothing may read the evaluation in
 * between (jx_indicator_edit_in_progress() says when). */
#pragma once

#include "jx-evaluation.h"
#include "jx-indicator-columns.h"

G_BEGIN_DECLS

void      jx_indicator_edit_begin       (JxEvaluation   *evaluation,
                                         const char     *label);
void      jx_indicator_edit_end         (JxEvaluation   *evaluation);
gboolean  jx_indicator_edit_in_progress (JxEvaluation   *evaluation);

/* Whether `text` may go into `column` of `row`; *hint says why not, or how it will be read
 * (an unrefused text may still have a hint, e.g. a score above the weight). */
gboolean  jx_indicator_edit_validate    (JxEvaluation   *evaluation,
                                         JxIndicatorRow *row,
                                         JxColumn        column,
                                         const char     *text,
                                         char          **hint);
/* Writes `text` into `column` of `row` as one undo step. FALSE (and nothing written) when
 * the text is refused. */
gboolean  jx_indicator_edit_commit      (JxEvaluation   *evaluation,
                                         JxIndicatorRow *row,
                                         JxColumn        column,
                                         const char     *text,
                                         GError        **error);
/* The text a copy of the cell puts on the clipboard (what the cell shows, without icons). */
char     *jx_indicator_edit_copy_text   (JxEvaluation   *evaluation,
                                         JxIndicatorRow *row,
                                         JxColumn        column);
/* Sets the entered score of the indicators at `paths` back to none, so the computed score
 * stands; one step. Returns how many changed. */
guint     jx_indicator_edit_accept_computed (JxEvaluation       *evaluation,
                                             const char * const *paths);

G_END_DECLS
