/* SPDX-License-Identifier: GPL-3.0-or-later */
/* jx-docx-body.c: word/document.xml — the report's blocks in order: a text block is one
 * paragraph in its style, a table a w:tbl, a chart an inline picture, the cover's spaces
 * paragraphs of an exact height, a page break the next paragraph's pageBreakBefore — and
 * the section: A4, the GB/T 9704 margins, the page number in the footer from page 2 on
 * (the cover has none), as the PDF numbers its pages. Also the footers' XML.
 */
#define G_LOG_DOMAIN "jx-docx"

#include "config.h"

#include <string.h>

#include "jx-docx-private.h"

#define BLOCK_GAP 8.0      /* points around tables and charts, as the paginator leaves */

void
_jx_docx_runs (GString    *s,
               const char *text)
{
  const char *p = text != NULL ? text : "";

  g_string_append (s, "<w:r>");
  while (*p != '\0')
    {
      gsize n = strcspn (p, "\n\t");

      if (n > 0)
        {
          g_autofree char *part = g_strndup (p, n);

          g_string_append (s, "<w:t xml:space=\"preserve\">");
          _jx_xml_append_text (s, part);
          g_string_append (s, "</w:t>");
          p += n;
        }
      if (*p == '\n')
        g_string_append (s, "<w:br/>");
      else if (*p == '\t')
        g_string_append (s, "<w:tab/>");
      if (*p != '\0')
        p++;
    }
  g_string_append (s, "</w:r>");
}

static const char *
jc_name (int align)
{
  return align == JX_CELL_RIGHT ? "right" : align == JX_CELL_CENTER ? "center" : "left";
}

/* w:spacing for what the writer has pending beyond the style's own space */
static void
append_pending_spacing (JxDocxWriter            *w,
                        const JxReportStyleInfo *info,
                        double                   space_after)
{
  double before = MAX (info->space_before, w->space_before);
  double after = MAX (info->space_after, space_after);

  if (before != info->space_before || after != info->space_after)
    g_string_append_printf (w->xml, "<w:spacing w:before=\"%d\" w:after=\"%d\"/>", JX_TWIPS (before),
                            JX_TWIPS (after));
  w->space_before = 0;
}

static void
paragraph (JxDocxWriter *w,
           JxReportStyle style,
           const char   *text,
           int           align,
           gboolean      keep_with_next,
           double        space_after)
{
  const JxReportStyleInfo *info = jx_report_style_info (style);
  GString *s = w->xml;

  g_string_append_printf (s, "<w:p><w:pPr><w:pStyle w:val=\"%s\"/>", _jx_docx_style_id (style));
  if (keep_with_next && !info->keep_with_next)
    g_string_append (s, "<w:keepNext/>");
  if (w->page_break)
    g_string_append (s, "<w:pageBreakBefore/>");
  w->page_break = FALSE;
  append_pending_spacing (w, info, space_after);
  if (align >= 0 && (JxCellAlign) align != info->align)
    g_string_append_printf (s, "<w:jc w:val=\"%s\"/>", jc_name (align));
  g_string_append (s, "</w:pPr>");
  if (text != NULL && text[0] != '\0')
    _jx_docx_runs (s, text);
  g_string_append (s, "</w:p>");
}

void
_jx_docx_paragraph (JxDocxWriter *w,
                    JxReportStyle style,
                    const char   *text,
                    int           align,
                    gboolean      keep_with_next)
{
  paragraph (w, style, text, align, keep_with_next, 0);
}

/* An empty paragraph exactly `points` high (the cover's spaces: never dropped at the top of
 * a page as space before would be). */
static void
spacer (JxDocxWriter *w,
        double        points)
{
  int line = CLAMP (JX_TWIPS (points), 20, 31680);

  g_string_append (w->xml, "<w:p><w:pPr><w:pStyle w:val=\"JxFigure\"/>");
  if (w->page_break)
    g_string_append (w->xml, "<w:pageBreakBefore/>");
  w->page_break = FALSE;
  w->space_before = 0;
  g_string_append_printf (w->xml, "<w:spacing w:before=\"0\" w:after=\"0\" w:line=\"%d\" w:lineRule=\"exact\"/>"
                                  "</w:pPr></w:p>", line);
}

