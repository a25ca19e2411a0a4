/* SPDX-License-Identifier: GPL-3.0-or-later */
/* jx-json-reader.c: the strict JSON pull reader of the loader (RFC 8259): white space, line
 * and column tracking, texts with their escapes and UTF-8 checked, numbers checked against
 * the grammar, nesting limited, and the messages for what is not JSON. Texts and numbers are
 * read in jx-json-scalars.c. */
#define G_LOG_DOMAIN "jx-load"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "jx-json-reader.h"
#include "jx-json-reader-private.h"
#include "jx-load.h"

#define LITERAL_MAX 32

void
jx_json_reader_init (JxJsonReader *reader,
                     const char   *data,
                     gsize         length,
                     const char   *name)
{
  memset (reader, 0, sizeof *reader);
  reader->name = name;
  reader->p = data;
  reader->end = data + length;
  reader->line_start = data;
  reader->line = 1;
  reader->text_valid = TRUE;
  reader->buf = g_string_sized_new (256);
}

void
jx_json_reader_clear (JxJsonReader *reader)
{
  if (reader->buf != NULL)
    g_string_free (reader->buf, TRUE);
  reader->buf = NULL;
  g_clear_error (&reader->error);
}

guint
jx_json_pos_column (const JxJsonPos *pos)
{
  const char *p;
  guint column = 1;

  for (p = pos->line_start; p < pos->at; p++)
    if (((guchar) *p & 0xC0) != 0x80)
      column++;
  return column;
}

JxJsonPos
_jx_json_reader_here (JxJsonReader *reader,
      const char   *at)
{
  JxJsonPos pos = { at, reader->line_start, reader->line };

  return pos;
}

/* ---- errors ---- */

/* The first error stays; the reader stops there. */
void
_jx_json_reader_fail_syntax (JxJsonReader *reader,
             const char   *at,
             const char   *format,
             ...)
{
  JxJsonPos pos = _jx_json_reader_here (reader, at);
  g_autofree char *detail = NULL;
  g_autofree char *where = NULL;
  va_list args;

  if (reader->error != NULL)
    return;
  va_start (args, format);
  detail = g_strdup_vprintf (format, args);
  va_end (args);
  where = g_strdup_printf (":%u:%u: %s", pos.line, jx_json_pos_column (&pos), detail);
  g_set_error (&reader->error, JX_LOAD_ERROR, JX_LOAD_ERROR_SYNTAX,
               _("%s%s (the file is not valid JSON)"), reader->name, where);
  reader->p = reader->end;
}

/* The text stops before the document does: a file cut off (a copy or a save that did not
 * finish), said so to a clerk; or one with nothing in it. */
void
_jx_json_reader_fail_truncated (JxJsonReader *reader,
                const char   *at)
{
  JxJsonPos pos = _jx_json_reader_here (reader, at);

  if (reader->error != NULL)
    return;
  if (reader->depth == 0)
    g_set_error (&reader->error, JX_LOAD_ERROR, JX_LOAD_ERROR_SYNTAX,
                 _("%s: the file is empty"), reader->name);
  else
    g_set_error (&reader->error, JX_LOAD_ERROR, JX_LOAD_ERROR_SYNTAX,
                 /* Translators: the file, its line and column, and the line again. */
                 _("%s:%u:%u: the file is cut off at line %u; perhaps it was not saved completely"),
                 reader->name, pos.line, jx_json_pos_column (&pos), pos.line);
  reader->p = reader->end;
}

