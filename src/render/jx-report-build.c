/* SPDX-License-Identifier: GPL-3.0-or-later */
/* jx-report-build.c: the report builder — blocks, section numbers, and numbers written the
 * way the report prints them.
 *
 * The report body is Chinese whatever the UI language: it is a form of the finance bureau
 * (部门整体支出绩效自评报告) whose wording is fixed, and the clerk's texts woven into it are
 * Chinese. So its sentences are Chinese literals, not gettext messages; see jx-report-text.c.
 */
#define G_LOG_DOMAIN "jx-report"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "jx-format.h"
#include "jx-money.h"
#include "jx-report-private.h"

void
_jx_report_block_free (JxReportBlock *block)
{
  if (block == NULL)
    return;
  g_free (block->text);
  g_clear_pointer (&block->table, _jx_report_table_free);
  g_free (block->chart_id);
  g_free (block->chart_title);
  g_free (block->alt_text);
  g_free (block);
}

static JxReportBlock *
add_block (JxReportBuilder *b,
           JxBlockKind      kind)
{
  JxReportBlock *block = g_new0 (JxReportBlock, 1);

  block->kind = kind;
  block->style = JX_REPORT_STYLE_BODY;
  g_ptr_array_add (b->blocks, block);
  return block;
}

void
_jx_rb_paragraph (JxReportBuilder *b,
                  JxReportStyle    style,
                  const char      *text)
{
  JxReportBlock *block = add_block (b, JX_BLOCK_TEXT);

  block->style = style;
  block->text = g_strdup (text);
  block->keep_with_next = _jx_report_style (style)->keep_with_next;
}

void
_jx_rb_heading (JxReportBuilder *b,
                JxReportStyle    style,
                const char      *title)
{
  _jx_rb_paragraph (b, style, title);
}

gboolean
_jx_rb_has_text (const char *text)
{
  const char *p;

  if (text == NULL)
    return FALSE;
  for (p = text; *p != '\0'; p = g_utf8_next_char (p))
    if (!g_unichar_isspace (g_utf8_get_char (p)))
      return TRUE;
  return FALSE;
}

void
_jx_rb_texts (JxReportBuilder *b,
              const char      *text)
{
  g_auto(GStrv) paragraphs = NULL;
  guint i;

  if (!_jx_rb_has_text (text))
    return;
  paragraphs = g_strsplit (text, "\n\n", -1);
  for (i = 0; paragraphs[i] != NULL; i++)
    {
      g_strstrip (paragraphs[i]);
      if (_jx_rb_has_text (paragraphs[i]))
        _jx_rb_paragraph (b, JX_REPORT_STYLE_BODY, paragraphs[i]);
    }
}

void
_jx_rb_generated (JxReportBuilder *b,
                  const char      *text)
{
  guint i, first = b->blocks->len;

  _jx_rb_texts (b, text);
  for (i = first; i < b->blocks->len; i++)
    ((JxReportBlock *) g_ptr_array_index (b->blocks, i))->generated = TRUE;
}

void
_jx_rb_printf (JxReportBuilder *b,
               const char      *format,
               ...)
{
  g_autofree char *text = NULL;
  va_list args;

  va_start (args, format);
  text = g_strdup_vprintf (format, args);
  va_end (args);
  _jx_rb_paragraph (b, JX_REPORT_STYLE_BODY, text);
}

void
_jx_rb_table (JxReportBuilder *b,
              const char      *caption,
              JxReportTable   *table)
{
  JxReportBlock *block;
  g_autofree char *title = NULL;

  b->n_tables++;
  title = g_strdup_printf ("表 %u  %s", b->n_tables, caption);
  _jx_rb_paragraph (b, JX_REPORT_STYLE_CAPTION, title);
  table->continued_label = g_strdup_printf ("续表 %u", b->n_tables);
  block = add_block (b, JX_BLOCK_TABLE);
  block->table = table;
}

/* Rows of a target-completion chart per piece on paper: at 9 pt a piece stays under half a
 * page, so two pieces and their captions share one. */
#define CHART_ROWS_PER_PIECE 10

/* Height / width of a target-completion chart of `rows` rows at the type area's width: its
 * title, legend and scale, then two lines of 9 pt a row. */
double
jx_report_chart_aspect_rows (guint rows)
{
  return (96.0 + 18.0 * MAX (rows, 1)) / (JX_REPORT_A4_WIDTH - JX_REPORT_MARGIN_LEFT - JX_REPORT_MARGIN_RIGHT);
}

/* Height / width of a chart in the report, by what it shows: a chart drawn taller than its
 * content leaves a hole in the page. */
