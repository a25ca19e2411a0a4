/* SPDX-License-Identifier: GPL-3.0-or-later */
/* jx-indicator-page-view.c: the cells of the indicator page — their factories, what
 * they show, editing through them, and the cursor moving among them like a spreadsheet. */
#define G_LOG_DOMAIN "jx-indicator-page"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "jx-indicator-edit.h"
#include "jx-indicator-page-private.h"
#include "jx-rule-popover.h"

/* ---- cells ---- */

void
_jx_indicator_page_fill_cell (JxIndicatorPage *self,
           JxIndicatorCell *cell)
{
  JxIndicatorRow *row = jx_indicator_cell_get_row (cell);
  JxCellContent content;

  if (row == NULL)
    return;
  jx_cell_content_fill (&content, jx_indicator_cell_get_column (cell), row, self->evaluation,
                        g_hash_table_lookup (self->findings, jx_indicator_row_get_path (row)));
  jx_indicator_cell_set_content (cell, &content);
  jx_cell_content_clear (&content);
}

void
_jx_indicator_page_refresh_cells (JxIndicatorPage *self)
{
  GHashTableIter iter;
  gpointer cell;

  g_hash_table_iter_init (&iter, self->cells);
  while (g_hash_table_iter_next (&iter, &cell, NULL))
    _jx_indicator_page_fill_cell (self, cell);
}

/* Whether `a` is `b` or lies under it ("indicators[1].children[2]" under "indicators[1]"). */
static gboolean
path_within (const char *a,
             const char *b)
{
  gsize n = strlen (b);

  return strncmp (a, b, n) == 0 && (a[n] == '\0' || a[n] == '.' || a[n] == '[');
}

void
_jx_indicator_page_refresh_cells_near (JxIndicatorPage *self,
                                       const char      *changed)
{
  GHashTableIter iter;
  gpointer cell;

  g_hash_table_iter_init (&iter, self->cells);
  while (g_hash_table_iter_next (&iter, &cell, NULL))
    {
      JxIndicatorRow *row = jx_indicator_cell_get_row (cell);
      const char *path = row != NULL ? jx_indicator_row_get_path (row) : NULL;

      if (path == NULL)
        continue;
      if (path_within (path, changed) || path_within (changed, path) || strstr (path, ".children") == NULL)
        _jx_indicator_page_fill_cell (self, cell);
    }
}

static gboolean
cell_validate (JxIndicatorCell *cell,
               const char      *text,
               char           **hint,
               gpointer         data)
{
  JxIndicatorPage *self = data;
  JxIndicatorRow *row = jx_indicator_cell_get_row (cell);

  if (row == NULL || self->evaluation == NULL)
    return FALSE;
  return jx_indicator_edit_validate (self->evaluation, row, jx_indicator_cell_get_column (cell), text, hint);
}

static gboolean
cell_commit (JxIndicatorCell *cell,
             const char      *text,
             gpointer         data)
{
  JxIndicatorPage *self = data;
  JxIndicatorRow *row = jx_indicator_cell_get_row (cell);
  g_autoptr(GError) error = NULL;

  if (row == NULL || self->evaluation == NULL)
    return FALSE;
  if (!jx_indicator_edit_commit (self->evaluation, row, jx_indicator_cell_get_column (cell), text, &error))
    {
      _jx_indicator_page_toast (self, error->message);
      return FALSE;
    }
  return TRUE;
}

static void
cell_clear (JxIndicatorCell *cell,
            gpointer         data)
{
  JxIndicatorPage *self = data;
  JxIndicatorRow *row = jx_indicator_cell_get_row (cell);
  JxColumn column = jx_indicator_cell_get_column (cell);
  g_autofree char *hint = NULL;

  if (row == NULL || column == JX_COLUMN_NAME)
    return;
  if (!jx_indicator_edit_validate (self->evaluation, row, column, "", &hint))
    {
      _jx_indicator_page_toast (self, hint != NULL ? hint : _("This cell cannot be emptied"));
      return;
    }
  cell_commit (cell, "", self);
}

static void
cell_activate (JxIndicatorCell *cell,
               gpointer         data)
{
  JxIndicatorPage *self = data;

  if (jx_indicator_cell_get_column (cell) == JX_COLUMN_RULE)
    {
      gtk_widget_grab_focus (GTK_WIDGET (cell));
      _jx_indicator_page_open_rule (self);
    }
}

