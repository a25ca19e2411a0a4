/* SPDX-License-Identifier: GPL-3.0-or-later */
/* jx-import-actions.c: the window's import of an indicator table. */
#define G_LOG_DOMAIN "jx-import"

#include "config.h"

#include <glib/gi18n.h>

#include "jx-import-actions.h"
#include "jx-import-dialog.h"
#include "jx-import-source.h"

static void
show_error (GtkWindow  *parent,
            const char *heading,
            const char *body)
{
  GtkWidget *dialog = adw_message_dialog_new (parent, heading, body);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "close");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "close");
  gtk_window_present (GTK_WINDOW (dialog));
}

gboolean
jx_import_accepts_file (GFile *file)
{
  g_autofree char *name = g_file_get_basename (file);

  return jx_import_is_table_name (name);
}

static void
on_imported (JxImportDialog *dialog,
             guint           added,
             guint           replaced,
             JxWindow       *window)
{
  g_autofree char *message = NULL;

  if (replaced > 0)
    /* Translators: after an import; both numbers are indicators */
    message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Imported %u indicators, %u of them replacing one of the same name",
                                            "Imported %u indicators, %u of them replacing ones of the same name", replaced),
                               added + replaced, replaced);
  else
    message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Imported %u indicator", "Imported %u indicators", added),
                               added);
  jx_window_show_page (window, JX_PAGE_INDICATORS);
  jx_window_toast (window, message);
}

/* ---- reading, off the main thread ---- */

static void
read_in_thread (GTask        *task,
                gpointer      source,
                gpointer      data,
                GCancellable *cancellable)
{
  GFile *file = data;
  g_autofree char *path = g_file_get_path (file);
  GError *error = NULL;
  GPtrArray *grids;

  if (path == NULL)
    {
      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED, _("Only local files can be imported."));
      return;
    }
  grids = jx_import_read_file (path, &error);
  if (grids == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, grids, (GDestroyNotify) g_ptr_array_unref);
}

static void
on_read (GObject      *source,
         GAsyncResult *result,
         gpointer      data)
{
  JxWindow *window = JX_WINDOW (source);
  GFile *file = g_task_get_task_data (G_TASK (result));
  g_autofree char *name = g_file_get_basename (file);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) grids = g_task_propagate_pointer (G_TASK (result), &error);
  JxImportDialog *dialog;

  gtk_widget_set_cursor (GTK_WIDGET (window), NULL);
  if (grids == NULL)
    {
      g_autofree char *heading = g_strdup_printf (_("Cannot Import “%s”"), name);

      show_error (GTK_WINDOW (window), heading, error->message);
      return;
    }
  dialog = jx_import_dialog_new (GTK_WINDOW (window), jx_window_get_document (window), grids, name);
  g_signal_connect_object (dialog, "imported", G_CALLBACK (on_imported), window, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

void
jx_import_table_file (JxWindow *window,
                      GFile    *file)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (JX_IS_WINDOW (window));
  g_return_if_fail (G_IS_FILE (file));

  gtk_widget_set_cursor_from_name (GTK_WIDGET (window), "progress");
  task = g_task_new (window, NULL, on_read, NULL);
  g_task_set_task_data (task, g_object_ref (file), g_object_unref);
  g_task_run_in_thread (task, read_in_thread);
}

/* ---- File → Import Indicator Table… ---- */

static void
on_chooser_response (GtkNativeDialog *native,
                     int              response,
                     JxWindow        *window)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (native));

      if (file != NULL)
        jx_import_table_file (window, file);
    }
  gtk_native_dialog_destroy (native);
  g_object_unref (native);
  g_object_unref (window);
}

static void
add_filter (GtkFileChooser     *chooser,
            const char         *name,
            const char * const *mime_types,
            const char * const *suffixes)
{
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  guint i;

  gtk_file_filter_set_name (filter, name);
  for (i = 0; mime_types[i] != NULL; i++)
    gtk_file_filter_add_mime_type (filter, mime_types[i]);
  for (i = 0; suffixes[i] != NULL; i++)
    gtk_file_filter_add_suffix (filter, suffixes[i]);
  gtk_file_chooser_add_filter (chooser, filter);
}

static void
import_table_action (GSimpleAction *action,
                     GVariant      *param,
                     gpointer       data)
{
  static const char * const all_types[] = {
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "application/vnd.ms-excel",
    "application/vnd.oasis.opendocument.spreadsheet", "text/csv", "text/tab-separated-values", NULL
  };
  static const char * const all_suffixes[] = { "xlsx", "xlsm", "xls", "ods", "csv", "tsv", NULL };
  static const char * const excel_types[] = {
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "application/vnd.ms-excel", NULL
  };
  static const char * const excel_suffixes[] = { "xlsx", "xlsm", "xls", NULL };
  static const char * const ods_types[] = { "application/vnd.oasis.opendocument.spreadsheet", NULL };
  static const char * const ods_suffixes[] = { "ods", NULL };
  static const char * const text_types[] = { "text/csv", "text/tab-separated-values", NULL };
  static const char * const text_suffixes[] = { "csv", "tsv", "txt", NULL };
  JxWindow *window = data;
  GtkFileChooserNative *native;
  GFile *file = jx_document_get_file (jx_window_get_document (window));

  native = gtk_file_chooser_native_new (_("Import Indicator Table"), GTK_WINDOW (window),
                                        GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (native), TRUE);
  add_filter (GTK_FILE_CHOOSER (native), _("Spreadsheets"), all_types, all_suffixes);
  add_filter (GTK_FILE_CHOOSER (native), _("Excel workbooks (.xlsx, .xls)"), excel_types, excel_suffixes);
  add_filter (GTK_FILE_CHOOSER (native), _("OpenDocument spreadsheets (.ods)"), ods_types, ods_suffixes);
  add_filter (GTK_FILE_CHOOSER (native), _("Text tables (.csv, .tsv)"), text_types, text_suffixes);
  {
    g_autoptr(GtkFileFilter) any = gtk_file_filter_new ();

    gtk_file_filter_set_name (any, _("All files"));
    gtk_file_filter_add_pattern (any, "*");
    gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (native), any);
  }
  if (file != NULL)
    {
      g_autoptr(GFile) folder = g_file_get_parent (file);

      if (folder != NULL)
        gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (native), folder, NULL);
    }
  g_signal_connect (native, "response", G_CALLBACK (on_chooser_response), g_object_ref (window));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (native));
}

static const GActionEntry actions[] = {
  { "import-table", import_table_action },
};

void
jx_import_actions_install (JxWindow *window)
{
  g_return_if_fail (JX_IS_WINDOW (window));

  g_action_map_add_action_entries (G_ACTION_MAP (window), actions, G_N_ELEMENTS (actions), window);
}
