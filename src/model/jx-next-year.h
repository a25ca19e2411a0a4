/* SPDX-License-Identifier: GPL-3.0-or-later */
/* jx-next-year.h: next year's document from this one (File → New Year from This Document,
 * `jixiao --next-year`). */
#pragma once

#include "jx-types.h"

G_BEGIN_DECLS

/* A new document for the year after `data`'s:
 *
 * - kept: the department's name, preparer, basis and functions, the authorised posts
 *   (编制), the indicator tree with its numbers, weights, targets (the adjusted ones,
 *   调整后指标值), units, directions, metrics, core marks and rules, the scoring settings
 *   (grade bands, rounding, rule pack, caps), the revenue, functional and economic lines'
 *   names and sub-items, the 三公经费 items, the slide deck;
 * - carried: this year's actual figures become last year's — revenue and expenditure
 *   totals, basic and project expenditure, public funds, procurement, each 三公经费 item's
 *   budget and actual spending — and this year's closing balances (年末结转结余) next year's
 *   carry-in (年初结转结余);
 * - empty: every amount of the new year, the headcount and retirees, asset figures, actual
 *   values and printed actuals, scores, qualitative grades, analyses, notes and
 *   conclusions, restatements, the report date, and the transcriber's notes
 *   ("transcription");
 * - the year is one more.
 *
 * Returns NULL with an error when there is no next year to make (no year stated, or the
 * year is the last one the format holds). */
JxDocData *jx_doc_data_next_year (const JxDocData  *data,
                                  GError          **error);

G_END_DECLS
