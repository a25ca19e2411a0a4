/* SPDX-License-Identifier: GPL-3.0-or-later */
/* jx-chart-view-actions.c: the chart menu — copy as image or text, export as PNG (with a
 * size dialog), SVG or PDF, and print. */
#define G_LOG_DOMAIN "jx-chart-view"

#include "config.h"

#include <glib/gi18n.h>

#include "jx-chart-view-private.h"
#include "jx-window.h"
#include "jx-ui-util.h"

#define COPY_SCALE    2
#define MIN_EXPORT_HEIGHT_RATIO 0.6   /* on paper a chart gets more height than on screen */
#define MAX_EXPORT_HEIGHT_RATIO 1.4   /* an A4 text column is about 1.5 times as high as wide */

/* ---- menu ---- */

GMenuModel *
_jx_chart_view_new_menu (void)
{
  GMenu *menu = g_menu_new ();
  g_autoptr(GMenu) copy = g_menu_new ();
  g_autoptr(GMenu) export = g_menu_new ();
  g_autoptr(GMenu) print = g_menu_new ();
  g_autoptr(GMenuItem) item = g_menu_item_new (_("Copy as _Image"), "chart.copy-image");

  g_menu_item_set_attribute (item, "accel", "s", "<Control>c");
  g_menu_append_item (copy, item);
  g_menu_append (copy, _("Copy _Text"), "chart.copy-text");
  g_menu_append (export, _("Export as P_NG…"), "chart.export-png");
  g_menu_append (export, _("Export as _SVG…"), "chart.export-svg");
  g_menu_append (export, _("Export as P_DF…"), "chart.export-pdf");
  g_menu_append (print, _("_Print Chart…"), "chart.print");
  g_menu_append_section (menu, NULL, G_MENU_MODEL (copy));
  g_menu_append_section (menu, NULL, G_MENU_MODEL (export));
  g_menu_append_section (menu, NULL, G_MENU_MODEL (print));
  return G_MENU_MODEL (menu);
}

void
_jx_chart_view_popup_menu (JxChartView *self,
                           double       x,
                           double       y)
{
  GtkWidget *widget = GTK_WIDGET (self);

  if (self->context_menu == NULL)
    {
      self->context_menu = gtk_popover_menu_new_from_model (self->menu);
      gtk_widget_set_parent (self->context_menu, widget);
      gtk_popover_set_has_arrow (GTK_POPOVER (self->context_menu), FALSE);
      gtk_widget_set_halign (self->context_menu, GTK_ALIGN_START);
    }
  if (x < 0 || y < 0)
    {
      /* From the keyboard: below the title, where the eye is. */
      x = MIN (48, gtk_widget_get_width (widget) / 2);
      y = MIN (48, gtk_widget_get_height (widget) / 2);
    }
  gtk_popover_set_pointing_to (GTK_POPOVER (self->context_menu), &(GdkRectangle) { (int) x, (int) y, 1, 1 });
  gtk_popover_popup (GTK_POPOVER (self->context_menu));
}

void
_jx_chart_view_update_actions (JxChartView *self)
{
  /* Before the chart is built, assume it is there. */
  gboolean enabled = self->chart != NULL
                     || (!self->built && self->evaluation != NULL && self->chart_id != NULL);
  static const char * const names[] = {
    "chart.copy-image", "chart.copy-text", "chart.export-png", "chart.export-svg",
    "chart.export-pdf", "chart.print",
  };
  guint i;

  for (i = 0; i < G_N_ELEMENTS (names); i++)
    gtk_widget_action_set_enabled (GTK_WIDGET (self), names[i], enabled);
}

/* ---- messages ---- */

static void
toast (JxChartView *self,
       const char  *message)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  if (JX_IS_WINDOW (root))
    jx_window_toast (JX_WINDOW (root), message);
}