void
_jx_indicator_page_select_rows (JxIndicatorPage *self,
                                guint            position,
                                gboolean         extend)
{
  GtkSelectionModel *selection = GTK_SELECTION_MODEL (self->selection);

  if (extend)
    {
      guint first = MIN (self->anchor, position);
      guint last = MAX (self->anchor, position);

      gtk_selection_model_select_range (selection, first, last - first + 1, TRUE);
    }
  else
    {
      GtkBitset *selected = gtk_selection_model_get_selection (selection);
      gboolean only = gtk_bitset_get_size (selected) == 1 && gtk_bitset_contains (selected, position);

      gtk_bitset_unref (selected);
      if (!only)
        gtk_selection_model_select_item (selection, position, TRUE);
      self->anchor = position;
    }
}

static void
cell_focused (JxIndicatorCell *cell,
              gpointer         data)
{
  JxIndicatorPage *self = data;
  JxIndicatorRow *row = jx_indicator_cell_get_row (cell);
  GtkListItem *item = jx_indicator_cell_get_list_item (cell);

  if (row == NULL)
    return;
  g_set_object (&self->cursor_row, row);
  self->cursor_column = jx_indicator_cell_get_column (cell);
  if (!self->navigating && item != NULL && gtk_list_item_get_position (item) != GTK_INVALID_LIST_POSITION)
    _jx_indicator_page_select_rows (self, gtk_list_item_get_position (item), FALSE);
}

/* Tab: the next cell that can be edited among the columns shown, row after row. */
static JxColumn
next_editable (JxIndicatorPage *self,
               guint           *position,
               JxColumn         column,
               int              dx)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->selection));
  JxColumn shown[JX_N_COLUMNS];
  int n_shown = (int) _jx_indicator_page_visible_columns (self, shown);
  int col = _jx_indicator_page_visible_index (self, column);
  guint pos = *position;
  guint steps;

  if (n_shown == 0)
    return column;
  if (col < 0)
    col = _jx_indicator_page_visible_index (self, JX_COLUMN_NAME);
  for (steps = 0; steps < (guint) n_shown * 3; steps++)
    {
      g_autoptr(JxIndicatorRow) row = NULL;

      col += dx;
      if (col >= n_shown)
        {
          if (pos + 1 >= n)
            return column;
          pos++;
          col = 0;
        }
      else if (col < 0)
        {
          if (pos == 0)
            return column;
          pos--;
          col = n_shown - 1;
        }
      row = _jx_indicator_page_row_at (self, pos);
      if (row != NULL && jx_column_is_editable_for (shown[col], row))
        {
          *position = pos;
          return shown[col];
        }
    }
  return column;
}

static void
cell_navigate (JxIndicatorCell *cell,
               JxCellMove       move,
               int              dx,
               int              dy,
               gboolean         extend,
               gpointer         data)
{
  JxIndicatorPage *self = data;
  GtkListItem *item = jx_indicator_cell_get_list_item (cell);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->selection));
  int column = (int) jx_indicator_cell_get_column (cell);
  JxColumn shown[JX_N_COLUMNS];
  int n_shown = (int) _jx_indicator_page_visible_columns (self, shown);
  int index = _jx_indicator_page_visible_index (self, (JxColumn) column);
  guint pos;
  int page;

  if (item == NULL || n == 0 || n_shown == 0 || gtk_list_item_get_position (item) == GTK_INVALID_LIST_POSITION)
    return;
  pos = gtk_list_item_get_position (item);
  if (index < 0)
    index = 0;

  switch (move)
    {
    case JX_CELL_MOVE_TAB:
      column = (int) next_editable (self, &pos, (JxColumn) column, dx);
      break;
    case JX_CELL_MOVE_PAGE:
      {
        GtkAdjustment *adj = gtk_scrolled_window_get_vadjustment (self->scroller);
        double row_height = gtk_adjustment_get_upper (adj) / MAX (1, n);

        page = MAX (1, (int) (gtk_adjustment_get_page_size (adj) / MAX (1.0, row_height)) - 1);
        pos = (guint) CLAMP ((int) pos + dy * page, 0, (int) n - 1);
      }
      break;
    case JX_CELL_MOVE_ROW_EDGE:
      column = (int) shown[dx < 0 ? 0 : n_shown - 1];
      break;
    case JX_CELL_MOVE_TABLE_EDGE:
      pos = dy < 0 ? 0 : n - 1;
      break;
    case JX_CELL_MOVE_CELL:
    default:
      pos = (guint) CLAMP ((int) pos + dy, 0, (int) n - 1);
      /* Arrows go through the columns shown, in their order on screen. */
      column = (int) shown[CLAMP (index + dx, 0, n_shown - 1)];
      break;
    }

  _jx_indicator_page_select_rows (self, pos, extend);
  _jx_indicator_page_focus_cell (self, pos, (JxColumn) column, FALSE);
}

