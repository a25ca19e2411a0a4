/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-report.c: the report's paginator — every fragment inside the type area, headings
 * never last on a page, paragraphs split with two lines on each side, table rows in order,
 * whole unless a row alone exceeds a page (then split between lines, each line once), any
 * paper size; and the PDF export's failures. */
#include "config.h"

#include <cairo-pdf.h>
#include <glib/gstdio.h>
#include <math.h>
#include <string.h>

#include "jx-load.h"
#include "jx-report-private.h"

#define EPS 0.02

static JxDocData *
load_json (const char *json)
{
  g_autoptr(GError) error = NULL;
  JxDocData *doc = jx_doc_data_load_data (json, strlen (json), "test", &error);

  g_assert_no_error (error);
  g_assert_nonnull (doc);
  return doc;
}

static JxDocData *
load_sample (void)
{
  const char *path = g_getenv ("JIXIAO_SAMPLE");
  g_autoptr(GFile) file = g_file_new_for_path (path != NULL ? path : SOURCE_SAMPLE);
  g_autoptr(GError) error = NULL;
  JxDocData *doc = jx_doc_data_load_file (file, &error);

  g_assert_no_error (error);
  return doc;
}

/* A document of `n` level-3 indicators in groups of 25 under four dimensions; every
 * `long_every`-th has a note of `note_chars` characters (0: none). */
static JxDocData *
make_document (guint n,
               guint long_every,
               guint note_chars)
{
  g_autoptr(GString) json = g_string_new ("{\"format\": \"jixiao\", \"version\": 1,"
                                          " \"department\": {\"name\": \"某区某中心\", \"year\": 2021},"
                                          " \"indicators\": [");
  static const char * const dims[] = { "投入", "过程", "产出", "效果" };
  g_autofree char *note = NULL;
  guint d, i = 0;

  if (note_chars > 0)
    {
      GString *s = g_string_new (NULL);
      while (g_utf8_strlen (s->str, -1) < (glong) note_chars)
        g_string_append (s, "说明偏差原因及改进措施，");
      note = g_string_free (s, FALSE);
    }
  for (d = 0; d < 4; d++)
    {
      guint count = n / 4 + (d < n % 4 ? 1 : 0), g, k;

      g_string_append_printf (json, "%s{\"name\": \"%s\", \"weight\": %u, \"children\": [", d ? "," : "", dims[d], count);
      for (g = 0; g * 25 < count; g++)
        {
          g_string_append_printf (json, "%s{\"name\": \"%s第%u组\", \"children\": [", g ? "," : "", dims[d], g + 1);
          for (k = g * 25; k < MIN (count, (g + 1) * 25); k++, i++)
            g_string_append_printf (json,
                                    "%s{\"number\": \"%u\", \"name\": \"第 %u 项指标的名称\", \"weight\": 1,"
                                    " \"target_text\": \"100 个\", \"parts\": [{\"target\": 100, \"actual\": %u,"
                                    " \"unit\": \"个\", \"direction\": \"ge\"}], \"rule\": {\"kind\": \"positive\"},"
                                    " \"note\": \"%s\"}",
                                    k > g * 25 ? "," : "", i + 1, i + 1, 80 + i % 40,
                                    long_every > 0 && i % long_every == long_every - 1 && note != NULL ? note : "");
          g_string_append (json, "]}");
        }
      g_string_append (json, "]}");
    }
  g_string_append (json, "]}");
  return load_json (json->str);
}

static JxReport *
paginate (const JxDocData *doc,
          double           width,
          double           height)
{
  JxReport *report = jx_report_new (doc, width, height);
  cairo_surface_t *surface = cairo_pdf_surface_create (NULL, width, height);
  cairo_t *cr = cairo_create (surface);
  int i, n;

  n = jx_report_paginate (report, cr);
  g_assert_cmpint (n, >=, 2);
  g_assert_cmpint (n, ==, jx_report_get_n_pages (report));
  for (i = 0; i < n; i++)
    {
      jx_report_draw_page (report, cr, i);
      cairo_show_page (cr);
    }
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
  cairo_surface_destroy (surface);
  return report;
}