static void
show_error (GtkWindow  *parent,
            const char *heading,
            const char *body)
{
  GtkWidget *dialog = jx_message_dialog_new (parent, heading, body);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static GtkWindow *
parent_window (JxChartView *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

/* ---- copy ---- */

GdkTexture *
jx_chart_view_render_texture (JxChartView      *self,
                              JxChartStyleKind  style,
                              int               scale)
{
  int width, height;
  cairo_surface_t *surface;
  cairo_t *cr;
  g_autoptr(GBytes) bytes = NULL;
  GdkTexture *texture;

  g_return_val_if_fail (JX_IS_CHART_VIEW (self), NULL);
  g_return_val_if_fail (scale >= 1 && scale <= 8, NULL);

  width = gtk_widget_get_width (GTK_WIDGET (self));
  height = gtk_widget_get_height (GTK_WIDGET (self));
  if (_jx_chart_view_ensure_chart (self) == NULL || width <= 0 || height <= 0)
    return NULL;

  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width * scale, height * scale);
  cairo_surface_set_device_scale (surface, scale, scale);
  cr = cairo_create (surface);
  jx_chart_render (self->chart, cr, width, height, style);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  if (cairo_surface_status (surface) != CAIRO_STATUS_SUCCESS)
    {
      cairo_surface_destroy (surface);
      return NULL;
    }
  bytes = g_bytes_new (cairo_image_surface_get_data (surface),
                       (gsize) cairo_image_surface_get_stride (surface) * height * scale);
  /* CAIRO_FORMAT_ARGB32 is GDK_MEMORY_DEFAULT: premultiplied, native endian. */
  texture = gdk_memory_texture_new (width * scale, height * scale, GDK_MEMORY_DEFAULT, bytes,
                                    cairo_image_surface_get_stride (surface));
  cairo_surface_destroy (surface);
  return texture;
}

gboolean
jx_chart_view_copy_image (JxChartView *self)
{
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree char *text = NULL;
  GdkContentProvider *providers[2];
  g_autoptr(GdkContentProvider) content = NULL;

  g_return_val_if_fail (JX_IS_CHART_VIEW (self), FALSE);

  /* The print style: the image goes into the Word report, which is printed, often in black
   * and white; twice the pixels, so it stays sharp there. */
  texture = jx_chart_view_render_texture (self, JX_CHART_STYLE_PRINT, COPY_SCALE);
  if (texture == NULL)
    return FALSE;
  text = jx_chart_dup_text_alternative (self->chart);
  providers[0] = gdk_content_provider_new_typed (GDK_TYPE_TEXTURE, texture);
  providers[1] = gdk_content_provider_new_typed (G_TYPE_STRING, text);
  content = gdk_content_provider_new_union (providers, G_N_ELEMENTS (providers));
  gdk_clipboard_set_content (gtk_widget_get_clipboard (GTK_WIDGET (self)), content);
  return TRUE;
}

gboolean
jx_chart_view_copy_text (JxChartView *self)
{
  g_autofree char *text = NULL;

  g_return_val_if_fail (JX_IS_CHART_VIEW (self), FALSE);

  text = jx_chart_view_dup_text (self);
  if (text == NULL)
    return FALSE;
  gdk_clipboard_set_text (gtk_widget_get_clipboard (GTK_WIDGET (self)), text);
  return TRUE;
}

static void
copy_image_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *param)
{
  if (jx_chart_view_copy_image (JX_CHART_VIEW (widget)))
    toast (JX_CHART_VIEW (widget), _("Chart copied as an image"));
}

static void
copy_text_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *param)
{
  if (jx_chart_view_copy_text (JX_CHART_VIEW (widget)))
    toast (JX_CHART_VIEW (widget), _("Chart copied as text"));
}

/* ---- export ---- */

