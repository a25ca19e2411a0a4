/* SPDX-License-Identifier: GPL-3.0-or-later */
/* jx-cli-sheets.c: --export-xlsx, the 自评表 workbook, with no display. */
#define G_LOG_DOMAIN "jx-cli"

#include "config.h"

#include <gio/gio.h>
#include <glib/gi18n.h>
#include <string.h>

#include "jx-cli-sheets.h"
#include "jx-load.h"
#include "jx-xlsx-writer.h"

static gboolean
has_suffix_ci (const char *name,
               const char *suffix)
{
  gsize n = strlen (name), s = strlen (suffix);

  return n >= s && g_ascii_strcasecmp (name + n - s, suffix) == 0;
}

int
jx_cli_export_xlsx (const char *output,
                    const char *path)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GFile) out = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(JxDocData) data = NULL;

  if (output == NULL || output[0] == '\0')
    {
      g_printerr (_("Name the workbook to write after --export-xlsx.\n"));
      return 2;
    }
  if (!has_suffix_ci (output, ".xlsx"))
    {
      g_printerr (_("%s: the workbook is written as .xlsx; name the output file *.xlsx.\n"), output);
      return 2;
    }
  file = g_file_new_for_commandline_arg (path);
  data = jx_doc_data_load_file (file, &error);
  if (data == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 2;
    }
  out = g_file_new_for_commandline_arg (output);
  if (!jx_xlsx_export (data, out, &error))
    {
      g_printerr ("%s\n", error->message);
      return 2;
    }
  return 0;
}
