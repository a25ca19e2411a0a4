/* SPDX-License-Identifier: GPL-3.0-or-later */
/* jx-rules.c: completion of a level-3 indicator and its scoring rules (data/FORMAT.md, `rule`);
 * the deductions are in jx-rules-deduct.c.
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
#include <string.h>

#include "jx-metrics.h"
#include "jx-scoring.h"
#include "jx-scoring-private.h"

/* A part's share in percent (completion, or the negative / equal rule's share of the
 * weight), given both values stated; appends the arithmetic. `ts`, `as` are t and a as text. */
typedef double (*PartFunc) (JxScoringContext *ctx,
                            const JxRule     *rule,
                            int               direction,
                            double            t,
                            double            a,
                            const char       *ts,
                            const char       *as,
                            GString          *out);

static const char * const grade_titles[] = {
  N_("achieved"),
  N_("partially achieved"),
  N_("not achieved"),
};

void
jx_grade_share_range (const JxScoring *scoring,
                      int              grade,
                      double          *min,
                      double          *max)
{
  /* 达成 [achieved_min, 100], 部分达成 [partial_min, achieved_min), 未达成 [0, partial_min):
   * 80 and 60 by default (财预〔2020〕10号), 80 and 50 in some regions. */
  double achieved = 80;
  double partial = 60;

  g_return_if_fail (min != NULL && max != NULL);

  if (scoring != NULL)
    {
      achieved = CLAMP (scoring->achieved_min, 0, 100);
      partial = CLAMP (scoring->partial_min, 0, achieved);
    }
  switch (grade)
    {
    case JX_GRADE_ACHIEVED:
      *min = achieved;
      *max = 100;
      break;
    case JX_GRADE_PARTIAL:
      *min = partial;
      *max = achieved;
      break;
    case JX_GRADE_NOT_ACHIEVED:
    default:
      *min = 0;
      *max = partial;
      break;
    }
}

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

gboolean
jx_target_is_zero (double target)
{
  /* Below half a unit of the last decimal shown: it reads 0 (or -0) everywhere. */
  return fabs (target) < 0.5e-6;
}

static double
part_completion (int    direction,
                 double t,
                 double a)
{
  double c;

  if (!JX_NUMBER_IS_SET (t) || !JX_NUMBER_IS_SET (a) || jx_target_is_zero (t))
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
  /* A huge actual against a tiny target: no percent anyone could read. */
  if (!isfinite (c))
    return NAN;
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
append_floor (JxScoringContext *ctx,
              GString          *out,
              double            raw)
{
  if (raw < 0)
    g_string_append (out, _jx_tr (ctx, N_(" < 0 → 0%")));
}

static double
completion_part (JxScoringContext *ctx,
                 const JxRule     *rule,
                 int               direction,
                 double            t,
                 double            a,
                 const char       *ts,
                 const char       *as,
                 GString          *out)
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
        _jx_append (out, _jx_tr (ctx, N_("%s ≤ %s → 100%%")), as, ts);
      else if (t > 0)
        _jx_append (out, _jx_tr (ctx, N_("%s / %s = %s%%")), ts, as, cs);
      else
        {
          raw = 100 - (a - t) / fabs (t) * 100;
          _jx_append (out, _jx_tr (ctx, N_("100%% − (%s − %s) / |%s| = %s%%")), as, ts, ts,
                      _jx_format_fixed (cs, raw, 2));
          append_floor (ctx, out, raw);
        }
      break;
    case JX_DIRECTION_EQ:
      raw = 100 - fabs (a - t) / fabs (t) * 100;
      _jx_append (out, _jx_tr (ctx, N_("100%% − |%s − %s| / |%s| = %s%%")), as, ts, ts,
                  _jx_format_fixed (cs, raw, 2));
      append_floor (ctx, out, raw);
      break;
    case JX_DIRECTION_GE:
    case JX_DIRECTION_GT:
    default:
      if (t > 0)
        _jx_append (out, _jx_tr (ctx, N_("%s / %s = %s%%")), as, ts, cs);
      else
        {
          raw = 100 + (a - t) / fabs (t) * 100;
          _jx_append (out, _jx_tr (ctx, N_("100%% + (%s − %s) / |%s| = %s%%")), as, ts, ts,
                      _jx_format_fixed (cs, raw, 2));
          append_floor (ctx, out, raw);
        }
      break;
    }
  return c;
}

