/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-long-text.c: text of any length wraps in linear time (issue 15). A long unbroken
 * word gets break opportunities (U+200B) at its character boundaries and nowhere else; the
 * report lays a long text out in pieces of whole lines that wrap exactly as one layout
 * does; a 200,000-character word costs about four times a 50,000 one, not sixteen. */
#include "config.h"

#include <locale.h>
#include <pango/pangocairo.h>
#include <string.h>

#include "jx-report-private.h"
#include "jx-text-breaks.h"

#define ZWSP "\xe2\x80\x8b"

static char *
word (guint n)
{
  GString *s = g_string_sized_new (n);
  guint i;

  for (i = 0; i < n; i++)
    g_string_append_c (s, (char) ('a' + i % 26));
  return g_string_free (s, FALSE);
}

static guint
count (const char *haystack,
       const char *needle)
{
  guint n = 0;
  const char *p;

  for (p = strstr (haystack, needle); p != NULL; p = strstr (p + 1, needle))
    n++;
  return n;
}

/* Everything but U+200B: what pdftotext reads back. */
static char *
without_zwsp (const char *text)
{
  g_auto(GStrv) parts = g_strsplit (text, ZWSP, -1);

  return g_strjoinv ("", parts);
}

static void
test_breakable (void)
{
  g_autofree char *short_word = word (JX_TEXT_LONG_RUN);
  g_autofree char *long_word = word (JX_TEXT_LONG_RUN + 1);
  g_autofree char *b = NULL;
  g_autofree char *back = NULL;
  g_autoptr(GString) cjk = g_string_new (NULL);
  g_autoptr(GString) marks = g_string_new ("前言 ");
  guint i;

  /* Ordinary text is left as it is. */
  g_assert_null (jx_text_breakable (NULL));
  g_assert_null (jx_text_breakable (""));
  g_assert_null (jx_text_breakable (short_word));
  g_assert_false (jx_text_has_long_run (short_word, -1));
  for (i = 0; i < 10000; i++)
    g_string_append (cjk, i % 40 == 39 ? "，" : "绩");
  g_assert_false (jx_text_has_long_run (cjk->str, -1));
  g_assert_null (jx_text_breakable (cjk->str));
  g_assert_null (jx_text_breakable ("The budget execution rate (预算执行率) is 100.00% of 3,751.00 万元."));

  /* A run one longer than the bound: a break opportunity between every two characters. */
  g_assert_true (jx_text_has_long_run (long_word, -1));
  b = jx_text_breakable (long_word);
  g_assert_cmpuint (count (b, ZWSP), ==, JX_TEXT_LONG_RUN);
  back = without_zwsp (b);
  g_assert_cmpstr (back, ==, long_word);
  g_clear_pointer (&b, g_free);
  g_clear_pointer (&back, g_free);

  /* Only the long run of a text; and never inside a character with its combining marks. */
  for (i = 0; i < 100; i++)
    g_string_append (marks, "e\xcc\x81");   /* é as e + U+0301 */
  g_string_append (marks, " 后记 short words");
  b = jx_text_breakable (marks->str);
  g_assert_nonnull (b);
  g_assert_cmpuint (count (b, ZWSP), ==, 99);
  g_assert_null (strstr (b, ZWSP "\xcc\x81"));
  g_assert_true (g_str_has_prefix (b, "前言 e\xcc\x81" ZWSP));
  g_assert_true (g_str_has_suffix (b, "e\xcc\x81 后记 short words"));
  back = without_zwsp (b);
  g_assert_cmpstr (back, ==, marks->str);
}

static void
test_shortened (void)
{
  g_autofree char *s = jx_text_shortened ("一二三四五六", 4);

  g_assert_cmpstr (s, ==, "一二三四…");
  g_assert_null (jx_text_shortened ("一二三四", 4));
  g_assert_null (jx_text_shortened (NULL, 4));
}

/* One context for the whole program, as the report has one. */
static PangoContext *
context (void)
{
  static PangoContext *ctx;

  if (ctx == NULL)
    ctx = pango_font_map_create_context (pango_cairo_font_map_get_default ());
  return ctx;
}

