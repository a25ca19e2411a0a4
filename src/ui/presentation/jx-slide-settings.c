/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "jx-slide-settings"

#include "config.h"

#include <glib/gi18n.h>

#include "jx-slide-settings.h"
#include "jx-slides.h"

struct _JxSlideSettings
{
  AdwPreferencesWindow parent_instance;

  JxDocument          *document;
  AdwPreferencesGroup *group;
  GPtrArray           *rows;
  gulong               changed_id;
};

G_DEFINE_FINAL_TYPE (JxSlideSettings, jx_slide_settings, ADW_TYPE_PREFERENCES_WINDOW)

/* Makes `presentation.slides` name every slide of the deck: the saved ones in their order,
 * then the others (hidden when a list was saved, shown when it was empty). Call inside a
 * group so that it is undone with the edit that needed it. */
static void
materialize (JxDocument *document)
{
  const JxDocData *data = jx_document_get_data (document);
  g_auto(GStrv) all = jx_slides_all_ids (data);
  GPtrArray *refs = data->presentation.slides;
  gboolean was_empty = refs->len == 0;
  guint i, j;

  for (i = 0; all[i] != NULL; i++)
    {
      gboolean found = FALSE;

      for (j = 0; j < refs->len && !found; j++)
        found = g_str_equal (((JxSlideRef *) g_ptr_array_index (refs, j))->id, all[i]);
      if (!found)
        {
          g_autoptr(JsonBuilder) b = json_builder_new ();
          g_autoptr(JsonNode) node = NULL;

          json_builder_begin_object (b);
          json_builder_set_member_name (b, "id");
          json_builder_add_string_value (b, all[i]);
          json_builder_set_member_name (b, "shown");
          json_builder_add_boolean_value (b, was_empty && jx_slides_default_shown (all[i]));
          json_builder_end_object (b);
          node = json_builder_get_root (b);
          jx_document_insert (document, "presentation.slides", -1, node, NULL);
        }
    }
}

static int
find_ref (JxDocument *document,
          const char *id)
{
  GPtrArray *refs = jx_document_get_data (document)->presentation.slides;
  guint i;

  for (i = 0; i < refs->len; i++)
    if (g_str_equal (((JxSlideRef *) g_ptr_array_index (refs, i))->id, id))
      return (int) i;
  return -1;
}

gboolean
jx_slide_settings_set_shown (JxDocument *document,
                             const char *id,
                             gboolean    shown)
{
  g_autofree char *path = NULL;
  gboolean ok;
  int i;

  g_return_val_if_fail (JX_IS_DOCUMENT (document), FALSE);

  jx_document_begin_group (document, shown ? _("Show slide") : _("Hide slide"));
  materialize (document);
  i = find_ref (document, id);
  path = g_strdup_printf ("presentation.slides[%d].shown", i);
  ok = i >= 0 && jx_document_set_int (document, path, shown, NULL);
  jx_document_end_group (document);
  return ok;
}

gboolean
jx_slide_settings_move (JxDocument *document,
                        const char *id,
                        int         delta)
{
  GPtrArray *refs;
  gboolean ok = FALSE;
  int i;

  g_return_val_if_fail (JX_IS_DOCUMENT (document), FALSE);

  jx_document_begin_group (document, _("Move slide"));
  materialize (document);
  refs = jx_document_get_data (document)->presentation.slides;
  i = find_ref (document, id);
  if (i >= 0 && i + delta >= 0 && i + delta < (int) refs->len)
    ok = jx_document_move (document, "presentation.slides", i, i + delta, NULL);
  jx_document_end_group (document);
  return ok;
}

/* ---- the window ---- */

static void rebuild (JxSlideSettings *self);

static void
on_shown (GtkSwitch       *sw,
          GParamSpec      *pspec,
          JxSlideSettings *self)
{
  const char *id = g_object_get_data (G_OBJECT (sw), "slide-id");

  jx_slide_settings_set_shown (self->document, id, gtk_switch_get_active (sw));
}

static void
on_move (GtkButton       *button,
         JxSlideSettings *self)
{
  const char *id = g_object_get_data (G_OBJECT (button), "slide-id");
  int delta = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (button), "delta"));

  jx_slide_settings_move (self->document, id, delta);
}