static double
negative_part (JxScoringContext *ctx,
               const JxRule     *rule,
               int               direction,
               double            t,
               double            a,
               const char       *ts,
               const char       *as,
               GString          *out)
{
  char fs[JX_NUMBER_BUF];
  double f;

  if (a <= t)
    {
      _jx_append (out, _jx_tr (ctx, N_("%s ≤ %s")), as, ts);
      return 100;
    }
  if (jx_target_is_zero (t))
    {
      _jx_append (out, _jx_tr (ctx, N_("%s > 0, above a zero target → 0%%")), as);
      return 0;
    }
  f = 100 - (a - t) / fabs (t) * 100;
  _jx_append (out, _jx_tr (ctx, N_("1 − (%s − %s) / |%s| = %s%%")), as, ts, ts, _jx_format_fixed (fs, f, 2));
  append_floor (ctx, out, f);
  return MAX (f, 0);
}

static double
equal_part (JxScoringContext *ctx,
            const JxRule     *rule,
            int               direction,
            double            t,
            double            a,
            const char       *ts,
            const char       *as,
            GString          *out)
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
      _jx_append (out, _jx_tr (ctx, N_("|%s − %s| = %s ≤ %s")), as, ts, ds, tol);
      return 100;
    }
  if (!rule->proportional)
    {
      _jx_append (out, _jx_tr (ctx, N_("|%s − %s| = %s > %s → 0%%")), as, ts, ds, tol);
      return 0;
    }
  f = (a != 0 && t != 0 && (a > 0) == (t > 0)) ? MIN (a / t, t / a) * 100 : 0;
  _jx_append (out, _jx_tr (ctx, N_("|%s − %s| = %s > %s; min(%s / %s, %s / %s) = %s%%")),
              as, ts, ds, tol, as, ts, ts, as, _jx_format_fixed (fs, f, 2));
  return f;
}

void
_jx_append_part_label (GString      *out,
                       const JxPart *part,
                       guint         i)
{
  if (part->label != NULL && *part->label != '\0')
    _jx_append (out, "%s: ", part->label);
  else
    g_string_append_printf (out, "#%u: ", i + 1);
}

static gboolean
from_metric (const JxIndicator *ind,
             guint              i)
{
  return i == 0 && ind->metric > JX_METRIC_NONE && ind->metric < JX_N_METRICS;
}

gboolean
_jx_rule_parts_missing (JxScoringContext  *ctx,
                        const JxIndicator *ind,
                        guint              flags,
                        GString           *out)
{
  guint n = ind->parts->len;
  gboolean missing = FALSE;
  guint i;

  g_string_truncate (out, 0);
  for (i = 0; i < n; i++)
    {
      const JxPart *part = g_ptr_array_index (ind->parts, i);
      double a = jx_indicator_actual (ctx->doc, ind, i);
      const char *why = NULL;

      if (!JX_NUMBER_IS_SET (part->target) && !(flags & JX_PARTS_NO_TARGET))
        why = _jx_tr (ctx, N_("the target is not stated"));
      else if (!JX_NUMBER_IS_SET (a) && from_metric (ind, i))
        why = _jx_tr (ctx, N_("the actual value comes from a metric that is not applicable"));
      else if (!JX_NUMBER_IS_SET (a))
        why = _jx_tr (ctx, N_("the actual value is not stated"));
      else if (jx_target_is_zero (part->target) && !(flags & (JX_PARTS_ZERO_TARGET_OK | JX_PARTS_NO_TARGET)))
        why = _jx_tr (ctx, N_("the target is zero, so there is no completion (score it by the actual value: "
                              "the negative rule, or a deduction on the actual value)"));
      if (why == NULL)
        continue;

      if (missing)
        g_string_append (out, "; ");
      if (n > 1)
        _jx_append_part_label (out, part, i);
      g_string_append (out, why);
      missing = TRUE;
    }
  return missing;
}

/* The smallest share of the parts by `func`, the arithmetic appended to `out`; NAN when a
 * part lacks a value, `out` then holding why. */
