/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-charts.c: every chart of the sample and of edge-case documents (empty tables, one
 * item, 30 items, a zero target, a 3000% completion, a 40-character label), drawn at every
 * style and at sizes from 320×240 to 3840×2160: nothing outside the bounds, nothing touching
 * the edge, not blank, no two texts overlapping, each series' colour present; PDF output read
 * back with pdftotext; hit-testing, the text alternative and the export errors. */
#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <math.h>
#include <string.h>

#include "jx-chart.h"
#include "jx-chart-private.h"
#include "jx-chart-style.h"
#include "jx-load.h"

#define MARGIN 12
#define LABEL40 "一二三四五六七八九十甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥天地玄黄宇宙洪荒"

static const JxChartStyleKind all_styles[] = {
  JX_CHART_STYLE_LIGHT, JX_CHART_STYLE_DARK, JX_CHART_STYLE_PRINT, JX_CHART_STYLE_PROJECTOR,
};

/* ---- documents ---- */

static JxDocData *
load_sample (void)
{
  const char *path = g_getenv ("JIXIAO_SAMPLE");
  g_autoptr(GFile) file = g_file_new_for_path (path != NULL ? path : SOURCE_SAMPLE);
  g_autoptr(GError) error = NULL;
  JxDocData *doc = jx_doc_data_load_file (file, &error);

  g_assert_no_error (error);
  g_assert_nonnull (doc);
  return doc;
}

/* A document from JSON written with ' for ". */
static JxDocData *
load_json (const char *json)
{
  g_autofree char *text = g_strdup (json);
  g_autoptr(GError) error = NULL;
  JxDocData *doc;

  g_strdelimit (text, "'", '"');
  doc = jx_doc_data_load_data (text, strlen (text), "test.jixiao", &error);
  g_assert_no_error (error);
  g_assert_nonnull (doc);
  return doc;
}

/* `tmpl` with each "%u" replaced by `i`. */
static char *
expand (const char *tmpl,
        guint       i)
{
  g_auto(GStrv) parts = g_strsplit (tmpl, "%u", -1);
  g_autofree char *number = g_strdup_printf ("%u", i);

  return g_strjoinv (number, parts);
}

/* `n` amount items named by `name` ("%u" for the index), amounts 1, 2, 3 … × `scale`. */
static char *
amount_items (guint       n,
              const char *name,
              double      scale)
{
  g_autoptr(GString) s = g_string_new ("[");
  guint i;

  for (i = 0; i < n; i++)
    {
      g_autofree char *label = expand (name, i + 1);
      char buf[G_ASCII_DTOSTR_BUF_SIZE];

      g_ascii_formatd (buf, sizeof buf, "%.2f", (i + 1) * scale);
      g_string_append_printf (s, "%s{'name':'%s','amount':%s}", i > 0 ? "," : "", label, buf);
    }
  g_string_append (s, "]");
  return g_string_free (g_steal_pointer (&s), FALSE);
}

static char *
three_public_items (guint       n,
                    const char *name)
{
  g_autoptr(GString) s = g_string_new ("[");
  guint i;

  for (i = 0; i < n; i++)
    {
      g_autofree char *label = expand (name, i + 1);

      g_string_append_printf (s, "%s{'name':'%s','budget':%u,'actual':%u.5}", i > 0 ? "," : "", label,
                              i + 2, i);
    }
  g_string_append (s, "]");
  return g_string_free (g_steal_pointer (&s), FALSE);
}

/* Level-3 indicators: `n` of them, target 10, actual from `actual` (format with %u). */
static char *
indicator_leaves (guint       n,
                  const char *name,
                  const char *target,
                  const char *actual)
{
  g_autoptr(GString) s = g_string_new ("[");
  guint i;

  for (i = 0; i < n; i++)
    {
      g_autofree char *label = expand (name, i + 1);
      g_autofree char *a = expand (actual, i + 1);

      g_string_append_printf (s, "%s{'name':'%s','weight':1,'parts':[{'target':%s,'actual':%s,'unit':'条',"
                              "'direction':'ge'}],'rule':{'kind':'positive'}}",
                              i > 0 ? "," : "", label, target, a);
    }
  g_string_append (s, "]");
  return g_string_free (g_steal_pointer (&s), FALSE);
}

