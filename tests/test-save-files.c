/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Saving where the file is not a plain file in a plain folder: through a symbolic link (the
 * target is updated, the link stays), a file of another owner or group (kept), a name of
 * 250 bytes and more (a short temporary name), and the temporary files a killed save left
 * (removed by the next save; nothing else is). */
#include "config.h"

#include <errno.h>
#include <glib/gstdio.h>
#include <grp.h>
#include <signal.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>
#include <utime.h>

#include "jx-load.h"
#include "jx-save.h"

typedef struct {
  char      *dir;
  JxDocData *doc;
  char      *text;    /* the document's canonical text */
} Fixture;

static void
set_up (Fixture       *fx,
        gconstpointer  data)
{
  g_autoptr(GFile) sample = g_file_new_for_path (g_getenv ("JIXIAO_SAMPLE"));
  g_autoptr(GError) error = NULL;

  fx->dir = g_dir_make_tmp ("jx-save-files-XXXXXX", &error);
  g_assert_no_error (error);
  g_assert_cmpint (g_chmod (fx->dir, 0755), ==, 0);
  fx->doc = jx_doc_data_load_file (sample, &error);
  g_assert_no_error (error);
  fx->text = jx_doc_data_to_json (fx->doc, NULL);
}

static void
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);
      if (g_file_test (child, G_FILE_TEST_IS_DIR) && !g_file_test (child, G_FILE_TEST_IS_SYMLINK))
        remove_tree (child);
      else
        g_unlink (child);
    }
  g_rmdir (path);
}

static void
tear_down (Fixture       *fx,
           gconstpointer  data)
{
  remove_tree (fx->dir);
  g_free (fx->dir);
  g_free (fx->text);
  jx_doc_data_free (fx->doc);
}

static gboolean
save (Fixture    *fx,
      const char *path,
      GError    **error)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);

  return jx_doc_data_save_file (fx->doc, file, error);
}

static char *
contents (const char *path)
{
  char *text = NULL;

  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  return text;
}

static int
by_name (gconstpointer a,
         gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

/* The names in `dir`, sorted, joined by spaces. */
static char *
listing (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  while ((name = g_dir_read_name (d)) != NULL)
    g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, by_name);
  g_ptr_array_add (names, NULL);
  return g_strjoinv (" ", (char **) names->pdata);
}

