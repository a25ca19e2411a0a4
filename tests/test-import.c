/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The import of an indicator table above the readers: column roles from header rows,
 * targets read into numbers, the tree, and the document's one undo step. Tables built here
 * cell by cell as the templates lay them out (test-import.py reads real files). */
#include "config.h"

#include <math.h>

#include "jx-evaluation.h"
#include "jx-import-apply.h"
#include "jx-import-columns.h"
#include "jx-import-tree.h"
#include "jx-scoring.h"
#include "jx-test-import.h"

static void
test_role_guess (void)
{
  static const struct { const char *header; JxImportRole role; } cases[] = {
    { "一级指标", JX_IMPORT_ROLE_LEVEL1 }, { "二级指标", JX_IMPORT_ROLE_LEVEL2 },
    { "三级指标", JX_IMPORT_ROLE_NAME }, { "指标名称", JX_IMPORT_ROLE_NAME }, { "指标", JX_IMPORT_ROLE_NAME },
    { "指标值", JX_IMPORT_ROLE_TARGET }, { "年度指标值", JX_IMPORT_ROLE_TARGET }, { "目标值", JX_IMPORT_ROLE_TARGET },
    { "实际值", JX_IMPORT_ROLE_ACTUAL }, { "实际完成值", JX_IMPORT_ROLE_ACTUAL }, { "全年完成值", JX_IMPORT_ROLE_ACTUAL },
    { "分值", JX_IMPORT_ROLE_WEIGHT }, { "分值（分）", JX_IMPORT_ROLE_WEIGHT }, { "权重", JX_IMPORT_ROLE_WEIGHT },
    { "得分", JX_IMPORT_ROLE_SCORE }, { "自评得分", JX_IMPORT_ROLE_SCORE }, { "计算得分", JX_IMPORT_ROLE_NONE },
    { "完成率", JX_IMPORT_ROLE_NONE }, { "偏差原因分析", JX_IMPORT_ROLE_REASON }, { "未完成原因", JX_IMPORT_ROLE_REASON },
    { "指标性质", JX_IMPORT_ROLE_DIRECTION }, { "度量单位", JX_IMPORT_ROLE_UNIT }, { "计量单位", JX_IMPORT_ROLE_UNIT },
    { "备注", JX_IMPORT_ROLE_REMARK }, { "评分规则", JX_IMPORT_ROLE_RULE }, { "序号", JX_IMPORT_ROLE_NUMBER },
    { "Level-1 indicator", JX_IMPORT_ROLE_LEVEL1 }, { "Level 2", JX_IMPORT_ROLE_LEVEL2 },
    { "Indicator", JX_IMPORT_ROLE_NAME }, { "Target value", JX_IMPORT_ROLE_TARGET },
    { "Actual", JX_IMPORT_ROLE_ACTUAL }, { "Weight (points)", JX_IMPORT_ROLE_WEIGHT }, { "Score", JX_IMPORT_ROLE_SCORE },
    { "Computed score", JX_IMPORT_ROLE_NONE }, { "Deviation reason", JX_IMPORT_ROLE_REASON }, { "Unit", JX_IMPORT_ROLE_UNIT },
    { "Scoring rule", JX_IMPORT_ROLE_RULE }, { "分 值\n（分）", JX_IMPORT_ROLE_WEIGHT },
    { "新洲区融媒体中心2020年度部门整体支出绩效自评表", JX_IMPORT_ROLE_NONE }, { "", JX_IMPORT_ROLE_NONE },
  };
  guint i;

  for (i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_test_message ("%s", cases[i].header);
      g_assert_cmpint (jx_import_role_guess (cases[i].header), ==, cases[i].role);
    }
}

