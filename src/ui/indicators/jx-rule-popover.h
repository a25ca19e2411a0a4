/* SPDX-License-Identifier: GPL-3.0-or-later */
/* jx-rule-popover.h: the scoring rule of one level-3 indicator — chosen, parameterised, and
 * its calculation spelled out ("3250 / 3000 = 108.33% ≥ 100% → 3.00 of 3").
 *
 * Every change is written to the document at once (and can be undone); the calculation
 * shown is the evaluation's, so it is the one the report and --metrics give. */
#pragma once

#include <gtk/gtk.h>

#include "jx-evaluation.h"

G_BEGIN_DECLS

#define JX_TYPE_RULE_POPOVER (jx_rule_popover_get_type ())
G_DECLARE_FINAL_TYPE (JxRulePopover, jx_rule_popover, JX, RULE_POPOVER, GtkPopover)

GtkWidget  *jx_rule_popover_new             (void);
/* The indicator shown (NULL `path`: none). */
void        jx_rule_popover_set_indicator   (JxRulePopover *self,
                                             JxEvaluation  *evaluation,
                                             const char    *path);
const char *jx_rule_popover_get_path        (JxRulePopover *self);
/* Reads the document and the evaluation again (after an update). */
void        jx_rule_popover_refresh         (JxRulePopover *self);
/* What the rule list does when a kind is picked: the rule becomes `kind` (JxRuleKind), with
 * sensible parameters where it had none (tiers from the weight, a grade and share). */
void        jx_rule_popover_set_kind        (JxRulePopover *self,
                                             int            kind);
/* The calculation as shown. */
const char *jx_rule_popover_get_explanation (JxRulePopover *self);

G_END_DECLS
