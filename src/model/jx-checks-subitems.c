/* SPDX-License-Identifier: GPL-3.0-or-later */
/* jx-checks-subitems.c: the sub-items (其中) of a budget line against the line.
 *
 * A line of revenue or expenditure may list some of its parts ("其中：基本支出拨款 …"): they
 * are part of it, so together they are never more than the line. A "三公经费" line such as
 * 公务用车购置及运行维护费 is exactly its sub-items (公务用车购置费 + 公务用车运行维护费), in each
 * column. Sub-items may have sub-items of their own; each level is checked. */
#define G_LOG_DOMAIN "jx-checks"

#include "config.h"

#include <glib/gi18n.h>

#include "jx-checks-private.h"

/* Σ sub-items ≤ line, for an amount table's lines and their sub-items. */
static void
amount_items (JxChecks   *checks,
              const char *path,
              GPtrArray  *items)
{
  guint i, j;

  for (i = 0; items != NULL && i < items->len; i++)
    {
      const JxAmountItem *line = g_ptr_array_index (items, i);
      g_autofree char *line_path = g_strdup_printf ("%s[%u]", path, i);
      g_autofree char *sub_path = g_strdup_printf ("%s.items", line_path);
      g_autofree char *amount_path = g_strdup_printf ("%s.amount", line_path);
      g_autofree JxMoney *terms = NULL;
      JxMoney sum = 0;
      guint n = line->items != NULL ? line->items->len : 0;

      if (n == 0)
        continue;
      amount_items (checks, sub_path, line->items);
      if (!JX_MONEY_IS_SET (line->amount))
        continue;

      terms = g_new (JxMoney, n);
      for (j = 0; j < n; j++)
        {
          terms[j] = ((const JxAmountItem *) g_ptr_array_index (line->items, j))->amount;
          if (!JX_MONEY_IS_SET (terms[j]) || !_jx_checks_money_add (sum, terms[j], &sum))
            break;
        }
      if (j < n || sum <= line->amount)
        continue;

      _jx_checks_add (checks, JX_SEVERITY_ERROR, amount_path,
                      /* Translators: e.g. "“一般公共预算财政拨款收入”: its sub-items (其中) add up to
                       * 2,800.00 万元 (2,000.00 + 800.00), more than the line’s 2,725.07 万元 (by 74.93)" */
                      _("“%s”: its sub-items (其中) add up to %s 万元 (%s), more than the line’s %s 万元 (by %s)"),
                      _jx_checks_text (checks, line->name), _jx_checks_money (checks, sum),
                      _jx_checks_money_terms (checks, terms, n),
                      _jx_checks_money (checks, line->amount),
                      _jx_checks_money (checks, sum - line->amount));
    }
}

/* Σ sub-items = item, in each of the four columns. */
static void
three_public_items (JxChecks   *checks,
                    const char *path,
                    GPtrArray  *items)
{
  static const struct {
    const char *key;
    const char *column;
    gsize offset;
  } columns[] = {
    { "budget", N_("budget"), G_STRUCT_OFFSET (JxThreePublicItem, budget) },
    { "actual", N_("actual spending"), G_STRUCT_OFFSET (JxThreePublicItem, actual) },
    { "previous_budget", N_("last year’s budget"), G_STRUCT_OFFSET (JxThreePublicItem, previous_budget) },
    { "previous_actual", N_("last year’s actual spending"), G_STRUCT_OFFSET (JxThreePublicItem, previous_actual) },
  };
  guint i, j, c;

  for (i = 0; items != NULL && i < items->len; i++)
    {
      const JxThreePublicItem *line = g_ptr_array_index (items, i);
      g_autofree char *line_path = g_strdup_printf ("%s[%u]", path, i);
      g_autofree char *sub_path = g_strdup_printf ("%s.items", line_path);
      g_autofree JxMoney *terms = NULL;
      g_autofree const char **names = NULL;
      guint n = line->items != NULL ? line->items->len : 0;

      if (n == 0)
        continue;
      three_public_items (checks, sub_path, line->items);

      terms = g_new (JxMoney, n);
      names = g_new (const char *, n);
      for (c = 0; c < G_N_ELEMENTS (columns); c++)
        {
          g_autofree char *column_path = g_strdup_printf ("%s.%s", line_path, columns[c].key);
          g_autofree char *section = g_strdup_printf ("“%s”", _jx_checks_text (checks, line->name));

          for (j = 0; j < n; j++)
            {
              const JxThreePublicItem *sub = g_ptr_array_index (line->items, j);

              terms[j] = G_STRUCT_MEMBER (JxMoney, sub, columns[c].offset);
              names[j] = sub->name;
            }
          _jx_checks_money_sum_rows (checks, column_path, section, _("its sub-items (其中)"),
                                     _(columns[c].column),
                                     G_STRUCT_MEMBER (JxMoney, line, columns[c].offset),
                                     terms, names, n);
        }
    }
}

void
_jx_checks_subitems (JxChecks *checks)
{
  const JxBudget *b = &checks->doc->budget;

  amount_items (checks, "budget.revenue.items", b->revenue.items);
  amount_items (checks, "budget.by_function.items", b->by_function.items);
  amount_items (checks, "budget.by_economic.items", b->by_economic.items);
  three_public_items (checks, "budget.three_public.items", b->three_public.items);
}
