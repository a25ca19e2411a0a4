/* SPDX-License-Identifier: GPL-3.0-or-later */
/* jx-rules-deduct.c: the rules that take points off (data/FORMAT.md, `rule`).
 *
 * - deduction on the completion: 分值 − step × steps of `per` in the shortfall of completion
 *   past `threshold` ("完成率每低 1 个百分点扣 0.1 分");
 * - deduction on the actual value (`basis` "actual"): the same, but the steps are counted in
 *   the actual value's distance from the target — below it for ≥ targets, above it for ≤
 *   targets, either side for = targets — so a zero target is fine ("≦0 计 8 分；每超过一个
 *   百分点扣 0.8 分", "100% 计满分，每低于 5% 扣 2 分"); with several parts the largest
 *   deduction counts;
 * - the positive rule's deduction for a target set too low (偏离度): from a completion of
 *   `over_from` percent, `over_deduct` percent of the weight, again every `over_per` points.
 *
 * Steps are counted proportionally (3.4 points at 0.5 a point: 1.7), in whole steps only
 * (7.2 at "每低 5%": one step) or with a started step counting whole (two). Every score is
 * floored at 0 (扣完为止) and every rule writes its arithmetic.
 */
#define G_LOG_DOMAIN "jx-rules"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "jx-scoring.h"
#include "jx-scoring-private.h"

static double
count_steps (const JxRule *rule,
             double        past,
             double        per)
{
  double q = past / per;

  switch (rule->count)
    {
    case JX_STEPS_WHOLE:
      return floor (q + 1e-9);
    case JX_STEPS_STARTED:
      return ceil (q - 1e-9);
    case JX_STEPS_PROPORTIONAL:
    default:
      return q;
    }
}

/* Appends how `past` (what lies beyond the tolerated) turns into points; returns them. */
static double
append_deducted (JxScoringContext *ctx,
                 const JxRule     *rule,
                 double            past,
                 GString          *out)
{
  char past_s[JX_NUMBER_BUF];
  char per_s[JX_NUMBER_BUF];
  char steps_s[JX_NUMBER_BUF];
  char step_s[JX_NUMBER_BUF];
  char deducted_s[JX_NUMBER_BUF];
  double per = JX_NUMBER_IS_SET (rule->per) && rule->per > 0 ? rule->per : 1;
  double step = JX_NUMBER_IS_SET (rule->step) ? rule->step : 0;
  double steps = count_steps (rule, past, per);
  double deducted = steps * step;

  _jx_format_number (past_s, past, 6);
  _jx_format_number (per_s, per, 6);
  _jx_format_number (steps_s, steps, 6);
  _jx_format_number (step_s, step, 6);
  _jx_format_number (deducted_s, deducted, 6);
  switch (rule->count)
    {
    case JX_STEPS_WHOLE:
      /* Translators: "7.2 holds 1 whole step of 5; 1 × 2 = 2 deducted" (每低于 5% 扣 2 分) */
      _jx_append (out, ngettext ("%s holds %s whole step of %s; %s × %s = %s deducted",
                                 "%s holds %s whole steps of %s; %s × %s = %s deducted",
                                 (gulong) MIN (steps, 1e6)),
                  past_s, steps_s, per_s, steps_s, step_s, deducted_s);
      break;
    case JX_STEPS_STARTED:
      /* Translators: "7.2 makes 2 started steps of 5; 2 × 2 = 4 deducted" (不足 5% 按 5% 计) */
      _jx_append (out, ngettext ("%s makes %s started step of %s; %s × %s = %s deducted",
                                 "%s makes %s started steps of %s; %s × %s = %s deducted",
                                 (gulong) MIN (steps, 1e6)),
                  past_s, steps_s, per_s, steps_s, step_s, deducted_s);
      break;
    case JX_STEPS_PROPORTIONAL:
    default:
      if (per == 1)
        /* Translators: "3.4 × 0.5 = 1.7 deducted" */
        _jx_append (out, _jx_tr (ctx, N_("%s × %s = %s deducted")), past_s, step_s, deducted_s);
      else
        /* Translators: "7.2 / 5 × 2 = 2.88 deducted" */
        _jx_append (out, _jx_tr (ctx, N_("%s / %s × %s = %s deducted")), past_s, per_s, step_s, deducted_s);
      break;
    }
  return deducted;
}