/* A document with `n` items in every table and `n` quantitative indicators. */
static JxDocData *
doc_with (guint       n,
          const char *name,
          const char *target,
          const char *actual)
{
  g_autofree char *amounts = amount_items (n, name, 10.25);
  g_autofree char *three = three_public_items (n, name);
  g_autofree char *leaves = indicator_leaves (n, name, target, actual);
  g_autofree char *json = g_strdup_printf (
    "{'format':'jixiao','version':1,'department':{'name':'测试单位','year':2021},"
    "'budget':{'revenue':{'items':%s},'by_function':{'items':%s},'by_economic':{'items':%s},"
    "'by_nature':{'personnel':%u,'public':1.5,'project':%u},"
    "'execution':{'initial':100,'additional':-20,'adjusted':80,'actual':79.99},"
    "'three_public':{'items':%s,'previous_budget_total':3,'previous_actual_total':2}},"
    "'indicators':[{'name':'产出','weight':%u,'children':[{'name':'%s','children':%s}]}]}",
    amounts, amounts, amounts, n * 3, n * 7, three, n, name, leaves);

  return load_json (json);
}

static JxDocData *
doc_empty (void)
{
  return load_json ("{'format':'jixiao','version':1,'department':{'name':'','year':2021}}");
}

static JxDocData *
doc_unstated (void)
{
  return load_json ("{'format':'jixiao','version':1,'department':{'name':'d','year':2021},"
                    "'budget':{'revenue':{'items':[{'name':'a','amount':null},{'name':'b'}]},"
                    "'by_function':{'items':[]},'by_economic':{'total':5,'items':[{'name':'x'}]},"
                    "'by_nature':{'total':null},'execution':{'initial':null},"
                    "'three_public':{'items':[{'name':'公务接待费'}]}},"
                    "'indicators':[{'name':'投入','weight':10,'children':[{'name':'g','children':"
                    "[{'name':'q','weight':10,'target_text':'合理','rule':{'kind':'qualitative','grade':'achieved','share':90}}]}]}]}");
}

static JxDocData *
doc_zero_target (void)
{
  return doc_with (1, "零目标", "0", "5");
}

static JxDocData *
doc_huge_completion (void)
{
  /* 300 / 10 = 3000%, 31 / 10 = 310% … */
  return doc_with (3, "完成 %u", "10", "%u00");
}

typedef JxDocData *(*DocFunc) (void);

static JxDocData *doc_one (void) { return doc_with (1, "唯一项目", "10", "12"); }
static JxDocData *doc_thirty (void) { return doc_with (30, "项目第%u项", "10", "%u"); }
static JxDocData *doc_long (void) { return doc_with (2, LABEL40 "%u", "10", "9"); }

static const struct { const char *name; DocFunc make; } docs[] = {
  { "sample", load_sample },
  { "empty", doc_empty },
  { "unstated", doc_unstated },
  { "one", doc_one },
  { "thirty", doc_thirty },
  { "zero-target", doc_zero_target },
  { "completion-3000", doc_huge_completion },
  { "label-40", doc_long },
};

/* ---- pixels ---- */

static cairo_surface_t *
render_with_margin (const JxChart   *chart,
                    int              width,
                    int              height,
                    JxChartStyleKind style)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width + 2 * MARGIN,
                                                         height + 2 * MARGIN);
  cairo_t *cr = cairo_create (surface);

  cairo_translate (cr, MARGIN, MARGIN);
  jx_chart_render (chart, cr, width, height, style);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  return surface;
}

static guint32
pixel (cairo_surface_t *surface,
       int              x,
       int              y)
{
  const guchar *data = cairo_image_surface_get_data (surface);
  int stride = cairo_image_surface_get_stride (surface);

  return *(const guint32 *) (data + y * stride + x * 4);
}

static guint32
rgb_pixel (const JxRgb *c)
{
  return 0xff000000u | (guint32) lround (c->r * 255) << 16 | (guint32) lround (c->g * 255) << 8
         | (guint32) lround (c->b * 255);
}

static gboolean
close_to (guint32 a,
          guint32 b,
          int     tolerance)
{
  int k;

  for (k = 0; k < 32; k += 8)
    if (ABS ((int) ((a >> k) & 0xff) - (int) ((b >> k) & 0xff)) > tolerance)
      return FALSE;
  return TRUE;
}

