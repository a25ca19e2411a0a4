/* SPDX-License-Identifier: GPL-3.0-or-later */
/* jx-report-analysis.c: 二（二）目标完成情况, 二（三）整体绩效分析 and 三、自评结论 — the clerk's
 * narratives where there are any (else the generated ones of jx-report-narrative.c), the
 * completion tables of the dimensions and the score table.
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
  /* a ratio the document computes: its exact figure, whatever was typed beside it */
  if (ind->metric != JX_METRIC_NONE && ind->parts != NULL && ind->parts->len == 1)
    {
      const JxPart *part = g_ptr_array_index (ind->parts, 0);
      double a = jx_indicator_actual (b->doc, ind, 0);

      if (!isnan (a) && g_strcmp0 (part->unit, "%") == 0)
        return _jx_rb_percent (b, a);
    }
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

static char *
completion_sentence (JxReportBuilder *b)
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
    return NULL;
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
  g_string_append (s, "。");
  return g_string_free (g_steal_pointer (&s), FALSE);
}

/* The completion table of the indicators of the dimension at `first` (an index into the
 * sheet's indicators): 一级 … 目标值, 完成情况, 完成率, 得分. */
static void
build_completion_table (JxReportBuilder *b,
                        guint            first,
                        guint            end)
{
  static const double fractions[] = { 0.075, 0.11, 0.06, 0.215, 0.155, 0.155, 0.145, 0.085 };
  static const JxCellAlign align[] = { JX_CELL_CENTER, JX_CELL_CENTER, JX_CELL_CENTER, JX_CELL_LEFT,
                                       JX_CELL_LEFT, JX_CELL_LEFT, JX_CELL_RIGHT, JX_CELL_RIGHT };
  static const char * const header[] = { "一级指标", "二级指标", "序号", "三级指标", "目标值", "完成情况", "完成率", "得分" };
  JxReportTable *t = _jx_report_table_new (8, 2, fractions, align);
  const JxIndicatorResult *l1 = NULL, *l2 = NULL;
  g_autofree char *caption = NULL;
  guint groups[2] = { 0, 0 };
  guint i;

  _jx_report_table_add_header (t, header);
  for (i = first; i < end; i++)
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
  caption = g_strdup_printf ("%s指标完成情况", l1 != NULL ? l1->indicator->name : "");
  _jx_rb_table (b, caption, t);
}

/* A dimension's completion table stands after its text (the reference report's 产出 table
 * after "汇总如下："), when some indicator of it has a completion: its scores are read
 * there, each indicator's figures in its analysis below. */
static gboolean
wants_completion_table (JxReportBuilder *b,
                        guint            first,
                        guint            end)
{
  guint i;

  for (i = first + 1; i < end; i++)
    {
      const JxIndicatorResult *r = g_ptr_array_index (b->sheet->indicators, i);

      if (r->level == 3 && !isnan (r->completion))
        return TRUE;
    }
  return FALSE;
}

/* 二（二）'s sentence while the department's summary is empty; NULL when none is printed. */
char *
_jx_report_summary_generated (JxReportBuilder *b)
{
  if (_jx_rb_has_text (b->doc->conclusion.summary) || b->sheet->dimensions->len == 0)
    return NULL;
  return completion_sentence (b);
}

void
_jx_report_build_goals (JxReportBuilder *b)
{
  static const char * const charts[] = { "target-actual", NULL };

  _jx_rb_section (b, JX_REPORT_STYLE_H2, "部门整体支出预算绩效目标的完成情况");
  if (_jx_rb_has_text (b->doc->conclusion.summary))
    _jx_rb_texts (b, b->doc->conclusion.summary);
  else if (b->sheet->dimensions->len > 0)
    {
      g_autofree char *sentence = completion_sentence (b);

      _jx_rb_generated (b, sentence);
    }
  else
    _jx_rb_paragraph (b, JX_REPORT_STYLE_BODY, "尚未填报绩效指标。");
  _jx_rb_charts (b, charts);
}

/* ---- 二（三）整体绩效分析 ---- */

