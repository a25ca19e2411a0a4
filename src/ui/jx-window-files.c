/* SPDX-License-Identifier: GPL-3.0-or-later */
/* jx-window-files.c: the window's document and its file on disk, and its autosave. While a document is open
 * its file carries a lock (jx-file-lock.h), so that a second Jixiao warns; a GFileMonitor,
 * a look when the window becomes active and the document's own check before each save see
 * a file that someone else saved over or deleted; a banner says so and offers Reload, Save
 * As… and Overwrite (never without asking). A document open elsewhere can be opened
 * read-only: saving then asks for another name. An autosave that fails (a full disk, a
 * folder that cannot be written) shows a banner until it works again. */
#define G_LOG_DOMAIN "jx-window"

#include "config.h"

#include <glib/gi18n.h>
#include <stdlib.h>

#include "jx-banner.h"
#include "jx-file-lock.h"
#include "jx-window-private.h"
#include "jx-ui-util.h"

/* Events come in bursts (a save is a create, a write, a rename): look once they settle. */
#define CHECK_DELAY_MS 250

typedef struct _JxWindowFiles {
  JxBanner     *disk_banner;    /* changed or deleted on disk */
  JxBanner     *lock_banner;    /* read-only: open elsewhere */
  JxBanner     *autosave_banner;   /* autosave is failing */
  JxFileLock   *lock;
  GFileMonitor *monitor;
  GFile        *watched;        /* the file `monitor` and `lock` are for */
  guint         check_id;
  guint         monitor_id;     /* idle that starts the monitor after the first frame */
  gboolean      read_only;
  JxDiskState   shown;          /* what the disk banner says */
} JxWindowFiles;

static const char *
answer_for_tests (const char *variable)
{
  const char *answer = g_getenv (variable);

  return answer != NULL && answer[0] != '\0' ? answer : NULL;
}

/* The answer a variable gives (tests), as a click would: the response, then the close. */
static void
respond_for_tests (AdwMessageDialog *dialog,
                   const char       *answer)
{
  adw_message_dialog_response (dialog, answer);
  gtk_window_destroy (GTK_WINDOW (dialog));
}

static char *
document_name (JxWindow *self)
{
  return jx_document_dup_title (jx_window_get_document (self));
}

/* ---- changed on disk ---- */

static void
show_disk_state (JxWindow    *self,
                 JxDiskState  state)
{
  JxWindowFiles *files = self->files;
  g_autofree char *name = document_name (self);
  g_autofree char *title = NULL;

  if (state == files->shown)
    return;
  files->shown = state;
  switch (state)
    {
    case JX_DISK_CHANGED:
      title = g_strdup_printf (_("“%s” was changed on disk by another program or person. Saving here would replace their version."), name);
      jx_banner_set_title (files->disk_banner, title);
      jx_banner_set_buttons (files->disk_banner,
                             _("_Reload"), "win.reload-from-disk",
                             _("Save _As…"), "win.save-as",
                             _("_Overwrite"), "win.overwrite-disk",
                             NULL);
      jx_banner_set_revealed (files->disk_banner, TRUE);
      g_info ("The file of “%s” changed on disk", name);
      break;
    case JX_DISK_DELETED:
      title = g_strdup_printf (_("“%s” was deleted or moved on disk. Save it to keep it."), name);
      jx_banner_set_title (files->disk_banner, title);
      jx_banner_set_buttons (files->disk_banner,
                             _("_Save"), "win.save",
                             _("Save _As…"), "win.save-as",
                             NULL);
      jx_banner_set_revealed (files->disk_banner, TRUE);
      g_info ("The file of “%s” is gone from disk", name);
      break;
    case JX_DISK_UNCHANGED:
    case JX_DISK_UNKNOWN:
    default:
      jx_banner_set_revealed (files->disk_banner, FALSE);
      break;
    }
}

static void
check_disk (JxWindow *self)
{
  JxDocument *document = jx_window_get_document (self);

  /* A save being written renames its file into place before the document knows the new
   * file's identity: it says so itself when done (_jx_window_files_saved). */
  if (document != NULL && self->saving == 0)
    show_disk_state (self, jx_document_check_disk (document));
}

