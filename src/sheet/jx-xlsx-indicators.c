/* SPDX-License-Identifier: GPL-3.0-or-later */
/* jx-xlsx-indicators.c: the 自评表 sheet — one row per level-3 indicator, the level-1 and
 * level-2 names merged over their rows, and the 合计 row.
 *
 * A single-part target is written as numbers (指标性质, 指标值, 度量单位, 实际完成值) so
 * the completion and the score can be formulas over them; a qualitative or compound target
 * is written as text, its score as a value with the arithmetic in a comment. 得分 is the
 * score that counts: the entered one, else a reference to 计算得分. */
#define G_LOG_DOMAIN "jx-xlsx"

#include "config.h"

#include <math.h>
#include <string.h>

#include "jx-indicator-parse.h"
#include "jx-metrics.h"
#include "jx-sheet-rule.h"
#include "jx-xlsx-writer-private.h"

enum {
  COL_LEVEL1,
  COL_LEVEL2,
  COL_NUMBER,
  COL_NAME,
  COL_DIRECTION,
  COL_TARGET,
  COL_UNIT,
  COL_ACTUAL,
  COL_WEIGHT,
  COL_SCORE,
  COL_COMPLETION,
  COL_COMPUTED,
  COL_RULE,
  COL_NOTE,
  N_COLS
};

static const struct {
  const char *title;
  double width;
} columns[N_COLS] = {
  { "一级指标", 8 },
  { "二级指标", 12 },
  { "序号", 5 },
  { "三级指标", 30 },
  { "指标性质", 6 },
  { "指标值", 12 },
  { "度量单位", 9 },
  { "实际完成值", 12 },
  { "分值", 7 },
  { "得分", 7 },
  { "完成率", 9 },
  { "计算得分", 8 },
  { "评分规则", 16 },
  { "偏差原因分析", 30 },
};

#define HEADER_ROW 2

typedef struct {
  JxXlsxWriter  *w;
  lxw_worksheet *ws;
  guint          next;      /* index in sheet->indicators */
  guint32        row;
} Walk;

/* ---- text of compound targets ---- */

/* Whether `text` reads as the parts of `ind` (the same numbers, units and directions), so
 * that an import finds them again. */
static gboolean
text_states_parts (const char        *text,
                   const JxIndicator *ind,
                   gboolean           actual)
{
  g_autoptr(GPtrArray) parsed = NULL;
  guint i;

  if (text == NULL || text[0] == '\0')
    return FALSE;
  parsed = jx_parse_target (text);
  if (parsed == NULL || parsed->len != ind->parts->len)
    return FALSE;
  for (i = 0; i < parsed->len; i++)
    {
      const JxTargetPart *p = g_ptr_array_index (parsed, i);
      const JxPart *part = g_ptr_array_index (ind->parts, i);
      double value = actual ? part->actual : part->target;
      int direction = p->direction >= 0 ? p->direction : JX_DIRECTION_GE;

      if (!JX_NUMBER_IS_SET (value) || fabs (p->value - value) > 1e-9 * MAX (1.0, fabs (value))
          || g_strcmp0 (p->unit, part->unit != NULL ? part->unit : "") != 0
          || (!actual && direction != part->direction))
        return FALSE;
    }
  return TRUE;
}

/* "粉丝量 ≥3000 人次；日活量 ≥300 次" from the parts; the actual values with `actual`. */
static char *
parts_text (const JxDocData   *doc,
            const JxIndicator *ind,
            gboolean           actual)
{
  GString *out = g_string_new (NULL);
  guint i;

  for (i = 0; i < ind->parts->len; i++)
    {
      const JxPart *part = g_ptr_array_index (ind->parts, i);
      double value = actual ? jx_indicator_actual (doc, ind, i) : part->target;
      char buf[G_ASCII_DTOSTR_BUF_SIZE];

      if (i > 0)
        g_string_append (out, "；");
      if (part->label != NULL && part->label[0] != '\0')
        g_string_append_printf (out, "%s ", part->label);
      if (!actual)
        g_string_append (out, jx_sheet_direction_symbol (part->direction));
      if (JX_NUMBER_IS_SET (value))
        g_string_append (out, g_ascii_formatd (buf, sizeof buf, "%.10g", value));
      else
        g_string_append (out, "—");
      if (part->unit != NULL && part->unit[0] != '\0')
        g_string_append_printf (out, " %s", part->unit);
    }
  return g_string_free (out, FALSE);
}

