/* SPDX-License-Identifier: GPL-3.0-or-later */
/* jx-indicator-attributes.h: the columns of the indicator attributes that provincial forms
 * print beside the target — 指标性质 (the direction of each part), 度量单位 (its unit),
 * 是否核心指标, 年初指标值 (the target before it was adjusted) and 得分系数 (score / weight,
 * computed): what their cells show, how what is typed into them is read, and the writes.
 *
 * Several parts are shown and typed separated by "；" (or ";", "，", "、"), one per part of the
 * target, as the actual values are. The printed target (target_text) follows a change of unit
 * or direction where it printed the old one. */
#pragma once

#include "jx-document.h"
#include "jx-indicator-columns.h"

G_BEGIN_DECLS

/* "≥", "≤", ">", "<", "=". */
const char *jx_direction_sign          (int direction);
/* Reads a typed direction: ≥ ≤ > < = (half- or full-width, >=, <=), 大于等于, 不低于, 不超过 …,
 * 正向 (≥), 反向 (≤), ge/gt/le/lt/eq. -1 when it is none of them. */
int         jx_direction_from_text     (const char *text);
/* Reads 是/否 as typed: 是, 否, √, ×, yes, no, y, n, 1, 0, true, false; "" is no.
 * FALSE when it is none of them. */
gboolean    jx_core_from_text          (const char *text,
                                        gboolean   *core);

gboolean    jx_column_is_attribute     (JxColumn column);
gboolean    jx_attribute_is_editable   (JxColumn           column,
                                        int                level,
                                        const JxIndicator *ind);
void        jx_attribute_fill          (JxCellContent           *c,
                                        JxColumn                 column,
                                        int                      level,
                                        const JxIndicator       *ind,
                                        const JxIndicatorResult *r);
gboolean    jx_attribute_validate      (JxColumn           column,
                                        const JxIndicator *ind,
                                        const char        *text,
                                        char             **hint);
/* Writes the attribute (validated before) of the indicator at `path`. */
gboolean    jx_attribute_commit        (JxDocument        *doc,
                                        const char        *path,
                                        JxColumn           column,
                                        const JxIndicator *ind,
                                        const char        *text,
                                        GError           **error);
const char *jx_attribute_step_label    (JxColumn column);

G_END_DECLS
