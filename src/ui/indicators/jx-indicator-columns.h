/* SPDX-License-Identifier: GPL-3.0-or-later */
/* jx-indicator-columns.h: the columns of the indicator table and what each cell shows.
 *
 * Every figure is read from the document and the evaluation when the cell is drawn: the
 * table keeps no copy. Level-1 and level-2 rows show their subtotals (weight, score, and
 * the score rate with its grade in the completion column). */
#pragma once

#include <gtk/gtk.h>

#include "jx-evaluation.h"
#include "jx-indicator-row.h"

G_BEGIN_DECLS

typedef enum {
  JX_COLUMN_NUMBER,
  JX_COLUMN_NAME,
  JX_COLUMN_TARGET,
  JX_COLUMN_WEIGHT,
  JX_COLUMN_ACTUAL,
  JX_COLUMN_COMPLETION,
  JX_COLUMN_RULE,
  JX_COLUMN_COMPUTED,
  JX_COLUMN_SCORE,
  JX_COLUMN_NOTE,
  /* The attributes of provincial forms, hidden by default (jx-indicator-attributes.c). */
  JX_COLUMN_DIRECTION,     /* 指标性质: ≥ ≤ = of each part */
  JX_COLUMN_UNIT,          /* 度量单位 of each part */
  JX_COLUMN_CORE,          /* 是否核心指标 */
  JX_COLUMN_INITIAL,       /* 年初指标值: the target before it was adjusted */
  JX_COLUMN_COEFFICIENT,   /* 得分系数: score / weight, computed */
  JX_N_COLUMNS
} JxColumn;

/* The columns of the table before the attributes were added, in that order: the layout of a
 * copy with the default columns, and of the 10-field rows pasted before. */
#define JX_N_BASE_COLUMNS (JX_COLUMN_NOTE + 1)

typedef enum {
  JX_CELL_EDITABLE    = 1 << 0,   /* the text can be edited in place */
  JX_CELL_NUMERIC     = 1 << 1,   /* right-aligned, tabular digits */
  JX_CELL_DIM         = 1 << 2,   /* a value that stands in for a missing one */
  JX_CELL_DIFFERS     = 1 << 3,   /* entered and computed scores differ */
  JX_CELL_ACTIVATABLE = 1 << 4,   /* Enter opens something (the rule popover) */
  JX_CELL_BRANCH      = 1 << 5,   /* a level-1 or level-2 row */
  JX_CELL_DIMENSION   = 1 << 6,   /* a level-1 row */
} JxCellFlags;

typedef struct {
  char       *text;         /* what the cell shows */
  char       *edit_text;    /* what the editor starts with */
  char       *tooltip;
  char       *accessible;   /* "Weight of 全年采摄新闻: 3" */
  const char *icon;         /* icon name, or NULL */
  int         icon_severity; /* JxSeverity of the icon */
  int         severity;     /* of the cell's findings: JxSeverity, or -1 */
  guint       flags;        /* JxCellFlags */
} JxCellContent;

/* Per row: the findings that concern it, and which columns they concern. */
typedef struct {
  GPtrArray *findings;                /* of JxFinding*, borrowed from the evaluation */
  int        severity[JX_N_COLUMNS];  /* highest severity per column, -1 when none */
  int        row_severity;            /* highest of all, -1 when none */
} JxRowFindings;

const char *jx_column_get_title    (JxColumn column);   /* translated */
const char *jx_column_get_id       (JxColumn column);   /* "weight" */
int         jx_column_get_width    (JxColumn column);   /* pixels, at the least */
gboolean    jx_column_expands      (JxColumn column);   /* it takes a share of the extra width */
gboolean    jx_column_is_numeric   (JxColumn column);
/* Whether the column shows when the clerk has not chosen (the base columns). */
gboolean    jx_column_default_visible (JxColumn column);
/* Whether the clerk can hide the column (all but the name). */
gboolean    jx_column_can_hide     (JxColumn column);
/* The columns in the order the table shows them (JX_N_COLUMNS of them). */
const JxColumn *jx_column_view_order (void);
/* Whether any row can edit this column in place. */
gboolean    jx_column_is_editable  (JxColumn column);
/* Whether the cell of `column` in `row` can be edited in place. */
gboolean    jx_column_is_editable_for (JxColumn column,
                                       JxIndicatorRow *row);
/* The column a field of an indicator is shown in (".weight", ".parts[0].actual"). */
JxColumn    jx_column_for_field    (const char *field);

void        jx_cell_content_fill   (JxCellContent       *content,
                                    JxColumn             column,
                                    JxIndicatorRow      *row,
                                    JxEvaluation        *evaluation,
                                    const JxRowFindings *findings);
void        jx_cell_content_clear  (JxCellContent       *content);

/* The actual values of a quantitative indicator as the table shows them
 * ("3250 篇（条）", "粉丝量 27224 人次；日活量 455 次"). */
char       *jx_indicator_actual_display (const JxDocData   *doc,
                                         const JxIndicator *ind);

/* The short name of a rule kind ("正向"), translated. */
const char *jx_rule_kind_short_name (int kind);
/* Numbers as the table shows them: at most `decimals` decimals, no trailing zeros
 * ("3250", "7.7"); "" for NAN. */
char       *jx_format_value        (double value, int decimals);
/* Exactly `decimals` decimals ("2.70"); "" for NAN. */
char       *jx_format_fixed        (double value, int decimals);

G_END_DECLS