/* ---- one level-3 row ---- */

static void
write_number_cell (JxXlsxWriter  *w,
                   lxw_worksheet *ws,
                   guint32        row,
                   const char    *number)
{
  gboolean digits = number != NULL && number[0] != '\0' && strlen (number) < 10;
  const char *p;

  for (p = number; digits && *p; p++)
    digits = g_ascii_isdigit (*p);
  if (digits)
    _jx_xlsx_number (w, ws, row, COL_NUMBER, g_ascii_strtod (number, NULL), w->f.center);
  else
    _jx_xlsx_text (w, ws, row, COL_NUMBER, number, w->f.center);
}

static void
write_leaf (Walk                    *walk,
            const JxIndicatorResult *r)
{
  JxXlsxWriter *w = walk->w;
  lxw_worksheet *ws = walk->ws;
  const JxIndicator *ind = r->indicator;
  guint32 row = walk->row;
  guint n_parts = ind->parts != NULL ? ind->parts->len : 0;
  g_autofree char *rule = jx_sheet_rule_describe (&ind->rule, ind->applicable);
  g_autofree char *completion = NULL;
  g_autofree char *score = NULL;
  g_autofree char *target_text = NULL;
  g_autofree char *actual_text = NULL;
  char t[JX_XLSX_CELL_BUF], a[JX_XLSX_CELL_BUF], wt[JX_XLSX_CELL_BUF];
  char c[JX_XLSX_CELL_BUF], l[JX_XLSX_CELL_BUF];
  double height = 0;

  _jx_xlsx_cell (t, NULL, row, COL_TARGET);
  _jx_xlsx_cell (a, NULL, row, COL_ACTUAL);
  _jx_xlsx_cell (wt, NULL, row, COL_WEIGHT);
  _jx_xlsx_cell (c, NULL, row, COL_COMPLETION);
  _jx_xlsx_cell (l, NULL, row, COL_COMPUTED);

  write_number_cell (w, ws, row, ind->number);
  _jx_xlsx_text (w, ws, row, COL_NAME, ind->name, w->f.text);

  if (n_parts == 1)
    {
      const JxPart *part = g_ptr_array_index (ind->parts, 0);
      gboolean from_metric = ind->metric > JX_METRIC_NONE && ind->metric < JX_N_METRICS;

      _jx_xlsx_text (w, ws, row, COL_DIRECTION, jx_sheet_direction_symbol (part->direction), w->f.center);
      _jx_xlsx_number (w, ws, row, COL_TARGET, part->target, w->f.number);
      _jx_xlsx_text (w, ws, row, COL_UNIT, part->unit, w->f.center);
      _jx_xlsx_number (w, ws, row, COL_ACTUAL, jx_indicator_actual (w->doc, ind, 0),
                       from_metric ? w->f.fixed : w->f.number);
      if (from_metric)
        {
          g_autofree char *why = jx_metric_explain (w->doc, ind->metric);
          g_autofree char *text = g_strdup_printf ("%s: %s", jx_metric_title (ind->metric), why);
          _jx_xlsx_comment (w, ws, row, COL_ACTUAL, text);
        }
      if (JX_NUMBER_IS_SET (r->completion))
        completion = _jx_xlsx_completion_formula (part->direction, part->target, t, a);
    }
  else
    {
      if (n_parts == 0)
        {
          _jx_xlsx_text (w, ws, row, COL_DIRECTION, "定性", w->f.center);
          target_text = g_strdup (ind->target_text);
          actual_text = g_strdup (ind->actual_text);
        }
      else
        {
          _jx_xlsx_text (w, ws, row, COL_DIRECTION, "", w->f.center);
          target_text = text_states_parts (ind->target_text, ind, FALSE)
                        ? g_strdup (ind->target_text) : parts_text (w->doc, ind, FALSE);
          actual_text = text_states_parts (ind->actual_text, ind, TRUE)
                        ? g_strdup (ind->actual_text) : parts_text (w->doc, ind, TRUE);
        }
      _jx_xlsx_text (w, ws, row, COL_TARGET, target_text, w->f.text);
      _jx_xlsx_text (w, ws, row, COL_UNIT, "", w->f.center);
      _jx_xlsx_text (w, ws, row, COL_ACTUAL, actual_text, w->f.text);
    }

  _jx_xlsx_number (w, ws, row, COL_WEIGHT, ind->weight, w->f.number);

  /* 完成率 */
  if (completion != NULL)
    _jx_xlsx_formula (w, ws, row, COL_COMPLETION, completion, r->completion / 100, w->f.percent);
  else
    _jx_xlsx_number (w, ws, row, COL_COMPLETION, r->completion / 100, w->f.percent);

  /* 计算得分: the rule's formula when it can say it and the model computed a score */
  if (JX_NUMBER_IS_SET (r->computed_score))
    score = _jx_xlsx_score_formula (w, ind, t, a, wt, completion != NULL ? c : NULL);
  if (score != NULL)
    _jx_xlsx_formula (w, ws, row, COL_COMPUTED, score, r->computed_score, w->f.fixed);
  else
    {
      _jx_xlsx_number (w, ws, row, COL_COMPUTED, r->computed_score, w->f.fixed);
      if (ind->rule.kind != JX_RULE_MANUAL)
        _jx_xlsx_comment (w, ws, row, COL_COMPUTED, r->explanation);
    }

  /* 得分: the entered score, else the computed one */
  if (JX_NUMBER_IS_SET (ind->score))
    {
      _jx_xlsx_number (w, ws, row, COL_SCORE, ind->score, w->f.fixed);
      if (r->differs)
        _jx_xlsx_comment (w, ws, row, COL_SCORE, r->explanation);
    }
  else if (JX_NUMBER_IS_SET (r->computed_score))
    _jx_xlsx_formula (w, ws, row, COL_SCORE, l, r->score, w->f.fixed);
  else
    _jx_xlsx_number (w, ws, row, COL_SCORE, NAN, w->f.fixed);

  _jx_xlsx_text (w, ws, row, COL_RULE, rule, w->f.text);
  _jx_xlsx_text (w, ws, row, COL_NOTE, ind->note, w->f.text);

  height = MAX (height, _jx_xlsx_text_height (ind->name, columns[COL_NAME].width));
  height = MAX (height, _jx_xlsx_text_height (target_text, columns[COL_TARGET].width));
  height = MAX (height, _jx_xlsx_text_height (actual_text, columns[COL_ACTUAL].width));
  height = MAX (height, _jx_xlsx_text_height (rule, columns[COL_RULE].width));
  height = MAX (height, _jx_xlsx_text_height (ind->note, columns[COL_NOTE].width));
  if (n_parts == 1)
    height = MAX (height, _jx_xlsx_text_height (((const JxPart *) g_ptr_array_index (ind->parts, 0))->unit,
                                                columns[COL_UNIT].width));
  _jx_xlsx_check (w, worksheet_set_row (ws, row, MAX (height, 18), NULL));

  if (r->applicable)
    g_array_append_val (w->all_leaf_rows, row);
}

