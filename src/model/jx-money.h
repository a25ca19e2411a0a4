/* SPDX-License-Identifier: GPL-3.0-or-later */
/* jx-money.h: exact amounts in 万元, held as integers of 0.01 yuan. */
#pragma once

#include "jx-types.h"

G_BEGIN_DECLS

#define JX_MONEY_ERROR (jx_money_error_quark ())
GQuark   jx_money_error_quark (void);

typedef enum {
  JX_MONEY_ERROR_SYNTAX,
  JX_MONEY_ERROR_PRECISION,
  JX_MONEY_ERROR_RANGE,
} JxMoneyError;

/* Largest magnitude accepted: 1 000 000 000 万元. */
#define JX_MONEY_MAX (G_GINT64_CONSTANT (1000000000) * JX_MONEY_PER_WAN)

/* From a JSON number in 万元; fails beyond 6 decimals or JX_MONEY_MAX. */
gboolean jx_money_from_double (double wan, JxMoney *out, GError **error);
/* From the text of a JSON number in 万元 ("645.88", "-1.5e3"), already checked against the
 * JSON grammar; exact, no doubles; the errors of jx_money_from_double(). */
gboolean jx_money_from_json_number (const char *text, gsize length, JxMoney *out, GError **error);
/* From text typed by a user in 万元 ("645.88", "1,476.62", " 3751 "); exact, no doubles. */
gboolean jx_money_parse (const char *text, JxMoney *out, GError **error);
/* Shortest exact decimal in 万元 ("645.88", "0.2", "3751"); for files. */
char    *jx_money_to_string (JxMoney m);
/* Fixed decimals in 万元 ("645.88", "0.20", "3,751.00" with grouping). */
char    *jx_money_format (JxMoney m, int decimals, gboolean grouping);
double   jx_money_to_double (JxMoney m);   /* in 万元, for ratios and drawing only */
/* *out = a + b; FALSE when the sum overflows (or would read as JX_MONEY_NONE), *out then
 * unchanged. Both stated. Every sum of amounts goes through this one: the checks, the charts,
 * the budget page; a sum that fails shows as jx_money_too_large_text(), never wrapped. */
gboolean jx_money_add (JxMoney a, JxMoney b, JxMoney *out);
/* "too large" (过大): what a sum shows when it does not fit. */
const char *jx_money_too_large_text (void);

G_END_DECLS
