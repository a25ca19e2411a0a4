/* SPDX-License-Identifier: GPL-3.0-or-later */
/* jx-report-spending.c: 二（一）部门整体支出情况 — the scale and structure of the spending, the
 * basic spending and the “三公” expenses, the projects and the execution of the budget.
 *
 * Each part states its figures in a generated sentence unless the clerk wrote a note for it:
 * the clerk's paragraph wins (DESIGN.md §7a). A part with no figures and no note is left
 * out; a section with none at all says so. Chinese literals, see jx-report-text.c.
 */
#define G_LOG_DOMAIN "jx-report"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "jx-metrics.h"
#include "jx-money.h"
#include "jx-report-private.h"

/* ---- helpers ---- */

/* Appends "name 12.5 万元" to a list joined by "，"; nothing when the amount is not set. */
static void
append_amount (GString    *s,
               const char *name,
               JxMoney     amount)
{
  g_autofree char *m = _jx_rb_money (amount);

  if (m == NULL)
    return;
  if (s->len > 0)
    g_string_append (s, "，");
  g_string_append_printf (s, "%s %s 万元", name, m);
}

static char *
amount_items (const JxAmountTable *table)
{
  GString *s = g_string_new (NULL);
  guint i;

  for (i = 0; table->items != NULL && i < table->items->len; i++)
    {
      const JxAmountItem *item = g_ptr_array_index (table->items, i);

      append_amount (s, item->name, item->amount);
    }
  return g_string_free (s, FALSE);
}

static char *
year_prefix (JxReportBuilder *b)
{
  return b->doc->department.year > 0 ? g_strdup_printf ("%d 年", b->doc->department.year) : g_strdup ("本年");
}

/* ---- what is stated ---- */

static gboolean
table_stated (const JxAmountTable *t)
{
  guint i;

  if (JX_MONEY_IS_SET (t->total) || _jx_rb_has_text (t->note))
    return TRUE;
  for (i = 0; t->items != NULL && i < t->items->len; i++)
    if (JX_MONEY_IS_SET (((const JxAmountItem *) g_ptr_array_index (t->items, i))->amount))
      return TRUE;
  return FALSE;
}

static gboolean
flow_stated (const JxFlow *f)
{
  return JX_MONEY_IS_SET (f->initial) || JX_MONEY_IS_SET (f->additional) || JX_MONEY_IS_SET (f->adjusted)
      || JX_MONEY_IS_SET (f->actual);
}

static gboolean
scale_stated (const JxBudget *bu)
{
  const JxNature *n = &bu->by_nature;

  return table_stated (&bu->revenue) || table_stated (&bu->by_function) || JX_MONEY_IS_SET (n->total)
      || JX_MONEY_IS_SET (n->basic) || JX_MONEY_IS_SET (n->personnel) || JX_MONEY_IS_SET (n->public_)
      || JX_MONEY_IS_SET (n->project) || _jx_rb_has_text (n->note);
}

static gboolean
basic_stated (const JxBudget *bu)
{
  const JxNature *n = &bu->by_nature;

  return JX_MONEY_IS_SET (n->basic) || JX_MONEY_IS_SET (n->personnel) || JX_MONEY_IS_SET (n->public_)
      || table_stated (&bu->by_economic);
}

static gboolean
three_public_stated (const JxThreePublic *tp)
{
  guint i;

  if (JX_MONEY_IS_SET (tp->budget_total) || JX_MONEY_IS_SET (tp->actual_total)
      || JX_MONEY_IS_SET (tp->previous_budget_total) || JX_MONEY_IS_SET (tp->previous_actual_total))
    return TRUE;
  for (i = 0; tp->items != NULL && i < tp->items->len; i++)
    {
      const JxThreePublicItem *it = g_ptr_array_index (tp->items, i);

      if (JX_MONEY_IS_SET (it->budget) || JX_MONEY_IS_SET (it->actual)
          || JX_MONEY_IS_SET (it->previous_budget) || JX_MONEY_IS_SET (it->previous_actual))
        return TRUE;
    }
  return FALSE;
}

