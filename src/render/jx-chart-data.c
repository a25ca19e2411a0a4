/* SPDX-License-Identifier: GPL-3.0-or-later */
/* jx-chart-data.c: the charts of a document: which ones, their ids and titles, and the
 * figures each budget chart shows, taken from the model and formatted as the report prints
 * them (the indicator charts are in jx-chart-data-indicators.c). A chart keeps its own copy
 * of the figures: it outlives the document it was made from. */
#define G_LOG_DOMAIN "jx-chart"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "jx-chart-private.h"
#include "jx-format.h"
#include "jx-metrics.h"
#include "jx-money.h"
#include "jx-scoring.h"

static void
item_free (gpointer data)
{
  JxChartItem *item = data;
  guint i;

  g_free (item->label);
  g_free (item->group);
  for (i = 0; i < JX_CHART_MAX_SERIES; i++)
    g_free (item->text[i]);
  g_free (item->note);
  g_free (item->badge);
  g_free (item->describe);
  g_free (item);
}

JxChart *
_jx_chart_new (const char  *id,
               JxChartKind  kind,
               const char  *title)
{
  JxChart *chart = g_new0 (JxChart, 1);

  chart->id = g_strdup (id);
  chart->chinese = _jx_chart_speaks_chinese ();
  chart->kind = kind;
  chart->title = g_strdup (title);
  chart->items = g_ptr_array_new_with_free_func (item_free);
  return chart;
}

void
jx_chart_free (JxChart *chart)
{
  guint i;

  if (chart == NULL)
    return;
  g_free (chart->id);
  g_free (chart->title);
  g_free (chart->subtitle);
  g_free (chart->summary);
  g_free (chart->footnote);
  g_free (chart->empty_text);
  for (i = 0; i < JX_CHART_MAX_SERIES; i++)
    g_free (chart->series[i]);
  g_free (chart->panels[0]);
  g_free (chart->panels[1]);
  g_ptr_array_unref (chart->items);
  g_free (chart);
}

JxChartItem *
_jx_chart_add_item (JxChart    *chart,
                    const char *label)
{
  JxChartItem *item = g_new0 (JxChartItem, 1);
  guint i;

  item->label = g_strdup (label != NULL && label[0] != '\0' ? label : "—");
  for (i = 0; i < JX_CHART_MAX_SERIES; i++)
    item->value[i] = NAN;
  g_ptr_array_add (chart->items, item);
  return item;
}

/* "1,234.5" from 1234.5: at most `max_decimals`, trailing zeros dropped. */
char *
_jx_chart_format_number (double   value,
                   int      max_decimals,
                   gboolean grouping)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];
  g_autofree char *fmt = g_strdup_printf ("%%.%df", CLAMP (max_decimals, 0, 6));
  GString *out;
  const char *digits;
  const char *dot;
  gsize int_len;
  gsize i;
  char *end;

  if (isnan (value))
    return g_strdup ("—");
  if (fabs (value) < 0.5 * pow (10, -max_decimals))
    value = 0;   /* no "-0" */
  g_ascii_formatd (buf, sizeof buf, fmt, value);
  if (strchr (buf, '.') != NULL)
    {
      end = buf + strlen (buf) - 1;
      while (*end == '0')
        *end-- = '\0';
      if (*end == '.')
        *end = '\0';
    }
  out = g_string_new (NULL);
  digits = buf;
  if (*digits == '-')
    g_string_append_c (out, *digits++);
  dot = strchr (digits, '.');
  int_len = dot != NULL ? (gsize) (dot - digits) : strlen (digits);
  for (i = 0; i < int_len; i++)
    {
      if (grouping && i > 0 && (int_len - i) % 3 == 0)
        g_string_append_c (out, ',');
      g_string_append_c (out, digits[i]);
    }
  g_string_append (out, digits + int_len);
  return g_string_free (out, FALSE);
}

char *
_jx_chart_format_wan_sum (double wan)
{
  double units = wan * JX_MONEY_PER_WAN;

  if (!(units < (double) JX_MONEY_MAX * 9000) || !(units > -(double) JX_MONEY_MAX * 9000))
    return g_strdup (jx_money_too_large_text ());
  return jx_money_format ((JxMoney) llround (units), 2, TRUE);
}

static char *
money_text (JxMoney m)
{
  return JX_MONEY_IS_SET (m) ? jx_money_format (m, 2, TRUE) : NULL;
}