static const JxIndicatorCellDelegate cell_delegate = {
  cell_validate,
  cell_commit,
  cell_navigate,
  cell_activate,
  cell_clear,
  cell_focused,
};

/* ---- focus ---- */

JxIndicatorRow *
_jx_indicator_page_row_at (JxIndicatorPage *self,
                           guint            position)
{
  g_autoptr(GtkTreeListRow) tree_row = g_list_model_get_item (G_LIST_MODEL (self->selection), position);

  if (tree_row == NULL)
    return NULL;
  return gtk_tree_list_row_get_item (tree_row);
}

JxIndicatorCell *
_jx_indicator_page_get_cell (JxIndicatorPage *self,
                             JxIndicatorRow  *row,
                             JxColumn         column)
{
  GtkWidget *cell = jx_indicator_row_get_cell (row, column);

  return cell != NULL ? JX_INDICATOR_CELL (cell) : NULL;
}

/* Scrolls so the row at `position` is in view. Rows are one line each, so they share one
 * height: the adjustment's range over the number of rows. (GTK 4.8's "list.scroll-to-item"
 * of the column view's inner list fights with its focus tracking on long lists.) */
static void
scroll_to (JxIndicatorPage *self,
           guint            position)
{
  GtkAdjustment *adj = gtk_scrolled_window_get_vadjustment (self->scroller);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->selection));
  double upper = gtk_adjustment_get_upper (adj);
  double page = gtk_adjustment_get_page_size (adj);
  double value = gtk_adjustment_get_value (adj);
  double row, top;

  if (n == 0 || upper <= 0 || page <= 0)
    return;
  row = upper / n;
  top = row * position;
  if (top < value)
    gtk_adjustment_set_value (adj, top);
  else if (top + row > value + page)
    gtk_adjustment_set_value (adj, top + row - page);
}

/* Focuses the pending cell if it is on screen; TRUE when done (or nothing is pending). */
static gboolean
try_pending (JxIndicatorPage *self)
{
  JxIndicatorCell *cell;

  if (self->pending_row == NULL)
    return TRUE;
  cell = _jx_indicator_page_get_cell (self, self->pending_row, self->pending_column);
  /* Drawn, and laid out: the list scrolls to the row that takes the focus. */
  if (cell == NULL || !gtk_widget_get_mapped (GTK_WIDGET (cell)) || gtk_widget_get_height (GTK_WIDGET (cell)) <= 0)
    return FALSE;
  self->navigating = TRUE;
  gtk_widget_grab_focus (GTK_WIDGET (cell));
  self->navigating = FALSE;
  /* The focus may have wandered meanwhile (a list rebuilt drops it on its first row): the
   * cursor's row is selected, unless it is part of a selection already. */
  {
    GtkListItem *item = jx_indicator_cell_get_list_item (cell);
    guint position = item != NULL ? gtk_list_item_get_position (item) : GTK_INVALID_LIST_POSITION;

    if (position != GTK_INVALID_LIST_POSITION
        && !gtk_selection_model_is_selected (GTK_SELECTION_MODEL (self->selection), position))
      _jx_indicator_page_select_rows (self, position, FALSE);
  }
  if (self->pending_edit)
    jx_indicator_cell_start_editing (cell, NULL);
  g_clear_object (&self->pending_row);
  return TRUE;
}

/* Frame by frame until the pending cell is drawn: scroll to its row (the list's size is only
 * known once laid out, and rows appear as the list binds them), then focus it. */
