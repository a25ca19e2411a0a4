/* SPDX-License-Identifier: GPL-3.0-or-later */
/* jx-year-over-year.c: the series a document states for this year and last (see the header).
 * This year's figure is the one the metrics read: the expenditure as jx_budget_total_expenditure
 * states it, the projects' actual spending, the "three public" actual total (or the sum of its
 * items). */
#define G_LOG_DOMAIN "jx-year-over-year"

#include "config.h"

#include <glib/gi18n.h>

#include "jx-metrics.h"
#include "jx-money.h"
#include "jx-year-over-year.h"

static JxMoney
three_public_actual (const JxThreePublic *t)
{
  JxMoney sum = 0;
  guint i;

  if (JX_MONEY_IS_SET (t->actual_total))
    return t->actual_total;
  if (t->items == NULL || t->items->len == 0)
    return JX_MONEY_NONE;
  for (i = 0; i < t->items->len; i++)
    {
      const JxThreePublicItem *item = g_ptr_array_index (t->items, i);

      if (!JX_MONEY_IS_SET (item->actual))
        return JX_MONEY_NONE;
      sum += item->actual;
    }
  return sum;
}

static void
add (GArray     *rows,
     const char *id,
     const char *msgid,
     const char *path,
     const char *last_path,
     JxMoney     this_year,
     JxMoney     last_year)
{
  JxYearRow row = { id, _(msgid), msgid, path, last_path, this_year, last_year, NAN };

  if (!JX_MONEY_IS_SET (this_year) || !JX_MONEY_IS_SET (last_year))
    return;
  if (last_year != 0)
    row.change = (double) (this_year - last_year) / (double) last_year * 100.0;
  g_array_append_val (rows, row);
}

GArray *
jx_year_over_year (const JxDocData *doc)
{
  GArray *rows = g_array_new (FALSE, FALSE, sizeof (JxYearRow));
  const JxBudget *b;

  g_return_val_if_fail (doc != NULL, rows);

  b = &doc->budget;
  add (rows, "revenue", N_("Total revenue"), "budget.revenue.total", "budget.revenue.previous_total",
       b->revenue.total, b->revenue.previous_total);
  add (rows, "expenditure", N_("Total expenditure"), "budget.by_nature.total", "budget.by_nature.previous_total",
       jx_budget_total_expenditure (b), b->by_nature.previous_total);
  add (rows, "basic", N_("Basic expenditure"), "budget.by_nature.basic", "budget.by_nature.previous_basic",
       b->by_nature.basic, b->by_nature.previous_basic);
  add (rows, "projects", N_("Project expenditure"), "budget.projects.actual", "budget.projects.previous_year",
       JX_MONEY_IS_SET (b->projects.actual) ? b->projects.actual : b->by_nature.project, b->projects.previous_year);
  add (rows, "public-funds", N_("Public funds"), "budget.public_funds.actual", "budget.public_funds.previous_year",
       b->public_funds.actual, b->public_funds.previous_year);
  add (rows, "procurement", N_("Government procurement"), "budget.procurement.actual",
       "budget.procurement.previous_actual", b->procurement.actual, b->procurement.previous_actual);
  add (rows, "three-public", N_("“Three public” expenses"), "budget.three_public.actual_total",
       "budget.three_public.previous_actual_total", three_public_actual (&b->three_public),
       b->three_public.previous_actual_total);
  return rows;
}