static gboolean
execution_stated (const JxBudget *bu)
{
  return flow_stated (&bu->execution) || flow_stated (&bu->projects) || flow_stated (&bu->public_funds);
}

static gboolean
projects_stated (const JxBudget *bu)
{
  return execution_stated (bu) || JX_MONEY_IS_SET (bu->projects.previous_year) || _jx_rb_has_text (bu->projects.note);
}

/* ---- the generated sentences, NULL where there is nothing to state ---- */

static char *
revenue_sentence (JxReportBuilder *b)
{
  const JxBudget *bu = &b->doc->budget;
  g_autofree char *year = year_prefix (b);
  g_autofree char *total = _jx_rb_money (bu->revenue.total);
  g_autofree char *items = amount_items (&bu->revenue);

  if (total == NULL && items[0] == '\0')
    return NULL;
  return g_strdup_printf ("%s部门决算总收入%s%s%s%s%s。", year, total ? " " : "", total ? total : "", total ? " 万元" : "",
                          items[0] != '\0' ? "，其中" : "", items);
}

static char *
function_sentence (JxReportBuilder *b)
{
  const JxBudget *bu = &b->doc->budget;
  g_autofree char *year = year_prefix (b);
  g_autofree char *total = _jx_rb_money (JX_MONEY_IS_SET (bu->by_function.total) ? bu->by_function.total : bu->by_nature.total);
  g_autofree char *items = amount_items (&bu->by_function);

  if (total == NULL && items[0] == '\0')
    return NULL;
  return g_strdup_printf ("%s部门决算总支出%s%s%s%s%s。", year, total ? " " : "", total ? total : "", total ? " 万元" : "",
                          items[0] != '\0' ? "，按功能分类：" : "", items);
}

static char *
nature_sentence (JxReportBuilder *b)
{
  const JxBudget *bu = &b->doc->budget;
  GString *s = g_string_new (NULL);

  append_amount (s, "基本支出", bu->by_nature.basic);
  if (JX_MONEY_IS_SET (bu->by_nature.personnel) || JX_MONEY_IS_SET (bu->by_nature.public_))
    {
      g_autoptr(GString) inner = g_string_new (NULL);

      append_amount (inner, "人员经费", bu->by_nature.personnel);
      append_amount (inner, "公用经费", bu->by_nature.public_);
      g_string_append_printf (s, "%s%s", s->len > 0 ? "，包括" : "", inner->str);
    }
  if (JX_MONEY_IS_SET (bu->by_nature.project))
    {
      g_autofree char *p = _jx_rb_money (bu->by_nature.project);
      g_string_append_printf (s, "%s项目支出 %s 万元", s->len > 0 ? "；" : "", p);
    }
  if (s->len == 0)
    {
      g_string_free (s, TRUE);
      return NULL;
    }
  g_string_prepend (s, "按支出性质分类：");
  g_string_append (s, "。");
  return g_string_free (s, FALSE);
}

static char *
basic_sentence (JxReportBuilder *b)
{
  const JxBudget *bu = &b->doc->budget;
  g_autofree char *year = year_prefix (b);
  g_autofree char *items = amount_items (&bu->by_economic);
  GString *s = g_string_new (NULL);
  g_autofree char *basic = _jx_rb_money (JX_MONEY_IS_SET (bu->by_nature.basic) ? bu->by_nature.basic : bu->by_economic.total);

  if (basic != NULL)
    {
      g_autoptr(GString) inner = g_string_new (NULL);

      g_string_append_printf (s, "%s基本支出 %s 万元", year, basic);
      append_amount (inner, "人员经费", bu->by_nature.personnel);
      append_amount (inner, "公用经费", bu->by_nature.public_);
      if (inner->len > 0)
        g_string_append_printf (s, "，包括%s", inner->str);
      g_string_append (s, "。");
    }
  if (items[0] != '\0')
    g_string_append_printf (s, "按经济分类，%s。", items);
  if (s->len == 0)
    {
      g_string_free (s, TRUE);
      return NULL;
    }
  return g_string_free (s, FALSE);
}

