/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The incremental evaluation (issue 16): after a change under one indicator, JxEvaluation
 * scores and checks only that indicator's subtree, its ancestors and the checks over the
 * whole tree. Here it is compared, after each of a sequence of random edits, undos and redos
 * (values of leaves and branches, texts, rules, applicability, several values in one step,
 * indicators added and removed, budget figures), with an evaluation that recomputes
 * everything: every result, the totals, the grade and every finding in order must be the
 * same. On the sample and on a generated document of 5,000 indicators. */
#define G_LOG_DOMAIN "test-incremental"

#include "config.h"

#include <glib/gstdio.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "jx-evaluation.h"
#include "jx-evaluation-private.h"

static gboolean
same_number (double a,
             double b)
{
  return (isnan (a) && isnan (b)) || a == b;
}

#define ASSERT_SAME_NUMBER(what, a, b) \
  G_STMT_START { \
    if (!same_number ((a), (b))) \
      g_error ("step %u, %s: %s: incremental %.17g, full %.17g", step, where, what, (a), (b)); \
  } G_STMT_END

#define ASSERT_SAME_STRING(what, a, b) \
  G_STMT_START { \
    if (g_strcmp0 ((a), (b)) != 0) \
      g_error ("step %u, %s: %s: incremental “%s”, full “%s”", step, where, what, (a), (b)); \
  } G_STMT_END

static void
compare (JxEvaluation *inc,
         JxEvaluation *full,
         guint         step)
{
  const JxScoreSheet *a = jx_evaluation_get_sheet (inc);
  const JxScoreSheet *b = jx_evaluation_get_sheet (full);
  GPtrArray *fa = jx_evaluation_get_findings (inc);
  GPtrArray *fb = jx_evaluation_get_findings (full);
  const char *where = "sheet";
  guint i;

  g_assert_cmpuint (a->indicators->len, ==, b->indicators->len);
  g_assert_cmpuint (a->dimensions->len, ==, b->dimensions->len);
  for (i = 0; i < a->indicators->len; i++)
    {
      const JxIndicatorResult *x = g_ptr_array_index (a->indicators, i);
      const JxIndicatorResult *y = g_ptr_array_index (b->indicators, i);

      where = y->json_path;
      g_assert_true (x->indicator == y->indicator);
      g_assert_cmpint (x->level, ==, y->level);
      ASSERT_SAME_STRING ("path", x->path, y->path);
      ASSERT_SAME_STRING ("json_path", x->json_path, y->json_path);
      ASSERT_SAME_NUMBER ("weight", x->weight, y->weight);
      ASSERT_SAME_NUMBER ("completion", x->completion, y->completion);
      ASSERT_SAME_NUMBER ("computed score", x->computed_score, y->computed_score);
      ASSERT_SAME_NUMBER ("score", x->score, y->score);
      ASSERT_SAME_NUMBER ("rate", x->rate, y->rate);
      ASSERT_SAME_STRING ("grade", x->grade, y->grade);
      ASSERT_SAME_STRING ("explanation", x->explanation, y->explanation);
      g_assert_cmpint (x->applicable, ==, y->applicable);
      g_assert_cmpint (x->counted, ==, y->counted);
      g_assert_cmpint (x->differs, ==, y->differs);
      g_assert_true (jx_evaluation_get_result (inc, y->json_path) == x);
    }
  where = "totals";
  ASSERT_SAME_NUMBER ("total weight", a->total_weight, b->total_weight);
  ASSERT_SAME_NUMBER ("total score", a->total_score, b->total_score);
  ASSERT_SAME_NUMBER ("total rate", a->total_rate, b->total_rate);
  ASSERT_SAME_NUMBER ("total", a->total, b->total);
  ASSERT_SAME_NUMBER ("uncapped total", a->uncapped_total, b->uncapped_total);
  ASSERT_SAME_STRING ("grade", a->grade, b->grade);
  ASSERT_SAME_STRING ("cap", a->cap_explanation, b->cap_explanation);

  where = "findings";
  for (i = 0; i < MIN (fa->len, fb->len); i++)
    {
      const JxFinding *x = g_ptr_array_index (fa, i);
      const JxFinding *y = g_ptr_array_index (fb, i);

      g_assert_cmpint (x->severity, ==, y->severity);
      ASSERT_SAME_STRING ("finding path", x->path, y->path);
      ASSERT_SAME_STRING ("finding", x->message, y->message);
    }
  g_assert_cmpuint (fa->len, ==, fb->len);
}

