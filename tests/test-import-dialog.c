/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-import-dialog.c: the mapping step of an indicator-table import, under Xvfb — the
 * guessed roles shown per column, a role corrected through its drop-down, nothing changed
 * before Import, the import one undo step; the sheet chooser of a workbook of several. */
#define G_LOG_DOMAIN "test-import-dialog"

#include "config.h"

#include <math.h>

#include "jx-import-actions.h"
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

static GtkWindow *
wait_for_toplevel (GType type)
{
  guint i;

  for (i = 0; i < 100; i++)
    {
      g_autoptr(GList) toplevels = gtk_window_list_toplevels ();
      GList *l;

      for (l = toplevels; l != NULL; l = l->next)
        if (G_TYPE_CHECK_INSTANCE_TYPE (l->data, type) && gtk_widget_get_visible (l->data))
          return l->data;
      jx_test_spin (20);
    }
  return NULL;
}

/* The window's way in: a file read off the main thread by the readers (a CSV here), the
 * dialog over the window, Import; a file that is no table gives a message, no dialog. */
static void
test_window_file (void)
{
  JxWindow *window = jx_window_new (GTK_APPLICATION (app));
  JxDocument *doc = jx_window_get_document (window);
  g_autofree char *csv = g_build_filename (jx_test_ui_tmp_dir (), "指标表.csv", NULL);
  g_autofree char *bad = g_build_filename (jx_test_ui_tmp_dir (), "notes.csv", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (csv);
  g_autoptr(GFile) bad_file = g_file_new_for_path (bad);
  g_autoptr(GFile) document_file = g_file_new_for_path ("a.jixiao");
  static const char table[] = "一级指标,二级指标,三级指标,指标值,实际完成值,分值,得分\r\n"
                              "产出,数量,采编新闻,≥3000篇,3250,20,20\r\n"
                              ",,公益广告,12条,253,10,10\r\n";
  GtkWindow *dialog;

  g_assert_true (g_file_set_contents (csv, table, -1, NULL));
  g_assert_true (g_file_set_contents (bad, "\xff\xfe\x00\x00garbage", 12, NULL));
  gtk_window_present (GTK_WINDOW (window));
  jx_test_spin (50);
  g_assert_true (jx_import_accepts_file (file));
  g_assert_false (jx_import_accepts_file (document_file));
  g_assert_true (g_action_group_has_action (G_ACTION_GROUP (window), "import-table"));

  jx_import_table_file (window, file);
  dialog = wait_for_toplevel (JX_TYPE_IMPORT_DIALOG);
  g_assert_nonnull (dialog);
  g_assert_true (gtk_window_get_transient_for (dialog) == GTK_WINDOW (window));
  g_assert_cmpstr (jx_import_dialog_get_summary (JX_IMPORT_DIALOG (dialog)), ==,
                   "2 indicators in 1 group of 1 dimension");
  g_assert_true (jx_import_dialog_import (JX_IMPORT_DIALOG (dialog)));
  jx_test_spin (50);
  g_assert_cmpuint (jx_document_get_data (doc)->indicators->len, ==, 1);
  g_assert_cmpstr (jx_document_get_undo_label (doc), ==, "Import Indicators");

  jx_import_table_file (window, bad_file);
  g_assert_nonnull (wait_for_toplevel (ADW_TYPE_MESSAGE_DIALOG));
  g_assert_null (wait_for_toplevel (JX_TYPE_IMPORT_DIALOG));
  gtk_window_destroy (wait_for_toplevel (ADW_TYPE_MESSAGE_DIALOG));
  gtk_window_destroy (GTK_WINDOW (window));
  jx_test_iterate ();
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
  g_test_add_func ("/import-dialog/window-file", test_window_file);
  status = g_test_run ();
  g_clear_object (&app);
  return status;
}
