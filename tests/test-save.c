/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Saving: canonical, stable and atomic; a failed save leaves the file as it was. */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>
#include <sys/stat.h>

#include "jx-load.h"
#include "jx-money.h"
#include "jx-save.h"

static JxDocData *
load_sample (void)
{
  g_autoptr(GFile) file = g_file_new_for_path (g_getenv ("JIXIAO_SAMPLE"));
  g_autoptr(GError) error = NULL;
  JxDocData *data = jx_doc_data_load_file (file, &error);

  g_assert_no_error (error);
  return data;
}

/* The text a save writes straight from the records is the text of the JsonNode tree of the
 * same records (jx_record_to_json, json-glib), for the sample, a document with members
 * Jixiao does not know at every level and odd values, and every fixture that loads. */
static void
assert_direct_as_tree (const JxDocData *d,
                       const char      *what)
{
  g_autoptr(JsonNode) tree = jx_record_to_json (&jx_doc_data_type, d, 0);
  g_autofree char *expected = jx_json_to_text (tree);
  g_autofree char *direct = NULL;
  gsize length = 0;

  direct = jx_doc_data_to_json (d, &length);
  g_test_message ("%s: %" G_GSIZE_FORMAT " bytes", what, length);
  g_assert_cmpuint (length, ==, strlen (direct));
  g_assert_cmpstr (direct, ==, expected);
}

/* The fixtures of tests/fixtures/FOLDER that load; how many. */
static guint
assert_folder (const char *folder)
{
  g_autofree char *dir = g_test_build_filename (G_TEST_DIST, "fixtures", folder, NULL);
  g_autoptr(GDir) listing = g_dir_open (dir, 0, NULL);
  const char *name;
  guint n = 0;

  g_assert_nonnull (listing);
  while ((name = g_dir_read_name (listing)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);
      g_autoptr(GFile) file = g_file_new_for_path (path);
      g_autoptr(GError) error = NULL;
      g_autoptr(JxDocData) d = jx_doc_data_load_file (file, &error);

      if (d == NULL)
        continue;
      assert_direct_as_tree (d, name);
      n++;
    }
  return n;
}

static void
test_direct_text (void)
{
  static const char odd[] =
    "{\"format\": \"jixiao\", \"version\": 1, \"future\": {\"a\": [1, 2.5, null, true, \"x\"], \"b\": {}},"
    " \"department\": {\"name\": \"武汉\\\"\\n\\u0001\", \"year\": 2020, \"zz\": -0.0, \"name_en\": \"x\"},"
    " \"budget\": {\"revenue\": {\"total\": 3751.07, \"items\": [{\"name\": \"a\", \"amount\": -0.01, \"extra\": [] }]}},"
    " \"indicators\": [{\"name\": \"投入\", \"weight\": 12.5, \"actual\": 5, \"other\": 1e20,"
    "   \"children\": [{\"name\": \"g\", \"weight\": 0.1,"
    "     \"children\": [{\"name\": \"l\", \"weight\": 0.30000000000000004, \"children\": [], \"q\": {\"r\": [[]]}}]}]}],"
    " \"conclusion\": {\"stated_total\": 98.5}}";
  g_autoptr(GError) error = NULL;
  g_autoptr(JxDocData) sample = load_sample ();
  g_autoptr(JxDocData) strange = jx_doc_data_load_data (odd, sizeof odd - 1, NULL, &error);

  assert_direct_as_tree (sample, "sample");
  g_assert_no_error (error);
  g_assert_nonnull (strange);
  assert_direct_as_tree (strange, "unknown members");
  g_assert_cmpuint (assert_folder ("hostile") + assert_folder ("rules") + assert_folder ("figures"), >, 5);
}

