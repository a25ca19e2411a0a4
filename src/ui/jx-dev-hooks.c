/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "jx-dev-hooks"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "jx-dev-hooks.h"

#define SCREENSHOT_SETTLE_FRAMES 3
#define SCREENSHOT_WIDTH 1280
#define SCREENSHOT_HEIGHT 800

/* ---- first frame ---- */

static void
on_first_frame (GdkFrameClock *clock,
                GtkWidget     *window)
{
  g_signal_handlers_disconnect_by_func (clock, on_first_frame, window);
  g_application_quit (G_APPLICATION (gtk_window_get_application (GTK_WINDOW (window))));
}

/* ---- screenshots ---- */

typedef struct {
  JxWindow *window;
  char     *dir;
  char    **focus;     /* JIXIAO_SCREENSHOT_FOCUS: paths to scroll to, one per page at most */
  JxPage    page;
  int       frames;
  int       resizes;   /* to make it SCREENSHOT_WIDTH × SCREENSHOT_HEIGHT */
  gboolean  waiting;   /* for the highlight of a focused field to fade */
  int       width;     /* JIXIAO_SCREENSHOT_SIZE, 1280×800 by default */
  int       height;
  char    **pages;     /* JIXIAO_SCREENSHOT_PAGES: the names of the pages to draw, NULL for all */
  char     *suffix;    /* JIXIAO_SCREENSHOT_SUFFIX: after the page's name in the file's */
} Shots;

static gboolean
wanted (Shots *shots,
        JxPage page)
{
  return shots->pages == NULL || g_strv_contains ((const char * const *) shots->pages, jx_page_get_name (page));
}

static void
save_png (GtkWidget  *widget,
          const char *path)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (widget);
  g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);

  gdk_paintable_snapshot (paintable, GDK_SNAPSHOT (snapshot), width, height);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  if (node == NULL)
    {
      g_warning ("Nothing to draw for %s", path);
      return;
    }
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (GTK_NATIVE (widget)), node,
                                         &GRAPHENE_RECT_INIT (0, 0, width, height));
  if (!gdk_texture_save_to_png (texture, path))
    g_warning ("Cannot write %s", path);
  else
    g_print ("%s\n", path);
}

static gboolean
on_highlight_faded (gpointer data)
{
  Shots *shots = data;

  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (shots->window));

  /* Scrolled to the field; the picture shows the page, not the focus. */
  if (GTK_IS_EDITABLE (focus))
    gtk_editable_select_region (GTK_EDITABLE (focus), 0, 0);
  gtk_window_set_focus (GTK_WINDOW (shots->window), NULL);
  shots->waiting = FALSE;
  shots->frames = 0;
  gtk_widget_queue_draw (GTK_WIDGET (shots->window));
  return G_SOURCE_REMOVE;
}

static void
start_page (Shots *shots)
{
  guint i;

  shots->frames = 0;
  jx_window_show_page (shots->window, shots->page);
  for (i = 0; shots->focus != NULL && shots->focus[i] != NULL; i++)
    if (shots->focus[i][0] != '\0' && jx_page_for_path (shots->focus[i]) == shots->page
        && jx_window_focus_path (shots->window, shots->focus[i]))
      {
        shots->waiting = TRUE;
        g_timeout_add (2000, on_highlight_faded, shots);
        break;
      }
  gtk_widget_queue_draw (GTK_WIDGET (shots->window));
}

/* The default size counts the frame around the window: makes the window itself the size of
 * the picture. FALSE while it is being resized. */
static gboolean
fit_window (Shots *shots)
{
  int width = gtk_widget_get_width (GTK_WIDGET (shots->window));
  int height = gtk_widget_get_height (GTK_WIDGET (shots->window));
  int default_width, default_height;

  if ((width == shots->width && height == shots->height) || shots->resizes >= 5)
    return TRUE;
  shots->resizes++;
  gtk_window_get_default_size (GTK_WINDOW (shots->window), &default_width, &default_height);
  gtk_window_set_default_size (GTK_WINDOW (shots->window),
                               default_width + shots->width - width,
                               default_height + shots->height - height);
  shots->frames = 0;
  gtk_widget_queue_draw (GTK_WIDGET (shots->window));
  return FALSE;
}

