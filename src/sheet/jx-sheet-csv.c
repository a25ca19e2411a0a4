/* SPDX-License-Identifier: GPL-3.0-or-later */
/* jx-sheet-csv.c: .csv and .tsv files. The encoding: a BOM (UTF-8, UTF-16), else UTF-8 if
 * the bytes are UTF-8, else GB18030 (what WPS and Excel in a Chinese locale write; GBK is a
 * part of it). The delimiter: the one of comma, tab, semicolon and bar that cuts the first
 * records into the same number of fields. Fields in double quotes may hold the delimiter,
 * newlines and doubled quotes (RFC 4180); a quote inside an unquoted field is a character.
 * There are no types in a text file: a field that is exactly a number ("3000", "-1.5",
 * "1,628.50", "95%") is a number, as a spreadsheet program opening the file makes it. */
#define G_LOG_DOMAIN "jx-sheet"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "jx-sheet-error.h"
#include "jx-sheet-read-private.h"

#define SNIFF_RECORDS 50
#define SNIFF_BYTES   (64 * 1024)

static const char DELIMITERS[] = { ',', '\t', ';', '|' };

typedef struct {
  const char *p;
  const char *end;
  char        delimiter;
  GString    *field;
} Csv;

/* The next record's fields into `fields` (char *, owned); FALSE at the end of the text. */
static gboolean
next_record (Csv       *csv,
             GPtrArray *fields)
{
  const char *p = csv->p;
  const char *end = csv->end;

  g_ptr_array_set_size (fields, 0);
  if (p >= end)
    return FALSE;
  for (;;)
    {
      g_string_truncate (csv->field, 0);
      if (*p == '"')
        {
          const char *start = ++p;

          for (;;)
            {
              const char *quote = memchr (p, '"', (gsize) (end - p));

              if (quote == NULL)
                {
                  /* Never closed: the rest of the text is the field. */
                  g_string_append_len (csv->field, start, end - start);
                  p = end;
                  break;
                }
              g_string_append_len (csv->field, start, quote - start);
              if (quote + 1 < end && quote[1] == '"')
                {
                  g_string_append_c (csv->field, '"');
                  p = start = quote + 2;
                  continue;
                }
              p = quote + 1;
              break;
            }
        }
      while (p < end && *p != csv->delimiter && *p != '\n' && *p != '\r')
        g_string_append_c (csv->field, *p++);
      g_ptr_array_add (fields, g_strndup (csv->field->str, csv->field->len));
      if (p >= end)
        break;
      if (*p == csv->delimiter)
        {
          p++;
          if (p >= end)
            {
              g_ptr_array_add (fields, g_strdup (""));
              break;
            }
          continue;
        }
      if (*p == '\r' && p + 1 < end && p[1] == '\n')
        p++;
      p++;
      break;
    }
  csv->p = p;
  return TRUE;
}

/* How well `delimiter` cuts the start of the text: the number of records with the most
 * common field count, that count being more than 1 (0 if it is 1). */
static guint
delimiter_score (const char *text,
                 gsize       size,
                 char        delimiter,
                 guint      *n_fields)
{
  g_autoptr(GString) field = g_string_new (NULL);
  g_autoptr(GPtrArray) fields = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GHashTable) counts = g_hash_table_new (NULL, NULL);
  Csv csv = { text, text + MIN (size, SNIFF_BYTES), delimiter, field };
  guint records = 0, best = 0, best_n = 0;
  GHashTableIter iter;
  gpointer key, value;

  while (records < SNIFF_RECORDS && next_record (&csv, fields))
    {
      guint n = fields->len;

      records++;
      if (n == 1 && *(const char *) g_ptr_array_index (fields, 0) == '\0')
        continue;   /* a blank line says nothing */
      g_hash_table_insert (counts, GUINT_TO_POINTER (n),
                           GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (counts, GUINT_TO_POINTER (n))) + 1));
    }
  g_hash_table_iter_init (&iter, counts);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      guint n = GPOINTER_TO_UINT (key), count = GPOINTER_TO_UINT (value);

      if (n > 1 && (count > best || (count == best && n > best_n)))
        {
          best = count;
          best_n = n;
        }
    }
  *n_fields = best_n;
  return best;
}

static char
sniff_delimiter (const char *text,
                 gsize       size)
{
  char best = ',';
  guint best_score = 0, best_fields = 0;
  guint i;

  for (i = 0; i < G_N_ELEMENTS (DELIMITERS); i++)
    {
      guint n_fields;
      guint score = delimiter_score (text, size, DELIMITERS[i], &n_fields);

      if (score > best_score || (score == best_score && score > 0 && n_fields > best_fields))
        {
          best = DELIMITERS[i];
          best_score = score;
          best_fields = n_fields;
        }
    }
  return best;
}

/* A field that is exactly a number: optional sign, digits (in groups of three with commas,
 * or not), an optional fraction, an optional %. Spaces around it are allowed. */
