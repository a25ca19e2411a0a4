/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fuzz-sheet-regress.c: runs files through the readers' fuzz target function in a normal
 * build (the seed corpus and every crash found, tests/fuzz/sheet-corpus), one TAP line each;
 * a file that crashes aborts the program, which fails the test.
 *
 *   fuzz-sheet-regress FOLDER…   */
#define G_LOG_DOMAIN "jx-fuzz"

#include "config.h"

#include <glib.h>
#include <string.h>

#include "fuzz-sheet.h"

static int
compare_paths (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func (g_free);
  guint i;

  for (int a = 1; a < argc; a++)
    {
      g_autoptr(GDir) dir = g_dir_open (argv[a], 0, NULL);
      const char *name;

      while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
        g_ptr_array_add (files, g_build_filename (argv[a], name, NULL));
    }
  g_ptr_array_sort (files, compare_paths);
  if (files->len == 0)
    {
      g_printerr ("fuzz-sheet-regress: no files\n");
      return 1;
    }
  g_print ("1..%u\n", files->len);
  for (i = 0; i < files->len; i++)
    {
      const char *path = g_ptr_array_index (files, i);
      g_autofree char *contents = NULL;
      g_autofree char *refusal = NULL;
      g_autoptr(GError) error = NULL;
      gsize length = 0;
      gboolean read;

      if (!g_file_get_contents (path, &contents, &length, &error))
        {
          g_print ("not ok %u - %s: %s\n", i + 1, path, error->message);
          continue;
        }
      read = jx_fuzz_sheet_one ((const uint8_t *) contents, length, &refusal);
      g_print ("ok %u - %s: %s\n", i + 1, path, read ? "read" : refusal);
    }
  return 0;
}
