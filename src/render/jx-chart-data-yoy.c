/* SPDX-License-Identifier: GPL-3.0-or-later */
/* jx-chart-data-yoy.c: the year-over-year chart ("year-over-year"): for each series the
 * document states for both years (jx-year-over-year.h), last year's and this year's bar, and
 * the change in percent beside this year's. Drawn as grouped bars (jx-chart-grouped.c). */
#define G_LOG_DOMAIN "jx-chart"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "jx-chart-private.h"
#include "jx-format.h"
#include "jx-money.h"
#include "jx-year-over-year.h"

/* "+43.84%", "−20.00%", or "—" when last year's figure is 0. */
char *
_jx_chart_format_change (double change)
{
  g_autofree char *pct = NULL;

  if (isnan (change))
    return g_strdup ("—");
  pct = jx_format_percent (fabs (change), 2);
  return g_strdup_printf ("%s%s", change > 0 ? "+" : change < 0 ? "−" : "", pct);
}

JxChart *
_jx_chart_new_year_over_year (const JxDocData *doc)
{
  JxChart *chart = _jx_chart_new ("year-over-year", JX_CHART_KIND_GROUPED, _("This year against last year"));
  g_autoptr(GArray) rows = jx_year_over_year (doc);
  int year = doc->department.year;
  guint i;

  _jx_chart_set_subtitle (chart, doc, _("Unit: 10k yuan"));
  chart->n_series = 2;
  chart->series[0] = year > 0 ? g_strdup_printf ("%d", year - 1) : g_strdup (_("Last year"));
  chart->series[1] = year > 0 ? g_strdup_printf ("%d", year) : g_strdup (_("This year"));
  chart->series_fill[0] = 1;
  chart->series_fill[1] = 0;
  for (i = 0; i < rows->len; i++)
    {
      const JxYearRow *row = &g_array_index (rows, JxYearRow, i);
      const char *title = _(row->msgid);   /* the chart's language, not the UI's */
      JxChartItem *item = _jx_chart_add_item (chart, title);
      g_autofree char *last = jx_money_format (row->last_year, 2, TRUE);
      g_autofree char *now = jx_money_format (row->this_year, 2, TRUE);
      g_autofree char *change = _jx_chart_format_change (row->change);

      item->value[0] = jx_money_to_double (row->last_year);
      item->value[1] = jx_money_to_double (row->this_year);
      item->text[0] = g_strdup (last);
      /* Translators: this year's amount and its change on last year: "2,122.50（+43.84%）" */
      item->text[1] = g_strdup_printf (_("%s (%s)"), now, change);
      item->note = g_strdup (change);
      /* Translators: one row of the year-over-year chart: series, last year, this year, change. */
      item->describe = g_strdup_printf (_("%s: last year %s 万元, this year %s 万元, change %s"),
                                        title, last, now, change);
    }
  chart->footnote = g_strdup (_("Change = (this year − last year) ÷ last year."));
  if (rows->len == 0)
    _jx_chart_set_empty (chart, _("No figure of last year is stated: type them on the budget page."));
  return chart;
}