static double
money_value (JxMoney m)
{
  return JX_MONEY_IS_SET (m) ? jx_money_to_double (m) : NAN;
}

void
_jx_chart_set_subtitle (JxChart         *chart,
                        const JxDocData *doc,
                        const char      *unit)
{
  g_autoptr(GString) s = g_string_new (NULL);

  if (doc->department.name != NULL && doc->department.name[0] != '\0')
    g_string_append (s, doc->department.name);
  if (doc->department.year > 0)
    {
      if (s->len > 0)
        g_string_append (s, "  ·  ");
      /* Translators: the year of the document in a chart's subtitle. */
      g_string_append_printf (s, _("Year %d"), doc->department.year);
    }
  if (unit != NULL)
    {
      if (s->len > 0)
        g_string_append (s, "  ·  ");
      g_string_append (s, unit);
    }
  chart->subtitle = g_string_free (g_steal_pointer (&s), FALSE);
}

void
_jx_chart_set_empty (JxChart    *chart,
                     const char *reason)
{
  chart->empty = TRUE;
  chart->empty_text = g_strdup_printf ("%s\n%s", _("No data"), reason);
}

/* "一般公共预算财政拨款收入 2,725.07 万元 (72.65%)" or "…: not stated". */
static char *
describe_money (const char *label,
                const char *amount,
                const char *share)
{
  if (amount == NULL)
    return g_strdup_printf ("%s: %s", label, C_("chart", "not stated"));
  if (share != NULL)
    return g_strdup_printf ("%s %s %s (%s)", label, amount, _("10k yuan"), share);
  return g_strdup_printf ("%s %s %s", label, amount, _("10k yuan"));
}

/* Items of an amount table; shares of the sum of the stated positive amounts. */
static void
add_amount_items (JxChart             *chart,
                  const JxAmountTable *table)
{
  JxMoney sum = 0;
  gboolean too_large = FALSE;
  guint n_negative = 0;
  guint i;

  for (i = 0; table->items != NULL && i < table->items->len; i++)
    {
      const JxAmountItem *a = g_ptr_array_index (table->items, i);

      if (JX_MONEY_IS_SET (a->amount) && a->amount > 0)
        too_large |= !too_large && !jx_money_add (sum, a->amount, &sum);
      else if (JX_MONEY_IS_SET (a->amount) && a->amount < 0)
        n_negative++;
    }
  /* A sum that does not fit: no shares, and the total says so (never a wrapped figure). */
  if (too_large)
    sum = 0;
  for (i = 0; table->items != NULL && i < table->items->len; i++)
    {
      const JxAmountItem *a = g_ptr_array_index (table->items, i);
      JxChartItem *item = _jx_chart_add_item (chart, a->name);

      item->value[0] = money_value (a->amount);
      item->text[0] = money_text (a->amount);
      item->fill = 0;
      /* A negative amount is no share of the whole: it is shown as it is, without one. */
      if (JX_MONEY_IS_SET (a->amount) && a->amount < 0)
        {
          item->note = g_strdup ("—");
          item->describe = g_strdup_printf (_("%s %s %s (negative: not a share of the total)"),
                                            item->label, item->text[0], _("10k yuan"));
          continue;
        }
      if (JX_MONEY_IS_SET (a->amount) && sum > 0)
        item->note = jx_format_percent ((double) a->amount / (double) sum * 100.0, 2);
      item->describe = describe_money (item->label, item->text[0], item->note);
    }
  if (too_large)
    chart->summary = g_strdup_printf (_("Total: %s"), jx_money_too_large_text ());
  else if (sum > 0 && n_negative > 0)
    {
      g_autofree char *total = jx_money_format (sum, 2, TRUE);

      chart->summary = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                     "Total of the positive amounts: %s %s; %u negative amount is left out of the shares",
                                                     "Total of the positive amounts: %s %s; %u negative amounts are left out of the shares",
                                                     n_negative),
                                        total, _("10k yuan"), n_negative);
    }
  else if (sum > 0)
    {
      g_autofree char *total = jx_money_format (sum, 2, TRUE);

      chart->summary = g_strdup_printf (_("Total: %s %s"), total, _("10k yuan"));
    }
  else
    _jx_chart_set_empty (chart, _("No amounts are stated in this table."));
}

