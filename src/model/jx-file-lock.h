/* SPDX-License-Identifier: GPL-3.0-or-later */
/* jx-file-lock.h: "this document is open" — a lock file beside the document, as LibreOffice
 * does: ".~lock.NAME#" in the document's folder (beside a symbolic link's target), a key
 * file saying who (user, real name, host, process, since when). The process that holds it
 * also holds an flock() on it, so whether it is still running needs no process id (a
 * Flatpak sandbox gives every run the same one): a lock nobody holds on this host is stale
 * and is taken over. A lock from another host cannot be tested that way and counts as held.
 * The lock is removed when the document is closed or the application exits; after a crash
 * it is left, and the next open takes it over. */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

typedef struct {
  char      *user;        /* login name */
  char      *real_name;   /* may be empty */
  char      *host;
  int        pid;
  GDateTime *time;        /* when it was opened; NULL when the file does not say */
} JxLockOwner;

void         jx_lock_owner_free      (JxLockOwner *owner);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (JxLockOwner, jx_lock_owner_free)
/* "张三 (zhangsan) on host-a, since 2026-12-03 09:12" (translated). */
char        *jx_lock_owner_describe  (const JxLockOwner *owner);

typedef struct _JxFileLock JxFileLock;

typedef enum {
  JX_FILE_LOCK_TAKE_OVER = 1 << 0,   /* even from a holder that seems alive ("open anyway") */
} JxFileLockFlags;

/* The lock file of `document`; NULL for a file with no local path. */
char        *jx_file_lock_path       (GFile            *document);
/* Locks `document` for this process. NULL when another live session holds it (`holder` then
 * says who, unless TAKE_OVER), when this process holds it already (G_IO_ERROR_EXISTS: in
 * another window) or when the lock cannot be written (`error`: a read-only folder; the
 * document can still be opened). */
JxFileLock  *jx_file_lock_acquire    (GFile            *document,
                                      JxFileLockFlags   flags,
                                      JxLockOwner     **holder,
                                      GError          **error);
/* Who holds the lock of `document` now, or NULL (none, or stale). */
JxLockOwner *jx_file_lock_query      (GFile            *document);
/* Whether this lock is for `document` (the same lock file). */
gboolean     jx_file_lock_is_for     (JxFileLock       *lock,
                                      GFile            *document);
/* Removes the lock file (if it is still this lock's) and frees the lock. */
void         jx_file_lock_release    (JxFileLock       *lock);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (JxFileLock, jx_file_lock_release)

G_END_DECLS
