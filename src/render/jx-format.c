/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "jx-format"

#include "config.h"

#include <math.h>

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
