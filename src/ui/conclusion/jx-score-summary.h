/* SPDX-License-Identifier: GPL-3.0-or-later */
/* jx-score-summary.h: the score sheet at a glance — per dimension (level-1 indicator) its
 * weight, score, score rate and grade; the total and its grade. Follows the evaluation. */
#pragma once

#include <adwaita.h>

#include "jx-evaluation.h"

G_BEGIN_DECLS

#define JX_TYPE_SCORE_SUMMARY (jx_score_summary_get_type ())
G_DECLARE_FINAL_TYPE (JxScoreSummary, jx_score_summary, JX, SCORE_SUMMARY, AdwBin)

GtkWidget  *jx_score_summary_new            (void);
void        jx_score_summary_set_evaluation (JxScoreSummary *self,
                                             JxEvaluation   *evaluation);
/* The total as shown, e.g. "98.00", and its grade, e.g. "优秀" (for tests and tooltips). */
const char *jx_score_summary_get_total_text (JxScoreSummary *self);
const char *jx_score_summary_get_grade_text (JxScoreSummary *self);

G_END_DECLS
