/* SPDX-License-Identifier: GPL-3.0-or-later */
/* jx-rule-text.c: a rule's name and where it comes from. */
#define G_LOG_DOMAIN "jx-rules"

#include "config.h"

#include <glib/gi18n.h>

#include "jx-scoring.h"

const char *
jx_rule_kind_title (int kind)
{
  switch (kind)
    {
    case JX_RULE_POSITIVE:
      return C_("scoring rule", "Positive");
    case JX_RULE_NEGATIVE:
      return C_("scoring rule", "Negative");
    case JX_RULE_EQUAL:
      return C_("scoring rule", "Equal");
    case JX_RULE_QUALITATIVE:
      return C_("scoring rule", "Qualitative");
    case JX_RULE_DEDUCTION:
      return C_("scoring rule", "Deduction");
    case JX_RULE_TIERS:
      return C_("scoring rule", "Tiers");
    case JX_RULE_RATE:
      return C_("scoring rule", "Rate");
    case JX_RULE_MANUAL:
    default:
      return C_("scoring rule", "Manual");
    }
}

gboolean
jx_rule_is_basic (const JxRule *rule)
{
  guint i;

  g_return_val_if_fail (rule != NULL, FALSE);

  if (rule->kind == JX_RULE_RATE || JX_NUMBER_IS_SET (rule->over_from))
    return FALSE;
  if ((rule->kind == JX_RULE_DEDUCTION || rule->kind == JX_RULE_TIERS) && rule->basis != JX_BASIS_COMPLETION)
    return FALSE;
  if (rule->kind == JX_RULE_DEDUCTION && (rule->count != JX_STEPS_PROPORTIONAL || (rule->per > 0 && rule->per != 1)))
    return FALSE;
  for (i = 0; rule->kind == JX_RULE_TIERS && rule->tiers != NULL && i < rule->tiers->len; i++)
    {
      const JxTier *tier = g_ptr_array_index (rule->tiers, i);

      if (!JX_NUMBER_IS_SET (tier->min) || JX_NUMBER_IS_SET (tier->max))
        return FALSE;
    }
  return TRUE;
}

char *
jx_rule_dup_citation (const JxRule *rule)
{
  const char *title;

  g_return_val_if_fail (rule != NULL, NULL);

  title = jx_rule_kind_title (rule->kind);
  if (rule->source != NULL && rule->source[0] != '\0')
    /* Translators: "Rule: Deduction; source: 湖南省部门整体支出绩效评价指标" */
    return g_strdup_printf (_("Rule: %s; source: %s"), title, rule->source);
  if (rule->custom)
    return g_strdup_printf (_("Rule: %s, set for this indicator"), title);
  return g_strdup_printf (_("Rule: %s; no source stated"), title);
}
