/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Numbers as people type and paste them: full-width forms from a Chinese input method,
 * thousands separators, and the amounts, counts and numbers read from them. */
#include "config.h"

#include <math.h>

#include "jx-money.h"
#include "jx-typed.h"

static void
test_normalize (void)
{
  struct { const char *typed, *normal; } cases[] = {
    { "２", "2" },
    { "３，２５０", "3,250" },
    { "３，２５０，０００．５", "3,250,000.5" },
    { "９５％", "95%" },
    { "－５", "-5" },
    { "−5", "-5" },
    { "＋１２", "+12" },
    { "９５。５", "95.5" },
    { "１２\u3000", "12 " },
    { "1\u00a0000", "1 000" },
    /* Commas that do not separate a group of three digits stay: lists, sentences. */
    { "１２，３４", "12，34" },
    { "３，２５", "3，25" },
    { "３，２５０５", "3，2505" },
    { "完成，良好", "完成，良好" },
    { "全年３０００条。", "全年3000条。" },
    { "≥３０００篇（条）", "≥3000篇（条）" },
  };
  guint i;

  for (i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *normal = jx_typed_normalize (cases[i].typed);
      g_assert_cmpstr (normal, ==, cases[i].normal);
    }
}

static void
test_plain_text (void)
{
  struct { const char *typed, *plain; } cases[] = {
    { "≥３，２５０篇（条）", "≥3250篇（条）" },
    { "≥3,000 篇", "≥3000 篇" },
    { "粉丝量 1,234,567 人次以上", "粉丝量 1234567 人次以上" },
    { "1,2,3", "1,2,3" },
    { "3,25 分", "3,25 分" },
    { "5,000、6,000 人", "5000、6000 人" },
    { "合理", "合理" },
  };
  guint i;

  for (i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *plain = jx_typed_plain_text (cases[i].typed);
      g_assert_cmpstr (plain, ==, cases[i].plain);
    }
}

static void
test_numbers (void)
{
  struct { const char *typed; const char *unit; double value; } ok[] = {
    { "3250", NULL, 3250 }, { "3,250", NULL, 3250 }, { "３，２５０", NULL, 3250 },
    { "３２５０", NULL, 3250 }, { " 12.5 ", NULL, 12.5 }, { "-0.5", NULL, -0.5 },
    { "－０．５", NULL, -0.5 }, { "９５％", "%", 95 }, { "95%", "%", 95 }, { "95 %", "%", 95 },
    { "3000 篇", "篇", 3000 }, { "1,234,567.25", NULL, 1234567.25 },
  };
  const char *bad[] = { "", "abc", "12a", "3,25", "1,2345", "1e9", "1.2.3", "95%", "inf", "nan", "--1",
                        NULL };
  guint i;

  for (i = 0; i < G_N_ELEMENTS (ok); i++)
    {
      double v = NAN;

      g_assert_true (jx_typed_parse_number (ok[i].typed, ok[i].unit, &v));
      g_assert_cmpfloat (v, ==, ok[i].value);
    }
  for (i = 0; i < G_N_ELEMENTS (bad) - 1; i++)
    {
      double v = 42;

      g_assert_false (jx_typed_parse_number (bad[i], NULL, &v));
      g_assert_cmpfloat (v, ==, 42);
    }
}

static void
test_integers (void)
{
  gboolean out_of_range = TRUE;
  gint64 v = 0;

  g_assert_true (jx_typed_parse_integer ("３，２５０", 0, G_MAXINT, &v, &out_of_range));
  g_assert_cmpint (v, ==, 3250);
  g_assert_false (out_of_range);
  g_assert_true (jx_typed_parse_integer ("２０２０", G_MININT, G_MAXINT, &v, NULL));
  g_assert_cmpint (v, ==, 2020);
  g_assert_false (jx_typed_parse_integer ("9.5", 0, G_MAXINT, &v, &out_of_range));
  g_assert_false (out_of_range);
  g_assert_false (jx_typed_parse_integer ("99999999999999999999", 0, G_MAXINT, &v, &out_of_range));
  g_assert_true (out_of_range);
  g_assert_false (jx_typed_parse_integer ("2147483648", 0, G_MAXINT, &v, &out_of_range));
  g_assert_true (out_of_range);
  g_assert_false (jx_typed_parse_integer ("－３", 0, G_MAXINT, &v, &out_of_range));
  g_assert_true (out_of_range);
  g_assert_false (jx_typed_parse_integer ("-9223372036854775808", G_MININT64, G_MAXINT64, &v, &out_of_range));
  g_assert_cmpint (v, ==, 2020);
}

/* Amounts in 万元: the same forms, exact. */
static void
test_money (void)
{
  struct { const char *typed; JxMoney expected; } ok[] = {
    { "３，７５１", G_GINT64_CONSTANT (3751000000) },
    { "６４５．８８", 645880000 },
    { "－２３．８７", -23870000 },
    { "1,476.62", 1476620000 },
    { "１２３４５６７．８９", G_GINT64_CONSTANT (1234567890000) },
  };
  const char *bad[] = { "3,75", "1,2,3", "１e９", "1e9", "12,3456" };
  guint i;

  for (i = 0; i < G_N_ELEMENTS (ok); i++)
    {
      JxMoney m = 0;

      g_assert_true (jx_money_parse (ok[i].typed, &m, NULL));
      g_assert_cmpint (m, ==, ok[i].expected);
    }
  for (i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      JxMoney m = 42;

      g_assert_false (jx_money_parse (bad[i], &m, NULL));
      g_assert_cmpint (m, ==, 42);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/typed/normalize", test_normalize);
  g_test_add_func ("/typed/plain-text", test_plain_text);
  g_test_add_func ("/typed/numbers", test_numbers);
  g_test_add_func ("/typed/integers", test_integers);
  g_test_add_func ("/typed/money", test_money);
  return g_test_run ();
}
