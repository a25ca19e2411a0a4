/* SPDX-License-Identifier: GPL-3.0-or-later */
/* jx-report-narrative.c: the sentences the report writes where the department wrote none,
 * and the rule that decides: the clerk's paragraph wins, and nothing is said twice.
 *
 * - A level-3 indicator linked to a metric gets the metric's sentence (its operands and
 *   rate), with its score when it lost points; any other indicator gets nothing generated:
 *   its row in the tables says what there is to say.
 * - A dimension gets a summary (how many indicators, its rate and grade, which lost points)
 *   only when the department wrote nothing for it: no analysis of its own, no analysis of
 *   any indicator below it, and — for the dimension of effects — no 效益 text.
 * The indicator page shows the same text as a suggestion (jx-report-narrative.h).
 *
 * Every figure comes from the document: ratios from jx_metric_compute(), scores, rates and
 * grades from the score sheet. The sentences are Chinese literals (see jx-report-text.c). */
#define G_LOG_DOMAIN "jx-report"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "jx-metrics.h"
#include "jx-money.h"
#include "jx-report-narrative.h"
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

/* ---- which dimension, which indicators ---- */

static gboolean
is_effect_dimension (const JxIndicatorResult *dim)
{
  return strstr (dim->indicator->name, "效果") != NULL || strstr (dim->indicator->name, "效益") != NULL;
}

const JxIndicatorResult *
_jx_report_benefits_dimension (JxReportBuilder *b)
{
  const GPtrArray *dims = b->sheet->dimensions;
  guint d;

  for (d = 0; d < dims->len; d++)
    if (is_effect_dimension (g_ptr_array_index (dims, d)))
      return g_ptr_array_index (dims, d);
  return dims->len > 0 ? g_ptr_array_index (dims, dims->len - 1) : NULL;
}

guint
_jx_report_dimension_end (JxReportBuilder *b,
                          guint            first)
{
  const GPtrArray *all = b->sheet->indicators;
  guint end;

  for (end = first + 1; end < all->len; end++)
    if (((const JxIndicatorResult *) g_ptr_array_index (all, end))->level == 1)
      break;
  return end;
}

/* Whether the department wrote anything for dimension `first` (an index into the sheet's
 * indicators) or any indicator below it. */
gboolean
_jx_report_dimension_written (JxReportBuilder *b,
                              guint            first)
{
  const GPtrArray *all = b->sheet->indicators;
  const JxIndicatorResult *dim = g_ptr_array_index (all, first);
  guint end = _jx_report_dimension_end (b, first);
  guint i;

  if (dim == _jx_report_benefits_dimension (b) && _jx_rb_has_text (b->doc->conclusion.benefits))
    return TRUE;
  for (i = first; i < end; i++)
    if (_jx_rb_has_text (((const JxIndicatorResult *) g_ptr_array_index (all, i))->indicator->analysis))
      return TRUE;
  return FALSE;
}

/* ---- generated paragraphs ---- */

