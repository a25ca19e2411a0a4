/* SPDX-License-Identifier: GPL-3.0-or-later */
/* jx-sheet-ods-read.c: .ods (OpenDocument spreadsheet) read as a stream of content.xml:
 * each table:table a sheet; a cell's value from office:value (float, currency, percentage)
 * or its paragraphs (text:p, with text:s, text:tab, text:line-break; annotations left out);
 * table:number-columns-repeated and table:number-rows-repeated spread a cell or a row as
 * far as the bounds allow (LibreOffice ends every sheet with a million empty repeated rows,
 * which cost nothing); spans are merged ranges. An encrypted file (its manifest says so) is
 * refused as such. */
#define G_LOG_DOMAIN "jx-sheet"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "jx-sheet-error.h"
#include "jx-sheet-zip-private.h"

#define MAX_SPACES 1024

typedef enum {
  KIND_TEXT,
  KIND_NUMBER,
  KIND_PERCENT,
  KIND_LACKING,
} Kind;

typedef struct {
  guint  col;
  guint  repeat;
  guint  rows_spanned;
  guint  cols_spanned;
  Kind   kind;
  double value;
  char  *text;
} Pending;

static void
pending_clear (gpointer data)
{
  g_free (((Pending *) data)->text);
}

static guint
attr_uint (JxSheetXml *xml,
           const char *name,
           guint       fallback,
           guint       max)
{
  g_autofree char *text = _jx_sheet_xml_attr (xml, name);
  guint64 n;

  if (text == NULL)
    return fallback;
  n = g_ascii_strtoull (text, NULL, 10);
  return n == 0 ? fallback : (guint) MIN (n, (guint64) max);
}

/* The cells of one row, placed `repeat` times from `row`. */
static gboolean
place_row (JxSheetTable  *table,
           GArray        *cells,
           guint          row,
           guint          repeat,
           JxSheetBudget *budget,
           GError       **error)
{
  guint r, i, k;

  for (r = 0; r < repeat && row + r < JX_SHEET_MAX_ROWS; r++)
    for (i = 0; i < cells->len; i++)
      {
        const Pending *p = &g_array_index (cells, Pending, i);

        for (k = 0; k < p->repeat && p->col + k < JX_SHEET_MAX_COLS; k++)
          {
            guint col = p->col + k;

            switch (p->kind)
              {
              case KIND_NUMBER:
                jx_sheet_table_set_number (table, row + r, col, p->value, NULL);
                break;
              case KIND_PERCENT:
                jx_sheet_table_set_percent (table, row + r, col, p->value);
                break;
              case KIND_LACKING:
                jx_sheet_table_set_lacking (table, row + r, col);
                break;
              case KIND_TEXT:
              default:
                jx_sheet_table_set (table, row + r, col, p->text);
                break;
              }
            if (p->rows_spanned > 1 || p->cols_spanned > 1)
              {
                JxSheetMerge merge = { row + r, col, p->rows_spanned, p->cols_spanned };

                jx_sheet_table_add_merge (table, &merge);
              }
            if (!_jx_sheet_budget_check (budget, table, error))
              return FALSE;
          }
      }
  return TRUE;
}

typedef struct {
  JxSheetXml    *xml;
  JxSheetBudget *budget;
  GPtrArray     *tables;
  JxSheetTable  *table;      /* the sheet being read, owned by tables */
  guint          row;
  guint          col;
  guint          row_repeat;
  GArray        *cells;      /* Pending of the row being read */
  Pending        cell;       /* the cell being read */
  gboolean       in_cell;
  gboolean       has_formula;
  guint          paragraphs;
  guint          in_p;       /* depth of text:p */
  guint          in_note;    /* depth of office:annotation */
  GString       *text;
  GHashTable    *hidden;     /* the table styles that hide a sheet */
  char          *style;      /* the style:style being read */
  gboolean       skipping;   /* inside a hidden sheet */
} Ods;

