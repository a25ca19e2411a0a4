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
 *   score counts 0), rounded; its rate is score / weight × 100, and the rate's band its grade;
 * - no grade where the figures cannot hold one: a branch whose children's weights exceed its
 *   own, or whose rate is above 100%, or that holds such a branch; and no total grade when
 *   any branch has none, the total is above 100, or the dimensions' weights are (the checks
 *   say why, jx-checks-grades.c). An overflowing weight is never graded 优秀 silently.
 */
#define G_LOG_DOMAIN "jx-scoring"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "jx-metrics.h"
#include "jx-scoring.h"
#include "jx-scoring-private.h"

/* The sheet as allocated: results and their strings live in a few large blocks, so
 * computing and freeing a sheet of 50 000 indicators takes a handful of allocations. */
typedef struct {
  JxScoreSheet  sheet;
  GStringChunk *strings;
  GPtrArray    *blocks;      /* of JxIndicatorResult[RESULT_BLOCK] */
  guint         block_used;
} SheetStorage;

#define RESULT_BLOCK 1024

typedef struct {
  JxScoringContext ctx;
  SheetStorage *storage;
  GString *path;
  GString *json_path;
  GString *text;
  guint    withheld;    /* branches not graded so far */
} Walk;

static const JxGradeBand default_bands[] = {
  { NULL, (char *) "优秀", 90 },
  { NULL, (char *) "良好", 80 },
  { NULL, (char *) "中等", 60 },
  { NULL, (char *) "差", 0 },
};

/* ---- grades ---- */

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

/* ---- translations ---- */

const char *
_jx_tr (JxScoringContext *ctx,
        const char       *msgid)
{
  const char *translation;

  if (ctx->translations == NULL)
    return _(msgid);
  translation = g_hash_table_lookup (ctx->translations, msgid);
  if (translation == NULL)
    {
      translation = _(msgid);
      g_hash_table_insert (ctx->translations, (gpointer) msgid, (gpointer) translation);
    }
  return translation;
}

/* ---- the walk ---- */

static JxIndicatorResult *
new_result (SheetStorage *storage)
{
  JxIndicatorResult *block;

  if (storage->blocks->len == 0 || storage->block_used == RESULT_BLOCK)
    {
      g_ptr_array_add (storage->blocks, g_new0 (JxIndicatorResult, RESULT_BLOCK));
      storage->block_used = 0;
    }
  block = g_ptr_array_index (storage->blocks, storage->blocks->len - 1);
  return &block[storage->block_used++];
}

static char *
keep (Walk    *w,
      GString *s)
{
  return g_string_chunk_insert_len (w->storage->strings, s->str, s->len);
}

static void
score_leaf (Walk              *w,
            const JxIndicator *ind,
            JxIndicatorResult *r,
            double            *excluded)
{
  JxScoringContext *ctx = &w->ctx;
  char entered[JX_NUMBER_BUF];
  char weight[JX_NUMBER_BUF];

  r->weight = ind->weight;
  r->applicable = ind->applicable;
  r->counted = ind->applicable || ctx->na_full;

  g_string_truncate (w->text, 0);
  if (!r->applicable && ctx->na_full)
    {
      r->completion = jx_indicator_completion (ctx->doc, ind);
      r->score = JX_NUMBER_IS_SET (ind->weight) ? ind->weight : NAN;
      /* Translators: the scoring settings count not-applicable indicators with full marks */
      _jx_append (w->text, _jx_tr (ctx, N_("Not applicable: counted with full marks, %s of %s.")),
                  _jx_format_fixed (entered, r->score, ctx->decimals),
                  _jx_format_number (weight, ind->weight, 6));
      r->explanation = keep (w, w->text);
      return;
    }
  if (!r->applicable)
    g_string_append (w->text, _jx_tr (ctx, N_("Not applicable: left out of the weights and the scores. ")));
  _jx_rule_apply (ctx, ind, r, w->text);

  if (JX_NUMBER_IS_SET (ind->score))
    {
      r->score = ind->score;
      if (JX_NUMBER_IS_SET (r->computed_score)
          && fabs (jx_round (ind->score, ctx->decimals, ctx->rounding) - r->computed_score) > 1e-9)
        {
          r->differs = TRUE;
          /* Translators: appended to a score's explanation */
          _jx_append (w->text, _jx_tr (ctx, N_("; the entered score %s differs")),
                      _jx_format_number (entered, ind->score, 6));
        }
    }
  else
    r->score = r->computed_score;

  r->explanation = keep (w, w->text);
  if (!r->counted)
    *excluded = JX_NUMBER_IS_SET (ind->weight) ? ind->weight : 0;
}

