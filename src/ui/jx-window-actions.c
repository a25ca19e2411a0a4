/* SPDX-License-Identifier: GPL-3.0-or-later */
/* jx-window-actions.c: the window's actions (win.*): files, undo, pages, findings. */
#define G_LOG_DOMAIN "jx-window"

#include "config.h"

#include <glib/gi18n.h>

#include "jx-load.h"
#include "jx-next-year.h"
#include "jx-presentation-window.h"
#include "jx-report-export.h"
#include "jx-report-print.h"
#include "jx-rule-pack.h"
#include "jx-scoring-settings.h"
#include "jx-import-actions.h"
#include "jx-sheet-actions.h"
#include "jx-slide-settings.h"
#include "jx-window-private.h"
#include "jx-ui-util.h"

#define MAX_RECENT 8

/* ---- helpers ---- */

void
_jx_window_show_error (JxWindow   *self,
                       const char *heading,
                       const char *body)
{
  GtkWidget *dialog = jx_message_dialog_new (GTK_WINDOW (self), heading, body);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "close");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "close");
  gtk_window_present (GTK_WINDOW (dialog));
}

/* A file that does not open: what it means, in a sentence a clerk reads (the loader's
 * message without the file name, line and column it starts with, which the heading and the
 * sentence say), and below it, small and selectable, the message whole for whoever helps. */
void
_jx_window_show_load_error (JxWindow     *self,
                            GFile        *file,
                            const GError *error)
{
  g_autofree char *name = g_file_get_basename (file);
  g_autofree char *heading = g_strdup_printf (_("Cannot Open “%s”"), name);
  g_autofree char *sentence = NULL;
  g_autofree char *detail = NULL;
  g_autoptr(GRegex) where = g_regex_new ("^.*?:([0-9]+):[0-9]+:\\s*|^[^:]*\\.jixiao:\\s*", G_REGEX_DOTALL, 0, NULL);
  g_autoptr(GMatchInfo) match = NULL;
  g_autofree char *line = NULL;
  GtkWidget *dialog;
  GtkWidget *label;

  if (g_regex_match (where, error->message, 0, &match))
    line = g_match_info_fetch (match, 1);
  sentence = g_regex_replace_literal (where, error->message, -1, 0, "", G_REGEX_MATCH_ANCHORED, NULL);
  if (sentence == NULL || sentence[0] == '\0')
    {
      g_free (sentence);
      sentence = g_strdup (error->message);
    }
  else if (line != NULL && line[0] != '\0' && strstr (sentence, line) == NULL)
    {
      /* Translators: where in the file a problem is, then the problem: "第 4 行：意外的“oops”" */
      char *with_line = g_strdup_printf (_("Line %s: %s"), line, sentence);

      g_free (sentence);
      sentence = with_line;
    }
  /* “the file is empty” → “The file is empty.” */
  if (g_ascii_islower (sentence[0]))
    sentence[0] = g_ascii_toupper (sentence[0]);
  if (!g_str_has_suffix (sentence, ".") && !g_str_has_suffix (sentence, "。"))
    {
      gunichar last = g_utf8_get_char (g_utf8_find_prev_char (sentence, sentence + strlen (sentence)));
      char *full = g_strconcat (sentence, last >= 0x2E80 || last == 0xFF09 ? "。" : ".", NULL);

      g_free (sentence);
      sentence = full;
    }
  dialog = jx_message_dialog_new (GTK_WINDOW (self), heading, sentence);
  /* Translators: under the explanation of a file that does not open, the loader's message. */
  detail = g_strdup_printf (_("Technical detail: %s"), error->message);
  label = gtk_label_new (detail);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0.0);
  gtk_widget_set_name (label, "load-error-detail");
  gtk_widget_add_css_class (label, "caption");
  gtk_widget_add_css_class (label, "dim-label");
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), label);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "close");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "close");
  gtk_window_present (GTK_WINDOW (dialog));
}

