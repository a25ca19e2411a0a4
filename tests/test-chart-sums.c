/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-chart-sums.c: sums of amounts in the charts go through the checks' overflow-checked
 * addition (jx_money_add): 9,300 items of the largest amount (1,000,000,000 万元) add up to
 * more than an amount holds; the chart says "too large", never a wrapped negative total
 * (the release build printed −9,146,744,073,709.55 万元, UBSan: signed overflow). */
#include "config.h"

#include <cairo.h>
#include <locale.h>
#include <string.h>

#include "jx-chart.h"
#include "jx-load.h"
#include "jx-money.h"

#define N_ITEMS 9300

static JxDocData *
doc_with_huge_sums (guint n)
{
  g_autoptr(GString) s = g_string_new ("{\"format\":\"jixiao\",\"version\":1,"
                                       "\"department\":{\"name\":\"d\",\"year\":2021},"
                                       "\"budget\":{\"revenue\":{\"items\":[");
  g_autoptr(GError) error = NULL;
  JxDocData *doc;
  guint i;

  for (i = 0; i < n; i++)
    g_string_append_printf (s, "%s{\"name\":\"收入%u\",\"amount\":1000000000}", i > 0 ? "," : "", i);
  g_string_append (s, "]},\"three_public\":{\"items\":[");
  for (i = 0; i < n; i++)
    g_string_append_printf (s, "%s{\"name\":\"项%u\",\"budget\":1000000000,\"actual\":1}", i > 0 ? "," : "", i);
  g_string_append (s, "]}}}");
  doc = jx_doc_data_load_data (s->str, s->len, "huge.jixiao", &error);
  g_assert_no_error (error);
  return doc;
}

/* Draws the chart on a recording surface: it must lay out without a critical. */
static void
draw (const JxChart *chart)
{
  cairo_surface_t *surface = cairo_recording_surface_create (CAIRO_CONTENT_COLOR_ALPHA, NULL);
  cairo_t *cr = cairo_create (surface);

  jx_chart_render (chart, cr, 800, 600, JX_CHART_STYLE_PRINT);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

static void
test_add (void)
{
  JxMoney sum = 0;
  guint i;

  for (i = 0; i < 9223; i++)
    g_assert_true (jx_money_add (sum, JX_MONEY_MAX, &sum));
  g_assert_false (jx_money_add (sum, JX_MONEY_MAX, &sum));
  g_assert_cmpint (sum, ==, 9223 * JX_MONEY_MAX);   /* unchanged by the failed addition */
  g_assert_false (jx_money_add (G_MININT64 + 1, -1, &sum));   /* would read as "not stated" */
  g_assert_true (jx_money_add (-JX_MONEY_MAX, JX_MONEY_MAX, &sum));
  g_assert_cmpint (sum, ==, 0);
}

static void
test_revenue_total (void)
{
  g_autoptr(JxDocData) doc = doc_with_huge_sums (N_ITEMS);
  g_autoptr(JxChart) chart = jx_chart_new_for_id (doc, "revenue");
  g_autofree char *text = jx_chart_dup_text_alternative (chart);
  g_autofree char *first = NULL;

  g_assert_nonnull (strstr (text, "Total: too large"));
  g_assert_null (strstr (text, "-9,"));
  g_assert_null (strstr (text, "−9,"));
  /* Each item keeps its amount, with no share of a total that does not fit. */
  first = g_strdup (strstr (text, "收入0 "));
  g_assert_nonnull (first);
  *strchr (first, '\n') = '\0';
  g_assert_cmpstr (first, ==, "收入0 1,000,000,000.00 10k yuan");
  draw (chart);
}

static void
test_three_public_total (void)
{
  g_autoptr(JxDocData) doc = doc_with_huge_sums (N_ITEMS);
  g_autoptr(JxChart) chart = jx_chart_new_for_id (doc, "three-public");
  g_autofree char *text = jx_chart_dup_text_alternative (chart);

  g_assert_nonnull (strstr (text, "2021: budget too large, actual 9,300.00 10k yuan"));
  g_assert_null (strstr (text, "-9,"));
  draw (chart);
}

/* Below the limit nothing changes: 9,000 items add up exactly. */
static void
test_below_the_limit (void)
{
  g_autoptr(JxDocData) doc = doc_with_huge_sums (9000);
  g_autoptr(JxChart) revenue = jx_chart_new_for_id (doc, "revenue");
  g_autoptr(JxChart) three = jx_chart_new_for_id (doc, "three-public");
  g_autofree char *a = jx_chart_dup_text_alternative (revenue);
  g_autofree char *b = jx_chart_dup_text_alternative (three);

  g_assert_nonnull (strstr (a, "Total: 9,000,000,000,000.00 10k yuan"));
  g_assert_nonnull (strstr (b, "2021: budget 9,000,000,000,000.00 10k yuan, actual 9,000.00 10k yuan"));
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/chart-sums/add", test_add);
  g_test_add_func ("/chart-sums/revenue-total", test_revenue_total);
  g_test_add_func ("/chart-sums/three-public-total", test_three_public_total);
  g_test_add_func ("/chart-sums/below-the-limit", test_below_the_limit);
  return g_test_run ();
}
