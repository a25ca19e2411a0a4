/* SPDX-License-Identifier: GPL-3.0-or-later */
/* jx-docx-styles.c: word/styles.xml and word/fontTable.xml — the report's styles as Word
 * styles, in the fonts of a preset.
 *
 * The headings are Word's built-in "heading 1"–"heading 4" (shown as 标题 1–4 by Word in
 * Chinese, with outline levels, so the navigation pane and a table of contents find them),
 * the body is "Normal" (正文): justified, the first line indented two characters. Sizes,
 * spacing and keep-with-next are the report's own (jx-report-style.c), as in the PDF.
 *
 * The official preset names the fonts of Chinese official documents (GB/T 9704): 仿宋_GB2312
 * for the text, 黑体 for 一、, 楷体_GB2312 for （一）, in w:rFonts' eastAsia attribute; 黑体 and
 * 楷体 are not made bold, as official documents set them. The plain preset names 宋体 and 黑体.
 * The font table gives each its alternative name and GB2312 charset, so that a machine
 * without the _GB2312 fonts substitutes 仿宋 / 楷体.
 */
#define G_LOG_DOMAIN "jx-docx"

#include "config.h"

#include <string.h>

#include "jx-docx-private.h"

#define NS_W "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
#define LATIN_FONT "Times New Roman"

typedef struct {
  const char *id;
  const char *name;
  gboolean    custom;
} StyleName;

static const StyleName names[JX_REPORT_N_STYLES] = {
  [JX_REPORT_STYLE_TITLE]     = { "Title", "Title", FALSE },
  [JX_REPORT_STYLE_COVER]     = { "JxCover", "封面", TRUE },
  [JX_REPORT_STYLE_H1]        = { "Heading1", "heading 1", FALSE },
  [JX_REPORT_STYLE_H2]        = { "Heading2", "heading 2", FALSE },
  [JX_REPORT_STYLE_H3]        = { "Heading3", "heading 3", FALSE },
  [JX_REPORT_STYLE_H4]        = { "Heading4", "heading 4", FALSE },
  [JX_REPORT_STYLE_BODY]      = { "Normal", "Normal", FALSE },
  [JX_REPORT_STYLE_SIGNATURE] = { "JxSignature", "落款", TRUE },
  [JX_REPORT_STYLE_CAPTION]   = { "Caption", "caption", FALSE },
  [JX_REPORT_STYLE_CONTINUED] = { "JxContinued", "续表", TRUE },
  [JX_REPORT_STYLE_CELL]      = { "JxTableText", "表格文字", TRUE },
  [JX_REPORT_STYLE_CELL_HEAD] = { "JxTableHead", "表格标题", TRUE },
  [JX_REPORT_STYLE_FOOTER]    = { "Footer", "footer", FALSE },
};

const char *
_jx_docx_style_id (JxReportStyle style)
{
  g_assert (style < JX_REPORT_N_STYLES);
  return names[style].id;
}

typedef struct {
  const char *name;
  const char *alt;          /* what Word substitutes when it is missing */
  const char *panose;
  const char *family;
  const char *pitch;
} FontInfo;

static const FontInfo font_info[] = {
  { "宋体", "SimSun", "02010600030101010101", "auto", "variable" },
  { "仿宋_GB2312", "仿宋", "02010609030101010101", "modern", "fixed" },
  { "黑体", "SimHei", "02010609060101010101", "modern", "fixed" },
  { "楷体_GB2312", "楷体", "02010609030101010101", "modern", "fixed" },
};

static const char *
font_for (JxDocxFonts  fonts,
          JxReportFace face)
{
  if (fonts == JX_DOCX_FONTS_PLAIN)
    return face == JX_REPORT_FACE_HEI ? "黑体" : "宋体";
  switch (face)
    {
    case JX_REPORT_FACE_FANGSONG: return "仿宋_GB2312";
    case JX_REPORT_FACE_HEI: return "黑体";
    case JX_REPORT_FACE_KAI: return "楷体_GB2312";
    case JX_REPORT_FACE_SONG:
    default: return "宋体";
    }
}

static gboolean
bold_for (JxDocxFonts              fonts,
          const JxReportStyleInfo *info)
{
  /* 黑体 is bold by design; official documents set 楷体 headings regular */
  if (info->face == JX_REPORT_FACE_HEI)
    return FALSE;
  if (fonts == JX_DOCX_FONTS_OFFICIAL && info->face == JX_REPORT_FACE_KAI)
    return FALSE;
  return info->bold;
}

