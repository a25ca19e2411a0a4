/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-import-dialog.c: the mapping step of an indicator-table import, under Xvfb — the
 * guessed roles shown per column, a role corrected through its drop-down, nothing changed
 * before Import, the import one undo step; the sheet chooser of a workbook of several. */
#define G_LOG_DOMAIN "test-import-dialog"

#include "config.h"

#include <math.h>

#include "jx-import-dialog.h"
#include "jx-test-import.h"
#include "jx-test-ui.h"
#include "jx-window.h"

static JxApplication *app;

typedef struct {
  guint added, replaced, times;
} Imported;

static void
on_imported (JxImportDialog *dialog,
             guint           added,
             guint           replaced,
             Imported       *out)
{
  out->added = added;
  out->replaced = replaced;
  out->times++;
}

static GPtrArray *
grids_of (JxImportGrid *first,
          ...)
{
  GPtrArray *grids = g_ptr_array_new_with_free_func ((GDestroyNotify) jx_import_grid_unref);
  va_list ap;
  JxImportGrid *g;

  va_start (ap, first);
  for (g = first; g != NULL; g = va_arg (ap, JxImportGrid *))
    g_ptr_array_add (grids, g);
  va_end (ap);
  return grids;
}

static const JxIndicator *
leaf_at (const JxDocData *data,
         guint            d,
         guint            g,
         guint            l)
{
  const JxIndicator *dim = g_ptr_array_index (data->indicators, d);
  const JxIndicator *group = g_ptr_array_index (dim->children, g);

  return g_ptr_array_index (group->children, l);
}

static void
test_correct_import_undo (void)
{
  JxWindow *window = jx_window_new (GTK_APPLICATION (app));
  JxDocument *doc = jx_window_get_document (window);
  const JxDocData *data = jx_document_get_data (doc);
  g_autoptr(GPtrArray) grids = grids_of (jx_test_template_grid (), NULL);
  Imported imported = { 0 };
  JxImportDialog *dialog;
  const JxIndicator *leaf;
  guint rows_before;

  gtk_window_present (GTK_WINDOW (window));
  g_assert_cmpuint (data->indicators->len, ==, 0);
  dialog = jx_import_dialog_new (GTK_WINDOW (window), doc, grids, "自评表.xlsx");
  g_object_ref (dialog);
  g_signal_connect (dialog, "imported", G_CALLBACK (on_imported), &imported);
  gtk_window_present (GTK_WINDOW (dialog));
  jx_test_spin (100);

  /* The guess, column by column, and the preview: a header, 2 dimensions, 3 groups, 6. */
  g_assert_cmpint (jx_import_dialog_get_role (dialog, 2), ==, JX_IMPORT_ROLE_NAME);
  g_assert_cmpint (jx_import_dialog_get_role (dialog, 4), ==, JX_IMPORT_ROLE_TARGET);
  g_assert_cmpint (jx_import_dialog_get_role (dialog, 5), ==, JX_IMPORT_ROLE_ACTUAL);
  g_assert_cmpint (jx_import_dialog_get_role (dialog, 9), ==, JX_IMPORT_ROLE_NONE);
  g_assert_cmpstr (jx_import_dialog_get_summary (dialog), ==, "6 indicators in 3 groups of 2 dimensions");
  rows_before = jx_import_dialog_get_n_preview_rows (dialog);
  g_assert_cmpuint (rows_before, ==, 1 + 2 + 3 + 6);

  /* The clerk says 全年完成值 is not to be imported, then that 偏差原因 is a remark; the
   * 三级指标 column given to another column takes it from column C: nothing to import. */
  jx_import_dialog_set_role (dialog, 5, JX_IMPORT_ROLE_NONE);
  jx_import_dialog_set_role (dialog, 10, JX_IMPORT_ROLE_REMARK);
  g_assert_cmpint (jx_import_dialog_get_role (dialog, 5), ==, JX_IMPORT_ROLE_NONE);
  jx_import_dialog_set_role (dialog, 3, JX_IMPORT_ROLE_NAME);
  g_assert_cmpint (jx_import_dialog_get_role (dialog, 2), ==, JX_IMPORT_ROLE_NONE);
  g_assert_cmpint (jx_import_dialog_get_role (dialog, 3), ==, JX_IMPORT_ROLE_NAME);
  jx_test_spin (30);
  jx_import_dialog_set_role (dialog, 3, JX_IMPORT_ROLE_DIRECTION);
  jx_import_dialog_set_role (dialog, 2, JX_IMPORT_ROLE_NAME);
  g_assert_cmpuint (jx_import_dialog_get_n_preview_rows (dialog), ==, rows_before);
  jx_test_spin (50);
  g_assert_cmpuint (data->indicators->len, ==, 0);
  g_assert_false (jx_document_can_undo (doc));

  g_assert_true (jx_import_dialog_import (dialog));
  jx_test_spin (50);
  g_assert_cmpuint (imported.times, ==, 1);
  g_assert_cmpuint (imported.added, ==, 6);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (dialog)));
  g_object_unref (dialog);

  g_assert_cmpuint (data->indicators->len, ==, 2);
  leaf = leaf_at (data, 0, 0, 0);
  g_assert_cmpstr (leaf->name, ==, "采编新闻");
  g_assert_cmpfloat (((JxPart *) g_ptr_array_index (leaf->parts, 0))->target, ==, 3000);
  g_assert_true (isnan (((JxPart *) g_ptr_array_index (leaf->parts, 0))->actual));   /* not imported */
  g_assert_cmpfloat (leaf->score, ==, 20);
  leaf = leaf_at (data, 0, 1, 0);
  g_assert_cmpstr (leaf->note, ==, "设备老化");

  /* One undo step: Ctrl+Z's action gives the empty document back. */
  g_assert_cmpstr (jx_document_get_undo_label (doc), ==, "Import Indicators");
  g_action_group_activate_action (G_ACTION_GROUP (window), "undo", NULL);
  jx_test_spin (30);
  g_assert_cmpuint (data->indicators->len, ==, 0);
  g_assert_false (jx_document_can_undo (doc));

  gtk_window_destroy (GTK_WINDOW (window));
  jx_test_iterate ();
}

