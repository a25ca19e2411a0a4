/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "jx-money.h"

static void
test_parse (void)
{
  struct { const char *text; JxMoney expected; } ok[] = {
    { "645.88", 645880000 },
    { " 1,476.62 ", 1476620000 },
    { "0.2", 200000 },
    { "3751", G_GINT64_CONSTANT (3751000000) },
    { "-10.5", -10500000 },
    { "0.000001", 1 },
    { "1.2300000", 1230000 },
  };
  const char *bad[] = { "", "abc", "12a", "1.2.3", "1.0000001", "1e3", "-", "1000000001" };
  guint i;

  for (i = 0; i < G_N_ELEMENTS (ok); i++)
    {
      g_autoptr(GError) error = NULL;
      JxMoney m = 0;

      g_assert_true (jx_money_parse (ok[i].text, &m, &error));
      g_assert_no_error (error);
      g_assert_cmpint (m, ==, ok[i].expected);
    }
  for (i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GError) error = NULL;
      JxMoney m = 42;

      g_assert_false (jx_money_parse (bad[i], &m, &error));
      g_assert_nonnull (error);
      g_assert_cmpint (m, ==, 42);
    }
}

static void
test_exact_sums (void)
{
  /* 0.1 + 0.2 drifts in doubles; never in money. */
  JxMoney a, b, c;

  g_assert_true (jx_money_from_double (0.1, &a, NULL));
  g_assert_true (jx_money_from_double (0.2, &b, NULL));
  g_assert_true (jx_money_from_double (0.3, &c, NULL));
  g_assert_cmpint (a + b, ==, c);

  /* The reference report's revenue: 2725.07 + 303.14 + 722.79 = 3751 exactly. */
  g_assert_true (jx_money_from_double (2725.07, &a, NULL));
  g_assert_true (jx_money_from_double (303.14, &b, NULL));
  g_assert_true (jx_money_from_double (722.79, &c, NULL));
  g_assert_cmpint (a + b + c, ==, G_GINT64_CONSTANT (3751) * JX_MONEY_PER_WAN);
}

static void
test_from_double_errors (void)
{
  g_autoptr(GError) e1 = NULL;
  g_autoptr(GError) e2 = NULL;
  g_autoptr(GError) e3 = NULL;
  JxMoney m;

  g_assert_false (jx_money_from_double (1.0000001, &m, &e1));
  g_assert_error (e1, JX_MONEY_ERROR, JX_MONEY_ERROR_PRECISION);
  g_assert_false (jx_money_from_double (2e9, &m, &e2));
  g_assert_error (e2, JX_MONEY_ERROR, JX_MONEY_ERROR_RANGE);
  g_assert_false (jx_money_from_double (NAN, &m, &e3));
  g_assert_error (e3, JX_MONEY_ERROR, JX_MONEY_ERROR_RANGE);
}

/* The loader converts the text of a JSON number straight to 0.01 元, with no double. */
static void
test_from_json_number (void)
{
  static const struct { const char *text; gint64 units; } good[] = {
    { "645.88", G_GINT64_CONSTANT (645880000) }, { "0", 0 }, { "-0", 0 }, { "0.000001", 1 },
    { "-1476.62", G_GINT64_CONSTANT (-1476620000) }, { "1e9", G_GINT64_CONSTANT (1000000000000000) },
    { "1.5e-5", 15 }, { "123.4560000000000000000000000000", G_GINT64_CONSTANT (123456000) },
    { "0.1", 100000 }, { "2122.50", G_GINT64_CONSTANT (2122500000) }, { "12E2", G_GINT64_CONSTANT (1200000000) },
  };
  static const struct { const char *text; JxMoneyError code; } bad[] = {
    { "0.0000001", JX_MONEY_ERROR_PRECISION }, { "645.8812345", JX_MONEY_ERROR_PRECISION },
    { "1e-300", JX_MONEY_ERROR_PRECISION }, { "1000000000.000001", JX_MONEY_ERROR_RANGE },
    { "1e300", JX_MONEY_ERROR_RANGE }, { "-1e15", JX_MONEY_ERROR_RANGE }, { "1e999999999999", JX_MONEY_ERROR_RANGE },
    { "123456789012345678901234567890.5", JX_MONEY_ERROR_RANGE },
    { "1.0000000000000000000000000001", JX_MONEY_ERROR_PRECISION },
  };
  guint i;

  for (i = 0; i < G_N_ELEMENTS (good); i++)
    {
      g_autoptr(GError) error = NULL;
      JxMoney m = JX_MONEY_NONE;

      g_test_message ("%s", good[i].text);
      g_assert_true (jx_money_from_json_number (good[i].text, strlen (good[i].text), &m, &error));
      g_assert_no_error (error);
      g_assert_cmpint (m, ==, good[i].units);
    }
  for (i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GError) error = NULL;
      JxMoney m = JX_MONEY_NONE;

      g_test_message ("%s", bad[i].text);
      g_assert_false (jx_money_from_json_number (bad[i].text, strlen (bad[i].text), &m, &error));
      g_assert_error (error, JX_MONEY_ERROR, (gint) bad[i].code);
    }
}

static void
test_format (void)
{
  struct { JxMoney m; int decimals; gboolean grouping; const char *expected; } cases[] = {
    { 645880000, 2, FALSE, "645.88" },
    { 200000, 2, FALSE, "0.20" },
    { G_GINT64_CONSTANT (3751000000), 2, TRUE, "3,751.00" },
    { G_GINT64_CONSTANT (11131530000), 2, TRUE, "11,131.53" },
    { 5000, 2, FALSE, "0.01" },       /* 0.005 万元 rounds half up */
    { 4999, 2, FALSE, "0.00" },
    { -1140000, 2, FALSE, "-1.14" },
    { -1, 2, FALSE, "0.00" },
    { G_GINT64_CONSTANT (1234567000000), 0, TRUE, "1,234,567" },
  };
  guint i;

  for (i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *s = jx_money_format (cases[i].m, cases[i].decimals, cases[i].grouping);
      g_assert_cmpstr (s, ==, cases[i].expected);
    }
}

static void
test_to_string (void)
{
  struct { JxMoney m; const char *expected; } cases[] = {
    { 645880000, "645.88" },
    { 200000, "0.2" },
    { G_GINT64_CONSTANT (3751000000), "3751" },
    { 1, "0.000001" },
    { -1140000, "-1.14" },
    { 0, "0" },
  };
  guint i;

  for (i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *s = jx_money_to_string (cases[i].m);
      JxMoney back = 0;

      g_assert_cmpstr (s, ==, cases[i].expected);
      g_assert_true (jx_money_parse (s, &back, NULL));
      g_assert_cmpint (back, ==, cases[i].m);
    }
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/money/parse", test_parse);
  g_test_add_func ("/money/exact-sums", test_exact_sums);
  g_test_add_func ("/money/from-double-errors", test_from_double_errors);
  g_test_add_func ("/money/from-json-number", test_from_json_number);
  g_test_add_func ("/money/format", test_format);
  g_test_add_func ("/money/to-string", test_to_string);
  return g_test_run ();
}
