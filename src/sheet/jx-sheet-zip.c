/* SPDX-License-Identifier: GPL-3.0-or-later */
/* jx-sheet-zip.c: zip workbooks: which kind (.xlsx by its package relationships, .ods by its
 * mimetype), and their members as bounded streams of XML for the two readers. */
#define G_LOG_DOMAIN "jx-sheet"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "jx-sheet-error.h"
#include "jx-sheet-zip-private.h"

#define ODS_MIMETYPE "application/vnd.oasis.opendocument.spreadsheet"

struct _JxSheetXml {
  xmlTextReaderPtr reader;
  GsfInput        *input;
  JxSheetBudget   *budget;
  char            *path;
  guint64          bytes;
  gboolean         too_large;
  gboolean         broken;
  gboolean         late;
  char            *message;   /* libxml2's first error */
};

/* The member at a path of names separated by '/'. */
static GsfInput *
child_by_path (GsfInfile  *zip,
               const char *path)
{
  g_auto(GStrv) names = g_strsplit (path, "/", -1);
  GsfInput *at = g_object_ref (GSF_INPUT (zip));
  guint i;

  for (i = 0; names[i] != NULL; i++)
    {
      GsfInput *next;

      if (*names[i] == '\0')
        continue;
      if (!GSF_IS_INFILE (at))
        {
          g_object_unref (at);
          return NULL;
        }
      next = _jx_sheet_gsf_child (GSF_INFILE (at), names[i]);
      g_object_unref (at);
      if (next == NULL)
        return NULL;
      at = next;
    }
  if (GSF_IS_INFILE (at) && gsf_infile_num_children (GSF_INFILE (at)) > 0)
    {
      g_object_unref (at);   /* a folder, not a member */
      return NULL;
    }
  return at;
}

static void
set_too_large (GError    **error,
               const char *name)
{
  g_autofree char *limit = g_format_size (JX_SHEET_MAX_UNPACKED);

  g_set_error (error, JX_SHEET_ERROR, JX_SHEET_ERROR_TOO_LARGE,
               _("“%s” unpacks to more than %s, more than an indicator table can be "
                 "(it may be a “zip bomb”). Jixiao stopped reading it."),
               name, limit);
}

static void
set_late (GError    **error,
          const char *name)
{
  g_set_error (error, JX_SHEET_ERROR, JX_SHEET_ERROR_TOO_LARGE,
               _("Reading “%s” took longer than %d seconds, so Jixiao stopped. "
                 "Copy the sheet with the indicators into a new file and import that."),
               name, JX_SHEET_MAX_SECONDS);
}

/* Reads at most `len` bytes of the member for libxml2, counting them against the bounds. */
static int
xml_read (void *context,
          char *buffer,
          int   len)
{
  JxSheetXml *xml = context;
  gsf_off_t remaining = gsf_input_remaining (xml->input);
  gsize n = (gsize) MIN ((gsf_off_t) len, remaining);

  if (n == 0)
    return 0;
  if (xml->bytes + n > JX_SHEET_MAX_PART || xml->budget->unpacked + n > JX_SHEET_MAX_UNPACKED)
    {
      xml->too_large = TRUE;
      return -1;
    }
  if (gsf_input_read (xml->input, n, (guint8 *) buffer) == NULL)
    {
      xml->broken = TRUE;
      return -1;
    }
  xml->bytes += n;
  xml->budget->unpacked += n;
  if (g_get_monotonic_time () > xml->budget->deadline)
    {
      xml->late = TRUE;
      return -1;
    }
  return (int) n;
}

static int
xml_close (void *context)
{
  return 0;
}

static void
xml_error (void       *context,
           xmlErrorPtr error)
{
  JxSheetXml *xml = context;

  if (xml->message == NULL && error != NULL && error->message != NULL)
    xml->message = g_strstrip (g_strdup (error->message));
}

JxSheetXml *
_jx_sheet_xml_open (GsfInfile     *zip,
                    const char    *path,
                    JxSheetBudget *budget,
                    GError       **error)
{
  GsfInput *input = child_by_path (zip, path);
  JxSheetXml *xml;

  if (input == NULL)
    return NULL;
  xml = g_new0 (JxSheetXml, 1);
  xml->input = input;
  xml->budget = budget;
  xml->path = g_strdup (path);
  xml->reader = xmlReaderForIO (xml_read, xml_close, xml, path, NULL,
                                XML_PARSE_NONET | XML_PARSE_COMPACT | XML_PARSE_NOWARNING);
  if (xml->reader == NULL)
    {
      _jx_sheet_set_damaged (error, budget->name, path);
      _jx_sheet_xml_free (xml);
      return NULL;
    }
  xmlTextReaderSetStructuredErrorHandler (xml->reader, xml_error, xml);
  return xml;
}

