/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "jx-banner"

#include "config.h"

#include <glib/gi18n.h>

#include "jx-banner.h"

struct _JxBanner
{
  GtkWidget    parent_instance;

  GtkRevealer *revealer;
  GtkWidget   *bar;
  GtkLabel    *label;
  GtkBox      *buttons;
};

G_DEFINE_FINAL_TYPE (JxBanner, jx_banner, GTK_TYPE_WIDGET)

static void
jx_banner_dispose (GObject *object)
{
  JxBanner *self = JX_BANNER (object);

  if (self->revealer != NULL)
    gtk_widget_unparent (GTK_WIDGET (self->revealer));
  self->revealer = NULL;
  G_OBJECT_CLASS (jx_banner_parent_class)->dispose (object);
}

static void
jx_banner_class_init (JxBannerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = jx_banner_dispose;
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "jx-banner");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
jx_banner_init (JxBanner *self)
{
  self->revealer = GTK_REVEALER (gtk_revealer_new ());
  gtk_revealer_set_transition_type (self->revealer, GTK_REVEALER_TRANSITION_TYPE_SLIDE_DOWN);
  gtk_widget_set_parent (GTK_WIDGET (self->revealer), GTK_WIDGET (self));

  self->bar = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  gtk_widget_add_css_class (self->bar, "jx-banner");
  gtk_revealer_set_child (self->revealer, self->bar);

  self->label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (self->label, TRUE);
  gtk_label_set_wrap_mode (self->label, PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (self->label, 0);
  gtk_label_set_selectable (self->label, FALSE);
  gtk_widget_set_hexpand (GTK_WIDGET (self->label), TRUE);
  gtk_widget_add_css_class (GTK_WIDGET (self->label), "jx-banner-title");
  gtk_box_append (GTK_BOX (self->bar), GTK_WIDGET (self->label));

  self->buttons = GTK_BOX (gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6));
  gtk_widget_set_valign (GTK_WIDGET (self->buttons), GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (self->bar), GTK_WIDGET (self->buttons));
}

GtkWidget *
jx_banner_new (JxBannerKind kind)
{
  JxBanner *self = g_object_new (JX_TYPE_BANNER, NULL);

  gtk_widget_add_css_class (self->bar, kind == JX_BANNER_ERROR ? "error"
                                       : kind == JX_BANNER_WARNING ? "warning" : "info");
  return GTK_WIDGET (self);
}

void
jx_banner_set_title (JxBanner   *self,
                     const char *title)
{
  g_return_if_fail (JX_IS_BANNER (self));

  gtk_label_set_text (self->label, title != NULL ? title : "");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
}

const char *
jx_banner_get_title (JxBanner *self)
{
  g_return_val_if_fail (JX_IS_BANNER (self), NULL);
  return gtk_label_get_text (self->label);
}

void
jx_banner_set_buttons (JxBanner   *self,
                       const char *first_label,
                       ...)
{
  GtkWidget *child;
  const char *label;
  va_list args;
  gboolean first = TRUE;

  g_return_if_fail (JX_IS_BANNER (self));

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->buttons))) != NULL)
    gtk_box_remove (self->buttons, child);

  va_start (args, first_label);
  for (label = first_label; label != NULL; label = va_arg (args, const char *))
    {
      const char *action = va_arg (args, const char *);
      GtkWidget *button = gtk_button_new_with_mnemonic (label);

      gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action);
      /* The first is what the clerk most likely wants. */
      if (first)
        gtk_widget_add_css_class (button, "suggested-action");
      first = FALSE;
      gtk_box_append (self->buttons, button);
    }
  va_end (args);
}

GtkButton *
jx_banner_get_button (JxBanner   *self,
                      const char *action_name)
{
  GtkWidget *child;

  g_return_val_if_fail (JX_IS_BANNER (self), NULL);

  for (child = gtk_widget_get_first_child (GTK_WIDGET (self->buttons)); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (child)), action_name) == 0)
      return GTK_BUTTON (child);
  return NULL;
}

void
jx_banner_set_revealed (JxBanner *self,
                        gboolean  revealed)
{
  g_return_if_fail (JX_IS_BANNER (self));
  gtk_revealer_set_reveal_child (self->revealer, revealed);
}

gboolean
jx_banner_get_revealed (JxBanner *self)
{
  g_return_val_if_fail (JX_IS_BANNER (self), FALSE);
  return gtk_revealer_get_reveal_child (self->revealer);
}
