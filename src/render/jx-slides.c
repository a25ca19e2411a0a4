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
#include "jx-slides.h"
#include "jx-text-breaks.h"

#define W 1920.0
#define H 1080.0
#define MARGIN 96.0
/* Characters of one text a slide lays out at most (see make_layout). */
#define JX_SLIDE_MAX_TEXT 4000
#define CHART_ZOOM 1.5

typedef struct {
  char *id;
  char *title;
} Slide;

struct _JxSlides {
  const JxDocData *doc;
  GPtrArray *slides;         /* of Slide* */
  JxScoreSheet *sheet;
};

typedef struct {
  JxRgb background, text, muted, accent, good, warn, track;
} Palette;

static const Palette light_palette = {
  { 1, 1, 1 }, { 0.07, 0.07, 0.09 }, { 0.30, 0.30, 0.34 },
  { 0.05, 0.33, 0.71 }, { 0.09, 0.52, 0.29 }, { 0.78, 0.30, 0.0 }, { 0.87, 0.87, 0.85 },
};
static const Palette dark_palette = {
  { 0.09, 0.09, 0.10 }, { 1, 1, 1 }, { 0.78, 0.78, 0.76 },
  { 0.47, 0.68, 0.96 }, { 0.34, 0.89, 0.54 }, { 1.0, 0.64, 0.28 }, { 0.30, 0.30, 0.33 },
};

/* ---- the deck ---- */

static void
slide_free (Slide *slide)
{
  g_free (slide->id);
  g_free (slide->title);
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

/* ---- text ---- */

static void
set_rgb (cairo_t     *cr,
         const JxRgb *c)
{
  cairo_set_source_rgb (cr, c->r, c->g, c->b);
}

/* Lays out `text` in a box `width` wide; returns the layout (caller draws and frees). */
static PangoLayout *
make_layout (cairo_t    *cr,
             const char *text,
             double      size,
             gboolean    bold,
             double      width,
             PangoAlignment align)
{
  PangoLayout *layout = pango_cairo_create_layout (cr);
  g_autoptr(PangoFontDescription) font = pango_font_description_from_string (jx_chart_style_get (JX_CHART_STYLE_PROJECTOR)->family);

  pango_font_description_set_absolute_size (font, size * PANGO_SCALE);
  pango_font_description_set_weight (font, bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
  pango_layout_set_font_description (layout, font);
  pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_alignment (layout, align);
  {
    /* A slide shows at most some 2,500 characters: a longer text is laid out as its first
     * JX_SLIDE_MAX_TEXT and "…" (it is ellipsized to its box anyway), long words breakable. */
    g_autofree char *shortened = jx_text_shortened (text, JX_SLIDE_MAX_TEXT);
    g_autofree char *breakable = jx_text_breakable (shortened != NULL ? shortened : text);

    pango_layout_set_text (layout, breakable != NULL ? breakable : shortened != NULL ? shortened : text, -1);
  }
  return layout;
}

/* Draws text at (x, y); returns the height used. */
static double
draw_text (cairo_t     *cr,
           const char  *text,
           double       x,
           double       y,
           double       width,
           double       size,
           gboolean     bold,
           const JxRgb *colour,
           PangoAlignment align)
{
  g_autoptr(PangoLayout) layout = make_layout (cr, text, size, bold, width, align);
  int w, h;

  pango_layout_get_pixel_size (layout, &w, &h);
  set_rgb (cr, colour);
  cairo_move_to (cr, x, y);
  pango_cairo_show_layout (cr, layout);
  return h;
}

/* The largest size from `size` down to `min_size` at which `text` fits width × height. */
static double
fit_size (cairo_t    *cr,
          const char *text,
          double      width,
          double      height,
          double      size,
          double      min_size)
{
  for (;; size *= 0.92)
    {
      g_autoptr(PangoLayout) layout = make_layout (cr, text, size, FALSE, width, PANGO_ALIGN_LEFT);
      int w, h;

      pango_layout_set_line_spacing (layout, 1.35);
      pango_layout_get_pixel_size (layout, &w, &h);
      if (h <= height || size <= min_size)
        return MAX (size, min_size);
    }
}

/* Draws text at `size` (ellipsized if it still does not fit width × height). */
static void
draw_text_fit (cairo_t     *cr,
               const char  *text,
               double       x,
               double       y,
               double       width,
               double       height,
               double       size,
               double       min_size,
               const JxRgb *colour)
{
  PangoLayout *layout;
  int w, h;

  size = fit_size (cr, text, width, height, size, min_size);
  layout = make_layout (cr, text, size, FALSE, width, PANGO_ALIGN_LEFT);
  pango_layout_set_line_spacing (layout, 1.35);
  pango_layout_get_pixel_size (layout, &w, &h);
  if (h > height)
    {
      pango_layout_set_height (layout, (int) (height * PANGO_SCALE));
      pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
    }
  set_rgb (cr, colour);
  cairo_move_to (cr, x, y);
  pango_cairo_show_layout (cr, layout);
  g_object_unref (layout);
}

static double
slide_heading (cairo_t       *cr,
               const char    *title,
               const Palette *p)
{
  double h = draw_text (cr, title, MARGIN, 64, W - 2 * MARGIN, 64, TRUE, &p->text, PANGO_ALIGN_LEFT);

  set_rgb (cr, &p->accent);
  cairo_rectangle (cr, MARGIN, 64 + h + 16, 160, 8);
  cairo_fill (cr);
  return 64 + h + 56;
}

static char *
percent (double v)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];

  if (isnan (v))
    return g_strdup ("—");
  g_ascii_formatd (buf, sizeof buf, "%.2f", jx_round (v, 2, JX_ROUNDING_HALF_UP));
  return g_strdup_printf ("%s%%", buf);
}

