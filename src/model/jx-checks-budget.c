/* SPDX-License-Identifier: GPL-3.0-or-later */
/* jx-checks-budget.c: the figures of the department (DESIGN.md §5): staffing by category adds
 * up; the budget tables add up, and the totals stated in several tables agree. Money is
 * compared exactly, and only where every figure is stated. */
#define G_LOG_DOMAIN "jx-checks"

#include "config.h"

#include <glib/gi18n.h>

#include "jx-checks-private.h"

/* ---- staffing ---- */

static void
count_sum (JxChecks   *checks,
           const char *path,
           const char *section,
           const char *parts_label,
           int         total,
           const int  *terms,
           guint       n_terms)
{
  g_autoptr(GString) arithmetic = g_string_new (NULL);
  g_autofree char *sum_text = NULL;
  g_autofree char *diff_text = NULL;
  gint64 sum = 0;
  guint i;

  if (!JX_COUNT_IS_SET (total))
    return;
  for (i = 0; i < n_terms; i++)
    {
      if (!JX_COUNT_IS_SET (terms[i]))
        return;
      sum += terms[i];
      g_string_append_printf (arithmetic, i == 0 ? "%d" : " + %d", terms[i]);
    }
  if (sum == total)
    return;

  sum_text = g_strdup_printf ("%" G_GINT64_FORMAT, sum);
  diff_text = g_strdup_printf ("%" G_GINT64_FORMAT, sum > total ? sum - total : total - sum);

  _jx_checks_add (checks, JX_SEVERITY_ERROR, path,
                  /* Translators: e.g. "Authorised posts: administrative and institutional posts
                   * add up to 100 (21 + 79) but the stated total is 101 (difference 1)" */
                  _("%s: %s add up to %s (%s) but the stated total is %d (difference %s)"),
                  section, parts_label,
                  sum_text, arithmetic->str, total, diff_text);
}

static void
civil_servant_managed (JxChecks          *checks,
                       const char        *path,
                       const char        *section,
                       const JxHeadcount *h)
{
  if (!JX_COUNT_IS_SET (h->civil_servant_managed) || !JX_COUNT_IS_SET (h->institutional))
    return;
  if (h->civil_servant_managed <= h->institutional)
    return;

  _jx_checks_add (checks, JX_SEVERITY_ERROR, path,
                  _("%s: %d civil-servant-managed (参公) exceed the %d institutional posts they are part of (by %d)"),
                  section, h->civil_servant_managed, h->institutional,
                  h->civil_servant_managed - h->institutional);
}

void
_jx_checks_staffing (JxChecks *checks)
{
  const JxStaffing *s = &checks->doc->department.staffing;
  int authorized[] = { s->authorized.administrative, s->authorized.institutional };
  int actual[] = { s->actual.administrative, s->actual.institutional, s->actual.contract };
  int retirees[] = { s->retirees.honorary, s->retirees.retired };

  count_sum (checks, "department.staffing.authorized.total", _("Authorised posts"),
             _("administrative and institutional posts"), s->authorized.total,
             authorized, G_N_ELEMENTS (authorized));
  civil_servant_managed (checks, "department.staffing.authorized.civil_servant_managed",
                         _("Authorised posts"), &s->authorized);

  count_sum (checks, "department.staffing.actual.total", _("Actual headcount"),
             _("administrative, institutional and contract staff"), s->actual.total,
             actual, G_N_ELEMENTS (actual));
  civil_servant_managed (checks, "department.staffing.actual.civil_servant_managed",
                         _("Actual headcount"), &s->actual);

  count_sum (checks, "department.staffing.retirees.total", _("Retirees"),
             _("honorary (离休) and retired (退休) staff"), s->retirees.total,
             retirees, G_N_ELEMENTS (retirees));
}

/* ---- budget ---- */

/* Σ items = total */
static void
amount_table (JxChecks            *checks,
              const char          *path,
              const char          *section,
              const JxAmountTable *table)
{
  g_autofree JxMoney *terms = NULL;
  g_autofree const char **names = NULL;
  guint n;
  guint i;

  n = table->items != NULL ? table->items->len : 0;
  if (n == 0)
    return;

  terms = g_new (JxMoney, n);
  names = g_new (const char *, n);
  for (i = 0; i < n; i++)
    {
      const JxAmountItem *item = g_ptr_array_index (table->items, i);

      terms[i] = item->amount;
      names[i] = item->name;
    }

  _jx_checks_money_sum_rows (checks, path, section, _("the items"), _("total"), table->total,
                             terms, names, n);
}

