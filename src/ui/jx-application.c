/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "jx-application"

#include "config.h"

#include <glib/gi18n.h>
#include <glib-unix.h>
#include <signal.h>

#include "jixiao-resources.h"
#include "jx-a11y.h"
#include "jx-application.h"
#include "jx-autosave-session.h"
#include "jx-cli.h"
#include "jx-dev-hooks.h"
#include "jx-format-window.h"
#include "jx-preferences-window.h"
#include "jx-restore.h"
#include "jx-settings.h"
#include "jx-window.h"

struct _JxApplication
{
  AdwApplication parent_instance;

  gboolean       started;   /* the first window has been shown */
  GSettings     *settings;  /* NULL when the schema is not installed */
};

G_DEFINE_FINAL_TYPE (JxApplication, jx_application, ADW_TYPE_APPLICATION)

static int
jx_application_handle_local_options (GApplication *app,
                                     GVariantDict *options)
{
  g_autofree const char **files = NULL;
  g_autoptr(GVariant) rest = g_variant_dict_lookup_value (options, G_OPTION_REMAINING, G_VARIANT_TYPE_BYTESTRING_ARRAY);
  int status;

  if (rest != NULL)
    files = g_variant_get_bytestring_array (rest, NULL);

  status = jx_cli_handle (options, files);
  if (status >= 0)
    return status;

  if (g_getenv ("DISPLAY") == NULL && g_getenv ("WAYLAND_DISPLAY") == NULL)
    {
      g_printerr (_("jixiao: no display to open a window on (neither DISPLAY nor WAYLAND_DISPLAY is set); the command-line options work without one, see --help.\n"));
      return 1;
    }

  /* The FILE arguments are ours (G_OPTION_REMAINING), so GApplication does not see them:
   * open them here, in this process or in the one already running. */
  if (files != NULL && files[0] != NULL)
    {
      g_autoptr(GPtrArray) gfiles = g_ptr_array_new_with_free_func (g_object_unref);
      g_autoptr(GError) error = NULL;
      guint i;

      for (i = 0; files[i] != NULL; i++)
        g_ptr_array_add (gfiles, g_file_new_for_commandline_arg (files[i]));
      if (!g_application_register (app, NULL, &error))
        {
          g_printerr ("jixiao: %s\n", error->message);
          return 1;
        }
      g_application_open (app, (GFile **) gfiles->pdata, (int) gfiles->len, "");
      if (g_application_get_is_remote (app))
        return 0;
    }
  return -1;
}

/* The first window is up: restore what a crash left, and what the environment asks for. */
static void
first_window_shown (JxApplication *self,
                    JxWindow      *window)
{
  if (self->started)
    return;
  self->started = TRUE;
  jx_restore_offer (window);
  jx_dev_hooks_apply (window);
}

static JxWindow *
main_window (JxApplication *self)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));
  GList *l;

  if (JX_IS_WINDOW (window))
    return JX_WINDOW (window);
  for (l = gtk_application_get_windows (GTK_APPLICATION (self)); l != NULL; l = l->next)
    if (JX_IS_WINDOW (l->data))
      return l->data;
  return NULL;
}

static void
present (JxApplication *self,
         JxWindow      *window)
{
  if (g_getenv ("JIXIAO_SCREENSHOT_DIR") != NULL)
    gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  gtk_window_present (GTK_WINDOW (window));
  first_window_shown (self, window);
}

static void
jx_application_activate (GApplication *app)
{
  JxApplication *self = JX_APPLICATION (app);
  JxWindow *window = main_window (self);

  if (window == NULL)
    window = jx_window_new (GTK_APPLICATION (app));
  present (self, window);
}

static JxWindow *
window_showing (JxApplication *self,
                GFile         *file)
{
  GList *l;

  for (l = gtk_application_get_windows (GTK_APPLICATION (self)); l != NULL; l = l->next)
    if (JX_IS_WINDOW (l->data) && jx_window_shows_file (l->data, file))
      return l->data;
  return NULL;
}

