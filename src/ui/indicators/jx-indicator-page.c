/* SPDX-License-Identifier: GPL-3.0-or-later */
/* jx-indicator-page.c: the 指标表 page — the three-level indicator tree as a table.
 *
 * Models: a GListStore of the dimensions' rows is the root of a GtkTreeListModel (each
 * row gives the store of its children), filtered by a GtkFilterListModel (search, only
 * findings) and selected by a GtkMultiSelection. The document's ::changed reconciles only
 * the list that changed (jx_indicator_rows_sync), so a value edit rebuilds nothing and the
 * expansion stays; the evaluation's ::updated redraws the cells on screen. */
#define G_LOG_DOMAIN "jx-indicator-page"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "jx-indicator-edit.h"
#include "jx-indicator-page-private.h"
#include "jx-rule-popover.h"

G_DEFINE_FINAL_TYPE (JxIndicatorPage, jx_indicator_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_ONLY_FINDINGS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char css[] =
  "jxcell { padding: 3px 6px; min-height: 24px; border-radius: 4px; }\n"
  "jxcell:focus-within { box-shadow: inset 0 0 0 2px alpha(@accent_color, 0.8); }\n"
  "jxcell.numeric label { font-feature-settings: \"tnum\"; }\n"
  "jxcell.dimension label { font-weight: bold; }\n"
  "jxcell.branch label { font-weight: 600; }\n"
  "jxcell.dim label { opacity: 0.6; font-style: italic; }\n"
  "jxcell.differs label { color: @warning_color; font-weight: bold; }\n"
  "jxcell.finding-error { background-color: alpha(@error_color, 0.14); }\n"
  "jxcell.finding-warning { background-color: alpha(@warning_color, 0.16); }\n"
  "jxcell.finding-info { background-color: alpha(@accent_color, 0.08); }\n"
  "jxcell.name image { color: @warning_color; }\n"
  "jxcell.finding-error.name image, jxcell.name.finding-error image { color: @error_color; }\n"
  "jxcell.rule label { color: @accent_color; }\n"
  "jxcell text { background-color: @view_bg_color; border-radius: 3px; padding: 0 3px;"
  "  box-shadow: inset 0 0 0 2px @accent_color; }\n"
  "jxcell.invalid text { box-shadow: inset 0 0 0 2px @error_color; }\n"
  "popover.jx-cell-hint.error label { color: @error_color; }\n"
  "columnview.jx-indicator-table > listview > row > cell { padding: 0; }\n"
  ".jx-indicator-footer { padding: 6px 12px; border-top: 1px solid alpha(currentColor, 0.15); }\n"
  ".jx-calculation { font-feature-settings: \"tnum\"; padding: 6px; border-radius: 6px;"
  "  background-color: alpha(currentColor, 0.06); }\n";

/* ---- cells ---- */

static void
fill_cell (JxIndicatorPage *self,
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

static void
refresh_cells (JxIndicatorPage *self)
{
  GHashTableIter iter;
  gpointer cell;

  g_hash_table_iter_init (&iter, self->cells);
  while (g_hash_table_iter_next (&iter, &cell, NULL))
    fill_cell (self, cell);
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

static void
select_rows (JxIndicatorPage *self,
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
      if (!gtk_selection_model_is_selected (selection, position)
          || gtk_bitset_get_size (gtk_selection_model_get_selection (selection)) != 1)
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
    select_rows (self, gtk_list_item_get_position (item), FALSE);
}

static JxColumn
next_editable (JxIndicatorPage *self,
               guint           *position,
               JxColumn         column,
               int              dx)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->selection));
  int col = (int) column;
  guint pos = *position;
  guint steps;

  for (steps = 0; steps < JX_N_COLUMNS * 3; steps++)
    {
      g_autoptr(JxIndicatorRow) row = NULL;

      col += dx;
      if (col >= JX_N_COLUMNS)
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
          col = JX_N_COLUMNS - 1;
        }
      row = _jx_indicator_page_row_at (self, pos);
      if (row != NULL && jx_column_is_editable_for ((JxColumn) col, row))
        {
          *position = pos;
          return (JxColumn) col;
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
  guint pos;
  int page;

  if (item == NULL || n == 0 || gtk_list_item_get_position (item) == GTK_INVALID_LIST_POSITION)
    return;
  pos = gtk_list_item_get_position (item);

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
      column = dx < 0 ? 0 : JX_N_COLUMNS - 1;
      break;
    case JX_CELL_MOVE_TABLE_EDGE:
      pos = dy < 0 ? 0 : n - 1;
      break;
    case JX_CELL_MOVE_CELL:
    default:
      pos = (guint) CLAMP ((int) pos + dy, 0, (int) n - 1);
      column = CLAMP (column + dx, 0, JX_N_COLUMNS - 1);
      break;
    }

  select_rows (self, pos, extend);
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
  double header, row, top;

  if (n == 0 || upper <= 0 || page <= 0)
    return;
  /* The header row of the column view scrolls with the rows in GTK 4.8. */
  header = 0;
  row = (upper - header) / n;
  top = header + row * position;
  if (top < value + header)
    gtk_adjustment_set_value (adj, top - header);
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
  if (cell == NULL || !gtk_widget_get_mapped (GTK_WIDGET (cell)))
    return FALSE;
  self->navigating = TRUE;
  gtk_widget_grab_focus (GTK_WIDGET (cell));
  self->navigating = FALSE;
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

static void
queue_pending (JxIndicatorPage *self)
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
  scroll_to (self, position);
  g_set_object (&self->pending_row, row);
  self->pending_column = column;
  self->pending_edit = edit;
  if (!try_pending (self))
    queue_pending (self);
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
  select_rows (self, position, FALSE);
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

static void
forget_cells (JxIndicatorPage *self)
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
    fill_cell (self, cell);
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

static void
add_columns (JxIndicatorPage *self)
{
  guint i;

  for (i = 0; i < JX_N_COLUMNS; i++)
    {
      GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
      GtkColumnViewColumn *column;

      g_object_set_data (G_OBJECT (factory), "column", GUINT_TO_POINTER (i));
      g_signal_connect (factory, "setup", G_CALLBACK (on_setup), self);
      g_signal_connect (factory, "bind", G_CALLBACK (on_bind), self);
      g_signal_connect (factory, "unbind", G_CALLBACK (on_unbind), self);
      column = gtk_column_view_column_new (jx_column_get_title (i), factory);
      gtk_column_view_column_set_resizable (column, TRUE);
      if (jx_column_get_width (i) > 0)
        gtk_column_view_column_set_fixed_width (column, jx_column_get_width (i));
      else
        gtk_column_view_column_set_expand (column, TRUE);
      gtk_column_view_append_column (self->view, column);
      self->columns[i] = column;
      g_object_unref (column);
    }
}

/* ---- models ---- */

static GListModel *
create_children (gpointer item,
                 gpointer data)
{
  GListStore *children = jx_indicator_row_get_children (item);

  return children != NULL ? G_LIST_MODEL (g_object_ref (children)) : NULL;
}

static gboolean
filter_row (gpointer item,
            gpointer data)
{
  g_autoptr(JxIndicatorRow) row = gtk_tree_list_row_get_item (item);

  return jx_indicator_row_get_shown (row);
}

void
_jx_indicator_page_expand_all (JxIndicatorPage *self,
                               gboolean         expand)
{
  gboolean attached;
  guint i;

  if (self->tree == NULL)
    return;
  /* Every expansion shifts the rows below it, and the list would bind its rows again each
   * time: with the list detached, a large tree expands at once and binds once. */
  attached = gtk_column_view_get_model (self->view) != NULL;
  if (attached)
    gtk_column_view_set_model (self->view, NULL);
  for (i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->tree)); i++)
    {
      g_autoptr(GtkTreeListRow) tree_row = gtk_tree_list_model_get_row (self->tree, i);

      if (gtk_tree_list_row_is_expandable (tree_row) && gtk_tree_list_row_get_expanded (tree_row) != expand)
        gtk_tree_list_row_set_expanded (tree_row, expand);
    }
  if (attached)
    {
      gtk_column_view_set_model (self->view, GTK_SELECTION_MODEL (self->selection));
      if (self->cursor_row != NULL && jx_indicator_row_get_indicator (self->cursor_row) != NULL)
        {
          guint position = _jx_indicator_page_position_of (self, self->cursor_row);

          if (position != G_MAXUINT)
            _jx_indicator_page_focus_cell (self, position, self->cursor_column, FALSE);
        }
    }
}

