/* SPDX-License-Identifier: GPL-3.0-or-later */
/* jx-sheet-actions.c: exporting the 自评表 workbook from the window. The workbook is
 * written from the document as it is when the clerk confirms the file name. */
#define G_LOG_DOMAIN "jx-sheets"

#include "config.h"

#include <glib/gi18n.h>

#include "jx-sheet-actions.h"
#include "jx-xlsx-writer.h"
#include "jx-ui-util.h"

static void
show_error (GtkWindow  *parent,
            const char *heading,
            const char *body)
{
  GtkWidget *dialog = jx_message_dialog_new (parent, heading, body);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "close");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "close");
  gtk_window_present (GTK_WINDOW (dialog));
}

void
jx_sheet_toast_open (JxWindow   *window,
                     const char *message,
                     GFile      *file)
{
  AdwToast *toast;
  g_autofree char *uri = g_file_get_uri (file);

  g_return_if_fail (JX_IS_WINDOW (window));

  toast = adw_toast_new (message);
  adw_toast_set_button_label (toast, _("_Open"));
  adw_toast_set_action_name (toast, "win.open-exported");
  adw_toast_set_action_target_value (toast, g_variant_new_string (uri));
  adw_toast_set_timeout (toast, 8);
  jx_window_add_toast (window, toast);
}

static void
open_exported_action (GSimpleAction *action,
                      GVariant      *param,
                      gpointer       window)
{
  gtk_show_uri (GTK_WINDOW (window), g_variant_get_string (param, NULL), GDK_CURRENT_TIME);
}

/* ---- export ---- */

static void
on_export_response (GtkNativeDialog *native,
                    int              response,
                    JxWindow        *window)
{
  g_autoptr(GFile) chosen = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  g_autofree char *message = NULL;

  if (response != GTK_RESPONSE_ACCEPT)
    goto out;
  chosen = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (native));
  if (chosen == NULL)
    goto out;

  /* The workbook is .xlsx whatever the clerk typed. */
  name = g_file_get_basename (chosen);
  if (!g_str_has_suffix (name, ".xlsx") && !g_str_has_suffix (name, ".XLSX"))
    {
      g_autoptr(GFile) parent = g_file_get_parent (chosen);
      g_autofree char *with_ext = g_strconcat (name, ".xlsx", NULL);

      file = g_file_get_child (parent, with_ext);
      g_free (name);
      name = g_steal_pointer (&with_ext);
    }
  else
    file = g_object_ref (chosen);

  if (!jx_xlsx_export (jx_document_get_data (jx_window_get_document (window)), file, &error))
    {
      show_error (GTK_WINDOW (window), _("Could Not Export the Self-Evaluation Table"), error->message);
      goto out;
    }
  message = g_strdup_printf (_("Self-evaluation table exported to “%s”"), name);
  jx_sheet_toast_open (window, message, file);

out:
  gtk_native_dialog_destroy (native);
  g_object_unref (native);
  g_object_unref (window);
}

static void
export_xlsx_action (GSimpleAction *action,
                    GVariant      *param,
                    gpointer       data)
{
  JxWindow *window = data;
  const JxDocData *doc = jx_document_get_data (jx_window_get_document (window));
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autofree char *name = NULL;
  GFile *file = jx_document_get_file (jx_window_get_document (window));
  GtkFileChooserNative *native;

  native = gtk_file_chooser_native_new (_("Export Self-Evaluation Table"), GTK_WINDOW (window),
                                        GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (native), TRUE);
  gtk_file_filter_set_name (filter, _("Excel workbooks"));
  gtk_file_filter_add_mime_type (filter, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
  gtk_file_filter_add_suffix (filter, "xlsx");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (native), filter);

  /* the form's own title, as the finance bureau files it */
  if (doc->department.year > 0)
    name = g_strdup_printf ("%s%d年度部门整体支出绩效自评表.xlsx",
                            doc->department.name != NULL ? doc->department.name : "", doc->department.year);
  else
    name = g_strdup_printf ("%s部门整体支出绩效自评表.xlsx", doc->department.name != NULL ? doc->department.name : "");
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

static const GActionEntry actions[] = {
  { "export-xlsx", export_xlsx_action },
  { "open-exported", open_exported_action, "s" },
};

void
jx_sheet_actions_install (JxWindow *window)
{
  g_return_if_fail (JX_IS_WINDOW (window));

  g_action_map_add_action_entries (G_ACTION_MAP (window), actions, G_N_ELEMENTS (actions), window);
}
