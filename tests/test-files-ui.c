/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-files-ui.c: the window and its file on disk, under Xvfb. A file a colleague saved
 * over shows a banner, and Ctrl+S asks before overwriting it (also when no event came); the
 * banner's Reload and Overwrite do what they say; a deleted file is saved back; the same
 * file opened again (through a link, "./x") presents its window; a document open in
 * another process is offered read-only; a lock left by a crash is taken over. */
#define G_LOG_DOMAIN "test-files-ui"

#include "config.h"

#include <glib/gstdio.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include "jx-banner.h"
#include "jx-file-lock.h"
#include "jx-load.h"
#include "jx-save.h"
#include "jx-test-ui.h"
#include "jx-window.h"

static JxApplication *app;

static GtkWidget *
find_by_name (GtkWidget  *root,
              const char *name)
{
  GtkWidget *child;

  if (g_strcmp0 (gtk_widget_get_name (root), name) == 0)
    return root;
  for (child = gtk_widget_get_first_child (root); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_by_name (child, name);
      if (found != NULL)
        return found;
    }
  return NULL;
}

static JxBanner *
banner (JxWindow   *window,
        const char *name)
{
  GtkWidget *found = find_by_name (GTK_WIDGET (window), name);

  g_assert_nonnull (found);
  return JX_BANNER (found);
}

static AdwMessageDialog *
find_message_dialog (void)
{
  g_autoptr(GList) toplevels = gtk_window_list_toplevels ();
  GList *l;

  for (l = toplevels; l != NULL; l = l->next)
    if (ADW_IS_MESSAGE_DIALOG (l->data) && gtk_widget_get_visible (l->data))
      return l->data;
  return NULL;
}

/* A save is written on a thread: what it says comes when it is done (or refused). */
static AdwMessageDialog *
wait_message_dialog (void)
{
  gint64 end = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;
  AdwMessageDialog *dialog;

  while ((dialog = find_message_dialog ()) == NULL && g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, FALSE);
  return dialog;
}

static char *
copy_of_sample (const char *name)
{
  g_autofree char *text = NULL;
  gsize length;
  char *path = g_build_filename (jx_test_ui_tmp_dir (), name, NULL);

  g_assert_true (g_file_get_contents (g_getenv ("JIXIAO_SAMPLE"), &text, &length, NULL));
  g_assert_true (g_file_set_contents (path, text, (gssize) length, NULL));
  return path;
}

static int
headcount_on_disk (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(JxDocData) data = jx_doc_data_load_file (file, &error);

  g_assert_no_error (error);
  return data->department.staffing.actual.total;
}

static int
headcount_shown (JxWindow *window)
{
  return jx_document_get_data (jx_window_get_document (window))->department.staffing.actual.total;
}

/* Another program saves the file: a new version, written its own (atomic) way. */
static void
colleague_saves (const char *path,
                 int         headcount)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(JxDocData) data = jx_doc_data_load_file (file, NULL);

  data->department.staffing.actual.total = headcount;
  g_assert_true (jx_doc_data_save_file (data, file, NULL));
}

static JxWindow *
open_window (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  JxWindow *window = jx_window_new (GTK_APPLICATION (app));

  g_assert_true (jx_window_load_file (window, file, &error));
  g_assert_no_error (error);
  gtk_window_present (GTK_WINDOW (window));
  jx_test_spin (150);
  return window;
}

static void
destroy_window (JxWindow *window)
{
  jx_document_set_modified (jx_window_get_document (window), FALSE);
  gtk_window_destroy (GTK_WINDOW (window));
  jx_test_iterate ();
}

/* Spins until `banner` shows or 5 s pass. */
static gboolean
wait_revealed (JxBanner *b,
               gboolean  revealed)
{
  for (int i = 0; i < 100 && jx_banner_get_revealed (b) != revealed; i++)
    jx_test_spin (50);
  return jx_banner_get_revealed (b) == revealed;
}

/* As a click does: the response, then the dialog closes. */
static void
respond (AdwMessageDialog *dialog,
         const char       *response)
{
  adw_message_dialog_response (dialog, response);
  gtk_window_destroy (GTK_WINDOW (dialog));
  jx_test_iterate ();
}

