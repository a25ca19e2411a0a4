/* SPDX-License-Identifier: GPL-3.0-or-later */
/* jx-findings-list.h: every finding of the checks, errors first, each one click (or Enter)
 * away from the field it concerns: activating a row activates the action
 * "win.focus-path" with the finding's JSON path. */
#pragma once

#include <adwaita.h>

#include "jx-evaluation.h"

G_BEGIN_DECLS

#define JX_TYPE_FINDINGS_LIST (jx_findings_list_get_type ())
G_DECLARE_FINAL_TYPE (JxFindingsList, jx_findings_list, JX, FINDINGS_LIST, AdwBin)

GtkWidget *jx_findings_list_new            (void);
void       jx_findings_list_set_evaluation (JxFindingsList *self,
                                            JxEvaluation   *evaluation);
/* "1 error, 2 warnings, 2 notes" or "No findings"; follows the evaluation. */
char      *jx_findings_list_dup_summary    (JxFindingsList *self);
GtkListBox *jx_findings_list_get_list_box  (JxFindingsList *self);

G_END_DECLS
