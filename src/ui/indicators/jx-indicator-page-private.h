/* SPDX-License-Identifier: GPL-3.0-or-later */
/* jx-indicator-page-private.h: what jx-indicator-page.c and jx-indicator-page-actions.c
 * share, and what the tests reach. */
#pragma once

#include "jx-indicator-cell.h"
#include "jx-indicator-columns.h"
#include "jx-indicator-page.h"
#include "jx-indicator-row.h"

G_BEGIN_DECLS

struct _JxIndicatorPage
{
  AdwBin               parent_instance;

  JxEvaluation        *evaluation;
  JxDocument          *document;
  gulong               changed_id;
  gulong               updated_id;

  /* The models: root store → tree → filter → selection → column view. */
  GListStore          *root;
  GtkTreeListModel    *tree;
  GtkCustomFilter     *filter;
  GtkFilterListModel  *filtered;
  GtkMultiSelection   *selection;

  /* Template children. */
  AdwToastOverlay     *toasts;
  GtkColumnView       *view;
  GtkScrolledWindow   *scroller;
  GtkStack            *table_stack;   /* "table", or "empty" without indicators */
  GtkSearchEntry      *search;
  GtkToggleButton     *findings_toggle;
  GtkMenuButton       *columns_button;
  GtkLabel            *findings_label;
  GtkLabel            *total_label;
  GtkLabel            *summary_label;
  GtkWidget           *rule_popover;
  GtkBox              *charts_box;    /* for jx_indicator_page_add_chart() */

  GtkColumnViewColumn *columns[JX_N_COLUMNS];
  GSettings           *settings;      /* the column widths (jx-indicator-page-layout.c), or NULL */
  int                  hidden_width[JX_N_COLUMNS];  /* the width of a hidden column, to show it again */
  guint                save_widths_id;
  gboolean             restoring_widths;
  GHashTable          *cells;         /* every JxIndicatorCell made (a set) */
  GHashTable          *findings;      /* node path → JxRowFindings* */

  JxIndicatorRow      *cursor_row;    /* the row of the focused cell */
  JxColumn             cursor_column;
  guint                anchor;        /* first row of a Shift selection */
  JxIndicatorRow      *pending_row;   /* focus this cell once it is shown */
  JxColumn             pending_column;
  gboolean             pending_edit;
  guint                pending_tick;
  guint                pending_frames;
  gboolean             pending_layout;
  GObject             *focus_root;    /* weak: the root whose focus is watched while mapped */
  guint                row_focus_idle;
  gboolean             navigating;
  guint                syncing;       /* reconciling rows: draw afterwards */
  GHashTable          *graveyard;     /* path → open row that left, until the change is over */
  guint                graveyard_idle;
  guint                bulk;          /* large change: the list is detached */
  gboolean             bulk_detached;
  gboolean             bound_while_syncing;

  char                *search_text;   /* casefolded, NULL when none */
  gboolean             only_findings;
};

/* Column widths, remembered (jx-indicator-page-layout.c). */
void             _jx_indicator_page_init_layout    (JxIndicatorPage *self);
void             _jx_indicator_page_restore_widths (JxIndicatorPage *self);
void             _jx_indicator_page_dispose_layout (JxIndicatorPage *self);
/* The width of the column as the clerk left it (shown or hidden). */
int              _jx_indicator_page_column_width   (JxIndicatorPage *self,
                                                    JxColumn         column);
void             _jx_indicator_page_set_column_width (JxIndicatorPage *self,
                                                      JxColumn         column,
                                                      int              width);

/* Columns shown (jx-indicator-page-columns.c). */
void             _jx_indicator_page_init_columns    (JxIndicatorPage *self);
void             _jx_indicator_page_restore_visible (JxIndicatorPage *self);
void             _jx_indicator_page_dispose_columns (JxIndicatorPage *self);
/* The columns shown, in their order on screen; returns how many. */
guint            _jx_indicator_page_visible_columns (JxIndicatorPage *self,
                                                     JxColumn         out[JX_N_COLUMNS]);
/* Where `column` is among those shown, or -1 when hidden. */
int              _jx_indicator_page_visible_index   (JxIndicatorPage *self,
                                                     JxColumn         column);
gboolean         _jx_indicator_page_column_visible  (JxIndicatorPage *self,
                                                     JxColumn         column);

