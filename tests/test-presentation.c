/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-presentation.c: the presentation under Xvfb — F5 (win.present) opens it full screen,
 * the clicker keys move forward and back, a number and Enter jump, Esc returns to the page
 * the user was on; the slide choice is saved in the document and undoable.
 * With JIXIAO_SCREENSHOT_DIR set it also writes slides as PNG (data/screenshots/). */
#define G_LOG_DOMAIN "test-presentation"

#include "config.h"

#include <glib/gstdio.h>
#include <glib/gi18n.h>
#include <locale.h>
#include <math.h>

#include "jx-application.h"
#include "jx-test-ui.h"
#include "jx-presentation-window.h"
#include "jx-slide-settings.h"
#include "jx-slides.h"
#include "jx-window.h"

static JxApplication *app;

static JxWindow *
open_sample (void)
{
  g_autoptr(GFile) sample = g_file_new_for_path (g_getenv ("JIXIAO_SAMPLE"));
  g_autoptr(GError) error = NULL;
  JxWindow *window = jx_window_new (GTK_APPLICATION (app));

  g_assert_true (jx_window_load_file (window, sample, &error));
  g_assert_no_error (error);
  gtk_window_present (GTK_WINDOW (window));
  jx_test_spin (200);
  return window;
}

static JxPresentationWindow *
find_presentation (void)
{
  g_autoptr(GList) toplevels = gtk_window_list_toplevels ();
  GList *l;

  for (l = toplevels; l != NULL; l = l->next)
    if (JX_IS_PRESENTATION_WINDOW (l->data))
      return l->data;
  return NULL;
}

/* Sends a key as the window's key controller receives it. */
static void
press (JxPresentationWindow *presentation,
       guint                 keyval)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (GTK_WIDGET (presentation));
  guint i;

  for (i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);
      gboolean handled = FALSE;

      if (!GTK_IS_EVENT_CONTROLLER_KEY (controller))
        continue;
      g_signal_emit_by_name (controller, "key-pressed", keyval, 0, (GdkModifierType) 0, &handled);
      g_assert_true (handled);
      return;
    }
  g_assert_not_reached ();
}

/* The slide is drawn: thousands of sampled pixels differ from the background. */
static void
assert_not_blank (GtkWidget *widget)
{
  g_autoptr(GdkTexture) texture = jx_test_render (widget);
  int width = gdk_texture_get_width (texture);
  int height = gdk_texture_get_height (texture);
  gsize stride = (gsize) width * 4;
  g_autofree guchar *pixels = g_malloc (stride * height);
  guint distinct = 0;
  guint32 first;
  int y, x;

  gdk_texture_download (texture, pixels, stride);
  first = *(guint32 *) pixels;
  for (y = 0; y < height; y += 4)
    for (x = 0; x < width; x += 2)
      if (*(guint32 *) (pixels + y * stride + x * 4) != first)
        distinct++;
  g_assert_cmpuint (distinct, >, 2000);
}

