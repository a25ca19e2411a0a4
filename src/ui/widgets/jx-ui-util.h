/* SPDX-License-Identifier: GPL-3.0-or-later */
/* jx-ui-util.h: small helpers shared by the pages and the field widgets. */
#pragma once

#include <gtk/gtk.h>

#include "jx-checks.h"

G_BEGIN_DECLS

/* The four pages of the window, in order. */
typedef enum {
  JX_PAGE_OVERVIEW,     /* 部门概况 */
  JX_PAGE_BUDGET,       /* 预算结构 */
  JX_PAGE_INDICATORS,   /* 指标表 */
  JX_PAGE_CONCLUSION,   /* 自评结论 */
  JX_N_PAGES
} JxPage;

/* The page that shows the value at a JSON path. */
JxPage      jx_page_for_path  (const char *path);
/* The page's name in the view stack ("overview", "budget", "indicators", "conclusion"). */
const char *jx_page_get_name  (JxPage      page);
/* The page's translated title (部门概况 …). */
const char *jx_page_get_title (JxPage      page);

/* Whether a change announced by JxDocument::changed at `changed` ("" for many) may have
 * changed the value at `path` (the same path, or a list or record that contains it). */
gboolean  jx_ui_path_affects           (const char *changed,
                                        const char *path);
/* The messages of `findings` (of JxFinding*), one a line, and their highest severity;
 * NULL when there is none. */
char     *jx_findings_to_text          (GPtrArray  *findings,
                                        JxSeverity *severity);
/* Marks any widget with findings: the error or warning style and a tooltip; NULL clears. */
void      jx_widget_set_findings       (GtkWidget  *widget,
                                        GPtrArray  *findings);
/* Brings `widget` into view in its scrolled window (once laid out), focuses it and
 * highlights it (and its row) for a moment. */
void      jx_widget_reveal             (GtkWidget  *widget);
void      jx_widget_flash              (GtkWidget  *widget);
/* Sets the name screen readers announce. */
/* A label without its mnemonic, for accessible names: "人员经费(_P)" → "人员经费",
 * "_Personnel" → "Personnel". */
char     *jx_ui_strip_mnemonic         (const char *label);
/* The name screen readers say, all of it (no label pointing at the widget adds to it). */
#define JX_A11Y_NAMED_KEY "jx-a11y-named"
void      jx_widget_set_accessible_label (GtkWidget  *widget,
                                          const char *label);
/* gtk_label_set_mnemonic_widget (), but a widget named with jx_widget_set_accessible_label ()
 * keeps its name alone. */
void      jx_label_set_mnemonic_widget   (GtkLabel   *label,
                                          GtkWidget  *widget);
/* An AdwMessageDialog, transient for `parent` (so centred on it) and at least
 * JX_MESSAGE_DIALOG_WIDTH wide. */
#define JX_MESSAGE_DIALOG_WIDTH 440
GtkWidget *jx_message_dialog_new       (GtkWindow  *parent,
                                        const char *heading,
                                        const char *body);
/* A label in the "dim-label" style, for units and column headings. */
GtkWidget *jx_dim_label_new            (const char *text);

G_END_DECLS