static char *
three_public_sentence (JxReportBuilder *b)
{
  const JxThreePublic *tp = &b->doc->budget.three_public;
  g_autofree char *year = year_prefix (b);
  GString *s = g_string_new (NULL);
  g_autoptr(GString) items = g_string_new (NULL);
  g_autofree char *budget = _jx_rb_money (tp->budget_total);
  g_autofree char *actual = _jx_rb_money (tp->actual_total);
  guint i;

  for (i = 0; tp->items != NULL && i < tp->items->len; i++)
    {
      const JxThreePublicItem *item = g_ptr_array_index (tp->items, i);

      if (JX_MONEY_IS_SET (item->actual) && item->actual != 0)
        append_amount (items, item->name, item->actual);
    }
  if (budget != NULL)
    g_string_append_printf (s, "%s“三公经费”预算 %s 万元", year, budget);
  if (actual != NULL)
    {
      g_string_append_printf (s, "%s决算 %s 万元", s->len > 0 ? "，" : year, actual);
      if (items->len > 0)
        g_string_append_printf (s, "，其中%s", items->str);
      else if (tp->actual_total == 0)
        g_string_append (s, "，各项均无支出");
    }
  if (s->len > 0)
    g_string_append (s, "。");
  if (JX_MONEY_IS_SET (tp->actual_total) && JX_MONEY_IS_SET (tp->previous_actual_total))
    {
      JxMoney diff = tp->actual_total - tp->previous_actual_total;
      g_autofree char *prev = _jx_rb_money (tp->previous_actual_total);
      g_autofree char *d = _jx_rb_money (diff < 0 ? -diff : diff);

      if (diff == 0)
        g_string_append_printf (s, "与上年决算 %s 万元持平。", prev);
      else
        g_string_append_printf (s, "与上年决算 %s 万元相比，%s %s 万元。", prev, diff > 0 ? "增加" : "减少", d);
    }
  if (s->len == 0)
    {
      g_string_free (s, TRUE);
      return NULL;
    }
  return g_string_free (s, FALSE);
}

static char *
projects_sentence (JxReportBuilder *b)
{
  const JxFlow *p = &b->doc->budget.projects;
  g_autofree char *year = year_prefix (b);
  GString *s = g_string_new (NULL);
  g_autoptr(GString) list = g_string_new (NULL);

  append_amount (list, "年初预算", p->initial);
  append_amount (list, "年度追加", p->additional);
  append_amount (list, "调整后预算", p->adjusted);
  append_amount (list, "决算", p->actual);
  if (list->len > 0)
    g_string_append_printf (s, "%s项目支出%s", year, list->str);
  if (JX_MONEY_IS_SET (p->actual) && JX_MONEY_IS_SET (p->previous_year) && p->previous_year != 0)
    {
      double change = ((double) (p->actual - p->previous_year)) / (double) p->previous_year * 100.0;
      g_autofree char *prev = _jx_rb_money (p->previous_year);
      g_autofree char *pc = _jx_rb_percent (b, fabs (change));

      g_string_append_printf (s, "，较上年决算 %s 万元%s %s", prev, change >= 0 ? "增长" : "下降", pc);
    }
  if (s->len == 0)
    {
      g_string_free (s, TRUE);
      return NULL;
    }
  g_string_append (s, "。");
  return g_string_free (s, FALSE);
}

/* The department's note of each part of 二（一）, and the sentence that stands for it while it
 * is empty, in the report's order. */
static const struct {
  const char *path;
  char     *(*sentence) (JxReportBuilder *b);
} parts[] = {
  { "budget.revenue.note", revenue_sentence },
  { "budget.by_function.note", function_sentence },
  { "budget.by_nature.note", nature_sentence },
  { "budget.by_economic.note", basic_sentence },
  { "budget.three_public.note", three_public_sentence },
  { "budget.projects.note", projects_sentence },
};

