/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "jx-presentation"

#include "config.h"

#include <glib/gi18n.h>
#include <stdlib.h>

#include "jx-presentation-window.h"
#include "jx-slide-view.h"
#include "jx-slides.h"

struct _JxPresentationWindow
{
  GtkWindow       parent_instance;

  JxDocument     *document;
  JxSlides       *slides;
  guint           index;
  gboolean        dark;
  GString        *typed;        /* digits typed for a jump */

  GtkWidget      *view;
  GtkWidget      *progress;
  GtkWidget      *jump;
  guint           hide_cursor_id;
};

G_DEFINE_FINAL_TYPE (JxPresentationWindow, jx_presentation_window, GTK_TYPE_WINDOW)

static void
update (JxPresentationWindow *self)
{
  guint n = jx_slides_get_n (self->slides);

  jx_slide_view_set_slide (JX_SLIDE_VIEW (self->view), self->slides, self->index, self->dark);
  gtk_progress_bar_set_fraction (GTK_PROGRESS_BAR (self->progress), n ? (double) (self->index + 1) / n : 0);
  if (self->dark)
    gtk_widget_add_css_class (GTK_WIDGET (self), "jx-dark");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self), "jx-dark");
}

void
jx_presentation_window_go (JxPresentationWindow *self,
                           int                   index)
{
  int n;

  g_return_if_fail (JX_IS_PRESENTATION_WINDOW (self));

  n = (int) jx_slides_get_n (self->slides);
  if (n == 0)
    return;
  self->index = (guint) CLAMP (index, 0, n - 1);
  update (self);
}

guint
jx_presentation_window_get_index (JxPresentationWindow *self)
{
  g_return_val_if_fail (JX_IS_PRESENTATION_WINDOW (self), 0);
  return self->index;
}

guint
jx_presentation_window_get_n (JxPresentationWindow *self)
{
  g_return_val_if_fail (JX_IS_PRESENTATION_WINDOW (self), 0);
  return jx_slides_get_n (self->slides);
}

static void
set_typed (JxPresentationWindow *self,
           const char           *digits)
{
  g_string_assign (self->typed, digits);
  if (self->typed->len == 0)
    gtk_widget_set_visible (self->jump, FALSE);
  else
    {
      g_autofree char *text = g_strdup_printf (_("Go to slide %s"), self->typed->str);
      gtk_label_set_text (GTK_LABEL (self->jump), text);
      gtk_widget_set_visible (self->jump, TRUE);
    }
}

static gboolean
hide_cursor (gpointer data)
{
  JxPresentationWindow *self = data;

  gtk_widget_set_cursor_from_name (self->view, "none");
  self->hide_cursor_id = 0;
  return G_SOURCE_REMOVE;
}

static void
on_motion (GtkEventControllerMotion *motion,
           double                    x,
           double                    y,
           JxPresentationWindow     *self)
{
  gtk_widget_set_cursor (self->view, NULL);
  g_clear_handle_id (&self->hide_cursor_id, g_source_remove);
  self->hide_cursor_id = g_timeout_add_seconds (2, hide_cursor, self);
}

static gboolean
on_key (GtkEventControllerKey *key,
        guint                  keyval,
        guint                  keycode,
        GdkModifierType        state,
        JxPresentationWindow  *self)
{
  gunichar c = gdk_keyval_to_unicode (keyval);

  if (c >= '0' && c <= '9')
    {
      g_autofree char *digits = g_strdup_printf ("%s%c", self->typed->str, (char) c);
      set_typed (self, strlen (digits) > 4 ? "" : digits);
      return TRUE;
    }

  switch (keyval)
    {
    case GDK_KEY_Escape:
      if (self->typed->len > 0)
        set_typed (self, "");
      else
        gtk_window_destroy (GTK_WINDOW (self));
      return TRUE;
    case GDK_KEY_Return:
    case GDK_KEY_KP_Enter:
      if (self->typed->len > 0)
        {
          int target = atoi (self->typed->str);
          set_typed (self, "");
          jx_presentation_window_go (self, target - 1);
          return TRUE;
        }
      jx_presentation_window_go (self, (int) self->index + 1);
      return TRUE;
    case GDK_KEY_Right:
    case GDK_KEY_Down:
    case GDK_KEY_Page_Down:
    case GDK_KEY_KP_Page_Down:
    case GDK_KEY_space:
    case GDK_KEY_n:
      set_typed (self, "");
      jx_presentation_window_go (self, (int) self->index + 1);
      return TRUE;
    case GDK_KEY_Left:
    case GDK_KEY_Up:
    case GDK_KEY_Page_Up:
    case GDK_KEY_KP_Page_Up:
    case GDK_KEY_BackSpace:
    case GDK_KEY_p:
      set_typed (self, "");
      jx_presentation_window_go (self, (int) self->index - 1);
      return TRUE;
    case GDK_KEY_Home:
      jx_presentation_window_go (self, 0);
      return TRUE;
    case GDK_KEY_End:
      jx_presentation_window_go (self, (int) jx_slides_get_n (self->slides) - 1);
      return TRUE;
    case GDK_KEY_d:
    case GDK_KEY_D:
      self->dark = !self->dark;
      update (self);
      return TRUE;
    default:
      return FALSE;
    }
}

