/* SPDX-License-Identifier: GPL-3.0-or-later */
/* jx-cli-sheets.c: --export-xlsx, the 自评表 workbook, and --import, an indicator table,
 * with no display. */
#define G_LOG_DOMAIN "jx-cli"

#include "config.h"

#include <gio/gio.h>
#include <glib/gi18n.h>
#include <string.h>

#include "jx-cli.h"
#include "jx-cli-sheets.h"
#include "jx-import-apply.h"
#include "jx-import-source.h"
#include "jx-load.h"
#include "jx-sheet-table.h"
#include "jx-xlsx-writer.h"

static gboolean
has_suffix_ci (const char *name,
               const char *suffix)
{
  gsize n = strlen (name), s = strlen (suffix);

  return n >= s && g_ascii_strcasecmp (name + n - s, suffix) == 0;
}

int
jx_cli_export_xlsx (const char *output,
                    const char *path)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GFile) out = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(JxDocData) data = NULL;

  if (output == NULL || output[0] == '\0')
    {
      g_printerr (_("Name the workbook to write after --export-xlsx.\n"));
      return 2;
    }
  if (!has_suffix_ci (output, ".xlsx"))
    {
      g_printerr (_("%s: the workbook is written as .xlsx; name the output file *.xlsx.\n"), output);
      return 2;
    }
  file = g_file_new_for_commandline_arg (path);
  data = jx_doc_data_load_file (file, &error);
  if (data == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 2;
    }
  out = g_file_new_for_commandline_arg (output);
  if (!jx_xlsx_export (data, out, &error))
    {
      g_printerr ("%s\n", error->message);
      return 2;
    }
  return 0;
}

/* "C=target": column C gets the role target. */
static gboolean
apply_column (JxImportMapping *m,
              const char      *spec)
{
  const char *eq = strchr (spec, '=');
  guint col = 0;
  const char *p;
  int role;

  if (eq == NULL || eq == spec)
    return FALSE;
  for (p = spec; p < eq; p++)
    {
      if (!g_ascii_isalpha (*p) || col > 1000)
        return FALSE;
      col = col * 26 + (guint) (g_ascii_toupper (*p) - 'A' + 1);
    }
  role = jx_import_role_from_id (eq + 1);
  if (role < 0 || col == 0 || col > m->n_cols)
    return FALSE;
  jx_import_mapping_set_role (m, col - 1, role);
  return TRUE;
}

static void
print_mapping (const JxImportGrid    *grid,
               const JxImportMapping *m)
{
  guint c;

  for (c = 0; c < m->n_cols; c++)
    {
      g_autofree char *header = jx_import_mapping_header (m, grid, c);
      g_autofree char *letter = jx_sheet_cell_name (0, c);
      g_autofree char *line = NULL;

      if (m->roles[c] == JX_IMPORT_ROLE_NONE)
        continue;
      letter[strcspn (letter, "0123456789")] = '\0';
      line = jx_cli_escape_for_terminal (header);
      /* Translators: one column of the imported table: its letter, the header and the role */
      g_print (_("  %s  %s → %s\n"), letter, line, jx_import_role_title (m->roles[c]));
    }
}

int
jx_cli_import (const char         *table,
               const char         *output,
               const char         *into,
               const char         *sheet,
               const char * const *columns)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) grids = NULL;
  g_autoptr(JxImportMapping) mapping = NULL;
  g_autoptr(JxImportTree) tree = NULL;
  g_autoptr(JxDocument) doc = NULL;
  g_autoptr(GFile) out = NULL;
  JxImportCounts counts = { 0 };
  const JxImportGrid *grid;
  int index = -1;
  guint i;

  if (output == NULL || output[0] == '\0')
    {
      g_printerr (_("Name the document to write with --output OUT.jixiao.\n"));
      return 2;
    }
  if (g_file_test (output, G_FILE_TEST_IS_DIR))
    {
      g_printerr (_("%s: a folder; name the document to write.\n"), output);
      return 2;
    }
  grids = jx_import_read_file (table, &error);
  if (grids == NULL)
    {
      g_printerr ("%s: %s\n", table, error->message);
      return 2;
    }
  if (sheet != NULL)
    {
      for (i = 0; i < grids->len && index < 0; i++)
        if (g_strcmp0 (jx_import_grid_get_name (g_ptr_array_index (grids, i)), sheet) == 0)
          index = (int) i;
      if (index < 0)
        {
          g_printerr (_("%s: no sheet is named “%s”.\n"), table, sheet);
          return 2;
        }
    }
  else
    index = jx_import_pick_sheet (grids);
  if (index < 0)
    {
      g_printerr (_("%s: no sheet has a header row that names the level-3 indicators (三级指标, 指标名称); "
                    "name the columns with --column LETTER=ROLE.\n"), table);
      if (columns == NULL || columns[0] == NULL)
        return 2;
      index = 0;
    }
  grid = g_ptr_array_index (grids, index);
  mapping = jx_import_mapping_guess (grid);
  for (i = 0; columns != NULL && columns[i] != NULL; i++)
    if (!apply_column (mapping, columns[i]))
      {
        g_printerr (_("--column %s: say a column letter and one of %s, as in C=target.\n"), columns[i],
                    "level1, level2, name, number, direction, target, unit, actual, weight, score, rule, reason, remark, none");
        return 2;
      }
  tree = jx_import_tree_build (grid, mapping, &error);
  if (tree == NULL)
    {
      g_printerr ("%s: %s: %s\n", table, jx_import_grid_get_name (grid), error->message);
      return 2;
    }

  if (into != NULL)
    {
      g_autoptr(GFile) base = g_file_new_for_commandline_arg (into);

      doc = jx_document_new_from_file (base, &error);
      if (doc == NULL)
        {
          g_printerr ("%s\n", error->message);
          return 2;
        }
    }
  else
    doc = jx_document_new ();
  if (!jx_import_apply (doc, tree, &counts, &error))
    {
      g_printerr ("%s: %s\n", table, error->message);
      return 2;
    }
  out = g_file_new_for_commandline_arg (output);
  if (!jx_document_save (doc, out, &error))
    {
      g_printerr ("%s\n", error->message);
      return 2;
    }

  /* Translators: the sheet's name, then the table's file */
  g_print (_("Sheet “%s” of %s:\n"), jx_import_grid_get_name (grid), table);
  print_mapping (grid, mapping);
  g_print (g_dngettext (GETTEXT_PACKAGE, "%u indicator imported", "%u indicators imported", counts.added + counts.replaced),
           counts.added + counts.replaced);
  if (counts.replaced > 0)
    g_print (g_dngettext (GETTEXT_PACKAGE, " (%u replaced one of the same name)", " (%u replaced ones of the same name)",
                          counts.replaced), counts.replaced);
  g_print ("\n");
  for (i = 0; i < tree->skipped->len; i++)
    {
      g_autofree char *line = jx_cli_escape_for_terminal (g_ptr_array_index (tree->skipped, i));

      g_print (_("  left out: %s\n"), line);
    }
  return 0;
}
