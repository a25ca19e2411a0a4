/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "jx-restore"

#include "config.h"

#include <glib/gi18n.h>

#include "jx-autosave.h"
#include "jx-restore.h"
#include "jx-ui-util.h"

typedef struct {
  JxWindow  *window;
  GPtrArray *orphans;   /* of JxAutosaveOrphan*, newest first */
  guint      next;      /* the one offered now */
} Offer;

static void offer_next (Offer *offer);

static void
offer_free (Offer *offer)
{
  g_object_unref (offer->window);
  g_ptr_array_unref (offer->orphans);
  g_free (offer);
}

static JxWindow *
window_for (JxWindow               *window,
            const JxAutosaveOrphan *orphan)
{
  JxDocument *shown = jx_window_get_document (window);
  GFile *file = jx_document_get_file (shown);
  JxWindow *other;

  if (jx_window_is_blank (window))
    return window;
  if (!jx_document_get_modified (shown) && file != NULL && orphan->original != NULL
      && jx_window_shows_file (window, orphan->original))
    return window;
  other = jx_window_new (gtk_window_get_application (GTK_WINDOW (window)));
  gtk_window_present (GTK_WINDOW (other));
  return other;
}

static void
restore (JxWindow         *window,
         JxAutosaveOrphan *orphan)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JxDocument) document = jx_document_new_from_file (orphan->document, &error);
  JxWindow *target;

  if (document == NULL)
    {
      g_warning ("Cannot restore %s: %s", g_file_peek_path (orphan->document), error->message);
      jx_window_toast (window, _("The unsaved changes could not be restored"));
      jx_autosave_orphan_free (orphan);   /* its files stay */
      return;
    }
  jx_document_set_file (document, orphan->original);
  /* The version of the file the work started from: a save there checks it is still that. */
  jx_document_set_identity (document, &orphan->identity);
  jx_document_set_modified (document, TRUE);
  target = window_for (window, orphan);
  jx_window_set_document (target, document);
  /* Said before the files change: whoever watches the files (the tests) may stop us then. */
  g_message ("Restored the autosave %s of %s", g_file_peek_path (orphan->document),
             orphan->original != NULL ? g_file_peek_path (orphan->original) : orphan->title);
  /* Kept safe at once under this session's name; the crashed session's files go only once
   * that is written (a full disk keeps them, and says so in the window). */
  jx_autosave_adopt (jx_window_get_autosave (target), orphan);
  jx_window_autosave (target);
  jx_window_toast (target, _("Unsaved changes restored"));
}

static void
on_response (AdwMessageDialog *dialog,
             const char       *response,
             Offer            *offer)
{
  JxAutosaveOrphan *orphan = g_ptr_array_index (offer->orphans, offer->next);

  g_signal_handlers_disconnect_by_func (dialog, on_response, offer);
  if (g_str_equal (response, "restore"))
    {
      /* Taken by the window's autosave. */
      g_ptr_array_index (offer->orphans, offer->next) = NULL;
      restore (offer->window, orphan);
    }
  else if (g_str_equal (response, "discard"))
    {
      g_message ("Discarded the autosave %s", g_file_peek_path (orphan->document));
      jx_autosave_orphan_remove (orphan);
    }
  offer->next++;
  offer_next (offer);
}

static void
offer_next (Offer *offer)
{
  const char *answer = g_getenv ("JIXIAO_RESTORE_AUTOSAVE");
  JxAutosaveOrphan *orphan;
  g_autofree char *when = NULL;
  g_autofree char *body = NULL;
  AdwMessageDialog *dialog;

  if (offer->next >= offer->orphans->len)
    {
      offer_free (offer);
      return;
    }
  orphan = g_ptr_array_index (offer->orphans, offer->next);
  /* Translators: a date and time, see g_date_time_format(). */
  when = g_date_time_format (orphan->time, _("%Y-%m-%d %H:%M"));
  body = g_strdup_printf (_("Jixiao was not closed properly. The unsaved changes to “%s” from %s were kept. Restore them?"),
                          orphan->title, when);
  dialog = ADW_MESSAGE_DIALOG (jx_message_dialog_new (GTK_WINDOW (offer->window),
                                                       _("Restore Unsaved Changes?"), body));
  adw_message_dialog_add_responses (dialog,
                                    "discard", _("_Discard"),
                                    "restore", _("_Restore"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "discard", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_appearance (dialog, "restore", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "restore");
  /* Escape keeps the autosave for the next start. */
  adw_message_dialog_set_close_response (dialog, "keep");
  g_signal_connect (dialog, "response", G_CALLBACK (on_response), offer);
  gtk_window_present (GTK_WINDOW (dialog));
  g_message ("Offering to restore the autosave %s (%s)", g_file_peek_path (orphan->document), orphan->title);

  if (answer != NULL && (g_str_equal (answer, "yes") || g_str_equal (answer, "no")))
    adw_message_dialog_response (dialog, g_str_equal (answer, "yes") ? "restore" : "discard");
}

guint
jx_restore_offer (JxWindow *window)
{
  g_autoptr(GPtrArray) orphans = jx_autosave_find_orphans ();
  Offer *offer;
  guint n = orphans->len;

  g_return_val_if_fail (JX_IS_WINDOW (window), 0);

  g_info ("Looked for the autosaves of ended sessions: %u found", n);
  if (n == 0)
    return 0;
  offer = g_new0 (Offer, 1);
  offer->window = g_object_ref (window);
  offer->orphans = g_steal_pointer (&orphans);
  offer_next (offer);
  return n;
}
