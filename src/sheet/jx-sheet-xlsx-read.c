/* SPDX-License-Identifier: GPL-3.0-or-later */
/* jx-sheet-xlsx-read.c: .xlsx (Office Open XML, transitional or strict) read as streams:
 * the workbook's sheets and their relationships, the shared strings (phonetic runs left
 * out), the cell formats that show a percentage, then each visible worksheet: shared and
 * inline strings, numbers, booleans, errors, the cached value of a formula (or, if the file
 * has none, a cell that lacks its value) and the merged ranges. */
#define G_LOG_DOMAIN "jx-sheet"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "jx-sheet-error.h"
#include "jx-sheet-zip-private.h"

typedef struct {
  char *name;
  char *path;
} SheetRef;

typedef struct {
  GsfInfile     *zip;
  JxSheetBudget *budget;
  GPtrArray     *strings;   /* the shared strings, char * */
  gsize          strings_bytes;
  GArray        *percent;   /* gboolean per cell format (xf) index */
} Xlsx;

static void
sheet_ref_free (gpointer data)
{
  SheetRef *ref = data;

  g_free (ref->name);
  g_free (ref->path);
  g_free (ref);
}

/* Id → target of the relationships of the member `part`. */
static GHashTable *
read_rels (Xlsx       *x,
           const char *part,
           GHashTable *types,
           GError    **error)
{
  g_autofree char *dir = g_path_get_dirname (part);
  g_autofree char *base = g_path_get_basename (part);
  g_autofree char *rels_path = g_strdup_printf ("%s/_rels/%s.rels", dir, base);
  g_autoptr(GHashTable) rels = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  JxSheetXml *xml = _jx_sheet_xml_open (x->zip, rels_path, x->budget, error);
  int r;

  if (xml == NULL)
    return error != NULL && *error != NULL ? NULL : g_steal_pointer (&rels);
  while ((r = _jx_sheet_xml_next (xml, error)) == 1)
    if (_jx_sheet_xml_is_start (xml, "Relationship"))
      {
        g_autofree char *id = _jx_sheet_xml_attr (xml, "Id");
        g_autofree char *type = _jx_sheet_xml_attr (xml, "Type");
        g_autofree char *target = _jx_sheet_xml_attr (xml, "Target");
        g_autofree char *mode = _jx_sheet_xml_attr (xml, "TargetMode");
        const char *kind;

        if (id == NULL || target == NULL || g_strcmp0 (mode, "External") == 0)
          continue;
        g_hash_table_replace (rels, g_strdup (id), _jx_sheet_zip_resolve (dir, target));
        kind = type != NULL ? strrchr (type, '/') : NULL;
        if (kind != NULL && !g_hash_table_contains (types, kind + 1))
          g_hash_table_insert (types, g_strdup (kind + 1), _jx_sheet_zip_resolve (dir, target));
      }
  _jx_sheet_xml_free (xml);
  return r < 0 ? NULL : g_steal_pointer (&rels);
}

/* The workbook's visible sheets in order, their members found through `rels`. */
static GPtrArray *
read_workbook (Xlsx       *x,
               const char *workbook,
               GHashTable *rels,
               GError    **error)
{
  g_autoptr(GPtrArray) sheets = g_ptr_array_new_with_free_func (sheet_ref_free);
  JxSheetXml *xml = _jx_sheet_xml_open (x->zip, workbook, x->budget, error);
  int r;

  if (xml == NULL)
    {
      if (error != NULL && *error == NULL)
        _jx_sheet_set_damaged (error, x->budget->name, workbook);
      return NULL;
    }
  while ((r = _jx_sheet_xml_next (xml, error)) == 1)
    if (_jx_sheet_xml_is_start (xml, "sheet"))
      {
        g_autofree char *name = _jx_sheet_xml_attr (xml, "name");
        g_autofree char *id = _jx_sheet_xml_attr (xml, "id");
        g_autofree char *state = _jx_sheet_xml_attr (xml, "state");
        const char *path = id != NULL ? g_hash_table_lookup (rels, id) : NULL;
        SheetRef *ref;

        /* Hidden sheets hold the lists behind drop-downs, not the table. */
        if (path == NULL || g_strcmp0 (state, "hidden") == 0 || g_strcmp0 (state, "veryHidden") == 0)
          continue;
        if (sheets->len >= JX_SHEET_MAX_SHEETS)
          break;
        ref = g_new0 (SheetRef, 1);
        ref->name = g_strdup (name != NULL ? name : "");
        ref->path = g_strdup (path);
        g_ptr_array_add (sheets, ref);
      }
  _jx_sheet_xml_free (xml);
  return r < 0 ? NULL : g_steal_pointer (&sheets);
}