/* The margin around the chart stays fully transparent: nothing is drawn outside. */
static void
assert_margin_clear (cairo_surface_t *surface,
                     const char      *what)
{
  int w = cairo_image_surface_get_width (surface);
  int h = cairo_image_surface_get_height (surface);
  int x, y;

  for (y = 0; y < h; y++)
    for (x = 0; x < w; x++)
      {
        gboolean inside = x >= MARGIN && x < w - MARGIN && y >= MARGIN && y < h - MARGIN;

        if (!inside && pixel (surface, x, y) != 0)
          g_error ("%s: drawn outside the chart at (%d, %d)", what, x - MARGIN, y - MARGIN);
      }
}

/* The outermost two pixels inside the chart are background: no text or bar runs to (and so
 * past) the edge. */
static void
assert_edge_clear (cairo_surface_t  *surface,
                   JxChartStyleKind  style,
                   const char       *what)
{
  guint32 bg = rgb_pixel (&jx_chart_style_get (style)->background);
  int w = cairo_image_surface_get_width (surface) - 2 * MARGIN;
  int h = cairo_image_surface_get_height (surface) - 2 * MARGIN;
  int x, y;

  for (y = 0; y < h; y++)
    for (x = 0; x < w; x++)
      {
        if (x >= 2 && x < w - 2 && y >= 2 && y < h - 2)
          continue;
        if (!close_to (pixel (surface, x + MARGIN, y + MARGIN), bg, 1))
          g_error ("%s: something touches the edge at (%d, %d)", what, x, y);
      }
}

/* Not blank: a fair share of pixels differ from the background. */
static void
assert_not_blank (cairo_surface_t  *surface,
                  JxChartStyleKind  style,
                  const char       *what)
{
  guint32 bg = rgb_pixel (&jx_chart_style_get (style)->background);
  int w = cairo_image_surface_get_width (surface) - 2 * MARGIN;
  int h = cairo_image_surface_get_height (surface) - 2 * MARGIN;
  guint64 ink = 0;
  int x, y;

  for (y = 0; y < h; y++)
    for (x = 0; x < w; x++)
      ink += !close_to (pixel (surface, x + MARGIN, y + MARGIN), bg, 8);
  if (ink < (guint64) w * h / 400)
    g_error ("%s: nearly blank (%" G_GUINT64_FORMAT " pixels of ink)", what, ink);
}

static gboolean
has_colour (cairo_surface_t *surface,
            const JxRgb     *colour)
{
  guint32 want = rgb_pixel (colour);
  int w = cairo_image_surface_get_width (surface);
  int h = cairo_image_surface_get_height (surface);
  int x, y;

  for (y = 0; y < h; y++)
    for (x = 0; x < w; x++)
      if (close_to (pixel (surface, x, y), want, 2))
        return TRUE;
  return FALSE;
}

/* Every text drawn lies inside the chart and overlaps no other. */
static void
assert_texts_apart (const JxChart   *chart,
                    double           width,
                    double           height,
                    JxChartStyleKind style,
                    const char      *what)
{
  g_autoptr(GArray) texts = g_array_new (FALSE, FALSE, sizeof (JxRect));
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1, 1);
  cairo_t *cr = cairo_create (surface);
  guint i, j;

  _jx_chart_run (chart, cr, width, height, style, NULL, texts);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  g_assert_cmpuint (texts->len, >, 0);

  for (i = 0; i < texts->len; i++)
    {
      const JxRect *a = &g_array_index (texts, JxRect, i);

      if (a->x < -0.5 || a->y < -0.5 || a->x + a->w > width + 0.5 || a->y + a->h > height + 0.5)
        g_error ("%s: text %u (%.1f, %.1f, %.1f × %.1f) runs off the chart", what, i, a->x, a->y, a->w, a->h);
      for (j = i + 1; j < texts->len; j++)
        {
          const JxRect *b = &g_array_index (texts, JxRect, j);
          double ox = MIN (a->x + a->w, b->x + b->w) - MAX (a->x, b->x);
          double oy = MIN (a->y + a->h, b->y + b->h) - MAX (a->y, b->y);

          if (ox > 0.5 && oy > 0.5)
            g_error ("%s: texts %u (%.1f, %.1f, %.1f × %.1f) and %u (%.1f, %.1f, %.1f × %.1f) overlap",
                     what, i, a->x, a->y, a->w, a->h, j, b->x, b->y, b->w, b->h);
        }
    }
}

