/* SPDX-License-Identifier: GPL-3.0-or-later */
/* jx-sheet-xls.c: .xls workbooks (BIFF5 and BIFF8, Excel 95 to 2003 and what WPS and the
 * 一体化 systems still export) read with libfreexl.
 *
 * Before libfreexl sees the file, the Workbook stream is walked record by record: a FILEPASS
 * record means the file is encrypted (refused as such); the DIMENSIONS records say how big
 * the grids libfreexl will allocate are (refused past a bound, so a forged size cannot take
 * the memory); BOUNDSHEET says which sheets are hidden; MERGEDCELLS gives the merged ranges,
 * which libfreexl does not read; FORMULA (and STRING) records give the values the writer
 * saved for its formulas, which libfreexl leaves out; FORMAT, XF and the cell records' XF
 * index say which numbers are shown as percentages (libfreexl has no formats). libfreexl
 * then gives the cells. */
#define G_LOG_DOMAIN "jx-sheet"

#include "config.h"

#include <string.h>

#include <freexl.h>
#include <glib/gi18n.h>

#include "jx-sheet-error.h"
#include "jx-sheet-read-private.h"

/* The cells of the grids libfreexl allocates (16 bytes each), all sheets. */
#define MAX_GRID_CELLS (8u * 1000 * 1000)

#define REC_BOF         0x0809
#define REC_EOF         0x000a
#define REC_FILEPASS    0x002f
#define REC_BOUNDSHEET  0x0085
#define REC_DIMENSIONS  0x0200
#define REC_MERGEDCELLS 0x00e5
#define REC_FORMULA     0x0006
#define REC_STRING      0x0207
#define REC_FORMAT      0x041e
#define REC_XF          0x00e0
#define REC_NUMBER      0x0203
#define REC_RK          0x027e
#define REC_MULRK       0x00bd

typedef struct {
  guint16 row, col;
  gboolean number;
  double   value;
  char    *text;
} Formula;

typedef struct {
  guint32  offset;    /* of its BOF in the Workbook stream */
  char    *name;
  gboolean hidden;
  GArray  *merges;    /* JxSheetMerge */
  GArray  *formulas;  /* Formula */
  GHashTable *percent; /* row << 16 | col, + 1: the number cells shown as a percentage */
} Sheet;

typedef struct {
  GPtrArray *sheets;  /* Sheet */
  gboolean   encrypted;
  guint64    grid_cells;
  guint64    n_formulas;
  GHashTable *percent_formats;   /* format index that shows a percentage */
  GArray     *xf_percent;        /* gboolean per XF record */
  guint64    n_percent;
} Scan;

static void
formula_clear (gpointer data)
{
  g_free (((Formula *) data)->text);
}

static void
sheet_free (gpointer data)
{
  Sheet *sheet = data;

  g_free (sheet->name);
  g_array_unref (sheet->merges);
  g_array_unref (sheet->formulas);
  g_hash_table_unref (sheet->percent);
  g_free (sheet);
}

static guint16
u16 (const guchar *p)
{
  return (guint16) (p[0] | (p[1] << 8));
}

static guint32
u32 (const guchar *p)
{
  return (guint32) p[0] | ((guint32) p[1] << 8) | ((guint32) p[2] << 16) | ((guint32) p[3] << 24);
}

/* A BOUNDSHEET name: BIFF8 has a flag byte for 8- or 16-bit characters, BIFF5 bytes only. */
static char *
sheet_name (const guchar *data,
            gsize         size,
            gboolean      biff8)
{
  guint n;

  if (size < 1)
    return NULL;
  n = data[0];
  if (!biff8)
    return size >= 1 + n ? g_convert ((const char *) data + 1, n, "UTF-8", "CP936", NULL, NULL, NULL) : NULL;
  if (size < 2)
    return NULL;
  if (data[1] & 1)
    return size >= 2 + 2 * (gsize) n ? g_convert ((const char *) data + 2, 2 * (gssize) n, "UTF-8", "UTF-16LE", NULL, NULL, NULL) : NULL;
  return size >= 2 + n ? g_convert ((const char *) data + 2, n, "UTF-8", "ISO-8859-1", NULL, NULL, NULL) : NULL;
}

static const char *
error_text (guint code)
{
  switch (code)
    {
    case 0x00: return "#NULL!";
    case 0x07: return "#DIV/0!";
    case 0x0f: return "#VALUE!";
    case 0x17: return "#REF!";
    case 0x1d: return "#NAME?";
    case 0x24: return "#NUM!";
    case 0x2a: return "#N/A";
    default:   return "#ERROR!";
    }
}

static Sheet *
sheet_at (Scan    *scan,
          guint32  offset)
{
  guint i;

  for (i = 0; i < scan->sheets->len; i++)
    {
      Sheet *sheet = g_ptr_array_index (scan->sheets, i);

      if (sheet->offset == offset)
        return sheet;
    }
  return NULL;
}

