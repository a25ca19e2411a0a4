/* SPDX-License-Identifier: GPL-3.0-or-later */
/* jx-checks-balance.c: the year's money adds up with what it carries over —
 *
 *   收入 + 年初结转结余 = 支出 + 年末结转结余
 *   (revenue + carry-in = expenditure + closing balance)
 *
 * A department that spends its carry-in spends more than its revenue, and one that keeps a
 * balance spends less: neither is a mismatch once the carry-over is stated. When the
 * document states no carry-over, the difference is most likely a carry-over figure not
 * typed in, so it is a warning naming that figure and its amount, not an error. When the
 * carry-over is stated, the balance must hold exactly.
 *
 * Also: the projects' carry-over is part of the whole budget's, and last year's basic and
 * project expenditure add up to last year's total. */
#define G_LOG_DOMAIN "jx-checks"

#include "config.h"

#include <glib/gi18n.h>

#include "jx-checks-private.h"

#define OPENING_PATH "budget.execution.opening_balance"
#define CLOSING_PATH "budget.execution.closing_balance"

/* The total expenditure the balance compares, and where it is stated: the functional
 * classes' total first (the table printed beside revenue), else the nature table's. */
static JxMoney
expenditure (const JxBudget  *b,
             const char     **path)
{
  if (JX_MONEY_IS_SET (b->by_function.total))
    {
      *path = "budget.by_function.total";
      return b->by_function.total;
    }
  *path = "budget.by_nature.total";
  return b->by_nature.total;
}

/* Neither carry-over figure stated. */
static void
no_carry_over (JxChecks *checks,
               JxMoney   revenue,
               JxMoney   spent,
               JxMoney   diff)
{
  if (diff > 0)
    _jx_checks_add (checks, JX_SEVERITY_WARNING, OPENING_PATH,
                    /* Translators: e.g. "Expenditure of 1,336.48 万元 exceeds revenue of 1,250.36 万元
                     * by 86.12 万元 and no carry-in (年初结转结余) is stated: a carry-in of 86.12 万元 is
                     * probably missing (revenue + carry-in = expenditure + closing balance)" */
                    _("Expenditure of %s 万元 exceeds revenue of %s 万元 by %s 万元 and no carry-in "
                      "(年初结转结余) is stated: a carry-in of %s 万元 is probably missing "
                      "(revenue + carry-in = expenditure + closing balance)"),
                    _jx_checks_money (checks, spent), _jx_checks_money (checks, revenue),
                    _jx_checks_money (checks, diff), _jx_checks_money (checks, diff));
  else
    _jx_checks_add (checks, JX_SEVERITY_WARNING, CLOSING_PATH,
                    /* Translators: e.g. "Revenue of 3,751.00 万元 exceeds expenditure of 3,750.00 万元
                     * by 1.00 万元 and no closing balance (年末结转结余) is stated: …" */
                    _("Revenue of %s 万元 exceeds expenditure of %s 万元 by %s 万元 and no closing "
                      "balance (年末结转结余) is stated: a closing balance of %s 万元 is probably missing "
                      "(revenue + carry-in = expenditure + closing balance)"),
                    _jx_checks_money (checks, revenue), _jx_checks_money (checks, spent),
                    _jx_checks_money (checks, -diff), _jx_checks_money (checks, -diff));
}

