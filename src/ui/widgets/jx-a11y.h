/* SPDX-License-Identifier: GPL-3.0-or-later */
/* jx-a11y.h: names for screen readers where GTK 4.8 would say a class's name.
 *
 * GTK 4.8 names an element that has no label by its class ("AdwGizmo", "GtkMenuButton",
 * "GtkStackPage") unless its role is a plain container. The hook installed here gives the
 * inner parts of GTK's and libadwaita's widgets that have nothing to say an empty name, when
 * they are shown; Jixiao's own widgets name themselves. */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Once, at startup. */
void jx_a11y_install (void);
/* The same for a tree of widgets now (widgets made before they are shown, for tests). */
void jx_a11y_tidy    (GtkWidget *root);

G_END_DECLS
