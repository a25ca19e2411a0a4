/* SPDX-License-Identifier: GPL-3.0-or-later */
/* jx-report-narrative.h: the paragraphs the report writes where the department wrote none.
 *
 * The report prints, for each indicator, the clerk's analysis when there is one and nothing
 * else; where the analysis is empty it prints the generated paragraphs this returns. The
 * indicator page shows the same text as a suggestion the clerk may accept or replace, so
 * what the screen proposes is what the report prints. */
#pragma once

#include "jx-scoring.h"

G_BEGIN_DECLS

/* The paragraphs (separated by blank lines) the report prints for `result`'s indicator
 * (one of `sheet`, the score sheet of `doc`) while its analysis is empty; NULL when it
 * prints none there. For a dimension, they stand under its heading in 二（三）; for a
 * level-3 indicator, under its own heading. A level-2 indicator has none. */
char *jx_report_dup_generated_analysis (const JxDocData          *doc,
                                        const JxScoreSheet       *sheet,
                                        const JxIndicatorResult  *result);

/* The department's texts outside the indicators' analyses in whose place the report prints
 * generated paragraphs while they are empty, in the report's order: "scoring.method"
 * (一（二）), "budget.revenue.note" … "budget.projects.note" (the parts of 二（一）) and
 * "conclusion.summary" (二（二）). NULL-terminated, static. */
const char * const *jx_report_generated_paths (void);

/* The paragraphs (separated by blank lines) the report prints in the place of the text at
 * `path` (one of jx_report_generated_paths()) while it is empty; NULL when it prints none
 * there (the text is written, or there is nothing to state). */
char *jx_report_dup_generated_text (const JxDocData    *doc,
                                    const JxScoreSheet *sheet,
                                    const char         *path);

G_END_DECLS
