/* SPDX-License-Identifier: GPL-3.0-or-later */
/* jx-metrics.c: the ratios of DESIGN.md §4, computed from the document's exact inputs.
 *
 * Every metric is one of four shapes over two or three operands, all exact integers
 * (money in 0.01 元, or counts of people):
 *
 *   ratio   a / b × 100              (control, execution, utilization …)
 *   change  (a − b) / b × 100        (change, adjustment and growth rates)
 *   share   a / (a + b) × 100        (utilization on in use + idle)
 *   sum     a / (b + c) × 100        (execution and carry-over on adjusted budget + carry-in)
 *
 * A metric is not applicable (NAN) when an operand is not stated or the base is zero.
 */
#define G_LOG_DOMAIN "jx-metrics"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "jx-metrics.h"
#include "jx-money.h"
#include "jx-record.h"
#include "jx-scoring-private.h"

typedef enum {
  SHAPE_RATIO,
  SHAPE_CHANGE,
  SHAPE_SHARE,
  SHAPE_SUM,
} Shape;

typedef struct {
  Shape shape;
  gboolean counts;      /* operands are people, not money */
  gint64 a;             /* JX_MONEY_NONE when not stated */
  gint64 b;
  gint64 c;             /* SHAPE_SUM only */
  const char *a_name;   /* untranslated, N_() */
  const char *b_name;
  const char *c_name;
} Operands;

static const char * const metric_titles[JX_N_METRICS] = {
  NULL,
  N_("Staff control rate"),
  N_("“Three public” expenses change rate"),
  N_("“Three public” expenses control rate"),
  N_("Budget execution rate"),
  N_("Project execution rate"),
  N_("Public funds control rate"),
  N_("Government procurement execution rate"),
  N_("Key expenditure rate"),
  N_("Asset utilization rate"),
  N_("Budget adjustment rate"),
  N_("Carry-over rate"),
  N_("Revenue growth rate"),
  N_("Expenditure growth rate"),
};

static gint64
count_operand (gint count)
{
  return JX_COUNT_IS_SET (count) ? (gint64) count : JX_MONEY_NONE;
}

static void
set_money (Operands   *op,
           Shape       shape,
           JxMoney     a,
           const char *a_name,
           JxMoney     b,
           const char *b_name)
{
  op->shape = shape;
  op->counts = FALSE;
  op->a = a;
  op->a_name = a_name;
  op->b = b;
  op->b_name = b_name;
  op->c = 0;
  op->c_name = NULL;
}

/* a / b, or a / (b + c) when the document counts the carry-in (c) in the budget. */
static void
set_on_budget (Operands        *op,
               const JxDocData *doc,
               JxMoney          a,
               const char      *a_name,
               const JxFlow    *flow,
               const char      *b_name)
{
  set_money (op, SHAPE_RATIO, a, a_name, flow->adjusted, b_name);
  if (doc->scoring.execution_base == JX_EXECUTION_BASE_ADJUSTED_AND_OPENING)
    {
      op->shape = SHAPE_SUM;
      op->c = flow->opening_balance;
      op->c_name = flow == &doc->budget.projects ? N_("the projects’ carry-in (年初结转结余)")
                                                 : N_("the carry-in (年初结转结余)");
    }
}

JxMoney
jx_budget_total_expenditure (const JxBudget *budget)
{
  g_return_val_if_fail (budget != NULL, JX_MONEY_NONE);

  if (JX_MONEY_IS_SET (budget->by_nature.total))
    return budget->by_nature.total;
  if (JX_MONEY_IS_SET (budget->by_function.total))
    return budget->by_function.total;
  return budget->execution.actual;
}