static double
eval_parts (JxScoringContext  *ctx,
            const JxIndicator *ind,
            PartFunc           func,
            guint              flags,
            GString           *out)
{
  guint n = ind->parts->len;
  double result = NAN;
  guint i;

  if (_jx_rule_parts_missing (ctx, ind, flags, out))
    return NAN;

  for (i = 0; i < n; i++)
    {
      const JxPart *part = g_ptr_array_index (ind->parts, i);
      double a = jx_indicator_actual (ctx->doc, ind, i);
      char ts[JX_NUMBER_BUF];
      char as[JX_NUMBER_BUF];
      double v;

      if (i > 0)
        g_string_append (out, "; ");
      if (n > 1)
        _jx_append_part_label (out, part, i);
      v = func (ctx, &ind->rule, part->direction, part->target, a,
                _jx_format_number (ts, part->target, 6),
                _jx_format_number (as, a, from_metric (ind, i) ? 2 : 6), out);
      if (i == 0 || v < result)
        result = v;
    }

  if (n > 1)
    {
      char rs[JX_NUMBER_BUF];

      _jx_append (out, _jx_tr (ctx, N_("; smallest %s%%")), _jx_format_fixed (rs, result, 2));
    }
  return result;
}

/* ---- the rules ---- */

/* The rate rule's share of a part: the actual value itself, in percent. */
static double
rate_part (JxScoringContext *ctx,
           const JxRule     *rule,
           int               direction,
           double            t,
           double            a,
           const char       *ts,
           const char       *as,
           GString          *out)
{
  _jx_append (out, "%s%%", as);
  return a;
}

/* The tier reached by `v` (the completion or the actual value): the highest "at least"
 * bound it reaches, or the lowest "at most" bound it stays within. NULL when none;
 * *mixed when the tiers mix both kinds of bound (or a tier has none). */
static const JxTier *
reached_tier (const JxRule *rule,
              double        v,
              gboolean     *mixed)
{
  const JxTier *best = NULL;
  gboolean at_least = FALSE;
  gboolean at_most = FALSE;
  guint i;

  *mixed = FALSE;
  for (i = 0; i < rule->tiers->len; i++)
    {
      const JxTier *tier = g_ptr_array_index (rule->tiers, i);

      at_least |= JX_NUMBER_IS_SET (tier->min);
      at_most |= JX_NUMBER_IS_SET (tier->max);
      if (JX_NUMBER_IS_SET (tier->min) == JX_NUMBER_IS_SET (tier->max))
        *mixed = TRUE;
    }
  if (at_least && at_most)
    *mixed = TRUE;
  if (*mixed)
    return NULL;

  for (i = 0; i < rule->tiers->len; i++)
    {
      const JxTier *tier = g_ptr_array_index (rule->tiers, i);

      if (at_least && v + 1e-9 >= tier->min && (best == NULL || tier->min > best->min))
        best = tier;
      else if (at_most && v - 1e-9 <= tier->max && (best == NULL || tier->max < best->max))
        best = tier;
    }
  return best;
}

/* FALSE when the tiers mix both kinds of bound, `out` then saying so. */
static gboolean
tiers_consistent (JxScoringContext *ctx,
                  const JxRule     *rule,
                  GString          *out)
{
  gboolean mixed;

  reached_tier (rule, 0, &mixed);
  if (mixed)
    g_string_append (out, _jx_tr (ctx, N_("every tier needs one bound, and all of them the same kind: "
                                          "either “at least” (min) or “at most” (max)")));
  return !mixed;
}

/* Points of the tier `v` reaches (`vs` its text, `unit` "%" or ""); the tiers are
 * consistent (tiers_consistent()). */
static double
tier_points (JxScoringContext *ctx,
             const JxRule     *rule,
             double            v,
             const char       *vs,
             const char       *unit,
             GString          *out)
{
  char bound[JX_NUMBER_BUF];
  gboolean mixed;
  const JxTier *best = reached_tier (rule, v, &mixed);

  if (best == NULL)
    {
      _jx_append (out, _jx_tr (ctx, N_("%s → below every tier")), vs);
      return 0;
    }
  if (JX_NUMBER_IS_SET (best->min))
    /* Translators: "85.00% → the tier from 80%" */
    _jx_append (out, _jx_tr (ctx, N_("%s → the tier from %s%s")), vs, _jx_format_number (bound, best->min, 6), unit);
  else
    /* Translators: "8 → the tier up to 10%" (at most 10) */
    _jx_append (out, _jx_tr (ctx, N_("%s → the tier up to %s%s")), vs, _jx_format_number (bound, best->max, 6), unit);
  return best->points;
}

