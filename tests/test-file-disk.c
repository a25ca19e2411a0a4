/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The document and its file on disk, with no display: the file's identity (the same file
 * under two names; a new version), the check before a save (a file a colleague saved over
 * is never overwritten unasked), and the lock file that tells a second process the
 * document is open (who holds it; stale after a crash whatever the process id); a save
 * written on a thread while the document is edited. */
#include "config.h"

#include <glib/gstdio.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include "jx-document.h"
#include "jx-file-lock.h"
#include "jx-load.h"
#include "jx-save.h"

typedef struct {
  char  *dir;
  char  *path;
  GFile *file;
} Fixture;

static void
set_up (Fixture       *fx,
        gconstpointer  data)
{
  g_autofree char *sample = NULL;
  gsize length;

  fx->dir = g_dir_make_tmp ("jx-file-disk-XXXXXX", NULL);
  fx->path = g_build_filename (fx->dir, "2020 自评.jixiao", NULL);
  fx->file = g_file_new_for_path (fx->path);
  g_assert_true (g_file_get_contents (g_getenv ("JIXIAO_SAMPLE"), &sample, &length, NULL));
  g_assert_true (g_file_set_contents (fx->path, sample, (gssize) length, NULL));
}

static void
tear_down (Fixture       *fx,
           gconstpointer  data)
{
  g_autoptr(GDir) dir = g_dir_open (fx->dir, 0, NULL);
  const char *name;

  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *p = g_build_filename (fx->dir, name, NULL);
      g_unlink (p);
    }
  g_rmdir (fx->dir);
  g_free (fx->dir);
  g_free (fx->path);
  g_object_unref (fx->file);
}

static int
headcount_on_disk (Fixture *fx)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JxDocData) data = jx_doc_data_load_file (fx->file, &error);

  g_assert_no_error (error);
  return data->department.staffing.actual.total;
}

/* A colleague saves the file their way: a new version, as any atomic save writes it. */
static void
colleague_saves (Fixture *fx,
                 int      headcount)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JxDocData) data = jx_doc_data_load_file (fx->file, &error);

  g_assert_no_error (error);
  data->department.staffing.actual.total = headcount;
  g_assert_true (jx_doc_data_save_file (data, fx->file, &error));
}

static void
test_identity (Fixture       *fx,
               gconstpointer  data)
{
  g_autofree char *link = g_build_filename (fx->dir, "link.jixiao", NULL);
  g_autofree char *dotted = g_build_filename (fx->dir, ".", "2020 自评.jixiao", NULL);
  g_autoptr(GFile) via_link = g_file_new_for_path (link);
  g_autoptr(GFile) via_dot = g_file_new_for_path (dotted);
  g_autoptr(GFile) missing = g_file_new_for_path ("/nonexistent/x.jixiao");
  JxFileIdentity a, b, c, d, parsed;
  g_autofree char *text = NULL;

  g_assert_cmpint (symlink ("2020 自评.jixiao", link), ==, 0);
  g_assert_true (jx_file_identity_query (fx->file, &a));
  g_assert_true (jx_file_identity_query (via_link, &b));
  g_assert_true (jx_file_identity_query (via_dot, &c));
  g_assert_true (a.known && a.exists);
  g_assert_true (jx_file_identity_same_file (&a, &b));
  g_assert_true (jx_file_identity_same_file (&a, &c));
  g_assert_true (jx_file_identity_unchanged (&a, &b));

  colleague_saves (fx, 90);
  g_assert_true (jx_file_identity_query (fx->file, &d));
  g_assert_false (jx_file_identity_unchanged (&a, &d));
  g_assert_false (jx_file_identity_same_file (&a, &d));   /* a new file took its name */

  g_assert_true (jx_file_identity_query (missing, &d));
  g_assert_true (d.known);
  g_assert_false (d.exists);

  text = jx_file_identity_to_string (&a);
  g_assert_true (jx_file_identity_parse (text, &parsed));
  g_assert_true (jx_file_identity_unchanged (&a, &parsed));
  g_assert_false (jx_file_identity_parse ("12:34", &parsed));
}

