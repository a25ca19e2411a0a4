/* SPDX-License-Identifier: GPL-3.0-or-later */
/* jx-slides-draw.c: the slides that are not charts: title, key figures, target completion, problems and measures. */
#define G_LOG_DOMAIN "jx-slides"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "jx-metrics.h"
#include "jx-money.h"
#include "jx-slides-private.h"
#include "jx-text-breaks.h"
void
_jx_slide_draw_title (const JxSlides *self,
            cairo_t        *cr,
            const Palette  *p)
{
  const JxDocData *doc = self->doc;
  g_autofree char *year = g_strdup_printf (_("%d Overall Expenditure Performance Self-Evaluation"), doc->department.year);
  g_autofree char *total = _jx_slide_score (self->sheet->total);
  g_autofree char *score = g_strdup_printf (_("%s points"), total);
  double y = 200;

  y += _jx_slide_text (cr, doc->department.name[0] ? doc->department.name : _("Untitled department"),
                  MARGIN, y, W - 2 * MARGIN, 84, TRUE, &p->text, PANGO_ALIGN_CENTER);
  y += 24;
  y += _jx_slide_text (cr, year, MARGIN, y, W - 2 * MARGIN, 56, FALSE, &p->muted, PANGO_ALIGN_CENTER);
  y += 80;

  _jx_slide_text (cr, _("Overall score"), MARGIN, y, W / 2 - MARGIN - 40, 44, FALSE, &p->muted, PANGO_ALIGN_RIGHT);
  _jx_slide_text (cr, _("Grade"), W / 2 + 40, y, W / 2 - MARGIN - 40, 44, FALSE, &p->muted, PANGO_ALIGN_LEFT);
  y += 64;
  _jx_slide_text (cr, score, MARGIN, y, W / 2 - MARGIN - 40, 150, TRUE, &p->accent, PANGO_ALIGN_RIGHT);
  _jx_slide_text (cr, self->sheet->grade ? self->sheet->grade : "—", W / 2 + 40, y, W / 2 - MARGIN - 40, 150, TRUE,
             &p->good, PANGO_ALIGN_LEFT);

  _jx_slide_set_rgb (cr, &p->track);
  cairo_rectangle (cr, W / 2 - 2, y + 10, 4, 170);
  cairo_fill (cr);

  if (doc->department.report_date[0] != '\0' || doc->department.preparer[0] != '\0')
    {
      g_autofree char *line = g_strjoin ("    ", doc->department.report_date, doc->department.preparer, NULL);
      _jx_slide_text (cr, g_strstrip (line), MARGIN, H - 150, W - 2 * MARGIN, 40, FALSE, &p->muted, PANGO_ALIGN_CENTER);
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
  _jx_slide_set_rgb (cr, &p->track);
  cairo_rectangle (cr, x, y, 10, h);
  cairo_fill (cr);
  _jx_slide_text (cr, label, x + 48, y + 8, w - 56, 44, FALSE, &p->muted, PANGO_ALIGN_LEFT);
  _jx_slide_text (cr, value, x + 48, y + 76, w - 56, 112, TRUE, &p->text, PANGO_ALIGN_LEFT);
  if (detail != NULL)
    _jx_slide_text_fit (cr, detail, x + 48, y + 220, w - 56, h - 230, 36, 28, &p->muted);
}

void
_jx_slide_draw_key_figures (const JxSlides *self,
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
  double top = _jx_slide_heading (cr, _("Key figures"), p);
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
      g_autofree char *value = _jx_slide_percent (v);
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

  y += _jx_slide_text (cr, heading, x, y, w, 44, TRUE, &p->muted, PANGO_ALIGN_LEFT) + 24;
  for (i = 0; i < results->len; i++)
    {
      const JxIndicatorResult *r = g_ptr_array_index (results, i);
      g_autofree char *value = _jx_slide_percent (r->completion);
      g_autoptr(PangoLayout) name = _jx_slide_layout (cr, "", 40, FALSE, w - 260, PANGO_ALIGN_LEFT);
      g_autofree char *label = completion_label (r, p);
      double frac = MIN (r->completion, max_completion) / max_completion;
      const JxRgb *bar = r->completion >= 100 ? &p->good : &p->warn;

      pango_layout_set_markup (name, label, -1);
      pango_layout_set_ellipsize (name, PANGO_ELLIPSIZE_END);
      _jx_slide_set_rgb (cr, &p->text);
      cairo_move_to (cr, x, y + i * row);
      pango_cairo_show_layout (cr, name);
      _jx_slide_text (cr, value, x + w - 250, y + i * row, 250, 44, TRUE, bar, PANGO_ALIGN_RIGHT);

      _jx_slide_set_rgb (cr, &p->track);
      cairo_rectangle (cr, x, y + i * row + 60, w, 16);
      cairo_fill (cr);
      _jx_slide_set_rgb (cr, bar);
      cairo_rectangle (cr, x, y + i * row + 60, MAX (4, w * frac), 16);
      cairo_fill (cr);
    }
}

void
_jx_slide_draw_completion (const JxSlides *self,
                 cairo_t        *cr,
                 const Palette  *p)
{
  g_autoptr(GPtrArray) all = g_ptr_array_new ();
  g_autoptr(GPtrArray) top = g_ptr_array_new ();
  g_autoptr(GPtrArray) bottom = g_ptr_array_new ();
  double y = _jx_slide_heading (cr, _("Target completion"), p);
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
      _jx_slide_text (cr, _("No indicator has both a numeric target and an actual value yet."),
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

void
_jx_slide_draw_problems (const JxSlides *self,
               cairo_t        *cr,
               const Palette  *p)
{
  const JxConclusion *c = &self->doc->conclusion;
  g_autofree char *problems = compact (c->problems[0] ? c->problems : _("(none stated)"));
  g_autofree char *measures = compact (c->measures[0] ? c->measures : _("(none stated)"));
  double y = _jx_slide_heading (cr, _("Problems and improvement measures"), p);
  double col = (W - 2 * MARGIN - 96) / 2;
  double h = H - y - MARGIN;
  double size;

  _jx_slide_text (cr, _("Problems"), MARGIN, y, col, 48, TRUE, &p->warn, PANGO_ALIGN_LEFT);
  _jx_slide_text (cr, _("Improvement measures"), MARGIN + col + 96, y, col, 48, TRUE, &p->good, PANGO_ALIGN_LEFT);

  /* One type size for both columns, the largest at which both fit. */
  size = MIN (_jx_slide_fit_size (cr, problems, col, h - 84, 44, 28), _jx_slide_fit_size (cr, measures, col, h - 84, 44, 28));
  _jx_slide_text_fit (cr, problems, MARGIN, y + 84, col, h - 84, size, size, &p->text);
  _jx_slide_text_fit (cr, measures, MARGIN + col + 96, y + 84, col, h - 84, size, size, &p->text);
}