static void
start_cell (Ods *o)
{
  JxSheetXml *xml = o->xml;
  g_autofree char *type = _jx_sheet_xml_attr (xml, "value-type");
  g_autofree char *formula = _jx_sheet_xml_attr (xml, "formula");
  g_autofree char *value = _jx_sheet_xml_attr (xml, "value");

  memset (&o->cell, 0, sizeof o->cell);
  o->cell.col = o->col;
  o->cell.repeat = attr_uint (xml, "number-columns-repeated", 1, JX_SHEET_MAX_COLS);
  o->cell.rows_spanned = attr_uint (xml, "number-rows-spanned", 1, JX_SHEET_MAX_ROWS);
  o->cell.cols_spanned = attr_uint (xml, "number-columns-spanned", 1, JX_SHEET_MAX_COLS);
  o->cell.kind = KIND_TEXT;
  o->has_formula = formula != NULL;
  if (value != NULL && (g_strcmp0 (type, "float") == 0 || g_strcmp0 (type, "currency") == 0
                        || g_strcmp0 (type, "percentage") == 0))
    {
      char *end;
      double v = g_ascii_strtod (value, &end);

      if (*end == '\0' && end != value)
        {
          o->cell.kind = g_strcmp0 (type, "percentage") == 0 ? KIND_PERCENT : KIND_NUMBER;
          o->cell.value = v;
        }
    }
  else if (type == NULL && o->has_formula)
    o->cell.kind = KIND_LACKING;
  o->paragraphs = 0;
  o->in_p = 0;
  o->in_note = 0;
  g_string_truncate (o->text, 0);
}

static void
end_cell (Ods *o)
{
  gboolean content = o->cell.kind != KIND_TEXT || o->text->len > 0;

  if (content)
    {
      Pending p = o->cell;

      p.text = o->cell.kind == KIND_TEXT ? g_strndup (o->text->str, o->text->len) : NULL;
      g_array_append_val (o->cells, p);
    }
  else if (o->cell.rows_spanned > 1 || o->cell.cols_spanned > 1)
    {
      Pending p = o->cell;   /* an empty merged range still is one */

      p.text = NULL;
      g_array_append_val (o->cells, p);
    }
  o->col = (guint) MIN ((guint64) o->col + o->cell.repeat, (guint64) JX_SHEET_MAX_COLS);
}

static gboolean
read_text_node (Ods     *o,
                GError **error)
{
  JxSheetXml *xml = o->xml;
  const char *t;

  if (_jx_sheet_xml_is_start (xml, "annotation"))
    {
      if (!_jx_sheet_xml_is_empty (xml))
        o->in_note++;
    }
  else if (_jx_sheet_xml_is_end (xml, "annotation"))
    o->in_note = o->in_note > 0 ? o->in_note - 1 : 0;
  else if (o->in_note > 0)
    return TRUE;
  else if (_jx_sheet_xml_is_start (xml, "p") || _jx_sheet_xml_is_start (xml, "h"))
    {
      if (o->paragraphs++ > 0 && !_jx_sheet_xml_append (xml, o->text, "\n", error))
        return FALSE;
      if (!_jx_sheet_xml_is_empty (xml))
        o->in_p++;
    }
  else if (_jx_sheet_xml_is_end (xml, "p") || _jx_sheet_xml_is_end (xml, "h"))
    o->in_p = o->in_p > 0 ? o->in_p - 1 : 0;
  else if (o->in_p == 0)
    return TRUE;
  else if (_jx_sheet_xml_is_start (xml, "s"))
    {
      guint n = attr_uint (xml, "c", 1, MAX_SPACES);
      g_autofree char *spaces = g_strnfill (n, ' ');

      return _jx_sheet_xml_append (xml, o->text, spaces, error);
    }
  else if (_jx_sheet_xml_is_start (xml, "tab"))
    return _jx_sheet_xml_append (xml, o->text, "\t", error);
  else if (_jx_sheet_xml_is_start (xml, "line-break"))
    return _jx_sheet_xml_append (xml, o->text, "\n", error);
  else if ((t = _jx_sheet_xml_text (xml)) != NULL)
    return _jx_sheet_xml_append (xml, o->text, t, error);
  return TRUE;
}