static void
test_sheets_cancel (void)
{
  g_autoptr(JxDocument) doc = jx_document_new ();
  JxImportGrid *notes = jx_import_grid_new ("说明", 2, 1);
  g_autoptr(GPtrArray) grids = NULL;
  Imported imported = { 0 };
  JxImportDialog *dialog;

  jx_import_grid_set (notes, 0, 0, "填表说明：请按模板填写。", FALSE);
  grids = grids_of (notes, jx_test_template_grid (), NULL);
  dialog = jx_import_dialog_new (NULL, doc, grids, "workbook.xlsx");
  g_object_ref (dialog);
  g_signal_connect (dialog, "imported", G_CALLBACK (on_imported), &imported);
  gtk_window_present (GTK_WINDOW (dialog));
  jx_test_spin (50);
  /* The sheet with the indicator header is chosen, not the first. */
  g_assert_cmpstr (jx_import_dialog_get_summary (dialog), ==, "6 indicators in 3 groups of 2 dimensions");
  jx_import_dialog_set_sheet (dialog, 0);
  g_assert_cmpstr (jx_import_dialog_get_summary (dialog), ==, "Nothing to import yet");
  g_assert_false (jx_import_dialog_import (dialog));
  jx_import_dialog_set_sheet (dialog, 1);
  g_assert_cmpstr (jx_import_dialog_get_summary (dialog), ==, "6 indicators in 3 groups of 2 dimensions");

  /* Escape closes it; nothing changed. */
  gtk_widget_activate_action (GTK_WIDGET (dialog), "window.close", NULL);
  jx_test_spin (30);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (dialog)));
  g_assert_cmpuint (imported.times, ==, 0);
  g_assert_cmpuint (jx_document_get_data (doc)->indicators->len, ==, 0);
  g_object_unref (dialog);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  app = jx_test_ui_init (&argc, &argv, "test-import-dialog");
  if (app == NULL)
    return 77;
  g_test_add_func ("/import-dialog/correct-import-undo", test_correct_import_undo);
  g_test_add_func ("/import-dialog/sheets-cancel", test_sheets_cancel);
  status = g_test_run ();
  g_clear_object (&app);
  return status;
}
