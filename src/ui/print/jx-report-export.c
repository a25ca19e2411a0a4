/* SPDX-License-Identifier: GPL-3.0-or-later */
/* jx-report-export.c: the report as PDF or Word document from the window. The dialog takes the
 * name; a snapshot of the document (through its canonical JSON) goes to a worker thread, which
 * writes through jx_report_export_pdf() or jx_docx_export() — both write a temporary file in
 * the target's folder and rename it, so a failure leaves nothing half-written. While one export
 * runs, both export actions are off. */
#define G_LOG_DOMAIN "jx-export"

#include "config.h"

#include <glib/gi18n.h>

#include "jx-docx.h"
#include "jx-load.h"
#include "jx-report.h"
#include "jx-report-export.h"
#include "jx-save.h"
#include "jx-settings.h"
#include "jx-sheet-actions.h"

typedef struct {
  JxExportFormat format;
  JxDocxFonts    fonts;
  char          *json;
  gsize          length;
  GFile         *file;
} ExportJob;

static void
export_job_free (ExportJob *job)
{
  g_free (job->json);
  g_clear_object (&job->file);
  g_free (job);
}

static const char *
suffix_of (JxExportFormat format)
{
  return format == JX_EXPORT_DOCX ? ".docx" : ".pdf";
}

static const char *
error_heading (JxExportFormat format)
{
  return format == JX_EXPORT_DOCX ? _("Could Not Export the Word Document") : _("Could Not Export the Report");
}

static void
show_error (JxWindow   *window,
            const char *heading,
            const char *body)
{
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (window), heading, body);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "close");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "close");
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
set_exporting (JxWindow *window,
               gboolean  exporting)
{
  static const char * const names[] = { "export-pdf", "export-docx" };
  guint i;

  for (i = 0; i < G_N_ELEMENTS (names); i++)
    {
      GAction *action = g_action_map_lookup_action (G_ACTION_MAP (window), names[i]);

      if (action != NULL)
        g_simple_action_set_enabled (G_SIMPLE_ACTION (action), !exporting);
    }
}

/* The fonts the Preferences name for Word documents (official without settings). */
static JxDocxFonts
preferred_fonts (void)
{
  g_autoptr(GSettings) settings = jx_settings_new ();
  g_autofree char *name = NULL;
  JxDocxFonts fonts = JX_DOCX_FONTS_OFFICIAL;

  if (settings == NULL)
    return fonts;
  name = g_settings_get_string (settings, "font-preset");
  jx_docx_fonts_from_string (name, &fonts);
  return fonts;
}

/* ---- the worker ---- */

static void
export_thread (GTask        *task,
               gpointer      source,
               gpointer      data,
               GCancellable *cancellable)
{
  ExportJob *job = data;
  g_autoptr(GError) error = NULL;
  g_autoptr(JxDocData) doc = jx_doc_data_load_data (job->json, job->length, "report", &error);
  g_autofree char *path = g_file_get_path (job->file);
  gboolean ok;

  if (doc == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  if (job->format == JX_EXPORT_DOCX)
    ok = jx_docx_export (doc, path, job->fonts, &error);
  else
    ok = jx_report_export_pdf (doc, path, &error);
  if (ok)
    g_task_return_pointer (task, g_object_ref (job->file), g_object_unref);
  else
    g_task_return_error (task, g_steal_pointer (&error));
}

typedef struct {
  GAsyncReadyCallback callback;
  gpointer            user_data;
  JxExportFormat      format;
} Done;

static void
export_done (GObject      *source,
             GAsyncResult *result,
             gpointer      data)
{
  JxWindow *window = JX_WINDOW (source);
  Done *done = data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = g_task_propagate_pointer (G_TASK (result), &error);

  set_exporting (window, FALSE);
  if (file == NULL)
    show_error (window, error_heading (done->format), error->message);
  else
    {
      g_autofree char *name = g_file_get_basename (file);
      g_autofree char *message = done->format == JX_EXPORT_DOCX
                                 ? g_strdup_printf (_("Word document exported to “%s”"), name)
                                 : g_strdup_printf (_("Report exported to “%s”"), name);

      jx_sheet_toast_open (window, message, file);
    }
  if (done->callback != NULL)
    {
      /* the result goes on to the caller, with the same outcome */
      GTask *task = g_task_new (window, NULL, done->callback, done->user_data);

      g_task_set_source_tag (task, jx_report_export_start);
      if (file != NULL)
        g_task_return_pointer (task, g_steal_pointer (&file), g_object_unref);
      else
        g_task_return_error (task, g_steal_pointer (&error));
      g_object_unref (task);
    }
  g_free (done);
}

void
jx_report_export_start (JxWindow            *window,
                        JxExportFormat       format,
                        GFile               *file,
                        GAsyncReadyCallback  callback,
                        gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autofree char *name = NULL;
  g_autofree char *lower = NULL;
  const char *suffix = suffix_of (format);
  ExportJob *job;
  Done *done;

  g_return_if_fail (JX_IS_WINDOW (window));
  g_return_if_fail (G_IS_FILE (file));

  job = g_new0 (ExportJob, 1);
  job->format = format;
  job->fonts = preferred_fonts ();
  /* The report is .pdf or .docx whatever the clerk typed. */
  name = g_file_get_basename (file);
  lower = name != NULL ? g_ascii_strdown (name, -1) : NULL;
  if (lower != NULL && !g_str_has_suffix (lower, suffix))
    {
      g_autoptr(GFile) parent = g_file_get_parent (file);
      g_autofree char *with_suffix = g_strconcat (name, suffix, NULL);

      job->file = parent != NULL ? g_file_get_child (parent, with_suffix) : g_object_ref (file);
    }
  else
    job->file = g_object_ref (file);
  jx_document_break_merge (jx_window_get_document (window));
  job->json = jx_doc_data_to_json (jx_document_get_data (jx_window_get_document (window)), &job->length);

  done = g_new0 (Done, 1);
  done->callback = callback;
  done->user_data = user_data;
  done->format = format;
  task = g_task_new (window, NULL, export_done, done);
  g_task_set_source_tag (task, export_thread);
  g_task_set_task_data (task, job, (GDestroyNotify) export_job_free);

  if (g_file_peek_path (job->file) == NULL)
    {
      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED, "%s",
                               _("Choose a folder on this computer for the report."));
      set_exporting (window, TRUE);
      return;
    }
  set_exporting (window, TRUE);
  g_task_run_in_thread (task, export_thread);
}

