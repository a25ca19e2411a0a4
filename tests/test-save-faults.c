/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-save-faults.c: saves that fail for real (issue 8, DESIGN.md §3) — the file-size limit,
 * a read-only folder, a vanished folder, a folder in the way — each reported, the original
 * file intact and no temporary file left; and a process SIGKILLed at random points of
 * repeated saves, after which the file on disk is always one whole version.
 *
 * The faults are made in forked children: setrlimit and setuid cannot be undone in the test
 * process. A read-only folder means nothing to root (it writes anywhere), and a read-only
 * bind mount needs CAP_SYS_ADMIN, which containers and CI runners usually lack: as root the
 * child drops to nobody (65534) with setgid/setuid, so the folder (root's, mode 0755) is
 * read-only to it; as another user the folder is made 0555.
 */
#define G_LOG_DOMAIN "jx-test"

#include "config.h"

#include <errno.h>
#include <glib/gstdio.h>
#include <grp.h>
#include <signal.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "jx-load.h"
#include "jx-save.h"

#define NOBODY 65534

typedef struct {
  char      *dir;
  char      *path;
  GFile     *file;
  JxDocData *a;         /* the sample */
  JxDocData *b;         /* the sample, edited and longer */
  char      *a_text;
  char      *b_text;
  gsize      a_length;
  gsize      b_length;
} Fixture;

static JxDocData *
load_sample (void)
{
  g_autoptr(GFile) file = g_file_new_for_path (g_getenv ("JIXIAO_SAMPLE"));
  g_autoptr(GError) error = NULL;
  JxDocData *data = jx_doc_data_load_file (file, &error);

  g_assert_no_error (error);
  return data;
}

static void
fixture_set_up (Fixture       *fx,
                gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;

  fx->dir = g_dir_make_tmp ("jx-faults-XXXXXX", &error);
  g_assert_no_error (error);
  g_assert_cmpint (g_chmod (fx->dir, 0755), ==, 0);
  fx->path = g_build_filename (fx->dir, "report.jixiao", NULL);
  fx->file = g_file_new_for_path (fx->path);

  fx->a = load_sample ();
  fx->b = load_sample ();
  g_free (fx->b->department.preparer);
  fx->b->department.preparer = g_strdup ("第二版");
  for (int i = 0; i < 200; i++)
    g_ptr_array_add (fx->b->department.functions, g_strdup_printf ("第二版增加的职能 %d", i));
  fx->a_text = jx_doc_data_to_json (fx->a, &fx->a_length);
  fx->b_text = jx_doc_data_to_json (fx->b, &fx->b_length);
  g_assert_cmpuint (fx->b_length, >, fx->a_length + 4096);

  /* The original: version A, saved the normal way. */
  g_assert_true (jx_doc_data_save_file (fx->a, fx->file, &error));
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *fx,
                   gconstpointer  user_data)
{
  g_autoptr(GDir) dir = NULL;
  const char *name;

  g_chmod (fx->dir, 0755);
  dir = g_dir_open (fx->dir, 0, NULL);
  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *p = g_build_filename (fx->dir, name, NULL);
      if (g_file_test (p, G_FILE_TEST_IS_DIR))
        g_rmdir (p);
      else
        g_unlink (p);
    }
  g_rmdir (fx->dir);
  g_free (fx->dir);
  g_free (fx->path);
  g_object_unref (fx->file);
  jx_doc_data_free (fx->a);
  jx_doc_data_free (fx->b);
  g_free (fx->a_text);
  g_free (fx->b_text);
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

/* The names in the folder, sorted, joined by spaces. */
static char *
folder_listing (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  const char *name;

  if (dir == NULL)
    return g_strdup ("(no folder)");
  while ((name = g_dir_read_name (dir)) != NULL)
    g_ptr_array_add (names, (gpointer) name);
  g_ptr_array_sort (names, compare_names);
  g_ptr_array_add (names, NULL);
  return g_strjoinv (" ", (char **) names->pdata);
}

/* The original is there, whole, and alone (no temporary file left). */
static void
assert_original_intact (Fixture *fx)
{
  g_autofree char *contents = NULL;
  g_autofree char *listing = folder_listing (fx->dir);
  gsize length = 0;

  g_assert_true (g_file_get_contents (fx->path, &contents, &length, NULL));
  g_assert_cmpuint (length, ==, fx->a_length);
  g_assert_true (memcmp (contents, fx->a_text, length) == 0);
  g_assert_cmpstr (listing, ==, "report.jixiao");
}

/* Runs `save` in a child set up by `prepare`; returns the child's error message (or NULL
 * when the save succeeded) and its error code in `code`. */
typedef void (*Prepare) (Fixture *fx);

static char *
save_in_child (Fixture   *fx,
               JxDocData *doc,
               Prepare    prepare,
               int       *code)
{
  int fds[2];
  pid_t pid;
  int status = 0;
  GString *message = g_string_new (NULL);
  char buf[512];
  gssize n;

  g_assert_cmpint (pipe (fds), ==, 0);
  pid = fork ();
  g_assert_cmpint (pid, >=, 0);
  if (pid == 0)
    {
      g_autoptr(GError) error = NULL;

      close (fds[0]);
      prepare (fx);
      if (jx_doc_data_save_file (doc, fx->file, &error))
        _exit (0);
      if (write (fds[1], error->message, strlen (error->message)) < 0)
        _exit (3);
      _exit (error->domain == G_IO_ERROR ? 10 + error->code : 2);
    }
  close (fds[1]);
  while ((n = read (fds[0], buf, sizeof buf)) > 0)
    g_string_append_len (message, buf, n);
  close (fds[0]);
  g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
  g_assert_true (WIFEXITED (status));
  *code = WEXITSTATUS (status) >= 10 ? WEXITSTATUS (status) - 10 : -1;
  if (WEXITSTATUS (status) == 0)
    {
      g_string_free (message, TRUE);
      return NULL;
    }
  return g_string_free (message, FALSE);
}

static void
drop_to_nobody (void)
{
  if (geteuid () != 0)
    return;
  if (setgroups (0, NULL) != 0 || setgid (NOBODY) != 0 || setuid (NOBODY) != 0)
    _exit (4);
}

/* ---- the file-size limit ---- */

static void
prepare_fsize (Fixture *fx)
{
  struct rlimit limit = { 4096, 4096 };

  /* Past the limit write() fails with EFBIG — once SIGXFSZ (which kills) is ignored. */
  signal (SIGXFSZ, SIG_IGN);
  if (setrlimit (RLIMIT_FSIZE, &limit) != 0)
    _exit (5);
}

static void
test_file_size_limit (Fixture       *fx,
                      gconstpointer  user_data)
{
  int code = 0;
  g_autofree char *message = save_in_child (fx, fx->b, prepare_fsize, &code);

  g_test_message ("RLIMIT_FSIZE 4096, saving %zu bytes: %s", fx->b_length, message);
  g_assert_nonnull (message);
  g_assert_nonnull (strstr (message, fx->path));
  g_assert_nonnull (strstr (message, g_strerror (EFBIG)));
  g_assert_nonnull (strstr (message, "not changed"));
  assert_original_intact (fx);
}

/* ---- a read-only folder ---- */

static void
prepare_read_only (Fixture *fx)
{
  if (geteuid () == 0)
    drop_to_nobody ();
  else if (g_chmod (fx->dir, 0555) != 0)
    _exit (6);
  if (access (fx->dir, W_OK) == 0)
    _exit (7);   /* still writable: the test would prove nothing */
}

static void
test_read_only_folder (Fixture       *fx,
                       gconstpointer  user_data)
{
  int code = 0;
  g_autofree char *message = save_in_child (fx, fx->b, prepare_read_only, &code);

  g_test_message ("%s: %s", geteuid () == 0 ? "as nobody" : "folder 0555", message);
  g_assert_nonnull (message);
  g_assert_cmpint (code, ==, G_IO_ERROR_PERMISSION_DENIED);
  g_assert_nonnull (strstr (message, fx->path));
  g_assert_nonnull (strstr (message, g_strerror (EACCES)));
  assert_original_intact (fx);
}

/* ---- a vanished folder ---- */

static void
test_vanished_folder (Fixture       *fx,
                      gconstpointer  user_data)
{
  g_autofree char *sub = g_build_filename (fx->dir, "usb-stick", NULL);
  g_autofree char *path = g_build_filename (sub, "report.jixiao", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autofree char *listing = NULL;

  /* Opened from a folder that is then removed (the stick pulled out, the share gone). */
  g_assert_cmpint (g_mkdir (sub, 0755), ==, 0);
  g_assert_true (jx_doc_data_save_file (fx->a, file, &error));
  g_assert_cmpint (g_unlink (path), ==, 0);
  g_assert_cmpint (g_rmdir (sub), ==, 0);

  g_assert_false (jx_doc_data_save_file (fx->b, file, &error));
  g_test_message ("%s", error->message);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, path));
  g_assert_false (g_file_test (sub, G_FILE_TEST_EXISTS));
  listing = folder_listing (fx->dir);
  g_assert_cmpstr (listing, ==, "report.jixiao");
  assert_original_intact (fx);
}