double
jx_report_chart_aspect (const JxDocData *doc,
                        const char      *id)
{
  const JxBudget *bu;
  guint n;

  g_return_val_if_fail (doc != NULL, 0.5);
  g_return_val_if_fail (id != NULL, 0.5);

  bu = &doc->budget;
  /* at 9 pt at least (the print style's smallest type): room for every row and legend */
  if (strcmp (id, "spending-nature") == 0)
    return 0.42;
  if (strcmp (id, "spending-economic") == 0)
    {
      n = bu->by_economic.items != NULL ? bu->by_economic.items->len : 0;
      return CLAMP (0.16 + 0.055 * n, 0.3, 0.8);
    }
  if (strcmp (id, "three-public") == 0)
    {
      /* two bars an item, the items and the two years' totals, under title and legend */
      n = bu->three_public.items != NULL ? bu->three_public.items->len : 0;
      return CLAMP ((120.0 + (n + 3.5) * 2.9 * 9.5) / 442.0, 0.55, 1.3);
    }
  if (strcmp (id, "year-over-year") == 0)
    return 0.45;
  if (g_str_has_prefix (id, "target-actual"))
    {
      g_autoptr(JxChart) chart = jx_chart_new_for_id (doc, id);

      return jx_report_chart_aspect_rows (chart != NULL ? MIN (jx_chart_get_n_rows (chart), CHART_ROWS_PER_PIECE) : 1);
    }
  if (strcmp (id, "scores") == 0)
    return 0.42;
  return 0.5;   /* donuts, budget execution */
}

static void
add_chart (JxReportBuilder *b,
           const JxChart   *chart,
           double           aspect,
           const char      *caption)
{
  JxReportBlock *block;
  g_autofree char *title = NULL;

  b->n_figures++;
  title = g_strdup_printf ("图 %u  %s", b->n_figures, caption);
  _jx_rb_paragraph (b, JX_REPORT_STYLE_CAPTION, title);
  block = add_block (b, JX_BLOCK_CHART);
  block->chart = chart;
  block->chart_id = g_strdup (jx_chart_get_id (chart));
  block->chart_title = g_strdup (jx_chart_get_title (chart));
  block->alt_text = g_strchomp (jx_chart_dup_text_alternative (chart));
  block->aspect = aspect;
  g_hash_table_add (b->placed, (gpointer) chart);
}

/* A chart of many rows in pieces, each a figure of its own ("目标完成情况（1/3）"), so that
 * every row stands at a legible size. */
static void
add_chart_pieces (JxReportBuilder *b,
                  const JxChart   *chart)
{
  g_autoptr(GArray) starts = jx_chart_slice_starts (chart, CHART_ROWS_PER_PIECE);
  guint n = jx_chart_get_n_rows (chart);
  guint i;

  if (starts->len <= 1)
    {
      add_chart (b, chart, jx_report_chart_aspect_rows (n), jx_chart_get_title (chart));
      return;
    }
  for (i = 0; i < starts->len; i++)
    {
      guint first = g_array_index (starts, guint, i);
      guint end = i + 1 < starts->len ? g_array_index (starts, guint, i + 1) : n;
      JxChart *piece = jx_chart_new_slice (chart, first, end - first);
      g_autofree char *caption = g_strdup_printf ("%s（%u/%u）", jx_chart_get_title (chart), i + 1, starts->len);

      g_hash_table_add (b->placed, piece);
      g_ptr_array_add (b->charts, piece);
      add_chart (b, piece, jx_report_chart_aspect_rows (end - first), caption);
    }
  g_hash_table_add (b->placed, (gpointer) chart);
}

void
_jx_rb_charts (JxReportBuilder    *b,
               const char * const *ids)
{
  guint i, j, n;

  if (b->charts == NULL)
    return;
  n = b->charts->len;   /* the pieces added on the way are placed already */
  for (i = 0; i < n; i++)
    {
      const JxChart *chart = g_ptr_array_index (b->charts, i);
      const char *id = jx_chart_get_id (chart);

      if (id == NULL || g_hash_table_contains (b->placed, chart) || !jx_chart_is_offered (chart))
        continue;
      for (j = 0; ids[j] != NULL; j++)
        if (strcmp (id, ids[j]) == 0)
          {
            if (g_str_has_prefix (id, "target-actual"))
              add_chart_pieces (b, chart);
            else
              add_chart (b, chart, jx_report_chart_aspect (b->doc, id), jx_chart_get_title (chart));
            break;
          }
    }
}

void
_jx_rb_space (JxReportBuilder *b,
              double           points)
{
  add_block (b, JX_BLOCK_SPACE)->space = points;
}

void
_jx_rb_page_break (JxReportBuilder *b)
{
  add_block (b, JX_BLOCK_PAGE_BREAK);
}

/* ---- section numbers ---- */

char *
_jx_rb_chinese_numeral (int n)
{
  static const char * const digits[] = { "零", "一", "二", "三", "四", "五", "六", "七", "八", "九" };

  if (n <= 0 || n >= 100)
    return g_strdup_printf ("%d", n);
  if (n < 10)
    return g_strdup (digits[n]);
  return g_strdup_printf ("%s十%s", n / 10 == 1 ? "" : digits[n / 10], n % 10 == 0 ? "" : digits[n % 10]);
}

