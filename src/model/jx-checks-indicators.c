/* SPDX-License-Identifier: GPL-3.0-or-later */
/* jx-checks-indicators.c: the indicator tree (DESIGN.md §5) — weights add up, scores stay
 * within weights and add up to the stated subtotals and total, quantitative targets have a
 * unit and an actual value, a score below full has a deviation reason.
 *
 * Level 1 are the dimensions (投入, 过程 …), level 2 their groups, level 3 the indicators.
 * The score of an indicator is the one that counts on the score sheet (entered, else
 * computed); without a sheet entry, the entered score. Not-applicable indicators are left out
 * of the score sums but not of the weight sums: weights are the plan. */
#define G_LOG_DOMAIN "jx-checks"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "jx-checks-private.h"
#include "jx-metrics.h"

#define EPS JX_CHECKS_EPSILON

/* `path` + `suffix`: the path of a finding, made only when there is one (a run makes one per
 * finding, not six per indicator: issue 16). Kept in `checks` until the run ends. */
static const char *
at (JxChecks   *checks,
    const char *path,
    const char *suffix)
{
  char *text = g_strconcat (path, suffix, NULL);

  g_ptr_array_add (checks->pool, text);
  return text;
}

static const char *
part_at (JxChecks   *checks,
         const char *path,
         guint       k,
         const char *member)
{
  char *text = g_strdup_printf ("%s.parts[%u].%s", path, k, member);

  g_ptr_array_add (checks->pool, text);
  return text;
}

static gboolean
blank (const char *text)
{
  const char *p;

  if (text == NULL)
    return TRUE;
  for (p = text; *p != '\0'; p = g_utf8_next_char (p))
    if (!g_unichar_isspace (g_utf8_get_char (p)))
      return FALSE;
  return TRUE;
}

static guint
n_children (const JxIndicator *node)
{
  return node->children != NULL ? node->children->len : 0;
}

static const JxIndicator *
child (const JxIndicator *node,
       guint              i)
{
  return g_ptr_array_index (node->children, i);
}

/* The leaves whose number is another dimension's leaf's too: numbering that restarts in each
 * dimension makes two “Indicator 11”. */
static void
find_repeated (JxChecks *checks)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);   /* number → first dimension */
  g_autoptr(GHashTable) twice = g_hash_table_new (g_str_hash, g_str_equal);  /* numbers in two dimensions */
  const GPtrArray *dims = checks->doc->indicators;
  guint pass, i, j, k;

  checks->repeated = g_hash_table_new (NULL, NULL);
  for (pass = 0; pass < 2; pass++)
    for (i = 0; dims != NULL && i < dims->len; i++)
      {
        const JxIndicator *dim = g_ptr_array_index (dims, i);

        for (j = 0; j < n_children (dim); j++)
          {
            const JxIndicator *group = child (dim, j);

            for (k = 0; k < n_children (group); k++)
              {
                const JxIndicator *leaf = child (group, k);
                const JxIndicator *first;

                if (blank (leaf->number))
                  continue;
                if (pass == 1)
                  {
                    if (g_hash_table_contains (twice, leaf->number))
                      g_hash_table_insert (checks->repeated, (gpointer) leaf, (gpointer) dim);
                    continue;
                  }
                first = g_hash_table_lookup (seen, leaf->number);
                if (first == NULL)
                  g_hash_table_insert (seen, leaf->number, (gpointer) dim);
                else if (first != dim)
                  g_hash_table_add (twice, leaf->number);
              }
          }
      }
}

/* "11 “每日汇编播出…”", "11 “每日汇编播出…” (产出)" when another dimension has an 11 too,
 * or "“投入”" when the node has no number. */