static void
test_mapping_two_row_header (void)
{
  g_autoptr(JxImportGrid) grid = jx_test_template_grid ();
  g_autoptr(JxImportMapping) m = jx_import_mapping_guess (grid);
  static const JxImportRole expected[] = {
    JX_IMPORT_ROLE_LEVEL1, JX_IMPORT_ROLE_LEVEL2, JX_IMPORT_ROLE_NAME, JX_IMPORT_ROLE_DIRECTION,
    JX_IMPORT_ROLE_TARGET, JX_IMPORT_ROLE_ACTUAL, JX_IMPORT_ROLE_UNIT, JX_IMPORT_ROLE_WEIGHT,
    JX_IMPORT_ROLE_SCORE, JX_IMPORT_ROLE_NONE, JX_IMPORT_ROLE_REASON,
  };
  g_autofree char *header = NULL;
  guint c;

  g_assert_cmpuint (m->header_row, ==, 2);
  g_assert_cmpuint (m->n_header_rows, ==, 2);
  g_assert_cmpuint (jx_import_mapping_first_row (m), ==, 4);
  for (c = 0; c < G_N_ELEMENTS (expected); c++)
    {
      g_test_message ("column %u", c);
      g_assert_cmpint (m->roles[c], ==, expected[c]);
    }
  header = jx_import_mapping_header (m, grid, 5);
  g_assert_cmpstr (header, ==, "指标值 / 全年完成值");

  /* A role goes to one column: giving it to another takes it from the first. */
  jx_import_mapping_set_role (m, 9, JX_IMPORT_ROLE_TARGET);
  g_assert_cmpint (m->roles[4], ==, JX_IMPORT_ROLE_NONE);
  g_assert_cmpint (jx_import_mapping_column (m, JX_IMPORT_ROLE_TARGET), ==, 9);
}

/* The same header in a CSV: no merges stated, the group cells blank below their first. */
static void
test_mapping_two_row_header_unmerged (void)
{
  static const char *rows[][6] = {
    { "一级指标", "二级指标", "三级指标", "指标值", "", "分值" },
    { "", "", "", "年度指标值", "全年完成值", "" },
    { "产出", "数量", "采编新闻", "3000篇", "3250", "20" },
  };
  g_autoptr(JxImportGrid) grid = jx_import_grid_new ("csv", 3, 6);
  g_autoptr(JxImportMapping) m = NULL;
  guint r, c;

  for (r = 0; r < 3; r++)
    for (c = 0; c < 6; c++)
      jx_import_grid_set (grid, r, c, rows[r][c], r == 2 && g_ascii_isdigit (rows[r][c][0]));
  m = jx_import_mapping_guess (grid);
  g_assert_cmpuint (m->header_row, ==, 0);
  g_assert_cmpuint (m->n_header_rows, ==, 2);
  g_assert_cmpint (m->roles[3], ==, JX_IMPORT_ROLE_TARGET);
  g_assert_cmpint (m->roles[4], ==, JX_IMPORT_ROLE_ACTUAL);
  g_assert_cmpint (m->roles[5], ==, JX_IMPORT_ROLE_WEIGHT);
  g_assert_cmpuint (jx_import_mapping_first_row (m), ==, 2);
}

static JsonObject *
child (JsonObject *o,
       guint       i)
{
  return json_array_get_object_element (json_object_get_array_member (o, "children"), i);
}

static JsonObject *
part0 (JsonObject *leaf)
{
  JsonArray *parts = json_object_get_array_member (leaf, "parts");

  return json_array_get_length (parts) > 0 ? json_array_get_object_element (parts, 0) : NULL;
}

static void
assert_part (JsonObject *leaf,
             const char *name,
             double      target,
             const char *unit,
             const char *direction,
             double      actual)
{
  JsonObject *p = part0 (leaf);

  g_test_message ("%s", name);
  g_assert_cmpstr (json_object_get_string_member (leaf, "name"), ==, name);
  g_assert_nonnull (p);
  g_assert_cmpfloat (json_object_get_double_member (p, "target"), ==, target);
  g_assert_cmpstr (json_object_get_string_member (p, "unit"), ==, unit);
  g_assert_cmpstr (json_object_get_string_member (p, "direction"), ==, direction);
  if (isnan (actual))
    g_assert_true (json_object_get_null_member (p, "actual"));
  else
    g_assert_cmpfloat (json_object_get_double_member (p, "actual"), ==, actual);
}

