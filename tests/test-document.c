/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The document: edits by path, change notification, undo/redo, modified state. */
#include "config.h"

#include <glib/gstdio.h>

#include "jx-document.h"
#include "jx-money.h"

typedef struct {
  GPtrArray *paths;
} Recorder;

static void
on_changed (JxDocument *doc,
            const char *path,
            Recorder   *rec)
{
  g_ptr_array_add (rec->paths, g_strdup (path));
}

static JxDocument *
open_sample (void)
{
  g_autoptr(GFile) file = g_file_new_for_path (g_getenv ("JIXIAO_SAMPLE"));
  g_autoptr(GError) error = NULL;
  JxDocument *doc = jx_document_new_from_file (file, &error);

  g_assert_no_error (error);
  g_assert_false (jx_document_get_modified (doc));
  g_assert_false (jx_document_can_undo (doc));
  return doc;
}

static void
test_set_undo_redo (void)
{
  g_autoptr(JxDocument) doc = open_sample ();
  const JxDocData *d = jx_document_get_data (doc);
  Recorder rec = { g_ptr_array_new_with_free_func (g_free) };
  g_autoptr(GError) error = NULL;

  g_signal_connect (doc, "changed", G_CALLBACK (on_changed), &rec);

  g_assert_true (jx_document_set_int (doc, "department.staffing.actual.total", 95, &error));
  g_assert_no_error (error);
  g_assert_cmpint (d->department.staffing.actual.total, ==, 95);
  g_assert_true (jx_document_get_modified (doc));
  g_assert_cmpuint (rec.paths->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (rec.paths, 0), ==, "department.staffing.actual.total");

  g_assert_true (jx_document_set_money (doc, "budget.projects.initial", 645120000, &error));
  g_assert_cmpint (d->budget.projects.initial, ==, 645120000);

  g_assert_true (jx_document_undo (doc));
  g_assert_cmpint (d->budget.projects.initial, ==, 645880000);
  g_assert_true (jx_document_undo (doc));
  g_assert_cmpint (d->department.staffing.actual.total, ==, 93);
  g_assert_false (jx_document_can_undo (doc));
  g_assert_false (jx_document_get_modified (doc));   /* back at the saved state */

  g_assert_true (jx_document_redo (doc));
  g_assert_cmpint (d->department.staffing.actual.total, ==, 95);
  g_assert_true (jx_document_get_modified (doc));
  g_assert_true (jx_document_redo (doc));
  g_assert_cmpint (d->budget.projects.initial, ==, 645120000);
  g_assert_false (jx_document_can_redo (doc));

  /* Undo and redo notify too. */
  g_assert_cmpuint (rec.paths->len, ==, 6);
  g_ptr_array_unref (rec.paths);
}

static void
test_bad_values_change_nothing (void)
{
  g_autoptr(JxDocument) doc = open_sample ();
  const JxDocData *d = jx_document_get_data (doc);
  g_autoptr(GError) e1 = NULL;
  g_autoptr(GError) e2 = NULL;
  g_autoptr(GError) e3 = NULL;

  /* A negative count means "not stated": a valid edit that clears the figure. */
  g_assert_true (jx_document_set_int (doc, "department.staffing.actual.total", JX_COUNT_NONE, NULL));
  g_assert_cmpint (d->department.staffing.actual.total, ==, JX_COUNT_NONE);
  g_assert_true (jx_document_undo (doc));
  g_assert_cmpint (d->department.staffing.actual.total, ==, 93);

  g_assert_false (jx_document_set_money (doc, "budget.nowhere", 1, &e1));
  g_assert_nonnull (e1);
  g_assert_false (jx_document_set_string (doc, "department.year", "abc", &e2));
  g_assert_nonnull (e2);
  g_assert_cmpint (d->department.year, ==, 2020);
  g_assert_false (jx_document_set_number (doc, "indicators[9].weight", 1, &e3));
  g_assert_nonnull (e3);
  g_assert_false (jx_document_can_undo (doc));
  g_assert_false (jx_document_get_modified (doc));
}

static void
test_typing_merges (void)
{
  g_autoptr(JxDocument) doc = open_sample ();
  const JxDocData *d = jx_document_get_data (doc);

  /* Typing "Dept" letter by letter in one field is one step. */
  jx_document_set_string (doc, "department.preparer", "D", NULL);
  jx_document_set_string (doc, "department.preparer", "De", NULL);
  jx_document_set_string (doc, "department.preparer", "Dep", NULL);
  jx_document_break_merge (doc);
  jx_document_set_string (doc, "department.preparer", "Dept", NULL);
  g_assert_true (jx_document_undo (doc));
  g_assert_cmpstr (d->department.preparer, ==, "Dep");
  g_assert_true (jx_document_undo (doc));
  g_assert_cmpstr (d->department.preparer, ==, "");
  g_assert_false (jx_document_can_undo (doc));
}