/* Whether the row or anything below it is shown; sets `shown` on the way. */
static gboolean
mark_shown (JxIndicatorPage *self,
            JxIndicatorRow  *row)
{
  const JxIndicator *ind = jx_indicator_row_get_indicator (row);
  GListStore *children = jx_indicator_row_get_children (row);
  gboolean shown = ind != NULL;
  gboolean below = FALSE;
  guint i, n;

  if (shown && self->search_text != NULL)
    {
      g_autofree char *name = g_utf8_casefold (ind->name != NULL ? ind->name : "", -1);
      shown = strstr (name, self->search_text) != NULL
              || (ind->number != NULL && *ind->number && g_str_equal (ind->number, self->search_text));
    }
  if (shown && self->only_findings)
    shown = g_hash_table_contains (self->findings, jx_indicator_row_get_path (row));
  if (row == self->cursor_row && self->cursor_row != NULL && ind != NULL)
    shown = TRUE;   /* the row being worked on does not vanish under the cursor */

  n = children != NULL ? g_list_model_get_n_items (G_LIST_MODEL (children)) : 0;
  for (i = 0; i < n; i++)
    {
      g_autoptr(JxIndicatorRow) child = g_list_model_get_item (G_LIST_MODEL (children), i);

      if (mark_shown (self, child))
        below = TRUE;
    }
  jx_indicator_row_set_shown (row, shown || below);
  return shown || below;
}

