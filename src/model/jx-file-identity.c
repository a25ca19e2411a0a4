/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "jx-file"

#include "config.h"

#include <errno.h>
#include <glib/gstdio.h>
#include <stdio.h>

#include "jx-file-identity.h"

void
jx_file_identity_from_stat (JxFileIdentity    *identity,
                            const struct stat *st)
{
  identity->known = TRUE;
  identity->exists = TRUE;
  identity->device = (guint64) st->st_dev;
  identity->inode = (guint64) st->st_ino;
  identity->mtime_sec = (gint64) st->st_mtim.tv_sec;
  identity->mtime_nsec = st->st_mtim.tv_nsec;
  identity->size = (guint64) st->st_size;
}

gboolean
jx_file_identity_query (GFile          *file,
                        JxFileIdentity *identity)
{
  g_autofree char *path = NULL;
  struct stat st;

  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  *identity = JX_FILE_IDENTITY_UNKNOWN;
  path = g_file_get_path (file);
  if (path == NULL)
    return FALSE;
  if (stat (path, &st) != 0)
    {
      if (errno != ENOENT && errno != ENOTDIR)
        return FALSE;
      identity->known = TRUE;   /* known to be missing */
      return TRUE;
    }
  jx_file_identity_from_stat (identity, &st);
  return TRUE;
}

gboolean
jx_file_identity_same_file (const JxFileIdentity *a,
                            const JxFileIdentity *b)
{
  return a->known && b->known && a->exists && b->exists
         && a->device == b->device && a->inode == b->inode;
}

gboolean
jx_file_identity_unchanged (const JxFileIdentity *a,
                            const JxFileIdentity *b)
{
  if (!a->known || !b->known || a->exists != b->exists)
    return FALSE;
  if (!a->exists)
    return TRUE;
  return jx_file_identity_same_file (a, b)
         && a->mtime_sec == b->mtime_sec && a->mtime_nsec == b->mtime_nsec
         && a->size == b->size;
}

char *
jx_file_identity_to_string (const JxFileIdentity *identity)
{
  if (!identity->known)
    return g_strdup ("");
  if (!identity->exists)
    return g_strdup ("none");
  return g_strdup_printf ("%" G_GUINT64_FORMAT ":%" G_GUINT64_FORMAT ":%" G_GINT64_FORMAT ".%09ld:%" G_GUINT64_FORMAT,
                          identity->device, identity->inode, identity->mtime_sec,
                          identity->mtime_nsec, identity->size);
}

gboolean
jx_file_identity_parse (const char     *text,
                        JxFileIdentity *identity)
{
  guint64 device, inode, size;
  gint64 sec;
  long nsec;
  int end = 0;

  *identity = JX_FILE_IDENTITY_UNKNOWN;
  if (text == NULL || text[0] == '\0')
    return FALSE;
  if (g_str_equal (text, "none"))
    {
      identity->known = TRUE;
      return TRUE;
    }
  if (sscanf (text, "%" G_GUINT64_FORMAT ":%" G_GUINT64_FORMAT ":%" G_GINT64_FORMAT ".%ld:%" G_GUINT64_FORMAT "%n",
              &device, &inode, &sec, &nsec, &size, &end) != 5 || text[end] != '\0')
    return FALSE;
  identity->known = TRUE;
  identity->exists = TRUE;
  identity->device = device;
  identity->inode = inode;
  identity->mtime_sec = sec;
  identity->mtime_nsec = nsec;
  identity->size = size;
  return TRUE;
}