static void
jx_application_open (GApplication  *app,
                     GFile        **files,
                     int            n_files,
                     const char    *hint)
{
  JxApplication *self = JX_APPLICATION (app);
  JxWindow *window = main_window (self);
  int i;

  for (i = 0; i < n_files; i++)
    {
      JxWindow *target = window;
      JxWindow *shown = window_showing (self, files[i]);

      /* Open already (maybe under another name): that window, never a second copy. */
      if (shown != NULL)
        {
          g_info ("%s is open already: presenting its window", g_file_peek_path (files[i]));
          present (self, shown);
          continue;
        }
      /* The first file goes to the window there is, if it holds nothing yet. */
      if (target == NULL || !jx_window_is_blank (target))
        target = jx_window_new (GTK_APPLICATION (app));
      jx_window_load_file (target, files[i], NULL);
      present (self, target);
      window = NULL;
    }
  if (n_files == 0)
    jx_application_activate (app);
}

/* ---- app actions ---- */

static void
about_action (GSimpleAction *action,
              GVariant      *param,
              gpointer       data)
{
  const char *developers[] = { _("The Jixiao developers"), NULL };
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (data));
  GtkWidget *about = adw_about_window_new ();

  adw_about_window_set_application_name (ADW_ABOUT_WINDOW (about), _("Jixiao"));
  adw_about_window_set_application_icon (ADW_ABOUT_WINDOW (about), APP_ID);
  adw_about_window_set_version (ADW_ABOUT_WINDOW (about), PACKAGE_VERSION);
  adw_about_window_set_developer_name (ADW_ABOUT_WINDOW (about), _("The Jixiao developers"));
  adw_about_window_set_developers (ADW_ABOUT_WINDOW (about), developers);
  adw_about_window_set_comments (ADW_ABOUT_WINDOW (about),
                                 _("Prepare the annual performance self-evaluation of a department’s overall expenditure: every ratio and score computed, every figure that does not add up flagged."));
  adw_about_window_set_license_type (ADW_ABOUT_WINDOW (about), GTK_LICENSE_GPL_3_0);
  adw_about_window_set_website (ADW_ABOUT_WINDOW (about), "https://github.com/jixiao/jixiao");
  adw_about_window_set_issue_url (ADW_ABOUT_WINDOW (about), "https://github.com/jixiao/jixiao/issues");
  /* Translators: your names, one a line. */
  adw_about_window_set_translator_credits (ADW_ABOUT_WINDOW (about), _("translator-credits"));
  /* Translators: the About window's copyright line. */
  adw_about_window_set_copyright (ADW_ABOUT_WINDOW (about), _("© 2026 The Jixiao developers"));
  if (parent != NULL)
    gtk_window_set_transient_for (GTK_WINDOW (about), parent);
  gtk_window_present (GTK_WINDOW (about));
}

static void
preferences_action (GSimpleAction *action,
                    GVariant      *param,
                    gpointer       data)
{
  JxApplication *self = data;
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (self));

  gtk_window_present (GTK_WINDOW (jx_preferences_window_new (parent, self->settings)));
}

static void
format_action (GSimpleAction *action,
               GVariant      *param,
               gpointer       data)
{
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (data));

  gtk_window_present (GTK_WINDOW (jx_format_window_new (parent)));
}

static void
quit_action (GSimpleAction *action,
             GVariant      *param,
             gpointer       data)
{
  g_autoptr(GList) windows = g_list_copy (gtk_application_get_windows (GTK_APPLICATION (data)));
  GList *l;

  /* Each window asks about its unsaved changes; the app ends with the last one. */
  for (l = windows; l != NULL; l = l->next)
    gtk_window_close (l->data);
}

static const GActionEntry app_actions[] = {
  { "about", about_action },
  { "preferences", preferences_action },
  { "format", format_action },
  { "quit", quit_action },
};

static gboolean
on_signal (gpointer data)
{
  g_info ("Ending on a signal: unsaved work stays in its autosave");
  g_application_quit (G_APPLICATION (data));
  return G_SOURCE_CONTINUE;
}

