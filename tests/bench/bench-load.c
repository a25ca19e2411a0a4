/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bench-load FILE…: in-process timings of the model on each document, printed, never judged
 * (issue 8): jx_doc_data_load_data on the text already in memory, jx_score_sheet_compute and
 * jx_checks_run, and the three together. Medians of several runs, in milliseconds. */
#define G_LOG_DOMAIN "bench-load"

#include "config.h"

#include <glib/gi18n.h>
#include <stdlib.h>

#include "jx-checks.h"
#include "jx-load.h"
#include "jx-scoring.h"

static int
compare_doubles (const void *a,
                 const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

static double
median (double *v,
        guint   n)
{
  qsort (v, n, sizeof *v, compare_doubles);
  return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

static double
now_ms (void)
{
  return g_get_monotonic_time () / 1000.0;
}

static void
bench (const char *path)
{
  g_autofree char *text = NULL;
  g_autofree char *base = g_path_get_basename (path);
  g_autoptr(GError) error = NULL;
  double load[15], score[15], checks[15], total[15];
  gsize length = 0;
  guint runs, i, n_findings = 0;

  if (!g_file_get_contents (path, &text, &length, &error))
    {
      g_printerr ("bench-load: %s\n", error->message);
      exit (1);
    }
  runs = length > 16 * 1024 * 1024 ? 5 : length > 1024 * 1024 ? 9 : 15;
  for (i = 0; i < runs; i++)
    {
      g_autoptr(JxDocData) doc = NULL;
      g_autoptr(JxScoreSheet) sheet = NULL;
      g_autoptr(GPtrArray) findings = NULL;
      double t0, t1, t2, t3;

      t0 = now_ms ();
      doc = jx_doc_data_load_data (text, length, base, &error);
      t1 = now_ms ();
      if (doc == NULL)
        {
          g_printerr ("bench-load: %s\n", error->message);
          exit (1);
        }
      sheet = jx_score_sheet_compute (doc);
      t2 = now_ms ();
      findings = jx_checks_run (doc, sheet);
      t3 = now_ms ();
      n_findings = findings->len;
      load[i] = t1 - t0;
      score[i] = t2 - t1;
      checks[i] = t3 - t2;
      total[i] = t3 - t0;
    }
  g_print ("  %-34s %6.1f MB %9.2f %9.2f %9.2f %9.2f  %2u runs, %u findings\n", base,
           length / 1048576.0, median (load, runs), median (score, runs), median (checks, runs),
           median (total, runs), runs, n_findings);
}

int
main (int   argc,
      char *argv[])
{
  int i;

  if (argc < 2)
    {
      g_printerr ("usage: bench-load FILE…\n");
      return 2;
    }
  g_print ("  %-34s %9s %9s %9s %9s %9s   (medians, ms)\n", "document", "size", "load", "score", "checks", "total");
  for (i = 1; i < argc; i++)
    bench (argv[i]);
  return 0;
}
