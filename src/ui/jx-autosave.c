/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "jx-autosave"

#include "config.h"

#include <errno.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <unistd.h>

#include "jx-autosave.h"
#include "jx-autosave-session.h"
#include "jx-save.h"

#define DEFAULT_INTERVAL 60

struct _JxAutosave
{
  GObject           parent_instance;

  JxDocument       *document;
  GFile            *file;        /* <dir>/<session>-<n>.jixiao */
  GFile            *info;        /* <dir>/<session>-<n>.ini */
  JxAutosaveOrphan *adopted;     /* restored here: removed once this autosave is written */
  char             *failure;     /* why the last write failed, or NULL */
  gulong            changed_id;
  gulong            modified_id;
  guint             timeout_id;
  gboolean          dirty;       /* changed since the last write */
  gboolean          written;     /* the files exist */
};

G_DEFINE_FINAL_TYPE (JxAutosave, jx_autosave, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_FAILURE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

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

/* What a clerk can make of a failure: the disk is full, the folder cannot be written. */
static char *
describe_failure (const GError *error)
{
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_NO_SPACE))
    return g_strdup (_("the disk is full"));
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_READ_ONLY))
    return g_strdup (_("its folder is on a read-only disk"));
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_PERMISSION_DENIED))
    return g_strdup (_("there is no permission to write to its folder"));
  return g_strdup (error->message);
}

static void
set_failure (JxAutosave   *self,
             const GError *error)
{
  g_autofree char *failure = error != NULL ? describe_failure (error) : NULL;

  if (g_strcmp0 (failure, self->failure) == 0)
    return;
  if (error != NULL)
    g_message ("Autosave failed: %s", error->message);
  else
    g_info ("Autosave works again");
  g_free (self->failure);
  self->failure = g_steal_pointer (&failure);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FAILURE]);
}

static gboolean
on_timeout (gpointer data)
{
  jx_autosave_write (data, NULL);
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
  /* Not written: the work restored is still in the crashed session's files, kept. */
  g_clear_pointer (&self->adopted, jx_autosave_orphan_free);
  G_OBJECT_CLASS (jx_autosave_parent_class)->dispose (object);
}

static void
jx_autosave_finalize (GObject *object)
{
  JxAutosave *self = (JxAutosave *) object;

  g_clear_object (&self->file);
  g_clear_object (&self->info);
  g_free (self->failure);
  G_OBJECT_CLASS (jx_autosave_parent_class)->finalize (object);
}