static void
explain_branch (Walk              *w,
                JxIndicatorResult *r,
                gboolean           has_children)
{
  JxScoringContext *ctx = &w->ctx;
  char score[JX_NUMBER_BUF];
  char weight[JX_NUMBER_BUF];
  char rate[JX_NUMBER_BUF];

  g_string_truncate (w->text, 0);
  if (!has_children)
    g_string_append (w->text, _jx_tr (ctx, N_("No sub-indicators.")));
  else if (!r->counted)
    g_string_append (w->text, _jx_tr (ctx, N_("Not applicable: none of its sub-indicators is applicable.")));
  else if (isnan (r->rate))
    /* Translators: score of weight */
    _jx_append (w->text, _jx_tr (ctx, N_("%s of %s")),
                _jx_format_fixed (score, r->score, ctx->decimals),
                _jx_format_number (weight, r->weight, 6));
  else
    /* Translators: score of weight = rate → grade */
    _jx_append (w->text, _jx_tr (ctx, N_("%s of %s = %s%% → %s")),
                _jx_format_fixed (score, r->score, ctx->decimals),
                _jx_format_number (weight, r->weight, 6),
                _jx_format_fixed (rate, r->rate, 2),
                r->grade != NULL ? r->grade : "");
  r->explanation = keep (w, w->text);
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
  JxIndicatorResult *r = new_result (w->storage);
  JxScoreSheet *sheet = &w->storage->sheet;
  gsize path_len = w->path->len;
  gsize json_len = w->json_path->len;
  guint n_children = ind->children != NULL ? ind->children->len : 0;
  double sum_weight = 0;
  double sum_score = 0;
  double sum_all_score = 0;
  double excl = 0;
  guint n_applicable = 0;
  guint n_counted = 0;
  guint withheld_before = w->withheld;
  char digits[JX_NUMBER_BUF];
  guint i;

  *excluded = 0;
  r->indicator = ind;
  r->level = level;
  r->completion = NAN;
  r->computed_score = NAN;
  r->score = NAN;
  r->rate = NAN;
  r->applicable = TRUE;
  r->counted = TRUE;

  if (level > 1)
    g_string_append_c (w->path, '/');
  g_string_append (w->path, ind->name != NULL ? ind->name : "");
  g_string_append (w->json_path, level > 1 ? ".children[" : "indicators[");
  g_string_append (w->json_path, _jx_format_fixed (digits, index, 0));
  g_string_append_c (w->json_path, ']');
  r->path = keep (w, w->path);
  r->json_path = keep (w, w->json_path);

  g_ptr_array_add (sheet->indicators, r);
  if (level == 1)
    g_ptr_array_add (sheet->dimensions, r);

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
      if (c->applicable)
        n_applicable++;
      if (!c->counted)
        continue;
      n_counted++;
      if (JX_NUMBER_IS_SET (c->weight))
        sum_weight += c->weight;
      if (JX_NUMBER_IS_SET (c->score))
        sum_score += c->score;
    }

  r->applicable = n_children == 0 || n_applicable > 0;
  r->counted = n_children == 0 || n_counted > 0;
  if (!r->counted)
    {
      r->weight = JX_NUMBER_IS_SET (ind->weight) ? ind->weight : excl;
      r->score = jx_round (sum_all_score, w->ctx.decimals, w->ctx.rounding);
      *excluded = r->weight;
    }
  else
    {
      r->weight = JX_NUMBER_IS_SET (ind->weight) ? ind->weight - excl : sum_weight;
      r->score = jx_round (sum_score, w->ctx.decimals, w->ctx.rounding);
      *excluded = excl;
      if (r->weight > 0)
        {
          r->rate = r->score * 100.0 / r->weight;
          if (w->withheld > withheld_before
              || (JX_NUMBER_IS_SET (ind->weight) && sum_weight > ind->weight + 1e-9)
              || r->rate > 100 + 1e-9)
            w->withheld++;
          else
            r->grade = jx_grade_for_rate (&w->ctx.doc->scoring, r->rate);
        }
    }
  explain_branch (w, r, n_children > 0);