static void
jx_application_startup (GApplication *app)
{
  JxApplication *self = JX_APPLICATION (app);
  static const struct {
    const char *action;
    const char *accels[3];
  } accels[] = {
    { "app.quit", { "<Control>q", NULL } },
    { "app.preferences", { "<Control>comma", NULL } },
    { "win.new", { "<Control>n", NULL } },
    { "win.open", { "<Control>o", NULL } },
    { "win.import-table", { "<Control>i", NULL } },
    { "win.save", { "<Control>s", NULL } },
    { "win.save-as", { "<Control><Shift>s", NULL } },
    { "win.undo", { "<Control>z", NULL } },
    { "win.redo", { "<Control><Shift>z", "<Control>y", NULL } },
    { "window.close", { "<Control>w", NULL } },
    { "win.print", { "<Control>p", NULL } },
    { "win.export-pdf", { "<Control><Shift>e", NULL } },
    { "win.export-docx", { "<Control><Shift>d", NULL } },
    { "win.present", { "F5", NULL } },
    { "win.show-page::overview", { "<Alt>1", NULL } },
    { "win.show-page::budget", { "<Alt>2", NULL } },
    { "win.show-page::indicators", { "<Alt>3", NULL } },
    { "win.show-page::conclusion", { "<Alt>4", NULL } },
    { "win.show-page::report", { "<Alt>5", NULL } },
  };
  guint i;

  G_APPLICATION_CLASS (jx_application_parent_class)->startup (app);
  jx_a11y_install ();

  /* Logging out, a kill: end as Quit does, but keep unsaved work for the next start. */
  g_unix_signal_add (SIGTERM, on_signal, app);
  g_unix_signal_add (SIGHUP, on_signal, app);
  g_unix_signal_add (SIGINT, on_signal, app);

  g_set_application_name (_("Jixiao"));
  gtk_window_set_default_icon_name (APP_ID);
  /* As the Preferences say: light, or dark when the system prefers it, by default. */
  self->settings = jx_settings_new ();
  jx_settings_apply_style (self->settings);

  g_action_map_add_action_entries (G_ACTION_MAP (app), app_actions, G_N_ELEMENTS (app_actions), app);
  for (i = 0; i < G_N_ELEMENTS (accels); i++)
    gtk_application_set_accels_for_action (GTK_APPLICATION (app), accels[i].action, accels[i].accels);
}

/* The end: the autosaves of the windows still open are not needed any more unless their work
 * is unsaved, nor their documents' locks. */
static void
jx_application_shutdown (GApplication *app)
{
  GList *l;

  for (l = gtk_application_get_windows (GTK_APPLICATION (app)); l != NULL; l = l->next)
    if (JX_IS_WINDOW (l->data))
      {
        /* Still unsaved (the session ends, a signal): kept, and offered at the next start. */
        if (jx_document_get_modified (jx_window_get_document (l->data)))
          jx_window_autosave (l->data);
        else
          jx_window_discard_autosave (l->data);
        jx_window_release_file (l->data);
      }
  jx_autosave_session_end ();
  G_APPLICATION_CLASS (jx_application_parent_class)->shutdown (app);
  g_clear_object (&JX_APPLICATION (app)->settings);
}

static void
jx_application_class_init (JxApplicationClass *klass)
{
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  app_class->shutdown = jx_application_shutdown;
  app_class->handle_local_options = jx_application_handle_local_options;
  app_class->startup = jx_application_startup;
  app_class->activate = jx_application_activate;
  app_class->open = jx_application_open;

  jixiao_register_resource ();
}

static void
jx_application_init (JxApplication *self)
{
  GOptionEntry all[32];
  guint i;

  /* The descriptions are translated by GApplication through the default text domain. */
  for (i = 0; jx_cli_entries[i].long_name != NULL && i < G_N_ELEMENTS (all) - 2; i++)
    all[i] = jx_cli_entries[i];
  all[i] = (GOptionEntry) { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, NULL, NULL, NULL };
  memset (&all[i + 1], 0, sizeof all[i + 1]);
  g_application_add_main_option_entries (G_APPLICATION (self), all);
  g_application_set_option_context_parameter_string (G_APPLICATION (self), _("[FILE]"));
}

JxApplication *
jx_application_new (void)
{
  GApplicationFlags flags = G_APPLICATION_HANDLES_OPEN;

  if (g_getenv ("JIXIAO_NON_UNIQUE") != NULL)
    flags |= G_APPLICATION_NON_UNIQUE;
  return g_object_new (JX_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", flags,
                       "resource-base-path", "/io/github/jixiao/Jixiao",
                       NULL);
}
