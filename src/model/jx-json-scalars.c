/* SPDX-License-Identifier: GPL-3.0-or-later */
/* jx-json-scalars.c: the JSON reader's texts (escapes, UTF-8, noncharacters, the problems a
 * text can have) and numbers (the grammar, the 18-digit bound, exact conversion). The
 * structure of the reader is in jx-json-reader.c. */
#define G_LOG_DOMAIN "jx-load"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "jx-json-reader.h"
#include "jx-json-reader-private.h"
#include "jx-load.h"

/* ---- texts ---- */

static int
hex4 (const char *p,
      const char *end)
{
  int value = 0;
  int i;

  if (end - p < 4)
    return -1;
  for (i = 0; i < 4; i++)
    {
      int d = g_ascii_xdigit_value (p[i]);
      if (d < 0)
        return -1;
      value = value * 16 + d;
    }
  return value;
}

/* Noncharacters: U+FDD0..U+FDEF and the last two code points of every plane. Cairo refuses
 * them in the text of a PDF or SVG, and XML has no place for some of them. */
static inline gboolean
is_noncharacter (gunichar c)
{
  return (c >= 0xFDD0 && c <= 0xFDEF) || (c & 0xFFFE) == 0xFFFE;
}

static void
text_problem (JxJsonReader      *reader,
              JxJsonTextProblem  problem,
              gunichar           c)
{
  if (!reader->text_valid)
    return;   /* the first one is named */
  reader->text_valid = FALSE;
  reader->text_problem = problem;
  reader->text_char = c;
}

/* Noncharacters written as UTF-8 (valid UTF-8, so only their lead bytes need a look: EF for
 * U+FDD0..U+FFFF, F0..F4 for the planes above). */
static void
find_noncharacter (JxJsonReader *reader,
                   const char   *s,
                   gsize         length)
{
  const guchar *p = (const guchar *) s;
  const guchar *end = p + length;

  for (; p < end; p++)
    if (*p == 0xEF || *p >= 0xF0)
      {
        gunichar c = g_utf8_get_char ((const char *) p);

        if (is_noncharacter (c))
          {
            text_problem (reader, JX_JSON_TEXT_NONCHARACTER, c);
            return;
          }
      }
}

JxJsonTextProblem
jx_json_text_problem (const char *s,
                      gunichar   *c)
{
  JxJsonReader probe = { .text_valid = TRUE };
  gsize length;

  *c = 0;
  if (s == NULL)
    return JX_JSON_TEXT_OK;
  length = strlen (s);
  if (!g_utf8_validate (s, length, NULL))
    return JX_JSON_TEXT_LONE_SURROGATE;
  find_noncharacter (&probe, s, length);
  *c = probe.text_char;
  return probe.text_problem;
}

char *
jx_json_text_problem_message (JxJsonTextProblem problem,
                              gunichar          c)
{
  switch (problem)
    {
    case JX_JSON_TEXT_NUL:
      return g_strdup (_("the text holds the null character \\u0000, which Jixiao cannot keep; remove it from the text"));
    case JX_JSON_TEXT_NONCHARACTER:
      return g_strdup_printf (_("the text holds U+%04X, a Unicode noncharacter that cannot be printed; remove it from the text"), c);
    case JX_JSON_TEXT_LONE_SURROGATE:
    case JX_JSON_TEXT_OK:
    default:
      return g_strdup (_("the text is not valid Unicode (an escaped half of a surrogate pair, such as \\ud800)"));
    }
}

const char *
jx_json_reader_read_string (JxJsonReader *reader,
                            gsize        *length)
{
  const char *p = reader->p + 1;
  const char *end = reader->end;
  GString *buf = reader->buf;
  guchar high = 0;

  g_assert (reader->kind == JX_JSON_STRING);
  g_string_truncate (buf, 0);
  reader->text_valid = TRUE;
  reader->text_problem = JX_JSON_TEXT_OK;
  reader->text_char = 0;
  for (;;)
    {
      const char *run = p;
      int c;

      while (p < end && *p != '"' && *p != '\\' && (guchar) *p >= 0x20)
        high |= (guchar) *p++;
      g_string_append_len (buf, run, p - run);
      if (p >= end)
        {
          _jx_json_reader_fail_truncated (reader, p);
          return NULL;
        }
      if (*p == '"')
        break;
      if (*p != '\\')
        {
          _jx_json_reader_fail_syntax (reader, p, _("a control character (U+%04X) in a text must be escaped"), (guint) (guchar) *p);
          return NULL;
        }
      if (p + 1 >= end)
        {
          _jx_json_reader_fail_truncated (reader, p + 1);
          return NULL;
        }
      switch (p[1])
        {
        case '"': g_string_append_c (buf, '"'); break;
        case '\\': g_string_append_c (buf, '\\'); break;
        case '/': g_string_append_c (buf, '/'); break;
        case 'b': g_string_append_c (buf, '\b'); break;
        case 'f': g_string_append_c (buf, '\f'); break;
        case 'n': g_string_append_c (buf, '\n'); break;
        case 'r': g_string_append_c (buf, '\r'); break;
        case 't': g_string_append_c (buf, '\t'); break;
        case 'u':
          c = hex4 (p + 2, end);
          if (c < 0)
            {
              _jx_json_reader_fail_syntax (reader, p, "%s", _("invalid escape in a text"));
              return NULL;
            }
          p += 4;
          if (c >= 0xD800 && c <= 0xDBFF)
            {
              int low = p + 2 < end && p[2] == '\\' && p + 3 < end && p[3] == 'u' ? hex4 (p + 4, end) : -1;

              if (low >= 0xDC00 && low <= 0xDFFF)
                {
                  c = 0x10000 + ((c - 0xD800) << 10) + (low - 0xDC00);
                  p += 6;
                }
              else
                {
                  text_problem (reader, JX_JSON_TEXT_LONE_SURROGATE, (gunichar) c);
                  c = 0xFFFD;
                }
            }
          else if (c >= 0xDC00 && c <= 0xDFFF)
            {
              text_problem (reader, JX_JSON_TEXT_LONE_SURROGATE, (gunichar) c);
              c = 0xFFFD;
            }
          else if (c == 0)
            {
              /* Kept out of the decoded text: the UTF-8 check below would stop at it. */
              text_problem (reader, JX_JSON_TEXT_NUL, 0);
              c = 0xFFFD;
            }
          if (is_noncharacter ((gunichar) c))
            text_problem (reader, JX_JSON_TEXT_NONCHARACTER, (gunichar) c);
          g_string_append_unichar (buf, (gunichar) c);
          break;
        default:
          _jx_json_reader_fail_syntax (reader, p, "%s", _("invalid escape in a text"));
          return NULL;
        }
      p += 2;
    }
  if (high & 0x80)
    {
      const char *bad = NULL;

      if (!g_utf8_validate (buf->str, buf->len, &bad))
        {
          /* Find the byte in the file for the message (escapes only make ASCII). */
          const char *q;

          if (!g_utf8_validate (reader->p + 1, p - reader->p - 1, &q))
            bad = q;
          else
            bad = reader->p + 1;
          _jx_json_reader_fail_encoding (reader, bad);
          return NULL;
        }
      find_noncharacter (reader, buf->str, buf->len);
    }
  reader->p = p + 1;
  reader->kind = JX_JSON_NONE;
  *length = buf->len;
  return buf->str;
}