out:
  g_string_truncate (w->path, path_len);
  g_string_truncate (w->json_path, json_len);
  return r;
}

/* ---- caps on the total ---- */

/* The caps whose metric lies in their range: the lowest `max` holds the total. */
static void
apply_caps (Walk         *w,
            JxScoreSheet *sheet)
{
  const JxScoring *scoring = &w->ctx.doc->scoring;
  const JxCap *lowest = NULL;
  double lowest_v = NAN;
  char v_s[JX_NUMBER_BUF];
  char from_s[JX_NUMBER_BUF];
  char below_s[JX_NUMBER_BUF];
  char max_s[JX_NUMBER_BUF];
  char total_s[JX_NUMBER_BUF];
  guint i;

  for (i = 0; scoring->caps != NULL && i < scoring->caps->len; i++)
    {
      const JxCap *cap = g_ptr_array_index (scoring->caps, i);
      double v;

      if (cap->metric <= JX_METRIC_NONE || cap->metric >= JX_N_METRICS || !JX_NUMBER_IS_SET (cap->max))
        continue;
      v = jx_metric_compute (w->ctx.doc, cap->metric);
      if (isnan (v))
        continue;
      /* the metric as shown, to two decimals: 79.996% is 80.00%, not below 80 */
      v = jx_round (v, 2, JX_ROUNDING_HALF_UP);
      if (JX_NUMBER_IS_SET (cap->from) && v < cap->from)
        continue;
      if (JX_NUMBER_IS_SET (cap->below) && v >= cap->below)
        continue;
      if (lowest == NULL || cap->max < lowest->max)
        {
          lowest = cap;
          lowest_v = v;
        }
    }
  if (lowest == NULL)
    return;

  g_string_truncate (w->text, 0);
  _jx_format_fixed (v_s, lowest_v, 2);
  _jx_format_number (from_s, lowest->from, 6);
  _jx_format_number (below_s, lowest->below, 6);
  _jx_format_number (max_s, lowest->max, 6);
  if (JX_NUMBER_IS_SET (lowest->from) && JX_NUMBER_IS_SET (lowest->below))
    /* Translators: "预算执行率 75.00% is within 70%–80% (80 excluded): the total is at most 89" */
    _jx_append (w->text, _jx_tr (&w->ctx, N_("%s %s%% is within %s%%–%s%% (%s excluded): the total is at most %s")),
                jx_metric_title (lowest->metric), v_s, from_s, below_s, below_s, max_s);
  else if (JX_NUMBER_IS_SET (lowest->below))
    _jx_append (w->text, _jx_tr (&w->ctx, N_("%s %s%% is below %s%%: the total is at most %s")),
                jx_metric_title (lowest->metric), v_s, below_s, max_s);
  else
    _jx_append (w->text, _jx_tr (&w->ctx, N_("%s %s%% is at least %s%%: the total is at most %s")),
                jx_metric_title (lowest->metric), v_s, from_s, max_s);
  if (sheet->total > lowest->max)
    {
      _jx_append (w->text, _jx_tr (&w->ctx, N_(", so %s → %s")),
                  _jx_format_fixed (total_s, sheet->total, w->ctx.decimals),
                  _jx_format_fixed (max_s, lowest->max, w->ctx.decimals));
      sheet->total = lowest->max;
    }
  if (lowest->source != NULL && lowest->source[0] != '\0')
    _jx_append (w->text, _jx_tr (&w->ctx, N_(" (%s)")), lowest->source);
  sheet->cap_explanation = keep (w, w->text);
}