/* ---- tests ---- */

static void
check_document (gconstpointer data)
{
  guint d = GPOINTER_TO_UINT (data);
  g_autoptr(JxDocData) doc = docs[d].make ();
  g_autoptr(GPtrArray) charts = jx_charts_for_document (doc);
  static const int sizes[][2] = { { 320, 240 }, { 600, 400 }, { 1600, 1000 }, { 3840, 2160 }, { 420, 800 } };
  guint c, s, k;

  g_assert_cmpuint (charts->len, >=, 8);
  for (c = 0; c < charts->len; c++)
    {
      const JxChart *chart = g_ptr_array_index (charts, c);

      for (k = 0; k < G_N_ELEMENTS (sizes); k++)
        for (s = 0; s < G_N_ELEMENTS (all_styles); s++)
          {
            g_autofree char *what = g_strdup_printf ("%s/%s %d×%d %s", docs[d].name, jx_chart_get_id (chart),
                                                     sizes[k][0], sizes[k][1],
                                                     jx_chart_style_to_string (all_styles[s]));
            cairo_surface_t *surface;

            /* The largest size once, in one style: it is slow and scales like the others. */
            if (sizes[k][0] > 2000 && all_styles[s] != JX_CHART_STYLE_PROJECTOR)
              continue;
            surface = render_with_margin (chart, sizes[k][0], sizes[k][1], all_styles[s]);
            if (g_getenv ("JX_CHART_DUMP_DIR") != NULL)
              {
                /* For looking at them: JX_CHART_DUMP_DIR=/tmp/charts build/tests/test-charts */
                g_autofree char *file = g_strdup_printf ("%s/%s-%s-%dx%d-%s.png", g_getenv ("JX_CHART_DUMP_DIR"),
                                                         docs[d].name, jx_chart_get_id (chart), sizes[k][0],
                                                         sizes[k][1], jx_chart_style_to_string (all_styles[s]));

                cairo_surface_write_to_png (surface, file);
              }
            assert_margin_clear (surface, what);
            assert_edge_clear (surface, all_styles[s], what);
            assert_not_blank (surface, all_styles[s], what);
            cairo_surface_destroy (surface);
            assert_texts_apart (chart, sizes[k][0], sizes[k][1], all_styles[s], what);
          }
    }
}

/* Light style: the colour of every fill the chart uses is in the pixels. */
static void
test_series_colours (void)
{
  guint d;

  for (d = 0; d < G_N_ELEMENTS (docs); d++)
    {
      g_autoptr(JxDocData) doc = docs[d].make ();
      g_autoptr(GPtrArray) charts = jx_charts_for_document (doc);
      const JxChartStyle *style = jx_chart_style_get (JX_CHART_STYLE_LIGHT);
      guint c, f;

      for (c = 0; c < charts->len; c++)
        {
          const JxChart *chart = g_ptr_array_index (charts, c);
          guint mask = _jx_chart_fills_used (chart);
          cairo_surface_t *surface = render_with_margin (chart, 1600, 1000, JX_CHART_STYLE_LIGHT);

          if (!chart->empty)
            g_assert_cmpuint (mask, !=, 0);
          for (f = 0; f < JX_N_FILLS; f++)
            if ((mask & (1u << f)) != 0 && !has_colour (surface, &style->fills[f].colour))
              g_error ("%s/%s: the colour of fill %u is missing", docs[d].name, jx_chart_get_id (chart), f);
          cairo_surface_destroy (surface);
        }
    }
}

