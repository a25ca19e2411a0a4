/* SPDX-License-Identifier: GPL-3.0-or-later */
/* jx-autosave.h: unsaved work is written to g_get_user_state_dir()/jixiao/autosave/ every
 * minute (JIXIAO_AUTOSAVE_SECONDS overrides it) and when asked (the window does it when it
 * loses the focus). Each window has its own pair of files, "<session>-<n>.jixiao" (the
 * document) and "<session>-<n>.ini" (the file it came from and which version of it, its
 * title, when), both written atomically; <session> is this process's random session id,
 * whose lock it holds while it runs (jx-autosave-session.h). Saving the document, discarding
 * it and a clean exit remove them. Files of a session that has ended are "orphans": the next
 * start offers to restore them (jx-autosave-orphans.c). A failing write is reported in the
 * `failure` property until a write succeeds. */
#pragma once

#include "jx-document.h"

G_BEGIN_DECLS

#define JX_AUTOSAVE_GROUP "Autosave"

typedef struct _JxSessionClaim JxSessionClaim;

typedef struct {
  GFile          *document;   /* the autosaved document */
  GFile          *info;       /* its key file */
  GFile          *original;   /* the file it was opened from; NULL for a new document */
  JxFileIdentity  identity;   /* of `original` when the work started (unknown in old files) */
  char           *title;
  GDateTime      *time;
  JxSessionClaim *claim;      /* held while offered: no other Jixiao offers it too */
} JxAutosaveOrphan;

void        jx_autosave_orphan_free   (JxAutosaveOrphan *orphan);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (JxAutosaveOrphan, jx_autosave_orphan_free)
void        jx_autosave_orphan_remove (const JxAutosaveOrphan *orphan);
/* The autosaves of sessions that have ended, newest first (of JxAutosaveOrphan*). */
GPtrArray  *jx_autosave_find_orphans  (void);

#define JX_TYPE_AUTOSAVE (jx_autosave_get_type ())
G_DECLARE_FINAL_TYPE (JxAutosave, jx_autosave, JX, AUTOSAVE, GObject)

JxAutosave *jx_autosave_new          (void);
void        jx_autosave_set_document (JxAutosave  *self,
                                      JxDocument  *document);
/* Writes the document when it has changes not yet written; TRUE when there was nothing to do
 * or it was written. */
gboolean    jx_autosave_write        (JxAutosave  *self,
                                      GError     **error);
/* Removes this autosave's files (and those of an adopted orphan). */
void        jx_autosave_discard      (JxAutosave  *self);
/* The work of `orphan` (taken) is now this autosave's document: its files are removed once
 * this autosave has been written, or the work saved or discarded — never before. */
void        jx_autosave_adopt        (JxAutosave       *self,
                                      JxAutosaveOrphan *orphan);
/* The autosaved document file (it may not exist yet). */
GFile      *jx_autosave_get_file     (JxAutosave  *self);
/* Why autosave is failing, for the clerk ("the disk is full"), or NULL when it works. */
const char *jx_autosave_get_failure  (JxAutosave  *self);

/* The folder, and the interval in seconds. */
char       *jx_autosave_dup_dir      (void);
guint       jx_autosave_get_interval (void);

G_END_DECLS
