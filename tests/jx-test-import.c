/* SPDX-License-Identifier: GPL-3.0-or-later */
/* jx-test-import.c: tables for the import tests, built cell by cell. */
#include "config.h"

#include "jx-test-import.h"

/* A province's 自评表: a title row, a line of the department, a two-row header (指标值 over
 * 年度指标值 and 全年完成值, the others merged over both rows), 一级 and 二级 merged over
 * their rows or left blank below, a total and a note. */
JxImportGrid *
jx_test_template_grid (void)
{
  static const char *rows[][11] = {
    { "某区某局2024年度部门整体支出绩效自评表" },
    { "部门（单位）名称：某区某局", "", "", "", "", "", "", "", "", "", "" },
    { "一级指标", "二级指标", "三级指标", "指标性质", "指标值", "", "度量单位", "分值", "得分", "完成率", "偏差原因" },
    { "", "", "", "", "年度指标值", "全年完成值", "", "", "", "", "" },
    { "产出指标（50分）", "数量指标", "采编新闻", "≥", "3000", "3250", "篇（条）", "20", "20", "108%", "" },
    { "", "", "公益广告", "", "≥１２条", "253条", "", "10", "10", "", "" },
    { "", "质量指标", "播出安全", "", "≤10分钟", "12分钟", "", "10", "8", "", "设备老化" },
    { "", "", "稿件合格率", "", "完成率100%", "98%", "", "10", "9.8", "", "" },
    { "效果指标", "满意度指标", "群众满意度", "定性", "满意", "较满意", "", "10", "8", "", "宣传不足" },
    { "", "", "资金到位", "", "=100%", "100%", "", "", "", "", "" },
    { "合计", "", "", "", "", "", "", "60", "55.8", "", "" },
    { "注：得分保留两位小数。" },
  };
  JxImportGrid *grid = jx_import_grid_new ("自评表", G_N_ELEMENTS (rows), 11);
  guint r, c;

  for (r = 0; r < G_N_ELEMENTS (rows); r++)
    for (c = 0; c < 11; c++)
      if (rows[r][c] != NULL)
        jx_import_grid_set (grid, r, c, rows[r][c], g_ascii_isdigit (rows[r][c][0]) && r >= 4 && c != 4);
  jx_import_grid_merge (grid, 0, 0, 0, 10);
  jx_import_grid_merge (grid, 1, 0, 1, 10);
  for (c = 0; c < 11; c++)
    if (c != 4 && c != 5)
      jx_import_grid_merge (grid, 2, c, 3, c);
  jx_import_grid_merge (grid, 2, 4, 2, 5);
  jx_import_grid_merge (grid, 4, 0, 7, 0);   /* 产出指标 */
  jx_import_grid_merge (grid, 4, 1, 5, 1);   /* 数量指标 */
  jx_import_grid_merge (grid, 11, 0, 11, 10);
  return grid;
}

