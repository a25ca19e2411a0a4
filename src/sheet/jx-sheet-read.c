/* SPDX-License-Identifier: GPL-3.0-or-later */
/* jx-sheet-read.c: which reader a file goes to, by its first bytes; the size limit; the
 * bounds every reader checks (jx-sheet-read-private.h). */
#define G_LOG_DOMAIN "jx-sheet"

#include "config.h"

#include <errno.h>
#include <string.h>
#include <unistd.h>

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <gsf/gsf.h>
#include <gsf/gsf-infile-impl.h>

#include "jx-sheet-error.h"
#include "jx-sheet-read-private.h"
#include "jx-sheet-read.h"

static const guchar ZIP_MAGIC[] = { 'P', 'K', 0x03, 0x04 };
static const guchar ZIP_EMPTY[] = { 'P', 'K', 0x05, 0x06 };
static const guchar CFB_MAGIC[] = { 0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1 };

gboolean
_jx_sheet_budget_check (JxSheetBudget      *budget,
                        const JxSheetTable *table,
                        GError            **error)
{
  gsize cells = budget->cells + (table != NULL ? _jx_sheet_table_get_n_cells (table) : 0);
  gsize text = budget->text_bytes + (table != NULL ? _jx_sheet_table_get_text_bytes (table) : 0);

  if (cells > JX_SHEET_MAX_CELLS)
    {
      g_set_error (error, JX_SHEET_ERROR, JX_SHEET_ERROR_TOO_LARGE,
                   _("“%s” has more than %u filled cells, more than an indicator table can have. "
                     "Copy the sheet with the indicators into a new file and import that."),
                   budget->name, JX_SHEET_MAX_CELLS);
      return FALSE;
    }
  if (text > JX_SHEET_MAX_TEXT)
    {
      g_autofree char *size = g_format_size (JX_SHEET_MAX_TEXT);

      g_set_error (error, JX_SHEET_ERROR, JX_SHEET_ERROR_TOO_LARGE,
                   _("“%s” holds more than %s of text, more than an indicator table can have. "
                     "Copy the sheet with the indicators into a new file and import that."),
                   budget->name, size);
      return FALSE;
    }
  if (table != NULL && _jx_sheet_table_get_n_merges (table) > JX_SHEET_MAX_MERGES)
    {
      g_set_error (error, JX_SHEET_ERROR, JX_SHEET_ERROR_TOO_LARGE,
                   _("“%s” has more than %u merged cells, more than an indicator table can have."),
                   budget->name, JX_SHEET_MAX_MERGES);
      return FALSE;
    }
  if ((++budget->ticks & 0x3ff) == 0 && g_get_monotonic_time () > budget->deadline)
    {
      g_set_error (error, JX_SHEET_ERROR, JX_SHEET_ERROR_TOO_LARGE,
                   _("Reading “%s” took longer than %d seconds, so Jixiao stopped. "
                     "Copy the sheet with the indicators into a new file and import that."),
                   budget->name, JX_SHEET_MAX_SECONDS);
      return FALSE;
    }
  return TRUE;
}

void
_jx_sheet_budget_add (JxSheetBudget      *budget,
                      const JxSheetTable *table)
{
  budget->cells += _jx_sheet_table_get_n_cells (table);
  budget->text_bytes += _jx_sheet_table_get_text_bytes (table);
}

void
_jx_sheet_set_damaged (GError    **error,
                       const char *name,
                       const char *detail)
{
  g_set_error (error, JX_SHEET_ERROR, JX_SHEET_ERROR_FORMAT,
               _("“%s” is damaged: a part of it is missing or cannot be read (%s). "
                 "Ask for the file again, or open it in the spreadsheet program and save it again."),
               name, detail);
}

static gboolean
starts_with (const guchar *data,
             gsize         size,
             const guchar *magic,
             gsize         magic_size)
{
  return size >= magic_size && memcmp (data, magic, magic_size) == 0;
}

static void
set_not_a_sheet (GError    **error,
                 const char *name)
{
  g_set_error (error, JX_SHEET_ERROR, JX_SHEET_ERROR_FORMAT,
               _("“%s” is not a spreadsheet Jixiao can read. "
                 "Jixiao imports .xlsx, .ods and .xls workbooks and .csv or .tsv text files."),
               name);
}

