/* SPDX-License-Identifier: GPL-3.0-or-later */
/* jx-sheet-rule.h: a scoring rule and a direction as the 自评表 writes them ("正向",
 * "定性：达成 100%", "≥"), and read back from such text (ours, or a template's). */
#pragma once

#include "jx-types.h"

G_BEGIN_DECLS

/* "≥", ">", "≤", "<", "=". */
const char *jx_sheet_direction_symbol (int direction);

/* The direction a 指标性质 cell states: "≥", "大于等于", "正向", "≤", "反向", "=" …;
 * JX_SHEET_QUALITATIVE for "定性"; -1 when it states none. */
#define JX_SHEET_QUALITATIVE (-2)
int         jx_sheet_direction_parse  (const char *text);

/* The 评分规则 cell of an indicator: "正向", "反向", "等于，允许误差 0.5，按比例",
 * "定性：达成 100%", "扣分：完成率每低于 100% 1 个百分点扣 0.1 分，5 个百分点以内不扣",
 * "档位：≥90% 得 5 分；≥80% 得 4 分", "手工评分"; "不适用；" in front when the indicator
 * is not applicable. Chinese whatever the UI language: it is the finance bureau's form. */
char       *jx_sheet_rule_describe    (const JxRule *rule,
                                       gboolean      applicable);

/* Reads such a text into `rule` (which must be initialised; parameters the text does not
 * state are left alone). Returns the rule kind, or -1 when the text names none; sets
 * `*applicable` FALSE when it says 不适用. English rule names (positive …) are read too. */
int         jx_sheet_rule_parse       (const char *text,
                                       JxRule     *rule,
                                       gboolean   *applicable);

G_END_DECLS
