/* SPDX-License-Identifier: GPL-3.0-or-later */
/* jx-settings.h: the application's GSettings (io.github.jixiao.Jixiao), when its schema is
 * installed (or compiled in GSETTINGS_SCHEMA_DIR), and the settings applied app-wide (the
 * style: system, light or dark). */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* The style values of the "color-scheme" key, in the order the Preferences window lists them. */
typedef enum {
  JX_STYLE_SYSTEM,
  JX_STYLE_LIGHT,
  JX_STYLE_DARK,
} JxStyle;

/* A new reference to the settings, or NULL (with a debug message) when the schema is missing:
 * then nothing is remembered, and everything works with the defaults. */
GSettings *jx_settings_new         (void);
/* Follows the "color-scheme" key with libadwaita's style manager, from now on. */
void       jx_settings_apply_style (GSettings *settings);

G_END_DECLS
