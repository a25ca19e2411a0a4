/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "jixiao"

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>
#include <signal.h>

#include "jx-application.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(JxApplication) app = NULL;

  /* A write past RLIMIT_FSIZE must fail with EFBIG and be reported, not kill the app. */
  signal (SIGXFSZ, SIG_IGN);

  /* With the cairo renderer nothing is drawn with GL, yet GDK 4.8 still opens a GL context
   * at start-up, which loads the whole of Mesa (about 60 MB and a third of a second under
   * Xvfb). Whoever asks for cairo does not need it. */
  if (g_strcmp0 (g_getenv ("GSK_RENDERER"), "cairo") == 0 && g_getenv ("GDK_DEBUG") == NULL)
    g_setenv ("GDK_DEBUG", "gl-disable", FALSE);

  setlocale (LC_ALL, "");
  /* JIXIAO_LOCALEDIR: translations not installed yet (screenshots, tests). */
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("JIXIAO_LOCALEDIR") != NULL ? g_getenv ("JIXIAO_LOCALEDIR") : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  app = jx_application_new ();
  return g_application_run (G_APPLICATION (app), argc, argv);
}
