/* SPDX-License-Identifier: GPL-3.0-or-later */
/* jx-cli-next-year.c: --next-year IN --output OUT, next year's document, with no display. */
#define G_LOG_DOMAIN "jx-cli"

#include "config.h"

#include <gio/gio.h>
#include <glib/gi18n.h>
#include <string.h>

#include "jx-cli-next-year.h"
#include "jx-load.h"
#include "jx-next-year.h"
#include "jx-save.h"

int
jx_cli_next_year (const char *input,
                  const char *output)
{
  g_autoptr(GFile) in = NULL;
  g_autoptr(GFile) out = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(JxDocData) data = NULL;
  g_autoptr(JxDocData) next = NULL;
  gsize n;

  if (input == NULL || input[0] == '\0')
    {
      g_printerr (_("Name the document to start from after --next-year.\n"));
      return 2;
    }
  if (output == NULL || output[0] == '\0')
    {
      g_printerr (_("Name the new document with --output OUT.jixiao.\n"));
      return 2;
    }
  n = strlen (output);
  if (n < 7 || g_ascii_strcasecmp (output + n - 7, ".jixiao") != 0)
    {
      g_printerr (_("%s: the new document is a Jixiao document; name it *.jixiao.\n"), output);
      return 2;
    }
  in = g_file_new_for_commandline_arg (input);
  out = g_file_new_for_commandline_arg (output);
  if (g_file_equal (in, out))
    {
      g_printerr (_("%s: the new year would replace this year’s document; name another output file.\n"), output);
      return 2;
    }
  data = jx_doc_data_load_file (in, &error);
  if (data == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 2;
    }
  next = jx_doc_data_next_year (data, &error);
  if (next == NULL || !jx_doc_data_save_file (next, out, &error))
    {
      g_printerr ("%s: %s\n", input, error->message);
      return 2;
    }
  return 0;
}