static const char *
label (JxChecks          *checks,
       const JxIndicator *ind)
{
  const char *name = _jx_checks_text (checks, ind->name);
  const char *number = _jx_checks_text (checks, ind->number);
  const JxIndicator *dim;
  char *text;

  if (checks->repeated == NULL)
    find_repeated (checks);
  dim = g_hash_table_lookup (checks->repeated, ind);
  if (!blank (ind->number) && dim != NULL && !blank (dim->name))
    /* Translators: an indicator's number, name and dimension: 11 “每日汇编播出…” (产出) */
    text = g_strdup_printf (_("%s “%s” (%s)"), number, name, _jx_checks_text (checks, dim->name));
  else if (!blank (ind->number))
    text = g_strdup_printf ("%s “%s”", number, name);
  else
    text = g_strdup_printf ("“%s”", name);
  g_ptr_array_add (checks->pool, text);
  return text;
}

const char *
_jx_checks_indicator_label (JxChecks          *checks,
                            const JxIndicator *ind)
{
  return label (checks, ind);
}

static const JxIndicatorResult *
result_of (JxChecks          *checks,
           const JxIndicator *leaf)
{
  return g_hash_table_lookup (checks->results, leaf);
}

/* The score that counts; NAN when none. */
static double
leaf_score (JxChecks          *checks,
            const JxIndicator *leaf)
{
  const JxIndicatorResult *result = result_of (checks, leaf);

  return result != NULL ? result->score : leaf->score;
}

/* Σ of the weights one level down: for a group its indicators, for a dimension its groups
 * (a group without weight counting as the sum of its indicators). NAN when a weight is
 * missing or there is nothing below. `terms` (optional) receives the summands. */
static double
weight_sum (const JxIndicator *node,
            int                level,
            GArray            *terms)
{
  double sum = 0.0;
  guint i;

  if (n_children (node) == 0)
    return NAN;

  for (i = 0; i < n_children (node); i++)
    {
      const JxIndicator *c = child (node, i);
      double w = c->weight;

      if (level == 1 && !JX_NUMBER_IS_SET (w))
        w = weight_sum (c, 2, NULL);
      if (!JX_NUMBER_IS_SET (w))
        return NAN;
      if (terms != NULL)
        g_array_append_val (terms, w);
      sum += w;
    }
  return sum;
}

/* Σ of the scores of the applicable indicators under `node`; the summands are the
 * indicators' scores for a group, the groups' subtotals for a dimension. NAN when an
 * applicable indicator has no score. */
static double
score_sum (JxChecks          *checks,
           const JxIndicator *node,
           int                level,
           GArray            *terms)
{
  double sum = 0.0;
  guint i;

  for (i = 0; i < n_children (node); i++)
    {
      const JxIndicator *c = child (node, i);
      double s;

      if (level == 2 && !c->applicable)
        continue;
      s = level == 2 ? leaf_score (checks, c) : score_sum (checks, c, 2, NULL);
      if (!JX_NUMBER_IS_SET (s))
        return NAN;
      if (terms != NULL)
        g_array_append_val (terms, s);
      sum += s;
    }
  return sum;
}

/* A dimension counts as applicable unless every indicator under it is not applicable. */
static gboolean
dimension_applicable (const JxIndicator *dimension)
{
  gboolean any = FALSE;
  guint i, j;

  for (i = 0; i < n_children (dimension); i++)
    for (j = 0; j < n_children (child (dimension, i)); j++)
      {
        if (child (child (dimension, i), j)->applicable)
          return TRUE;
        any = TRUE;
      }
  return !any;
}

/* The level-1 weights add up to 100: either all of them (the plan) or those of the
 * applicable dimensions. */
void
_jx_checks_dimension_weights (JxChecks *checks)
{
  const GPtrArray *dimensions = checks->doc->indicators;
  g_autoptr(GArray) terms = g_array_new (FALSE, FALSE, sizeof (double));
  double all = 0.0;
  double applicable = 0.0;
  guint i;

  if (dimensions == NULL || dimensions->len == 0)
    return;

  for (i = 0; i < dimensions->len; i++)
    {
      const JxIndicator *d = g_ptr_array_index (dimensions, i);

      if (!JX_NUMBER_IS_SET (d->weight))
        return;   /* reported on the dimension */
      g_array_append_val (terms, d->weight);
      all += d->weight;
      if (dimension_applicable (d))
        applicable += d->weight;
    }

  if (fabs (all - 100.0) <= EPS || fabs (applicable - 100.0) <= EPS)
    return;

  _jx_checks_add (checks, JX_SEVERITY_ERROR, "indicators",
                  /* Translators: e.g. "The weights of the dimensions add up to 99 (6 + 11 + 62 + 20), not 100" */
                  _("The weights of the dimensions add up to %s (%s), not 100"),
                  _jx_checks_number (checks, all),
                  _jx_checks_number_terms (checks, (const double *) (gpointer) terms->data, terms->len));
}