JxScoreSheet *
jx_score_sheet_compute (const JxDocData *doc)
{
  SheetStorage *storage;
  JxScoreSheet *sheet;
  Walk w = { 0 };
  double sum_score = 0;
  guint n;
  guint i;

  g_return_val_if_fail (doc != NULL, NULL);

  n = doc->indicators != NULL ? doc->indicators->len : 0;
  storage = g_new0 (SheetStorage, 1);
  storage->strings = g_string_chunk_new (64 * 1024);
  storage->blocks = g_ptr_array_new_with_free_func (g_free);
  sheet = &storage->sheet;
  sheet->indicators = g_ptr_array_new ();
  sheet->dimensions = g_ptr_array_sized_new (n);
  sheet->total_rate = NAN;
  sheet->total = NAN;
  sheet->uncapped_total = NAN;

  w.ctx.doc = doc;
  w.ctx.decimals = CLAMP (doc->scoring.decimals, 0, 6);
  w.ctx.rounding = doc->scoring.rounding == JX_ROUNDING_TRUNCATE ? JX_ROUNDING_TRUNCATE : JX_ROUNDING_HALF_UP;
  w.ctx.na_full = doc->scoring.not_applicable == JX_NOT_APPLICABLE_FULL;
  w.ctx.translations = g_hash_table_new (NULL, NULL);
  w.ctx.tmp = g_string_sized_new (256);
  w.ctx.tmp2 = g_string_sized_new (256);
  w.storage = storage;
  w.path = g_string_sized_new (256);
  w.json_path = g_string_sized_new (64);
  w.text = g_string_sized_new (256);

  for (i = 0; i < n; i++)
    {
      JxIndicatorResult *r;
      double excluded;

      r = walk_node (&w, g_ptr_array_index (doc->indicators, i), 1, i, &excluded);
      if (!r->counted)
        continue;
      if (JX_NUMBER_IS_SET (r->weight))
        sheet->total_weight += r->weight;
      if (JX_NUMBER_IS_SET (r->score))
        sum_score += r->score;
    }

  sheet->total_score = jx_round (sum_score, w.ctx.decimals, w.ctx.rounding);
  if (sheet->total_weight > 0)
    {
      sheet->total_rate = sheet->total_score * 100.0 / sheet->total_weight;
      sheet->total = jx_round (sheet->total_rate, w.ctx.decimals, w.ctx.rounding);
      sheet->uncapped_total = sheet->total;
      apply_caps (&w, sheet);
      if (w.withheld == 0 && sheet->total <= 100 + 1e-9 && sheet->total_weight <= 100 + 1e-9)
        sheet->grade = jx_grade_for_rate (&doc->scoring, sheet->total);
    }

  g_hash_table_unref (w.ctx.translations);
  g_string_free (w.ctx.tmp, TRUE);
  g_string_free (w.ctx.tmp2, TRUE);
  g_string_free (w.path, TRUE);
  g_string_free (w.json_path, TRUE);
  g_string_free (w.text, TRUE);
  return sheet;
}

void
jx_score_sheet_free (JxScoreSheet *sheet)
{
  SheetStorage *storage = (SheetStorage *) sheet;

  if (sheet == NULL)
    return;
  g_clear_pointer (&sheet->indicators, g_ptr_array_unref);
  g_clear_pointer (&sheet->dimensions, g_ptr_array_unref);
  g_clear_pointer (&storage->blocks, g_ptr_array_unref);
  g_clear_pointer (&storage->strings, g_string_chunk_free);
  g_free (storage);
}