static gboolean
get_operands (const JxDocData *doc,
              JxMetricId       id,
              Operands        *op)
{
  const JxBudget *b = &doc->budget;
  const JxStaffing *st = &doc->department.staffing;

  switch (id)
    {
    case JX_METRIC_STAFF_CONTROL_RATE:
      set_money (op, SHAPE_RATIO,
                 count_operand (st->actual.total), N_("the actual headcount"),
                 count_operand (st->authorized.total), N_("the authorized headcount"));
      op->counts = TRUE;
      return TRUE;
    case JX_METRIC_THREE_PUBLIC_CHANGE_RATE:
      if (doc->scoring.three_public_change_base == JX_CHANGE_BASE_ACTUAL)
        set_money (op, SHAPE_CHANGE,
                   b->three_public.actual_total, N_("this year’s “three public” actual spending"),
                   b->three_public.previous_actual_total, N_("last year’s “three public” actual spending"));
      else
        set_money (op, SHAPE_CHANGE,
                   b->three_public.budget_total, N_("this year’s “three public” budget"),
                   b->three_public.previous_budget_total, N_("last year’s “three public” budget"));
      return TRUE;
    case JX_METRIC_THREE_PUBLIC_CONTROL_RATE:
      set_money (op, SHAPE_RATIO,
                 b->three_public.actual_total, N_("the “three public” actual spending"),
                 b->three_public.budget_total, N_("the “three public” budget"));
      return TRUE;
    case JX_METRIC_BUDGET_EXECUTION_RATE:
      set_on_budget (op, doc, b->execution.actual, N_("the actual spending of the budget"),
                     &b->execution, N_("the adjusted budget"));
      return TRUE;
    case JX_METRIC_PROJECT_EXECUTION_RATE:
      set_on_budget (op, doc, b->projects.actual, N_("the actual project spending"),
                     &b->projects, N_("the adjusted project budget"));
      return TRUE;
    case JX_METRIC_PUBLIC_FUNDS_CONTROL_RATE:
      set_money (op, SHAPE_RATIO,
                 b->public_funds.actual, N_("the actual public funds"),
                 b->public_funds.adjusted, N_("the adjusted public funds budget"));
      return TRUE;
    case JX_METRIC_PROCUREMENT_EXECUTION_RATE:
      set_money (op, SHAPE_RATIO,
                 b->procurement.actual, N_("the actual government procurement"),
                 b->procurement.budget, N_("the government procurement budget"));
      return TRUE;
    case JX_METRIC_KEY_EXPENDITURE_RATE:
      set_money (op, SHAPE_RATIO,
                 b->key_expenditure.amount, N_("the key expenditure"),
                 b->projects.actual, N_("the actual project spending"));
      return TRUE;
    case JX_METRIC_ASSET_UTILIZATION_RATE:
      if (b->assets.utilization_base == JX_ASSET_BASE_IN_USE_AND_IDLE)
        set_money (op, SHAPE_SHARE,
                   b->assets.in_use, N_("the assets in use"),
                   b->assets.idle, N_("the idle assets"));
      else
        set_money (op, SHAPE_RATIO,
                   b->assets.in_use, N_("the assets in use"),
                   b->assets.registered, N_("the registered assets"));
      return TRUE;
    case JX_METRIC_BUDGET_ADJUSTMENT_RATE:
      set_money (op, SHAPE_CHANGE,
                 b->execution.adjusted, N_("the adjusted budget"),
                 b->execution.initial, N_("the initial budget"));
      return TRUE;
    case JX_METRIC_CARRY_OVER_RATE:
      set_on_budget (op, doc, b->execution.closing_balance, N_("the closing balance (年末结转结余)"),
                     &b->execution, N_("the adjusted budget"));
      return TRUE;
    case JX_METRIC_REVENUE_GROWTH_RATE:
      set_money (op, SHAPE_CHANGE,
                 b->revenue.total, N_("this year’s total revenue"),
                 b->revenue.previous_total, N_("last year’s total revenue"));
      return TRUE;
    case JX_METRIC_EXPENDITURE_GROWTH_RATE:
      set_money (op, SHAPE_CHANGE,
                 jx_budget_total_expenditure (b), N_("this year’s total expenditure"),
                 b->by_nature.previous_total, N_("last year’s total expenditure"));
      return TRUE;
    case JX_METRIC_NONE:
    case JX_N_METRICS:
    default:
      return FALSE;
    }
}

/* The denominator, or 0 when there is none. */
static gint64
operands_base (const Operands *op)
{
  switch (op->shape)
    {
    case SHAPE_SHARE:
      return op->a + op->b;
    case SHAPE_SUM:
      return op->b + op->c;
    case SHAPE_RATIO:
    case SHAPE_CHANGE:
    default:
      return op->b;
    }
}

static double
operands_value (const Operands *op)
{
  gint64 base;

  if (op->a == JX_MONEY_NONE || op->b == JX_MONEY_NONE || op->c == JX_MONEY_NONE)
    return NAN;
  base = operands_base (op);
  if (base == 0)
    return NAN;
  if (op->shape == SHAPE_CHANGE)
    return (double) (op->a - op->b) / (double) base * 100.0;
  return (double) op->a / (double) base * 100.0;
}

