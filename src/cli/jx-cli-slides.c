/* SPDX-License-Identifier: GPL-3.0-or-later */
/* jx-cli-slides.c: --export-slides, the presentation as a 16:9 PDF, with no display. */
#define G_LOG_DOMAIN "jx-cli"

#include "config.h"

#include <gio/gio.h>
#include <glib/gi18n.h>

#include "jx-cli-slides.h"
#include "jx-load.h"
#include "jx-slides.h"

int
jx_cli_export_slides (const char *output,
                      const char *path,
                      const char *style)
{
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(JxDocData) data = NULL;
  gboolean dark = FALSE;

  if (style != NULL)
    {
      if (g_str_equal (style, "dark"))
        dark = TRUE;
      else if (!g_str_equal (style, "light") && !g_str_equal (style, "projector"))
        {
          g_printerr (_("Slides come in the styles light and dark, not “%s”.\n"), style);
          return 2;
        }
    }
  if (!g_str_has_suffix (output, ".pdf") && !g_str_has_suffix (output, ".PDF"))
    {
      g_printerr (_("%s: slides are exported as PDF; name the output file *.pdf.\n"), output);
      return 2;
    }

  data = jx_doc_data_load_file (file, &error);
  if (data == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 2;
    }
  if (!jx_slides_export_pdf (data, output, dark, &error))
    {
      g_printerr ("%s\n", error->message);
      return 2;
    }
  return 0;
}
