/* SPDX-License-Identifier: GPL-3.0-or-later */
/* jx-report-blocks.h: the report's content — one flat list of blocks that every writer
 * walks: the pango paginator (PDF, print, the in-app preview), the .docx writer.
 *
 * A block holds content only: its kind, its style, its text, a table's cells (with spans,
 * merged group columns and header rows), a chart (id, title, text alternative, the shape it
 * suits). No writer composes sentences or figures of its own; each maps a style to its own
 * form (pango attributes, Word styles). Measuring is the paginator's (jx-report-private.h).
 *
 *   g_autoptr(JxReport) report = jx_report_new (doc, JX_REPORT_A4_WIDTH, JX_REPORT_A4_HEIGHT);
 *   const GPtrArray *blocks = jx_report_get_blocks (report);    // of JxReportBlock*
 *
 * This header needs neither pango nor GTK.
 */
#pragma once

#include <glib.h>

#include "jx-chart.h"
#include "jx-report.h"

G_BEGIN_DECLS

typedef enum {
  JX_REPORT_STYLE_TITLE,       /* cover: department and the report's name */
  JX_REPORT_STYLE_COVER,       /* cover: unit, date, preparer */
  JX_REPORT_STYLE_H1,          /* 一、 */
  JX_REPORT_STYLE_H2,          /* （一） */
  JX_REPORT_STYLE_H3,          /* 1、 */
  JX_REPORT_STYLE_H4,          /* （1） */
  JX_REPORT_STYLE_BODY,        /* a paragraph, first line indented two characters */
  JX_REPORT_STYLE_SIGNATURE,   /* 落款: unit and date, right-aligned */
  JX_REPORT_STYLE_CAPTION,     /* 表 1 … above a table */
  JX_REPORT_STYLE_CONTINUED,   /* 续表 1, above the repeated header */
  JX_REPORT_STYLE_CELL,
  JX_REPORT_STYLE_CELL_HEAD,
  JX_REPORT_STYLE_FOOTER,      /* 第 3 页 共 12 页 */
  JX_REPORT_N_STYLES
} JxReportStyle;

typedef enum {
  JX_CELL_LEFT,
  JX_CELL_CENTER,
  JX_CELL_RIGHT,
} JxCellAlign;

/* The typeface a style asks for; each writer names its fonts (PDF: the installed Noto CJK;
 * .docx: the official or the plain preset). */
typedef enum {
  JX_REPORT_FACE_SONG,         /* 宋体-like serif: the cover */
  JX_REPORT_FACE_FANGSONG,     /* 仿宋: the body, tables, the lower headings */
  JX_REPORT_FACE_HEI,          /* 黑体: 一、, captions, table headers */
  JX_REPORT_FACE_KAI,          /* 楷体: （一） */
} JxReportFace;

/* A style as every writer reads it: sizes in points. */
typedef struct {
  JxReportFace face;
  double       size;
  gboolean     bold;
  JxCellAlign  align;
  double       indent;          /* first line, in ems */
  double       line_spacing;    /* factor of the font's line height; 0: the font's own */
  double       space_before;    /* dropped at the top of a page */
  double       space_after;
  gboolean     keep_with_next;  /* never the last thing on a page */
  int          outline_level;   /* 1–4 for the headings (a document outline); 0: none */
} JxReportStyleInfo;

const JxReportStyleInfo *jx_report_style_info (JxReportStyle style);

/* ---- tables ---- */

#define JX_TABLE_MAX_COLUMNS 10

typedef struct {
  char  *text;
  guint  span;          /* columns covered; the covered cells are NULL */
} JxReportCell;

typedef struct {
  JxReportCell *cells[JX_TABLE_MAX_COLUMNS];
  guint         groups[JX_TABLE_MAX_COLUMNS];     /* group columns: the group's id */
  gboolean      continues[JX_TABLE_MAX_COLUMNS];  /* same group as the row above */
  gboolean      bold;
} JxReportRow;

typedef struct {
  guint        n_columns;
  guint        n_group_columns;   /* the first columns merge equal groups (一级, 二级) */
  double       fractions[JX_TABLE_MAX_COLUMNS];   /* of the text width; they sum to 1 */
  JxCellAlign  align[JX_TABLE_MAX_COLUMNS];
  GPtrArray   *header;            /* of JxReportRow*, repeated on each page */
  GPtrArray   *rows;              /* of JxReportRow* */
  char        *continued_label;   /* "续表 1", or NULL */
} JxReportTable;

/* Whether cell `column` of `row` shows its text: a group column shows it in the group's
 * first row, and again in the first row of a page (`at_top`). */
gboolean jx_report_cell_visible (const JxReportRow *row,
                                 guint              column,
                                 gboolean           at_top);
/* The alignment of cell `column` of `row`: headers and spanning cells centred. */
JxCellAlign jx_report_cell_align (const JxReportTable *table,
                                  const JxReportRow   *row,
                                  guint                column,
                                  gboolean             header);

/* ---- blocks ---- */

typedef enum {
  JX_BLOCK_TEXT,
  JX_BLOCK_TABLE,
  JX_BLOCK_CHART,
  JX_BLOCK_SPACE,        /* fixed vertical space (the cover) */
  JX_BLOCK_PAGE_BREAK,
} JxBlockKind;

typedef struct {
  JxBlockKind    kind;
  JxReportStyle  style;
  char          *text;           /* TEXT: may hold "\n" (a line break within the paragraph) */
  gboolean       keep_with_next;
  gboolean       generated;      /* TEXT: the report's sentence where the department wrote none */
  double         space;          /* SPACE: points */
  JxReportTable *table;
  /* CHART */
  const JxChart *chart;          /* owned by the report */
  char          *chart_id;
  char          *chart_title;
  char          *alt_text;       /* title and every value, for screen readers */
  double         aspect;         /* height / width on paper */
} JxReportBlock;

/* The blocks in reading order (of JxReportBlock*), owned by the report. */
const GPtrArray *jx_report_get_blocks (JxReport *report);
/* The report's title ("…2020 年度整体支出绩效自评报告") and author (the preparer, else the
 * department), for a document's properties; the author may be NULL. */
const char      *jx_report_get_title  (JxReport *report);
const char      *jx_report_get_author (JxReport *report);
/* The type area of the report's paper, in points: width and the margins. */
void             jx_report_get_margins (JxReport *report,
                                        double   *top,
                                        double   *bottom,
                                        double   *left,
                                        double   *right);

G_END_DECLS