static void
activate (JxWindow   *window,
          const char *action)
{
  g_action_group_activate_action (G_ACTION_GROUP (window), action, NULL);
  jx_test_iterate ();
  /* a save is written on a thread: until it is done */
  while (jx_window_is_saving (window))
    g_main_context_iteration (NULL, TRUE);
  jx_test_iterate ();
}

static void
test_changed_on_disk (void)
{
  g_autofree char *path = copy_of_sample ("changed.jixiao");
  JxWindow *window = open_window (path);
  JxBanner *disk = banner (window, "disk-banner");
  AdwMessageDialog *dialog;

  g_assert_false (jx_banner_get_revealed (disk));
  g_assert_true (jx_document_set_int (jx_window_get_document (window), "department.staffing.actual.total", 95, NULL));

  /* The colleague's save shows in the window. */
  colleague_saves (path, 90);
  g_assert_true (wait_revealed (disk, TRUE));
  g_test_message ("banner: %s", jx_banner_get_title (disk));
  g_assert_nonnull (strstr (jx_banner_get_title (disk), "changed on disk"));
  g_assert_nonnull (jx_banner_get_button (disk, "win.reload-from-disk"));
  g_assert_nonnull (jx_banner_get_button (disk, "win.save-as"));
  g_assert_nonnull (jx_banner_get_button (disk, "win.overwrite-disk"));

  /* Ctrl+S asks, and writes nothing until told. */
  activate (window, "save");
  dialog = find_message_dialog ();
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "File Changed on Disk");
  g_assert_cmpint (headcount_on_disk (path), ==, 90);
  respond (dialog, "cancel");
  g_assert_cmpint (headcount_on_disk (path), ==, 90);
  g_assert_true (jx_document_get_modified (jx_window_get_document (window)));

  activate (window, "save");
  dialog = find_message_dialog ();
  g_assert_nonnull (dialog);
  respond (dialog, "overwrite");
  g_assert_cmpint (headcount_on_disk (path), ==, 95);
  g_assert_false (jx_document_get_modified (jx_window_get_document (window)));
  g_assert_true (wait_revealed (disk, FALSE));

  /* Our own saves show no banner. */
  g_assert_true (jx_document_set_int (jx_window_get_document (window), "department.staffing.actual.total", 96, NULL));
  activate (window, "save");
  g_assert_null (find_message_dialog ());
  jx_test_spin (600);
  g_assert_false (jx_banner_get_revealed (disk));
  g_assert_cmpint (headcount_on_disk (path), ==, 96);
  destroy_window (window);
}

/* A network folder sends no event: the look before the save still catches it. */
static void
test_changed_without_event (void)
{
  g_autofree char *path = copy_of_sample ("no-event.jixiao");
  JxWindow *window = open_window (path);
  AdwMessageDialog *dialog;

  g_assert_true (jx_document_set_int (jx_window_get_document (window), "department.staffing.actual.total", 95, NULL));
  colleague_saves (path, 90);
  g_action_group_activate_action (G_ACTION_GROUP (window), "save", NULL);   /* no main loop between */
  g_assert_cmpint (headcount_on_disk (path), ==, 90);
  dialog = wait_message_dialog ();
  g_assert_nonnull (dialog);
  g_assert_true (adw_message_dialog_has_response (dialog, "save-as"));
  respond (dialog, "cancel");
  g_assert_cmpint (headcount_on_disk (path), ==, 90);
  destroy_window (window);
}