typedef struct {
  guint n_split_rows;       /* pieces of rows taller than a page */
  guint max_table_pages;    /* pages of the longest table */
} Stats;

static guint
block_index (JxReport            *report,
             const JxReportBlock *block)
{
  guint i;

  g_assert_true (g_ptr_array_find (report->blocks, block, &i));
  return i;
}

/* Every rule of the module comment, on every page. */
static Stats
check_layout (JxReport *report)
{
  GHashTable *next_row = g_hash_table_new (NULL, NULL);       /* table → next row index + 1 */
  GHashTable *table_pages = g_hash_table_new (NULL, NULL);
  GHashTable *next_line = g_hash_table_new (NULL, NULL);      /* text block → next line + 1 */
  double limit = report->page_height - report->bottom;
  Stats stats = { 0, 0 };
  guint16 cell_next[JX_TABLE_MAX_COLUMNS] = { 0 };
  guint p, i, c;

  for (p = 0; p < report->pages->len; p++)
    {
      GArray *page = g_ptr_array_index (report->pages, p);

      g_assert_cmpuint (page->len, >, 0);
      for (i = 0; i < page->len; i++)
        {
          JxReportFragment *f = &g_array_index (page, JxReportFragment, i);
          JxReportBlock *b = g_ptr_array_index (report->blocks, f->index);

          g_assert_true (f->block == b);
          g_assert_true (&g_array_index (report->measures, JxBlockMeasure, f->index) == f->measure);

          g_assert_cmpfloat (f->y, >=, report->top - EPS);
          g_assert_cmpfloat (f->y + f->height, <=, limit + EPS);
          if (b->kind == JX_BLOCK_TEXT)
            {
              guint n = f->measure->text.bounds->len - 1;
              guint expected = GPOINTER_TO_UINT (g_hash_table_lookup (next_line, b));

              /* lines in order, each once */
              g_assert_cmpuint (f->first_line, ==, expected);
              g_assert_cmpuint (f->n_lines, >=, 1);
              g_hash_table_insert (next_line, b, GUINT_TO_POINTER (f->first_line + f->n_lines));
              if (f->n_lines < n)
                {
                  /* a split paragraph: two lines at least in each part */
                  g_assert_false (b->keep_with_next);
                  g_assert_cmpuint (f->n_lines, >=, 2);
                }
              /* a heading is followed on its page by what it heads */
              if (b->keep_with_next && block_index (report, b) + 1 < report->blocks->len)
                {
                  JxReportBlock *next = g_ptr_array_index (report->blocks, block_index (report, b) + 1);

                  if (next->kind != JX_BLOCK_PAGE_BREAK)
                    g_assert_cmpuint (i + 1, <, page->len);
                }
            }
          else if (b->kind == JX_BLOCK_TABLE)
            {
              const JxReportTable *t = b->table;
              guint k;

              g_hash_table_insert (table_pages, b,
                                   GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (table_pages, b)) + 1));
              g_assert_cmpuint (f->continued, ==, g_hash_table_contains (next_row, b));
              for (k = 0; k < f->pieces->len; k++)
                {
                  const JxTablePiece *piece = &g_array_index (f->pieces, JxTablePiece, k);
                  const JxTableMeasure *tm = f->measure->table;
                  guint expected = GPOINTER_TO_UINT (g_hash_table_lookup (next_row, b));

                  g_assert_cmpuint (piece->at_top, ==, k == 0);
                  if (!piece->split)
                    {
                      g_assert_cmpuint (piece->row, ==, expected);
                      g_hash_table_insert (next_row, b, GUINT_TO_POINTER (piece->row + 1));
                      continue;
                    }
                  /* a split row: taller than a page; each line of each cell once, in order */
                  stats.n_split_rows++;
                  g_assert_cmpfloat (tm->rows[piece->row].top_height, >,
                                     limit - report->top - tm->header_height - tm->continued_height);
                  if (piece->row == expected)
                    {
                      memset (cell_next, 0, sizeof cell_next);
                      g_hash_table_insert (next_row, b, GUINT_TO_POINTER (piece->row + 1));
                    }
                  else
                    g_assert_cmpuint (piece->row + 1, ==, expected);
                  for (c = 0; c < t->n_columns; c++)
                    if (piece->count[c] > 0)
                      {
                        g_assert_cmpuint (piece->first[c], ==, cell_next[c]);
                        cell_next[c] += piece->count[c];
                      }
                }
              if (!g_hash_table_contains (next_row, b))
                g_hash_table_insert (next_row, b, GUINT_TO_POINTER (0));
            }
        }
    }

  /* nothing left out */
  for (i = 0; i < report->blocks->len; i++)
    {
      JxReportBlock *b = g_ptr_array_index (report->blocks, i);
      const JxBlockMeasure *m = &g_array_index (report->measures, JxBlockMeasure, i);

      if (b->kind == JX_BLOCK_TEXT)
        g_assert_cmpuint (GPOINTER_TO_UINT (g_hash_table_lookup (next_line, b)), ==, m->text.bounds->len - 1);
      else if (b->kind == JX_BLOCK_TABLE)
        {
          g_assert_cmpuint (GPOINTER_TO_UINT (g_hash_table_lookup (next_row, b)), ==, b->table->rows->len);
          stats.max_table_pages = MAX (stats.max_table_pages, GPOINTER_TO_UINT (g_hash_table_lookup (table_pages, b)));
        }
    }
  g_hash_table_unref (next_row);
  g_hash_table_unref (table_pages);
  g_hash_table_unref (next_line);
  return stats;
}

