/* SPDX-License-Identifier: GPL-3.0-or-later */
/* jx-report-analysis.c: 二（二）目标完成情况, 二（三）整体绩效分析 and 三、自评结论 — the metric
 * sentences, the completion and score tables, and the clerk's narratives.
 *
 * Every figure comes from the document: ratios from jx_metric_compute(), scores, rates and
 * grades from the score sheet. The sentences are Chinese literals (see jx-report-text.c).
 */
#define G_LOG_DOMAIN "jx-report"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "jx-metrics.h"
#include "jx-money.h"
#include "jx-report-private.h"

static char *
year_of (JxReportBuilder *b)
{
  return b->doc->department.year > 0 ? g_strdup_printf ("%d 年度", b->doc->department.year) : g_strdup ("本年度");
}

/* "年初预算 1967.13 万元，" — empty when not set. */
static char *
clause (const char *name,
        JxMoney     m,
        const char *sep)
{
  g_autofree char *v = _jx_rb_money (m);

  return v != NULL ? g_strdup_printf ("%s %s 万元%s", name, v, sep) : g_strdup ("");
}

static char *
flow_sentence (JxReportBuilder *b,
               const JxFlow    *f,
               const char      *initial,
               const char      *additional,
               const char      *adjusted,
               const char      *actual,
               const char      *rate_name,
               double           rate)
{
  g_autofree char *year = year_of (b);
  g_autofree char *c1 = clause (initial, f->initial, "，");
  g_autofree char *c2 = clause (additional, f->additional, "，");
  g_autofree char *c3 = clause (adjusted, f->adjusted, "，");
  g_autofree char *c4 = clause (actual, f->actual, "，");
  g_autofree char *pc = _jx_rb_percent (b, rate);

  if (isnan (rate))
    return g_strdup_printf ("%s%s%s%s%s%s无法计算。", year, c1, c2, c3, c4, rate_name);
  return g_strdup_printf ("%s%s%s%s%s%s为 %s。", year, c1, c2, c3, c4, rate_name, pc);
}