static GtkWidget *
move_button (const char *icon,
             const char *label,
             const char *id,
             int         delta,
             gboolean    sensitive,
             JxSlideSettings *self)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon);

  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (button, label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  gtk_widget_set_sensitive (button, sensitive);
  g_object_set_data_full (G_OBJECT (button), "slide-id", g_strdup (id), g_free);
  g_object_set_data (G_OBJECT (button), "delta", GINT_TO_POINTER (delta));
  g_signal_connect (button, "clicked", G_CALLBACK (on_move), self);
  return button;
}

static void
add_row (JxSlideSettings *self,
         const char      *id,
         gboolean         shown,
         guint            index,
         guint            n)
{
  const JxDocData *data = jx_document_get_data (self->document);
  g_autofree char *title = jx_slides_title_for_id (data, id);
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *sw = gtk_switch_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  gtk_switch_set_active (GTK_SWITCH (sw), shown);
  gtk_widget_set_valign (sw, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (sw), GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
  g_object_set_data_full (G_OBJECT (sw), "slide-id", g_strdup (id), g_free);
  g_signal_connect (sw, "notify::active", G_CALLBACK (on_shown), self);

  adw_action_row_add_suffix (ADW_ACTION_ROW (row), move_button ("go-up-symbolic", _("Move up"), id, -1, index > 0, self));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), move_button ("go-down-symbolic", _("Move down"), id, 1, index + 1 < n, self));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), sw);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), sw);
  adw_preferences_group_add (self->group, row);
  g_ptr_array_add (self->rows, row);
}

static void
rebuild (JxSlideSettings *self)
{
  const JxDocData *data = jx_document_get_data (self->document);
  GPtrArray *refs = data->presentation.slides;
  g_auto(GStrv) all = jx_slides_all_ids (data);
  guint i, n;

  for (i = 0; i < self->rows->len; i++)
    adw_preferences_group_remove (self->group, g_ptr_array_index (self->rows, i));
  g_ptr_array_set_size (self->rows, 0);

  if (refs->len == 0)
    {
      n = g_strv_length (all);
      for (i = 0; i < n; i++)
        add_row (self, all[i], jx_slides_default_shown (all[i]), i, n);
      return;
    }
  n = refs->len;
  for (i = 0; i < n; i++)
    {
      const JxSlideRef *ref = g_ptr_array_index (refs, i);
      if (g_strv_contains ((const char * const *) all, ref->id))
        add_row (self, ref->id, ref->shown, i, n);
    }
  for (i = 0; all[i] != NULL; i++)
    if (find_ref (self->document, all[i]) < 0)
      add_row (self, all[i], FALSE, n, n);
}

static void
on_document_changed (JxDocument      *document,
                     const char      *path,
                     JxSlideSettings *self)
{
  if (g_str_has_prefix (path, "presentation") || path[0] == '\0')
    rebuild (self);
}

static void
jx_slide_settings_dispose (GObject *object)
{
  JxSlideSettings *self = (JxSlideSettings *) object;

  g_clear_signal_handler (&self->changed_id, self->document);
  g_clear_object (&self->document);
  g_clear_pointer (&self->rows, g_ptr_array_unref);
  G_OBJECT_CLASS (jx_slide_settings_parent_class)->dispose (object);
}

static void
jx_slide_settings_class_init (JxSlideSettingsClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = jx_slide_settings_dispose;
}

static void
jx_slide_settings_init (JxSlideSettings *self)
{
  GtkWidget *page = adw_preferences_page_new ();

  self->rows = g_ptr_array_new ();
  self->group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  adw_preferences_group_set_title (self->group, _("Slides"));
  adw_preferences_group_set_description (self->group,
                                         _("Choose the slides of the presentation and their order. The choice is saved with the document."));
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), self->group);
  adw_preferences_window_add (ADW_PREFERENCES_WINDOW (self), ADW_PREFERENCES_PAGE (page));
  gtk_window_set_title (GTK_WINDOW (self), _("Presentation Slides"));
  gtk_window_set_default_size (GTK_WINDOW (self), 560, 640);
  adw_preferences_window_set_search_enabled (ADW_PREFERENCES_WINDOW (self), FALSE);
}

JxSlideSettings *
jx_slide_settings_new (GtkWindow  *parent,
                       JxDocument *document)
{
  JxSlideSettings *self = g_object_new (JX_TYPE_SLIDE_SETTINGS,
                                        "transient-for", parent,
                                        "modal", TRUE,
                                        NULL);

  self->document = g_object_ref (document);
  self->changed_id = g_signal_connect (document, "changed", G_CALLBACK (on_document_changed), self);
  rebuild (self);
  return self;
}