static void
on_shot_frame (GdkFrameClock *clock,
               Shots         *shots)
{
  g_autofree char *name = NULL;
  g_autofree char *path = NULL;

  if (shots->waiting)
    {
      gtk_widget_queue_draw (GTK_WIDGET (shots->window));
      return;
    }
  if (++shots->frames < SCREENSHOT_SETTLE_FRAMES)
    {
      gtk_widget_queue_draw (GTK_WIDGET (shots->window));
      return;
    }
  if (!fit_window (shots))
    return;
  g_debug ("Screenshot %d×%d", gtk_widget_get_width (GTK_WIDGET (shots->window)), gtk_widget_get_height (GTK_WIDGET (shots->window)));
  name = g_strdup_printf ("%s%s.png", jx_page_get_name (shots->page), shots->suffix);
  path = g_build_filename (shots->dir, name, NULL);
  save_png (GTK_WIDGET (shots->window), path);

  while (++shots->page < JX_N_PAGES && !wanted (shots, shots->page))
    ;
  if (shots->page >= JX_N_PAGES)
    {
      g_signal_handlers_disconnect_by_func (clock, on_shot_frame, shots);
      g_application_quit (G_APPLICATION (gtk_window_get_application (GTK_WINDOW (shots->window))));
      g_object_unref (shots->window);
      g_strfreev (shots->focus);
      g_strfreev (shots->pages);
      g_free (shots->suffix);
      g_free (shots->dir);
      g_free (shots);
      return;
    }
  start_page (shots);
}

/* ---- an edit ---- */

static void
debug_edit (JxWindow   *window,
            const char *spec)
{
  g_auto(GStrv) parts = g_strsplit (spec, "=", 2);
  g_autoptr(JsonNode) node = NULL;
  g_autoptr(GError) error = NULL;
  JxDocument *document = jx_window_get_document (window);
  gboolean ok = FALSE;

  if (parts[0] == NULL || parts[1] == NULL || (node = json_from_string (parts[1], &error)) == NULL)
    {
      g_warning ("JIXIAO_DEBUG_EDIT: expected PATH=JSON, got “%s”", spec);
      return;
    }
  if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_INT64)
    ok = jx_document_set_int (document, parts[0], (int) json_node_get_int (node), &error);
  else if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_DOUBLE)
    ok = jx_document_set_number (document, parts[0], json_node_get_double (node), &error);
  else if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING)
    ok = jx_document_set_string (document, parts[0], json_node_get_string (node), &error);
  else
    g_set_error (&error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT, "unsupported value");
  if (!ok)
    g_warning ("JIXIAO_DEBUG_EDIT: %s", error->message);
  else
    g_info ("Edited %s", parts[0]);
}

void
jx_dev_hooks_apply (JxWindow *window)
{
  const char *edit = g_getenv ("JIXIAO_DEBUG_EDIT");
  const char *dir = g_getenv ("JIXIAO_SCREENSHOT_DIR");
  GdkFrameClock *clock = gtk_widget_get_frame_clock (GTK_WIDGET (window));

  g_return_if_fail (JX_IS_WINDOW (window));

  if (edit != NULL && edit[0] != '\0')
    debug_edit (window, edit);

  if (clock == NULL)
    return;

  if (dir != NULL && dir[0] != '\0')
    {
      Shots *shots = g_new0 (Shots, 1);

      g_mkdir_with_parents (dir, 0755);
      /* The picture of the end state, not of a transition under way. */
      g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);
      shots->window = g_object_ref (window);
      shots->dir = g_strdup (dir);
      shots->width = SCREENSHOT_WIDTH;
      shots->height = SCREENSHOT_HEIGHT;
      if (g_getenv ("JIXIAO_SCREENSHOT_SIZE") != NULL
          && sscanf (g_getenv ("JIXIAO_SCREENSHOT_SIZE"), "%dx%d", &shots->width, &shots->height) != 2)
        {
          shots->width = SCREENSHOT_WIDTH;
          shots->height = SCREENSHOT_HEIGHT;
        }
      if (g_getenv ("JIXIAO_SCREENSHOT_PAGES") != NULL)
        shots->pages = g_strsplit (g_getenv ("JIXIAO_SCREENSHOT_PAGES"), ",", -1);
      shots->suffix = g_strdup (g_getenv ("JIXIAO_SCREENSHOT_SUFFIX") != NULL ? g_getenv ("JIXIAO_SCREENSHOT_SUFFIX") : "");
      shots->page = JX_PAGE_OVERVIEW;
      while (shots->page < JX_N_PAGES - 1 && !wanted (shots, shots->page))
        shots->page++;
      if (g_getenv ("JIXIAO_SCREENSHOT_FOCUS") != NULL)
        shots->focus = g_strsplit (g_getenv ("JIXIAO_SCREENSHOT_FOCUS"), ",", -1);
      g_signal_connect (clock, "after-paint", G_CALLBACK (on_shot_frame), shots);
      start_page (shots);
      return;
    }

  if (g_strcmp0 (g_getenv ("JIXIAO_EXIT_AFTER_FIRST_FRAME"), "1") == 0)
    g_signal_connect (clock, "after-paint", G_CALLBACK (on_first_frame), window);
}
