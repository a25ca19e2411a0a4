/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "jx-autosave.h"
#include "jx-budget-page.h"
#include "jx-conclusion-page.h"
#include "jx-indicator-page.h"
#include "jx-overview-page.h"
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

  /* template */
  AdwHeaderBar         *header_bar;
  AdwViewSwitcherTitle *switcher_title;
  GtkLabel             *title_label;
  AdwToastOverlay      *toast_overlay;
  AdwViewStack         *stack;
  JxOverviewPage       *overview_page;
  JxBudgetPage         *budget_page;
  JxIndicatorPage      *indicator_page;
  JxConclusionPage     *conclusion_page;
  GMenu                *recent_section;
};

/* jx-window.c: an empty document for the year before this one. */
JxDocument *_jx_window_blank_document (void);

/* Closes the window (soon) without asking again. */
void _jx_window_close_confirmed (JxWindow *self);

/* jx-window-charts.c: puts the charts in the pages; gives them the evaluation. */
void _jx_window_init_charts        (JxWindow *self);
void _jx_window_update_charts      (JxWindow *self);

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
void _jx_window_show_error         (JxWindow   *self,
                                    const char *heading,
                                    const char *body);
void _jx_window_add_recent          (JxWindow *self,
                                    GFile    *file);
/* Opens `file` here when this window's document may be replaced, else in a new window. */
void _jx_window_open_file          (JxWindow *self,
                                    GFile    *file);

G_END_DECLS
