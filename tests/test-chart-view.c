/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-chart-view.c: the chart widget under Xvfb, drawn by GTK's own renderer — the revenue
 * chart of the sample shows with the light style's revenue colour, hovering a slice of that
 * colour tells its amount, dark mode darkens it, an edit of the document redraws it, the
 * exports write real PNG/SVG/PDF files, copying puts a texture on the clipboard; and the
 * window puts the charts on the budget, indicator and conclusion pages. */
#define G_LOG_DOMAIN "test-chart-view"

#include "config.h"

#include <glib/gstdio.h>
#include <locale.h>
#include <string.h>

#include "jx-application.h"
#include "jx-test-ui.h"
#include "jx-chart-style.h"
#include "jx-chart-view.h"
#include "jx-indicator-chart.h"
#include "jx-money.h"
#include "jx-window.h"

static JxApplication *app;
static const char *tmp_dir;

/* ---- helpers ---- */



typedef struct {
  int     width;
  int     height;
  gsize   stride;
  guchar *data;     /* B G R A, premultiplied (opaque here) */
} Pixels;

static void
pixels_free (Pixels *p)
{
  g_free (p->data);
  g_free (p);
}
G_DEFINE_AUTOPTR_CLEANUP_FUNC (Pixels, pixels_free)

static Pixels *
pixels_of_texture (GdkTexture *texture)
{
  Pixels *p = g_new0 (Pixels, 1);

  p->width = gdk_texture_get_width (texture);
  p->height = gdk_texture_get_height (texture);
  p->stride = (gsize) p->width * 4;
  p->data = g_malloc (p->stride * p->height);
  gdk_texture_download (texture, p->data, p->stride);
  return p;
}

/* The widget as GTK draws it on screen: its paintable, rendered by the window's renderer. */
static Pixels *
render (GtkWidget *widget)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (widget);
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);

  g_assert_cmpint (width, >, 0);
  g_assert_cmpint (height, >, 0);
  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_free_to_node (snapshot);
  g_assert_nonnull (node);
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (gtk_widget_get_native (widget)), node,
                                         &GRAPHENE_RECT_INIT (0, 0, width, height));
  return pixels_of_texture (texture);
}

static const guchar *
pixel (const Pixels *p,
       int           x,
       int           y)
{
  return p->data + (gsize) y * p->stride + (gsize) x * 4;
}

static gboolean
pixel_is (const Pixels *p,
          int           x,
          int           y,
          const JxRgb  *colour)
{
  const guchar *px = pixel (p, x, y);

  return ABS (px[2] - (int) (colour->r * 255 + 0.5)) <= 2
         && ABS (px[1] - (int) (colour->g * 255 + 0.5)) <= 2
         && ABS (px[0] - (int) (colour->b * 255 + 0.5)) <= 2;
}

static guint
count_colour (const Pixels *p,
              const JxRgb  *colour)
{
  guint n = 0;
  int x, y;

  for (y = 0; y < p->height; y++)
    for (x = 0; x < p->width; x++)
      n += pixel_is (p, x, y, colour);
  return n;
}

static double
mean_luminance (const Pixels *p)
{
  double sum = 0;
  int x, y;

  for (y = 0; y < p->height; y++)
    for (x = 0; x < p->width; x++)
      {
        const guchar *px = pixel (p, x, y);
        sum += (0.2126 * px[2] + 0.7152 * px[1] + 0.0722 * px[0]) / 255.0;
      }
  return sum / ((double) p->width * p->height);
}

static guint
n_distinct_colours (const Pixels *p)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (NULL, NULL);
  int x, y;

  for (y = 0; y < p->height; y += 2)
    for (x = 0; x < p->width; x += 2)
      {
        const guchar *px = pixel (p, x, y);
        g_hash_table_add (seen, GUINT_TO_POINTER ((px[2] << 16) | (px[1] << 8) | px[0]));
      }
  return g_hash_table_size (seen);
}

