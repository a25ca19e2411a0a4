/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bench-indicators FILE…: timings of the indicator table, printed, never judged (run by
 * tests/bench/indicators). For each document: load; recompute after one edit (score sheet
 * and checks, as the evaluation does); an edit through the table (one step, recomputed once,
 * cells redrawn); and, with a display, the first paint of the page in a 1280×800 window,
 * scrolling, expanding everything and a search. Medians of several runs, in milliseconds. */
#define G_LOG_DOMAIN "bench-indicators"

#include "config.h"

#include <adwaita.h>
#include <math.h>
#include <stdio.h>

#include "jixiao-resources.h"
#include "jx-evaluation.h"
#include "jx-indicator-edit.h"
#include "jx-indicator-page-private.h"
#include "jx-load.h"

#define RUNS 7

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
report (const char *what,
        double     *v,
        guint       n)
{
  double lo = v[0], hi = v[0];
  guint i;

  for (i = 1; i < n; i++)
    {
      lo = MIN (lo, v[i]);
      hi = MAX (hi, v[i]);
    }
  g_print ("  %-44s %9.2f ms  (min %.2f, max %.2f, %u runs)\n", what, median (v, n), lo, hi, n);
}

/* The first level-3 indicator with a single quantitative part and a positive rule. */
static char *
edit_target (const JxDocData *data)
{
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

              if (leaf->parts->len == 1 && leaf->metric == JX_METRIC_NONE && JX_NUMBER_IS_SET (leaf->parts_0_actual_dummy))
                return NULL;
            }
        }
    }
  return NULL;
}