static void
set_encrypted (GError    **error,
               const char *name)
{
  g_set_error (error, JX_SHEET_ERROR, JX_SHEET_ERROR_ENCRYPTED,
               _("“%s” is protected by a password, so Jixiao cannot read it. "
                 "Open it in the spreadsheet program, save a copy without the password, "
                 "and import the copy."),
               name);
}

/* An HTML table saved with a spreadsheet's name (some systems export so). */
static gboolean
looks_like_html (const char *data,
                 gsize       size)
{
  g_autofree char *head = g_ascii_strdown (data, MIN (size, 1024));

  return strstr (head, "<html") != NULL || strstr (head, "<table") != NULL
         || strstr (head, "<!doctype html") != NULL;
}

GsfInput *
_jx_sheet_gsf_child (GsfInfile  *infile,
                     const char *name)
{
  GsfInfileClass *klass = GSF_INFILE_CLASS (G_OBJECT_GET_CLASS (infile));
  g_autoptr(GError) error = NULL;
  GsfInput *child;

  if (klass->child_by_name == NULL)
    return NULL;
  child = klass->child_by_name (infile, name, &error);
  if (error != NULL)
    g_clear_object (&child);
  return child;
}

static gboolean
has_child (GsfInfile  *infile,
           const char *name)
{
  g_autoptr(GsfInput) child = _jx_sheet_gsf_child (infile, name);

  return child != NULL;
}

static guint32
le32 (const guchar *p)
{
  return (guint32) p[0] | ((guint32) p[1] << 8) | ((guint32) p[2] << 16) | ((guint32) p[3] << 24);
}

/* Whether the directory's chain of sectors ends and its tree of entries (siblings and
 * children by number) names each entry at most once, inside the directory: libgsf asserts
 * both. */
static gboolean
cfb_directory_is_sound (const guchar  *data,
                        gsize          size,
                        gsize          sector,
                        gsize          n_sectors,
                        const guint32 *fat_sectors,
                        guint32        n_fat)
{
  gsize per_sector = sector / 4;
  g_autoptr(GArray) chain = g_array_new (FALSE, FALSE, sizeof (guint32));
  g_autoptr(GArray) stack = g_array_new (FALSE, FALSE, sizeof (guint32));
  g_autofree guint8 *seen = NULL;
  guint32 at = le32 (data + 48), n_entries, per;

  while (at != 0xfffffffe)
    {
      if (at >= n_sectors || chain->len >= n_sectors || at / per_sector >= n_fat)
        return FALSE;
      g_array_append_val (chain, at);
      at = le32 (data + ((gsize) fat_sectors[at / per_sector] + 1) * sector + 4 * (at % per_sector));
    }
  per = (guint32) (sector / 128);
  n_entries = chain->len * per;
  if (n_entries == 0)
    return FALSE;
  seen = g_malloc0 (n_entries);
  at = 0;
  g_array_append_val (stack, at);
  while (stack->len > 0)
    {
      guint32 id = g_array_index (stack, guint32, stack->len - 1);
      const guchar *entry;
      guint32 links[3];
      guint k;

      g_array_set_size (stack, stack->len - 1);
      if (id == 0xffffffff)
        continue;
      if (id >= n_entries || seen[id])
        return FALSE;
      seen[id] = 1;
      entry = data + ((gsize) g_array_index (chain, guint32, id / per) + 1) * sector + 128 * (id % per);
      /* A storage, a stream no larger than the file, or the root. */
      if ((entry[66] != 1 && entry[66] != 2 && entry[66] != 5)
          || (entry[66] == 2 && (le32 (entry + 120) > size || (sector > 512 && le32 (entry + 124) != 0))))
        return FALSE;
      links[0] = le32 (entry + 68);
      links[1] = le32 (entry + 72);
      links[2] = le32 (entry + 76);
      for (k = 0; k < 3; k++)
        g_array_append_val (stack, links[k]);
    }
  return TRUE;
}

/* Whether every sector a Compound File's allocation tables name lies inside the file (a file
 * cut short names sectors past its end, which libgsf does not expect). */
