/* SPDX-License-Identifier: GPL-3.0-or-later */
/* jx-docx-image.c: a chart block as a picture — drawn by jx_chart_render() in the print
 * style, at the size it has on the PDF's page (the text width, the block's aspect), as a
 * 300-dpi PNG with a pHYs chunk saying so (cairo writes none, and Word would take 96 dpi
 * when the picture's size is reset); inline in a centred paragraph, its text alternative in
 * wp:docPr's descr (Word's Alt Text) and its title in title.
 */
#define G_LOG_DOMAIN "jx-docx"

#include "config.h"

#include <cairo.h>
#include <string.h>
#include <zlib.h>

#include "jx-docx-private.h"

#define PNG_HEADER 33      /* signature 8 + IHDR chunk 25 */
#define MAX_PIXELS 8000

static cairo_status_t
append_bytes (void                *closure,
              const unsigned char *data,
              unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

static void
put_u32 (guint8 *p,
         guint32 v)
{
  p[0] = v >> 24;
  p[1] = v >> 16;
  p[2] = v >> 8;
  p[3] = v;
}

GBytes *
_jx_png_set_dpi (GBytes *png,
                 int     dpi)
{
  static const guint8 signature[8] = { 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' };
  gsize size = 0;
  const guint8 *data = g_bytes_get_data (png, &size);
  guint32 ppm = (guint32) (dpi / 0.0254 + 0.5);
  guint8 chunk[21];
  GByteArray *out;

  g_return_val_if_fail (size > PNG_HEADER && memcmp (data, signature, 8) == 0
                        && memcmp (data + 12, "IHDR", 4) == 0, g_bytes_ref (png));

  /* length, "pHYs", pixels per metre in x and y, unit 1 (metre), CRC of type and data */
  put_u32 (chunk, 9);
  memcpy (chunk + 4, "pHYs", 4);
  put_u32 (chunk + 8, ppm);
  put_u32 (chunk + 12, ppm);
  chunk[16] = 1;
  put_u32 (chunk + 17, (guint32) crc32 (crc32 (0, NULL, 0), chunk + 4, 13));

  out = g_byte_array_sized_new (size + sizeof chunk);
  g_byte_array_append (out, data, PNG_HEADER);
  g_byte_array_append (out, chunk, sizeof chunk);
  g_byte_array_append (out, data + PNG_HEADER, size - PNG_HEADER);
  return g_byte_array_free_to_bytes (out);
}

/* The chart at `width_pt` × `height_pt` as PNG bytes at JX_DOCX_DPI. */
static GBytes *
render_png (const JxChart *chart,
            double         width_pt,
            double         height_pt,
            GError       **error)
{
  double scale = JX_DOCX_DPI / 72.0;
  int w = CLAMP ((int) (width_pt * scale + 0.5), 16, MAX_PIXELS);
  int h = CLAMP ((int) (height_pt * scale + 0.5), 16, MAX_PIXELS);
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, w, h);
  cairo_t *cr = cairo_create (surface);
  g_autoptr(GByteArray) bytes = g_byte_array_new ();
  g_autoptr(GBytes) plain = NULL;
  cairo_status_t status;

  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  cairo_scale (cr, (double) w / width_pt, (double) h / height_pt);
  jx_chart_render (chart, cr, width_pt, height_pt, JX_CHART_STYLE_PRINT);
  status = cairo_status (cr);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_write_to_png_stream (surface, append_bytes, bytes);
  cairo_surface_destroy (surface);
  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, JX_DOCX_ERROR, JX_DOCX_ERROR_PACKAGE, "%s", cairo_status_to_string (status));
      return NULL;
    }
  plain = g_byte_array_free_to_bytes (g_steal_pointer (&bytes));
  return _jx_png_set_dpi (plain, JX_DOCX_DPI);
}