static void
test_tree (void)
{
  g_autoptr(JxImportGrid) grid = jx_test_template_grid ();
  g_autoptr(JxImportMapping) m = jx_import_mapping_guess (grid);
  g_autoptr(GError) error = NULL;
  g_autoptr(JxImportTree) tree = jx_import_tree_build (grid, m, &error);
  JsonArray *dims;
  JsonObject *output, *effect, *leaf;

  g_assert_no_error (error);
  g_assert_cmpuint (tree->n_leaves, ==, 6);
  g_assert_cmpuint (tree->n_groups, ==, 3);
  g_assert_cmpuint (tree->skipped->len, ==, 2);   /* 合计, 注 */
  g_assert_cmpstr (g_ptr_array_index (tree->skipped, 0), ==, "Row 11: a total");
  dims = json_node_get_array (tree->indicators);
  g_assert_cmpuint (json_array_get_length (dims), ==, 2);

  output = json_array_get_object_element (dims, 0);
  g_assert_cmpstr (json_object_get_string_member (output, "name"), ==, "产出指标");
  g_assert_cmpfloat (json_object_get_double_member (output, "weight"), ==, 50);
  g_assert_cmpstr (json_object_get_string_member (child (output, 0), "name"), ==, "数量指标");
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (child (output, 0), "children")), ==, 2);

  leaf = child (child (output, 0), 0);
  assert_part (leaf, "采编新闻", 3000, "篇（条）", "ge", 3250);
  g_assert_cmpstr (json_object_get_string_member (leaf, "target_text"), ==, "≥3000篇（条）");
  g_assert_cmpfloat (json_object_get_double_member (leaf, "weight"), ==, 20);
  g_assert_cmpfloat (json_object_get_double_member (leaf, "score"), ==, 20);
  g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (leaf, "rule"), "kind"), ==, "positive");
  /* full-width digits, the unit in the target, the group continuing below its merge */
  assert_part (child (child (output, 0), 1), "公益广告", 12, "条", "ge", 253);

  leaf = child (child (output, 1), 0);
  assert_part (leaf, "播出安全", 10, "分钟", "le", 12);
  g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (leaf, "rule"), "kind"), ==, "negative");
  g_assert_cmpstr (json_object_get_string_member (leaf, "note"), ==, "设备老化");
  leaf = child (child (output, 1), 1);
  assert_part (leaf, "稿件合格率", 100, "%", "ge", 98);
  g_assert_cmpstr (json_object_get_string_member (part0 (leaf), "label"), ==, "完成率");
  g_assert_cmpfloat (json_object_get_double_member (leaf, "score"), ==, 9.8);

  effect = json_array_get_object_element (dims, 1);
  g_assert_cmpstr (json_object_get_string_member (effect, "name"), ==, "效果指标");
  leaf = child (child (effect, 0), 0);
  g_assert_null (part0 (leaf));
  g_assert_cmpstr (json_object_get_string_member (leaf, "target_text"), ==, "满意");
  g_assert_cmpstr (json_object_get_string_member (leaf, "actual_text"), ==, "较满意");
  leaf = child (child (effect, 0), 1);
  assert_part (leaf, "资金到位", 100, "%", "eq", 100);
  g_assert_true (json_object_get_null_member (leaf, "weight"));
}

