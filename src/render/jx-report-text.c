/* SPDX-License-Identifier: GPL-3.0-or-later */
/* jx-report-text.c: the cover, 一、部门概况 and 二（一）部门整体支出情况 — the standard sentences
 * of the report, written from the document's figures, with the clerk's notes after them.
 *
 * Language: the report is the finance bureau's Chinese form, so these sentences are Chinese
 * literals, not gettext messages. The report must read the same when the application runs
 * in English, from the headless `--export-pdf`, and in the tests, none of which may depend
 * on an installed catalogue; the figures, names and the clerk's texts it carries are
 * Chinese too. A document in another language would get its own sentence table here.
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

static void
append_people (GString    *s,
               const char *name,
               int         count)
{
  if (!JX_COUNT_IS_SET (count))
    return;
  if (s->len > 0)
    g_string_append (s, "，");
  g_string_append_printf (s, "%s %d 人", name, count);
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

/* ---- cover ---- */

void
_jx_report_build_cover (JxReportBuilder *b)
{
  const JxDepartment *d = &b->doc->department;
  g_autofree char *title = NULL;
  g_autofree char *unit = NULL;
  g_autofree char *preparer = NULL;
  g_autofree char *date = _jx_rb_date (d->report_date);

  _jx_rb_space (b, 150);
  if (_jx_rb_has_text (d->name))
    _jx_rb_paragraph (b, JX_REPORT_STYLE_TITLE, d->name);
  if (d->year > 0)
    title = g_strdup_printf ("%d 年度整体支出绩效自评报告", d->year);
  else
    title = g_strdup ("整体支出绩效自评报告");
  _jx_rb_paragraph (b, JX_REPORT_STYLE_TITLE, title);
  _jx_rb_space (b, 170);

  unit = g_strdup_printf ("部门（单位）名称：%s（盖章）", _jx_rb_has_text (d->name) ? d->name : "＿＿＿＿＿＿＿＿");
  _jx_rb_paragraph (b, JX_REPORT_STYLE_COVER, unit);
  preparer = g_strdup_printf ("填报人：%s", _jx_rb_has_text (d->preparer) ? d->preparer : "＿＿＿＿＿＿＿＿");
  _jx_rb_paragraph (b, JX_REPORT_STYLE_COVER, preparer);
  if (date != NULL)
    {
      g_autofree char *line = g_strdup_printf ("报告日期：%s", date);
      _jx_rb_paragraph (b, JX_REPORT_STYLE_COVER, line);
    }
  _jx_rb_page_break (b);
}

/* ---- 一、部门概况 ---- */

