/* SPDX-License-Identifier: GPL-3.0-or-later */
/* jx-slide-settings.h: which slides the presentation shows and in what order; the choice is
 * saved in the document (`presentation.slides`) and every change can be undone. */
#pragma once

#include <adwaita.h>

#include "jx-document.h"

G_BEGIN_DECLS

#define JX_TYPE_SLIDE_SETTINGS (jx_slide_settings_get_type ())
G_DECLARE_FINAL_TYPE (JxSlideSettings, jx_slide_settings, JX, SLIDE_SETTINGS, AdwPreferencesWindow)

JxSlideSettings *jx_slide_settings_new (GtkWindow  *parent,
                                        JxDocument *document);

/* The edits behind the window, usable without it (tests, actions). Each is one undo step. */
gboolean jx_slide_settings_set_shown (JxDocument *document,
                                      const char *id,
                                      gboolean    shown);
gboolean jx_slide_settings_move      (JxDocument *document,
                                      const char *id,
                                      int         delta);

G_END_DECLS
