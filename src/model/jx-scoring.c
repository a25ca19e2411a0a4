/* SPDX-License-Identifier: GPL-3.0-or-later */
/* jx-scoring.c: the score sheet — subtotals, totals, grades and rounding (DESIGN.md §4).
 *
 * The tree is walked once, in document order; every node gets a JxIndicatorResult. The
 * level-3 rules live in jx-rules.c. Weights and scores:
 *
 * - a level-3 indicator counts its own weight and its score (entered, else computed);
 * - a not-applicable level-3 indicator keeps its weight and scores in its result, for
 *   display, but is left out of every sum; a branch whose sub-indicators are all not
 *   applicable is itself not applicable;
 * - a branch's weight is its own when set, less the weights of the not-applicable
 *   indicators beneath it (so the total is Σ score / Σ applicable weight × 100); without a
 *   weight of its own it is the sum of its applicable children's weights;
 * - a branch's score is the sum of its applicable children's scores (a child without a
 *   score counts 0), rounded; its rate is score / weight × 100, and the rate's band its grade.
 */
#define G_LOG_DOMAIN "jx-scoring"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "jx-scoring.h"
#include "jx-scoring-private.h"

typedef struct {
  const JxDocData *doc;
  JxScoreSheet *sheet;
  GString *path;
  GString *json_path;
  GString *scratch;
  GString *scratch2;
  int decimals;
  JxRounding rounding;
} Walk;

static const JxGradeBand default_bands[] = {
  { NULL, (char *) "优秀", 90 },
  { NULL, (char *) "良好", 80 },
  { NULL, (char *) "中等", 60 },
  { NULL, (char *) "差", 0 },
};

/* ---- formatting and rounding ---- */

static const char *
clean_number (char *buf)
{
  /* "-0", "-0.00" → "0", "0.00" */
  if (buf[0] == '-' && strspn (buf + 1, "0.") == strlen (buf + 1))
    memmove (buf, buf + 1, strlen (buf));
  return buf;
}

const char *
_jx_format_fixed (char   buf[JX_NUMBER_BUF],
                  double value,
                  int    decimals)
{
  char format[16];

  if (!isfinite (value))
    {
      g_strlcpy (buf, isnan (value) ? "—" : (value > 0 ? "∞" : "-∞"), JX_NUMBER_BUF);
      return buf;
    }
  g_snprintf (format, sizeof format, "%%.%df", CLAMP (decimals, 0, 9));
  /* Beyond 1e20 "%f" would not fit; such values are garbage anyway. */
  if (fabs (value) >= 1e20)
    g_ascii_formatd (buf, JX_NUMBER_BUF, "%g", value);
  else
    g_ascii_formatd (buf, JX_NUMBER_BUF, format, jx_round (value, decimals, JX_ROUNDING_HALF_UP));
  return clean_number (buf);
}

const char *
_jx_format_number (char   buf[JX_NUMBER_BUF],
                   double value,
                   int    max_decimals)
{
  char *dot;
  char *end;

  _jx_format_fixed (buf, value, max_decimals);
  dot = strchr (buf, '.');
  if (dot == NULL || strchr (buf, 'e') != NULL)
    return buf;
  end = buf + strlen (buf);
  while (end > dot && (end[-1] == '0' || end[-1] == '.'))
    {
      gboolean was_dot = end[-1] == '.';

      *--end = '\0';
      if (was_dot)
        break;
    }
  return clean_number (buf);
}

double
jx_round (double     value,
          int        decimals,
          JxRounding rounding)
{
  static const double scales[] = { 1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9 };
  double scale;
  double x;
  double tol;
  double r;

  if (!isfinite (value))
    return value;

  decimals = CLAMP (decimals, 0, 9);
  scale = scales[decimals];
  x = fabs (value) * scale;
  if (x >= 1e15)        /* no fractional digits left to round */
    return value;

  /* Binary doubles store 0.625 exactly but 1.005 as 1.00499999…, and 2/3 × 3 may come out
   * as 1.9999999999999996: a tolerance far above that noise (≈1e-16 relative) and far
   * below any digit a user types treats them as the decimals they stand for. */
  tol = x * 1e-13 + 1e-12;
  if (rounding == JX_ROUNDING_TRUNCATE)
    r = floor (x + tol);
  else
    r = floor (x + 0.5 + tol);

  if (r == 0)
    return 0.0;
  return copysign (r / scale, value);
}