void
_jx_report_build_analysis (JxReportBuilder *b)
{
  const GPtrArray *all = b->sheet->indicators;
  const JxIndicatorResult *benefits_dim = _jx_report_benefits_dimension (b);
  guint i;

  _jx_rb_section (b, JX_REPORT_STYLE_H2, "整体绩效分析");
  if (all->len == 0)
    {
      _jx_rb_paragraph (b, JX_REPORT_STYLE_BODY, "尚未填报绩效指标。");
      return;
    }

  for (i = 0; i < all->len; )
    {
      const JxIndicatorResult *dim = g_ptr_array_index (all, i);
      g_autofree char *w = _jx_rb_number (b, dim->weight);
      g_autofree char *sc = _jx_rb_number (b, _jx_rb_stated_score (dim));
      g_autofree char *heading = _jx_rb_has_text (dim->indicator->heading)
        ? g_strdup (dim->indicator->heading) : g_strconcat (dim->indicator->name, "分析", NULL);
      g_autofree char *name = g_strdup_printf ("%s（指标分值 %s 分，评价得分 %s 分）", heading, w, sc);
      g_autofree char *generated = _jx_report_generated_text (b, i);
      guint end = _jx_report_dimension_end (b, i);
      guint first = i;

      g_assert (dim->level == 1);
      _jx_rb_section (b, JX_REPORT_STYLE_H3, name);
      _jx_rb_texts (b, dim->indicator->analysis);
      if (dim == benefits_dim)
        _jx_rb_texts (b, b->doc->conclusion.benefits);
      _jx_rb_generated (b, generated);
      if (wants_completion_table (b, first, end))
        build_completion_table (b, first, end);

      for (i = i + 1; i < end; i++)
        {
          const JxIndicatorResult *r = g_ptr_array_index (all, i);
          g_autofree char *text = _jx_rb_has_text (r->indicator->analysis)
            ? g_strdup (r->indicator->analysis) : _jx_report_generated_text (b, i);

          if (!_jx_rb_has_text (text))
            continue;
          _jx_rb_section (b, JX_REPORT_STYLE_H4, _jx_rb_heading_of (r->indicator));
          if (_jx_rb_has_text (r->indicator->analysis))
            _jx_rb_texts (b, text);
          else
            _jx_rb_generated (b, text);
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
      g_autofree char *sc = _jx_rb_number (b, _jx_rb_stated_score (r));
      g_autofree char *rate = _jx_rb_percent (b, _jx_rb_stated_rate (r));
      const char *grade = _jx_rb_stated_grade (r);
      const char *texts[6] = { name, share_pc, w, sc, rate, grade != NULL ? grade : "—" };

      _jx_report_table_add_row (t, texts, NULL);
    }
  {
    g_autofree char *w = _jx_rb_number (b, sheet->total_weight);
    gboolean stated = JX_NUMBER_IS_SET (b->doc->conclusion.stated_total) && sheet->total_weight > 0;
    double total = stated ? b->doc->conclusion.stated_total * sheet->total_weight / 100.0 : sheet->total_score;
    g_autofree char *sc = _jx_rb_number (b, total);
    g_autofree char *rate = _jx_rb_percent (b, stated ? b->doc->conclusion.stated_total : sheet->total_rate);
    const char *grade = _jx_rb_stated_total_grade (b);
    const char *texts[6] = { "综合绩效", sheet->total_weight > 0 ? "100%" : "—", w, sc, rate,
                             grade != NULL ? grade : "—" };

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
  g_autofree char *total = _jx_rb_number (b, _jx_rb_stated_total (b));
  const char *grade = _jx_rb_stated_total_grade (b);
  g_autofree char *date = _jx_rb_date (d->report_date);

  _jx_rb_section (b, JX_REPORT_STYLE_H1, "自评结论");
  _jx_rb_section (b, JX_REPORT_STYLE_H2, "自评结论");
  if (b->sheet->dimensions->len == 0)
    _jx_rb_paragraph (b, JX_REPORT_STYLE_BODY, "尚未填报绩效指标，无法计算综合得分。");
  else
    {
      if (isnan (_jx_rb_stated_total (b)))
        _jx_rb_paragraph (b, JX_REPORT_STYLE_BODY, "指标分值合计为零，综合得分无法计算。各维度评分结果如下：");
      else if (grade != NULL)
        _jx_rb_printf (b, "本次绩效评价的综合得分为 %s 分，按评价办法确定为%s，评分结果如下：", total, grade);
      else
        _jx_rb_printf (b, "本次绩效评价的综合得分为 %s 分，评分结果如下：", total);
      build_score_table (b);
      _jx_rb_charts (b, charts);
    }

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