static gboolean
cfb_is_sound (const guchar *data,
              gsize         size)
{
  guint shift, i, j;
  gsize sector, n_sectors, per_sector;
  guint32 n_fat, n_difat, difat_sector, found = 0;
  g_autofree guint32 *fat_sectors = NULL;

  if (size < 512)
    return FALSE;
  shift = data[30] | (data[31] << 8);
  if (shift != 9 && shift != 12)
    return FALSE;
  sector = (gsize) 1 << shift;
  if (size < 2 * sector)
    return FALSE;
  n_sectors = size / sector - 1;
  per_sector = sector / 4;
  n_fat = le32 (data + 44);
  difat_sector = le32 (data + 68);
  n_difat = le32 (data + 72);
  if (n_fat == 0 || n_fat > n_sectors || n_difat > n_sectors)
    return FALSE;
  fat_sectors = g_new (guint32, n_fat);
  for (i = 0; i < 109 && found < n_fat; i++)
    fat_sectors[found++] = le32 (data + 76 + 4 * i);
  for (i = 0; i < n_difat && found < n_fat; i++)
    {
      const guchar *d;

      if (difat_sector >= n_sectors)
        return FALSE;
      d = data + (difat_sector + 1) * sector;
      for (j = 0; j + 1 < per_sector && found < n_fat; j++)
        fat_sectors[found++] = le32 (d + 4 * j);
      difat_sector = le32 (d + 4 * (per_sector - 1));
    }
  if (found < n_fat)
    return FALSE;
  for (i = 0; i < n_fat; i++)
    {
      const guchar *f;

      if (fat_sectors[i] >= n_sectors)
        return FALSE;
      f = data + ((gsize) fat_sectors[i] + 1) * sector;
      for (j = 0; j < per_sector; j++)
        {
          guint32 next = le32 (f + 4 * j);

          if (next < 0xfffffffa && next >= n_sectors)
            return FALSE;
        }
    }
  return cfb_directory_is_sound (data, size, sector, n_sectors, fat_sectors, n_fat);
}

/* A Compound File: an .xls workbook, or an OOXML file encrypted with a password (Office
 * keeps those as an EncryptedPackage stream in a Compound File). */
static GPtrArray *
read_compound (GBytes        *bytes,
               const char    *path,
               JxSheetBudget *budget,
               GError       **error)
{
  g_autoptr(GsfInput) input = gsf_input_memory_new (g_bytes_get_data (bytes, NULL),
                                                    (gsf_off_t) g_bytes_get_size (bytes), FALSE);
  g_autoptr(GsfInfile) cfb = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *tmp_path = NULL;
  g_autoptr(GsfInput) stream = NULL;
  g_autofree guint8 *stream_data = NULL;
  g_autoptr(GBytes) workbook = NULL;
  gsf_off_t stream_size;
  GPtrArray *tables;

  if (!cfb_is_sound (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes)))
    {
      _jx_sheet_set_damaged (error, budget->name, "CFB");
      return NULL;
    }
  cfb = gsf_infile_msole_new (input, &local_error);
  if (cfb == NULL)
    {
      _jx_sheet_set_damaged (error, budget->name, local_error != NULL ? local_error->message : "CFB");
      return NULL;
    }
  if (has_child (cfb, "EncryptedPackage") || has_child (cfb, "EncryptionInfo"))
    {
      set_encrypted (error, budget->name);
      return NULL;
    }
  stream = _jx_sheet_gsf_child (cfb, "Workbook");
  if (stream == NULL)
    stream = _jx_sheet_gsf_child (cfb, "Book");
  if (stream == NULL)
    {
      set_not_a_sheet (error, budget->name);
      return NULL;
    }
  stream_size = gsf_input_size (stream);
  if (stream_size < 0 || (guint64) stream_size > g_bytes_get_size (bytes))
    {
      _jx_sheet_set_damaged (error, budget->name, "Workbook");
      return NULL;
    }
  stream_data = g_malloc ((gsize) stream_size + 1);
  if (stream_size > 0 && gsf_input_read (stream, (gsize) stream_size, stream_data) == NULL)
    {
      _jx_sheet_set_damaged (error, budget->name, "Workbook");
      return NULL;
    }
  workbook = g_bytes_new_take (g_steal_pointer (&stream_data), (gsize) stream_size);
  /* libfreexl reads files only: bytes from memory go through a temporary file. */
  if (path == NULL)
    {
      int fd = g_file_open_tmp ("jixiao-XXXXXX.xls", &tmp_path, error);

      if (fd < 0)
        return NULL;
      close (fd);
      if (!g_file_set_contents (tmp_path, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), error))
        {
          g_unlink (tmp_path);
          return NULL;
        }
      path = tmp_path;
    }
  tables = _jx_sheet_read_xls (path, workbook, budget, error);
  if (tmp_path != NULL)
    g_unlink (tmp_path);
  return tables;
}

