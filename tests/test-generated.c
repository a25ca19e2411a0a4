/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The generated document of 5,000 level-3 indicators (tests/gen-indicators.py): it loads, every
 * subtotal is the sum of what is below it, the total and the grade are the generator's; and
 * the indicator page opens it, expands it, reaches its last row and edits it. No timings here:
 * tests/bench/indicators prints those. */
#define G_LOG_DOMAIN "test-generated"

#include "config.h"

#include <adwaita.h>
#include <math.h>

#include "jixiao-resources.h"
#include "jx-evaluation.h"
#include "jx-indicator-edit.h"
#include "jx-indicator-page-private.h"
#include "jx-save.h"

#define N_INDICATORS 5000

static char *doc_path;
static JsonObject *summary;

static void
generate (void)
{
  const char *script = g_getenv ("JIXIAO_GEN_INDICATORS");
  g_autofree char *dir = g_dir_make_tmp ("jixiao-gen-XXXXXX", NULL);
  g_autofree char *n = g_strdup_printf ("%d", N_INDICATORS);
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  const char *argv[] = { "python3", script, "-n", n, NULL, NULL };
  int status = 0;

  g_assert_nonnull (script);
  g_assert_nonnull (dir);
  doc_path = g_build_filename (dir, "generated.jixiao", NULL);
  argv[4] = doc_path;
  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL,
                               &out, &err, &status, &error));
  g_assert_no_error (error);
  g_assert_cmpint (status, ==, 0);
  g_assert_true (json_parser_load_from_data (parser, out, -1, &error));
  summary = json_object_ref (json_node_get_object (json_parser_get_root (parser)));
}

static JxEvaluation *
load (void)
{
  g_autoptr(GFile) file = g_file_new_for_path (doc_path);
  g_autoptr(GError) error = NULL;
  g_autoptr(JxDocument) document = jx_document_new_from_file (file, &error);

  g_assert_no_error (error);
  return jx_evaluation_new (document);
}

/* Every branch: weight and score are the sums of its children's (exact decimals of the
 * generator, so only binary noise is allowed); leaves: the entered score stands. */
static void
check_node (const JxScoreSheet *sheet,
            guint              *i,
            guint              *leaves)
{
  const JxIndicatorResult *r = g_ptr_array_index (sheet->indicators, (*i)++);
  const JxIndicator *ind = r->indicator;
  double weight = 0, score = 0;
  guint k;

  if (r->level == 3)
    {
      (*leaves)++;
      g_assert_true (JX_NUMBER_IS_SET (ind->score));
      g_assert_cmpfloat_with_epsilon (r->score, ind->score, 1e-9);
      g_assert_cmpfloat (r->score, <=, r->weight + 1e-9);
      return;
    }
  for (k = 0; k < ind->children->len; k++)
    {
      const JxIndicatorResult *c = g_ptr_array_index (sheet->indicators, *i);

      g_assert_true (c->indicator == g_ptr_array_index (ind->children, k));
      weight += c->weight;
      score += c->score;
      check_node (sheet, i, leaves);
    }
  g_assert_cmpfloat_with_epsilon (r->weight, weight, 1e-6);
  g_assert_cmpfloat_with_epsilon (r->weight, ind->weight, 1e-6);
  g_assert_cmpfloat_with_epsilon (r->score, jx_round (score, 2, JX_ROUNDING_HALF_UP), 1e-9);
  g_assert_cmpfloat_with_epsilon (r->score, ind->stated_score, 1e-9);
  g_assert_cmpfloat_with_epsilon (r->rate, r->score / r->weight * 100, 1e-9);
}

static void
test_loads_and_adds_up (void)
{
  g_autoptr(JxEvaluation) evaluation = load ();
  const JxScoreSheet *sheet = jx_evaluation_get_sheet (evaluation);
  double dimension_weights = 0;
  guint i = 0, leaves = 0, d;

  g_assert_cmpuint (sheet->dimensions->len, ==, 4);
  for (d = 0; d < sheet->dimensions->len; d++)
    {
      check_node (sheet, &i, &leaves);
      dimension_weights += ((const JxIndicatorResult *) g_ptr_array_index (sheet->dimensions, d))->weight;
    }
  g_assert_cmpuint (i, ==, sheet->indicators->len);
  g_assert_cmpuint (leaves, ==, N_INDICATORS);
  g_assert_cmpfloat (dimension_weights, ==, 100);
  g_assert_cmpuint (sheet->indicators->len, ==, N_INDICATORS + 4 + json_object_get_int_member (summary, "groups"));

  g_assert_cmpfloat_with_epsilon (sheet->total, json_object_get_double_member (summary, "total"), 1e-9);
  g_assert_cmpstr (sheet->grade, ==, json_object_get_string_member (summary, "grade"));

  /* No figure disagrees: no error; the warnings are the actual values left out on purpose. */
  g_assert_cmpuint (jx_evaluation_count (evaluation, JX_SEVERITY_ERROR), ==, 0);
  g_assert_cmpuint (jx_evaluation_count (evaluation, JX_SEVERITY_WARNING), ==,
                    json_object_get_int_member (summary, "missing_actual"));
}