double
jx_metric_compute (const JxDocData *doc,
                   JxMetricId       id)
{
  Operands op;

  g_return_val_if_fail (doc != NULL, NAN);

  if (!get_operands (doc, id, &op))
    return NAN;
  return operands_value (&op);
}

const char *
jx_metric_to_string (JxMetricId id)
{
  if (id <= JX_METRIC_NONE || id >= JX_N_METRICS)
    return NULL;
  return jx_metric_names[id];
}

JxMetricId
jx_metric_from_string (const char *id)
{
  int i;

  if (id == NULL || *id == '\0')
    return JX_METRIC_NONE;
  for (i = JX_METRIC_NONE + 1; i < JX_N_METRICS; i++)
    if (g_str_equal (jx_metric_names[i], id))
      return (JxMetricId) i;
  return JX_METRIC_NONE;
}

const char *
jx_metric_title (JxMetricId id)
{
  if (id <= JX_METRIC_NONE || id >= JX_N_METRICS)
    return NULL;
  return _(metric_titles[id]);
}

const char *
jx_metric_title_untranslated (JxMetricId id)
{
  if (id <= JX_METRIC_NONE || id >= JX_N_METRICS)
    return NULL;
  return metric_titles[id];
}

static char *
format_operand (const Operands *op,
                gint64          value)
{
  if (op->counts)
    return g_strdup_printf ("%" G_GINT64_FORMAT, value);
  return jx_money_to_string (value);
}

char *
jx_metric_explain (const JxDocData *doc,
                   JxMetricId       id)
{
  g_autofree char *a = NULL;
  g_autofree char *b = NULL;
  char pct[JX_NUMBER_BUF];
  Operands op;

  g_return_val_if_fail (doc != NULL, NULL);

  if (!get_operands (doc, id, &op))
    return g_strdup (_("Not a metric."));

  if (op.a == JX_MONEY_NONE && id == JX_METRIC_KEY_EXPENDITURE_RATE)
    return g_strdup (_("Not applicable: there is no key expenditure."));
  if (op.a == JX_MONEY_NONE)
    return g_strdup_printf (_("Not applicable: %s is not stated."), _(op.a_name));
  if (op.b == JX_MONEY_NONE)
    return g_strdup_printf (_("Not applicable: %s is not stated."), _(op.b_name));
  if (op.c == JX_MONEY_NONE)
    return g_strdup_printf (_("Not applicable: %s is not stated."), _(op.c_name));
  if (op.shape == SHAPE_SHARE && operands_base (&op) == 0)
    return g_strdup_printf (_("Not applicable: %s and %s add up to zero."), _(op.a_name), _(op.b_name));
  if (op.shape == SHAPE_SUM && operands_base (&op) == 0)
    return g_strdup_printf (_("Not applicable: %s and %s add up to zero."), _(op.b_name), _(op.c_name));
  if ((op.shape == SHAPE_RATIO || op.shape == SHAPE_CHANGE) && op.b == 0)
    return g_strdup_printf (_("Not applicable: %s is zero."), _(op.b_name));

  a = format_operand (&op, op.a);
  b = format_operand (&op, op.b);
  _jx_format_fixed (pct, operands_value (&op), 2);

  switch (op.shape)
    {
    case SHAPE_SUM:
      {
        g_autofree char *c = format_operand (&op, op.c);

        /* Translators: actual / (adjusted budget + carry-in) = rate */
        return g_strdup_printf (_("%s / (%s + %s) = %s%%"), a, b, c, pct);
      }
    case SHAPE_CHANGE:
      /* Translators: (this year − last year) / last year = change; "%%" is a percent sign */
      return g_strdup_printf (_("(%s − %s) / %s = %s%%"), a, b, b, pct);
    case SHAPE_SHARE:
      /* Translators: in use / (in use + idle) = rate */
      return g_strdup_printf (_("%s / (%s + %s) = %s%%"), a, a, b, pct);
    case SHAPE_RATIO:
    default:
      /* Translators: actual / base = rate, e.g. "93 / 101 = 92.08%" */
      return g_strdup_printf (_("%s / %s = %s%%"), a, b, pct);
    }
}
