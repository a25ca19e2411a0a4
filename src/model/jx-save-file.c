/* SPDX-License-Identifier: GPL-3.0-or-later */
/* jx-save-file.c: atomic writes. The bytes go to a temporary file beside the file (a short
 * name, so that a document name of 255 bytes still saves), are flushed to disk and renamed
 * over it. A symbolic link is followed: the link's target is replaced and the link stays.
 * The replaced file's mode, owner and group are kept where the system allows it. A
 * temporary file left by a save that was killed is removed by the next save of the same
 * file. */
#define G_LOG_DOMAIN "jx-save"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "jx-save.h"

/* ".jx-" + 8 hex digits naming the file + "-" + 6 random characters: 19 bytes. */
#define TEMP_PREFIX ".jx-"
#define TEMP_LENGTH 19
/* A temporary file untouched for this long, with no lock on it, was left by a killed save. */
#define STALE_SECONDS 10
/* Links to follow at most (as the kernel does, ELOOP). */
#define MAX_LINKS 40

/* The file a write to `path` lands in: the end of its chain of symbolic links, or `path`.
 * A link to a file that does not exist yet gives that file. */
static char *
resolve_links (const char *path,
               GError    **error)
{
  g_autofree char *current = g_strdup (path);
  int i;

  for (i = 0; i < MAX_LINKS; i++)
    {
      g_autofree char *target = NULL;
      g_autoptr(GError) local = NULL;
      struct stat st;

      if (lstat (current, &st) != 0 || !S_ISLNK (st.st_mode))
        return g_steal_pointer (&current);
      target = g_file_read_link (current, &local);
      if (target == NULL)
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                       _("Cannot save “%s”: cannot read the link: %s"), path, local->message);
          return NULL;
        }
      if (!g_path_is_absolute (target))
        {
          g_autofree char *dir = g_path_get_dirname (current);
          g_free (current);
          current = g_build_filename (dir, target, NULL);
        }
      else
        {
          g_free (current);
          current = g_steal_pointer (&target);
        }
    }
  g_set_error (error, G_IO_ERROR, G_IO_ERROR_TOO_MANY_LINKS,
               _("Cannot save “%s”: %s"), path, g_strerror (ELOOP));
  return NULL;
}

/* The part of the temporary names that says which file they stand in for. */
static char *
temp_stem (const char *base)
{
  return g_strdup_printf (TEMP_PREFIX "%08x-", g_str_hash (base));
}

gboolean
jx_save_is_temporary_for (const char *document,
                          const char *name)
{
  g_autofree char *stem = NULL;
  const char *p;

  g_return_val_if_fail (document != NULL && name != NULL, FALSE);

  stem = temp_stem (document);
  if (strlen (name) != TEMP_LENGTH || !g_str_has_prefix (name, stem))
    return FALSE;
  /* What g_mkstemp() puts in place of XXXXXX. */
  for (p = name + strlen (stem); *p != '\0'; p++)
    if (!g_ascii_isalnum (*p))
      return FALSE;
  return TRUE;
}

/* A temporary file of ours that no save is writing: no lock on it (a save holds one until
 * its rename) and not touched for STALE_SECONDS (a save that has just created it may not
 * hold the lock yet). */
static gboolean
is_stale (const char *path)
{
  struct stat st;
  gboolean stale = FALSE;
  int fd = open (path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK);

  if (fd < 0)
    return FALSE;
  if (fstat (fd, &st) == 0 && S_ISREG (st.st_mode)
      && time (NULL) - st.st_mtime >= STALE_SECONDS
      && flock (fd, LOCK_EX | LOCK_NB) == 0)
    stale = TRUE;
  close (fd);
  return stale;
}

/* Removes what killed saves of `base` left in `dir`. */
static void
remove_stale_temporaries (const char *dir,
                          const char *base)
{
  g_autoptr(GDir) listing = g_dir_open (dir, 0, NULL);
  const char *name;

  while (listing != NULL && (name = g_dir_read_name (listing)) != NULL)
    if (jx_save_is_temporary_for (base, name))
      {
        g_autofree char *path = g_build_filename (dir, name, NULL);

        if (is_stale (path) && g_unlink (path) == 0)
          g_info ("Removed %s, left by a save that did not finish", path);
      }
}

