/* SPDX-License-Identifier: GPL-3.0-or-later */
/* jx-presentation-window.h: the full-screen presentation for meetings. Keys: Right, Down,
 * PageDown, Space, Enter → next; Left, Up, PageUp, BackSpace → previous; Home, End; a
 * number then Enter jumps; D toggles dark; Esc ends. A click advances, a right click goes
 * back. No editing chrome: the slide, a counter and a thin progress line. */
#pragma once

#include <adwaita.h>

#include "jx-document.h"

G_BEGIN_DECLS

#define JX_TYPE_PRESENTATION_WINDOW (jx_presentation_window_get_type ())
G_DECLARE_FINAL_TYPE (JxPresentationWindow, jx_presentation_window, JX, PRESENTATION_WINDOW, GtkWindow)

/* A deck of the document as it is now. */
JxPresentationWindow *jx_presentation_window_new   (GtkWindow            *parent,
                                                    JxDocument           *document);
guint                 jx_presentation_window_get_index (JxPresentationWindow *self);
guint                 jx_presentation_window_get_n     (JxPresentationWindow *self);
void                  jx_presentation_window_go        (JxPresentationWindow *self,
                                                        int                   index);

G_END_DECLS
