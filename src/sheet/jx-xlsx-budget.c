/* SPDX-License-Identifier: GPL-3.0-or-later */
/* jx-xlsx-budget.c: the 预算执行 sheet — 年初, 追加, 全年, 执行 and the rate for the whole
 * budget, the projects, the public funds, government procurement and the “三公” expenses,
 * then the “三公” expenses by item with last year's figures. Amounts in 万元; rates are
 * formulas whose cached values are the model's metrics; the “三公” total is a SUM of the
 * items when the stated total is that sum, else the stated figure with a comment. */
#define G_LOG_DOMAIN "jx-xlsx"

#include "config.h"

#include <math.h>

#include "jx-metrics.h"
#include "jx-money.h"
#include "jx-xlsx-writer-private.h"

#define SHEET_NAME "预算执行"
#define N_COLS 6

static double
wan (JxMoney m)
{
  return JX_MONEY_IS_SET (m) ? jx_money_to_double (m) : NAN;
}

/* The rate `num`/`den` (cells) with the model's metric as its value; blank when the
 * metric is not applicable. */
static void
write_rate (JxXlsxWriter  *w,
            lxw_worksheet *ws,
            guint32        row,
            guint16        col,
            const char    *formula,
            JxMetricId     metric,
            lxw_format    *format)
{
  double v = jx_metric_compute (w->doc, metric);

  if (isnan (v))
    _jx_xlsx_number (w, ws, row, col, NAN, format);
  else
    _jx_xlsx_formula (w, ws, row, col, formula, v / 100, format);
}

static void
write_flow (JxXlsxWriter  *w,
            lxw_worksheet *ws,
            guint32        row,
            const char    *name,
            const JxFlow  *flow,
            JxMetricId     metric)
{
  char d[JX_XLSX_CELL_BUF], e[JX_XLSX_CELL_BUF];
  g_autofree char *rate = NULL;

  _jx_xlsx_text (w, ws, row, 0, name, w->f.text);
  _jx_xlsx_number (w, ws, row, 1, wan (flow->initial), w->f.money);
  _jx_xlsx_number (w, ws, row, 2, wan (flow->additional), w->f.money);
  _jx_xlsx_number (w, ws, row, 3, wan (flow->adjusted), w->f.money);
  _jx_xlsx_number (w, ws, row, 4, wan (flow->actual), w->f.money);
  rate = g_strdup_printf ("%s/%s", _jx_xlsx_cell (e, NULL, row, 4), _jx_xlsx_cell (d, NULL, row, 3));
  write_rate (w, ws, row, 5, rate, metric, w->f.percent);
}

/* Σ of a money member of the “三公” items; FALSE when one is not stated. */
static gboolean
item_sum (const JxThreePublic *tp,
          gsize                offset,
          JxMoney             *sum)
{
  guint i;

  *sum = 0;
  if (tp->items == NULL || tp->items->len == 0)
    return FALSE;
  for (i = 0; i < tp->items->len; i++)
    {
      JxMoney m = *(JxMoney *) ((guint8 *) g_ptr_array_index (tp->items, i) + offset);

      if (!JX_MONEY_IS_SET (m))
        return FALSE;
      *sum += m;
    }
  return TRUE;
}

static guint
n_items (const JxThreePublic *tp)
{
  return tp->items != NULL ? tp->items->len : 0;
}

