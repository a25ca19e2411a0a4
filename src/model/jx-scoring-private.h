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

G_END_DECLS
