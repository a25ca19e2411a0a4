/* SPDX-License-Identifier: GPL-3.0-or-later */
/* jx-report-yoy.c: 二（一）4 与上年对比 — where the document states last year's figures, this
 * year against last: one sentence, a table with the change in percent, and the
 * year-over-year chart. The report is Chinese whatever the UI language, so are its names. */
#define G_LOG_DOMAIN "jx-report"

#include "config.h"

#include <math.h>

#include "jx-report-private.h"
#include "jx-year-over-year.h"

static const char *
chinese_name (const char *id)
{
  static const struct { const char *id, *name; } names[] = {
    { "revenue", "收入合计" },
    { "expenditure", "支出合计" },
    { "basic", "基本支出" },
    { "projects", "项目支出" },
    { "public-funds", "公用经费" },
    { "procurement", "政府采购" },
    { "three-public", "“三公”经费" },
  };
  guint i;

  for (i = 0; i < G_N_ELEMENTS (names); i++)
    if (g_str_equal (names[i].id, id))
      return names[i].name;
  return id;
}

/* "增长 43.84%", "下降 20.00%", "持平", or "—" when last year's figure is 0. */
static char *
change_words (JxReportBuilder *b,
              double           change)
{
  g_autofree char *pct = NULL;

  if (isnan (change))
    return g_strdup ("—");
  if (change == 0)
    return g_strdup ("持平");
  pct = _jx_rb_percent (b, fabs (change));
  return g_strdup_printf ("%s %s", change > 0 ? "增长" : "下降", pct);
}

void
_jx_report_build_year_over_year (JxReportBuilder *b)
{
  static const double fractions[] = { 0.28, 0.24, 0.24, 0.24 };
  static const JxCellAlign align[] = { JX_CELL_LEFT, JX_CELL_RIGHT, JX_CELL_RIGHT, JX_CELL_RIGHT };
  static const char * const charts[] = { "year-over-year", NULL };
  g_autoptr(GArray) rows = jx_year_over_year (b->doc);
  g_autoptr(GString) s = g_string_new (NULL);
  g_autofree char *last_head = NULL;
  g_autofree char *this_head = NULL;
  int year = b->doc->department.year;
  JxReportTable *t;
  guint i;

  if (rows->len == 0)
    return;

  _jx_rb_section (b, JX_REPORT_STYLE_H3, "与上年对比");
  for (i = 0; i < rows->len; i++)
    {
      const JxYearRow *row = &g_array_index (rows, JxYearRow, i);
      g_autofree char *now = _jx_rb_money (row->this_year);
      g_autofree char *last = _jx_rb_money (row->last_year);
      g_autofree char *change = change_words (b, row->change);

      g_string_append_printf (s, "%s%s %s 万元，上年 %s 万元", s->len > 0 ? "；" : "与上年相比，",
                              chinese_name (row->id), now, last);
      if (!isnan (row->change))
        g_string_append_printf (s, "，%s", change);
    }
  g_string_append (s, "。");
  _jx_rb_paragraph (b, JX_REPORT_STYLE_BODY, s->str);

  last_head = year > 0 ? g_strdup_printf ("%d 年", year - 1) : g_strdup ("上年");
  this_head = year > 0 ? g_strdup_printf ("%d 年", year) : g_strdup ("本年");
  t = _jx_report_table_new (4, 0, fractions, align);
  {
    const char *header[] = { "项目", last_head, this_head, "变动率" };
    _jx_report_table_add_header (t, header);
  }
  for (i = 0; i < rows->len; i++)
    {
      const JxYearRow *row = &g_array_index (rows, JxYearRow, i);
      g_autofree char *last = _jx_rb_money_cell (row->last_year);
      g_autofree char *now = _jx_rb_money_cell (row->this_year);
      g_autofree char *pct = NULL;
      const char *texts[4] = { chinese_name (row->id), last, now, NULL };

      if (isnan (row->change))
        pct = g_strdup ("—");
      else
        {
          g_autofree char *p = _jx_rb_percent (b, fabs (row->change));
          pct = g_strdup_printf ("%s%s", row->change > 0 ? "+" : row->change < 0 ? "−" : "", p);
        }
      texts[3] = pct;
      _jx_report_table_add_row (t, texts, NULL);
    }
  _jx_rb_table (b, "本年与上年对比（单位：万元）", t);
  _jx_rb_charts (b, charts);
}