static const char *
part_note (const JxBudget *bu,
           guint           i)
{
  const char * const notes[] = { bu->revenue.note, bu->by_function.note, bu->by_nature.note, bu->by_economic.note,
                                 bu->three_public.note, bu->projects.note };

  G_STATIC_ASSERT (G_N_ELEMENTS (notes) == G_N_ELEMENTS (parts));
  return notes[i];
}

/* Whether the report prints part `i` at all (its section stands). */
static gboolean
part_printed (const JxBudget *bu,
              guint           i)
{
  switch (i)
    {
    case 0: case 1: case 2:
      return scale_stated (bu);
    case 3:
      return basic_stated (bu);
    case 4:
      return three_public_stated (&bu->three_public) || _jx_rb_has_text (bu->three_public.note);
    default:
      return projects_stated (bu);
    }
}

char *
_jx_report_budget_generated (JxReportBuilder *b,
                             const char      *path)
{
  const JxBudget *bu = &b->doc->budget;
  guint i;

  for (i = 0; i < G_N_ELEMENTS (parts); i++)
    if (g_str_equal (parts[i].path, path))
      return _jx_rb_has_text (part_note (bu, i)) || !part_printed (bu, i) ? NULL : parts[i].sentence (b);
  return NULL;
}

const char *
_jx_report_budget_path (guint i)
{
  return i < G_N_ELEMENTS (parts) ? parts[i].path : NULL;
}

/* The note of part `i` where the clerk wrote one, else its sentence. */
static void
build_part (JxReportBuilder *b,
            guint            i)
{
  const char *note = part_note (&b->doc->budget, i);
  g_autofree char *sentence = NULL;

  if (_jx_rb_has_text (note))
    _jx_rb_texts (b, note);
  else if ((sentence = parts[i].sentence (b)) != NULL)
    _jx_rb_generated (b, sentence);
}

static void
build_three_public_table (JxReportBuilder *b)
{
  static const double fractions[] = { 0.28, 0.18, 0.18, 0.18, 0.18 };
  static const JxCellAlign align[] = { JX_CELL_LEFT, JX_CELL_RIGHT, JX_CELL_RIGHT, JX_CELL_RIGHT, JX_CELL_RIGHT };
  static const char * const header[] = { "项目", "本年预算", "本年决算", "上年预算", "上年决算" };
  const JxThreePublic *tp = &b->doc->budget.three_public;
  JxReportTable *t = _jx_report_table_new (5, 0, fractions, align);
  guint i;

  _jx_report_table_add_header (t, header);
  for (i = 0; i < tp->items->len; i++)
    {
      const JxThreePublicItem *item = g_ptr_array_index (tp->items, i);
      g_autofree char *c1 = _jx_rb_money_cell (item->budget);
      g_autofree char *c2 = _jx_rb_money_cell (item->actual);
      g_autofree char *c3 = _jx_rb_money_cell (item->previous_budget);
      g_autofree char *c4 = _jx_rb_money_cell (item->previous_actual);
      const char *texts[5] = { item->name, c1, c2, c3, c4 };

      _jx_report_table_add_row (t, texts, NULL);
    }
  {
    g_autofree char *c1 = _jx_rb_money_cell (tp->budget_total);
    g_autofree char *c2 = _jx_rb_money_cell (tp->actual_total);
    g_autofree char *c3 = _jx_rb_money_cell (tp->previous_budget_total);
    g_autofree char *c4 = _jx_rb_money_cell (tp->previous_actual_total);
    const char *texts[5] = { "合计", c1, c2, c3, c4 };

    _jx_report_table_add_row (t, texts, NULL)->bold = TRUE;
  }
  _jx_rb_table (b, "“三公”经费情况（单位：万元）", t);
}

static void
build_three_public (JxReportBuilder *b)
{
  build_part (b, 4);
  if (three_public_stated (&b->doc->budget.three_public))
    build_three_public_table (b);
}

