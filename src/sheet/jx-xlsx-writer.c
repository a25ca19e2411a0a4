/* SPDX-License-Identifier: GPL-3.0-or-later */
/* jx-xlsx-writer.c: the 自评表 workbook — set-up, formats, shared cell helpers, and the
 * atomic write. libxlsxwriter writes to a path; it writes into a private temporary folder,
 * and the bytes then go through the model's atomic save (temporary file beside the target,
 * fsync, rename), so the target is either the old file or the whole new one. */
#define G_LOG_DOMAIN "jx-xlsx"

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <math.h>
#include <string.h>

#include "jx-save.h"
#include "jx-sheet-error.h"
#include "jx-xlsx-writer-private.h"

/* Excel's limit on the text of a formula. */
#define MAX_FORMULA 8000

void
_jx_xlsx_check (JxXlsxWriter *w,
                lxw_error     e)
{
  if (e != LXW_NO_ERROR && w->failed == LXW_NO_ERROR)
    w->failed = e;
}

void
_jx_xlsx_number (JxXlsxWriter  *w,
                 lxw_worksheet *ws,
                 guint32        row,
                 guint16        col,
                 double         value,
                 lxw_format    *format)
{
  if (!isfinite (value))
    _jx_xlsx_check (w, worksheet_write_blank (ws, row, col, format));
  else
    _jx_xlsx_check (w, worksheet_write_number (ws, row, col, value == 0 ? 0.0 : value, format));
}

void
_jx_xlsx_text (JxXlsxWriter  *w,
               lxw_worksheet *ws,
               guint32        row,
               guint16        col,
               const char    *text,
               lxw_format    *format)
{
  if (text == NULL || text[0] == '\0')
    _jx_xlsx_check (w, worksheet_write_blank (ws, row, col, format));
  else
    _jx_xlsx_check (w, worksheet_write_string (ws, row, col, text, format));
}

void
_jx_xlsx_formula (JxXlsxWriter  *w,
                  lxw_worksheet *ws,
                  guint32        row,
                  guint16        col,
                  const char    *formula,
                  double         value,
                  lxw_format    *format)
{
  if (isfinite (value))
    _jx_xlsx_check (w, worksheet_write_formula_num (ws, row, col, formula, format, value == 0 ? 0.0 : value));
  else
    _jx_xlsx_check (w, worksheet_write_formula_str (ws, row, col, formula, format, ""));
}

void
_jx_xlsx_comment (JxXlsxWriter  *w,
                  lxw_worksheet *ws,
                  guint32        row,
                  guint16        col,
                  const char    *text)
{
  lxw_comment_options options = { 0 };

  if (text == NULL || text[0] == '\0')
    return;
  options.width = 320;
  options.height = 80;
  options.font_size = 9;
  _jx_xlsx_check (w, worksheet_write_comment_opt (ws, row, col, text, &options));
}

void
_jx_xlsx_merged_text (JxXlsxWriter  *w,
                      lxw_worksheet *ws,
                      guint32        row,
                      guint16        first,
                      guint16        last,
                      const char    *text,
                      lxw_format    *format)
{
  if (first == last)
    _jx_xlsx_text (w, ws, row, first, text, format);
  else
    _jx_xlsx_check (w, worksheet_merge_range (ws, row, first, row, last, text != NULL ? text : "", format));
}

/* Page-header text: '&' is a code there, "&&" a plain ampersand. */
static void
append_header_text (GString    *out,
                    const char *text)
{
  for (; text != NULL && *text; text++)
    {
      if (*text == '&')
        g_string_append_c (out, '&');
      g_string_append_c (out, *text);
    }
}

void
_jx_xlsx_page_setup (JxXlsxWriter  *w,
                     lxw_worksheet *ws,
                     const char    *title,
                     guint32        header_row)
{
  g_autoptr(GString) header = g_string_new ("&L");
  g_autofree char *name = NULL;
  g_autofree char *year = NULL;

  worksheet_set_paper (ws, 9);   /* A4 */
  worksheet_set_landscape (ws);
  worksheet_fit_to_pages (ws, 1, 0);
  worksheet_set_margins (ws, 0.5, 0.5, 0.75, 0.75);
  worksheet_center_horizontally (ws);
  _jx_xlsx_check (w, worksheet_repeat_rows (ws, header_row, header_row));

  /* Excel refuses a header of more than 255 characters: a long name is cut. */
  name = g_utf8_substring (w->doc->department.name != NULL ? w->doc->department.name : "", 0, 60);
  year = w->doc->department.year > 0 ? g_strdup_printf ("%d年度", w->doc->department.year) : g_strdup ("");
  append_header_text (header, name);
  g_string_append (header, "&C");
  append_header_text (header, year);
  append_header_text (header, title);
  _jx_xlsx_check (w, worksheet_set_header (ws, header->str));
  _jx_xlsx_check (w, worksheet_set_footer (ws, "&C第 &P 页，共 &N 页"));
}

