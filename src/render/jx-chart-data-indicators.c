/* SPDX-License-Identifier: GPL-3.0-or-later */
/* jx-chart-data-indicators.c: the figures of the indicator charts: the completion of each
 * quantitative indicator against its target (all of them, or one level-2 group), and the
 * score of each dimension against its weight. */
#define G_LOG_DOMAIN "jx-chart"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "jx-chart-private.h"
#include "jx-format.h"

static const char *
direction_sign (int direction)
{
  switch (direction)
    {
    case JX_DIRECTION_GT: return ">";
    case JX_DIRECTION_LE: return "≤";
    case JX_DIRECTION_LT: return "<";
    case JX_DIRECTION_EQ: return "=";
    case JX_DIRECTION_GE:
    default: return "";
    }
}

/* "3250 / 3000 篇（条）", "粉丝量 27224 / 3000 人次; 日活量 455 / 300 次". */
static char *
indicator_detail (const JxDocData   *doc,
                  const JxIndicator *ind,
                  gboolean          *zero_target,
                  gboolean          *missing_actual)
{
  g_autoptr(GString) s = g_string_new (NULL);
  guint i;

  for (i = 0; i < ind->parts->len; i++)
    {
      const JxPart *p = g_ptr_array_index (ind->parts, i);
      double actual = jx_indicator_actual (doc, ind, i);
      g_autofree char *a = _jx_chart_format_number (actual, 2, FALSE);
      g_autofree char *t = _jx_chart_format_number (p->target, 2, FALSE);
      const char *unit = p->unit != NULL ? p->unit : "";

      if (isnan (actual))
        {
          g_free (a);
          a = g_strdup (C_("chart", "not stated"));
          *missing_actual = TRUE;
        }
      if (JX_NUMBER_IS_SET (p->target) && p->target == 0)
        *zero_target = TRUE;
      if (s->len > 0)
        g_string_append (s, "; ");
      if (p->label != NULL && p->label[0] != '\0')
        g_string_append_printf (s, "%s ", p->label);
      g_string_append_printf (s, "%s / %s%s%s%s", a, direction_sign (p->direction), t,
                              unit[0] != '\0' && strcmp (unit, "%") != 0 ? " " : "", unit);
    }
  return g_string_free (g_steal_pointer (&s), FALSE);
}

/* Whether the indicator has numeric targets (applicable or not: a not-applicable one stands
 * in the chart as 不适用). */
static gboolean
has_targets (const JxIndicator *ind)
{
  guint i;

  if (ind->parts == NULL || ind->parts->len == 0)
    return FALSE;
  for (i = 0; i < ind->parts->len; i++)
    if (!JX_NUMBER_IS_SET (((const JxPart *) g_ptr_array_index (ind->parts, i))->target))
      return FALSE;
  return TRUE;
}

static gboolean
quantitative (const JxIndicator *ind)
{
  return ind->applicable && has_targets (ind);
}

gboolean
_jx_chart_group_has_targets (const JxIndicator *group)
{
  guint i;

  for (i = 0; group->children != NULL && i < group->children->len; i++)
    if (quantitative (g_ptr_array_index (group->children, i)))
      return TRUE;
  return FALSE;
}

/* A metric that is not applicable by its nature (重点支出安排率 with no key expenditure):
 * the indicator reads 不适用, not 未填报. */
static gboolean
metric_not_applicable (const JxDocData   *doc,
                       const JxIndicator *ind)
{
  return ind->metric == JX_METRIC_KEY_EXPENDITURE_RATE && !JX_MONEY_IS_SET (doc->budget.key_expenditure.amount);
}

/* `only`: the level-2 group to show, or NULL for all; then `n` is its number among all the
 * groups (1 for the first) and `from` the index of its result in the sheet: only its rows
 * are read, so the charts of every group together read the sheet once. */
