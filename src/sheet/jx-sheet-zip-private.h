/* SPDX-License-Identifier: GPL-3.0-or-later */
/* jx-sheet-zip-private.h: the members of a zip workbook read as streams of XML (libgsf's
 * GsfInfileZip under libxml2's xmlTextReader, never a whole tree in memory), each bounded in
 * the bytes it may unpack (JX_SHEET_MAX_PART, and JX_SHEET_MAX_UNPACKED for the file). */
#pragma once

#include <libxml/xmlreader.h>

#include "jx-sheet-read-private.h"

G_BEGIN_DECLS

/* The largest text of one cell (Excel's own limit is 32,767 characters). */
#define JX_SHEET_MAX_CELL_TEXT (1u << 20)

typedef struct _JxSheetXml JxSheetXml;

/* The member at `path` ("xl/workbook.xml") as XML; NULL with no error if there is none,
 * NULL with `error` if it cannot be opened. */
JxSheetXml   *_jx_sheet_xml_open        (GsfInfile     *zip,
                                         const char    *path,
                                         JxSheetBudget *budget,
                                         GError       **error);
void          _jx_sheet_xml_free        (JxSheetXml    *xml);
/* The next node: 1, 0 at the end, -1 with `error` (damaged, past a bound, a DTD). */
int           _jx_sheet_xml_next        (JxSheetXml    *xml,
                                         GError       **error);
xmlTextReaderPtr _jx_sheet_xml_reader   (JxSheetXml    *xml);
/* The node is the start (end) of an element whose local name is `name`, any namespace. */
gboolean      _jx_sheet_xml_is_start    (JxSheetXml    *xml,
                                         const char    *name);
gboolean      _jx_sheet_xml_is_end      (JxSheetXml    *xml,
                                         const char    *name);
/* The start is also its end (<c r="A1"/>). */
gboolean      _jx_sheet_xml_is_empty    (JxSheetXml    *xml);
/* The attribute of the current element by local name, any namespace, or NULL. */
char         *_jx_sheet_xml_attr        (JxSheetXml    *xml,
                                         const char    *name);
/* The text of a text node (text, CDATA, whitespace) or NULL for any other node. */
const char   *_jx_sheet_xml_text        (JxSheetXml    *xml);
/* Appends text to a cell's text, FALSE with `error` past JX_SHEET_MAX_CELL_TEXT. */
gboolean      _jx_sheet_xml_append      (JxSheetXml    *xml,
                                         GString       *to,
                                         const char    *text,
                                         GError       **error);
/* The error of a member that says something impossible (`what` is technical). */
void          _jx_sheet_xml_set_damaged (JxSheetXml    *xml,
                                         const char    *what,
                                         GError       **error);

/* The whole of a small member (at most `limit` bytes) as bytes, or NULL with no error if
 * there is none. */
GBytes       *_jx_sheet_zip_read_small  (GsfInfile     *zip,
                                         const char    *path,
                                         gsize          limit,
                                         JxSheetBudget *budget,
                                         GError       **error);
/* `target` of a relationship of the member in `base_dir` ("xl"), as a member path. */
char         *_jx_sheet_zip_resolve     (const char    *base_dir,
                                         const char    *target);
/* "B7" into row 6, column 1; FALSE if it is no cell reference. */
gboolean      _jx_sheet_parse_ref       (const char    *ref,
                                         guint         *row,
                                         guint         *col);

GPtrArray    *_jx_sheet_read_xlsx       (GsfInfile     *zip,
                                         const char    *workbook,
                                         JxSheetBudget *budget,
                                         GError       **error);
GPtrArray    *_jx_sheet_read_ods        (GsfInfile     *zip,
                                         JxSheetBudget *budget,
                                         GError       **error);

G_END_DECLS