static void
on_click (GtkGestureClick      *gesture,
          int                   n_press,
          double                x,
          double                y,
          JxPresentationWindow *self)
{
  guint button = gtk_gesture_single_get_current_button (GTK_GESTURE_SINGLE (gesture));

  jx_presentation_window_go (self, (int) self->index + (button == GDK_BUTTON_SECONDARY ? -1 : 1));
}

static void
jx_presentation_window_dispose (GObject *object)
{
  JxPresentationWindow *self = (JxPresentationWindow *) object;

  g_clear_handle_id (&self->hide_cursor_id, g_source_remove);
  g_clear_pointer (&self->slides, jx_slides_free);
  g_clear_object (&self->document);

  G_OBJECT_CLASS (jx_presentation_window_parent_class)->dispose (object);
}

static void
jx_presentation_window_finalize (GObject *object)
{
  JxPresentationWindow *self = (JxPresentationWindow *) object;

  g_string_free (self->typed, TRUE);
  G_OBJECT_CLASS (jx_presentation_window_parent_class)->finalize (object);
}

static void
jx_presentation_window_class_init (JxPresentationWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = jx_presentation_window_dispose;
  object_class->finalize = jx_presentation_window_finalize;
}

static void
jx_presentation_window_init (JxPresentationWindow *self)
{
  GtkWidget *overlay = gtk_overlay_new ();
  GtkEventController *key = gtk_event_controller_key_new ();
  GtkEventController *motion = gtk_event_controller_motion_new ();
  GtkGesture *click = gtk_gesture_click_new ();

  self->typed = g_string_new (NULL);
  gtk_widget_add_css_class (GTK_WIDGET (self), "jx-presentation");
  gtk_window_set_title (GTK_WINDOW (self), _("Presentation"));
  gtk_window_set_decorated (GTK_WINDOW (self), FALSE);

  self->view = jx_slide_view_new ();
  gtk_overlay_set_child (GTK_OVERLAY (overlay), self->view);

  /* The slide view draws the counter ("3 / 12") with the slide. */
  self->progress = gtk_progress_bar_new ();
  gtk_widget_add_css_class (self->progress, "osd");
  gtk_widget_add_css_class (self->progress, "jx-slide-progress");
  gtk_widget_set_valign (self->progress, GTK_ALIGN_END);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->progress),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Presentation progress"), -1);
  gtk_overlay_add_overlay (GTK_OVERLAY (overlay), self->progress);

  self->jump = gtk_label_new (NULL);
  gtk_widget_add_css_class (self->jump, "jx-slide-jump");
  gtk_widget_add_css_class (self->jump, "osd");
  gtk_widget_set_halign (self->jump, GTK_ALIGN_END);
  gtk_widget_set_valign (self->jump, GTK_ALIGN_START);
  gtk_widget_set_margin_end (self->jump, 24);
  gtk_widget_set_margin_top (self->jump, 24);
  gtk_widget_set_visible (self->jump, FALSE);
  gtk_overlay_add_overlay (GTK_OVERLAY (overlay), self->jump);

  gtk_window_set_child (GTK_WINDOW (self), overlay);

  g_signal_connect (key, "key-pressed", G_CALLBACK (on_key), self);
  gtk_widget_add_controller (GTK_WIDGET (self), key);
  g_signal_connect (motion, "motion", G_CALLBACK (on_motion), self);
  gtk_widget_add_controller (self->view, motion);
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), 0);
  g_signal_connect (click, "pressed", G_CALLBACK (on_click), self);
  gtk_widget_add_controller (self->view, GTK_EVENT_CONTROLLER (click));
}

JxPresentationWindow *
jx_presentation_window_new (GtkWindow  *parent,
                            JxDocument *document)
{
  JxPresentationWindow *self;

  g_return_val_if_fail (JX_IS_DOCUMENT (document), NULL);

  self = g_object_new (JX_TYPE_PRESENTATION_WINDOW,
                       "transient-for", parent,
                       "modal", TRUE,
                       "application", parent ? gtk_window_get_application (parent) : NULL,
                       NULL);
  self->document = g_object_ref (document);
  self->slides = jx_slides_new (jx_document_get_data (document));
  self->dark = adw_style_manager_get_dark (adw_style_manager_get_default ());
  /* The size of the monitor the document window is on, so that the slides fill the screen
   * even where no window manager honours full screen. */
  {
    GdkDisplay *display = gtk_widget_get_display (GTK_WIDGET (self));
    GdkSurface *surface = parent ? gtk_native_get_surface (GTK_NATIVE (parent)) : NULL;
    GdkMonitor *monitor = surface ? gdk_display_get_monitor_at_surface (display, surface) : NULL;
    GdkRectangle area = { 0, 0, 1280, 720 };

    if (monitor == NULL)
      monitor = g_list_model_get_n_items (gdk_display_get_monitors (display)) > 0
                ? g_list_model_get_item (gdk_display_get_monitors (display), 0) : NULL;
    else
      g_object_ref (monitor);
    if (monitor != NULL)
      {
        gdk_monitor_get_geometry (monitor, &area);
        g_object_unref (monitor);
      }
    gtk_window_set_default_size (GTK_WINDOW (self), area.width, area.height);
  }
  if (g_getenv ("JIXIAO_PRESENTATION_WINDOWED") == NULL)
    gtk_window_fullscreen (GTK_WINDOW (self));
  update (self);
  return self;
}