/* ---- groups ---- */

/* Writes (and merges) the name of a level-1 or level-2 group over rows first..last. */
static void
write_group (JxXlsxWriter  *w,
             lxw_worksheet *ws,
             guint16        col,
             guint32        first,
             guint32        last,
             const char    *name)
{
  if (last > first)
    _jx_xlsx_check (w, worksheet_merge_range (ws, first, col, last, col, name != NULL ? name : "", w->f.center));
  else
    _jx_xlsx_text (w, ws, first, col, name, w->f.center);
}

/* A group with no sub-indicators still gets a row, its other cells blank. */
static void
write_empty_row (Walk   *walk,
                 guint16 from_col)
{
  guint16 col;

  for (col = from_col; col < N_COLS; col++)
    _jx_xlsx_text (walk->w, walk->ws, walk->row, col, "", col == COL_NAME ? walk->w->f.text : walk->w->f.center);
  walk->row++;
}

/* Writes the node at walk->next and its subtree; returns its result. */
static const JxIndicatorResult *
write_node (Walk             *walk,
            JxXlsxDimension  *dimension)
{
  JxScoreSheet *sheet = walk->w->sheet;
  const JxIndicatorResult *r = g_ptr_array_index (sheet->indicators, walk->next++);
  guint32 first = walk->row;
  guint n_children = r->indicator->children != NULL ? r->indicator->children->len : 0;
  guint i;

  if (r->level >= 3)
    {
      write_leaf (walk, r);
      if (r->applicable && dimension != NULL)
        g_array_append_val (dimension->leaf_rows, walk->row);
      walk->row++;
      return r;
    }

  if (n_children == 0)
    write_empty_row (walk, r->level == 1 ? COL_LEVEL2 : COL_NUMBER);
  for (i = 0; i < n_children; i++)
    write_node (walk, dimension);
  write_group (walk->w, walk->ws, r->level == 1 ? COL_LEVEL1 : COL_LEVEL2, first, walk->row - 1,
               r->indicator->name);
  return r;
}

