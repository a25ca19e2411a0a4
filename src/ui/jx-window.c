/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "jx-window"

#include "config.h"

#include <glib/gi18n.h>

#include "jx-window-private.h"
#include "jx-import-actions.h"
#include "jx-ui-util.h"

G_DEFINE_FINAL_TYPE (JxWindow, jx_window, ADW_TYPE_APPLICATION_WINDOW)

/* ---- title ---- */

static void
update_title (JxWindow *self)
{
  g_autofree char *name = jx_document_dup_title (self->document);
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;
  const JxDepartment *dep = &jx_document_get_data (self->document)->department;
  gboolean modified = jx_document_get_modified (self->document);

  /* Translators: the window title of a document with unsaved changes; • is the mark. */
  title = modified ? g_strdup_printf (_("• %s"), name) : g_strdup (name);
  if (dep->name[0] != '\0' && dep->year > 0)
    /* Translators: the department and the year evaluated, e.g. "武汉市新洲区融媒体中心 2020 年度". */
    subtitle = g_strdup_printf (_("%s, %d"), dep->name, dep->year);
  else
    subtitle = g_strdup (dep->name);

  gtk_window_set_title (GTK_WINDOW (self), title);
  /* The document's name is the label at the left; where the tabs do not fit (1024 px) the
   * centre says the department and the year instead of the name a second time (issue 14). */
  adw_view_switcher_title_set_title (self->switcher_title, subtitle != NULL ? subtitle : "");
  adw_view_switcher_title_set_subtitle (self->switcher_title, NULL);
  gtk_label_set_text (self->title_label, title);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->title_label),
                               jx_document_get_file (self->document) != NULL
                               ? g_file_peek_path (jx_document_get_file (self->document)) : NULL);
}

static void
on_document_notify (JxWindow *self)
{
  update_title (self);
  _jx_window_update_actions (self);
}

static void
on_evaluation_updated (JxWindow *self)
{
  update_title (self);
}

/* ---- document ---- */

JxDocument *
_jx_window_blank_document (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  JxDocData *data = jx_doc_data_new ();

  /* The self-evaluation is written the year after the one it evaluates. */
  data->department.year = g_date_time_get_year (now) - 1;
  return jx_document_new_for_data (data);
}

void
jx_window_set_document (JxWindow   *self,
                        JxDocument *document)
{
  static const char * const notify[] = { "notify::modified", "notify::can-undo", "notify::can-redo" };
  guint i;

  g_return_if_fail (JX_IS_WINDOW (self));
  g_return_if_fail (JX_IS_DOCUMENT (document));

  if (self->document == document)
    return;
  if (self->document != NULL)
    for (i = 0; i < G_N_ELEMENTS (self->notify_ids); i++)
      g_clear_signal_handler (&self->notify_ids[i], self->document);
  g_set_object (&self->document, document);
  g_clear_object (&self->evaluation);
  self->evaluation = jx_evaluation_new (document);
  g_signal_connect_object (self->evaluation, "updated", G_CALLBACK (on_evaluation_updated), self, G_CONNECT_SWAPPED);
  for (i = 0; i < G_N_ELEMENTS (notify); i++)
    self->notify_ids[i] = g_signal_connect_swapped (document, notify[i], G_CALLBACK (on_document_notify), self);

  _jx_window_pages_set_evaluation (self, self->evaluation);
  _jx_window_update_charts (self);
  jx_autosave_set_document (self->autosave, document);
  _jx_window_files_document_set (self);

  update_title (self);
  _jx_window_update_actions (self);
}

JxDocument *
jx_window_get_document (JxWindow *self)
{
  g_return_val_if_fail (JX_IS_WINDOW (self), NULL);
  return self->document;
}

JxEvaluation *
jx_window_get_evaluation (JxWindow *self)
{
  g_return_val_if_fail (JX_IS_WINDOW (self), NULL);
  return self->evaluation;
}

gboolean
jx_window_is_blank (JxWindow *self)
{
  g_return_val_if_fail (JX_IS_WINDOW (self), FALSE);
  return jx_document_get_file (self->document) == NULL
         && !jx_document_get_modified (self->document)
         && !jx_document_can_undo (self->document);
}