/* Tiers on the actual value of each part; the fewest points of the parts. */
static double
tiers_on_actual (JxScoringContext  *ctx,
                 const JxIndicator *ind,
                 GString           *out)
{
  guint n = ind->parts->len;
  double result = NAN;
  guint i;

  if (_jx_rule_parts_missing (ctx, ind, JX_PARTS_NO_TARGET, out))
    return NAN;
  for (i = 0; i < n; i++)
    {
      const JxPart *part = g_ptr_array_index (ind->parts, i);
      double a = jx_indicator_actual (ctx->doc, ind, i);
      gboolean percent = part->unit != NULL && g_str_equal (part->unit, "%");
      char as[JX_NUMBER_BUF + 1];
      double v;

      if (i > 0)
        g_string_append (out, "; ");
      if (n > 1)
        _jx_append_part_label (out, part, i);
      _jx_format_number (as, a, from_metric (ind, i) ? 2 : 6);
      if (percent)
        strcat (as, "%");
      v = tier_points (ctx, &ind->rule, a, as, percent ? "%" : "", out);
      if (i == 0 || v < result)
        result = v;
    }
  if (n > 1)
    {
      char rs[JX_NUMBER_BUF];

      _jx_append (out, _jx_tr (ctx, N_("; fewest points %s")), _jx_format_number (rs, result, 6));
    }
  return result;
}

/* Computes the raw (unrounded) score into *raw and writes the arithmetic into ctx->tmp2
 * (`ws` is the weight as text); FALSE when no score can be computed, ctx->tmp2 then
 * saying why (empty for a manual rule). */
static gboolean
apply (JxScoringContext  *ctx,
       const JxIndicator *ind,
       const char        *ws,
       double            *raw,
       gboolean          *full_formula)
{
  GString *out = ctx->tmp2;
  GString *tmp = ctx->tmp;
  const JxRule *rule = &ind->rule;
  double w = ind->weight;
  gboolean has_parts = ind->parts != NULL && ind->parts->len > 0;
  char cs[JX_NUMBER_BUF];
  double c;
  double share;

  *full_formula = FALSE;
  g_string_truncate (out, 0);

  if (rule->kind == JX_RULE_MANUAL)
    return FALSE;
  if (!JX_NUMBER_IS_SET (w))
    {
      g_string_append (out, _jx_tr (ctx, N_("the weight is not stated")));
      return FALSE;
    }

  switch (rule->kind)
    {
    case JX_RULE_QUALITATIVE:
      if (rule->grade < 0 || rule->grade >= (int) G_N_ELEMENTS (grade_titles))
        {
          /* no full marks for a rule nobody graded */
          g_string_append (out, _jx_tr (ctx, N_("no grade has been chosen (achieved, partially achieved or not achieved)")));
          return FALSE;
        }
      share = JX_NUMBER_IS_SET (rule->share) ? CLAMP (rule->share, 0, 100) : 0;
      /* Translators: "Qualitative, achieved: 90% × 2" */
      _jx_append (out, _jx_tr (ctx, N_("Qualitative, %s: %s%% × %s")),
                  _jx_tr (ctx, grade_titles[rule->grade]),
                  _jx_format_number (cs, share, 6), ws);
      *raw = share / 100 * w;
      *full_formula = TRUE;
      return TRUE;

    case JX_RULE_NEGATIVE:
    case JX_RULE_EQUAL:
    case JX_RULE_RATE:
      if (!has_parts)
        break;
      if (rule->kind == JX_RULE_RATE)
        share = eval_parts (ctx, ind, rate_part, JX_PARTS_NO_TARGET, tmp);
      else
        share = eval_parts (ctx, ind, rule->kind == JX_RULE_NEGATIVE ? negative_part : equal_part,
                            JX_PARTS_ZERO_TARGET_OK, tmp);
      if (isnan (share))
        {
          g_string_append_len (out, tmp->str, tmp->len);
          return FALSE;
        }
      if (share >= 100 && rule->kind == JX_RULE_RATE)
        /* Translators: the rate rule at or above 100%: "103.2% ≥ 100%, the full score at most" */
        _jx_append (out, _jx_tr (ctx, N_("%s ≥ 100%%, the full score at most")), tmp->str);
      else if (share >= 100)
        g_string_append_len (out, tmp->str, tmp->len);
      else if (share <= 0 && rule->kind == JX_RULE_RATE)
        _jx_append (out, _jx_tr (ctx, N_("%s ≤ 0 → 0%%")), tmp->str);
      else if (rule->kind == JX_RULE_RATE)
        /* Translators: the rate rule: "96.86% × 10" */
        _jx_append (out, _jx_tr (ctx, N_("%s × %s")), tmp->str, ws);
      else
        _jx_append (out, _jx_tr (ctx, N_("%s → %s%% × %s")), tmp->str, _jx_format_fixed (cs, share, 2), ws);
      *raw = CLAMP (share, 0, 100) / 100 * w;
      *full_formula = share > 0 && share < 100;
      return TRUE;

    case JX_RULE_DEDUCTION:
    case JX_RULE_TIERS:
      if (!has_parts)
        break;
      if (rule->kind == JX_RULE_TIERS && (rule->tiers == NULL || rule->tiers->len == 0))
        {
          g_string_append (out, _jx_tr (ctx, N_("the rule has no tiers")));
          return FALSE;
        }
      if (rule->kind == JX_RULE_TIERS && !tiers_consistent (ctx, rule, out))
        return FALSE;
      if (rule->basis == JX_BASIS_ACTUAL && rule->kind == JX_RULE_TIERS)
        {
          *raw = tiers_on_actual (ctx, ind, tmp);
          g_string_append_len (out, tmp->str, tmp->len);
          return !isnan (*raw);
        }
      if (rule->basis == JX_BASIS_ACTUAL)
        {
          if (_jx_rule_parts_missing (ctx, ind, JX_PARTS_ZERO_TARGET_OK, tmp))
            {
              g_string_append_len (out, tmp->str, tmp->len);
              return FALSE;
            }
          *raw = _jx_rule_deduction_actual (ctx, ind, ws, out, full_formula);
          return TRUE;
        }
      G_GNUC_FALLTHROUGH;

    case JX_RULE_POSITIVE:
      if (!has_parts)
        break;
      c = eval_parts (ctx, ind, completion_part, 0, tmp);
      if (isnan (c))
        {
          g_string_append_len (out, tmp->str, tmp->len);
          return FALSE;
        }
      if (rule->kind == JX_RULE_TIERS)
        {
          *raw = tier_points (ctx, rule, c, tmp->str, "%", out);
          return TRUE;
        }
      if (rule->kind == JX_RULE_DEDUCTION)
        {
          *raw = _jx_rule_deduction (ctx, rule, w, c, tmp->str, out);
          return TRUE;
        }
      if (_jx_rule_over_target (ctx, rule, w, c, tmp->str, out, raw))
        return TRUE;
      if (c >= 100)
        {
          _jx_append (out, _jx_tr (ctx, N_("%s ≥ 100%%")), tmp->str);
          *raw = w;
        }
      else
        {
          _jx_append (out, _jx_tr (ctx, N_("%s → %s%% × %s")), tmp->str, _jx_format_fixed (cs, c, 2), ws);
          *raw = c / 100 * w;
          *full_formula = TRUE;
        }
      return TRUE;

    default:
      break;
    }

  g_string_append (out, _jx_tr (ctx, N_("the target is qualitative; grade it with the qualitative rule or enter a score")));
  return FALSE;
}