static void
test_no_header (void)
{
  g_autoptr(JxImportGrid) grid = jx_import_grid_new ("Sheet1", 2, 2);
  g_autoptr(JxImportMapping) m = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(JxImportTree) tree = NULL;

  jx_import_grid_set (grid, 0, 0, "苹果", FALSE);
  jx_import_grid_set (grid, 0, 1, "3", TRUE);
  jx_import_grid_set (grid, 1, 0, "香蕉", FALSE);
  m = jx_import_mapping_guess (grid);
  g_assert_cmpuint (m->n_header_rows, ==, 0);
  g_assert_cmpint (jx_import_mapping_column (m, JX_IMPORT_ROLE_NAME), ==, -1);
  tree = jx_import_tree_build (grid, m, &error);
  g_assert_error (error, JX_IMPORT_ERROR, JX_IMPORT_ERROR_NO_NAME_COLUMN);
  g_assert_null (tree);

  /* The clerk names the column: every row is an indicator. */
  g_clear_error (&error);
  jx_import_mapping_set_role (m, 0, JX_IMPORT_ROLE_NAME);
  jx_import_mapping_set_role (m, 1, JX_IMPORT_ROLE_WEIGHT);
  tree = jx_import_tree_build (grid, m, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (tree->n_leaves, ==, 2);
}

static void
test_apply_empty_one_step (void)
{
  g_autoptr(JxImportGrid) grid = jx_test_template_grid ();
  g_autoptr(JxImportMapping) m = jx_import_mapping_guess (grid);
  g_autoptr(JxImportTree) tree = jx_import_tree_build (grid, m, NULL);
  g_autoptr(JxDocument) doc = jx_document_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(JxEvaluation) evaluation = NULL;
  JxImportCounts counts = { 0 };
  const JxDocData *data = jx_document_get_data (doc);
  const JxScoreSheet *sheet;

  g_assert_cmpuint (data->indicators->len, ==, 0);
  g_assert_true (jx_import_apply (doc, tree, &counts, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (counts.added, ==, 6);
  g_assert_cmpuint (counts.replaced, ==, 0);
  g_assert_cmpuint (data->indicators->len, ==, 2);
  g_assert_cmpstr (jx_document_get_undo_label (doc), ==, "Import Indicators");

  evaluation = jx_evaluation_new (doc);
  sheet = jx_evaluation_get_sheet (evaluation);
  g_assert_cmpfloat_with_epsilon (sheet->total_weight, 60, 1e-9);

  g_assert_true (jx_document_undo (doc));
  g_assert_cmpuint (data->indicators->len, ==, 0);
  g_assert_false (jx_document_can_undo (doc));
  g_assert_true (jx_document_redo (doc));
  g_assert_cmpuint (data->indicators->len, ==, 2);
}

static void
test_apply_into_sample (void)
{
  g_autoptr(GFile) file = g_file_new_for_path (g_getenv ("JIXIAO_SAMPLE"));
  g_autoptr(JxDocument) doc = jx_document_new_from_file (file, NULL);
  const JxDocData *data = jx_document_get_data (doc);
  g_autoptr(JxImportGrid) grid = jx_import_grid_new ("Sheet1", 3, 6);
  g_autoptr(JxImportMapping) m = NULL;
  g_autoptr(JxImportTree) tree = NULL;
  JxImportCounts counts = { 0 };
  const JxIndicator *output, *news, *leaf;
  guint before_dims = data->indicators->len, before_news;
  static const char *cells[3][6] = {
    { "一级指标", "二级指标", "三级指标", "指标值", "实际完成值", "得分" },
    { "产出指标", "新闻信息部", "全年采摄新闻", "3100篇（条）", "3300", "2.5" },
    { "产出指标", "新闻信息部", "新栏目", "≥4期", "5", "1" },
  };
  guint r, c;

  for (r = 0; r < 3; r++)
    for (c = 0; c < 6; c++)
      jx_import_grid_set (grid, r, c, cells[r][c], FALSE);
  m = jx_import_mapping_guess (grid);
  tree = jx_import_tree_build (grid, m, NULL);
  g_assert_nonnull (tree);

  output = g_ptr_array_index (data->indicators, 2);
  g_assert_cmpstr (output->name, ==, "产出");
  news = g_ptr_array_index (output->children, 0);
  before_news = news->children->len;
  g_assert_true (jx_import_apply (doc, tree, &counts, NULL));
  g_assert_cmpuint (counts.replaced, ==, 1);
  g_assert_cmpuint (counts.added, ==, 1);
  /* 产出指标 is the sample's 产出, 新闻信息部 its group: no new dimension */
  g_assert_cmpuint (data->indicators->len, ==, before_dims);
  output = g_ptr_array_index (data->indicators, 2);
  news = g_ptr_array_index (output->children, 0);
  g_assert_cmpuint (news->children->len, ==, before_news + 1);
  leaf = g_ptr_array_index (news->children, 0);
  g_assert_cmpstr (leaf->name, ==, "全年采摄新闻");
  g_assert_cmpfloat (((JxPart *) g_ptr_array_index (leaf->parts, 0))->target, ==, 3100);
  g_assert_cmpfloat (((JxPart *) g_ptr_array_index (leaf->parts, 0))->actual, ==, 3300);
  g_assert_cmpfloat (leaf->score, ==, 2.5);
  g_assert_cmpfloat (leaf->weight, ==, 3);   /* the table has no 分值: the document's stays */
  leaf = g_ptr_array_index (news->children, before_news);
  g_assert_cmpstr (leaf->name, ==, "新栏目");

  g_assert_true (jx_document_undo (doc));
  news = g_ptr_array_index (((JxIndicator *) g_ptr_array_index (data->indicators, 2))->children, 0);
  g_assert_cmpuint (news->children->len, ==, before_news);
  leaf = g_ptr_array_index (news->children, 0);
  g_assert_cmpfloat (((JxPart *) g_ptr_array_index (leaf->parts, 0))->target, ==, 3000);
  g_assert_cmpfloat (leaf->score, ==, 3);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/import/role-guess", test_role_guess);
  g_test_add_func ("/import/mapping-two-row-header", test_mapping_two_row_header);
  g_test_add_func ("/import/mapping-two-row-header-unmerged", test_mapping_two_row_header_unmerged);
  g_test_add_func ("/import/tree", test_tree);
  g_test_add_func ("/import/no-header", test_no_header);
  g_test_add_func ("/import/apply-empty-one-step", test_apply_empty_one_step);
  g_test_add_func ("/import/apply-into-sample", test_apply_into_sample);
  return g_test_run ();
}