void
_jx_window_add_recent (JxWindow *self,
                       GFile    *file)
{
  g_autofree char *uri = g_file_get_uri (file);
  GtkRecentData data = { 0 };
  static char *groups[] = { (char *) "jixiao", NULL };

  data.display_name = NULL;
  data.mime_type = (char *) "application/x-jixiao+json";
  data.app_name = (char *) g_get_application_name ();
  data.app_exec = (char *) "jixiao %u";
  data.groups = groups;
  gtk_recent_manager_add_full (self->recent, uri, &data);

  if (self->settings != NULL)
    {
      g_autoptr(GFile) parent = g_file_get_parent (file);
      if (parent != NULL && g_file_peek_path (parent) != NULL)
        g_settings_set_string (self->settings, "last-folder", g_file_peek_path (parent));
    }
}

gboolean
jx_window_load_file (JxWindow  *self,
                     GFile     *file,
                     GError   **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autoptr(JxDocument) document = NULL;

  g_return_val_if_fail (JX_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  document = jx_document_new_from_file (file, &local_error);
  if (document == NULL)
    {
      _jx_window_show_load_error (self, file, local_error);
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  jx_window_set_document (self, document);
  _jx_window_add_recent (self, file);
  return TRUE;
}

gboolean
jx_window_save_full (JxWindow             *self,
                     GFile                *file,
                     JxDocumentSaveFlags   flags,
                     GError              **error)
{
  g_return_val_if_fail (JX_IS_WINDOW (self), FALSE);

  if (file == NULL)
    file = jx_document_get_file (self->document);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  jx_document_break_merge (self->document);
  if (!jx_document_save_full (self->document, file, flags, error))
    return FALSE;
  _jx_window_add_recent (self, file);
  jx_autosave_discard (self->autosave);
  _jx_window_files_saved (self);
  update_title (self);
  return TRUE;
}

static void
on_document_saved (GObject      *source,
                   GAsyncResult *result,
                   gpointer      data)
{
  g_autoptr(GTask) task = data;
  JxWindow *self = g_task_get_source_object (task);
  GFile *file = g_task_get_task_data (task);
  GError *error = NULL;

  self->saving--;
  if (!jx_document_save_finish (JX_DOCUMENT (source), result, &error))
    {
      g_task_return_error (task, error);
      return;
    }
  /* the window's document still (a save outlives a document replaced meanwhile) */
  if (JX_DOCUMENT (source) == self->document)
    {
      _jx_window_add_recent (self, file);
      if (!jx_document_get_modified (self->document))
        jx_autosave_discard (self->autosave);
      _jx_window_files_saved (self);
      update_title (self);
    }
  g_task_return_boolean (task, TRUE);
}

void
_jx_window_save_async (JxWindow             *self,
                       GFile                *file,
                       JxDocumentSaveFlags   flags,
                       GAsyncReadyCallback   callback,
                       gpointer              user_data)
{
  GTask *task;

  g_return_if_fail (JX_IS_WINDOW (self));

  if (file == NULL)
    file = jx_document_get_file (self->document);
  g_return_if_fail (G_IS_FILE (file));

  task = g_task_new (self, NULL, callback, user_data);
  g_task_set_task_data (task, g_object_ref (file), g_object_unref);
  self->saving++;
  jx_document_save_async (self->document, file, flags, NULL, on_document_saved, task);
}

gboolean
jx_window_is_saving (JxWindow *self)
{
  g_return_val_if_fail (JX_IS_WINDOW (self), FALSE);
  return self->saving > 0;
}

gboolean
_jx_window_save_finish (JxWindow      *self,
                        GAsyncResult  *result,
                        GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  return g_task_propagate_boolean (G_TASK (result), error);
}

gboolean
jx_window_save_to (JxWindow  *self,
                   GFile     *file,
                   GError   **error)
{
  return jx_window_save_full (self, file, 0, error);
}

void
jx_window_autosave (JxWindow *self)
{
  g_return_if_fail (JX_IS_WINDOW (self));
  /* A failure is told in the window (the autosave's `failure`, jx-window-files.c). */
  jx_autosave_write (self->autosave, NULL);
}

JxAutosave *
jx_window_get_autosave (JxWindow *self)
{
  g_return_val_if_fail (JX_IS_WINDOW (self), NULL);
  return self->autosave;
}

void
jx_window_discard_autosave (JxWindow *self)
{
  g_return_if_fail (JX_IS_WINDOW (self));
  jx_autosave_discard (self->autosave);
}

void
jx_window_toast (JxWindow   *self,
                 const char *message)
{
  g_return_if_fail (JX_IS_WINDOW (self));
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (message));
}

void
jx_window_add_toast (JxWindow *self,
                     AdwToast *toast)
{
  g_return_if_fail (JX_IS_WINDOW (self));
  g_return_if_fail (ADW_IS_TOAST (toast));
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

/* ---- pages ---- */

void
jx_window_show_page (JxWindow *self,
                     JxPage    page)
{
  g_return_if_fail (JX_IS_WINDOW (self));
  g_return_if_fail (page < JX_N_PAGES);
  adw_view_stack_set_visible_child_name (self->stack, jx_page_get_name (page));
}

gboolean
jx_window_focus_path (JxWindow   *self,
                      const char *path)
{
  JxPage page;
  gboolean found = FALSE;

  g_return_val_if_fail (JX_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  page = jx_page_for_path (path);
  jx_window_show_page (self, page);
  switch (page)
    {
    case JX_PAGE_OVERVIEW:
      found = jx_overview_page_focus_path (self->overview_page, path);
      break;
    case JX_PAGE_BUDGET:
      found = jx_budget_page_focus_path (JX_BUDGET_PAGE (_jx_window_get_page (self, page)), path);
      break;
    case JX_PAGE_INDICATORS:
      found = jx_indicator_page_focus_path (JX_INDICATOR_PAGE (_jx_window_get_page (self, page)), path);
      break;
    case JX_PAGE_CONCLUSION:
    case JX_N_PAGES:
    default:
      found = jx_conclusion_page_focus_path (JX_CONCLUSION_PAGE (_jx_window_get_page (self, JX_PAGE_CONCLUSION)), path);
      break;
    }
  if (!found)
    {
      g_autofree char *message = g_strdup_printf (_("“%s” has no field on this page"), path);
      jx_window_toast (self, message);
    }
  return found;
}

/* ---- window life ---- */

static gboolean
close_now (gpointer data)
{
  gtk_window_close (GTK_WINDOW (data));
  return G_SOURCE_REMOVE;
}

void
_jx_window_close_confirmed (JxWindow *self)
{
  self->close_confirmed = TRUE;
  /* Once the dialog that asked has gone: it is a transient child of this window. */
  g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, close_now, g_object_ref (self), g_object_unref);
}

static void
on_close_response (AdwMessageDialog *dialog,
                   const char       *response,
                   JxWindow         *self)
{
  if (g_str_equal (response, "save"))
    _jx_window_save (self, TRUE);
  else if (g_str_equal (response, "discard"))
    _jx_window_close_confirmed (self);
}

static gboolean
jx_window_close_request (GtkWindow *window)
{
  JxWindow *self = JX_WINDOW (window);

  if (self->settings != NULL)
    {
      int width, height;

      gtk_window_get_default_size (window, &width, &height);
      g_settings_set (self->settings, "window-size", "(ii)", width, height);
      g_settings_set_boolean (self->settings, "window-maximized", gtk_window_is_maximized (window));
    }

  if (self->document != NULL && jx_document_get_modified (self->document) && !self->close_confirmed)
    {
      g_autofree char *name = jx_document_dup_title (self->document);
      g_autofree char *body = g_strdup_printf (_("“%s” has unsaved changes. If you do not save them, they will be lost."), name);
      AdwMessageDialog *dialog = ADW_MESSAGE_DIALOG (jx_message_dialog_new (window, _("Save Changes?"), body));

      adw_message_dialog_add_responses (dialog,
                                        "cancel", _("_Cancel"),
                                        "discard", _("_Discard"),
                                        "save", _("_Save"),
                                        NULL);
      adw_message_dialog_set_response_appearance (dialog, "discard", ADW_RESPONSE_DESTRUCTIVE);
      adw_message_dialog_set_response_appearance (dialog, "save", ADW_RESPONSE_SUGGESTED);
      adw_message_dialog_set_default_response (dialog, "save");
      adw_message_dialog_set_close_response (dialog, "cancel");
      g_signal_connect (dialog, "response", G_CALLBACK (on_close_response), self);
      gtk_window_present (GTK_WINDOW (dialog));
      return TRUE;
    }

  /* Closed on purpose: the autosave is not needed any more. */
  jx_autosave_discard (self->autosave);
  return GTK_WINDOW_CLASS (jx_window_parent_class)->close_request (window);
}

static void
on_active_changed (JxWindow *self)
{
  if (!gtk_window_is_active (GTK_WINDOW (self)) && self->document != NULL)
    jx_window_autosave (self);
}

static gboolean
on_drop (GtkDropTarget *target,
         const GValue  *value,
         double         x,
         double         y,
         JxWindow      *self)
{
  GSList *files;

  if (!G_VALUE_HOLDS (value, GDK_TYPE_FILE_LIST))
    return FALSE;
  files = gdk_file_list_get_files (g_value_get_boxed (value));
  if (files == NULL)
    return FALSE;
  /* A spreadsheet is an indicator table to import; anything else a document to open. */
  if (jx_import_accepts_file (files->data))
    jx_import_table_file (self, files->data);
  else
    _jx_window_open_file (self, files->data);
  g_slist_free (files);
  return TRUE;
}

static void
jx_window_dispose (GObject *object)
{
  JxWindow *self = (JxWindow *) object;
  guint i;

  if (self->document != NULL)
    for (i = 0; i < G_N_ELEMENTS (self->notify_ids); i++)
      g_clear_signal_handler (&self->notify_ids[i], self->document);
  g_clear_signal_handler (&self->recent_changed_id, self->recent);
  _jx_window_dispose_pages (self);
  g_clear_pointer (&self->charts, g_ptr_array_unref);
  _jx_window_files_dispose (self);
  g_clear_object (&self->autosave);
  g_clear_object (&self->evaluation);
  g_clear_object (&self->document);
  g_clear_object (&self->settings);
  gtk_widget_dispose_template (GTK_WIDGET (self), JX_TYPE_WINDOW);
  G_OBJECT_CLASS (jx_window_parent_class)->dispose (object);
}

static void
jx_window_class_init (JxWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = jx_window_dispose;
  window_class->close_request = jx_window_close_request;

  g_type_ensure (JX_TYPE_OVERVIEW_PAGE);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/jixiao/Jixiao/ui/jx-window.ui");
  gtk_widget_class_bind_template_child (widget_class, JxWindow, header_bar);
  gtk_widget_class_bind_template_child (widget_class, JxWindow, switcher_title);
  gtk_widget_class_bind_template_child (widget_class, JxWindow, title_label);
  gtk_widget_class_bind_template_child (widget_class, JxWindow, banners);
  gtk_widget_class_bind_template_child (widget_class, JxWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, JxWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, JxWindow, overview_page);
  gtk_widget_class_bind_template_child (widget_class, JxWindow, budget_slot);
  gtk_widget_class_bind_template_child (widget_class, JxWindow, indicator_slot);
  gtk_widget_class_bind_template_child (widget_class, JxWindow, conclusion_slot);
  gtk_widget_class_bind_template_child (widget_class, JxWindow, report_slot);
  gtk_widget_class_bind_template_child (widget_class, JxWindow, recent_section);
  gtk_widget_class_bind_template_child (widget_class, JxWindow, template_section);
  gtk_widget_class_bind_template_child (widget_class, JxWindow, open_template_section);
}

static void
restore_size (JxWindow *self)
{
  g_autoptr(GSettingsSchema) schema = NULL;
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  int width, height;

  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, APP_ID, TRUE);
  if (schema == NULL)
    {
      g_debug ("The settings schema %s is not installed: the window size is not remembered", APP_ID);
      return;
    }
  self->settings = g_settings_new (APP_ID);
  g_settings_get (self->settings, "window-size", "(ii)", &width, &height);
  if (width > 0 && height > 0)
    gtk_window_set_default_size (GTK_WINDOW (self), width, height);
  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));
}

static void
jx_window_init (JxWindow *self)
{
  GtkDropTarget *drop;

  gtk_widget_init_template (GTK_WIDGET (self));
  _jx_window_init_pages (self);

  self->autosave = jx_autosave_new ();
  self->recent = gtk_recent_manager_get_default ();
  restore_size (self);

  drop = gtk_drop_target_new (GDK_TYPE_FILE_LIST, GDK_ACTION_COPY);
  g_signal_connect (drop, "drop", G_CALLBACK (on_drop), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drop));
  g_signal_connect (self, "notify::is-active", G_CALLBACK (on_active_changed), NULL);

  _jx_window_init_actions (self);
  _jx_window_files_init (self);
  {
    g_autoptr(JxDocument) document = _jx_window_blank_document ();
    jx_window_set_document (self, document);
  }
}

JxWindow *
jx_window_new (GtkApplication *application)
{
  return g_object_new (JX_TYPE_WINDOW, "application", application, NULL);
}
