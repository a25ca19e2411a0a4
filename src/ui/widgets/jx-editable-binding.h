/* SPDX-License-Identifier: GPL-3.0-or-later */
/* jx-editable-binding.h: binds any single-line GtkEditable (GtkEntry, AdwEntryRow) to a text
 * of the document, reached by its JSON path ("department.name", "department.functions[2]",
 * "budget.revenue.items[0].name"). Typing commits through the JxDocument (one undo step per
 * field, ended when the focus leaves or Enter is pressed); the editable follows the document
 * on undo and redo. */
#pragma once

#include <gtk/gtk.h>

#include "jx-document.h"

G_BEGIN_DECLS

/* Binds `editable` to `path`; the document comes later (or changes) with
 * jx_editable_binding_set_document(). Binding again changes the path. */
void        jx_editable_bind                  (GtkEditable *editable,
                                               const char  *path);
void        jx_editable_binding_set_document  (GtkEditable *editable,
                                               JxDocument  *document);
/* The path `editable` is bound to, or NULL when it is not bound. */
const char *jx_editable_binding_get_path      (GtkEditable *editable);

G_END_DECLS
