/* SPDX-License-Identifier: GPL-3.0-or-later */
/* jx-chart-export.c: one chart as a PNG, SVG or PDF file. The file is drawn in memory and
 * written atomically, so a failed export never leaves a half-written file behind. */
#define G_LOG_DOMAIN "jx-chart"

#include "config.h"

#include <glib/gi18n.h>
#include <cairo-pdf.h>
#include <cairo-svg.h>
#include <string.h>

#include "jx-chart-private.h"
#include "jx-save.h"

#define MIN_SIZE 16
#define MAX_PIXELS 16384   /* PNG width or height */
#define MAX_POINTS 14400   /* PDF's own limit: 200 inches */

const char *
jx_chart_export_format (const char *path)
{
  static const char * const formats[] = { "png", "svg", "pdf" };
  g_autofree char *base = NULL;
  const char *dot;
  guint i;

  if (path == NULL)
    return NULL;
  base = g_path_get_basename (path);
  dot = strrchr (base, '.');
  if (dot == NULL || dot == base)
    return NULL;
  for (i = 0; i < G_N_ELEMENTS (formats); i++)
    if (g_ascii_strcasecmp (dot + 1, formats[i]) == 0)
      return formats[i];
  return NULL;
}

static cairo_status_t
append_bytes (void                *closure,
              const unsigned char *data,
              unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

static cairo_status_t
draw_on (cairo_surface_t  *surface,
         const JxChart    *chart,
         double            width,
         double            height,
         JxChartStyleKind  style)
{
  cairo_t *cr = cairo_create (surface);
  cairo_status_t status;

  jx_chart_render (chart, cr, width, height, style);
  cairo_show_page (cr);
  status = cairo_status (cr);
  cairo_destroy (cr);
  return status;
}

gboolean
jx_chart_export (const JxChart   *chart,
                 const char      *path,
                 int              width,
                 int              height,
                 JxChartStyleKind style,
                 GError         **error)
{
  g_autoptr(GByteArray) bytes = NULL;
  g_autoptr(GFile) file = NULL;
  const char *format;
  cairo_surface_t *surface;
  cairo_status_t status;
  int max;

  g_return_val_if_fail (chart != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  format = jx_chart_export_format (path);
  if (format == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                   _("%s: the file name must end in .png, .svg or .pdf"), path);
      return FALSE;
    }
  max = strcmp (format, "png") == 0 ? MAX_PIXELS : MAX_POINTS;
  if (width < MIN_SIZE || height < MIN_SIZE || width > max || height > max)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                   _("%s: the size %d × %d is out of range (%d to %d)"),
                   path, width, height, MIN_SIZE, max);
      return FALSE;
    }
  if ((guint) style >= JX_CHART_N_STYLES)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT, _("Unknown chart style"));
      return FALSE;
    }

  bytes = g_byte_array_new ();
  if (strcmp (format, "png") == 0)
    {
      surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
      status = draw_on (surface, chart, width, height, style);
      if (status == CAIRO_STATUS_SUCCESS)
        status = cairo_surface_write_to_png_stream (surface, append_bytes, bytes);
    }
  else
    {
      if (strcmp (format, "svg") == 0)
        {
          surface = cairo_svg_surface_create_for_stream (append_bytes, bytes, width, height);
          cairo_svg_surface_set_document_unit (surface, CAIRO_SVG_UNIT_PT);
        }
      else
        {
          surface = cairo_pdf_surface_create_for_stream (append_bytes, bytes, width, height);
          cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, chart->title);
          cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Jixiao " PACKAGE_VERSION);
        }
      status = draw_on (surface, chart, width, height, style);
      cairo_surface_finish (surface);
      if (status == CAIRO_STATUS_SUCCESS)
        status = cairo_surface_status (surface);
    }
  cairo_surface_destroy (surface);

  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                   _("%s: the chart could not be drawn: %s"), path, cairo_status_to_string (status));
      return FALSE;
    }

  file = g_file_new_for_path (path);
  return jx_write_file_atomic (file, (const char *) bytes->data, bytes->len, error);
}