/* A random edit of the document. */
static void
random_edit (JxDocument *doc,
             GRand      *rand,
             GPtrArray  *nodes)
{
  /* the sheet is new after the first of two sets: copy what is needed of the result */
  const JxIndicatorResult *result = g_ptr_array_index (nodes, g_rand_int_range (rand, 0, nodes->len));
  const JxIndicator *ind = result->indicator;
  struct { int level; char *json_path; } r_ = { result->level, g_strdup (result->json_path) }, *r = &r_;
  g_autofree char *json_path = r_.json_path;
  g_autofree char *path = NULL;
  g_autofree char *path2 = NULL;
  double v = g_rand_int_range (rand, -2, 60) / (g_rand_boolean (rand) ? 1.0 : 4.0);
  int what = g_rand_int_range (rand, 0, 17);
  gboolean leaf = r->level == 3;
  gboolean has_part = ind->parts != NULL && ind->parts->len > 0;

  /* refusals (a value the document does not take) change nothing: fine too */
  switch (what)
    {
    case 0:
    case 1:
    case 2:
      if (leaf && has_part)
        {
          path = g_strdup_printf ("%s.parts[0].actual", r->json_path);
          jx_document_set_number (doc, path, g_rand_int_range (rand, 0, 8) == 0 ? NAN : v * 10, NULL);
          break;
        }
      G_GNUC_FALLTHROUGH;
    case 3:
      path = g_strdup_printf ("%s.weight", r->json_path);
      jx_document_set_number (doc, path, g_rand_int_range (rand, 0, 10) == 0 ? NAN : v, NULL);
      break;
    case 4:
      path = g_strdup_printf ("%s.%s", r->json_path, leaf ? "score" : "stated_score");
      jx_document_set_number (doc, path, g_rand_boolean (rand) ? NAN : v, NULL);
      break;
    case 5:
      path = g_strdup_printf ("%s.%s", r->json_path, leaf ? "note" : "name");
      jx_document_set_string (doc, path, g_rand_boolean (rand) ? "" : "偏差原因", NULL);
      break;
    case 6:
      path = g_strdup_printf ("%s.name", r->json_path);
      jx_document_set_string (doc, path, g_rand_boolean (rand) ? "改名" : "", NULL);
      break;
    case 7:
      if (leaf)
        {
          path = g_strdup_printf ("%s.applicable", r->json_path);
          jx_document_set_int (doc, path, !ind->applicable, NULL);
        }
      break;
    case 8:
      if (leaf)
        {
          path = g_strdup_printf ("%s.rule.kind", r->json_path);
          jx_document_set_int (doc, path, g_rand_int_range (rand, 0, 7), NULL);
        }
      break;
    case 9:
      if (leaf && has_part)
        {
          path = g_strdup_printf ("%s.parts[0].target", r->json_path);
          jx_document_set_number (doc, path, g_rand_boolean (rand) ? 0 : v * 10, NULL);
        }
      break;
    case 10:
      if (leaf)
        {
          path = g_strdup_printf ("%s.rule.grade", r->json_path);
          jx_document_set_int (doc, path, g_rand_int_range (rand, 0, 3), NULL);
          path2 = g_strdup_printf ("%s.rule.share", r->json_path);
          jx_document_set_number (doc, path2, g_rand_int_range (rand, 0, 101), NULL);
        }
      break;
    case 11:
      /* two values in one step: the change is under their common ancestor */
      {
        const JxIndicatorResult *s = g_ptr_array_index (nodes, g_rand_int_range (rand, 0, nodes->len));

        path = g_strdup_printf ("%s.weight", r->json_path);
        path2 = g_strdup_printf ("%s.weight", s->json_path);
        jx_document_begin_group (doc, "two");
        jx_document_set_number (doc, path, v, NULL);
        jx_document_set_number (doc, path2, v + 1, NULL);
        jx_document_end_group (doc);
      }
      break;
    case 12:
      if (leaf)
        {
          path = g_strdup_printf ("%s.metric", r->json_path);
          jx_document_set_int (doc, path, g_rand_int_range (rand, 0, 4), NULL);
        }
      break;
    case 13:
      /* an indicator added or removed: the tree changes shape */
      if (r->level < 3 && g_rand_boolean (rand))
        {
          path = g_strdup_printf ("%s.children", r->json_path);
          jx_document_insert (doc, path, 0, NULL, NULL);
        }
      else if (r->level > 1 && ind->children == NULL)
        {
          const char *dot = strrchr (r->json_path, '[');

          path = g_strndup (r->json_path, dot - r->json_path);
          jx_document_remove (doc, path, atoi (dot + 1), NULL);
        }
      break;
    case 14:
      jx_document_set_number (doc, "conclusion.stated_total", g_rand_boolean (rand) ? NAN : v + 50, NULL);
      break;
    case 16:
      /* a number another dimension has too: the labels of both name their dimension */
      path = g_strdup_printf ("%s.number", r->json_path);
      jx_document_set_string (doc, path, g_rand_boolean (rand) ? "1" : "11", NULL);
      break;
    case 15:
    default:
      jx_document_set_money (doc, "budget.execution.actual", (JxMoney) g_rand_int_range (rand, 0, 4000) * JX_MONEY_PER_WAN, NULL);
      break;
    }
  jx_document_break_merge (doc);
}

