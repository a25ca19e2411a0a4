/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-docx.c: the .docx writer in the process (so the sanitizer pass covers it): XML
 * escaping, the PNG resolution chunk, the package of the sample, an empty and a long
 * document, and the export's failures. What Word-reading programs see is test-docx.py's. */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>
#include <zlib.h>

#include "jx-docx-private.h"
#include "jx-load.h"

static JxDocData *
load_json (const char *json)
{
  g_autoptr(GError) error = NULL;
  JxDocData *doc = jx_doc_data_load_data (json, strlen (json), "test", &error);

  g_assert_no_error (error);
  return doc;
}

static JxDocData *
load_sample (void)
{
  const char *path = g_getenv ("JIXIAO_SAMPLE");
  g_autoptr(GFile) file = g_file_new_for_path (path != NULL ? path : SOURCE_SAMPLE);
  g_autoptr(GError) error = NULL;
  JxDocData *doc = jx_doc_data_load_file (file, &error);

  g_assert_no_error (error);
  return doc;
}

static void
test_escape (void)
{
  g_autoptr(GString) s = g_string_new (NULL);

  _jx_xml_append_text (s, "a<b>&\"c\" 'd'\n\te\x01\x0b" "\xef\xbf\xbe" "f");
  g_assert_cmpstr (s->str, ==, "a&lt;b&gt;&amp;\"c\" 'd'\n\tef");
  g_string_truncate (s, 0);
  _jx_xml_append_attr (s, "标题\n值 \"1\" <2> & '3'\t");
  g_assert_cmpstr (s->str, ==, "标题&#10;值 &quot;1&quot; &lt;2&gt; &amp; &apos;3&apos;&#9;");
  g_string_truncate (s, 0);
  /* bad UTF-8 is repaired, not copied */
  _jx_xml_append_text (s, "x\xff\xfey");
  g_assert_true (g_utf8_validate (s->str, -1, NULL));
  g_assert_true (g_str_has_prefix (s->str, "x") && g_str_has_suffix (s->str, "y"));
  g_string_truncate (s, 0);
  _jx_xml_append_text (s, NULL);
  g_assert_cmpuint (s->len, ==, 0);
}

static guint32
get_u32 (const guint8 *p)
{
  return (guint32) p[0] << 24 | (guint32) p[1] << 16 | (guint32) p[2] << 8 | p[3];
}

static cairo_status_t
append_bytes (void *closure, const unsigned char *data, unsigned int length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

static void
test_png_dpi (void)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 20, 10);
  g_autoptr(GByteArray) array = g_byte_array_new ();
  g_autoptr(GBytes) plain = NULL;
  g_autoptr(GBytes) png = NULL;
  const guint8 *d;
  gsize n = 0, pos = 8;
  gboolean found = FALSE;

  g_assert_cmpint (cairo_surface_write_to_png_stream (surface, append_bytes, array), ==, CAIRO_STATUS_SUCCESS);
  cairo_surface_destroy (surface);
  plain = g_byte_array_free_to_bytes (g_steal_pointer (&array));
  png = _jx_png_set_dpi (plain, 300);
  d = g_bytes_get_data (png, &n);
  g_assert_cmpuint (n, ==, g_bytes_get_size (plain) + 21);
  /* every chunk's CRC right; pHYs before the image data, 11811 pixels a metre */
  while (pos + 12 <= n)
    {
      guint32 length = get_u32 (d + pos);

      g_assert_cmpuint (pos + 12 + length, <=, n);
      g_assert_cmpuint (get_u32 (d + pos + 8 + length), ==, (guint32) crc32 (0, d + pos + 4, length + 4));
      if (memcmp (d + pos + 4, "pHYs", 4) == 0)
        {
          g_assert_false (found);
          found = TRUE;
          g_assert_cmpuint (get_u32 (d + pos + 8), ==, 11811);
          g_assert_cmpuint (get_u32 (d + pos + 12), ==, 11811);
          g_assert_cmpuint (d[pos + 16], ==, 1);
        }
      if (memcmp (d + pos + 4, "IDAT", 4) == 0)
        g_assert_true (found);
      pos += 12 + length;
    }
  g_assert_true (found);
  g_assert_cmpuint (pos, ==, n);
}

