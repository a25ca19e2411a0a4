/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "jx-settings"

#include "config.h"

#include <adwaita.h>

#include "jx-settings.h"

GSettings *
jx_settings_new (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;

  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, APP_ID, TRUE);
  if (schema == NULL)
    {
      g_debug ("The settings schema %s is not installed: settings are not remembered", APP_ID);
      return NULL;
    }
  return g_settings_new (APP_ID);
}

static void
on_style_changed (GSettings *settings)
{
  static const AdwColorScheme schemes[] = {
    [JX_STYLE_SYSTEM] = ADW_COLOR_SCHEME_PREFER_LIGHT,   /* light, or dark when the system prefers it */
    [JX_STYLE_LIGHT] = ADW_COLOR_SCHEME_FORCE_LIGHT,
    [JX_STYLE_DARK] = ADW_COLOR_SCHEME_FORCE_DARK,
  };
  guint style = (guint) g_settings_get_enum (settings, "color-scheme");

  adw_style_manager_set_color_scheme (adw_style_manager_get_default (),
                                      schemes[style < G_N_ELEMENTS (schemes) ? style : JX_STYLE_SYSTEM]);
}

void
jx_settings_apply_style (GSettings *settings)
{
  if (settings == NULL)
    {
      adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_PREFER_LIGHT);
      return;
    }
  g_signal_connect (settings, "changed::color-scheme", G_CALLBACK (on_style_changed), NULL);
  on_style_changed (settings);
}
