/* SPDX-License-Identifier: GPL-3.0-or-later */
/* jx-report-print.h: printing the report and single charts (GtkPrintOperation, with page
 * setup and preview).
 *
 * Each function takes a snapshot of `doc` at once: the document may be edited or closed
 * while a dialog is open. The page setup chosen (by jx_report_page_setup() or in the print
 * dialog) and the print settings are kept for the rest of the session. */
#pragma once

#include <gtk/gtk.h>

#include "jx-types.h"

G_BEGIN_DECLS

/* The print dialog for the whole report: A4 by default, pages laid out for the paper
 * chosen, with a Page Setup tab and preview. */
void jx_report_print         (GtkWindow       *parent,
                              const JxDocData *doc);
/* The print dialog for one chart ("revenue", "scores" …), fitted to the page, in the
 * orientation that suits its shape. */
void jx_chart_print          (GtkWindow       *parent,
                              const JxDocData *doc,
                              const char      *chart_id);
/* The page setup dialog; what is chosen is used by the next print. */
void jx_report_page_setup    (GtkWindow       *parent);

/* Activate functions for a JxWindow's GActionEntry table (user data: the window), acting on
 * its document: win.print, win.page-setup, and win.print-chart ("s": the
 * chart id). */
void jx_report_print_activate       (GSimpleAction *action,
                                     GVariant      *param,
                                     gpointer       window);
void jx_report_page_setup_activate  (GSimpleAction *action,
                                     GVariant      *param,
                                     gpointer       window);
void jx_chart_print_activate        (GSimpleAction *action,
                                     GVariant      *param,
                                     gpointer       window);

G_END_DECLS
