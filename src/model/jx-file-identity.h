/* SPDX-License-Identifier: GPL-3.0-or-later */
/* jx-file-identity.h: which file a path names and which version of it is there: device and
 * inode (the same file under two names: a symbolic link, "./x" and "x"), modification time
 * and size (someone saved over it). A document remembers the identity of what it loaded and
 * of what it last saved; before overwriting it checks that the file is still that one. */
#pragma once

#include <gio/gio.h>
#include <sys/stat.h>

G_BEGIN_DECLS

typedef struct {
  gboolean known;      /* FALSE: never looked at (a new document) */
  gboolean exists;     /* FALSE: there was no file */
  guint64  device;
  guint64  inode;
  gint64   mtime_sec;
  glong    mtime_nsec;
  guint64  size;
} JxFileIdentity;

#define JX_FILE_IDENTITY_UNKNOWN ((JxFileIdentity) { FALSE, FALSE, 0, 0, 0, 0, 0 })

void     jx_file_identity_from_stat  (JxFileIdentity       *identity,
                                      const struct stat    *st);
/* Looks at `file` now, following symbolic links. A missing file gives `exists` FALSE;
 * FALSE is returned (and `identity` unknown) only when it cannot be looked at (no path,
 * no permission). */
gboolean jx_file_identity_query      (GFile                *file,
                                      JxFileIdentity       *identity);
/* The same version of the same file: device, inode, time and size all equal. */
gboolean jx_file_identity_unchanged  (const JxFileIdentity *a,
                                      const JxFileIdentity *b);
/* The same file (device and inode), whatever its version. */
gboolean jx_file_identity_same_file  (const JxFileIdentity *a,
                                      const JxFileIdentity *b);
/* "dev:ino:sec.nsec:size" for a key file, and back (FALSE when `text` is not one). */
char    *jx_file_identity_to_string  (const JxFileIdentity *identity);
gboolean jx_file_identity_parse      (const char           *text,
                                      JxFileIdentity       *identity);

G_END_DECLS
