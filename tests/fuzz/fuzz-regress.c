/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fuzz-regress.c: runs files through the fuzz target's function in a normal build, so the
 * seed corpus, every crash ever found (tests/fuzz/corpus/crash-*) and the hostile fixtures
 * stay a regression test.
 *
 *   fuzz-regress FILE-OR-FOLDER…     (folders: every regular file in them, sorted)
 *
 * Prints a TAP line per file; a file that crashes aborts the program, which fails the test.
 * Built as fuzz-export-regress (JX_FUZZ_REGRESS_EXPORT), each file that loads also goes
 * through the export target's function (fuzz-export.c).
 */
#define G_LOG_DOMAIN "jx-fuzz"

#include "config.h"

#include <glib.h>
#include <glib/gstdio.h>
#include <string.h>

#include "fuzz-load.h"

static int
compare_paths (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

static void
collect (const char *path,
         GPtrArray  *files)
{
  g_autoptr(GDir) dir = NULL;
  g_autoptr(GPtrArray) names = NULL;
  const char *name;

  if (!g_file_test (path, G_FILE_TEST_IS_DIR))
    {
      g_ptr_array_add (files, g_strdup (path));
      return;
    }
  dir = g_dir_open (path, 0, NULL);
  if (dir == NULL)
    return;
  names = g_ptr_array_new_with_free_func (g_free);
  while ((name = g_dir_read_name (dir)) != NULL)
    g_ptr_array_add (names, g_build_filename (path, name, NULL));
  g_ptr_array_sort (names, compare_paths);
  for (guint i = 0; i < names->len; i++)
    if (g_file_test (g_ptr_array_index (names, i), G_FILE_TEST_IS_REGULAR))
      g_ptr_array_add (files, g_strdup (g_ptr_array_index (names, i)));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func (g_free);

  for (int i = 1; i < argc; i++)
    collect (argv[i], files);

  if (files->len == 0)
    {
      g_printerr ("fuzz-regress: no files (name files or folders)\n");
      return 1;
    }

  g_print ("1..%u\n", files->len);
  for (guint i = 0; i < files->len; i++)
    {
      const char *path = g_ptr_array_index (files, i);
      g_autofree char *contents = NULL;
      g_autoptr(GError) error = NULL;
      g_autofree char *refusal = NULL;
      gsize length = 0;

      if (!g_file_get_contents (path, &contents, &length, &error))
        {
          g_print ("not ok %u - %s: %s\n", i + 1, path, error->message);
          continue;
        }
      if (jx_fuzz_load_one ((const uint8_t *) contents, length, &refusal))
        {
#ifdef JX_FUZZ_REGRESS_EXPORT
          /* fuzz-export-regress: the report, the slides and every chart too. */
          jx_fuzz_export_one ((const uint8_t *) contents, length);
          g_print ("ok %u - %s (loads, round trip stable, exports laid out)\n", i + 1, path);
#else
          g_print ("ok %u - %s (loads, round trip stable)\n", i + 1, path);
#endif
        }
      else
        g_print ("ok %u - %s (refused: %s)\n", i + 1, path, g_strdelimit (refusal, "\r\n", ' '));
    }
  return 0;
}
