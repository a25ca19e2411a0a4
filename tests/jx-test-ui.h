/* SPDX-License-Identifier: GPL-3.0-or-later */
/* jx-test-ui.h: what every UI test program needs — a private home, the application, a main
 * loop to spin, widgets to find, and a widget drawn by GTK's own renderer. */
#pragma once

#include <gtk/gtk.h>

#include "jx-application.h"
#include "jx-evaluation.h"

G_BEGIN_DECLS

/* g_test_init, translations (JIXIAO_LOCALEDIR), XDG_* folders in a new temporary folder, a
 * non-unique application, registered. NULL when there is no display: the caller returns 77. */
JxApplication *jx_test_ui_init        (int         *argc,
                                       char      ***argv,
                                       const char  *name);
/* For the screenshot programs, which make their own windows: translations
 * (JIXIAO_LOCALEDIR), GTK and libadwaita, the resources, and the sample (JIXIAO_SAMPLE, else
 * the source tree's) evaluated. NULL, with the message printed, when it does not load. */
JxEvaluation  *jx_test_tool_open_sample (void);

/* The temporary folder jx_test_ui_init made. */
const char    *jx_test_ui_tmp_dir     (void);

/* Runs the main loop for `ms` milliseconds (frames are drawn, layout is done). */
void           jx_test_spin           (guint        ms);
/* Runs the main loop until the widget is mapped, at most `max_ms` milliseconds (a loaded
 * machine takes longer than an idle one); whether it is. */
gboolean       jx_test_spin_until_mapped (GtkWidget *widget,
                                          guint      max_ms);
/* Dispatches what is pending, without waiting. */
void           jx_test_iterate        (void);
/* The first widget of `type` below `root` (depth first), or NULL. */
GtkWidget     *jx_test_find_by_type   (GtkWidget   *root,
                                       GType        type);
/* The window's page of that stack name ("overview", "budget", "indicators", "conclusion"),
 * made now if it was not (the window makes a page the first time it is shown), not shown. */
GtkWidget     *jx_test_window_page    (GtkWidget   *window,
                                       const char  *name);
/* The widget as GTK draws it, at its allocated size. */
GdkTexture    *jx_test_render         (GtkWidget   *widget);

G_END_DECLS