/* The “三公” total of one column: SUM of the item rows when it is the stated total. */
static void
write_three_public_total (JxXlsxWriter  *w,
                          lxw_worksheet *ws,
                          guint32        row,
                          guint16        col,
                          guint32        first_item,
                          guint32        last_item,
                          JxMoney        stated,
                          gsize          offset)
{
  const JxThreePublic *tp = &w->doc->budget.three_public;
  char a[JX_XLSX_CELL_BUF], b[JX_XLSX_CELL_BUF];
  JxMoney sum;

  if (JX_MONEY_IS_SET (stated) && item_sum (tp, offset, &sum) && sum == stated)
    {
      g_autofree char *f = g_strdup_printf ("SUM(%s:%s)", _jx_xlsx_cell (a, NULL, first_item, col),
                                            _jx_xlsx_cell (b, NULL, last_item, col));
      _jx_xlsx_formula (w, ws, row, col, f, wan (stated), w->f.total_money);
      return;
    }
  _jx_xlsx_number (w, ws, row, col, wan (stated), w->f.total_money);
  if (JX_MONEY_IS_SET (stated) && item_sum (tp, offset, &sum))
    {
      g_autofree char *s = jx_money_format (sum, 2, TRUE);
      g_autofree char *text = g_strdup_printf ("此为填报的合计数；各项之和为 %s 万元。", s);
      _jx_xlsx_comment (w, ws, row, col, text);
    }
  else if (JX_MONEY_IS_SET (stated) && n_items (tp) > 0)
    _jx_xlsx_comment (w, ws, row, col, "此为填报的合计数；各项未全部填报。");
}

/* A reference to another cell holding `value`; blank when the value is not stated (a
 * reference to an empty cell would read as 0). */
static void
write_reference (JxXlsxWriter  *w,
                 lxw_worksheet *ws,
                 guint32        row,
                 guint16        col,
                 const char    *cell,
                 JxMoney        value)
{
  if (JX_MONEY_IS_SET (value))
    _jx_xlsx_formula (w, ws, row, col, cell, wan (value), w->f.money);
  else
    _jx_xlsx_number (w, ws, row, col, NAN, w->f.money);
}

static void
header_row (JxXlsxWriter       *w,
            lxw_worksheet      *ws,
            guint32             row,
            const char * const *titles)
{
  guint16 col;

  for (col = 0; col < N_COLS; col++)
    _jx_xlsx_text (w, ws, row, col, titles[col], w->f.header);
  _jx_xlsx_check (w, worksheet_set_row (ws, row, 22, NULL));
}