void
_jx_sheet_xml_free (JxSheetXml *xml)
{
  if (xml == NULL)
    return;
  if (xml->reader != NULL)
    xmlFreeTextReader (xml->reader);
  g_clear_object (&xml->input);
  g_free (xml->path);
  g_free (xml->message);
  g_free (xml);
}

void
_jx_sheet_xml_set_damaged (JxSheetXml *xml,
                           const char *what,
                           GError    **error)
{
  g_autofree char *detail = g_strdup_printf ("%s: %s", xml->path, what);

  _jx_sheet_set_damaged (error, xml->budget->name, detail);
}

int
_jx_sheet_xml_next (JxSheetXml *xml,
                    GError    **error)
{
  int r = xmlTextReaderRead (xml->reader);

  if (r == 1 && xmlTextReaderNodeType (xml->reader) == XML_READER_TYPE_DOCUMENT_TYPE)
    {
      /* Office files have no DTD; one here is there to expand entities. */
      _jx_sheet_xml_set_damaged (xml, "DOCTYPE", error);
      return -1;
    }
  if (r >= 0)
    return r;
  if (xml->too_large)
    set_too_large (error, xml->budget->name);
  else if (xml->late)
    set_late (error, xml->budget->name);
  else
    _jx_sheet_xml_set_damaged (xml, xml->broken ? "zip" : xml->message != NULL ? xml->message : "XML", error);
  return -1;
}

xmlTextReaderPtr
_jx_sheet_xml_reader (JxSheetXml *xml)
{
  return xml->reader;
}

static gboolean
local_name_is (JxSheetXml *xml,
               const char *name)
{
  const xmlChar *local = xmlTextReaderConstLocalName (xml->reader);

  return local != NULL && strcmp ((const char *) local, name) == 0;
}

gboolean
_jx_sheet_xml_is_start (JxSheetXml *xml,
                        const char *name)
{
  return xmlTextReaderNodeType (xml->reader) == XML_READER_TYPE_ELEMENT && local_name_is (xml, name);
}

gboolean
_jx_sheet_xml_is_end (JxSheetXml *xml,
                      const char *name)
{
  return xmlTextReaderNodeType (xml->reader) == XML_READER_TYPE_END_ELEMENT && local_name_is (xml, name);
}

gboolean
_jx_sheet_xml_is_empty (JxSheetXml *xml)
{
  return xmlTextReaderIsEmptyElement (xml->reader) == 1;
}

char *
_jx_sheet_xml_attr (JxSheetXml *xml,
                    const char *name)
{
  char *value = NULL;

  if (xmlTextReaderMoveToFirstAttribute (xml->reader) != 1)
    return NULL;
  do
    {
      if (local_name_is (xml, name))
        {
          const xmlChar *v = xmlTextReaderConstValue (xml->reader);

          value = g_strdup (v != NULL ? (const char *) v : "");
          break;
        }
    }
  while (xmlTextReaderMoveToNextAttribute (xml->reader) == 1);
  xmlTextReaderMoveToElement (xml->reader);
  return value;
}

const char *
_jx_sheet_xml_text (JxSheetXml *xml)
{
  switch (xmlTextReaderNodeType (xml->reader))
    {
    case XML_READER_TYPE_TEXT:
    case XML_READER_TYPE_CDATA:
    case XML_READER_TYPE_WHITESPACE:
    case XML_READER_TYPE_SIGNIFICANT_WHITESPACE:
      return (const char *) xmlTextReaderConstValue (xml->reader);
    default:
      return NULL;
    }
}

gboolean
_jx_sheet_xml_append (JxSheetXml *xml,
                      GString    *to,
                      const char *text,
                      GError    **error)
{
  gsize n = strlen (text);

  if (to->len + n > JX_SHEET_MAX_CELL_TEXT)
    {
      g_autofree char *size = g_format_size (JX_SHEET_MAX_CELL_TEXT);

      g_set_error (error, JX_SHEET_ERROR, JX_SHEET_ERROR_TOO_LARGE,
                   _("A cell of “%s” holds more than %s of text, more than an indicator table can have."),
                   xml->budget->name, size);
      return FALSE;
    }
  g_string_append_len (to, text, n);
  return TRUE;
}

