/* SPDX-License-Identifier: GPL-3.0-or-later */
/* jx-format.h: numbers and dates as the report and the slides print them. */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* "92.08%"; "—" when NAN. */
char *jx_format_percent (double percent, int decimals);

/* A date as the clerk typed it ("2021-08", "2021-08-05", "2021.8", "2021/8/5", "2021年8月") in
 * Chinese style, "2021 年 8 月" / "2021 年 8 月 5 日", or English, "August 2021" / "5 August
 * 2021"; a text that is no such date comes back as it is (stripped); NULL when empty. */
char     *jx_format_date          (const char *date,
                                   gboolean    chinese);
/* Whether the translation in use writes dates in Chinese style (the zh_CN messages do). */
gboolean  jx_format_dates_chinese (void);

G_END_DECLS