static void
test_keys_and_escape (void)
{
  JxWindow *window = open_sample ();
  JxPresentationWindow *p;
  GtkWidget *view;
  guint n;

  jx_window_show_page (window, JX_PAGE_BUDGET);
  jx_test_spin (100);
  g_action_group_activate_action (G_ACTION_GROUP (window), "present", NULL);
  jx_test_spin (500);

  p = find_presentation ();
  g_assert_nonnull (p);
  n = jx_presentation_window_get_n (p);
  /* title, key figures, 7 budget charts with this year against last, completion, scores, the
   * problems (one slide) and the measures (two: six lines a slide at most) */
  g_assert_cmpuint (n, ==, 14);
  g_assert_cmpuint (jx_presentation_window_get_index (p), ==, 0);
  view = gtk_widget_get_first_child (gtk_window_get_child (GTK_WINDOW (p)));
  assert_not_blank (view);

  /* What presentation clickers send, and the arrows. */
  press (p, GDK_KEY_Page_Down);
  g_assert_cmpuint (jx_presentation_window_get_index (p), ==, 1);
  press (p, GDK_KEY_Right);
  press (p, GDK_KEY_space);
  g_assert_cmpuint (jx_presentation_window_get_index (p), ==, 3);
  press (p, GDK_KEY_Page_Up);
  g_assert_cmpuint (jx_presentation_window_get_index (p), ==, 2);
  press (p, GDK_KEY_Left);
  g_assert_cmpuint (jx_presentation_window_get_index (p), ==, 1);
  press (p, GDK_KEY_End);
  g_assert_cmpuint (jx_presentation_window_get_index (p), ==, n - 1);
  press (p, GDK_KEY_Right);                    /* stays on the last slide */
  g_assert_cmpuint (jx_presentation_window_get_index (p), ==, n - 1);
  press (p, GDK_KEY_Home);
  g_assert_cmpuint (jx_presentation_window_get_index (p), ==, 0);
  press (p, GDK_KEY_Left);                     /* stays on the first */
  g_assert_cmpuint (jx_presentation_window_get_index (p), ==, 0);

  /* 1, 0, Enter: slide 10. */
  press (p, GDK_KEY_1);
  press (p, GDK_KEY_0);
  g_assert_cmpuint (jx_presentation_window_get_index (p), ==, 0);
  press (p, GDK_KEY_Return);
  g_assert_cmpuint (jx_presentation_window_get_index (p), ==, 9);
  jx_test_spin (100);
  assert_not_blank (view);

  /* Esc ends it; the window is where it was. */
  press (p, GDK_KEY_Escape);
  jx_test_spin (100);
  g_assert_null (find_presentation ());
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (window)));
  {
    AdwViewStack *stack = ADW_VIEW_STACK (jx_test_find_by_type (GTK_WIDGET (window), ADW_TYPE_VIEW_STACK));

    g_assert_nonnull (stack);
    g_assert_cmpstr (adw_view_stack_get_visible_child_name (stack), ==, "budget");
  }

  jx_document_set_modified (jx_window_get_document (window), FALSE);
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_slide_choice_in_document (void)
{
  JxWindow *window = open_sample ();
  JxDocument *doc = jx_window_get_document (window);
  g_autoptr(JxSlides) before = jx_slides_new (jx_document_get_data (doc));
  guint n = jx_slides_get_n (before);

  g_assert_true (jx_slide_settings_set_shown (doc, "chart:revenue", FALSE));
  {
    g_autoptr(JxSlides) after = jx_slides_new (jx_document_get_data (doc));
    g_assert_cmpuint (jx_slides_get_n (after), ==, n - 1);
  }
  g_assert_true (jx_slide_settings_move (doc, "key-figures", -1));
  {
    g_autoptr(JxSlides) after = jx_slides_new (jx_document_get_data (doc));
    g_assert_cmpstr (jx_slides_get_id (after, 0), ==, "key-figures");
    g_assert_cmpstr (jx_slides_get_id (after, 1), ==, "title");
  }
  g_assert_true (jx_document_get_modified (doc));

  /* Each choice is one undo step; undoing both restores the default deck. */
  g_assert_true (jx_document_undo (doc));
  g_assert_true (jx_document_undo (doc));
  g_assert_false (jx_document_get_modified (doc));
  g_assert_cmpuint (jx_document_get_data (doc)->presentation.slides->len, ==, 0);

  /* The settings window lists every slide. */
  {
    JxSlideSettings *settings = jx_slide_settings_new (GTK_WINDOW (window), doc);
    gtk_window_present (GTK_WINDOW (settings));
    jx_test_spin (100);
    gtk_window_destroy (GTK_WINDOW (settings));
  }
  gtk_window_destroy (GTK_WINDOW (window));
}

/* WCAG's relative luminance and contrast ratio of two pixels (B, G, R, A in memory). */
static double
luminance (const guchar *px)
{
  double c[3];
  int i;

  for (i = 0; i < 3; i++)
    {
      double v = px[2 - i] / 255.0;
      c[i] = v <= 0.03928 ? v / 12.92 : pow ((v + 0.055) / 1.055, 2.4);
    }
  return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
}

static double
contrast (const guchar *a,
          const guchar *b)
{
  double la = luminance (a), lb = luminance (b);

  return (MAX (la, lb) + 0.05) / (MIN (la, lb) + 0.05);
}

