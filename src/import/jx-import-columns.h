/* SPDX-License-Identifier: GPL-3.0-or-later */
/* jx-import-columns.h: what each column of an indicator table holds, guessed from its
 * header row(s) — a title row above them, two-row headers, merged header cells — and
 * corrected by the clerk before anything is imported. */
#pragma once

#include "jx-import-grid.h"

G_BEGIN_DECLS

typedef enum {
  JX_IMPORT_ROLE_NONE,        /* not imported (完成率, 计算得分, anything unknown) */
  JX_IMPORT_ROLE_LEVEL1,      /* 一级指标 */
  JX_IMPORT_ROLE_LEVEL2,      /* 二级指标 */
  JX_IMPORT_ROLE_NAME,        /* 三级指标 */
  JX_IMPORT_ROLE_NUMBER,      /* 序号 */
  JX_IMPORT_ROLE_DIRECTION,   /* 指标性质: ≥ ≤ = 定性 */
  JX_IMPORT_ROLE_TARGET,      /* 指标值 / 年度指标值 / 目标值 */
  JX_IMPORT_ROLE_UNIT,        /* 度量单位 / 计量单位 */
  JX_IMPORT_ROLE_ACTUAL,      /* 实际值 / 实际完成值 / 全年完成值 */
  JX_IMPORT_ROLE_WEIGHT,      /* 分值 / 权重 */
  JX_IMPORT_ROLE_SCORE,       /* 得分 */
  JX_IMPORT_ROLE_RULE,        /* 评分规则 / 评分标准 */
  JX_IMPORT_ROLE_REASON,      /* 偏差原因 / 未完成原因 */
  JX_IMPORT_ROLE_REMARK,      /* 备注 */
  JX_IMPORT_N_ROLES
} JxImportRole;

/* Stable ids ("level1", "target" …) for the command line and tests; NULL-terminated. */
extern const char * const jx_import_role_ids[];
/* The role's name for the clerk, translated ("Level-1 indicator" / 一级指标). */
const char   *jx_import_role_title   (JxImportRole role);
/* The role of an id, or -1. */
int           jx_import_role_from_id (const char *id);

/* The role a header text names, or NONE: "一级指标", "年度指标值", "实际完成值", "分值（分）",
 * "Target", "Weight" … */
JxImportRole  jx_import_role_guess   (const char *header);

typedef struct {
  guint         header_row;     /* first header row */
  guint         n_header_rows;  /* 0 when no header was found: every row is data */
  guint         n_cols;
  JxImportRole *roles;          /* per column */
} JxImportMapping;

/* The mapping the header rows of `grid` suggest: the header is the row among the first
 * ones that names the most roles (a title row above it is skipped), with the row below or
 * above it when that is a second header row; a role is given to one column only. Never
 * NULL; without a header every column is NONE. */
JxImportMapping *jx_import_mapping_guess (const JxImportGrid *grid);
JxImportMapping *jx_import_mapping_copy  (const JxImportMapping *mapping);
void             jx_import_mapping_free  (JxImportMapping *mapping);
/* The first row of data. */
guint            jx_import_mapping_first_row (const JxImportMapping *mapping);
/* The column of `role`, or -1. */
int              jx_import_mapping_column    (const JxImportMapping *mapping,
                                              JxImportRole           role);
/* Gives `role` to `col`; the column that had it before loses it (NONE). */
void             jx_import_mapping_set_role  (JxImportMapping *mapping,
                                              guint            col,
                                              JxImportRole     role);
/* The header of `col` as shown to the clerk ("指标值 / 年度指标值"), or "". */
char            *jx_import_mapping_header    (const JxImportMapping *mapping,
                                              const JxImportGrid    *grid,
                                              guint                  col);

/* The index of the first of `grids` (JxImportGrid*) whose header names the level-3
 * indicators, or -1. */
int              jx_import_pick_sheet        (GPtrArray *grids);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (JxImportMapping, jx_import_mapping_free)

G_END_DECLS
