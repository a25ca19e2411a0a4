/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-sheet-read.c: the table and the readers on bytes made here (text files in each
 * encoding, hostile bytes); tests/test-sheet-read.py reads the files of real writers. */
#include "config.h"

#include <string.h>
#include <unistd.h>

#include <glib/gstdio.h>
#include <gsf/gsf.h>

#include "jx-sheet-error.h"
#include "jx-sheet-read.h"

static GPtrArray *
read_text (const char *data,
           gsize       size,
           const char *name,
           GError    **error)
{
  g_autoptr(GBytes) bytes = g_bytes_new (data, size);

  return jx_sheet_read_bytes (bytes, name, error);
}

static JxSheetTable *
only_table (GPtrArray *tables)
{
  g_assert_nonnull (tables);
  g_assert_cmpuint (tables->len, ==, 1);
  return g_ptr_array_index (tables, 0);
}

static void
test_table (void)
{
  g_autoptr(JxSheetTable) t = jx_sheet_table_new (0, 0);
  g_autofree char *c7 = jx_sheet_cell_name (6, 2);
  g_autofree char *aa1 = jx_sheet_cell_name (0, 26);
  g_autofree char *xfd = jx_sheet_cell_name (1048575, 16383);
  JxSheetMerge merge = { 1, 0, 3, 1 };
  double v = 0;

  g_assert_cmpstr (c7, ==, "C7");
  g_assert_cmpstr (aa1, ==, "AA1");
  g_assert_cmpstr (xfd, ==, "XFD1048576");
  g_assert_cmpuint (jx_sheet_table_get_n_rows (t), ==, 0);
  jx_sheet_table_set (t, 5, 9, NULL);          /* an empty cell does not grow the table */
  g_assert_cmpuint (jx_sheet_table_get_n_rows (t), ==, 0);
  jx_sheet_table_set (t, 2, 3, "产出指标");
  g_assert_cmpuint (jx_sheet_table_get_n_rows (t), ==, 3);
  g_assert_cmpuint (jx_sheet_table_get_n_cols (t), ==, 4);
  g_assert_cmpstr (jx_sheet_table_get (t, 2, 3), ==, "产出指标");
  g_assert_null (jx_sheet_table_get (t, 2, 2));
  g_assert_null (jx_sheet_table_get (t, 99, 99));
  g_assert_false (jx_sheet_table_is_number (t, 2, 3, &v));
  jx_sheet_table_set_number (t, 0, 0, 3000, NULL);
  g_assert_cmpstr (jx_sheet_table_get (t, 0, 0), ==, "3000");
  g_assert_true (jx_sheet_table_is_number (t, 0, 0, &v));
  g_assert_cmpfloat (v, ==, 3000);
  jx_sheet_table_set_number (t, 0, 1, 0.1 + 0.2, NULL);
  g_assert_cmpstr (jx_sheet_table_get (t, 0, 1), ==, "0.3");
  jx_sheet_table_set_percent (t, 0, 2, 0.95);
  g_assert_cmpstr (jx_sheet_table_get (t, 0, 2), ==, "95%");
  g_assert_true (jx_sheet_table_is_percent (t, 0, 2));
  g_assert_true (jx_sheet_table_is_number (t, 0, 2, &v));
  g_assert_cmpfloat (v, ==, 0.95);
  jx_sheet_table_set_lacking (t, 4, 1);
  g_assert_true (jx_sheet_table_lacks_value (t, 4, 1));
  g_assert_null (jx_sheet_table_get (t, 4, 1));
  g_assert_cmpuint (jx_sheet_table_get_n_lacking (t), ==, 1);
  jx_sheet_table_set (t, 4, 1, "x");
  g_assert_cmpuint (jx_sheet_table_get_n_lacking (t), ==, 0);
  jx_sheet_table_add_merge (t, &merge);
  g_assert_nonnull (jx_sheet_table_find_merge (t, 3, 0));
  g_assert_null (jx_sheet_table_find_merge (t, 4, 0));
  g_assert_null (jx_sheet_table_find_merge (t, 2, 1));
}

/* The indicator table as clerks send it: quoted fields with commas and newlines, numbers,
 * percentages, thousands separators, a blank line. */
