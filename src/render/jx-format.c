/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "jx-format"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "jx-format.h"

char *
jx_format_percent (double percent,
                   int    decimals)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];

  if (isnan (percent))
    return g_strdup ("—");
  g_ascii_formatd (buf, sizeof buf, decimals == 0 ? "%.0f" : decimals == 1 ? "%.1f" : "%.2f", percent);
  return g_strdup_printf ("%s%%", buf);
}

/* The numbers of a date typed as "2021-08", "2021-08-05", "2021.8", "2021/8/5", "2021年8月5日"
 * or "2021 年 8 月": year, month and day (0 when not given); FALSE for any other text. */
static gboolean
parse_date (const char *text,
            int        *year,
            int        *month,
            int        *day)
{
  int parts[3] = { 0, 0, 0 };
  int n = 0;
  const char *s = text;

  while (*s != '\0')
    {
      if (g_ascii_isdigit (*s))
        {
          gint64 v = 0;

          if (n == 3)
            return FALSE;
          while (g_ascii_isdigit (*s) && v < 100000)
            v = v * 10 + (*s++ - '0');
          if (g_ascii_isdigit (*s))
            return FALSE;
          parts[n++] = (int) v;
        }
      else if (*s == '-' || *s == '.' || *s == '/' || *s == ' ')
        s++;
      else if (g_str_has_prefix (s, "年") || g_str_has_prefix (s, "月") || g_str_has_prefix (s, "日"))
        s += strlen ("年");
      else
        return FALSE;
    }
  if (n < 2 || parts[0] < 1000 || parts[0] > 9999 || parts[1] < 1 || parts[1] > 12)
    return FALSE;
  if (n == 3 && !g_date_valid_dmy ((GDateDay) parts[2], (GDateMonth) parts[1], (GDateYear) parts[0]))
    return FALSE;
  *year = parts[0];
  *month = parts[1];
  *day = n == 3 ? parts[2] : 0;
  return TRUE;
}

char *
jx_format_date (const char *date,
                gboolean    chinese)
{
  static const char * const months[] = {
    NC_("month", "January"), NC_("month", "February"), NC_("month", "March"), NC_("month", "April"),
    NC_("month", "May"), NC_("month", "June"), NC_("month", "July"), NC_("month", "August"),
    NC_("month", "September"), NC_("month", "October"), NC_("month", "November"), NC_("month", "December"),
  };
  g_autofree char *text = NULL;
  int y, m, d;

  if (date == NULL)
    return NULL;
  text = g_strstrip (g_strdup (date));
  if (text[0] == '\0')
    return NULL;
  if (!parse_date (text, &y, &m, &d))
    return g_steal_pointer (&text);
  if (chinese)
    return d > 0 ? g_strdup_printf ("%d 年 %d 月 %d 日", y, m, d) : g_strdup_printf ("%d 年 %d 月", y, m);
  /* English names: this style is for a translation that is not Chinese (or none). */
  return d > 0 ? g_strdup_printf ("%d %s %d", d, g_dpgettext2 (GETTEXT_PACKAGE, "month", months[m - 1]), y)
               : g_strdup_printf ("%s %d", g_dpgettext2 (GETTEXT_PACKAGE, "month", months[m - 1]), y);
}

gboolean
jx_format_dates_chinese (void)
{
  /* Translators: how dates are written in this language: "zh" for 2021 年 8 月, anything
   * else for August 2021. Translate it as "zh" in Chinese. */
  return g_str_equal (C_("date style", "en"), "zh");
}
