/* SPDX-License-Identifier: GPL-3.0-or-later */
/* jx-docx.c: the .docx package — an Office Open XML zip made with libgsf's GsfOutfileZip
 * in memory: [Content_Types].xml, the package and document relationships, the core and
 * extended properties (title; author: the preparer), the document, its styles, settings,
 * font table, two footers (none on the cover, 第 N 页 共 M 页 after it) and the charts'
 * PNGs; then written atomically (jx_write_file_atomic: a temporary file, fsync, rename).
 */
#define G_LOG_DOMAIN "jx-docx"

#include "config.h"

#include <errno.h>
#include <glib/gi18n.h>
#include <gsf/gsf.h>
#include <string.h>

#include "jx-docx-private.h"
#include "jx-save.h"

G_DEFINE_QUARK (jx-docx-error-quark, jx_docx_error)

#define XML_DECL "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
#define REL_NS "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
#define PKG_REL_NS "http://schemas.openxmlformats.org/package/2006/relationships"
#define WML_CT "application/vnd.openxmlformats-officedocument.wordprocessingml"

gboolean
jx_docx_fonts_from_string (const char  *name,
                           JxDocxFonts *fonts)
{
  g_return_val_if_fail (fonts != NULL, FALSE);

  if (g_strcmp0 (name, "official") == 0)
    *fonts = JX_DOCX_FONTS_OFFICIAL;
  else if (g_strcmp0 (name, "plain") == 0)
    *fonts = JX_DOCX_FONTS_PLAIN;
  else
    return FALSE;
  return TRUE;
}

const char *
jx_docx_fonts_to_string (JxDocxFonts fonts)
{
  return fonts == JX_DOCX_FONTS_PLAIN ? "plain" : "official";
}

/* ---- the parts ---- */

static char *
content_types_xml (void)
{
  return g_strdup (XML_DECL
    "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
    "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
    "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
    "<Default Extension=\"png\" ContentType=\"image/png\"/>"
    "<Override PartName=\"/word/document.xml\" ContentType=\"" WML_CT ".document.main+xml\"/>"
    "<Override PartName=\"/word/styles.xml\" ContentType=\"" WML_CT ".styles+xml\"/>"
    "<Override PartName=\"/word/settings.xml\" ContentType=\"" WML_CT ".settings+xml\"/>"
    "<Override PartName=\"/word/fontTable.xml\" ContentType=\"" WML_CT ".fontTable+xml\"/>"
    "<Override PartName=\"/word/footer1.xml\" ContentType=\"" WML_CT ".footer+xml\"/>"
    "<Override PartName=\"/word/footer2.xml\" ContentType=\"" WML_CT ".footer+xml\"/>"
    "<Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>"
    "<Override PartName=\"/docProps/app.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.extended-properties+xml\"/>"
    "</Types>");
}

static char *
package_rels_xml (void)
{
  return g_strdup (XML_DECL
    "<Relationships xmlns=\"" PKG_REL_NS "\">"
    "<Relationship Id=\"rId1\" Type=\"" REL_NS "/officeDocument\" Target=\"word/document.xml\"/>"
    "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\""
    " Target=\"docProps/core.xml\"/>"
    "<Relationship Id=\"rId3\" Type=\"" REL_NS "/extended-properties\" Target=\"docProps/app.xml\"/>"
    "</Relationships>");
}

static char *
document_rels_xml (const JxDocxWriter *w)
{
  GString *s = g_string_new (XML_DECL "<Relationships xmlns=\"" PKG_REL_NS "\">"
    "<Relationship Id=\"rId1\" Type=\"" REL_NS "/styles\" Target=\"styles.xml\"/>"
    "<Relationship Id=\"rId2\" Type=\"" REL_NS "/settings\" Target=\"settings.xml\"/>"
    "<Relationship Id=\"rId3\" Type=\"" REL_NS "/fontTable\" Target=\"fontTable.xml\"/>"
    "<Relationship Id=\"rId4\" Type=\"" REL_NS "/footer\" Target=\"footer1.xml\"/>"
    "<Relationship Id=\"rId5\" Type=\"" REL_NS "/footer\" Target=\"footer2.xml\"/>");
  guint i;

  for (i = 0; w->media != NULL && i < w->media->len; i++)
    {
      const JxDocxMedia *m = g_ptr_array_index (w->media, i);

      g_string_append_printf (s, "<Relationship Id=\"%s\" Type=\"" REL_NS "/image\" Target=\"%s\"/>",
                              m->rel_id, m->name);
    }
  g_string_append (s, "</Relationships>");
  return g_string_free (s, FALSE);
}