/* ---- numbers ---- */

gboolean
jx_json_reader_read_number (JxJsonReader *reader,
                            JxJsonNumber *number)
{
  const char *start = reader->p;
  const char *p = start;
  const char *end = reader->end;
  const char *digits;
  gsize significant = 0;

  g_assert (reader->kind == JX_JSON_NUMBER);
  number->integer = TRUE;
  if (*p == '-')
    p++;
  if (p >= end || !g_ascii_isdigit (*p))
    {
      _jx_json_reader_fail_unexpected (reader, start);
      return FALSE;
    }
  digits = p;
  if (*p == '0')
    p++;
  else
    while (p < end && g_ascii_isdigit (*p))
      p++, significant++;
  if (p < end && *p == '.')
    {
      number->integer = FALSE;
      p++;
      if (p >= end || !g_ascii_isdigit (*p))
        {
          _jx_json_reader_fail_syntax (reader, p, "%s", _("invalid number"));
          return FALSE;
        }
      while (p < end && g_ascii_isdigit (*p))
        p++;
    }
  if (p < end && (*p == 'e' || *p == 'E'))
    {
      number->integer = FALSE;
      p++;
      if (p < end && (*p == '+' || *p == '-'))
        p++;
      if (p >= end || !g_ascii_isdigit (*p))
        {
          _jx_json_reader_fail_syntax (reader, p, "%s", _("invalid number"));
          return FALSE;
        }
      while (p < end && g_ascii_isdigit (*p))
        p++;
    }
  /* No value of a document needs more than 18 digits: a whole number always fits 64 bits. */
  if (number->integer && significant > 18)
    {
      JxJsonPos pos = _jx_json_reader_here (reader, digits);

      g_set_error (&reader->error, JX_LOAD_ERROR, JX_LOAD_ERROR_INVALID,
                   _("%s:%u:%u: the number %.*s is too large"),
                   reader->name, pos.line, jx_json_pos_column (&pos),
                   (int) MIN (p - digits, 40), digits);
      reader->p = reader->end;
      return FALSE;
    }
  number->text = start;
  number->length = p - start;
  reader->p = p;
  reader->kind = JX_JSON_NONE;
  return TRUE;
}

gint64
jx_json_number_to_int (const JxJsonNumber *number)
{
  const char *p = number->text;
  const char *end = p + number->length;
  gboolean negative = *p == '-';
  gint64 value = 0;

  g_assert (number->integer);
  for (p += negative; p < end; p++)
    value = value * 10 + (*p - '0');
  return negative ? -value : value;
}

double
jx_json_number_to_double (const JxJsonNumber *number)
{
  static const double powers[] = {
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
    1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
  };
  const char *p = number->text;
  const char *end = p + number->length;
  gboolean negative = *p == '-';
  guint64 mantissa = 0;
  int n_digits = 0;
  int scale = 0;
  char stack_copy[64];
  g_autofree char *copy = NULL;
  double value;

  /* Exact and correctly rounded without strtod when the digits fit 2^53 and the power of
   * ten is exact (Clinger's fast path): every number a clerk types. */
  p += negative;
  for (; p < end && g_ascii_isdigit (*p); p++)
    if (n_digits > 0 || *p != '0')
      mantissa = mantissa * 10 + (*p - '0'), n_digits++;
  if (p < end && *p == '.')
    for (p++; p < end && g_ascii_isdigit (*p); p++, scale--)
      if (n_digits > 0 || *p != '0')
        mantissa = mantissa * 10 + (*p - '0'), n_digits++;
  if (p == end && n_digits <= 15 && scale >= -22)
    {
      value = scale < 0 ? (double) mantissa / powers[-scale] : (double) mantissa;
      return negative ? -value : value;
    }

  if (number->length < sizeof stack_copy)
    {
      memcpy (stack_copy, number->text, number->length);
      stack_copy[number->length] = '\0';
      return g_ascii_strtod (stack_copy, NULL);
    }
  copy = g_strndup (number->text, number->length);
  return g_ascii_strtod (copy, NULL);
}
