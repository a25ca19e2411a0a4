/* SPDX-License-Identifier: GPL-3.0-or-later */
/* jx-cli-report.c: --export-pdf, the whole report as an A4 PDF, with no display. */
#define G_LOG_DOMAIN "jx-cli"

#include "config.h"

#include <gio/gio.h>
#include <glib/gi18n.h>

#include "jx-cli-report.h"
#include "jx-load.h"
#include "jx-report.h"

int
jx_cli_export_report (const char *output,
                      const char *path)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(JxDocData) data = NULL;

  if (output == NULL || output[0] == '\0')
    {
      g_printerr (_("Name the PDF file to write after --export-pdf.\n"));
      return 2;
    }
  file = g_file_new_for_commandline_arg (path);
  data = jx_doc_data_load_file (file, &error);
  if (data == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 2;
    }
  if (!jx_report_export_pdf (data, output, &error))
    {
      g_printerr ("%s\n", error->message);
      return 2;
    }
  return 0;
}
