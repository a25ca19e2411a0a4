/* SPDX-License-Identifier: GPL-3.0-or-later */
/* jx-xlsx-writer-private.h: what the sheets of the workbook share while it is written. */
#pragma once

#include <xlsxwriter.h>

#include "jx-checks.h"
#include "jx-scoring.h"
#include "jx-xlsx-writer.h"

G_BEGIN_DECLS

/* The 自评表's sheet name, as formulas of the other sheets quote it. */
#define JX_XLSX_INDICATOR_SHEET "自评表"

typedef struct {
  lxw_format *title;
  lxw_format *subtitle;
  lxw_format *header;
  lxw_format *text;        /* wrapped, left */
  lxw_format *center;      /* wrapped, centred (group cells, symbols) */
  lxw_format *number;      /* General */
  lxw_format *fixed;       /* 0.00 */
  lxw_format *percent;     /* 0.00% */
  lxw_format *money;       /* #,##0.00 */
  lxw_format *total_text;  /* bold variants for total rows */
  lxw_format *total_number;
  lxw_format *total_fixed;
  lxw_format *total_percent;
  lxw_format *total_money;
  lxw_format *note;        /* small grey text below a table */
} JxXlsxFormats;

/* The rows of one level-1 dimension in the 自评表 (0-based). */
typedef struct {
  const JxIndicatorResult *result;
  GArray *leaf_rows;       /* of guint32: rows of its applicable level-3 indicators */
  gboolean weight_holds;   /* SUM of leaf_rows' weights is the model's weight */
  gboolean score_holds;    /* rounded SUM of their scores is the model's score */
} JxXlsxDimension;

typedef struct {
  lxw_workbook       *workbook;
  const JxDocData    *doc;
  JxScoreSheet       *sheet;
  GPtrArray          *findings;     /* of JxFinding* */
  JxXlsxFormats       f;
  int                 decimals;
  JxRounding          rounding;
  GArray             *dimensions;   /* of JxXlsxDimension, filled by the 自评表 */
  GArray             *all_leaf_rows; /* of guint32: every applicable level-3 row */
  gboolean            sums_hold;    /* weights and scores of the tree add up as Jixiao sums them */
  guint32             total_row;    /* the 自评表's 合计 row */
  lxw_error           failed;       /* the first libxlsxwriter error */
} JxXlsxWriter;

/* Records the first error of a libxlsxwriter call. */
void  _jx_xlsx_check          (JxXlsxWriter *w, lxw_error e);

/* Cell helpers: a NAN number writes a blank cell in `format`. */
void  _jx_xlsx_number         (JxXlsxWriter *w, lxw_worksheet *ws, guint32 row, guint16 col,
                               double value, lxw_format *format);
void  _jx_xlsx_text           (JxXlsxWriter *w, lxw_worksheet *ws, guint32 row, guint16 col,
                               const char *text, lxw_format *format);
/* A formula with its cached value; a NAN value writes the formula with no number. */
void  _jx_xlsx_formula        (JxXlsxWriter *w, lxw_worksheet *ws, guint32 row, guint16 col,
                               const char *formula, double value, lxw_format *format);
void  _jx_xlsx_comment        (JxXlsxWriter *w, lxw_worksheet *ws, guint32 row, guint16 col,
                               const char *text);
/* A title merged over columns first..last. */
void  _jx_xlsx_merged_text    (JxXlsxWriter *w, lxw_worksheet *ws, guint32 row,
                               guint16 first, guint16 last, const char *text, lxw_format *format);
/* A4 landscape, fit to one page wide, `header_row` repeated, the department and year in
 * the page header, page numbers in the footer. */
void  _jx_xlsx_page_setup     (JxXlsxWriter *w, lxw_worksheet *ws, const char *title,
                               guint32 header_row);
/* Height (points) that shows `text` wrapped in a column `width` characters wide. */
double _jx_xlsx_text_height   (const char *text, double width);

/* "B5"; "'自评表'!B5" with a sheet. Returns `buf`. */
#define JX_XLSX_CELL_BUF 64
const char *_jx_xlsx_cell     (char buf[JX_XLSX_CELL_BUF], const char *sheet, guint32 row, guint16 col);
/* The cells of `rows` in column `col` as a list of ranges for SUM: "I4:I9,I11"; NULL
 * when there is none or the list would be too long for a formula. */
char  *_jx_xlsx_row_list      (const char *sheet, GArray *rows, guint16 col);
/* ROUND(x, d) or ROUNDDOWN(x, d), as the scoring settings round. */
char  *_jx_xlsx_round         (JxXlsxWriter *w, const char *expr);
/* A number as a formula literal. */
void   _jx_xlsx_append_number (GString *out, double value);

/* The sheets. */
void  _jx_xlsx_write_indicators (JxXlsxWriter *w);
void  _jx_xlsx_write_budget     (JxXlsxWriter *w);
void  _jx_xlsx_write_summary    (JxXlsxWriter *w);
void  _jx_xlsx_write_findings   (JxXlsxWriter *w);

/* jx-xlsx-formulas.c: the completion of a single-part indicator, `t` and `a` the cells of
 * its target and actual value, as a fraction (1 = 100%); NULL when there is none. */
char  *_jx_xlsx_completion_formula (int direction, double target, const char *t, const char *a);
/* The rule's score as a formula over the cells of the target `t`, actual `a`, weight `wt`
 * and completion `c`, rounded per the settings; NULL when the rule cannot be said as one
 * (several parts, no tiers, a manual rule). */
char  *_jx_xlsx_score_formula      (JxXlsxWriter *w, const JxIndicator *ind,
                                    const char *t, const char *a, const char *wt, const char *c);

G_END_DECLS
