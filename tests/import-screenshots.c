/* SPDX-License-Identifier: GPL-3.0-or-later */
/* import-screenshots TABLE OUTDIR: the mapping dialog of an indicator-table import over the
 * table TABLE (a real file, read by the readers), drawn by GTK's own renderer into
 * OUTDIR/import-mapping.png. tests/import-screenshots.sh writes a province's two-row-header
 * 自评表 with python3-openpyxl, builds the Chinese translations and runs it. */
#define G_LOG_DOMAIN "import-screenshots"

#include "config.h"

#include <adwaita.h>

#include "jx-import-dialog.h"
#include "jx-import-source.h"
#include "jx-test-ui.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(JxEvaluation) evaluation = NULL;
  g_autoptr(JxDocument) document = NULL;
  g_autoptr(GPtrArray) grids = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree char *name = NULL;
  g_autofree char *path = NULL;
  JxImportDialog *dialog;

  if (argc != 3)
    {
      g_printerr ("usage: import-screenshots TABLE OUTDIR\n");
      return 2;
    }
  evaluation = jx_test_tool_open_sample ();
  if (evaluation == NULL)
    return 1;
  grids = jx_import_read_file (argv[1], &error);
  if (grids == NULL)
    {
      g_printerr ("%s: %s\n", argv[1], error->message);
      return 1;
    }
  document = jx_document_new ();
  name = g_path_get_basename (argv[1]);
  dialog = jx_import_dialog_new (NULL, document, grids, name);
  gtk_window_set_default_size (GTK_WINDOW (dialog), 1180, 760);
  gtk_window_present (GTK_WINDOW (dialog));
  jx_test_spin (600);

  texture = jx_test_render (GTK_WIDGET (dialog));
  path = g_build_filename (argv[2], "import-mapping.png", NULL);
  if (!gdk_texture_save_to_png (texture, path))
    {
      g_printerr ("%s: could not write\n", path);
      return 1;
    }
  g_print ("%s\n", path);
  gtk_window_destroy (GTK_WINDOW (dialog));
  return 0;
}