static const char *
jc_for (JxReportStyle            style,
        const JxReportStyleInfo *info)
{
  if (style == JX_REPORT_STYLE_BODY)
    return "both";     /* Chinese text is set justified */
  switch (info->align)
    {
    case JX_CELL_CENTER: return "center";
    case JX_CELL_RIGHT: return "right";
    case JX_CELL_LEFT:
    default: return "left";
    }
}

/* w:rPr of a face and size: Latin in Times New Roman, Chinese in the preset's font. */
static void
append_run_props (GString    *s,
                  const char *east_asia,
                  double      size,
                  gboolean    bold)
{
  g_string_append_printf (s, "<w:rPr><w:rFonts w:ascii=\"%s\" w:hAnsi=\"%s\" w:eastAsia=\"%s\" w:cs=\"%s\"/>",
                          LATIN_FONT, LATIN_FONT, east_asia, LATIN_FONT);
  if (bold)
    g_string_append (s, "<w:b/><w:bCs/>");
  g_string_append_printf (s, "<w:sz w:val=\"%d\"/><w:szCs w:val=\"%d\"/></w:rPr>",
                          (int) (size * 2 + 0.5), (int) (size * 2 + 0.5));
}

static void
append_style (GString      *s,
              JxReportStyle style,
              JxDocxFonts   fonts)
{
  const JxReportStyleInfo *info = jx_report_style_info (style);
  const StyleName *n = &names[style];
  int indent = JX_TWIPS (info->indent * info->size);
  int line = info->line_spacing > 0 ? (int) (240 * info->line_spacing + 0.5) : 240;

  g_string_append_printf (s, "<w:style w:type=\"paragraph\" w:styleId=\"%s\"%s%s>",
                          n->id, style == JX_REPORT_STYLE_BODY ? " w:default=\"1\"" : "",
                          n->custom ? " w:customStyle=\"1\"" : "");
  g_string_append_printf (s, "<w:name w:val=\"%s\"/>", n->name);
  if (style != JX_REPORT_STYLE_BODY)
    g_string_append (s, "<w:basedOn w:val=\"Normal\"/>");
  if (info->keep_with_next || style == JX_REPORT_STYLE_TITLE)
    g_string_append (s, "<w:next w:val=\"Normal\"/>");
  if (info->outline_level > 0 || style == JX_REPORT_STYLE_BODY || style == JX_REPORT_STYLE_TITLE)
    g_string_append (s, "<w:qFormat/>");

  g_string_append (s, "<w:pPr>");
  if (info->keep_with_next)
    g_string_append (s, "<w:keepNext/>");
  if (info->outline_level > 0 || style == JX_REPORT_STYLE_CAPTION)
    g_string_append (s, "<w:keepLines/>");
  g_string_append_printf (s, "<w:spacing w:before=\"%d\" w:after=\"%d\" w:line=\"%d\" w:lineRule=\"auto\"/>",
                          JX_TWIPS (info->space_before), JX_TWIPS (info->space_after), line);
  /* the indent in characters (Word keeps it two characters at any size), and in twips */
  g_string_append_printf (s, "<w:ind w:firstLineChars=\"%d\" w:firstLine=\"%d\"/>",
                          (int) (info->indent * 100 + 0.5), indent);
  g_string_append_printf (s, "<w:jc w:val=\"%s\"/>", jc_for (style, info));
  if (info->outline_level > 0)
    g_string_append_printf (s, "<w:outlineLvl w:val=\"%d\"/>", info->outline_level - 1);
  g_string_append (s, "</w:pPr>");
  append_run_props (s, font_for (fonts, info->face), info->size, bold_for (fonts, info));
  g_string_append (s, "</w:style>");
}

