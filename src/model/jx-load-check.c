/* SPDX-License-Identifier: GPL-3.0-or-later */
/* jx-load-check.c: the message of a file that does not load. */
#define G_LOG_DOMAIN "jx-load"

#include "config.h"

#include <glib/gi18n.h>

#include "jx-json-reader.h"
#include "jx-load.h"
#include "jx-load-private.h"

/* The walk stops at the first problem it meets, in the order of the text. The message names
 * the one a clerk should fix first, as it always has: bytes that are not UTF-8 anywhere; then
 * nesting, text after the end and numbers too large, in the order of the text; then any
 * other JSON syntax error and duplicate members; then a root that is not a Jixiao document
 * (no "format": "jixiao", a newer "version"); then what the walk found. Only a file that
 * does not load pays for this second look. */

/* ---- encoding, nesting, text after the end, numbers too large: as always ---- */

static void
line_column (const char *data,
             const char *at,
             guint      *line,
             guint      *column)
{
  const char *p;

  *line = 1;
  *column = 1;
  for (p = data; p < at; p++)
    {
      if (*p == '\n')
        {
          (*line)++;
          *column = 1;
        }
      else if (((guchar) *p & 0xC0) != 0x80)
        (*column)++;
    }
}

/* The bytes from `at` to the end begin a UTF-8 character that the end cuts short. */
static gboolean
cut_in_character (const char *at,
                  const char *end)
{
  guchar lead = (guchar) *at;
  gsize need, i;

  if (lead >= 0xC2 && lead <= 0xDF)
    need = 2;
  else if (lead >= 0xE0 && lead <= 0xEF)
    need = 3;
  else if (lead >= 0xF0 && lead <= 0xF4)
    need = 4;
  else
    return FALSE;
  if ((gsize) (end - at) >= need)
    return FALSE;
  for (i = 1; at + i < end; i++)
    if (((guchar) at[i] & 0xC0) != 0x80)
      return FALSE;
  return TRUE;
}

static gboolean
check_text (const char *data,
            gsize       length,
            const char *name,
            GError    **error)
{
  const char *end = NULL;
  gboolean in_string = FALSE;
  gboolean ended = FALSE;
  int depth = 0;
  gsize i;
  guint line, column;

  if (!g_utf8_validate (data, length, &end))
    {
      line_column (data, end, &line, &column);
      if (cut_in_character (end, data + length))
        {
          /* Not the encoding's fault: the last character lost its last bytes. */
          g_set_error (error, JX_LOAD_ERROR, JX_LOAD_ERROR_SYNTAX,
                       _("%s:%u:%u: the file is cut off at line %u; perhaps it was not saved completely"),
                       name, line, column, line);
          return FALSE;
        }
      g_set_error (error, JX_LOAD_ERROR, JX_LOAD_ERROR_ENCODING,
                   _("%s:%u:%u: the file is not UTF-8 text (invalid byte 0x%02X); save it as UTF-8"),
                   name, line, column, end < data + length ? (guchar) *end : 0);
      return FALSE;
    }

  for (i = 0; i < length; i++)
    {
      char c = data[i];

      if (in_string)
        {
          if (c == '\\')
            i++;
          else if (c == '"')
            in_string = FALSE;
          continue;
        }
      if (ended && !g_ascii_isspace (c))
        {
          /* Two documents in one file: which one would be the clerk's? */
          line_column (data, data + i, &line, &column);
          g_set_error (error, JX_LOAD_ERROR, JX_LOAD_ERROR_SYNTAX,
                       _("%s:%u:%u: there is more text after the end of the document"),
                       name, line, column);
          return FALSE;
        }
      if (g_ascii_isdigit (c) && (i == 0 || !g_ascii_isalnum (data[i - 1])))
        {
          /* No value of a document needs more than 18 digits: a whole number always fits
           * 64 bits (the reader refuses the same numbers). */
          gboolean hex = c == '0' && i + 1 < length && (data[i + 1] == 'x' || data[i + 1] == 'X');
          gsize start = hex ? i + 2 : i;
          gsize j = start;
          gsize significant = 0;

          while (j < length && (hex ? g_ascii_isxdigit (data[j]) : g_ascii_isdigit (data[j])))
            {
              if (significant > 0 || data[j] != '0')
                significant++;
              j++;
            }
          if (!hex && j < length && (data[j] == '.' || data[j] == 'e' || data[j] == 'E'))
            significant = 0;   /* a decimal number: read as a double, never wraps */
          if (significant > (hex ? 15u : 18u))
            {
              line_column (data, data + i, &line, &column);
              g_set_error (error, JX_LOAD_ERROR, JX_LOAD_ERROR_INVALID,
                           _("%s:%u:%u: the number %.*s is too large"),
                           name, line, column, (int) MIN (j - i, 40), data + i);
              return FALSE;
            }
          i = j - 1;
          continue;
        }
      if (c == '"')
        in_string = TRUE;
      else if (c == '{' || c == '[')
        {
          if (++depth > JX_LOAD_MAX_DEPTH)
            {
              line_column (data, data + i, &line, &column);
              g_set_error (error, JX_LOAD_ERROR, JX_LOAD_ERROR_SYNTAX,
                           _("%s:%u:%u: nested more than %d levels deep; this is not a Jixiao document"),
                           name, line, column, JX_LOAD_MAX_DEPTH);
              return FALSE;
            }
        }
      else if (c == '}' || c == ']')
        ended = --depth == 0;
    }
  return TRUE;
}