void
_jx_xlsx_write_budget (JxXlsxWriter *w)
{
  static const char * const flow_titles[N_COLS] = {
    "项目", "年初预算", "追加（调整）", "全年预算", "执行数", "执行率",
  };
  static const char * const three_public_titles[N_COLS] = {
    "“三公”经费", "本年预算", "本年实际", "上年预算", "上年实际", "",
  };
  const JxBudget *b = &w->doc->budget;
  const JxThreePublic *tp = &b->three_public;
  lxw_worksheet *ws = workbook_add_worksheet (w->workbook, SHEET_NAME);
  guint n_items = tp->items != NULL ? tp->items->len : 0;
  char c1[JX_XLSX_CELL_BUF], c2[JX_XLSX_CELL_BUF];
  guint32 row, tp_row, items_first, tp_total;
  g_autofree char *rate = NULL;
  guint i;

  _jx_xlsx_merged_text (w, ws, 0, 0, N_COLS - 1, "预算执行情况", w->f.title);
  _jx_xlsx_check (w, worksheet_set_row (ws, 0, 28, NULL));
  _jx_xlsx_merged_text (w, ws, 1, 0, N_COLS - 1, "金额单位：万元", w->f.subtitle);
  _jx_xlsx_check (w, worksheet_set_column (ws, 0, 0, 28, NULL));
  _jx_xlsx_check (w, worksheet_set_column (ws, 1, N_COLS - 1, 14, NULL));

  header_row (w, ws, 2, flow_titles);
  write_flow (w, ws, 3, "部门整体支出", &b->execution, JX_METRIC_BUDGET_EXECUTION_RATE);
  write_flow (w, ws, 4, "项目支出", &b->projects, JX_METRIC_PROJECT_EXECUTION_RATE);
  write_flow (w, ws, 5, "公用经费", &b->public_funds, JX_METRIC_PUBLIC_FUNDS_CONTROL_RATE);

  /* 政府采购: a budget and the actual spending only */
  _jx_xlsx_text (w, ws, 6, 0, "政府采购", w->f.text);
  _jx_xlsx_number (w, ws, 6, 1, NAN, w->f.money);
  _jx_xlsx_number (w, ws, 6, 2, NAN, w->f.money);
  _jx_xlsx_number (w, ws, 6, 3, wan (b->procurement.budget), w->f.money);
  _jx_xlsx_number (w, ws, 6, 4, wan (b->procurement.actual), w->f.money);
  write_rate (w, ws, 6, 5, "E7/D7", JX_METRIC_PROCUREMENT_EXECUTION_RATE, w->f.percent);

  /* “三公” expenses: this row refers to the total of the table below */
  tp_row = 7;
  items_first = tp_row + 3;
  tp_total = items_first + n_items;
  _jx_xlsx_text (w, ws, tp_row, 0, "“三公”经费", w->f.text);
  _jx_xlsx_number (w, ws, tp_row, 1, NAN, w->f.money);
  _jx_xlsx_number (w, ws, tp_row, 2, NAN, w->f.money);
  write_reference (w, ws, tp_row, 3, _jx_xlsx_cell (c1, NULL, tp_total, 1), tp->budget_total);
  write_reference (w, ws, tp_row, 4, _jx_xlsx_cell (c2, NULL, tp_total, 2), tp->actual_total);
  write_rate (w, ws, tp_row, 5, "E8/D8", JX_METRIC_THREE_PUBLIC_CONTROL_RATE, w->f.percent);

  /* “三公” expenses by item */
  header_row (w, ws, items_first - 1, three_public_titles);
  for (i = 0; i < n_items; i++)
    {
      const JxThreePublicItem *item = g_ptr_array_index (tp->items, i);

      row = items_first + i;
      _jx_xlsx_text (w, ws, row, 0, item->name, w->f.text);
      _jx_xlsx_number (w, ws, row, 1, wan (item->budget), w->f.money);
      _jx_xlsx_number (w, ws, row, 2, wan (item->actual), w->f.money);
      _jx_xlsx_number (w, ws, row, 3, wan (item->previous_budget), w->f.money);
      _jx_xlsx_number (w, ws, row, 4, wan (item->previous_actual), w->f.money);
      _jx_xlsx_text (w, ws, row, 5, "", w->f.text);
    }
  row = tp_total;
  _jx_xlsx_text (w, ws, row, 0, "合计", w->f.total_text);
  write_three_public_total (w, ws, row, 1, items_first, row - 1, tp->budget_total,
                            G_STRUCT_OFFSET (JxThreePublicItem, budget));
  write_three_public_total (w, ws, row, 2, items_first, row - 1, tp->actual_total,
                            G_STRUCT_OFFSET (JxThreePublicItem, actual));
  write_three_public_total (w, ws, row, 3, items_first, row - 1, tp->previous_budget_total,
                            G_STRUCT_OFFSET (JxThreePublicItem, previous_budget));
  write_three_public_total (w, ws, row, 4, items_first, row - 1, tp->previous_actual_total,
                            G_STRUCT_OFFSET (JxThreePublicItem, previous_actual));
  _jx_xlsx_text (w, ws, row, 5, "", w->f.total_text);

  /* the change rate, on budgets or on actual spending as the settings say */
  row++;
  if (w->doc->scoring.three_public_change_base == JX_CHANGE_BASE_ACTUAL)
    {
      _jx_xlsx_merged_text (w, ws, row, 0, 4, "“三公”经费变动率（本年实际较上年实际）", w->f.text);
      rate = g_strdup_printf ("(%s-%s)/%s", _jx_xlsx_cell (c1, NULL, tp_total, 2),
                              _jx_xlsx_cell (c2, NULL, tp_total, 4), c2);
    }
  else
    {
      _jx_xlsx_merged_text (w, ws, row, 0, 4, "“三公”经费变动率（本年预算较上年预算）", w->f.text);
      rate = g_strdup_printf ("(%s-%s)/%s", _jx_xlsx_cell (c1, NULL, tp_total, 1),
                              _jx_xlsx_cell (c2, NULL, tp_total, 3), c2);
    }
  write_rate (w, ws, row, 5, rate, JX_METRIC_THREE_PUBLIC_CHANGE_RATE, w->f.percent);

  _jx_xlsx_page_setup (w, ws, "预算执行情况", 2);
}
