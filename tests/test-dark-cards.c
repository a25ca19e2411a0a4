/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-dark-cards.c: in the dark style (and the light), a chart card on the budget,
 * indicator and conclusion pages has the colour and the outline of every other card of the
 * page, as GTK draws the window (issue 14: they were the window's colour, no card at all).
 * With JIXIAO_SCREENSHOT_DIR set it also writes the four pages in dark as PNG
 * (data/screenshots/dark-*.png: run it in zh_CN with JIXIAO_LOCALEDIR from tests/zh-locale.sh). */
#define G_LOG_DOMAIN "test-dark-cards"

#include "config.h"

#include <glib/gi18n.h>

#include "jx-application.h"
#include "jx-chart-view.h"
#include "jx-indicator-chart.h"
#include "jx-test-ui.h"
#include "jx-ui-util.h"
#include "jx-window.h"

static JxApplication *app;

typedef struct {
  int     width, height;
  gsize   stride;
  guchar *data;      /* B G R A */
} Pixels;

static void
pixels_free (Pixels *p)
{
  g_free (p->data);
  g_free (p);
}
G_DEFINE_AUTOPTR_CLEANUP_FUNC (Pixels, pixels_free)

static Pixels *
render (GtkWidget *widget)
{
  g_autoptr(GdkTexture) texture = jx_test_render (widget);
  Pixels *p = g_new0 (Pixels, 1);

  p->width = gdk_texture_get_width (texture);
  p->height = gdk_texture_get_height (texture);
  p->stride = (gsize) p->width * 4;
  p->data = g_malloc (p->stride * p->height);
  gdk_texture_download (texture, p->data, p->stride);
  return p;
}

/* 0xRRGGBB at (x, y), or -1 outside. */
static gint32
pixel (const Pixels *p,
       int           x,
       int           y)
{
  const guchar *px;

  if (x < 0 || y < 0 || x >= p->width || y >= p->height)
    return -1;
  px = p->data + (gsize) y * p->stride + (gsize) x * 4;
  return (px[2] << 16) | (px[1] << 8) | px[0];
}

/* Equal within 2 levels a channel (antialiasing of a rounded edge). */
static gboolean
close_colours (gint32 a,
               gint32 b)
{
  int shift;

  if (a < 0 || b < 0)
    return FALSE;
  for (shift = 0; shift < 24; shift += 8)
    if (ABS (((a >> shift) & 0xff) - ((b >> shift) & 0xff)) > 2)
      return FALSE;
  return TRUE;
}

static void
collect (GtkWidget *widget,
         GPtrArray *charts,
         GPtrArray *cards)
{
  GtkWidget *child;

  if (!gtk_widget_get_mapped (widget))
    return;
  if (JX_IS_CHART_VIEW (widget))
    {
      g_ptr_array_add (charts, widget);
      return;
    }
  if ((gtk_widget_has_css_class (widget, "card") || gtk_widget_has_css_class (widget, "boxed-list"))
      && !GTK_IS_TEXT_VIEW (widget))
    g_ptr_array_add (cards, widget);
  for (child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    collect (child, charts, cards);
}

/* The widget's rectangle in the window's coordinates. */
static graphene_rect_t
bounds_in (GtkWidget *widget,
           GtkWidget *window)
{
  graphene_rect_t r;

  g_assert_true (gtk_widget_compute_bounds (widget, window, &r));
  return r;
}

static gboolean
fully_shown (const graphene_rect_t *r,
             GtkWidget             *window,
             int                    top,
             int                    bottom)
{
  return r->origin.x >= 2 && r->origin.y >= top && r->size.height >= 40
         && r->origin.x + r->size.width <= gtk_widget_get_width (window) - 2
         && r->origin.y + r->size.height <= bottom;
}

/* Scrolls the page's scrolled window so that `widget` is 60 px below its top. */
static void
scroll_to (GtkWidget *widget)
{
  GtkWidget *scrolled = gtk_widget_get_ancestor (widget, GTK_TYPE_SCROLLED_WINDOW);
  GtkWidget *content;
  GtkAdjustment *adj;
  graphene_rect_t r;

  g_assert_nonnull (scrolled);
  content = gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (scrolled));
  adj = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled));
  g_assert_true (gtk_widget_compute_bounds (widget, content, &r));
  /* The viewport's coordinates are those of what shows: add where it is scrolled to. */
  gtk_adjustment_set_value (adj, gtk_adjustment_get_value (adj) + r.origin.y - 60);
  jx_test_spin (300);
}

