/* SPDX-License-Identifier: GPL-3.0-or-later */
/* jx-rules.c: completion of a level-3 indicator and its scoring rules (data/FORMAT.md, `rule`).
 *
 * Completion of a part (percent, floored at 0; none for a zero or unstated target or an
 * unstated actual):
 *   ge, gt   a / t × 100                    (t < 0: 100 + (a − t) / |t| × 100)
 *   le, lt   100 when a ≤ t, else t / a × 100   (t < 0 or a ≤ 0: 100 − (a − t) / |t| × 100)
 *   eq       100 − |a − t| / |t| × 100
 * With several parts the smallest counts. The negative and equal rules work part by part on
 * the actual and target themselves (so a zero target is fine there), again taking the
 * smallest share. Every rule writes its arithmetic into the explanation.
 */
#define G_LOG_DOMAIN "jx-rules"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "jx-metrics.h"
#include "jx-scoring.h"
#include "jx-scoring-private.h"

/* A part's share in percent (completion, or the negative / equal rule's share of the
 * weight), given both values stated; appends the arithmetic. `ts`, `as` are t and a as text. */
typedef double (*PartFunc) (const JxRule *rule,
                            int           direction,
                            double        t,
                            double        a,
                            const char   *ts,
                            const char   *as,
                            GString      *out);

static const char * const grade_titles[] = {
  N_("achieved"),
  N_("partially achieved"),
  N_("not achieved"),
};

double
jx_indicator_actual (const JxDocData   *doc,
                     const JxIndicator *ind,
                     guint              i)
{
  g_return_val_if_fail (ind != NULL, NAN);

  if (ind->parts == NULL || i >= ind->parts->len)
    return NAN;
  if (ind->metric > JX_METRIC_NONE && ind->metric < JX_N_METRICS && i == 0)
    return doc != NULL ? jx_metric_compute (doc, ind->metric) : NAN;
  return ((const JxPart *) g_ptr_array_index (ind->parts, i))->actual;
}

static double
part_completion (int    direction,
                 double t,
                 double a)
{
  double c;

  if (!JX_NUMBER_IS_SET (t) || !JX_NUMBER_IS_SET (a) || t == 0)
    return NAN;

  switch (direction)
    {
    case JX_DIRECTION_LE:
    case JX_DIRECTION_LT:
      if (a <= t)
        c = 100;
      else if (t > 0)
        c = t / a * 100;
      else
        c = 100 - (a - t) / fabs (t) * 100;
      break;
    case JX_DIRECTION_EQ:
      c = 100 - fabs (a - t) / fabs (t) * 100;
      break;
    case JX_DIRECTION_GE:
    case JX_DIRECTION_GT:
    default:
      c = t > 0 ? a / t * 100 : 100 + (a - t) / fabs (t) * 100;
      break;
    }
  return MAX (c, 0);
}

double
jx_indicator_completion (const JxDocData   *doc,
                         const JxIndicator *ind)
{
  double result = NAN;
  guint i;

  g_return_val_if_fail (ind != NULL, NAN);

  for (i = 0; ind->parts != NULL && i < ind->parts->len; i++)
    {
      const JxPart *part = g_ptr_array_index (ind->parts, i);
      double c = part_completion (part->direction, part->target, jx_indicator_actual (doc, ind, i));

      if (isnan (c))
        return NAN;
      if (i == 0 || c < result)
        result = c;
    }
  return result;
}

/* ---- per part ---- */

static void
append_floor (GString *out,
              double   raw)
{
  if (raw < 0)
    g_string_append (out, _(" < 0 → 0%"));
}

static double
completion_part (const JxRule *rule,
                 int           direction,
                 double        t,
                 double        a,
                 const char   *ts,
                 const char   *as,
                 GString      *out)
{
  char cs[JX_NUMBER_BUF];
  double c = part_completion (direction, t, a);
  double raw;

  _jx_format_fixed (cs, c, 2);
  switch (direction)
    {
    case JX_DIRECTION_LE:
    case JX_DIRECTION_LT:
      if (a <= t)
        g_string_append_printf (out, _("%s ≤ %s → 100%%"), as, ts);
      else if (t > 0)
        g_string_append_printf (out, _("%s / %s = %s%%"), ts, as, cs);
      else
        {
          raw = 100 - (a - t) / fabs (t) * 100;
          g_string_append_printf (out, _("100%% − (%s − %s) / |%s| = %s%%"), as, ts, ts,
                                  _jx_format_fixed (cs, raw, 2));
          append_floor (out, raw);
        }
      break;
    case JX_DIRECTION_EQ:
      raw = 100 - fabs (a - t) / fabs (t) * 100;
      g_string_append_printf (out, _("100%% − |%s − %s| / |%s| = %s%%"), as, ts, ts,
                              _jx_format_fixed (cs, raw, 2));
      append_floor (out, raw);
      break;
    case JX_DIRECTION_GE:
    case JX_DIRECTION_GT:
    default:
      if (t > 0)
        g_string_append_printf (out, _("%s / %s = %s%%"), as, ts, cs);
      else
        {
          raw = 100 + (a - t) / fabs (t) * 100;
          g_string_append_printf (out, _("100%% + (%s − %s) / |%s| = %s%%"), as, ts, ts,
                                  _jx_format_fixed (cs, raw, 2));
          append_floor (out, raw);
        }
      break;
    }
  return c;
}