static const char CSV[] =
  "一级指标,二级指标,三级指标,指标值,分值,得分,偏差原因\r\n"
  "产出指标,数量指标,\"发文数量\",3000篇（条）,10,9.5,\"年底集中发文，\r\n次年补录\"\r\n"
  ",,\"考核覆盖率\",≥95%,5,5,\"说 \"\"无\"\"\"\r\n"
  ",质量指标,资金,\"1,628.50\",12.5%,-3,\r\n"
  "\r\n"
  "合计,,,,100,98,\r\n";

static void
check_csv_table (const JxSheetTable *t)
{
  double v;

  g_assert_cmpuint (jx_sheet_table_get_n_rows (t), ==, 6);
  g_assert_cmpuint (jx_sheet_table_get_n_cols (t), ==, 7);
  g_assert_cmpstr (jx_sheet_table_get (t, 0, 0), ==, "一级指标");
  g_assert_cmpstr (jx_sheet_table_get (t, 0, 6), ==, "偏差原因");
  g_assert_cmpstr (jx_sheet_table_get (t, 1, 3), ==, "3000篇（条）");
  g_assert_false (jx_sheet_table_is_number (t, 1, 3, NULL));
  g_assert_true (jx_sheet_table_is_number (t, 1, 5, &v));
  g_assert_cmpfloat (v, ==, 9.5);
  g_assert_cmpstr (jx_sheet_table_get (t, 1, 6), ==, "年底集中发文，\r\n次年补录");
  g_assert_null (jx_sheet_table_get (t, 2, 0));
  g_assert_cmpstr (jx_sheet_table_get (t, 2, 3), ==, "≥95%");
  g_assert_false (jx_sheet_table_is_number (t, 2, 3, NULL));
  g_assert_cmpstr (jx_sheet_table_get (t, 2, 6), ==, "说 \"无\"");
  g_assert_true (jx_sheet_table_is_number (t, 3, 3, &v));
  g_assert_cmpfloat (v, ==, 1628.5);
  g_assert_cmpstr (jx_sheet_table_get (t, 3, 3), ==, "1,628.50");
  g_assert_true (jx_sheet_table_is_percent (t, 3, 4));
  g_assert_true (jx_sheet_table_is_number (t, 3, 4, &v));
  g_assert_cmpfloat (v, ==, 0.125);
  g_assert_true (jx_sheet_table_is_number (t, 3, 5, &v));
  g_assert_cmpfloat (v, ==, -3);
  g_assert_null (jx_sheet_table_get (t, 4, 0));
  g_assert_cmpstr (jx_sheet_table_get (t, 5, 0), ==, "合计");
  g_assert_true (jx_sheet_table_is_number (t, 5, 5, &v));
  g_assert_cmpfloat (v, ==, 98);
}

static void
test_csv_utf8 (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) tables = read_text (CSV, strlen (CSV), "/tmp/目标表.csv", &error);

  g_assert_no_error (error);
  check_csv_table (only_table (tables));
  g_assert_cmpstr (jx_sheet_table_get_name (only_table (tables)), ==, "目标表");
}

static void
test_csv_bom (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *data = g_strconcat ("\xef\xbb\xbf", CSV, NULL);
  g_autoptr(GPtrArray) tables = read_text (data, strlen (data), "bom.csv", &error);

  g_assert_no_error (error);
  check_csv_table (only_table (tables));
}

static void
test_csv_gb18030 (void)
{
  g_autoptr(GError) error = NULL;
  gsize size = 0;
  g_autofree char *data = g_convert (CSV, -1, "GB18030", "UTF-8", NULL, &size, &error);
  g_autoptr(GPtrArray) tables = NULL;

  g_assert_no_error (error);
  g_assert_false (g_utf8_validate_len (data, size, NULL));
  tables = read_text (data, size, "wps.csv", &error);
  g_assert_no_error (error);
  check_csv_table (only_table (tables));
}

