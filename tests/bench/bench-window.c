/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bench-window FILE: the application window driven as a clerk drives it, timed until drawn
 * (bench-window FILE WORK_DIR, run by tests/bench/run under Xvfb with GSK_RENDERER=cairo; figures, never judged).
 *
 * Opens a copy of FILE (in WORK_DIR, which also holds the XDG folders) through the real application (g_application_open: the window, the
 * pages, the evaluation, as `jixiao FILE` does), then, each until the window's frame clock
 * has painted the result (after-paint; one redraw of the whole window is queued with each
 * step, so a figure is an upper bound):
 *   open          process start → the first frame of the window with FILE;
 *   first switch  to the indicator page, the first time;
 *   edit          a value typed into a cell of the table and Enter;
 *   undo, redo    of that edit (win.undo, win.redo);
 *   save          win.save until the document is saved, and the longest time between two
 *                 frames while it ran (a frame is asked for at every tick meanwhile);
 *   switch        overview → indicators → overview, after the first time;
 *   expand all    every group of the table opened (indicators.expand-all);
 *   PageDown      the key pressed in a cell of the table, one frame per press.
 * Each line: "KEY median-ms min max n". Peak memory is the caller's (getrusage).
 * For profiling: BENCH_WINDOW_LAST=open|first-switch|redo stops after that step,
 * BENCH_WINDOW_EDITS=N makes N edits (1 to 7). */
#define G_LOG_DOMAIN "bench-window"

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>

#include "jx-application.h"
#include "jx-indicator-cell.h"
#include "jx-indicator-page-private.h"
#include "jx-window-private.h"

#define EDITS 7
#define PAGE_DOWNS 30

static double t_start;
static const char *last_step;   /* BENCH_WINDOW_LAST: stop after this step (for profiling) */

#define STOP_AFTER(step) \
  if (g_strcmp0 (last_step, step) == 0) \
    goto done

static double
now_ms (void)
{
  return g_get_monotonic_time () / 1000.0;
}

static int
compare_doubles (const void *a,
                 const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

static void
report (const char *key,
        double     *v,
        guint       n)
{
  if (n == 0)
    {
      g_print ("%s - - - 0\n", key);
      return;
    }
  qsort (v, n, sizeof *v, compare_doubles);
  g_print ("%s %.2f %.2f %.2f %u\n", key, n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2, v[0], v[n - 1], n);
}

/* ---- frames ---- */

typedef struct {
  guint  frames;      /* after-paint count */
  double last;        /* time of the last one */
  double longest;     /* the longest time between two, while measuring gaps */
  gboolean gaps;
} Frames;

static Frames frames;

static void
on_after_paint (GdkFrameClock *clock,
                gpointer       data)
{
  double t = now_ms ();

  if (frames.gaps && frames.frames > 0)
    frames.longest = MAX (frames.longest, t - frames.last);
  frames.frames++;
  frames.last = t;
}

/* Runs the main loop until a frame is painted after this call; its time. */
static double
wait_drawn (GtkWidget *window)
{
  guint seen = frames.frames;
  gint64 end = g_get_monotonic_time () + 120 * G_USEC_PER_SEC;

  gtk_widget_queue_draw (window);
  while (frames.frames == seen && g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, TRUE);
  if (frames.frames == seen)
    g_error ("no frame drawn in 120 s");
  return frames.last;
}

static void
settle (GtkWidget *window,
        guint      ms)
{
  double end = now_ms () + ms;

  while (now_ms () < end)
    {
      wait_drawn (window);
      while (g_main_context_iteration (NULL, FALSE))
        ;
    }
}

static gboolean
tick_redraw (GtkWidget     *widget,
             GdkFrameClock *clock,
             gpointer       data)
{
  gtk_widget_queue_draw (widget);
  return G_SOURCE_CONTINUE;
}

/* ---- the table ---- */

/* The path of the middle level-3 indicator with one part and no metric: what is edited. */
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
  return paths->len > 0 ? g_strdup (g_ptr_array_index (paths, paths->len / 2)) : NULL;
}

static JxIndicatorCell *
focused_cell (GtkWidget *window)
{
  GtkWidget *w = gtk_root_get_focus (GTK_ROOT (window));

  while (w != NULL && !JX_IS_INDICATOR_CELL (w))
    w = gtk_widget_get_parent (w);
  return w != NULL ? JX_INDICATOR_CELL (w) : NULL;
}

