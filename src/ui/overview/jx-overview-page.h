/* SPDX-License-Identifier: GPL-3.0-or-later */
/* jx-overview-page.h: the 部门概况 page — the department, its staffing and its functions. */
#pragma once

#include <adwaita.h>

#include "jx-evaluation.h"

G_BEGIN_DECLS

#define JX_TYPE_OVERVIEW_PAGE (jx_overview_page_get_type ())
G_DECLARE_FINAL_TYPE (JxOverviewPage, jx_overview_page, JX, OVERVIEW_PAGE, AdwBin)

GtkWidget *jx_overview_page_new            (void);
/* The page shows and edits `evaluation`'s document; NULL empties it. */
void       jx_overview_page_set_evaluation (JxOverviewPage *self,
                                            JxEvaluation   *evaluation);
/* Scrolls to, focuses and highlights the field of `path` ("department.staffing.actual.total",
 * "department.functions[3]"); FALSE when the page has no field for it. */
gboolean   jx_overview_page_focus_path     (JxOverviewPage *self,
                                            const char     *path);

G_END_DECLS
