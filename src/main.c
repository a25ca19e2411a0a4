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

  setlocale (LC_ALL, "");
  /* JIXIAO_LOCALEDIR: translations not installed yet (screenshots, tests). */
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("JIXIAO_LOCALEDIR") != NULL ? g_getenv ("JIXIAO_LOCALEDIR") : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  app = jx_application_new ();
  return g_application_run (G_APPLICATION (app), argc, argv);
}