/* The card's fill (a point just inside its left edge, at height y) and its outline (the
 * first other colour left of it), as drawn in the window. The window's drawing may be a few
 * pixels off its widgets' coordinates (its frame): both kinds of card are measured alike. */
static void
card_colours (const Pixels          *p,
              const graphene_rect_t *r,
              int                    y,
              gint32                *fill,
              gint32                *outline)
{
  int x = (int) r->origin.x + 7;
  int i;

  *fill = pixel (p, x, y);
  while (x > 0 && pixel (p, x, y) == *fill)
    x--;
  /* The darkest of the four pixels past the fill (antialiasing may blend the one next to it). */
  *outline = pixel (p, x, y);
  for (i = 1; i < 4; i++)
    if (x - i >= 0 && (pixel (p, x - i, y) & 0xff) < (*outline & 0xff))
      *outline = pixel (p, x - i, y);
}

/* Checks up to three charts of the page against the page's other cards, or where none is in
 * view (the indicator page has only its table), against `reference` (the fill of a card of
 * a page checked before). */
static guint
check_page (GtkWidget *window,
            JxPage     which,
            gboolean   dark,
            gint32    *reference)
{
  const char *name = jx_page_get_name (which);
  GtkWidget *page = jx_test_window_page (window, name);
  g_autoptr(GPtrArray) charts = g_ptr_array_new ();
  guint checked = 0, i;

  jx_window_show_page (JX_WINDOW (window), which);
  jx_test_spin (400);
  if (which == JX_PAGE_INDICATORS)
    {
      GtkWidget *folded = jx_test_find_by_type (page, JX_TYPE_INDICATOR_CHART);

      g_assert_nonnull (folded);
      jx_indicator_chart_set_expanded (JX_INDICATOR_CHART (folded), TRUE);
      jx_test_spin (800);
    }
  {
    g_autoptr(GPtrArray) ignored = g_ptr_array_new ();
    collect (page, charts, ignored);
  }
  for (i = 0; i < charts->len && checked < 3; i++)
    {
      GtkWidget *chart = g_ptr_array_index (charts, i);
      g_autoptr(GPtrArray) cards = g_ptr_array_new ();
      g_autoptr(GPtrArray) more = g_ptr_array_new ();
      g_autoptr(Pixels) p = NULL;
      graphene_rect_t cr, pr;
      gint32 chart_fill, chart_outline, card_fill = -1, card_outline = -1;
      guint j;

      scroll_to (chart);
      /* What shows of the page: its scrolled window. */
      pr = bounds_in (gtk_widget_get_ancestor (chart, GTK_TYPE_SCROLLED_WINDOW), window);
      collect (page, more, cards);
      cr = bounds_in (chart, window);
      {
        double top = MAX (cr.origin.y, pr.origin.y) + 20, bottom = MIN (cr.origin.y + cr.size.height, pr.origin.y + pr.size.height) - 20;

        if (cr.origin.x < 2 || bottom < top)
          continue;
        p = render (window);
        card_colours (p, &cr, (int) ((top + bottom) / 2), &chart_fill, &chart_outline);
      }
      /* The bottom margin of the chart is its background too. */
      if (fully_shown (&cr, window, (int) pr.origin.y, (int) (pr.origin.y + pr.size.height)))
        g_assert_cmphex (pixel (p, (int) (cr.origin.x + cr.size.width / 2), (int) (cr.origin.y + cr.size.height - 8)), ==,
                         chart_fill);
      for (j = 0; j < cards->len; j++)
        {
          graphene_rect_t r = bounds_in (g_ptr_array_index (cards, j), window);

          double top = MAX (r.origin.y, pr.origin.y) + 20, bottom = MIN (r.origin.y + r.size.height, pr.origin.y + pr.size.height) - 20;

          /* A stretch of its left edge is in view (a table may be taller than the window). */
          if (r.origin.x < 2 || bottom < top)
            continue;
          card_colours (p, &r, (int) ((top + bottom) / 2), &card_fill, &card_outline);
          break;
        }
      if (card_fill < 0 && *reference < 0)
        continue;
      if (card_fill < 0)
        {
          /* Another page's card: the outline (a shadow) depends on what the card lies on. */
          card_fill = *reference;
          card_outline = chart_outline;
        }
      *reference = card_fill;
      g_test_message ("%s %s, %s: chart card %06x, outline %06x; card %06x, outline %06x", name,
                      dark ? "dark" : "light", jx_chart_view_get_chart_id (JX_CHART_VIEW (chart)),
                      chart_fill, chart_outline, card_fill, card_outline);
      g_assert_cmphex (chart_fill, ==, card_fill);
      g_assert_true (close_colours (chart_outline, card_outline));
      /* A card shows: its fill differs from the window around it. */
      g_assert_cmphex (chart_fill, !=, pixel (p, (int) cr.origin.x - 16, (int) (cr.origin.y + cr.size.height / 2)));
      checked++;
    }
  return checked;
}

