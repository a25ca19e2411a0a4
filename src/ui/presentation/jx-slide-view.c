/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "jx-slide-view"

#include "config.h"

#include <glib/gi18n.h>

#include "jx-slide-view.h"

struct _JxSlideView
{
  GtkWidget       parent_instance;
  const JxSlides *slides;
  guint           index;
  gboolean        dark;
};

G_DEFINE_FINAL_TYPE (JxSlideView, jx_slide_view, GTK_TYPE_WIDGET)

static void
jx_slide_view_snapshot (GtkWidget   *widget,
                        GtkSnapshot *snapshot)
{
  JxSlideView *self = JX_SLIDE_VIEW (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  cairo_t *cr;

  if (self->slides == NULL || width <= 0 || height <= 0 || self->index >= jx_slides_get_n (self->slides))
    return;
  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  jx_slides_render (self->slides, self->index, cr, width, height, self->dark);
  /* Drawn with the slide, in its colours: readable on light and dark slides alike. */
  jx_slides_render_counter (self->slides, self->index, cr, width, height, self->dark);
  cairo_destroy (cr);
}

static void
jx_slide_view_class_init (JxSlideViewClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  widget_class->snapshot = jx_slide_view_snapshot;
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
jx_slide_view_init (JxSlideView *self)
{
  gtk_widget_set_hexpand (GTK_WIDGET (self), TRUE);
  gtk_widget_set_vexpand (GTK_WIDGET (self), TRUE);
}

GtkWidget *
jx_slide_view_new (void)
{
  return g_object_new (JX_TYPE_SLIDE_VIEW, NULL);
}

void
jx_slide_view_set_slide (JxSlideView    *self,
                         const JxSlides *slides,
                         guint           index,
                         gboolean        dark)
{
  g_return_if_fail (JX_IS_SLIDE_VIEW (self));

  self->slides = slides;
  self->index = index;
  self->dark = dark;
  if (slides != NULL && index < jx_slides_get_n (slides))
    {
      g_autofree char *where = g_strdup_printf (_("Slide %u of %u"), index + 1, jx_slides_get_n (slides));

      gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, jx_slides_get_title (slides, index),
                                      GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, where,
                                      -1);
    }
  gtk_widget_queue_draw (GTK_WIDGET (self));
}