static void
build_execution_table (JxReportBuilder *b)
{
  static const double fractions[] = { 0.20, 0.16, 0.16, 0.16, 0.16, 0.16 };
  static const JxCellAlign align[] = { JX_CELL_LEFT, JX_CELL_RIGHT, JX_CELL_RIGHT, JX_CELL_RIGHT, JX_CELL_RIGHT, JX_CELL_RIGHT };
  static const char * const header[] = { "项目", "年初预算", "年度追加", "调整后预算", "执行数", "执行率" };
  const JxBudget *bu = &b->doc->budget;
  const struct { const char *name; const JxFlow *flow; JxMetricId metric; } rows[] = {
    { "部门预算", &bu->execution, JX_METRIC_BUDGET_EXECUTION_RATE },
    { "其中：项目支出", &bu->projects, JX_METRIC_PROJECT_EXECUTION_RATE },
    { "公用经费", &bu->public_funds, JX_METRIC_PUBLIC_FUNDS_CONTROL_RATE },
  };
  JxReportTable *t = _jx_report_table_new (6, 0, fractions, align);
  guint i;

  _jx_report_table_add_header (t, header);
  for (i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      g_autofree char *c1 = _jx_rb_money_cell (rows[i].flow->initial);
      g_autofree char *c2 = _jx_rb_money_cell (rows[i].flow->additional);
      g_autofree char *c3 = _jx_rb_money_cell (rows[i].flow->adjusted);
      g_autofree char *c4 = _jx_rb_money_cell (rows[i].flow->actual);
      g_autofree char *c5 = _jx_rb_percent (b, jx_metric_compute (b->doc, rows[i].metric));
      const char *texts[6] = { rows[i].name, c1, c2, c3, c4, c5 };

      _jx_report_table_add_row (t, texts, NULL);
    }
  _jx_rb_table (b, "预算执行情况（单位：万元）", t);
}

static void
build_projects (JxReportBuilder *b)
{
  build_part (b, 5);
  if (execution_stated (&b->doc->budget))
    build_execution_table (b);
}

void
_jx_report_build_spending (JxReportBuilder *b)
{
  static const char * const scale_charts[] = { "revenue", "spending-function", "spending-nature", NULL };
  static const char * const basic_charts[] = { "spending-economic", NULL };
  static const char * const three_charts[] = { "three-public", NULL };
  static const char * const exec_charts[] = { "budget-execution", NULL };

  const JxBudget *bu = &b->doc->budget;
  gboolean three_public = three_public_stated (&bu->three_public) || _jx_rb_has_text (bu->three_public.note);

  _jx_rb_section (b, JX_REPORT_STYLE_H1, "部门整体支出绩效分析");
  _jx_rb_section (b, JX_REPORT_STYLE_H2, "部门整体支出情况");
  if (!scale_stated (bu) && !basic_stated (bu) && !three_public && !projects_stated (bu))
    {
      _jx_rb_paragraph (b, JX_REPORT_STYLE_BODY, "尚未填报部门收支和预算执行数据。");
      return;
    }

  if (scale_stated (bu))
    {
      _jx_rb_section (b, JX_REPORT_STYLE_H3, "支出规模和结构");
      build_part (b, 0);
      build_part (b, 1);
      build_part (b, 2);
      _jx_rb_charts (b, scale_charts);
    }

  if (basic_stated (bu) || three_public)
    _jx_rb_section (b, JX_REPORT_STYLE_H3, "基本支出情况");
  if (basic_stated (bu))
    {
      _jx_rb_section (b, JX_REPORT_STYLE_H4, "基本支出结构");
      build_part (b, 3);
      _jx_rb_charts (b, basic_charts);
    }
  if (three_public)
    {
      _jx_rb_section (b, JX_REPORT_STYLE_H4, "“三公”经费情况");
      build_three_public (b);
      _jx_rb_charts (b, three_charts);
    }

  if (projects_stated (bu))
    {
      _jx_rb_section (b, JX_REPORT_STYLE_H3, "项目支出情况");
      build_projects (b);
      _jx_rb_charts (b, exec_charts);
    }
  _jx_report_build_year_over_year (b);
}