void
jx_chart_view_get_export_size (JxChartView *self,
                               const char  *format,
                               double       dpi,
                               int         *width,
                               int         *height)
{
  /* Laid out as on a 96 dpi screen, then scaled: every resolution looks the same. */
  double width96 = JX_CHART_VIEW_A4_WIDTH_CM / 2.54 * 96;
  double height96;
  double scale;

  g_return_if_fail (JX_IS_CHART_VIEW (self));
  g_return_if_fail (format != NULL);
  g_return_if_fail (width != NULL && height != NULL);

  height96 = CLAMP (_jx_chart_view_natural_height (self, (int) width96),
                    width96 * MIN_EXPORT_HEIGHT_RATIO, width96 * MAX_EXPORT_HEIGHT_RATIO);
  scale = g_str_equal (format, "png") ? CLAMP (dpi, 24, 1200) / 96 : 72.0 / 96;
  *width = (int) (width96 * scale + 0.5);
  *height = (int) (height96 * scale + 0.5);
}

gboolean
jx_chart_view_export (JxChartView      *self,
                      const char       *path,
                      int               width,
                      int               height,
                      JxChartStyleKind  style,
                      GError          **error)
{
  g_return_val_if_fail (JX_IS_CHART_VIEW (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  if (_jx_chart_view_ensure_chart (self) == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND, _("There is no chart to export."));
      return FALSE;
    }
  return jx_chart_export (self->chart, path, width, height, style, error);
}

typedef struct {
  JxChartView      *view;     /* weak */
  char             *format;
  int               width;
  int               height;
  JxChartStyleKind  style;
} ExportJob;

static void
export_job_free (ExportJob *job)
{
  g_clear_weak_pointer (&job->view);
  g_free (job->format);
  g_free (job);
}

static void
on_export_response (GtkNativeDialog *native,
                    int              response,
                    ExportJob       *job)
{
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;

  if (response == GTK_RESPONSE_ACCEPT && job->view != NULL)
    {
      file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (native));
      path = file != NULL ? g_file_get_path (file) : NULL;
      if (path != NULL && jx_chart_export_format (path) == NULL)
        {
          char *with_extension = g_strconcat (path, ".", job->format, NULL);

          g_free (path);
          path = with_extension;
        }
      if (path == NULL)
        show_error (parent_window (job->view), _("Cannot Export the Chart"),
                    _("Choose a folder on this computer."));
      else if (!jx_chart_view_export (job->view, path, job->width, job->height, job->style, &error))
        show_error (parent_window (job->view), _("Cannot Export the Chart"), error->message);
      else
        {
          g_autofree char *name = g_path_get_basename (path);
          /* Translators: a toast after an export; %s is the file name. */
          g_autofree char *message = g_strdup_printf (_("Chart exported to “%s”"), name);

          toast (job->view, message);
        }
    }
  export_job_free (job);
  g_object_unref (native);
}

/* Asks where to save, then exports. */
static void
choose_file (JxChartView      *self,
             const char       *format,
             int               width,
             int               height,
             JxChartStyleKind  style)
{
  static const struct {
    const char *format;
    const char *title;
    const char *filter;
    const char *mime;
  } kinds[] = {
    { "png", N_("Export Chart as PNG"), N_("PNG images"), "image/png" },
    { "svg", N_("Export Chart as SVG"), N_("SVG images"), "image/svg+xml" },
    { "pdf", N_("Export Chart as PDF"), N_("PDF documents"), "application/pdf" },
  };
  GtkFileChooserNative *native;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autofree char *name = NULL;
  ExportJob *job;
  guint k;

  if (_jx_chart_view_ensure_chart (self) == NULL)
    return;
  for (k = 0; k < G_N_ELEMENTS (kinds) - 1 && !g_str_equal (kinds[k].format, format); k++)
    ;

  job = g_new0 (ExportJob, 1);
  g_set_weak_pointer (&job->view, self);
  job->format = g_strdup (kinds[k].format);
  job->width = width;
  job->height = height;
  job->style = style;

  native = gtk_file_chooser_native_new (gettext (kinds[k].title), parent_window (self),
                                        GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (native), TRUE);
  gtk_file_filter_set_name (filter, gettext (kinds[k].filter));
  gtk_file_filter_add_mime_type (filter, kinds[k].mime);
  gtk_file_filter_add_suffix (filter, kinds[k].format);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (native), filter);

  /* Named after the chart, next to the document. */
  name = g_strdup_printf ("%s.%s", jx_chart_get_title (self->chart), kinds[k].format);
  g_strdelimit (name, "/\\:", '-');
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (native), name);
  if (self->evaluation != NULL && jx_document_get_file (jx_evaluation_get_document (self->evaluation)) != NULL)
    {
      g_autoptr(GFile) folder = g_file_get_parent (jx_document_get_file (jx_evaluation_get_document (self->evaluation)));

      if (folder != NULL)
        gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (native), folder, NULL);
    }

  g_signal_connect (native, "response", G_CALLBACK (on_export_response), job);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (native));
}