static gboolean
pending_tick (GtkWidget     *widget,
              GdkFrameClock *clock,
              gpointer       data)
{
  JxIndicatorPage *self = data;
  guint position;

  /* Not before the list has been laid out again (after a change of its model). */
  if (self->pending_layout)
    {
      self->pending_layout = FALSE;
      return G_SOURCE_CONTINUE;
    }
  if (try_pending (self) || ++self->pending_frames > 60)
    {
      g_clear_object (&self->pending_row);
      self->pending_tick = 0;
      return G_SOURCE_REMOVE;
    }
  position = _jx_indicator_page_position_of (self, self->pending_row);
  if (position != G_MAXUINT)
    scroll_to (self, position);
  return G_SOURCE_CONTINUE;
}

void
_jx_indicator_page_queue_pending (JxIndicatorPage *self)
{
  self->pending_frames = 0;
  if (self->pending_tick == 0)
    self->pending_tick = gtk_widget_add_tick_callback (GTK_WIDGET (self->view), pending_tick, self, NULL);
}

void
_jx_indicator_page_focus_cell (JxIndicatorPage *self,
                               guint            position,
                               JxColumn         column,
                               gboolean         edit)
{
  g_autoptr(JxIndicatorRow) row = _jx_indicator_page_row_at (self, position);

  if (row == NULL)
    return;
  g_set_object (&self->pending_row, row);
  self->pending_column = column;
  self->pending_edit = edit;
  if (self->pending_layout)
    return;   /* the tick goes on once the list is laid out */
  scroll_to (self, position);
  if (!try_pending (self))
    _jx_indicator_page_queue_pending (self);
}

guint
_jx_indicator_page_position_of (JxIndicatorPage *self,
                                JxIndicatorRow  *row)
{
  g_autoptr(GPtrArray) chain = g_ptr_array_new ();
  g_autoptr(GtkTreeListRow) tree_row = NULL;
  JxIndicatorRow *a;
  guint position, n, i;

  for (a = jx_indicator_row_get_parent (row); a != NULL; a = jx_indicator_row_get_parent (a))
    g_ptr_array_insert (chain, 0, a);
  for (i = 0; i < chain->len; i++)
    {
      g_autoptr(GtkTreeListRow) t = jx_indicator_row_get_tree_row (g_ptr_array_index (chain, i), self->tree);

      if (t == NULL)
        return G_MAXUINT;
      gtk_tree_list_row_set_expanded (t, TRUE);
    }
  tree_row = jx_indicator_row_get_tree_row (row, self->tree);
  if (tree_row == NULL)
    return G_MAXUINT;
  position = gtk_tree_list_row_get_position (tree_row);
  if (gtk_filter_list_model_get_filter (self->filtered) == NULL)
    return position;

  n = g_list_model_get_n_items (G_LIST_MODEL (self->filtered));
  for (i = 0; i < n; i++)
    {
      g_autoptr(GtkTreeListRow) t = g_list_model_get_item (G_LIST_MODEL (self->filtered), i);
      g_autoptr(JxIndicatorRow) item = gtk_tree_list_row_get_item (t);

      if (item == row)
        return i;
    }
  return G_MAXUINT;
}

gboolean
_jx_indicator_page_reveal (JxIndicatorPage *self,
                           const char      *path,
                           JxColumn         column,
                           gboolean         edit)
{
  JxIndicatorRow *row;
  guint position;

  if (self->root == NULL || path == NULL)
    return FALSE;
  row = jx_indicator_rows_lookup (self->root, path);
  if (row == NULL)
    return FALSE;
  position = _jx_indicator_page_position_of (self, row);
  if (position == G_MAXUINT && gtk_filter_list_model_get_filter (self->filtered) != NULL)
    {
      /* Hidden by a filter: show everything. */
      gtk_editable_set_text (GTK_EDITABLE (self->search), "");
      g_object_set (self, "only-findings", FALSE, NULL);
      position = _jx_indicator_page_position_of (self, row);
    }
  if (position == G_MAXUINT)
    return FALSE;
  _jx_indicator_page_select_rows (self, position, FALSE);
  _jx_indicator_page_focus_cell (self, position, column, edit);
  return TRUE;
}