GBytes *
_jx_sheet_zip_read_small (GsfInfile     *zip,
                          const char    *path,
                          gsize          limit,
                          JxSheetBudget *budget,
                          GError       **error)
{
  g_autoptr(GsfInput) input = child_by_path (zip, path);
  gsf_off_t size;
  guint8 *data;

  if (input == NULL)
    return NULL;
  size = gsf_input_size (input);
  if (size < 0 || (guint64) size > limit || budget->unpacked + (guint64) size > JX_SHEET_MAX_UNPACKED)
    {
      set_too_large (error, budget->name);
      return NULL;
    }
  data = g_malloc ((gsize) size + 1);
  if (size > 0 && gsf_input_read (input, (gsize) size, data) == NULL)
    {
      g_free (data);
      _jx_sheet_set_damaged (error, budget->name, path);
      return NULL;
    }
  budget->unpacked += (guint64) size;
  data[size] = '\0';
  return g_bytes_new_take (data, (gsize) size);
}

char *
_jx_sheet_zip_resolve (const char *base_dir,
                       const char *target)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new ();
  g_auto(GStrv) base = g_strsplit (base_dir, "/", -1);
  g_auto(GStrv) rel = NULL;
  guint i;

  if (target[0] == '/')
    target++;
  else
    for (i = 0; base[i] != NULL; i++)
      if (*base[i] != '\0')
        g_ptr_array_add (parts, base[i]);
  rel = g_strsplit (target, "/", -1);
  for (i = 0; rel[i] != NULL; i++)
    {
      if (*rel[i] == '\0' || strcmp (rel[i], ".") == 0)
        continue;
      if (strcmp (rel[i], "..") == 0)
        {
          if (parts->len > 0)
            g_ptr_array_remove_index (parts, parts->len - 1);
          continue;
        }
      g_ptr_array_add (parts, rel[i]);
    }
  g_ptr_array_add (parts, NULL);
  return g_strjoinv ("/", (char **) parts->pdata);
}

gboolean
_jx_sheet_parse_ref (const char *ref,
                     guint      *row,
                     guint      *col)
{
  guint64 c = 0, r = 0;
  guint letters = 0, digits = 0;
  const char *p = ref;

  if (*p == '$')
    p++;
  for (; g_ascii_isalpha (*p) && letters < 4; p++, letters++)
    c = c * 26 + (guint64) (g_ascii_toupper (*p) - 'A' + 1);
  if (*p == '$')
    p++;
  for (; g_ascii_isdigit (*p) && digits < 8; p++, digits++)
    r = r * 10 + (guint64) (*p - '0');
  if (letters == 0 || digits == 0 || *p != '\0' || c > JX_SHEET_MAX_COLS || r == 0 || r > JX_SHEET_MAX_ROWS)
    return FALSE;
  *row = (guint) (r - 1);
  *col = (guint) (c - 1);
  return TRUE;
}

static guint16
le16 (const guchar *p)
{
  return (guint16) (p[0] | (p[1] << 8));
}

static guint32
le32 (const guchar *p)
{
  return (guint32) p[0] | ((guint32) p[1] << 8) | ((guint32) p[2] << 16) | ((guint32) p[3] << 24);
}

static gboolean
dos_time_is_valid (guint16 time,
                   guint16 date)
{
  guint day = date & 31, month = (date >> 5) & 15, year = 1980 + (date >> 9);

  return month >= 1 && month <= 12 && day >= 1 && day <= g_date_get_days_in_month (month, year)
         && (time >> 11) < 24 && ((time >> 5) & 63) < 60 && (time & 31) < 30;
}

/* The bytes with every impossible date of the central directory (a zero date, as some
 * writers leave it) replaced by 1980-01-01: libgsf makes no date of them and then asserts. */