/* The window a new or opened document goes to: this one unless it has unsaved changes. */
static JxWindow *
target_window (JxWindow *self)
{
  JxWindow *window;

  if (!jx_document_get_modified (jx_window_get_document (self)))
    return self;
  window = jx_window_new (gtk_window_get_application (GTK_WINDOW (self)));
  gtk_window_present (GTK_WINDOW (window));
  return window;
}

static JxWindow *
window_showing (JxWindow *self,
                GFile    *file)
{
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));
  GList *l;

  for (l = app != NULL ? gtk_application_get_windows (app) : NULL; l != NULL; l = l->next)
    if (JX_IS_WINDOW (l->data) && jx_window_shows_file (l->data, file))
      return l->data;
  return NULL;
}

void
_jx_window_open_file (JxWindow *self,
                      GFile    *file)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JxDocument) document = NULL;
  JxWindow *shown = window_showing (self, file);

  if (shown != NULL)
    {
      gtk_window_present (GTK_WINDOW (shown));
      return;
    }
  if (!jx_document_get_modified (jx_window_get_document (self)))
    {
      jx_window_load_file (self, file, NULL);
      return;
    }
  /* Keep the unsaved document: the file opens in a window of its own. */
  document = jx_document_new_from_file (file, &error);
  if (document == NULL)
    {
      _jx_window_show_load_error (self, file, error);
      return;
    }
  shown = target_window (self);
  jx_window_set_document (shown, document);
  _jx_window_add_recent (shown, file);
}

static GFile *
last_folder (JxWindow *self)
{
  g_autofree char *folder = self->settings != NULL ? g_settings_get_string (self->settings, "last-folder") : NULL;
  GFile *file = jx_document_get_file (self->document);

  if (file != NULL)
    return g_file_get_parent (file);
  if (folder != NULL && folder[0] != '\0' && g_file_test (folder, G_FILE_TEST_IS_DIR))
    return g_file_new_for_path (folder);
  return NULL;
}

static void
add_filters (GtkFileChooser *chooser)
{
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) all = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, _("Jixiao documents"));
  gtk_file_filter_add_pattern (filter, "*.jixiao");
  gtk_file_filter_add_mime_type (filter, "application/x-jixiao+json");
  gtk_file_chooser_add_filter (chooser, filter);
  gtk_file_filter_set_name (all, _("All files"));
  gtk_file_filter_add_pattern (all, "*");
  gtk_file_chooser_add_filter (chooser, all);
  gtk_file_chooser_set_filter (chooser, filter);
}

/* ---- open ---- */

static void
on_open_response (GtkNativeDialog *native,
                  int              response,
                  JxWindow        *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (native));
      if (file != NULL)
        _jx_window_open_file (self, file);
    }
  g_object_unref (native);
}

static void
open_action (GSimpleAction *action,
             GVariant      *param,
             gpointer       data)
{
  JxWindow *self = data;
  GtkFileChooserNative *native;
  g_autoptr(GFile) folder = last_folder (self);

  native = gtk_file_chooser_native_new (_("Open Document"), GTK_WINDOW (self),
                                        GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (native), TRUE);
  add_filters (GTK_FILE_CHOOSER (native));
  if (folder != NULL)
    gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (native), folder, NULL);
  g_signal_connect (native, "response", G_CALLBACK (on_open_response), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (native));
}

static void
open_recent_action (GSimpleAction *action,
                    GVariant      *param,
                    gpointer       data)
{
  g_autoptr(GFile) file = g_file_new_for_uri (g_variant_get_string (param, NULL));

  _jx_window_open_file (data, file);
}

/* ---- new ---- */

static void
new_action (GSimpleAction *action,
            GVariant      *param,
            gpointer       data)
{
  g_autoptr(JxDocument) document = _jx_window_blank_document ();

  jx_window_set_document (target_window (data), document);
}