static JxChart *
amount_chart (const JxDocData     *doc,
              const char          *id,
              JxChartKind          kind,
              const char          *title,
              const JxAmountTable *table)
{
  JxChart *chart = _jx_chart_new (id, kind, title);

  _jx_chart_set_subtitle (chart, doc, _("Unit: 10k yuan"));
  add_amount_items (chart, table);
  return chart;
}

static JxChart *
nature_chart (const JxDocData *doc)
{
  const JxNature *n = &doc->budget.by_nature;
  JxChart *chart = _jx_chart_new ("spending-nature", JX_CHART_KIND_STACKED, _("Spending by nature"));
  struct { const char *label; JxMoney m; gboolean basic; } parts[3] = {
    { _("Personnel"), n->personnel, TRUE },
    { _("Public funds"), n->public_, TRUE },
    { _("Projects"), n->project, FALSE },
  };
  JxAmountTable table = { 0 };
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_free);
  guint i;

  _jx_chart_set_subtitle (chart, doc, _("Unit: 10k yuan"));
  if (!JX_MONEY_IS_SET (n->personnel) && !JX_MONEY_IS_SET (n->public_) && JX_MONEY_IS_SET (n->basic))
    {
      /* Only the basic total is known: one segment for it. */
      parts[0].label = _("Basic spending");
      parts[0].m = n->basic;
      parts[1].m = JX_MONEY_NONE;
      parts[1].label = NULL;
    }
  for (i = 0; i < G_N_ELEMENTS (parts); i++)
    {
      JxAmountItem *a;

      if (parts[i].label == NULL)
        continue;
      a = g_new0 (JxAmountItem, 1);
      a->name = (char *) parts[i].label;
      a->amount = parts[i].m;
      g_ptr_array_add (items, a);
    }
  table.items = items;
  add_amount_items (chart, &table);
  for (i = 0; i < chart->items->len; i++)
    {
      JxChartItem *item = g_ptr_array_index (chart->items, i);

      item->fill = (int) i;
      if (i < 2 && chart->items->len == 3)
        {
          item->group = g_strdup (_("Basic spending"));
          item->group_id = 1;
        }
    }
  return chart;
}

static JxChart *
execution_chart (const JxDocData *doc)
{
  const JxFlow *f = &doc->budget.execution;
  JxChart *chart = _jx_chart_new ("budget-execution", JX_CHART_KIND_STEPS, _("Budget execution"));
  struct { const char *label; JxMoney m; gboolean delta; int fill; } steps[] = {
    { _("Initial budget"), f->initial, FALSE, 0 },
    { _("Additions"), f->additional, TRUE, 2 },
    { _("Adjusted budget"), f->adjusted, FALSE, 0 },
    { _("Executed"), f->actual, FALSE, 1 },
  };
  g_autoptr(GString) summary = g_string_new (NULL);
  gboolean any = FALSE;
  JxMetricId metrics[] = { JX_METRIC_BUDGET_EXECUTION_RATE, JX_METRIC_BUDGET_ADJUSTMENT_RATE };
  guint i;

  _jx_chart_set_subtitle (chart, doc, _("Unit: 10k yuan"));
  for (i = 0; i < G_N_ELEMENTS (steps); i++)
    {
      JxChartItem *item = _jx_chart_add_item (chart, steps[i].label);

      item->value[0] = money_value (steps[i].m);
      item->text[0] = money_text (steps[i].m);
      if (item->text[0] != NULL && steps[i].delta && steps[i].m > 0)
        {
          char *plus = g_strconcat ("+", item->text[0], NULL);

          g_free (item->text[0]);
          item->text[0] = plus;
        }
      item->delta = steps[i].delta;
      item->fill = steps[i].fill;
      item->describe = describe_money (item->label, item->text[0], NULL);
      any |= JX_MONEY_IS_SET (steps[i].m);
    }
  for (i = 0; i < G_N_ELEMENTS (metrics); i++)
    {
      double v = jx_metric_compute (doc, metrics[i]);
      g_autofree char *pct = NULL;

      if (isnan (v))
        continue;
      pct = jx_format_percent (v, 2);
      if (summary->len > 0)
        g_string_append (summary, "  ·  ");
      g_string_append_printf (summary, "%s %s", _(jx_metric_title_untranslated (metrics[i])), pct);
    }
  if (summary->len > 0)
    chart->summary = g_string_free (g_steal_pointer (&summary), FALSE);
  if (!any)
    _jx_chart_set_empty (chart, _("No budget or execution figures are stated."));
  return chart;
}