void
_jx_indicator_page_refilter (JxIndicatorPage *self)
{
  gboolean active = self->search_text != NULL || self->only_findings;
  guint i, n;

  if (self->root == NULL)
    return;
  if (!active)
    {
      gtk_filter_list_model_set_filter (self->filtered, NULL);
      return;
    }
  n = g_list_model_get_n_items (G_LIST_MODEL (self->root));
  for (i = 0; i < n; i++)
    {
      g_autoptr(JxIndicatorRow) row = g_list_model_get_item (G_LIST_MODEL (self->root), i);
      mark_shown (self, row);
    }
  _jx_indicator_page_expand_all (self, TRUE);
  if (gtk_filter_list_model_get_filter (self->filtered) == NULL)
    gtk_filter_list_model_set_filter (self->filtered, GTK_FILTER (self->filter));
  else
    gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
}

static void
on_search_changed (GtkSearchEntry  *entry,
                   JxIndicatorPage *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (entry));
  g_autofree char *stripped = g_strstrip (g_strdup (text));

  g_clear_pointer (&self->search_text, g_free);
  if (*stripped)
    self->search_text = g_utf8_casefold (stripped, -1);
  _jx_indicator_page_refilter (self);
}

static void
on_stop_search (GtkSearchEntry  *entry,
                JxIndicatorPage *self)
{
  gtk_editable_set_text (GTK_EDITABLE (entry), "");
  gtk_widget_grab_focus (GTK_WIDGET (self->view));
}

/* ---- updates ---- */

/* "indicators[2].children[0].children[3].parts[0].actual" → its node path and field. */
static char *
node_of (const char  *path,
         const char **field)
{
  const char *p = path + strlen ("indicators");

  if (*p != '[')
    return NULL;
  for (;;)
    {
      const char *close = strchr (p, ']');

      if (close == NULL)
        return NULL;
      p = close + 1;
      if (!g_str_has_prefix (p, ".children["))
        break;
      p += strlen (".children");
    }
  *field = p;
  return g_strndup (path, p - path);
}