/* Whether the SUMs of the 自评表 give what the model sums: the weight of a dimension (its
 * own, when stated, may differ from its indicators') and its rounded score. */
static void
check_sums (JxXlsxWriter    *w,
            JxXlsxDimension *d,
            double           leaf_weight,
            double           leaf_score,
            gboolean        *weights_hold,
            gboolean        *scores_hold)
{
  const JxIndicatorResult *r = d->result;
  double rounded = jx_round (leaf_score, w->decimals, w->rounding);

  d->weight_holds = r->applicable && JX_NUMBER_IS_SET (r->weight) && fabs (r->weight - leaf_weight) <= 1e-9
                    && d->leaf_rows->len > 0;
  d->score_holds = r->applicable && JX_NUMBER_IS_SET (r->score) && fabs (r->score - rounded) <= 1e-9
                   && d->leaf_rows->len > 0;
  if (!r->applicable)
    return;
  if (!d->weight_holds)
    *weights_hold = FALSE;
  if (!d->score_holds)
    *scores_hold = FALSE;
}

static void
write_total (Walk *walk)
{
  JxXlsxWriter *w = walk->w;
  lxw_worksheet *ws = walk->ws;
  JxScoreSheet *sheet = w->sheet;
  g_autofree char *weights = _jx_xlsx_row_list (NULL, w->all_leaf_rows, COL_WEIGHT);
  g_autofree char *scores = _jx_xlsx_row_list (NULL, w->all_leaf_rows, COL_SCORE);
  guint32 row = walk->row;
  guint16 col;

  w->total_row = row;
  _jx_xlsx_check (w, worksheet_merge_range (ws, row, COL_LEVEL1, row, COL_ACTUAL, "合计", w->f.total_text));
  if (w->sums_hold && weights != NULL && scores != NULL)
    {
      g_autofree char *sum_w = g_strdup_printf ("SUM(%s)", weights);
      g_autofree char *sum_s = g_strdup_printf ("SUM(%s)", scores);
      g_autofree char *round_s = _jx_xlsx_round (w, sum_s);

      _jx_xlsx_formula (w, ws, row, COL_WEIGHT, sum_w, sheet->total_weight, w->f.total_number);
      _jx_xlsx_formula (w, ws, row, COL_SCORE, round_s, sheet->total_score, w->f.total_fixed);
    }
  else
    {
      _jx_xlsx_number (w, ws, row, COL_WEIGHT, sheet->total_weight, w->f.total_number);
      _jx_xlsx_number (w, ws, row, COL_SCORE, sheet->total_score, w->f.total_fixed);
      if (sheet->indicators->len > 0)
        _jx_xlsx_comment (w, ws, row, COL_WEIGHT,
                          "一级指标的分值或得分与其下三级指标之和不一致，此处为 Jixiao 按一级指标计算的合计（见“检查结果”）。");
    }
  for (col = COL_COMPLETION; col < N_COLS; col++)
    _jx_xlsx_text (w, ws, row, col, "", w->f.total_text);
  walk->row++;
}