/* The PNG dialog: the A4 text column at a resolution, or any size; and a style. */
static const double png_dpi[] = { 96, 150, 300 };
static const JxChartStyleKind png_styles[] = {
  JX_CHART_STYLE_PRINT, JX_CHART_STYLE_LIGHT, JX_CHART_STYLE_DARK, JX_CHART_STYLE_PROJECTOR,
};

typedef struct {
  JxChartView   *view;     /* weak */
  AdwComboRow   *size;
  AdwComboRow   *style;
  GtkSpinButton *width;
  GtkSpinButton *height;
  gboolean       setting;
} PngDialog;

static void
png_dialog_free (PngDialog *d)
{
  g_clear_weak_pointer (&d->view);
  g_free (d);
}

static void
on_png_preset (PngDialog *d)
{
  guint i = adw_combo_row_get_selected (d->size);
  int width, height;

  if (i >= G_N_ELEMENTS (png_dpi) || d->view == NULL)
    return;
  jx_chart_view_get_export_size (d->view, "png", png_dpi[i], &width, &height);
  d->setting = TRUE;
  gtk_spin_button_set_value (d->width, width);
  gtk_spin_button_set_value (d->height, height);
  d->setting = FALSE;
}

static void
on_png_size_edited (PngDialog *d)
{
  if (!d->setting)
    adw_combo_row_set_selected (d->size, G_N_ELEMENTS (png_dpi));   /* Custom */
}

static void
on_png_response (AdwMessageDialog *dialog,
                 const char       *response,
                 PngDialog        *d)
{
  guint style = adw_combo_row_get_selected (d->style);

  if (g_str_equal (response, "export") && d->view != NULL)
    choose_file (d->view, "png",
                 gtk_spin_button_get_value_as_int (d->width),
                 gtk_spin_button_get_value_as_int (d->height),
                 png_styles[MIN (style, G_N_ELEMENTS (png_styles) - 1)]);
}

static GtkSpinButton *
png_size_row (GtkListBox *list,
              const char *title)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *spin = gtk_spin_button_new_with_range (16, 16384, 10);
  GtkWidget *unit = gtk_label_new (_("px"));

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (row), TRUE);
  gtk_widget_set_valign (spin, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (unit, "dim-label");
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), spin);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), unit);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), spin);
  gtk_list_box_append (list, row);
  return GTK_SPIN_BUTTON (spin);
}

