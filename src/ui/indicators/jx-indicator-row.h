/* SPDX-License-Identifier: GPL-3.0-or-later */
/* jx-indicator-row.h: one row of the indicator table — a handle on one indicator node of the
 * document, by its JSON path.
 *
 * A row keeps no figure of its own: the cells read the document and the evaluation through
 * the row's path each time they draw. The rows of one list (the dimensions, or the children
 * of a node) live in a GListStore that jx_indicator_rows_sync() keeps equal to the document's
 * list after every change, reusing the row of every indicator that is still there, so the
 * tree keeps its expansion state and its widgets; only rows that really appear or disappear
 * are spliced. The record pointer is the identity: a record keeps its address while it
 * stays in its list (values change in place, moves only reorder the list). */
#pragma once

#include <gtk/gtk.h>

#include "jx-types.h"

G_BEGIN_DECLS

#define JX_TYPE_INDICATOR_ROW (jx_indicator_row_get_type ())
G_DECLARE_FINAL_TYPE (JxIndicatorRow, jx_indicator_row, JX, INDICATOR_ROW, GObject)

/* NULL once the row's indicator has left the document. */
const JxIndicator *jx_indicator_row_get_indicator (JxIndicatorRow *self);
/* "indicators[2].children[0].children[3]" */
const char        *jx_indicator_row_get_path      (JxIndicatorRow *self);
/* 1, 2 or 3. */
int                jx_indicator_row_get_level     (JxIndicatorRow *self);
/* Position in its list. */
guint              jx_indicator_row_get_index     (JxIndicatorRow *self);
JxIndicatorRow    *jx_indicator_row_get_parent    (JxIndicatorRow *self);
/* The rows of its children (levels 1, 2), made on first use; NULL for level 3. */
GListStore        *jx_indicator_row_get_children  (JxIndicatorRow *self);
/* Whether `self` is `ancestor` or below it. */
gboolean           jx_indicator_row_is_within     (JxIndicatorRow *self,
                                                   JxIndicatorRow *ancestor);

/* The widget a column of this row is shown in now, or NULL (the view sets it on bind). */
GtkWidget         *jx_indicator_row_get_cell      (JxIndicatorRow *self,
                                                   guint           column);
void               jx_indicator_row_set_cell      (JxIndicatorRow *self,
                                                   guint           column,
                                                   GtkWidget      *cell);

/* For filters: whether the row is shown while a filter is on. */
gboolean           jx_indicator_row_get_shown     (JxIndicatorRow *self);
void               jx_indicator_row_set_shown     (JxIndicatorRow *self,
                                                   gboolean        shown);

/* The GtkTreeListRow of `row` in `tree` (whose root model holds the dimensions), or NULL
 * when an ancestor is collapsed. */
GtkTreeListRow    *jx_indicator_row_get_tree_row  (JxIndicatorRow   *row,
                                                   GtkTreeListModel *tree);

/* A store of the rows of `list` (of JxIndicator*) under `parent` (NULL: the dimensions). */
GListStore        *jx_indicator_rows_new          (GPtrArray        *list,
                                                   JxIndicatorRow   *parent);
/* Makes `store` (the rows under `parent`) equal to `list` again, as described above, and
 * updates the paths; with `deep`, the lists below too. Rows that leave are marked dead
 * (their indicator becomes NULL). Expansion in `tree` is kept for rows that stay; an open
 * row that leaves is kept in `graveyard` (path → row; may be NULL) and a new row that comes
 * to the same path (its record replaced) opens as it was. The caller empties the graveyard
 * once the change is over. */
void               jx_indicator_rows_sync         (GListStore       *store,
                                                   JxIndicatorRow   *parent,
                                                   GPtrArray        *list,
                                                   GtkTreeListModel *tree,
                                                   gboolean          deep,
                                                   GHashTable       *graveyard);
/* Marks a row of the graveyard dead for good. */
void               jx_indicator_row_bury          (JxIndicatorRow   *row);
/* The row at `path` ("indicators[2].children[0]"; a longer path gives its indicator's row)
 * under the root store, making child stores on the way; NULL when there is none. */
JxIndicatorRow    *jx_indicator_rows_lookup       (GListStore       *root,
                                                   const char       *path);

G_END_DECLS
