/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "jx-money"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "jx-money.h"
#include "jx-typed.h"

G_DEFINE_QUARK (jx-money-error-quark, jx_money_error)

gboolean
jx_money_from_double (double   wan,
                      JxMoney *out,
                      GError **error)
{
  double units;
  double rounded;

  g_return_val_if_fail (out != NULL, FALSE);

  if (!isfinite (wan) || fabs (wan) > 1e9)
    {
      g_set_error (error, JX_MONEY_ERROR, JX_MONEY_ERROR_RANGE,
                   _("amount %g 万元 is out of range (at most 1,000,000,000 万元)"), wan);
      return FALSE;
    }

  units = wan * (double) JX_MONEY_PER_WAN;
  rounded = round (units);
  if (fabs (units - rounded) > 1e-3 * MAX (1.0, fabs (units) * 1e-9))
    {
      g_set_error (error, JX_MONEY_ERROR, JX_MONEY_ERROR_PRECISION,
                   _("amount %.10g 万元 has more than 6 decimals (0.01 元)"), wan);
      return FALSE;
    }

  *out = (JxMoney) rounded;
  return TRUE;
}

gboolean
jx_money_from_json_number (const char *text,
                           gsize       length,
                           JxMoney    *out,
                           GError    **error)
{
  const char *p = text;
  const char *end = text + length;
  gboolean negative = FALSE;
  char digits[24];        /* the significant digits, at most 17 are ever needed */
  gsize n_digits = 0;
  gint64 scale = 6;       /* value = digits × 10^(scale − 6) 万元 = digits × 10^scale units */
  gint64 exponent = 0;
  gboolean exponent_negative = FALSE;
  guint64 units = 0;
  gboolean lost = FALSE;  /* a non-zero digit past those kept */
  gsize i;

  g_return_val_if_fail (text != NULL, FALSE);
  g_return_val_if_fail (out != NULL, FALSE);

  if (p < end && *p == '-')
    negative = TRUE, p++;
  for (; p < end && g_ascii_isdigit (*p); p++)
    if (n_digits > 0 || *p != '0')
      {
        if (n_digits < sizeof digits)
          digits[n_digits++] = *p;
        else
          scale++;    /* a digit past what fits: only its order of magnitude counts */
      }
  if (p < end && *p == '.')
    for (p++; p < end && g_ascii_isdigit (*p); p++)
      {
        if (n_digits == 0 && *p == '0')
          scale--;                      /* a leading zero: 0.05 */
        else if (n_digits < sizeof digits)
          digits[n_digits++] = *p, scale--;
        else
          lost |= *p != '0';            /* past the digits kept: must be 0 */
      }
  if (p < end && (*p == 'e' || *p == 'E'))
    {
      p++;
      if (p < end && (*p == '+' || *p == '-'))
        exponent_negative = *p++ == '-';
      for (; p < end && g_ascii_isdigit (*p); p++)
        if (exponent < 100000)
          exponent = exponent * 10 + (*p - '0');
      scale += exponent_negative ? -exponent : exponent;
    }

  /* Trailing zeros are powers of ten. */
  while (n_digits > 0 && digits[n_digits - 1] == '0')
    n_digits--, scale++;
  if (n_digits == 0)
    {
      *out = 0;
      return TRUE;
    }
  /* Out of range first (as jx_money_from_double), then digits right of 0.01 元. */
  if ((gint64) n_digits + scale > 16)
    goto range;
  if (scale < 0 || lost)
    goto precision;
  for (i = 0; i < n_digits; i++)
    units = units * 10 + (guint64) (digits[i] - '0');
  for (; scale > 0; scale--)
    units *= 10;
  if (units > (guint64) JX_MONEY_MAX)
    goto range;
  *out = negative ? -(JxMoney) units : (JxMoney) units;
  return TRUE;

range:
  {
    g_autofree char *copy = g_strndup (text, length);
    g_set_error (error, JX_MONEY_ERROR, JX_MONEY_ERROR_RANGE,
                 _("amount %g 万元 is out of range (at most 1,000,000,000 万元)"), g_ascii_strtod (copy, NULL));
    return FALSE;
  }
precision:
  {
    g_autofree char *copy = g_strndup (text, length);
    g_set_error (error, JX_MONEY_ERROR, JX_MONEY_ERROR_PRECISION,
                 _("amount %.10g 万元 has more than 6 decimals (0.01 元)"), g_ascii_strtod (copy, NULL));
    return FALSE;
  }
}