char *
_jx_report_metric_sentence (JxReportBuilder *b,
                            JxMetricId       id)
{
  const JxDocData *doc = b->doc;
  const JxBudget *bu = &doc->budget;
  double v = jx_metric_compute (doc, id);
  g_autofree char *pc = _jx_rb_percent (b, v);
  g_autofree char *year = year_of (b);

  switch (id)
    {
    case JX_METRIC_STAFF_CONTROL_RATE:
      {
        const JxStaffing *st = &doc->department.staffing;

        if (isnan (v))
          return g_strdup ("编制人数或在职实有人数未填报，在职人员控制率无法计算。");
        return g_strdup_printf ("在职实有人数 %d 人，按编制人数 %d 人计算，在职人员控制率为 %s。",
                                st->actual.total, st->authorized.total, pc);
      }
    case JX_METRIC_THREE_PUBLIC_CHANGE_RATE:
      {
        gboolean actual = doc->scoring.three_public_change_base == JX_CHANGE_BASE_ACTUAL;
        const char *what = actual ? "决算数" : "预算数";
        g_autofree char *now = _jx_rb_money (actual ? bu->three_public.actual_total : bu->three_public.budget_total);
        g_autofree char *before = _jx_rb_money (actual ? bu->three_public.previous_actual_total : bu->three_public.previous_budget_total);

        if (isnan (v))
          return g_strdup_printf ("本年或上年“三公经费”%s未填报，“三公经费”变动率无法计算。", what);
        return g_strdup_printf ("%s“三公经费”%s %s 万元，上年度%s %s 万元，“三公经费”变动率为 %s。",
                                year, what, now, what, before, pc);
      }
    case JX_METRIC_THREE_PUBLIC_CONTROL_RATE:
      {
        g_autofree char *actual = _jx_rb_money (bu->three_public.actual_total);
        g_autofree char *budget = _jx_rb_money (bu->three_public.budget_total);

        if (isnan (v))
          return g_strdup ("“三公经费”预算数或实际支出数未填报（或预算为零），“三公经费”控制率无法计算。");
        return g_strdup_printf ("%s“三公经费”实际支出 %s 万元，预算数 %s 万元，“三公经费”控制率为 %s。",
                                year, actual, budget, pc);
      }
    case JX_METRIC_BUDGET_EXECUTION_RATE:
      return flow_sentence (b, &bu->execution, "批复年初预算", "年度追加预算", "调整后预算", "实际执行数",
                            "预算执行率", v);
    case JX_METRIC_PROJECT_EXECUTION_RATE:
      return flow_sentence (b, &bu->projects, "项目年初预算", "年度追加", "调整后项目预算", "项目执行数",
                            "项目执行率", v);
    case JX_METRIC_PUBLIC_FUNDS_CONTROL_RATE:
      return flow_sentence (b, &bu->public_funds, "年初预算安排公用经费", "年度追加", "调整后公用经费预算",
                            "实际支出公用经费", "公用经费控制率", v);
    case JX_METRIC_PROCUREMENT_EXECUTION_RATE:
      {
        g_autofree char *budget = _jx_rb_money (bu->procurement.budget);
        g_autofree char *actual = _jx_rb_money (bu->procurement.actual);

        if (isnan (v))
          return g_strdup ("政府采购预算或实际支出未填报（或预算为零），政府采购执行率无法计算。");
        return g_strdup_printf ("%s政府采购预算金额 %s 万元，实际政府采购支出 %s 万元，政府采购执行率为 %s。",
                                year, budget, actual, pc);
      }
    case JX_METRIC_KEY_EXPENDITURE_RATE:
      {
        g_autofree char *key = _jx_rb_money (bu->key_expenditure.amount);
        g_autofree char *projects = _jx_rb_money (bu->projects.actual);

        if (!JX_MONEY_IS_SET (bu->key_expenditure.amount))
          return g_strdup_printf ("%s未安排重点支出，重点支出安排率不适用。", year);
        if (isnan (v))
          return g_strdup ("项目支出未填报（或为零），重点支出安排率无法计算。");
        return g_strdup_printf ("%s重点支出 %s 万元，项目支出 %s 万元，重点支出安排率为 %s。", year, key, projects, pc);
      }
    case JX_METRIC_ASSET_UTILIZATION_RATE:
      {
        const JxAssets *a = &bu->assets;
        g_autofree char *reg = clause ("登记资产", a->registered, "，");
        g_autofree char *use = clause ("实际在用", a->in_use, "，");
        g_autofree char *idle = clause ("闲置", a->idle, "，");
        const char *base = a->utilization_base == JX_ASSET_BASE_IN_USE_AND_IDLE
          ? "按在用与闲置资产合计计算" : "按登记资产计算";

        if (isnan (v))
          return g_strdup_printf ("%s%s%s资产使用率无法计算。", reg, use, idle);
        return g_strdup_printf ("%s%s%s%s，资产使用率为 %s。", reg, use, idle, base, pc);
      }
    case JX_METRIC_BUDGET_ADJUSTMENT_RATE:
      {
        g_autofree char *initial = _jx_rb_money (bu->execution.initial);
        g_autofree char *adjusted = _jx_rb_money (bu->execution.adjusted);

        if (isnan (v))
          return g_strdup ("年初预算或调整后预算未填报（或年初预算为零），预算调整率无法计算。");
        return g_strdup_printf ("%s年初预算 %s 万元，调整后预算 %s 万元，预算调整率为 %s。", year, initial, adjusted, pc);
      }
    case JX_METRIC_NONE:
    case JX_N_METRICS:
    default:
      return NULL;
    }
}

/* ---- 二（二）绩效目标的完成情况 ---- */

static const char *
grade_text (const JxIndicator *ind)
{
  if (ind->rule.kind != JX_RULE_QUALITATIVE)
    return NULL;
  switch (ind->rule.grade)
    {
    case JX_GRADE_ACHIEVED: return "达成";
    case JX_GRADE_PARTIAL: return "部分达成";
    case JX_GRADE_NOT_ACHIEVED: return "未达成";
    default: return NULL;
    }
}

static char *
actual_text (JxReportBuilder   *b,
             const JxIndicator *ind)
{
  if (_jx_rb_has_text (ind->actual_text))
    return g_strdup (ind->actual_text);
  if (ind->parts != NULL && ind->parts->len == 1)
    {
      const JxPart *part = g_ptr_array_index (ind->parts, 0);
      double a = jx_indicator_actual (b->doc, ind, 0);

      if (!isnan (a))
        {
          g_autofree char *n = _jx_rb_number (b, a);
          return g_strdup_printf ("%s%s%s", n, part->unit != NULL && part->unit[0] != '\0' && strcmp (part->unit, "%") != 0 ? " " : "",
                                  part->unit != NULL ? part->unit : "");
        }
    }
  if (grade_text (ind) != NULL)
    return g_strdup (grade_text (ind));
  return g_strdup ("—");
}

