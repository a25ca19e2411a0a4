/* SPDX-License-Identifier: GPL-3.0-or-later */
/* jx-scoring-format.c: rounding and the number and text formatting of the score sheet.
 *
 * Written by hand rather than with printf: explaining a sheet of 50 000 indicators formats
 * hundreds of thousands of numbers, and this is several times faster.
 */
#define G_LOG_DOMAIN "jx-scoring"

#include "config.h"

#include <math.h>
#include <string.h>

#include "jx-scoring.h"
#include "jx-scoring-private.h"

static const double scales[] = { 1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9 };

/* |value| × 10^decimals rounded to an integer, or FALSE when it has no fractional digits
 * left to round (≥ 1e15). Binary doubles store 0.625 exactly but 1.005 as 1.00499999…,
 * and 2/3 × 3 may come out as 1.9999999999999996: a tolerance far above that noise
 * (≈1e-16 relative) and far below any digit a user types treats them as the decimals
 * they stand for. */
static gboolean
scaled_round (double      value,
              int         decimals,
              JxRounding  rounding,
              double     *out)
{
  double x = fabs (value) * scales[decimals];
  double tol = x * 1e-13 + 1e-12;

  if (x >= 1e15)
    return FALSE;
  if (rounding == JX_ROUNDING_TRUNCATE)
    *out = floor (x + tol);
  else
    *out = floor (x + 0.5 + tol);
  return TRUE;
}

double
jx_round (double     value,
          int        decimals,
          JxRounding rounding)
{
  double r;

  if (!isfinite (value))
    return value;
  decimals = CLAMP (decimals, 0, 9);
  if (!scaled_round (value, decimals, rounding, &r))
    return value;
  if (r == 0)
    return 0.0;
  return copysign (r / scales[decimals], value);
}

const char *
_jx_format_fixed (char   buf[JX_NUMBER_BUF],
                  double value,
                  int    decimals)
{
  char digits[32];
  char *p = digits + sizeof digits;
  double r;
  guint64 n;
  int i;

  if (!isfinite (value))
    {
      g_strlcpy (buf, isnan (value) ? "—" : (value > 0 ? "∞" : "-∞"), JX_NUMBER_BUF);
      return buf;
    }
  decimals = CLAMP (decimals, 0, 9);
  if (!scaled_round (value, decimals, JX_ROUNDING_HALF_UP, &r))
    {
      g_ascii_formatd (buf, JX_NUMBER_BUF, "%.0f", value);
      return buf;
    }

  n = (guint64) r;
  *--p = '\0';
  for (i = 0; i < decimals; i++, n /= 10)
    *--p = (char) ('0' + n % 10);
  if (decimals > 0)
    *--p = '.';
  do
    *--p = (char) ('0' + n % 10);
  while ((n /= 10) > 0);
  if (value < 0 && r != 0)
    *--p = '-';

  g_strlcpy (buf, p, JX_NUMBER_BUF);
  return buf;
}

const char *
_jx_format_number (char   buf[JX_NUMBER_BUF],
                   double value,
                   int    max_decimals)
{
  char *dot;
  char *end;

  _jx_format_fixed (buf, value, max_decimals);
  dot = strchr (buf, '.');
  if (dot == NULL)
    return buf;
  end = dot + strlen (dot);
  while (end > dot + 1 && end[-1] == '0')
    end--;
  if (end == dot + 1)
    end = dot;
  *end = '\0';
  return buf;
}

/* The argument index of the conversion at `p` (just after its '%'), -1 for "%%", or -2
 * when it is not one _jx_append() understands; `*len` receives its length after the '%'. */
static int
conversion (const char *p,
            guint      *len,
            guint      *next)
{
  if (p[0] == '%')
    {
      *len = 1;
      return -1;
    }
  if (p[0] == 's')
    {
      *len = 1;
      return (int) (*next)++;
    }
  if (p[0] >= '1' && p[0] <= '9' && p[1] == '$' && p[2] == 's')
    {
      *len = 3;
      return p[0] - '1';
    }
  *len = 0;
  return -2;
}

void
_jx_append (GString    *out,
            const char *format,
            ...)
{
  const char *args[9];
  guint n_args = 0;
  guint next = 0;
  guint len;
  const char *p;
  va_list ap;
  int index;

  /* As printf: the arguments are as many as the sequential conversions, or the highest
   * "%N$s"; fetch them all first, then copy. */
  for (p = strchr (format, '%'); p != NULL; p = strchr (p + 1 + len, '%'))
    {
      index = conversion (p + 1, &len, &next);
      if (index >= 0)
        n_args = MAX (n_args, (guint) index + 1);
    }
  g_return_if_fail (n_args <= G_N_ELEMENTS (args));

  va_start (ap, format);
  for (next = 0; next < n_args; next++)
    args[next] = va_arg (ap, const char *);
  va_end (ap);

  next = 0;
  for (p = format; *p != '\0'; )
    {
      const char *pct = strchr (p, '%');

      if (pct == NULL)
        {
          g_string_append (out, p);
          break;
        }
      g_string_append_len (out, p, pct - p);
      index = conversion (pct + 1, &len, &next);
      if (index == -1)
        g_string_append_c (out, '%');
      else if (index >= 0)
        g_string_append (out, args[index] != NULL ? args[index] : "(null)");
      else
        {
          g_critical ("%s: only %%s, %%N$s and %%%% are supported: “%s”", G_STRFUNC, format);
          g_string_append_c (out, '%');
        }
      p = pct + 1 + len;
    }
}
