/* SPDX-License-Identifier: GPL-3.0-or-later */
/* jx-indicator-cell.h: one cell of the indicator table, edited in place like a spreadsheet.
 *
 * It shows a text (and an icon); Enter, F2 or a double click edits it, and typing replaces
 * it (through the input method, so Chinese can be typed straight in). While editing, every
 * keystroke is validated and a refused text turns the editor red with a hint below it;
 * Enter or Tab commits and moves to the next cell, Escape cancels. Arrows, Tab, Home/End,
 * Page Up/Down and Ctrl+Home/End move between cells. The cell knows nothing of indicators:
 * its owner does the work through a delegate. */
#pragma once

#include <gtk/gtk.h>

#include "jx-indicator-columns.h"

G_BEGIN_DECLS

typedef enum {
  JX_CELL_MOVE_CELL,        /* dx, dy: a neighbour */
  JX_CELL_MOVE_TAB,         /* dx = ±1: the next or previous editable cell, row after row */
  JX_CELL_MOVE_PAGE,        /* dy = ±1: a page up or down */
  JX_CELL_MOVE_ROW_EDGE,    /* dx = ±1: the first or last cell of the row */
  JX_CELL_MOVE_TABLE_EDGE,  /* dy = ±1: the first or last row */
} JxCellMove;

#define JX_TYPE_INDICATOR_CELL (jx_indicator_cell_get_type ())
G_DECLARE_FINAL_TYPE (JxIndicatorCell, jx_indicator_cell, JX, INDICATOR_CELL, GtkWidget)

typedef struct {
  /* Whether `text` is accepted; *hint (newly allocated) what to show under the editor. */
  gboolean (*validate) (JxIndicatorCell *cell, const char *text, char **hint, gpointer data);
  /* Writes `text`; FALSE when refused (the cell keeps editing). */
  gboolean (*commit)   (JxIndicatorCell *cell, const char *text, gpointer data);
  /* Go elsewhere; `extend` when Shift was held (selection of rows). */
  void     (*navigate) (JxIndicatorCell *cell, JxCellMove move, int dx, int dy, gboolean extend, gpointer data);
  /* Enter or a click on a cell that is activatable rather than editable. */
  void     (*activate) (JxIndicatorCell *cell, gpointer data);
  /* Delete on a cell that is not being edited. */
  void     (*clear)    (JxIndicatorCell *cell, gpointer data);
  /* The cell got the keyboard focus. */
  void     (*focused)  (JxIndicatorCell *cell, gpointer data);
} JxIndicatorCellDelegate;

GtkWidget      *jx_indicator_cell_new           (JxColumn                       column,
                                                 const JxIndicatorCellDelegate *delegate,
                                                 gpointer                       data);
JxColumn        jx_indicator_cell_get_column    (JxIndicatorCell *self);

/* The row shown and the list item the cell sits in (NULL when unbound). */
void            jx_indicator_cell_bind          (JxIndicatorCell *self,
                                                 GtkListItem     *item,
                                                 JxIndicatorRow  *row);
JxIndicatorRow *jx_indicator_cell_get_row       (JxIndicatorCell *self);
GtkListItem    *jx_indicator_cell_get_list_item (JxIndicatorCell *self);

/* Shows `content` (the cell copies what it needs). */
void            jx_indicator_cell_set_content   (JxIndicatorCell     *self,
                                                 const JxCellContent *content);
const char     *jx_indicator_cell_get_text      (JxIndicatorCell *self);
const char     *jx_indicator_cell_get_tooltip   (JxIndicatorCell *self);
gboolean        jx_indicator_cell_get_editable  (JxIndicatorCell *self);

/* Starts editing with `text` (NULL: the cell's edit text, all selected). FALSE when the
 * cell cannot be edited. */
gboolean        jx_indicator_cell_start_editing (JxIndicatorCell *self,
                                                 const char      *text);
/* Commits (when `commit` and valid) or cancels. Returns FALSE when a commit was refused. */
gboolean        jx_indicator_cell_stop_editing  (JxIndicatorCell *self,
                                                 gboolean         commit);
gboolean        jx_indicator_cell_is_editing    (JxIndicatorCell *self);
/* The editor (a GtkText) while editing, else NULL. */
GtkWidget      *jx_indicator_cell_get_editor    (JxIndicatorCell *self);
/* The hint shown under the editor, or NULL. */
const char     *jx_indicator_cell_get_hint      (JxIndicatorCell *self);

G_END_DECLS