static double
negative_part (const JxRule *rule,
               int           direction,
               double        t,
               double        a,
               const char   *ts,
               const char   *as,
               GString      *out)
{
  char fs[JX_NUMBER_BUF];
  double f;

  if (a <= t)
    {
      g_string_append_printf (out, _("%s ≤ %s"), as, ts);
      return 100;
    }
  if (t == 0)
    {
      g_string_append_printf (out, _("%s > 0, above a zero target → 0%%"), as);
      return 0;
    }
  f = 100 - (a - t) / fabs (t) * 100;
  g_string_append_printf (out, _("1 − (%s − %s) / |%s| = %s%%"), as, ts, ts, _jx_format_fixed (fs, f, 2));
  append_floor (out, f);
  return MAX (f, 0);
}

static double
equal_part (const JxRule *rule,
            int           direction,
            double        t,
            double        a,
            const char   *ts,
            const char   *as,
            GString      *out)
{
  char ds[JX_NUMBER_BUF];
  char tol[JX_NUMBER_BUF];
  char fs[JX_NUMBER_BUF];
  double tolerance = JX_NUMBER_IS_SET (rule->tolerance) ? fabs (rule->tolerance) : 0;
  double d = fabs (a - t);
  double f;

  _jx_format_number (ds, d, 6);
  _jx_format_number (tol, tolerance, 6);
  if (d <= tolerance + 1e-9 * MAX (1.0, tolerance))
    {
      g_string_append_printf (out, _("|%s − %s| = %s ≤ %s"), as, ts, ds, tol);
      return 100;
    }
  if (!rule->proportional)
    {
      g_string_append_printf (out, _("|%s − %s| = %s > %s → 0%%"), as, ts, ds, tol);
      return 0;
    }
  f = (a != 0 && t != 0 && (a > 0) == (t > 0)) ? MIN (a / t, t / a) * 100 : 0;
  g_string_append_printf (out, _("|%s − %s| = %s > %s; min(%s / %s, %s / %s) = %s%%"),
                          as, ts, ds, tol, as, ts, ts, as, _jx_format_fixed (fs, f, 2));
  return f;
}

/* The smallest share of the parts by `func`, the arithmetic appended to `out`; NAN when a
 * part lacks a value, `out` then holding why. */
static double
eval_parts (const JxDocData   *doc,
            const JxIndicator *ind,
            PartFunc           func,
            gboolean           zero_target_ok,
            GString           *out)
{
  guint n = ind->parts->len;
  gboolean missing = FALSE;
  double result = NAN;
  guint i;

  g_string_truncate (out, 0);

  for (i = 0; i < n; i++)
    {
      const JxPart *part = g_ptr_array_index (ind->parts, i);
      double a = jx_indicator_actual (doc, ind, i);
      const char *why = NULL;

      if (!JX_NUMBER_IS_SET (part->target))
        why = _("the target is not stated");
      else if (!JX_NUMBER_IS_SET (a) && i == 0 && ind->metric > JX_METRIC_NONE && ind->metric < JX_N_METRICS)
        why = _("the actual value comes from a metric that is not applicable");
      else if (!JX_NUMBER_IS_SET (a))
        why = _("the actual value is not stated");
      else if (part->target == 0 && !zero_target_ok)
        why = _("the target is zero, so there is no completion");
      if (why == NULL)
        continue;

      if (missing)
        g_string_append (out, "; ");
      if (n > 1 && *part->label)
        g_string_append_printf (out, "%s: ", part->label);
      else if (n > 1)
        g_string_append_printf (out, "#%u: ", i + 1);
      g_string_append (out, why);
      missing = TRUE;
    }
  if (missing)
    return NAN;

  for (i = 0; i < n; i++)
    {
      const JxPart *part = g_ptr_array_index (ind->parts, i);
      gboolean from_metric = i == 0 && ind->metric > JX_METRIC_NONE;
      double a = jx_indicator_actual (doc, ind, i);
      char ts[JX_NUMBER_BUF];
      char as[JX_NUMBER_BUF];
      double v;

      if (i > 0)
        g_string_append (out, "; ");
      if (n > 1 && *part->label)
        g_string_append_printf (out, "%s: ", part->label);
      else if (n > 1)
        g_string_append_printf (out, "#%u: ", i + 1);
      v = func (&ind->rule, part->direction, part->target, a,
                _jx_format_number (ts, part->target, 6),
                _jx_format_number (as, a, from_metric ? 2 : 6), out);
      if (i == 0 || v < result)
        result = v;
    }

  if (n > 1)
    {
      char rs[JX_NUMBER_BUF];

      g_string_append_printf (out, _("; smallest %s%%"), _jx_format_fixed (rs, result, 2));
    }
  return result;
}