static gboolean
pixels_equal (const Pixels *a,
              const Pixels *b)
{
  return a->width == b->width && a->height == b->height
         && memcmp (a->data, b->data, a->stride * a->height) == 0;
}

/* Hovers (x, y) the way the pointer does: through the widget's motion controller. */
static const char *
hover (GtkWidget *widget,
       double     x,
       double     y)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);
  guint i;

  for (i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_EVENT_CONTROLLER_MOTION (controller))
        g_signal_emit_by_name (controller, "motion", x, y);
    }
  return gtk_widget_get_tooltip_text (widget);
}

static JxDocument *
load_sample (void)
{
  g_autoptr(GFile) file = g_file_new_for_path (g_getenv ("JIXIAO_SAMPLE"));
  g_autoptr(GError) error = NULL;
  JxDocument *document = jx_document_new_from_file (file, &error);

  g_assert_no_error (error);
  return document;
}

typedef struct {
  JxDocument   *document;
  JxEvaluation *evaluation;
  GtkWidget    *window;
  GtkWidget    *view;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_FORCE_LIGHT);
  f->document = load_sample ();
  f->evaluation = jx_evaluation_new (f->document);
  f->window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (f->window), 960, 600);
  f->view = jx_chart_view_new (data != NULL ? data : "revenue");
  jx_chart_view_set_evaluation (JX_CHART_VIEW (f->view), f->evaluation);
  gtk_widget_set_vexpand (f->view, TRUE);
  gtk_window_set_child (GTK_WINDOW (f->window), f->view);
  gtk_window_present (GTK_WINDOW (f->window));
  jx_test_spin (300);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  gtk_window_destroy (GTK_WINDOW (f->window));
  g_clear_object (&f->evaluation);
  g_clear_object (&f->document);
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_FORCE_LIGHT);
  jx_test_spin (50);
}

/* A point of the revenue series' colour (the first fill of `style`) in the chart. */
static gboolean
find_colour (const Pixels *p,
             const JxRgb  *colour,
             int          *x,
             int          *y)
{
  int i, j;

  /* The middle of a run of that colour, away from edges and labels. */
  for (j = 8; j < p->height - 8; j += 4)
    for (i = 8; i < p->width - 8; i += 4)
      if (pixel_is (p, i, j, colour) && pixel_is (p, i - 6, j, colour) && pixel_is (p, i + 6, j, colour)
          && pixel_is (p, i, j - 6, colour) && pixel_is (p, i, j + 6, colour))
        {
          *x = i;
          *y = j;
          return TRUE;
        }
  return FALSE;
}

/* ---- tests ---- */

static void
test_shows_chart (Fixture       *f,
                  gconstpointer  data)
{
  const JxChartStyle *light = jx_chart_style_get (JX_CHART_STYLE_LIGHT);
  g_autoptr(Pixels) p = render (f->view);
  guint n;

  g_assert_cmpstr (jx_chart_get_title (jx_chart_view_get_chart (JX_CHART_VIEW (f->view))), ==, "Revenue structure");
  g_assert_cmpint (jx_chart_view_get_style (JX_CHART_VIEW (f->view)), ==, JX_CHART_STYLE_LIGHT);
  /* A natural height that suits the chart: not a strip, not more than the screen. */
  g_assert_cmpint (gtk_widget_get_height (f->view), >=, 280);

  g_assert_cmpuint (n_distinct_colours (p), >, 20);
  n = count_colour (p, &light->fills[0].colour);
  g_test_message ("revenue colour: %u pixels of %d × %d", n, p->width, p->height);
  /* 一般公共预算财政拨款收入 is 72.65%: most of the ring is its colour. */
  g_assert_cmpuint (n, >, 10000);
  g_assert_cmpuint (count_colour (p, &light->fills[1].colour), >, 500);
  g_assert_cmpuint (count_colour (p, &light->fills[2].colour), >, 1000);
  g_assert_cmpfloat (mean_luminance (p), >, 0.6);
}

