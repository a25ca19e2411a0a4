/* SPDX-License-Identifier: GPL-3.0-or-later */
/* chart-screenshots OUTDIR: every chart of the sample as the chart widget shows it on a
 * page (OUTDIR/<id>-light.png, OUTDIR/<id>-dark.png, 960 pixels wide, the height the widget
 * asks for), and the indicator page at 1280×800 with its chart unfolded on one group
 * (OUTDIR/indicators-chart.png); drawn by GTK's own renderer. tests/chart-screenshots.sh
 * builds the Chinese translations and runs it. */
#define G_LOG_DOMAIN "chart-screenshots"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "jx-test-ui.h"
#include "jx-chart-view.h"
#include "jx-indicator-chart.h"
#include "jx-indicator-page.h"

#define CHART_WIDTH 960
#define MARGIN      12

static gboolean
save_png (GtkWidget  *widget,
          const char *dir,
          const char *name)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autoptr(GdkTexture) texture = jx_test_render (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);

  if (!gdk_texture_save_to_png (texture, path))
    {
      g_printerr ("%s: cannot write\n", path);
      return FALSE;
    }
  g_print ("%s (%d × %d)\n", path, width, height);
  return TRUE;
}

/* The widget and, where it shows over it, a popover (a surface of its own). */
static gboolean
save_with_popover (GtkWidget  *widget,
                   GtkWidget  *popover,
                   const char *dir,
                   const char *name)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autofree char *base_path = g_build_filename (dir, "base.tmp.png", NULL);
  g_autofree char *popover_path = g_build_filename (dir, "popover.tmp.png", NULL);
  cairo_surface_t *base, *over, *out;
  cairo_t *cr;
  GdkSurface *surface = gtk_native_get_surface (GTK_NATIVE (popover));
  double px, py, wx, wy;
  graphene_point_t origin;
  cairo_status_t status;

  if (!save_png (gtk_widget_get_ancestor (widget, GTK_TYPE_WINDOW), dir, "base.tmp.png")
      || !save_png (popover, dir, "popover.tmp.png"))
    return FALSE;
  base = cairo_image_surface_create_from_png (base_path);
  over = cairo_image_surface_create_from_png (popover_path);
  out = cairo_image_surface_create (CAIRO_FORMAT_RGB24, gtk_widget_get_width (widget), gtk_widget_get_height (widget));
  cr = cairo_create (out);
  if (!gtk_widget_compute_point (widget, gtk_widget_get_ancestor (widget, GTK_TYPE_WINDOW),
                                 &GRAPHENE_POINT_INIT (0, 0), &origin))
    origin.x = origin.y = 0;
  cairo_set_source_surface (cr, base, -origin.x, -origin.y);
  cairo_paint (cr);
  gtk_native_get_surface_transform (GTK_NATIVE (popover), &px, &py);
  gtk_native_get_surface_transform (GTK_NATIVE (gtk_widget_get_native (widget)), &wx, &wy);
  cairo_set_source_surface (cr, over,
                            gdk_popup_get_position_x (GDK_POPUP (surface)) + px - wx - origin.x,
                            gdk_popup_get_position_y (GDK_POPUP (surface)) + py - wy - origin.y);
  cairo_paint (cr);
  cairo_destroy (cr);
  status = cairo_surface_write_to_png (out, path);
  cairo_surface_destroy (base);
  cairo_surface_destroy (over);
  cairo_surface_destroy (out);
  g_unlink (base_path);
  g_unlink (popover_path);
  g_print ("%s\n", path);
  return status == CAIRO_STATUS_SUCCESS;
}

/* The first shown widget of `type` in `root`. */
static GtkWidget *
find_by_type (GtkWidget *root,
              GType      type)
{
  GtkWidget *child;

  if (G_TYPE_CHECK_INSTANCE_TYPE (root, type) && gtk_widget_get_mapped (root))
    return root;
  for (child = gtk_widget_get_first_child (root); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_by_type (child, type);
      if (found != NULL)
        return found;
    }
  return NULL;
}

/* The menu of a chart (right click), and the dialog of Export as PNG…. */
static gboolean
menu_and_dialog (JxEvaluation *evaluation,
                 const char   *dir)
{
  GtkWidget *window = adw_window_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *view = jx_chart_view_new ("revenue");
  GtkWidget *popover;
  g_autoptr(GList) toplevels = NULL;
  GList *l;
  gboolean ok;

  gtk_widget_set_size_request (view, CHART_WIDTH, -1);
  gtk_widget_set_margin_start (view, MARGIN);
  gtk_widget_set_margin_end (view, MARGIN);
  gtk_widget_set_margin_top (view, MARGIN);
  gtk_widget_set_margin_bottom (view, MARGIN);
  jx_chart_view_set_aspect (JX_CHART_VIEW (view), jx_chart_view_aspect_for_id ("revenue"));
  gtk_box_append (GTK_BOX (box), view);
  adw_window_set_content (ADW_WINDOW (window), box);
  jx_chart_view_set_evaluation (JX_CHART_VIEW (view), evaluation);
  gtk_window_present (GTK_WINDOW (window));
  jx_test_spin (500);

  gtk_widget_activate_action (view, "chart.menu", NULL);
  jx_test_spin (800);
  popover = find_by_type (view, GTK_TYPE_POPOVER_MENU);
  ok = popover != NULL && save_with_popover (box, popover, dir, "menu.png");
  if (popover != NULL)
    gtk_popover_popdown (GTK_POPOVER (popover));
  jx_test_spin (300);

  gtk_widget_activate_action (view, "chart.export-png", NULL);
  jx_test_spin (1000);
  toplevels = gtk_window_list_toplevels ();
  for (l = toplevels; l != NULL; l = l->next)
    if (ADW_IS_MESSAGE_DIALOG (l->data))
      {
        ok = save_png (l->data, dir, "export-png-dialog.png") && ok;
        gtk_window_destroy (l->data);
      }
  gtk_window_destroy (GTK_WINDOW (window));
  return ok;
}