static gboolean
read_shared_strings (Xlsx       *x,
                     const char *path,
                     GError    **error)
{
  g_autoptr(GString) text = g_string_new (NULL);
  JxSheetXml *xml;
  gboolean in_t = FALSE, in_phonetic = FALSE;
  int r;

  if (path == NULL)
    return TRUE;
  xml = _jx_sheet_xml_open (x->zip, path, x->budget, error);
  if (xml == NULL)
    return error == NULL || *error == NULL;
  while ((r = _jx_sheet_xml_next (xml, error)) == 1)
    {
      const char *t;

      if (_jx_sheet_xml_is_start (xml, "si"))
        {
          g_string_truncate (text, 0);
          if (_jx_sheet_xml_is_empty (xml))
            g_ptr_array_add (x->strings, g_strdup (""));
        }
      else if (_jx_sheet_xml_is_end (xml, "si"))
        {
          x->strings_bytes += text->len + 1;
          if (x->strings->len >= JX_SHEET_MAX_CELLS || x->strings_bytes > JX_SHEET_MAX_TEXT)
            {
              g_autofree char *size = g_format_size (JX_SHEET_MAX_TEXT);

              g_set_error (error, JX_SHEET_ERROR, JX_SHEET_ERROR_TOO_LARGE,
                           _("“%s” holds more than %s of text, more than an indicator table can have. "
                             "Copy the sheet with the indicators into a new file and import that."),
                           x->budget->name, size);
              r = -1;
              break;
            }
          g_ptr_array_add (x->strings, g_strndup (text->str, text->len));
        }
      else if (_jx_sheet_xml_is_start (xml, "rPh"))
        in_phonetic = !_jx_sheet_xml_is_empty (xml);
      else if (_jx_sheet_xml_is_end (xml, "rPh"))
        in_phonetic = FALSE;
      else if (_jx_sheet_xml_is_start (xml, "t"))
        in_t = !in_phonetic && !_jx_sheet_xml_is_empty (xml);
      else if (_jx_sheet_xml_is_end (xml, "t"))
        in_t = FALSE;
      else if (in_t && (t = _jx_sheet_xml_text (xml)) != NULL && !_jx_sheet_xml_append (xml, text, t, error))
        {
          r = -1;
          break;
        }
    }
  _jx_sheet_xml_free (xml);
  return r >= 0;
}

/* A number format shows a percentage if it has a % outside quotes, escapes and [..]. */
static gboolean
format_is_percent (const char *code)
{
  gboolean quoted = FALSE;
  int bracket = 0;
  const char *p;

  for (p = code; *p != '\0'; p++)
    {
      if (*p == '"')
        quoted = !quoted;
      else if (quoted)
        continue;
      else if (*p == '\\' && p[1] != '\0')
        p++;
      else if (*p == '[')
        bracket++;
      else if (*p == ']' && bracket > 0)
        bracket--;
      else if (*p == '%' && bracket == 0)
        return TRUE;
      else if (*p == ';')
        break;   /* the positive section decides */
    }
  return FALSE;
}

static gboolean
read_styles (Xlsx       *x,
             const char *path,
             GError    **error)
{
  g_autoptr(GHashTable) custom = g_hash_table_new (NULL, NULL);   /* numFmtId → percent */
  JxSheetXml *xml;
  gboolean in_xfs = FALSE;
  int r;

  if (path == NULL)
    return TRUE;
  xml = _jx_sheet_xml_open (x->zip, path, x->budget, error);
  if (xml == NULL)
    return error == NULL || *error == NULL;
  while ((r = _jx_sheet_xml_next (xml, error)) == 1)
    {
      if (_jx_sheet_xml_is_start (xml, "numFmt"))
        {
          g_autofree char *id = _jx_sheet_xml_attr (xml, "numFmtId");
          g_autofree char *code = _jx_sheet_xml_attr (xml, "formatCode");

          if (id != NULL && code != NULL && format_is_percent (code))
            g_hash_table_add (custom, GUINT_TO_POINTER ((guint) g_ascii_strtoull (id, NULL, 10)));
        }
      else if (_jx_sheet_xml_is_start (xml, "cellXfs"))
        in_xfs = !_jx_sheet_xml_is_empty (xml);
      else if (_jx_sheet_xml_is_end (xml, "cellXfs"))
        in_xfs = FALSE;
      else if (in_xfs && _jx_sheet_xml_is_start (xml, "xf"))
        {
          g_autofree char *id = _jx_sheet_xml_attr (xml, "numFmtId");
          guint n = id != NULL ? (guint) g_ascii_strtoull (id, NULL, 10) : 0;
          gboolean percent = n == 9 || n == 10 || g_hash_table_contains (custom, GUINT_TO_POINTER (n));

          if (x->percent->len < 65536)
            g_array_append_val (x->percent, percent);
        }
    }
  _jx_sheet_xml_free (xml);
  return r >= 0;
}

