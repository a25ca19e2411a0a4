/* SPDX-License-Identifier: GPL-3.0-or-later */
/* indicator-screenshots OUTDIR: the indicator page with the sample in a 1280×800 window,
 * drawn by GTK's own renderer (the popover, a surface of its own, drawn over it where it
 * shows). Writes OUTDIR/indicators-rule.png (the scoring rule
 * popover of 政府采购执行率 open: its calculation and the entered score that differs) and
 * OUTDIR/indicators-findings.png (only the rows with findings) and OUTDIR/indicators-columns.png
 * (the attribute columns 指标性质, 度量单位, 核心指标, 年初指标值 and 得分系数 shown, with the
 * Columns menu open; 全年采摄新闻 given a 年初指标值 of 2800 and marked core for it). tests/indicator-screenshots.sh
 * builds the Chinese translations and runs it. */
#define G_LOG_DOMAIN "indicator-screenshots"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "jx-test-ui.h"
#include "jx-indicator-edit.h"
#include "jx-indicator-page-private.h"

#define PROCUREMENT "indicators[1].children[0].children[4]"   /* 政府采购执行率 */

/* The widget drawn by its own renderer, with what it draws outside its box (shadows). */
static cairo_surface_t *
render (GtkWidget       *widget,
        graphene_rect_t *bounds)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (widget);
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  cairo_surface_t *surface;

  gdk_paintable_snapshot (paintable, snapshot, gtk_widget_get_width (widget), gtk_widget_get_height (widget));
  node = gtk_snapshot_free_to_node (snapshot);
  gsk_render_node_get_bounds (node, bounds);
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (gtk_widget_get_native (widget)), node, bounds);
  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, gdk_texture_get_width (texture),
                                        gdk_texture_get_height (texture));
  gdk_texture_download (texture, cairo_image_surface_get_data (surface), cairo_image_surface_get_stride (surface));
  cairo_surface_mark_dirty (surface);
  return surface;
}

