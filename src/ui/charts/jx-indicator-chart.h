/* SPDX-License-Identifier: GPL-3.0-or-later */
/* jx-indicator-chart.h: the target-vs-actual chart under the indicator table — a bar that
 * folds it away (folded at first, so the table keeps the room), a drop-down to pick all the
 * quantitative indicators or those of one level-2 group, and the chart, scrolled when it has
 * more rows than the room below the table. */
#pragma once

#include <adwaita.h>

#include "jx-chart-view.h"

G_BEGIN_DECLS

#define JX_TYPE_INDICATOR_CHART (jx_indicator_chart_get_type ())
G_DECLARE_FINAL_TYPE (JxIndicatorChart, jx_indicator_chart, JX, INDICATOR_CHART, AdwBin)

GtkWidget   *jx_indicator_chart_new            (void);
void         jx_indicator_chart_set_evaluation (JxIndicatorChart *self,
                                                JxEvaluation     *evaluation);
JxChartView *jx_indicator_chart_get_view       (JxIndicatorChart *self);
gboolean     jx_indicator_chart_get_expanded   (JxIndicatorChart *self);
void         jx_indicator_chart_set_expanded   (JxIndicatorChart *self,
                                                gboolean          expanded);
/* Shows the chart `chart_id` ("target-actual" for all, "target-actual-3" for a group, as
 * jx_chart_id_for_group() names it); FALSE when the drop-down has no such chart. */
gboolean     jx_indicator_chart_select         (JxIndicatorChart *self,
                                                const char       *chart_id);

G_END_DECLS
