/* SPDX-License-Identifier: GPL-3.0-or-later */
/* jx-checks-private.h: what the parts of the consistency checks share.
 *
 * jx-checks-run.c        the run, and the findings kept by part for jx-evaluation.c
 * jx-checks.c            the findings, number formatting, restatements
 * jx-checks-budget.c     staffing and the budget tables
 * jx-checks-balance.c    revenue + carry-in = expenditure + closing balance; carry-over and
 *                        last year's figures
 * jx-checks-subitems.c   the sub-items (其中) of a budget line against the line
 * jx-checks-plausible.c  figures that add up but are unlikely: 编制 with the retirees, a
 *                        grade against its share, a printed actual against its metric
 * jx-checks-members.c    members in the wrong place or misspelt (kept, but not used)
 * jx-checks-indicators.c weights, scores, targets and actual values, the stated total
 * jx-checks-missing.c    the parts of a document that are still empty
 * jx-checks-amounts.c    negative amounts
 * jx-checks-grades.c     why a grade is withheld
 */
#pragma once

#include "jx-checks.h"

G_BEGIN_DECLS

/* Comparison tolerance for counts and numbers (weights, scores, restated figures). */
#define JX_CHECKS_EPSILON 1e-9

typedef struct {
  const JxDocData    *doc;
  const JxScoreSheet *sheet;
  GHashTable         *results;   /* const JxIndicator* → const JxIndicatorResult* */
  GPtrArray          *found[3];  /* of JxFinding*, indexed by JxSeverity, in document order;
                                  * NULL until the first one (jx-checks.c keeps them by part) */
  GPtrArray          *pool;      /* formatted numbers, freed with the run */
  GHashTable         *repeated;  /* leaf → its dimension, for the leaves whose number another
                                  * dimension's leaf has too (产出 restarts at 1); NULL until
                                  * the first label */
} JxChecks;

void        _jx_checks_add          (JxChecks   *checks,
                                     JxSeverity  severity,
                                     const char *path,
                                     const char *format,
                                     ...) G_GNUC_PRINTF (4, 5);

/* A text of the document (a name, a unit, a stated grade) as findings quote it: its first
 * JX_CHECKS_TEXT_MAX characters and "…" when longer, so that a 10,000-character name makes no
 * 10,000-character finding (the finding's path says which member it is). Owned by `checks`. */
#define JX_CHECKS_TEXT_MAX 80
const char *_jx_checks_text         (JxChecks   *checks,
                                     const char *text);

/* Formatted figures, owned by `checks` (valid until the run ends). */
/* "3,751.00"; more decimals when the amount has finer ones, so no difference shows as 0.00 */
const char *_jx_checks_money        (JxChecks   *checks,
                                     JxMoney     m);
/* "6", "0.63", "-67.65": at most 6 decimals, no trailing zeros */
const char *_jx_checks_number       (JxChecks   *checks,
                                     double      value);
/* "2,725.07 + 303.14 − 5.00"; "+ …" after 12 terms */
const char *_jx_checks_money_terms  (JxChecks      *checks,
                                     const JxMoney *terms,
                                     guint          n_terms);
const char *_jx_checks_number_terms (JxChecks      *checks,
                                     const double  *terms,
                                     guint          n_terms);

/* a + b, FALSE on overflow (the sum then is not compared). */
gboolean    _jx_checks_money_add    (JxMoney   a,
                                     JxMoney   b,
                                     JxMoney  *out);

/* The figure sum check shared by the budget tables:
 * "<section>: <parts> add up to S 万元 (a + b …) but the stated <total> is T 万元 (difference D)".
 * Compares only when `total` and every term are stated. Returns TRUE when compared and equal. */
gboolean    _jx_checks_money_sum    (JxChecks      *checks,
                                     const char    *path,
                                     const char    *section,
                                     const char    *parts_label,
                                     const char    *total_label,
                                     JxMoney        total,
                                     const JxMoney *terms,
                                     guint          n_terms);
/* The same, and when a term is not stated (with `names`, the terms' names), an info finding
 * that the stated total cannot be checked, naming the terms not stated. */
gboolean    _jx_checks_money_sum_rows (JxChecks           *checks,
                                       const char         *path,
                                       const char         *section,
                                       const char         *parts_label,
                                       const char         *total_label,
                                       JxMoney             total,
                                       const JxMoney      *terms,
                                       const char * const *names,
                                       guint               n_terms);
/* "“投入”" or "11 “每日汇编播出…”": an indicator as findings name it (jx-checks-indicators.c). */
const char *_jx_checks_indicator_label (JxChecks          *checks,
                                        const JxIndicator *ind);

void        _jx_checks_staffing     (JxChecks *checks);
void        _jx_checks_budget       (JxChecks *checks);
void        _jx_checks_balance      (JxChecks *checks);
void        _jx_checks_subitems     (JxChecks *checks);
void        _jx_checks_plausible_staffing   (JxChecks *checks);
void        _jx_checks_plausible_indicator (JxChecks *checks, const JxIndicatorResult *r);
/* The document's members before (`after` FALSE: its own, and those of the parts before
 * "indicators") or after the indicators; then each indicator's, but its sub-indicators'. */
void        _jx_checks_members_document  (JxChecks *checks, gboolean after);
void        _jx_checks_members_indicator (JxChecks *checks, const JxIndicator *ind, int level,
                                          const char *json_path);
/* The level-1 weights add up to 100; each indicator (of the sheet: level 1 and 2 their
 * sums, level 3 its weight, score, target and actual value); the stated total. */
void        _jx_checks_dimension_weights (JxChecks *checks);
void        _jx_checks_indicator    (JxChecks *checks, const JxIndicatorResult *r);
void        _jx_checks_stated_total (JxChecks *checks);
/* jx-checks-missing.c, jx-checks-amounts.c, jx-checks-grades.c */
void        _jx_checks_missing      (JxChecks *checks);
void        _jx_checks_negative_amounts (JxChecks *checks);
void        _jx_checks_grades       (JxChecks *checks);
/* jx-checks.c: figures the report restates elsewhere */
void        _jx_checks_restatements (JxChecks *checks);

G_END_DECLS
