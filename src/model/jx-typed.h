/* SPDX-License-Identifier: GPL-3.0-or-later */
/* jx-typed.h: numbers as people type and paste them — with a Chinese input method in
 * full-width mode (２，３，２５０，９５％，－５), with thousands separators ("3,250"), from
 * WPS or Excel. The one reader of typed numbers: every number field, cell and paste uses it. */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* `text` with ASCII digits and signs: full-width digits ０-９ and ＋ － ． ％, the minus sign
 * −, a full-width comma between groups of digits ("３，２５０" → "3,250"), an ideographic
 * full stop between digits ("９５。５" → "95.5"), ideographic and no-break spaces as spaces.
 * Everything else is kept as it is. */
char     *jx_typed_normalize     (const char   *text);

/* jx_typed_normalize(), trimmed, and the thousands separators dropped where they separate
 * groups of three digits ("1,476.62" → "1476.62"). A comma anywhere else ("3,25") stays, so
 * that the text is refused as a number. */
char     *jx_typed_plain_number  (const char   *text);

/* A text that holds numbers (a target: "≥３，２５０篇（条）") normalized, and the thousands
 * separators dropped from its numbers: "≥3250篇（条）". */
char     *jx_typed_plain_text    (const char   *text);

/* Reads a number at `p` in normalized text: a sign, digits (with "," between groups of three),
 * decimals. FALSE when there is no digit; `*end` is where the number ends. */
gboolean  jx_typed_scan_number   (const char   *p,
                                  double       *value,
                                  const char  **end);

/* The whole text as one number ("3250", "3,250", "３２５０", "-0.5", " 12.5 "), with `unit`
 * (may be NULL) allowed after it. Letters, other signs and infinities are refused. */
gboolean  jx_typed_parse_number  (const char   *text,
                                  const char   *unit,
                                  double       *value);

/* The whole text as a whole number within [min, max]. FALSE when it is not one; then
 * `*out_of_range` (may be NULL) says whether it was one, outside the range. */
gboolean  jx_typed_parse_integer (const char   *text,
                                  gint64        min,
                                  gint64        max,
                                  gint64       *value,
                                  gboolean     *out_of_range);

G_END_DECLS