static void
build_staffing (JxReportBuilder *b)
{
  const JxDepartment *d = &b->doc->department;
  const JxStaffing *st = &d->staffing;
  g_autoptr(GString) s = g_string_new (NULL);
  g_autoptr(GString) parts = g_string_new (NULL);
  const char *name = _jx_rb_has_text (d->name) ? d->name : "本单位";

  /* 编制 */
  append_people (parts, "行政编制", st->authorized.administrative);
  append_people (parts, "事业编制", st->authorized.institutional);
  if (st->authorized.civil_servant_managed > 0)
    g_string_append_printf (parts, "（其中：参照公务员法管理 %d 人）", st->authorized.civil_servant_managed);
  if (JX_COUNT_IS_SET (st->authorized.total))
    g_string_append_printf (s, "%s总编制人数 %d 人", name, st->authorized.total);
  if (parts->len > 0)
    g_string_append_printf (s, "%s%s", s->len > 0 ? "，其中：" : "编制人数：", parts->str);
  if (s->len > 0)
    g_string_append (s, "。");

  /* 在职 */
  g_string_truncate (parts, 0);
  append_people (parts, "行政编制", st->actual.administrative);
  append_people (parts, "事业编制", st->actual.institutional);
  if (st->actual.civil_servant_managed > 0)
    g_string_append_printf (parts, "（其中：参照公务员法管理 %d 人）", st->actual.civil_servant_managed);
  append_people (parts, "员额内聘用人员", st->actual.contract);
  if (JX_COUNT_IS_SET (st->actual.total))
    g_string_append_printf (s, "在职实有人数 %d 人%s%s", st->actual.total,
                            parts->len > 0 ? "，其中：" : "", parts->str);
  else if (parts->len > 0)
    g_string_append_printf (s, "在职实有人员：%s", parts->str);
  if (JX_COUNT_IS_SET (st->actual.total) || parts->len > 0)
    g_string_append (s, "。");
  if (s->len > 0)
    _jx_rb_paragraph (b, JX_REPORT_STYLE_BODY, s->str);

  /* 离退休 */
  g_string_truncate (s, 0);
  g_string_truncate (parts, 0);
  append_people (parts, "离休", st->retirees.honorary);
  append_people (parts, "退休", st->retirees.retired);
  if (JX_COUNT_IS_SET (st->retirees.total))
    {
      g_string_append_printf (s, "离退休人员 %d 人", st->retirees.total);
      /* a short note reads as the reference's parenthesis; a long one gets a paragraph */
      if (_jx_rb_has_text (st->notes) && strchr (st->notes, '\n') == NULL
          && g_utf8_strlen (st->notes, -1) <= 40)
        g_string_append_printf (s, "（%s）", st->notes);
      if (parts->len > 0)
        g_string_append_printf (s, "，其中：%s", parts->str);
      g_string_append (s, "。");
      _jx_rb_paragraph (b, JX_REPORT_STYLE_BODY, s->str);
      if (_jx_rb_has_text (st->notes) && (strchr (st->notes, '\n') != NULL
                                          || g_utf8_strlen (st->notes, -1) > 40))
        _jx_rb_texts (b, st->notes);
    }
  else
    {
      if (parts->len > 0)
        {
          g_string_append_printf (s, "离退休人员：%s。", parts->str);
          _jx_rb_paragraph (b, JX_REPORT_STYLE_BODY, s->str);
        }
      _jx_rb_texts (b, st->notes);
    }
}

/* When the document has no method text: the dimensions, their weights and the bands. */
static void
build_method_sentence (JxReportBuilder *b)
{
  g_autoptr(GString) s = g_string_new ("本次绩效评价将全年绩效目标分解为");
  const GPtrArray *dims = b->sheet->dimensions;
  guint i, n3 = 0;

  for (i = 0; i < b->sheet->indicators->len; i++)
    if (((JxIndicatorResult *) g_ptr_array_index (b->sheet->indicators, i))->level == 3)
      n3++;
  for (i = 0; i < dims->len; i++)
    {
      const JxIndicatorResult *r = g_ptr_array_index (dims, i);
      g_string_append_printf (s, "%s%s", i == 0 ? "" : "、", r->indicator->name);
    }
  g_string_append_printf (s, " %u 个维度，共 %u 项三级指标。其中", dims->len, n3);
  for (i = 0; i < dims->len; i++)
    {
      const JxIndicatorResult *r = g_ptr_array_index (dims, i);
      g_autofree char *w = _jx_rb_number (b, r->weight);
      g_string_append_printf (s, "%s%s分值 %s 分", i == 0 ? "" : "，", r->indicator->name, w);
    }
  g_string_append (s, "。");
  _jx_rb_paragraph (b, JX_REPORT_STYLE_BODY, s->str);
}

static void
build_bands_sentence (JxReportBuilder *b)
{
  const GPtrArray *bands = b->doc->scoring.grade_bands;
  g_autoptr(GString) s = NULL;
  g_autofree char *total = _jx_rb_number (b, b->sheet->total_weight);
  guint i;

  if (bands == NULL || bands->len == 0)
    return;
  s = g_string_new (NULL);
  g_string_append_printf (s, "绩效评价总分值 %s 分，根据综合评分结果，", total);
  for (i = 0; i < bands->len; i++)
    {
      const JxGradeBand *band = g_ptr_array_index (bands, i);
      g_autofree char *min = _jx_rb_number (b, band->min);

      if (i > 0)
        g_string_append (s, "，");
      if (i == 0)
        g_string_append_printf (s, "%s 分（含）以上为%s", min, band->name);
      else if (band->min <= 0)
        g_string_append_printf (s, "其余为%s", band->name);
      else
        {
          const JxGradeBand *above = g_ptr_array_index (bands, i - 1);
          g_autofree char *max = _jx_rb_number (b, above->min);
          g_string_append_printf (s, "%s–%s 分（不含 %s 分）为%s", min, max, max, band->name);
        }
    }
  g_string_append (s, "。具体指标如下表：");
  _jx_rb_paragraph (b, JX_REPORT_STYLE_BODY, s->str);
}