void
_jx_rb_section (JxReportBuilder *b,
                JxReportStyle    style,
                const char      *name)
{
  g_autofree char *numeral = NULL;
  g_autofree char *title = NULL;

  switch ((int) style)
    {
    case JX_REPORT_STYLE_H1:
      numeral = _jx_rb_chinese_numeral (++b->h1);
      title = g_strdup_printf ("%s、%s", numeral, name);
      b->h2 = b->h3 = b->h4 = 0;
      break;
    case JX_REPORT_STYLE_H2:
      numeral = _jx_rb_chinese_numeral (++b->h2);
      title = g_strdup_printf ("（%s）%s", numeral, name);
      b->h3 = b->h4 = 0;
      break;
    case JX_REPORT_STYLE_H3:
      title = g_strdup_printf ("%d、%s", ++b->h3, name);
      b->h4 = 0;
      break;
    case JX_REPORT_STYLE_H4:
    default:
      title = g_strdup_printf ("（%d）%s", ++b->h4, name);
      break;
    }
  _jx_rb_heading (b, style, title);
}

/* ---- numbers ---- */

char *
_jx_rb_money (JxMoney m)
{
  if (!JX_MONEY_IS_SET (m))
    return NULL;
  return jx_money_format (m, 2, TRUE);
}

char *
_jx_rb_money_cell (JxMoney m)
{
  if (!JX_MONEY_IS_SET (m))
    return g_strdup ("—");
  return jx_money_format (m, 2, TRUE);
}

static int
decimals_of (JxReportBuilder *b)
{
  return CLAMP (b->doc->scoring.decimals, 0, 4);
}

static char *
format_fixed (double value,
              int    decimals)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];

  switch (decimals)
    {
    case 0: g_ascii_formatd (buf, sizeof buf, "%.0f", value); break;
    case 1: g_ascii_formatd (buf, sizeof buf, "%.1f", value); break;
    case 3: g_ascii_formatd (buf, sizeof buf, "%.3f", value); break;
    case 4: g_ascii_formatd (buf, sizeof buf, "%.4f", value); break;
    case 2:
    default: g_ascii_formatd (buf, sizeof buf, "%.2f", value); break;
    }
  /* −0.00 reads as a mistake */
  if (buf[0] == '-' && strspn (buf + 1, "0.") == strlen (buf + 1))
    memmove (buf, buf + 1, strlen (buf));
  return g_strdup (buf);
}

char *
_jx_rb_percent (JxReportBuilder *b,
                double           percent)
{
  g_autofree char *text = NULL;

  if (isnan (percent))
    return g_strdup ("—");
  text = format_fixed (jx_round (percent, decimals_of (b), b->doc->scoring.rounding), decimals_of (b));
  return g_strconcat (text, "%", NULL);
}

char *
_jx_rb_number (JxReportBuilder *b,
               double           value)
{
  char *text;
  char *end;

  if (isnan (value))
    return g_strdup ("—");
  text = format_fixed (jx_round (value, decimals_of (b), b->doc->scoring.rounding), decimals_of (b));
  if (strchr (text, '.') != NULL)
    {
      end = text + strlen (text) - 1;
      while (*end == '0')
        *end-- = '\0';
      if (*end == '.')
        *end = '\0';
    }
  return text;
}

char *
_jx_rb_count (int count)
{
  return JX_COUNT_IS_SET (count) ? g_strdup_printf ("%d", count) : NULL;
}

char *
_jx_rb_date (const char *date)
{
  /* The report is Chinese: "2021 年 8 月". */
  return jx_format_date (date, TRUE);
}

const JxIndicatorResult *
_jx_rb_result (JxReportBuilder   *b,
               const JxIndicator *ind)
{
  return g_hash_table_lookup (b->results, ind);
}

/* ---- what the department stated ---- */

const char *
_jx_rb_heading_of (const JxIndicator *ind)
{
  return _jx_rb_has_text (ind->heading) ? ind->heading : ind->name;
}

double
_jx_rb_stated_score (const JxIndicatorResult *r)
{
  return r->level < 3 && JX_NUMBER_IS_SET (r->indicator->stated_score) ? r->indicator->stated_score : r->score;
}

double
_jx_rb_stated_rate (const JxIndicatorResult *r)
{
  double score = _jx_rb_stated_score (r);

  if (score == r->score || isnan (r->weight) || r->weight <= 0)
    return r->rate;
  return score / r->weight * 100.0;
}

const char *
_jx_rb_stated_grade (const JxIndicatorResult *r)
{
  return r->level == 1 && _jx_rb_has_text (r->indicator->stated_grade) ? r->indicator->stated_grade : r->grade;
}

double
_jx_rb_stated_total (JxReportBuilder *b)
{
  return JX_NUMBER_IS_SET (b->doc->conclusion.stated_total) ? b->doc->conclusion.stated_total : b->sheet->total;
}

const char *
_jx_rb_stated_total_grade (JxReportBuilder *b)
{
  return _jx_rb_has_text (b->doc->conclusion.stated_grade) ? b->doc->conclusion.stated_grade : b->sheet->grade;
}
