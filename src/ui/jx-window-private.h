/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "jx-autosave.h"
#include "jx-budget-page.h"
#include "jx-conclusion-page.h"
#include "jx-indicator-page.h"
#include "jx-overview-page.h"
#include "jx-report-view.h"
#include "jx-window.h"

G_BEGIN_DECLS

struct _JxWindow
{
  AdwApplicationWindow  parent_instance;

  JxDocument           *document;
  JxEvaluation         *evaluation;
  JxAutosave           *autosave;
  GSettings            *settings;     /* NULL when the schema is not installed */
  GtkRecentManager     *recent;
  gulong                notify_ids[3];
  gulong                recent_changed_id;
  gboolean              close_confirmed;
  GPtrArray            *charts;       /* the chart widgets put in the pages (not owned) */
  struct _JxWindowFiles *files;       /* the file on disk: lock, monitor, banners (jx-window-files.c) */
  guint                 saving;       /* saves being written on a thread */

  /* template */
  AdwHeaderBar         *header_bar;
  AdwViewSwitcherTitle *switcher_title;
  GtkLabel             *title_label;
  GtkBox               *banners;
  AdwToastOverlay      *toast_overlay;
  AdwViewStack         *stack;
  JxOverviewPage       *overview_page;
  AdwBin               *budget_slot;      /* where the pages below go when first shown */
  AdwBin               *indicator_slot;
  AdwBin               *conclusion_slot;
  AdwBin               *report_slot;
  GMenu                *recent_section;
  GMenu                *template_section;       /* New from Template: one item per rule pack */
  GMenu                *open_template_section;

  GdkFrameClock        *first_frame_clock;  /* until the first frame: then the pages are made */
  gulong                first_frame_id;
  guint                 make_pages_id;      /* the idle that makes them, one at a time */

  /* NULL until first shown or asked for (_jx_window_get_page, jx-window-pages.c) */
  JxBudgetPage         *budget_page;
  JxIndicatorPage      *indicator_page;
  JxConclusionPage     *conclusion_page;
  JxReportView         *report_view;
};

/* jx-window.c: an empty document for the year before this one. */
JxDocument *_jx_window_blank_document (void);

/* Closes the window (soon) without asking again. */
void _jx_window_close_confirmed (JxWindow *self);

/* jx-window-pages.c: the overview page is made with the window, the others the first time
 * they are shown or asked for, or when the window is idle after its first frame, one at a
 * time (start-up then builds, styles and lays out one page, not four).
 * _jx_window_get_page makes the page when it is not made yet. */
void       _jx_window_init_pages            (JxWindow *self);
void       _jx_window_dispose_pages         (JxWindow *self);
GtkWidget *_jx_window_get_page              (JxWindow *self,
                                             JxPage    page);
/* The 报告 page, made likewise. */
JxReportView *_jx_window_get_report_view    (JxWindow *self);
/* Gives the window's evaluation to the pages made so far (NULL: takes it away). */
void       _jx_window_pages_set_evaluation  (JxWindow     *self,
                                             JxEvaluation *evaluation);

/* jx-window-charts.c: puts the charts of a page in it, with the window's evaluation; gives
 * the charts made so far the evaluation. */
void _jx_window_add_charts         (JxWindow *self,
                                    JxPage    page);
void _jx_window_update_charts      (JxWindow *self);

/* jx-window-files.c: the document's file on disk — a lock file while it is open, a monitor
 * and a look before each save for changes by others, banners that say so and offer what to
 * do, the read-only state of a document open elsewhere. */
void     _jx_window_files_init          (JxWindow *self);
void     _jx_window_files_dispose       (JxWindow *self);
/* The window shows another document (or the same one under another file). */
void     _jx_window_files_document_set  (JxWindow *self);
/* After a save, and after a failed one: TRUE when the failure was handled here (the file
 * changed on disk: the clerk is asked). */
void     _jx_window_files_saved         (JxWindow *self);
gboolean _jx_window_files_save_failed   (JxWindow     *self,
                                         const GError *error,
                                         gboolean      close_after);
/* jx-window.c: saves the document as jx_window_save_full() does, written on a thread while
 * the window goes on drawing (and the document may be edited: those edits stay unsaved). */
void     _jx_window_save_async          (JxWindow             *self,
                                         GFile                *file,
                                         JxDocumentSaveFlags   flags,
                                         GAsyncReadyCallback   callback,
                                         gpointer              user_data);
gboolean _jx_window_save_finish         (JxWindow             *self,
                                         GAsyncResult         *result,
                                         GError              **error);

/* Opened read-only (open elsewhere): saving asks for another name. */
gboolean _jx_window_files_is_read_only  (JxWindow *self);

/* jx-window-actions.c */
void _jx_window_init_actions       (JxWindow *self);
void _jx_window_update_actions     (JxWindow *self);
void _jx_window_update_recent      (JxWindow *self);
/* Asks where to save; then saves and, when `close_after`, closes the window. */
void _jx_window_save_as            (JxWindow *self,
                                    gboolean  close_after);
/* Saves to the document's file, or asks where when it has none. */
void _jx_window_save               (JxWindow *self,
                                    gboolean  close_after);
void _jx_window_show_load_error    (JxWindow     *self,
                                    GFile        *file,
                                    const GError *error);
void _jx_window_show_error         (JxWindow   *self,
                                    const char *heading,
                                    const char *body);
void _jx_window_add_recent          (JxWindow *self,
                                    GFile    *file);
/* Opens `file` here when this window's document may be replaced, else in a new window. */
void _jx_window_open_file          (JxWindow *self,
                                    GFile    *file);

G_END_DECLS