/* The cell's own key handler, as a key press reaches it. */
static gboolean
press_key (JxIndicatorCell *cell,
           guint            keyval)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (GTK_WIDGET (cell));
  guint i;

  for (i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) c = g_list_model_get_item (controllers, i);
      gboolean handled = FALSE;

      if (GTK_IS_EVENT_CONTROLLER_KEY (c) && gtk_event_controller_get_propagation_phase (c) == GTK_PHASE_TARGET)
        {
          g_signal_emit_by_name (c, "key-pressed", keyval, 0, (GdkModifierType) 0, &handled);
          return handled;
        }
    }
  return FALSE;
}

/* ---- the run ---- */

static JxWindow *
open_window (JxApplication *app,
             GFile         *file)
{
  GList *windows;

  g_application_open (G_APPLICATION (app), &file, 1, "");
  windows = gtk_application_get_windows (GTK_APPLICATION (app));
  g_assert (windows != NULL && JX_IS_WINDOW (windows->data));
  return windows->data;
}

static void
run (JxApplication *app,
     GFile         *file)
{
  double edit[EDITS], undo[EDITS], redo[EDITS], page_down[PAGE_DOWNS];
  double t, open_ms, first_switch, save_ms, save_gap, expand;
  double switches[EDITS];
  g_autofree char *target = NULL;
  g_autofree char *actual = NULL;
  JxWindow *window;
  GtkWidget *w;
  JxIndicatorPage *page;
  JxDocument *document;
  GdkFrameClock *clock;
  guint i, n_down = 0;
  guint n_edits = EDITS;

  if (g_getenv ("BENCH_WINDOW_EDITS") != NULL)
    n_edits = CLAMP (atoi (g_getenv ("BENCH_WINDOW_EDITS")), 1, EDITS);

  window = open_window (app, file);
  w = GTK_WIDGET (window);
  gtk_widget_realize (w);
  clock = gtk_widget_get_frame_clock (w);
  g_signal_connect (clock, "after-paint", G_CALLBACK (on_after_paint), NULL);
  open_ms = wait_drawn (w) - t_start;
  g_print ("open %.2f %.2f %.2f 1\n", open_ms, open_ms, open_ms);
  settle (w, 300);
  STOP_AFTER ("open");

  document = jx_window_get_document (window);
  target = edit_target (jx_document_get_data (document));
  g_assert (target != NULL);

  t = now_ms ();
  jx_window_show_page (window, JX_PAGE_INDICATORS);
  first_switch = wait_drawn (w) - t;
  /* Made by that first switch (jx-window-pages.c). */
  page = JX_INDICATOR_PAGE (_jx_window_get_page (window, JX_PAGE_INDICATORS));
  g_print ("first-switch %.2f %.2f %.2f 1\n", first_switch, first_switch, first_switch);
  settle (w, 300);
  STOP_AFTER ("first-switch");

  /* Typed into the actual value of the target row, then Enter; undone; redone. */
  for (i = 0; i < n_edits; i++)
    {
      g_autofree char *text = g_strdup_printf ("%u", 1234 + i);
      JxIndicatorRow *row;
      JxIndicatorCell *cell;

      if (!_jx_indicator_page_reveal (page, target, JX_COLUMN_ACTUAL, TRUE))
        g_error ("cannot reveal %s", target);
      settle (w, 50);
      row = jx_indicator_rows_lookup (page->root, target);
      cell = row != NULL ? _jx_indicator_page_get_cell (page, row, JX_COLUMN_ACTUAL) : NULL;
      if (cell == NULL || !jx_indicator_cell_start_editing (cell, ""))
        g_error ("no editable cell for %s", target);
      gtk_editable_set_text (GTK_EDITABLE (jx_indicator_cell_get_editor (cell)), text);
      wait_drawn (w);
      t = now_ms ();
      if (!jx_indicator_cell_stop_editing (cell, TRUE))
        g_error ("the edit was refused");
      edit[i] = wait_drawn (w) - t;
      jx_document_break_merge (document);

      t = now_ms ();
      gtk_widget_activate_action (w, "win.undo", NULL);
      undo[i] = wait_drawn (w) - t;

      t = now_ms ();
      gtk_widget_activate_action (w, "win.redo", NULL);
      redo[i] = wait_drawn (w) - t;
    }
  report ("edit", edit, n_edits);
  report ("undo", undo, n_edits);
  report ("redo", redo, n_edits);
  STOP_AFTER ("redo");

  /* Saved (the document is modified by the edits), frames asked for all along. */
  {
    guint tick = gtk_widget_add_tick_callback (w, tick_redraw, NULL, NULL);

    g_assert (jx_document_get_modified (document));
    settle (w, 100);
    frames.gaps = TRUE;
    frames.longest = 0;
    t = now_ms ();
    gtk_widget_activate_action (w, "win.save", NULL);
    while (jx_document_get_modified (document))
      g_main_context_iteration (NULL, TRUE);
    save_ms = now_ms () - t;
    wait_drawn (w);
    save_gap = MAX (frames.longest, now_ms () - frames.last);
    frames.gaps = FALSE;
    gtk_widget_remove_tick_callback (w, tick);
    g_print ("save %.2f %.2f %.2f 1\n", save_ms, save_ms, save_ms);
    g_print ("save-frame-gap %.2f %.2f %.2f 1\n", save_gap, save_gap, save_gap);
  }

  for (i = 0; i < EDITS; i++)
    {
      t = now_ms ();
      jx_window_show_page (window, i % 2 ? JX_PAGE_INDICATORS : JX_PAGE_OVERVIEW);
      switches[i] = wait_drawn (w) - t;
    }
  report ("switch", switches, EDITS);
  jx_window_show_page (window, JX_PAGE_INDICATORS);
  settle (w, 200);

  t = now_ms ();
  gtk_widget_activate_action (GTK_WIDGET (page), "indicators.expand-all", NULL);
  expand = wait_drawn (w) - t;
  g_print ("expand-all %.2f %.2f %.2f 1\n", expand, expand, expand);
  settle (w, 200);

  /* PageDown from the first row. */
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (page->scroller), 0);
  _jx_indicator_page_focus_cell (page, 0, JX_COLUMN_NAME, FALSE);
  settle (w, 200);
  for (i = 0; i < PAGE_DOWNS; i++)
    {
      JxIndicatorCell *cell = focused_cell (w);

      if (cell == NULL)
        break;
      t = now_ms ();
      if (!press_key (cell, GDK_KEY_Page_Down))
        break;
      page_down[n_down++] = wait_drawn (w) - t;
      /* The focus follows a frame later when the row was not made yet. */
      while (g_main_context_iteration (NULL, FALSE))
        ;
    }
  report ("page-down", page_down, n_down);