static GBytes *
fix_zip_dates (GBytes *bytes)
{
  gsize size;
  const guchar *data = g_bytes_get_data (bytes, &size);
  g_autofree guchar *copy = NULL;
  gsize eocd, pos, end;
  guint n, i;

  if (size < 22)
    return g_bytes_ref (bytes);
  for (eocd = size - 22;; eocd--)
    {
      if (memcmp (data + eocd, "PK\5\6", 4) == 0)
        break;
      if (eocd == 0 || size - eocd > 22 + 65535)
        return g_bytes_ref (bytes);
    }
  n = le16 (data + eocd + 10);
  pos = le32 (data + eocd + 16);
  end = MIN ((gsize) pos + le32 (data + eocd + 12), eocd);
  for (i = 0; i < n && pos + 46 <= end && memcmp (data + pos, "PK\1\2", 4) == 0; i++)
    {
      if (!dos_time_is_valid (le16 (data + pos + 12), le16 (data + pos + 14)))
        {
          if (copy == NULL)
            copy = g_memdup2 (data, size);
          copy[pos + 12] = copy[pos + 13] = 0;
          copy[pos + 14] = 0x21;
          copy[pos + 15] = 0;
        }
      pos += 46 + (gsize) le16 (data + pos + 28) + le16 (data + pos + 30) + le16 (data + pos + 32);
    }
  if (copy == NULL)
    return g_bytes_ref (bytes);
  return g_bytes_new_take (g_steal_pointer (&copy), size);
}

/* The main part of an OOXML package, from _rels/.rels; NULL if it has none. */
static char *
office_document (GsfInfile     *zip,
                 JxSheetBudget *budget,
                 GError       **error)
{
  JxSheetXml *xml = _jx_sheet_xml_open (zip, "_rels/.rels", budget, error);
  char *found = NULL;
  int r;

  if (xml == NULL)
    return NULL;
  while ((r = _jx_sheet_xml_next (xml, error)) == 1)
    if (_jx_sheet_xml_is_start (xml, "Relationship"))
      {
        g_autofree char *type = _jx_sheet_xml_attr (xml, "Type");
        g_autofree char *target = _jx_sheet_xml_attr (xml, "Target");

        if (type != NULL && target != NULL && g_str_has_suffix (type, "/officeDocument") && found == NULL)
          found = _jx_sheet_zip_resolve ("", target);
      }
  _jx_sheet_xml_free (xml);
  if (r < 0)
    g_clear_pointer (&found, g_free);
  return found;
}

GPtrArray *
_jx_sheet_read_zip (GBytes        *bytes,
                    JxSheetBudget *budget,
                    GError       **error)
{
  g_autoptr(GBytes) fixed = fix_zip_dates (bytes);
  g_autoptr(GsfInput) input = gsf_input_memory_new (g_bytes_get_data (fixed, NULL),
                                                    (gsf_off_t) g_bytes_get_size (fixed), FALSE);
  g_autoptr(GsfInfile) zip = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GBytes) mimetype = NULL;
  g_autofree char *workbook = NULL;

  zip = gsf_infile_zip_new (input, &local_error);
  if (zip == NULL)
    {
      _jx_sheet_set_damaged (error, budget->name, local_error != NULL ? local_error->message : "zip");
      return NULL;
    }
  mimetype = _jx_sheet_zip_read_small (zip, "mimetype", 256, budget, &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }
  if (mimetype != NULL)
    {
      if (g_str_has_prefix (g_bytes_get_data (mimetype, NULL), ODS_MIMETYPE))
        return _jx_sheet_read_ods (zip, budget, error);
      _jx_sheet_set_not_a_sheet (error, budget->name);
      return NULL;
    }
  workbook = office_document (zip, budget, &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }
  if (workbook == NULL)
    {
      g_autoptr(GsfInput) xl = child_by_path (zip, "xl/workbook.xml");
      g_autoptr(GsfInput) content = child_by_path (zip, "content.xml");

      if (xl != NULL)
        workbook = g_strdup ("xl/workbook.xml");
      else if (content != NULL)
        return _jx_sheet_read_ods (zip, budget, error);
    }
  if (workbook != NULL && g_str_has_suffix (workbook, ".bin"))
    {
      g_set_error (error, JX_SHEET_ERROR, JX_SHEET_ERROR_FORMAT,
                   _("“%s” is an Excel binary workbook (.xlsb), which Jixiao cannot read. "
                     "Open it in the spreadsheet program, save it as .xlsx, and import that."),
                   budget->name);
      return NULL;
    }
  if (workbook == NULL)
    {
      _jx_sheet_set_not_a_sheet (error, budget->name);
      return NULL;
    }
  return _jx_sheet_read_xlsx (zip, workbook, budget, error);
}