static char *
score_text (double v)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];

  if (isnan (v))
    return g_strdup ("—");
  if (fabs (v - round (v)) < 1e-9)
    g_ascii_formatd (buf, sizeof buf, "%.0f", v);
  else
    g_ascii_formatd (buf, sizeof buf, "%.2f", v);
  return g_strdup (buf);
}

/* ---- the slides ---- */

static void
draw_title (const JxSlides *self,
            cairo_t        *cr,
            const Palette  *p)
{
  const JxDocData *doc = self->doc;
  g_autofree char *year = g_strdup_printf (_("%d Overall Expenditure Performance Self-Evaluation"), doc->department.year);
  g_autofree char *total = score_text (self->sheet->total);
  g_autofree char *score = g_strdup_printf (_("%s points"), total);
  double y = 200;

  y += draw_text (cr, doc->department.name[0] ? doc->department.name : _("Untitled department"),
                  MARGIN, y, W - 2 * MARGIN, 84, TRUE, &p->text, PANGO_ALIGN_CENTER);
  y += 24;
  y += draw_text (cr, year, MARGIN, y, W - 2 * MARGIN, 56, FALSE, &p->muted, PANGO_ALIGN_CENTER);
  y += 80;

  draw_text (cr, _("Overall score"), MARGIN, y, W / 2 - MARGIN - 40, 44, FALSE, &p->muted, PANGO_ALIGN_RIGHT);
  draw_text (cr, _("Grade"), W / 2 + 40, y, W / 2 - MARGIN - 40, 44, FALSE, &p->muted, PANGO_ALIGN_LEFT);
  y += 64;
  draw_text (cr, score, MARGIN, y, W / 2 - MARGIN - 40, 150, TRUE, &p->accent, PANGO_ALIGN_RIGHT);
  draw_text (cr, self->sheet->grade ? self->sheet->grade : "—", W / 2 + 40, y, W / 2 - MARGIN - 40, 150, TRUE,
             &p->good, PANGO_ALIGN_LEFT);

  set_rgb (cr, &p->track);
  cairo_rectangle (cr, W / 2 - 2, y + 10, 4, 170);
  cairo_fill (cr);

  if (doc->department.report_date[0] != '\0' || doc->department.preparer[0] != '\0')
    {
      g_autofree char *line = g_strjoin ("    ", doc->department.report_date, doc->department.preparer, NULL);
      draw_text (cr, g_strstrip (line), MARGIN, H - 150, W - 2 * MARGIN, 40, FALSE, &p->muted, PANGO_ALIGN_CENTER);
    }
}

static void
key_tile (cairo_t       *cr,
          double         x,
          double         y,
          double         w,
          double         h,
          const char    *label,
          const char    *value,
          const char    *detail,
          const Palette *p)
{
  set_rgb (cr, &p->track);
  cairo_rectangle (cr, x, y, 10, h);
  cairo_fill (cr);
  draw_text (cr, label, x + 48, y + 8, w - 56, 44, FALSE, &p->muted, PANGO_ALIGN_LEFT);
  draw_text (cr, value, x + 48, y + 76, w - 56, 112, TRUE, &p->text, PANGO_ALIGN_LEFT);
  if (detail != NULL)
    draw_text_fit (cr, detail, x + 48, y + 220, w - 56, h - 230, 36, 28, &p->muted);
}