static GtkWidget *
png_dialog_new (JxChartView *self)
{
  const char * const sizes[] = {
    _("96 dpi (screen)"), _("150 dpi"), _("300 dpi (print)"), _("Custom size"), NULL,
  };
  const char * const styles[] = {
    _("Print (greyscale-safe)"), C_("chart style", "Light"), C_("chart style", "Dark"),
    _("Projector (large type)"), NULL,
  };
  g_autofree char *body = g_strdup_printf (_("The image fits the text column of an A4 page, %.0f cm wide, at the resolution chosen."),
                                           JX_CHART_VIEW_A4_WIDTH_CM);
  GtkWidget *dialog = jx_message_dialog_new (parent_window (self), _("Export Chart as PNG"), body);
  GtkWidget *list = gtk_list_box_new ();
  PngDialog *d = g_new0 (PngDialog, 1);

  g_set_weak_pointer (&d->view, self);
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_set_size_request (list, 440, -1);
  gtk_widget_add_css_class (list, "boxed-list");

  d->size = ADW_COMBO_ROW (adw_combo_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (d->size), _("_Resolution"));
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (d->size), TRUE);
  adw_combo_row_set_model (d->size, G_LIST_MODEL (gtk_string_list_new (sizes)));
  gtk_list_box_append (GTK_LIST_BOX (list), GTK_WIDGET (d->size));
  d->width = png_size_row (GTK_LIST_BOX (list), _("_Width"));
  d->height = png_size_row (GTK_LIST_BOX (list), _("_Height"));
  d->style = ADW_COMBO_ROW (adw_combo_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (d->style), _("S_tyle"));
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (d->style), TRUE);
  adw_combo_row_set_model (d->style, G_LIST_MODEL (gtk_string_list_new (styles)));
  gtk_list_box_append (GTK_LIST_BOX (list), GTK_WIDGET (d->style));

  adw_combo_row_set_selected (d->size, 2);
  on_png_preset (d);
  g_signal_connect_swapped (d->size, "notify::selected", G_CALLBACK (on_png_preset), d);
  g_signal_connect_swapped (d->width, "value-changed", G_CALLBACK (on_png_size_edited), d);
  g_signal_connect_swapped (d->height, "value-changed", G_CALLBACK (on_png_size_edited), d);

  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), list);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "export", _("_Export…"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "export", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "export");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_data (dialog, "response", G_CALLBACK (on_png_response), d,
                         (GClosureNotify) (void (*) (void)) png_dialog_free, 0);
  return dialog;
}

static void
export_png_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *param)
{
  if (_jx_chart_view_ensure_chart (JX_CHART_VIEW (widget)) != NULL)
    gtk_window_present (GTK_WINDOW (png_dialog_new (JX_CHART_VIEW (widget))));
}

/* SVG and PDF: vector images for the A4 text column, in the print style. */
static void
export_vector_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *param)
{
  const char *format = g_str_has_suffix (action_name, "svg") ? "svg" : "pdf";
  int width, height;

  jx_chart_view_get_export_size (JX_CHART_VIEW (widget), format, 0, &width, &height);
  choose_file (JX_CHART_VIEW (widget), format, width, height, JX_CHART_STYLE_PRINT);
}

/* ---- print, menu ---- */

static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *param)
{
  JxChartView *self = JX_CHART_VIEW (widget);

  if (self->chart_id != NULL
      && !gtk_widget_activate_action (widget, "win.print-chart", "s", self->chart_id))
    g_debug ("No win.print-chart action above the chart %s", self->chart_id);
}

static void
menu_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  _jx_chart_view_popup_menu (JX_CHART_VIEW (widget), -1, -1);
}

void
_jx_chart_view_class_init_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "chart.copy-image", NULL, copy_image_action);
  gtk_widget_class_install_action (widget_class, "chart.copy-text", NULL, copy_text_action);
  gtk_widget_class_install_action (widget_class, "chart.export-png", NULL, export_png_action);
  gtk_widget_class_install_action (widget_class, "chart.export-svg", NULL, export_vector_action);
  gtk_widget_class_install_action (widget_class, "chart.export-pdf", NULL, export_vector_action);
  gtk_widget_class_install_action (widget_class, "chart.print", NULL, print_action);
  gtk_widget_class_install_action (widget_class, "chart.menu", NULL, menu_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_c, GDK_CONTROL_MASK, "chart.copy-image", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Menu, 0, "chart.menu", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F10, GDK_SHIFT_MASK, "chart.menu", NULL);
}