static gboolean
parse_number (const char *text,
              double     *value,
              gboolean   *percent)
{
  g_autofree char *plain = NULL;
  g_autoptr(GString) digits = g_string_new (NULL);
  const char *p;
  gsize n;
  guint int_digits = 0, group = 0;
  gboolean grouped = FALSE;
  char *end;

  plain = g_strstrip (g_strdup (text));
  n = strlen (plain);
  *percent = n > 0 && plain[n - 1] == '%';
  if (*percent)
    plain[--n] = '\0';
  p = plain;
  if (*p == '-' || *p == '+')
    g_string_append_c (digits, *p++);
  for (; g_ascii_isdigit (*p) || *p == ','; p++)
    {
      if (*p == ',')
        {
          if (int_digits == 0 || (grouped && group != 3) || (!grouped && group > 3))
            return FALSE;
          grouped = TRUE;
          group = 0;
          continue;
        }
      g_string_append_c (digits, *p);
      int_digits++;
      group++;
    }
  if (grouped && group != 3)
    return FALSE;
  if (*p == '.')
    {
      g_string_append_c (digits, *p++);
      if (!g_ascii_isdigit (*p))
        return FALSE;
      while (g_ascii_isdigit (*p))
        g_string_append_c (digits, *p++);
    }
  else if (int_digits == 0)
    return FALSE;
  if (*p != '\0' || digits->len > 40)
    return FALSE;
  *value = g_ascii_strtod (digits->str, &end);
  if (*end != '\0')
    return FALSE;
  if (*percent)
    *value /= 100;
  return TRUE;
}

/* The text as UTF-8 (a new string), or NULL if the bytes are not text. */
static char *
decode (const char *data,
        gsize       size,
        gsize      *out_size)
{
  const guchar *u = (const guchar *) data;
  g_autofree char *text = NULL;
  gsize length = 0;
  gsize i, controls = 0;

  if (size >= 3 && u[0] == 0xef && u[1] == 0xbb && u[2] == 0xbf)
    {
      if (!g_utf8_validate_len (data + 3, size - 3, NULL))
        return NULL;
      text = g_strndup (data + 3, size - 3);
      length = size - 3;
    }
  else if (size >= 2 && ((u[0] == 0xff && u[1] == 0xfe) || (u[0] == 0xfe && u[1] == 0xff)))
    {
      text = g_convert (data + 2, (gssize) (size - 2) & ~(gssize) 1, "UTF-8",
                        u[0] == 0xff ? "UTF-16LE" : "UTF-16BE", NULL, &length, NULL);
    }
  else if (g_utf8_validate_len (data, size, NULL))
    {
      text = g_strndup (data, size);
      length = size;
    }
  else
    text = g_convert (data, (gssize) size, "UTF-8", "GB18030", NULL, &length, NULL);
  if (text == NULL)
    return NULL;
  /* Binary that happens to decode: a NUL, or more than a few control characters. */
  if (strlen (text) != length)
    return NULL;
  for (i = 0; i < length && i < SNIFF_BYTES; i++)
    if (((guchar) text[i] < 0x20 && text[i] != '\t' && text[i] != '\n' && text[i] != '\r')
        || text[i] == 0x7f)
      controls++;
  if (controls > 8)
    return NULL;
  *out_size = length;
  return g_steal_pointer (&text);
}

GPtrArray *
_jx_sheet_read_csv (const char    *data,
                    gsize          size,
                    const char    *sheet_name,
                    JxSheetBudget *budget,
                    GError       **error)
{
  g_autoptr(GPtrArray) tables = g_ptr_array_new_with_free_func ((GDestroyNotify) jx_sheet_table_free);
  g_autoptr(JxSheetTable) table = jx_sheet_table_new (0, 0);
  g_autoptr(GString) field = g_string_new (NULL);
  g_autoptr(GPtrArray) fields = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *text = NULL;
  gsize length = 0;
  guint row = 0;
  Csv csv;

  text = decode (data, size, &length);
  if (text == NULL)
    {
      _jx_sheet_set_not_a_sheet (error, budget->name);
      return NULL;
    }
  csv.p = text;
  csv.end = text + length;
  csv.delimiter = sniff_delimiter (text, length);
  csv.field = field;
  jx_sheet_table_set_name (table, sheet_name);
  while (next_record (&csv, fields))
    {
      guint col;

      if (row >= JX_SHEET_MAX_ROWS || fields->len > JX_SHEET_MAX_COLS)
        {
          g_set_error (error, JX_SHEET_ERROR, JX_SHEET_ERROR_TOO_LARGE,
                       _("“%s” has more than %u rows or %u columns, more than a spreadsheet can have."),
                       budget->name, JX_SHEET_MAX_ROWS, JX_SHEET_MAX_COLS);
          return NULL;
        }
      for (col = 0; col < fields->len; col++)
        {
          const char *cell = g_ptr_array_index (fields, col);
          gboolean percent;
          double value;

          if (*cell == '\0')
            continue;
          if (parse_number (cell, &value, &percent))
            {
              if (percent)
                jx_sheet_table_set_percent (table, row, col, value);
              else
                jx_sheet_table_set_number (table, row, col, value, cell);
            }
          else
            jx_sheet_table_set (table, row, col, cell);
        }
      if (!_jx_sheet_budget_check (budget, table, error))
        return NULL;
      row++;
    }
  _jx_sheet_budget_add (budget, table);
  g_ptr_array_add (tables, g_steal_pointer (&table));
  return g_steal_pointer (&tables);
}