static void
row_findings_free (JxRowFindings *rf)
{
  g_ptr_array_unref (rf->findings);
  g_free (rf);
}

static JxRowFindings *
row_findings (JxIndicatorPage *self,
              const char      *node)
{
  JxRowFindings *rf = g_hash_table_lookup (self->findings, node);
  guint i;

  if (rf != NULL)
    return rf;
  rf = g_new0 (JxRowFindings, 1);
  rf->findings = g_ptr_array_new ();
  rf->row_severity = -1;
  for (i = 0; i < JX_N_COLUMNS; i++)
    rf->severity[i] = -1;
  g_hash_table_insert (self->findings, g_strdup (node), rf);
  return rf;
}

static void
add_finding (JxIndicatorPage *self,
             const char      *node,
             JxColumn         column,
             JxFinding       *f)
{
  JxRowFindings *rf = row_findings (self, node);

  g_ptr_array_add (rf->findings, f);
  rf->severity[column] = MAX (rf->severity[column], (int) f->severity);
  rf->row_severity = MAX (rf->row_severity, (int) f->severity);
}

static void
collect_findings (JxIndicatorPage *self)
{
  GPtrArray *findings = jx_evaluation_get_findings (self->evaluation);
  const JxDocData *data = jx_document_get_data (self->document);
  guint i, d;

  g_hash_table_remove_all (self->findings);
  for (i = 0; findings != NULL && i < findings->len; i++)
    {
      JxFinding *f = g_ptr_array_index (findings, i);
      g_autofree char *node = NULL;
      const char *field = NULL;

      if (!g_str_has_prefix (f->path, "indicators"))
        continue;
      node = node_of (f->path, &field);
      if (node != NULL)
        add_finding (self, node, jx_column_for_field (field), f);
      else
        for (d = 0; d < data->indicators->len; d++)
          {
            g_autofree char *dim = g_strdup_printf ("indicators[%u]", d);
            add_finding (self, dim, JX_COLUMN_WEIGHT, f);
          }
    }
}

static void
update_totals (JxIndicatorPage *self)
{
  const JxScoreSheet *sheet = jx_evaluation_get_sheet (self->evaluation);
  const JxDocData *data = jx_document_get_data (self->document);
  int decimals = CLAMP (data->scoring.decimals, 0, 6);
  g_autofree char *total = jx_format_fixed (sheet->total, decimals);
  g_autofree char *weight = jx_format_value (sheet->total_weight, 6);
  g_autofree char *score = jx_format_fixed (sheet->total_score, decimals);
  g_autofree char *total_text = NULL;
  g_autofree char *summary = NULL;
  g_autofree char *findings_text = NULL;
  guint errors = jx_evaluation_count (self->evaluation, JX_SEVERITY_ERROR);
  guint warnings = jx_evaluation_count (self->evaluation, JX_SEVERITY_WARNING);
  guint n_rows = g_hash_table_size (self->findings);
  guint leaves = 0, i;

  for (i = 0; i < sheet->indicators->len; i++)
    if (((const JxIndicatorResult *) g_ptr_array_index (sheet->indicators, i))->level == 3)
      leaves++;

  /* Translators: the total score of the evaluation and its grade, e.g. "Total 98.00 of 100 · 优秀" */
  total_text = g_strdup_printf (_("Total %s of 100 · %s"), total, sheet->grade != NULL ? sheet->grade : "—");
  gtk_label_set_text (self->total_label, total_text);
  summary = g_strdup_printf (/* Translators: e.g. "55 indicators · weights 100 · scores 98.00 · 1 error, 6 warnings" */
                             _("%u indicators · weights %s · scores %s · %u errors, %u warnings"),
                             leaves, weight, score, errors, warnings);
  gtk_label_set_text (self->summary_label, summary);
  findings_text = g_strdup_printf (_("Only Findings (%u)"), n_rows);
  gtk_label_set_text (self->findings_label, findings_text);
}

