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

G_END_DECLS