static void
test_sample (void)
{
  g_autoptr(JxDocData) doc = load_sample ();
  g_autoptr(JxReport) report = paginate (doc, JX_REPORT_A4_WIDTH, JX_REPORT_A4_HEIGHT);
  Stats stats = check_layout (report);

  g_assert_cmpint (jx_report_get_n_pages (report), >=, 8);
  g_assert_cmpuint (stats.n_split_rows, ==, 0);
  /* the cover is a page of its own */
  g_assert_cmpuint (((GArray *) g_ptr_array_index (report->pages, 0))->len, ==, 5);
}

static void
test_many_indicators (void)
{
  g_autoptr(JxDocData) doc = make_document (500, 7, 120);
  g_autoptr(JxReport) report = paginate (doc, JX_REPORT_A4_WIDTH, JX_REPORT_A4_HEIGHT);
  Stats stats = check_layout (report);

  g_assert_cmpuint (stats.n_split_rows, ==, 0);
  g_assert_cmpuint (stats.max_table_pages, >=, 10);
}

static void
test_tall_row (void)
{
  g_autoptr(JxDocData) doc = make_document (12, 5, 3000);
  /* A6: a table cell prints at most 200 characters (the rest in the 附录), which on A4 fit a
   * page (jx-report-appendix.c); on A6 its narrow column still makes a row taller than one */
  g_autoptr(JxReport) report = paginate (doc, 297.64, 419.53);
  Stats stats = check_layout (report);

  /* two notes of 3000 characters in the goal table: each over several pages */
  g_assert_cmpuint (stats.n_split_rows, >=, 4);
}

static void
test_long_paragraph (void)
{
  g_autoptr(JxDocData) doc = make_document (8, 0, 0);
  g_autoptr(JxReport) report = NULL;
  GString *text = g_string_new (NULL);

  while (text->len < 40000)
    g_string_append (text, "一年来，先后策划组织疫情防控、复工复产、精准扶贫等大型宣传活动，得到了组织和各界的好评。");
  g_free (doc->conclusion.experience);
  doc->conclusion.experience = g_string_free (text, FALSE);
  report = paginate (doc, JX_REPORT_A4_WIDTH, JX_REPORT_A4_HEIGHT);
  check_layout (report);
  g_assert_cmpint (jx_report_get_n_pages (report), >=, 15);
}

static void
test_paper_sizes (void)
{
  static const double sizes[][2] = {
    { 841.89, 595.28 },    /* A4 landscape */
    { 297.64, 419.53 },    /* A6 */
    { 612, 792 },          /* Letter */
    { 1190.55, 841.89 },   /* A3 landscape */
  };
  g_autoptr(JxDocData) doc = load_sample ();
  guint i;

  for (i = 0; i < G_N_ELEMENTS (sizes); i++)
    {
      g_autoptr(JxReport) report = paginate (doc, sizes[i][0], sizes[i][1]);

      check_layout (report);
    }
}