static void
test_round_trip (void)
{
  g_autoptr(JxDocData) d = load_sample ();
  g_autofree char *dir = g_dir_make_tmp ("jx-save-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "a.jixiao", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  g_autoptr(JxDocData) d2 = NULL;

  g_assert_true (jx_doc_data_save_file (d, file, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &first, NULL, NULL));

  d2 = jx_doc_data_load_file (file, &error);
  g_assert_no_error (error);
  g_assert_true (jx_doc_data_save_file (d2, file, &error));
  g_assert_true (g_file_get_contents (path, &second, NULL, NULL));
  g_assert_cmpstr (first, ==, second);

  /* Money written exactly. */
  g_assert_nonnull (strstr (first, "\"initial\": 645.88"));
  g_assert_nonnull (strstr (first, "\"amount\": 0.2"));
  g_assert_cmpint (d2->budget.by_function.total, ==, d->budget.by_function.total);
  g_assert_true (g_str_has_suffix (first, "}\n"));

  /* No temporary file left behind. */
  {
    g_autoptr(GDir) listing = g_dir_open (dir, 0, NULL);
    const char *name;
    guint n = 0;

    while ((name = g_dir_read_name (listing)) != NULL)
      n++;
    g_assert_cmpuint (n, ==, 1);
  }
  g_unlink (path);
  g_rmdir (dir);
}

static void
test_money_exact_after_edit (void)
{
  g_autoptr(JxDocData) d = load_sample ();
  g_autoptr(JxDocData) d2 = NULL;
  g_autofree char *text = NULL;

  /* 0.1 + 0.2 in doubles is 0.30000000000000004; in money it is 0.3. */
  g_assert_true (jx_money_parse ("0.1", &d->budget.procurement.budget, NULL));
  d->budget.procurement.budget += 200000;
  text = jx_doc_data_to_json (d, NULL);
  g_assert_nonnull (strstr (text, "\"budget\": 0.3,"));
  d2 = jx_doc_data_load_data (text, strlen (text), "x", NULL);
  g_assert_cmpint (d2->budget.procurement.budget, ==, 300000);
}

static void
test_failure_keeps_original (void)
{
  g_autoptr(JxDocData) d = load_sample ();
  g_autofree char *dir = g_dir_make_tmp ("jx-save-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "keep.jixiao", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autofree char *after = NULL;
  const char *original = "original contents\n";

  g_assert_true (g_file_set_contents (path, original, -1, NULL));

  /* A read-only folder: the temporary file cannot be created. Root ignores modes, so
   * this part is only meaningful for other users. */
  g_chmod (dir, 0555);
  if (geteuid () != 0)
    {
      g_assert_false (jx_doc_data_save_file (d, file, &error));
      g_assert_nonnull (error);
      g_assert_nonnull (strstr (error->message, path));
      g_clear_error (&error);
    }
  g_chmod (dir, 0755);

  /* A vanished folder. */
  {
    g_autofree char *gone = g_build_filename (dir, "gone", "x.jixiao", NULL);
    g_autoptr(GFile) f = g_file_new_for_path (gone);

    g_assert_false (jx_doc_data_save_file (d, f, &error));
    g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
    g_clear_error (&error);
  }

  g_assert_true (g_file_get_contents (path, &after, NULL, NULL));
  g_assert_cmpstr (after, ==, original);
  g_unlink (path);
  g_rmdir (dir);
}

static void
test_keeps_mode (void)
{
  g_autoptr(JxDocData) d = load_sample ();
  g_autofree char *dir = g_dir_make_tmp ("jx-save-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "m.jixiao", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  struct stat st;

  g_assert_true (g_file_set_contents (path, "x", -1, NULL));
  g_chmod (path, 0600);
  g_assert_true (jx_doc_data_save_file (d, file, NULL));
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  g_unlink (path);
  g_rmdir (dir);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/save/round-trip", test_round_trip);
  g_test_add_func ("/save/direct-text", test_direct_text);
  g_test_add_func ("/save/money-exact", test_money_exact_after_edit);
  g_test_add_func ("/save/failure-keeps-original", test_failure_keeps_original);
  g_test_add_func ("/save/keeps-mode", test_keeps_mode);
  return g_test_run ();
}