static void
draw_key_figures (const JxSlides *self,
                  cairo_t        *cr,
                  const Palette  *p)
{
  const JxDocData *doc = self->doc;
  static const JxMetricId metrics[] = {
    JX_METRIC_BUDGET_EXECUTION_RATE, JX_METRIC_STAFF_CONTROL_RATE, JX_METRIC_THREE_PUBLIC_CHANGE_RATE,
  };
  JxMoney total = doc->budget.execution.actual;
  g_autofree char *total_text = NULL;
  g_autofree char *amount = NULL;
  double top = slide_heading (cr, _("Key figures"), p);
  double tile_w = (W - 2 * MARGIN) / 2;
  double tile_h = (H - top - MARGIN) / 2;
  guint i;

  if (!JX_MONEY_IS_SET (total))
    total = doc->budget.by_nature.total;
  amount = JX_MONEY_IS_SET (total) ? jx_money_format (total, 2, TRUE) : NULL;
  total_text = amount != NULL ? g_strdup_printf (_("%s 万元"), amount) : g_strdup ("—");
  key_tile (cr, MARGIN, top, tile_w, tile_h, _("Total expenditure (final accounts)"), total_text, NULL, p);

  for (i = 0; i < G_N_ELEMENTS (metrics); i++)
    {
      double v = jx_metric_compute (doc, metrics[i]);
      g_autofree char *value = percent (v);
      g_autofree char *detail = jx_metric_explain (doc, metrics[i]);
      guint cell = i + 1;

      key_tile (cr, MARGIN + (cell % 2) * tile_w, top + (cell / 2) * tile_h, tile_w, tile_h,
                jx_metric_title (metrics[i]), value, detail, p);
    }
}

static int
by_completion (gconstpointer a,
               gconstpointer b)
{
  const JxIndicatorResult *x = *(JxIndicatorResult * const *) a;
  const JxIndicatorResult *y = *(JxIndicatorResult * const *) b;

  return (x->completion < y->completion) - (x->completion > y->completion);
}

/* "公益广告 综合节目部": the name, then its group in muted type (names repeat across groups). */
static char *
completion_label (const JxIndicatorResult *r,
                  const Palette           *p)
{
  g_auto(GStrv) levels = g_strsplit (r->path, "/", -1);
  guint n = g_strv_length (levels);
  g_autofree char *shortened = jx_text_shortened (r->indicator->name, 200);
  g_autofree char *name = g_markup_escape_text (shortened != NULL ? shortened : r->indicator->name, -1);
  g_autofree char *group = n >= 2 ? g_markup_escape_text (levels[n - 2], -1) : g_strdup ("");

  return g_strdup_printf ("%s  <span size=\"75%%\" foreground=\"#%02x%02x%02x\">%s</span>", name,
                          (int) (p->muted.r * 255), (int) (p->muted.g * 255), (int) (p->muted.b * 255), group);
}

static void
completion_column (cairo_t       *cr,
                   const char    *heading,
                   GPtrArray     *results,
                   double         x,
                   double         y,
                   double         w,
                   double         max_completion,
                   const Palette *p)
{
  double row = 112;
  guint i;

  y += draw_text (cr, heading, x, y, w, 44, TRUE, &p->muted, PANGO_ALIGN_LEFT) + 24;
  for (i = 0; i < results->len; i++)
    {
      const JxIndicatorResult *r = g_ptr_array_index (results, i);
      g_autofree char *value = percent (r->completion);
      g_autoptr(PangoLayout) name = make_layout (cr, "", 40, FALSE, w - 260, PANGO_ALIGN_LEFT);
      g_autofree char *label = completion_label (r, p);
      double frac = MIN (r->completion, max_completion) / max_completion;
      const JxRgb *bar = r->completion >= 100 ? &p->good : &p->warn;

      pango_layout_set_markup (name, label, -1);
      pango_layout_set_ellipsize (name, PANGO_ELLIPSIZE_END);
      set_rgb (cr, &p->text);
      cairo_move_to (cr, x, y + i * row);
      pango_cairo_show_layout (cr, name);
      draw_text (cr, value, x + w - 250, y + i * row, 250, 44, TRUE, bar, PANGO_ALIGN_RIGHT);

      set_rgb (cr, &p->track);
      cairo_rectangle (cr, x, y + i * row + 60, w, 16);
      cairo_fill (cr);
      set_rgb (cr, bar);
      cairo_rectangle (cr, x, y + i * row + 60, MAX (4, w * frac), 16);
      cairo_fill (cr);
    }
}