/* What one <c> element holds while it is read. */
typedef struct {
  guint    row, col;
  char    *type;
  guint    style;
  gboolean has_formula;
  gboolean has_value;
  gboolean in_v;
  gboolean in_t;
  gboolean in_phonetic;
  GString *value;
  GString *inline_text;
} CellState;

static gboolean
commit_cell (Xlsx         *x,
             JxSheetXml   *xml,
             JxSheetTable *table,
             CellState    *c,
             GError      **error)
{
  const char *type = c->type != NULL ? c->type : "n";
  const char *v = c->value->str;

  if (strcmp (type, "inlineStr") == 0)
    jx_sheet_table_set (table, c->row, c->col, c->inline_text->str);
  else if (!c->has_value || *v == '\0')
    {
      if (c->has_formula)
        jx_sheet_table_set_lacking (table, c->row, c->col);
    }
  else if (strcmp (type, "s") == 0)
    {
      char *end;
      guint64 index = g_ascii_strtoull (v, &end, 10);

      if (*end != '\0' || index >= x->strings->len)
        {
          g_autofree char *cell = jx_sheet_cell_name (c->row, c->col);
          g_autofree char *what = g_strdup_printf ("%s: shared string %s", cell, v);

          _jx_sheet_xml_set_damaged (xml, what, error);
          return FALSE;
        }
      jx_sheet_table_set (table, c->row, c->col, g_ptr_array_index (x->strings, index));
    }
  else if (strcmp (type, "b") == 0)
    jx_sheet_table_set (table, c->row, c->col, strcmp (v, "1") == 0 ? "TRUE" : "FALSE");
  else if (strcmp (type, "n") == 0)
    {
      char *end;
      double number = g_ascii_strtod (v, &end);

      if (*end != '\0' || end == v)
        jx_sheet_table_set (table, c->row, c->col, v);
      else if (c->style < x->percent->len && g_array_index (x->percent, gboolean, c->style))
        jx_sheet_table_set_percent (table, c->row, c->col, number);
      else
        jx_sheet_table_set_number (table, c->row, c->col, number, NULL);
    }
  else   /* str (a formula's text), e (an error such as #DIV/0!), d (an ISO date) */
    jx_sheet_table_set (table, c->row, c->col, v);
  return _jx_sheet_budget_check (x->budget, table, error);
}

static gboolean
add_merge (JxSheetXml   *xml,
           JxSheetTable *table,
           const char   *ref,
           GError      **error)
{
  g_auto(GStrv) ends = g_strsplit (ref, ":", 3);
  guint r0, c0, r1, c1;
  JxSheetMerge merge;

  if (g_strv_length (ends) != 2 || !_jx_sheet_parse_ref (ends[0], &r0, &c0)
      || !_jx_sheet_parse_ref (ends[1], &r1, &c1) || r1 < r0 || c1 < c0)
    {
      _jx_sheet_xml_set_damaged (xml, ref, error);
      return FALSE;
    }
  merge = (JxSheetMerge) { r0, c0, r1 - r0 + 1, c1 - c0 + 1 };
  jx_sheet_table_add_merge (table, &merge);
  return TRUE;
}