/* The indicator framework of the rule pack named by `param`, with its rules and settings. */
static void
new_from_template_action (GSimpleAction *action,
                          GVariant      *param,
                          gpointer       data)
{
  const JxRulePack *pack = jx_rule_pack_find (g_variant_get_string (param, NULL));
  g_autoptr(GError) error = NULL;
  g_autoptr(JxDocument) document = NULL;
  g_autofree char *toast = NULL;
  JxDocData *doc_data;
  JxWindow *window;

  g_return_if_fail (pack != NULL);
  doc_data = jx_rule_pack_new_template_document (pack, &error);
  if (doc_data == NULL)
    {
      _jx_window_show_error (data, _("Cannot Start from the Template"), error->message);
      return;
    }
  document = jx_document_new_for_data (doc_data);
  window = target_window (data);
  jx_window_set_document (window, document);
  /* Translators: %s is a rule pack, "部门整体支出共性指标（财预〔2013〕53号）" */
  toast = g_strdup_printf (_("New document with the indicator framework of %s"), jx_rule_pack_get_name (pack));
  jx_window_toast (window, toast);
}

/* Next year's document from this one, in a new window, unsaved: the tree, targets, rules
 * and settings kept, this year's actual figures as last year's (jx-next-year.h). */
static void
new_year_action (GSimpleAction *action,
                 GVariant      *param,
                 gpointer       data)
{
  JxWindow *self = data;
  g_autoptr(GError) error = NULL;
  g_autoptr(JxDocument) document = NULL;
  g_autofree char *toast = NULL;
  const JxDocData *this_year = jx_document_get_data (self->document);
  JxDocData *next;
  JxWindow *window;

  next = jx_doc_data_next_year (this_year, &error);
  if (next == NULL)
    {
      _jx_window_show_error (self, _("Cannot Make Next Year’s Document"), error->message);
      return;
    }
  document = jx_document_new_for_data (next);
  jx_document_set_modified (document, TRUE);
  window = jx_window_new (gtk_window_get_application (GTK_WINDOW (self)));
  jx_window_set_document (window, document);
  gtk_window_present (GTK_WINDOW (window));
  /* Translators: "2021 年的新文档：2020 年的实际数已作为上年数，实际值、得分和分析待填写" */
  toast = g_strdup_printf (_("New document for %d: the actual figures of %d are last year’s; "
                             "actual values, scores and analyses are to fill in"),
                           next->department.year, this_year->department.year);
  jx_window_toast (window, toast);
}

static void
fill_templates (GMenu *section)
{
  GPtrArray *packs = jx_rule_pack_list ();
  guint i;

  g_menu_remove_all (section);
  for (i = 0; i < packs->len; i++)
    {
      const JxRulePack *pack = g_ptr_array_index (packs, i);
      g_autoptr(GMenuItem) item = NULL;

      if (!jx_rule_pack_has_template (pack))
        continue;
      item = g_menu_item_new (jx_rule_pack_get_name (pack), NULL);
      g_menu_item_set_action_and_target (item, "win.new-from-template", "s", jx_rule_pack_get_id (pack));
      g_menu_append_item (section, item);
    }
}

/* ---- save ---- */

typedef struct {
  JxWindow *window;
  gboolean  close_after;
} SaveAs;

static void
on_saved (GObject      *source,
          GAsyncResult *result,
          gpointer      data)
{
  JxWindow *self = JX_WINDOW (source);
  g_autoptr(GFile) file = data;
  g_autoptr(GError) error = NULL;
  gboolean close_after = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (file), "jx-close-after"));
  g_autofree char *name = NULL;
  g_autofree char *heading = NULL;

  if (!_jx_window_save_finish (self, result, &error))
    {
      if (_jx_window_files_save_failed (self, error, close_after))
        return;
      name = g_file_get_basename (file);
      heading = g_strdup_printf (_("Cannot Save “%s”"), name);
      _jx_window_show_error (self, heading, error->message);
      return;
    }
  if (close_after && !jx_document_get_modified (self->document))
    _jx_window_close_confirmed (self);
}

/* Written on a thread: the window draws on meanwhile (issue 16). */
static void
finish_save (JxWindow *self,
             GFile    *file,
             gboolean  close_after)
{
  GFile *target = file != NULL ? file : jx_document_get_file (self->document);

  jx_document_break_merge (self->document);
  /* the file's own object, for the callback: its name and what to do after */
  target = g_file_dup (target);
  g_object_set_data (G_OBJECT (target), "jx-close-after", GINT_TO_POINTER (close_after));
  _jx_window_save_async (self, target, 0, on_saved, target);
}

