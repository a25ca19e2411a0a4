/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "jx-preferences-window"

#include "config.h"

#include <glib/gi18n.h>

#include "jx-preferences-window.h"
#include "jx-settings.h"

struct _JxPreferencesWindow
{
  AdwPreferencesWindow parent_instance;

  GSettings           *settings;   /* NULL when the schema is not installed */
};

G_DEFINE_FINAL_TYPE (JxPreferencesWindow, jx_preferences_window, ADW_TYPE_PREFERENCES_WINDOW)

/* ---- appearance ---- */

static const char * const style_values[] = {
  [JX_STYLE_SYSTEM] = "system",
  [JX_STYLE_LIGHT] = "light",
  [JX_STYLE_DARK] = "dark",
};

static gboolean
style_get_mapping (GValue   *value,
                   GVariant *variant,
                   gpointer  data)
{
  const char *s = g_variant_get_string (variant, NULL);
  guint i;

  for (i = 0; i < G_N_ELEMENTS (style_values); i++)
    if (g_strcmp0 (s, style_values[i]) == 0)
      {
        g_value_set_uint (value, i);
        return TRUE;
      }
  return FALSE;
}

static GVariant *
style_set_mapping (const GValue       *value,
                   const GVariantType *type,
                   gpointer            data)
{
  guint i = g_value_get_uint (value);

  return g_variant_new_string (style_values[i < G_N_ELEMENTS (style_values) ? i : JX_STYLE_SYSTEM]);
}

/* Without settings the choice applies to the style manager directly (this run only). */
static void
on_style_selected (AdwComboRow *row)
{
  static const AdwColorScheme schemes[] = {
    ADW_COLOR_SCHEME_PREFER_LIGHT, ADW_COLOR_SCHEME_FORCE_LIGHT, ADW_COLOR_SCHEME_FORCE_DARK,
  };
  guint i = adw_combo_row_get_selected (row);

  if (i < G_N_ELEMENTS (schemes))
    adw_style_manager_set_color_scheme (adw_style_manager_get_default (), schemes[i]);
}

static AdwPreferencesGroup *
appearance_group_new (GSettings *settings)
{
  AdwPreferencesGroup *group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  const char *names[] = { C_("style", "Follow System"), C_("style", "Light"), C_("style", "Dark"), NULL };
  g_autoptr(GtkStringList) model = gtk_string_list_new (names);
  GtkWidget *row = adw_combo_row_new ();

  adw_preferences_group_set_title (group, _("Appearance"));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Style"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row),
                               _("The window’s colours; the presentation and the charts’ export choose their own"));
  adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (model));
  gtk_widget_set_name (row, "style-row");
  if (settings != NULL)
    g_settings_bind_with_mapping (settings, "color-scheme", row, "selected", G_SETTINGS_BIND_DEFAULT,
                                  style_get_mapping, style_set_mapping, NULL, NULL);
  else
    {
      AdwStyleManager *manager = adw_style_manager_get_default ();
      AdwColorScheme scheme = adw_style_manager_get_color_scheme (manager);

      adw_combo_row_set_selected (ADW_COMBO_ROW (row),
                                  scheme == ADW_COLOR_SCHEME_FORCE_DARK ? JX_STYLE_DARK
                                  : scheme == ADW_COLOR_SCHEME_FORCE_LIGHT ? JX_STYLE_LIGHT : JX_STYLE_SYSTEM);
      g_signal_connect (row, "notify::selected", G_CALLBACK (on_style_selected), NULL);
    }
  adw_preferences_group_add (group, row);
  return group;
}

/* ---- Word documents ---- */

static const char * const preset_values[] = { "official", "plain" };

static gboolean
preset_get_mapping (GValue   *value,
                    GVariant *variant,
                    gpointer  data)
{
  const char *s = g_variant_get_string (variant, NULL);
  guint i;

  for (i = 0; i < G_N_ELEMENTS (preset_values); i++)
    if (g_strcmp0 (s, preset_values[i]) == 0)
      {
        g_value_set_uint (value, i);
        return TRUE;
      }
  return FALSE;
}

