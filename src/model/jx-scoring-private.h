/* SPDX-License-Identifier: GPL-3.0-or-later */
/* jx-scoring-private.h: helpers shared by jx-metrics.c, jx-scoring.c and jx-rules.c. */
#pragma once

#include "jx-scoring.h"

G_BEGIN_DECLS

/* Large enough for any number the helpers below write. */
#define JX_NUMBER_BUF 64

/* Shortest form with at most `max_decimals` decimals ("3250", "7.7", "92.08"), rounded
 * half up; '.' as the decimal point whatever the locale; never "-0". Returns `buf`. */
const char *_jx_format_number (char buf[JX_NUMBER_BUF], double value, int max_decimals);
/* Exactly `decimals` decimals ("3.00", "108.33"); never "-0.00". Returns `buf`. */
const char *_jx_format_fixed  (char buf[JX_NUMBER_BUF], double value, int decimals);

/* Appends `format` to `out`, like g_string_append_printf() but for string arguments only:
 * it understands "%s", "%N$s" (translators may reorder) and "%%" — nothing else, though
 * the compiler would accept "%d" — and is several times faster, which matters when a
 * sheet explains 50 000 indicators. */
void        _jx_append        (GString *out, const char *format, ...) G_GNUC_PRINTF (2, 3);

/* One score sheet computation. */
typedef struct {
  const JxDocData *doc;
  int              decimals;      /* doc->scoring.decimals, clamped */
  JxRounding       rounding;
  gboolean         na_full;       /* not-applicable indicators count with full marks */
  GHashTable      *translations;  /* msgid → translation: gettext runs once per message */
  GString         *tmp;           /* scratch buffers of the rules */
  GString         *tmp2;
} JxScoringContext;

/* gettext (msgid), remembered for the rest of the computation. Call it as
 * `_jx_tr (ctx, N_("…"))` so xgettext finds the message. */
const char *_jx_tr            (JxScoringContext *ctx, const char *msgid) G_GNUC_FORMAT (2);

/* Scores one level-3 indicator by its rule (jx-rules.c): sets result->completion and
 * result->computed_score (rounded per the scoring settings) and appends the explanation
 * to `out`. */
void        _jx_rule_apply    (JxScoringContext  *ctx,
                               const JxIndicator *ind,
                               JxIndicatorResult *result,
                               GString           *out);

/* ---- shared by jx-rules.c and jx-rules-deduct.c ---- */

typedef enum {
  JX_PARTS_ZERO_TARGET_OK = 1 << 0,  /* a zero target is fine (the rule does not divide by it) */
  JX_PARTS_NO_TARGET      = 1 << 1,  /* the rule needs no target (tiers on the actual, rate) */
} JxPartsFlags;

/* Appends "label: " (or "#2: ") before a part of a compound target. */
void        _jx_append_part_label (GString *out, const JxPart *part, guint i);
/* TRUE when some part lacks a value the rule needs; `out` (emptied first) then says which. */
gboolean    _jx_rule_parts_missing (JxScoringContext  *ctx,
                                    const JxIndicator *ind,
                                    guint              flags,
                                    GString           *out);

/* The deduction rule on the completion `c` (its arithmetic `cs`): the raw score. */
double      _jx_rule_deduction  (JxScoringContext  *ctx,
                                 const JxRule      *rule,
                                 double             weight,
                                 double             c,
                                 const char        *cs,
                                 GString           *out);
/* The deduction rule on the actual values of the parts (checked present): the raw score;
 * *full_formula when the explanation ends in a subtraction. */
double      _jx_rule_deduction_actual (JxScoringContext  *ctx,
                                       const JxIndicator *ind,
                                       const char        *ws,
                                       GString           *out,
                                       gboolean          *full_formula);
/* The positive rule's deduction for a target set too low (偏离度): TRUE when the completion
 * `c` reaches rule->over_from, *raw then the score. */
gboolean    _jx_rule_over_target (JxScoringContext  *ctx,
                                  const JxRule      *rule,
                                  double             weight,
                                  double             c,
                                  const char        *cs,
                                  GString           *out,
                                  double            *raw);

G_END_DECLS