char *
_jx_docx_styles_xml (JxDocxFonts fonts)
{
  const JxReportStyleInfo *body = jx_report_style_info (JX_REPORT_STYLE_BODY);
  GString *s = g_string_new ("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n");
  guint i;

  g_string_append (s, "<w:styles xmlns:w=\"" NS_W "\">");
  g_string_append (s, "<w:docDefaults><w:rPrDefault>");
  g_string_append_printf (s, "<w:rPr><w:rFonts w:ascii=\"%s\" w:hAnsi=\"%s\" w:eastAsia=\"%s\" w:cs=\"%s\"/>"
                             "<w:kern w:val=\"2\"/><w:sz w:val=\"%d\"/><w:szCs w:val=\"%d\"/>"
                             "<w:lang w:val=\"en-US\" w:eastAsia=\"zh-CN\" w:bidi=\"ar-SA\"/></w:rPr>",
                          LATIN_FONT, LATIN_FONT, font_for (fonts, body->face), LATIN_FONT,
                          (int) (body->size * 2 + 0.5), (int) (body->size * 2 + 0.5));
  g_string_append (s, "</w:rPrDefault><w:pPrDefault><w:pPr><w:widowControl/>"
                      "<w:spacing w:after=\"0\" w:line=\"240\" w:lineRule=\"auto\"/></w:pPr></w:pPrDefault>"
                      "</w:docDefaults>");

  /* Normal first: the others are based on it */
  append_style (s, JX_REPORT_STYLE_BODY, fonts);
  for (i = 0; i < JX_REPORT_N_STYLES; i++)
    if (i != JX_REPORT_STYLE_BODY)
      append_style (s, i, fonts);

  /* a chart's paragraph: centred, no indent */
  g_string_append (s, "<w:style w:type=\"paragraph\" w:customStyle=\"1\" w:styleId=\"JxFigure\">"
                      "<w:name w:val=\"图片\"/><w:basedOn w:val=\"Normal\"/><w:pPr>"
                      "<w:spacing w:before=\"160\" w:after=\"160\" w:line=\"240\" w:lineRule=\"auto\"/>"
                      "<w:ind w:firstLineChars=\"0\" w:firstLine=\"0\"/><w:jc w:val=\"center\"/></w:pPr></w:style>");
  g_string_append (s, "<w:style w:type=\"character\" w:default=\"1\" w:styleId=\"DefaultParagraphFont\">"
                      "<w:name w:val=\"Default Paragraph Font\"/><w:uiPriority w:val=\"1\"/><w:semiHidden/>"
                      "<w:unhideWhenUsed/></w:style>");
  g_string_append (s, "<w:style w:type=\"table\" w:default=\"1\" w:styleId=\"TableNormal\">"
                      "<w:name w:val=\"Normal Table\"/><w:uiPriority w:val=\"99\"/><w:semiHidden/><w:unhideWhenUsed/>"
                      "<w:tblPr><w:tblInd w:w=\"0\" w:type=\"dxa\"/><w:tblCellMar>"
                      "<w:top w:w=\"0\" w:type=\"dxa\"/><w:left w:w=\"108\" w:type=\"dxa\"/>"
                      "<w:bottom w:w=\"0\" w:type=\"dxa\"/><w:right w:w=\"108\" w:type=\"dxa\"/>"
                      "</w:tblCellMar></w:tblPr></w:style>");
  g_string_append (s, "</w:styles>");
  return g_string_free (s, FALSE);
}

char *
_jx_docx_font_table_xml (JxDocxFonts fonts)
{
  GString *s = g_string_new ("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n");
  guint i;

  g_string_append (s, "<w:fonts xmlns:w=\"" NS_W "\">");
  g_string_append (s, "<w:font w:name=\"" LATIN_FONT "\"><w:panose1 w:val=\"02020603050405020304\"/>"
                      "<w:charset w:val=\"00\"/><w:family w:val=\"roman\"/><w:pitch w:val=\"variable\"/></w:font>");
  for (i = 0; i < G_N_ELEMENTS (font_info); i++)
    {
      const FontInfo *f = &font_info[i];

      if (fonts == JX_DOCX_FONTS_PLAIN && strstr (f->name, "_GB2312") != NULL)
        continue;
      g_string_append_printf (s, "<w:font w:name=\"%s\"><w:altName w:val=\"%s\"/><w:panose1 w:val=\"%s\"/>"
                                 "<w:charset w:val=\"86\"/><w:family w:val=\"%s\"/><w:pitch w:val=\"%s\"/></w:font>",
                              f->name, f->alt, f->panose, f->family, f->pitch);
    }
  g_string_append (s, "</w:fonts>");
  return g_string_free (s, FALSE);
}