/* Each chart in the widget, on the page's background, with the card's edge around it. */
static gboolean
charts (JxEvaluation *evaluation,
        const char   *dir)
{
  g_autoptr(GPtrArray) all = jx_charts_for_document (jx_document_get_data (jx_evaluation_get_document (evaluation)));
  static const char * const schemes[] = { "light", "dark" };
  GtkWidget *window = adw_window_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *view = jx_chart_view_new (NULL);
  gboolean ok = TRUE;
  guint i, s;

  gtk_widget_set_size_request (view, CHART_WIDTH, -1);
  gtk_widget_set_margin_start (view, MARGIN);
  gtk_widget_set_margin_end (view, MARGIN);
  gtk_widget_set_margin_top (view, MARGIN);
  gtk_widget_set_margin_bottom (view, MARGIN);
  gtk_widget_set_valign (box, GTK_ALIGN_START);
  gtk_box_append (GTK_BOX (box), view);
  adw_window_set_content (ADW_WINDOW (window), box);
  gtk_window_set_resizable (GTK_WINDOW (window), FALSE);
  jx_chart_view_set_evaluation (JX_CHART_VIEW (view), evaluation);
  gtk_window_present (GTK_WINDOW (window));

  for (s = 0; s < G_N_ELEMENTS (schemes); s++)
    {
      adw_style_manager_set_color_scheme (adw_style_manager_get_default (),
                                          s == 0 ? ADW_COLOR_SCHEME_FORCE_LIGHT : ADW_COLOR_SCHEME_FORCE_DARK);
      for (i = 0; i < all->len; i++)
        {
          const char *id = jx_chart_get_id (g_ptr_array_index (all, i));
          g_autofree char *name = g_strdup_printf ("%s-%s.png", id, schemes[s]);

          jx_chart_view_set_chart_id (JX_CHART_VIEW (view), id);
          jx_chart_view_set_aspect (JX_CHART_VIEW (view), jx_chart_view_aspect_for_id (id));
          jx_test_spin (300);
          ok = save_png (box, dir, name) && ok;
        }
    }
  gtk_window_destroy (GTK_WINDOW (window));
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_FORCE_LIGHT);
  return ok;
}

/* The indicator page as the window shows it, the chart unfolded on 新闻信息部. */
static gboolean
indicator_page (JxEvaluation *evaluation,
                const char   *dir)
{
  GtkWidget *window = adw_window_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *page = g_object_new (JX_TYPE_INDICATOR_PAGE, NULL);
  GtkWidget *chart = jx_indicator_chart_new ();
  gboolean ok;

  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  adw_header_bar_set_title_widget (ADW_HEADER_BAR (header), adw_window_title_new ("xinzhou-2020.jixiao", NULL));
  gtk_box_append (GTK_BOX (box), header);
  gtk_widget_set_vexpand (page, TRUE);
  gtk_box_append (GTK_BOX (box), page);
  adw_window_set_content (ADW_WINDOW (window), box);
  jx_indicator_page_add_chart (JX_INDICATOR_PAGE (page), chart);
  jx_indicator_page_set_evaluation (JX_INDICATOR_PAGE (page), evaluation);
  jx_indicator_chart_set_evaluation (JX_INDICATOR_CHART (chart), evaluation);
  gtk_window_present (GTK_WINDOW (window));
  jx_test_spin (1000);
  /* The default size counts the window's frame: make the window itself 1280×800. */
  gtk_window_set_default_size (GTK_WINDOW (window), 2 * 1280 - gtk_widget_get_width (window),
                               2 * 800 - gtk_widget_get_height (window));
  jx_test_spin (500);
  jx_indicator_chart_select (JX_INDICATOR_CHART (chart), "target-actual-6");
  jx_test_spin (1500);
  ok = save_png (window, dir, "indicators-chart.png");
  gtk_window_destroy (GTK_WINDOW (window));
  return ok;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(JxEvaluation) evaluation = NULL;
  gboolean ok;

  if (argc != 2)
    {
      g_printerr ("usage: %s OUTDIR\n", argv[0]);
      return 2;
    }
  evaluation = jx_test_tool_open_sample ();
  if (evaluation == NULL)
    return 1;
  g_mkdir_with_parents (argv[1], 0755);

  ok = charts (evaluation, argv[1]);
  ok = indicator_page (evaluation, argv[1]) && ok;
  ok = menu_and_dialog (evaluation, argv[1]) && ok;
  return ok ? 0 : 1;
}