static void
run_sequence (JxDocument *doc,
              guint       n_steps,
              guint32     seed)
{
  g_autoptr(JxEvaluation) inc = jx_evaluation_new (doc);
  g_autoptr(JxEvaluation) full = jx_evaluation_new (doc);
  g_autoptr(GRand) rand = g_rand_new_with_seed (seed);
  guint n_incremental = 0;
  guint step;

  jx_evaluation_set_incremental (full, FALSE);
  compare (inc, full, 0);
  for (step = 1; step <= n_steps; step++)
    {
      int what = g_rand_int_range (rand, 0, 10);
      GPtrArray *nodes = jx_evaluation_get_sheet (full)->indicators;

      if (what < 2 && jx_document_can_undo (doc))
        jx_document_undo (doc);
      else if (what < 3 && jx_document_can_redo (doc))
        jx_document_redo (doc);
      else if (nodes->len > 0)
        random_edit (doc, rand, nodes);
      if (jx_evaluation_get_changed (inc) != NULL)
        n_incremental++;
      compare (inc, full, step);
    }
  /* most steps were incremental: the comparison is of the incremental path */
  g_assert_cmpuint (n_incremental, >, n_steps / 2);
}

static JxDocument *
load (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  JxDocument *doc = jx_document_new_from_file (file, &error);

  g_assert_no_error (error);
  return doc;
}

static void
test_sample (void)
{
  g_autoptr(JxDocument) doc = load (g_getenv ("JIXIAO_SAMPLE"));

  run_sequence (doc, 600, 16);
}

static void
test_generated (void)
{
  const char *script = g_getenv ("JIXIAO_GEN_INDICATORS");
  g_autofree char *dir = g_dir_make_tmp ("jixiao-inc-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "generated.jixiao", NULL);
  const char *argv[] = { "python3", script, "-n", "5000", path, NULL };
  g_autoptr(GError) error = NULL;
  g_autoptr(JxDocument) doc = NULL;
  int status = 0;

  g_assert_nonnull (script);
  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDOUT_TO_DEV_NULL,
                               NULL, NULL, NULL, NULL, &status, &error));
  g_assert_no_error (error);
  g_assert_cmpint (status, ==, 0);
  doc = load (path);
  run_sequence (doc, 150, 5000);
  g_unlink (path);
  g_rmdir (dir);
}

static void
test_position (void)
{
  guint p[3] = { 0 };

  g_assert_cmpuint (_jx_evaluation_parse_position ("indicators[2].children[0].children[13].parts[0].actual", p), ==, 3);
  g_assert_cmpuint (p[0], ==, 2);
  g_assert_cmpuint (p[1], ==, 0);
  g_assert_cmpuint (p[2], ==, 13);
  g_assert_cmpuint (_jx_evaluation_parse_position ("indicators[1].children[4]", p), ==, 2);
  g_assert_cmpuint (p[1], ==, 4);
  g_assert_cmpuint (_jx_evaluation_parse_position ("indicators[3].weight", p), ==, 1);
  g_assert_cmpuint (_jx_evaluation_parse_position ("indicators[3].children", p), ==, 1);
  g_assert_cmpuint (_jx_evaluation_parse_position ("indicators[0].children[1].children[2].children", p), ==, 3);
  g_assert_cmpuint (_jx_evaluation_parse_position ("indicators", p), ==, 0);
  g_assert_cmpuint (_jx_evaluation_parse_position ("indicators[x]", p), ==, 0);
  g_assert_cmpuint (_jx_evaluation_parse_position ("indicators[1]x", p), ==, 0);
  g_assert_cmpuint (_jx_evaluation_parse_position ("budget.execution.actual", p), ==, 0);
  g_assert_cmpuint (_jx_evaluation_parse_position ("", p), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/incremental/position", test_position);
  g_test_add_func ("/incremental/sample", test_sample);
  g_test_add_func ("/incremental/generated", test_generated);
  return g_test_run ();
}