static void
mark_percent (Scan  *scan,
              Sheet *sheet,
              guint  row,
              guint  col,
              guint  xf)
{
  if (xf < scan->xf_percent->len && g_array_index (scan->xf_percent, gboolean, xf)
      && scan->n_percent < JX_SHEET_MAX_CELLS)
    {
      g_hash_table_add (sheet->percent, GUINT_TO_POINTER (((row << 16) | col) + 1));
      scan->n_percent++;
    }
}

static void
scan_workbook (const guchar *data,
               gsize         size,
               Scan         *scan)
{
  gsize pos = 0;
  gboolean biff8 = TRUE;
  Sheet *current = NULL;

  while (pos + 4 <= size)
    {
      guint16 type = u16 (data + pos);
      gsize len = u16 (data + pos + 2);
      const guchar *body = data + pos + 4;

      if (pos + 4 + len > size)
        break;
      switch (type)
        {
        case REC_BOF:
          if (len >= 2)
            biff8 = u16 (body) == 0x0600;
          current = sheet_at (scan, (guint32) pos);
          break;
        case REC_FILEPASS:
          scan->encrypted = TRUE;
          break;
        case REC_BOUNDSHEET:
          if (len >= 8 && scan->sheets->len < JX_SHEET_MAX_SHEETS)
            {
              Sheet *sheet = g_new0 (Sheet, 1);

              sheet->offset = u32 (body);
              sheet->hidden = (body[4] & 0x03) != 0;
              sheet->name = sheet_name (body + 6, len - 6, biff8);
              sheet->merges = g_array_new (FALSE, FALSE, sizeof (JxSheetMerge));
              sheet->formulas = g_array_new (FALSE, TRUE, sizeof (Formula));
              g_array_set_clear_func (sheet->formulas, formula_clear);
              sheet->percent = g_hash_table_new (NULL, NULL);
              g_ptr_array_add (scan->sheets, sheet);
            }
          break;
        case REC_DIMENSIONS:
          if (biff8 && len >= 14)
            scan->grid_cells += (guint64) u32 (body + 4) * u16 (body + 10);
          else if (len >= 10)
            scan->grid_cells += (guint64) u16 (body + 2) * u16 (body + 6);
          break;
        case REC_MERGEDCELLS:
          if (current != NULL && len >= 2)
            {
              guint n = u16 (body), i;

              for (i = 0; i < n && 2 + 8 * (gsize) (i + 1) <= len && current->merges->len < JX_SHEET_MAX_MERGES; i++)
                {
                  const guchar *ref = body + 2 + 8 * i;
                  guint r0 = u16 (ref), r1 = u16 (ref + 2), c0 = u16 (ref + 4), c1 = u16 (ref + 6);
                  JxSheetMerge merge = { r0, c0, r1 - r0 + 1, c1 - c0 + 1 };

                  if (r1 >= r0 && c1 >= c0 && (r1 > r0 || c1 > c0))
                    g_array_append_val (current->merges, merge);
                }
            }
          break;
        case REC_FORMAT:
          if (len >= 3)
            {
              gsize n = biff8 ? (gsize) u16 (body + 2) : body[2];
              const guchar *chars = body + (biff8 ? 5 : 3);
              gsize width = biff8 && len >= 5 && (body[4] & 1) ? 2 : 1;
              gsize k;

              if (biff8 && len < 5)
                break;
              for (k = 0; k < n && chars + width * (k + 1) <= body + len; k++)
                if (chars[width * k] == '%' && (width == 1 || chars[width * k + 1] == 0))
                  {
                    g_hash_table_add (scan->percent_formats, GUINT_TO_POINTER ((guint) u16 (body)));
                    break;
                  }
            }
          break;
        case REC_XF:
          if (len >= 4 && scan->xf_percent->len < 65536)
            {
              guint ifmt = u16 (body + 2);
              gboolean percent = ifmt == 9 || ifmt == 10
                                 || g_hash_table_contains (scan->percent_formats, GUINT_TO_POINTER (ifmt));

              g_array_append_val (scan->xf_percent, percent);
            }
          break;
        case REC_NUMBER:
        case REC_RK:
          if (current != NULL && len >= 6)
            mark_percent (scan, current, u16 (body), u16 (body + 2), u16 (body + 4));
          break;
        case REC_MULRK:
          if (current != NULL && len >= 6)
            {
              guint row = u16 (body), first = u16 (body + 2), k;

              for (k = 0; 4 + 6 * (gsize) (k + 1) <= len; k++)
                mark_percent (scan, current, row, first + k, u16 (body + 4 + 6 * k));
            }
          break;
        case REC_FORMULA:
          if (current != NULL && len >= 6)
            mark_percent (scan, current, u16 (body), u16 (body + 2), u16 (body + 4));
          if (current != NULL && len >= 14 && scan->n_formulas < JX_SHEET_MAX_CELLS)
            {
              Formula f = { u16 (body), u16 (body + 2), FALSE, 0, NULL };
              const guchar *v = body + 6;

              if (v[6] != 0xff || v[7] != 0xff)
                {
                  guint64 bits = GUINT64_FROM_LE ((guint64) u32 (v) | ((guint64) u32 (v + 4) << 32));

                  f.number = TRUE;
                  memcpy (&f.value, &bits, sizeof f.value);   /* IEEE 754 */
                }
              else if (v[0] == 1)
                f.text = g_strdup (v[2] ? "TRUE" : "FALSE");
              else if (v[0] == 2)
                f.text = g_strdup (error_text (v[2]));
              else if (v[0] != 0)
                break;   /* an empty string */
              g_array_append_val (current->formulas, f);
              scan->n_formulas++;
            }
          break;
        case REC_STRING:
          /* The text a string formula gave: it follows its FORMULA record. */
          if (current != NULL && current->formulas->len > 0 && len >= 3)
            {
              Formula *f = &g_array_index (current->formulas, Formula, current->formulas->len - 1);
              gsize n = u16 (body);

              if (f->number || f->text != NULL)
                break;
              if (!biff8)
                f->text = len >= 2 + n ? g_convert ((const char *) body + 2, (gssize) n, "UTF-8", "CP936", NULL, NULL, NULL) : NULL;
              else if (body[2] & 1)
                f->text = len >= 3 + 2 * n ? g_convert ((const char *) body + 3, 2 * (gssize) n, "UTF-8", "UTF-16LE", NULL, NULL, NULL) : NULL;
              else
                f->text = len >= 3 + n ? g_convert ((const char *) body + 3, (gssize) n, "UTF-8", "ISO-8859-1", NULL, NULL, NULL) : NULL;
            }
          break;
        default:
          break;
        }
      pos += 4 + len;
    }
}