/* Reconciles a store with the document. While it runs, the list may bind rows whose
 * records are not reconciled yet: they are drawn afterwards. */
static void
sync_rows (JxIndicatorPage *self,
           GListStore      *store,
           JxIndicatorRow  *parent,
           GPtrArray       *list,
           gboolean         deep,
           gboolean         draw)
{
  self->syncing++;
  jx_indicator_rows_sync (store, parent, list, self->tree, deep);
  self->syncing--;
  if (draw && self->syncing == 0 && self->bound_while_syncing && !jx_indicator_edit_in_progress (self->evaluation))
    {
      self->bound_while_syncing = FALSE;
      refresh_cells (self);
    }
}

static void
on_updated (JxEvaluation    *evaluation,
            JxIndicatorPage *self)
{
  /* The evaluation hears of a change before this page does (it connected first): when it
   * replays an undo step of several changes of shape, the rows may still hold records that
   * are gone. Reconciling every list first (by record identity, which reads no freed record)
   * makes the rows right before anything is drawn. */
  if (self->root != NULL)
    sync_rows (self, self->root, NULL, jx_document_get_data (self->document)->indicators, TRUE, FALSE);
  self->bound_while_syncing = FALSE;
  collect_findings (self);
  update_totals (self);
  if (self->search_text != NULL || self->only_findings)
    _jx_indicator_page_refilter (self);
  refresh_cells (self);
  if (gtk_widget_get_visible (self->rule_popover))
    jx_rule_popover_refresh (JX_RULE_POPOVER (self->rule_popover));
}

static void
on_changed (JxDocument      *document,
            const char      *path,
            JxIndicatorPage *self)
{
  const JxDocData *data = jx_document_get_data (document);

  /* Within an edit step the evaluation waits, but the rows follow every change of shape at
   * once: a removed record is freed at once. Values are drawn on ::updated. */
  if (self->root == NULL)
    return;
  if (*path == '\0')
    sync_rows (self, self->root, NULL, data->indicators, TRUE, TRUE);
  else if (g_str_equal (path, "indicators"))
    sync_rows (self, self->root, NULL, data->indicators, FALSE, TRUE);
  else if (g_str_has_prefix (path, "indicators[") && g_str_has_suffix (path, "].children"))
    {
      g_autofree char *owner_path = g_strndup (path, strlen (path) - strlen (".children"));
      JxIndicatorRow *owner = jx_indicator_rows_lookup (self->root, owner_path);

      if (owner != NULL && g_str_equal (jx_indicator_row_get_path (owner), owner_path)
          && jx_indicator_row_get_indicator (owner) != NULL)
        {
          GListStore *children = jx_indicator_row_get_children (owner);

          if (children != NULL)
            sync_rows (self, children, owner, jx_indicator_row_get_indicator (owner)->children, FALSE, TRUE);
        }
    }
}

/* ---- public ---- */

static void
clear_models (JxIndicatorPage *self)
{
  if (self->pending_tick != 0 && self->view != NULL)
    gtk_widget_remove_tick_callback (GTK_WIDGET (self->view), self->pending_tick);
  self->pending_tick = 0;
  g_clear_object (&self->pending_row);
  g_clear_object (&self->cursor_row);
  if (self->view != NULL)
    gtk_column_view_set_model (self->view, NULL);
  g_clear_object (&self->selection);
  g_clear_object (&self->filtered);
  g_clear_object (&self->tree);
  g_clear_object (&self->root);
}