/* Excel's “Unicode text”: UTF-16LE with a BOM, tab-separated. */
static void
test_tsv_utf16 (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *tsv = NULL;
  g_autofree char *utf16 = NULL;
  g_autofree char *data = NULL;
  gsize size = 0;
  g_autoptr(GPtrArray) tables = NULL;
  const JxSheetTable *t;

  tsv = g_strdup ("指标,名称\t指标值\t分值\n满意度\t≥90%\t10\n");
  utf16 = g_convert (tsv, -1, "UTF-16LE", "UTF-8", NULL, &size, &error);
  g_assert_no_error (error);
  data = g_malloc (size + 2);
  memcpy (data, "\xff\xfe", 2);
  memcpy (data + 2, utf16, size);
  tables = read_text (data, size + 2, "unicode.txt", &error);
  g_assert_no_error (error);
  t = only_table (tables);
  g_assert_cmpuint (jx_sheet_table_get_n_cols (t), ==, 3);
  g_assert_cmpstr (jx_sheet_table_get (t, 0, 0), ==, "指标,名称");
  g_assert_cmpstr (jx_sheet_table_get (t, 1, 1), ==, "≥90%");
  g_assert_true (jx_sheet_table_is_number (t, 1, 2, NULL));
}

static void
test_csv_semicolon (void)
{
  static const char data[] = "名称;分值;备注\n甲;1,5;a,b\n乙;2;c,d,e\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) tables = read_text (data, strlen (data), "semi.csv", &error);
  const JxSheetTable *t = only_table (tables);

  g_assert_cmpuint (jx_sheet_table_get_n_cols (t), ==, 3);
  g_assert_cmpstr (jx_sheet_table_get (t, 1, 1), ==, "1,5");
  g_assert_false (jx_sheet_table_is_number (t, 1, 1, NULL));   /* not 15, not 1.5 */
  g_assert_cmpstr (jx_sheet_table_get (t, 2, 2), ==, "c,d,e");
}

static void
test_csv_unclosed_quote (void)
{
  static const char data[] = "a,b\n1,\"never closed\n2,3\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) tables = read_text (data, strlen (data), "q.csv", &error);
  const JxSheetTable *t = only_table (tables);

  g_assert_cmpstr (jx_sheet_table_get (t, 1, 1), ==, "never closed\n2,3\n");
}

static void
test_not_text (void)
{
  static const guchar png[] = { 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0xff, 0xfe, 0xff };
  static const char html[] = "<!DOCTYPE html>\n<html><body><table><tr><td>指标</td></tr></table></body></html>";
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) tables = read_text ((const char *) png, sizeof png, "picture.xlsx", &error);

  g_assert_null (tables);
  g_assert_error (error, JX_SHEET_ERROR, JX_SHEET_ERROR_FORMAT);
  g_assert_nonnull (strstr (error->message, "picture.xlsx"));
  g_clear_error (&error);

  tables = read_text (html, strlen (html), "一体化导出.xls", &error);
  g_assert_null (tables);
  g_assert_error (error, JX_SHEET_ERROR, JX_SHEET_ERROR_FORMAT);
  g_assert_nonnull (strstr (error->message, "HTML"));
  g_clear_error (&error);

  tables = read_text ("", 0, "empty.csv", &error);
  g_assert_null (tables);
  g_assert_error (error, JX_SHEET_ERROR, JX_SHEET_ERROR_FORMAT);
}

/* 50,000 indicator rows: read in well under a second or two, every row there. */
static void
test_csv_large (void)
{
  g_autoptr(GString) s = g_string_new ("一级指标,二级指标,三级指标,指标值,分值\n");
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) tables = NULL;
  const JxSheetTable *t;
  gint64 start;
  double v;
  guint i;

  for (i = 0; i < 50000; i++)
    g_string_append_printf (s, "产出指标,数量指标,指标%u,≥%u件,%u.5\n", i, i, i % 10);
  start = g_get_monotonic_time ();
  tables = read_text (s->str, s->len, "large.csv", &error);
  g_assert_no_error (error);
  g_assert_cmpint (g_get_monotonic_time () - start, <, 5 * G_USEC_PER_SEC);
  t = only_table (tables);
  g_assert_cmpuint (jx_sheet_table_get_n_rows (t), ==, 50001);
  g_assert_cmpstr (jx_sheet_table_get (t, 50000, 2), ==, "指标49999");
  g_assert_true (jx_sheet_table_is_number (t, 50000, 4, &v));
  g_assert_cmpfloat (v, ==, 9.5);
}