/* ---- the rules ---- */

static double
rule_tiers (const JxIndicator *ind,
            double             c,
            const char        *cs,
            GString           *out)
{
  const JxTier *best = NULL;
  char min[JX_NUMBER_BUF];
  guint i;

  for (i = 0; ind->rule.tiers != NULL && i < ind->rule.tiers->len; i++)
    {
      const JxTier *tier = g_ptr_array_index (ind->rule.tiers, i);

      if (c + 1e-9 >= tier->min && (best == NULL || tier->min > best->min))
        best = tier;
    }
  if (best == NULL)
    {
      g_string_append_printf (out, _("%s → below every tier"), cs);
      return 0;
    }
  g_string_append_printf (out, _("%s → the tier from %s%%"), cs, _jx_format_number (min, best->min, 6));
  return best->points;
}

static double
rule_deduction (const JxIndicator *ind,
                double             weight,
                double             c,
                const char        *cs,
                GString           *out)
{
  char shortfall_s[JX_NUMBER_BUF];
  char threshold_s[JX_NUMBER_BUF];
  char past_s[JX_NUMBER_BUF];
  char step_s[JX_NUMBER_BUF];
  char deducted_s[JX_NUMBER_BUF];
  double threshold = JX_NUMBER_IS_SET (ind->rule.threshold) ? ind->rule.threshold : 0;
  double step = JX_NUMBER_IS_SET (ind->rule.step) ? ind->rule.step : 0;
  double shortfall = MAX (0, 100 - c);
  double past = MAX (0, shortfall - threshold);

  _jx_format_fixed (shortfall_s, shortfall, 2);
  _jx_format_number (threshold_s, threshold, 6);
  if (past <= 0)
    {
      g_string_append_printf (out, _("%s; shortfall %s%% within the threshold %s%%"),
                              cs, shortfall_s, threshold_s);
      return weight;
    }
  g_string_append_printf (out, _("%s; shortfall %s%% − threshold %s%% = %s points past it × %s = %s deducted"),
                          cs, shortfall_s, threshold_s,
                          _jx_format_fixed (past_s, past, 2),
                          _jx_format_number (step_s, step, 6),
                          _jx_format_number (deducted_s, step * past, 6));
  return MAX (0, weight - step * past);
}

/* Computes the raw (unrounded) score into *raw and writes the explanation up to the score
 * into `out`; FALSE when no score can be computed, `out` then holding why. */
