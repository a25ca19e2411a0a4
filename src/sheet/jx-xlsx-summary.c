/* SPDX-License-Identifier: GPL-3.0-or-later */
/* jx-xlsx-summary.c: the 得分汇总 sheet (per dimension: 分值, 得分, 得分率, 评价等级, and the
 * total) and the 检查结果 sheet (the findings of the checks).
 *
 * A dimension's 分值 and 得分 are SUMs over its rows in the 自评表 when those give the
 * model's figures (see jx-xlsx-indicators.c), the grade a formula over the document's
 * grade bands; each with the model's figure as its cached value. */
#define G_LOG_DOMAIN "jx-xlsx"

#include "config.h"

#include <math.h>
#include <string.h>

#include "jx-xlsx-writer-private.h"

#define SUMMARY_SHEET "得分汇总"
#define FINDINGS_SHEET "检查结果"

/* The columns of the 自评表 that are summed (see jx-xlsx-indicators.c). */
#define INDICATOR_COL_WEIGHT 8
#define INDICATOR_COL_SCORE  9

/* IF(x*100+1E-9>=90,"优秀",IF(…,"")) over the document's bands, highest first; NULL when
 * the document states none (the model then uses its defaults: the value is written). */
static char *
grade_formula (JxXlsxWriter *w,
               const char   *rate_percent)
{
  const GPtrArray *bands = w->doc->scoring.grade_bands;
  g_autoptr(GString) out = g_string_new (NULL);
  guint i;

  if (bands == NULL || bands->len == 0)
    return NULL;
  for (i = 0; i < bands->len; i++)
    {
      const JxGradeBand *band = g_ptr_array_index (bands, i);
      const char *p;

      g_string_append_printf (out, "IF(%s+1E-9>=", rate_percent);
      _jx_xlsx_append_number (out, band->min);
      g_string_append (out, ",\"");
      for (p = band->name != NULL ? band->name : ""; *p; p++)
        {
          if (*p == '"')
            g_string_append_c (out, '"');
          g_string_append_c (out, *p);
        }
      g_string_append (out, "\",");
    }
  g_string_append (out, "\"\"");
  for (i = 0; i < bands->len; i++)
    g_string_append_c (out, ')');
  return g_string_free (g_steal_pointer (&out), FALSE);
}

static void
write_grade (JxXlsxWriter  *w,
             lxw_worksheet *ws,
             guint32        row,
             guint16        col,
             const char    *rate_percent,
             double         rate,
             const char    *grade,
             lxw_format    *format)
{
  g_autofree char *formula = grade_formula (w, rate_percent);

  if (formula != NULL && !isnan (rate))
    _jx_xlsx_check (w, worksheet_write_formula_str (ws, row, col, formula, format, grade != NULL ? grade : ""));
  else
    _jx_xlsx_text (w, ws, row, col, grade, format);
}

/* A SUM over rows of the 自评表 when `holds`, else the value. */
static void
write_sum (JxXlsxWriter  *w,
           lxw_worksheet *ws,
           guint32        row,
           guint16        col,
           GArray        *rows,
           guint16        indicator_col,
           gboolean       holds,
           gboolean       round,
           double         value,
           lxw_format    *format)
{
  g_autofree char *list = holds ? _jx_xlsx_row_list (JX_XLSX_INDICATOR_SHEET, rows, indicator_col) : NULL;
  g_autofree char *sum = NULL;
  g_autofree char *rounded = NULL;

  if (list == NULL)
    {
      _jx_xlsx_number (w, ws, row, col, value, format);
      return;
    }
  sum = g_strdup_printf ("SUM(%s)", list);
  if (round)
    rounded = _jx_xlsx_round (w, sum);
  _jx_xlsx_formula (w, ws, row, col, round ? rounded : sum, value, format);
}

