/* SPDX-License-Identifier: GPL-3.0-or-later */
/* jx-docx-private.h: the .docx writer's insides.
 *
 * jx-docx.c         the package: its parts, content types, relationships, properties
 * jx-docx-xml.c     text escaped for XML (and what XML 1.0 cannot hold left out)
 * jx-docx-styles.c  styles.xml and fontTable.xml from the report's styles and a font preset
 * jx-docx-body.c    document.xml: the blocks as paragraphs, page breaks and the section
 * jx-docx-table.c   a table block as w:tbl (merged group cells, repeated header rows)
 * jx-docx-image.c   a chart block as a 300-dpi PNG and its inline drawing
 */
#pragma once

#include "jx-docx.h"
#include "jx-report-blocks.h"

G_BEGIN_DECLS

#define JX_TWIPS(pt) ((int) ((pt) * 20.0 + 0.5))          /* 1/20 point */
#define JX_TWIPS_MM(mm) ((int) ((mm) * 1440.0 / 25.4 + 0.5))
#define JX_EMU_PER_PT 12700.0

/* A4 in twips, and the GB/T 9704 margins (type area 156 × 225 mm). */
#define JX_DOCX_PAGE_W 11906
#define JX_DOCX_PAGE_H 16838
#define JX_DOCX_MARGIN_TOP    JX_TWIPS_MM (37)
#define JX_DOCX_MARGIN_BOTTOM JX_TWIPS_MM (35)
#define JX_DOCX_MARGIN_LEFT   JX_TWIPS_MM (28)
#define JX_DOCX_MARGIN_RIGHT  JX_TWIPS_MM (26)
#define JX_DOCX_TEXT_W (JX_DOCX_PAGE_W - JX_DOCX_MARGIN_LEFT - JX_DOCX_MARGIN_RIGHT)
#define JX_DOCX_TEXT_H (JX_DOCX_PAGE_H - JX_DOCX_MARGIN_TOP - JX_DOCX_MARGIN_BOTTOM)

#define JX_DOCX_DPI 300

typedef struct {
  char   *name;       /* "media/chart1.png", under word/ */
  char   *rel_id;     /* "rId7" */
  GBytes *data;
} JxDocxMedia;

typedef struct {
  JxReport    *report;
  JxDocxFonts  fonts;
  GString     *xml;          /* word/document.xml */
  GPtrArray   *media;        /* of JxDocxMedia* */
  guint        next_rel;     /* relationship ids of the document part */
  guint        next_drawing; /* wp:docPr ids */
  /* what the next paragraph must carry */
  gboolean     page_break;
  double       space_before; /* points, more than the style's */
} JxDocxWriter;

/* ---- XML ---- */
/* Appends `text` escaped for element content or an attribute value (quotes and line breaks
 * as character references); characters XML 1.0 forbids are left out, bad UTF-8 repaired. */
void  _jx_xml_append_text (GString *s, const char *text);
void  _jx_xml_append_attr (GString *s, const char *text);

/* ---- styles ---- */
/* The Word style id of a report style ("Heading1", "Normal", "JxCell", …). */
const char *_jx_docx_style_id (JxReportStyle style);
char       *_jx_docx_styles_xml     (JxDocxFonts fonts);
char       *_jx_docx_font_table_xml (JxDocxFonts fonts);

/* ---- body ---- */
char *_jx_docx_document_xml (JxDocxWriter *w,
                             GError      **error);
/* One paragraph of `style` holding `text` ("\n": a line break), with `align` when it is
 * not the style's (-1: the style's) and the writer's pending page break or space. */
void  _jx_docx_paragraph    (JxDocxWriter *w,
                             JxReportStyle style,
                             const char   *text,
                             int           align,
                             gboolean      keep_with_next);
void  _jx_docx_runs         (GString      *s,
                             const char   *text);
char *_jx_docx_footer_xml   (gboolean     numbered);

/* ---- tables, images ---- */
void     _jx_docx_table     (JxDocxWriter        *w,
                             const JxReportTable *table);
gboolean _jx_docx_chart     (JxDocxWriter        *w,
                             const JxReportBlock *block,
                             GError             **error);
/* PNG bytes with a pHYs chunk saying `dpi` (cairo writes none), so Word sizes them right. */
GBytes  *_jx_png_set_dpi    (GBytes              *png,
                             int                  dpi);

G_END_DECLS