JxIndicatorRow *
_jx_indicator_page_current_row (JxIndicatorPage *self)
{
  GtkBitset *selected;
  JxIndicatorRow *row = NULL;

  if (self->cursor_row != NULL && jx_indicator_row_get_indicator (self->cursor_row) != NULL)
    return g_object_ref (self->cursor_row);
  selected = gtk_selection_model_get_selection (GTK_SELECTION_MODEL (self->selection));
  if (!gtk_bitset_is_empty (selected))
    row = _jx_indicator_page_row_at (self, gtk_bitset_get_minimum (selected));
  gtk_bitset_unref (selected);
  return row;
}

GPtrArray *
_jx_indicator_page_selected_rows (JxIndicatorPage *self)
{
  GPtrArray *rows = g_ptr_array_new_with_free_func (g_object_unref);
  GtkBitset *selected = gtk_selection_model_get_selection (GTK_SELECTION_MODEL (self->selection));
  GtkBitsetIter iter;
  guint position;

  if (gtk_bitset_iter_init_first (&iter, selected, &position))
    do
      {
        JxIndicatorRow *row = _jx_indicator_page_row_at (self, position);

        if (row != NULL)
          g_ptr_array_add (rows, row);
      }
    while (gtk_bitset_iter_next (&iter, &position));
  gtk_bitset_unref (selected);
  if (rows->len == 0 && self->cursor_row != NULL && jx_indicator_row_get_indicator (self->cursor_row) != NULL)
    g_ptr_array_add (rows, g_object_ref (self->cursor_row));
  return rows;
}

void
_jx_indicator_page_toast (JxIndicatorPage *self,
                          const char      *message)
{
  AdwToast *toast = adw_toast_new (message);

  adw_toast_set_timeout (toast, 4);
  adw_toast_overlay_add_toast (self->toasts, toast);
}

/* ---- factories ---- */

static void
cell_gone (gpointer  data,
           GObject  *cell)
{
  JxIndicatorPage *self = data;

  g_hash_table_remove (self->cells, cell);
}

void
_jx_indicator_page_forget_cells (JxIndicatorPage *self)
{
  GHashTableIter iter;
  gpointer cell;

  g_hash_table_iter_init (&iter, self->cells);
  while (g_hash_table_iter_next (&iter, &cell, NULL))
    {
      g_object_weak_unref (cell, cell_gone, self);
      g_hash_table_iter_remove (&iter);
    }
}

static void
on_setup (GtkSignalListItemFactory *factory,
          GtkListItem              *item,
          JxIndicatorPage          *self)
{
  JxColumn column = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (factory), "column"));
  GtkWidget *cell = jx_indicator_cell_new (column, &cell_delegate, self);

  gtk_list_item_set_activatable (item, FALSE);
  g_hash_table_add (self->cells, cell);
  g_object_weak_ref (G_OBJECT (cell), cell_gone, self);
  if (column == JX_COLUMN_NAME)
    {
      GtkWidget *expander = gtk_tree_expander_new ();

      gtk_tree_expander_set_indent_for_icon (GTK_TREE_EXPANDER (expander), TRUE);
      gtk_tree_expander_set_child (GTK_TREE_EXPANDER (expander), cell);
      gtk_list_item_set_child (item, expander);
    }
  else
    gtk_list_item_set_child (item, cell);
}

static JxIndicatorCell *
item_cell (GtkListItem *item)
{
  GtkWidget *child = gtk_list_item_get_child (item);

  if (GTK_IS_TREE_EXPANDER (child))
    child = gtk_tree_expander_get_child (GTK_TREE_EXPANDER (child));
  return JX_INDICATOR_CELL (child);
}

static void
on_bind (GtkSignalListItemFactory *factory,
         GtkListItem              *item,
         JxIndicatorPage          *self)
{
  GtkTreeListRow *tree_row = gtk_list_item_get_item (item);
  JxIndicatorRow *row = gtk_tree_list_row_get_item (tree_row);
  JxIndicatorCell *cell = item_cell (item);
  GtkWidget *child = gtk_list_item_get_child (item);

  if (GTK_IS_TREE_EXPANDER (child))
    gtk_tree_expander_set_list_row (GTK_TREE_EXPANDER (child), tree_row);
  jx_indicator_cell_bind (cell, item, row);
  if (self->syncing > 0)
    self->bound_while_syncing = TRUE;
  else
    _jx_indicator_page_fill_cell (self, cell);
  g_object_unref (row);
}

