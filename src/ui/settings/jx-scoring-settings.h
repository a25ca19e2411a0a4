/* SPDX-License-Identifier: GPL-3.0-or-later */
/* jx-scoring-settings.h: the scoring settings of the document — rounding (四舍五入 or
 * truncation), decimals, and the grade bands (优秀 ≥ 90 …). Every change is an undoable edit
 * of the document. */
#pragma once

#include <adwaita.h>

#include "jx-document.h"

G_BEGIN_DECLS

#define JX_TYPE_SCORING_SETTINGS (jx_scoring_settings_get_type ())
G_DECLARE_FINAL_TYPE (JxScoringSettings, jx_scoring_settings, JX, SCORING_SETTINGS, AdwPreferencesWindow)

JxScoringSettings *jx_scoring_settings_new (GtkWindow  *parent,
                                            JxDocument *document);

G_END_DECLS