static void
test_symlink (Fixture       *fx,
              gconstpointer  data)
{
  g_autofree char *shared = g_build_filename (fx->dir, "shared", NULL);
  g_autofree char *target = g_build_filename (shared, "2020 自评.jixiao", NULL);
  g_autofree char *link = g_build_filename (fx->dir, "link.jixiao", NULL);
  g_autofree char *link2 = g_build_filename (fx->dir, "link-to-link.jixiao", NULL);
  g_autofree char *absolute = g_build_filename (fx->dir, "absolute.jixiao", NULL);
  g_autofree char *dangling = g_build_filename (fx->dir, "dangling.jixiao", NULL);
  g_autofree char *read_back = NULL;
  g_autofree char *link_text = NULL;
  g_autofree char *names = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (g_mkdir (shared, 0755), ==, 0);
  g_assert_true (g_file_set_contents (target, "the colleague's copy", -1, NULL));
  g_assert_cmpint (symlink ("shared/2020 自评.jixiao", link), ==, 0);   /* relative */
  g_assert_cmpint (symlink ("link.jixiao", link2), ==, 0);             /* a chain */
  g_assert_cmpint (symlink (target, absolute), ==, 0);

  g_assert_true (save (fx, link, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_test (link, G_FILE_TEST_IS_SYMLINK));
  link_text = g_file_read_link (link, NULL);
  g_assert_cmpstr (link_text, ==, "shared/2020 自评.jixiao");
  read_back = contents (target);
  g_assert_cmpstr (read_back, ==, fx->text);
  names = listing (shared);
  g_assert_cmpstr (names, ==, "2020 自评.jixiao");   /* no temporary file left */

  g_assert_true (g_file_set_contents (target, "changed", -1, NULL));
  g_assert_true (save (fx, link2, &error));
  g_assert_true (g_file_test (link2, G_FILE_TEST_IS_SYMLINK));
  g_assert_true (g_file_test (link, G_FILE_TEST_IS_SYMLINK));
  g_clear_pointer (&read_back, g_free);
  read_back = contents (target);
  g_assert_cmpstr (read_back, ==, fx->text);

  g_assert_true (g_file_set_contents (target, "changed", -1, NULL));
  g_assert_true (save (fx, absolute, &error));
  g_assert_true (g_file_test (absolute, G_FILE_TEST_IS_SYMLINK));
  g_clear_pointer (&read_back, g_free);
  read_back = contents (target);
  g_assert_cmpstr (read_back, ==, fx->text);

  /* A link to a file that is not there yet: the file is made where the link points. */
  g_assert_cmpint (symlink ("shared/new.jixiao", dangling), ==, 0);
  g_assert_true (save (fx, dangling, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_test (dangling, G_FILE_TEST_IS_SYMLINK));
  g_clear_pointer (&names, g_free);
  names = listing (shared);
  g_assert_cmpstr (names, ==, "2020 自评.jixiao new.jixiao");
}

static void
test_link_loop (Fixture       *fx,
                gconstpointer  data)
{
  g_autofree char *a = g_build_filename (fx->dir, "a.jixiao", NULL);
  g_autofree char *b = g_build_filename (fx->dir, "b.jixiao", NULL);
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (symlink ("b.jixiao", a), ==, 0);
  g_assert_cmpint (symlink ("a.jixiao", b), ==, 0);
  g_assert_false (save (fx, a, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_TOO_MANY_LINKS);
  g_assert_true (g_file_test (a, G_FILE_TEST_IS_SYMLINK));
}

#define OTHER_UID 4242
#define OTHER_GID 4343
#define SHARED_GID 4444

/* As root: a colleague's file (another owner and group) stays theirs. */
static void
test_owner_and_group_as_root (Fixture       *fx,
                              gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fx->dir, "theirs.jixiao", NULL);
  struct stat st;

  if (geteuid () != 0)
    {
      g_test_skip ("needs root (the owner of a file can only be given by root)");
      return;
    }
  g_assert_true (g_file_set_contents (path, "x", -1, NULL));
  g_assert_cmpint (chown (path, OTHER_UID, OTHER_GID), ==, 0);
  g_assert_cmpint (chmod (path, 0640), ==, 0);
  g_assert_true (save (fx, path, NULL));
  g_assert_cmpint (stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_uid, ==, OTHER_UID);
  g_assert_cmpint (st.st_gid, ==, OTHER_GID);
  g_assert_cmpint (st.st_mode & 07777, ==, 0640);
}

/* A member of the file's group (not its primary group) saves: the group stays. Run as that
 * user in a child process (root makes the user). */
static void
test_group_as_member (Fixture       *fx,
                      gconstpointer  data)
{
  g_autofree char *folder = g_build_filename (fx->dir, "office", NULL);
  g_autofree char *path = g_build_filename (folder, "ours.jixiao", NULL);
  struct stat st;
  int status = 0;
  pid_t pid;

  if (geteuid () != 0)
    {
      g_test_skip ("needs root (to act as another user who is a member of a group)");
      return;
    }
  g_assert_cmpint (g_mkdir (folder, 0775), ==, 0);
  g_assert_cmpint (chown (folder, OTHER_UID, SHARED_GID), ==, 0);
  g_assert_true (g_file_set_contents (path, "x", -1, NULL));
  g_assert_cmpint (chown (path, OTHER_UID, SHARED_GID), ==, 0);
  g_assert_cmpint (chmod (path, 0664), ==, 0);

  pid = fork ();
  g_assert_cmpint (pid, >=, 0);
  if (pid == 0)
    {
      gid_t groups[] = { SHARED_GID };

      if (setgroups (1, groups) != 0 || setgid (OTHER_GID) != 0 || setuid (OTHER_UID) != 0)
        _exit (3);
      _exit (save (fx, path, NULL) ? 0 : 1);
    }
  g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
  g_assert_true (WIFEXITED (status));
  g_assert_cmpint (WEXITSTATUS (status), ==, 0);
  g_assert_cmpint (stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_uid, ==, OTHER_UID);
  g_assert_cmpint (st.st_gid, ==, SHARED_GID);   /* not the saver's primary group 4343 */
  g_assert_cmpint (st.st_mode & 07777, ==, 0664);
}

/* Names of 250 and 255 bytes (the most a folder entry holds), in Chinese. */
static void
test_long_names (Fixture       *fx,
                 gconstpointer  data)
{
  static const gsize lengths[] = { 250, 255 };

  for (guint i = 0; i < G_N_ELEMENTS (lengths); i++)
    {
      g_autoptr(GString) name = g_string_new (NULL);
      g_autofree char *path = NULL;
      g_autofree char *read_back = NULL;
      g_autofree char *names = NULL;
      g_autoptr(GError) error = NULL;

      while (name->len + 3 <= lengths[i] - strlen (".jixiao"))
        g_string_append (name, "绩");
      while (name->len < lengths[i] - strlen (".jixiao"))
        g_string_append_c (name, 'x');
      g_string_append (name, ".jixiao");
      g_assert_cmpuint (name->len, ==, lengths[i]);
      path = g_build_filename (fx->dir, name->str, NULL);

      g_assert_true (save (fx, path, &error));
      g_assert_no_error (error);
      /* Saved in place a second time: the temporary name must fit beside it. */
      g_assert_true (save (fx, path, &error));
      g_assert_no_error (error);
      read_back = contents (path);
      g_assert_cmpstr (read_back, ==, fx->text);
      names = listing (fx->dir);
      g_assert_cmpstr (names, ==, name->str);
      g_unlink (path);
    }
}

/* Kills a process that saves a large text to `path` until it leaves a temporary file
 * behind; returns its name. */
static char *
leave_a_temporary (const char *dir,
                   const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  gsize length = 64 * 1024 * 1024;
  int attempt;

  for (attempt = 0; attempt < 40; attempt++)
    {
      g_autoptr(GDir) d = NULL;
      const char *name;
      int status;
      pid_t pid = fork ();

      g_assert_cmpint (pid, >=, 0);
      if (pid == 0)
        {
          char *big = g_malloc (length);

          memset (big, ' ', length);
          for (;;)
            jx_write_file_atomic (file, big, length, NULL);
        }
      g_usleep (20000 + 10000 * attempt);
      kill (pid, SIGKILL);
      g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
      d = g_dir_open (dir, 0, NULL);
      while ((name = g_dir_read_name (d)) != NULL)
        if (name[0] == '.')
          return g_strdup (name);
    }
  g_assert_not_reached ();
}

static void
backdate (const char *path)
{
  struct utimbuf times = { time (NULL) - 3600, time (NULL) - 3600 };

  g_assert_cmpint (utime (path, &times), ==, 0);
}

static void
test_stale_temporaries (Fixture       *fx,
                        gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fx->dir, "report.jixiao", NULL);
  g_autofree char *left = NULL;
  g_autofree char *left_path = NULL;
  g_autofree char *busy = NULL;
  g_autofree char *busy_path = NULL;
  g_autofree char *names = NULL;
  g_autofree char *expected = NULL;
  static const char * const clerks[] = {
    ".jx-notes", "report.jixiao~", ".report.jixiao.swp", ".jx-00000000-abcdef",
    "report.jixiao.bak", "#report.jixiao#",
  };
  int busy_fd;

  g_assert_true (save (fx, path, NULL));
  left = leave_a_temporary (fx->dir, path);
  g_test_message ("a killed save left %s", left);
  g_assert_true (jx_save_is_temporary_for ("report.jixiao", left));
  g_assert_cmpuint (strlen (left), <, 24);   /* short: the document's name is not in it */
  left_path = g_build_filename (fx->dir, left, NULL);
  backdate (left_path);

  /* The clerk's own files, and a temporary file another save is writing right now. */
  for (guint i = 0; i < G_N_ELEMENTS (clerks); i++)
    {
      g_autofree char *p = g_build_filename (fx->dir, clerks[i], NULL);
      g_assert_true (g_file_set_contents (p, "mine", -1, NULL));
      backdate (p);
    }
  busy = g_strdup (left);
  busy[strlen (busy) - 1] = busy[strlen (busy) - 1] == 'Z' ? 'Y' : 'Z';
  busy_path = g_build_filename (fx->dir, busy, NULL);
  g_assert_true (g_file_set_contents (busy_path, "", -1, NULL));
  backdate (busy_path);
  busy_fd = open (busy_path, O_RDONLY);
  g_assert_cmpint (flock (busy_fd, LOCK_EX), ==, 0);

  g_assert_true (save (fx, path, NULL));
  g_assert_false (g_file_test (left_path, G_FILE_TEST_EXISTS));
  g_assert_true (g_file_test (busy_path, G_FILE_TEST_EXISTS));
  names = listing (fx->dir);
  {
    g_autoptr(GPtrArray) kept = g_ptr_array_new ();

    for (guint i = 0; i < G_N_ELEMENTS (clerks); i++)
      g_ptr_array_add (kept, (gpointer) clerks[i]);
    g_ptr_array_add (kept, busy);
    g_ptr_array_add (kept, (gpointer) "report.jixiao");
    g_ptr_array_sort (kept, by_name);
    g_ptr_array_add (kept, NULL);
    expected = g_strjoinv (" ", (char **) kept->pdata);
  }
  g_assert_cmpstr (names, ==, expected);
  close (busy_fd);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
#define ADD(name, func) g_test_add ("/save-files/" name, Fixture, NULL, set_up, func, tear_down)
  ADD ("symlink", test_symlink);
  ADD ("link-loop", test_link_loop);
  ADD ("owner-and-group-as-root", test_owner_and_group_as_root);
  ADD ("group-as-member", test_group_as_member);
  ADD ("long-names", test_long_names);
  ADD ("stale-temporaries", test_stale_temporaries);
  return g_test_run ();
}