const char *
jx_grade_for_rate (const JxScoring *scoring,
                   double           rate)
{
  const JxGradeBand *band;
  guint n;
  guint i;

  if (isnan (rate))
    return NULL;

  if (scoring != NULL && scoring->grade_bands != NULL && scoring->grade_bands->len > 0)
    n = scoring->grade_bands->len;
  else
    n = G_N_ELEMENTS (default_bands);

  for (i = 0; i < n; i++)
    {
      if (scoring != NULL && scoring->grade_bands != NULL && scoring->grade_bands->len > 0)
        band = g_ptr_array_index (scoring->grade_bands, i);
      else
        band = &default_bands[i];
      /* 9 / 10 × 100 may be 89.99999999999999: that is 90 */
      if (rate + 1e-9 >= band->min)
        return band->name;
    }
  return NULL;
}

/* ---- the walk ---- */

static void
indicator_result_free (gpointer data)
{
  JxIndicatorResult *r = data;

  g_free (r->path);
  g_free (r->json_path);
  g_free (r->explanation);
  g_free (r);
}

static char *
scratch_dup (GString *s)
{
  return g_strndup (s->str, s->len);
}

static void
score_leaf (Walk              *w,
            const JxIndicator *ind,
            JxIndicatorResult *r,
            double            *excluded)
{
  char entered[JX_NUMBER_BUF];

  r->weight = ind->weight;
  r->applicable = ind->applicable;
  _jx_rule_apply (w->doc, ind, r, w->scratch, w->scratch2);

  if (JX_NUMBER_IS_SET (ind->score))
    {
      r->score = ind->score;
      if (JX_NUMBER_IS_SET (r->computed_score)
          && fabs (jx_round (ind->score, w->decimals, w->rounding) - r->computed_score) > 1e-9)
        {
          r->differs = TRUE;
          g_string_assign (w->scratch, r->explanation);
          g_string_append_printf (w->scratch,
                                  /* Translators: appended to a score's explanation */
                                  _("; the entered score %s differs"),
                                  _jx_format_number (entered, ind->score, 6));
          g_free (r->explanation);
          r->explanation = scratch_dup (w->scratch);
        }
    }
  else
    r->score = r->computed_score;

  if (!r->applicable)
    {
      g_string_assign (w->scratch, _("Not applicable: left out of the weights and the scores. "));
      g_string_append (w->scratch, r->explanation);
      g_free (r->explanation);
      r->explanation = scratch_dup (w->scratch);
      *excluded = JX_NUMBER_IS_SET (ind->weight) ? ind->weight : 0;
    }
}

static void
explain_branch (Walk              *w,
                JxIndicatorResult *r,
                gboolean           has_children)
{
  char score[JX_NUMBER_BUF];
  char weight[JX_NUMBER_BUF];
  char rate[JX_NUMBER_BUF];

  g_string_truncate (w->scratch, 0);
  if (!has_children)
    g_string_append (w->scratch, _("No sub-indicators."));
  else if (!r->applicable)
    g_string_append (w->scratch, _("Not applicable: none of its sub-indicators is applicable."));
  else if (isnan (r->rate))
    g_string_append_printf (w->scratch,
                            /* Translators: score of weight */
                            _("%s of %s"),
                            _jx_format_fixed (score, r->score, w->decimals),
                            _jx_format_number (weight, r->weight, 6));
  else
    g_string_append_printf (w->scratch,
                            /* Translators: score of weight = rate → grade */
                            _("%s of %s = %s%% → %s"),
                            _jx_format_fixed (score, r->score, w->decimals),
                            _jx_format_number (weight, r->weight, 6),
                            _jx_format_fixed (rate, r->rate, 2),
                            r->grade != NULL ? r->grade : "");
  r->explanation = scratch_dup (w->scratch);
}

/* Adds the result of `ind` and its subtree to the sheet; `*excluded` receives the weight
 * of the not-applicable indicators in the subtree (all of it when `ind` is not applicable). */
