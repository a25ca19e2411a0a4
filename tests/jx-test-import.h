/* SPDX-License-Identifier: GPL-3.0-or-later */
/* jx-test-import.h: tables for the import tests, built cell by cell as templates lay them out. */
#pragma once

#include "jx-import-grid.h"

G_BEGIN_DECLS

/* A province's 自评表 of 6 indicators: a title row, the department's line, a two-row header
 * (指标值 over 年度指标值 and 全年完成值, the other header cells merged over both rows),
 * 一级 and 二级 merged over their rows or left blank below, a total and a note. Columns:
 * 一级指标 二级指标 三级指标 指标性质 指标值(年度指标值 全年完成值) 度量单位 分值 得分 完成率 偏差原因. */
JxImportGrid *jx_test_template_grid (void);

G_END_DECLS
