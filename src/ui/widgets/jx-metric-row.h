/* SPDX-License-Identifier: GPL-3.0-or-later */
/* jx-metric-row.h: a row showing one computed ratio (DESIGN.md §4) with its arithmetic,
 * e.g. 在职人员控制率 — 93 / 101 = 92.08% — 92.08%. The widget is named "metric-<id>"
 * ("metric-staff_control_rate"). */
#pragma once

#include <adwaita.h>

#include "jx-evaluation.h"

G_BEGIN_DECLS

#define JX_TYPE_METRIC_ROW (jx_metric_row_get_type ())
G_DECLARE_FINAL_TYPE (JxMetricRow, jx_metric_row, JX, METRIC_ROW, AdwActionRow)

GtkWidget  *jx_metric_row_new            (JxMetricId    id);
JxMetricId  jx_metric_row_get_metric     (JxMetricRow  *self);
/* Shows the metric of `evaluation` (NULL: empty). */
void        jx_metric_row_update         (JxMetricRow  *self,
                                          JxEvaluation *evaluation);
/* The value shown, e.g. "92.08%", or "—" when not applicable. */
const char *jx_metric_row_get_value_text (JxMetricRow  *self);

G_END_DECLS