GFile *
jx_report_export_finish (JxWindow      *window,
                         GAsyncResult  *result,
                         GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, window), NULL);
  return g_task_propagate_pointer (G_TASK (result), error);
}

/* ---- the dialog ---- */

static void
on_export_response (GtkNativeDialog *native,
                    int              response,
                    JxWindow        *window)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (native));
      JxExportFormat format = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (native), "jx-format"));

      if (file != NULL)
        jx_report_export_start (window, format, file, NULL, NULL);
    }
  gtk_native_dialog_destroy (native);
  g_object_unref (native);
  g_object_unref (window);
}

static void
export_dialog (JxWindow       *window,
               JxExportFormat  format)
{
  const JxDocData *doc = jx_document_get_data (jx_window_get_document (window));
  GFile *file = jx_document_get_file (jx_window_get_document (window));
  const char *department = doc->department.name != NULL ? doc->department.name : "";
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autofree char *name = NULL;
  GtkFileChooserNative *native;

  if (format == JX_EXPORT_DOCX)
    {
      native = gtk_file_chooser_native_new (_("Export Report as Word Document"), GTK_WINDOW (window),
                                            GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), _("_Cancel"));
      gtk_file_filter_set_name (filter, _("Word documents"));
      gtk_file_filter_add_mime_type (filter, "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
      gtk_file_filter_add_suffix (filter, "docx");
    }
  else
    {
      native = gtk_file_chooser_native_new (_("Export Report as PDF"), GTK_WINDOW (window),
                                            GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), _("_Cancel"));
      gtk_file_filter_set_name (filter, _("PDF documents"));
      gtk_file_filter_add_mime_type (filter, "application/pdf");
      gtk_file_filter_add_suffix (filter, "pdf");
    }
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (native), TRUE);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (native), filter);
  g_object_set_data (G_OBJECT (native), "jx-format", GINT_TO_POINTER (format));

  /* the report's own title, as the finance bureau files it */
  if (doc->department.year > 0)
    name = g_strdup_printf ("%s%d年度整体支出绩效自评报告%s", department, doc->department.year, suffix_of (format));
  else
    name = g_strdup_printf ("%s整体支出绩效自评报告%s", department, suffix_of (format));
  g_strdelimit (name, "/\\:", '-');
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (native), name);
  if (file != NULL)
    {
      g_autoptr(GFile) folder = g_file_get_parent (file);

      if (folder != NULL)
        gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (native), folder, NULL);
    }

  g_signal_connect (native, "response", G_CALLBACK (on_export_response), g_object_ref (window));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (native));
}

static void
export_pdf_action (GSimpleAction *action,
                   GVariant      *param,
                   gpointer       window)
{
  export_dialog (JX_WINDOW (window), JX_EXPORT_PDF);
}

static void
export_docx_action (GSimpleAction *action,
                    GVariant      *param,
                    gpointer       window)
{
  export_dialog (JX_WINDOW (window), JX_EXPORT_DOCX);
}

static const GActionEntry actions[] = {
  { "export-pdf", export_pdf_action },
  { "export-docx", export_docx_action },
};

void
jx_report_export_install (JxWindow *window)
{
  g_return_if_fail (JX_IS_WINDOW (window));

  g_action_map_add_action_entries (G_ACTION_MAP (window), actions, G_N_ELEMENTS (actions), window);
}