static void
check_balance (JxChecks *checks)
{
  const JxBudget *b = &checks->doc->budget;
  const JxFlow *e = &b->execution;
  const char *spent_path = NULL;
  JxMoney revenue = b->revenue.total;
  JxMoney spent = expenditure (b, &spent_path);
  JxMoney in, out;   /* revenue + carry-in, expenditure + closing balance */
  JxMoney diff;      /* out − in */

  if (!JX_MONEY_IS_SET (revenue) || !JX_MONEY_IS_SET (spent))
    return;
  if (!_jx_checks_money_add (revenue, JX_MONEY_IS_SET (e->opening_balance) ? e->opening_balance : 0, &in) ||
      !_jx_checks_money_add (spent, JX_MONEY_IS_SET (e->closing_balance) ? e->closing_balance : 0, &out) ||
      !_jx_checks_money_add (out, -in, &diff) || diff == 0)
    return;

  if (!JX_MONEY_IS_SET (e->opening_balance) && !JX_MONEY_IS_SET (e->closing_balance))
    {
      no_carry_over (checks, revenue, spent, diff);
      return;
    }

  if (JX_MONEY_IS_SET (e->opening_balance) && JX_MONEY_IS_SET (e->closing_balance))
    {
      _jx_checks_add (checks, JX_SEVERITY_ERROR, spent_path,
                      /* Translators: e.g. "Revenue and carry-in add up to 1,336.48 万元
                       * (1,250.36 + 86.12) but expenditure and closing balance to 1,340.48 万元
                       * (1,300.48 + 40.00; difference 4.00)" */
                      _("Revenue and carry-in add up to %s 万元 (%s + %s) but expenditure and closing balance to %s 万元 (%s + %s; difference %s)"),
                      _jx_checks_money (checks, in), _jx_checks_money (checks, revenue),
                      _jx_checks_money (checks, e->opening_balance),
                      _jx_checks_money (checks, out), _jx_checks_money (checks, spent),
                      _jx_checks_money (checks, e->closing_balance),
                      _jx_checks_money (checks, diff < 0 ? -diff : diff));
      return;
    }

  if (JX_MONEY_IS_SET (e->opening_balance))
    {
      /* the closing balance would be in − expenditure = −diff */
      if (diff < 0)
        _jx_checks_add (checks, JX_SEVERITY_WARNING, CLOSING_PATH,
                        /* Translators: e.g. "Revenue and carry-in add up to 1,336.48 万元
                         * (1,250.36 + 86.12), more than the expenditure of 1,296.48 万元 by
                         * 40.00 万元, and no closing balance (年末结转结余) is stated: a closing
                         * balance of 40.00 万元 is probably missing" */
                        _("Revenue and carry-in add up to %s 万元 (%s + %s), more than the expenditure of %s 万元 by %s 万元, and no closing balance (年末结转结余) is stated: a closing balance of %s 万元 is probably missing"),
                        _jx_checks_money (checks, in), _jx_checks_money (checks, revenue),
                        _jx_checks_money (checks, e->opening_balance),
                        _jx_checks_money (checks, spent), _jx_checks_money (checks, -diff),
                        _jx_checks_money (checks, -diff));
      else
        _jx_checks_add (checks, JX_SEVERITY_ERROR, spent_path,
                        /* Translators: e.g. "Expenditure of 1,400.00 万元 exceeds revenue and
                         * carry-in, 1,336.48 万元 (1,250.36 + 86.12), by 63.52 万元" */
                        _("Expenditure of %s 万元 exceeds revenue and carry-in, %s 万元 (%s + %s), by %s 万元"),
                        _jx_checks_money (checks, spent), _jx_checks_money (checks, in),
                        _jx_checks_money (checks, revenue), _jx_checks_money (checks, e->opening_balance),
                        _jx_checks_money (checks, diff));
      return;
    }

  /* the closing balance stated: the carry-in would be out − revenue = diff */
  if (diff > 0)
    _jx_checks_add (checks, JX_SEVERITY_WARNING, OPENING_PATH,
                    /* Translators: e.g. "Expenditure and closing balance add up to 1,376.48 万元
                     * (1,336.48 + 40.00), more than the revenue of 1,250.36 万元 by 126.12 万元, and
                     * no carry-in (年初结转结余) is stated: a carry-in of 126.12 万元 is probably missing" */
                    _("Expenditure and closing balance add up to %s 万元 (%s + %s), more than the revenue of %s 万元 by %s 万元, and no carry-in (年初结转结余) is stated: a carry-in of %s 万元 is probably missing"),
                    _jx_checks_money (checks, out), _jx_checks_money (checks, spent),
                    _jx_checks_money (checks, e->closing_balance),
                    _jx_checks_money (checks, revenue), _jx_checks_money (checks, diff),
                    _jx_checks_money (checks, diff));
  else
    _jx_checks_add (checks, JX_SEVERITY_ERROR, spent_path,
                    /* Translators: e.g. "Revenue of 1,400.00 万元 exceeds expenditure and closing
                     * balance, 1,376.48 万元 (1,336.48 + 40.00), by 23.52 万元" */
                    _("Revenue of %s 万元 exceeds expenditure and closing balance, %s 万元 (%s + %s), by %s 万元"),
                    _jx_checks_money (checks, revenue), _jx_checks_money (checks, out),
                    _jx_checks_money (checks, spent), _jx_checks_money (checks, e->closing_balance),
                    _jx_checks_money (checks, -diff));
}

/* The projects' carry-in and closing balance are part of the whole budget's. */
static void
project_part (JxChecks   *checks,
              const char *path,
              const char *what,
              JxMoney     project,
              JxMoney     whole)
{
  if (!JX_MONEY_IS_SET (project) || !JX_MONEY_IS_SET (whole) || project <= whole)
    return;

  _jx_checks_add (checks, JX_SEVERITY_ERROR, path,
                  /* Translators: e.g. "The projects’ carry-in (年初结转结余) of 90.00 万元 is more
                   * than the whole budget’s, 86.12 万元 (by 3.88): it is part of it" */
                  _("The projects’ %s of %s 万元 is more than the whole budget’s, %s 万元 (by %s): it is part of it"),
                  what, _jx_checks_money (checks, project), _jx_checks_money (checks, whole),
                  _jx_checks_money (checks, project - whole));
}

void
_jx_checks_balance (JxChecks *checks)
{
  const JxBudget *b = &checks->doc->budget;
  JxMoney previous[] = { b->by_nature.previous_basic, b->projects.previous_year };
  const char *previous_names[] = { _("last year’s basic expenditure"), _("last year’s project expenditure") };

  check_balance (checks);

  project_part (checks, "budget.projects.opening_balance", _("carry-in (年初结转结余)"),
                b->projects.opening_balance, b->execution.opening_balance);
  project_part (checks, "budget.projects.closing_balance", _("closing balance (年末结转结余)"),
                b->projects.closing_balance, b->execution.closing_balance);

  _jx_checks_money_sum_rows (checks, "budget.by_nature.previous_total", _("Last year’s expenditure"),
                             _("basic and project expenditure"), _("total expenditure"),
                             b->by_nature.previous_total, previous, previous_names,
                             G_N_ELEMENTS (previous));
}
