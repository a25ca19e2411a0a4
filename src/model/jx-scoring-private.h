/* SPDX-License-Identifier: GPL-3.0-or-later */
/* jx-scoring-private.h: helpers shared by jx-metrics.c, jx-scoring.c and jx-rules.c. */
#pragma once

#include "jx-scoring.h"

G_BEGIN_DECLS

/* Large enough for any number the helpers below write. */
#define JX_NUMBER_BUF 64

/* Shortest form with at most `max_decimals` decimals ("3250", "7.7", "92.08"); '.' as the
 * decimal point whatever the locale; never "-0". Returns `buf`. */
const char *_jx_format_number (char buf[JX_NUMBER_BUF], double value, int max_decimals);
/* Exactly `decimals` decimals ("3.00", "108.33"); never "-0.00". Returns `buf`. */
const char *_jx_format_fixed  (char buf[JX_NUMBER_BUF], double value, int decimals);

/* Scores one level-3 indicator by its rule (jx-rules.c): sets result->completion,
 * result->computed_score (rounded per doc->scoring) and result->explanation (newly
 * allocated), given the indicator's weight. `scratch` and `scratch2` are reusable buffers
 * (their contents are overwritten), so scoring a large tree allocates little. */
void        _jx_rule_apply    (const JxDocData   *doc,
                               const JxIndicator *ind,
                               JxIndicatorResult *result,
                               GString           *scratch,
                               GString           *scratch2);

G_END_DECLS