/* Levels 1 and 2. */
static void
check_branch (JxChecks          *checks,
              const JxIndicator *node,
              int                level,
              const char        *path)
{
  g_autoptr(GArray) terms = g_array_new (FALSE, FALSE, sizeof (double));
  double weight = node->weight;
  double sum;

  if (level == 1 && !JX_NUMBER_IS_SET (weight))
    _jx_checks_add (checks, JX_SEVERITY_ERROR, at (checks, path, ".weight"),
                    _("Dimension %s has no weight (分值)"), label (checks, node));

  sum = weight_sum (node, level, terms);
  if (JX_NUMBER_IS_SET (weight) && JX_NUMBER_IS_SET (sum) && fabs (sum - weight) > EPS)
    _jx_checks_add (checks, JX_SEVERITY_ERROR, at (checks, path, ".weight"),
                    /* Translators: e.g. "“投入”: the weights under it add up to 7 (2 + 5)
                     * but its stated weight is 6 (difference 1)" */
                    _("%s: the weights under it add up to %s (%s) but its stated weight is %s (difference %s)"),
                    label (checks, node), _jx_checks_number (checks, sum),
                    _jx_checks_number_terms (checks, (const double *) (gpointer) terms->data, terms->len),
                    _jx_checks_number (checks, weight),
                    _jx_checks_number (checks, fabs (sum - weight)));
  if (!JX_NUMBER_IS_SET (weight))
    weight = sum;

  if (!JX_NUMBER_IS_SET (node->stated_score))
    return;

  if (JX_NUMBER_IS_SET (weight) && node->stated_score > weight + EPS)
    _jx_checks_add (checks, JX_SEVERITY_ERROR, at (checks, path, ".stated_score"),
                    _("%s: the stated score %s is above its weight %s (by %s)"),
                    label (checks, node), _jx_checks_number (checks, node->stated_score),
                    _jx_checks_number (checks, weight),
                    _jx_checks_number (checks, node->stated_score - weight));

  g_array_set_size (terms, 0);
  sum = score_sum (checks, node, level, terms);
  if (JX_NUMBER_IS_SET (sum) && fabs (sum - node->stated_score) > EPS)
    _jx_checks_add (checks, JX_SEVERITY_ERROR, at (checks, path, ".stated_score"),
                    /* Translators: e.g. "“投入”: the stated score is 5 but the scores under it
                     * add up to 4 (2 + 2; difference 1)" */
                    _("%s: the stated score is %s but the scores under it add up to %s (%s; difference %s)"),
                    label (checks, node), _jx_checks_number (checks, node->stated_score),
                    _jx_checks_number (checks, sum),
                    terms->len > 0
                      ? _jx_checks_number_terms (checks, (const double *) (gpointer) terms->data, terms->len)
                      : _("no applicable indicator"),
                    _jx_checks_number (checks, fabs (sum - node->stated_score)));
}