static void
test_edit_follows (void)
{
  g_autoptr(JxEvaluation) evaluation = load ();
  JxDocument *document = jx_evaluation_get_document (evaluation);
  const JxScoreSheet *sheet = jx_evaluation_get_sheet (evaluation);
  const char *group = "indicators[2].children[0]";
  g_autofree char *leaf = g_strdup_printf ("%s.children[0]", group);
  g_autofree char *score_path = g_strdup_printf ("%s.score", leaf);
  const JxIndicatorResult *r = jx_evaluation_get_result (evaluation, leaf);
  double before_group = jx_evaluation_get_result (evaluation, group)->score;
  double before_total = sheet->total_score;
  double entered = r->indicator->score;

  g_assert_true (jx_document_set_number (document, score_path, 0, NULL));
  sheet = jx_evaluation_get_sheet (evaluation);
  g_assert_cmpfloat_with_epsilon (jx_evaluation_get_result (evaluation, group)->score,
                                  jx_round (before_group - entered, 2, JX_ROUNDING_HALF_UP), 1e-9);
  g_assert_cmpfloat_with_epsilon (sheet->total_score, jx_round (before_total - entered, 2, JX_ROUNDING_HALF_UP), 1e-9);
  g_assert_true (jx_document_undo (document));
  g_assert_cmpfloat_with_epsilon (jx_evaluation_get_sheet (evaluation)->total_score, before_total, 1e-9);
}

static gboolean
drawn (JxIndicatorPage *page,
       const char      *path)
{
  JxIndicatorRow *row = jx_indicator_rows_lookup (page->root, path);
  GtkWidget *cell = row != NULL ? jx_indicator_row_get_cell (row, JX_COLUMN_NAME) : NULL;

  return cell != NULL && gtk_widget_get_mapped (cell);
}

static gboolean
wait_drawn (JxIndicatorPage *page,
            const char      *path)
{
  gint64 end = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;

  while (g_get_monotonic_time () < end && !drawn (page, path))
    {
      while (g_main_context_iteration (NULL, FALSE))
        ;
      g_usleep (2000);
    }
  return drawn (page, path);
}

static void
test_page (void)
{
  g_autoptr(JxEvaluation) evaluation = load ();
  GtkWidget *window = gtk_window_new ();
  JxIndicatorPage *page = g_object_new (JX_TYPE_INDICATOR_PAGE, NULL);
  guint groups = json_object_get_int_member (summary, "groups");
  const JxDocData *data = jx_document_get_data (jx_evaluation_get_document (evaluation));
  const JxIndicator *last_dim = g_ptr_array_index (data->indicators, 3);
  const JxIndicator *last_group = g_ptr_array_index (last_dim->children, last_dim->children->len - 1);
  g_autofree char *last = g_strdup_printf ("indicators[3].children[%u].children[%u]",
                                           last_dim->children->len - 1, last_group->children->len - 1);
  const JxIndicatorResult *r;

  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (page));
  jx_indicator_page_set_evaluation (page, evaluation);
  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (wait_drawn (page, "indicators[0]"));

  /* A document this large opens with its dimensions and groups shown. */
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (page->selection)), ==, 4 + groups);

  /* Reaching the last indicator opens its group and scrolls there. */
  g_assert_true (jx_indicator_page_focus_path (page, last));
  g_assert_true (wait_drawn (page, last));

  /* Expanding everything shows every row. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "indicators.expand-all", NULL));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (page->selection)), ==, 4 + groups + N_INDICATORS);
  g_assert_true (wait_drawn (page, last));   /* the cursor's row stays in view */

  /* An edit through the page: one recomputation, the cell shows it. */
  g_assert_true (jx_indicator_edit_commit (evaluation, jx_indicator_rows_lookup (page->root, last),
                                           JX_COLUMN_SCORE, "0", NULL));
  r = jx_evaluation_get_result (evaluation, last);
  g_assert_cmpfloat (r->score, ==, 0);
  g_assert_cmpstr (jx_indicator_cell_get_text (JX_INDICATOR_CELL (jx_indicator_row_get_cell (
                     jx_indicator_rows_lookup (page->root, last), JX_COLUMN_SCORE))), ==, "0.00");

  gtk_window_destroy (GTK_WINDOW (window));
}

/* Three rows pasted at the top of the third dimension: every number after them moves by
 * three (here far more than are written one by one, so the dimensions are written back
 * whole); the open groups stay open; one undo step brings back the same document. */