static void
test_hover (Fixture       *f,
            gconstpointer  data)
{
  const JxChartStyle *light = jx_chart_style_get (JX_CHART_STYLE_LIGHT);
  g_autoptr(Pixels) p = render (f->view);
  int x = 0, y = 0;
  const char *text;

  g_assert_true (find_colour (p, &light->fills[0].colour, &x, &y));
  text = hover (f->view, x, y);
  g_test_message ("hover at %d, %d: %s", x, y, text);
  g_assert_nonnull (text);
  g_assert_nonnull (strstr (text, "2,725.07"));
  g_assert_nonnull (strstr (text, "72.65%"));

  /* Outside the ring, nothing. */
  g_assert_null (hover (f->view, 2, gtk_widget_get_height (f->view) - 2));
}

static void
test_dark (Fixture       *f,
           gconstpointer  data)
{
  const JxChartStyle *dark = jx_chart_style_get (JX_CHART_STYLE_DARK);
  g_autoptr(Pixels) before = render (f->view);
  g_autoptr(Pixels) after = NULL;
  int h;

  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_FORCE_DARK);
  jx_test_spin (100);
  g_assert_cmpint (jx_chart_view_get_style (JX_CHART_VIEW (f->view)), ==, JX_CHART_STYLE_DARK);
  after = render (f->view);
  g_test_message ("mean luminance: light %.2f, dark %.2f", mean_luminance (before), mean_luminance (after));
  g_assert_cmpfloat (mean_luminance (before), >, 0.6);
  g_assert_cmpfloat (mean_luminance (after), <, 0.3);
  /* The background, at the bottom of the chart, is the card's (libadwaita's dark card:
   * white at 8 % on the window, #353535; test-dark-cards compares it with the pages' cards),
   * not the dark chart style's own. */
  h = gtk_widget_get_height (f->view);
  g_assert_true (pixel_is (after, gtk_widget_get_width (f->view) / 2, h - 4, &(JxRgb) { 0x35 / 255.0, 0x35 / 255.0, 0x35 / 255.0 }));
  g_assert_false (pixel_is (after, gtk_widget_get_width (f->view) / 2, h - 4, &dark->background));
  g_assert_cmpuint (count_colour (after, &dark->fills[0].colour), >, 10000);

  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_FORCE_LIGHT);
  jx_test_spin (100);
  g_assert_cmpint (jx_chart_view_get_style (JX_CHART_VIEW (f->view)), ==, JX_CHART_STYLE_LIGHT);
}

static void
test_follows_document (Fixture       *f,
                       gconstpointer  data)
{
  const JxChartStyle *light = jx_chart_style_get (JX_CHART_STYLE_LIGHT);
  g_autoptr(Pixels) before = render (f->view);
  g_autoptr(Pixels) after = NULL;
  g_autoptr(GError) error = NULL;
  JxMoney amount;
  int x = 0, y = 0;
  const char *text;

  g_assert_true (find_colour (before, &light->fills[0].colour, &x, &y));
  g_assert_nonnull (strstr (hover (f->view, x, y), "2,725.07"));

  g_assert_true (jx_money_from_double (1000, &amount, NULL));
  g_assert_true (jx_document_set_money (f->document, "budget.revenue.items[0].amount", amount, &error));
  g_assert_no_error (error);
  jx_test_spin (100);

  after = render (f->view);
  g_assert_false (pixels_equal (before, after));
  /* The first slice shrank from 72.65% to about half: fewer pixels of its colour. */
  g_assert_cmpuint (count_colour (after, &light->fills[0].colour), <, count_colour (before, &light->fills[0].colour) * 3 / 4);
  g_assert_true (find_colour (after, &light->fills[0].colour, &x, &y));
  text = hover (f->view, x, y);
  g_test_message ("hover after the edit: %s", text);
  g_assert_nonnull (strstr (text, "1,000.00"));

  /* Undo brings the drawing back. */
  g_assert_true (jx_document_undo (f->document));
  jx_test_spin (100);
  g_clear_pointer (&after, pixels_free);
  after = render (f->view);
  g_assert_true (pixels_equal (before, after));
}