void
_jx_rule_apply (JxScoringContext  *ctx,
                const JxIndicator *ind,
                JxIndicatorResult *result,
                GString           *out)
{
  char score_s[JX_NUMBER_BUF];
  char weight_s[JX_NUMBER_BUF];
  gboolean full_formula;
  double raw = NAN;

  result->completion = jx_indicator_completion (ctx->doc, ind);
  result->computed_score = NAN;
  _jx_format_number (weight_s, ind->weight, 6);

  if (apply (ctx, ind, weight_s, &raw, &full_formula))
    {
      result->computed_score = jx_round (raw, ctx->decimals, ctx->rounding);
      _jx_format_fixed (score_s, result->computed_score, ctx->decimals);
      g_string_append_len (out, ctx->tmp2->str, ctx->tmp2->len);
      if (full_formula)
        /* Translators: "<arithmetic> = 0.63 of 1" (score of weight) */
        _jx_append (out, _jx_tr (ctx, N_(" = %s of %s")), score_s, weight_s);
      else
        /* Translators: "<arithmetic> → 3.00 of 3" (score of weight) */
        _jx_append (out, _jx_tr (ctx, N_(" → %s of %s")), score_s, weight_s);
    }
  else if (ind->rule.kind == JX_RULE_MANUAL && JX_NUMBER_IS_SET (ind->score))
    _jx_append (out, _jx_tr (ctx, N_("Scored by hand: %s of %s.")),
                _jx_format_number (score_s, ind->score, 6), weight_s);
  else if (ind->rule.kind == JX_RULE_MANUAL)
    g_string_append (out, _jx_tr (ctx, N_("Scored by hand; no score has been entered.")));
  else
    /* Translators: %s says why, e.g. "the actual value is not stated" */
    _jx_append (out, _jx_tr (ctx, N_("No score can be computed: %s.")), ctx->tmp2->str);
}
