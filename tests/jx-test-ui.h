/* SPDX-License-Identifier: GPL-3.0-or-later */
/* jx-test-ui.h: what every UI test program needs — a private home, the application, a main
 * loop to spin, widgets to find, and a widget drawn by GTK's own renderer. */
#pragma once

#include <gtk/gtk.h>

#include "jx-application.h"

G_BEGIN_DECLS

/* g_test_init, translations (JIXIAO_LOCALEDIR), XDG_* folders in a new temporary folder, a
 * non-unique application, registered. NULL when there is no display: the caller returns 77. */
JxApplication *jx_test_ui_init        (int         *argc,
                                       char      ***argv,
                                       const char  *name);
/* The temporary folder jx_test_ui_init made. */
const char    *jx_test_ui_tmp_dir     (void);

/* Runs the main loop for `ms` milliseconds (frames are drawn, layout is done). */
void           jx_test_spin           (guint        ms);
/* Dispatches what is pending, without waiting. */
void           jx_test_iterate        (void);
/* The first widget of `type` below `root` (depth first), or NULL. */
GtkWidget     *jx_test_find_by_type   (GtkWidget   *root,
                                       GType        type);
/* The widget as GTK draws it, at its allocated size. */
GdkTexture    *jx_test_render         (GtkWidget   *widget);

G_END_DECLS
