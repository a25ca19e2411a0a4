/* SPDX-License-Identifier: GPL-3.0-or-later */
/* jx-indicator-parse.h: numbers and targets as people type them. */
#pragma once

#include "jx-types.h"

G_BEGIN_DECLS

/* Full-width digits and signs (０-９, ．, －, ＋, ％) as ASCII, the ideographic space as a space. */
char      *jx_normalize_digits          (const char     *text);

/* A number as people type it: "3250", "3,250", "３２５０", "-0.5", "  12.5 ". Letters and
 * other signs are refused. `unit` (may be NULL) may follow the number and is ignored. */
gboolean  jx_parse_number               (const char     *text,
                                         const char     *unit,
                                         double         *value);

/* One part of a target as typed: "≥3000 篇（条）", "粉丝量 3000 人次以上", "≤10 分钟". */
typedef struct {
  char   *label;
  double  value;
  char   *unit;
  int     direction;   /* JxDirection, or -1 when the text does not say */
} JxTargetPart;

void      jx_target_part_free           (JxTargetPart   *part);
/* Splits a target text into parts at "，", "；", ";", "、". Returns the parts (of
 * JxTargetPart*), an empty array for a qualitative text (no number in it), or NULL when a
 * part holds more than one number, so the text cannot be read as numbers. */
GPtrArray *jx_parse_target              (const char     *text);

G_END_DECLS