static gchar *
read_file (const char *path,
           gsize      *length)
{
  g_autoptr(GError) error = NULL;
  char *contents = NULL;

  g_assert_true (g_file_get_contents (path, &contents, length, &error));
  g_assert_no_error (error);
  return contents;
}

static void
test_export (Fixture       *f,
             gconstpointer  data)
{
  JxChartView *view = JX_CHART_VIEW (f->view);
  g_autofree char *png = g_build_filename (tmp_dir, "revenue.png", NULL);
  g_autofree char *svg = g_build_filename (tmp_dir, "revenue.svg", NULL);
  g_autofree char *pdf = g_build_filename (tmp_dir, "revenue.pdf", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autoptr(GError) error = NULL;
  int width, height;
  gsize length;

  /* PNG for the A4 text column (16 cm) at 300 dpi, as the dialog offers. */
  jx_chart_view_get_export_size (view, "png", 300, &width, &height);
  g_assert_cmpint (width, ==, 1890);
  g_assert_cmpint (height, >=, 280 * 300 / 96);
  g_assert_true (jx_chart_view_export (view, png, width, height, JX_CHART_STYLE_PRINT, &error));
  g_assert_no_error (error);
  contents = read_file (png, &length);
  g_assert_cmpuint (length, >, 8);
  g_assert_true (memcmp (contents, "\x89PNG\r\n\x1a\n", 8) == 0);
  texture = gdk_texture_new_from_filename (png, &error);
  g_assert_no_error (error);
  g_assert_cmpint (gdk_texture_get_width (texture), ==, width);
  g_assert_cmpint (gdk_texture_get_height (texture), ==, height);
  {
    g_autoptr(Pixels) p = pixels_of_texture (texture);
    g_assert_cmpuint (count_colour (p, &jx_chart_style_get (JX_CHART_STYLE_PRINT)->fills[0].colour), >, 10000);
  }
  g_clear_pointer (&contents, g_free);

  jx_chart_view_get_export_size (view, "svg", 0, &width, &height);
  g_assert_cmpint (width, ==, 454);   /* 16 cm in points */
  g_assert_true (jx_chart_view_export (view, svg, width, height, JX_CHART_STYLE_PRINT, &error));
  g_assert_no_error (error);
  contents = read_file (svg, &length);
  g_assert_nonnull (strstr (contents, "<svg"));
  g_clear_pointer (&contents, g_free);

  g_assert_true (jx_chart_view_export (view, pdf, width, height, JX_CHART_STYLE_PRINT, &error));
  g_assert_no_error (error);
  contents = read_file (pdf, &length);
  g_assert_true (g_str_has_prefix (contents, "%PDF-"));
  if (g_find_program_in_path ("pdftotext") != NULL)
    {
      g_autofree char *out = NULL;
      g_autofree char *quoted = g_shell_quote (pdf);
      g_autofree char *command = g_strdup_printf ("pdftotext -layout %s -", quoted);
      int status;

      g_assert_true (g_spawn_command_line_sync (command, &out, NULL, &status, NULL));
      g_assert_nonnull (strstr (out, "2,725.07"));
    }

  /* A name the format cannot be told from is refused, and nothing is written. */
  {
    g_autofree char *bad = g_build_filename (tmp_dir, "revenue.bmp", NULL);
    g_assert_false (jx_chart_view_export (view, bad, 100, 100, JX_CHART_STYLE_PRINT, &error));
    g_assert_nonnull (error);
    g_assert_false (g_file_test (bad, G_FILE_TEST_EXISTS));
  }
}

static void
on_texture_read (GObject      *source,
                 GAsyncResult *result,
                 gpointer      data)
{
  g_autoptr(GError) error = NULL;

  *(GdkTexture **) data = gdk_clipboard_read_texture_finish (GDK_CLIPBOARD (source), result, &error);
  g_assert_no_error (error);
}

static void
on_text_read (GObject      *source,
              GAsyncResult *result,
              gpointer      data)
{
  g_autoptr(GError) error = NULL;

  *(char **) data = gdk_clipboard_read_text_finish (GDK_CLIPBOARD (source), result, &error);
  g_assert_no_error (error);
}

static void
test_copy (Fixture       *f,
           gconstpointer  data)
{
  GdkClipboard *clipboard = gtk_widget_get_clipboard (f->view);
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree char *text = NULL;

  /* Through the menu's action, as a click on Copy as Image does. */
  g_assert_true (gtk_widget_activate_action (f->view, "chart.copy-image", NULL));
  gdk_clipboard_read_texture_async (clipboard, NULL, on_texture_read, &texture);
  while (texture == NULL)
    g_main_context_iteration (NULL, TRUE);
  /* Twice the pixels of the widget, in the print style. */
  g_assert_cmpint (gdk_texture_get_width (texture), ==, 2 * gtk_widget_get_width (f->view));
  g_assert_cmpint (gdk_texture_get_height (texture), ==, 2 * gtk_widget_get_height (f->view));
  {
    g_autoptr(Pixels) p = pixels_of_texture (texture);
    g_assert_cmpuint (count_colour (p, &jx_chart_style_get (JX_CHART_STYLE_PRINT)->fills[0].colour), >, 40000);
  }

  /* The same copy offers the text alternative too. */
  gdk_clipboard_read_text_async (clipboard, NULL, on_text_read, &text);
  while (text == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_nonnull (strstr (text, "Revenue structure"));
  g_assert_nonnull (strstr (text, "2,725.07"));
  g_clear_pointer (&text, g_free);

  g_assert_true (gtk_widget_activate_action (f->view, "chart.copy-text", NULL));
  gdk_clipboard_read_text_async (clipboard, NULL, on_text_read, &text);
  while (text == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_nonnull (strstr (text, "2,725.07"));
}

static GtkWidget *
find_shown (GtkWidget *root,
            GType      type)
{
  GtkWidget *child;

  if (G_TYPE_CHECK_INSTANCE_TYPE (root, type) && gtk_widget_get_mapped (root))
    return root;
  for (child = gtk_widget_get_first_child (root); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_shown (child, type);
      if (found != NULL)
        return found;
    }
  return NULL;
}

static void
test_keyboard (Fixture       *f,
               gconstpointer  data)
{
  GtkWidget *popover;

  /* Focusable; Tab goes from the chart to its menu button and on. */
  g_assert_true (gtk_widget_get_focusable (f->view));
  g_assert_true (gtk_widget_grab_focus (f->view));
  g_assert_true (gtk_widget_is_focus (f->view));
  g_assert_true (gtk_widget_child_focus (f->view, GTK_DIR_TAB_FORWARD));
  g_assert_false (gtk_widget_is_focus (f->view));
  g_assert_true (gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (f->window)), f->view));
  g_assert_true (gtk_widget_child_focus (f->view, GTK_DIR_TAB_BACKWARD));
  g_assert_true (gtk_widget_is_focus (f->view));

  /* Menu / Shift+F10 open the context menu. */
  g_assert_null (find_shown (f->view, GTK_TYPE_POPOVER_MENU));
  g_assert_true (gtk_widget_activate_action (f->view, "chart.menu", NULL));
  jx_test_spin (200);
  popover = find_shown (f->view, GTK_TYPE_POPOVER_MENU);
  g_assert_nonnull (popover);
  gtk_popover_popdown (GTK_POPOVER (popover));
  jx_test_spin (100);

  /* Every entry of the menu is enabled with a chart. */
  g_assert_true (gtk_widget_activate_action (f->view, "chart.copy-text", NULL));
}

static void
test_no_chart (void)
{
  GtkWidget *window = gtk_window_new ();
  GtkWidget *view = jx_chart_view_new ("revenue");
  g_autoptr(JxDocument) document = load_sample ();
  g_autoptr(JxEvaluation) evaluation = jx_evaluation_new (document);
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (tmp_dir, "none.png", NULL);

  gtk_window_set_child (GTK_WINDOW (window), view);
  gtk_window_present (GTK_WINDOW (window));
  jx_test_spin (100);
  /* No evaluation: nothing drawn, nothing to copy or export, no criticals. */
  g_assert_null (jx_chart_view_get_chart (JX_CHART_VIEW (view)));
  g_assert_false (jx_chart_view_copy_image (JX_CHART_VIEW (view)));
  g_assert_false (jx_chart_view_export (JX_CHART_VIEW (view), path, 100, 100, JX_CHART_STYLE_LIGHT, &error));
  g_clear_error (&error);
  /* An id the document has no chart for. */
  jx_chart_view_set_evaluation (JX_CHART_VIEW (view), evaluation);
  jx_chart_view_set_chart_id (JX_CHART_VIEW (view), "no-such-chart");
  jx_test_spin (50);
  g_assert_null (jx_chart_view_get_chart (JX_CHART_VIEW (view)));
  g_assert_null (jx_chart_view_describe_at (JX_CHART_VIEW (view), 100, 100));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* ---- in the window ---- */

static void
collect_views (GtkWidget *widget,
               GPtrArray *views)
{
  GtkWidget *child;

  if (JX_IS_CHART_VIEW (widget))
    g_ptr_array_add (views, widget);
  for (child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    collect_views (child, views);
}


static void
test_window_pages (void)
{
  static const char * const budget_ids[] = {
    "revenue", "spending-function", "spending-nature", "spending-economic", "budget-execution", "three-public",
    "year-over-year",
  };
  g_autoptr(GFile) sample = g_file_new_for_path (g_getenv ("JIXIAO_SAMPLE"));
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) views = g_ptr_array_new ();
  JxWindow *window = jx_window_new (GTK_APPLICATION (app));
  AdwViewStack *stack;
  JxIndicatorChart *indicator_chart;
  JxChartView *view;
  guint i;

  g_assert_true (jx_window_load_file (window, sample, &error));
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  gtk_window_present (GTK_WINDOW (window));
  jx_window_show_page (window, JX_PAGE_BUDGET);
  jx_test_spin (300);
  stack = ADW_VIEW_STACK (jx_test_find_by_type (GTK_WIDGET (window), ADW_TYPE_VIEW_STACK));

  collect_views (adw_view_stack_get_child_by_name (stack, "budget"), views);
  g_assert_cmpuint (views->len, ==, G_N_ELEMENTS (budget_ids));
  /* Laid out (on a loaded machine, later than 300 ms). */
  for (i = 0; i < 1000 && gtk_widget_get_height (g_ptr_array_index (views, views->len - 1)) == 0; i++)
    jx_test_spin (10);
  for (i = 0; i < views->len; i++)
    {
      view = g_ptr_array_index (views, i);
      g_assert_cmpstr (jx_chart_view_get_chart_id (view), ==, budget_ids[i]);
      g_assert_nonnull (jx_chart_view_get_chart (view));
      g_assert_true (jx_chart_view_get_evaluation (view) == jx_window_get_evaluation (window));
      /* Sensible on a 1280×800 screen: none taller than the page shows at once. */
      g_test_message ("%s: %d × %d", budget_ids[i], gtk_widget_get_width (GTK_WIDGET (view)),
                      gtk_widget_get_height (GTK_WIDGET (view)));
      g_assert_cmpint (gtk_widget_get_height (GTK_WIDGET (view)), >=, 280);
      g_assert_cmpint (gtk_widget_get_height (GTK_WIDGET (view)), <=, 600);
    }

  /* Print Chart… activates the window's action with the chart's id. */
  g_assert_true (g_action_group_has_action (G_ACTION_GROUP (window), "print-chart"));
  g_assert_true (g_variant_type_equal (g_action_group_get_action_parameter_type (G_ACTION_GROUP (window), "print-chart"),
                                       G_VARIANT_TYPE_STRING));

  g_ptr_array_set_size (views, 0);
  collect_views (jx_test_window_page (GTK_WIDGET (window), "conclusion"), views);
  g_assert_cmpuint (views->len, ==, 1);
  g_assert_cmpstr (jx_chart_view_get_chart_id (g_ptr_array_index (views, 0)), ==, "scores");

  /* The indicator page: folded at first; a group picked shows that group's chart. */
  jx_window_show_page (window, JX_PAGE_INDICATORS);
  jx_test_spin (200);
  indicator_chart = JX_INDICATOR_CHART (jx_test_find_by_type (adw_view_stack_get_child_by_name (stack, "indicators"),
                                                      JX_TYPE_INDICATOR_CHART));
  g_assert_nonnull (indicator_chart);
  g_assert_false (jx_indicator_chart_get_expanded (indicator_chart));
  view = jx_indicator_chart_get_view (indicator_chart);
  g_assert_cmpstr (jx_chart_view_get_chart_id (view), ==, "target-actual");
  g_assert_true (jx_indicator_chart_select (indicator_chart, "target-actual-6"));
  g_assert_true (jx_indicator_chart_get_expanded (indicator_chart));
  jx_test_spin (400);
  g_assert_cmpstr (jx_chart_view_get_chart_id (view), ==, "target-actual-6");
  g_assert_nonnull (strstr (jx_chart_get_title (jx_chart_view_get_chart (view)), "新闻信息部"));
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (view)));
  g_assert_false (jx_indicator_chart_select (indicator_chart, "target-actual-99"));

  /* Another document: every chart follows; the group is gone, so the chart shows all. */
  {
    g_autoptr(JxDocument) blank = jx_document_new ();

    jx_window_set_document (window, blank);
    jx_test_spin (100);
    g_assert_true (jx_chart_view_get_evaluation (view) == jx_window_get_evaluation (window));
    g_assert_cmpstr (jx_chart_view_get_chart_id (view), ==, "target-actual");
    g_ptr_array_set_size (views, 0);
    collect_views (adw_view_stack_get_child_by_name (stack, "budget"), views);
    for (i = 0; i < views->len; i++)
      g_assert_true (jx_chart_view_get_evaluation (g_ptr_array_index (views, i)) == jx_window_get_evaluation (window));
  }

  jx_document_set_modified (jx_window_get_document (window), FALSE);
  gtk_window_destroy (GTK_WINDOW (window));
  jx_test_spin (50);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  app = jx_test_ui_init (&argc, &argv, "test-chart-view");
  if (app == NULL)
    return 77;
  tmp_dir = jx_test_ui_tmp_dir ();

  g_test_add ("/chart-view/shows-chart", Fixture, NULL, fixture_set_up, test_shows_chart, fixture_tear_down);
  g_test_add ("/chart-view/hover", Fixture, NULL, fixture_set_up, test_hover, fixture_tear_down);
  g_test_add ("/chart-view/dark", Fixture, NULL, fixture_set_up, test_dark, fixture_tear_down);
  g_test_add ("/chart-view/follows-document", Fixture, NULL, fixture_set_up, test_follows_document, fixture_tear_down);
  g_test_add ("/chart-view/export", Fixture, NULL, fixture_set_up, test_export, fixture_tear_down);
  g_test_add ("/chart-view/copy", Fixture, NULL, fixture_set_up, test_copy, fixture_tear_down);
  g_test_add ("/chart-view/keyboard", Fixture, NULL, fixture_set_up, test_keyboard, fixture_tear_down);
  g_test_add_func ("/chart-view/no-chart", test_no_chart);
  g_test_add_func ("/chart-view/window-pages", test_window_pages);
  status = g_test_run ();

  g_clear_object (&app);
  return status;
}