static void
test_paste_renumbers (void)
{
  g_autoptr(JxEvaluation) evaluation = load ();
  JxDocument *document = jx_evaluation_get_document (evaluation);
  const JxDocData *data = jx_document_get_data (document);
  GtkWidget *window = gtk_window_new ();
  JxIndicatorPage *page = g_object_new (JX_TYPE_INDICATOR_PAGE, NULL);
  g_autofree char *before = jx_doc_data_to_json (data, NULL);
  g_autofree char *after = NULL;
  g_autoptr(GtkTreeListRow) dim = NULL;
  g_autoptr(GtkTreeListRow) group = NULL;
  const JxIndicator *first, *next_dim_first;
  gint64 first_number, next_number;
  const char *tsv = "\t甲\t100 篇\t0\t120\n\t乙\t≤5 分钟\t0\t4\n\t丙\t合理\t0\t\n";

  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (page));
  jx_indicator_page_set_evaluation (page, evaluation);
  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (wait_drawn (page, "indicators[0]"));

  first = ((JxIndicator *) g_ptr_array_index (((JxIndicator *) g_ptr_array_index (
            ((JxIndicator *) g_ptr_array_index (data->indicators, 2))->children, 0))->children, 0));
  next_dim_first = ((JxIndicator *) g_ptr_array_index (((JxIndicator *) g_ptr_array_index (
                     ((JxIndicator *) g_ptr_array_index (data->indicators, 3))->children, 0))->children, 0));
  first_number = g_ascii_strtoll (first->number, NULL, 10);
  next_number = g_ascii_strtoll (next_dim_first->number, NULL, 10);

  /* Open the second group of the third dimension; put the cursor on the first indicator. */
  dim = gtk_tree_list_model_get_child_row (page->tree, 2);
  group = gtk_tree_list_row_get_child_row (dim, 1);
  gtk_tree_list_row_set_expanded (group, TRUE);
  g_assert_true (jx_indicator_page_focus_path (page, "indicators[2].children[0].children[0]"));
  g_assert_true (wait_drawn (page, "indicators[2].children[0].children[0]"));

  _jx_indicator_page_paste_text (page, tsv, TRUE);
  data = jx_document_get_data (document);
  {
    const JxIndicator *d2 = g_ptr_array_index (data->indicators, 2);
    const JxIndicator *g0 = g_ptr_array_index (d2->children, 0);
    const JxIndicator *d3 = g_ptr_array_index (data->indicators, 3);
    const JxIndicator *g3 = g_ptr_array_index (d3->children, 0);
    g_autofree char *want_new = g_strdup_printf ("%" G_GINT64_FORMAT, first_number + 1);
    g_autofree char *want_old = g_strdup_printf ("%" G_GINT64_FORMAT, first_number + 4);
    g_autofree char *want_next = g_strdup_printf ("%" G_GINT64_FORMAT, next_number + 3);

    g_assert_cmpstr (((JxIndicator *) g_ptr_array_index (g0->children, 1))->name, ==, "甲");
    g_assert_cmpstr (((JxIndicator *) g_ptr_array_index (g0->children, 1))->number, ==, want_new);
    g_assert_cmpstr (((JxIndicator *) g_ptr_array_index (g0->children, 4))->number, ==, want_old);
    g_assert_cmpstr (((JxIndicator *) g_ptr_array_index (g3->children, 0))->number, ==, want_next);
  }
  g_assert_cmpstr (jx_document_get_undo_label (document), ==, "Paste Rows");
  {
    g_autoptr(GtkTreeListRow) d = gtk_tree_list_model_get_child_row (page->tree, 2);
    g_autoptr(GtkTreeListRow) g0 = gtk_tree_list_row_get_child_row (d, 0);
    g_autoptr(GtkTreeListRow) g1 = gtk_tree_list_row_get_child_row (d, 1);
    g_autoptr(GtkTreeListRow) g2 = gtk_tree_list_row_get_child_row (d, 2);

    g_assert_true (gtk_tree_list_row_get_expanded (d));
    g_assert_true (gtk_tree_list_row_get_expanded (g0));
    g_assert_true (gtk_tree_list_row_get_expanded (g1));
    g_assert_false (gtk_tree_list_row_get_expanded (g2));
  }
  g_assert_true (wait_drawn (page, "indicators[2].children[0].children[1]"));

  g_assert_true (jx_document_undo (document));
  after = jx_doc_data_to_json (jx_document_get_data (document), NULL);
  g_assert_cmpstr (after, ==, before);
  {
    g_autoptr(GtkTreeListRow) d = gtk_tree_list_model_get_child_row (page->tree, 2);
    g_autoptr(GtkTreeListRow) g1 = gtk_tree_list_row_get_child_row (d, 1);

    g_assert_true (gtk_tree_list_row_get_expanded (g1));   /* still open after the undo */
  }
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);
  gtk_init ();
  adw_init ();
  jixiao_register_resource ();
  generate ();

  g_test_add_func ("/generated/loads-and-adds-up", test_loads_and_adds_up);
  g_test_add_func ("/generated/edit-follows", test_edit_follows);
  g_test_add_func ("/generated/page", test_page);
  g_test_add_func ("/generated/paste-renumbers", test_paste_renumbers);
  status = g_test_run ();

  {
    g_autoptr(GFile) file = g_file_new_for_path (doc_path);
    g_autoptr(GFile) dir = g_file_get_parent (file);

    g_file_delete (file, NULL, NULL);
    g_file_delete (dir, NULL, NULL);
  }
  g_free (doc_path);
  json_object_unref (summary);
  return status;
}