static gboolean
write_all (int         fd,
           const char *contents,
           gsize       length)
{
  while (length > 0)
    {
      gssize n = write (fd, contents, length);
      if (n < 0)
        {
          if (errno == EINTR)
            continue;
          return FALSE;
        }
      contents += n;
      length -= (gsize) n;
    }
  return TRUE;
}

/* The replaced file's owner, group and mode on the new one, as far as allowed: root keeps
 * both owner and group, a member of the file's group keeps the group. chown first: it may
 * clear the set-id bits that chmod then puts back. */
static void
keep_owner_and_mode (int                fd,
                     const struct stat *st)
{
  struct stat now;

  if (fstat (fd, &now) == 0 && (now.st_uid != st->st_uid || now.st_gid != st->st_gid))
    {
      if (fchown (fd, st->st_uid, st->st_gid) != 0 && now.st_gid != st->st_gid)
        (void) fchown (fd, (uid_t) -1, st->st_gid);
    }
  (void) fchmod (fd, st->st_mode & 07777);
}

/* What the file is once renamed: the rename changes neither inode nor time nor size. */
static gboolean
identity_of (int             fd,
             JxFileIdentity *identity)
{
  struct stat st;

  if (fstat (fd, &st) != 0)
    return FALSE;
  jx_file_identity_from_stat (identity, &st);
  return TRUE;
}

static gboolean
fail_errno (GError    **error,
            const char *path,
            int         saved_errno)
{
  g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
               _("Cannot save “%s”: %s. The file on disk was not changed."),
               path, g_strerror (saved_errno));
  return FALSE;
}

gboolean
jx_write_file_atomic (GFile      *file,
                      const char *contents,
                      gsize       length,
                      GError    **error)
{
  return jx_write_file_atomic_full (file, contents, length, NULL, error);
}

gboolean
jx_write_file_atomic_full (GFile          *file,
                           const char     *contents,
                           gsize           length,
                           JxFileIdentity *written,
                           GError        **error)
{
  g_autofree char *path = g_file_get_path (file);
  g_autofree char *target = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *base = NULL;
  g_autofree char *stem = NULL;
  g_autofree char *tmp = NULL;
  struct stat st;
  int saved_errno;
  int fd;

  if (written != NULL)
    *written = JX_FILE_IDENTITY_UNKNOWN;
  if (path == NULL)
    return g_file_replace_contents (file, contents, length, NULL, FALSE,
                                    G_FILE_CREATE_NONE, NULL, NULL, error);

  target = resolve_links (path, error);
  if (target == NULL)
    return FALSE;
  dir = g_path_get_dirname (target);
  base = g_path_get_basename (target);
  stem = temp_stem (base);
  tmp = g_strdup_printf ("%s/%sXXXXXX", dir, stem);

  remove_stale_temporaries (dir, base);
  fd = g_mkstemp_full (tmp, O_WRONLY | O_CLOEXEC, 0644);
  if (fd < 0)
    {
      saved_errno = errno;
      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   _("Cannot save “%s”: cannot create a file in “%s”: %s"),
                   path, dir, g_strerror (saved_errno));
      return FALSE;
    }
  /* Held until the rename: another save of this file knows it is not left over. */
  (void) flock (fd, LOCK_EX);

  if (g_stat (target, &st) == 0)
    keep_owner_and_mode (fd, &st);

  if (!write_all (fd, contents, length) || fsync (fd) != 0
      || (written != NULL && !identity_of (fd, written)) || g_rename (tmp, target) != 0)
    {
      saved_errno = errno;
      close (fd);
      g_unlink (tmp);
      return fail_errno (error, path, saved_errno);
    }
  if (close (fd) != 0)
    {
      /* Renamed already: the data was flushed by fsync, only the close failed. */
      g_debug ("close after saving %s: %s", target, g_strerror (errno));
    }

  /* Make the rename itself durable. */
  fd = open (dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd >= 0)
    {
      (void) fsync (fd);
      close (fd);
    }
  return TRUE;
}
