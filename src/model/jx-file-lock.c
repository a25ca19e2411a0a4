/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "jx-file"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <signal.h>
#include <stdlib.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include "jx-file-lock.h"

#define GROUP "Lock"
#define MAX_ATTEMPTS 4
#define MAX_LOCK_BYTES 4096

struct _JxFileLock
{
  char *path;
  int   fd;
};

/* The lock files this process holds: a second flock() from this process on one of them
 * fails as another process's would, and the process id cannot tell (the same in every
 * Flatpak sandbox). */
static GHashTable *held_here;
G_LOCK_DEFINE_STATIC (held_here);

static gboolean
is_held_here (const char *path)
{
  gboolean held;

  G_LOCK (held_here);
  held = held_here != NULL && g_hash_table_contains (held_here, path);
  G_UNLOCK (held_here);
  return held;
}

void
jx_lock_owner_free (JxLockOwner *owner)
{
  if (owner == NULL)
    return;
  g_free (owner->user);
  g_free (owner->real_name);
  g_free (owner->host);
  g_clear_pointer (&owner->time, g_date_time_unref);
  g_free (owner);
}

char *
jx_lock_owner_describe (const JxLockOwner *owner)
{
  g_autofree char *who = NULL;
  g_autofree char *when = NULL;

  g_return_val_if_fail (owner != NULL, NULL);

  if (owner->real_name != NULL && owner->real_name[0] != '\0' && g_strcmp0 (owner->real_name, owner->user) != 0)
    who = g_strdup_printf ("%s (%s)", owner->real_name, owner->user);
  else
    who = g_strdup (owner->user);
  if (owner->time == NULL)
    /* Translators: who holds a document open: "zhangsan on host-a". */
    return g_strdup_printf (_("%s on %s"), who, owner->host);
  {
    g_autoptr(GDateTime) local = g_date_time_to_local (owner->time);
    /* Translators: a date and time, see g_date_time_format(). */
    when = g_date_time_format (local, _("%Y-%m-%d %H:%M"));
  }
  /* Translators: who holds a document open and since when: "zhangsan on host-a, since 2026-12-03 09:12". */
  return g_strdup_printf (_("%s on %s, since %s"), who, owner->host, when);
}

/* The lock sits beside the file itself: two names of one file share it. */
char *
jx_file_lock_path (GFile *document)
{
  g_autofree char *path = g_file_get_path (document);
  g_autofree char *real = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *base = NULL;
  g_autofree char *name = NULL;

  if (path == NULL)
    return NULL;
  real = realpath (path, NULL);
  dir = g_path_get_dirname (real != NULL ? real : path);
  base = g_path_get_basename (real != NULL ? real : path);
  name = g_strdup_printf (".~lock.%s#", base);
  return g_build_filename (dir, name, NULL);
}

static char *
owner_text (void)
{
  g_autoptr(GKeyFile) key_file = g_key_file_new ();
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *stamp = g_date_time_format_iso8601 (now);
  const char *real = g_get_real_name ();

  g_key_file_set_string (key_file, GROUP, "user", g_get_user_name ());
  g_key_file_set_string (key_file, GROUP, "name", g_strcmp0 (real, "Unknown") != 0 ? real : "");
  g_key_file_set_string (key_file, GROUP, "host", g_get_host_name ());
  g_key_file_set_integer (key_file, GROUP, "pid", (int) getpid ());
  g_key_file_set_string (key_file, GROUP, "time", stamp);
  g_key_file_set_string (key_file, GROUP, "application", "Jixiao " PACKAGE_VERSION);
  return g_key_file_to_data (key_file, NULL, NULL);
}

