/* SPDX-License-Identifier: GPL-3.0-or-later */
/* jx-report-private.h: the report's insides.
 *
 * jx_report_new() builds a flat list of blocks (texts, tables, charts, page breaks) from
 * the document: jx-report-build.c holds the builder and its formatting helpers,
 * jx-report-text.c and jx-report-analysis.c the sections and their sentences.
 * The blocks are content only (jx-report-blocks.h); every writer walks them.
 * jx_report_paginate() measures them with pango into the report's `measures` and cuts them
 * into fragments, page by page (jx-report-layout.c); tables are built by jx-report-table.c,
 * measured and drawn by jx-report-table-layout.c.
 */
#pragma once

#include <pango/pangocairo.h>

#include "jx-chart.h"
#include "jx-report.h"
#include "jx-report-blocks.h"
#include "jx-scoring.h"

G_BEGIN_DECLS

#define JX_MM(mm) ((mm) * 72.0 / 25.4)

/* Margins of Chinese official documents (GB/T 9704: type area 156 × 225 mm on A4). */
#define JX_REPORT_MARGIN_TOP    JX_MM (37)
#define JX_REPORT_MARGIN_BOTTOM JX_MM (35)
#define JX_REPORT_MARGIN_LEFT   JX_MM (28)
#define JX_REPORT_MARGIN_RIGHT  JX_MM (26)

#define JX_REPORT_FONT_SERIF "Noto Serif CJK SC, Noto Sans CJK SC, serif"
#define JX_REPORT_FONT_SANS  "Noto Sans CJK SC, Noto Serif CJK SC, sans-serif"

/* The style table (jx-report-style.c); the same as jx_report_style_info(). */
const JxReportStyleInfo *_jx_report_style (JxReportStyle style);

/* ---- measuring (the paginator's) ---- */

/* A text laid out by pango (jx-report-measure.c): in layouts of at most a few thousand
 * bytes, each of whole lines, and the boundaries of its lines in points (n_lines + 1
 * doubles, from 0 to its height). */
typedef struct {
  GPtrArray   *pieces;       /* of PangoLayout* */
  GArray      *piece_lines;  /* guint: the lines of each piece that are its own */
  GArray      *piece_top;    /* double: where each piece's first line starts */
  GArray      *bounds;
  double       height;
} JxTextMeasure;

void         _jx_text_measure_clear  (JxTextMeasure *m);
/* Lays `text` out in `style`, `width` points wide, aligned by `align`. */
void         _jx_text_measure_set    (JxTextMeasure *m,
                                      PangoContext  *context,
                                      JxReportStyle  style,
                                      const char    *text,
                                      double         width,
                                      JxCellAlign    align);
guint        _jx_text_measure_n_lines (const JxTextMeasure *m);
/* Draws lines [first, first + count) so that line `first` starts at (x, y); only those. */
void         _jx_text_measure_draw   (const JxTextMeasure *m,
                                      cairo_t             *cr,
                                      double               x,
                                      double               y,
                                      guint                first,
                                      guint                count);

/* A layout of `text` in `style`, `width` points wide (a short text: the page footer). */
PangoLayout *_jx_report_layout_new  (PangoContext *context,
                                     JxReportStyle style,
                                     const char   *text,
                                     double        width,
                                     PangoAlignment align);

/* ---- tables: content (jx-report-table.c) ---- */

JxReportTable *_jx_report_table_new      (guint               n_columns,
                                          guint               n_group_columns,
                                          const double       *fractions,
                                          const JxCellAlign  *align);
void           _jx_report_table_free     (JxReportTable      *table);
void           _jx_report_table_add_header (JxReportTable    *table,
                                          const char * const *texts);
/* `texts` has n_columns entries; `groups` (may be NULL) n_group_columns ids (0: none). */
JxReportRow   *_jx_report_table_add_row  (JxReportTable      *table,
                                          const char * const *texts,
                                          const guint        *groups);
/* Makes cell `column` of `row` cover `span` columns; the covered texts are dropped. */
void           _jx_report_row_set_span   (JxReportRow        *row,
                                          guint               column,
                                          guint               span);
gboolean       _jx_report_cell_visible   (const JxReportRow  *row,
                                          guint               column,
                                          gboolean            at_top);

/* ---- tables: measuring and drawing (jx-report-table-layout.c) ---- */

typedef struct {
  JxTextMeasure cells[JX_TABLE_MAX_COLUMNS];
  double        height;       /* continued group labels hidden */
  double        top_height;   /* as the first row of a page: labels shown */
} JxRowMeasure;

