/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bench-indicators FILE…: timings of the indicator table, printed, never judged (run by
 * tests/bench/indicators). For each document: load; recompute after one edit (score sheet
 * and checks, what the evaluation does); an edit through the table (one undo step, one
 * recomputation, the cells redrawn); and, with a display, the first paint of the page in a
 * 1280×800 window, a scroll, expanding everything and a search. Medians, in milliseconds. */
#define G_LOG_DOMAIN "bench-indicators"

#include "config.h"

#include <adwaita.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

#include "jixiao-resources.h"
#include "jx-evaluation.h"
#include "jx-indicator-clipboard.h"
#include "jx-indicator-edit.h"
#include "jx-indicator-page-private.h"
#include "jx-indicator-structure.h"

#define RUNS 7

static int
compare_doubles (const void *a,
                 const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

static double
now_ms (void)
{
  return g_get_monotonic_time () / 1000.0;
}

static void
report (const char *what,
        double     *v,
        guint       n)
{
  qsort (v, n, sizeof *v, compare_doubles);
  g_print ("  %-46s %9.2f ms   (min %.2f, max %.2f; %u runs)\n",
           what, n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2, v[0], v[n - 1], n);
}

/* The path of the middle level-3 indicator with one quantitative part typed in. */
static char *
edit_target (const JxDocData *data)
{
  g_autoptr(GPtrArray) paths = g_ptr_array_new_with_free_func (g_free);
  guint d, g, k;

  for (d = 0; d < data->indicators->len; d++)
    {
      const JxIndicator *dim = g_ptr_array_index (data->indicators, d);

      for (g = 0; g < dim->children->len; g++)
        {
          const JxIndicator *group = g_ptr_array_index (dim->children, g);

          for (k = 0; k < group->children->len; k++)
            {
              const JxIndicator *leaf = g_ptr_array_index (group->children, k);

              if (leaf->parts->len == 1 && leaf->metric == JX_METRIC_NONE)
                g_ptr_array_add (paths, g_strdup_printf ("indicators[%u].children[%u].children[%u]", d, g, k));
            }
        }
    }
  if (paths->len == 0)
    return NULL;
  return g_strdup (g_ptr_array_index (paths, paths->len / 2));
}

static void
bench_model (GFile *file)
{
  double load[RUNS], recompute[RUNS], edit[RUNS];
  g_autoptr(JxDocument) document = NULL;
  g_autoptr(JxEvaluation) evaluation = NULL;
  g_autofree char *path = NULL;
  g_autofree char *actual = NULL;
  guint i;

  for (i = 0; i < RUNS; i++)
    {
      double t = now_ms ();
      g_autoptr(JxDocument) d = jx_document_new_from_file (file, NULL);

      load[i] = now_ms () - t;
      g_assert (d != NULL);
    }
  report ("load", load, RUNS);

  document = jx_document_new_from_file (file, NULL);
  path = edit_target (jx_document_get_data (document));
  actual = g_strdup_printf ("%s.parts[0].actual", path);
  {
    JxDocData *data = jx_document_peek_data (document);
    guint d = 0, g = 0, k = 0;
    JxIndicator *ind;
    JxPart *part;

    g_assert (sscanf (path, "indicators[%u].children[%u].children[%u]", &d, &g, &k) == 3);
    ind = g_ptr_array_index (((JxIndicator *) g_ptr_array_index (
            ((JxIndicator *) g_ptr_array_index (data->indicators, d))->children, g))->children, k);
    part = g_ptr_array_index (ind->parts, 0);
    for (i = 0; i < RUNS; i++)
      {
        g_autoptr(JxScoreSheet) sheet = NULL;
        g_autoptr(GPtrArray) findings = NULL;
        double t;

        /* One value changed in place, then what the evaluation does after an edit. */
        part->actual = 1000 + i;
        t = now_ms ();
        sheet = jx_score_sheet_compute (data);
        findings = jx_checks_run (data, sheet);
        recompute[i] = now_ms () - t;
      }
  }
  report ("recompute after one edit (sheet + checks)", recompute, RUNS);

  evaluation = jx_evaluation_new (document);
  for (i = 0; i < RUNS; i++)
    {
      double t = now_ms ();

      jx_document_set_number (document, actual, 2000 + i, NULL);
      edit[i] = now_ms () - t;
    }
  report ("edit through the document (+ evaluation)", edit, RUNS);

  /* Three rows pasted at the top of the third dimension, renumbering what follows, as one
   * step; then that step undone (every write replayed, the evaluation following each). */
  {
    double paste[3], undo[3];
    const char *cells[][JX_N_BASE_COLUMNS + 1] = {
      { "", "粘贴指标甲", "100 篇", "1", "120", "", "", "", "", "", NULL },
      { "", "粘贴指标乙", "≤5 分钟", "1", "4", "", "", "", "", "", NULL },
      { "", "粘贴指标丙", "合理", "1", "", "", "", "", "1", "", NULL },
    };

    double spent = 0;
    guint runs;

    /* Each undone write is recomputed: slow on large documents, so fewer runs there. */
    for (i = 0, runs = 0; i < G_N_ELEMENTS (paste) && spent < 10000; i++, runs++)
      {
        g_autoptr(GPtrArray) nodes = g_ptr_array_new_with_free_func ((GDestroyNotify) json_node_unref);
        g_autofree char *focus = NULL;
        double t;
        guint k;

        for (k = 0; k < G_N_ELEMENTS (cells); k++)
          g_ptr_array_add (nodes, jx_indicator_json_from_cells (cells[k], NULL, 0));
        t = now_ms ();
        jx_indicator_structure_insert (evaluation, "indicators[2].children[0].children[0]", nodes, &focus, NULL);
        paste[i] = now_ms () - t;
        t = now_ms ();
        jx_document_undo (document);
        undo[i] = now_ms () - t;
        spent += paste[i] + undo[i];
      }
    report ("paste 3 rows (renumbering), one step", paste, runs);
    report ("undo that step", undo, runs);
  }
}

/* ---- the page ---- */

typedef struct {
  gboolean painted;
} Paint;

static void
on_after_paint (GdkFrameClock *clock,
                Paint         *paint)
{
  paint->painted = TRUE;
}

static void
wait_paint (GtkWidget *window,
            Paint     *paint)
{
  gint64 end = g_get_monotonic_time () + 30 * G_USEC_PER_SEC;

  paint->painted = FALSE;
  gtk_widget_queue_draw (window);
  while (!paint->painted && g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, TRUE);
}

static void
bench_page (GFile *file)
{
  double first[RUNS], scroll[RUNS], expand[RUNS], search[RUNS], edit[RUNS], group[RUNS];
  guint i;

  for (i = 0; i < RUNS; i++)
    {
      g_autoptr(JxDocument) document = jx_document_new_from_file (file, NULL);
      g_autoptr(JxEvaluation) evaluation = jx_evaluation_new (document);
      g_autofree char *path = edit_target (jx_document_get_data (document));
      GtkWidget *window = gtk_window_new ();
      JxIndicatorPage *page;
      GtkAdjustment *adj;
      GdkFrameClock *clock;
      Paint paint = { FALSE };
      gulong id;
      double t;

      gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
      gtk_widget_realize (window);
      clock = gtk_widget_get_frame_clock (window);
      id = g_signal_connect (clock, "after-paint", G_CALLBACK (on_after_paint), &paint);

      /* First paint: the page made, given the document, shown, drawn. */
      t = now_ms ();
      page = g_object_new (JX_TYPE_INDICATOR_PAGE, NULL);
      gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (page));
      jx_indicator_page_set_evaluation (page, evaluation);
      gtk_window_present (GTK_WINDOW (window));
      wait_paint (window, &paint);
      first[i] = now_ms () - t;

      /* A page of rows down, drawn. */
      adj = gtk_scrolled_window_get_vadjustment (page->scroller);
      t = now_ms ();
      gtk_adjustment_set_value (adj, gtk_adjustment_get_value (adj) + gtk_adjustment_get_page_size (adj));
      wait_paint (window, &paint);
      scroll[i] = now_ms () - t;

      /* An edit through the table, drawn. */
      t = now_ms ();
      jx_indicator_edit_commit (evaluation, jx_indicator_rows_lookup (page->root, path), JX_COLUMN_ACTUAL, "1234", NULL);
      wait_paint (window, &paint);
      edit[i] = now_ms () - t;

      /* One group opened (collapsed first if it was open), drawn. */
      {
        g_autoptr(GtkTreeListRow) dim = gtk_tree_list_model_get_child_row (page->tree, 0);
        g_autoptr(GtkTreeListRow) row = gtk_tree_list_row_get_child_row (dim, 0);

        gtk_tree_list_row_set_expanded (row, FALSE);
        wait_paint (window, &paint);
        t = now_ms ();
        gtk_tree_list_row_set_expanded (row, TRUE);
        wait_paint (window, &paint);
        group[i] = now_ms () - t;
      }

      /* Everything expanded, drawn. */
      t = now_ms ();
      gtk_widget_activate_action (GTK_WIDGET (page), "indicators.expand-all", NULL);
      wait_paint (window, &paint);
      expand[i] = now_ms () - t;

      /* A search (as the entry reports it, without its typing delay), drawn. */
      g_object_set (page->search, "search-delay", 0, NULL);
      t = now_ms ();
      gtk_editable_set_text (GTK_EDITABLE (page->search), "公益广告");
      while (page->search_text == NULL)
        g_main_context_iteration (NULL, TRUE);
      wait_paint (window, &paint);
      search[i] = now_ms () - t;

      g_signal_handler_disconnect (clock, id);
      gtk_window_destroy (GTK_WINDOW (window));
      while (g_main_context_iteration (NULL, FALSE))
        ;
    }
  report ("first paint of the page (1280×800)", first, RUNS);
  report ("scroll a page down, drawn", scroll, RUNS);
  report ("edit an actual value in the table, drawn", edit, RUNS);
  report ("open one group, drawn", group, RUNS);
  report ("expand everything, drawn", expand, RUNS);
  report ("search for a name, drawn", search, RUNS);
}