static void
test_reload (void)
{
  g_autofree char *path = copy_of_sample ("reload.jixiao");
  JxWindow *window = open_window (path);
  JxBanner *disk = banner (window, "disk-banner");
  AdwMessageDialog *dialog;

  /* No unsaved changes: reloaded at once. */
  colleague_saves (path, 90);
  g_assert_true (wait_revealed (disk, TRUE));
  activate (window, "reload-from-disk");
  g_assert_null (find_message_dialog ());
  g_assert_cmpint (headcount_shown (window), ==, 90);
  g_assert_true (wait_revealed (disk, FALSE));

  /* Unsaved changes: asked first; Cancel keeps them. */
  g_assert_true (jx_document_set_int (jx_window_get_document (window), "department.staffing.actual.total", 97, NULL));
  colleague_saves (path, 80);
  g_assert_true (wait_revealed (disk, TRUE));
  activate (window, "reload-from-disk");
  dialog = find_message_dialog ();
  g_assert_nonnull (dialog);
  respond (dialog, "cancel");
  g_assert_cmpint (headcount_shown (window), ==, 97);
  activate (window, "reload-from-disk");
  dialog = find_message_dialog ();
  respond (dialog, "reload");
  g_assert_cmpint (headcount_shown (window), ==, 80);
  g_assert_false (jx_document_get_modified (jx_window_get_document (window)));
  destroy_window (window);
}

static void
test_deleted (void)
{
  g_autofree char *path = copy_of_sample ("deleted.jixiao");
  JxWindow *window = open_window (path);
  JxBanner *disk = banner (window, "disk-banner");

  g_assert_cmpint (g_unlink (path), ==, 0);
  g_assert_true (wait_revealed (disk, TRUE));
  g_assert_nonnull (strstr (jx_banner_get_title (disk), "deleted or moved"));
  activate (window, "save");
  g_assert_null (find_message_dialog ());
  g_assert_cmpint (headcount_on_disk (path), ==, 93);
  g_assert_true (wait_revealed (disk, FALSE));
  destroy_window (window);
}

static guint
n_windows (void)
{
  return g_list_length (gtk_application_get_windows (GTK_APPLICATION (app)));
}

/* The same file, under other names: its window comes forward, no second copy. */
static void
test_open_twice (void)
{
  g_autofree char *path = copy_of_sample ("twice.jixiao");
  g_autofree char *link = g_build_filename (jx_test_ui_tmp_dir (), "twice-link.jixiao", NULL);
  g_autofree char *dotted = g_build_filename (jx_test_ui_tmp_dir (), ".", "twice.jixiao", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) via_link = g_file_new_for_path (link);
  g_autoptr(GFile) via_dot = g_file_new_for_path (dotted);
  g_autofree char *link_uri = g_file_get_uri (via_link);
  GFile *files[1];
  JxWindow *window;
  guint before;

  g_assert_cmpint (symlink ("twice.jixiao", link), ==, 0);
  before = n_windows ();
  files[0] = file;
  g_application_open (G_APPLICATION (app), files, 1, "");
  jx_test_spin (100);
  g_assert_cmpuint (n_windows (), ==, before + 1);
  window = JX_WINDOW (gtk_application_get_windows (GTK_APPLICATION (app))->data);
  g_assert_true (jx_window_shows_file (window, via_link));
  g_assert_true (jx_window_shows_file (window, via_dot));

  files[0] = via_link;
  g_application_open (G_APPLICATION (app), files, 1, "");
  files[0] = via_dot;
  g_application_open (G_APPLICATION (app), files, 1, "");
  jx_test_spin (100);
  g_assert_cmpuint (n_windows (), ==, before + 1);

  /* From the window's own Open Recent, too. */
  g_action_group_activate_action (G_ACTION_GROUP (window), "open-recent", g_variant_new_string (link_uri));
  jx_test_spin (50);
  g_assert_cmpuint (n_windows (), ==, before + 1);
  destroy_window (window);
}

/* A process that holds `path`'s lock until killed. */
static pid_t
other_process_opens (const char *path)
{
  int ready[2];
  char c = 0;
  pid_t pid;

  g_assert_cmpint (pipe (ready), ==, 0);
  pid = fork ();
  g_assert_cmpint (pid, >=, 0);
  if (pid == 0)
    {
      g_autoptr(GFile) file = g_file_new_for_path (path);
      JxFileLock *lock = jx_file_lock_acquire (file, 0, NULL, NULL);

      c = lock != NULL ? 'y' : 'n';
      if (write (ready[1], &c, 1) != 1)
        _exit (2);
      for (;;)
        pause ();
    }
  g_assert_cmpint (read (ready[0], &c, 1), ==, 1);
  g_assert_cmpint (c, ==, 'y');
  close (ready[0]);
  close (ready[1]);
  return pid;
}