static void
on_save_as_response (GtkNativeDialog *native,
                     int              response,
                     SaveAs          *save_as)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) chosen = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (native));
      g_autoptr(GFile) file = NULL;
      g_autofree char *name = chosen != NULL ? g_file_get_basename (chosen) : NULL;

      if (name != NULL && !g_str_has_suffix (name, ".jixiao"))
        {
          g_autoptr(GFile) parent = g_file_get_parent (chosen);
          g_autofree char *with_ext = g_strconcat (name, ".jixiao", NULL);
          file = g_file_get_child (parent, with_ext);
        }
      else
        file = g_steal_pointer (&chosen);
      if (file != NULL)
        finish_save (save_as->window, file, save_as->close_after);
    }
  g_object_unref (save_as->window);
  g_free (save_as);
  g_object_unref (native);
}

void
_jx_window_save_as (JxWindow *self,
                    gboolean  close_after)
{
  GtkFileChooserNative *native;
  g_autoptr(GFile) folder = last_folder (self);
  g_autofree char *title = jx_document_dup_title (self->document);
  g_autofree char *name = g_str_has_suffix (title, ".jixiao") ? g_strdup (title) : g_strconcat (title, ".jixiao", NULL);
  SaveAs *save_as = g_new0 (SaveAs, 1);

  save_as->window = g_object_ref (self);
  save_as->close_after = close_after;
  native = gtk_file_chooser_native_new (_("Save Document"), GTK_WINDOW (self),
                                        GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (native), TRUE);
  add_filters (GTK_FILE_CHOOSER (native));
  if (folder != NULL)
    gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (native), folder, NULL);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (native), name);
  g_signal_connect (native, "response", G_CALLBACK (on_save_as_response), save_as);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (native));
}

void
_jx_window_save (JxWindow *self,
                 gboolean  close_after)
{
  /* Open read-only (open elsewhere): the changes go to another file. */
  if (jx_document_get_file (self->document) == NULL || _jx_window_files_is_read_only (self))
    _jx_window_save_as (self, close_after);
  else
    finish_save (self, NULL, close_after);
}

static void
save_action (GSimpleAction *action,
             GVariant      *param,
             gpointer       data)
{
  _jx_window_save (data, FALSE);
}

static void
save_as_action (GSimpleAction *action,
                GVariant      *param,
                gpointer       data)
{
  _jx_window_save_as (data, FALSE);
}

/* ---- undo ---- */

static void
undo_action (GSimpleAction *action,
             GVariant      *param,
             gpointer       data)
{
  JxWindow *self = data;

  jx_document_break_merge (self->document);
  jx_document_undo (self->document);
}

static void
redo_action (GSimpleAction *action,
             GVariant      *param,
             gpointer       data)
{
  JxWindow *self = data;

  jx_document_break_merge (self->document);
  jx_document_redo (self->document);
}

/* ---- pages ---- */

static void
show_page_action (GSimpleAction *action,
                  GVariant      *param,
                  gpointer       data)
{
  JxWindow *self = data;

  adw_view_stack_set_visible_child_name (self->stack, g_variant_get_string (param, NULL));
}

static void
focus_path_action (GSimpleAction *action,
                   GVariant      *param,
                   gpointer       data)
{
  jx_window_focus_path (data, g_variant_get_string (param, NULL));
}

/* ---- presentation ---- */

static void
present_action (GSimpleAction *action,
                GVariant      *param,
                gpointer       data)
{
  JxWindow *self = data;
  JxPresentationWindow *presentation;

  jx_document_break_merge (self->document);
  presentation = jx_presentation_window_new (GTK_WINDOW (self), self->document);
  gtk_window_present (GTK_WINDOW (presentation));
}