static void
test_ids (void)
{
  g_autoptr(JxDocData) doc = load_sample ();
  g_autoptr(GPtrArray) charts = jx_charts_for_document (doc);
  static const char * const expected[] = {
    "revenue", "spending-function", "spending-nature", "spending-economic", "budget-execution",
    "three-public", "year-over-year", "target-actual",
  };
  const JxIndicator *news = NULL;
  const JxIndicator *goals = NULL;
  g_autofree char *news_id = NULL;
  guint i;

  for (i = 0; i < G_N_ELEMENTS (expected); i++)
    g_assert_cmpstr (jx_chart_get_id (g_ptr_array_index (charts, i)), ==, expected[i]);
  g_assert_cmpstr (jx_chart_get_id (g_ptr_array_index (charts, charts->len - 1)), ==, "scores");
  for (i = 0; i < charts->len; i++)
    {
      const JxChart *chart = g_ptr_array_index (charts, i);
      g_autoptr(GRegex) re = g_regex_new ("^[a-z0-9]+(-[a-z0-9]+)*$", 0, 0, NULL);
      g_autoptr(JxChart) again = jx_chart_new_for_id (doc, jx_chart_get_id (chart));

      g_assert_true (g_regex_match (re, jx_chart_get_id (chart), 0, NULL));
      g_assert_nonnull (again);
      g_assert_cmpstr (jx_chart_get_title (again), ==, jx_chart_get_title (chart));
    }
  g_assert_null (jx_chart_new_for_id (doc, "no-such-chart"));

  /* A group with numeric targets has its own chart; a qualitative one has none. */
  news = g_ptr_array_index (((const JxIndicator *) g_ptr_array_index (doc->indicators, 2))->children, 0);
  goals = g_ptr_array_index (((const JxIndicator *) g_ptr_array_index (doc->indicators, 0))->children, 0);
  g_assert_cmpstr (news->name, ==, "新闻信息部");
  news_id = jx_chart_id_for_group (doc, news);
  g_assert_cmpstr (news_id, ==, "target-actual-6");
  g_assert_null (jx_chart_id_for_group (doc, goals));
  {
    g_autoptr(JxChart) chart = jx_chart_new_for_id (doc, news_id);
    g_autofree char *text = jx_chart_dup_text_alternative (chart);

    g_assert_nonnull (strstr (jx_chart_get_title (chart), "新闻信息部"));
    g_assert_nonnull (strstr (text, "1383.33%"));
    g_assert_null (strstr (text, "政府采购执行率"));
  }
}

static void
test_text_alternative (void)
{
  g_autoptr(JxDocData) doc = load_sample ();
  g_autoptr(JxChart) revenue = jx_chart_new_for_id (doc, "revenue");
  g_autoptr(JxChart) three = jx_chart_new_for_id (doc, "three-public");
  g_autoptr(JxChart) target = jx_chart_new_for_id (doc, "target-actual");
  g_autoptr(JxChart) scores = jx_chart_new_for_id (doc, "scores");
  g_autofree char *t1 = jx_chart_dup_text_alternative (revenue);
  g_autofree char *t2 = jx_chart_dup_text_alternative (three);
  g_autofree char *t3 = jx_chart_dup_text_alternative (target);
  g_autofree char *t4 = jx_chart_dup_text_alternative (scores);
  g_autoptr(JxDocData) long_doc = doc_long ();
  g_autoptr(JxChart) long_chart = jx_chart_new_for_id (long_doc, "spending-economic");
  g_autofree char *t5 = jx_chart_dup_text_alternative (long_chart);
  g_autoptr(JxDocData) empty = doc_empty ();
  g_autoptr(JxChart) empty_chart = jx_chart_new_for_id (empty, "revenue");
  g_autofree char *t6 = jx_chart_dup_text_alternative (empty_chart);

  g_assert_true (g_str_has_prefix (t1, "Revenue structure\n"));
  g_assert_nonnull (strstr (t1, "一般公共预算财政拨款收入 2,725.07 10k yuan (72.65%)"));
  g_assert_nonnull (strstr (t1, "Total: 3,751.00"));
  g_assert_nonnull (strstr (t2, "公务用车运行维护费: budget 4.00 10k yuan, actual 2.96 10k yuan"));
  g_assert_nonnull (strstr (t2, "2020: budget 5.50 10k yuan, actual 2.96 10k yuan"));
  g_assert_nonnull (strstr (t2, "2019: budget 17.00 10k yuan, actual 1.82 10k yuan"));
  g_assert_nonnull (strstr (t2, "公务用车购置费: budget 0.00 10k yuan, actual 0.00 10k yuan; last year: budget 10.00, actual not stated"));
  g_assert_nonnull (strstr (t3, "产出/新媒体部/新媒体平台发布信息总点击量: completion 1651.38% (1800 / 109 万人（次）)"));
  g_assert_nonnull (strstr (t3, "政府采购执行率: completion 62.52%"));
  g_assert_nonnull (strstr (t4, "投入: 5 of 6 points, 83.33%, 良好"));
  g_assert_nonnull (strstr (t4, "Total score: 98 of 100"));
  /* The whole of a long label, even where the drawing ellipsizes it. */
  g_assert_nonnull (strstr (t5, LABEL40 "1 "));
  g_assert_nonnull (strstr (t6, "No data"));
}

