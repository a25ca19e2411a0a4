/* SPDX-License-Identifier: GPL-3.0-or-later */
/* jx-docx.h: the report as an editable Word document (.docx, Office Open XML), written from
 * the report's blocks (jx-report-blocks.h) with libgsf's zip writer; no LibreOffice, no GTK.
 *
 * Real Word styles — heading 1–4 (Word in Chinese: 标题 1–4) for 一、（一）1、（1）, Normal
 * (正文) with a two-character first-line indent — so the navigation pane and a table of
 * contents work; tables with merged group cells and header rows repeated on each page;
 * charts as 300-dpi PNG with their text alternative; A4 with the GB/T 9704 margins; page
 * numbers as a footer field; the title and the preparer as the document's properties.
 */
#pragma once

#include <glib.h>

#include "jx-types.h"

G_BEGIN_DECLS

#define JX_DOCX_ERROR (jx_docx_error_quark ())
GQuark jx_docx_error_quark (void);

typedef enum {
  JX_DOCX_ERROR_WRITE,      /* the file could not be written */
  JX_DOCX_ERROR_PACKAGE,    /* the package could not be made (a chart, the zip) */
} JxDocxError;

/* The fonts the document names (the PDF always uses the installed Noto CJK). */
typedef enum {
  JX_DOCX_FONTS_OFFICIAL,   /* 仿宋_GB2312 body, 黑体 一、, 楷体_GB2312 （一）, as official documents */
  JX_DOCX_FONTS_PLAIN,      /* 宋体 and 黑体, on every Chinese Windows and in LibreOffice */
} JxDocxFonts;

/* "official" / "plain" → the preset; FALSE when unknown. */
gboolean  jx_docx_fonts_from_string (const char  *name,
                                     JxDocxFonts *fonts);
const char *jx_docx_fonts_to_string (JxDocxFonts  fonts);

/* The whole package in memory. */
GBytes   *jx_docx_build             (const JxDocData *doc,
                                     JxDocxFonts      fonts,
                                     GError         **error);

/* The report of `doc` as a .docx at `path`, written to a temporary file in the same folder
 * and renamed over `path`: `path` is the complete document or untouched. */
gboolean  jx_docx_export            (const JxDocData *doc,
                                     const char      *path,
                                     JxDocxFonts      fonts,
                                     GError         **error);

G_END_DECLS
