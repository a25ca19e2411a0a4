/* SPDX-License-Identifier: GPL-3.0-or-later */
/* jx-field-set.h: the fields of a page, by the JSON path of the value each one edits.
 *
 * A page registers every field widget it shows (JxNumberEntry, JxTextArea, a GtkEditable bound
 * with jx_editable_bind(), or any widget standing for a value, e.g. an AdwComboRow); the set
 * gives them the document, marks them with the findings of the checks, and finds the field
 * for a path so that a finding can be jumped to. */
#pragma once

#include <gtk/gtk.h>

#include "jx-evaluation.h"

G_BEGIN_DECLS

typedef struct _JxFieldSet JxFieldSet;

JxFieldSet *jx_field_set_new             (void);
void        jx_field_set_free            (JxFieldSet *set);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (JxFieldSet, jx_field_set_free)

/* Registers `widget` for `path` (replacing any field of that path); it gets the current
 * document at once. */
void        jx_field_set_add             (JxFieldSet *set,
                                          const char *path,
                                          GtkWidget  *widget);
/* Forgets every field at or below `prefix` (before rebuilding a list). */
void        jx_field_set_remove_prefix   (JxFieldSet *set,
                                          const char *prefix);
GtkWidget  *jx_field_set_lookup          (JxFieldSet *set,
                                          const char *path);
/* The field of `path`, else of the nearest path above it ("budget.revenue.items[9].amount"
 * → "budget.revenue.items[9]" → "budget.revenue.items" …); NULL when none. */
GtkWidget  *jx_field_set_lookup_nearest  (JxFieldSet *set,
                                          const char *path);
void        jx_field_set_set_document    (JxFieldSet *set,
                                          JxDocument *document);
/* Marks each field with the findings about its exact path, clears the others. */
void        jx_field_set_show_findings   (JxFieldSet   *set,
                                          JxEvaluation *evaluation);

G_END_DECLS
