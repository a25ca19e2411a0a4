/* SPDX-License-Identifier: GPL-3.0-or-later */
/* jx-window.h: the main window — one document, its evaluation, the four pages. */
#pragma once

#include <adwaita.h>

#include "jx-autosave.h"
#include "jx-evaluation.h"
#include "jx-ui-util.h"

G_BEGIN_DECLS

#define JX_TYPE_WINDOW (jx_window_get_type ())
G_DECLARE_FINAL_TYPE (JxWindow, jx_window, JX, WINDOW, AdwApplicationWindow)

JxWindow     *jx_window_new            (GtkApplication *application);
JxDocument   *jx_window_get_document   (JxWindow       *self);
JxEvaluation *jx_window_get_evaluation (JxWindow       *self);
/* Shows `document` (the window keeps a reference) with a new evaluation. */
void          jx_window_set_document   (JxWindow       *self,
                                        JxDocument     *document);
/* A new, untouched document that opening a file may replace. */
gboolean      jx_window_is_blank       (JxWindow       *self);
/* Loads `file` into this window. A file that cannot be loaded leaves the open document as it
 * is; the error (with its line:column) is shown in a dialog and returned. */
gboolean      jx_window_load_file      (JxWindow       *self,
                                        GFile          *file,
                                        GError        **error);
/* Saves the document to `file` (NULL: its own file), atomically, and records it as recent. */
gboolean      jx_window_save_to        (JxWindow       *self,
                                        GFile          *file,
                                        GError        **error);
/* Whether a save (win.save, Save As) is being written on its thread. */
gboolean      jx_window_is_saving        (JxWindow   *self);
/* The same, over a file that changed on disk when `flags` say so (the clerk was asked). */
gboolean      jx_window_save_full      (JxWindow            *self,
                                        GFile               *file,
                                        JxDocumentSaveFlags  flags,
                                        GError             **error);
/* Whether the window shows `file`: the same name, or the same file under another (a
 * symbolic link, "./x" and "x"). */
gboolean      jx_window_shows_file     (JxWindow       *self,
                                        GFile          *file);
/* Gives up the document's lock file (a clean exit). */
void          jx_window_release_file   (JxWindow       *self);
/* Shows one of the four pages. */
void          jx_window_show_page      (JxWindow       *self,
                                        JxPage          page);
/* Switches to the page that shows `path` and scrolls to, focuses and highlights its field. */
gboolean      jx_window_focus_path     (JxWindow       *self,
                                        const char     *path);
/* Shows a short message at the bottom of the window. */
void          jx_window_toast          (JxWindow       *self,
                                        const char     *message);
/* Shows `toast` (takes it): for toasts with a button. */
void          jx_window_add_toast      (JxWindow       *self,
                                        AdwToast       *toast);
/* Writes the autosave file now if there are unsaved changes (also done every minute and when
 * the window loses the focus). */
void          jx_window_autosave       (JxWindow       *self);
/* The window's autosave (restoring work adopts the crashed session's files into it). */
JxAutosave   *jx_window_get_autosave   (JxWindow       *self);
/* Removes the autosave file (the work was saved or deliberately dropped). */
void          jx_window_discard_autosave (JxWindow     *self);

G_END_DECLS