static void
check_parts (JxChecks          *checks,
             const JxIndicator *leaf,
             const char        *path)
{
  guint k;

  for (k = 0; leaf->parts != NULL && k < leaf->parts->len; k++)
    {
      const JxPart *part = g_ptr_array_index (leaf->parts, k);
      const char *unit = _jx_checks_text (checks, part->unit);

      if (!JX_NUMBER_IS_SET (part->target))
        _jx_checks_add (checks, JX_SEVERITY_WARNING, part_at (checks, path, k, "target"),
                        _("Indicator %s: a part of its target has no value"),
                        label (checks, leaf));
      else if (blank (part->unit))
        _jx_checks_add (checks, JX_SEVERITY_WARNING, part_at (checks, path, k, "unit"),
                        _("Indicator %s: the target %s has no unit"),
                        label (checks, leaf), _jx_checks_number (checks, part->target));

      if (leaf->metric != JX_METRIC_NONE || JX_NUMBER_IS_SET (part->actual))
        continue;

      if (!blank (part->label))
        _jx_checks_add (checks, JX_SEVERITY_WARNING, part_at (checks, path, k, "actual"),
                        _("Indicator %s: the actual value of “%s” is missing (target %s %s)"),
                        label (checks, leaf), _jx_checks_text (checks, part->label),
                        _jx_checks_number (checks, part->target), unit);
      else
        _jx_checks_add (checks, JX_SEVERITY_WARNING, part_at (checks, path, k, "actual"),
                        _("Indicator %s: the actual value is missing (target %s %s)"),
                        label (checks, leaf), _jx_checks_number (checks, part->target), unit);
    }
}

/* Level 3. */
static void
check_leaf (JxChecks          *checks,
            const JxIndicator *leaf,
            const char        *path)
{
  const JxIndicatorResult *result = result_of (checks, leaf);
  double weight = leaf->weight;
  double score = leaf_score (checks, leaf);

  if (!JX_NUMBER_IS_SET (weight))
    _jx_checks_add (checks, JX_SEVERITY_ERROR, at (checks, path, ".weight"),
                    _("Indicator %s has no weight (分值)"), label (checks, leaf));

  if (JX_NUMBER_IS_SET (score) && score < -EPS)
    _jx_checks_add (checks, JX_SEVERITY_ERROR, at (checks, path, ".score"),
                    _("Indicator %s: the score %s is negative"),
                    label (checks, leaf), _jx_checks_number (checks, score));
  else if (JX_NUMBER_IS_SET (score) && JX_NUMBER_IS_SET (weight) && score > weight + EPS)
    _jx_checks_add (checks, JX_SEVERITY_ERROR, at (checks, path, ".score"),
                    _("Indicator %s: the score %s is above its weight %s (by %s)"),
                    label (checks, leaf), _jx_checks_number (checks, score),
                    _jx_checks_number (checks, weight),
                    _jx_checks_number (checks, score - weight));

  if (!leaf->applicable)
    return;

  check_parts (checks, leaf, path);

  if (leaf->metric != JX_METRIC_NONE && leaf->metric < JX_N_METRICS &&
      !JX_NUMBER_IS_SET (jx_metric_compute (checks->doc, leaf->metric)))
    {
      g_autofree char *why = jx_metric_explain (checks->doc, leaf->metric);

      _jx_checks_add (checks, JX_SEVERITY_INFO, at (checks, path, ".metric"),
                      /* Translators: e.g. "Indicator 6 “重点支出安排率”: 重点支出安排率 supplies no
                       * actual value — not applicable: there is no key expenditure." */
                      _("Indicator %s: %s supplies no actual value — %s"),
                      label (checks, leaf), jx_metric_title (leaf->metric),
                      why != NULL ? why : "");
    }

  if (leaf->rule.kind == JX_RULE_MANUAL && !JX_NUMBER_IS_SET (leaf->score))
    _jx_checks_add (checks, JX_SEVERITY_WARNING, at (checks, path, ".score"),
                    _("Indicator %s: its rule is manual but no score is entered (weight %s)"),
                    label (checks, leaf), _jx_checks_number (checks, weight));

  /* The reason may be in the note (备注) or told in the indicator's analysis in the report. */
  if (JX_NUMBER_IS_SET (score) && JX_NUMBER_IS_SET (weight) && score < weight - EPS && blank (leaf->note)
      && blank (leaf->analysis))
    _jx_checks_add (checks, JX_SEVERITY_WARNING, at (checks, path, ".note"),
                    /* Translators: the note (备注) holds the deviation reason; the analysis is
                     * the indicator's paragraph in the report */
                    _("Indicator %s: the score %s is below its weight %s (by %s) but no deviation reason is given in its note or analysis"),
                    label (checks, leaf), _jx_checks_number (checks, score),
                    _jx_checks_number (checks, weight),
                    _jx_checks_number (checks, weight - score));

  if (result != NULL && JX_NUMBER_IS_SET (leaf->score) && JX_NUMBER_IS_SET (result->computed_score) &&
      (result->differs || fabs (leaf->score - result->computed_score) > EPS))
    {
      if (!blank (result->explanation))
        _jx_checks_add (checks, JX_SEVERITY_INFO, at (checks, path, ".score"),
                        /* Translators: the last %s is the computation, "225.42 / 360.54 = 62.52% → 0.63 of 1" */
                        _("Indicator %s: the entered score %s differs from the computed score %s (%s)"),
                        label (checks, leaf), _jx_checks_number (checks, leaf->score),
                        _jx_checks_number (checks, result->computed_score), result->explanation);
      else
        _jx_checks_add (checks, JX_SEVERITY_INFO, at (checks, path, ".score"),
                        _("Indicator %s: the entered score %s differs from the computed score %s"),
                        label (checks, leaf), _jx_checks_number (checks, leaf->score),
                        _jx_checks_number (checks, result->computed_score));
    }
}