void
_jx_xlsx_write_indicators (JxXlsxWriter *w)
{
  const JxDocData *doc = w->doc;
  JxScoreSheet *sheet = w->sheet;
  lxw_worksheet *ws = workbook_add_worksheet (w->workbook, JX_XLSX_INDICATOR_SHEET);
  g_autofree char *title = NULL;
  g_autofree char *info = NULL;
  gboolean weights_hold = TRUE, scores_hold = TRUE;
  Walk walk = { w, ws, 0, HEADER_ROW + 1 };
  guint16 col;
  guint i;

  title = g_strdup_printf ("%s%d年度部门整体支出绩效自评表",
                           doc->department.name != NULL ? doc->department.name : "", doc->department.year);
  _jx_xlsx_merged_text (w, ws, 0, 0, N_COLS - 1, title, w->f.title);
  _jx_xlsx_check (w, worksheet_set_row (ws, 0, 28, NULL));
  info = g_strdup_printf ("部门（单位）名称：%s　　　评价年度：%d年　　　分值、得分单位：分",
                          doc->department.name != NULL ? doc->department.name : "", doc->department.year);
  _jx_xlsx_merged_text (w, ws, 1, 0, N_COLS - 1, info, w->f.subtitle);

  for (col = 0; col < N_COLS; col++)
    {
      _jx_xlsx_check (w, worksheet_set_column (ws, col, col, columns[col].width, NULL));
      _jx_xlsx_text (w, ws, HEADER_ROW, col, columns[col].title, w->f.header);
    }
  _jx_xlsx_check (w, worksheet_set_row (ws, HEADER_ROW, 30, NULL));

  while (walk.next < sheet->indicators->len)
    {
      JxXlsxDimension d = { 0 };

      d.result = g_ptr_array_index (sheet->indicators, walk.next);
      d.leaf_rows = g_array_new (FALSE, FALSE, sizeof (guint32));
      g_assert (d.result->level == 1);
      write_node (&walk, &d);
      g_array_append_val (w->dimensions, d);
    }

  /* The sums the formulas would give, from the results of the applicable leaves, against
   * the model's: dimension by dimension (results are in document order). */
  {
    double leaf_weight = 0, leaf_score = 0, all_weight = 0, all_score = 0;
    int dim = -1;

    for (i = 0; i < sheet->indicators->len; i++)
      {
        const JxIndicatorResult *r = g_ptr_array_index (sheet->indicators, i);

        if (r->level == 1)
          {
            if (dim >= 0)
              check_sums (w, &g_array_index (w->dimensions, JxXlsxDimension, dim), leaf_weight, leaf_score,
                          &weights_hold, &scores_hold);
            dim++;
            leaf_weight = leaf_score = 0;
          }
        else if (r->level == 3 && r->applicable)
          {
            leaf_weight += JX_NUMBER_IS_SET (r->weight) ? r->weight : 0;
            leaf_score += JX_NUMBER_IS_SET (r->score) ? r->score : 0;
            all_weight += JX_NUMBER_IS_SET (r->weight) ? r->weight : 0;
            all_score += JX_NUMBER_IS_SET (r->score) ? r->score : 0;
          }
      }
    if (dim >= 0)
      check_sums (w, &g_array_index (w->dimensions, JxXlsxDimension, dim), leaf_weight, leaf_score,
                  &weights_hold, &scores_hold);
    if (fabs (all_weight - sheet->total_weight) > 1e-9
        || fabs (jx_round (all_score, w->decimals, w->rounding) - sheet->total_score) > 1e-9)
      weights_hold = FALSE;
  }
  w->sums_hold = weights_hold && scores_hold;

  write_total (&walk);
  _jx_xlsx_merged_text (w, ws, walk.row + 1, 0, N_COLS - 1,
                        "注：得分为填报的自评得分，未填报时取计算得分；计算得分与完成率按评分规则用公式计算，"
                        "修改指标值或实际完成值后随之更新。合计为适用指标之和。",
                        w->f.note);
  _jx_xlsx_check (w, worksheet_set_row (ws, walk.row + 1, 30, NULL));

  worksheet_freeze_panes (ws, HEADER_ROW + 1, 0);
  _jx_xlsx_page_setup (w, ws, "部门整体支出绩效自评表", HEADER_ROW);
}
