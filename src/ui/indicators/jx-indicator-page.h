/* SPDX-License-Identifier: GPL-3.0-or-later */
/* jx-indicator-page.h: the 指标表 page — the three-level indicator tree table. */
#pragma once

#include <adwaita.h>

#include "jx-evaluation.h"

G_BEGIN_DECLS

#define JX_TYPE_INDICATOR_PAGE (jx_indicator_page_get_type ())
G_DECLARE_FINAL_TYPE (JxIndicatorPage, jx_indicator_page, JX, INDICATOR_PAGE, AdwBin)

/* The page shows `evaluation`'s document; NULL empties it. */
void     jx_indicator_page_set_evaluation (JxIndicatorPage *self,
                                           JxEvaluation    *evaluation);
/* Shows and focuses the row and cell of `path` (a JSON path below "indicators");
 * FALSE when the page has no such row. */
gboolean jx_indicator_page_focus_path     (JxIndicatorPage *self,
                                           const char      *path);
/* Charts: below the table, above the totals, is an empty, hidden vertical GtkBox named
 * "charts_box" (CSS class "jx-charts"); this appends `chart` to it and shows it. The page
 * does not touch the box's children. */
void     jx_indicator_page_add_chart      (JxIndicatorPage *self,
                                           GtkWidget       *chart);

G_END_DECLS