static void
test_describe_at (void)
{
  g_autoptr(JxDocData) doc = load_sample ();
  g_autoptr(JxChart) revenue = jx_chart_new_for_id (doc, "revenue");
  g_autoptr(JxChart) target = jx_chart_new_for_id (doc, "target-actual-6");
  gboolean slice = FALSE, row = FALSE;
  double x, y;

  for (y = 0; y < 500; y += 8)
    for (x = 0; x < 800; x += 8)
      {
        g_autofree char *a = jx_chart_describe_at (revenue, 800, 500, x, y);
        g_autofree char *b = jx_chart_describe_at (target, 800, 500, x, y);

        slice |= g_strcmp0 (a, "一般公共预算财政拨款收入 2,725.07 10k yuan (72.65%)") == 0;
        row |= b != NULL && strstr (b, "公益广告: completion 1383.33% (166 / 12 条)") != NULL;
      }
  g_assert_true (slice);
  g_assert_true (row);

  /* Projector type is larger: the same point may hold something else, but every slice is
   * still found where the projector style draws it. */
  slice = FALSE;
  for (y = 0; y < 500 && !slice; y += 8)
    for (x = 0; x < 800 && !slice; x += 8)
      {
        g_autofree char *a = jx_chart_describe_at_style (revenue, 800, 500, JX_CHART_STYLE_PROJECTOR, x, y);

        slice = g_strcmp0 (a, "其他收入 722.79 10k yuan (19.27%)") == 0;
      }
  g_assert_true (slice);
  /* Every chart of the sample answers on each region it draws, with that region's text. */
  {
    g_autoptr(GPtrArray) charts = jx_charts_for_document (doc);
    guint c, i;

    for (c = 0; c < charts->len; c++)
      {
        const JxChart *chart = g_ptr_array_index (charts, c);
        g_autoptr(GArray) hits = g_array_new (FALSE, FALSE, sizeof (JxChartHit));
        cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1, 1);
        cairo_t *cr = cairo_create (surface);

        _jx_chart_run (chart, cr, 1200, 750, JX_CHART_STYLE_LIGHT, hits, NULL);
        cairo_destroy (cr);
        cairo_surface_destroy (surface);
        g_assert_cmpuint (hits->len, >=, 1);
        for (i = 0; i < hits->len; i++)
          {
            const JxChartHit *hit = &g_array_index (hits, JxChartHit, i);
            double cx = hit->shape == JX_HIT_RECT ? hit->x + hit->w / 2
                                                  : hit->x + (hit->w + hit->h) / 2 * cos ((hit->a0 + hit->a1) / 2);
            double cy = hit->shape == JX_HIT_RECT ? hit->y + hit->h / 2
                                                  : hit->y + (hit->w + hit->h) / 2 * sin ((hit->a0 + hit->a1) / 2);
            g_autofree char *text = jx_chart_describe_at (chart, 1200, 750, cx, cy);

            g_assert_cmpstr (text, ==, hit->text);
          }
      }
  }

  /* Over the title and outside the chart: nothing. */
  g_assert_null (jx_chart_describe_at (revenue, 800, 500, 4, 4));
  g_assert_null (jx_chart_describe_at (revenue, 800, 500, 900, 10));
  g_assert_null (jx_chart_describe_at (revenue, 800, 500, -1, 10));
}

static char *
pdf_text (const char *path)
{
  const char *argv[] = { "pdftotext", "-layout", path, "-", NULL };
  g_autoptr(GError) error = NULL;
  char *out = NULL;
  int status = 0;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                NULL, NULL, &out, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  /* pdftotext spaces words by their position: compare without spaces. */
  g_strdelimit (out, " \n", ' ');
  {
    char *w = out, *r;

    for (r = out; *r != '\0'; r++)
      if (*r != ' ')
        *w++ = *r;
    *w = '\0';
  }
  return out;
}

static char *
export_pdf_text (const JxDocData *doc,
                 const char      *dir,
                 const char      *id)
{
  g_autoptr(JxChart) chart = jx_chart_new_for_id (doc, id);
  g_autofree char *path = g_strdup_printf ("%s/%s.pdf", dir, id);
  g_autoptr(GError) error = NULL;

  g_assert_nonnull (chart);
  g_assert_true (jx_chart_export (chart, path, 600, 400, JX_CHART_STYLE_PRINT, &error));
  g_assert_no_error (error);
  return pdf_text (path);
}