static void
test_cards (gconstpointer data)
{
  gboolean dark = GPOINTER_TO_INT (data);
  g_autoptr(GFile) sample = g_file_new_for_path (g_getenv ("JIXIAO_SAMPLE"));
  g_autoptr(GError) error = NULL;
  JxWindow *window = jx_window_new (GTK_APPLICATION (app));
  const char *dir = g_getenv ("JIXIAO_SCREENSHOT_DIR");
  gint32 reference = -1;

  adw_style_manager_set_color_scheme (adw_style_manager_get_default (),
                                      dark ? ADW_COLOR_SCHEME_FORCE_DARK : ADW_COLOR_SCHEME_FORCE_LIGHT);
  g_assert_true (jx_window_load_file (window, sample, &error));
  g_assert_no_error (error);
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  gtk_window_present (GTK_WINDOW (window));
  jx_test_spin (300);

  g_assert_cmpuint (check_page (GTK_WIDGET (window), JX_PAGE_BUDGET, dark, &reference), >=, 2);
  g_assert_cmpuint (check_page (GTK_WIDGET (window), JX_PAGE_CONCLUSION, dark, &reference), >=, 1);
  g_assert_cmpuint (check_page (GTK_WIDGET (window), JX_PAGE_INDICATORS, dark, &reference), ==, 1);

  if (dir != NULL && dark)
    {
      guint i;

      for (i = 0; i < JX_N_PAGES; i++)
        {
          g_autofree char *file = g_strdup_printf ("dark-%s.png", jx_page_get_name (i));
          g_autofree char *path = g_build_filename (dir, file, NULL);
          g_autoptr(GdkTexture) texture = NULL;

          jx_window_show_page (window, i);
          jx_test_spin (400);
          texture = jx_test_render (GTK_WIDGET (window));
          g_assert_true (gdk_texture_save_to_png (texture, path));
          g_print ("%s\n", path);
        }
    }

  jx_document_set_modified (jx_window_get_document (window), FALSE);
  gtk_window_destroy (GTK_WINDOW (window));
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_FORCE_LIGHT);
  jx_test_spin (50);
}

int
main (int   argc,
      char *argv[])
{
  app = jx_test_ui_init (&argc, &argv, "test-dark-cards");
  if (app == NULL)
    return 77;

  g_test_add_data_func ("/dark-cards/dark", GINT_TO_POINTER (TRUE), test_cards);
  g_test_add_data_func ("/dark-cards/light", GINT_TO_POINTER (FALSE), test_cards);
  return g_test_run ();
}