static gboolean
is_float (const JxReportBlock *b)
{
  return b != NULL && (b->kind == JX_BLOCK_TABLE || b->kind == JX_BLOCK_CHART);
}

static void
append_section (GString *s)
{
  g_string_append_printf (s, "<w:sectPr><w:footerReference w:type=\"default\" r:id=\"rId4\"/>"
                             "<w:footerReference w:type=\"first\" r:id=\"rId5\"/>"
                             "<w:pgSz w:w=\"%d\" w:h=\"%d\"/>"
                             "<w:pgMar w:top=\"%d\" w:right=\"%d\" w:bottom=\"%d\" w:left=\"%d\""
                             " w:header=\"851\" w:footer=\"%d\" w:gutter=\"0\"/>"
                             "<w:cols w:space=\"425\"/><w:titlePg/></w:sectPr>",
                          JX_DOCX_PAGE_W, JX_DOCX_PAGE_H, JX_DOCX_MARGIN_TOP, JX_DOCX_MARGIN_RIGHT,
                          JX_DOCX_MARGIN_BOTTOM, JX_DOCX_MARGIN_LEFT,
                          /* the page number about 7 mm under the type area */
                          JX_TWIPS_MM (35 - 7 - 5));
}

char *
_jx_docx_document_xml (JxDocxWriter *w,
                       GError      **error)
{
  const GPtrArray *blocks = jx_report_get_blocks (w->report);
  gboolean last_table = FALSE;
  guint i;

  w->xml = g_string_new ("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n");
  g_string_append (w->xml,
                   "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\""
                   " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\""
                   " xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\""
                   " xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\""
                   " xmlns:pic=\"http://schemas.openxmlformats.org/drawingml/2006/picture\"><w:body>");
  for (i = 0; i < blocks->len; i++)
    {
      const JxReportBlock *b = g_ptr_array_index (blocks, i);
      const JxReportBlock *next = i + 1 < blocks->len ? g_ptr_array_index (blocks, i + 1) : NULL;

      switch (b->kind)
        {
        case JX_BLOCK_TEXT:
          paragraph (w, b->style, b->text, -1, b->keep_with_next, is_float (next) ? BLOCK_GAP : 0);
          last_table = FALSE;
          break;
        case JX_BLOCK_TABLE:
          /* a page break or a table right before: Word needs a paragraph between */
          if (w->page_break || last_table)
            spacer (w, 1);
          _jx_docx_table (w, b->table);
          w->space_before = BLOCK_GAP;
          last_table = TRUE;
          break;
        case JX_BLOCK_CHART:
          if (!_jx_docx_chart (w, b, error))
            {
              g_string_free (g_steal_pointer (&w->xml), TRUE);
              return NULL;
            }
          w->space_before = BLOCK_GAP;
          last_table = FALSE;
          break;
        case JX_BLOCK_SPACE:
          spacer (w, b->space);
          last_table = FALSE;
          break;
        case JX_BLOCK_PAGE_BREAK:
          w->page_break = TRUE;
          break;
        default:
          break;
        }
    }
  if (last_table || blocks->len == 0)
    spacer (w, 1);
  append_section (w->xml);
  g_string_append (w->xml, "</w:body></w:document>");
  return g_string_free (g_steal_pointer (&w->xml), FALSE);
}

char *
_jx_docx_footer_xml (gboolean numbered)
{
  GString *s = g_string_new ("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n");

  g_string_append (s, "<w:ftr xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\""
                      " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
                      "<w:p><w:pPr><w:pStyle w:val=\"Footer\"/></w:pPr>");
  if (numbered)
    /* 第 N 页 共 M 页, as the PDF */
    g_string_append (s, "<w:r><w:t xml:space=\"preserve\">第 </w:t></w:r>"
                        "<w:fldSimple w:instr=\" PAGE \\* Arabic \"><w:r><w:t>2</w:t></w:r></w:fldSimple>"
                        "<w:r><w:t xml:space=\"preserve\"> 页 共 </w:t></w:r>"
                        "<w:fldSimple w:instr=\" NUMPAGES \\* Arabic \"><w:r><w:t>2</w:t></w:r></w:fldSimple>"
                        "<w:r><w:t xml:space=\"preserve\"> 页</w:t></w:r>");
  g_string_append (s, "</w:p></w:ftr>");
  return g_string_free (s, FALSE);
}