static Sheet *
sheet_named (Scan       *scan,
             const char *name)
{
  guint i;

  for (i = 0; i < scan->sheets->len; i++)
    {
      Sheet *sheet = g_ptr_array_index (scan->sheets, i);

      if (g_strcmp0 (sheet->name, name) == 0)
        return sheet;
    }
  return NULL;
}

static void
set_freexl_error (GError    **error,
                  const char *name,
                  int         code)
{
  g_autofree char *detail = g_strdup_printf ("libfreexl %d", code);

  _jx_sheet_set_damaged (error, name, detail);
}

static JxSheetTable *
read_worksheet (const void    *handle,
                guint          index,
                Scan          *scan,
                JxSheetBudget *budget,
                gboolean      *skip,
                GError       **error)
{
  g_autoptr(JxSheetTable) table = jx_sheet_table_new (0, 0);
  const char *name = NULL;
  unsigned int rows = 0, row;
  unsigned short cols = 0, col;
  Sheet *sheet;
  int ret;

  *skip = FALSE;
  if ((ret = freexl_select_active_worksheet (handle, (unsigned short) index)) != FREEXL_OK
      || (ret = freexl_worksheet_dimensions (handle, &rows, &cols)) != FREEXL_OK)
    {
      set_freexl_error (error, budget->name, ret);
      return NULL;
    }
  if (freexl_get_worksheet_name (handle, (unsigned short) index, &name) != FREEXL_OK)
    name = NULL;
  sheet = sheet_named (scan, name);
  if (sheet != NULL && sheet->hidden)
    {
      *skip = TRUE;
      return NULL;
    }
  jx_sheet_table_set_name (table, name);
  for (row = 0; row < rows && row < JX_SHEET_MAX_ROWS; row++)
    {
      for (col = 0; col < cols; col++)
        {
          FreeXL_CellValue cell;

          if (freexl_get_cell_value (handle, row, col, &cell) != FREEXL_OK)
            continue;
          switch (cell.type)
            {
            case FREEXL_CELL_INT:
            case FREEXL_CELL_DOUBLE:
              {
                double v = cell.type == FREEXL_CELL_INT ? cell.value.int_value : cell.value.double_value;

                if (sheet != NULL && g_hash_table_contains (sheet->percent, GUINT_TO_POINTER (((row << 16) | col) + 1)))
                  jx_sheet_table_set_percent (table, row, col, v);
                else
                  jx_sheet_table_set_number (table, row, col, v, NULL);
              }
              break;
            case FREEXL_CELL_TEXT:
            case FREEXL_CELL_SST_TEXT:
            case FREEXL_CELL_DATE:
            case FREEXL_CELL_DATETIME:
            case FREEXL_CELL_TIME:
              if (cell.value.text_value != NULL && g_utf8_validate (cell.value.text_value, -1, NULL))
                jx_sheet_table_set (table, row, col, cell.value.text_value);
              break;
            case FREEXL_CELL_NULL:
            default:
              break;
            }
        }
      if (!_jx_sheet_budget_check (budget, table, error))
        return NULL;
    }
  if (sheet != NULL)
    {
      guint i;

      for (i = 0; i < sheet->merges->len; i++)
        jx_sheet_table_add_merge (table, &g_array_index (sheet->merges, JxSheetMerge, i));
      for (i = 0; i < sheet->formulas->len; i++)
        {
          const Formula *f = &g_array_index (sheet->formulas, Formula, i);

          if (jx_sheet_table_get (table, f->row, f->col) != NULL)
            continue;
          if (f->number && g_hash_table_contains (sheet->percent, GUINT_TO_POINTER ((((guint) f->row << 16) | f->col) + 1)))
            jx_sheet_table_set_percent (table, f->row, f->col, f->value);
          else if (f->number)
            jx_sheet_table_set_number (table, f->row, f->col, f->value, NULL);
          else
            jx_sheet_table_set (table, f->row, f->col, f->text);
        }
      if (!_jx_sheet_budget_check (budget, table, error))
        return NULL;
    }
  return g_steal_pointer (&table);
}

