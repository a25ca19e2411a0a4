/* SPDX-License-Identifier: GPL-3.0-or-later */
/* jx-xlsx-writer.h: the 自评表 workbook (.xlsx), written with libxlsxwriter.
 *
 * Sheets: 自评表 (the indicator table), 预算执行, 得分汇总, 检查结果. Numbers are numbers
 * with number formats; subtotals and totals are live formulas whose cached values are the
 * model's; a computed score is the rule's formula where one can say it, else its value with
 * the arithmetic in a cell comment. Every figure comes from the model's score sheet,
 * metrics and checks. */
#pragma once

#include <gio/gio.h>

#include "jx-types.h"

G_BEGIN_DECLS

/* Writes the workbook of `doc` to `file`, atomically: on failure the file is untouched and
 * `error` (JX_SHEET_ERROR or G_IO_ERROR) says why. */
gboolean jx_xlsx_export (const JxDocData *doc,
                         GFile           *file,
                         GError         **error);

G_END_DECLS