static void
test_lists (void)
{
  g_autoptr(JxDocument) doc = open_sample ();
  const JxDocData *d = jx_document_get_data (doc);
  g_autoptr(JsonNode) text = json_node_new (JSON_NODE_VALUE);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autofree char *first = g_strdup (g_ptr_array_index (d->department.functions, 0));
  JxIndicator *l1;

  json_node_set_string (text, "新职能");
  g_assert_true (jx_document_insert (doc, "department.functions", 0, text, NULL));
  g_assert_cmpuint (d->department.functions->len, ==, 13);
  g_assert_cmpstr (g_ptr_array_index (d->department.functions, 0), ==, "新职能");
  g_assert_true (jx_document_move (doc, "department.functions", 0, 12, NULL));
  g_assert_cmpstr (g_ptr_array_index (d->department.functions, 12), ==, "新职能");
  g_assert_true (jx_document_set_string (doc, "department.functions[12]", "改过的职能", NULL));
  g_assert_true (jx_document_remove (doc, "department.functions", 12, NULL));
  g_assert_cmpuint (d->department.functions->len, ==, 12);

  /* Removing a whole level-1 indicator and undoing it restores the subtree. */
  l1 = g_ptr_array_index (d->indicators, 2);
  g_assert_cmpstr (l1->name, ==, "产出");
  g_assert_true (jx_document_remove (doc, "indicators", 2, NULL));
  g_assert_cmpuint (d->indicators->len, ==, 3);
  g_assert_true (jx_document_undo (doc));
  g_assert_cmpuint (d->indicators->len, ==, 4);
  l1 = g_ptr_array_index (d->indicators, 2);
  g_assert_cmpstr (l1->name, ==, "产出");
  g_assert_cmpuint (((JxIndicator *) g_ptr_array_index (l1->children, 0))->children->len, ==, 10);

  /* A group is one step. */
  json_parser_load_from_data (parser, "{\"name\": \"新指标\", \"weight\": 2}", -1, NULL);
  jx_document_begin_group (doc, "Paste");
  g_assert_true (jx_document_insert (doc, "indicators[2].children[0].children", -1, json_parser_get_root (parser), NULL));
  g_assert_true (jx_document_insert (doc, "indicators[2].children[0].children", -1, json_parser_get_root (parser), NULL));
  jx_document_end_group (doc);
  g_assert_cmpuint (((JxIndicator *) g_ptr_array_index (l1->children, 0))->children->len, ==, 12);
  g_assert_cmpstr (jx_document_get_undo_label (doc), ==, "Paste");
  g_assert_true (jx_document_undo (doc));
  g_assert_cmpuint (((JxIndicator *) g_ptr_array_index (l1->children, 0))->children->len, ==, 10);

  /* Undo everything: back to the file as loaded. */
  while (jx_document_undo (doc))
    ;
  g_assert_cmpuint (d->department.functions->len, ==, 12);
  g_assert_cmpstr (g_ptr_array_index (d->department.functions, 0), ==, first);
  g_assert_false (jx_document_get_modified (doc));
}