static void
test_save_checks_disk (Fixture       *fx,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JxDocument) doc = jx_document_new_from_file (fx->file, &error);
  g_autofree char *other_path = g_build_filename (fx->dir, "other.jixiao", NULL);
  g_autoptr(GFile) other = g_file_new_for_path (other_path);

  g_assert_no_error (error);
  g_assert_cmpint (jx_document_check_disk (doc), ==, JX_DISK_UNCHANGED);
  g_assert_true (jx_document_set_int (doc, "department.staffing.actual.total", 95, NULL));

  /* Replaced on disk: the save writes nothing and says why. */
  colleague_saves (fx, 90);
  g_assert_cmpint (jx_document_check_disk (doc), ==, JX_DISK_CHANGED);
  g_assert_false (jx_document_save (doc, NULL, &error));
  g_assert_error (error, JX_DOCUMENT_ERROR, JX_DOCUMENT_ERROR_CHANGED_ON_DISK);
  g_test_message ("%s", error->message);
  g_clear_error (&error);
  g_assert_cmpint (headcount_on_disk (fx), ==, 90);
  g_assert_true (jx_document_get_modified (doc));

  /* Asked and told to: overwritten; after that our own saves pass the check. */
  g_assert_true (jx_document_save_full (doc, NULL, JX_DOCUMENT_SAVE_OVERWRITE_CHANGES, &error));
  g_assert_no_error (error);
  g_assert_cmpint (headcount_on_disk (fx), ==, 95);
  g_assert_cmpint (jx_document_check_disk (doc), ==, JX_DISK_UNCHANGED);
  g_assert_true (jx_document_set_int (doc, "department.staffing.actual.total", 96, NULL));
  g_assert_true (jx_document_save (doc, NULL, &error));
  g_assert_cmpint (headcount_on_disk (fx), ==, 96);

  /* Changed in place (same inode, other size and time). */
  {
    FILE *f = fopen (fx->path, "a");
    fputs ("\n", f);
    fclose (f);
  }
  g_assert_cmpint (jx_document_check_disk (doc), ==, JX_DISK_CHANGED);
  g_assert_false (jx_document_save (doc, NULL, &error));
  g_clear_error (&error);

  /* Deleted: nothing to lose, the save puts it back. */
  g_assert_cmpint (g_unlink (fx->path), ==, 0);
  g_assert_cmpint (jx_document_check_disk (doc), ==, JX_DISK_DELETED);
  g_assert_true (jx_document_save (doc, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (headcount_on_disk (fx), ==, 96);

  /* Saved as another file: checked against that one from then on. */
  g_assert_true (jx_document_save (doc, other, &error));
  colleague_saves (fx, 80);
  g_assert_cmpint (jx_document_check_disk (doc), ==, JX_DISK_UNCHANGED);
  g_assert_true (jx_document_save (doc, NULL, &error));
  g_assert_cmpint (headcount_on_disk (fx), ==, 80);
}

/* Restored work that does not know which version it came from: the file is not trusted. */
static void
test_unknown_identity (Fixture       *fx,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JxDocument) doc = jx_document_new_for_data (jx_doc_data_load_file (fx->file, NULL));

  jx_document_set_file (doc, fx->file);
  g_assert_cmpint (jx_document_check_disk (doc), ==, JX_DISK_CHANGED);
  g_assert_false (jx_document_save (doc, NULL, &error));
  g_assert_error (error, JX_DOCUMENT_ERROR, JX_DOCUMENT_ERROR_CHANGED_ON_DISK);
}

static char *
lock_text (Fixture *fx)
{
  g_autofree char *path = jx_file_lock_path (fx->file);
  char *text = NULL;

  if (!g_file_get_contents (path, &text, NULL, NULL))
    return NULL;
  return text;
}