/* ---- the whole text, strictly: syntax, duplicate members, the root's "format" and "version" ---- */

typedef struct {
  JxJsonKind root;        /* JX_JSON_NONE when the text is only white space */
  char      *format;      /* the root's "format" when it is a text */
  gboolean   has_version; /* the root's "version" is a number … */
  double     version;     /* … this one */
  char      *duplicate;   /* the first member that appears twice, named after any syntax error */
  JxJsonPos  duplicate_pos;
} JxJsonRootInfo;

static gboolean
check_value (JxJsonReader   *reader,
             JxJsonRootInfo *all,
             JxJsonRootInfo *info)
{
  JxJsonKind kind = jx_json_reader_peek (reader);
  JxJsonNumber number;
  gboolean first = TRUE;
  gsize length;

  switch (kind)
    {
    case JX_JSON_OBJECT:
      {
        g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
        const char *key;

        if (!jx_json_reader_enter (reader))
          return FALSE;
        while (jx_json_reader_next_member (reader, &first, &key, &length))
          {
            JxJsonPos pos = reader->value;
            char *name = g_strndup (key, length);
            gboolean is_format = info != NULL && g_str_equal (name, "format");
            gboolean is_version = info != NULL && g_str_equal (name, "version");

            if (!g_hash_table_contains (seen, name))
              g_hash_table_add (seen, name);
            else if (all->duplicate == NULL)
              {
                all->duplicate = name;
                all->duplicate_pos = pos;
              }
            else
              g_free (name);
            if (is_format && jx_json_reader_peek (reader) == JX_JSON_STRING)
              {
                const char *text = jx_json_reader_read_string (reader, &length);

                if (text == NULL)
                  return FALSE;
                g_free (info->format);
                info->format = g_strndup (text, length);
                continue;
              }
            if (is_version && jx_json_reader_peek (reader) == JX_JSON_NUMBER)
              {
                if (!jx_json_reader_read_number (reader, &number))
                  return FALSE;
                info->has_version = TRUE;
                info->version = jx_json_number_to_double (&number);
                continue;
              }
            if (!check_value (reader, all, NULL))
              return FALSE;
          }
        return reader->error == NULL;
      }
    case JX_JSON_ARRAY:
      if (!jx_json_reader_enter (reader))
        return FALSE;
      while (jx_json_reader_next_element (reader, &first))
        if (!check_value (reader, all, NULL))
          return FALSE;
      return reader->error == NULL;
    case JX_JSON_STRING:
      return jx_json_reader_read_string (reader, &length) != NULL;
    case JX_JSON_NUMBER:
      return jx_json_reader_read_number (reader, &number);
    case JX_JSON_TRUE:
    case JX_JSON_FALSE:
    case JX_JSON_NULL:
      jx_json_reader_read_literal (reader);
      return TRUE;
    case JX_JSON_NONE:
    default:
      return FALSE;
    }
}

static gboolean
check_text_strictly (JxJsonReader   *reader,
                     JxJsonRootInfo *info)
{
  memset (info, 0, sizeof *info);
  if (jx_json_reader_at_end (reader))
    return TRUE;   /* only white space: no root, not a syntax error */
  info->root = jx_json_reader_peek (reader);
  /* "format" and "version" of the root object only */
  if (!check_value (reader, info, info->root == JX_JSON_OBJECT ? info : NULL) || !jx_json_reader_finish (reader))
    return FALSE;
  if (info->duplicate != NULL)
    {
      jx_json_reader_fail_duplicate (reader, &info->duplicate_pos, info->duplicate);
      return FALSE;
    }
  return TRUE;
}

static void
root_info_clear (JxJsonRootInfo *info)
{
  g_clear_pointer (&info->format, g_free);
  g_clear_pointer (&info->duplicate, g_free);
}

/* ---- the message ---- */

void
_jx_load_explain_failure (const char *data,
                          gsize       length,
                          const char *name,
                          GError    **walk_error,
                          GError    **error)
{
  JxJsonReader check;
  JxJsonRootInfo info;

  if (!check_text (data, length, name, error))
    return;

  jx_json_reader_init (&check, data, length, name);
  if (!check_text_strictly (&check, &info))
    {
      g_propagate_error (error, g_steal_pointer (&check.error));
      jx_json_reader_clear (&check);
      root_info_clear (&info);
      return;
    }
  jx_json_reader_clear (&check);

  if (info.root != JX_JSON_OBJECT)
    g_set_error (error, JX_LOAD_ERROR, JX_LOAD_ERROR_INVALID,
                 _("%s: not a Jixiao document (expected a JSON object)"), name);
  else if (info.format == NULL || !g_str_equal (info.format, "jixiao"))
    g_set_error (error, JX_LOAD_ERROR, JX_LOAD_ERROR_INVALID,
                 _("%s: not a Jixiao document (no \"format\": \"jixiao\")"), name);
  else if (info.has_version && info.version > JX_FORMAT_VERSION)
    g_set_error (error, JX_LOAD_ERROR, JX_LOAD_ERROR_VERSION,
                 _("%s: written by a newer Jixiao (format version %.0f); this version reads version %d. Please update Jixiao."),
                 name, info.version, JX_FORMAT_VERSION);
  else if (*walk_error != NULL)
    g_propagate_error (error, g_steal_pointer (walk_error));
  else
    g_set_error (error, JX_LOAD_ERROR, JX_LOAD_ERROR_INVALID,
                 _("%s: not a Jixiao document (expected a JSON object)"), name);
  root_info_clear (&info);
}