/* One total stated twice: "<a_label> is A 万元 but <b_label> is B 万元 (difference D)". */
static void
same_amount (JxChecks   *checks,
             const char *path,
             const char *a_label,
             JxMoney     a,
             const char *b_label,
             JxMoney     b)
{
  JxMoney diff;

  if (!JX_MONEY_IS_SET (a) || !JX_MONEY_IS_SET (b) || a == b)
    return;
  if (__builtin_sub_overflow (a, b, &diff) || diff == G_MININT64)
    return;

  _jx_checks_add (checks, JX_SEVERITY_ERROR, path,
                  /* Translators: e.g. "The total of expenditure by functional class is
                   * 3,750.00 万元 but the total revenue is 3,751.00 万元 (difference 1.00)" */
                  _("%s is %s 万元 but %s is %s 万元 (difference %s)"),
                  a_label, _jx_checks_money (checks, a),
                  b_label, _jx_checks_money (checks, b),
                  _jx_checks_money (checks, diff < 0 ? -diff : diff));
}

static void
by_nature (JxChecks *checks)
{
  const JxNature *n = &checks->doc->budget.by_nature;
  JxMoney basic_parts[] = { n->personnel, n->public_ };
  JxMoney total_parts[] = { n->basic, n->project };
  JxMoney all_parts[] = { n->personnel, n->public_, n->project };
  const char *basic_names[] = { _("personnel funds"), _("public funds") };
  const char *total_names[] = { _("basic expenditure"), _("project expenditure") };
  const char *all_names[] = { _("personnel funds"), _("public funds"), _("project expenditure") };

  _jx_checks_money_sum_rows (checks, "budget.by_nature.basic", _("Expenditure by nature"),
                             _("personnel and public funds"), _("basic expenditure"),
                             n->basic, basic_parts, basic_names, G_N_ELEMENTS (basic_parts));
  if (JX_MONEY_IS_SET (n->basic))
    _jx_checks_money_sum_rows (checks, "budget.by_nature.total", _("Expenditure by nature"),
                               _("basic and project expenditure"), _("total expenditure"),
                               n->total, total_parts, total_names, G_N_ELEMENTS (total_parts));
  else
    _jx_checks_money_sum_rows (checks, "budget.by_nature.total", _("Expenditure by nature"),
                               _("personnel, public funds and project expenditure"), _("total expenditure"),
                               n->total, all_parts, all_names, G_N_ELEMENTS (all_parts));
}

/* 总支出 is stated in the functional classes and the nature table; 基本支出 in the nature
 * table and the economic classes. Each total is compared with the one stated before it in the
 * document. Revenue against expenditure, with the carry-over, is jx-checks-balance.c's. */
static void
nature_total (JxChecks *checks)
{
  const JxBudget *b = &checks->doc->budget;

  same_amount (checks, "budget.by_nature.total",
               _("The total of expenditure by nature"), b->by_nature.total,
               _("the total of expenditure by functional class"), b->by_function.total);
}

static void
economic_total (JxChecks *checks)
{
  const JxBudget *b = &checks->doc->budget;

  same_amount (checks, "budget.by_economic.total",
               _("The total of basic expenditure by economic class"), b->by_economic.total,
               _("basic expenditure by nature"), b->by_nature.basic);
}

/* 年初 + 追加 = 调整后 */
static void
flow (JxChecks     *checks,
      const char   *path,
      const char   *section,
      const JxFlow *f)
{
  JxMoney parts[] = { f->initial, f->additional };
  const char *names[] = { _("initial budget"), _("additional budget") };

  _jx_checks_money_sum_rows (checks, path, section, _("initial and additional budget"),
                             _("adjusted budget"), f->adjusted, parts, names, G_N_ELEMENTS (parts));
}

