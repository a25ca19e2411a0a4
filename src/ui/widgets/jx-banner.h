/* SPDX-License-Identifier: GPL-3.0-or-later */
/* jx-banner.h: a bar across the top of the window's content that says something the clerk
 * must not miss (the file changed on disk, autosave is failing) and offers what to do,
 * one button per action; it slides in and stays until the condition is over. The
 * equivalent of AdwBanner (libadwaita 1.3), which Debian 12's libadwaita 1.2 lacks. */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

typedef enum {
  JX_BANNER_INFO,      /* accent colours */
  JX_BANNER_WARNING,   /* the work is at risk */
  JX_BANNER_ERROR,
} JxBannerKind;

#define JX_TYPE_BANNER (jx_banner_get_type ())
G_DECLARE_FINAL_TYPE (JxBanner, jx_banner, JX, BANNER, GtkWidget)

GtkWidget  *jx_banner_new          (JxBannerKind  kind);
/* The text shown (plain text, wrapped). */
void        jx_banner_set_title    (JxBanner     *self,
                                    const char   *title);
const char *jx_banner_get_title    (JxBanner     *self);
/* Replaces the buttons: pairs of a label (with a mnemonic) and an action name, NULL-ended. */
void        jx_banner_set_buttons  (JxBanner     *self,
                                    const char   *first_label,
                                    ...) G_GNUC_NULL_TERMINATED;
/* The button for `action_name`, or NULL (tests). */
GtkButton  *jx_banner_get_button   (JxBanner     *self,
                                    const char   *action_name);
void        jx_banner_set_revealed (JxBanner     *self,
                                    gboolean      revealed);
gboolean    jx_banner_get_revealed (JxBanner     *self);

G_END_DECLS
