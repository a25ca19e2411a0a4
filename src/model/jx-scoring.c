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
#include <string.h>

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
  /* jx_score_sheet_update(): the results are those of the sheet, in order from `next` */
  gboolean update;
  gboolean mismatch;    /* the tree's shape is not the sheet's */
  guint    next;
  guint    end;
  JxIndicatorResult scratch;
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

/* The result of the next node in document order: a new one, or when updating the sheet's
 * own (the scratch one once the shape is found different: the caller gives the sheet up). */
static JxIndicatorResult *
next_result (Walk              *w,
             const JxIndicator *ind)
{
  JxScoreSheet *sheet = &w->storage->sheet;
  JxIndicatorResult *r;

  if (!w->update)
    {
      r = new_result (w->storage);
      r->index = sheet->indicators->len;
      g_ptr_array_add (sheet->indicators, r);
      return r;
    }
  if (w->mismatch || w->next >= w->end)
    {
      w->mismatch = TRUE;
      memset (&w->scratch, 0, sizeof w->scratch);
      return &w->scratch;
    }
  r = g_ptr_array_index (sheet->indicators, w->next++);
  if (r->indicator != ind)
    w->mismatch = TRUE;
  return r;
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

/* The child results of the branch `r` (its subtree follows it in document order). */
static inline JxIndicatorResult *
first_child (JxScoreSheet      *sheet,
             JxIndicatorResult *r)
{
  return g_ptr_array_index (sheet->indicators, r->index + 1);
}

static inline JxIndicatorResult *
next_sibling (JxScoreSheet      *sheet,
              JxIndicatorResult *c)
{
  return g_ptr_array_index (sheet->indicators, c->index + c->n_below);
}

/* A branch's weight, score, rate and grade from its children's results (those of the
 * sheet, just computed or kept). */
static void
combine_branch (Walk              *w,
                const JxIndicator *ind,
                JxIndicatorResult *r)
{
  JxScoreSheet *sheet = &w->storage->sheet;
  guint n_children = ind->children != NULL ? ind->children->len : 0;
  double sum_weight = 0;
  double sum_score = 0;
  double sum_all_score = 0;
  double excl = 0;
  guint n_applicable = 0;
  guint n_counted = 0;
  gboolean withheld_below = FALSE;
  JxIndicatorResult *c = NULL;
  guint end = r->index + r->n_below;
  guint at;
  guint i;

  r->completion = NAN;
  r->computed_score = NAN;
  r->score = NAN;
  r->rate = NAN;
  r->grade = NULL;
  r->differs = FALSE;
  for (i = 0, at = r->index + 1; i < n_children; i++, at += c->n_below)
    {
      c = at < end ? g_ptr_array_index (sheet->indicators, at) : NULL;
      if (c == NULL || c->indicator != g_ptr_array_index (ind->children, i))
        {
          w->mismatch = TRUE;   /* updating a sheet whose shape is not the document's */
          return;
        }
      excl += c->excluded;
      withheld_below |= c->withheld_below;
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
  if (at != end)
    {
      w->mismatch = TRUE;
      return;
    }

  r->applicable = n_children == 0 || n_applicable > 0;
  r->counted = n_children == 0 || n_counted > 0;
  r->withheld_below = withheld_below;
  if (!r->counted)
    {
      r->weight = JX_NUMBER_IS_SET (ind->weight) ? ind->weight : excl;
      r->score = jx_round (sum_all_score, w->ctx.decimals, w->ctx.rounding);
      r->excluded = r->weight;
    }
  else
    {
      r->weight = JX_NUMBER_IS_SET (ind->weight) ? ind->weight - excl : sum_weight;
      r->score = jx_round (sum_score, w->ctx.decimals, w->ctx.rounding);
      r->excluded = excl;
      if (r->weight > 0)
        {
          r->rate = r->score * 100.0 / r->weight;
          if (withheld_below
              || (JX_NUMBER_IS_SET (ind->weight) && sum_weight > ind->weight + 1e-9)
              || r->rate > 100 + 1e-9)
            r->withheld_below = TRUE;
          else
            r->grade = jx_grade_for_rate (&w->ctx.doc->scoring, r->rate);
        }
    }
  explain_branch (w, r, n_children > 0);
}

/* Adds the result of `ind` and its subtree to the sheet (or, updating, computes the
 * sheet's own again); its `excluded` is the weight of the not-applicable indicators in
 * the subtree (all of it when `ind` is not applicable). */
static JxIndicatorResult *
walk_node (Walk              *w,
           const JxIndicator *ind,
           int                level,
           guint              index)
{
  JxIndicatorResult *r = next_result (w, ind);
  JxScoreSheet *sheet = &w->storage->sheet;
  gsize path_len = w->path->len;
  gsize json_len = w->json_path->len;
  guint n_children = ind->children != NULL ? ind->children->len : 0;
  guint first = r->index;
  char digits[JX_NUMBER_BUF];
  guint i;

  r->indicator = ind;
  r->level = level;
  r->completion = NAN;
  r->computed_score = NAN;
  r->score = NAN;
  r->rate = NAN;
  r->grade = NULL;
  r->differs = FALSE;
  r->applicable = TRUE;
  r->counted = TRUE;
  r->excluded = 0;
  r->withheld_below = FALSE;

  if (level > 1)
    g_string_append_c (w->path, '/');
  g_string_append (w->path, ind->name != NULL ? ind->name : "");
  g_string_append (w->json_path, level > 1 ? ".children[" : "indicators[");
  g_string_append (w->json_path, _jx_format_fixed (digits, index, 0));
  g_string_append_c (w->json_path, ']');
  /* updating: the strings stay when they are the same (they are, but for a renamed node) */
  if (!w->update || r->path == NULL || strcmp (r->path, w->path->str) != 0)
    r->path = keep (w, w->path);
  if (!w->update || r->json_path == NULL || strcmp (r->json_path, w->json_path->str) != 0)
    r->json_path = keep (w, w->json_path);

  if (level == 1 && !w->update)
    g_ptr_array_add (sheet->dimensions, r);

  if (level >= 3)
    {
      score_leaf (w, ind, r, &r->excluded);
      r->n_below = 1;
      goto out;
    }

  for (i = 0; i < n_children; i++)
    walk_node (w, g_ptr_array_index (ind->children, i), level + 1, i);
  if (w->mismatch)
    goto out;
  r->n_below = (w->update ? w->next : sheet->indicators->len) - first;
  combine_branch (w, ind, r);

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

static void
walk_init (Walk            *w,
           const JxDocData *doc,
           SheetStorage    *storage)
{
  w->ctx.doc = doc;
  w->ctx.decimals = CLAMP (doc->scoring.decimals, 0, 6);
  w->ctx.rounding = doc->scoring.rounding == JX_ROUNDING_TRUNCATE ? JX_ROUNDING_TRUNCATE : JX_ROUNDING_HALF_UP;
  w->ctx.na_full = doc->scoring.not_applicable == JX_NOT_APPLICABLE_FULL;
  w->ctx.translations = g_hash_table_new (NULL, NULL);
  w->ctx.tmp = g_string_sized_new (256);
  w->ctx.tmp2 = g_string_sized_new (256);
  w->storage = storage;
  w->path = g_string_sized_new (256);
  w->json_path = g_string_sized_new (64);
  w->text = g_string_sized_new (256);
}

static void
walk_clear (Walk *w)
{
  g_hash_table_unref (w->ctx.translations);
  g_string_free (w->ctx.tmp, TRUE);
  g_string_free (w->ctx.tmp2, TRUE);
  g_string_free (w->path, TRUE);
  g_string_free (w->json_path, TRUE);
  g_string_free (w->text, TRUE);
}

/* The total, its grade and the caps, from the dimensions' results. */
static void
finish_totals (Walk         *w,
               JxScoreSheet *sheet)
{
  const JxDocData *doc = w->ctx.doc;
  gboolean withheld = FALSE;
  double sum_score = 0;
  guint i;

  sheet->total_weight = 0;
  sheet->total_rate = NAN;
  sheet->total = NAN;
  sheet->uncapped_total = NAN;
  sheet->grade = NULL;
  sheet->cap_explanation = NULL;
  for (i = 0; i < sheet->dimensions->len; i++)
    {
      const JxIndicatorResult *r = g_ptr_array_index (sheet->dimensions, i);

      withheld |= r->withheld_below;
      if (!r->counted)
        continue;
      if (JX_NUMBER_IS_SET (r->weight))
        sheet->total_weight += r->weight;
      if (JX_NUMBER_IS_SET (r->score))
        sum_score += r->score;
    }

  sheet->total_score = jx_round (sum_score, w->ctx.decimals, w->ctx.rounding);
  if (sheet->total_weight > 0)
    {
      sheet->total_rate = sheet->total_score * 100.0 / sheet->total_weight;
      sheet->total = jx_round (sheet->total_rate, w->ctx.decimals, w->ctx.rounding);
      sheet->uncapped_total = sheet->total;
      apply_caps (w, sheet);
      if (!withheld && sheet->total <= 100 + 1e-9 && sheet->total_weight <= 100 + 1e-9)
        sheet->grade = jx_grade_for_rate (&doc->scoring, sheet->total);
    }
}

JxScoreSheet *
jx_score_sheet_compute (const JxDocData *doc)
{
  SheetStorage *storage;
  JxScoreSheet *sheet;
  Walk w = { 0 };
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

  walk_init (&w, doc, storage);
  for (i = 0; i < n; i++)
    walk_node (&w, g_ptr_array_index (doc->indicators, i), 1, i);
  finish_totals (&w, sheet);
  walk_clear (&w);
  return sheet;
}

gboolean
jx_score_sheet_update (JxScoreSheet    *sheet,
                       const JxDocData *doc,
                       const guint     *position,
                       guint            depth)
{
  SheetStorage *storage = (SheetStorage *) sheet;
  const JxIndicator *nodes[3];
  JxIndicatorResult *results[3];
  const GPtrArray *list = doc->indicators;
  Walk w = { 0 };
  guint level, i;

  g_return_val_if_fail (sheet != NULL && doc != NULL && position != NULL, FALSE);
  g_return_val_if_fail (depth >= 1 && depth <= 3, FALSE);

  /* The node and its ancestors, in the document and in the sheet. */
  if (list == NULL || list->len != sheet->dimensions->len)
    return FALSE;
  for (level = 0; level < depth; level++)
    {
      JxIndicatorResult *r;

      if (list == NULL || position[level] >= list->len)
        return FALSE;
      nodes[level] = g_ptr_array_index (list, position[level]);
      if (level == 0)
        r = g_ptr_array_index (sheet->dimensions, position[0]);
      else
        {
          JxIndicatorResult *parent = results[level - 1];

          if (parent->n_below < 2)
            return FALSE;
          r = first_child (sheet, parent);
          for (i = 0; i < position[level]; i++)
            {
              if (r->index + r->n_below >= parent->index + parent->n_below)
                return FALSE;
              r = next_sibling (sheet, r);
            }
        }
      if (r->indicator != nodes[level] || r->level != (int) level + 1)
        return FALSE;
      results[level] = r;
      list = nodes[level]->children;
    }

  walk_init (&w, doc, storage);
  w.update = TRUE;
  w.next = results[depth - 1]->index;
  w.end = w.next + results[depth - 1]->n_below;
  if (depth > 1)
    {
      g_string_assign (w.path, results[depth - 2]->path);
      g_string_assign (w.json_path, results[depth - 2]->json_path);
    }
  walk_node (&w, nodes[depth - 1], (int) depth, position[depth - 1]);
  if (w.mismatch || w.next != w.end)
    {
      walk_clear (&w);
      return FALSE;
    }
  for (level = depth - 1; level-- > 0 && !w.mismatch; )
    combine_branch (&w, nodes[level], results[level]);
  if (!w.mismatch)
    finish_totals (&w, sheet);
  walk_clear (&w);
  return !w.mismatch;
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
