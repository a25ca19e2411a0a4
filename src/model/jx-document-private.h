/* SPDX-License-Identifier: GPL-3.0-or-later */
/* jx-document-private.h: the operations JxDocument records for undo (jx-document-ops.c). */
#pragma once

#include "jx-document.h"
#include "jx-file-identity.h"
#include "jx-path.h"

G_BEGIN_DECLS

/* Indicator level of the records of the list a target names (0 for other records). */
int      _jx_document_child_depth  (const JxPathTarget *target);
/* Each returns what undo needs (the old value, the inserted or removed record as JSON) when
 * asked, and changes nothing when it fails. */
gboolean _jx_document_apply_set    (JxDocData  *data,
                                    const char *path,
                                    JsonNode   *value,
                                    JsonNode  **old_value,
                                    GError    **error);
gboolean _jx_document_apply_insert (JxDocData  *data,
                                    const char *list_path,
                                    int        *index,
                                    JsonNode   *json,
                                    JsonNode  **inserted,
                                    GError    **error);
gboolean _jx_document_apply_remove (JxDocData  *data,
                                    const char *list_path,
                                    int         index,
                                    JsonNode  **removed,
                                    GError    **error);
gboolean _jx_document_apply_move   (JxDocData  *data,
                                    const char *list_path,
                                    int         from,
                                    int         to,
                                    GError    **error);

/* A save on a thread (jx-document-file.c): begin marks the version it writes (the undo
 * position); end, once written, makes that version the saved one if it can still be reached
 * (edits meanwhile stay unsaved; an edit after undoing below it makes it unreachable). */
void     _jx_document_begin_save   (JxDocument *self);
void     _jx_document_end_save     (JxDocument *self,
                                    gboolean    written);

/* Sets the field at `path` from `value`, records the undo step and notifies (jx-document.c). */
gboolean _jx_document_set_node     (JxDocument *self,
                                    const char *path,
                                    JsonNode   *value,
                                    GError    **error);

/* The identity of the document's file as loaded or last saved (jx-document.c). */
JxFileIdentity *_jx_document_peek_identity (JxDocument *self);

G_END_DECLS
