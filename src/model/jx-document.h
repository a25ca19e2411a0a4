/* SPDX-License-Identifier: GPL-3.0-or-later */
/* jx-document.h: the open document. Holds the records, the file it came from, whether it
 * has unsaved changes, and the undo history. Every change goes through the functions here:
 * they validate, record an undo step and emit ::changed with the JSON path of what changed:
 * a listener of a value at P hears of every change at P or above it (jx_ui_path_affects). */
#pragma once

#include <gio/gio.h>

#include "jx-file-identity.h"
#include "jx-record.h"

G_BEGIN_DECLS

#define JX_TYPE_DOCUMENT (jx_document_get_type ())
G_DECLARE_FINAL_TYPE (JxDocument, jx_document, JX, DOCUMENT, GObject)

JxDocument      *jx_document_new            (void);
/* Takes ownership of `data`. */
JxDocument      *jx_document_new_for_data   (JxDocData  *data);
JxDocument      *jx_document_new_from_file  (GFile      *file,
                                             GError    **error);

const JxDocData *jx_document_get_data       (JxDocument *self);
/* For code that edits many values at once without undo (generators, import). Call
 * jx_document_changed() afterwards. */
JxDocData       *jx_document_peek_data      (JxDocument *self);
void             jx_document_changed        (JxDocument *self,
                                             const char *path);

GFile           *jx_document_get_file       (JxDocument *self);
void             jx_document_set_file       (JxDocument *self,
                                             GFile      *file);
/* File name for titles: the file's basename, or the department name for a new document. */
char            *jx_document_dup_title      (JxDocument *self);
gboolean         jx_document_get_modified   (JxDocument *self);
void             jx_document_set_modified   (JxDocument *self,
                                             gboolean    modified);
/* ---- the file on disk (jx-document-file.c) ---- */

#define JX_DOCUMENT_ERROR (jx_document_error_quark ())
GQuark jx_document_error_quark (void);
typedef enum {
  JX_DOCUMENT_ERROR_CHANGED_ON_DISK,   /* the save was not done */
} JxDocumentError;

typedef enum {
  JX_DISK_UNKNOWN,     /* no file, or it cannot be looked at */
  JX_DISK_UNCHANGED,   /* what was loaded or last saved here */
  JX_DISK_CHANGED,     /* another version: saved over by someone else */
  JX_DISK_DELETED,     /* gone (deleted, moved away) */
} JxDiskState;

typedef enum {
  JX_DOCUMENT_SAVE_OVERWRITE_CHANGES = 1 << 0,   /* the clerk said so */
} JxDocumentSaveFlags;

/* The identity of the file as loaded or last saved; set by restoring work (autosave). */
const JxFileIdentity *jx_document_get_identity (JxDocument           *self);
void             jx_document_set_identity   (JxDocument           *self,
                                             const JxFileIdentity *identity);
/* Looks at the document's file now (one stat). */
JxDiskState      jx_document_check_disk     (JxDocument *self);
/* Saves to `file` (or the document's file when NULL), atomically; clears `modified`. Over
 * the document's own file that changed on disk (JX_DISK_CHANGED) it writes nothing and
 * fails with JX_DOCUMENT_ERROR_CHANGED_ON_DISK, unless the flags say to overwrite. */
gboolean         jx_document_save_full      (JxDocument          *self,
                                             GFile               *file,
                                             JxDocumentSaveFlags  flags,
                                             GError             **error);
gboolean         jx_document_save           (JxDocument *self,
                                             GFile      *file,
                                             GError    **error);
/* The same, the text made and written on a thread from a copy of the document taken now:
 * the document may be edited meanwhile. Once written (finish), the version copied is the
 * saved one — the edits made meanwhile stay unsaved. The check for a file changed on disk is
 * done now. Call finish only once, from the callback. */
void             jx_document_save_async     (JxDocument          *self,
                                             GFile               *file,
                                             JxDocumentSaveFlags  flags,
                                             GCancellable        *cancellable,
                                             GAsyncReadyCallback  callback,
                                             gpointer             user_data);
gboolean         jx_document_save_finish    (JxDocument    *self,
                                             GAsyncResult  *result,
                                             GError       **error);

/* ---- values by JSON path ---- */

gboolean jx_document_set_string (JxDocument *self, const char *path, const char *value, GError **error);
gboolean jx_document_set_money  (JxDocument *self, const char *path, JxMoney value, GError **error);
gboolean jx_document_set_number (JxDocument *self, const char *path, double value, GError **error);
/* INT, COUNT (JX_COUNT_NONE clears), ENUM (index), BOOL fields. */
gboolean jx_document_set_int    (JxDocument *self, const char *path, int value, GError **error);

/* Reads any scalar field as a JSON node (NULL when the path is wrong). */
JsonNode *jx_document_get_node  (JxDocument *self, const char *path);

/* ---- lists ---- */

/* Inserts at `index` (-1 appends) a record built from `json` (NULL: an empty one), or a
 * text for lists of texts. */
gboolean jx_document_insert     (JxDocument *self, const char *list_path, int index,
                                 JsonNode *json, GError **error);
gboolean jx_document_remove     (JxDocument *self, const char *list_path, int index,
                                 GError **error);
gboolean jx_document_move       (JxDocument *self, const char *list_path, int from, int to,
                                 GError **error);

/* ---- notification ---- */

/* Between hold and release (they nest) ::changed is not emitted; release emits it once: with
 * the path when one thing changed; when several values changed (and no list), with the
 * deepest path that holds them all — an indicator's actual value and the text that prints
 * it give "indicators[2].children[0].children[3]" —; with "" (anything may have changed) when
 * a list changed among other things. For edits of many values, so that listeners recompute
 * once, and only what is under that path. An undo or redo of a step notifies the same way. */
void     jx_document_hold_changes    (JxDocument *self);
void     jx_document_release_changes (JxDocument *self);

/* ---- undo ---- */

/* Everything between begin and end is one undo step. Nests. */
void     jx_document_begin_group (JxDocument *self, const char *label);
void     jx_document_end_group   (JxDocument *self);
/* Successive sets of the same path merge into one step until this is called (the UI calls
 * it when the focus leaves a field): typing in one field is one step. */
void     jx_document_break_merge (JxDocument *self);
gboolean jx_document_can_undo    (JxDocument *self);
gboolean jx_document_can_redo    (JxDocument *self);
gboolean jx_document_undo        (JxDocument *self);
gboolean jx_document_redo        (JxDocument *self);
/* The label of the step undo would revert, or NULL. */
const char *jx_document_get_undo_label (JxDocument *self);
const char *jx_document_get_redo_label (JxDocument *self);

G_END_DECLS
