/* SPDX-License-Identifier: GPL-3.0-or-later */
/* jx-typed.c: numbers as people type and paste them. */
#define G_LOG_DOMAIN "jx-typed"

#include "config.h"

#include <math.h>
#include <string.h>

#include "jx-typed.h"

/* One character as ASCII, or 0 when it is kept (the comma and full stop depend on their
 * neighbours). */
static char
ascii_for (gunichar c)
{
  if (c >= 0xFF10 && c <= 0xFF19)
    return (char) ('0' + (c - 0xFF10));
  switch (c)
    {
    case 0xFF0E:             /* ． */
      return '.';
    case 0xFF0D:             /* － */
    case 0x2212:             /* − */
    case 0xFE63:             /* ﹣ */
      return '-';
    case 0xFF0B:             /* ＋ */
      return '+';
    case 0xFF05:             /* ％ */
    case 0xFE6A:             /* ﹪ */
      return '%';
    case 0x3000:             /* ideographic space */
    case 0x00A0:             /* no-break space */
    case 0x202F:             /* narrow no-break space */
    case 0x2009:             /* thin space */
      return ' ';
    default:
      return 0;
    }
}

static gboolean
is_digit_char (gunichar c)
{
  return (c >= '0' && c <= '9') || (c >= 0xFF10 && c <= 0xFF19);
}

char *
jx_typed_normalize (const char *text)
{
  g_autofree gunichar *chars = NULL;
  GString *out;
  glong n = 0, i;

  g_return_val_if_fail (text != NULL, NULL);

  chars = g_utf8_to_ucs4_fast (text, -1, &n);
  out = g_string_sized_new (strlen (text));
  for (i = 0; i < n; i++)
    {
      gunichar c = chars[i];
      char a = ascii_for (c);
      gboolean after_digit = i > 0 && is_digit_char (chars[i - 1]);

      if (a != 0)
        g_string_append_c (out, a);
      else if (c == 0xFF0C && after_digit && i + 3 < n
               && is_digit_char (chars[i + 1]) && is_digit_char (chars[i + 2]) && is_digit_char (chars[i + 3])
               && (i + 4 >= n || !is_digit_char (chars[i + 4])))
        g_string_append_c (out, ',');       /* ３，２５０: a group of three digits follows */
      else if ((c == 0x3002 || c == 0xFF61) && after_digit && i + 1 < n && is_digit_char (chars[i + 1]))
        g_string_append_c (out, '.');       /* ９５。５ */
      else
        g_string_append_unichar (out, c);
    }
  return g_string_free (out, FALSE);
}

/* The length of a run of digits at `p`. */
static gsize
digits_at (const char *p)
{
  gsize n = 0;

  while (g_ascii_isdigit (p[n]))
    n++;
  return n;
}

/* Where the integer part starting at `p` (after any sign) ends, when its "," separate groups
 * of three digits; NULL when a comma is misplaced. Without commas, simply after the digits. */
static const char *
grouped_end (const char *p)
{
  gsize first = digits_at (p);
  const char *q = p + first;

  if (first == 0)
    return p;
  if (*q != ',')
    return q;
  if (first > 3)
    return NULL;
  while (*q == ',')
    {
      if (digits_at (q + 1) != 3)
        return NULL;
      q += 4;
    }
  return q;
}

char *
jx_typed_plain_number (const char *text)
{
  g_autofree char *normal = NULL;
  GString *out;
  const char *p, *end;

  g_return_val_if_fail (text != NULL, NULL);

  normal = jx_typed_normalize (text);
  g_strstrip (normal);
  p = normal;
  out = g_string_sized_new (strlen (normal));
  if (*p == '-' || *p == '+')
    g_string_append_c (out, *p++);
  end = grouped_end (p);
  if (end == NULL || strchr (p, ',') == NULL)
    {
      g_string_append (out, p);
      return g_string_free (out, FALSE);
    }
  for (; p < end; p++)
    if (*p != ',')
      g_string_append_c (out, *p);
  g_string_append (out, end);
  return g_string_free (out, FALSE);
}

