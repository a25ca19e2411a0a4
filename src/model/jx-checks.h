/* SPDX-License-Identifier: GPL-3.0-or-later */
/* jx-checks.h: the consistency checks of DESIGN.md §5. */
#pragma once

#include "jx-types.h"
#include "jx-scoring.h"

G_BEGIN_DECLS

typedef enum {
  JX_SEVERITY_INFO,
  JX_SEVERITY_WARNING,
  JX_SEVERITY_ERROR,
} JxSeverity;

typedef struct {
  JxSeverity severity;
  char *path;       /* JSON path of the value concerned: "budget.projects.initial" */
  char *message;    /* translated, with both numbers and the arithmetic */
} JxFinding;

void        jx_finding_free       (JxFinding *finding);
/* "error", "warning", "info" (not translated: used in --check and --metrics output). */
const char *jx_severity_to_string (JxSeverity severity);

/* All findings of the document: errors, then warnings, then info, each in document order.
 * Returns a GPtrArray of JxFinding* that frees them. `sheet` is the document's score sheet
 * (scores that count, computed scores, the total); NULL computes one. */
GPtrArray  *jx_checks_run         (const JxDocData *doc, const JxScoreSheet *sheet);

/* The findings kept by part, so that after a change of one indicator only what reads it is
 * checked again (jx-checks-run.c; jx-evaluation.c uses it). */
typedef struct _JxChecksCache JxChecksCache;

JxChecksCache *jx_checks_cache_new    (void);
void           jx_checks_cache_free   (JxChecksCache *cache);
/* Every check, as jx_checks_run(). The findings belong to the cache (until the next run or
 * update); the array is new (free it with g_ptr_array_unref). */
GPtrArray     *jx_checks_cache_run    (JxChecksCache      *cache,
                                       const JxDocData    *doc,
                                       const JxScoreSheet *sheet);
/* After jx_score_sheet_update() of the indicator whose subtree is sheet->indicators[first]
 * … [first + n - 1], `ancestors` the indices of its ancestors: checks those again and the
 * checks over the whole tree, and keeps the rest. The same findings as a run. */
GPtrArray     *jx_checks_cache_update (JxChecksCache      *cache,
                                       const JxDocData    *doc,
                                       const JxScoreSheet *sheet,
                                       guint               first,
                                       guint               n,
                                       const guint        *ancestors,
                                       guint               n_ancestors);

G_END_DECLS