/* The stated total, else the sum of the stated items; *too_large when that sum does not fit. */
static JxMoney
sum_or_stated (JxMoney             stated,
               const GPtrArray    *items,
               gsize               offset,
               gboolean           *too_large)
{
  JxMoney sum = 0;
  gboolean any = FALSE;
  guint i;

  *too_large = FALSE;
  if (JX_MONEY_IS_SET (stated))
    return stated;
  for (i = 0; items != NULL && i < items->len; i++)
    {
      JxMoney m = G_STRUCT_MEMBER (JxMoney, g_ptr_array_index (items, i), offset);

      if (JX_MONEY_IS_SET (m))
        {
          if (!jx_money_add (sum, m, &sum))
            {
              *too_large = TRUE;
              return JX_MONEY_NONE;
            }
          any = TRUE;
        }
    }
  return any ? sum : JX_MONEY_NONE;
}

/* One row of budget and actual; a sum too large to add up is not drawn and says so. */
static JxChartItem *
add_pair_full (JxChart    *chart,
               const char *label,
               int         panel,
               JxMoney     budget,
               JxMoney     actual,
               gboolean    budget_too_large,
               gboolean    actual_too_large)
{
  JxChartItem *item = _jx_chart_add_item (chart, label);
  g_autofree char *b = NULL;
  g_autofree char *a = NULL;

  item->panel = panel;
  item->value[0] = money_value (budget);
  item->value[1] = money_value (actual);
  item->text[0] = budget_too_large ? g_strdup (jx_money_too_large_text ()) : money_text (budget);
  item->text[1] = actual_too_large ? g_strdup (jx_money_too_large_text ()) : money_text (actual);
  b = budget_too_large ? g_strdup (item->text[0])
    : item->text[0] != NULL ? g_strdup_printf ("%s %s", item->text[0], _("10k yuan")) : g_strdup (C_("chart", "not stated"));
  a = actual_too_large ? g_strdup (item->text[1])
    : item->text[1] != NULL ? g_strdup_printf ("%s %s", item->text[1], _("10k yuan")) : g_strdup (C_("chart", "not stated"));
  /* Translators: one row of the “three public” chart: item, budget, actual. */
  item->describe = g_strdup_printf (_("%s: budget %s, actual %s"), label, b, a);
  return item;
}

static JxChartItem *
add_pair (JxChart    *chart,
          const char *label,
          int         panel,
          JxMoney     budget,
          JxMoney     actual)
{
  return add_pair_full (chart, label, panel, budget, actual, FALSE, FALSE);
}

