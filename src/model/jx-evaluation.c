/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "jx-evaluation"

#include "config.h"

#include <math.h>
#include <string.h>

#include "jx-evaluation.h"
#include "jx-metrics.h"
#include "jx-evaluation-private.h"

struct _JxEvaluation
{
  GObject       parent_instance;

  JxDocument   *document;
  JxScoreSheet *sheet;
  GPtrArray    *findings;     /* borrowed from `checks` */
  JxChecksCache *checks;
  char         *changed;      /* json_path of the indicator the last update was under, or NULL */
  GHashTable   *results;      /* json_path → JxIndicatorResult* (borrowed from sheet) */
  double        metrics[JX_N_METRICS];
  gulong        changed_id;
  gboolean      incremental;  /* FALSE: every change recomputes everything (the tests' reference) */
};

G_DEFINE_FINAL_TYPE (JxEvaluation, jx_evaluation, G_TYPE_OBJECT)

enum {
  UPDATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
recompute (JxEvaluation *self)
{
  const JxDocData *data = jx_document_get_data (self->document);
  guint i;

  g_clear_pointer (&self->findings, g_ptr_array_unref);
  g_clear_pointer (&self->sheet, jx_score_sheet_free);
  g_clear_pointer (&self->changed, g_free);
  g_hash_table_remove_all (self->results);

  for (i = 0; i < JX_N_METRICS; i++)
    self->metrics[i] = i == JX_METRIC_NONE ? NAN : jx_metric_compute (data, i);
  self->sheet = jx_score_sheet_compute (data);
  self->findings = jx_checks_cache_run (self->checks, data, self->sheet);
  for (i = 0; i < self->sheet->indicators->len; i++)
    {
      JxIndicatorResult *r = g_ptr_array_index (self->sheet->indicators, i);
      g_hash_table_insert (self->results, r->json_path, r);
    }
}

/* "indicators[2].children[0].children[3].parts[0].actual" → {2, 0, 3}, 3: the indicator a
 * change is under (what follows its path may be anything of it). 0 when the path is not
 * under one indicator. */
guint
_jx_evaluation_parse_position (const char *path,
                               guint       position[3])
{
  const char *p = path;
  guint depth = 0;

  if (!g_str_has_prefix (p, "indicators["))
    return 0;
  p += strlen ("indicators");
  while (depth < 3 && *p == '[')
    {
      char *end;
      guint64 v;

      if (!g_ascii_isdigit (p[1]))
        return 0;
      v = g_ascii_strtoull (p + 1, &end, 10);
      if (*end != ']' || v > G_MAXUINT)
        return 0;
      position[depth++] = (guint) v;
      p = end + 1;
      if (depth < 3 && g_str_has_prefix (p, ".children["))
        p += strlen (".children");
      else
        break;
    }
  if (*p != '\0' && *p != '.' && *p != '[')
    return 0;
  return depth;
}

/* Scores and checks again only what a change of values under one indicator can change.
 * FALSE when it cannot (the tree changed shape): recompute everything. */
static gboolean
update (JxEvaluation *self,
        const char   *path)
{
  const JxDocData *data = jx_document_get_data (self->document);
  guint position[3];
  guint ancestors[2];
  const JxIndicatorResult *r;
  GPtrArray *findings;
  guint depth, level, i;

  depth = _jx_evaluation_parse_position (path, position);
  if (depth == 0 || self->sheet == NULL)
    return FALSE;
  if (!jx_score_sheet_update (self->sheet, data, position, depth))
    return FALSE;

  /* the results of the node and its ancestors: by their place in the tree */
  r = NULL;
  for (level = 0; level < depth; level++)
    {
      if (level == 0)
        r = g_ptr_array_index (self->sheet->dimensions, position[0]);
      else
        {
          guint at = r->index + 1;

          for (i = 0; i < position[level]; i++)
            at += ((const JxIndicatorResult *) g_ptr_array_index (self->sheet->indicators, at))->n_below;
          r = g_ptr_array_index (self->sheet->indicators, at);
        }
      if (level + 1 < depth)
        ancestors[level] = r->index;
    }

  findings = jx_checks_cache_update (self->checks, data, self->sheet, r->index, r->n_below,
                                     ancestors, depth - 1);
  g_clear_pointer (&self->findings, g_ptr_array_unref);
  self->findings = findings;
  g_free (self->changed);
  self->changed = g_strdup (r->json_path);
  return TRUE;
}

static void
on_document_changed (JxDocument   *document,
                     const char   *path,
                     JxEvaluation *self)
{
  if (self->incremental && path != NULL && update (self, path))
    g_signal_emit (self, signals[UPDATED], 0);
  else
    {
      recompute (self);
      g_signal_emit (self, signals[UPDATED], 0);
    }
}

static void
jx_evaluation_dispose (GObject *object)
{
  JxEvaluation *self = (JxEvaluation *) object;

  g_clear_signal_handler (&self->changed_id, self->document);
  g_clear_object (&self->document);

  G_OBJECT_CLASS (jx_evaluation_parent_class)->dispose (object);
}

static void
jx_evaluation_finalize (GObject *object)
{
  JxEvaluation *self = (JxEvaluation *) object;

  g_clear_pointer (&self->results, g_hash_table_unref);
  g_clear_pointer (&self->findings, g_ptr_array_unref);
  g_clear_pointer (&self->checks, jx_checks_cache_free);
  g_clear_pointer (&self->sheet, jx_score_sheet_free);
  g_clear_pointer (&self->changed, g_free);

  G_OBJECT_CLASS (jx_evaluation_parent_class)->finalize (object);
}

static void
jx_evaluation_class_init (JxEvaluationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = jx_evaluation_dispose;
  object_class->finalize = jx_evaluation_finalize;

  /**
   * JxEvaluation::updated:
   *
   * Emitted after every change of the document, once metrics, scores and findings are new.
   */
  signals[UPDATED] =
    g_signal_new ("updated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);
}

static void
jx_evaluation_init (JxEvaluation *self)
{
  self->results = g_hash_table_new (g_str_hash, g_str_equal);
  self->checks = jx_checks_cache_new ();
  self->incremental = TRUE;
}

JxEvaluation *
jx_evaluation_new (JxDocument *document)
{
  JxEvaluation *self;

  g_return_val_if_fail (JX_IS_DOCUMENT (document), NULL);

  self = g_object_new (JX_TYPE_EVALUATION, NULL);
  self->document = g_object_ref (document);
  self->changed_id = g_signal_connect (document, "changed", G_CALLBACK (on_document_changed), self);
  recompute (self);
  return self;
}

void
jx_evaluation_set_incremental (JxEvaluation *self,
                               gboolean      incremental)
{
  g_return_if_fail (JX_IS_EVALUATION (self));
  self->incremental = incremental;
}

const char *
jx_evaluation_get_changed (JxEvaluation *self)
{
  g_return_val_if_fail (JX_IS_EVALUATION (self), NULL);
  return self->changed;
}

JxDocument *
jx_evaluation_get_document (JxEvaluation *self)
{
  g_return_val_if_fail (JX_IS_EVALUATION (self), NULL);
  return self->document;
}

const JxScoreSheet *
jx_evaluation_get_sheet (JxEvaluation *self)
{
  g_return_val_if_fail (JX_IS_EVALUATION (self), NULL);
  return self->sheet;
}

GPtrArray *
jx_evaluation_get_findings (JxEvaluation *self)
{
  g_return_val_if_fail (JX_IS_EVALUATION (self), NULL);
  return self->findings;
}

double
jx_evaluation_get_metric (JxEvaluation *self,
                          JxMetricId    id)
{
  g_return_val_if_fail (JX_IS_EVALUATION (self), NAN);
  g_return_val_if_fail (id < JX_N_METRICS, NAN);
  return self->metrics[id];
}

GPtrArray *
jx_evaluation_findings_at (JxEvaluation *self,
                           const char   *path)
{
  GPtrArray *out;
  gsize len;
  guint i;

  g_return_val_if_fail (JX_IS_EVALUATION (self), NULL);
  g_return_val_if_fail (path != NULL, NULL);

  out = g_ptr_array_new ();
  len = strlen (path);
  for (i = 0; i < self->findings->len; i++)
    {
      JxFinding *f = g_ptr_array_index (self->findings, i);

      if (strncmp (f->path, path, len) == 0 && (f->path[len] == '\0' || f->path[len] == '.' || f->path[len] == '['))
        g_ptr_array_add (out, f);
    }
  return out;
}

const JxIndicatorResult *
jx_evaluation_get_result (JxEvaluation *self,
                          const char   *json_path)
{
  g_return_val_if_fail (JX_IS_EVALUATION (self), NULL);
  return g_hash_table_lookup (self->results, json_path);
}

guint
jx_evaluation_count (JxEvaluation *self,
                     JxSeverity    severity)
{
  guint i, n = 0;

  g_return_val_if_fail (JX_IS_EVALUATION (self), 0);
  for (i = 0; i < self->findings->len; i++)
    if (((JxFinding *) g_ptr_array_index (self->findings, i))->severity == severity)
      n++;
  return n;
}