JxChart *
_jx_chart_new_target (const JxDocData    *doc,
                      const JxScoreSheet *sheet,
                      const JxIndicator  *only,
                      int                 n,
                      guint               from)
{
  g_autofree char *id = n > 0 ? g_strdup_printf ("target-actual-%d", n) : g_strdup ("target-actual");
  g_autofree char *title = only != NULL
    ? g_strdup_printf (_("Target completion: %s"), only->name) : g_strdup (_("Target completion"));
  JxChart *chart = _jx_chart_new (id, JX_CHART_KIND_BULLET, title);
  const JxIndicator *level2 = NULL;
  int group_id = only != NULL ? n - 1 : 0;   /* the group's own row counts it */
  guint reached = 0, below = 0, none = 0;
  guint i;

  g_assert (only == NULL || (from < sheet->indicators->len
                             && ((const JxIndicatorResult *) g_ptr_array_index (sheet->indicators, from))->indicator == only));

  chart->group = n;
  _jx_chart_set_subtitle (chart, doc, _("Completion: actual ÷ target, %"));
  chart->n_series = 2;
  chart->series[0] = g_strdup (_("Target reached"));
  chart->series[1] = g_strdup (_("Below target"));
  chart->series_fill[0] = JX_FILL_GOOD;
  chart->series_fill[1] = JX_FILL_WARN;
  for (i = only != NULL ? from : 0; i < sheet->indicators->len; i++)
    {
      const JxIndicatorResult *r = g_ptr_array_index (sheet->indicators, i);
      JxChartItem *item;
      gboolean zero = FALSE, missing = FALSE;

      if (only != NULL && i > from && r->level <= 2)
        break;   /* past the group */
      if (r->level == 2)
        {
          level2 = r->indicator;
          group_id++;
        }
      if (r->level != 3 || !has_targets (r->indicator) || (only != NULL && level2 != only))
        continue;
      item = _jx_chart_add_item (chart, r->indicator->name);
      if (only == NULL && level2 != NULL)
        item->group = g_strdup (level2->name);
      item->group_id = group_id;
      item->note = indicator_detail (doc, r->indicator, &zero, &missing);
      item->value[0] = r->applicable ? r->completion : NAN;
      if (!r->applicable || (isnan (r->completion) && metric_not_applicable (doc, r->indicator)))
        {
          item->text[1] = g_strdup (_("not applicable"));
          item->fill = JX_FILL_TRACK;
          none++;
          /* Translators: hover text of a not-applicable indicator: path, actual / target. */
          item->describe = g_strdup_printf (_("%s: not applicable (%s)"), r->path, item->note);
        }
      else if (!isnan (r->completion))
        {
          item->text[0] = jx_format_percent (r->completion, 2);
          item->fill = jx_round (r->completion, 2, JX_ROUNDING_HALF_UP) >= 100 ? JX_FILL_GOOD : JX_FILL_WARN;
          if (item->fill == JX_FILL_GOOD)
            reached++;
          else
            below++;
          /* Translators: hover text of an indicator: path, completion, actual / target. */
          item->describe = g_strdup_printf (_("%s: completion %s (%s)"), r->path, item->text[0], item->note);
        }
      else
        {
          const char *why = zero ? _("target is 0") : missing ? _("actual value not reported") : _("no completion");

          item->text[1] = g_strdup (why);
          item->fill = JX_FILL_WARN;
          none++;
          item->describe = g_strdup_printf (_("%s: no completion, %s (%s)"), r->path, why, item->note);
        }
    }
  if (chart->items->len == 0)
    _jx_chart_set_empty (chart, _("No indicator has a numeric target."));
  else
    chart->summary = g_strdup_printf (_("Indicators: %u  ·  target reached: %u  ·  below target: %u  ·  no completion: %u"),
                                      chart->items->len, reached, below, none);
  return chart;
}

/* The department's word for the computed band where it states one for it (优 for 优秀, as
 * the report's 评价结论 prints it); the computed band otherwise. */
static const char *
grade_as_stated (const char *stated,
                 const char *computed)
{
  if (computed != NULL && stated != NULL && stated[0] != '\0' && g_str_has_prefix (computed, stated))
    return stated;
  return computed;
}

JxChart *
_jx_chart_new_scores (const JxDocData    *doc,
                      const JxScoreSheet *sheet)
{
  JxChart *chart = _jx_chart_new ("scores", JX_CHART_KIND_SCORES, _("Scores by dimension"));
  guint i;

  _jx_chart_set_subtitle (chart, doc, _("Unit: points"));
  chart->n_series = 2;
  chart->series[0] = g_strdup (_("Score"));
  chart->series[1] = g_strdup (_("Full marks"));
  chart->series_fill[0] = 0;
  chart->series_fill[1] = JX_FILL_TRACK;
  for (i = 0; i < sheet->dimensions->len; i++)
    {
      const JxIndicatorResult *r = g_ptr_array_index (sheet->dimensions, i);
      JxChartItem *item = _jx_chart_add_item (chart, r->indicator->name);
      const char *grade = grade_as_stated (r->indicator->stated_grade, r->grade);

      item->value[0] = r->score;
      item->value[1] = r->weight;
      item->text[0] = _jx_chart_format_number (r->score, 2, TRUE);
      item->text[1] = _jx_chart_format_number (r->weight, 2, TRUE);
      item->note = jx_format_percent (r->rate, 2);
      item->badge = g_strdup (grade);
      item->fill = 0;
      /* Translators: hover text: dimension, score, weight, rate, grade. */
      item->describe = g_strdup_printf (_("%s: %s of %s points, %s, %s"), item->label,
                                        item->text[0], item->text[1], item->note,
                                        grade != NULL ? grade : "—");
    }
  if (chart->items->len == 0)
    _jx_chart_set_empty (chart, _("The document has no indicators."));
  else if (!isnan (sheet->total))
    {
      g_autofree char *total = _jx_chart_format_number (sheet->total, 2, FALSE);
      const char *grade = grade_as_stated (doc->conclusion.stated_grade, sheet->grade);

      chart->summary = g_strdup_printf (_("Total score: %s of 100  ·  %s"), total, grade != NULL ? grade : "—");
    }
  return chart;
}
