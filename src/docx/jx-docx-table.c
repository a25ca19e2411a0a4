/* SPDX-License-Identifier: GPL-3.0-or-later */
/* jx-docx-table.c: a table block as a Word table — fixed column widths from the report's
 * fractions of the text width, single rules, header rows marked tblHeader (Word repeats
 * them at the top of each page), the group columns (一级指标, 二级指标) merged vertically
 * (vMerge) over each group's rows, spanning cells as gridSpan, totals rows shaded, numbers
 * aligned as the report aligns them (money right). A row is kept on one page (cantSplit)
 * unless it would fill half a page, as the paginator splits only rows taller than a page.
 */
#define G_LOG_DOMAIN "jx-docx"

#include "config.h"

#include <math.h>
#include <string.h>

#include "jx-docx-private.h"

#define CELL_PAD_X 60      /* twips: 3 pt, as the paginator's JX_TABLE_PAD_X */
#define CELL_PAD_Y 60
#define RULE_SIZE 5        /* eighths of a point: 0.6 pt, the PDF's rules */
#define HEADER_FILL "E0E0E0"
#define TOTAL_FILL "F2F2F2"

/* A generous guess at a cell's height in points: every character a full em. */
static double
estimate_height (const char *text,
                 double      width_pt,
                 double      size)
{
  g_auto(GStrv) lines = g_strsplit (text != NULL ? text : "", "\n", -1);
  double per_line = MAX (1, floor (width_pt / size));
  double n = 0;
  guint i;

  for (i = 0; lines[i] != NULL; i++)
    n += MAX (1, ceil (g_utf8_strlen (lines[i], -1) / per_line));
  return n * size * 1.3;
}

static gboolean
row_fits_half_page (const JxReportTable *t,
                    const JxReportRow   *row,
                    const int           *widths)
{
  double size = jx_report_style_info (JX_REPORT_STYLE_CELL)->size;
  guint c;

  for (c = 0; c < t->n_columns; c++)
    {
      const JxReportCell *cell = row->cells[c];
      int w = 0;
      guint k;

      if (cell == NULL)
        continue;
      for (k = c; k < c + cell->span && k < t->n_columns; k++)
        w += widths[k];
      if (estimate_height (cell->text, (w - 2 * CELL_PAD_X) / 20.0, size) > JX_DOCX_TEXT_H / 20.0 / 2)
        return FALSE;
    }
  return TRUE;
}

static void
append_cell (JxDocxWriter        *w,
             const JxReportTable *t,
             const JxReportRow   *row,
             const JxReportRow   *next,
             guint                c,
             const int           *widths,
             gboolean             header)
{
  const JxReportCell *cell = row->cells[c];
  JxReportStyle style = header || row->bold ? JX_REPORT_STYLE_CELL_HEAD : JX_REPORT_STYLE_CELL;
  JxCellAlign align = jx_report_cell_align (t, row, c, header);
  GString *s = w->xml;
  gboolean continues = !header && c < t->n_group_columns && row->continues[c];
  int width = 0;
  guint k;

  for (k = c; k < c + cell->span && k < t->n_columns; k++)
    width += widths[k];
  g_string_append_printf (s, "<w:tc><w:tcPr><w:tcW w:w=\"%d\" w:type=\"dxa\"/>", width);
  if (cell->span > 1)
    g_string_append_printf (s, "<w:gridSpan w:val=\"%u\"/>", cell->span);
  if (continues)
    g_string_append (s, "<w:vMerge/>");
  else if (!header && c < t->n_group_columns && next != NULL && next->continues[c])
    g_string_append (s, "<w:vMerge w:val=\"restart\"/>");
  if (header || row->bold)
    g_string_append_printf (s, "<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"%s\"/>",
                            header ? HEADER_FILL : TOTAL_FILL);
  g_string_append (s, "<w:vAlign w:val=\"center\"/></w:tcPr>");

  g_string_append_printf (s, "<w:p><w:pPr><w:pStyle w:val=\"%s\"/>", _jx_docx_style_id (style));
  if (align != jx_report_style_info (style)->align)
    g_string_append_printf (s, "<w:jc w:val=\"%s\"/>",
                            align == JX_CELL_RIGHT ? "right" : align == JX_CELL_CENTER ? "center" : "left");
  g_string_append (s, "</w:pPr>");
  if (!continues && cell->text != NULL && cell->text[0] != '\0')
    _jx_docx_runs (s, cell->text);
  g_string_append (s, "</w:p></w:tc>");
}