/* The total out of 100 without a score sheet: Σ applicable scores / Σ applicable weights. */
static double
own_total (JxChecks *checks,
           double   *score_out,
           double   *weight_out)
{
  const JxDocData *doc = checks->doc;
  double score = 0.0;
  double weight = 0.0;
  guint i, j, k;

  for (i = 0; doc->indicators != NULL && i < doc->indicators->len; i++)
    {
      const JxIndicator *d = g_ptr_array_index (doc->indicators, i);

      for (j = 0; j < n_children (d); j++)
        for (k = 0; k < n_children (child (d, j)); k++)
          {
            const JxIndicator *leaf = child (child (d, j), k);

            if (!leaf->applicable)
              continue;
            if (!JX_NUMBER_IS_SET (leaf->weight) || !JX_NUMBER_IS_SET (leaf_score (checks, leaf)))
              return NAN;
            weight += leaf->weight;
            score += leaf_score (checks, leaf);
          }
    }
  if (weight <= 0.0)
    return NAN;

  *score_out = score;
  *weight_out = weight;
  return jx_round (score / weight * 100.0, doc->scoring.decimals, doc->scoring.rounding);
}

void
_jx_checks_stated_total (JxChecks *checks)
{
  const JxScoreSheet *sheet = checks->sheet;
  double stated = checks->doc->conclusion.stated_total;
  double total;
  double score = NAN;
  double weight = NAN;

  if (!JX_NUMBER_IS_SET (stated))
    return;

  if (sheet != NULL && sheet->indicators != NULL && sheet->indicators->len > 0)
    {
      total = sheet->total;
      score = sheet->total_score;
      weight = sheet->total_weight;
    }
  else
    total = own_total (checks, &score, &weight);

  if (!JX_NUMBER_IS_SET (total) || fabs (total - stated) <= EPS)
    return;

  _jx_checks_add (checks, JX_SEVERITY_ERROR, "conclusion.stated_total",
                  /* Translators: e.g. "The stated total score is 98 but the computed total is 97
                   * (97 / 100 × 100; difference 1)" */
                  _("The stated total score is %s but the computed total is %s (%s / %s × 100; difference %s)"),
                  _jx_checks_number (checks, stated), _jx_checks_number (checks, total),
                  _jx_checks_number (checks, score), _jx_checks_number (checks, weight),
                  _jx_checks_number (checks, fabs (total - stated)));
}

void
_jx_checks_indicator (JxChecks                *checks,
                      const JxIndicatorResult *r)
{
  if (r->level < 3)
    check_branch (checks, r->indicator, r->level, r->json_path);
  else
    check_leaf (checks, r->indicator, r->json_path);
}
