/* SPDX-License-Identifier: GPL-3.0-or-later */
/* jx-cli-report.c: --export-pdf and --export-docx, the whole report as an A4 PDF or as a
 * Word document, with no display. */
#define G_LOG_DOMAIN "jx-cli"

#include "config.h"

#include <gio/gio.h>
#include <glib/gi18n.h>

#include "jx-cli-report.h"
#include "jx-docx.h"
#include "jx-load.h"
#include "jx-report.h"

static JxDocData *
load (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (path);
  g_autoptr(GError) error = NULL;
  JxDocData *data = jx_doc_data_load_file (file, &error);

  if (data == NULL)
    g_printerr ("%s\n", error->message);
  return data;
}

int
jx_cli_export_report (const char *output,
                      const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JxDocData) data = NULL;

  if (output == NULL || output[0] == '\0')
    {
      g_printerr (_("Name the PDF file to write after --export-pdf.\n"));
      return 2;
    }
  data = load (path);
  if (data == NULL)
    return 2;
  if (!jx_report_export_pdf (data, output, &error))
    {
      g_printerr ("%s\n", error->message);
      return 2;
    }
  return 0;
}

/* The preset the settings name (the Preferences window's), when their schema is
 * installed; else the official one. */
static JxDocxFonts
settings_preset (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = source != NULL ? g_settings_schema_source_lookup (source, APP_ID, TRUE) : NULL;
  g_autoptr(GSettings) settings = NULL;
  JxDocxFonts fonts = JX_DOCX_FONTS_OFFICIAL;
  g_autofree char *name = NULL;

  if (schema == NULL || !g_settings_schema_has_key (schema, "font-preset"))
    return fonts;
  settings = g_settings_new_full (schema, NULL, NULL);
  name = g_settings_get_string (settings, "font-preset");
  jx_docx_fonts_from_string (name, &fonts);
  return fonts;
}

int
jx_cli_export_docx (const char *output,
                    const char *path,
                    const char *preset)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JxDocData) data = NULL;
  JxDocxFonts fonts;

  if (output == NULL || output[0] == '\0')
    {
      g_printerr (_("Name the Word file to write after --export-docx.\n"));
      return 2;
    }
  if (preset != NULL && !jx_docx_fonts_from_string (preset, &fonts))
    {
      /* Translators: do not translate the option and its values */
      g_printerr (_("Unknown font preset “%s”: use --font-preset official or --font-preset plain.\n"), preset);
      return 2;
    }
  if (preset == NULL)
    fonts = settings_preset ();
  data = load (path);
  if (data == NULL)
    return 2;
  if (!jx_docx_export (data, output, fonts, &error))
    {
      g_printerr ("%s\n", error->message);
      return 2;
    }
  return 0;
}