void
_jx_xlsx_write_summary (JxXlsxWriter *w)
{
  static const char * const titles[] = { "评价指标", "分值", "得分", "得分率", "评价等级" };
  JxScoreSheet *sheet = w->sheet;
  lxw_worksheet *ws = workbook_add_worksheet (w->workbook, SUMMARY_SHEET);
  g_autoptr(GArray) dim_rows = g_array_new (FALSE, FALSE, sizeof (guint32));
  char b[JX_XLSX_CELL_BUF], c[JX_XLSX_CELL_BUF], d[JX_XLSX_CELL_BUF];
  gboolean all_hold = w->sums_hold;
  guint32 row = 3, total_row;
  guint16 col;
  guint i;

  _jx_xlsx_merged_text (w, ws, 0, 0, 4, "得分汇总", w->f.title);
  _jx_xlsx_check (w, worksheet_set_row (ws, 0, 28, NULL));
  _jx_xlsx_merged_text (w, ws, 1, 0, 4, "分值、得分单位：分", w->f.subtitle);
  _jx_xlsx_check (w, worksheet_set_column (ws, 0, 0, 24, NULL));
  _jx_xlsx_check (w, worksheet_set_column (ws, 1, 4, 12, NULL));
  for (col = 0; col < G_N_ELEMENTS (titles); col++)
    _jx_xlsx_text (w, ws, 2, col, titles[col], w->f.header);

  for (i = 0; i < w->dimensions->len; i++, row++)
    {
      JxXlsxDimension *dim = &g_array_index (w->dimensions, JxXlsxDimension, i);
      const JxIndicatorResult *r = dim->result;
      g_autofree char *rate = NULL;
      g_autofree char *percent = NULL;

      _jx_xlsx_text (w, ws, row, 0, r->indicator->name, w->f.text);
      write_sum (w, ws, row, 1, dim->leaf_rows, INDICATOR_COL_WEIGHT, dim->weight_holds, FALSE, r->weight, w->f.number);
      write_sum (w, ws, row, 2, dim->leaf_rows, INDICATOR_COL_SCORE, dim->score_holds, TRUE, r->score, w->f.fixed);
      rate = g_strdup_printf ("%s/%s", _jx_xlsx_cell (c, NULL, row, 2), _jx_xlsx_cell (b, NULL, row, 1));
      if (isnan (r->rate))
        _jx_xlsx_number (w, ws, row, 3, NAN, w->f.percent);
      else
        _jx_xlsx_formula (w, ws, row, 3, rate, r->rate / 100, w->f.percent);
      percent = g_strdup_printf ("%s*100", _jx_xlsx_cell (d, NULL, row, 3));
      write_grade (w, ws, row, 4, percent, r->rate, r->grade, w->f.center);
      if (!r->applicable)
        _jx_xlsx_comment (w, ws, row, 0, "不适用：其下指标均不适用，不计入合计。");
      else
        g_array_append_val (dim_rows, row);
    }

  /* 合计, then the total out of 100 */
  total_row = row;
  _jx_xlsx_text (w, ws, row, 0, "合计", w->f.total_text);
  if (all_hold && dim_rows->len > 0)
    {
      g_autofree char *weights = _jx_xlsx_row_list (NULL, dim_rows, 1);
      g_autofree char *scores = _jx_xlsx_row_list (NULL, dim_rows, 2);
      g_autofree char *sum_w = g_strdup_printf ("SUM(%s)", weights);
      g_autofree char *sum_s = g_strdup_printf ("SUM(%s)", scores);
      g_autofree char *round_s = _jx_xlsx_round (w, sum_s);

      _jx_xlsx_formula (w, ws, row, 1, sum_w, sheet->total_weight, w->f.total_number);
      _jx_xlsx_formula (w, ws, row, 2, round_s, sheet->total_score, w->f.total_fixed);
    }
  else
    {
      _jx_xlsx_number (w, ws, row, 1, sheet->total_weight, w->f.total_number);
      _jx_xlsx_number (w, ws, row, 2, sheet->total_score, w->f.total_fixed);
    }
  if (isnan (sheet->total_rate))
    _jx_xlsx_number (w, ws, row, 3, NAN, w->f.total_percent);
  else
    {
      g_autofree char *rate = g_strdup_printf ("%s/%s", _jx_xlsx_cell (c, NULL, row, 2), _jx_xlsx_cell (b, NULL, row, 1));
      _jx_xlsx_formula (w, ws, row, 3, rate, sheet->total_rate / 100, w->f.total_percent);
    }
  _jx_xlsx_text (w, ws, row, 4, "", w->f.total_text);

  row++;
  _jx_xlsx_text (w, ws, row, 0, "综合得分（百分制）", w->f.total_text);
  _jx_xlsx_text (w, ws, row, 1, "", w->f.total_text);
  if (isnan (sheet->total))
    _jx_xlsx_number (w, ws, row, 2, NAN, w->f.total_fixed);
  else
    {
      g_autofree char *raw = g_strdup_printf ("%s/%s*100", _jx_xlsx_cell (c, NULL, total_row, 2),
                                              _jx_xlsx_cell (b, NULL, total_row, 1));
      g_autofree char *total = _jx_xlsx_round (w, raw);
      _jx_xlsx_formula (w, ws, row, 2, total, sheet->total, w->f.total_fixed);
    }
  _jx_xlsx_text (w, ws, row, 3, "", w->f.total_text);
  write_grade (w, ws, row, 4, _jx_xlsx_cell (c, NULL, row, 2), sheet->total, sheet->grade, w->f.total_text);

  _jx_xlsx_page_setup (w, ws, "得分汇总", 2);
}