static JxLockOwner *
read_owner (int fd)
{
  g_autoptr(GKeyFile) key_file = g_key_file_new ();
  g_autofree char *stamp = NULL;
  char buf[MAX_LOCK_BYTES + 1];
  JxLockOwner *owner;
  gssize n = pread (fd, buf, MAX_LOCK_BYTES, 0);

  owner = g_new0 (JxLockOwner, 1);
  if (n > 0)
    {
      buf[n] = '\0';
      g_key_file_load_from_data (key_file, buf, (gsize) n, G_KEY_FILE_NONE, NULL);
    }
  owner->user = g_key_file_get_string (key_file, GROUP, "user", NULL);
  owner->real_name = g_key_file_get_string (key_file, GROUP, "name", NULL);
  owner->host = g_key_file_get_string (key_file, GROUP, "host", NULL);
  owner->pid = g_key_file_get_integer (key_file, GROUP, "pid", NULL);
  stamp = g_key_file_get_string (key_file, GROUP, "time", NULL);
  owner->time = stamp != NULL ? g_date_time_new_from_iso8601 (stamp, NULL) : NULL;
  /* A lock written by someone else (or half written): still a lock. */
  if (owner->user == NULL || !g_utf8_validate (owner->user, -1, NULL))
    {
      g_free (owner->user);
      owner->user = g_strdup (_("someone"));
    }
  if (owner->host == NULL || !g_utf8_validate (owner->host, -1, NULL))
    {
      g_free (owner->host);
      owner->host = g_strdup (_("another computer"));
    }
  if (owner->real_name != NULL && !g_utf8_validate (owner->real_name, -1, NULL))
    g_clear_pointer (&owner->real_name, g_free);
  return owner;
}

static gboolean
process_running (int pid)
{
  return pid > 0 && (kill ((pid_t) pid, 0) == 0 || errno == EPERM);
}

/* Whether the lock open on `fd` (we hold no flock on it) is held by a live session. When it
 * is not and `take` is set, this process now holds it (the flock) and may rewrite it. */
static gboolean
held_by_other (int                fd,
               const JxLockOwner *owner,
               gboolean          *flock_taken)
{
  gboolean this_host = g_strcmp0 (owner->host, g_get_host_name ()) == 0;

  *flock_taken = FALSE;
  if (flock (fd, LOCK_EX | LOCK_NB) == 0)
    {
      *flock_taken = TRUE;
      /* Nobody holds it: stale on this host; from another host locks may not reach us. */
      return !this_host;
    }
  if (errno == EWOULDBLOCK)
    return TRUE;
  /* No flock() on this file system: the process id is all there is. */
  return !this_host || (owner->pid != (int) getpid () && process_running (owner->pid));
}

static gboolean
write_owner (int fd)
{
  g_autofree char *text = owner_text ();
  gsize length = strlen (text);

  return ftruncate (fd, 0) == 0 && pwrite (fd, text, length, 0) == (gssize) length;
}

static gboolean
same_inode (int         fd,
            const char *path)
{
  struct stat a, b;

  return fstat (fd, &a) == 0 && lstat (path, &b) == 0 && a.st_dev == b.st_dev && a.st_ino == b.st_ino;
}

static JxFileLock *
lock_new (char *path,
          int   fd)
{
  JxFileLock *lock = g_new0 (JxFileLock, 1);

  lock->path = path;
  lock->fd = fd;
  G_LOCK (held_here);
  if (held_here == NULL)
    held_here = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_hash_table_insert (held_here, g_strdup (path),
                       GINT_TO_POINTER (GPOINTER_TO_INT (g_hash_table_lookup (held_here, path)) + 1));
  G_UNLOCK (held_here);
  g_info ("Locked %s", path);
  return lock;
}