int
main (int   argc,
      char *argv[])
{
  gboolean display;
  int i;

  if (argc < 2)
    {
      g_printerr ("usage: %s FILE…\n", argv[0]);
      return 2;
    }
  display = gtk_init_check ();
  if (display)
    {
      adw_init ();
      jixiao_register_resource ();
    }

  for (i = 1; i < argc; i++)
    {
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (argv[i]);
      g_autoptr(JxDocument) document = jx_document_new_from_file (file, NULL);
      const JxScoreSheet *sheet;
      g_autoptr(JxEvaluation) evaluation = NULL;
      guint leaves = 0, k;

      if (document == NULL)
        {
          g_printerr ("%s: cannot load\n", argv[i]);
          return 1;
        }
      evaluation = jx_evaluation_new (document);
      sheet = jx_evaluation_get_sheet (evaluation);
      for (k = 0; k < sheet->indicators->len; k++)
        leaves += ((const JxIndicatorResult *) g_ptr_array_index (sheet->indicators, k))->level == 3;
      g_print ("%s — %u indicators (%u rows)\n", argv[i], leaves, sheet->indicators->len);
      bench_model (file);
      if (display)
        bench_page (file);
      else
        g_print ("  (no display: the page is not timed; run under xvfb-run)\n");
    }
  return 0;
}