typedef struct {
  double         x[JX_TABLE_MAX_COLUMNS + 1];
  JxRowMeasure  *header;        /* one per header row */
  JxRowMeasure  *rows;          /* one per body row */
  guint          n_header;
  guint          n_rows;
  double         header_height;
  JxTextMeasure  continued;
  double         continued_height;
} JxTableMeasure;

typedef struct {
  guint    row;
  double   height;
  gboolean at_top;               /* first body row of its page: group labels shown */
  gboolean split;                /* a part of a row taller than a page */
  guint16  first[JX_TABLE_MAX_COLUMNS];
  guint16  count[JX_TABLE_MAX_COLUMNS];
} JxTablePiece;

#define JX_TABLE_PAD_X 3.0
#define JX_TABLE_PAD_Y 3.0

JxTableMeasure *_jx_table_measure_new    (const JxReportTable *table,
                                          PangoContext        *context,
                                          double               width);
void            _jx_table_measure_free   (JxTableMeasure      *m);
/* Draws the continuation label (when `continued`), the header rows and the pieces from
 * (x, y); returns the height drawn. */
double          _jx_report_table_draw    (const JxReportTable  *table,
                                          const JxTableMeasure *m,
                                          cairo_t              *cr,
                                          double                x,
                                          double                y,
                                          gboolean              continued,
                                          const GArray         *pieces);

/* ---- blocks ---- */

void _jx_report_block_free (JxReportBlock *block);

/* What the paginator measured of one block (index as in the block list). */
typedef struct {
  JxTextMeasure   text;          /* TEXT */
  JxTableMeasure *table;         /* TABLE */
} JxBlockMeasure;

void _jx_block_measure_clear (JxBlockMeasure *m);

typedef struct {
  const JxReportBlock *block;
  JxBlockMeasure      *measure;
  guint                index;          /* of the block */
  double               y;
  double               height;
  guint                first_line;     /* text */
  guint                n_lines;
  gboolean             continued;      /* table: not its first page */
  GArray              *pieces;         /* table: of JxTablePiece */
  double               width;          /* chart: drawn size */
} JxReportFragment;

struct _JxReport {
  double        page_width;
  double        page_height;
  double        top, bottom, left, right;   /* margins */
  char         *title;          /* PDF metadata */
  char         *author;
  GPtrArray    *blocks;         /* of JxReportBlock*: the content */
  GPtrArray    *charts;         /* of JxChart*, owned */
  /* the paginator's */
  GArray       *measures;       /* of JxBlockMeasure, one per block */
  GPtrArray    *pages;          /* of GArray of JxReportFragment */
  gboolean      mark_generated; /* the preview's: generated paragraphs tinted */
  PangoContext *context;
};

/* Measures the blocks and cuts them into pages (jx-report-layout.c). */
void _jx_report_layout     (JxReport *report);
void _jx_report_draw_page  (JxReport *report,
                            cairo_t  *cr,
                            int       page);

/* ---- building ---- */

typedef struct {
  const JxDocData *doc;
  JxScoreSheet    *sheet;
  GHashTable      *results;     /* JxIndicator* → JxIndicatorResult* */
  GPtrArray       *blocks;
  GPtrArray       *charts;      /* every chart of the document */
  GHashTable      *placed;      /* charts already in the report */
  guint            n_tables;
  guint            n_figures;
  int              h1, h2, h3, h4;  /* running section numbers */
} JxReportBuilder;

void  _jx_rb_heading    (JxReportBuilder *b, JxReportStyle style, const char *title);
void  _jx_rb_paragraph  (JxReportBuilder *b, JxReportStyle style, const char *text);
/* A clerk's text: paragraphs separated by blank lines; nothing when empty. */
void  _jx_rb_texts      (JxReportBuilder *b, const char *text);
void  _jx_rb_printf     (JxReportBuilder *b, const char *format, ...) G_GNUC_PRINTF (2, 3);
/* Paragraphs (blank-line separated) the report wrote where the department wrote none: marked
 * generated (JxReportBlock.generated), for the preview's mark. NULL or empty: nothing. */
void  _jx_rb_generated  (JxReportBuilder *b, const char *text);
void  _jx_rb_table      (JxReportBuilder *b, const char *caption, JxReportTable *table);
/* The charts of the document whose id is one of `ids` (NULL-terminated), in the
 * document's chart order, each at most once in the report. */