static void
test_pdf_text (void)
{
  g_autoptr(JxDocData) doc = load_sample ();
  g_autofree char *dir = g_dir_make_tmp ("jx-charts-XXXXXX", NULL);
  g_autofree char *revenue = export_pdf_text (doc, dir, "revenue");
  g_autofree char *three = export_pdf_text (doc, dir, "three-public");
  g_autofree char *target = export_pdf_text (doc, dir, "target-actual");
  g_autofree char *group = export_pdf_text (doc, dir, "target-actual-10");
  g_autofree char *steps = export_pdf_text (doc, dir, "budget-execution");
  g_autofree char *scores = export_pdf_text (doc, dir, "scores");
  g_autofree char *nature = export_pdf_text (doc, dir, "spending-nature");
  g_autoptr(GDir) listing = NULL;
  const char *name;

  g_assert_nonnull (strstr (revenue, "Revenuestructure"));
  g_assert_nonnull (strstr (revenue, "一般公共预算财政拨款收入"));
  g_assert_nonnull (strstr (revenue, "2,725.07"));
  g_assert_nonnull (strstr (revenue, "72.65%"));
  g_assert_nonnull (strstr (revenue, "3,751.00"));
  g_assert_nonnull (strstr (three, "“Threepublic”expenses"));
  g_assert_nonnull (strstr (three, "5.50"));
  g_assert_nonnull (strstr (three, "2.96"));
  g_assert_nonnull (strstr (three, "17.00"));
  g_assert_nonnull (strstr (three, "53.82%"));
  g_assert_nonnull (strstr (target, "Targetcompletion"));
  g_assert_nonnull (strstr (target, "1383.33%"));
  g_assert_nonnull (strstr (target, "62.52%"));
  g_assert_nonnull (strstr (group, "1651.38%"));
  g_assert_nonnull (strstr (group, "新媒体平台发布信息总点击量"));
  g_assert_nonnull (strstr (steps, "1,967.13"));
  g_assert_nonnull (strstr (steps, "+1,783.87"));
  g_assert_nonnull (strstr (steps, "100.00%"));
  g_assert_nonnull (strstr (scores, "5/6"));
  g_assert_nonnull (strstr (scores, "83.33%"));
  g_assert_nonnull (strstr (scores, "良好"));
  g_assert_nonnull (strstr (nature, "1,361.26"));
  g_assert_nonnull (strstr (nature, "1,628.50"));

  /* Atomic writes leave nothing but the files. */
  listing = g_dir_open (dir, 0, NULL);
  while ((name = g_dir_read_name (listing)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);

      g_assert_true (g_str_has_suffix (name, ".pdf"));
      g_remove (path);
    }
  g_rmdir (dir);
}

