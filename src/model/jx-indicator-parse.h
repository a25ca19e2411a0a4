/* SPDX-License-Identifier: GPL-3.0-or-later */
/* jx-indicator-parse.h: targets as people type them (numbers: jx-typed.h). */
#pragma once

#include "jx-types.h"

G_BEGIN_DECLS

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
