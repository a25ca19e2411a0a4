/* SPDX-License-Identifier: GPL-3.0-or-later */
/* jx-import-dialog.h: the mapping step of an indicator-table import. Shows what each column
 * is guessed to hold (a drop-down per column to correct it), the sheet chooser when the file
 * has several, and a preview of the indicator tree with the targets read into numbers, units
 * and directions. Nothing changes before Import; the import is one undo step. */
#pragma once

#include <adwaita.h>

#include "jx-document.h"
#include "jx-import-apply.h"
#include "jx-import-columns.h"

G_BEGIN_DECLS

#define JX_TYPE_IMPORT_DIALOG (jx_import_dialog_get_type ())
G_DECLARE_FINAL_TYPE (JxImportDialog, jx_import_dialog, JX, IMPORT_DIALOG, AdwWindow)

/* `grids`: the file's sheets (JxImportGrid*, at least one); `file_name` for the title.
 * ::imported (guint added, guint replaced) is emitted after a successful import. */
JxImportDialog *jx_import_dialog_new        (GtkWindow      *parent,
                                             JxDocument     *document,
                                             GPtrArray      *grids,
                                             const char     *file_name);

/* For tests and the screenshot: the sheet shown, a column's role (set through its
 * drop-down, as the clerk would), the summary line, the preview's rows, Import. */
void            jx_import_dialog_set_sheet  (JxImportDialog *self,
                                             guint           index);
void            jx_import_dialog_set_role   (JxImportDialog *self,
                                             guint           col,
                                             JxImportRole    role);
JxImportRole    jx_import_dialog_get_role   (JxImportDialog *self,
                                             guint           col);
const char     *jx_import_dialog_get_summary (JxImportDialog *self);
guint           jx_import_dialog_get_n_preview_rows (JxImportDialog *self);
gboolean        jx_import_dialog_import     (JxImportDialog *self);

G_END_DECLS
