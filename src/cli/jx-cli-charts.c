/* SPDX-License-Identifier: GPL-3.0-or-later */
/* jx-cli-charts.c: --list-charts and --export-chart. Every argument is checked before the
 * document is read and before anything is written; the file is written atomically. */
#define G_LOG_DOMAIN "jx-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <gio/gio.h>
#include <string.h>

#include "jx-chart.h"
#include "jx-cli.h"
#include "jx-cli-charts.h"
#include "jx-load.h"

/* Defaults: pixels for PNG, points for SVG and PDF (600 × 400 pt is A4 text width). */
#define PNG_WIDTH 1600
#define PNG_HEIGHT 1000
#define VECTOR_WIDTH 600
#define VECTOR_HEIGHT 400

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
jx_cli_list_charts (const char *path)
{
  g_autoptr(JxDocData) data = load (path);
  g_autoptr(GPtrArray) charts = NULL;
  guint i;

  if (data == NULL)
    return 2;
  charts = jx_charts_for_document (data);
  for (i = 0; i < charts->len; i++)
    {
      const JxChart *chart = g_ptr_array_index (charts, i);
      g_autofree char *title = NULL;

      /* a chart of one bar, or of nothing, is not worth offering (as in the report and the
       * slides); --export-chart still draws it when asked by its id */
      if (!jx_chart_is_offered (chart))
        continue;
      title = jx_cli_escape_for_terminal (jx_chart_get_title (chart));
      g_print ("%s\t%s\n", jx_chart_get_id (chart), title);
    }
  return 0;
}

static void
print_ids (const JxDocData *data)
{
  g_autoptr(GPtrArray) charts = jx_charts_for_document (data);
  g_autoptr(GString) ids = g_string_new (NULL);
  guint i;

  for (i = 0; i < charts->len; i++)
    if (jx_chart_is_offered (g_ptr_array_index (charts, i)))
      g_string_append_printf (ids, "%s%s", ids->len > 0 ? ", " : "", jx_chart_get_id (g_ptr_array_index (charts, i)));
  g_printerr (_("The charts of this document are: %s\n"), ids->str);
}

int
jx_cli_export_chart (GVariantDict *options,
                     const char   *path)
{
  g_autofree char *id = NULL;
  g_autofree char *output = NULL;
  g_autofree char *style_name = NULL;
  g_autoptr(JxDocData) data = NULL;
  g_autoptr(JxChart) chart = NULL;
  g_autoptr(GError) error = NULL;
  JxChartStyleKind style = JX_CHART_STYLE_PRINT;
  const char *format;
  gboolean png;
  int width = 0, height = 0;
  gboolean has_width, has_height;

  g_variant_dict_lookup (options, "export-chart", "s", &id);
  g_variant_dict_lookup (options, "output", "^ay", &output);
  g_variant_dict_lookup (options, "style", "s", &style_name);
  has_width = g_variant_dict_lookup (options, "width", "i", &width);
  has_height = g_variant_dict_lookup (options, "height", "i", &height);

  if (output == NULL || output[0] == '\0')
    {
      g_printerr (_("--export-chart needs --output OUT.png, OUT.svg or OUT.pdf\n"));
      return 2;
    }
  format = jx_chart_export_format (output);
  if (format == NULL)
    {
      g_printerr (_("%s: unknown file type; the name must end in .png, .svg or .pdf\n"), output);
      return 2;
    }
  if (style_name != NULL && !jx_chart_style_from_string (style_name, &style))
    {
      g_printerr (_("Unknown chart style “%s”; use print, light, dark or projector\n"), style_name);
      return 2;
    }
  png = strcmp (format, "png") == 0;
  /* One side given: the other keeps the default proportions (16:10, 3:2). */
  if (!has_width && !has_height)
    {
      width = png ? PNG_WIDTH : VECTOR_WIDTH;
      height = png ? PNG_HEIGHT : VECTOR_HEIGHT;
    }
  else if (!has_height)
    height = (int) (png ? (gint64) width * PNG_HEIGHT / PNG_WIDTH : (gint64) width * VECTOR_HEIGHT / VECTOR_WIDTH);
  else if (!has_width)
    width = (int) (png ? (gint64) height * PNG_WIDTH / PNG_HEIGHT : (gint64) height * VECTOR_WIDTH / VECTOR_HEIGHT);
  if (width <= 0 || height <= 0)
    {
      g_printerr (_("The width and height must be positive\n"));
      return 2;
    }

  data = load (path);
  if (data == NULL)
    return 2;
  chart = jx_chart_new_for_id (data, id);
  if (chart == NULL)
    {
      g_printerr (_("No chart “%s” in %s\n"), id, path);
      print_ids (data);
      return 2;
    }
  if (!jx_chart_export (chart, output, width, height, style, &error))
    {
      g_printerr ("%s\n", error->message);
      return 2;
    }
  return 0;
}
