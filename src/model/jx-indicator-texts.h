/* SPDX-License-Identifier: GPL-3.0-or-later */
/* jx-indicator-texts.h: a level-3 indicator from the texts of a table row, as a spreadsheet
 * states them. The one builder of indicators from cells: the clipboard's paste of rows and
 * the import of an indicator table both use it. */
#pragma once

#include <json-glib/json-glib.h>

#include "jx-types.h"

G_BEGIN_DECLS

typedef struct {
  const char *number;     /* "12" */
  const char *name;       /* required */
  const char *target;     /* "≥95%", "3000 篇（条）", "粉丝量 3000 人次以上，日活量 300 次以上", "合理" */
  const char *weight;     /* "3", "３分" */
  const char *actual;     /* "3250", "92%", "粉丝量 27224 人次；日活量 455 次" */
  const char *score;      /* the score entered in the table */
  const char *note;       /* deviation reason / note */
  int         rule_kind;  /* JxRuleKind, or -1: from the target (≤ 反向, a number 正向, text manual) */
} JxIndicatorTexts;

/* The indicator as the JSON of jx_document_insert() (number, name, weight, target_text,
 * actual_text, parts, rule, score, note). Numbers are read with jx-typed.h, the target with
 * jx_parse_target(); the actual values are read part by part. NULL when the name is blank. */
JsonNode *jx_indicator_json_from_texts (const JxIndicatorTexts *texts);

/* The actual values of a text for `n_parts` parts with these units: "3250", "3250 篇（条）",
 * "粉丝量 27224 人次，日活量 455 次以上", "27224；455". Sets values[i] to NAN where a part
 * has none. */
void      jx_indicator_parse_actuals   (const char          *text,
                                        GPtrArray           *parts,
                                        double              *values);

G_END_DECLS