static JxSheetTable *
read_sheet (Xlsx           *x,
            const SheetRef *ref,
            GError        **error)
{
  g_autoptr(JxSheetTable) table = jx_sheet_table_new (0, 0);
  g_autoptr(GString) value = g_string_new (NULL);
  g_autoptr(GString) inline_text = g_string_new (NULL);
  JxSheetXml *xml = _jx_sheet_xml_open (x->zip, ref->path, x->budget, error);
  CellState c = { 0 };
  gboolean in_cell = FALSE;
  guint64 row = 0, next_col = 0;
  gboolean seen_row = FALSE;
  int r;

  if (xml == NULL)
    {
      if (error != NULL && *error == NULL)
        _jx_sheet_set_damaged (error, x->budget->name, ref->path);
      return NULL;
    }
  jx_sheet_table_set_name (table, ref->name);
  c.value = value;
  c.inline_text = inline_text;
  while ((r = _jx_sheet_xml_next (xml, error)) == 1)
    {
      const char *t;

      if (_jx_sheet_xml_is_start (xml, "row"))
        {
          g_autofree char *at = _jx_sheet_xml_attr (xml, "r");

          row = at != NULL ? g_ascii_strtoull (at, NULL, 10) : (seen_row ? row + 2 : 1);
          if (row == 0 || row > JX_SHEET_MAX_ROWS)
            {
              _jx_sheet_xml_set_damaged (xml, "row", error);
              r = -1;
              break;
            }
          row--;
          seen_row = TRUE;
          next_col = 0;
        }
      else if (_jx_sheet_xml_is_start (xml, "c"))
        {
          g_autofree char *at = _jx_sheet_xml_attr (xml, "r");
          g_autofree char *style = _jx_sheet_xml_attr (xml, "s");
          guint ref_row, ref_col;

          if (at != NULL && _jx_sheet_parse_ref (at, &ref_row, &ref_col))
            {
              c.row = ref_row;
              c.col = ref_col;
            }
          else if (at == NULL && next_col < JX_SHEET_MAX_COLS)
            {
              c.row = (guint) row;
              c.col = (guint) next_col;
            }
          else
            {
              _jx_sheet_xml_set_damaged (xml, at != NULL ? at : "c", error);
              r = -1;
              break;
            }
          next_col = (guint64) c.col + 1;
          g_clear_pointer (&c.type, g_free);
          c.type = _jx_sheet_xml_attr (xml, "t");
          c.style = style != NULL ? (guint) MIN (g_ascii_strtoull (style, NULL, 10), G_MAXUINT) : 0;
          c.has_formula = c.has_value = c.in_v = c.in_t = c.in_phonetic = FALSE;
          g_string_truncate (value, 0);
          g_string_truncate (inline_text, 0);
          in_cell = !_jx_sheet_xml_is_empty (xml);
        }
      else if (!in_cell)
        {
          if (_jx_sheet_xml_is_start (xml, "mergeCell"))
            {
              g_autofree char *range = _jx_sheet_xml_attr (xml, "ref");

              if (range != NULL && !add_merge (xml, table, range, error))
                {
                  r = -1;
                  break;
                }
              if (!_jx_sheet_budget_check (x->budget, table, error))
                {
                  r = -1;
                  break;
                }
            }
        }
      else if (_jx_sheet_xml_is_end (xml, "c"))
        {
          in_cell = FALSE;
          if (!commit_cell (x, xml, table, &c, error))
            {
              r = -1;
              break;
            }
        }
      else if (_jx_sheet_xml_is_start (xml, "f"))
        c.has_formula = TRUE;
      else if (_jx_sheet_xml_is_start (xml, "v"))
        {
          c.has_value = TRUE;
          c.in_v = !_jx_sheet_xml_is_empty (xml);
        }
      else if (_jx_sheet_xml_is_end (xml, "v"))
        c.in_v = FALSE;
      else if (_jx_sheet_xml_is_start (xml, "rPh"))
        c.in_phonetic = !_jx_sheet_xml_is_empty (xml);
      else if (_jx_sheet_xml_is_end (xml, "rPh"))
        c.in_phonetic = FALSE;
      else if (_jx_sheet_xml_is_start (xml, "t"))
        c.in_t = !c.in_phonetic && !_jx_sheet_xml_is_empty (xml);
      else if (_jx_sheet_xml_is_end (xml, "t"))
        c.in_t = FALSE;
      else if ((c.in_v || c.in_t) && (t = _jx_sheet_xml_text (xml)) != NULL
               && !_jx_sheet_xml_append (xml, c.in_v ? value : inline_text, t, error))
        {
          r = -1;
          break;
        }
    }
  g_clear_pointer (&c.type, g_free);
  _jx_sheet_xml_free (xml);
  if (r < 0)
    return NULL;
  return g_steal_pointer (&table);
}

GPtrArray *
_jx_sheet_read_xlsx (GsfInfile     *zip,
                     const char    *workbook,
                     JxSheetBudget *budget,
                     GError       **error)
{
  g_autoptr(GPtrArray) tables = g_ptr_array_new_with_free_func ((GDestroyNotify) jx_sheet_table_free);
  g_autoptr(GHashTable) types = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr(GHashTable) rels = NULL;
  g_autoptr(GPtrArray) sheets = NULL;
  g_autoptr(GPtrArray) strings = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GArray) percent = g_array_new (FALSE, FALSE, sizeof (gboolean));
  Xlsx x = { zip, budget, strings, 0, percent };
  guint i;

  rels = read_rels (&x, workbook, types, error);
  if (rels == NULL)
    return NULL;
  sheets = read_workbook (&x, workbook, rels, error);
  if (sheets == NULL)
    return NULL;
  if (!read_shared_strings (&x, g_hash_table_lookup (types, "sharedStrings"), error)
      || !read_styles (&x, g_hash_table_lookup (types, "styles"), error))
    return NULL;
  for (i = 0; i < sheets->len; i++)
    {
      JxSheetTable *table = read_sheet (&x, g_ptr_array_index (sheets, i), error);

      if (table == NULL)
        return NULL;
      _jx_sheet_budget_add (budget, table);
      g_ptr_array_add (tables, table);
    }
  return g_steal_pointer (&tables);
}
