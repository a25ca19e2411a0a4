/* SPDX-License-Identifier: GPL-3.0-or-later */
/* jx-conclusion-page.h: the 自评结论 page — the score summary, the findings of the checks
 * (each one click from its field), the key ratios, and the narrative: target completion,
 * benefits, experience, problems and improvement measures.
 *
 * Charts: the score summary ends with an empty, hidden vertical GtkBox named "charts_box"
 * (CSS class "jx-charts") for the scores chart; jx_conclusion_page_add_chart() appends a
 * chart to it and shows it. */
#pragma once

#include <adwaita.h>

#include "jx-evaluation.h"

G_BEGIN_DECLS

#define JX_TYPE_CONCLUSION_PAGE (jx_conclusion_page_get_type ())
G_DECLARE_FINAL_TYPE (JxConclusionPage, jx_conclusion_page, JX, CONCLUSION_PAGE, AdwBin)

GtkWidget *jx_conclusion_page_new             (void);
void       jx_conclusion_page_set_evaluation  (JxConclusionPage *self,
                                               JxEvaluation     *evaluation);
/* Scrolls to, focuses and highlights the field of `path` ("conclusion.problems",
 * "conclusion.stated_total"); FALSE when the page has no field for it. */
gboolean   jx_conclusion_page_focus_path      (JxConclusionPage *self,
                                               const char       *path);
GtkBox    *jx_conclusion_page_get_charts_box  (JxConclusionPage *self);
void       jx_conclusion_page_add_chart       (JxConclusionPage *self,
                                               GtkWidget        *chart);

G_END_DECLS
