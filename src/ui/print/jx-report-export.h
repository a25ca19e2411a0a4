/* SPDX-License-Identifier: GPL-3.0-or-later */
/* jx-report-export.h: the report exported from the window — win.export-pdf (the PDF, as the
 * paginator prints it) and win.export-docx (the Word document, in the fonts the Preferences
 * name). A save dialog named for the report, in the document's folder; the file is written on a
 * worker thread from a snapshot of the document taken when the clerk confirms the name, to a
 * temporary file renamed over the target (the target is the whole report or untouched); then
 * a toast with an Open button, or a dialog that says why not. */
#pragma once

#include "jx-window.h"

G_BEGIN_DECLS

typedef enum {
  JX_EXPORT_PDF,
  JX_EXPORT_DOCX,
} JxExportFormat;

/* Adds win.export-pdf and win.export-docx to `window`. */
void     jx_report_export_install (JxWindow            *window);

/* Writes the window's document as it is now to `file` (its suffix added when missing) as the
 * dialog's answer does: toast or error dialog when done, then `callback` (may be NULL). */
void     jx_report_export_start   (JxWindow            *window,
                                   JxExportFormat       format,
                                   GFile               *file,
                                   GAsyncReadyCallback  callback,
                                   gpointer             user_data);
/* The file written, or NULL with the error (also shown in a dialog). */
GFile   *jx_report_export_finish  (JxWindow            *window,
                                   GAsyncResult        *result,
                                   GError             **error);

G_END_DECLS
