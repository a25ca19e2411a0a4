/* SPDX-License-Identifier: GPL-3.0-or-later */
/* jx-document-file.c: the document and its file on disk. The document remembers the file's
 * identity (device, inode, time, size) when it loads it and each time it saves it; a save
 * over its own file first checks that the file is still that version, so that a file a
 * colleague, a sync tool or another program saved meanwhile is never overwritten unasked. */
#define G_LOG_DOMAIN "jx-document"

#include "config.h"

#include <glib/gi18n.h>

#include "jx-document-private.h"
#include "jx-save.h"

G_DEFINE_QUARK (jx-document-error-quark, jx_document_error)

const JxFileIdentity *
jx_document_get_identity (JxDocument *self)
{
  g_return_val_if_fail (JX_IS_DOCUMENT (self), NULL);
  return _jx_document_peek_identity (self);
}

void
jx_document_set_identity (JxDocument           *self,
                          const JxFileIdentity *identity)
{
  g_return_if_fail (JX_IS_DOCUMENT (self));
  *_jx_document_peek_identity (self) = identity != NULL ? *identity : JX_FILE_IDENTITY_UNKNOWN;
}

JxDiskState
jx_document_check_disk (JxDocument *self)
{
  const JxFileIdentity *known;
  JxFileIdentity now;
  GFile *file;

  g_return_val_if_fail (JX_IS_DOCUMENT (self), JX_DISK_UNKNOWN);

  file = jx_document_get_file (self);
  known = _jx_document_peek_identity (self);
  if (file == NULL || !jx_file_identity_query (file, &now))
    return JX_DISK_UNKNOWN;
  if (!now.exists)
    return known->known && !known->exists ? JX_DISK_UNCHANGED : JX_DISK_DELETED;
  if (!known->known)
    /* Never seen (restored work of an older autosave): the file there is not known to be
     * the one it came from. */
    return JX_DISK_CHANGED;
  return jx_file_identity_unchanged (known, &now) ? JX_DISK_UNCHANGED : JX_DISK_CHANGED;
}

/* FALSE (and the error) when `file` is the document's own and changed on disk. */
static gboolean
may_save (JxDocument           *self,
          GFile                *file,
          JxDocumentSaveFlags   flags,
          GError              **error)
{
  GFile *own = jx_document_get_file (self);

  if (!(flags & JX_DOCUMENT_SAVE_OVERWRITE_CHANGES) && own != NULL && g_file_equal (file, own)
      && jx_document_check_disk (self) == JX_DISK_CHANGED)
    {
      g_autofree char *name = g_file_get_basename (file);

      g_set_error (error, JX_DOCUMENT_ERROR, JX_DOCUMENT_ERROR_CHANGED_ON_DISK,
                   _("“%s” was changed on disk since it was opened or last saved here; saving would replace those changes."),
                   name);
      return FALSE;
    }
  return TRUE;
}

gboolean
jx_document_save_full (JxDocument           *self,
                       GFile                *file,
                       JxDocumentSaveFlags   flags,
                       GError              **error)
{
  g_autofree char *text = NULL;
  JxFileIdentity written;
  gsize length = 0;
  GFile *own;

  g_return_val_if_fail (JX_IS_DOCUMENT (self), FALSE);
  own = jx_document_get_file (self);
  g_return_val_if_fail (file != NULL || own != NULL, FALSE);

  if (file == NULL)
    file = own;
  if (!may_save (self, file, flags, error))
    return FALSE;

  text = jx_doc_data_to_json (jx_document_get_data (self), &length);
  if (!jx_write_file_atomic_full (file, text, length, &written, error))
    return FALSE;
  jx_document_set_file (self, file);
  jx_document_set_identity (self, &written);
  jx_document_set_modified (self, FALSE);
  jx_document_break_merge (self);
  return TRUE;
}

gboolean
jx_document_save (JxDocument *self,
                  GFile      *file,
                  GError    **error)
{
  return jx_document_save_full (self, file, 0, error);
}

/* ---- on a thread ---- */

typedef struct {
  JxDocData      *snapshot;
  GFile          *file;
  JxFileIdentity  written;
} SaveJob;

static void
save_job_free (SaveJob *job)
{
  g_clear_pointer (&job->snapshot, jx_doc_data_free);
  g_clear_object (&job->file);
  g_free (job);
}

/* On the worker thread: only the snapshot and the file, never the document. */
static void
save_thread (GTask        *task,
             gpointer      source,
             gpointer      task_data,
             GCancellable *cancellable)
{
  SaveJob *job = task_data;
  g_autofree char *text = NULL;
  GError *error = NULL;
  gsize length = 0;

  text = jx_doc_data_to_json (job->snapshot, &length);
  g_clear_pointer (&job->snapshot, jx_doc_data_free);
  if (!jx_write_file_atomic_full (job->file, text, length, &job->written, &error))
    g_task_return_error (task, error);
  else
    g_task_return_boolean (task, TRUE);
}

void
jx_document_save_async (JxDocument          *self,
                        GFile               *file,
                        JxDocumentSaveFlags  flags,
                        GCancellable        *cancellable,
                        GAsyncReadyCallback  callback,
                        gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  GError *error = NULL;
  SaveJob *job;

  g_return_if_fail (JX_IS_DOCUMENT (self));
  g_return_if_fail (file != NULL || jx_document_get_file (self) != NULL);

  if (file == NULL)
    file = jx_document_get_file (self);
  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, jx_document_save_async);
  if (!may_save (self, file, flags, &error))
    {
      g_task_return_error (task, error);
      return;
    }
  jx_document_break_merge (self);
  job = g_new0 (SaveJob, 1);
  job->snapshot = jx_doc_data_copy (jx_document_get_data (self));
  job->file = g_object_ref (file);
  g_task_set_task_data (task, job, (GDestroyNotify) save_job_free);
  _jx_document_begin_save (self);
  g_task_run_in_thread (task, save_thread);
}

gboolean
jx_document_save_finish (JxDocument    *self,
                         GAsyncResult  *result,
                         GError       **error)
{
  GTask *task = G_TASK (result);
  SaveJob *job = g_task_get_task_data (task);
  gboolean ok;

  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  ok = g_task_propagate_boolean (task, error);
  if (job == NULL)
    return ok;   /* refused before anything was written */
  if (ok)
    {
      jx_document_set_file (self, job->file);
      jx_document_set_identity (self, &job->written);
    }
  _jx_document_end_save (self, ok);
  return ok;
}