static char *
dimension_summary (JxReportBuilder *b,
                   guint            first)
{
  const GPtrArray *all = b->sheet->indicators;
  const JxIndicatorResult *dim = g_ptr_array_index (all, first);
  guint end = _jx_report_dimension_end (b, first);
  g_autoptr(GString) s = g_string_new (NULL);
  g_autoptr(GString) lost = g_string_new (NULL);
  guint i, n = 0, n_lost = 0, n_unscored = 0;

  for (i = first + 1; i < end; i++)
    {
      const JxIndicatorResult *r = g_ptr_array_index (all, i);

      if (r->level != 3 || !r->applicable)
        continue;
      n++;
      if (isnan (r->score))
        n_unscored++;
      else if (!isnan (r->weight) && r->score < r->weight - 1e-9)
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
  if (n == 0)
    return NULL;
  g_string_append_printf (s, "%s指标共 %u 项", dim->indicator->name, n);
  if (!isnan (_jx_rb_stated_rate (dim)))
    {
      g_autofree char *rate = _jx_rb_percent (b, _jx_rb_stated_rate (dim));
      g_string_append_printf (s, "，得分率 %s", rate);
      if (_jx_rb_stated_grade (dim) != NULL)
        g_string_append_printf (s, "，评价等级为%s", _jx_rb_stated_grade (dim));
    }
  if (n_lost == 0 && n_unscored == 0)
    g_string_append (s, "，各项指标均得满分。");
  else
    {
      g_string_append (s, "。");
      if (n_lost > 0)
        g_string_append_printf (s, "未得满分的指标：%s%s。", lost->str, n_lost > 8 ? "等" : "");
      if (n_unscored > 0)
        g_string_append_printf (s, "另有 %u 项指标尚未评分。", n_unscored);
    }
  return g_string_free (g_steal_pointer (&s), FALSE);
}

static char *
indicator_text (JxReportBuilder         *b,
                const JxIndicatorResult *r)
{
  const JxIndicator *ind = r->indicator;
  g_autofree char *sentence = NULL;

  if (ind->metric == JX_METRIC_NONE || ind->metric >= JX_N_METRICS)
    return NULL;
  sentence = _jx_report_metric_sentence (b, ind->metric);
  if (sentence == NULL)
    return NULL;
  if (!r->applicable)
    return g_strconcat (sentence, "该项指标不适用，不计入总分。", NULL);
  if (!isnan (r->score) && !isnan (r->weight) && r->score < r->weight - 1e-9)
    {
      g_autofree char *w = _jx_rb_number (b, r->weight);
      g_autofree char *sc = _jx_rb_number (b, r->score);

      return g_strdup_printf ("%s该项指标分值 %s 分，评价得分 %s 分。", sentence, w, sc);
    }
  return g_steal_pointer (&sentence);
}

char *
_jx_report_generated_text (JxReportBuilder *b,
                           guint            index)
{
  const JxIndicatorResult *r = g_ptr_array_index (b->sheet->indicators, index);

  switch (r->level)
    {
    case 1:
      return _jx_report_dimension_written (b, index) ? NULL : dimension_summary (b, index);
    case 3:
      return _jx_rb_has_text (r->indicator->analysis) ? NULL : indicator_text (b, r);
    default:
      return NULL;
    }
}

char *
jx_report_dup_generated_analysis (const JxDocData         *doc,
                                  const JxScoreSheet      *sheet,
                                  const JxIndicatorResult *result)
{
  JxReportBuilder b = { 0 };
  guint i;

  g_return_val_if_fail (doc != NULL, NULL);
  g_return_val_if_fail (sheet != NULL, NULL);
  g_return_val_if_fail (result != NULL, NULL);

  b.doc = doc;
  b.sheet = (JxScoreSheet *) sheet;
  for (i = 0; i < sheet->indicators->len; i++)
    if (g_ptr_array_index (sheet->indicators, i) == result)
      return _jx_report_generated_text (&b, i);
  g_return_val_if_reached (NULL);
}

const char * const *
jx_report_generated_paths (void)
{
  static const char *paths[16];
  static gsize done = 0;

  if (g_once_init_enter (&done))
    {
      guint n = 0, i;
      const char *p;

      paths[n++] = "scoring.method";
      for (i = 0; (p = _jx_report_budget_path (i)) != NULL && n < G_N_ELEMENTS (paths) - 2; i++)
        paths[n++] = p;
      paths[n++] = "conclusion.summary";
      paths[n] = NULL;
      g_once_init_leave (&done, 1);
    }
  return paths;
}

char *
jx_report_dup_generated_text (const JxDocData    *doc,
                              const JxScoreSheet *sheet,
                              const char         *path)
{
  JxReportBuilder b = { 0 };

  g_return_val_if_fail (doc != NULL, NULL);
  g_return_val_if_fail (sheet != NULL, NULL);
  g_return_val_if_fail (path != NULL, NULL);

  b.doc = doc;
  b.sheet = (JxScoreSheet *) sheet;
  if (g_str_equal (path, "scoring.method"))
    return _jx_report_method_generated (&b);
  if (g_str_equal (path, "conclusion.summary"))
    return _jx_report_summary_generated (&b);
  return _jx_report_budget_generated (&b, path);
}
