/* SPDX-License-Identifier: GPL-3.0-or-later */
/* jx-path-words.h: where a value is, in the words of the pages a clerk fills in, from its JSON
 * path (findings name the path; --check prints it, the window shows these words). */
#pragma once

#include "jx-types.h"

G_BEGIN_DECLS

/* "indicators[2].children[0].children[0].parts[0].actual" → "产出 › 新闻信息部 › 全年采摄新闻 ›
 * 实际值"; "budget.projects.initial" → "项目支出 › 年初预算"; "department.staffing.actual.total" →
 * "人员情况 › 在职实有人数 › 填报合计". Lists without names count from 1 ("部门职能 › 第 3 项").
 * Never returns NULL; a path it cannot read comes back as it is. */
char *jx_path_describe (const JxDocData *doc,
                        const char      *path);

G_END_DECLS