static JxChart *
three_public_chart (const JxDocData *doc)
{
  const JxThreePublic *t = &doc->budget.three_public;
  JxChart *chart = _jx_chart_new ("three-public", JX_CHART_KIND_GROUPED, _("“Three public” expenses"));
  int year = doc->department.year;
  g_autofree char *this_year = NULL;
  g_autofree char *last_year = NULL;
  g_autoptr(GString) foot = g_string_new (NULL);
  JxMetricId metrics[] = { JX_METRIC_THREE_PUBLIC_CONTROL_RATE, JX_METRIC_THREE_PUBLIC_CHANGE_RATE };
  gboolean any = FALSE;
  guint i;

  _jx_chart_set_subtitle (chart, doc, _("Unit: 10k yuan"));
  chart->n_series = 2;
  chart->series[0] = g_strdup (_("Budget amount"));
  chart->series[1] = g_strdup (_("Actual amount"));
  chart->series_fill[0] = 1;
  chart->series_fill[1] = 0;
  chart->panels[0] = g_strdup (_("By item: budget and actual"));
  chart->panels[1] = g_strdup (_("Total: last year and this year"));
  for (i = 0; t->items != NULL && i < t->items->len; i++)
    {
      const JxThreePublicItem *it = g_ptr_array_index (t->items, i);
      JxChartItem *item = add_pair (chart, it->name, 0, it->budget, it->actual);

      /* Last year's figures of an item, when stated, are told (not drawn: the totals are). */
      if (JX_MONEY_IS_SET (it->previous_budget) || JX_MONEY_IS_SET (it->previous_actual))
        {
          g_autofree char *pb = money_text (it->previous_budget);
          g_autofree char *pa = money_text (it->previous_actual);
          char *longer = g_strdup_printf (_("%s; last year: budget %s, actual %s"), item->describe,
                                          pb != NULL ? pb : C_("chart", "not stated"), pa != NULL ? pa : C_("chart", "not stated"));

          g_free (item->describe);
          item->describe = longer;
        }
      any |= JX_MONEY_IS_SET (it->budget) || JX_MONEY_IS_SET (it->actual);
    }
  last_year = year > 0 ? g_strdup_printf ("%d", year - 1) : g_strdup (_("Last year"));
  this_year = year > 0 ? g_strdup_printf ("%d", year) : g_strdup (_("This year"));
  add_pair (chart, last_year, 1, t->previous_budget_total, t->previous_actual_total);
  {
    gboolean budget_large, actual_large;
    JxMoney budget = sum_or_stated (t->budget_total, t->items, G_STRUCT_OFFSET (JxThreePublicItem, budget),
                                    &budget_large);
    JxMoney actual = sum_or_stated (t->actual_total, t->items, G_STRUCT_OFFSET (JxThreePublicItem, actual),
                                    &actual_large);

    add_pair_full (chart, this_year, 1, budget, actual, budget_large, actual_large);
  }
  any |= JX_MONEY_IS_SET (t->budget_total) || JX_MONEY_IS_SET (t->actual_total)
      || JX_MONEY_IS_SET (t->previous_budget_total) || JX_MONEY_IS_SET (t->previous_actual_total);

  for (i = 0; i < G_N_ELEMENTS (metrics); i++)
    {
      double v = jx_metric_compute (doc, metrics[i]);
      g_autofree char *pct = NULL;

      if (isnan (v))
        continue;
      pct = jx_format_percent (v, 2);
      if (foot->len > 0)
        g_string_append (foot, "  ·  ");
      g_string_append_printf (foot, "%s %s", _(jx_metric_title_untranslated (metrics[i])), pct);
    }
  if (foot->len > 0)
    chart->summary = g_string_free (g_steal_pointer (&foot), FALSE);
  if (!any)
    _jx_chart_set_empty (chart, _("No “three public” figures are stated."));
  return chart;
}

/* The index in `sheet` of each level-2 result (the groups, in document order). */
static GArray *
group_rows (const JxScoreSheet *sheet)
{
  GArray *rows = g_array_new (FALSE, FALSE, sizeof (guint));
  guint i;

  for (i = 0; i < sheet->indicators->len; i++)
    if (((const JxIndicatorResult *) g_ptr_array_index (sheet->indicators, i))->level == 2)
      g_array_append_val (rows, i);
  return rows;
}

GPtrArray *
_jx_chart_build_all (const JxDocData    *doc,
                     const JxScoreSheet *sheet)
{
  GPtrArray *charts = g_ptr_array_new_with_free_func ((GDestroyNotify) jx_chart_free);
  g_autoptr(JxScoreSheet) own = sheet == NULL ? jx_score_sheet_compute (doc) : NULL;
  g_autoptr(GArray) rows = NULL;
  int n = 0;
  guint i, j;

  if (sheet == NULL)
    sheet = own;
  rows = group_rows (sheet);
  g_ptr_array_add (charts, amount_chart (doc, "revenue", JX_CHART_KIND_DONUT, _("Revenue structure"),
                                         &doc->budget.revenue));
  g_ptr_array_add (charts, amount_chart (doc, "spending-function", JX_CHART_KIND_DONUT,
                                         _("Spending by functional class"), &doc->budget.by_function));
  g_ptr_array_add (charts, nature_chart (doc));
  g_ptr_array_add (charts, amount_chart (doc, "spending-economic", JX_CHART_KIND_HBARS,
                                         _("Basic spending by economic class"), &doc->budget.by_economic));
  g_ptr_array_add (charts, execution_chart (doc));
  g_ptr_array_add (charts, three_public_chart (doc));
  {
    /* Only where last year's figures are stated: the slides show every chart listed here. */
    JxChart *yoy = _jx_chart_new_year_over_year (doc);

    if (!yoy->empty)
      g_ptr_array_add (charts, yoy);
    else
      jx_chart_free (yoy);
  }
  g_ptr_array_add (charts, _jx_chart_new_target (doc, sheet, NULL, 0, 0));
  for (i = 0; doc->indicators != NULL && i < doc->indicators->len; i++)
    {
      const JxIndicator *dim = g_ptr_array_index (doc->indicators, i);

      for (j = 0; dim->children != NULL && j < dim->children->len; j++)
        {
          const JxIndicator *group = g_ptr_array_index (dim->children, j);

          n++;
          if (_jx_chart_group_has_targets (group))
            g_ptr_array_add (charts, _jx_chart_new_target (doc, sheet, group, n, g_array_index (rows, guint, n - 1)));
        }
    }
  g_ptr_array_add (charts, _jx_chart_new_scores (doc, sheet));
  return charts;
}

