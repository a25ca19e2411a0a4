/* SPDX-License-Identifier: GPL-3.0-or-later */
/* jx-budget-page.h: the 预算结构 page — every budget table of the document as a form, with
 * its computed sums, the ratios computed from it, and the findings of the checks marked on
 * the fields they concern.
 *
 * Charts: each section ends with an empty, hidden vertical GtkBox named "charts_box" (CSS
 * class "jx-charts") kept for the chart widgets of DESIGN.md §6. Put a chart there with
 * jx_budget_page_add_chart(), which appends it and shows the box; or take the box with
 * jx_budget_page_get_charts_box(). The page does not touch the boxes' children. */
#pragma once

#include <adwaita.h>

#include "jx-evaluation.h"

G_BEGIN_DECLS

typedef enum {
  JX_BUDGET_SECTION_REVENUE,       /* 收入: revenue by source */
  JX_BUDGET_SECTION_SPENDING,      /* 支出: by functional class, by nature, by economic class */
  JX_BUDGET_SECTION_EXECUTION,     /* 预算执行: 年初 → 追加 → 调整后 → 执行; projects; public funds */
  JX_BUDGET_SECTION_THREE_PUBLIC,  /* “三公经费” */
  JX_BUDGET_SECTION_OTHER,         /* 政府采购, 资产, 重点支出 */
  JX_BUDGET_N_SECTIONS
} JxBudgetSection;

#define JX_TYPE_BUDGET_PAGE (jx_budget_page_get_type ())
G_DECLARE_FINAL_TYPE (JxBudgetPage, jx_budget_page, JX, BUDGET_PAGE, AdwBin)

GtkWidget *jx_budget_page_new             (void);
/* The page shows and edits `evaluation`'s document; NULL empties it. */
void       jx_budget_page_set_evaluation  (JxBudgetPage    *self,
                                           JxEvaluation    *evaluation);
/* Scrolls to, focuses and highlights the field of `path` ("budget.projects.initial",
 * "budget.revenue.items[1].amount"); FALSE when the page has no field for it. */
gboolean   jx_budget_page_focus_path      (JxBudgetPage    *self,
                                           const char      *path);
/* The box kept for the charts of `section` (hidden while empty). */
GtkBox    *jx_budget_page_get_charts_box  (JxBudgetPage    *self,
                                           JxBudgetSection  section);
/* Appends `chart` to the charts box of `section` and shows the box. */
void       jx_budget_page_add_chart       (JxBudgetPage    *self,
                                           JxBudgetSection  section,
                                           GtkWidget       *chart);

G_END_DECLS