static char *
settings_xml (void)
{
  return g_strdup (XML_DECL
    "<w:settings xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
    "<w:zoom w:percent=\"100\"/><w:defaultTabStop w:val=\"420\"/>"
    "<w:characterSpacingControl w:val=\"compressPunctuation\"/>"
    "<w:compat><w:compatSetting w:name=\"compatibilityMode\" w:uri=\"http://schemas.microsoft.com/office/word\""
    " w:val=\"15\"/></w:compat>"
    "<w:themeFontLang w:val=\"en-US\" w:eastAsia=\"zh-CN\"/>"
    "</w:settings>");
}

static char *
core_xml (JxReport *report)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *stamp = g_date_time_format (now, "%Y-%m-%dT%H:%M:%SZ");
  const char *author = jx_report_get_author (report);
  GString *s = g_string_new (XML_DECL
    "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\""
    " xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\""
    " xmlns:dcmitype=\"http://purl.org/dc/dcmitype/\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">");

  g_string_append (s, "<dc:title>");
  _jx_xml_append_text (s, jx_report_get_title (report));
  g_string_append (s, "</dc:title><dc:subject>部门整体支出绩效自评报告</dc:subject>");
  if (author != NULL)
    {
      g_string_append (s, "<dc:creator>");
      _jx_xml_append_text (s, author);
      g_string_append (s, "</dc:creator><cp:lastModifiedBy>");
      _jx_xml_append_text (s, author);
      g_string_append (s, "</cp:lastModifiedBy>");
    }
  g_string_append_printf (s, "<dc:language>zh-CN</dc:language>"
                             "<dcterms:created xsi:type=\"dcterms:W3CDTF\">%s</dcterms:created>"
                             "<dcterms:modified xsi:type=\"dcterms:W3CDTF\">%s</dcterms:modified>"
                             "</cp:coreProperties>", stamp, stamp);
  return g_string_free (s, FALSE);
}

static char *
app_xml (void)
{
  return g_strdup (XML_DECL
    "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\""
    " xmlns:vt=\"http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes\">"
    "<Application>Jixiao " PACKAGE_VERSION "</Application><DocSecurity>0</DocSecurity></Properties>");
}

/* ---- the zip ---- */

typedef struct {
  GsfOutfile *root;
  GHashTable *dirs;      /* path → GsfOutfile* */
  GError     *error;
} Zip;

static GsfOutfile *
zip_dir (Zip        *zip,
         const char *path)
{
  GsfOutfile *dir;
  g_autofree char *parent = NULL;
  g_autofree char *base = NULL;

  if (path == NULL || strcmp (path, ".") == 0)
    return zip->root;
  dir = g_hash_table_lookup (zip->dirs, path);
  if (dir != NULL)
    return dir;
  parent = g_path_get_dirname (path);
  base = g_path_get_basename (path);
  dir = GSF_OUTFILE (gsf_outfile_new_child (zip_dir (zip, parent), base, TRUE));
  g_hash_table_insert (zip->dirs, g_strdup (path), dir);
  return dir;
}

/* Adds `data` as the part `name` ("word/document.xml"), deflated. */
static void
zip_add (Zip          *zip,
         const char   *name,
         gconstpointer data,
         gsize         length)
{
  g_autofree char *dir = g_path_get_dirname (name);
  g_autofree char *base = g_path_get_basename (name);
  GsfOutput *child;

  if (zip->error != NULL)
    return;
  child = gsf_outfile_new_child_full (zip_dir (zip, dir), base, FALSE,
                                      "compression-level", GSF_ZIP_DEFLATED, NULL);
  if (child == NULL || !gsf_output_write (child, length, data) || !gsf_output_close (child))
    {
      const GError *e = child != NULL ? gsf_output_error (child) : NULL;

      g_set_error (&zip->error, JX_DOCX_ERROR, JX_DOCX_ERROR_PACKAGE, _("Cannot make the part “%s”: %s"), name,
                   e != NULL ? e->message : g_strerror (EIO));
    }
  g_clear_object (&child);
}

static void
zip_add_text (Zip        *zip,
              const char *name,
              char       *text)     /* taken */
{
  zip_add (zip, name, text, strlen (text));
  g_free (text);
}

static void
close_dir (gpointer data)
{
  GsfOutput *dir = data;

  if (!gsf_output_is_closed (dir))
    gsf_output_close (dir);
  g_object_unref (dir);
}