/* Cells. */
JxIndicatorCell *_jx_indicator_page_get_cell     (JxIndicatorPage *self,
                                                  JxIndicatorRow  *row,
                                                  JxColumn         column);
/* Shows and focuses the cell at view position `position` (editing it when `edit`). */
void             _jx_indicator_page_focus_cell   (JxIndicatorPage *self,
                                                  guint            position,
                                                  JxColumn         column,
                                                  gboolean         edit);
/* The row at view position `position` (a new reference), or NULL. */
JxIndicatorRow  *_jx_indicator_page_row_at       (JxIndicatorPage *self,
                                                  guint            position);
/* The view position of `row` after expanding its ancestors; G_MAXUINT when hidden. */
guint            _jx_indicator_page_position_of  (JxIndicatorPage *self,
                                                  JxIndicatorRow  *row);
/* The row the actions act on: the focused cell's, else the first selected. */
JxIndicatorRow  *_jx_indicator_page_current_row  (JxIndicatorPage *self);
/* The selected rows in view order (of JxIndicatorRow*, new references). */
GPtrArray       *_jx_indicator_page_selected_rows (JxIndicatorPage *self);
/* Focuses the row at `path` (a JSON path of an indicator) in `column`. */
gboolean         _jx_indicator_page_reveal       (JxIndicatorPage *self,
                                                  const char      *path,
                                                  JxColumn         column,
                                                  gboolean         edit);
void             _jx_indicator_page_toast        (JxIndicatorPage *self,
                                                  const char      *message);
/* Filters: recomputes which rows show (detaching the list while it changes much). */
void             _jx_indicator_page_refilter     (JxIndicatorPage *self);
void             _jx_indicator_page_expand_all   (JxIndicatorPage *self,
                                                  gboolean         expand);

/* Cells and the cursor (jx-indicator-page-view.c). */
void             _jx_indicator_page_add_columns  (JxIndicatorPage *self);
void             _jx_indicator_page_forget_cells (JxIndicatorPage *self);
void             _jx_indicator_page_fill_cell    (JxIndicatorPage *self,
                                                  JxIndicatorCell *cell);
void             _jx_indicator_page_refresh_cells (JxIndicatorPage *self);
/* Only the cells of the rows that a change under the indicator at `changed` (a JSON path)
 * can change: its own and its subtree's, its ancestors', and the dimensions'. */
void             _jx_indicator_page_refresh_cells_near (JxIndicatorPage *self,
                                                        const char      *changed);
void             _jx_indicator_page_select_rows  (JxIndicatorPage *self,
                                                  guint            position,
                                                  gboolean         extend);
/* While mapped: a row that takes the focus passes it on to its cell. */
void             _jx_indicator_page_watch_focus  (JxIndicatorPage *self,
                                                  gboolean         watch);
/* Goes on trying, frame by frame, to focus the pending cell. */
void             _jx_indicator_page_queue_pending (JxIndicatorPage *self);

/* Rows shown (jx-indicator-page-filter.c). */
GListModel      *_jx_indicator_page_create_children (gpointer item,
                                                     gpointer data);
gboolean         _jx_indicator_page_filter_row   (gpointer item,
                                                  gpointer data);
void             _jx_indicator_page_search_changed (GtkSearchEntry  *entry,
                                                    JxIndicatorPage *self);
void             _jx_indicator_page_stop_search  (GtkSearchEntry  *entry,
                                                  JxIndicatorPage *self);

/* Actions (jx-indicator-page-actions.c). */
void             _jx_indicator_page_class_init_actions (GtkWidgetClass *widget_class);
void             _jx_indicator_page_open_rule    (JxIndicatorPage *self);
/* Pastes `text` (tab-separated) as jx-indicator-page-actions.c does the clipboard's:
 * `as_rows` inserts it as new indicators, else it fills cells from the focused one. */
void             _jx_indicator_page_paste_text   (JxIndicatorPage *self,
                                                  const char      *text,
                                                  gboolean         as_rows);

/* For tests. */
GtkWidget       *_jx_indicator_page_get_rule_popover (JxIndicatorPage *self);
GtkColumnView   *_jx_indicator_page_get_view     (JxIndicatorPage *self);
const char      *_jx_indicator_page_get_total_text (JxIndicatorPage *self);

G_END_DECLS