static void
test_empty_document (void)
{
  g_autoptr(JxDocData) doc = load_json ("{\"format\": \"jixiao\", \"version\": 1, \"department\": {\"name\": \"\", \"year\": 0}}");
  g_autoptr(JxReport) report = paginate (doc, JX_REPORT_A4_WIDTH, JX_REPORT_A4_HEIGHT);

  check_layout (report);
}

/* The blocks are the content every writer walks: complete before any pagination, untouched
 * by it, and paginating again gives the same pages. */
static void
test_blocks (void)
{
  g_autoptr(JxDocData) doc = load_sample ();
  g_autoptr(JxReport) report = jx_report_new (doc, JX_REPORT_A4_WIDTH, JX_REPORT_A4_HEIGHT);
  const GPtrArray *blocks = jx_report_get_blocks (report);
  cairo_surface_t *surface = cairo_pdf_surface_create (NULL, JX_REPORT_A4_WIDTH, JX_REPORT_A4_HEIGHT);
  cairo_t *cr = cairo_create (surface);
  const char *h1[3] = { NULL, NULL, NULL };
  guint i, n_h1 = 0, n_charts = 0, n_tables = 0;
  int pages;

  g_assert_cmpuint (blocks->len, >, 100);
  g_assert_cmpuint (report->pages->len, ==, 0);
  for (i = 0; i < blocks->len; i++)
    {
      const JxReportBlock *b = g_ptr_array_index (blocks, i);

      if (b->kind == JX_BLOCK_TEXT && b->style == JX_REPORT_STYLE_H1 && n_h1 < 3)
        h1[n_h1++] = b->text;
      if (b->kind == JX_BLOCK_CHART)
        {
          n_charts++;
          g_assert_nonnull (b->chart_id);
          g_assert_nonnull (b->chart_title);
          /* the text alternative names the chart and its values */
          g_assert_true (g_str_has_prefix (b->alt_text, b->chart_title));
          /* under its numbered caption, 图 1 …, kept with it; in Chinese (the report's) */
          {
            const JxReportBlock *caption = g_ptr_array_index (blocks, i - 1);
            g_autofree char *number = g_strdup_printf ("图 %u  ", n_charts);

            g_assert_cmpint (caption->kind, ==, JX_BLOCK_TEXT);
            g_assert_cmpint (caption->style, ==, JX_REPORT_STYLE_CAPTION);
            g_assert_true (caption->keep_with_next);
            g_assert_true (g_str_has_prefix (caption->text, number));
            g_assert_true (strstr (caption->text, b->chart_title) != NULL);
          }
          /* no chart of one bar, none that leaves rows out */
          g_assert_true (jx_chart_is_offered (b->chart));
          g_assert_cmpuint (jx_chart_get_n_rows (b->chart), <=, 10);
          g_assert_cmpfloat (b->aspect, >, 0.1);
        }
      if (b->kind == JX_BLOCK_TABLE)
        {
          n_tables++;
          g_assert_cmpuint (b->table->header->len, >=, 1);
        }
    }
  g_assert_cmpstr (h1[0], ==, "一、部门概况");
  g_assert_cmpstr (h1[1], ==, "二、部门整体支出绩效分析");
  g_assert_cmpstr (h1[2], ==, "三、自评结论");
  g_assert_cmpuint (n_charts, >=, 5);
  g_assert_cmpuint (n_tables, >=, 4);
  g_assert_nonnull (strstr (jx_report_get_title (report), "2020 年度整体支出绩效自评报告"));

  pages = jx_report_paginate (report, cr);
  g_assert_cmpuint (report->measures->len, ==, blocks->len);
  g_assert_cmpint (jx_report_paginate (report, cr), ==, pages);
  g_assert_true (jx_report_get_blocks (report) == blocks);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

static void
test_export_errors (void)
{
  g_autoptr(JxDocData) doc = load_sample ();
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("jx-report-XXXXXX", NULL);
  g_autofree char *missing = g_build_filename (dir, "no-such-folder", "out.pdf", NULL);
  g_autofree char *out = g_build_filename (dir, "out.pdf", NULL);
  g_autoptr(GDir) listing = NULL;

  g_assert_false (jx_report_export_pdf (doc, missing, &error));
  g_assert_error (error, JX_REPORT_ERROR, JX_REPORT_ERROR_WRITE);
  g_clear_error (&error);

  g_assert_false (jx_report_export_pdf (doc, dir, &error));
  g_assert_error (error, JX_REPORT_ERROR, JX_REPORT_ERROR_WRITE);
  g_clear_error (&error);

  g_assert_true (jx_report_export_pdf (doc, out, &error));
  g_assert_no_error (error);
  listing = g_dir_open (dir, 0, NULL);
  g_assert_cmpstr (g_dir_read_name (listing), ==, "out.pdf");
  g_assert_null (g_dir_read_name (listing));
  g_unlink (out);
  g_rmdir (dir);
}

/* Pixels of the preview's amber mark on page `page` drawn at 1 px a point. */
static guint
amber_pixels (JxReport *report,
              int       page)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, (int) JX_REPORT_A4_WIDTH,
                                                         (int) JX_REPORT_A4_HEIGHT);
  cairo_t *cr = cairo_create (surface);
  const guint8 *data;
  int x, y, stride;
  guint n = 0;

  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  jx_report_draw_page (report, cr, page);
  cairo_surface_flush (surface);
  data = cairo_image_surface_get_data (surface);
  stride = cairo_image_surface_get_stride (surface);
  for (y = 0; y < cairo_image_surface_get_height (surface); y++)
    for (x = 0; x < cairo_image_surface_get_width (surface); x++)
      {
        guint32 px = *(const guint32 *) (data + y * stride + x * 4);
        guint r = (px >> 16) & 0xff, g = (px >> 8) & 0xff, bl = px & 0xff;

        if (r > 215 && g > 130 && g < 175 && bl < 40)   /* the bar: 0.90, 0.60, 0.05 */
          n++;
      }
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  return n;
}