static gboolean
check_now (gpointer data)
{
  JxWindow *self = data;

  self->files->check_id = 0;
  check_disk (self);
  return G_SOURCE_REMOVE;
}

static void
on_file_changed (GFileMonitor      *monitor,
                 GFile             *file,
                 GFile             *other,
                 GFileMonitorEvent  event,
                 JxWindow          *self)
{
  if (event == G_FILE_MONITOR_EVENT_ATTRIBUTE_CHANGED)
    return;
  g_clear_handle_id (&self->files->check_id, g_source_remove);
  self->files->check_id = g_timeout_add (CHECK_DELAY_MS, check_now, self);
}

static void
stop_watching (JxWindowFiles *files)
{
  g_clear_handle_id (&files->check_id, g_source_remove);
  g_clear_handle_id (&files->monitor_id, g_source_remove);
  if (files->monitor != NULL)
    {
      g_signal_handlers_disconnect_matched (files->monitor, G_SIGNAL_MATCH_DATA, 0, 0, NULL, NULL, NULL);
      g_file_monitor_cancel (files->monitor);
      g_clear_object (&files->monitor);
    }
}

/* Started once the window is up: nothing here delays the first frame. */
static gboolean
start_monitor (gpointer data)
{
  JxWindow *self = data;
  JxWindowFiles *files = self->files;
  g_autofree char *path = NULL;
  g_autofree char *real = NULL;
  g_autoptr(GFile) target = NULL;
  g_autoptr(GError) error = NULL;

  files->monitor_id = 0;
  if (files->watched == NULL || (path = g_file_get_path (files->watched)) == NULL)
    return G_SOURCE_REMOVE;
  /* Through a symbolic link: the file it points to is the one that changes. */
  real = realpath (path, NULL);
  target = g_file_new_for_path (real != NULL ? real : path);
  files->monitor = g_file_monitor_file (target, G_FILE_MONITOR_WATCH_MOVES, NULL, &error);
  if (files->monitor == NULL)
    {
      g_debug ("Cannot watch %s: %s", path, error->message);
      return G_SOURCE_REMOVE;
    }
  g_signal_connect (files->monitor, "changed", G_CALLBACK (on_file_changed), self);
  /* A change between opening and watching. */
  check_disk (self);
  return G_SOURCE_REMOVE;
}

/* ---- open elsewhere ---- */

static void
set_read_only (JxWindow          *self,
               gboolean           read_only,
               const JxLockOwner *holder)
{
  JxWindowFiles *files = self->files;

  files->read_only = read_only;
  if (read_only && holder != NULL)
    {
      g_autofree char *name = document_name (self);
      g_autofree char *who = jx_lock_owner_describe (holder);
      g_autofree char *title = g_strdup_printf (_("Read-only: “%s” is open in Jixiao by %s. Save your changes under another name."),
                                                name, who);

      jx_banner_set_title (files->lock_banner, title);
      jx_banner_set_buttons (files->lock_banner,
                             _("Save _As…"), "win.save-as",
                             _("_Edit Anyway"), "win.edit-anyway",
                             NULL);
    }
  jx_banner_set_revealed (files->lock_banner, read_only);
}

static void
take_lock (JxWindow *self,
           gboolean  take_over)
{
  JxWindowFiles *files = self->files;
  g_autoptr(GError) error = NULL;

  g_clear_pointer (&files->lock, jx_file_lock_release);
  set_read_only (self, FALSE, NULL);
  if (g_getenv ("JIXIAO_NO_LOCK_FILES") != NULL)
    return;
  files->lock = jx_file_lock_acquire (files->watched, take_over ? JX_FILE_LOCK_TAKE_OVER : 0, NULL, &error);
  if (files->lock == NULL && error != NULL)
    g_debug ("No lock for %s: %s", g_file_peek_path (files->watched), error->message);
}

typedef struct {
  JxWindow    *window;
  JxLockOwner *holder;
} LockAsk;

static void
lock_ask_free (LockAsk *ask)
{
  g_object_unref (ask->window);
  jx_lock_owner_free (ask->holder);
  g_free (ask);
}