static void
check_package (GBytes *bytes)
{
  gsize n = 0;
  const char *data = g_bytes_get_data (bytes, &n);

  g_assert_nonnull (bytes);
  g_assert_cmpuint (n, >, 4000);
  g_assert_cmpmem (data, 4, "PK\x03\x04", 4);
  /* the end-of-central-directory record */
  g_assert_cmpmem (data + n - 22, 4, "PK\x05\x06", 4);
}

static void
test_sample (void)
{
  g_autoptr(JxDocData) doc = load_sample ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) official = jx_docx_build (doc, JX_DOCX_FONTS_OFFICIAL, &error);
  g_autoptr(GBytes) plain = NULL;

  g_assert_no_error (error);
  check_package (official);
  /* eight charts at 300 dpi: hundreds of kilobytes */
  g_assert_cmpuint (g_bytes_get_size (official), >, 300000);
  plain = jx_docx_build (doc, JX_DOCX_FONTS_PLAIN, &error);
  g_assert_no_error (error);
  check_package (plain);
}

static void
test_empty (void)
{
  g_autoptr(JxDocData) doc = load_json ("{\"format\": \"jixiao\", \"version\": 1, \"department\": {\"name\": \"\", \"year\": 0}}");
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = jx_docx_build (doc, JX_DOCX_FONTS_OFFICIAL, &error);

  g_assert_no_error (error);
  check_package (bytes);
}

static void
test_styles_xml (void)
{
  g_autofree char *official = _jx_docx_styles_xml (JX_DOCX_FONTS_OFFICIAL);
  g_autofree char *plain = _jx_docx_styles_xml (JX_DOCX_FONTS_PLAIN);
  g_autofree char *fonts = _jx_docx_font_table_xml (JX_DOCX_FONTS_PLAIN);

  g_assert_nonnull (strstr (official, "w:eastAsia=\"仿宋_GB2312\""));
  g_assert_nonnull (strstr (official, "w:eastAsia=\"楷体_GB2312\""));
  g_assert_nonnull (strstr (official, "<w:name w:val=\"heading 4\"/>"));
  g_assert_null (strstr (plain, "GB2312"));
  g_assert_null (strstr (fonts, "GB2312"));
}

static void
test_export_errors (void)
{
  g_autoptr(JxDocData) doc = load_sample ();
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("jx-docx-XXXXXX", NULL);
  g_autofree char *missing = g_build_filename (dir, "no-such-folder", "out.docx", NULL);
  g_autofree char *out = g_build_filename (dir, "out.docx", NULL);
  g_autoptr(GDir) listing = NULL;
  JxDocxFonts fonts;

  g_assert_false (jx_docx_export (doc, missing, JX_DOCX_FONTS_OFFICIAL, &error));
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, "out.docx"));
  g_clear_error (&error);
  g_assert_false (jx_docx_export (doc, dir, JX_DOCX_FONTS_OFFICIAL, &error));
  g_assert_error (error, JX_DOCX_ERROR, JX_DOCX_ERROR_WRITE);
  g_clear_error (&error);

  g_assert_true (jx_docx_export (doc, out, JX_DOCX_FONTS_OFFICIAL, &error));
  g_assert_no_error (error);
  listing = g_dir_open (dir, 0, NULL);
  g_assert_cmpstr (g_dir_read_name (listing), ==, "out.docx");
  g_assert_null (g_dir_read_name (listing));
  g_unlink (out);
  g_rmdir (dir);

  g_assert_true (jx_docx_fonts_from_string ("plain", &fonts) && fonts == JX_DOCX_FONTS_PLAIN);
  g_assert_true (jx_docx_fonts_from_string ("official", &fonts) && fonts == JX_DOCX_FONTS_OFFICIAL);
  g_assert_false (jx_docx_fonts_from_string ("Official", &fonts));
  g_assert_cmpstr (jx_docx_fonts_to_string (JX_DOCX_FONTS_PLAIN), ==, "plain");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/docx/escape", test_escape);
  g_test_add_func ("/docx/png-dpi", test_png_dpi);
  g_test_add_func ("/docx/sample", test_sample);
  g_test_add_func ("/docx/empty", test_empty);
  g_test_add_func ("/docx/styles", test_styles_xml);
  g_test_add_func ("/docx/export-errors", test_export_errors);
  return g_test_run ();
}