static void
slide_settings_action (GSimpleAction *action,
                       GVariant      *param,
                       gpointer       data)
{
  JxWindow *self = data;

  gtk_window_present (GTK_WINDOW (jx_slide_settings_new (GTK_WINDOW (self), self->document)));
}

static void
scoring_settings_action (GSimpleAction *action,
                         GVariant      *param,
                         gpointer       data)
{
  JxWindow *self = data;

  gtk_window_present (GTK_WINDOW (jx_scoring_settings_new (GTK_WINDOW (self), self->document)));
}

static const GActionEntry actions[] = {
  { "scoring-settings", scoring_settings_action },
  { "present", present_action },
  { "slide-settings", slide_settings_action },
  { "print", jx_report_print_activate },
  { "page-setup", jx_report_page_setup_activate },
  { "print-chart", jx_chart_print_activate, "s" },
  { "new", new_action },
  { "new-from-template", new_from_template_action, "s" },
  { "new-year", new_year_action },
  { "open", open_action },
  { "open-recent", open_recent_action, "s" },
  { "save", save_action },
  { "save-as", save_as_action },
  { "undo", undo_action },
  { "redo", redo_action },
  { "show-page", show_page_action, "s" },
  { "focus-path", focus_path_action, "s" },
};

/* ---- recent documents ---- */

static int
recent_newest_first (gconstpointer a,
                     gconstpointer b)
{
  GtkRecentInfo *x = *(GtkRecentInfo * const *) a;
  GtkRecentInfo *y = *(GtkRecentInfo * const *) b;

  return g_date_time_compare (gtk_recent_info_get_modified (y), gtk_recent_info_get_modified (x));
}

void
_jx_window_update_recent (JxWindow *self)
{
  GList *items = gtk_recent_manager_get_items (self->recent);
  g_autoptr(GPtrArray) ours = g_ptr_array_new ();
  GList *l;
  guint i;

  for (l = items; l != NULL; l = l->next)
    {
      GtkRecentInfo *info = l->data;
      const char *uri = gtk_recent_info_get_uri (info);

      if (g_str_has_suffix (uri, ".jixiao") && gtk_recent_info_exists (info))
        g_ptr_array_add (ours, info);
    }
  g_ptr_array_sort (ours, recent_newest_first);

  g_menu_remove_all (self->recent_section);
  for (i = 0; i < ours->len && i < MAX_RECENT; i++)
    {
      GtkRecentInfo *info = g_ptr_array_index (ours, i);
      g_autoptr(GMenuItem) item = g_menu_item_new (gtk_recent_info_get_display_name (info), NULL);

      g_menu_item_set_action_and_target (item, "win.open-recent", "s", gtk_recent_info_get_uri (info));
      g_menu_append_item (self->recent_section, item);
    }
  if (ours->len == 0)
    {
      g_autoptr(GMenuItem) item = g_menu_item_new (_("No recent documents"), "win.none");
      g_menu_append_item (self->recent_section, item);
    }
  g_list_free_full (items, (GDestroyNotify) gtk_recent_info_unref);
}

void
_jx_window_update_actions (JxWindow *self)
{
  GAction *undo = g_action_map_lookup_action (G_ACTION_MAP (self), "undo");
  GAction *redo = g_action_map_lookup_action (G_ACTION_MAP (self), "redo");

  if (undo == NULL || self->document == NULL)
    return;
  g_simple_action_set_enabled (G_SIMPLE_ACTION (undo), jx_document_can_undo (self->document));
  g_simple_action_set_enabled (G_SIMPLE_ACTION (redo), jx_document_can_redo (self->document));
}

void
_jx_window_init_actions (JxWindow *self)
{
  g_action_map_add_action_entries (G_ACTION_MAP (self), actions, G_N_ELEMENTS (actions), self);
  jx_sheet_actions_install (self);
  jx_import_actions_install (self);
  jx_report_export_install (self);
  self->recent_changed_id = g_signal_connect_swapped (self->recent, "changed",
                                                      G_CALLBACK (_jx_window_update_recent), self);
  _jx_window_update_recent (self);
  fill_templates (self->template_section);
  fill_templates (self->open_template_section);
}