GBytes *
jx_docx_build (const JxDocData *doc,
               JxDocxFonts      fonts,
               GError         **error)
{
  g_autoptr(JxReport) report = NULL;
  GsfOutput *memory = NULL;
  g_autoptr(GError) zip_error = NULL;
  g_autofree char *document = NULL;
  JxDocxWriter w = { 0 };
  Zip zip = { 0 };
  GBytes *bytes = NULL;
  guint i;

  g_return_val_if_fail (doc != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  report = jx_report_new (doc, JX_REPORT_A4_WIDTH, JX_REPORT_A4_HEIGHT);
  w.report = report;
  w.fonts = fonts;
  w.next_rel = 10;
  document = _jx_docx_document_xml (&w, error);
  if (document == NULL)
    {
      g_clear_pointer (&w.media, g_ptr_array_unref);
      return NULL;
    }

  memory = gsf_output_memory_new ();
  zip.root = gsf_outfile_zip_new (memory, &zip_error);
  if (zip.root == NULL)
    {
      g_set_error (error, JX_DOCX_ERROR, JX_DOCX_ERROR_PACKAGE, "%s", zip_error->message);
      g_clear_pointer (&w.media, g_ptr_array_unref);
      g_object_unref (memory);
      return NULL;
    }
  zip.dirs = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  zip_add_text (&zip, "[Content_Types].xml", content_types_xml ());
  zip_add_text (&zip, "_rels/.rels", package_rels_xml ());
  zip_add_text (&zip, "docProps/core.xml", core_xml (report));
  zip_add_text (&zip, "docProps/app.xml", app_xml ());
  zip_add (&zip, "word/document.xml", document, strlen (document));
  zip_add_text (&zip, "word/_rels/document.xml.rels", document_rels_xml (&w));
  zip_add_text (&zip, "word/styles.xml", _jx_docx_styles_xml (fonts));
  zip_add_text (&zip, "word/settings.xml", settings_xml ());
  zip_add_text (&zip, "word/fontTable.xml", _jx_docx_font_table_xml (fonts));
  zip_add_text (&zip, "word/footer1.xml", _jx_docx_footer_xml (TRUE));
  zip_add_text (&zip, "word/footer2.xml", _jx_docx_footer_xml (FALSE));
  for (i = 0; w.media != NULL && i < w.media->len; i++)
    {
      const JxDocxMedia *m = g_ptr_array_index (w.media, i);
      g_autofree char *name = g_strconcat ("word/", m->name, NULL);
      gsize length = 0;
      gconstpointer data = g_bytes_get_data (m->data, &length);

      zip_add (&zip, name, data, length);
    }
  g_clear_pointer (&w.media, g_ptr_array_unref);

  /* the folders from the deepest: a zip writes its directory when the root closes */
  {
    g_autoptr(GList) dirs = g_hash_table_get_keys (zip.dirs);
    GList *l;

    dirs = g_list_sort (dirs, (GCompareFunc) strcmp);
    for (l = g_list_last (dirs); l != NULL; l = l->prev)
      close_dir (g_hash_table_lookup (zip.dirs, l->data));
  }
  g_hash_table_unref (zip.dirs);
  if (!gsf_output_close (GSF_OUTPUT (zip.root)) && zip.error == NULL)
    g_set_error (&zip.error, JX_DOCX_ERROR, JX_DOCX_ERROR_PACKAGE, "%s",
                 gsf_output_error (GSF_OUTPUT (zip.root)) != NULL
                 ? gsf_output_error (GSF_OUTPUT (zip.root))->message : g_strerror (EIO));
  g_object_unref (zip.root);
  if (zip.error != NULL)
    {
      g_propagate_error (error, zip.error);
      g_object_unref (memory);
      return NULL;
    }
  gsf_output_close (memory);
  bytes = g_bytes_new (gsf_output_memory_get_bytes (GSF_OUTPUT_MEMORY (memory)), (gsize) gsf_output_size (memory));
  g_object_unref (memory);
  return bytes;
}

gboolean
jx_docx_export (const JxDocData *doc,
                const char      *path,
                JxDocxFonts      fonts,
                GError         **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GFile) file = NULL;
  gsize length = 0;
  const char *data;

  g_return_val_if_fail (doc != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (g_file_test (path, G_FILE_TEST_IS_DIR))
    {
      g_autofree char *display = g_filename_display_name (path);

      g_set_error (error, JX_DOCX_ERROR, JX_DOCX_ERROR_WRITE, _("Cannot write “%s”: %s"), display,
                   g_strerror (EISDIR));
      return FALSE;
    }
  bytes = jx_docx_build (doc, fonts, error);
  if (bytes == NULL)
    return FALSE;
  data = g_bytes_get_data (bytes, &length);
  file = g_file_new_for_path (path);
  return jx_write_file_atomic (file, data, length, error);
}
