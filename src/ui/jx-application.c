/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "jx-application"

#include "config.h"

#include <glib/gi18n.h>

#include "jx-application.h"
#include "jx-cli.h"

struct _JxApplication
{
  AdwApplication parent_instance;
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
  return -1;
}

static void
jx_application_activate (GApplication *app)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));

  if (window == NULL)
    {
      window = GTK_WINDOW (adw_application_window_new (GTK_APPLICATION (app)));
      gtk_window_set_title (window, _("Jixiao"));
      gtk_window_set_default_size (window, 1280, 800);
    }
  gtk_window_present (window);
}

static void
jx_application_open (GApplication  *app,
                     GFile        **files,
                     int            n_files,
                     const char    *hint)
{
  jx_application_activate (app);
}

static void
jx_application_class_init (JxApplicationClass *klass)
{
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  app_class->handle_local_options = jx_application_handle_local_options;
  app_class->activate = jx_application_activate;
  app_class->open = jx_application_open;
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