static void
jx_autosave_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  JxAutosave *self = JX_AUTOSAVE (object);

  switch (prop_id)
    {
    case PROP_FAILURE:
      g_value_set_string (value, self->failure);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
jx_autosave_class_init (JxAutosaveClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = jx_autosave_dispose;
  object_class->finalize = jx_autosave_finalize;
  object_class->get_property = jx_autosave_get_property;

  properties[PROP_FAILURE] =
    g_param_spec_string ("failure", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
jx_autosave_init (JxAutosave *self)
{
  static guint serial;
  g_autofree char *dir = jx_autosave_dup_dir ();
  g_autofree char *base = g_strdup_printf ("%s-%u", jx_autosave_session_id (), ++serial);
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

static char *
info_text (JxAutosave *self)
{
  g_autoptr(GKeyFile) key_file = g_key_file_new ();
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *stamp = g_date_time_format_iso8601 (now);
  g_autofree char *title = jx_document_dup_title (self->document);
  GFile *original = jx_document_get_file (self->document);

  g_key_file_set_string (key_file, JX_AUTOSAVE_GROUP, "session", jx_autosave_session_id ());
  g_key_file_set_integer (key_file, JX_AUTOSAVE_GROUP, "pid", (int) getpid ());
  g_key_file_set_string (key_file, JX_AUTOSAVE_GROUP, "host", g_get_host_name ());
  g_key_file_set_string (key_file, JX_AUTOSAVE_GROUP, "document", g_file_peek_path (self->file));
  if (original != NULL)
    {
      g_autofree char *uri = g_file_get_uri (original);
      g_autofree char *identity = jx_file_identity_to_string (jx_document_get_identity (self->document));

      g_key_file_set_string (key_file, JX_AUTOSAVE_GROUP, "original", uri);
      /* Which version of it the work started from: the check before saving it there. */
      g_key_file_set_string (key_file, JX_AUTOSAVE_GROUP, "identity", identity);
    }
  g_key_file_set_string (key_file, JX_AUTOSAVE_GROUP, "title", title);
  g_key_file_set_string (key_file, JX_AUTOSAVE_GROUP, "time", stamp);
  return g_key_file_to_data (key_file, NULL, NULL);
}

static gboolean
write_files (JxAutosave  *self,
             GError     **error)
{
  g_autofree char *json = NULL;
  g_autofree char *info = NULL;
  g_autofree char *dir = jx_autosave_dup_dir ();
  gsize length = 0;

  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      int saved_errno = errno;
      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   _("Cannot create the folder “%s”: %s"), dir, g_strerror (saved_errno));
      return FALSE;
    }
  /* Ours while this process runs: no other Jixiao takes these files for a crash's. */
  if (!jx_autosave_session_lock (error))
    return FALSE;
  json = jx_doc_data_to_json (jx_document_get_data (self->document), &length);
  if (!jx_write_file_atomic (self->file, json, length, error))
    return FALSE;
  info = info_text (self);
  return jx_write_file_atomic (self->info, info, strlen (info), error);
}

gboolean
jx_autosave_write (JxAutosave  *self,
                   GError     **error)
{
  g_autoptr(GError) local = NULL;

  g_return_val_if_fail (JX_IS_AUTOSAVE (self), FALSE);

  if (self->document == NULL || !self->dirty || !jx_document_get_modified (self->document))
    return TRUE;

  if (!write_files (self, &local))
    {
      set_failure (self, local);
      g_propagate_error (error, g_steal_pointer (&local));
      return FALSE;
    }
  self->dirty = FALSE;
  self->written = TRUE;
  set_failure (self, NULL);
  g_info ("Autosaved to %s", g_file_peek_path (self->file));
  /* The work restored from a crash is safe under this session now: the old files can go. */
  if (self->adopted != NULL)
    {
      jx_autosave_orphan_remove (self->adopted);
      g_clear_pointer (&self->adopted, jx_autosave_orphan_free);
    }
  return TRUE;
}

void
jx_autosave_discard (JxAutosave *self)
{
  g_return_if_fail (JX_IS_AUTOSAVE (self));

  /* Saved or dropped on purpose: the clerk has decided about the restored work too. */
  if (self->adopted != NULL)
    {
      jx_autosave_orphan_remove (self->adopted);
      g_clear_pointer (&self->adopted, jx_autosave_orphan_free);
    }
  set_failure (self, NULL);
  if (!self->written)
    return;
  g_file_delete (self->info, NULL, NULL);
  g_file_delete (self->file, NULL, NULL);
  self->written = FALSE;
  self->dirty = self->document != NULL && jx_document_get_modified (self->document);
  g_info ("Removed the autosave %s", g_file_peek_path (self->file));
}

void
jx_autosave_adopt (JxAutosave       *self,
                   JxAutosaveOrphan *orphan)
{
  g_return_if_fail (JX_IS_AUTOSAVE (self));

  g_clear_pointer (&self->adopted, jx_autosave_orphan_free);
  self->adopted = orphan;
  self->dirty = TRUE;
}

GFile *
jx_autosave_get_file (JxAutosave *self)
{
  g_return_val_if_fail (JX_IS_AUTOSAVE (self), NULL);
  return self->file;
}

const char *
jx_autosave_get_failure (JxAutosave *self)
{
  g_return_val_if_fail (JX_IS_AUTOSAVE (self), NULL);
  return self->failure;
}