double
_jx_xlsx_text_height (const char *text,
                      double      width)
{
  const char *p;
  double used = 0;
  int lines = 1;

  if (text == NULL || width <= 0)
    return 0;
  for (p = text; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      double cw = g_unichar_iswide (c) || g_unichar_iswide_cjk (c) ? 2.0 : 1.1;

      if (c == '\n')
        {
          lines++;
          used = 0;
          continue;
        }
      if (used + cw > width)
        {
          lines++;
          used = 0;
        }
      used += cw;
    }
  /* 10 pt text: about 13.5 pt a line, and a little room */
  return lines * 13.5 + 4;
}

const char *
_jx_xlsx_cell (char        buf[JX_XLSX_CELL_BUF],
               const char *sheet,
               guint32     row,
               guint16     col)
{
  char cell[LXW_MAX_CELL_NAME_LENGTH];

  lxw_rowcol_to_cell (cell, row, col);
  if (sheet != NULL)
    g_snprintf (buf, JX_XLSX_CELL_BUF, "'%s'!%s", sheet, cell);
  else
    g_strlcpy (buf, cell, JX_XLSX_CELL_BUF);
  return buf;
}

char *
_jx_xlsx_row_list (const char *sheet,
                   GArray     *rows,
                   guint16     col)
{
  g_autoptr(GString) out = g_string_new (NULL);
  char a[JX_XLSX_CELL_BUF];
  char b[JX_XLSX_CELL_BUF];
  guint i = 0;

  if (rows == NULL || rows->len == 0)
    return NULL;
  while (i < rows->len)
    {
      guint32 first = g_array_index (rows, guint32, i);
      guint32 last = first;

      while (i + 1 < rows->len && g_array_index (rows, guint32, i + 1) == last + 1)
        last = g_array_index (rows, guint32, ++i);
      i++;
      if (out->len > 0)
        g_string_append_c (out, ',');
      g_string_append (out, _jx_xlsx_cell (a, sheet, first, col));
      if (last != first)
        {
          g_string_append_c (out, ':');
          g_string_append (out, _jx_xlsx_cell (b, NULL, last, col));
        }
      if (out->len > MAX_FORMULA - 100)
        return NULL;
    }
  /* A SUM takes at most 255 arguments. */
  {
    guint commas = 0;
    const char *p;

    for (p = out->str; *p; p++)
      commas += *p == ',';
    if (commas >= 255)
      return NULL;
  }
  return g_string_free (g_steal_pointer (&out), FALSE);
}

char *
_jx_xlsx_round (JxXlsxWriter *w,
                const char   *expr)
{
  return g_strdup_printf ("%s(%s,%d)", w->rounding == JX_ROUNDING_TRUNCATE ? "ROUNDDOWN" : "ROUND",
                          expr, w->decimals);
}

void
_jx_xlsx_append_number (GString *out,
                        double   value)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];

  g_ascii_formatd (buf, sizeof buf, "%.15g", value == 0 ? 0.0 : value);
  g_string_append (out, buf);
}

/* ---- formats ---- */

static lxw_format *
new_format (lxw_workbook *wb,
            gboolean      border,
            gboolean      bold,
            const char   *num_format)
{
  lxw_format *f = workbook_add_format (wb);

  format_set_font_name (f, "宋体");
  format_set_font_size (f, 10);
  format_set_align (f, LXW_ALIGN_VERTICAL_CENTER);
  if (border)
    format_set_border (f, LXW_BORDER_THIN);
  if (bold)
    format_set_bold (f);
  if (num_format != NULL)
    format_set_num_format (f, num_format);
  return f;
}

static void
init_formats (JxXlsxWriter *w)
{
  lxw_workbook *wb = w->workbook;
  JxXlsxFormats *f = &w->f;

  f->title = new_format (wb, FALSE, TRUE, NULL);
  format_set_font_size (f->title, 16);
  format_set_align (f->title, LXW_ALIGN_CENTER);
  f->subtitle = new_format (wb, FALSE, FALSE, NULL);
  f->header = new_format (wb, TRUE, TRUE, NULL);
  format_set_align (f->header, LXW_ALIGN_CENTER);
  format_set_text_wrap (f->header);
  format_set_bg_color (f->header, 0xE8E8E8);
  f->text = new_format (wb, TRUE, FALSE, NULL);
  format_set_text_wrap (f->text);
  f->center = new_format (wb, TRUE, FALSE, NULL);
  format_set_align (f->center, LXW_ALIGN_CENTER);
  format_set_text_wrap (f->center);
  f->number = new_format (wb, TRUE, FALSE, NULL);
  f->fixed = new_format (wb, TRUE, FALSE, "0.00");
  f->percent = new_format (wb, TRUE, FALSE, "0.00%");
  f->money = new_format (wb, TRUE, FALSE, "#,##0.00");
  f->total_text = new_format (wb, TRUE, TRUE, NULL);
  format_set_align (f->total_text, LXW_ALIGN_CENTER);
  f->total_number = new_format (wb, TRUE, TRUE, NULL);
  f->total_fixed = new_format (wb, TRUE, TRUE, "0.00");
  f->total_percent = new_format (wb, TRUE, TRUE, "0.00%");
  f->total_money = new_format (wb, TRUE, TRUE, "#,##0.00");
  f->note = new_format (wb, FALSE, FALSE, NULL);
  format_set_font_size (f->note, 9);
  format_set_font_color (f->note, 0x595959);
  format_set_text_wrap (f->note);
  format_set_align (f->note, LXW_ALIGN_VERTICAL_TOP);
}