static void
draw_completion (const JxSlides *self,
                 cairo_t        *cr,
                 const Palette  *p)
{
  g_autoptr(GPtrArray) all = g_ptr_array_new ();
  g_autoptr(GPtrArray) top = g_ptr_array_new ();
  g_autoptr(GPtrArray) bottom = g_ptr_array_new ();
  double y = slide_heading (cr, _("Target completion"), p);
  double col = (W - 2 * MARGIN - 96) / 2;
  guint i, n;

  for (i = 0; i < self->sheet->indicators->len; i++)
    {
      JxIndicatorResult *r = g_ptr_array_index (self->sheet->indicators, i);
      if (r->level == 3 && r->applicable && !isnan (r->completion))
        g_ptr_array_add (all, r);
    }
  if (all->len == 0)
    {
      draw_text (cr, _("No indicator has both a numeric target and an actual value yet."),
                 MARGIN, y + 120, W - 2 * MARGIN, 48, FALSE, &p->muted, PANGO_ALIGN_CENTER);
      return;
    }
  g_ptr_array_sort (all, by_completion);
  n = MIN (5, (all->len + 1) / 2);
  for (i = 0; i < n; i++)
    g_ptr_array_add (top, g_ptr_array_index (all, i));
  for (i = 0; i < MIN (5, all->len - n); i++)
    g_ptr_array_add (bottom, g_ptr_array_index (all, all->len - 1 - i));

  /* Bars share one scale up to 200%; beyond it the printed value tells the truth. */
  completion_column (cr, _("Most completed"), top, MARGIN, y, col, 200, p);
  completion_column (cr, _("Least completed"), bottom, MARGIN + col + 96, y, col, 200, p);
}

/* Paragraphs one a line: a slide has no room for blank lines. */
static char *
compact (const char *text)
{
  g_autoptr(GString) out = g_string_new (text);

  while (g_string_replace (out, "\n\n", "\n", 0) > 0)
    ;
  return g_string_free (g_steal_pointer (&out), FALSE);
}

static void
draw_problems (const JxSlides *self,
               cairo_t        *cr,
               const Palette  *p)
{
  const JxConclusion *c = &self->doc->conclusion;
  g_autofree char *problems = compact (c->problems[0] ? c->problems : _("(none stated)"));
  g_autofree char *measures = compact (c->measures[0] ? c->measures : _("(none stated)"));
  double y = slide_heading (cr, _("Problems and improvement measures"), p);
  double col = (W - 2 * MARGIN - 96) / 2;
  double h = H - y - MARGIN;
  double size;

  draw_text (cr, _("Problems"), MARGIN, y, col, 48, TRUE, &p->warn, PANGO_ALIGN_LEFT);
  draw_text (cr, _("Improvement measures"), MARGIN + col + 96, y, col, 48, TRUE, &p->good, PANGO_ALIGN_LEFT);

  /* One type size for both columns, the largest at which both fit. */
  size = MIN (fit_size (cr, problems, col, h - 84, 44, 28), fit_size (cr, measures, col, h - 84, 44, 28));
  draw_text_fit (cr, problems, MARGIN, y + 84, col, h - 84, size, size, &p->text);
  draw_text_fit (cr, measures, MARGIN + col + 96, y + 84, col, h - 84, size, size, &p->text);
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
                   dark ? JX_CHART_STYLE_DARK : JX_CHART_STYLE_PROJECTOR);
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
  set_rgb (cr, &p->background);
  cairo_rectangle (cr, 0, 0, width, height);
  cairo_fill (cr);
  cairo_translate (cr, (width - W * scale) / 2, (height - H * scale) / 2);
  cairo_scale (cr, scale, scale);
  cairo_rectangle (cr, 0, 0, W, H);
  cairo_clip (cr);

  if (g_str_equal (id, "title"))
    draw_title (self, cr, p);
  else if (g_str_equal (id, "key-figures"))
    draw_key_figures (self, cr, p);
  else if (g_str_equal (id, "completion"))
    draw_completion (self, cr, p);
  else if (g_str_equal (id, "problems"))
    draw_problems (self, cr, p);
  else if (g_str_has_prefix (id, "chart:"))
    draw_chart (self, id + strlen ("chart:"), cr, dark);

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
      const Palette *p = dark ? &dark_palette : &light_palette;
      g_autofree char *counter = g_strdup_printf ("%u / %u", i + 1, n);
      double s = pw / W;

      jx_slides_render (slides, i, cr, pw, ph, dark);
      cairo_save (cr);
      cairo_scale (cr, s, s);
      draw_text (cr, counter, W - MARGIN - 300, H - 64, 300, 28, FALSE, &p->muted, PANGO_ALIGN_RIGHT);
      cairo_restore (cr);
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