static void
on_unbind (GtkSignalListItemFactory *factory,
           GtkListItem              *item,
           JxIndicatorPage          *self)
{
  GtkWidget *child = gtk_list_item_get_child (item);

  if (GTK_IS_TREE_EXPANDER (child))
    gtk_tree_expander_set_list_row (GTK_TREE_EXPANDER (child), NULL);
  jx_indicator_cell_bind (item_cell (item), NULL, NULL);
}

void
_jx_indicator_page_add_columns (JxIndicatorPage *self)
{
  const JxColumn *order = jx_column_view_order ();
  guint k;

  for (k = 0; k < JX_N_COLUMNS; k++)
    {
      GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
      GtkColumnViewColumn *column;
      JxColumn i = order[k];

      g_object_set_data (G_OBJECT (factory), "column", GUINT_TO_POINTER (i));
      g_signal_connect (factory, "setup", G_CALLBACK (on_setup), self);
      g_signal_connect (factory, "bind", G_CALLBACK (on_bind), self);
      g_signal_connect (factory, "unbind", G_CALLBACK (on_unbind), self);
      column = gtk_column_view_column_new (jx_column_get_title (i), factory);
      gtk_column_view_column_set_resizable (column, TRUE);
      gtk_column_view_column_set_fixed_width (column, jx_column_get_width (i));
      gtk_column_view_column_set_expand (column, jx_column_expands (i));
      gtk_column_view_append_column (self->view, column);
      self->columns[i] = column;
      g_object_unref (column);
    }
}

/* ---- keyboard focus on a row ---- */

static JxIndicatorCell *
find_cell (GtkWidget *widget,
           JxColumn   column)
{
  GtkWidget *child;

  if (JX_IS_INDICATOR_CELL (widget))
    return jx_indicator_cell_get_column (JX_INDICATOR_CELL (widget)) == column ? JX_INDICATOR_CELL (widget) : NULL;
  for (child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      JxIndicatorCell *cell = find_cell (child, column);

      if (cell != NULL)
        return cell;
    }
  return NULL;
}

static gboolean
focus_into_row (gpointer data)
{
  JxIndicatorPage *self = data;
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;
  JxIndicatorCell *cell;

  self->row_focus_idle = 0;
  if (focus == NULL || !gtk_widget_is_ancestor (focus, GTK_WIDGET (self->view))
      || JX_IS_INDICATOR_CELL (focus) || gtk_widget_get_ancestor (focus, JX_TYPE_INDICATOR_CELL) != NULL)
    return G_SOURCE_REMOVE;
  cell = find_cell (focus, self->cursor_column);
  if (cell == NULL)
    cell = find_cell (focus, JX_COLUMN_NAME);
  if (cell != NULL)
    gtk_widget_grab_focus (GTK_WIDGET (cell));
  return G_SOURCE_REMOVE;
}

/* GTK's list gives the keyboard focus to a whole row (Tab into the table, a click beside the
 * cells): the cursor goes on into that row's cell, so typing and Enter work at once. */
static void
on_focus_widget (GtkRoot         *root,
                 GParamSpec      *pspec,
                 JxIndicatorPage *self)
{
  GtkWidget *focus = gtk_root_get_focus (root);

  if (focus != NULL && self->row_focus_idle == 0 && gtk_widget_is_ancestor (focus, GTK_WIDGET (self->view))
      && !JX_IS_INDICATOR_CELL (focus) && gtk_widget_get_ancestor (focus, JX_TYPE_INDICATOR_CELL) == NULL)
    self->row_focus_idle = g_idle_add (focus_into_row, self);
}

void
_jx_indicator_page_watch_focus (JxIndicatorPage *self,
                                gboolean         watch)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  if (self->focus_root != NULL)
    {
      g_signal_handlers_disconnect_by_func (self->focus_root, on_focus_widget, self);
      g_clear_weak_pointer (&self->focus_root);
    }
  g_clear_handle_id (&self->row_focus_idle, g_source_remove);
  if (watch && root != NULL)
    {
      g_set_weak_pointer (&self->focus_root, G_OBJECT (root));
      g_signal_connect (root, "notify::focus-widget", G_CALLBACK (on_focus_widget), self);
    }
}
