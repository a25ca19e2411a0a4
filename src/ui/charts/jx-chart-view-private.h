/* SPDX-License-Identifier: GPL-3.0-or-later */
/* jx-chart-view-private.h: what jx-chart-view.c and jx-chart-view-actions.c share. */
#pragma once

#include "jx-chart-view.h"

G_BEGIN_DECLS

struct _JxChartView
{
  GtkWidget         parent_instance;

  JxEvaluation     *evaluation;
  gulong            updated_id;
  char             *chart_id;
  double            aspect;

  /* The chart shown, built from the evaluation's document and score sheet when first needed
   * (measured, drawn, copied) and dropped when the evaluation is updated; `built` says
   * whether it was asked for since (it is NULL when the document has no such chart). */
  JxChart          *chart;
  gboolean          built;
  guint             n_lines;     /* of its text alternative */

  gboolean          dark;
  double            zoom;        /* screen units per chart unit */
  GskRenderNode    *node;        /* the drawing, kept until data, size or style change */
  int               node_width;
  int               node_height;
  JxChartStyleKind  node_style;
  double            node_zoom;
  guint32           node_background;  /* 0xRRGGBB the node was drawn on */

  char             *hover;       /* the text under the pointer */
  GMenuModel       *menu;
  GtkWidget        *menu_button;
  GtkWidget        *context_menu;
};

/* jx-chart-view.c: builds the chart when it is missing; NULL when there is none. */
const JxChart *_jx_chart_view_ensure_chart         (JxChartView    *self);
/* The natural height at `width` (pixels of the screen). */
int            _jx_chart_view_natural_height       (JxChartView    *self,
                                                    int             width);

/* jx-chart-view-actions.c */
void           _jx_chart_view_class_init_actions   (GtkWidgetClass *widget_class);
GMenuModel    *_jx_chart_view_new_menu             (void);
void           _jx_chart_view_update_actions       (JxChartView    *self);
void           _jx_chart_view_popup_menu           (JxChartView    *self,
                                                    double          x,
                                                    double          y);

G_END_DECLS