/* ---- a folder where the file should be ---- */

static void
test_folder_in_the_way (Fixture       *fx,
                        gconstpointer  user_data)
{
  g_autofree char *path = g_build_filename (fx->dir, "folder.jixiao", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autofree char *listing = NULL;

  g_assert_cmpint (g_mkdir (path, 0755), ==, 0);
  g_assert_false (jx_doc_data_save_file (fx->b, file, &error));
  g_test_message ("%s", error->message);
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, path));
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_DIR));
  listing = folder_listing (fx->dir);
  g_assert_cmpstr (listing, ==, "folder.jixiao report.jixiao");
  g_rmdir (path);
  assert_original_intact (fx);
}

/* ---- SIGKILL at random points of repeated saves ---- */

static double
seconds_per_save (Fixture *fx)
{
  gint64 start = g_get_monotonic_time ();
  const int n = 6;

  for (int i = 0; i < n; i++)
    g_assert_true (jx_doc_data_save_file (i % 2 ? fx->b : fx->a, fx->file, NULL));
  g_assert_true (jx_doc_data_save_file (fx->a, fx->file, NULL));
  return (g_get_monotonic_time () - start) / 1e6 / (n + 1);
}

static void
test_kill_while_saving (Fixture       *fx,
                        gconstpointer  user_data)
{
  const int iterations = 250;
  double per_save = seconds_per_save (fx);
  guint n_a = 0, n_b = 0, n_stale = 0;
  guint32 seed = (guint32) g_test_rand_int ();   /* reproducible with --seed */
  g_autoptr(GRand) rand = g_rand_new_with_seed (seed);

  g_test_message ("one save takes %.2f ms; killing after 0–%.2f ms (seed %u)",
                  per_save * 1e3, per_save * 4e3, seed);

  for (int i = 0; i < iterations; i++)
    {
      g_autofree char *contents = NULL;
      g_autoptr(GError) error = NULL;
      g_autoptr(JxDocData) loaded = NULL;
      g_autoptr(GDir) dir = NULL;
      const char *name;
      struct timespec delay;
      gsize length = 0;
      double wait = g_rand_double_range (rand, 0, per_save * 4);
      int status = 0;
      pid_t pid;

      pid = fork ();
      g_assert_cmpint (pid, >=, 0);
      if (pid == 0)
        {
          /* Save A and B in turn until killed, starting with the one not on disk. */
          for (guint k = (guint) i;; k++)
            if (!jx_doc_data_save_file (k % 2 == 0 ? fx->b : fx->a, fx->file, NULL))
              _exit (1);
        }

      delay.tv_sec = (time_t) wait;
      delay.tv_nsec = (long) ((wait - (double) delay.tv_sec) * 1e9);
      nanosleep (&delay, NULL);
      g_assert_cmpint (kill (pid, SIGKILL), ==, 0);
      g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
      g_assert_true (WIFSIGNALED (status));   /* it never stopped saving by itself */

      g_assert_true (g_file_get_contents (fx->path, &contents, &length, &error));
      if (length == fx->a_length && memcmp (contents, fx->a_text, length) == 0)
        n_a++;
      else if (length == fx->b_length && memcmp (contents, fx->b_text, length) == 0)
        n_b++;
      else
        g_error ("iteration %d: after SIGKILL the file is neither version (%zu bytes)", i, length);
      loaded = jx_doc_data_load_data (contents, length, fx->path, &error);
      g_assert_no_error (error);
      g_assert_nonnull (loaded);

      /* A kill between creating and renaming the temporary file leaves it behind (the
       * app cannot clean up after SIGKILL); the next save is not disturbed by it. */
      dir = g_dir_open (fx->dir, 0, NULL);
      while ((name = g_dir_read_name (dir)) != NULL)
        if (!g_str_equal (name, "report.jixiao"))
          {
            g_autofree char *stale = g_build_filename (fx->dir, name, NULL);
            g_assert_true (jx_save_is_temporary_for ("report.jixiao", name));
            g_unlink (stale);
            n_stale++;
          }
    }

  g_test_message ("%d kills: %u times version A on disk, %u times version B, "
                  "%u temporary files left by a kill", iterations, n_a, n_b, n_stale);
  /* The kills landed both before and after a rename. */
  g_assert_cmpuint (n_a, >, 0);
  g_assert_cmpuint (n_b, >, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add ("/save-faults/file-size-limit", Fixture, NULL, fixture_set_up, test_file_size_limit, fixture_tear_down);
  g_test_add ("/save-faults/read-only-folder", Fixture, NULL, fixture_set_up, test_read_only_folder, fixture_tear_down);
  g_test_add ("/save-faults/vanished-folder", Fixture, NULL, fixture_set_up, test_vanished_folder, fixture_tear_down);
  g_test_add ("/save-faults/folder-in-the-way", Fixture, NULL, fixture_set_up, test_folder_in_the_way, fixture_tear_down);
  g_test_add ("/save-faults/kill-while-saving", Fixture, NULL, fixture_set_up, test_kill_while_saving, fixture_tear_down);
  return g_test_run ();
}