JxFileLock *
jx_file_lock_acquire (GFile            *document,
                      JxFileLockFlags   flags,
                      JxLockOwner     **holder,
                      GError          **error)
{
  g_autofree char *path = NULL;
  int attempt;

  g_return_val_if_fail (G_IS_FILE (document), NULL);
  if (holder != NULL)
    *holder = NULL;

  path = jx_file_lock_path (document);
  if (path == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED, "no local path");
      return NULL;
    }

  for (attempt = 0; attempt < MAX_ATTEMPTS; attempt++)
    {
      g_autoptr(JxLockOwner) owner = NULL;
      gboolean flock_taken;
      int fd = open (path, O_RDWR | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0644);

      if (fd >= 0)
        {
          (void) flock (fd, LOCK_EX | LOCK_NB);
          if (!write_owner (fd))
            g_debug ("Cannot write the lock %s: %s", path, g_strerror (errno));
          return lock_new (g_steal_pointer (&path), fd);
        }
      if (errno != EEXIST)
        {
          int saved_errno = errno;
          g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                       "%s: %s", path, g_strerror (saved_errno));
          return NULL;
        }

      fd = open (path, O_RDWR | O_NOFOLLOW | O_CLOEXEC);
      if (fd < 0)
        {
          if (errno == ENOENT)
            continue;   /* released meanwhile */
          g_set_error (error, G_IO_ERROR, g_io_error_from_errno (errno), "%s: %s", path, g_strerror (errno));
          return NULL;
        }
      owner = read_owner (fd);
      if (is_held_here (path) && !(flags & JX_FILE_LOCK_TAKE_OVER))
        {
          /* Open in another window of this process: that window has it, nobody to warn. */
          close (fd);
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_EXISTS, "%s: held by this process", path);
          return NULL;
        }
      if (held_by_other (fd, owner, &flock_taken) && !(flags & JX_FILE_LOCK_TAKE_OVER))
        {
          close (fd);
          if (holder != NULL)
            *holder = g_steal_pointer (&owner);
          return NULL;
        }
      if (flock_taken)
        {
          /* Ours now (stale, or taken over): rewritten in place, unless it went meanwhile. */
          if (!same_inode (fd, path))
            {
              close (fd);
              continue;
            }
          g_info ("Taking over the lock %s of %s (pid %d)", path, owner->user, owner->pid);
          write_owner (fd);
          return lock_new (g_steal_pointer (&path), fd);
        }
      /* Taken over from a live holder: a lock file of our own in its place. The holder's
       * release sees it is not its own and leaves it. */
      close (fd);
      g_info ("Taking over the lock %s from %s (pid %d), as asked", path, owner->user, owner->pid);
      if (g_unlink (path) != 0 && errno != ENOENT)
        {
          g_set_error (error, G_IO_ERROR, g_io_error_from_errno (errno), "%s: %s", path, g_strerror (errno));
          return NULL;
        }
    }
  g_set_error (error, G_IO_ERROR, G_IO_ERROR_BUSY, "%s: %s", path, g_strerror (EBUSY));
  return NULL;
}

JxLockOwner *
jx_file_lock_query (GFile *document)
{
  g_autofree char *path = jx_file_lock_path (document);
  JxLockOwner *owner;
  gboolean flock_taken;
  int fd;

  if (path == NULL || (fd = open (path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC)) < 0)
    return NULL;
  owner = read_owner (fd);
  if (!is_held_here (path) && !held_by_other (fd, owner, &flock_taken))
    g_clear_pointer (&owner, jx_lock_owner_free);
  close (fd);   /* and with it any flock taken */
  return owner;
}

gboolean
jx_file_lock_is_for (JxFileLock *lock,
                     GFile      *document)
{
  g_autofree char *path = NULL;

  g_return_val_if_fail (lock != NULL, FALSE);
  path = jx_file_lock_path (document);
  return path != NULL && g_str_equal (path, lock->path);
}

void
jx_file_lock_release (JxFileLock *lock)
{
  if (lock == NULL)
    return;
  G_LOCK (held_here);
  {
    int n = GPOINTER_TO_INT (g_hash_table_lookup (held_here, lock->path)) - 1;
    if (n > 0)
      g_hash_table_insert (held_here, g_strdup (lock->path), GINT_TO_POINTER (n));
    else
      g_hash_table_remove (held_here, lock->path);
  }
  G_UNLOCK (held_here);
  if (same_inode (lock->fd, lock->path))
    {
      g_unlink (lock->path);
      g_info ("Unlocked %s", lock->path);
    }
  close (lock->fd);
  g_free (lock->path);
  g_free (lock);
}