static void
build_completion_sentence (JxReportBuilder *b)
{
  guint i, n = 0, quantitative = 0, met = 0, exceeded = 0;
  g_autoptr(GString) missed = g_string_new (NULL);
  g_autoptr(GString) s = g_string_new (NULL);
  guint n_missed = 0;

  for (i = 0; i < b->sheet->indicators->len; i++)
    {
      const JxIndicatorResult *r = g_ptr_array_index (b->sheet->indicators, i);

      if (r->level != 3 || !r->applicable)
        continue;
      n++;
      if (isnan (r->completion))
        continue;
      quantitative++;
      if (r->completion >= 100.0 - 1e-9)
        {
          met++;
          if (r->completion > 100.0 + 1e-9)
            exceeded++;
        }
      else if (n_missed++ < 5)
        {
          g_autofree char *pc = _jx_rb_percent (b, r->completion);
          g_string_append_printf (missed, "%s%s（完成率 %s）", missed->len > 0 ? "、" : "", r->indicator->name, pc);
        }
    }
  if (n == 0)
    return;
  g_string_append_printf (s, "纳入评价的三级指标共 %u 项，其中可计算完成率的 %u 项", n, quantitative);
  if (quantitative > 0)
    {
      g_string_append_printf (s, "：达到或超过目标值的 %u 项", met);
      if (exceeded > 0)
        g_string_append_printf (s, "（其中超额完成 %u 项）", exceeded);
      if (quantitative > met)
        g_string_append_printf (s, "，未达到目标值的 %u 项：%s%s", quantitative - met, missed->str,
                                n_missed > 5 ? "等" : "");
    }
  g_string_append (s, "。各项指标的目标值与完成情况如下表：");
  _jx_rb_paragraph (b, JX_REPORT_STYLE_BODY, s->str);
}

static void
build_completion_table (JxReportBuilder *b)
{
  static const double fractions[] = { 0.075, 0.11, 0.06, 0.23, 0.16, 0.16, 0.12, 0.085 };
  static const JxCellAlign align[] = { JX_CELL_CENTER, JX_CELL_CENTER, JX_CELL_CENTER, JX_CELL_LEFT,
                                       JX_CELL_LEFT, JX_CELL_LEFT, JX_CELL_RIGHT, JX_CELL_RIGHT };
  static const char * const header[] = { "一级指标", "二级指标", "序号", "三级指标", "目标值", "完成情况", "完成率", "得分" };
  JxReportTable *t = _jx_report_table_new (8, 2, fractions, align);
  const JxIndicatorResult *l1 = NULL, *l2 = NULL;
  guint groups[2] = { 0, 0 };
  guint i;

  _jx_report_table_add_header (t, header);
  for (i = 0; i < b->sheet->indicators->len; i++)
    {
      const JxIndicatorResult *r = g_ptr_array_index (b->sheet->indicators, i);
      g_autofree char *actual = NULL;
      g_autofree char *completion = NULL;
      g_autofree char *score = NULL;
      const char *texts[8];

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
      actual = actual_text (b, r->indicator);
      completion = _jx_rb_percent (b, r->completion);
      score = r->applicable ? _jx_rb_number (b, r->score) : g_strdup ("不适用");
      texts[0] = l1 != NULL ? l1->indicator->name : "";
      texts[1] = l2 != NULL ? l2->indicator->name : "";
      texts[2] = r->indicator->number;
      texts[3] = r->indicator->name;
      texts[4] = r->indicator->target_text;
      texts[5] = actual;
      texts[6] = completion;
      texts[7] = score;
      _jx_report_table_add_row (t, texts, groups);
    }
  _jx_rb_table (b, "绩效目标完成情况", t);
}

void
_jx_report_build_goals (JxReportBuilder *b)
{
  static const char * const charts[] = { "target-actual", NULL };

  _jx_rb_section (b, JX_REPORT_STYLE_H2, "部门整体支出预算绩效目标的完成情况");
  _jx_rb_texts (b, b->doc->conclusion.summary);
  build_completion_sentence (b);
  build_completion_table (b);
  _jx_rb_charts (b, charts);
}

/* ---- 二（三）整体绩效分析 ---- */