static char *
csv_sheet_name (const char *name)
{
  g_autofree char *base = g_path_get_basename (name);
  char *dot = strrchr (base, '.');

  if (dot != NULL && dot != base)
    *dot = '\0';
  return g_steal_pointer (&base);
}

static GPtrArray *
read_any (GBytes     *bytes,
          const char *path,
          const char *name,
          GError    **error)
{
  gsize size;
  const guchar *data = g_bytes_get_data (bytes, &size);
  g_autofree char *display = g_filename_display_basename (name);
  JxSheetBudget budget = { 0 };
  GPtrArray *tables;

  budget.name = display;
  budget.deadline = g_get_monotonic_time () + (gint64) JX_SHEET_MAX_SECONDS * G_USEC_PER_SEC;
  if (size > JX_SHEET_MAX_FILE_SIZE)
    {
      g_autofree char *have = g_format_size (size);
      g_autofree char *limit = g_format_size (JX_SHEET_MAX_FILE_SIZE);

      g_set_error (error, JX_SHEET_ERROR, JX_SHEET_ERROR_TOO_LARGE,
                   _("“%s” is %s; Jixiao imports spreadsheets of at most %s. "
                     "Copy the sheet with the indicators into a new file and import that."),
                   display, have, limit);
      return NULL;
    }
  if (size == 0)
    {
      g_set_error (error, JX_SHEET_ERROR, JX_SHEET_ERROR_FORMAT, _("“%s” is empty."), display);
      return NULL;
    }
  if (starts_with (data, size, ZIP_MAGIC, sizeof ZIP_MAGIC) || starts_with (data, size, ZIP_EMPTY, sizeof ZIP_EMPTY))
    tables = _jx_sheet_read_zip (bytes, &budget, error);
  else if (starts_with (data, size, CFB_MAGIC, sizeof CFB_MAGIC))
    tables = read_compound (bytes, path, &budget, error);
  else if (looks_like_html ((const char *) data, size))
    {
      g_set_error (error, JX_SHEET_ERROR, JX_SHEET_ERROR_FORMAT,
                   _("“%s” is a web page (HTML), not a spreadsheet, though it may have a spreadsheet's name. "
                     "Open it in the spreadsheet program, save it as .xlsx, and import that."),
                   display);
      return NULL;
    }
  else
    {
      g_autofree char *sheet = csv_sheet_name (display);

      tables = _jx_sheet_read_csv ((const char *) data, size, sheet, &budget, error);
    }
  if (tables == NULL)
    return NULL;
  if (tables->len == 0)
    {
      g_ptr_array_unref (tables);
      set_not_a_sheet (error, display);
      return NULL;
    }
  return tables;
}

void
_jx_sheet_set_not_a_sheet (GError    **error,
                           const char *name)
{
  set_not_a_sheet (error, name);
}

GPtrArray *
jx_sheet_read_bytes (GBytes     *bytes,
                     const char *name,
                     GError    **error)
{
  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (name != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return read_any (bytes, NULL, name, error);
}

GPtrArray *
jx_sheet_read_file (const char *path,
                    GError    **error)
{
  g_autofree char *display = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *contents = NULL;
  gsize length = 0;
  GStatBuf st;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  display = g_filename_display_basename (path);
  if (g_stat (path, &st) != 0)
    {
      int saved = errno;

      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved),
                   _("Could not open “%s”: %s"), display, g_strerror (saved));
      return NULL;
    }
  if (!S_ISREG (st.st_mode))
    {
      g_set_error (error, JX_SHEET_ERROR, JX_SHEET_ERROR_READ,
                   _("“%s” is not a file."), display);
      return NULL;
    }
  if ((guint64) st.st_size > JX_SHEET_MAX_FILE_SIZE)
    {
      g_autofree char *have = g_format_size ((guint64) st.st_size);
      g_autofree char *limit = g_format_size (JX_SHEET_MAX_FILE_SIZE);

      g_set_error (error, JX_SHEET_ERROR, JX_SHEET_ERROR_TOO_LARGE,
                   _("“%s” is %s; Jixiao imports spreadsheets of at most %s. "
                     "Copy the sheet with the indicators into a new file and import that."),
                   display, have, limit);
      return NULL;
    }
  /* Read, not mapped: a file cut short while mapped would kill the process. */
  if (!g_file_get_contents (path, &contents, &length, error))
    return NULL;
  bytes = g_bytes_new_take (g_steal_pointer (&contents), length);
  return read_any (bytes, path, path, error);
}
