/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "jx-autosave"

#include "config.h"

#include <errno.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <signal.h>
#include <unistd.h>

#include "jx-autosave.h"
#include "jx-save.h"

#define GROUP "Autosave"
#define DEFAULT_INTERVAL 60

struct _JxAutosave
{
  GObject     parent_instance;

  JxDocument *document;
  GFile      *file;        /* <dir>/<pid>-<n>.jixiao */
  GFile      *info;        /* <dir>/<pid>-<n>.ini */
  gulong      changed_id;
  gulong      modified_id;
  guint       timeout_id;
  gboolean    dirty;       /* changed since the last write */
  gboolean    written;     /* the files exist */
};

G_DEFINE_FINAL_TYPE (JxAutosave, jx_autosave, G_TYPE_OBJECT)

char *
jx_autosave_dup_dir (void)
{
  return g_build_filename (g_get_user_state_dir (), "jixiao", "autosave", NULL);
}

guint
jx_autosave_get_interval (void)
{
  const char *env = g_getenv ("JIXIAO_AUTOSAVE_SECONDS");
  guint64 seconds;

  if (env != NULL && g_ascii_string_to_unsigned (env, 10, 1, 24 * 3600, &seconds, NULL))
    return (guint) seconds;
  return DEFAULT_INTERVAL;
}

static gboolean
on_timeout (gpointer data)
{
  JxAutosave *self = data;
  g_autoptr(GError) error = NULL;

  if (!jx_autosave_write (self, &error))
    g_warning ("Autosave failed: %s", error->message);
  return G_SOURCE_CONTINUE;
}

static void
on_changed (JxDocument *document,
            const char *path,
            JxAutosave *self)
{
  self->dirty = TRUE;
}

static void
on_modified (JxDocument *document,
             GParamSpec *pspec,
             JxAutosave *self)
{
  /* Saved, or undone back to what is on disk: nothing to keep. */
  if (!jx_document_get_modified (document))
    jx_autosave_discard (self);
}

static void
jx_autosave_dispose (GObject *object)
{
  JxAutosave *self = (JxAutosave *) object;

  g_clear_handle_id (&self->timeout_id, g_source_remove);
  jx_autosave_set_document (self, NULL);
  G_OBJECT_CLASS (jx_autosave_parent_class)->dispose (object);
}

static void
jx_autosave_finalize (GObject *object)
{
  JxAutosave *self = (JxAutosave *) object;

  g_clear_object (&self->file);
  g_clear_object (&self->info);
  G_OBJECT_CLASS (jx_autosave_parent_class)->finalize (object);
}

static void
jx_autosave_class_init (JxAutosaveClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = jx_autosave_dispose;
  object_class->finalize = jx_autosave_finalize;
}

static void
jx_autosave_init (JxAutosave *self)
{
  static guint serial;
  g_autofree char *dir = jx_autosave_dup_dir ();
  g_autofree char *base = g_strdup_printf ("%d-%u", (int) getpid (), ++serial);
  g_autofree char *doc_name = g_strconcat (base, ".jixiao", NULL);
  g_autofree char *info_name = g_strconcat (base, ".ini", NULL);
  g_autofree char *doc_path = g_build_filename (dir, doc_name, NULL);
  g_autofree char *info_path = g_build_filename (dir, info_name, NULL);

  self->file = g_file_new_for_path (doc_path);
  self->info = g_file_new_for_path (info_path);
  self->timeout_id = g_timeout_add_seconds (jx_autosave_get_interval (), on_timeout, self);
}

JxAutosave *
jx_autosave_new (void)
{
  return g_object_new (JX_TYPE_AUTOSAVE, NULL);
}

void
jx_autosave_set_document (JxAutosave *self,
                          JxDocument *document)
{
  g_return_if_fail (JX_IS_AUTOSAVE (self));
  g_return_if_fail (document == NULL || JX_IS_DOCUMENT (document));

  if (self->document == document)
    return;
  if (self->document != NULL)
    {
      g_clear_signal_handler (&self->changed_id, self->document);
      g_clear_signal_handler (&self->modified_id, self->document);
    }
  g_set_object (&self->document, document);
  /* A restored document has unsaved changes that were never written by this process. */
  self->dirty = document != NULL && jx_document_get_modified (document);
  if (document != NULL)
    {
      self->changed_id = g_signal_connect (document, "changed", G_CALLBACK (on_changed), self);
      self->modified_id = g_signal_connect (document, "notify::modified", G_CALLBACK (on_modified), self);
    }
  if (document == NULL || !jx_document_get_modified (document))
    jx_autosave_discard (self);
}

