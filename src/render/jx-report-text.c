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
#include "jx-rule-pack.h"

/* ---- helpers ---- */

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

/* `contract` is a member of the actual headcount only. */
static gboolean
headcount_stated (const JxHeadcount *h,
                  gboolean           actual)
{
  return JX_COUNT_IS_SET (h->total) || JX_COUNT_IS_SET (h->administrative) || JX_COUNT_IS_SET (h->institutional)
      || JX_COUNT_IS_SET (h->civil_servant_managed) || (actual && JX_COUNT_IS_SET (h->contract));
}

static gboolean
staffing_stated (const JxStaffing *st)
{
  return headcount_stated (&st->authorized, FALSE) || headcount_stated (&st->actual, TRUE) || JX_COUNT_IS_SET (st->retirees.total)
      || JX_COUNT_IS_SET (st->retirees.honorary) || JX_COUNT_IS_SET (st->retirees.retired)
      || _jx_rb_has_text (st->notes);
}

static gboolean
has_leaves (JxReportBuilder *b)
{
  guint i;

  for (i = 0; i < b->sheet->indicators->len; i++)
    if (((const JxIndicatorResult *) g_ptr_array_index (b->sheet->indicators, i))->level == 3)
      return TRUE;
  return FALSE;
}

/* When the document has no method text: the dimensions, their weights and the bands. */
static char *
method_sentence (JxReportBuilder *b)
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
  return g_string_free (g_steal_pointer (&s), FALSE);
}

static char *
bands_sentence (JxReportBuilder *b)
{
  const GPtrArray *bands = b->doc->scoring.grade_bands;
  g_autoptr(GString) s = NULL;
  g_autofree char *total = _jx_rb_number (b, b->sheet->total_weight);
  guint i;

  if (bands == NULL || bands->len == 0)
    return NULL;
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
  return g_string_free (g_steal_pointer (&s), FALSE);
}

/* Whether the document follows a regional form (a provincial or local rule pack): those print
 * 指标性质 and 度量单位 beside 指标值, the national framework of the reference report does not. */
static gboolean
regional_form (JxReportBuilder *b)
{
  const JxRulePack *pack = b->doc->scoring.pack != NULL && b->doc->scoring.pack[0] != '\0'
                           ? jx_rule_pack_find (b->doc->scoring.pack) : NULL;

  return pack != NULL && jx_rule_pack_is_regional (pack);
}

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
    default: return "≥";
    }
}

/* 指标性质, 指标值 and 度量单位 of a level-3 indicator as a regional form prints them, one per
 * part separated by "；" ("≥", "3000", "篇（条）"); a qualitative target is 定性 and its text. */
static void
form_target (JxReportBuilder   *b,
             const JxIndicator *ind,
             char             **direction,
             char             **value,
             char             **unit)
{
  GString *d = g_string_new (NULL), *v = g_string_new (NULL), *u = g_string_new (NULL);
  guint i;

  if (ind->parts == NULL || ind->parts->len == 0)
    {
      g_string_append (d, "定性");
      g_string_append (v, ind->target_text != NULL ? ind->target_text : "");
    }
  for (i = 0; ind->parts != NULL && i < ind->parts->len; i++)
    {
      const JxPart *part = g_ptr_array_index (ind->parts, i);
      g_autofree char *n = _jx_rb_number (b, part->target);

      if (i > 0)
        {
          g_string_append (d, "；");
          g_string_append (v, "；");
          g_string_append (u, "；");
        }
      g_string_append (d, direction_sign (part->direction));
      if (ind->parts->len > 1 && _jx_rb_has_text (part->label))
        g_string_append_printf (v, "%s ", part->label);
      g_string_append (v, n);
      g_string_append (u, part->unit != NULL ? part->unit : "");
    }
  *direction = g_string_free (d, FALSE);
  *value = g_string_free (v, FALSE);
  *unit = g_string_free (u, FALSE);
}

/* 部门整体支出绩效目标: the reference report's seven columns, or with a regional form's
 * 指标性质 and 度量单位 nine. */
