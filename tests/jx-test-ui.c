/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <locale.h>

#include "jixiao-resources.h"
#include "jx-test-ui.h"
#include "jx-window-private.h"

static char *tmp_dir;

JxApplication *
jx_test_ui_init (int         *argc,
                 char      ***argv,
                 const char  *name)
{
  const char *dirs[] = { "XDG_STATE_HOME", "XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME" };
  g_autofree char *template = g_strdup_printf ("jixiao-%s-XXXXXX", name);
  g_autoptr(GError) error = NULL;
  JxApplication *app;
  guint i;

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("JIXIAO_LOCALEDIR") ? g_getenv ("JIXIAO_LOCALEDIR") : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
  g_test_init (argc, argv, NULL);

  /* Before GLib reads them: a private home for autosaves, recent files and settings. */
  tmp_dir = g_dir_make_tmp (template, &error);
  g_assert_no_error (error);
  for (i = 0; i < G_N_ELEMENTS (dirs); i++)
    {
      g_autofree char *dir = g_build_filename (tmp_dir, dirs[i], NULL);
      g_mkdir_with_parents (dir, 0700);
      g_setenv (dirs[i], dir, TRUE);
    }
  g_setenv ("JIXIAO_NON_UNIQUE", "1", TRUE);

  if (g_getenv ("DISPLAY") == NULL && g_getenv ("WAYLAND_DISPLAY") == NULL)
    {
      g_printerr ("no display (run under xvfb-run)\n");
      return NULL;
    }

  app = jx_application_new ();
  g_application_register (G_APPLICATION (app), NULL, &error);
  g_assert_no_error (error);
  return app;
}

const char *
jx_test_ui_tmp_dir (void)
{
  return tmp_dir;
}

static gboolean
timeout_cb (gpointer data)
{
  *(gboolean *) data = TRUE;
  return G_SOURCE_REMOVE;
}

void
jx_test_spin (guint ms)
{
  gboolean done = FALSE;

  g_timeout_add (ms, timeout_cb, &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);
}

gboolean
jx_test_spin_until_mapped (GtkWidget *widget,
                           guint      max_ms)
{
  gint64 end = g_get_monotonic_time () + (gint64) max_ms * 1000;

  while (!gtk_widget_get_mapped (widget) && g_get_monotonic_time () < end)
    jx_test_spin (20);
  return gtk_widget_get_mapped (widget);
}

void
jx_test_iterate (void)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

GtkWidget *
jx_test_find_by_type (GtkWidget *root,
                      GType      type)
{
  GtkWidget *child;

  if (G_TYPE_CHECK_INSTANCE_TYPE (root, type))
    return root;
  for (child = gtk_widget_get_first_child (root); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = jx_test_find_by_type (child, type);
      if (found != NULL)
        return found;
    }
  return NULL;
}

GtkWidget *
jx_test_window_page (GtkWidget  *window,
                     const char *name)
{
  guint page;

  g_assert_true (JX_IS_WINDOW (window));
  for (page = 0; page < JX_N_PAGES; page++)
    if (g_str_equal (name, jx_page_get_name (page)))
      {
        _jx_window_get_page (JX_WINDOW (window), page);
        return adw_view_stack_get_child_by_name (JX_WINDOW (window)->stack, name);
      }
  g_error ("no page named %s", name);
  return NULL;
}

GdkTexture *
jx_test_render (GtkWidget *widget)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (widget);
  g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);

  g_assert_cmpint (width, >, 0);
  g_assert_cmpint (height, >, 0);
  gdk_paintable_snapshot (paintable, GDK_SNAPSHOT (snapshot), width, height);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  g_assert_nonnull (node);
  return gsk_renderer_render_texture (gtk_native_get_renderer (gtk_widget_get_native (widget)), node,
                                      &GRAPHENE_RECT_INIT (0, 0, width, height));
}

JxEvaluation *
jx_test_tool_open_sample (void)
{
  const char *localedir = g_getenv ("JIXIAO_LOCALEDIR");
  const char *sample = g_getenv ("JIXIAO_SAMPLE") != NULL ? g_getenv ("JIXIAO_SAMPLE") : SOURCE_SAMPLE;
  g_autoptr(GFile) file = g_file_new_for_path (sample);
  g_autoptr(JxDocument) document = NULL;
  g_autoptr(GError) error = NULL;

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, localedir != NULL ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
  gtk_init ();
  adw_init ();
  jixiao_register_resource ();

  document = jx_document_new_from_file (file, &error);
  if (document == NULL)
    {
      g_printerr ("%s\n", error->message);
      return NULL;
    }
  return jx_evaluation_new (document);
}
