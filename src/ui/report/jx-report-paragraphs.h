/* SPDX-License-Identifier: GPL-3.0-or-later */
/* jx-report-paragraphs.h: the generated paragraphs of the report, beside its pages.
 *
 * Where the department wrote no analysis for a dimension or an indicator, the report prints
 * sentences of its own (jx-report-narrative.c decides; this list only asks it). Each such
 * place is a row: the indicator, its analysis as a text area (empty), and the generated text
 * marked as a suggestion with an Accept (采用) button that copies it into the document as the
 * department's own — one undo step —, after which the report prints it as the clerk's. Typing
 * in the area replaces it the same way. The rows are those generated when the list was last
 * made (when it is shown, when the indicators change), so a row stays while the clerk types. */
#pragma once

#include <adwaita.h>

#include "jx-evaluation.h"

G_BEGIN_DECLS

#define JX_TYPE_REPORT_PARAGRAPHS (jx_report_paragraphs_get_type ())
G_DECLARE_FINAL_TYPE (JxReportParagraphs, jx_report_paragraphs, JX, REPORT_PARAGRAPHS, AdwBin)

GtkWidget *jx_report_paragraphs_new            (void);
void       jx_report_paragraphs_set_evaluation (JxReportParagraphs *self,
                                                JxEvaluation       *evaluation);
/* The rows' count, and how many of them still print generated text. */
guint      jx_report_paragraphs_get_n_rows     (JxReportParagraphs *self);
guint      jx_report_paragraphs_get_n_generated (JxReportParagraphs *self);
/* Row `index`'s analysis path ("indicators[0].analysis"), and its suggestion (NULL when the
 * clerk's text stands). */
const char *jx_report_paragraphs_get_path      (JxReportParagraphs *self,
                                                guint               index);
const char *jx_report_paragraphs_get_suggestion (JxReportParagraphs *self,
                                                guint               index);
/* What the row's Accept button does. */
gboolean   jx_report_paragraphs_accept         (JxReportParagraphs *self,
                                                guint               index);

G_END_DECLS