static void
append_row (JxDocxWriter        *w,
            const JxReportTable *t,
            const JxReportRow   *row,
            const JxReportRow   *next,
            const int           *widths,
            gboolean             header)
{
  guint c;

  g_string_append (w->xml, "<w:tr><w:trPr>");
  if (header || row_fits_half_page (t, row, widths))
    g_string_append (w->xml, "<w:cantSplit/>");
  if (header)
    g_string_append (w->xml, "<w:tblHeader/>");
  g_string_append (w->xml, "</w:trPr>");
  for (c = 0; c < t->n_columns; c++)
    if (row->cells[c] != NULL)
      append_cell (w, t, row, next, c, widths, header);
  g_string_append (w->xml, "</w:tr>");
}

void
_jx_docx_table (JxDocxWriter        *w,
                const JxReportTable *t)
{
  int widths[JX_TABLE_MAX_COLUMNS];
  GString *s = w->xml;
  int sum = 0;
  guint i, c;

  for (c = 0; c < t->n_columns; c++)
    {
      widths[c] = (int) (t->fractions[c] * JX_DOCX_TEXT_W + 0.5);
      sum += widths[c];
    }
  widths[t->n_columns - 1] += JX_DOCX_TEXT_W - sum;

  g_string_append_printf (s, "<w:tbl><w:tblPr><w:tblW w:w=\"%d\" w:type=\"dxa\"/><w:jc w:val=\"center\"/>"
                             "<w:tblBorders>", JX_DOCX_TEXT_W);
  {
    static const char * const sides[] = { "top", "left", "bottom", "right", "insideH", "insideV" };

    for (i = 0; i < G_N_ELEMENTS (sides); i++)
      g_string_append_printf (s, "<w:%s w:val=\"single\" w:sz=\"%d\" w:space=\"0\" w:color=\"000000\"/>", sides[i],
                              RULE_SIZE);
  }
  g_string_append_printf (s, "</w:tblBorders><w:tblLayout w:type=\"fixed\"/><w:tblCellMar>"
                             "<w:top w:w=\"%d\" w:type=\"dxa\"/><w:left w:w=\"%d\" w:type=\"dxa\"/>"
                             "<w:bottom w:w=\"%d\" w:type=\"dxa\"/><w:right w:w=\"%d\" w:type=\"dxa\"/>"
                             "</w:tblCellMar><w:tblLook w:val=\"04A0\" w:firstRow=\"1\" w:lastRow=\"0\""
                             " w:firstColumn=\"1\" w:lastColumn=\"0\" w:noHBand=\"0\" w:noVBand=\"1\"/></w:tblPr>",
                          CELL_PAD_Y, CELL_PAD_X, CELL_PAD_Y, CELL_PAD_X);
  g_string_append (s, "<w:tblGrid>");
  for (c = 0; c < t->n_columns; c++)
    g_string_append_printf (s, "<w:gridCol w:w=\"%d\"/>", widths[c]);
  g_string_append (s, "</w:tblGrid>");

  for (i = 0; i < t->header->len; i++)
    append_row (w, t, g_ptr_array_index (t->header, i), NULL, widths, TRUE);
  for (i = 0; i < t->rows->len; i++)
    append_row (w, t, g_ptr_array_index (t->rows, i),
                i + 1 < t->rows->len ? g_ptr_array_index (t->rows, i + 1) : NULL, widths, FALSE);
  g_string_append (s, "</w:tbl>");
}
