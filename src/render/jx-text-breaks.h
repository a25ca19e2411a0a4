/* SPDX-License-Identifier: GPL-3.0-or-later */
/* jx-text-breaks.h: text of any length wraps in linear time. Pango wraps a word it has to
 * cut (no break opportunity within a line's width) in time quadratic in the word's length:
 * a 25,000-character word took 2.7 s, a 200,000-character one over 300 s, and only its
 * first line was printed. A run of more than JX_TEXT_LONG_RUN characters with no break
 * opportunity gets one (U+200B ZERO WIDTH SPACE, which draws nothing and is not in the
 * PDF's text) at every character boundary: it wraps as char wrapping does, fills each line,
 * and every character is printed. Shorter words are untouched. */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define JX_TEXT_LONG_RUN 64

/* Whether `text` holds a run of more than JX_TEXT_LONG_RUN characters in which no line may
 * break (no space, no CJK character, no break after punctuation). Linear, no allocation. */
gboolean jx_text_has_long_run  (const char *text,
                                gssize      length);
/* `text` with break opportunities in its long runs, or NULL when it has none (use `text`
 * as it is). Free with g_free(). */
char    *jx_text_breakable     (const char *text);
/* The first `max_chars` characters of `text` and "…" when it is longer, else NULL (use
 * `text`): what a chart label can show of a 10,000-character name. */
char    *jx_text_shortened     (const char *text,
                                guint       max_chars);

G_END_DECLS