/* How many pixels of the window's bottom-right corner (where the counter is) stand out from
 * the slide's background by a contrast of 4.5 or more: the counter's strokes. */
static guint
counter_pixels (GtkWidget *overlay)
{
  g_autoptr(GdkTexture) texture = jx_test_render (overlay);
  int width = gdk_texture_get_width (texture);
  int height = gdk_texture_get_height (texture);
  gsize stride = (gsize) width * 4;
  g_autofree guchar *pixels = g_malloc (stride * height);
  const guchar *background;
  guint n = 0;
  int x, y;

  gdk_texture_download (texture, pixels, stride);
  background = pixels + (height / 2) * stride;      /* left edge, half way down */
  for (y = height - 120; y < height - 4; y++)
    for (x = width - 400; x < width; x++)
      if (contrast (pixels + y * stride + x * 4, background) >= 4.5)
        n++;
  return n;
}

/* The counter ("1 / 12") reads on light and dark slides, whatever the window's style. */
static void
test_counter_readable (void)
{
  JxWindow *window = open_sample ();
  JxPresentationWindow *p;
  GtkWidget *overlay;
  guint light, dark;

  g_action_group_activate_action (G_ACTION_GROUP (window), "present", NULL);
  jx_test_spin (500);
  p = find_presentation ();
  g_assert_nonnull (p);
  overlay = gtk_window_get_child (GTK_WINDOW (p));
  g_assert_cmpuint (jx_presentation_window_get_index (p), ==, 0);   /* the title slide: its corner is empty */
  g_assert_false (adw_style_manager_get_dark (adw_style_manager_get_default ()));

  light = counter_pixels (overlay);
  press (p, GDK_KEY_d);                                              /* dark slides, light window */
  jx_test_spin (200);
  dark = counter_pixels (overlay);
  g_test_message ("counter pixels of contrast ≥ 4.5: light %u, dark %u", light, dark);
  g_assert_cmpuint (light, >, 40);
  g_assert_cmpuint (dark, >, 40);

  gtk_window_destroy (GTK_WINDOW (p));
  jx_document_set_modified (jx_window_get_document (window), FALSE);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* JIXIAO_SCREENSHOT_DIR=data/screenshots: three slides at the screen's size (1920×1080). */
static void
test_screenshots (void)
{
  const char *dir = g_getenv ("JIXIAO_SCREENSHOT_DIR");
  static const struct { guint index; const char *name; } shots[] = {
    { 0, "slide-title.png" }, { 1, "slide-key-figures.png" }, { 8, "slide-completion.png" },
  };
  JxWindow *window;
  JxPresentationWindow *p;
  GtkWidget *view;
  guint i;

  if (dir == NULL)
    {
      g_test_skip ("JIXIAO_SCREENSHOT_DIR not set");
      return;
    }
  window = open_sample ();
  g_action_group_activate_action (G_ACTION_GROUP (window), "present", NULL);
  jx_test_spin (800);
  p = find_presentation ();
  view = gtk_widget_get_first_child (gtk_window_get_child (GTK_WINDOW (p)));
  for (i = 0; i < G_N_ELEMENTS (shots); i++)
    {
      g_autofree char *path = g_build_filename (dir, shots[i].name, NULL);

      jx_presentation_window_go (p, (int) shots[i].index);
      jx_test_spin (300);
      {
        g_autoptr(GdkTexture) texture = jx_test_render (view);
        g_assert_true (gdk_texture_save_to_png (texture, path));
      }
      g_print ("%s\n", path);
    }
  gtk_window_destroy (GTK_WINDOW (p));
  jx_document_set_modified (jx_window_get_document (window), FALSE);
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  app = jx_test_ui_init (&argc, &argv, "test-presentation");
  if (app == NULL)
    return 77;

  g_test_add_func ("/presentation/keys-and-escape", test_keys_and_escape);
  g_test_add_func ("/presentation/slide-choice-in-document", test_slide_choice_in_document);
  g_test_add_func ("/presentation/counter-readable", test_counter_readable);
  g_test_add_func ("/presentation/screenshots", test_screenshots);
  return g_test_run ();
}