done:
  gtk_window_destroy (GTK_WINDOW (window));
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

int
main (int   argc,
      char *argv[])
{
  const char *dirs[] = { "XDG_STATE_HOME", "XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME" };
  g_autofree char *tmp = NULL;
  g_autofree char *copy = NULL;
  g_autofree char *contents = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(JxApplication) app = NULL;
  g_autoptr(GError) error = NULL;
  gsize length;
  guint i;

  t_start = now_ms ();
  last_step = g_getenv ("BENCH_WINDOW_LAST");
  if (argc != 3)
    {
      g_printerr ("usage: %s FILE WORK_DIR\n", argv[0]);
      return 2;
    }
  setlocale (LC_ALL, "");
  if (g_strcmp0 (g_getenv ("GSK_RENDERER"), "cairo") == 0 && g_getenv ("GDK_DEBUG") == NULL)
    g_setenv ("GDK_DEBUG", "gl-disable", FALSE);   /* as main.c does */

  /* A private home (autosaves, recent files) and a copy of FILE to save over, in WORK_DIR
   * (the caller removes it). */
  tmp = g_strdup (argv[2]);
  for (i = 0; i < G_N_ELEMENTS (dirs); i++)
    {
      g_autofree char *dir = g_build_filename (tmp, dirs[i], NULL);
      g_mkdir_with_parents (dir, 0700);
      g_setenv (dirs[i], dir, TRUE);
    }
  g_setenv ("JIXIAO_NON_UNIQUE", "1", TRUE);
  if (!g_file_get_contents (argv[1], &contents, &length, &error))
    g_error ("%s", error->message);
  copy = g_build_filename (tmp, "bench.jixiao", NULL);
  if (!g_file_set_contents (copy, contents, length, &error))
    g_error ("%s", error->message);
  g_clear_pointer (&contents, g_free);
  file = g_file_new_for_path (copy);

  app = jx_application_new ();
  if (!g_application_register (G_APPLICATION (app), NULL, &error))
    g_error ("%s", error->message);
  run (app, file);

  return 0;
}
