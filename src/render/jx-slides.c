/* SPDX-License-Identifier: GPL-3.0-or-later */
/* jx-slides.c: the deck of the meeting presentation.
 *
 * Slides are laid out on a 1920 × 1080 grid and scaled to the target, letterboxed when the
 * target is not 16:9. Type is large (body ≥ 40 px at 1080p) and contrast high, for the back
 * of a meeting room. */
#define G_LOG_DOMAIN "jx-slides"

#include "config.h"

#include <glib/gi18n.h>
#include <cairo-pdf.h>
#include <gio/gio.h>
#include <math.h>
#include <pango/pangocairo.h>

#include "jx-chart.h"
#include "jx-chart-style.h"
#include "jx-metrics.h"
#include "jx-money.h"
#include "jx-save.h"
#include "jx-scoring.h"
#include "jx-slides-private.h"
#include "jx-text-breaks.h"

#define CHART_ZOOM 1.5

static const Palette light_palette = {
  { 0.07, 0.07, 0.09 }, { 0.30, 0.30, 0.34 },
  { 0.05, 0.33, 0.71 }, { 0.09, 0.52, 0.29 }, { 0.78, 0.30, 0.0 }, { 0.87, 0.87, 0.85 },
};
static const Palette dark_palette = {
  { 1, 1, 1 }, { 0.78, 0.78, 0.76 },
  { 0.47, 0.68, 0.96 }, { 0.34, 0.89, 0.54 }, { 1.0, 0.64, 0.28 }, { 0.30, 0.30, 0.33 },
};

/* ---- the deck ---- */

static void
slide_free (Slide *slide)
{
  g_free (slide->id);
  g_free (slide->title);
  g_free (slide->text);
  g_free (slide);
}

char **
jx_slides_all_ids (const JxDocData *doc)
{
  g_autoptr(GStrvBuilder) ids = g_strv_builder_new ();
  g_autoptr(GPtrArray) charts = jx_charts_for_document (doc);
  guint i;

  gboolean has_scores = FALSE;

  g_strv_builder_add (ids, "title");
  g_strv_builder_add (ids, "key-figures");
  for (i = 0; i < charts->len; i++)
    {
      const char *chart_id = jx_chart_get_id (g_ptr_array_index (charts, i));
      g_autofree char *id = g_strdup_printf ("chart:%s", chart_id);

      /* one bar or nothing: no slide (nor in the report, nor in --list-charts) */
      if (!jx_chart_is_offered (g_ptr_array_index (charts, i)))
        continue;
      if (g_str_equal (chart_id, "scores"))
        has_scores = TRUE;
      else
        g_strv_builder_add (ids, id);
    }
  g_strv_builder_add (ids, "completion");
  if (has_scores)
    g_strv_builder_add (ids, "chart:scores");
  g_strv_builder_add (ids, "problems");
  return g_strv_builder_end (ids);
}

gboolean
jx_slides_default_shown (const char *id)
{
  /* The target-vs-actual charts list every indicator: too much for a slide. The completion
   * slide shows the most and least completed instead; the charts can be switched on. */
  return !g_str_has_prefix (id, "chart:target-actual");
}

char *
jx_slides_title_for_id (const JxDocData *doc,
                        const char      *id)
{
  if (g_str_equal (id, "title"))
    return g_strdup (_("Title"));
  if (g_str_equal (id, "key-figures"))
    return g_strdup (_("Key figures"));
  if (g_str_equal (id, "completion"))
    return g_strdup (_("Target completion: highest and lowest"));
  if (g_str_equal (id, "problems"))
    return g_strdup (_("Problems and improvement measures"));
  if (g_str_has_prefix (id, "chart:"))
    {
      g_autoptr(JxChart) chart = jx_chart_new_for_id (doc, id + strlen ("chart:"));
      if (chart != NULL)
        return g_strdup (jx_chart_get_title (chart));
    }
  return NULL;
}

JxSlides *
jx_slides_new (const JxDocData *doc)
{
  JxSlides *self = g_new0 (JxSlides, 1);
  g_auto(GStrv) all = jx_slides_all_ids (doc);
  GPtrArray *refs = doc->presentation.slides;
  guint i;

  self->doc = doc;
  self->slides = g_ptr_array_new_with_free_func ((GDestroyNotify) slide_free);
  self->sheet = jx_score_sheet_compute (doc);

  if (refs == NULL || refs->len == 0)
    {
      for (i = 0; all[i] != NULL; i++)
        {
          Slide *s;

          if (!jx_slides_default_shown (all[i]))
            continue;
          if (g_str_equal (all[i], "problems"))
            {
              _jx_slides_add_problems (self->slides, doc);
              continue;
            }
          s = g_new0 (Slide, 1);
          s->id = g_strdup (all[i]);
          s->title = jx_slides_title_for_id (doc, all[i]);
          g_ptr_array_add (self->slides, s);
        }
      return self;
    }

  /* The saved order; ids that no longer name anything (a chart removed) are skipped. */
  for (i = 0; i < refs->len; i++)
    {
      const JxSlideRef *ref = g_ptr_array_index (refs, i);
      char *title;
      Slide *s;

      if (!ref->shown || !g_strv_contains ((const char * const *) all, ref->id))
        continue;
      if (g_str_equal (ref->id, "problems"))
        {
          _jx_slides_add_problems (self->slides, doc);
          continue;
        }
      title = jx_slides_title_for_id (doc, ref->id);
      if (title == NULL)
        continue;
      s = g_new0 (Slide, 1);
      s->id = g_strdup (ref->id);
      s->title = title;
      g_ptr_array_add (self->slides, s);
    }
  return self;
}