void  _jx_rb_charts     (JxReportBuilder *b, const char * const *ids);
void  _jx_rb_space      (JxReportBuilder *b, double points);
void  _jx_rb_page_break (JxReportBuilder *b);

/* A numbered heading: "一、" + name for H1, "（一）" for H2, "1、" for H3, "（1）" for H4;
 * numbering below it starts again. */
void  _jx_rb_section    (JxReportBuilder *b, JxReportStyle style, const char *name);

/* Formatting: "3,751.00", "0.20" (万元, as the tables print them: one number style in text
 * and tables); "92.08%"; "2.5"; NULL when not set. */
char *_jx_rb_money      (JxMoney m);
char *_jx_rb_money_cell (JxMoney m);      /* "3,751.00", "—" when not set */
char *_jx_rb_percent    (JxReportBuilder *b, double percent);
char *_jx_rb_number     (JxReportBuilder *b, double value);
char *_jx_rb_count      (int count);
char *_jx_rb_chinese_numeral (int n);     /* 1 → 一, 12 → 十二 */
char *_jx_rb_date       (const char *date);   /* "2021-08" → "2021 年 8 月" */
gboolean _jx_rb_has_text (const char *text);
const JxIndicatorResult *_jx_rb_result (JxReportBuilder *b, const JxIndicator *ind);

/* What the department stated, where it did (jx-report-build.c): the heading of an
 * indicator's analysis (`heading`, else the name); a dimension's stated score, its rate and
 * its stated grade; the stated total and its grade. Else the computed ones. */
const char *_jx_rb_heading_of         (const JxIndicator *ind);
double      _jx_rb_stated_score       (const JxIndicatorResult *r);
double      _jx_rb_stated_rate        (const JxIndicatorResult *r);
const char *_jx_rb_stated_grade       (const JxIndicatorResult *r);
double      _jx_rb_stated_total       (JxReportBuilder *b);
const char *_jx_rb_stated_total_grade (JxReportBuilder *b);

/* The sections (jx-report-text.c, jx-report-analysis.c). */
void _jx_report_build_cover      (JxReportBuilder *b);
void _jx_report_build_overview   (JxReportBuilder *b);   /* 一、部门概况 */
void _jx_report_build_spending   (JxReportBuilder *b);   /* 二（一） */
void _jx_report_build_year_over_year (JxReportBuilder *b);   /* 二（一） 与上年对比 (jx-report-yoy.c) */
void _jx_report_build_goals      (JxReportBuilder *b);   /* 二（二） */
void _jx_report_build_analysis   (JxReportBuilder *b);   /* 二（三） */
void _jx_report_build_conclusion (JxReportBuilder *b);   /* 三、自评结论 */
/* A table cell of more than JX_REPORT_CELL_MAX characters prints that many, "…" and
 * "（全文见附录 N）"; the 附录 after the conclusion holds each such text once, in full
 * (jx-report-appendix.c). Runs over the tables built before it. */
#define JX_REPORT_CELL_MAX 200
void _jx_report_build_appendix   (JxReportBuilder *b);
/* The generated narratives (jx-report-narrative.c). The sentence of a computed metric
 * ("在职实有人数 93 人，按编制人数 101 人计算，在职人员控制率为 92.08%。"). */
char *_jx_report_metric_sentence (JxReportBuilder *b, JxMetricId id);
/* What the report prints for sheet indicator `index` where the department wrote nothing;
 * NULL when it prints nothing there (see jx_report_dup_generated_analysis()). */
char *_jx_report_generated_text  (JxReportBuilder *b, guint index);
/* The generated paragraphs outside the analysis, while the department's text is empty:
 * 一（二） (jx-report-text.c), the parts of 二（一） by their note's path, and the i-th of those
 * paths (jx-report-spending.c), 二（二） (jx-report-analysis.c). */
char *_jx_report_method_generated  (JxReportBuilder *b);
char *_jx_report_budget_generated  (JxReportBuilder *b, const char *path);
const char *_jx_report_budget_path (guint i);
char *_jx_report_summary_generated (JxReportBuilder *b);
/* The dimension whose 效益 text is conclusion.benefits: the one named 效果/效益, else the last. */
const JxIndicatorResult *_jx_report_benefits_dimension (JxReportBuilder *b);
/* The index after the last indicator of the dimension at `first`. */
guint    _jx_report_dimension_end     (JxReportBuilder *b, guint first);
/* Whether the department wrote a text for the dimension at `first` or anything below it. */
gboolean _jx_report_dimension_written (JxReportBuilder *b, guint first);

G_END_DECLS
