/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fuzz-export.c: the libFuzzer target of the exports (issue 15). The loader's target
 * (fuzz-load.c) never reached src/render; this one, for each input that loads, lays out and
 * draws the whole report (A4, every page), every slide of the deck and every chart of the
 * document in every style, on cairo recording surfaces, and checks each cairo context is
 * still good. Run with -timeout= (./dev fuzz export): an input that costs quadratic time in
 * the layout shows as a timeout. Any crash, sanitizer report, GLib critical or warning
 * aborts.
 *
 * Built with -Dfuzzing=true (tests/fuzz/meson.build); fuzz-regress --export runs the corpus
 * through the same function in every build (the fuzz-export-corpus test).
 */
#define G_LOG_DOMAIN "jx-fuzz"

#include "config.h"

#include <cairo.h>
#include <stdint.h>
#include <stdlib.h>

#include "jx-chart.h"
#include "jx-load.h"
#include "jx-report.h"
#include "jx-slides.h"

#include "fuzz-load.h"

static cairo_t *
recording (cairo_surface_t **surface)
{
  *surface = cairo_recording_surface_create (CAIRO_CONTENT_COLOR_ALPHA, NULL);
  return cairo_create (*surface);
}

static void
finish (cairo_t         *cr,
        cairo_surface_t *surface,
        const char      *what)
{
  if (cairo_status (cr) != CAIRO_STATUS_SUCCESS)
    {
      g_printerr ("fuzz-export: %s left cairo in error: %s\n", what, cairo_status_to_string (cairo_status (cr)));
      abort ();
    }
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

static void
report (const JxDocData *doc)
{
  g_autoptr(JxReport) r = jx_report_new (doc, JX_REPORT_A4_WIDTH, JX_REPORT_A4_HEIGHT);
  cairo_surface_t *surface;
  cairo_t *cr = recording (&surface);
  int n, page;

  n = jx_report_paginate (r, cr);
  if (n < 1)
    {
      g_printerr ("fuzz-export: the report has %d pages\n", n);
      abort ();
    }
  for (page = 0; page < n; page++)
    {
      cairo_save (cr);
      jx_report_draw_page (r, cr, page);
      cairo_restore (cr);
      cairo_show_page (cr);
    }
  finish (cr, surface, "the report");
}

static void
slides (const JxDocData *doc)
{
  g_autoptr(JxSlides) deck = jx_slides_new (doc);
  guint i, n = jx_slides_get_n (deck);

  for (i = 0; i < n; i++)
    {
      cairo_surface_t *surface;
      cairo_t *cr = recording (&surface);

      g_assert (jx_slides_get_id (deck, i) != NULL);
      jx_slides_render (deck, i, cr, 1920, 1080, i % 2 == 1);
      finish (cr, surface, "a slide");
    }
}

static void
charts (const JxDocData *doc)
{
  static const JxChartStyleKind styles[] = {
    JX_CHART_STYLE_LIGHT, JX_CHART_STYLE_DARK, JX_CHART_STYLE_PRINT, JX_CHART_STYLE_PROJECTOR,
  };
  g_autoptr(GPtrArray) all = jx_charts_for_document (doc);
  guint i;

  for (i = 0; i < all->len; i++)
    {
      const JxChart *chart = g_ptr_array_index (all, i);
      /* Every style of the first chart, one style each of the others (by turns): the styles
       * share the layout code, and the time per input stays small. */
      guint s, from = i == 0 ? 0 : i % G_N_ELEMENTS (styles), to = i == 0 ? G_N_ELEMENTS (styles) : from + 1;
      g_autofree char *text = jx_chart_dup_text_alternative (chart);

      g_assert (text != NULL);
      for (s = from; s < to; s++)
        {
          cairo_surface_t *surface;
          cairo_t *cr = recording (&surface);
          g_autofree char *under = NULL;

          jx_chart_render (chart, cr, s == 0 ? 320 : 800, s == 0 ? 240 : 500, styles[s]);
          under = jx_chart_describe_at_style (chart, 800, 500, styles[s], 400, 250);
          finish (cr, surface, jx_chart_get_id (chart));
        }
    }
}

gboolean
jx_fuzz_export_one (const uint8_t *data,
                    size_t         size)
{
  g_autoptr(JxDocData) doc = NULL;
  static gboolean initialized = FALSE;

  if (!initialized)
    {
      g_log_set_always_fatal (G_LOG_LEVEL_ERROR | G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING);
      initialized = TRUE;
    }
  doc = jx_doc_data_load_data ((const char *) data, size, "fuzz.jixiao", NULL);
  if (doc == NULL)
    return FALSE;
  report (doc);
  slides (doc);
  charts (doc);
  return TRUE;
}

#ifdef JX_FUZZ_EXPORT_MAIN
int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  jx_fuzz_export_one (data, size);
  return 0;
}
#endif