char *
jx_typed_plain_text (const char *text)
{
  g_autofree char *normal = NULL;
  GString *out;
  const char *p;

  g_return_val_if_fail (text != NULL, NULL);

  normal = jx_typed_normalize (text);
  out = g_string_sized_new (strlen (normal));
  for (p = normal; *p != '\0';)
    {
      const char *end;

      /* A number starts here: not inside another one, nor among its decimals. */
      if (g_ascii_isdigit (*p) && (p == normal || (!g_ascii_isdigit (p[-1]) && p[-1] != '.' && p[-1] != ','))
          && (end = grouped_end (p)) != NULL)
        {
          for (; p < end; p++)
            if (*p != ',')
              g_string_append_c (out, *p);
          continue;
        }
      g_string_append_c (out, *p++);
    }
  return g_string_free (out, FALSE);
}

gboolean
jx_typed_scan_number (const char  *p,
                      double      *value,
                      const char **end)
{
  GString *digits = g_string_new (NULL);
  const char *q = p;
  const char *int_end;

  if (*q == '-' || *q == '+')
    g_string_append_c (digits, *q++);
  int_end = grouped_end (q);
  if (int_end == NULL)
    int_end = q + digits_at (q);   /* "3,25": the number is 3 */
  if (int_end == q)
    {
      *end = p;
      g_string_free (digits, TRUE);
      return FALSE;
    }
  for (; q < int_end; q++)
    if (*q != ',')
      g_string_append_c (digits, *q);
  if (*q == '.' && g_ascii_isdigit (q[1]))
    {
      gsize n = digits_at (q + 1);

      g_string_append_len (digits, q, (gssize) n + 1);
      q += n + 1;
    }
  *value = g_ascii_strtod (digits->str, NULL);
  *end = q;
  g_string_free (digits, TRUE);
  return TRUE;
}

gboolean
jx_typed_parse_number (const char *text,
                       const char *unit,
                       double     *value)
{
  g_autofree char *s = NULL;
  const char *end = NULL;
  gsize len;
  double v;

  g_return_val_if_fail (value != NULL, FALSE);

  s = jx_typed_normalize (text != NULL ? text : "");
  g_strstrip (s);
  len = strlen (s);
  if (unit != NULL && *unit && len > strlen (unit) && g_str_has_suffix (s, unit))
    {
      s[len - strlen (unit)] = '\0';
      g_strchomp (s);
    }
  else if (unit != NULL && (g_str_equal (unit, "%") || g_str_equal (unit, "％")) && len > 1 && s[len - 1] == '%')
    {
      s[len - 1] = '\0';
      g_strchomp (s);
    }
  if (!jx_typed_scan_number (s, &v, &end) || *end != '\0' || !isfinite (v))
    return FALSE;
  *value = v;
  return TRUE;
}

gboolean
jx_typed_parse_integer (const char *text,
                        gint64      min,
                        gint64      max,
                        gint64     *value,
                        gboolean   *out_of_range)
{
  g_autofree char *plain = jx_typed_plain_number (text != NULL ? text : "");
  const char *p = plain;
  guint64 magnitude = 0;
  gboolean negative = FALSE, overflow = FALSE;

  if (out_of_range != NULL)
    *out_of_range = FALSE;
  if (*p == '-' || *p == '+')
    negative = (*p++ == '-');
  if (!g_ascii_isdigit (*p))
    return FALSE;
  for (; g_ascii_isdigit (*p); p++)
    {
      if (magnitude > (G_MAXUINT64 - 9) / 10)
        overflow = TRUE;
      else
        magnitude = magnitude * 10 + (guint64) (*p - '0');
    }
  if (*p != '\0')
    return FALSE;
  if (overflow || magnitude > (guint64) G_MAXINT64
      || (negative ? -(gint64) magnitude < min : (gint64) magnitude > max))
    {
      if (out_of_range != NULL)
        *out_of_range = TRUE;
      return FALSE;
    }
  *value = negative ? -(gint64) magnitude : (gint64) magnitude;
  return TRUE;
}
