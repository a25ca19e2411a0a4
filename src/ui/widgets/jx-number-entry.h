/* SPDX-License-Identifier: GPL-3.0-or-later */
/* jx-number-entry.h: an entry for one number of the document (an amount in 万元, a count of
 * people, a number, a year), reached by its JSON path.
 *
 * It validates as the clerk types (full-width digits and separators of a Chinese input method
 * are numbers: jx-typed.h): text that is not a number is never committed and never read as
 * zero; the entry turns red and says why (tooltip, icon, the `error` property, which rows show
 * as their subtitle), and the document goes back to the value it had before the edit began, so
 * no half-typed prefix is computed or saved. Valid text is committed through the JxDocument at
 * once, so the metrics follow the typing; successive keystrokes merge into one undo step, and
 * leaving the field ends the step. Leaving it with a refused text shows the document's value
 * again and says so in a toast. Empty text means "not stated". When the document changes
 * (undo, redo, another field), the entry shows the document's value. */
#pragma once

#include <gtk/gtk.h>

#include "jx-checks.h"
#include "jx-document.h"

G_BEGIN_DECLS

typedef enum {
  JX_NUMBER_KIND_MONEY,    /* 万元, exact to 0.01 元; shown with two decimals */
  JX_NUMBER_KIND_COUNT,    /* people: a whole number ≥ 0 */
  JX_NUMBER_KIND_NUMBER,   /* any number (weights, scores, targets) */
  JX_NUMBER_KIND_INTEGER,  /* a whole number that must be stated (the year) */
} JxNumberKind;

#define JX_TYPE_NUMBER_KIND (jx_number_kind_get_type ())
GType jx_number_kind_get_type (void);

#define JX_TYPE_NUMBER_ENTRY (jx_number_entry_get_type ())
G_DECLARE_FINAL_TYPE (JxNumberEntry, jx_number_entry, JX, NUMBER_ENTRY, GtkEntry)

GtkWidget    *jx_number_entry_new           (JxNumberKind   kind,
                                             const char    *path);
JxNumberKind  jx_number_entry_get_kind      (JxNumberEntry *self);
void          jx_number_entry_set_kind      (JxNumberEntry *self,
                                             JxNumberKind   kind);
JxDocument   *jx_number_entry_get_document  (JxNumberEntry *self);
void          jx_number_entry_set_document  (JxNumberEntry *self,
                                             JxDocument    *document);
const char   *jx_number_entry_get_path      (JxNumberEntry *self);
void          jx_number_entry_set_path      (JxNumberEntry *self,
                                             const char    *path);
/* Why the text typed is refused, or NULL when it is valid. */
const char   *jx_number_entry_get_error     (JxNumberEntry *self);
/* The findings of the checks about this value (of JxFinding*; NULL or empty clears): the
 * entry takes the error or warning style and shows them with their arithmetic. */
void          jx_number_entry_set_findings  (JxNumberEntry *self,
                                             GPtrArray     *findings);

G_END_DECLS