/* Runs `func` in a child process that stays alive until killed; returns its pid. */
static pid_t
child_holding_lock (Fixture *fx)
{
  int ready[2];
  pid_t pid;
  char c;

  g_assert_cmpint (pipe (ready), ==, 0);
  pid = fork ();
  g_assert_cmpint (pid, >=, 0);
  if (pid == 0)
    {
      JxFileLock *lock = jx_file_lock_acquire (fx->file, 0, NULL, NULL);
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

static void
test_lock (Fixture       *fx,
           gconstpointer  data)
{
  g_autofree char *lock_path = jx_file_lock_path (fx->file);
  g_autofree char *expected = g_build_filename (fx->dir, ".~lock.2020 自评.jixiao#", NULL);
  g_autofree char *pid_line = NULL;
  g_autofree char *text = NULL;
  g_autofree char *described = NULL;
  g_autoptr(JxLockOwner) holder = NULL;
  g_autoptr(GError) error = NULL;
  JxFileLock *lock;
  int status;
  pid_t child;

  g_assert_cmpstr (lock_path, ==, expected);
  g_assert_null (jx_file_lock_query (fx->file));

  /* Another process has it open: we are told who. */
  child = child_holding_lock (fx);
  holder = jx_file_lock_query (fx->file);
  g_assert_nonnull (holder);
  g_assert_cmpint (holder->pid, ==, child);
  g_assert_cmpstr (holder->user, ==, g_get_user_name ());
  g_assert_cmpstr (holder->host, ==, g_get_host_name ());
  g_assert_nonnull (holder->time);
  described = jx_lock_owner_describe (holder);
  g_test_message ("held by %s", described);
  g_assert_nonnull (strstr (described, g_get_host_name ()));
  g_clear_pointer (&holder, jx_lock_owner_free);
  g_assert_null (jx_file_lock_acquire (fx->file, 0, &holder, &error));
  g_assert_no_error (error);
  g_assert_nonnull (holder);
  g_assert_cmpint (holder->pid, ==, child);
  g_clear_pointer (&holder, jx_lock_owner_free);

  /* It crashes: the lock file stays, and is stale. */
  kill (child, SIGKILL);
  waitpid (child, &status, 0);
  g_assert_true (g_file_test (lock_path, G_FILE_TEST_EXISTS));
  g_assert_null (jx_file_lock_query (fx->file));
  lock = jx_file_lock_acquire (fx->file, 0, &holder, &error);
  g_assert_nonnull (lock);
  g_assert_null (holder);
  text = lock_text (fx);
  pid_line = g_strdup_printf ("pid=%d\n", (int) getpid ());
  g_assert_nonnull (strstr (text, pid_line));
  jx_file_lock_release (lock);
  g_assert_false (g_file_test (lock_path, G_FILE_TEST_EXISTS));
}

/* In a sandbox every run has the same pid, and a dead holder's pid may be alive: neither
 * decides, the flock does. A lock from another host counts as held. */
static void
test_lock_whatever_the_pid (Fixture       *fx,
                            gconstpointer  data)
{
  g_autofree char *lock_path = jx_file_lock_path (fx->file);
  g_autoptr(JxLockOwner) holder = NULL;
  g_autofree char *same_pid = g_strdup_printf ("[Lock]\nuser=%s\nhost=%s\npid=%d\ntime=2026-12-01T09:00:00Z\n",
                                               g_get_user_name (), g_get_host_name (), (int) getpid ());
  g_autofree char *live_pid = g_strdup_printf ("[Lock]\nuser=%s\nhost=%s\npid=1\n",
                                               g_get_user_name (), g_get_host_name ());
  const char *other_host = "[Lock]\nuser=lisi\nname=李四\nhost=finance-pc-02\npid=4242\ntime=2026-12-01T09:00:00Z\n";
  JxFileLock *lock;
  JxFileLock *taken;

  g_assert_true (g_file_set_contents (lock_path, same_pid, -1, NULL));
  lock = jx_file_lock_acquire (fx->file, 0, &holder, NULL);
  g_assert_nonnull (lock);
  jx_file_lock_release (lock);

  g_assert_true (g_file_set_contents (lock_path, live_pid, -1, NULL));
  lock = jx_file_lock_acquire (fx->file, 0, &holder, NULL);
  g_assert_nonnull (lock);
  jx_file_lock_release (lock);

  g_assert_true (g_file_set_contents (lock_path, other_host, -1, NULL));
  g_assert_null (jx_file_lock_acquire (fx->file, 0, &holder, NULL));
  g_assert_nonnull (holder);
  g_assert_cmpstr (holder->host, ==, "finance-pc-02");
  g_assert_cmpstr (holder->real_name, ==, "李四");
  {
    g_autofree char *described = jx_lock_owner_describe (holder);
    g_assert_nonnull (strstr (described, "李四 (lisi)"));
  }

  /* "Open anyway": taken over; the old holder's release would leave the new lock alone. */
  lock = jx_file_lock_acquire (fx->file, JX_FILE_LOCK_TAKE_OVER, NULL, NULL);
  g_assert_nonnull (lock);
  g_assert_true (jx_file_lock_is_for (lock, fx->file));
  g_clear_pointer (&holder, jx_lock_owner_free);
  /* Held by this process already (another window has it): nobody to warn. */
  {
    g_autoptr(GError) error = NULL;

    g_assert_null (jx_file_lock_acquire (fx->file, 0, &holder, &error));
    g_assert_null (holder);
    g_assert_error (error, G_IO_ERROR, G_IO_ERROR_EXISTS);
  }
  taken = jx_file_lock_acquire (fx->file, JX_FILE_LOCK_TAKE_OVER, NULL, NULL);
  g_assert_nonnull (taken);
  jx_file_lock_release (lock);   /* no longer the file at the lock's path */
  g_assert_true (g_file_test (lock_path, G_FILE_TEST_EXISTS));
  jx_file_lock_release (taken);
  g_assert_false (g_file_test (lock_path, G_FILE_TEST_EXISTS));
}

/* Two names of one file share one lock, beside the file itself. */
static void
test_lock_through_link (Fixture       *fx,
                        gconstpointer  data)
{
  g_autofree char *link = g_build_filename (fx->dir, "link.jixiao", NULL);
  g_autoptr(GFile) via_link = g_file_new_for_path (link);
  g_autofree char *a = NULL;
  g_autofree char *b = NULL;

  g_assert_cmpint (symlink ("2020 自评.jixiao", link), ==, 0);
  a = jx_file_lock_path (fx->file);
  b = jx_file_lock_path (via_link);
  g_assert_cmpstr (a, ==, b);
}

/* ---- a save written on a thread (issue 16) ---- */

static void
on_saved (GObject      *source,
          GAsyncResult *result,
          gpointer      data)
{
  GError **error = data;

  g_assert_true (jx_document_save_finish (JX_DOCUMENT (source), result, error) || *error != NULL);
  *(gboolean *) g_object_get_data (source, "done") = TRUE;
}

static void
save_async_and_wait (JxDocument  *doc,
                     GFile       *file,
                     GError     **error,
                     void       (*meanwhile) (JxDocument *doc))
{
  gboolean done = FALSE;

  g_object_set_data (G_OBJECT (doc), "done", &done);
  jx_document_save_async (doc, file, 0, NULL, on_saved, error);
  if (meanwhile != NULL)
    meanwhile (doc);
  while (!done)
    g_main_context_iteration (NULL, TRUE);
}

static void
edit_headcount (JxDocument *doc)
{
  g_autoptr(GError) error = NULL;

  /* the save is being written: the clerk types on */
  g_assert_true (jx_document_set_int (doc, "department.staffing.actual.total", 77, &error));
  g_assert_no_error (error);
}

static void
test_save_async (Fixture       *fx,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JxDocument) doc = jx_document_new_from_file (fx->file, &error);
  g_autofree char *snapshot = NULL;
  g_autofree char *written = NULL;
  g_autofree char *after = NULL;
  int before;

  g_assert_no_error (error);
  before = jx_document_get_data (doc)->department.staffing.actual.total;
  g_assert_true (jx_document_set_int (doc, "department.staffing.actual.total", before + 1, &error));
  snapshot = jx_doc_data_to_json (jx_document_get_data (doc), NULL);

  /* An edit while the save is written: the file holds the version of the save, the edit
   * stays unsaved; undone, the document is that saved version again. */
  save_async_and_wait (doc, NULL, &error, edit_headcount);
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (fx->path, &written, NULL, NULL));
  g_assert_cmpstr (written, ==, snapshot);
  g_assert_cmpint (headcount_on_disk (fx), ==, before + 1);
  g_assert_cmpint (jx_document_get_data (doc)->department.staffing.actual.total, ==, 77);
  g_assert_true (jx_document_get_modified (doc));
  g_assert_cmpint (jx_document_check_disk (doc), ==, JX_DISK_UNCHANGED);
  g_assert_true (jx_document_undo (doc));
  g_assert_false (jx_document_get_modified (doc));
  g_assert_true (jx_document_redo (doc));
  g_assert_true (jx_document_get_modified (doc));

  /* Nothing edited meanwhile: saved. */
  save_async_and_wait (doc, NULL, &error, NULL);
  g_assert_no_error (error);
  g_assert_false (jx_document_get_modified (doc));
  g_assert_cmpint (headcount_on_disk (fx), ==, 77);

  /* Undone below the version being written and edited: that version cannot come back. */
  g_assert_true (jx_document_set_int (doc, "department.staffing.actual.total", 78, &error));
  {
    gboolean done = FALSE;

    g_object_set_data (G_OBJECT (doc), "done", &done);
    jx_document_save_async (doc, NULL, 0, NULL, on_saved, &error);
    g_assert_true (jx_document_undo (doc));
    g_assert_true (jx_document_set_int (doc, "department.staffing.actual.total", 79, &error));
    while (!done)
      g_main_context_iteration (NULL, TRUE);
  }
  g_assert_no_error (error);
  g_assert_cmpint (headcount_on_disk (fx), ==, 78);
  g_assert_true (jx_document_get_modified (doc));

  /* A file a colleague saved meanwhile: refused before anything is written, as the sync save. */
  colleague_saves (fx, 5);
  save_async_and_wait (doc, NULL, &error, NULL);
  g_assert_error (error, JX_DOCUMENT_ERROR, JX_DOCUMENT_ERROR_CHANGED_ON_DISK);
  g_assert_cmpint (headcount_on_disk (fx), ==, 5);
  g_assert_true (jx_document_get_modified (doc));
  g_clear_error (&error);

  /* A folder that is not there: the error, nothing saved. */
  {
    g_autofree char *missing = g_build_filename (fx->dir, "no-such-folder", "x.jixiao", NULL);
    g_autoptr(GFile) nowhere = g_file_new_for_path (missing);

    save_async_and_wait (doc, nowhere, &error, NULL);
    g_assert_nonnull (error);
    g_assert_true (jx_document_get_modified (doc));
    g_assert_true (g_file_equal (jx_document_get_file (doc), fx->file));
    g_clear_error (&error);
  }
  after = jx_doc_data_to_json (jx_document_get_data (doc), NULL);
  g_assert_nonnull (after);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
#define ADD(name, func) g_test_add ("/file-disk/" name, Fixture, NULL, set_up, func, tear_down)
  ADD ("identity", test_identity);
  ADD ("save-checks-disk", test_save_checks_disk);
  ADD ("unknown-identity", test_unknown_identity);
  ADD ("lock", test_lock);
  ADD ("lock-whatever-the-pid", test_lock_whatever_the_pid);
  ADD ("lock-through-link", test_lock_through_link);
  ADD ("save-async", test_save_async);
  return g_test_run ();
}