static void
test_save_clears_modified (void)
{
  g_autoptr(JxDocument) doc = open_sample ();
  g_autofree char *dir = g_dir_make_tmp ("jx-doc-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "d.jixiao", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(JxDocument) again = NULL;

  jx_document_set_int (doc, "department.staffing.actual.total", 97, NULL);
  g_assert_true (jx_document_save (doc, file, NULL));
  g_assert_false (jx_document_get_modified (doc));
  g_assert_true (g_file_equal (jx_document_get_file (doc), file));

  /* An edit after the save does not merge into the saved step. */
  jx_document_set_int (doc, "department.staffing.actual.total", 98, NULL);
  g_assert_true (jx_document_get_modified (doc));
  g_assert_true (jx_document_undo (doc));
  g_assert_false (jx_document_get_modified (doc));

  again = jx_document_new_from_file (file, NULL);
  g_assert_cmpint (jx_document_get_data (again)->department.staffing.actual.total, ==, 97);
  g_unlink (path);
  g_rmdir (dir);
}

/* Undoing a step of many operations tells the listeners once. */
static void
test_one_change_per_step (void)
{
  g_autoptr(JxDocument) doc = open_sample ();
  Recorder rec = { g_ptr_array_new_with_free_func (g_free) };

  jx_document_begin_group (doc, "Three");
  jx_document_set_int (doc, "department.staffing.actual.total", 90, NULL);
  jx_document_set_int (doc, "department.staffing.actual.contract", 25, NULL);
  jx_document_set_string (doc, "department.preparer", "张三", NULL);
  jx_document_end_group (doc);

  g_signal_connect (doc, "changed", G_CALLBACK (on_changed), &rec);
  g_assert_true (jx_document_undo (doc));
  g_assert_cmpuint (rec.paths->len, ==, 1);
  /* Three values: the deepest path holding them all. */
  g_assert_cmpstr (g_ptr_array_index (rec.paths, 0), ==, "department");
  g_assert_cmpint (jx_document_get_data (doc)->department.staffing.actual.total, ==, 93);

  /* A single operation keeps its path. */
  jx_document_set_int (doc, "department.year", 2021, NULL);
  g_assert_cmpuint (rec.paths->len, ==, 2);
  g_assert_true (jx_document_undo (doc));
  g_assert_cmpuint (rec.paths->len, ==, 3);
  g_assert_cmpstr (g_ptr_array_index (rec.paths, 2), ==, "department.year");

  /* Held changes come out once, when released. */
  jx_document_hold_changes (doc);
  jx_document_set_int (doc, "department.year", 2022, NULL);
  jx_document_set_int (doc, "department.year", 2023, NULL);
  g_assert_cmpuint (rec.paths->len, ==, 3);
  jx_document_release_changes (doc);
  g_assert_cmpuint (rec.paths->len, ==, 4);
  g_assert_cmpstr (g_ptr_array_index (rec.paths, 3), ==, "department.year");
  g_ptr_array_unref (rec.paths);
}

/* What an undo or redo tells the listeners is what it changed, never more: a step of one
 * value its path, a step of values in one record that record, so that a listener (the
 * evaluation, the indicator table) redoes only that; "" only when a list changed too. */
static void
test_step_notifies_what_changed (void)
{
  g_autoptr(JxDocument) doc = open_sample ();
  Recorder rec = { g_ptr_array_new_with_free_func (g_free) };
  const char *leaf = "indicators[2].children[0].children[0]";
  g_autofree char *actual = g_strdup_printf ("%s.parts[0].actual", leaf);
  g_autofree char *actual_text = g_strdup_printf ("%s.actual_text", leaf);
  g_autofree char *weight = g_strdup_printf ("%s.weight", leaf);

  g_signal_connect (doc, "changed", G_CALLBACK (on_changed), &rec);

  /* One value: its path, for the edit, the undo and the redo. */
  g_assert_true (jx_document_set_number (doc, actual, 3100, NULL));
  jx_document_break_merge (doc);
  g_assert_true (jx_document_undo (doc));
  g_assert_true (jx_document_redo (doc));
  g_assert_cmpuint (rec.paths->len, ==, 3);
  g_assert_cmpstr (g_ptr_array_index (rec.paths, 0), ==, actual);
  g_assert_cmpstr (g_ptr_array_index (rec.paths, 1), ==, actual);
  g_assert_cmpstr (g_ptr_array_index (rec.paths, 2), ==, actual);

  /* The indicator table's edit of an actual value: the value and the text that prints it,
   * one step. Undone and redone, the listeners hear of that indicator only. */
  g_ptr_array_set_size (rec.paths, 0);
  jx_document_begin_group (doc, "Edit Actual Value");
  jx_document_hold_changes (doc);
  g_assert_true (jx_document_set_number (doc, actual, 3200, NULL));
  g_assert_true (jx_document_set_string (doc, actual_text, "3200 篇（条）", NULL));
  jx_document_end_group (doc);
  jx_document_release_changes (doc);
  g_assert_true (jx_document_undo (doc));
  g_assert_true (jx_document_redo (doc));
  g_assert_cmpuint (rec.paths->len, ==, 3);
  g_assert_cmpstr (g_ptr_array_index (rec.paths, 0), ==, leaf);
  g_assert_cmpstr (g_ptr_array_index (rec.paths, 1), ==, leaf);
  g_assert_cmpstr (g_ptr_array_index (rec.paths, 2), ==, leaf);

  /* Values of two indicators of one group: the group's list of indicators holds them; of
   * two dimensions: the tree. Sibling indexes are told apart ([2] is not [21]). */
  g_ptr_array_set_size (rec.paths, 0);
  jx_document_begin_group (doc, "Two");
  g_assert_true (jx_document_set_number (doc, weight, 2.5, NULL));
  g_assert_true (jx_document_set_number (doc, "indicators[2].children[0].children[1].weight", 2.5, NULL));
  jx_document_end_group (doc);
  g_assert_true (jx_document_undo (doc));
  jx_document_begin_group (doc, "Two dimensions");
  g_assert_true (jx_document_set_number (doc, "indicators[1].weight", 21, NULL));
  g_assert_true (jx_document_set_number (doc, "indicators[2].weight", 59, NULL));
  jx_document_end_group (doc);
  g_assert_true (jx_document_undo (doc));
  /* (the edits themselves notify one by one: a group is not held) */
  g_assert_cmpuint (rec.paths->len, ==, 6);
  g_assert_cmpstr (g_ptr_array_index (rec.paths, 2), ==, "indicators[2].children[0].children");
  g_assert_cmpstr (g_ptr_array_index (rec.paths, 5), ==, "indicators");

  /* A list changed with a value: anything may have changed. */
  g_ptr_array_set_size (rec.paths, 0);
  jx_document_begin_group (doc, "Add and edit");
  g_assert_true (jx_document_insert (doc, "indicators[2].children[0].children", 0, NULL, NULL));
  g_assert_true (jx_document_set_number (doc, "indicators[2].children[0].children[0].weight", 1, NULL));
  jx_document_end_group (doc);
  g_assert_true (jx_document_undo (doc));
  g_assert_true (jx_document_redo (doc));
  g_assert_cmpuint (rec.paths->len, ==, 4);
  g_assert_cmpstr (g_ptr_array_index (rec.paths, 2), ==, "");
  g_assert_cmpstr (g_ptr_array_index (rec.paths, 3), ==, "");
  g_ptr_array_unref (rec.paths);
}

/* Typing that comes back to the value the field had (or a field restored after an invalid
 * text) leaves no undo step, and an unmodified document unmodified. */
static void
test_merge_back_to_start (void)
{
  g_autoptr(JxDocument) doc = open_sample ();
  const JxDocData *d = jx_document_get_data (doc);
  g_autoptr(GError) error = NULL;

  g_assert_true (jx_document_set_int (doc, "department.staffing.authorized.administrative", 2, &error));
  g_assert_true (jx_document_set_int (doc, "department.staffing.authorized.administrative", 29, &error));
  g_assert_true (jx_document_can_undo (doc));
  g_assert_true (jx_document_get_modified (doc));
  g_assert_true (jx_document_set_int (doc, "department.staffing.authorized.administrative", 21, &error));
  g_assert_no_error (error);
  g_assert_cmpint (d->department.staffing.authorized.administrative, ==, 21);
  g_assert_false (jx_document_can_undo (doc));
  g_assert_false (jx_document_get_modified (doc));

  /* The next keystroke starts a step of its own, not merged into an older one. */
  g_assert_true (jx_document_set_int (doc, "department.staffing.actual.total", 95, &error));
  jx_document_break_merge (doc);
  g_assert_true (jx_document_set_int (doc, "department.staffing.actual.total", 96, &error));
  g_assert_true (jx_document_set_int (doc, "department.staffing.actual.total", 95, &error));
  g_assert_cmpint (d->department.staffing.actual.total, ==, 95);
  g_assert_true (jx_document_can_undo (doc));
  g_assert_true (jx_document_get_modified (doc));
  g_assert_true (jx_document_set_int (doc, "department.staffing.actual.total", 97, &error));
  g_assert_true (jx_document_undo (doc));
  g_assert_cmpint (d->department.staffing.actual.total, ==, 95);
  g_assert_true (jx_document_undo (doc));
  g_assert_cmpint (d->department.staffing.actual.total, ==, 93);
  g_assert_false (jx_document_can_undo (doc));
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/document/merge-back-to-start", test_merge_back_to_start);
  g_test_add_func ("/document/set-undo-redo", test_set_undo_redo);
  g_test_add_func ("/document/bad-values", test_bad_values_change_nothing);
  g_test_add_func ("/document/typing-merges", test_typing_merges);
  g_test_add_func ("/document/lists", test_lists);
  g_test_add_func ("/document/save-clears-modified", test_save_clears_modified);
  g_test_add_func ("/document/one-change-per-step", test_one_change_per_step);
  g_test_add_func ("/document/step-notifies-what-changed", test_step_notifies_what_changed);
  return g_test_run ();
}
