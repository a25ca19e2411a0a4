/* SPDX-License-Identifier: GPL-3.0-or-later */
/* jx-autosave-session.h: which running Jixiao an autosave belongs to. Each process is a
 * session with a random id; its autosaves are named after it, and it holds an flock() on
 * "session-ID.lock" in the autosave folder for as long as it runs. A session whose lock
 * nobody holds has ended (cleanly, or in a crash): its autosaves are orphans. No process
 * id is involved: in a Flatpak sandbox every run has the same one. */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* This process's session id (32 hex digits); its lock is taken in the autosave folder as
 * soon as the folder exists (jx_autosave_session_lock() retries). */
const char *jx_autosave_session_id   (void);
/* Takes this session's lock if it is not held yet (the folder may not have existed). */
gboolean    jx_autosave_session_lock (GError    **error);
/* Removes this session's lock file when none of its autosaves is left (a clean exit). */
void        jx_autosave_session_end  (void);

/* A claim on a session that has ended: while held, no other Jixiao offers its autosaves.
 * Reference counted: one claim for all the autosaves of that session. */
typedef struct _JxSessionClaim JxSessionClaim;

/* A claim on session `id`, or NULL when it is running (this process, or another). */
JxSessionClaim *jx_session_claim_new   (const char     *id);
JxSessionClaim *jx_session_claim_ref   (JxSessionClaim *claim);
/* The last unref removes the ended session's lock file when no autosave of it is left. */
void            jx_session_claim_unref (JxSessionClaim *claim);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (JxSessionClaim, jx_session_claim_unref)

G_END_DECLS