/* ---- the workbook ---- */

static void
clear_dimension (gpointer data)
{
  JxXlsxDimension *d = data;

  g_clear_pointer (&d->leaf_rows, g_array_unref);
}

static gboolean
write_workbook (const JxDocData *doc,
                const char      *path,
                const char      *tmpdir,
                GError         **error)
{
  lxw_workbook_options options = { 0 };
  lxw_doc_properties properties = { 0 };
  g_autofree char *title = NULL;
  JxXlsxWriter w = { 0 };
  lxw_error closed;

  options.tmpdir = (char *) tmpdir;
  w.workbook = workbook_new_opt (path, &options);
  if (w.workbook == NULL)
    {
      g_set_error (error, JX_SHEET_ERROR, JX_SHEET_ERROR_WRITE,
                   _("Cannot start the workbook in the temporary folder “%s”."), tmpdir);
      return FALSE;
    }
  w.doc = doc;
  w.sheet = jx_score_sheet_compute (doc);
  w.findings = jx_checks_run (doc, w.sheet);
  w.decimals = CLAMP (doc->scoring.decimals, 0, 6);
  w.rounding = doc->scoring.rounding == JX_ROUNDING_TRUNCATE ? JX_ROUNDING_TRUNCATE : JX_ROUNDING_HALF_UP;
  w.dimensions = g_array_new (FALSE, TRUE, sizeof (JxXlsxDimension));
  g_array_set_clear_func (w.dimensions, clear_dimension);
  w.all_leaf_rows = g_array_new (FALSE, FALSE, sizeof (guint32));
  init_formats (&w);

  title = g_strdup_printf ("%s%d年度部门整体支出绩效自评表",
                           doc->department.name != NULL ? doc->department.name : "",
                           doc->department.year);
  properties.title = title;
  properties.company = doc->department.name;
  properties.comments = (char *) "Jixiao";
  _jx_xlsx_check (&w, workbook_set_properties (w.workbook, &properties));

  _jx_xlsx_write_indicators (&w);
  _jx_xlsx_write_budget (&w);
  _jx_xlsx_write_summary (&w);
  _jx_xlsx_write_findings (&w);

  closed = workbook_close (w.workbook);
  jx_score_sheet_free (w.sheet);
  g_ptr_array_unref (w.findings);
  g_array_unref (w.dimensions);
  g_array_unref (w.all_leaf_rows);

  if (w.failed != LXW_NO_ERROR || closed != LXW_NO_ERROR)
    {
      g_set_error (error, JX_SHEET_ERROR, JX_SHEET_ERROR_WRITE,
                   _("The workbook could not be written: %s."),
                   lxw_strerror (w.failed != LXW_NO_ERROR ? w.failed : closed));
      return FALSE;
    }
  return TRUE;
}

gboolean
jx_xlsx_export (const JxDocData *doc,
                GFile           *file,
                GError         **error)
{
  g_autoptr(GError) local = NULL;
  g_autofree char *tmpdir = NULL;
  g_autofree char *path = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *target = NULL;
  gsize length = 0;
  gboolean ok;

  g_return_val_if_fail (doc != NULL, FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  target = g_file_get_parse_name (file);
  tmpdir = g_dir_make_tmp ("jixiao-xlsx-XXXXXX", &local);
  if (tmpdir == NULL)
    {
      g_set_error (error, JX_SHEET_ERROR, JX_SHEET_ERROR_WRITE,
                   _("Cannot export “%s”: no temporary folder: %s"), target, local->message);
      return FALSE;
    }
  path = g_build_filename (tmpdir, "workbook.xlsx", NULL);
  ok = write_workbook (doc, path, tmpdir, &local)
       && g_file_get_contents (path, &contents, &length, &local);
  g_unlink (path);
  g_rmdir (tmpdir);
  if (!ok)
    {
      g_set_error (error, JX_SHEET_ERROR, JX_SHEET_ERROR_WRITE,
                   _("Cannot export “%s”: %s"), target, local->message);
      return FALSE;
    }
  return jx_write_file_atomic (file, contents, length, error);
}