static void
test_export_formats (void)
{
  g_autoptr(JxDocData) doc = load_sample ();
  g_autoptr(JxChart) chart = jx_chart_new_for_id (doc, "spending-function");
  g_autofree char *dir = g_dir_make_tmp ("jx-charts-XXXXXX", NULL);
  g_autofree char *png = g_build_filename (dir, "a.PNG", NULL);
  g_autofree char *svg = g_build_filename (dir, "a.svg", NULL);
  g_autofree char *txt = g_build_filename (dir, "a.txt", NULL);
  g_autofree char *tiny = g_build_filename (dir, "tiny.png", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  cairo_surface_t *image;
  gsize length;

  g_assert_true (jx_chart_export (chart, png, 640, 360, JX_CHART_STYLE_LIGHT, &error));
  g_assert_no_error (error);
  image = cairo_image_surface_create_from_png (png);
  g_assert_cmpint (cairo_surface_status (image), ==, CAIRO_STATUS_SUCCESS);
  g_assert_cmpint (cairo_image_surface_get_width (image), ==, 640);
  g_assert_cmpint (cairo_image_surface_get_height (image), ==, 360);
  cairo_surface_destroy (image);

  g_assert_true (jx_chart_export (chart, svg, 600, 400, JX_CHART_STYLE_DARK, &error));
  g_assert_true (g_file_get_contents (svg, &contents, &length, NULL));
  g_assert_nonnull (strstr (contents, "<svg"));
  g_assert_nonnull (strstr (contents, "width=\"600pt\""));

  g_assert_false (jx_chart_export (chart, txt, 600, 400, JX_CHART_STYLE_PRINT, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT);
  g_clear_error (&error);
  g_assert_false (g_file_test (txt, G_FILE_TEST_EXISTS));
  g_assert_false (jx_chart_export (chart, tiny, 4, 400, JX_CHART_STYLE_PRINT, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT);
  g_clear_error (&error);
  g_assert_false (g_file_test (tiny, G_FILE_TEST_EXISTS));

  g_assert_cmpstr (jx_chart_export_format ("x/y.Pdf"), ==, "pdf");
  g_assert_null (jx_chart_export_format ("x/.png"));
  g_assert_null (jx_chart_export_format ("png"));

  g_remove (png);
  g_remove (svg);
  g_rmdir (dir);
}

static void
test_styles (void)
{
  JxChartStyleKind kind;
  guint i, f;

  g_assert_true (jx_chart_style_from_string ("projector", &kind));
  g_assert_cmpint (kind, ==, JX_CHART_STYLE_PROJECTOR);
  g_assert_true (jx_chart_style_from_string ("Print", &kind));
  g_assert_cmpint (kind, ==, JX_CHART_STYLE_PRINT);
  g_assert_false (jx_chart_style_from_string ("neon", &kind));
  g_assert_false (jx_chart_style_from_string (NULL, &kind));

  /* Print: any two fills differ in lightness or in hatch, never in hue alone. */
  for (i = 0; i < JX_N_FILLS; i++)
    for (f = i + 1; f < JX_N_FILLS; f++)
      {
        const JxFill *a = &jx_chart_style_get (JX_CHART_STYLE_PRINT)->fills[i];
        const JxFill *b = &jx_chart_style_get (JX_CHART_STYLE_PRINT)->fills[f];
        double la = 0.2126 * a->colour.r + 0.7152 * a->colour.g + 0.0722 * a->colour.b;
        double lb = 0.2126 * b->colour.r + 0.7152 * b->colour.g + 0.0722 * b->colour.b;

        /* Only fills that meet in one chart: the categorical ones, reached and below
         * target, a score and its full marks. */
        if (!(f < JX_FILL_CATEGORICAL || (i == JX_FILL_GOOD && f == JX_FILL_WARN)
              || (i == 0 && f == JX_FILL_TRACK)))
          continue;
        if (a->hatch == b->hatch && fabs (la - lb) < 0.15)
          g_error ("print fills %u and %u differ only in hue", i, f);
      }
}

/* Reached and missed differ by a hatch as well as by colour where colour may fail: on paper
 * (greyscale) and on a projector (washed out; deuteranopia: green against orange). */
static void
test_reached_missed_shape (void)
{
  static const JxChartStyleKind kinds[] = { JX_CHART_STYLE_PRINT, JX_CHART_STYLE_PROJECTOR };
  guint i;

  for (i = 0; i < G_N_ELEMENTS (kinds); i++)
    {
      const JxChartStyle *style = jx_chart_style_get (kinds[i]);

      g_assert_cmpint (jx_chart_style_hatched (style, JX_FILL_GOOD), !=, jx_chart_style_hatched (style, JX_FILL_WARN));
      /* and the print style's smallest type is 9 pt */
      if (kinds[i] == JX_CHART_STYLE_PRINT)
        g_assert_cmpfloat (style->min_font, >=, 9);
    }
}

int
main (int   argc,
      char *argv[])
{
  guint d;

  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/charts/ids", test_ids);
  g_test_add_func ("/charts/styles", test_styles);
  g_test_add_func ("/charts/styles/reached-missed-shape", test_reached_missed_shape);
  g_test_add_func ("/charts/text-alternative", test_text_alternative);
  g_test_add_func ("/charts/describe-at", test_describe_at);
  g_test_add_func ("/charts/series-colours", test_series_colours);
  g_test_add_func ("/charts/pdf-text", test_pdf_text);
  g_test_add_func ("/charts/export-formats", test_export_formats);
  for (d = 0; d < G_N_ELEMENTS (docs); d++)
    {
      g_autofree char *path = g_strdup_printf ("/charts/render/%s", docs[d].name);

      g_test_add_data_func (path, GUINT_TO_POINTER (d), check_document);
    }
  return g_test_run ();
}
