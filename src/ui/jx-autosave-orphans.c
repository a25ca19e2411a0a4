/* SPDX-License-Identifier: GPL-3.0-or-later */
/* jx-autosave-orphans.c: the autosaves of sessions that have ended without saving or
 * discarding them (a crash, a kill, a power cut): the next start offers to restore them. A
 * session has ended when nobody holds its lock (jx-autosave-session.h); files written by
 * older versions name a process id instead, and count as ended when that process is gone. */
#define G_LOG_DOMAIN "jx-autosave"

#include "config.h"

#include <errno.h>
#include <glib/gi18n.h>
#include <signal.h>
#include <unistd.h>

#include "jx-autosave.h"
#include "jx-autosave-session.h"

void
jx_autosave_orphan_free (JxAutosaveOrphan *orphan)
{
  if (orphan == NULL)
    return;
  g_clear_object (&orphan->document);
  g_clear_object (&orphan->info);
  g_clear_object (&orphan->original);
  g_clear_pointer (&orphan->time, g_date_time_unref);
  g_clear_pointer (&orphan->claim, jx_session_claim_unref);
  g_free (orphan->title);
  g_free (orphan);
}

void
jx_autosave_orphan_remove (const JxAutosaveOrphan *orphan)
{
  g_return_if_fail (orphan != NULL);

  g_file_delete (orphan->info, NULL, NULL);
  g_file_delete (orphan->document, NULL, NULL);
  g_info ("Removed the autosave %s of an ended session", g_file_peek_path (orphan->document));
}

static gboolean
process_running (int pid)
{
  if (pid <= 0)
    return FALSE;
  return kill ((pid_t) pid, 0) == 0 || errno == EPERM;
}

static int
newest_first (gconstpointer a,
              gconstpointer b)
{
  const JxAutosaveOrphan *x = *(JxAutosaveOrphan * const *) a;
  const JxAutosaveOrphan *y = *(JxAutosaveOrphan * const *) b;

  return g_date_time_compare (y->time, x->time);
}

/* The claim on the session that wrote `key_file`, or NULL when that session is running. One
 * claim per session (`claims`): a second flock from this process would fail on it. */
static JxSessionClaim *
claim_session (GKeyFile   *key_file,
               GHashTable *claims)
{
  g_autofree char *session = g_key_file_get_string (key_file, JX_AUTOSAVE_GROUP, "session", NULL);
  JxSessionClaim *claim;

  if (session == NULL || session[0] == '\0')
    return NULL;
  if (g_hash_table_contains (claims, session))
    {
      claim = g_hash_table_lookup (claims, session);
      return claim != NULL ? jx_session_claim_ref (claim) : NULL;
    }
  claim = jx_session_claim_new (session);
  g_hash_table_insert (claims, g_strdup (session), claim);
  return claim != NULL ? jx_session_claim_ref (claim) : NULL;
}

static JxAutosaveOrphan *
read_orphan (const char *dir,
             const char *name,
             GHashTable *claims)
{
  g_autoptr(GKeyFile) key_file = g_key_file_new ();
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autofree char *document = NULL;
  g_autofree char *original = NULL;
  g_autofree char *stamp = NULL;
  g_autofree char *identity = NULL;
  JxSessionClaim *claim = NULL;
  JxAutosaveOrphan *orphan;

  if (!g_key_file_load_from_file (key_file, path, G_KEY_FILE_NONE, NULL))
    return NULL;
  document = g_key_file_get_string (key_file, JX_AUTOSAVE_GROUP, "document", NULL);
  if (document == NULL || !g_file_test (document, G_FILE_TEST_IS_REGULAR))
    return NULL;
  if (g_key_file_has_key (key_file, JX_AUTOSAVE_GROUP, "session", NULL))
    {
      if ((claim = claim_session (key_file, claims)) == NULL)
        return NULL;   /* its session is running, in this process or another */
    }
  else
    {
      /* Written before sessions: by a process id. */
      int pid = g_key_file_get_integer (key_file, JX_AUTOSAVE_GROUP, "pid", NULL);
      if (pid == (int) getpid () || process_running (pid))
        return NULL;
    }

  orphan = g_new0 (JxAutosaveOrphan, 1);
  orphan->claim = claim;
  orphan->info = g_file_new_for_path (path);
  orphan->document = g_file_new_for_path (document);
  original = g_key_file_get_string (key_file, JX_AUTOSAVE_GROUP, "original", NULL);
  if (original != NULL && original[0] != '\0')
    orphan->original = g_file_new_for_uri (original);
  identity = g_key_file_get_string (key_file, JX_AUTOSAVE_GROUP, "identity", NULL);
  jx_file_identity_parse (identity, &orphan->identity);
  orphan->title = g_key_file_get_string (key_file, JX_AUTOSAVE_GROUP, "title", NULL);
  if (orphan->title == NULL)
    orphan->title = g_strdup (_("New Document"));
  stamp = g_key_file_get_string (key_file, JX_AUTOSAVE_GROUP, "time", NULL);
  orphan->time = stamp != NULL ? g_date_time_new_from_iso8601 (stamp, NULL) : NULL;
  if (orphan->time == NULL)
    orphan->time = g_date_time_new_now_local ();
  return orphan;
}

GPtrArray *
jx_autosave_find_orphans (void)
{
  g_autofree char *dir = jx_autosave_dup_dir ();
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  g_autoptr(GHashTable) claims = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                         (GDestroyNotify) jx_session_claim_unref);
  GPtrArray *orphans = g_ptr_array_new_with_free_func ((GDestroyNotify) jx_autosave_orphan_free);
  const char *name;

  if (d == NULL)
    return orphans;
  while ((name = g_dir_read_name (d)) != NULL)
    {
      JxAutosaveOrphan *orphan;

      /* The lock of a session that ended with nothing unsaved goes (the claim's last unref). */
      if (g_str_has_prefix (name, "session-") && g_str_has_suffix (name, ".lock"))
        {
          g_autofree char *id = g_strndup (name + strlen ("session-"), strlen (name) - strlen ("session-.lock"));
          if (!g_hash_table_contains (claims, id))
            g_hash_table_insert (claims, g_strdup (id), jx_session_claim_new (id));
          continue;
        }
      if (!g_str_has_suffix (name, ".ini"))
        continue;
      orphan = read_orphan (dir, name, claims);
      if (orphan != NULL)
        g_ptr_array_add (orphans, orphan);
    }
  g_ptr_array_sort (orphans, newest_first);
  return orphans;
}