static void
build_goal_table (JxReportBuilder *b)
{
  static const double fractions[] = { 0.075, 0.115, 0.055, 0.24, 0.15, 0.065, 0.30 };
  static const JxCellAlign align[] = { JX_CELL_CENTER, JX_CELL_CENTER, JX_CELL_CENTER, JX_CELL_LEFT,
                                       JX_CELL_LEFT, JX_CELL_RIGHT, JX_CELL_LEFT };
  static const char * const header[] = { "一级指标", "二级指标", "序号", "三级指标", "目标值", "分值", "备注" };
  static const double form_fractions[] = { 0.065, 0.09, 0.045, 0.19, 0.11, 0.12, 0.11, 0.06, 0.21 };
  static const JxCellAlign form_align[] = { JX_CELL_CENTER, JX_CELL_CENTER, JX_CELL_CENTER, JX_CELL_LEFT,
                                            JX_CELL_CENTER, JX_CELL_LEFT, JX_CELL_CENTER, JX_CELL_RIGHT,
                                            JX_CELL_LEFT };
  static const char * const form_header[] = { "一级指标", "二级指标", "序号", "三级指标", "指标性质", "指标值",
                                              "度量单位", "分值", "备注" };
  gboolean form = regional_form (b);
  guint n = form ? 9 : 7;
  JxReportTable *t = form ? _jx_report_table_new (9, 2, form_fractions, form_align)
                          : _jx_report_table_new (7, 2, fractions, align);
  const GPtrArray *all = b->sheet->indicators;
  const JxIndicatorResult *l1 = NULL, *l2 = NULL;
  guint groups[2] = { 0, 0 };
  guint i;

  _jx_report_table_add_header (t, form ? form_header : header);
  for (i = 0; i < all->len; i++)
    {
      const JxIndicatorResult *r = g_ptr_array_index (all, i);
      const JxIndicator *ind = r->indicator;
      g_autofree char *weight = NULL;
      g_autofree char *note = NULL;
      g_autofree char *direction = NULL;
      g_autofree char *value = NULL;
      g_autofree char *unit = NULL;
      const char *texts[9];
      guint k = 4;

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
      if (form)
        {
          form_target (b, ind, &direction, &value, &unit);
          texts[k++] = direction;
          texts[k++] = value;
          texts[k++] = unit;
        }
      else
        texts[k++] = ind->target_text;
      texts[k++] = weight;
      texts[k++] = note != NULL ? note : ind->note;
      _jx_report_table_add_row (t, texts, groups);
    }
  {
    g_autofree char *total = _jx_rb_number (b, b->sheet->total_weight);
    const char *texts[9] = { "合计", NULL, NULL, NULL, "", "", "", "", "" };
    JxReportRow *row;

    texts[n - 2] = total;
    row = _jx_report_table_add_row (t, texts, NULL);
    _jx_report_row_set_span (row, 0, 4);
    row->bold = TRUE;
  }
  _jx_rb_table (b, "部门整体支出绩效目标", t);
}

/* 一（二）'s paragraphs while the department's method text is empty (blank-line separated),
 * NULL when there is none to print there. */
char *
_jx_report_method_generated (JxReportBuilder *b)
{
  g_autofree char *method = NULL;
  g_autofree char *bands = NULL;

  if (_jx_rb_has_text (b->doc->scoring.method) || b->sheet->dimensions->len == 0)
    return NULL;
  method = method_sentence (b);
  bands = bands_sentence (b);
  return bands != NULL ? g_strdup_printf ("%s\n\n%s", method, bands) : g_steal_pointer (&method);
}

void
_jx_report_build_overview (JxReportBuilder *b)
{
  const JxDepartment *d = &b->doc->department;
  guint i, n, n_functions = 0;

  for (i = 0; d->functions != NULL && i < d->functions->len; i++)
    n_functions += _jx_rb_has_text (g_ptr_array_index (d->functions, i));
  _jx_rb_texts (b, d->basis);
  _jx_rb_section (b, JX_REPORT_STYLE_H1, "部门概况");
  _jx_rb_section (b, JX_REPORT_STYLE_H2, "部门概况");
  if (n_functions > 0)
    {
      _jx_rb_section (b, JX_REPORT_STYLE_H3, "部门职能");
      for (i = 0, n = 0; i < d->functions->len; i++)
        {
          const char *f = g_ptr_array_index (d->functions, i);
          g_autofree char *line = NULL;

          if (!_jx_rb_has_text (f))
            continue;
          line = g_strdup_printf ("（%u）%s", ++n, f);
          _jx_rb_paragraph (b, JX_REPORT_STYLE_BODY, line);
        }
    }
  if (staffing_stated (&d->staffing))
    {
      _jx_rb_section (b, JX_REPORT_STYLE_H3, "人员情况");
      build_staffing (b);
    }
  if (n_functions == 0 && !staffing_stated (&d->staffing))
    _jx_rb_paragraph (b, JX_REPORT_STYLE_BODY, "尚未填报部门职能和人员情况。");

  _jx_rb_section (b, JX_REPORT_STYLE_H2, "部门整体支出预算绩效目标");
  if (_jx_rb_has_text (b->doc->scoring.method))
    _jx_rb_texts (b, b->doc->scoring.method);
  else if (b->sheet->dimensions->len > 0)
    {
      g_autofree char *method = method_sentence (b);
      g_autofree char *bands = bands_sentence (b);

      _jx_rb_generated (b, method);
      _jx_rb_generated (b, bands);
    }
  if (has_leaves (b))
    build_goal_table (b);
  else if (!_jx_rb_has_text (b->doc->scoring.method))
    _jx_rb_paragraph (b, JX_REPORT_STYLE_BODY, "尚未填报绩效指标。");
}
