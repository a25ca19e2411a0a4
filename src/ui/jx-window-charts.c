/* SPDX-License-Identifier: GPL-3.0-or-later */
/* jx-window-charts.c: the charts of the pages (DESIGN.md §6), put in the places the pages
 * keep for them, and given the window's evaluation. */
#define G_LOG_DOMAIN "jx-window"

#include "config.h"

#include <glib/gi18n.h>

#include "jx-chart-view.h"
#include "jx-indicator-chart.h"
#include "jx-window-private.h"

static const struct {
  const char      *id;
  JxBudgetSection  section;
} budget_charts[] = {
  { "revenue", JX_BUDGET_SECTION_REVENUE },
  { "spending-function", JX_BUDGET_SECTION_SPENDING },
  { "spending-nature", JX_BUDGET_SECTION_SPENDING },
  { "spending-economic", JX_BUDGET_SECTION_SPENDING },
  { "budget-execution", JX_BUDGET_SECTION_EXECUTION },
  { "three-public", JX_BUDGET_SECTION_THREE_PUBLIC },
  { "year-over-year", JX_BUDGET_SECTION_THREE_PUBLIC },
};

static void
add (JxWindow  *self,
     GtkWidget *widget)
{
  if (self->charts == NULL)
    self->charts = g_ptr_array_new ();
  g_ptr_array_add (self->charts, widget);
  if (JX_IS_CHART_VIEW (widget))
    jx_chart_view_set_evaluation (JX_CHART_VIEW (widget), self->evaluation);
  else
    jx_indicator_chart_set_evaluation (JX_INDICATOR_CHART (widget), self->evaluation);
}

void
_jx_window_add_charts (JxWindow *self,
                       JxPage    page)
{
  GtkWidget *widget;
  guint i;

  switch (page)
    {
    case JX_PAGE_BUDGET:
      for (i = 0; i < G_N_ELEMENTS (budget_charts); i++)
        {
          widget = jx_chart_view_new (budget_charts[i].id);
          jx_chart_view_set_aspect (JX_CHART_VIEW (widget), jx_chart_view_aspect_for_id (budget_charts[i].id));
          jx_budget_page_add_chart (self->budget_page, budget_charts[i].section, widget);
          add (self, widget);
        }
      break;
    case JX_PAGE_CONCLUSION:
      widget = jx_chart_view_new ("scores");
      jx_chart_view_set_aspect (JX_CHART_VIEW (widget), jx_chart_view_aspect_for_id ("scores"));
      jx_conclusion_page_add_chart (self->conclusion_page, widget);
      add (self, widget);
      break;
    case JX_PAGE_INDICATORS:
      widget = jx_indicator_chart_new ();
      jx_indicator_page_add_chart (self->indicator_page, widget);
      add (self, widget);
      break;
    case JX_PAGE_OVERVIEW:
    case JX_N_PAGES:
    default:
      break;
    }
}

void
_jx_window_update_charts (JxWindow *self)
{
  guint i;

  for (i = 0; self->charts != NULL && i < self->charts->len; i++)
    {
      GtkWidget *widget = g_ptr_array_index (self->charts, i);

      if (JX_IS_CHART_VIEW (widget))
        jx_chart_view_set_evaluation (JX_CHART_VIEW (widget), self->evaluation);
      else
        jx_indicator_chart_set_evaluation (JX_INDICATOR_CHART (widget), self->evaluation);
    }
}