static gboolean
apply (const JxDocData   *doc,
       const JxIndicator *ind,
       double            *raw,
       gboolean          *full_formula,
       GString           *out,
       GString           *tmp)
{
  double w = ind->weight;
  gboolean has_parts = ind->parts != NULL && ind->parts->len > 0;
  char cs[JX_NUMBER_BUF];
  char ws[JX_NUMBER_BUF];
  double c;
  double share;

  *full_formula = FALSE;
  g_string_truncate (out, 0);
  _jx_format_number (ws, w, 6);

  if (ind->rule.kind == JX_RULE_MANUAL)
    return FALSE;
  if (!JX_NUMBER_IS_SET (w))
    {
      g_string_append (out, _("the weight is not stated"));
      return FALSE;
    }

  switch (ind->rule.kind)
    {
    case JX_RULE_QUALITATIVE:
      share = JX_NUMBER_IS_SET (ind->rule.share) ? CLAMP (ind->rule.share, 0, 100) : 0;
      g_string_append_printf (out, _("Qualitative, %s: %s%% × %s"),
                              _(grade_titles[CLAMP (ind->rule.grade, 0, (int) G_N_ELEMENTS (grade_titles) - 1)]),
                              _jx_format_number (cs, share, 6), ws);
      *raw = share / 100 * w;
      *full_formula = TRUE;
      return TRUE;

    case JX_RULE_NEGATIVE:
    case JX_RULE_EQUAL:
      if (!has_parts)
        break;
      share = eval_parts (doc, ind, ind->rule.kind == JX_RULE_NEGATIVE ? negative_part : equal_part, TRUE, tmp);
      if (isnan (share))
        {
          g_string_append (out, tmp->str);
          return FALSE;
        }
      if (share >= 100)
        g_string_append (out, tmp->str);
      else
        g_string_append_printf (out, _("%s → %s%% × %s"), tmp->str, _jx_format_fixed (cs, share, 2), ws);
      *raw = MIN (share, 100) / 100 * w;
      *full_formula = share < 100;
      return TRUE;

    case JX_RULE_POSITIVE:
    case JX_RULE_DEDUCTION:
    case JX_RULE_TIERS:
      if (!has_parts)
        break;
      if (ind->rule.kind == JX_RULE_TIERS && (ind->rule.tiers == NULL || ind->rule.tiers->len == 0))
        {
          g_string_append (out, _("the rule has no tiers"));
          return FALSE;
        }
      c = eval_parts (doc, ind, completion_part, FALSE, tmp);
      if (isnan (c))
        {
          g_string_append (out, tmp->str);
          return FALSE;
        }
      if (ind->rule.kind == JX_RULE_TIERS)
        *raw = rule_tiers (ind, c, tmp->str, out);
      else if (ind->rule.kind == JX_RULE_DEDUCTION)
        *raw = rule_deduction (ind, w, c, tmp->str, out);
      else if (c >= 100)
        {
          g_string_append_printf (out, _("%s ≥ 100%%"), tmp->str);
          *raw = w;
        }
      else
        {
          g_string_append_printf (out, _("%s → %s%% × %s"), tmp->str, _jx_format_fixed (cs, c, 2), ws);
          *raw = c / 100 * w;
          *full_formula = TRUE;
        }
      return TRUE;

    default:
      break;
    }

  g_string_append (out, _("the target is qualitative; grade it with the qualitative rule or enter a score"));
  return FALSE;
}

void
_jx_rule_apply (const JxDocData   *doc,
                const JxIndicator *ind,
                JxIndicatorResult *result,
                GString           *scratch,
                GString           *scratch2)
{
  const JxScoring *sc = &doc->scoring;
  int decimals = CLAMP (sc->decimals, 0, 6);
  JxRounding rounding = sc->rounding == JX_ROUNDING_TRUNCATE ? JX_ROUNDING_TRUNCATE : JX_ROUNDING_HALF_UP;
  char score_s[JX_NUMBER_BUF];
  char weight_s[JX_NUMBER_BUF];
  gboolean full_formula;
  double raw = NAN;

  result->completion = jx_indicator_completion (doc, ind);
  result->computed_score = NAN;
  _jx_format_number (weight_s, ind->weight, 6);

  if (apply (doc, ind, &raw, &full_formula, scratch, scratch2))
    {
      result->computed_score = jx_round (raw, decimals, rounding);
      _jx_format_fixed (score_s, result->computed_score, decimals);
      if (full_formula)
        /* Translators: "<arithmetic> = 0.63 of 1" (score of weight) */
        g_string_append_printf (scratch, _(" = %s of %s"), score_s, weight_s);
      else
        /* Translators: "<arithmetic> → 3.00 of 3" (score of weight) */
        g_string_append_printf (scratch, _(" → %s of %s"), score_s, weight_s);
      result->explanation = g_strndup (scratch->str, scratch->len);
      return;
    }

  if (ind->rule.kind == JX_RULE_MANUAL)
    {
      if (JX_NUMBER_IS_SET (ind->score))
        result->explanation = g_strdup_printf (_("Scored by hand: %s of %s."),
                                               _jx_format_number (score_s, ind->score, 6), weight_s);
      else
        result->explanation = g_strdup (_("Scored by hand; no score has been entered."));
      return;
    }

  /* Translators: %s says why, e.g. "the actual value is not stated" */
  result->explanation = g_strdup_printf (_("No score can be computed: %s."), scratch->str);
}
