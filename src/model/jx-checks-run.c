/* SPDX-License-Identifier: GPL-3.0-or-later */
/* jx-checks-run.c: the run of the consistency checks, and the findings kept by part.
 *
 * The findings are kept in slices: one for the checks of the document outside the
 * indicators, one per indicator and pass (its own checks, its plausibility, its members)
 * and one for each check over the whole tree (the dimensions' weights, the stated total,
 * the grades, the restatements). The findings of the run are the slices' in order, errors
 * first: the order jx_checks_run() always gave.
 *
 * An indicator's slices read only that indicator, its results and (a branch) those of its
 * subtree, and the metrics: after a change of values under one indicator (no indicator
 * added, removed or moved, no metric or setting changed, no leaf's number: the labels of
 * leaves whose numbers repeat in another dimension name it), jx_checks_cache_update() checks
 * again its subtree, its ancestors and the checks over the whole tree, and keeps the rest.
 * tests/test-incremental.c compares that with a full run after random edits. */
#define G_LOG_DOMAIN "jx-checks"

#include "config.h"

#include <string.h>

#include "jx-checks-private.h"

typedef struct {
  GPtrArray *found[3];   /* of JxFinding*, by severity; NULL when none */
} Slice;

enum {
  PART_DOCUMENT,          /* staffing, the budget, what is missing … */
  PART_DIMENSIONS,        /* the level-1 weights add up to 100 */
  PART_TOTAL,             /* the stated total */
  PART_GRADES,
  PART_RESTATEMENTS,
  PART_MEMBERS_BEFORE,    /* unknown members of the document before the indicators */
  PART_MEMBERS_AFTER,
  N_PARTS
};

enum {
  PASS_INDICATOR,
  PASS_PLAUSIBLE,
  PASS_MEMBERS,
  N_PASSES
};

struct _JxChecksCache {
  Slice       parts[N_PARTS];
  Slice     **nodes[N_PASSES];   /* by index in sheet->indicators; NULL: no finding */
  guint       n_nodes;
  GHashTable *results;           /* const JxIndicator* → const JxIndicatorResult* */
  /* The labels tell apart leaves whose numbers repeat in another dimension: the numbers of
   * the run (by index, NULL for branches), so that an update that changes one runs all. */
  GHashTable   *repeated;        /* JxChecks.repeated, kept */
  const char  **numbers;
  GStringChunk *number_texts;
};

static void
slice_clear (Slice    *slice,
             gboolean  free_findings)
{
  guint i;
  int s;

  for (s = 0; s < 3; s++)
    {
      for (i = 0; free_findings && slice->found[s] != NULL && i < slice->found[s]->len; i++)
        jx_finding_free (g_ptr_array_index (slice->found[s], i));
      g_clear_pointer (&slice->found[s], g_ptr_array_unref);
    }
}

static void
cache_clear (JxChecksCache *cache,
             gboolean       free_findings)
{
  guint p, i;

  for (p = 0; p < N_PARTS; p++)
    slice_clear (&cache->parts[p], free_findings);
  for (p = 0; p < N_PASSES; p++)
    {
      for (i = 0; cache->nodes[p] != NULL && i < cache->n_nodes; i++)
        if (cache->nodes[p][i] != NULL)
          {
            slice_clear (cache->nodes[p][i], free_findings);
            g_free (cache->nodes[p][i]);
          }
      g_clear_pointer (&cache->nodes[p], g_free);
    }
  cache->n_nodes = 0;
  g_clear_pointer (&cache->results, g_hash_table_unref);
  g_clear_pointer (&cache->repeated, g_hash_table_unref);
  g_clear_pointer (&cache->numbers, g_free);
  g_clear_pointer (&cache->number_texts, g_string_chunk_free);
}

JxChecksCache *
jx_checks_cache_new (void)
{
  return g_new0 (JxChecksCache, 1);
}

void
jx_checks_cache_free (JxChecksCache *cache)
{
  if (cache == NULL)
    return;
  cache_clear (cache, TRUE);
  g_free (cache);
}

/* ---- running into slices ---- */

static void
begin (JxChecks *checks)
{
  memset (checks->found, 0, sizeof checks->found);
}

/* What the checks since begin() found becomes `slice`'s (the old findings freed). */
static void
end (JxChecks *checks,
     Slice    *slice)
{
  int s;

  slice_clear (slice, TRUE);
  for (s = 0; s < 3; s++)
    slice->found[s] = g_steal_pointer (&checks->found[s]);
  g_ptr_array_set_size (checks->pool, 0);
}

