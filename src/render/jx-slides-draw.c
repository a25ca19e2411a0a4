/* SPDX-License-Identifier: GPL-3.0-or-later */
/* jx-slides-draw.c: the slides that are not charts: title, key figures, target completion, problems and measures. */
#define G_LOG_DOMAIN "jx-slides"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "jx-format.h"
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
      g_autofree char *date = jx_format_date (doc->department.report_date, jx_format_dates_chinese ());
      g_autofree char *line = g_strjoin ("    ", date != NULL ? date : "", doc->department.preparer, NULL);
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

/* Name lines of one row at most; a longer name ends in "…" and the slide says so. */
#define NAME_LINES 3
#define NAME_SIZE 40

/* One row at (x, y): the name wrapped (its group after it), the value on the right, the bar
 * under the name. Returns the height it takes, or 0 when it does not fit above `bottom`
 * (then nothing is drawn); `cut` is set when the name had to be shortened. */
static double
completion_row (cairo_t                 *cr,
                const JxIndicatorResult *r,
                double                   x,
                double                   y,
                double                   w,
                double                   bottom,
                const Palette           *p,
                gboolean                *cut)
{
  /* Bars share one scale up to 200%; beyond it the printed value tells the truth. */
  const double max_completion = 200;
  g_autofree char *value = _jx_slide_percent (r->completion);
  g_autofree char *label = completion_label (r, p);
  g_autoptr(PangoLayout) name = _jx_slide_layout (cr, "", NAME_SIZE, FALSE, w - 270, PANGO_ALIGN_LEFT);
  double frac = MIN (r->completion, max_completion) / max_completion;
  const JxRgb *bar = jx_round (r->completion, 2, JX_ROUNDING_HALF_UP) >= 100 ? &p->good : &p->warn;
  double name_h, bar_y;
  int nw, nh;

  pango_layout_set_markup (name, label, -1);
  pango_layout_set_height (name, -NAME_LINES);
  pango_layout_set_ellipsize (name, PANGO_ELLIPSIZE_END);
  pango_layout_get_pixel_size (name, &nw, &nh);
  name_h = MAX (nh, 58);
  bar_y = y + name_h + 4;
  if (bar_y + 16 > bottom)
    return 0;
  if (pango_layout_is_ellipsized (name))
    *cut = TRUE;

  _jx_slide_set_rgb (cr, &p->text);
  cairo_move_to (cr, x, y);
  pango_cairo_show_layout (cr, name);
  _jx_slide_text (cr, value, x + w - 250, y, 250, 44, TRUE, bar, PANGO_ALIGN_RIGHT);

  _jx_slide_set_rgb (cr, &p->track);
  cairo_rectangle (cr, x, bar_y, w, 16);
  cairo_fill (cr);
  _jx_slide_set_rgb (cr, bar);
  cairo_rectangle (cr, x, bar_y, MAX (4, w * frac), 16);
  cairo_fill (cr);
  return bar_y + 16 + 36 - y;
}

/* A column of rows under `heading`, as many as fit above `bottom` (at most `max`); `none`
 * when there is no row; "N more" when rows were left out. */
static void
completion_column (cairo_t       *cr,
                   const char    *heading,
                   const char    *none,
                   GPtrArray     *results,
                   guint          max,
                   double         x,
                   double         y,
                   double         w,
                   double         bottom,
                   const Palette *p,
                   gboolean      *cut)
{
  guint i;

  y += _jx_slide_text (cr, heading, x, y, w, 44, TRUE, &p->muted, PANGO_ALIGN_LEFT) + 24;
  if (results->len == 0)
    {
      _jx_slide_text (cr, none, x, y, w, 36, FALSE, &p->muted, PANGO_ALIGN_LEFT);
      return;
    }
  for (i = 0; i < MIN (results->len, max); i++)
    {
      double h = completion_row (cr, g_ptr_array_index (results, i), x, y, w, bottom, p, cut);

      if (h == 0)
        break;
      y += h;
    }
  if (i < results->len && max == G_MAXUINT)
    {
      g_autofree char *more = g_strdup_printf (_("%u more below target (see the report)"), results->len - i);
      _jx_slide_text (cr, more, x, MIN (y, bottom), w, 36, FALSE, &p->muted, PANGO_ALIGN_LEFT);
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

void
_jx_slide_draw_completion (const JxSlides *self,
                           cairo_t        *cr,
                           const Palette  *p)
{
  g_autoptr(GPtrArray) reached = g_ptr_array_new ();
  g_autoptr(GPtrArray) below = g_ptr_array_new ();
  double y = _jx_slide_heading (cr, _("Target completion"), p);
  double col = (W - 2 * MARGIN - 96) / 2;
  double bottom = H - MARGIN - 56;
  gboolean cut = FALSE;
  guint i;

  for (i = 0; i < self->sheet->indicators->len; i++)
    {
      JxIndicatorResult *r = g_ptr_array_index (self->sheet->indicators, i);

      if (r->level != 3 || !r->applicable || isnan (r->completion))
        continue;
      /* As printed: 99.999% shows as 100.00% and is no shortfall on a slide. */
      if (jx_round (r->completion, 2, JX_ROUNDING_HALF_UP) >= 100)
        g_ptr_array_add (reached, r);
      else
        g_ptr_array_add (below, r);
    }
  if (reached->len == 0 && below->len == 0)
    {
      _jx_slide_text (cr, _("No indicator has both a numeric target and an actual value yet."),
                      MARGIN, y + 120, W - 2 * MARGIN, 48, FALSE, &p->muted, PANGO_ALIGN_CENTER);
      return;
    }
  g_ptr_array_sort (reached, by_completion);          /* highest first */
  g_ptr_array_sort (below, by_completion);
  for (i = 0; i < below->len / 2; i++)                /* lowest first */
    {
      gpointer t = below->pdata[i];

      below->pdata[i] = below->pdata[below->len - 1 - i];
      below->pdata[below->len - 1 - i] = t;
    }

  completion_column (cr, _("Most completed"), _("No indicator has reached its target."), reached, 5,
                     MARGIN, y, col, bottom, p, &cut);
  /* Only those below target: no padding with indicators at 100%. */
  completion_column (cr, _("Below target"), _("Every indicator with a numeric target reached it."), below, G_MAXUINT,
                     MARGIN + col + 96, y, col, bottom, p, &cut);
  if (cut)
    _jx_slide_text (cr, _("Names too long for the slide end in “…”; the report has them in full."),
                    MARGIN, H - MARGIN - 8, W - 2 * MARGIN - 320, 28, FALSE, &p->muted, PANGO_ALIGN_LEFT);
}