static void
media_free (JxDocxMedia *m)
{
  g_free (m->name);
  g_free (m->rel_id);
  g_bytes_unref (m->data);
  g_free (m);
}

gboolean
_jx_docx_chart (JxDocxWriter        *w,
                const JxReportBlock *b,
                GError             **error)
{
  double text_w = JX_DOCX_TEXT_W / 20.0;
  double text_h = JX_DOCX_TEXT_H / 20.0;
  double width = text_w;
  double height;
  JxDocxMedia *m;
  GString *s = w->xml;
  guint id;
  gint64 cx, cy;

  if (b->chart == NULL || b->aspect <= 0)
    return TRUE;
  height = width * b->aspect;
  /* a chart taller than the type area (with its paragraph's spacing) is scaled down whole */
  if (height > text_h - 24)
    {
      height = text_h - 24;
      width = height / b->aspect;
    }

  m = g_new0 (JxDocxMedia, 1);
  m->data = render_png (b->chart, width, height, error);
  if (m->data == NULL)
    {
      g_free (m);
      return FALSE;
    }
  if (w->media == NULL)
    w->media = g_ptr_array_new_with_free_func ((GDestroyNotify) media_free);
  m->name = g_strdup_printf ("media/chart%u.png", w->media->len + 1);
  m->rel_id = g_strdup_printf ("rId%u", w->next_rel++);
  g_ptr_array_add (w->media, m);

  id = ++w->next_drawing;
  cx = (gint64) (width * JX_EMU_PER_PT + 0.5);
  cy = (gint64) (height * JX_EMU_PER_PT + 0.5);

  g_string_append (s, "<w:p><w:pPr><w:pStyle w:val=\"JxFigure\"/>");
  if (w->page_break)
    g_string_append (s, "<w:pageBreakBefore/>");
  w->page_break = FALSE;
  w->space_before = 0;
  g_string_append (s, "</w:pPr><w:r><w:drawing><wp:inline distT=\"0\" distB=\"0\" distL=\"0\" distR=\"0\">");
  g_string_append_printf (s, "<wp:extent cx=\"%" G_GINT64_FORMAT "\" cy=\"%" G_GINT64_FORMAT "\"/>"
                             "<wp:effectExtent l=\"0\" t=\"0\" r=\"0\" b=\"0\"/>", cx, cy);
  g_string_append_printf (s, "<wp:docPr id=\"%u\" name=\"", id);
  _jx_xml_append_attr (s, b->chart_title != NULL ? b->chart_title : b->chart_id);
  g_string_append (s, "\" descr=\"");
  _jx_xml_append_attr (s, b->alt_text);
  g_string_append (s, "\" title=\"");
  _jx_xml_append_attr (s, b->chart_title);
  g_string_append (s, "\"/><wp:cNvGraphicFramePr><a:graphicFrameLocks noChangeAspect=\"1\"/></wp:cNvGraphicFramePr>"
                      "<a:graphic><a:graphicData uri=\"http://schemas.openxmlformats.org/drawingml/2006/picture\">"
                      "<pic:pic><pic:nvPicPr>");
  g_string_append_printf (s, "<pic:cNvPr id=\"%u\" name=\"chart%u.png\" descr=\"", id, w->media->len);
  _jx_xml_append_attr (s, b->alt_text);
  g_string_append_printf (s, "\"/><pic:cNvPicPr><a:picLocks noChangeAspect=\"1\"/></pic:cNvPicPr></pic:nvPicPr>"
                             "<pic:blipFill><a:blip r:embed=\"%s\"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>"
                             "<pic:spPr><a:xfrm><a:off x=\"0\" y=\"0\"/>"
                             "<a:ext cx=\"%" G_GINT64_FORMAT "\" cy=\"%" G_GINT64_FORMAT "\"/></a:xfrm>"
                             "<a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom></pic:spPr></pic:pic>"
                             "</a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>",
                          m->rel_id, cx, cy);
  return TRUE;
}