gboolean
jx_autosave_write (JxAutosave  *self,
                   GError     **error)
{
  g_autoptr(GKeyFile) key_file = NULL;
  g_autoptr(GDateTime) now = NULL;
  g_autofree char *json = NULL;
  g_autofree char *info = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *title = NULL;
  g_autofree char *stamp = NULL;
  GFile *original;
  gsize length = 0;
  gsize info_length = 0;

  g_return_val_if_fail (JX_IS_AUTOSAVE (self), FALSE);

  if (self->document == NULL || !self->dirty || !jx_document_get_modified (self->document))
    return TRUE;

  dir = jx_autosave_dup_dir ();
  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      int saved_errno = errno;
      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   _("Cannot create the folder “%s”: %s"), dir, g_strerror (saved_errno));
      return FALSE;
    }

  json = jx_doc_data_to_json (jx_document_get_data (self->document), &length);
  if (!jx_write_file_atomic (self->file, json, length, error))
    return FALSE;

  key_file = g_key_file_new ();
  now = g_date_time_new_now_local ();
  stamp = g_date_time_format_iso8601 (now);
  title = jx_document_dup_title (self->document);
  original = jx_document_get_file (self->document);
  g_key_file_set_integer (key_file, GROUP, "pid", (int) getpid ());
  g_key_file_set_string (key_file, GROUP, "document", g_file_peek_path (self->file));
  if (original != NULL)
    {
      g_autofree char *uri = g_file_get_uri (original);
      g_key_file_set_string (key_file, GROUP, "original", uri);
    }
  g_key_file_set_string (key_file, GROUP, "title", title);
  g_key_file_set_string (key_file, GROUP, "time", stamp);
  info = g_key_file_to_data (key_file, &info_length, NULL);
  if (!jx_write_file_atomic (self->info, info, info_length, error))
    return FALSE;

  self->dirty = FALSE;
  self->written = TRUE;
  g_info ("Autosaved %s to %s", title, g_file_peek_path (self->file));
  return TRUE;
}

void
jx_autosave_discard (JxAutosave *self)
{
  g_return_if_fail (JX_IS_AUTOSAVE (self));

  if (!self->written)
    return;
  g_file_delete (self->info, NULL, NULL);
  g_file_delete (self->file, NULL, NULL);
  self->written = FALSE;
  self->dirty = self->document != NULL && jx_document_get_modified (self->document);
  g_info ("Removed the autosave %s", g_file_peek_path (self->file));
}

GFile *
jx_autosave_get_file (JxAutosave *self)
{
  g_return_val_if_fail (JX_IS_AUTOSAVE (self), NULL);
  return self->file;
}

/* ---- orphans ---- */

void
jx_autosave_orphan_free (JxAutosaveOrphan *orphan)
{
  if (orphan == NULL)
    return;
  g_clear_object (&orphan->document);
  g_clear_object (&orphan->info);
  g_clear_object (&orphan->original);
  g_clear_pointer (&orphan->time, g_date_time_unref);
  g_free (orphan->title);
  g_free (orphan);
}

void
jx_autosave_orphan_remove (const JxAutosaveOrphan *orphan)
{
  g_return_if_fail (orphan != NULL);

  g_file_delete (orphan->info, NULL, NULL);
  g_file_delete (orphan->document, NULL, NULL);
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

static JxAutosaveOrphan *
read_orphan (const char *dir,
             const char *name)
{
  g_autoptr(GKeyFile) key_file = g_key_file_new ();
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autofree char *document = NULL;
  g_autofree char *original = NULL;
  g_autofree char *stamp = NULL;
  JxAutosaveOrphan *orphan;
  int pid;

  if (!g_key_file_load_from_file (key_file, path, G_KEY_FILE_NONE, NULL))
    return NULL;
  pid = g_key_file_get_integer (key_file, GROUP, "pid", NULL);
  document = g_key_file_get_string (key_file, GROUP, "document", NULL);
  if (pid == (int) getpid () || process_running (pid) || document == NULL
      || !g_file_test (document, G_FILE_TEST_IS_REGULAR))
    return NULL;

  orphan = g_new0 (JxAutosaveOrphan, 1);
  orphan->info = g_file_new_for_path (path);
  orphan->document = g_file_new_for_path (document);
  original = g_key_file_get_string (key_file, GROUP, "original", NULL);
  if (original != NULL && original[0] != '\0')
    orphan->original = g_file_new_for_uri (original);
  orphan->title = g_key_file_get_string (key_file, GROUP, "title", NULL);
  if (orphan->title == NULL)
    orphan->title = g_strdup (_("New Document"));
  stamp = g_key_file_get_string (key_file, GROUP, "time", NULL);
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
  GPtrArray *orphans = g_ptr_array_new_with_free_func ((GDestroyNotify) jx_autosave_orphan_free);
  const char *name;

  if (d == NULL)
    return orphans;
  while ((name = g_dir_read_name (d)) != NULL)
    {
      JxAutosaveOrphan *orphan;

      if (!g_str_has_suffix (name, ".ini"))
        continue;
      orphan = read_orphan (dir, name);
      if (orphan != NULL)
        g_ptr_array_add (orphans, orphan);
    }
  g_ptr_array_sort (orphans, newest_first);
  return orphans;
}