/* The indicator path ("产出/新闻信息部/全年采摄新闻") of a finding inside an indicator, else
 * the finding's own path. `by_path` maps JSON paths to results. */
static char *
finding_place (GHashTable      *by_path,
               const JxFinding *f)
{
  g_autofree char *path = g_strdup (f->path != NULL ? f->path : "");
  char *dot;

  for (;;)
    {
      const JxIndicatorResult *r = g_hash_table_lookup (by_path, path);

      if (r != NULL)
        return g_strdup (r->path);
      dot = strrchr (path, '.');
      if (dot == NULL)
        break;
      *dot = '\0';
    }
  return g_strdup (f->path != NULL ? f->path : "");
}

void
_jx_xlsx_write_findings (JxXlsxWriter *w)
{
  static const char * const titles[] = { "序号", "级别", "位置", "说明" };
  static const double widths[] = { 6, 8, 36, 90 };
  lxw_worksheet *ws = workbook_add_worksheet (w->workbook, FINDINGS_SHEET);
  g_autoptr(GHashTable) by_path = g_hash_table_new (g_str_hash, g_str_equal);
  guint32 row = 3;
  guint16 col;
  guint i;

  _jx_xlsx_merged_text (w, ws, 0, 0, 3, "检查结果", w->f.title);
  _jx_xlsx_check (w, worksheet_set_row (ws, 0, 28, NULL));
  _jx_xlsx_merged_text (w, ws, 1, 0, 3, "Jixiao 对填报数据的一致性检查：错误须更正，警告请核实，提示供参考。", w->f.subtitle);
  for (col = 0; col < G_N_ELEMENTS (titles); col++)
    {
      _jx_xlsx_check (w, worksheet_set_column (ws, col, col, widths[col], NULL));
      _jx_xlsx_text (w, ws, 2, col, titles[col], w->f.header);
    }

  for (i = 0; i < w->sheet->indicators->len; i++)
    {
      const JxIndicatorResult *r = g_ptr_array_index (w->sheet->indicators, i);
      g_hash_table_insert (by_path, r->json_path, (gpointer) r);
    }

  for (i = 0; i < w->findings->len; i++, row++)
    {
      const JxFinding *f = g_ptr_array_index (w->findings, i);
      g_autofree char *place = finding_place (by_path, f);
      const char *level = f->severity == JX_SEVERITY_ERROR ? "错误"
                          : f->severity == JX_SEVERITY_WARNING ? "警告" : "提示";
      double height = MAX (_jx_xlsx_text_height (f->message, widths[3]), _jx_xlsx_text_height (place, widths[2]));

      _jx_xlsx_number (w, ws, row, 0, i + 1, w->f.center);
      _jx_xlsx_text (w, ws, row, 1, level, w->f.center);
      _jx_xlsx_text (w, ws, row, 2, place, w->f.text);
      _jx_xlsx_text (w, ws, row, 3, f->message, w->f.text);
      _jx_xlsx_check (w, worksheet_set_row (ws, row, MAX (height, 18), NULL));
    }
  if (w->findings->len == 0)
    _jx_xlsx_merged_text (w, ws, row, 0, 3, "未发现问题。", w->f.text);

  _jx_xlsx_page_setup (w, ws, "检查结果", 2);
}