/* The preview marks the paragraphs the report generated, and only when asked: the sample's
 * revenue sentence (its note is empty) is generated, its clerk's project note is not. */
static void
test_mark_generated (void)
{
  g_autoptr(JxDocData) doc = load_sample ();
  g_autoptr(JxReport) report = jx_report_new (doc, JX_REPORT_A4_WIDTH, JX_REPORT_A4_HEIGHT);
  cairo_surface_t *measure = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 1, 1);
  cairo_t *cr = cairo_create (measure);
  const GPtrArray *blocks = jx_report_get_blocks (report);
  gboolean revenue = FALSE, projects = FALSE;
  guint i, marked_pages = 0;
  int n, page;

  for (i = 0; i < blocks->len; i++)
    {
      const JxReportBlock *block = g_ptr_array_index (blocks, i);

      if (block->kind != JX_BLOCK_TEXT || block->text == NULL)
        continue;
      if (g_str_has_prefix (block->text, "2020 年部门决算总收入 3,751.00 万元"))
        revenue = block->generated;
      if (g_str_has_prefix (block->text, "2020年项目支出预算645.88万元"))
        projects = !block->generated;
    }
  g_assert_true (revenue);
  g_assert_true (projects);

  n = jx_report_paginate (report, cr);
  for (page = 0; page < n; page++)
    g_assert_cmpuint (amber_pixels (report, page), ==, 0);     /* not by default (the PDF) */
  jx_report_set_mark_generated (report, TRUE);
  for (page = 0; page < n; page++)
    marked_pages += amber_pixels (report, page) > 100;
  g_assert_cmpuint (marked_pages, >=, 1);
  cairo_destroy (cr);
  cairo_surface_destroy (measure);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/report/sample", test_sample);
  g_test_add_func ("/report/many-indicators", test_many_indicators);
  g_test_add_func ("/report/tall-row", test_tall_row);
  g_test_add_func ("/report/long-paragraph", test_long_paragraph);
  g_test_add_func ("/report/paper-sizes", test_paper_sizes);
  g_test_add_func ("/report/empty-document", test_empty_document);
  g_test_add_func ("/report/blocks", test_blocks);
  g_test_add_func ("/report/export-errors", test_export_errors);
  g_test_add_func ("/report/mark-generated", test_mark_generated);
  return g_test_run ();
}