/* A 200 MB file is refused before it is read (a sparse file: no disk used). */
static void
test_file_too_large (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GPtrArray) tables = NULL;
  int fd = g_file_open_tmp ("jx-sheet-XXXXXX.xlsx", &path, &error);

  g_assert_no_error (error);
  g_assert_cmpint (ftruncate (fd, (off_t) 200 << 20), ==, 0);
  close (fd);
  tables = jx_sheet_read_file (path, &error);
  g_unlink (path);
  g_assert_null (tables);
  g_assert_error (error, JX_SHEET_ERROR, JX_SHEET_ERROR_TOO_LARGE);
  g_test_message ("%s", error->message);
  g_assert_nonnull (strstr (error->message, "209.7"));   /* g_format_size: SI units */
}

static void
test_file_missing (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) tables = jx_sheet_read_file ("/nonexistent/目标表.xlsx", &error);

  g_assert_null (tables);
  g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_NOENT);
  g_assert_nonnull (strstr (error->message, "目标表.xlsx"));
}

/* A Compound File with the given streams, as bytes. */
static GBytes *
compound_file (const char *const *streams)
{
  GsfOutput *memory = gsf_output_memory_new ();
  GsfOutfile *cfb = gsf_outfile_msole_new (memory);
  GBytes *bytes;
  guint i;

  for (i = 0; streams[i] != NULL; i++)
    {
      GsfOutput *child = gsf_outfile_new_child (cfb, streams[i], FALSE);

      g_assert_true (gsf_output_write (child, 8, (const guint8 *) "\1\2\3\4\5\6\7\10"));
      gsf_output_close (child);
      g_object_unref (child);
    }
  gsf_output_close (GSF_OUTPUT (cfb));
  g_object_unref (cfb);
  bytes = g_bytes_new (gsf_output_memory_get_bytes (GSF_OUTPUT_MEMORY (memory)),
                       (gsize) gsf_output_size (memory));
  g_object_unref (memory);
  return bytes;
}

/* Office keeps a password-protected .xlsx as an encrypted package in a Compound File. */
static void
test_encrypted_ooxml (void)
{
  static const char *const encrypted[] = { "EncryptionInfo", "EncryptedPackage", NULL };
  static const char *const word[] = { "WordDocument", "1Table", NULL };
  g_autoptr(GBytes) locked = compound_file (encrypted);
  g_autoptr(GBytes) doc = compound_file (word);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) tables = jx_sheet_read_bytes (locked, "自评表（加密）.xlsx", &error);

  g_assert_null (tables);
  g_assert_error (error, JX_SHEET_ERROR, JX_SHEET_ERROR_ENCRYPTED);
  g_assert_nonnull (strstr (error->message, "自评表（加密）.xlsx"));
  g_clear_error (&error);
  tables = jx_sheet_read_bytes (doc, "report.xls", &error);
  g_assert_null (tables);
  g_assert_error (error, JX_SHEET_ERROR, JX_SHEET_ERROR_FORMAT);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/sheet/table", test_table);
  g_test_add_func ("/sheet/csv/utf8", test_csv_utf8);
  g_test_add_func ("/sheet/csv/bom", test_csv_bom);
  g_test_add_func ("/sheet/csv/gb18030", test_csv_gb18030);
  g_test_add_func ("/sheet/csv/utf16-tsv", test_tsv_utf16);
  g_test_add_func ("/sheet/csv/semicolon", test_csv_semicolon);
  g_test_add_func ("/sheet/csv/unclosed-quote", test_csv_unclosed_quote);
  g_test_add_func ("/sheet/csv/large", test_csv_large);
  g_test_add_func ("/sheet/not-text", test_not_text);
  g_test_add_func ("/sheet/file/too-large", test_file_too_large);
  g_test_add_func ("/sheet/file/missing", test_file_missing);
  g_test_add_func ("/sheet/encrypted-ooxml", test_encrypted_ooxml);
  return g_test_run ();
}