gboolean
jx_money_parse (const char *text,
                JxMoney    *out,
                GError    **error)
{
  g_autofree char *plain = NULL;
  const char *p;
  gboolean negative = FALSE;
  gboolean any_digit = FALSE;
  gint64 whole = 0;
  gint64 frac = 0;
  int frac_digits = 0;

  g_return_val_if_fail (text != NULL, FALSE);
  g_return_val_if_fail (out != NULL, FALSE);

  /* Full-width digits and thousands separators as people type them (jx-typed.h). */
  plain = jx_typed_plain_number (text);
  p = plain;
  if (*p == '-' || *p == '+')
    negative = (*p++ == '-');

  for (; *p != '\0'; p++)
    {
      if (g_ascii_isdigit (*p))
        {
          any_digit = TRUE;
          if (whole > G_GINT64_CONSTANT (1000000000))
            goto range;
          whole = whole * 10 + (*p - '0');
        }
      else
        break;
    }

  if (*p == '.')
    {
      for (p++; g_ascii_isdigit (*p); p++)
        {
          any_digit = TRUE;
          if (frac_digits == 6)
            {
              if (*p != '0')
                {
                  g_set_error (error, JX_MONEY_ERROR, JX_MONEY_ERROR_PRECISION,
                               _("“%s” has more than 6 decimals (0.01 元)"), text);
                  return FALSE;
                }
              continue;
            }
          frac = frac * 10 + (*p - '0');
          frac_digits++;
        }
    }

  while (g_ascii_isspace (*p))
    p++;

  if (!any_digit || *p != '\0')
    {
      g_set_error (error, JX_MONEY_ERROR, JX_MONEY_ERROR_SYNTAX,
                   _("“%s” is not an amount in 万元 (digits, an optional point and up to 6 decimals)"),
                   text);
      return FALSE;
    }

  if (whole > G_GINT64_CONSTANT (1000000000))
    goto range;

  for (; frac_digits < 6; frac_digits++)
    frac *= 10;

  *out = (whole * JX_MONEY_PER_WAN + frac) * (negative ? -1 : 1);
  return TRUE;

range:
  g_set_error (error, JX_MONEY_ERROR, JX_MONEY_ERROR_RANGE,
               _("“%s” is out of range (at most 1,000,000,000 万元)"), text);
  return FALSE;
}

char *
jx_money_to_string (JxMoney m)
{
  guint64 a;
  guint64 whole;
  guint64 frac;
  char digits[8];
  int n;

  g_return_val_if_fail (m != JX_MONEY_NONE, NULL);

  a = m < 0 ? (guint64) (-m) : (guint64) m;
  whole = a / JX_MONEY_PER_WAN;
  frac = a % JX_MONEY_PER_WAN;
  if (frac == 0)
    return g_strdup_printf ("%s%" G_GUINT64_FORMAT, m < 0 ? "-" : "", whole);

  g_snprintf (digits, sizeof digits, "%06" G_GUINT64_FORMAT, frac);
  for (n = 6; n > 0 && digits[n - 1] == '0'; n--)
    digits[n - 1] = '\0';
  return g_strdup_printf ("%s%" G_GUINT64_FORMAT ".%s", m < 0 ? "-" : "", whole, digits);
}

char *
jx_money_format (JxMoney  m,
                 int      decimals,
                 gboolean grouping)
{
  g_autoptr(GString) out = g_string_new (NULL);
  g_autofree char *whole_str = NULL;
  guint64 a;
  guint64 scale = 1;
  guint64 step;
  guint64 value;
  guint64 whole;
  guint64 frac;
  gsize len;
  gsize i;

  g_return_val_if_fail (m != JX_MONEY_NONE, NULL);
  decimals = CLAMP (decimals, 0, 6);

  for (i = 0; i < (gsize) decimals; i++)
    scale *= 10;
  step = (guint64) JX_MONEY_PER_WAN / scale;

  a = m < 0 ? (guint64) (-m) : (guint64) m;
  value = (a + step / 2) / step;    /* half up, away from zero */
  whole = value / scale;
  frac = value % scale;

  if (m < 0 && value != 0)
    g_string_append_c (out, '-');

  whole_str = g_strdup_printf ("%" G_GUINT64_FORMAT, whole);
  len = strlen (whole_str);
  for (i = 0; i < len; i++)
    {
      if (grouping && i > 0 && (len - i) % 3 == 0)
        g_string_append_c (out, ',');
      g_string_append_c (out, whole_str[i]);
    }
  if (decimals > 0)
    g_string_append_printf (out, ".%0*" G_GUINT64_FORMAT, decimals, frac);

  return g_string_free (g_steal_pointer (&out), FALSE);
}

double
jx_money_to_double (JxMoney m)
{
  if (m == JX_MONEY_NONE)
    return NAN;
  return (double) m / (double) JX_MONEY_PER_WAN;
}

gboolean
jx_money_add (JxMoney  a,
              JxMoney  b,
              JxMoney *out)
{
  JxMoney sum;

  g_return_val_if_fail (a != JX_MONEY_NONE && b != JX_MONEY_NONE, FALSE);

  if (__builtin_add_overflow (a, b, &sum) || sum == JX_MONEY_NONE)
    return FALSE;
  *out = sum;
  return TRUE;
}

const char *
jx_money_too_large_text (void)
{
  /* Translators: shown instead of a sum of amounts that is too large to add up */
  return _("too large");
}