static JxIndicatorResult *
walk_node (Walk              *w,
           const JxIndicator *ind,
           int                level,
           guint              index,
           double            *excluded)
{
  JxIndicatorResult *r = g_new0 (JxIndicatorResult, 1);
  gsize path_len = w->path->len;
  gsize json_len = w->json_path->len;
  guint n_children = ind->children != NULL ? ind->children->len : 0;
  double sum_weight = 0;
  double sum_score = 0;
  double sum_all_score = 0;
  double excl = 0;
  guint n_applicable = 0;
  guint i;

  *excluded = 0;
  r->indicator = ind;
  r->level = level;
  r->completion = NAN;
  r->computed_score = NAN;
  r->score = NAN;
  r->rate = NAN;
  r->applicable = TRUE;

  if (level > 1)
    g_string_append_c (w->path, '/');
  g_string_append (w->path, ind->name != NULL ? ind->name : "");
  if (level > 1)
    g_string_append_printf (w->json_path, ".children[%u]", index);
  else
    g_string_append_printf (w->json_path, "indicators[%u]", index);
  r->path = scratch_dup (w->path);
  r->json_path = scratch_dup (w->json_path);

  g_ptr_array_add (w->sheet->indicators, r);
  if (level == 1)
    g_ptr_array_add (w->sheet->dimensions, r);

  if (level >= 3)
    {
      score_leaf (w, ind, r, excluded);
      goto out;
    }

  for (i = 0; i < n_children; i++)
    {
      JxIndicatorResult *c;
      double child_excluded;

      c = walk_node (w, g_ptr_array_index (ind->children, i), level + 1, i, &child_excluded);
      excl += child_excluded;
      if (JX_NUMBER_IS_SET (c->score))
        sum_all_score += c->score;
      if (!c->applicable)
        continue;
      n_applicable++;
      if (JX_NUMBER_IS_SET (c->weight))
        sum_weight += c->weight;
      if (JX_NUMBER_IS_SET (c->score))
        sum_score += c->score;
    }

  r->applicable = n_children == 0 || n_applicable > 0;
  if (!r->applicable)
    {
      r->weight = JX_NUMBER_IS_SET (ind->weight) ? ind->weight : excl;
      r->score = jx_round (sum_all_score, w->decimals, w->rounding);
      *excluded = r->weight;
    }
  else
    {
      r->weight = JX_NUMBER_IS_SET (ind->weight) ? ind->weight - excl : sum_weight;
      r->score = jx_round (sum_score, w->decimals, w->rounding);
      *excluded = excl;
      if (r->weight > 0)
        {
          r->rate = r->score * 100.0 / r->weight;
          r->grade = jx_grade_for_rate (&w->doc->scoring, r->rate);
        }
    }
  explain_branch (w, r, n_children > 0);

out:
  g_string_truncate (w->path, path_len);
  g_string_truncate (w->json_path, json_len);
  return r;
}

JxScoreSheet *
jx_score_sheet_compute (const JxDocData *doc)
{
  JxScoreSheet *sheet;
  Walk w = { 0 };
  double sum_score = 0;
  guint n;
  guint i;

  g_return_val_if_fail (doc != NULL, NULL);

  n = doc->indicators != NULL ? doc->indicators->len : 0;
  sheet = g_new0 (JxScoreSheet, 1);
  sheet->indicators = g_ptr_array_new_with_free_func (indicator_result_free);
  sheet->dimensions = g_ptr_array_sized_new (n);
  sheet->total_rate = NAN;
  sheet->total = NAN;

  w.doc = doc;
  w.sheet = sheet;
  w.path = g_string_sized_new (256);
  w.json_path = g_string_sized_new (64);
  w.scratch = g_string_sized_new (256);
  w.scratch2 = g_string_sized_new (256);
  w.decimals = CLAMP (doc->scoring.decimals, 0, 6);
  w.rounding = doc->scoring.rounding == JX_ROUNDING_TRUNCATE ? JX_ROUNDING_TRUNCATE : JX_ROUNDING_HALF_UP;

  for (i = 0; i < n; i++)
    {
      JxIndicatorResult *r;
      double excluded;

      r = walk_node (&w, g_ptr_array_index (doc->indicators, i), 1, i, &excluded);
      if (!r->applicable)
        continue;
      if (JX_NUMBER_IS_SET (r->weight))
        sheet->total_weight += r->weight;
      if (JX_NUMBER_IS_SET (r->score))
        sum_score += r->score;
    }

  sheet->total_score = jx_round (sum_score, w.decimals, w.rounding);
  if (sheet->total_weight > 0)
    {
      sheet->total_rate = sheet->total_score * 100.0 / sheet->total_weight;
      sheet->total = jx_round (sheet->total_rate, w.decimals, w.rounding);
      sheet->grade = jx_grade_for_rate (&doc->scoring, sheet->total);
    }

  g_string_free (w.path, TRUE);
  g_string_free (w.json_path, TRUE);
  g_string_free (w.scratch, TRUE);
  g_string_free (w.scratch2, TRUE);
  return sheet;
}

void
jx_score_sheet_free (JxScoreSheet *sheet)
{
  if (sheet == NULL)
    return;
  g_clear_pointer (&sheet->indicators, g_ptr_array_unref);
  g_clear_pointer (&sheet->dimensions, g_ptr_array_unref);
  g_free (sheet);
}