JxChart *
_jx_chart_build_one (const JxDocData    *doc,
                     const JxScoreSheet *sheet,
                     const char         *id)
{
  g_autoptr(JxScoreSheet) own = NULL;
  guint64 wanted = 0;
  int n = 0;
  guint i, j;

  if (g_str_equal (id, "revenue"))
    return amount_chart (doc, "revenue", JX_CHART_KIND_DONUT, _("Revenue structure"), &doc->budget.revenue);
  if (g_str_equal (id, "spending-function"))
    return amount_chart (doc, "spending-function", JX_CHART_KIND_DONUT, _("Spending by functional class"),
                         &doc->budget.by_function);
  if (g_str_equal (id, "spending-nature"))
    return nature_chart (doc);
  if (g_str_equal (id, "spending-economic"))
    return amount_chart (doc, "spending-economic", JX_CHART_KIND_HBARS, _("Basic spending by economic class"),
                         &doc->budget.by_economic);
  if (g_str_equal (id, "budget-execution"))
    return execution_chart (doc);
  if (g_str_equal (id, "three-public"))
    return three_public_chart (doc);
  if (g_str_equal (id, "year-over-year"))
    return _jx_chart_new_year_over_year (doc);

  /* The charts of the indicators: from the scores. */
  if (!g_str_equal (id, "scores") && !g_str_equal (id, "target-actual")
      && !(g_str_has_prefix (id, "target-actual-")
           && g_ascii_string_to_unsigned (id + strlen ("target-actual-"), 10, 1, G_MAXINT, &wanted, NULL)))
    return NULL;
  if (sheet == NULL)
    sheet = own = jx_score_sheet_compute (doc);
  if (g_str_equal (id, "scores"))
    return _jx_chart_new_scores (doc, sheet);
  if (wanted == 0)
    return _jx_chart_new_target (doc, sheet, NULL, 0, 0);
  for (i = 0; doc->indicators != NULL && i < doc->indicators->len; i++)
    {
      const JxIndicator *dim = g_ptr_array_index (doc->indicators, i);

      for (j = 0; dim->children != NULL && j < dim->children->len; j++)
        if (++n == (int) wanted)
          {
            const JxIndicator *group = g_ptr_array_index (dim->children, j);
            g_autoptr(GArray) rows = NULL;

            if (!_jx_chart_group_has_targets (group))
              return NULL;
            rows = group_rows (sheet);
            return _jx_chart_new_target (doc, sheet, group, n, g_array_index (rows, guint, n - 1));
          }
    }
  return NULL;
}

GPtrArray *
jx_chart_ids_for_groups (const JxDocData *doc)
{
  GPtrArray *ids = g_ptr_array_new_with_free_func (g_free);
  int n = 0;
  guint i, j;

  g_return_val_if_fail (doc != NULL, NULL);

  for (i = 0; doc->indicators != NULL && i < doc->indicators->len; i++)
    {
      const JxIndicator *dim = g_ptr_array_index (doc->indicators, i);

      for (j = 0; dim->children != NULL && j < dim->children->len; j++)
        {
          n++;
          g_ptr_array_add (ids, _jx_chart_group_has_targets (g_ptr_array_index (dim->children, j))
                                ? g_strdup_printf ("target-actual-%d", n) : NULL);
        }
    }
  return ids;
}

char *
jx_chart_id_for_group (const JxDocData   *doc,
                       const JxIndicator *group)
{
  int n = 0;
  guint i, j;

  g_return_val_if_fail (doc != NULL, NULL);
  g_return_val_if_fail (group != NULL, NULL);

  for (i = 0; doc->indicators != NULL && i < doc->indicators->len; i++)
    {
      const JxIndicator *dim = g_ptr_array_index (doc->indicators, i);

      for (j = 0; dim->children != NULL && j < dim->children->len; j++)
        {
          n++;
          if (g_ptr_array_index (dim->children, j) == group)
            return _jx_chart_group_has_targets (group) ? g_strdup_printf ("target-actual-%d", n) : NULL;
        }
    }
  return NULL;
}
