/* SPDX-License-Identifier: GPL-3.0-or-later */
/* jx-xlsx-formulas.c: completion and the scoring rules as spreadsheet formulas.
 *
 * Each formula says what src/model/jx-rules.c computes (data/FORMAT.md, `rule`), over the
 * cells of one single-part indicator: the target t, the actual value a, the weight w and
 * the completion c (a fraction: 1 = 100%). The writer puts the model's own result beside
 * each as the cached value, so the two must agree; tests/test-xlsx.py has LibreOffice
 * recompute them.
 *
 *   completion  ge, gt: a/t (t < 0: 1 + (a − t)/|t|); le, lt: 1 when a ≤ t, else t/a
 *               (t < 0: 1 − (a − t)/|t|); eq: 1 − |a − t|/|t|; floored at 0; none for t = 0
 *   正向        MIN(c, 1) × w
 *   反向        w when a ≤ t; 0 when t = 0; else MAX(0, 1 − (a − t)/|t|) × w
 *   等于        w when |a − t| ≤ tolerance; else 0, or MIN(a/t, t/a) × w when proportional
 *   定性        share × w
 *   扣分        MAX(0, w − step × MAX(0, (1 − c) × 100 − threshold))
 *   档位        the points of the highest tier whose min c × 100 reaches
 */
#define G_LOG_DOMAIN "jx-xlsx"

#include "config.h"

#include <math.h>

#include "jx-xlsx-writer-private.h"

char *
_jx_xlsx_completion_formula (int         direction,
                             double      target,
                             const char *t,
                             const char *a)
{
  if (!JX_NUMBER_IS_SET (target) || target == 0)
    return NULL;

  switch (direction)
    {
    case JX_DIRECTION_LE:
    case JX_DIRECTION_LT:
      if (target > 0)
        return g_strdup_printf ("IF(%s<=%s,1,%s/%s)", a, t, t, a);
      return g_strdup_printf ("IF(%s<=%s,1,MAX(0,1-(%s-%s)/ABS(%s)))", a, t, a, t, t);
    case JX_DIRECTION_EQ:
      return g_strdup_printf ("MAX(0,1-ABS(%s-%s)/ABS(%s))", a, t, t);
    case JX_DIRECTION_GE:
    case JX_DIRECTION_GT:
    default:
      if (target > 0)
        return g_strdup_printf ("MAX(0,%s/%s)", a, t);
      return g_strdup_printf ("MAX(0,1+(%s-%s)/ABS(%s))", a, t, t);
    }
}

static int
compare_tiers (gconstpointer x,
               gconstpointer y)
{
  const JxTier *a = *(const JxTier * const *) x;
  const JxTier *b = *(const JxTier * const *) y;

  return a->min < b->min ? 1 : a->min > b->min ? -1 : 0;
}

/* IF(c*100+1E-9>=min1,points1,IF(…,0)): the highest tier first, as jx-rules.c takes the
 * highest tier reached. */
static void
append_tiers (GString      *out,
              const JxRule *rule,
              const char   *c)
{
  g_autoptr(GPtrArray) sorted = g_ptr_array_new ();
  guint i;

  for (i = 0; i < rule->tiers->len; i++)
    g_ptr_array_add (sorted, g_ptr_array_index (rule->tiers, i));
  g_ptr_array_sort (sorted, compare_tiers);
  for (i = 0; i < sorted->len; i++)
    {
      const JxTier *tier = g_ptr_array_index (sorted, i);

      g_string_append_printf (out, "IF(%s*100+1E-9>=", c);
      _jx_xlsx_append_number (out, tier->min);
      g_string_append_c (out, ',');
      _jx_xlsx_append_number (out, tier->points);
      g_string_append_c (out, ',');
    }
  g_string_append_c (out, '0');
  for (i = 0; i < sorted->len; i++)
    g_string_append_c (out, ')');
}

char *
_jx_xlsx_score_formula (JxXlsxWriter      *w,
                        const JxIndicator *ind,
                        const char        *t,
                        const char        *a,
                        const char        *wt,
                        const char        *c)
{
  g_autoptr(GString) raw = g_string_new (NULL);
  const JxRule *rule = &ind->rule;
  guint n_parts = ind->parts != NULL ? ind->parts->len : 0;
  double share;
  double tolerance;

  if (!JX_NUMBER_IS_SET (ind->weight))
    return NULL;
  /* The rules of the regional packs (on the actual value, in steps, over the target, rate)
   * have no formula here: the cell holds Jixiao's score as a value. */
  if (!jx_rule_is_basic (rule))
    return NULL;

  switch (rule->kind)
    {
    case JX_RULE_QUALITATIVE:
      share = JX_NUMBER_IS_SET (rule->share) ? CLAMP (rule->share, 0, 100) : 0;
      g_string_append_printf (raw, "%s*", wt);
      _jx_xlsx_append_number (raw, share / 100);
      break;

    case JX_RULE_POSITIVE:
      if (n_parts != 1 || c == NULL)
        return NULL;
      g_string_append_printf (raw, "MIN(%s,1)*%s", c, wt);
      break;

    case JX_RULE_NEGATIVE:
      if (n_parts != 1)
        return NULL;
      g_string_append_printf (raw, "IF(%s<=%s,1,IF(%s=0,0,MAX(0,1-(%s-%s)/ABS(%s))))*%s",
                              a, t, t, a, t, t, wt);
      break;

    case JX_RULE_EQUAL:
      if (n_parts != 1)
        return NULL;
      tolerance = JX_NUMBER_IS_SET (rule->tolerance) ? fabs (rule->tolerance) : 0;
      g_string_append_printf (raw, "IF(ABS(%s-%s)<=", a, t);
      _jx_xlsx_append_number (raw, tolerance + 1e-9 * MAX (1.0, tolerance));
      if (rule->proportional)
        g_string_append_printf (raw, ",1,IF(%s*%s>0,MIN(%s/%s,%s/%s),0))*%s", a, t, a, t, t, a, wt);
      else
        g_string_append_printf (raw, ",1,0)*%s", wt);
      break;

    case JX_RULE_DEDUCTION:
      if (n_parts != 1 || c == NULL)
        return NULL;
      g_string_append_printf (raw, "MAX(0,%s-", wt);
      _jx_xlsx_append_number (raw, JX_NUMBER_IS_SET (rule->step) ? rule->step : 0);
      g_string_append_printf (raw, "*MAX(0,MAX(0,(1-%s)*100)-", c);
      _jx_xlsx_append_number (raw, JX_NUMBER_IS_SET (rule->threshold) ? rule->threshold : 0);
      g_string_append (raw, "))");
      break;

    case JX_RULE_TIERS:
      if (n_parts != 1 || c == NULL || rule->tiers == NULL || rule->tiers->len == 0)
        return NULL;
      append_tiers (raw, rule, c);
      break;

    case JX_RULE_MANUAL:
    default:
      return NULL;
    }
  return _jx_xlsx_round (w, raw->str);
}