/* A paragraph of 30,000 bytes laid out in pieces wraps line for line as one layout does:
 * the same lines, the same height. */
static void
test_pieces_wrap_as_one (void)
{
  PangoContext *ctx = context ();
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(PangoLayout) whole = NULL;
  JxTextMeasure m = { 0 };
  PangoRectangle logical;
  guint i;

  for (i = 0; g_utf8_strlen (text->str, -1) < 10000; i++)
    g_string_append_printf (text, "第%u项指标完成率 %u.%02u%%，较上年增加 %u 万元。", i, i % 300, i % 100, i * 7);
  whole = _jx_report_layout_new (ctx, JX_REPORT_STYLE_BODY, text->str, 450, PANGO_ALIGN_LEFT);
  _jx_text_measure_set (&m, ctx, JX_REPORT_STYLE_BODY, text->str, 450, JX_CELL_LEFT);
  g_assert_cmpuint (m.pieces->len, >=, 5);
  g_assert_cmpuint (_jx_text_measure_n_lines (&m), ==, (guint) pango_layout_get_line_count (whole));
  pango_layout_get_extents (whole, NULL, &logical);
  g_assert_cmpfloat_with_epsilon (m.height, (double) logical.height / PANGO_SCALE, 0.5);
  /* Each piece's first line starts where the whole layout's line of that text does. */
  {
    guint p, line = 0;

    for (p = 0; p < m.pieces->len; p++)
      {
        PangoLayout *piece = g_ptr_array_index (m.pieces, p);
        const char *piece_text = pango_layout_get_text (piece);
        PangoLayoutLine *same = pango_layout_get_line_readonly (whole, (int) line);

        g_assert_true (strncmp (piece_text, text->str + same->start_index, 64) == 0);
        line += g_array_index (m.piece_lines, guint, p);
      }
    g_assert_cmpuint (line, ==, _jx_text_measure_n_lines (&m));
  }
  _jx_text_measure_clear (&m);
}

/* Seconds to measure and draw `n` characters of one word, on a recording surface. */
static double
measure_and_draw (guint n)
{
  PangoContext *ctx = context ();
  g_autofree char *w = word (n);
  cairo_surface_t *surface = cairo_recording_surface_create (CAIRO_CONTENT_COLOR_ALPHA, NULL);
  cairo_t *cr = cairo_create (surface);
  JxTextMeasure m = { 0 };
  gint64 start = g_get_monotonic_time ();
  guint lines, first;
  double seconds;
  cairo_rectangle_t ink;

  _jx_text_measure_set (&m, ctx, JX_REPORT_STYLE_BODY, w, 450, JX_CELL_LEFT);
  lines = _jx_text_measure_n_lines (&m);
  /* As the paginator does: 40 lines a page. */
  for (first = 0; first < lines; first += 40)
    _jx_text_measure_draw (&m, cr, 0, 0, first, MIN (40, lines - first));
  seconds = (g_get_monotonic_time () - start) / 1e6;
  /* Every character is on a line, no line wider than the box. */
  g_assert_cmpuint (lines, >=, n / 80);
  cairo_recording_surface_ink_extents (surface, &ink.x, &ink.y, &ink.width, &ink.height);
  g_test_message ("%u characters: %u lines, %u pieces, %.3f s", n, lines, m.pieces->len, seconds);
  g_assert_cmpfloat (ink.x + ink.width, <=, 451);
  _jx_text_measure_clear (&m);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  return seconds;
}

static void
test_linear (void)
{
  double t50, t200;

  measure_and_draw (5000);   /* fonts loaded */
  t50 = measure_and_draw (50000);
  t200 = measure_and_draw (200000);
  /* Linear: 4 × with room for a loaded machine; quadratic would be 16 ×. */
  g_assert_cmpfloat (t200, <, 4 * t50 * 2.5 + 0.2);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/long-text/breakable", test_breakable);
  g_test_add_func ("/long-text/shortened", test_shortened);
  g_test_add_func ("/long-text/pieces-wrap-as-one", test_pieces_wrap_as_one);
  g_test_add_func ("/long-text/linear", test_linear);
  return g_test_run ();
}