void
jx_slides_free (JxSlides *self)
{
  if (self == NULL)
    return;
  g_ptr_array_unref (self->slides);
  jx_score_sheet_free (self->sheet);
  g_free (self);
}

guint
jx_slides_get_n (const JxSlides *self)
{
  return self->slides->len;
}

const char *
jx_slides_get_id (const JxSlides *self,
                  guint           index)
{
  g_return_val_if_fail (index < self->slides->len, NULL);
  return ((Slide *) g_ptr_array_index (self->slides, index))->id;
}

const char *
jx_slides_get_title (const JxSlides *self,
                     guint           index)
{
  g_return_val_if_fail (index < self->slides->len, NULL);
  return ((Slide *) g_ptr_array_index (self->slides, index))->title;
}

static void
draw_chart (const JxSlides *self,
            const char     *chart_id,
            cairo_t        *cr,
            gboolean        dark)
{
  g_autoptr(JxChart) chart = jx_chart_new_for_id (self->doc, chart_id);

  if (chart == NULL)
    return;
  /* Drawn on a smaller canvas and scaled up: type and lines grow with it, which is what
   * the back of a meeting room needs. */
  cairo_save (cr);
  cairo_translate (cr, MARGIN / 2, MARGIN / 2);
  cairo_scale (cr, CHART_ZOOM, CHART_ZOOM);
  jx_chart_render (chart, cr, (W - MARGIN) / CHART_ZOOM, (H - MARGIN) / CHART_ZOOM,
                   dark ? JX_CHART_STYLE_SLIDE_DARK : JX_CHART_STYLE_SLIDE);
  cairo_restore (cr);
}

void
jx_slides_render (const JxSlides *self,
                  guint           index,
                  cairo_t        *cr,
                  double          width,
                  double          height,
                  gboolean        dark)
{
  const Palette *p = dark ? &dark_palette : &light_palette;
  const char *id;
  double scale;

  g_return_if_fail (self != NULL);
  g_return_if_fail (index < self->slides->len);

  id = jx_slides_get_id (self, index);
  scale = MIN (width / W, height / H);

  cairo_save (cr);
  /* The charts' slide styles paint the same background: one colour from edge to edge. */
  _jx_slide_set_rgb (cr, &jx_chart_style_get (dark ? JX_CHART_STYLE_SLIDE_DARK : JX_CHART_STYLE_SLIDE)->background);
  cairo_rectangle (cr, 0, 0, width, height);
  cairo_fill (cr);
  cairo_translate (cr, (width - W * scale) / 2, (height - H * scale) / 2);
  cairo_scale (cr, scale, scale);
  cairo_rectangle (cr, 0, 0, W, H);
  cairo_clip (cr);

  if (g_str_equal (id, "title"))
    _jx_slide_draw_title (self, cr, p);
  else if (g_str_equal (id, "key-figures"))
    _jx_slide_draw_key_figures (self, cr, p);
  else if (g_str_equal (id, "completion"))
    _jx_slide_draw_completion (self, cr, p);
  else if (g_str_equal (id, "problems"))
    _jx_slide_draw_text_page (g_ptr_array_index (self->slides, index), cr, p);
  else if (g_str_has_prefix (id, "chart:"))
    draw_chart (self, id + strlen ("chart:"), cr, dark);

  cairo_restore (cr);
}

void
jx_slides_render_counter (const JxSlides *self,
                          guint           index,
                          cairo_t        *cr,
                          double          width,
                          double          height,
                          gboolean        dark)
{
  const Palette *p = dark ? &dark_palette : &light_palette;
  g_autofree char *counter = NULL;
  double scale;

  g_return_if_fail (self != NULL);

  counter = g_strdup_printf ("%u / %u", index + 1, self->slides->len);
  scale = MIN (width / W, height / H);
  cairo_save (cr);
  cairo_translate (cr, (width - W * scale) / 2, (height - H * scale) / 2);
  cairo_scale (cr, scale, scale);
  _jx_slide_text (cr, counter, W - MARGIN - 300, H - 64, 300, 28, FALSE, &p->muted, PANGO_ALIGN_RIGHT);
  cairo_restore (cr);
}

/* ---- PDF ---- */

static cairo_status_t
append_bytes (void                *closure,
              const unsigned char *data,
              unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

gboolean
jx_slides_export_pdf (const JxDocData *doc,
                      const char      *path,
                      gboolean         dark,
                      GError         **error)
{
  g_autoptr(JxSlides) slides = jx_slides_new (doc);
  g_autoptr(GByteArray) bytes = g_byte_array_new ();
  g_autoptr(GFile) file = g_file_new_for_path (path);
  const double pw = 1280, ph = 720;
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;
  guint i, n;

  surface = cairo_pdf_surface_create_for_stream (append_bytes, bytes, pw, ph);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, doc->department.name);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Jixiao " PACKAGE_VERSION);
  cr = cairo_create (surface);
  n = jx_slides_get_n (slides);
  for (i = 0; i < n; i++)
    {
      jx_slides_render (slides, i, cr, pw, ph, dark);
      jx_slides_render_counter (slides, i, cr, pw, ph, dark);
      cairo_show_page (cr);
    }
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);
  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, _("Cannot draw the slides: %s"),
                   cairo_status_to_string (status));
      return FALSE;
    }
  return jx_write_file_atomic (file, (const char *) bytes->data, bytes->len, error);
}