static GVariant *
preset_set_mapping (const GValue       *value,
                    const GVariantType *type,
                    gpointer            data)
{
  guint i = g_value_get_uint (value);

  return g_variant_new_string (preset_values[i < G_N_ELEMENTS (preset_values) ? i : 0]);
}

/* The fonts a Word report names (the "font-preset" key; the PDF keeps the installed fonts). */
static AdwPreferencesGroup *
word_group_new (GSettings *settings)
{
  AdwPreferencesGroup *group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  /* Translators: the font presets of exported Word documents; the font names stay as they are. */
  const char *names[] = { _("Official (仿宋_GB2312, 黑体, 楷体_GB2312)"), _("Plain (宋体, 黑体)"), NULL };
  g_autoptr(GtkStringList) model = gtk_string_list_new (names);
  GtkWidget *row = adw_combo_row_new ();

  adw_preferences_group_set_title (group, _("Word Documents"));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Fonts"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row),
                               _("The fonts an exported .docx report names: those of official documents, "
                                 "or those every Chinese computer has; PDF reports use the installed fonts"));
  adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (model));
  gtk_widget_set_name (row, "font-preset-row");
  if (settings != NULL)
    g_settings_bind_with_mapping (settings, "font-preset", row, "selected", G_SETTINGS_BIND_DEFAULT,
                                  preset_get_mapping, preset_set_mapping, NULL, NULL);
  else
    gtk_widget_set_sensitive (row, FALSE);
  adw_preferences_group_add (group, row);
  return group;
}

/* ---- the groups, in order ---- */

/* Each returns a new group; `settings` may be NULL. Add a group here, its builder in a file
 * of its own when it is more than a few rows. */
typedef AdwPreferencesGroup *(*JxPreferencesGroupBuilder) (GSettings *settings);

static const JxPreferencesGroupBuilder group_builders[] = {
  appearance_group_new,
  word_group_new,
};

/* ---- GObject ---- */

static void
jx_preferences_window_dispose (GObject *object)
{
  JxPreferencesWindow *self = JX_PREFERENCES_WINDOW (object);

  g_clear_object (&self->settings);
  G_OBJECT_CLASS (jx_preferences_window_parent_class)->dispose (object);
}

static void
jx_preferences_window_class_init (JxPreferencesWindowClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = jx_preferences_window_dispose;
}

static void
jx_preferences_window_init (JxPreferencesWindow *self)
{
  gtk_window_set_title (GTK_WINDOW (self), _("Preferences"));
  gtk_window_set_default_size (GTK_WINDOW (self), 560, 420);
  gtk_window_set_modal (GTK_WINDOW (self), TRUE);
  adw_preferences_window_set_search_enabled (ADW_PREFERENCES_WINDOW (self), FALSE);
}

JxPreferencesWindow *
jx_preferences_window_new (GtkWindow *parent,
                           GSettings *settings)
{
  JxPreferencesWindow *self;
  AdwPreferencesPage *page;
  guint i;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (settings == NULL || G_IS_SETTINGS (settings), NULL);

  self = g_object_new (JX_TYPE_PREFERENCES_WINDOW, "transient-for", parent, NULL);
  if (settings != NULL)
    self->settings = g_object_ref (settings);
  page = ADW_PREFERENCES_PAGE (adw_preferences_page_new ());
  adw_preferences_page_set_title (page, _("General"));
  adw_preferences_page_set_icon_name (page, "preferences-system-symbolic");
  for (i = 0; i < G_N_ELEMENTS (group_builders); i++)
    adw_preferences_page_add (page, group_builders[i] (self->settings));
  adw_preferences_window_add (ADW_PREFERENCES_WINDOW (self), page);
  return self;
}