void
jx_indicator_page_set_evaluation (JxIndicatorPage *self,
                                  JxEvaluation    *evaluation)
{
  const JxDocData *data;
  guint leaves = 0, i, j;

  g_return_if_fail (JX_IS_INDICATOR_PAGE (self));
  g_return_if_fail (evaluation == NULL || JX_IS_EVALUATION (evaluation));

  if (self->evaluation == evaluation)
    return;
  if (self->rule_popover != NULL)
    gtk_popover_popdown (GTK_POPOVER (self->rule_popover));
  g_clear_signal_handler (&self->changed_id, self->document);
  g_clear_signal_handler (&self->updated_id, self->evaluation);
  clear_models (self);
  g_clear_object (&self->document);
  g_set_object (&self->evaluation, evaluation);
  g_hash_table_remove_all (self->findings);
  if (evaluation == NULL)
    return;

  self->document = g_object_ref (jx_evaluation_get_document (evaluation));
  data = jx_document_get_data (self->document);
  self->changed_id = g_signal_connect (self->document, "changed", G_CALLBACK (on_changed), self);
  self->updated_id = g_signal_connect (evaluation, "updated", G_CALLBACK (on_updated), self);

  self->root = jx_indicator_rows_new (data->indicators, NULL);
  self->tree = gtk_tree_list_model_new (G_LIST_MODEL (g_object_ref (self->root)), FALSE, FALSE,
                                        create_children, NULL, NULL);
  self->filtered = gtk_filter_list_model_new (G_LIST_MODEL (g_object_ref (self->tree)), NULL);
  self->selection = gtk_multi_selection_new (G_LIST_MODEL (g_object_ref (self->filtered)));

  /* Everything open for a document of usual size; the dimensions and groups only for a
   * very large one, so it opens at once. */
  for (i = 0; i < data->indicators->len; i++)
    {
      const JxIndicator *dim = g_ptr_array_index (data->indicators, i);

      for (j = 0; j < dim->children->len; j++)
        leaves += ((const JxIndicator *) g_ptr_array_index (dim->children, j))->children->len;
    }
  if (leaves <= 2000)
    _jx_indicator_page_expand_all (self, TRUE);
  else
    for (i = 0; i < data->indicators->len; i++)
      {
        g_autoptr(GtkTreeListRow) tree_row = gtk_tree_list_model_get_child_row (self->tree, i);
        gtk_tree_list_row_set_expanded (tree_row, TRUE);
      }

  collect_findings (self);
  update_totals (self);
  _jx_indicator_page_refilter (self);
  gtk_column_view_set_model (self->view, GTK_SELECTION_MODEL (self->selection));
}