GPtrArray *
_jx_sheet_read_xls (const char    *path,
                    GBytes        *workbook,
                    JxSheetBudget *budget,
                    GError       **error)
{
  g_autoptr(GPtrArray) tables = g_ptr_array_new_with_free_func ((GDestroyNotify) jx_sheet_table_free);
  g_autoptr(GPtrArray) sheets = g_ptr_array_new_with_free_func (sheet_free);
  const void *handle = NULL;
  unsigned int info = 0, n_sheets = 0, i;
  g_autoptr(GHashTable) percent_formats = g_hash_table_new (NULL, NULL);
  g_autoptr(GArray) xf_percent = g_array_new (FALSE, FALSE, sizeof (gboolean));
  Scan scan = { sheets, FALSE, 0, 0, percent_formats, xf_percent, 0 };
  gsize size;
  const guchar *data = g_bytes_get_data (workbook, &size);
  int ret;

  scan_workbook (data, size, &scan);
  if (scan.encrypted)
    {
      g_set_error (error, JX_SHEET_ERROR, JX_SHEET_ERROR_ENCRYPTED,
                   _("“%s” is protected by a password, so Jixiao cannot read it. "
                     "Open it in the spreadsheet program, save a copy without the password, "
                     "and import the copy."),
                   budget->name);
      return NULL;
    }
  if (scan.grid_cells > MAX_GRID_CELLS)
    {
      g_set_error (error, JX_SHEET_ERROR, JX_SHEET_ERROR_TOO_LARGE,
                   _("“%s” has more than %u filled cells, more than an indicator table can have. "
                     "Copy the sheet with the indicators into a new file and import that."),
                   budget->name, MAX_GRID_CELLS);
      return NULL;
    }
  ret = freexl_open (path, &handle);
  if (ret == FREEXL_OK)
    ret = freexl_get_info (handle, FREEXL_BIFF_PASSWORD, &info);
  if (ret == FREEXL_OK && info != FREEXL_BIFF_PLAIN)
    {
      freexl_close (handle);
      g_set_error (error, JX_SHEET_ERROR, JX_SHEET_ERROR_ENCRYPTED,
                   _("“%s” is protected by a password, so Jixiao cannot read it. "
                     "Open it in the spreadsheet program, save a copy without the password, "
                     "and import the copy."),
                   budget->name);
      return NULL;
    }
  if (ret == FREEXL_OK)
    ret = freexl_get_info (handle, FREEXL_BIFF_SHEET_COUNT, &n_sheets);
  if (ret != FREEXL_OK)
    {
      if (handle != NULL)
        freexl_close (handle);
      if (ret == FREEXL_INSUFFICIENT_MEMORY)
        g_set_error (error, JX_SHEET_ERROR, JX_SHEET_ERROR_TOO_LARGE,
                     _("“%s” has more than %u filled cells, more than an indicator table can have. "
                       "Copy the sheet with the indicators into a new file and import that."),
                     budget->name, MAX_GRID_CELLS);
      else
        set_freexl_error (error, budget->name, ret);
      return NULL;
    }
  for (i = 0; i < n_sheets && i < JX_SHEET_MAX_SHEETS; i++)
    {
      gboolean skip;
      JxSheetTable *table = read_worksheet (handle, i, &scan, budget, &skip, error);

      if (skip)
        continue;
      if (table == NULL)
        {
          freexl_close (handle);
          return NULL;
        }
      _jx_sheet_budget_add (budget, table);
      g_ptr_array_add (tables, table);
    }
  freexl_close (handle);
  return g_steal_pointer (&tables);
}