/* The window, and the popover (a surface of its own) where it shows over it. */
static gboolean
capture (GtkWidget  *window,
         GtkWidget  *popover,
         const char *dir,
         const char *name)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);
  graphene_rect_t bounds;
  cairo_surface_t *image = render (window, &bounds);
  cairo_surface_t *out = cairo_image_surface_create (CAIRO_FORMAT_RGB24, gtk_widget_get_width (window),
                                                     gtk_widget_get_height (window));
  cairo_t *cr = cairo_create (out);
  cairo_status_t status;

  cairo_set_source_surface (cr, image, bounds.origin.x, bounds.origin.y);
  cairo_paint (cr);
  cairo_surface_destroy (image);
  if (popover != NULL && gtk_widget_get_mapped (popover))
    {
      GdkSurface *surface = gtk_native_get_surface (GTK_NATIVE (popover));
      double px, py, wx, wy;

      image = render (popover, &bounds);
      gtk_native_get_surface_transform (GTK_NATIVE (popover), &px, &py);
      gtk_native_get_surface_transform (GTK_NATIVE (window), &wx, &wy);
      cairo_set_source_surface (cr, image,
                                gdk_popup_get_position_x (GDK_POPUP (surface)) + px - wx + bounds.origin.x,
                                gdk_popup_get_position_y (GDK_POPUP (surface)) + py - wy + bounds.origin.y);
      cairo_paint (cr);
      cairo_surface_destroy (image);
    }
  cairo_destroy (cr);
  status = cairo_surface_write_to_png (out, path);
  cairo_surface_destroy (out);
  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_printerr ("%s: %s\n", path, cairo_status_to_string (status));
      return FALSE;
    }
  g_print ("%s\n", path);
  return TRUE;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(JxEvaluation) evaluation = NULL;
  g_autofree char *title = NULL;
  GtkWidget *window, *box, *header;
  JxIndicatorPage *page;
  gboolean ok = TRUE;

  if (argc != 2)
    {
      g_printerr ("usage: %s OUTDIR\n", argv[0]);
      return 2;
    }
  evaluation = jx_test_tool_open_sample ();
  if (evaluation == NULL)
    return 1;

  window = adw_window_new ();
  /* The default size counts the frame's 5 pixels around the window drawn here. */
  gtk_window_set_default_size (GTK_WINDOW (window), 1290, 810);
  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  header = adw_header_bar_new ();
  title = g_strdup_printf ("%s · %d", jx_document_get_data (jx_evaluation_get_document (evaluation))->department.name,
                           jx_document_get_data (jx_evaluation_get_document (evaluation))->department.year);
  adw_header_bar_set_title_widget (ADW_HEADER_BAR (header), adw_window_title_new (title, "xinzhou-2020.jixiao"));
  gtk_box_append (GTK_BOX (box), header);
  page = g_object_new (JX_TYPE_INDICATOR_PAGE, NULL);
  gtk_widget_set_vexpand (GTK_WIDGET (page), TRUE);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (page));
  adw_window_set_content (ADW_WINDOW (window), box);
  jx_indicator_page_set_evaluation (page, evaluation);
  gtk_window_present (GTK_WINDOW (window));
  jx_test_spin (1500);
  if (gtk_widget_get_width (window) != 1280 || gtk_widget_get_height (window) != 800)
    g_printerr ("the window is %d×%d, not 1280×800\n", gtk_widget_get_width (window), gtk_widget_get_height (window));

  /* The rule popover of 政府采购执行率: its calculation, and its entered 0 against 0.63. */
  _jx_indicator_page_reveal (page, PROCUREMENT, JX_COLUMN_RULE, FALSE);
  jx_test_spin (500);
  gtk_widget_activate_action (GTK_WIDGET (page), "indicators.rule", NULL);
  jx_test_spin (1500);
  ok = capture (window, _jx_indicator_page_get_rule_popover (page), argv[1], "indicators-rule.png") && ok;
  gtk_popover_popdown (GTK_POPOVER (_jx_indicator_page_get_rule_popover (page)));
  jx_test_spin (500);

  /* The attribute columns, the Columns menu open over them. */
  {
    static const char * const shown[] = { "direction", "unit", "core", "initial", "coefficient" };
    const char *news = "indicators[2].children[0].children[0]";
    JxIndicatorRow *row;
    guint i;

    for (i = 0; i < G_N_ELEMENTS (shown); i++)
      {
        g_autofree char *action = g_strdup_printf ("columns.show-%s", shown[i]);

        gtk_widget_activate_action (GTK_WIDGET (page), action, NULL);
      }
    _jx_indicator_page_reveal (page, news, JX_COLUMN_INITIAL, FALSE);
    jx_test_spin (500);
    row = jx_indicator_rows_lookup (page->root, news);
    jx_indicator_edit_commit (evaluation, row, JX_COLUMN_INITIAL, "２８００", NULL);
    jx_indicator_edit_commit (evaluation, row, JX_COLUMN_CORE, "是", NULL);
    jx_test_spin (500);
    gtk_menu_button_popup (page->columns_button);
    jx_test_spin (1000);
    ok = capture (window, GTK_WIDGET (gtk_menu_button_get_popover (page->columns_button)), argv[1],
                  "indicators-columns.png") && ok;
    gtk_menu_button_popdown (page->columns_button);
    for (i = 0; i < G_N_ELEMENTS (shown); i++)
      {
        g_autofree char *action = g_strdup_printf ("columns.show-%s", shown[i]);

        gtk_widget_activate_action (GTK_WIDGET (page), action, NULL);
      }
    jx_document_undo (jx_evaluation_get_document (evaluation));
    jx_document_undo (jx_evaluation_get_document (evaluation));
    jx_test_spin (500);
  }

  /* Only the rows with findings, the cursor on the first of them. */
  gtk_widget_activate_action (GTK_WIDGET (page), "indicators.only-findings", NULL);
  jx_indicator_page_focus_path (page, "indicators[2].children[1].children[0].parts[0].actual");
  jx_test_spin (1500);
  ok = capture (window, NULL, argv[1], "indicators-findings.png") && ok;

  gtk_window_destroy (GTK_WINDOW (window));
  return ok ? 0 : 1;
}