gboolean
jx_indicator_page_focus_path (JxIndicatorPage *self,
                              const char      *path)
{
  g_autofree char *node = NULL;
  const char *field = NULL;

  g_return_val_if_fail (JX_IS_INDICATOR_PAGE (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  if (self->evaluation == NULL || !g_str_has_prefix (path, "indicators"))
    return FALSE;
  node = node_of (path, &field);
  if (node == NULL)
    return _jx_indicator_page_reveal (self, "indicators[0]", JX_COLUMN_WEIGHT, FALSE);
  return _jx_indicator_page_reveal (self, node, jx_column_for_field (field), FALSE);
}

GtkWidget *
_jx_indicator_page_get_rule_popover (JxIndicatorPage *self)
{
  return self->rule_popover;
}

GtkColumnView *
_jx_indicator_page_get_view (JxIndicatorPage *self)
{
  return self->view;
}

const char *
_jx_indicator_page_get_total_text (JxIndicatorPage *self)
{
  return gtk_label_get_text (self->total_label);
}

/* ---- GObject ---- */

static void
jx_indicator_page_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  JxIndicatorPage *self = JX_INDICATOR_PAGE (object);

  switch (prop_id)
    {
    case PROP_ONLY_FINDINGS:
      g_value_set_boolean (value, self->only_findings);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
jx_indicator_page_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  JxIndicatorPage *self = JX_INDICATOR_PAGE (object);

  switch (prop_id)
    {
    case PROP_ONLY_FINDINGS:
      if (self->only_findings != g_value_get_boolean (value))
        {
          self->only_findings = g_value_get_boolean (value);
          _jx_indicator_page_refilter (self);
          g_object_notify_by_pspec (object, pspec);
        }
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
jx_indicator_page_dispose (GObject *object)
{
  JxIndicatorPage *self = (JxIndicatorPage *) object;

  g_clear_signal_handler (&self->changed_id, self->document);
  g_clear_signal_handler (&self->updated_id, self->evaluation);
  clear_models (self);
  forget_cells (self);
  g_clear_pointer (&self->rule_popover, gtk_widget_unparent);
  g_clear_object (&self->document);
  g_clear_object (&self->evaluation);
  G_OBJECT_CLASS (jx_indicator_page_parent_class)->dispose (object);
}

static void
jx_indicator_page_finalize (GObject *object)
{
  JxIndicatorPage *self = (JxIndicatorPage *) object;

  g_clear_pointer (&self->cells, g_hash_table_unref);
  g_clear_pointer (&self->findings, g_hash_table_unref);
  g_clear_object (&self->filter);
  g_free (self->search_text);
  G_OBJECT_CLASS (jx_indicator_page_parent_class)->finalize (object);
}

static void
jx_indicator_page_size_allocate (GtkWidget *widget,
                                 int        width,
                                 int        height,
                                 int        baseline)
{
  JxIndicatorPage *self = JX_INDICATOR_PAGE (widget);

  GTK_WIDGET_CLASS (jx_indicator_page_parent_class)->size_allocate (widget, width, height, baseline);
  if (self->rule_popover != NULL && gtk_widget_get_visible (self->rule_popover))
    gtk_popover_present (GTK_POPOVER (self->rule_popover));
}

static void
jx_indicator_page_class_init (JxIndicatorPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = jx_indicator_page_dispose;
  object_class->finalize = jx_indicator_page_finalize;
  object_class->get_property = jx_indicator_page_get_property;
  object_class->set_property = jx_indicator_page_set_property;
  widget_class->size_allocate = jx_indicator_page_size_allocate;

  /**
   * JxIndicatorPage:only-findings:
   *
   * Whether only the rows that the checks have findings on are shown (with their groups).
   */
  properties[PROP_ONLY_FINDINGS] =
    g_param_spec_boolean ("only-findings", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/jixiao/Jixiao/ui/indicators/jx-indicator-page.ui");
  gtk_widget_class_bind_template_child (widget_class, JxIndicatorPage, toasts);
  gtk_widget_class_bind_template_child (widget_class, JxIndicatorPage, view);
  gtk_widget_class_bind_template_child (widget_class, JxIndicatorPage, scroller);
  gtk_widget_class_bind_template_child (widget_class, JxIndicatorPage, search);
  gtk_widget_class_bind_template_child (widget_class, JxIndicatorPage, findings_toggle);
  gtk_widget_class_bind_template_child (widget_class, JxIndicatorPage, findings_label);
  gtk_widget_class_bind_template_child (widget_class, JxIndicatorPage, total_label);
  gtk_widget_class_bind_template_child (widget_class, JxIndicatorPage, summary_label);
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_stop_search);

  _jx_indicator_page_class_init_actions (widget_class);
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
load_css (void)
{
  static gboolean loaded;
  g_autoptr(GtkCssProvider) provider = NULL;
  GdkDisplay *display = gdk_display_get_default ();

  if (loaded || display == NULL)
    return;
  loaded = TRUE;
  provider = gtk_css_provider_new ();
  gtk_css_provider_load_from_data (provider, css, -1);
  gtk_style_context_add_provider_for_display (display, GTK_STYLE_PROVIDER (provider),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
}

static void
jx_indicator_page_init (JxIndicatorPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  load_css ();

  self->cells = g_hash_table_new (NULL, NULL);
  self->findings = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) row_findings_free);
  self->filter = gtk_custom_filter_new (filter_row, NULL, NULL);
  add_columns (self);

  self->rule_popover = jx_rule_popover_new ();
  gtk_widget_set_parent (self->rule_popover, GTK_WIDGET (self));
}