static void
run_node (JxChecksCache *cache,
          JxChecks      *checks,
          guint          pass,
          guint          index)
{
  const JxIndicatorResult *r = g_ptr_array_index (checks->sheet->indicators, index);
  Slice **slot = &cache->nodes[pass][index];

  begin (checks);
  switch (pass)
    {
    case PASS_INDICATOR:
      _jx_checks_indicator (checks, r);
      break;
    case PASS_PLAUSIBLE:
      _jx_checks_plausible_indicator (checks, r);
      break;
    case PASS_MEMBERS:
    default:
      _jx_checks_members_indicator (checks, r->indicator, r->level, r->json_path);
      break;
    }
  if (*slot == NULL && checks->found[0] == NULL && checks->found[1] == NULL && checks->found[2] == NULL)
    {
      g_ptr_array_set_size (checks->pool, 0);
      return;
    }
  if (*slot == NULL)
    *slot = g_new0 (Slice, 1);
  end (checks, *slot);
}

/* The checks over the whole tree, which any change of an indicator may change. */
static void
run_tree (JxChecksCache *cache,
          JxChecks      *checks)
{
  begin (checks);
  _jx_checks_dimension_weights (checks);
  end (checks, &cache->parts[PART_DIMENSIONS]);
  begin (checks);
  _jx_checks_stated_total (checks);
  end (checks, &cache->parts[PART_TOTAL]);
  begin (checks);
  _jx_checks_grades (checks);
  end (checks, &cache->parts[PART_GRADES]);
  begin (checks);
  _jx_checks_restatements (checks);
  end (checks, &cache->parts[PART_RESTATEMENTS]);
}

/* Appends the slice's findings to those of their severity. */
static void
add_slice (GPtrArray   *out[3],
           const Slice *slice)
{
  int s;

  for (s = 0; s < 3; s++)
    if (slice != NULL && slice->found[s] != NULL)
      g_ptr_array_extend (out[s], slice->found[s], NULL, NULL);
}

static void
add_pass (GPtrArray           *out[3],
          const JxChecksCache *cache,
          guint                pass)
{
  guint i;

  for (i = 0; i < cache->n_nodes; i++)
    if (cache->nodes[pass][i] != NULL)
      add_slice (out, cache->nodes[pass][i]);
}

/* The findings in the order of a run: by severity, then as the checks ran. */
static GPtrArray *
collect (const JxChecksCache *cache)
{
  GPtrArray *by[3];
  GPtrArray *out;
  int s;

  for (s = 0; s < 3; s++)
    by[s] = g_ptr_array_new ();
  add_slice (by, &cache->parts[PART_DOCUMENT]);
  add_slice (by, &cache->parts[PART_DIMENSIONS]);
  add_pass (by, cache, PASS_INDICATOR);
  add_slice (by, &cache->parts[PART_TOTAL]);
  add_pass (by, cache, PASS_PLAUSIBLE);
  add_slice (by, &cache->parts[PART_GRADES]);
  add_slice (by, &cache->parts[PART_RESTATEMENTS]);
  add_slice (by, &cache->parts[PART_MEMBERS_BEFORE]);
  add_pass (by, cache, PASS_MEMBERS);
  add_slice (by, &cache->parts[PART_MEMBERS_AFTER]);

  out = by[JX_SEVERITY_ERROR];
  for (s = JX_SEVERITY_WARNING; s >= JX_SEVERITY_INFO; s--)
    {
      g_ptr_array_extend (out, by[s], NULL, NULL);
      g_ptr_array_unref (by[s]);
    }
  return out;
}

static void
checks_init (JxChecks           *checks,
             JxChecksCache      *cache,
             const JxDocData    *doc,
             const JxScoreSheet *sheet)
{
  memset (checks, 0, sizeof *checks);
  checks->doc = doc;
  checks->sheet = sheet;
  checks->results = cache->results;
  checks->repeated = cache->repeated;
  checks->pool = g_ptr_array_new_with_free_func (g_free);
}

static void
checks_clear (JxChecks      *checks,
              JxChecksCache *cache)
{
  if (cache->repeated == NULL)
    cache->repeated = checks->repeated;   /* made by the first label of the run */
  g_ptr_array_unref (checks->pool);
}