static void
build_dimension_summary (JxReportBuilder         *b,
                         const JxIndicatorResult *dim,
                         guint                    first,
                         guint                    end)
{
  g_autoptr(GString) s = g_string_new (NULL);
  g_autoptr(GString) lost = g_string_new (NULL);
  g_autofree char *rate = _jx_rb_percent (b, dim->rate);
  guint i, n = 0, n_lost = 0;

  for (i = first; i < end; i++)
    {
      const JxIndicatorResult *r = g_ptr_array_index (b->sheet->indicators, i);

      if (r->level != 3 || !r->applicable)
        continue;
      n++;
      if (!isnan (r->score) && !isnan (r->weight) && r->score < r->weight - 1e-9)
        {
          if (n_lost++ < 8)
            {
              g_autofree char *w = _jx_rb_number (b, r->weight);
              g_autofree char *sc = _jx_rb_number (b, r->score);
              g_string_append_printf (lost, "%s%s（分值 %s 分，得 %s 分）", lost->len > 0 ? "、" : "",
                                      r->indicator->name, w, sc);
            }
        }
    }
  g_string_append_printf (s, "%s指标共 %u 项，得分率 %s", dim->indicator->name, n, rate);
  if (dim->grade != NULL)
    g_string_append_printf (s, "，评价等级为%s", dim->grade);
  if (n_lost == 0)
    g_string_append (s, "，各项指标均得满分。");
  else
    g_string_append_printf (s, "。未得满分的指标：%s%s。", lost->str, n_lost > 8 ? "等" : "");
  _jx_rb_paragraph (b, JX_REPORT_STYLE_BODY, s->str);
}

static gboolean
is_effect_dimension (const JxIndicatorResult *dim)
{
  return strstr (dim->indicator->name, "效果") != NULL || strstr (dim->indicator->name, "效益") != NULL;
}

void
_jx_report_build_analysis (JxReportBuilder *b)
{
  const GPtrArray *all = b->sheet->indicators;
  const GPtrArray *dims = b->sheet->dimensions;
  const JxIndicatorResult *benefits_dim = NULL;
  guint d, i;

  _jx_rb_section (b, JX_REPORT_STYLE_H2, "整体绩效分析");

  for (d = 0; d < dims->len && benefits_dim == NULL; d++)
    if (is_effect_dimension (g_ptr_array_index (dims, d)))
      benefits_dim = g_ptr_array_index (dims, d);
  if (benefits_dim == NULL && dims->len > 0)
    benefits_dim = g_ptr_array_index (dims, dims->len - 1);

  for (i = 0; i < all->len; )
    {
      const JxIndicatorResult *dim = g_ptr_array_index (all, i);
      g_autofree char *w = _jx_rb_number (b, dim->weight);
      g_autofree char *sc = _jx_rb_number (b, dim->score);
      g_autofree char *name = g_strdup_printf ("%s分析（指标分值 %s 分，评价得分 %s 分）", dim->indicator->name, w, sc);
      guint end;

      g_assert (dim->level == 1);
      for (end = i + 1; end < all->len; end++)
        if (((JxIndicatorResult *) g_ptr_array_index (all, end))->level == 1)
          break;

      _jx_rb_section (b, JX_REPORT_STYLE_H3, name);
      _jx_rb_texts (b, dim->indicator->analysis);
      build_dimension_summary (b, dim, i + 1, end);
      if (dim == benefits_dim)
        _jx_rb_texts (b, b->doc->conclusion.benefits);

      for (i = i + 1; i < end; i++)
        {
          const JxIndicatorResult *r = g_ptr_array_index (all, i);
          const JxIndicator *ind = r->indicator;
          g_autofree char *sentence = NULL;

          if (!_jx_rb_has_text (ind->analysis) && (r->level != 3 || ind->metric == JX_METRIC_NONE))
            continue;
          _jx_rb_section (b, JX_REPORT_STYLE_H4, ind->name);
          _jx_rb_texts (b, ind->analysis);
          if (r->level == 3 && ind->metric != JX_METRIC_NONE)
            {
              sentence = _jx_report_metric_sentence (b, ind->metric);
              if (sentence != NULL)
                _jx_rb_paragraph (b, JX_REPORT_STYLE_BODY, sentence);
            }
          if (r->level == 3 && !r->applicable)
            _jx_rb_paragraph (b, JX_REPORT_STYLE_BODY, "该项指标不适用，不计入总分。");
          else if (r->level == 3 && !isnan (r->score) && r->score < r->weight - 1e-9)
            {
              g_autofree char *iw = _jx_rb_number (b, r->weight);
              g_autofree char *is = _jx_rb_number (b, r->score);
              g_autofree char *line = g_strdup_printf ("该项指标分值 %s 分，评价得分 %s 分。", iw, is);
              _jx_rb_paragraph (b, JX_REPORT_STYLE_BODY, line);
            }
        }
    }
}