/* "unexpected “x”": the word or character at `at`, printable and on one line. */
void
_jx_json_reader_fail_unexpected (JxJsonReader *reader,
                 const char   *at)
{
  g_autofree char *shown = NULL;
  const char *q = at;

  if (at >= reader->end)
    {
      _jx_json_reader_fail_truncated (reader, at);
      return;
    }
  if (*q == '-')
    q++;
  while (q < reader->end && q - at < LITERAL_MAX && (g_ascii_isalnum (*q) || *q == '_'))
    q++;
  if (q > at + (*at == '-'))
    shown = g_strdup_printf ("“%.*s”", (int) (q - at), at);
  else if (g_ascii_isgraph (*at))
    shown = g_strdup_printf ("“%c”", *at);
  else
    {
      gunichar c = g_utf8_get_char_validated (at, reader->end - at);

      shown = g_strdup_printf ("U+%04X", c < 0x110000 ? c : (guchar) *at);
    }
  _jx_json_reader_fail_syntax (reader, at, _("unexpected %s"), shown);
}

void
jx_json_reader_fail_duplicate (JxJsonReader    *reader,
                               const JxJsonPos *pos,
                               const char      *key)
{
  if (reader->error != NULL)
    return;
  g_set_error (&reader->error, JX_LOAD_ERROR, JX_LOAD_ERROR_SYNTAX,
               _("%s:%u:%u: the member “%s” appears twice in the same object"),
               reader->name, pos->line, jx_json_pos_column (pos), key);
  reader->p = reader->end;
}

void
_jx_json_reader_fail_encoding (JxJsonReader *reader,
               const char   *at)
{
  JxJsonPos pos = _jx_json_reader_here (reader, at);

  if (reader->error != NULL)
    return;
  g_set_error (&reader->error, JX_LOAD_ERROR, JX_LOAD_ERROR_ENCODING,
               _("%s:%u:%u: the file is not UTF-8 text (invalid byte 0x%02X); save it as UTF-8"),
               reader->name, pos.line, jx_json_pos_column (&pos), (guchar) *at);
  reader->p = reader->end;
}

/* ---- white space and structure ---- */

static inline void
skip_space (JxJsonReader *reader)
{
  const char *p = reader->p;

  while (p < reader->end)
    {
      if (*p == '\n')
        reader->line_start = p + 1, reader->line++;
      else if (*p != ' ' && *p != '\t' && *p != '\r')
        break;
      p++;
    }
  reader->p = p;
}

static gboolean
literal_at (JxJsonReader *reader,
            const char   *word,
            gsize         length)
{
  return (gsize) (reader->end - reader->p) >= length && memcmp (reader->p, word, length) == 0;
}

JxJsonKind
jx_json_reader_peek (JxJsonReader *reader)
{
  JxJsonKind kind = JX_JSON_NONE;

  if (reader->error != NULL)
    return JX_JSON_NONE;
  skip_space (reader);
  reader->value = _jx_json_reader_here (reader, reader->p);
  if (reader->p >= reader->end)
    {
      _jx_json_reader_fail_unexpected (reader, reader->p);
      return JX_JSON_NONE;
    }
  switch (*reader->p)
    {
    case '{':
      kind = JX_JSON_OBJECT;
      break;
    case '[':
      kind = JX_JSON_ARRAY;
      break;
    case '"':
      kind = JX_JSON_STRING;
      break;
    case '-':
    case '0': case '1': case '2': case '3': case '4':
    case '5': case '6': case '7': case '8': case '9':
      kind = JX_JSON_NUMBER;
      break;
    case 't':
      kind = literal_at (reader, "true", 4) ? JX_JSON_TRUE : JX_JSON_NONE;
      break;
    case 'f':
      kind = literal_at (reader, "false", 5) ? JX_JSON_FALSE : JX_JSON_NONE;
      break;
    case 'n':
      kind = literal_at (reader, "null", 4) ? JX_JSON_NULL : JX_JSON_NONE;
      break;
    default:
      break;
    }
  if (kind == JX_JSON_NONE)
    _jx_json_reader_fail_unexpected (reader, reader->p);
  reader->kind = kind;
  return kind;
}