static void
on_lock_response (AdwMessageDialog *dialog,
                  const char       *response,
                  LockAsk          *ask)
{
  JxWindow *self = ask->window;

  g_signal_handlers_disconnect_by_func (dialog, on_lock_response, ask);
  g_info ("Open elsewhere: answered %s", response);
  if (g_str_equal (response, "anyway"))
    take_lock (self, TRUE);
  else if (g_str_equal (response, "read-only"))
    set_read_only (self, TRUE, ask->holder);
  else
    {
      /* Not opened after all: back to an empty document. */
      g_autoptr(JxDocument) blank = _jx_window_blank_document ();
      jx_window_set_document (self, blank);
    }
  lock_ask_free (ask);
}

static void
ask_about_lock (JxWindow    *self,
                JxLockOwner *holder)
{
  g_autofree char *name = document_name (self);
  g_autofree char *who = jx_lock_owner_describe (holder);
  g_autofree char *body = g_strdup_printf (_("“%s” is open in Jixiao by %s. If you both make changes, the one who saves last replaces the other’s work."),
                                           name, who);
  AdwMessageDialog *dialog = ADW_MESSAGE_DIALOG (jx_message_dialog_new (GTK_WINDOW (self),
                                                                         _("Document Open Elsewhere"), body));
  const char *answer = answer_for_tests ("JIXIAO_LOCKED_ANSWER");
  LockAsk *ask = g_new0 (LockAsk, 1);

  ask->window = g_object_ref (self);
  ask->holder = holder;
  adw_message_dialog_add_responses (dialog,
                                    "cancel", _("_Cancel"),
                                    "anyway", _("Open _Anyway"),
                                    "read-only", _("Open _Read-Only"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "anyway", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_appearance (dialog, "read-only", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "read-only");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_signal_connect (dialog, "response", G_CALLBACK (on_lock_response), ask);
  gtk_window_present (GTK_WINDOW (dialog));
  g_info ("“%s” is open elsewhere: %s (pid %d)", name, who, holder->pid);
  if (answer != NULL)
    respond_for_tests (dialog, answer);
}

/* ---- following the document ---- */

void
_jx_window_files_document_set (JxWindow *self)
{
  JxWindowFiles *files = self->files;
  GFile *file = jx_window_get_document (self) != NULL ? jx_document_get_file (jx_window_get_document (self)) : NULL;
  JxLockOwner *holder = NULL;

  show_disk_state (self, JX_DISK_UNKNOWN);
  if (file != NULL && files->watched != NULL && g_file_equal (file, files->watched))
    {
      /* Reloaded, or restored over the same file: lock and monitor stay. */
      check_disk (self);
      return;
    }

  stop_watching (files);
  g_clear_pointer (&files->lock, jx_file_lock_release);
  g_clear_object (&files->watched);
  set_read_only (self, FALSE, NULL);
  if (file == NULL)
    return;

  files->watched = g_object_ref (file);
  /* The test suite opens the bundled sample in several processes at once. */
  if (g_getenv ("JIXIAO_NO_LOCK_FILES") == NULL)
    files->lock = jx_file_lock_acquire (file, 0, &holder, NULL);
  if (files->lock == NULL && holder != NULL)
    ask_about_lock (self, holder);
  files->monitor_id = g_idle_add_full (G_PRIORITY_LOW, start_monitor, self, NULL);
}

void
_jx_window_files_saved (JxWindow *self)
{
  JxWindowFiles *files = self->files;
  GFile *file = jx_document_get_file (jx_window_get_document (self));

  if (files->watched == NULL || !g_file_equal (files->watched, file))
    /* Saved as another file: lock that one, watch it. */
    _jx_window_files_document_set (self);
  else if (files->lock == NULL)
    take_lock (self, FALSE);
  show_disk_state (self, JX_DISK_UNCHANGED);
}

gboolean
_jx_window_files_is_read_only (JxWindow *self)
{
  return self->files->read_only;
}

/* ---- saving over a changed file ---- */

typedef struct {
  JxWindow *window;
  gboolean  close_after;
} SaveAsk;

static void
overwrite (JxWindow *self,
           gboolean  close_after)
{
  g_autoptr(GError) error = NULL;

  if (!jx_window_save_full (self, NULL, JX_DOCUMENT_SAVE_OVERWRITE_CHANGES, &error))
    {
      g_autofree char *name = document_name (self);
      g_autofree char *heading = g_strdup_printf (_("Cannot Save “%s”"), name);
      _jx_window_show_error (self, heading, error->message);
      return;
    }
  g_info ("Overwrote the changes on disk, as asked");
  if (close_after)
    _jx_window_close_confirmed (self);
}

static void
on_save_response (AdwMessageDialog *dialog,
                  const char       *response,
                  SaveAsk          *ask)
{
  g_signal_handlers_disconnect_by_func (dialog, on_save_response, ask);
  g_info ("Changed on disk: answered %s", response);
  if (g_str_equal (response, "overwrite"))
    overwrite (ask->window, ask->close_after);
  else if (g_str_equal (response, "save-as"))
    _jx_window_save_as (ask->window, ask->close_after);
  g_object_unref (ask->window);
  g_free (ask);
}

gboolean
_jx_window_files_save_failed (JxWindow     *self,
                              const GError *error,
                              gboolean      close_after)
{
  g_autofree char *name = NULL;
  g_autofree char *body = NULL;
  AdwMessageDialog *dialog;
  const char *answer = answer_for_tests ("JIXIAO_CHANGED_ANSWER");
  SaveAsk *ask;

  if (!g_error_matches (error, JX_DOCUMENT_ERROR, JX_DOCUMENT_ERROR_CHANGED_ON_DISK))
    return FALSE;

  show_disk_state (self, JX_DISK_CHANGED);
  name = document_name (self);
  body = g_strdup_printf (_("Another program or person saved “%s” after you opened it. Overwriting replaces their version with yours; Save As keeps both."),
                          name);
  dialog = ADW_MESSAGE_DIALOG (jx_message_dialog_new (GTK_WINDOW (self), _("File Changed on Disk"), body));
  adw_message_dialog_add_responses (dialog,
                                    "cancel", _("_Cancel"),
                                    "overwrite", _("_Overwrite"),
                                    "save-as", _("Save _As…"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "overwrite", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_appearance (dialog, "save-as", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "save-as");
  adw_message_dialog_set_close_response (dialog, "cancel");
  ask = g_new0 (SaveAsk, 1);
  ask->window = g_object_ref (self);
  ask->close_after = close_after;
  g_signal_connect (dialog, "response", G_CALLBACK (on_save_response), ask);
  gtk_window_present (GTK_WINDOW (dialog));
  g_info ("Not saved: “%s” changed on disk; asking", name);
  if (answer != NULL)
    respond_for_tests (dialog, answer);
  return TRUE;
}

/* ---- actions ---- */

static void
reload (JxWindow *self)
{
  GFile *file = jx_document_get_file (jx_window_get_document (self));
  g_autoptr(GFile) keep = file != NULL ? g_object_ref (file) : NULL;

  if (keep != NULL && jx_window_load_file (self, keep, NULL))
    {
      g_info ("Reloaded %s from disk", g_file_peek_path (keep));
      jx_window_toast (self, _("Reloaded the version on disk"));
    }
}

static void
on_reload_response (AdwMessageDialog *dialog,
                    const char       *response,
                    JxWindow         *self)
{
  g_signal_handlers_disconnect_by_func (dialog, on_reload_response, self);
  if (g_str_equal (response, "reload"))
    reload (self);
}

static void
reload_action (GSimpleAction *action,
               GVariant      *param,
               gpointer       data)
{
  JxWindow *self = data;
  g_autofree char *name = NULL;
  g_autofree char *body = NULL;
  AdwMessageDialog *dialog;

  if (!jx_document_get_modified (jx_window_get_document (self)))
    {
      reload (self);
      return;
    }
  name = document_name (self);
  body = g_strdup_printf (_("Your unsaved changes to “%s” will be lost, and the version on disk shown instead."), name);
  dialog = ADW_MESSAGE_DIALOG (jx_message_dialog_new (GTK_WINDOW (self), _("Discard Your Changes and Reload?"), body));
  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), "reload", _("_Reload"), NULL);
  adw_message_dialog_set_response_appearance (dialog, "reload", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (dialog, "cancel");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_reload_response), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
  if (answer_for_tests ("JIXIAO_RELOAD_ANSWER") != NULL)
    respond_for_tests (dialog, answer_for_tests ("JIXIAO_RELOAD_ANSWER"));
}

static void
overwrite_action (GSimpleAction *action,
                  GVariant      *param,
                  gpointer       data)
{
  /* The banner's button: the clerk has read what it replaces. */
  overwrite (data, FALSE);
}

static void
edit_anyway_action (GSimpleAction *action,
                    GVariant      *param,
                    gpointer       data)
{
  take_lock (data, TRUE);
}

static const GActionEntry actions[] = {
  { "reload-from-disk", reload_action },
  { "overwrite-disk", overwrite_action },
  { "edit-anyway", edit_anyway_action },
};

/* ---- autosave failing ---- */

static void
on_autosave_failure (JxWindow *self)
{
  JxBanner *banner = self->files->autosave_banner;
  const char *failure = jx_autosave_get_failure (jx_window_get_autosave (self));

  if (failure != NULL)
    {
      g_autofree char *title = g_strdup_printf (_("Autosave is failing (%s): your unsaved changes are not kept safe. Save the document to keep them."),
                                                failure);

      jx_banner_set_title (banner, title);
      jx_banner_set_buttons (banner, _("_Save"), "win.save", _("Save _As…"), "win.save-as", NULL);
      g_info ("Autosave is failing: %s", failure);
    }
  else if (jx_banner_get_revealed (banner))
    g_info ("Autosave works again; the banner is hidden");
  jx_banner_set_revealed (banner, failure != NULL);
}

static void
on_active_changed (JxWindow *self)
{
  /* Network folders send no events: look when the clerk comes back to the window. */
  if (gtk_window_is_active (GTK_WINDOW (self)) && self->files->watched != NULL)
    check_disk (self);
}

void
_jx_window_files_init (JxWindow *self)
{
  JxWindowFiles *files = g_new0 (JxWindowFiles, 1);

  self->files = files;
  files->shown = JX_DISK_UNKNOWN;
  files->disk_banner = JX_BANNER (jx_banner_new (JX_BANNER_WARNING));
  files->lock_banner = JX_BANNER (jx_banner_new (JX_BANNER_INFO));
  gtk_widget_set_name (GTK_WIDGET (files->disk_banner), "disk-banner");
  gtk_widget_set_name (GTK_WIDGET (files->lock_banner), "lock-banner");
  gtk_box_append (self->banners, GTK_WIDGET (files->disk_banner));
  gtk_box_append (self->banners, GTK_WIDGET (files->lock_banner));
  files->autosave_banner = JX_BANNER (jx_banner_new (JX_BANNER_ERROR));
  gtk_widget_set_name (GTK_WIDGET (files->autosave_banner), "autosave-banner");
  gtk_box_append (self->banners, GTK_WIDGET (files->autosave_banner));
  g_signal_connect_object (jx_window_get_autosave (self), "notify::failure",
                           G_CALLBACK (on_autosave_failure), self, G_CONNECT_SWAPPED);
  g_action_map_add_action_entries (G_ACTION_MAP (self), actions, G_N_ELEMENTS (actions), self);
  g_signal_connect (self, "notify::is-active", G_CALLBACK (on_active_changed), NULL);
}

void
_jx_window_files_dispose (JxWindow *self)
{
  JxWindowFiles *files = self->files;

  if (files == NULL)
    return;
  stop_watching (files);
  g_clear_pointer (&files->lock, jx_file_lock_release);
  g_clear_object (&files->watched);
  g_clear_pointer (&self->files, g_free);
}

/* ---- public ---- */

gboolean
jx_window_shows_file (JxWindow *self,
                      GFile    *file)
{
  GFile *shown;
  JxFileIdentity a, b;

  g_return_val_if_fail (JX_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  shown = jx_document_get_file (jx_window_get_document (self));
  if (shown == NULL)
    return FALSE;
  if (g_file_equal (shown, file))
    return TRUE;
  /* The same file under another name: a link, "./x" and "x", another mount of it. */
  return jx_file_identity_query (shown, &a) && jx_file_identity_query (file, &b)
         && jx_file_identity_same_file (&a, &b);
}

void
jx_window_release_file (JxWindow *self)
{
  g_return_if_fail (JX_IS_WINDOW (self));
  if (self->files != NULL)
    g_clear_pointer (&self->files->lock, jx_file_lock_release);
}
