/* SPDX-License-Identifier: GPL-3.0-or-later */
/* jx-autosave.h: unsaved work is written to g_get_user_state_dir()/jixiao/autosave/ every
 * minute (JIXIAO_AUTOSAVE_SECONDS overrides it) and when asked (the window does it when it
 * loses the focus). Each window has its own pair of files, "<pid>-<n>.jixiao" (the document)
 * and "<pid>-<n>.ini" (the file it came from, its title, when); both are written atomically.
 * Saving the document, discarding it and a clean exit remove them. Files left by a process
 * that is no longer running are "orphans": the next start offers to restore them. */
#pragma once

#include "jx-document.h"

G_BEGIN_DECLS

#define JX_TYPE_AUTOSAVE (jx_autosave_get_type ())
G_DECLARE_FINAL_TYPE (JxAutosave, jx_autosave, JX, AUTOSAVE, GObject)

JxAutosave *jx_autosave_new          (void);
void        jx_autosave_set_document (JxAutosave  *self,
                                      JxDocument  *document);
/* Writes the document when it has changes not yet written; TRUE when there was nothing to do
 * or it was written. */
gboolean    jx_autosave_write        (JxAutosave  *self,
                                      GError     **error);
/* Removes this autosave's files. */
void        jx_autosave_discard      (JxAutosave  *self);
/* The autosaved document file (it may not exist yet). */
GFile      *jx_autosave_get_file     (JxAutosave  *self);

/* The folder, and the interval in seconds. */
char       *jx_autosave_dup_dir      (void);
guint       jx_autosave_get_interval (void);

typedef struct {
  GFile     *document;   /* the autosaved document */
  GFile     *info;       /* its key file */
  GFile     *original;   /* the file it was opened from; NULL for a new document */
  char      *title;
  GDateTime *time;
} JxAutosaveOrphan;

void        jx_autosave_orphan_free   (JxAutosaveOrphan *orphan);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (JxAutosaveOrphan, jx_autosave_orphan_free)
void        jx_autosave_orphan_remove (const JxAutosaveOrphan *orphan);
/* The autosaves of processes that are not running any more, newest first (of
 * JxAutosaveOrphan*). */
GPtrArray  *jx_autosave_find_orphans  (void);

G_END_DECLS