static const char *
leaf_number (const JxIndicatorResult *r)
{
  return r->level == 3 && r->indicator->number != NULL ? r->indicator->number : "";
}

GPtrArray *
jx_checks_cache_run (JxChecksCache      *cache,
                     const JxDocData    *doc,
                     const JxScoreSheet *sheet)
{
  JxChecks checks;
  guint p, i, n;

  g_return_val_if_fail (cache != NULL && doc != NULL && sheet != NULL, NULL);

  cache_clear (cache, TRUE);
  n = sheet->indicators->len;
  cache->results = g_hash_table_new (NULL, NULL);
  for (i = 0; i < n; i++)
    {
      const JxIndicatorResult *r = g_ptr_array_index (sheet->indicators, i);

      g_hash_table_insert (cache->results, (gpointer) r->indicator, (gpointer) r);
    }
  cache->numbers = g_new0 (const char *, MAX (n, 1));
  cache->number_texts = g_string_chunk_new (4096);
  for (i = 0; i < n; i++)
    cache->numbers[i] = g_string_chunk_insert_const (cache->number_texts,
                                                     leaf_number (g_ptr_array_index (sheet->indicators, i)));
  cache->n_nodes = n;
  for (p = 0; p < N_PASSES; p++)
    cache->nodes[p] = g_new0 (Slice *, MAX (n, 1));

  checks_init (&checks, cache, doc, sheet);

  /* in the order of the document */
  begin (&checks);
  _jx_checks_missing (&checks);
  _jx_checks_staffing (&checks);
  _jx_checks_plausible_staffing (&checks);
  _jx_checks_budget (&checks);
  _jx_checks_balance (&checks);
  _jx_checks_subitems (&checks);
  _jx_checks_negative_amounts (&checks);
  end (&checks, &cache->parts[PART_DOCUMENT]);
  begin (&checks);
  _jx_checks_members_document (&checks, FALSE);
  end (&checks, &cache->parts[PART_MEMBERS_BEFORE]);
  begin (&checks);
  _jx_checks_members_document (&checks, TRUE);
  end (&checks, &cache->parts[PART_MEMBERS_AFTER]);

  for (p = 0; p < N_PASSES; p++)
    for (i = 0; i < n; i++)
      run_node (cache, &checks, p, i);
  run_tree (cache, &checks);

  checks_clear (&checks, cache);
  return collect (cache);
}

GPtrArray *
jx_checks_cache_update (JxChecksCache      *cache,
                        const JxDocData    *doc,
                        const JxScoreSheet *sheet,
                        guint               first,
                        guint               n,
                        const guint        *ancestors,
                        guint               n_ancestors)
{
  JxChecks checks;
  guint p, i;

  g_return_val_if_fail (cache != NULL && doc != NULL && sheet != NULL, NULL);

  if (cache->results == NULL || cache->n_nodes != sheet->indicators->len || first + n > cache->n_nodes)
    return jx_checks_cache_run (cache, doc, sheet);
  for (i = first; i < first + n; i++)
    if (strcmp (leaf_number (g_ptr_array_index (sheet->indicators, i)), cache->numbers[i]) != 0)
      return jx_checks_cache_run (cache, doc, sheet);   /* other labels may change */

  checks_init (&checks, cache, doc, sheet);
  for (p = 0; p < N_PASSES; p++)
    for (i = first; i < first + n; i++)
      run_node (cache, &checks, p, i);
  /* a branch's sums read its subtree */
  for (i = 0; i < n_ancestors; i++)
    if (ancestors[i] < cache->n_nodes)
      run_node (cache, &checks, PASS_INDICATOR, ancestors[i]);
  run_tree (cache, &checks);

  checks_clear (&checks, cache);
  return collect (cache);
}

GPtrArray *
jx_checks_run (const JxDocData    *doc,
               const JxScoreSheet *sheet)
{
  g_autoptr(JxScoreSheet) own_sheet = NULL;
  JxChecksCache *cache;
  GPtrArray *findings;

  g_return_val_if_fail (doc != NULL, NULL);

  if (sheet == NULL)
    sheet = own_sheet = jx_score_sheet_compute (doc);

  cache = jx_checks_cache_new ();
  findings = jx_checks_cache_run (cache, doc, sheet);
  g_ptr_array_set_free_func (findings, (GDestroyNotify) jx_finding_free);
  cache_clear (cache, FALSE);   /* the findings are the array's now */
  g_free (cache);
  return findings;
}
