/* SPDX-License-Identifier: GPL-3.0-or-later */
/* jx-evaluation.h: what the document evaluates to — metrics, the score sheet and the
 * findings — kept up to date as the document changes. The pages and the charts read it;
 * nothing keeps a second copy of a figure. */
#pragma once

#include "jx-checks.h"
#include "jx-document.h"
#include "jx-scoring.h"

G_BEGIN_DECLS

#define JX_TYPE_EVALUATION (jx_evaluation_get_type ())
G_DECLARE_FINAL_TYPE (JxEvaluation, jx_evaluation, JX, EVALUATION, GObject)

JxEvaluation       *jx_evaluation_new          (JxDocument   *document);
JxDocument         *jx_evaluation_get_document (JxEvaluation *self);
const JxScoreSheet *jx_evaluation_get_sheet    (JxEvaluation *self);
/* Of JxFinding*, errors first. */
GPtrArray          *jx_evaluation_get_findings (JxEvaluation *self);
/* Percent, unrounded; NAN when not applicable. */
double              jx_evaluation_get_metric   (JxEvaluation *self,
                                                JxMetricId    id);
/* The findings about `path` or anything below it ("budget.revenue" matches
 * "budget.revenue.items[0].amount"); a new array of borrowed JxFinding*. */
GPtrArray          *jx_evaluation_findings_at  (JxEvaluation *self,
                                                const char   *path);
/* The result of the indicator at `json_path` ("indicators[2].children[0].children[0]"). */
const JxIndicatorResult *jx_evaluation_get_result (JxEvaluation *self,
                                                   const char   *json_path);
/* What the last ::updated was about: the JSON path of the indicator whose subtree alone was
 * scored and checked again ("indicators[2].children[0].children[3]"; its ancestors' subtotals
 * and the totals changed with it), or NULL when anything may have changed. */
const char         *jx_evaluation_get_changed  (JxEvaluation *self);
/* TRUE by default: a change under one indicator scores and checks only what it can change.
 * FALSE: every change recomputes everything (what the tests compare with). */
void                jx_evaluation_set_incremental (JxEvaluation *self,
                                                   gboolean      incremental);
/* Number of findings of a severity. */
guint               jx_evaluation_count        (JxEvaluation *self,
                                                JxSeverity    severity);

G_END_DECLS