static void
build_goal_table (JxReportBuilder *b)
{
  static const double fractions[] = { 0.075, 0.115, 0.055, 0.24, 0.15, 0.065, 0.30 };
  static const JxCellAlign align[] = { JX_CELL_CENTER, JX_CELL_CENTER, JX_CELL_CENTER, JX_CELL_LEFT,
                                       JX_CELL_LEFT, JX_CELL_RIGHT, JX_CELL_LEFT };
  static const char * const header[] = { "一级指标", "二级指标", "序号", "三级指标", "目标值", "分值", "备注" };
  JxReportTable *t = _jx_report_table_new (7, 2, fractions, align);
  const GPtrArray *all = b->sheet->indicators;
  const JxIndicatorResult *l1 = NULL, *l2 = NULL;
  guint groups[2] = { 0, 0 };
  guint i;

  _jx_report_table_add_header (t, header);
  for (i = 0; i < all->len; i++)
    {
      const JxIndicatorResult *r = g_ptr_array_index (all, i);
      const JxIndicator *ind = r->indicator;
      g_autofree char *weight = NULL;
      g_autofree char *note = NULL;
      const char *texts[7];

      if (r->level == 1)
        {
          l1 = r;
          groups[0]++;
          continue;
        }
      if (r->level == 2)
        {
          l2 = r;
          groups[1]++;
          continue;
        }
      weight = _jx_rb_number (b, r->weight);
      if (!r->applicable)
        note = g_strconcat ("不适用", _jx_rb_has_text (ind->note) ? "。" : "", ind->note, NULL);
      texts[0] = l1 != NULL ? l1->indicator->name : "";
      texts[1] = l2 != NULL ? l2->indicator->name : "";
      texts[2] = ind->number;
      texts[3] = ind->name;
      texts[4] = ind->target_text;
      texts[5] = weight;
      texts[6] = note != NULL ? note : ind->note;
      _jx_report_table_add_row (t, texts, groups);
    }
  {
    g_autofree char *total = _jx_rb_number (b, b->sheet->total_weight);
    const char *texts[7] = { "合计", NULL, NULL, NULL, "", total, "" };
    JxReportRow *row = _jx_report_table_add_row (t, texts, NULL);

    _jx_report_row_set_span (row, 0, 4);
    row->bold = TRUE;
  }
  _jx_rb_table (b, "部门整体支出绩效目标", t);
}

void
_jx_report_build_overview (JxReportBuilder *b)
{
  const JxDepartment *d = &b->doc->department;
  guint i;

  _jx_rb_texts (b, d->basis);
  _jx_rb_section (b, JX_REPORT_STYLE_H1, "部门概况");
  _jx_rb_section (b, JX_REPORT_STYLE_H2, "部门概况");
  if (d->functions != NULL && d->functions->len > 0)
    {
      _jx_rb_section (b, JX_REPORT_STYLE_H3, "部门职能");
      for (i = 0; i < d->functions->len; i++)
        {
          g_autofree char *line = g_strdup_printf ("（%u）%s", i + 1, (const char *) g_ptr_array_index (d->functions, i));
          _jx_rb_paragraph (b, JX_REPORT_STYLE_BODY, line);
        }
    }
  _jx_rb_section (b, JX_REPORT_STYLE_H3, "人员情况");
  build_staffing (b);

  _jx_rb_section (b, JX_REPORT_STYLE_H2, "部门整体支出预算绩效目标");
  if (_jx_rb_has_text (b->doc->scoring.method))
    _jx_rb_texts (b, b->doc->scoring.method);
  else
    {
      build_method_sentence (b);
      build_bands_sentence (b);
    }
  build_goal_table (b);
}

/* ---- 二（一）部门整体支出情况 ---- */