double
_jx_rule_deduction (JxScoringContext *ctx,
                    const JxRule     *rule,
                    double            weight,
                    double            c,
                    const char       *cs,
                    GString          *out)
{
  char shortfall_s[JX_NUMBER_BUF];
  char threshold_s[JX_NUMBER_BUF];
  char past_s[JX_NUMBER_BUF];
  char step_s[JX_NUMBER_BUF];
  char deducted_s[JX_NUMBER_BUF];
  double threshold = JX_NUMBER_IS_SET (rule->threshold) ? rule->threshold : 0;
  double step = JX_NUMBER_IS_SET (rule->step) ? rule->step : 0;
  double shortfall = MAX (0, 100 - c);
  double past = MAX (0, shortfall - threshold);
  double deducted;

  _jx_format_fixed (shortfall_s, shortfall, 2);
  _jx_format_number (threshold_s, threshold, 6);
  if (past <= 0)
    {
      _jx_append (out, _jx_tr (ctx, N_("%s; shortfall %s%% within the threshold %s%%")),
                  cs, shortfall_s, threshold_s);
      return weight;
    }
  _jx_format_fixed (past_s, past, 2);
  if (rule->count == JX_STEPS_PROPORTIONAL && (!(rule->per > 0) || rule->per == 1))
    {
      deducted = step * past;
      _jx_append (out, _jx_tr (ctx, N_("%s; shortfall %s%% − threshold %s%% = %s points past it × %s = %s deducted")),
                  cs, shortfall_s, threshold_s, past_s,
                  _jx_format_number (step_s, step, 6),
                  _jx_format_number (deducted_s, deducted, 6));
    }
  else
    {
      _jx_append (out, _jx_tr (ctx, N_("%s; shortfall %s%% − threshold %s%% = %s points past it; ")),
                  cs, shortfall_s, threshold_s, past_s);
      deducted = append_deducted (ctx, rule, past, out);
    }
  return MAX (0, weight - deducted);
}

/* The points one part deducts, its arithmetic appended. */
static double
part_deduction (JxScoringContext *ctx,
                const JxRule     *rule,
                int               direction,
                double            t,
                double            a,
                const char       *ts,
                const char       *as,
                GString          *out)
{
  char d_s[JX_NUMBER_BUF];
  char threshold_s[JX_NUMBER_BUF];
  char past_s[JX_NUMBER_BUF];
  double threshold = JX_NUMBER_IS_SET (rule->threshold) ? MAX (0, rule->threshold) : 0;
  double d;

  switch (direction)
    {
    case JX_DIRECTION_LE:
    case JX_DIRECTION_LT:
      d = a - t;
      if (d <= 0)
        {
          _jx_append (out, _jx_tr (ctx, N_("%s ≤ %s, nothing deducted")), as, ts);
          return 0;
        }
      /* Translators: "103.4 − 100 = 3.4 above the target" */
      _jx_append (out, _jx_tr (ctx, N_("%s − %s = %s above the target")), as, ts, _jx_format_number (d_s, d, 6));
      break;
    case JX_DIRECTION_EQ:
      d = fabs (a - t);
      if (d <= 0)
        {
          _jx_append (out, _jx_tr (ctx, N_("%s = %s, nothing deducted")), as, ts);
          return 0;
        }
      /* Translators: "|97 − 100| = 3 off the target" */
      _jx_append (out, _jx_tr (ctx, N_("|%s − %s| = %s off the target")), as, ts, _jx_format_number (d_s, d, 6));
      break;
    case JX_DIRECTION_GE:
    case JX_DIRECTION_GT:
    default:
      d = t - a;
      if (d <= 0)
        {
          _jx_append (out, _jx_tr (ctx, N_("%s ≥ %s, nothing deducted")), as, ts);
          return 0;
        }
      /* Translators: "100 − 92.8 = 7.2 below the target" */
      _jx_append (out, _jx_tr (ctx, N_("%s − %s = %s below the target")), ts, as, _jx_format_number (d_s, d, 6));
      break;
    }

  /* 1e-9: 103.4 − 100 is 3.4000000000000057 */
  d = floor (d * 1e9 + 0.5) / 1e9;
  if (threshold > 0)
    {
      _jx_format_number (threshold_s, threshold, 6);
      if (d <= threshold)
        {
          _jx_append (out, _jx_tr (ctx, N_(", within the %s tolerated")), threshold_s);
          return 0;
        }
      /* Translators: ", 2 tolerated: 1.4 past it" */
      _jx_append (out, _jx_tr (ctx, N_(", %s tolerated: %s past it")), threshold_s,
                  _jx_format_number (past_s, d - threshold, 6));
    }
  /* Translators: the separator between the steps of an explanation */
  g_string_append (out, _jx_tr (ctx, N_("; ")));
  return append_deducted (ctx, rule, d - threshold, out);
}