static char *
lock_file_text (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *lock = jx_file_lock_path (file);
  char *text = NULL;

  return g_file_get_contents (lock, &text, NULL, NULL) ? text : NULL;
}

static void
test_lock (void)
{
  g_autofree char *path = copy_of_sample ("locked.jixiao");
  g_autofree char *mine = g_strdup_printf ("pid=%d\n", (int) getpid ());
  g_autofree char *text = NULL;
  g_autoptr(GList) toplevels = NULL;
  AdwMessageDialog *dialog;
  JxWindow *window;
  JxBanner *lock_banner;
  GList *l;
  gboolean chooser = FALSE;
  pid_t other;
  int status;

  /* Ours while open, gone when closed. */
  window = open_window (path);
  text = lock_file_text (path);
  g_assert_nonnull (text);
  g_assert_nonnull (strstr (text, mine));
  destroy_window (window);
  g_clear_pointer (&text, g_free);
  g_assert_null (lock_file_text (path));

  /* Open in another process: asked; read-only shows a banner, Save asks for a new name. */
  other = other_process_opens (path);
  window = open_window (path);
  dialog = find_message_dialog ();
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Document Open Elsewhere");
  g_test_message ("%s", adw_message_dialog_get_body (dialog));
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), g_get_host_name ()));
  g_assert_true (adw_message_dialog_has_response (dialog, "anyway"));
  g_assert_true (adw_message_dialog_has_response (dialog, "cancel"));
  respond (dialog, "read-only");
  lock_banner = banner (window, "lock-banner");
  g_assert_true (jx_banner_get_revealed (lock_banner));
  g_assert_nonnull (strstr (jx_banner_get_title (lock_banner), "Read-only"));
  g_assert_true (jx_document_set_int (jx_window_get_document (window), "department.staffing.actual.total", 95, NULL));
  activate (window, "save");
  jx_test_spin (100);
  g_assert_cmpint (headcount_on_disk (path), ==, 93);
  toplevels = gtk_window_list_toplevels ();
  for (l = toplevels; l != NULL; l = l->next)
    if (GTK_IS_FILE_CHOOSER (l->data) && gtk_widget_get_visible (l->data))
      {
        chooser = TRUE;
        G_GNUC_BEGIN_IGNORE_DEPRECATIONS
        gtk_dialog_response (GTK_DIALOG (l->data), GTK_RESPONSE_CANCEL);
        G_GNUC_END_IGNORE_DEPRECATIONS
      }
  g_assert_true (chooser);
  jx_test_iterate ();

  /* Edit Anyway takes the lock over. */
  activate (window, "edit-anyway");
  g_assert_false (jx_banner_get_revealed (lock_banner));
  text = lock_file_text (path);
  g_assert_nonnull (strstr (text, mine));
  destroy_window (window);

  /* The other one crashes: its lock is stale, taken over without a word. */
  other = (kill (other, SIGKILL), waitpid (other, &status, 0), other_process_opens (path));
  kill (other, SIGKILL);
  waitpid (other, &status, 0);
  g_clear_pointer (&text, g_free);
  text = lock_file_text (path);
  g_assert_nonnull (text);
  g_assert_null (strstr (text, mine));
  window = open_window (path);
  g_assert_null (find_message_dialog ());
  g_clear_pointer (&text, g_free);
  text = lock_file_text (path);
  g_assert_nonnull (strstr (text, mine));
  destroy_window (window);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  /* The lock files are what this tests (the suite turns them off for the shared sample). */
  g_unsetenv ("JIXIAO_NO_LOCK_FILES");
  app = jx_test_ui_init (&argc, &argv, "test-files-ui");
  if (app == NULL)
    return 77;

  g_test_add_func ("/files/changed-on-disk", test_changed_on_disk);
  g_test_add_func ("/files/changed-without-event", test_changed_without_event);
  g_test_add_func ("/files/reload", test_reload);
  g_test_add_func ("/files/deleted", test_deleted);
  g_test_add_func ("/files/open-twice", test_open_twice);
  g_test_add_func ("/files/lock", test_lock);
  status = g_test_run ();

  g_clear_object (&app);
  return status;
}
