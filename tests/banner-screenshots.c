/* SPDX-License-Identifier: GPL-3.0-or-later */
/* banner-screenshots OUTDIR: the window's banners on a copy of the sample, 1280×800, light
 * and dark (OUTDIR/banner-<what>-<style>.png): the file changed on disk, deleted, open
 * elsewhere (read-only), and autosave failing. As root the autosave folder is a tmpfs too
 * small for the document (a full disk), in a mount namespace of this program's own; else
 * its parent is a file. tests/banner-screenshots.sh builds the Chinese translations and
 * runs it under Xvfb. */
#define G_LOG_DOMAIN "banner-screenshots"
#define _GNU_SOURCE

#include "config.h"

#include <glib/gstdio.h>
#include <sched.h>
#include <signal.h>
#include <sys/mount.h>
#include <sys/wait.h>
#include <unistd.h>

#include "jx-autosave.h"
#include "jx-file-lock.h"
#include "jx-test-ui.h"
#include "jx-window.h"

static JxApplication *app;

static void
shoot (JxWindow   *window,
       const char *dir,
       const char *what,
       const char *style)
{
  g_autofree char *name = g_strdup_printf ("banner-%s-%s.png", what, style);
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autoptr(GdkTexture) texture = NULL;

  jx_test_spin (700);   /* the banner has slid in */
  texture = jx_test_render (GTK_WIDGET (window));
  if (!gdk_texture_save_to_png (texture, path))
    g_printerr ("%s: cannot write\n", path);
  else
    g_print ("%s\n", path);
}

static char *
copy_sample (const char *name)
{
  g_autofree char *text = NULL;
  gsize length;
  char *path = g_build_filename (jx_test_ui_tmp_dir (), name, NULL);

  g_assert_true (g_file_get_contents (g_getenv ("JIXIAO_SAMPLE") ? g_getenv ("JIXIAO_SAMPLE") : SOURCE_SAMPLE,
                                      &text, &length, NULL));
  g_assert_true (g_file_set_contents (path, text, (gssize) length, NULL));
  return path;
}

static JxWindow *
open_window (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  JxWindow *window = jx_window_new (GTK_APPLICATION (app));

  jx_window_load_file (window, file, NULL);
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  gtk_window_present (GTK_WINDOW (window));
  jx_test_spin (500);
  return window;
}

static void
close_window (JxWindow *window)
{
  jx_document_set_modified (jx_window_get_document (window), FALSE);
  gtk_window_destroy (GTK_WINDOW (window));
  jx_test_spin (100);
}

static void
shoot_all (const char *dir,
           const char *style)
{
  g_autofree char *path = copy_sample ("2020年度部门整体支出绩效自评.jixiao");
  g_autofree char *replaced = g_strconcat (path, ".new", NULL);
  g_autofree char *text = NULL;
  JxWindow *window;
  int ready[2];
  pid_t holder;
  char c;

  /* Changed, then deleted. */
  window = open_window (path);
  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  g_assert_true (g_file_set_contents (replaced, text, -1, NULL));
  g_rename (replaced, path);
  shoot (window, dir, "changed", style);
  g_unlink (path);
  shoot (window, dir, "deleted", style);

  /* Autosave failing: an edit, and the folder cannot take it. */
  jx_document_set_int (jx_window_get_document (window), "department.staffing.actual.total", 95, NULL);
  jx_window_autosave (window);
  shoot (window, dir, "autosave", style);
  close_window (window);

  /* Open in another process: read-only. */
  g_assert_true (g_file_set_contents (path, text, -1, NULL));
  g_assert_cmpint (pipe (ready), ==, 0);
  holder = fork ();
  if (holder == 0)
    {
      g_autoptr(GFile) file = g_file_new_for_path (path);
      JxFileLock *lock = jx_file_lock_acquire (file, 0, NULL, NULL);

      c = lock != NULL ? 'y' : 'n';
      if (write (ready[1], &c, 1) != 1)
        _exit (1);
      for (;;)
        pause ();
    }
  g_assert_cmpint (read (ready[0], &c, 1), ==, 1);
  g_setenv ("JIXIAO_LOCKED_ANSWER", "read-only", TRUE);
  window = open_window (path);
  shoot (window, dir, "read-only", style);
  close_window (window);
  g_unsetenv ("JIXIAO_LOCKED_ANSWER");
  kill (holder, SIGKILL);
  waitpid (holder, NULL, 0);
  close (ready[0]);
  close (ready[1]);
}

/* The autosave folder made unusable: full (root), or impossible to create. */
static void
break_autosave_folder (void)
{
  g_autofree char *dir = jx_autosave_dup_dir ();
  g_autofree char *parent = g_path_get_dirname (dir);

  if (geteuid () == 0 && unshare (CLONE_NEWNS) == 0
      && mount (NULL, "/", NULL, MS_REC | MS_PRIVATE, NULL) == 0
      && g_mkdir_with_parents (dir, 0700) == 0
      && mount ("tmpfs", dir, "tmpfs", 0, "size=32k") == 0)
    return;
  g_assert_true (g_file_set_contents (parent, "not a folder", -1, NULL));
}

int
main (int   argc,
      char *argv[])
{
  const char *dir;

  g_unsetenv ("JIXIAO_NO_LOCK_FILES");
  app = jx_test_ui_init (&argc, &argv, "banner-screenshots");
  if (app == NULL)
    return 77;
  dir = argc > 1 ? argv[1] : ".";
  g_mkdir_with_parents (dir, 0755);
  break_autosave_folder ();

  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_FORCE_LIGHT);
  shoot_all (dir, "light");
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_FORCE_DARK);
  shoot_all (dir, "dark");
  g_clear_object (&app);
  return 0;
}
