/* SPDX-License-Identifier: GPL-3.0-or-later */
/* jx-preferences-window.h: the application's preferences (main menu → Preferences, Ctrl+,):
 * settings of the app, not of a document, saved in GSettings. One page of groups; each group
 * is built by a function of the table at the top of jx-preferences-window.c. */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define JX_TYPE_PREFERENCES_WINDOW (jx_preferences_window_get_type ())
G_DECLARE_FINAL_TYPE (JxPreferencesWindow, jx_preferences_window, JX, PREFERENCES_WINDOW, AdwPreferencesWindow)

/* `settings` may be NULL (no schema installed): the choices then apply to this run only. */
JxPreferencesWindow *jx_preferences_window_new (GtkWindow *parent,
                                                GSettings *settings);

G_END_DECLS
