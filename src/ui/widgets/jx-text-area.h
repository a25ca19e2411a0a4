/* SPDX-License-Identifier: GPL-3.0-or-later */
/* jx-text-area.h: a multi-line text of the document (a note, a conclusion paragraph),
 * reached by its JSON path. Typing commits through the JxDocument; typing in one area is one
 * undo step, ended when the focus leaves. Tab moves the focus on, as in a form. */
#pragma once

#include <gtk/gtk.h>

#include "jx-document.h"

G_BEGIN_DECLS

#define JX_TYPE_TEXT_AREA (jx_text_area_get_type ())
G_DECLARE_FINAL_TYPE (JxTextArea, jx_text_area, JX, TEXT_AREA, GtkTextView)

GtkWidget  *jx_text_area_new          (const char *path);
JxDocument *jx_text_area_get_document (JxTextArea *self);
void        jx_text_area_set_document (JxTextArea *self,
                                       JxDocument *document);
const char *jx_text_area_get_path     (JxTextArea *self);
void        jx_text_area_set_path     (JxTextArea *self,
                                       const char *path);

G_END_DECLS