gboolean
jx_json_reader_enter (JxJsonReader *reader)
{
  g_assert (reader->kind == JX_JSON_OBJECT || reader->kind == JX_JSON_ARRAY);

  if (++reader->depth > JX_LOAD_MAX_DEPTH)
    {
      if (reader->error == NULL)
        g_set_error (&reader->error, JX_LOAD_ERROR, JX_LOAD_ERROR_SYNTAX,
                     _("%s:%u:%u: nested more than %d levels deep; this is not a Jixiao document"),
                     reader->name, reader->value.line, jx_json_pos_column (&reader->value),
                     JX_LOAD_MAX_DEPTH);
      reader->p = reader->end;
      return FALSE;
    }
  reader->p++;
  reader->kind = JX_JSON_NONE;
  return TRUE;
}

gboolean
jx_json_reader_next_member (JxJsonReader *reader,
                            gboolean     *first,
                            const char  **key,
                            gsize        *key_length)
{
  if (reader->error != NULL)
    return FALSE;
  skip_space (reader);
  if (reader->p < reader->end && *reader->p == '}')
    {
      reader->p++;
      reader->depth--;
      return FALSE;
    }
  if (!*first)
    {
      if (reader->p >= reader->end || *reader->p != ',')
        {
          _jx_json_reader_fail_unexpected (reader, reader->p);
          return FALSE;
        }
      reader->p++;
      skip_space (reader);
    }
  *first = FALSE;
  if (reader->p >= reader->end || *reader->p != '"')
    {
      _jx_json_reader_fail_unexpected (reader, reader->p);
      return FALSE;
    }
  reader->value = _jx_json_reader_here (reader, reader->p);
  reader->kind = JX_JSON_STRING;
  *key = jx_json_reader_read_string (reader, key_length);
  if (*key == NULL)
    return FALSE;
  skip_space (reader);
  if (reader->p >= reader->end || *reader->p != ':')
    {
      _jx_json_reader_fail_unexpected (reader, reader->p);
      return FALSE;
    }
  reader->p++;
  return TRUE;
}

gboolean
jx_json_reader_next_element (JxJsonReader *reader,
                             gboolean     *first)
{
  if (reader->error != NULL)
    return FALSE;
  skip_space (reader);
  if (reader->p < reader->end && *reader->p == ']')
    {
      reader->p++;
      reader->depth--;
      return FALSE;
    }
  if (!*first)
    {
      if (reader->p >= reader->end || *reader->p != ',')
        {
          _jx_json_reader_fail_unexpected (reader, reader->p);
          return FALSE;
        }
      reader->p++;
    }
  *first = FALSE;
  return TRUE;
}

gboolean
jx_json_reader_array_is_empty (JxJsonReader *reader)
{
  const char *p;

  g_assert (reader->kind == JX_JSON_ARRAY);
  for (p = reader->p + 1; p < reader->end; p++)
    if (*p != ' ' && *p != '\t' && *p != '\r' && *p != '\n')
      return *p == ']';
  return FALSE;
}

void
jx_json_reader_read_literal (JxJsonReader *reader)
{
  g_assert (reader->kind == JX_JSON_TRUE || reader->kind == JX_JSON_FALSE || reader->kind == JX_JSON_NULL);
  reader->p += reader->kind == JX_JSON_FALSE ? 5 : 4;
  reader->kind = JX_JSON_NONE;
}

gboolean
jx_json_reader_at_end (JxJsonReader *reader)
{
  skip_space (reader);
  return reader->p >= reader->end;
}

gboolean
jx_json_reader_finish (JxJsonReader *reader)
{
  if (reader->error != NULL)
    return FALSE;
  skip_space (reader);
  if (reader->p < reader->end)
    {
      JxJsonPos pos = _jx_json_reader_here (reader, reader->p);

      g_set_error (&reader->error, JX_LOAD_ERROR, JX_LOAD_ERROR_SYNTAX,
                   _("%s:%u:%u: there is more text after the end of the document"),
                   reader->name, pos.line, jx_json_pos_column (&pos));
      reader->p = reader->end;
      return FALSE;
    }
  return TRUE;
}