/* ---- 三、自评结论 ---- */

static void
build_score_table (JxReportBuilder *b)
{
  static const double fractions[] = { 0.24, 0.14, 0.15, 0.15, 0.16, 0.16 };
  static const JxCellAlign align[] = { JX_CELL_LEFT, JX_CELL_RIGHT, JX_CELL_RIGHT, JX_CELL_RIGHT, JX_CELL_RIGHT, JX_CELL_CENTER };
  static const char * const header[] = { "评价指标", "权重", "评级分值", "实际得分", "得分比", "评价结论" };
  const JxScoreSheet *sheet = b->sheet;
  JxReportTable *t = _jx_report_table_new (6, 0, fractions, align);
  guint i;

  _jx_report_table_add_header (t, header);
  for (i = 0; i < sheet->dimensions->len; i++)
    {
      const JxIndicatorResult *r = g_ptr_array_index (sheet->dimensions, i);
      g_autofree char *name = g_strdup_printf ("%u、%s", i + 1, r->indicator->name);
      g_autofree char *share = _jx_rb_number (b, sheet->total_weight > 0 ? r->weight * 100.0 / sheet->total_weight : NAN);
      g_autofree char *share_pc = g_strconcat (share, strcmp (share, "—") != 0 ? "%" : "", NULL);
      g_autofree char *w = _jx_rb_number (b, r->weight);
      g_autofree char *sc = _jx_rb_number (b, r->score);
      g_autofree char *rate = _jx_rb_percent (b, r->rate);
      const char *texts[6] = { name, share_pc, w, sc, rate, r->grade != NULL ? r->grade : "—" };

      _jx_report_table_add_row (t, texts, NULL);
    }
  {
    g_autofree char *w = _jx_rb_number (b, sheet->total_weight);
    g_autofree char *sc = _jx_rb_number (b, sheet->total_score);
    g_autofree char *rate = _jx_rb_percent (b, sheet->total_rate);
    const char *texts[6] = { "综合绩效", sheet->total_weight > 0 ? "100%" : "—", w, sc, rate,
                             sheet->grade != NULL ? sheet->grade : "—" };

    _jx_report_table_add_row (t, texts, NULL)->bold = TRUE;
  }
  _jx_rb_table (b, "绩效评价得分汇总", t);
}

void
_jx_report_build_conclusion (JxReportBuilder *b)
{
  static const char * const charts[] = { "scores", NULL };
  const JxConclusion *c = &b->doc->conclusion;
  const JxDepartment *d = &b->doc->department;
  g_autofree char *total = _jx_rb_number (b, b->sheet->total);
  g_autofree char *date = _jx_rb_date (d->report_date);

  _jx_rb_section (b, JX_REPORT_STYLE_H1, "自评结论");
  _jx_rb_section (b, JX_REPORT_STYLE_H2, "自评结论");
  if (isnan (b->sheet->total))
    _jx_rb_paragraph (b, JX_REPORT_STYLE_BODY, "指标分值合计为零，综合得分无法计算。评分结果如下：");
  else
    _jx_rb_printf (b, "本次绩效评价的综合得分为 %s 分，按评价办法确定为%s，评分结果如下：",
                   total, b->sheet->grade != NULL ? b->sheet->grade : "—");
  build_score_table (b);
  _jx_rb_charts (b, charts);

  if (_jx_rb_has_text (c->experience) || _jx_rb_has_text (c->problems) || _jx_rb_has_text (c->measures))
    {
      _jx_rb_section (b, JX_REPORT_STYLE_H2, "主要经验、存在的问题和改进措施");
      if (_jx_rb_has_text (c->experience))
        {
          _jx_rb_section (b, JX_REPORT_STYLE_H3, "主要经验");
          _jx_rb_texts (b, c->experience);
        }
      if (_jx_rb_has_text (c->problems))
        {
          _jx_rb_section (b, JX_REPORT_STYLE_H3, "存在的问题");
          _jx_rb_texts (b, c->problems);
        }
      if (_jx_rb_has_text (c->measures))
        {
          _jx_rb_section (b, JX_REPORT_STYLE_H3, "改进措施");
          _jx_rb_texts (b, c->measures);
        }
    }

  /* 落款: the unit and the date, right-aligned under the text */
  if (_jx_rb_has_text (d->name))
    {
      g_autofree char *signature = date != NULL ? g_strdup_printf ("%s\n%s", d->name, date) : g_strdup (d->name);
      _jx_rb_paragraph (b, JX_REPORT_STYLE_SIGNATURE, signature);
    }
}