static gboolean
read_node (Ods     *o,
           GError **error)
{
  JxSheetXml *xml = o->xml;

  if (o->in_cell)
    {
      if (_jx_sheet_xml_is_end (xml, "table-cell") || _jx_sheet_xml_is_end (xml, "covered-table-cell"))
        {
          o->in_cell = FALSE;
          end_cell (o);
          return TRUE;
        }
      return read_text_node (o, error);
    }
  if (o->skipping)
    {
      if (_jx_sheet_xml_is_end (xml, "table"))
        o->skipping = FALSE;
      return TRUE;
    }
  if (_jx_sheet_xml_is_start (xml, "style"))
    {
      g_autofree char *family = _jx_sheet_xml_attr (xml, "family");

      g_clear_pointer (&o->style, g_free);
      if (g_strcmp0 (family, "table") == 0)
        o->style = _jx_sheet_xml_attr (xml, "name");
    }
  else if (_jx_sheet_xml_is_start (xml, "table-properties") && o->style != NULL)
    {
      g_autofree char *display = _jx_sheet_xml_attr (xml, "display");

      if (g_strcmp0 (display, "false") == 0)
        g_hash_table_add (o->hidden, g_strdup (o->style));
    }
  else if (_jx_sheet_xml_is_start (xml, "table") && o->table == NULL)
    {
      g_autofree char *name = _jx_sheet_xml_attr (xml, "name");
      g_autofree char *style = _jx_sheet_xml_attr (xml, "style-name");

      if (_jx_sheet_xml_is_empty (xml))
        return TRUE;
      /* A hidden sheet holds the lists behind drop-downs, not the table. */
      if (o->tables->len >= JX_SHEET_MAX_SHEETS || (style != NULL && g_hash_table_contains (o->hidden, style)))
        {
          o->skipping = TRUE;
          return TRUE;
        }
      o->table = jx_sheet_table_new (0, 0);
      jx_sheet_table_set_name (o->table, name);
      g_ptr_array_add (o->tables, o->table);
      o->row = 0;
    }
  else if (_jx_sheet_xml_is_end (xml, "table") && o->table != NULL)
    {
      _jx_sheet_budget_add (o->budget, o->table);
      o->table = NULL;
    }
  else if (o->table == NULL)
    return TRUE;
  else if (_jx_sheet_xml_is_start (xml, "table-row"))
    {
      o->row_repeat = attr_uint (xml, "number-rows-repeated", 1, JX_SHEET_MAX_ROWS);
      o->col = 0;
      g_array_set_size (o->cells, 0);
      if (_jx_sheet_xml_is_empty (xml))
        o->row = (guint) MIN ((guint64) o->row + o->row_repeat, (guint64) JX_SHEET_MAX_ROWS);
    }
  else if (_jx_sheet_xml_is_end (xml, "table-row"))
    {
      if (o->cells->len > 0 && !place_row (o->table, o->cells, o->row, o->row_repeat, o->budget, error))
        return FALSE;
      g_array_set_size (o->cells, 0);
      o->row = (guint) MIN ((guint64) o->row + o->row_repeat, (guint64) JX_SHEET_MAX_ROWS);
    }
  else if (_jx_sheet_xml_is_start (xml, "table-cell") || _jx_sheet_xml_is_start (xml, "covered-table-cell"))
    {
      start_cell (o);
      if (_jx_sheet_xml_is_start (xml, "covered-table-cell"))
        o->cell.rows_spanned = o->cell.cols_spanned = 1;
      if (_jx_sheet_xml_is_empty (xml))
        end_cell (o);
      else
        o->in_cell = TRUE;
    }
  return TRUE;
}

static gboolean
is_encrypted (GsfInfile     *zip,
              JxSheetBudget *budget,
              GError       **error)
{
  g_autoptr(GBytes) manifest = _jx_sheet_zip_read_small (zip, "META-INF/manifest.xml", 4u << 20, budget, error);

  return manifest != NULL && strstr (g_bytes_get_data (manifest, NULL), "encryption-data") != NULL;
}

GPtrArray *
_jx_sheet_read_ods (GsfInfile     *zip,
                    JxSheetBudget *budget,
                    GError       **error)
{
  g_autoptr(GPtrArray) tables = g_ptr_array_new_with_free_func ((GDestroyNotify) jx_sheet_table_free);
  g_autoptr(GArray) cells = g_array_new (FALSE, FALSE, sizeof (Pending));
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GHashTable) hidden = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  Ods o = { 0 };
  int r;

  g_array_set_clear_func (cells, pending_clear);
  if (is_encrypted (zip, budget, &local_error))
    {
      g_set_error (error, JX_SHEET_ERROR, JX_SHEET_ERROR_ENCRYPTED,
                   _("“%s” is protected by a password, so Jixiao cannot read it. "
                     "Open it in the spreadsheet program, save a copy without the password, "
                     "and import the copy."),
                   budget->name);
      return NULL;
    }
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }
  o.xml = _jx_sheet_xml_open (zip, "content.xml", budget, error);
  if (o.xml == NULL)
    {
      if (error != NULL && *error == NULL)
        _jx_sheet_set_damaged (error, budget->name, "content.xml");
      return NULL;
    }
  o.budget = budget;
  o.tables = tables;
  o.cells = cells;
  o.text = text;
  o.hidden = hidden;
  while ((r = _jx_sheet_xml_next (o.xml, error)) == 1)
    if (!read_node (&o, error))
      {
        r = -1;
        break;
      }
  _jx_sheet_xml_free (o.xml);
  g_free (o.style);
  if (r < 0)
    return NULL;
  return g_steal_pointer (&tables);
}