static void
three_public (JxChecks *checks)
{
  const JxThreePublic *t = &checks->doc->budget.three_public;
  static const struct {
    const char *path;
    const char *parts;
    const char *total;
    gsize item_offset;
    gsize total_offset;
  } columns[] = {
    { "budget.three_public.budget_total", N_("the item budgets"), N_("budget total"),
      G_STRUCT_OFFSET (JxThreePublicItem, budget), G_STRUCT_OFFSET (JxThreePublic, budget_total) },
    { "budget.three_public.actual_total", N_("the item actual spendings"), N_("actual total"),
      G_STRUCT_OFFSET (JxThreePublicItem, actual), G_STRUCT_OFFSET (JxThreePublic, actual_total) },
    { "budget.three_public.previous_budget_total", N_("last year’s item budgets"), N_("total of last year’s budget"),
      G_STRUCT_OFFSET (JxThreePublicItem, previous_budget), G_STRUCT_OFFSET (JxThreePublic, previous_budget_total) },
    { "budget.three_public.previous_actual_total", N_("last year’s item actual spendings"), N_("total of last year’s actual spending"),
      G_STRUCT_OFFSET (JxThreePublicItem, previous_actual), G_STRUCT_OFFSET (JxThreePublic, previous_actual_total) },
  };
  g_autofree JxMoney *terms = NULL;
  g_autofree const char **names = NULL;
  guint n;
  guint c;
  guint i;

  n = t->items != NULL ? t->items->len : 0;
  if (n == 0)
    return;

  terms = g_new (JxMoney, n);
  names = g_new (const char *, n);
  for (c = 0; c < G_N_ELEMENTS (columns); c++)
    {
      for (i = 0; i < n; i++)
        {
          terms[i] = G_STRUCT_MEMBER (JxMoney, g_ptr_array_index (t->items, i), columns[c].item_offset);
          names[i] = ((const JxThreePublicItem *) g_ptr_array_index (t->items, i))->name;
        }

      _jx_checks_money_sum_rows (checks, columns[c].path, _("“三公经费”"),
                                 _(columns[c].parts), _(columns[c].total),
                                 G_STRUCT_MEMBER (JxMoney, t, columns[c].total_offset),
                                 terms, names, n);
    }
}

/* 在用 + 闲置 ≤ 登记 */
static void
assets (JxChecks *checks)
{
  const JxAssets *a = &checks->doc->budget.assets;
  JxMoney idle;
  JxMoney used;

  if (!JX_MONEY_IS_SET (a->registered) || !JX_MONEY_IS_SET (a->in_use))
    return;
  idle = JX_MONEY_IS_SET (a->idle) ? a->idle : 0;
  if (!_jx_checks_money_add (a->in_use, idle, &used) || used <= a->registered)
    return;

  if (JX_MONEY_IS_SET (a->idle))
    _jx_checks_add (checks, JX_SEVERITY_ERROR, "budget.assets.in_use",
                    /* Translators: e.g. "Assets in use and idle add up to 12,000.00 万元
                     * (11,500.00 + 500.00), more than the 11,131.53 万元 registered (by 868.47)" */
                    _("Assets in use and idle add up to %s 万元 (%s + %s), more than the %s 万元 registered (by %s)"),
                    _jx_checks_money (checks, used),
                    _jx_checks_money (checks, a->in_use), _jx_checks_money (checks, idle),
                    _jx_checks_money (checks, a->registered),
                    _jx_checks_money (checks, used - a->registered));
  else
    _jx_checks_add (checks, JX_SEVERITY_ERROR, "budget.assets.in_use",
                    _("Assets in use, %s 万元, are more than the %s 万元 registered (by %s)"),
                    _jx_checks_money (checks, used),
                    _jx_checks_money (checks, a->registered),
                    _jx_checks_money (checks, used - a->registered));
}

void
_jx_checks_budget (JxChecks *checks)
{
  const JxBudget *b = &checks->doc->budget;

  amount_table (checks, "budget.revenue.total", _("Revenue"), &b->revenue);
  amount_table (checks, "budget.by_function.total", _("Expenditure by functional class"), &b->by_function);
  by_nature (checks);
  nature_total (checks);
  amount_table (checks, "budget.by_economic.total", _("Basic expenditure by economic class"), &b->by_economic);
  economic_total (checks);
  flow (checks, "budget.execution.adjusted", _("Budget"), &b->execution);
  flow (checks, "budget.projects.adjusted", _("Project expenditure"), &b->projects);
  flow (checks, "budget.public_funds.adjusted", _("Public funds"), &b->public_funds);
  three_public (checks);
  assets (checks);
}
