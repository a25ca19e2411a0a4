/* SPDX-License-Identifier: GPL-3.0-or-later */
/* jx-report-style.c: the report's type styles, as every writer reads them (sizes in
 * points, a typeface by role). The paginator maps a face to the installed Noto CJK fonts,
 * the .docx writer to the official or the plain font preset. */
#define G_LOG_DOMAIN "jx-report"

#include "config.h"

#include "jx-report-private.h"

/* Body 12 pt (小四) for a report full of tables; headings as official documents set them:
 * 一、 in 黑体, （一） in 楷体, the levels below in bold 仿宋; tables 10 pt. */
static const JxReportStyleInfo styles[JX_REPORT_N_STYLES] = {
  /*                             face                  size  bold   align          ind  line  before after keep  outline */
  [JX_REPORT_STYLE_TITLE]     = { JX_REPORT_FACE_SONG,     22,   TRUE,  JX_CELL_CENTER, 0, 1.25, 0,  10, FALSE, 0 },
  [JX_REPORT_STYLE_COVER]     = { JX_REPORT_FACE_SONG,     15,   FALSE, JX_CELL_CENTER, 0, 0,    0,  16, FALSE, 0 },
  [JX_REPORT_STYLE_H1]        = { JX_REPORT_FACE_HEI,      14,   TRUE,  JX_CELL_LEFT,   0, 0,    16, 6,  TRUE,  1 },
  [JX_REPORT_STYLE_H2]        = { JX_REPORT_FACE_KAI,      12.5, TRUE,  JX_CELL_LEFT,   0, 0,    10, 4,  TRUE,  2 },
  [JX_REPORT_STYLE_H3]        = { JX_REPORT_FACE_FANGSONG, 12,   TRUE,  JX_CELL_LEFT,   1, 0,    8,  3,  TRUE,  3 },
  [JX_REPORT_STYLE_H4]        = { JX_REPORT_FACE_FANGSONG, 12,   TRUE,  JX_CELL_LEFT,   2, 0,    6,  2,  TRUE,  4 },
  [JX_REPORT_STYLE_BODY]      = { JX_REPORT_FACE_FANGSONG, 12,   FALSE, JX_CELL_LEFT,   2, 1.1,  0,  4,  FALSE, 0 },
  [JX_REPORT_STYLE_SIGNATURE] = { JX_REPORT_FACE_FANGSONG, 12,   FALSE, JX_CELL_RIGHT,  0, 1.1,  28, 0,  FALSE, 0 },
  [JX_REPORT_STYLE_CAPTION]   = { JX_REPORT_FACE_HEI,      10.5, TRUE,  JX_CELL_CENTER, 0, 0,    10, 0,  TRUE,  0 },
  [JX_REPORT_STYLE_CONTINUED] = { JX_REPORT_FACE_FANGSONG, 9,    FALSE, JX_CELL_RIGHT,  0, 0,    0,  2,  FALSE, 0 },
  [JX_REPORT_STYLE_CELL]      = { JX_REPORT_FACE_FANGSONG, 10,   FALSE, JX_CELL_LEFT,   0, 0,    0,  0,  FALSE, 0 },
  [JX_REPORT_STYLE_CELL_HEAD] = { JX_REPORT_FACE_HEI,      10,   TRUE,  JX_CELL_CENTER, 0, 0,    0,  0,  FALSE, 0 },
  [JX_REPORT_STYLE_FOOTER]    = { JX_REPORT_FACE_SONG,     10.5, FALSE, JX_CELL_CENTER, 0, 0,    0,  0,  FALSE, 0 },
};

const JxReportStyleInfo *
jx_report_style_info (JxReportStyle style)
{
  g_return_val_if_fail (style < JX_REPORT_N_STYLES, &styles[JX_REPORT_STYLE_BODY]);
  return &styles[style];
}

const JxReportStyleInfo *
_jx_report_style (JxReportStyle style)
{
  g_assert (style < JX_REPORT_N_STYLES);
  return &styles[style];
}
