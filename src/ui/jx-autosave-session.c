/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "jx-autosave"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <sys/file.h>
#include <unistd.h>

#include "jx-autosave.h"
#include "jx-autosave-session.h"

struct _JxSessionClaim
{
  int   ref_count;
  int   fd;       /* holds the flock */
  char *id;
  char *path;
};

static char *session_id;
static int   session_fd = -1;

static char *
lock_path (const char *id)
{
  g_autofree char *dir = jx_autosave_dup_dir ();
  g_autofree char *name = g_strdup_printf ("session-%s.lock", id);

  return g_build_filename (dir, name, NULL);
}

const char *
jx_autosave_session_id (void)
{
  if (session_id == NULL)
    {
      g_autofree char *uuid = g_uuid_string_random ();
      GString *hex = g_string_new (NULL);
      const char *p;

      for (p = uuid; *p != '\0'; p++)
        if (*p != '-')
          g_string_append_c (hex, *p);
      session_id = g_string_free (hex, FALSE);
    }
  return session_id;
}

gboolean
jx_autosave_session_lock (GError **error)
{
  g_autofree char *path = NULL;
  int fd;

  if (session_fd >= 0)
    return TRUE;
  path = lock_path (jx_autosave_session_id ());
  fd = open (path, O_RDWR | O_CREAT | O_NOFOLLOW | O_CLOEXEC, 0600);
  if (fd < 0)
    {
      int saved_errno = errno;
      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   "%s: %s", path, g_strerror (saved_errno));
      return FALSE;
    }
  if (flock (fd, LOCK_EX | LOCK_NB) != 0)
    g_debug ("No flock on %s: %s", path, g_strerror (errno));
  session_fd = fd;
  g_info ("Session %s", session_id);
  return TRUE;
}

/* Whether an autosave of session `id` is left in the folder. */
static gboolean
has_autosaves (const char *id)
{
  g_autofree char *dir = jx_autosave_dup_dir ();
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  g_autofree char *prefix = g_strconcat (id, "-", NULL);
  const char *name;

  while (d != NULL && (name = g_dir_read_name (d)) != NULL)
    if (g_str_has_prefix (name, prefix))
      return TRUE;
  return FALSE;
}

void
jx_autosave_session_end (void)
{
  g_autofree char *path = NULL;

  if (session_fd < 0)
    return;
  /* Autosaves kept (work not saved): the lock file says whose they are, and that it ended. */
  if (!has_autosaves (session_id))
    {
      path = lock_path (session_id);
      g_unlink (path);
    }
  close (session_fd);
  session_fd = -1;
}

JxSessionClaim *
jx_session_claim_new (const char *id)
{
  g_autofree char *path = NULL;
  JxSessionClaim *claim;
  int fd;

  g_return_val_if_fail (id != NULL, NULL);

  if (g_str_equal (id, jx_autosave_session_id ()))
    return NULL;
  path = lock_path (id);
  fd = open (path, O_RDWR | O_CREAT | O_NOFOLLOW | O_CLOEXEC, 0600);
  if (fd < 0)
    return NULL;
  if (flock (fd, LOCK_EX | LOCK_NB) != 0)
    {
      /* Running (or claimed by another Jixiao offering its autosaves right now). */
      close (fd);
      return NULL;
    }
  claim = g_new0 (JxSessionClaim, 1);
  claim->ref_count = 1;
  claim->fd = fd;
  claim->id = g_strdup (id);
  claim->path = g_steal_pointer (&path);
  return claim;
}

JxSessionClaim *
jx_session_claim_ref (JxSessionClaim *claim)
{
  g_return_val_if_fail (claim != NULL, NULL);
  claim->ref_count++;
  return claim;
}

void
jx_session_claim_unref (JxSessionClaim *claim)
{
  if (claim == NULL || --claim->ref_count > 0)
    return;
  if (!has_autosaves (claim->id))
    g_unlink (claim->path);
  close (claim->fd);
  g_free (claim->id);
  g_free (claim->path);
  g_free (claim);
}
