/* SPDX-License-Identifier: GPL-3.0-or-later */
/* jx-chart-slice.c: a long chart cut into pieces for paper.
 *
 * On screen a chart of many rows scrolls or says how many rows it left out; on paper every row
 * must stand. The report cuts the target-completion chart into pieces of a legible size, at
 * group boundaries where it can (a group longer than a piece continues in the next one), and
 * places them one after the other, 图 3, 图 4 … */
#define G_LOG_DOMAIN "jx-chart"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "jx-chart-private.h"

static JxChartItem *
item_copy (const JxChartItem *item)
{
  JxChartItem *copy = g_memdup2 (item, sizeof *item);
  guint i;

  copy->label = g_strdup (item->label);
  copy->group = g_strdup (item->group);
  for (i = 0; i < JX_CHART_MAX_SERIES; i++)
    copy->text[i] = g_strdup (item->text[i]);
  copy->note = g_strdup (item->note);
  copy->badge = g_strdup (item->badge);
  copy->describe = g_strdup (item->describe);
  return copy;
}

guint
jx_chart_get_n_rows (const JxChart *chart)
{
  g_return_val_if_fail (chart != NULL, 0);
  return chart->empty ? 0 : chart->items->len;
}

/* Where the pieces of at most `max_rows` rows start: at a group's first row where the group
 * fits the piece, else where the piece is full. */
GArray *
jx_chart_slice_starts (const JxChart *chart,
                       guint          max_rows)
{
  GArray *starts = g_array_new (FALSE, FALSE, sizeof (guint));
  guint n = jx_chart_get_n_rows (chart);
  guint start = 0;

  g_return_val_if_fail (max_rows > 0, starts);

  while (start < n)
    {
      guint end = MIN (start + max_rows, n);
      guint cut = end;

      g_array_append_val (starts, start);
      if (end < n)
        {
          /* back to the first row of the group the piece would cut, when that leaves the piece
           * at least half full */
          int gid = ((const JxChartItem *) g_ptr_array_index (chart->items, end))->group_id;
          guint k = end;

          while (k > start && ((const JxChartItem *) g_ptr_array_index (chart->items, k - 1))->group_id == gid)
            k--;
          if (k > start && k - start >= (max_rows + 1) / 2)
            cut = k;
        }
      start = cut;
    }
  return starts;
}

JxChart *
jx_chart_new_slice (const JxChart *chart,
                    guint          first,
                    guint          n_rows)
{
  JxChart *slice;
  guint i;

  g_return_val_if_fail (chart != NULL, NULL);
  g_return_val_if_fail (first < chart->items->len, NULL);

  n_rows = MIN (n_rows, chart->items->len - first);
  slice = _jx_chart_new (chart->id, chart->kind, chart->title);
  slice->chinese = chart->chinese;
  slice->subtitle = g_strdup (chart->subtitle);
  slice->footnote = first + n_rows == chart->items->len ? g_strdup (chart->footnote) : NULL;
  slice->summary = first == 0 ? g_strdup (chart->summary) : NULL;
  slice->n_series = chart->n_series;
  for (i = 0; i < JX_CHART_MAX_SERIES; i++)
    {
      slice->series[i] = g_strdup (chart->series[i]);
      slice->series_fill[i] = chart->series_fill[i];
    }
  slice->panels[0] = g_strdup (chart->panels[0]);
  slice->panels[1] = g_strdup (chart->panels[1]);
  slice->group = chart->group;
  for (i = first; i < first + n_rows; i++)
    g_ptr_array_add (slice->items, item_copy (g_ptr_array_index (chart->items, i)));
  return slice;
}
