/* SPDX-License-Identifier: GPL-3.0-or-later */
/* jx-year-over-year.h: this year against last — the series the document states for both
 * years (本年与上年对比), for the budget page, the report and the slides. */
#pragma once

#include "jx-types.h"

G_BEGIN_DECLS

typedef struct {
  const char *id;         /* "revenue", "expenditure", "basic", "projects", "public-funds",
                           * "procurement", "three-public" */
  const char *title;      /* translated: "收入合计" */
  const char *msgid;      /* the title untranslated ("Total revenue"), for a text in another
                           * language than the UI's (the report's charts) */
  const char *path;       /* this year's figure: "budget.revenue.total" */
  const char *last_path;  /* last year's: "budget.revenue.previous_total" */
  JxMoney     this_year;
  JxMoney     last_year;
  double      change;     /* (this − last) / last × 100; NAN when last year's is 0 */
} JxYearRow;

/* The series with both years stated, in the order of the report (of JxYearRow). */
GArray *jx_year_over_year (const JxDocData *doc);

G_END_DECLS