double
_jx_rule_deduction_actual (JxScoringContext  *ctx,
                           const JxIndicator *ind,
                           const char        *ws,
                           GString           *out,
                           gboolean          *full_formula)
{
  guint n = ind->parts->len;
  double weight = ind->weight;
  double worst = 0;
  char worst_s[JX_NUMBER_BUF];
  guint i;

  for (i = 0; i < n; i++)
    {
      const JxPart *part = g_ptr_array_index (ind->parts, i);
      double a = jx_indicator_actual (ctx->doc, ind, i);
      gboolean from_metric = i == 0 && ind->metric > JX_METRIC_NONE && ind->metric < JX_N_METRICS;
      char ts[JX_NUMBER_BUF];
      char as[JX_NUMBER_BUF];
      double d;

      if (i > 0)
        g_string_append (out, _jx_tr (ctx, N_("; ")));
      if (n > 1)
        _jx_append_part_label (out, part, i);
      d = part_deduction (ctx, &ind->rule, part->direction, part->target, a,
                          _jx_format_number (ts, part->target, 6),
                          _jx_format_number (as, a, from_metric ? 2 : 6), out);
      worst = MAX (worst, d);
    }

  _jx_format_number (worst_s, worst, 6);
  if (n > 1 && worst > 0)
    _jx_append (out, _jx_tr (ctx, N_("; the largest deduction %s counts")), worst_s);
  if (worst <= 0)
    return weight;
  if (worst >= weight)
    {
      /* Translators: nothing is left of the weight (扣完为止): "; 5 − 7.5 < 0 → 0" */
      _jx_append (out, _jx_tr (ctx, N_("; %s − %s < 0 → 0")), ws, worst_s);
      return 0;
    }
  /* Translators: the weight less the deduction, followed by " = 3.30 of 5" */
  _jx_append (out, _jx_tr (ctx, N_("; %s − %s")), ws, worst_s);
  *full_formula = TRUE;
  return weight - worst;
}

gboolean
_jx_rule_over_target (JxScoringContext *ctx,
                      const JxRule     *rule,
                      double            weight,
                      double            c,
                      const char       *cs,
                      GString          *out,
                      double           *raw)
{
  char from_s[JX_NUMBER_BUF];
  char share_s[JX_NUMBER_BUF];
  char off_s[JX_NUMBER_BUF];
  char n_s[JX_NUMBER_BUF];
  double share;
  double n = 1;
  double off;

  if (!JX_NUMBER_IS_SET (rule->over_from) || c + 1e-9 < rule->over_from)
    return FALSE;
  share = JX_NUMBER_IS_SET (rule->over_deduct) ? CLAMP (rule->over_deduct, 0, 100) : 0;
  if (JX_NUMBER_IS_SET (rule->over_per) && rule->over_per > 0)
    n += floor ((c - rule->over_from) / rule->over_per + 1e-9);
  off = MIN (100, n * share);
  *raw = weight * (1 - off / 100);

  _jx_format_number (from_s, rule->over_from, 6);
  _jx_format_number (share_s, share, 6);
  _jx_format_number (off_s, off, 6);
  if (n > 1)
    /* Translators: "3900 / 3000 = 145.00% ≥ 130%: far above the target (偏离度);
     * 2 × 20% = 40% of the weight deducted" */
    _jx_append (out, _jx_tr (ctx, N_("%s ≥ %s%%: far above the target (a target set too low); %s × %s%% = %s%% of the weight deducted")),
                cs, from_s, _jx_format_number (n_s, n, 0), share_s, off_s);
  else
    /* Translators: "3900 / 3000 = 130.00% ≥ 130%: far above the target (偏离度); 20% of the weight deducted" */
    _jx_append (out, _jx_tr (ctx, N_("%s ≥ %s%%: far above the target (a target set too low); %s%% of the weight deducted")),
                cs, from_s, off_s);
  return TRUE;
}