static void
build_scale (JxReportBuilder *b)
{
  const JxBudget *bu = &b->doc->budget;
  g_autofree char *year = year_prefix (b);
  g_autofree char *items = NULL;
  g_autofree char *total = NULL;
  g_autoptr(GString) s = g_string_new (NULL);

  total = _jx_rb_money (bu->revenue.total);
  items = amount_items (&bu->revenue);
  if (total != NULL || items[0] != '\0')
    {
      g_string_printf (s, "%s部门决算总收入%s%s%s", year, total ? " " : "", total ? total : "", total ? " 万元" : "");
      if (items[0] != '\0')
        g_string_append_printf (s, "，其中%s", items);
      g_string_append (s, "。");
      _jx_rb_paragraph (b, JX_REPORT_STYLE_BODY, s->str);
    }
  _jx_rb_texts (b, bu->revenue.note);

  g_free (total);
  g_free (items);
  total = _jx_rb_money (JX_MONEY_IS_SET (bu->by_function.total) ? bu->by_function.total : bu->by_nature.total);
  items = amount_items (&bu->by_function);
  if (total != NULL || items[0] != '\0')
    {
      g_string_printf (s, "%s部门决算总支出%s%s%s", year, total ? " " : "", total ? total : "", total ? " 万元" : "");
      if (items[0] != '\0')
        g_string_append_printf (s, "，按功能分类：%s", items);
      g_string_append (s, "。");
      _jx_rb_paragraph (b, JX_REPORT_STYLE_BODY, s->str);
    }
  _jx_rb_texts (b, bu->by_function.note);

  g_string_truncate (s, 0);
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
  if (s->len > 0)
    {
      g_string_prepend (s, "按支出性质分类：");
      g_string_append (s, "。");
      _jx_rb_paragraph (b, JX_REPORT_STYLE_BODY, s->str);
    }
  _jx_rb_texts (b, bu->by_nature.note);
}

static void
build_basic (JxReportBuilder *b)
{
  const JxBudget *bu = &b->doc->budget;
  g_autofree char *year = year_prefix (b);
  g_autofree char *items = amount_items (&bu->by_economic);
  g_autoptr(GString) s = g_string_new (NULL);
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
  if (s->len > 0)
    _jx_rb_paragraph (b, JX_REPORT_STYLE_BODY, s->str);
  _jx_rb_texts (b, bu->by_economic.note);
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
  const JxThreePublic *tp = &b->doc->budget.three_public;
  g_autofree char *year = year_prefix (b);
  g_autoptr(GString) s = g_string_new (NULL);
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
  if (s->len > 0)
    _jx_rb_paragraph (b, JX_REPORT_STYLE_BODY, s->str);
  if (tp->items != NULL && tp->items->len > 0)
    build_three_public_table (b);
  _jx_rb_texts (b, tp->note);
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
  const JxFlow *p = &b->doc->budget.projects;
  g_autofree char *year = year_prefix (b);
  g_autoptr(GString) s = g_string_new (NULL);
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
  if (s->len > 0)
    {
      g_string_append (s, "。");
      _jx_rb_paragraph (b, JX_REPORT_STYLE_BODY, s->str);
    }
  _jx_rb_texts (b, p->note);
  build_execution_table (b);
}

void
_jx_report_build_spending (JxReportBuilder *b)
{
  static const char * const scale_charts[] = { "revenue", "spending-function", "spending-nature", NULL };
  static const char * const basic_charts[] = { "spending-economic", NULL };
  static const char * const three_charts[] = { "three-public", NULL };
  static const char * const exec_charts[] = { "budget-execution", NULL };

  _jx_rb_section (b, JX_REPORT_STYLE_H1, "部门整体支出绩效分析");
  _jx_rb_section (b, JX_REPORT_STYLE_H2, "部门整体支出情况");

  _jx_rb_section (b, JX_REPORT_STYLE_H3, "支出规模和结构");
  build_scale (b);
  _jx_rb_charts (b, scale_charts);

  _jx_rb_section (b, JX_REPORT_STYLE_H3, "基本支出情况");
  _jx_rb_section (b, JX_REPORT_STYLE_H4, "基本支出结构");
  build_basic (b);
  _jx_rb_charts (b, basic_charts);

  _jx_rb_section (b, JX_REPORT_STYLE_H4, "“三公”经费情况");
  build_three_public (b);
  _jx_rb_charts (b, three_charts);

  _jx_rb_section (b, JX_REPORT_STYLE_H3, "项目支出情况");
  build_projects (b);
  _jx_rb_charts (b, exec_charts);
}
