/* SPDX-License-Identifier: GPL-3.0-or-later */
/* jx-metrics.h: the ratios of DESIGN.md §4, computed from the document's inputs. */
#pragma once

#include "jx-types.h"

G_BEGIN_DECLS

/* Percent (92.079… for 93/101), unrounded; NAN when not applicable (a base absent or zero). */
double      jx_metric_compute     (const JxDocData *doc, JxMetricId id);
/* "staff_control_rate"; NULL for JX_METRIC_NONE. */
const char *jx_metric_to_string   (JxMetricId id);
/* JX_METRIC_NONE when unknown. */
JxMetricId  jx_metric_from_string (const char *id);
/* Translated title, "在职人员控制率" in zh_CN. */
const char *jx_metric_title       (JxMetricId id);
/* The same untranslated (the msgid), for a caller that speaks a language of its own (the
 * report's charts, jx-chart-lang.c). */
const char *jx_metric_title_untranslated (JxMetricId id);
/* The arithmetic, e.g. "93 / 101 = 92.08%", or why it is not applicable. */
char       *jx_metric_explain     (const JxDocData *doc, JxMetricId id);
/* 总支出 as the document states it: by nature, else by functional class, else the whole
 * budget's actual spending; JX_MONEY_NONE when none is stated. */
JxMoney     jx_budget_total_expenditure (const JxBudget *budget);

G_END_DECLS
