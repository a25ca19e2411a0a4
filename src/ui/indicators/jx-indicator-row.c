/* SPDX-License-Identifier: GPL-3.0-or-later */
/* jx-indicator-row.c: the rows of the indicator table and their reconciliation with the
 * document's lists. */
#define G_LOG_DOMAIN "jx-indicator-row"

#include "config.h"

#include <glib/gi18n.h>
#include <stdlib.h>

#include "jx-indicator-columns.h"
#include "jx-indicator-row.h"

struct _JxIndicatorRow
{
  GObject            parent_instance;

  const JxIndicator *indicator;   /* borrowed from the document; NULL when dead */
  JxIndicatorRow    *parent;      /* borrowed: the parent owns the store that owns us */
  char              *path;
  guint              index;
  int                level;
  GListStore        *children;
  GtkWidget         *cells[JX_N_COLUMNS];   /* borrowed; cleared by the cells */
  guint              shown : 1;
  guint              was_expanded : 1;
};

G_DEFINE_FINAL_TYPE (JxIndicatorRow, jx_indicator_row, G_TYPE_OBJECT)

static void mark_dead (JxIndicatorRow *self);

static void
jx_indicator_row_dispose (GObject *object)
{
  JxIndicatorRow *self = (JxIndicatorRow *) object;

  if (self->children != NULL)
    {
      guint n = g_list_model_get_n_items (G_LIST_MODEL (self->children));
      guint i;

      for (i = 0; i < n; i++)
        {
          g_autoptr(JxIndicatorRow) child = g_list_model_get_item (G_LIST_MODEL (self->children), i);
          child->parent = NULL;
        }
    }
  g_clear_object (&self->children);
  G_OBJECT_CLASS (jx_indicator_row_parent_class)->dispose (object);
}

static void
jx_indicator_row_finalize (GObject *object)
{
  JxIndicatorRow *self = (JxIndicatorRow *) object;

  g_free (self->path);
  G_OBJECT_CLASS (jx_indicator_row_parent_class)->finalize (object);
}

static void
jx_indicator_row_class_init (JxIndicatorRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = jx_indicator_row_dispose;
  object_class->finalize = jx_indicator_row_finalize;
}

static void
jx_indicator_row_init (JxIndicatorRow *self)
{
  self->shown = TRUE;
}

static char *
child_path (JxIndicatorRow *parent,
            guint           index)
{
  if (parent == NULL)
    return g_strdup_printf ("indicators[%u]", index);
  return g_strdup_printf ("%s.children[%u]", parent->path, index);
}

static JxIndicatorRow *
row_new (const JxIndicator *indicator,
         JxIndicatorRow    *parent,
         guint              index)
{
  JxIndicatorRow *self = g_object_new (JX_TYPE_INDICATOR_ROW, NULL);

  self->indicator = indicator;
  self->parent = parent;
  self->index = index;
  self->level = parent != NULL ? parent->level + 1 : 1;
  self->path = child_path (parent, index);
  return self;
}

const JxIndicator *
jx_indicator_row_get_indicator (JxIndicatorRow *self)
{
  g_return_val_if_fail (JX_IS_INDICATOR_ROW (self), NULL);
  return self->indicator;
}

const char *
jx_indicator_row_get_path (JxIndicatorRow *self)
{
  g_return_val_if_fail (JX_IS_INDICATOR_ROW (self), NULL);
  return self->path;
}

int
jx_indicator_row_get_level (JxIndicatorRow *self)
{
  g_return_val_if_fail (JX_IS_INDICATOR_ROW (self), 0);
  return self->level;
}

guint
jx_indicator_row_get_index (JxIndicatorRow *self)
{
  g_return_val_if_fail (JX_IS_INDICATOR_ROW (self), 0);
  return self->index;
}

JxIndicatorRow *
jx_indicator_row_get_parent (JxIndicatorRow *self)
{
  g_return_val_if_fail (JX_IS_INDICATOR_ROW (self), NULL);
  return self->parent;
}

gboolean
jx_indicator_row_is_within (JxIndicatorRow *self,
                            JxIndicatorRow *ancestor)
{
  for (; self != NULL; self = self->parent)
    if (self == ancestor)
      return TRUE;
  return FALSE;
}

GListStore *
jx_indicator_row_get_children (JxIndicatorRow *self)
{
  g_return_val_if_fail (JX_IS_INDICATOR_ROW (self), NULL);

  if (self->level >= 3 || self->indicator == NULL)
    return NULL;
  if (self->children == NULL)
    self->children = jx_indicator_rows_new (self->indicator->children, self);
  return self->children;
}

GtkWidget *
jx_indicator_row_get_cell (JxIndicatorRow *self,
                           guint           column)
{
  g_return_val_if_fail (JX_IS_INDICATOR_ROW (self), NULL);
  g_return_val_if_fail (column < JX_N_COLUMNS, NULL);
  return self->cells[column];
}

void
jx_indicator_row_set_cell (JxIndicatorRow *self,
                           guint           column,
                           GtkWidget      *cell)
{
  g_return_if_fail (JX_IS_INDICATOR_ROW (self));
  g_return_if_fail (column < JX_N_COLUMNS);
  self->cells[column] = cell;
}

gboolean
jx_indicator_row_get_shown (JxIndicatorRow *self)
{
  return self->shown;
}

void
jx_indicator_row_set_shown (JxIndicatorRow *self,
                            gboolean        shown)
{
  self->shown = !!shown;
}

GtkTreeListRow *
jx_indicator_row_get_tree_row (JxIndicatorRow   *row,
                               GtkTreeListModel *tree)
{
  g_autoptr(GtkTreeListRow) parent = NULL;

  if (row->parent == NULL)
    return gtk_tree_list_model_get_child_row (tree, row->index);
  parent = jx_indicator_row_get_tree_row (row->parent, tree);
  if (parent == NULL || !gtk_tree_list_row_get_expanded (parent))
    return NULL;
  return gtk_tree_list_row_get_child_row (parent, row->index);
}

/* ---- stores ---- */

GListStore *
jx_indicator_rows_new (GPtrArray      *list,
                       JxIndicatorRow *parent)
{
  GListStore *store = g_list_store_new (JX_TYPE_INDICATOR_ROW);
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (g_object_unref);
  guint i;

  for (i = 0; list != NULL && i < list->len; i++)
    g_ptr_array_add (rows, row_new (g_ptr_array_index (list, i), parent, i));
  g_list_store_splice (store, 0, 0, rows->pdata, rows->len);
  return store;
}

static JxIndicatorRow *
row_at (GListStore *store,
        guint       i)
{
  /* The store keeps a reference; callers use the row while the store holds it. */
  JxIndicatorRow *row = g_list_model_get_item (G_LIST_MODEL (store), i);
  g_object_unref (row);
  return row;
}

/* Dead for every reader (no record), but its rows below kept for their expansion flags. */
static void
mark_buried (JxIndicatorRow *self)
{
  guint n, i;

  self->indicator = NULL;
  if (self->children == NULL)
    return;
  n = g_list_model_get_n_items (G_LIST_MODEL (self->children));
  for (i = 0; i < n; i++)
    mark_buried (row_at (self->children, i));
}

static void
mark_dead (JxIndicatorRow *self)
{
  self->indicator = NULL;
  if (self->children != NULL)
    {
      guint n = g_list_model_get_n_items (G_LIST_MODEL (self->children));
      guint i;

      for (i = 0; i < n; i++)
        {
          JxIndicatorRow *child = row_at (self->children, i);

          mark_dead (child);
          child->parent = NULL;
        }
      g_clear_object (&self->children);
    }
}

static void
set_position (JxIndicatorRow *self,
              JxIndicatorRow *parent,
              guint           index,
              gboolean        force)
{
  guint n, i;

  if (!force && self->parent == parent && self->index == index && self->path != NULL)
    return;
  self->parent = parent;
  self->index = index;
  g_free (self->path);
  self->path = child_path (parent, index);
  if (self->children == NULL)
    return;
  n = g_list_model_get_n_items (G_LIST_MODEL (self->children));
  for (i = 0; i < n; i++)
    set_position (row_at (self->children, i), self, i, TRUE);
}

static void
save_expansion (JxIndicatorRow   *self,
                GtkTreeListModel *tree)
{
  g_autoptr(GtkTreeListRow) tree_row = tree != NULL ? jx_indicator_row_get_tree_row (self, tree) : NULL;
  guint n, i;

  self->was_expanded = tree_row != NULL && gtk_tree_list_row_get_expanded (tree_row);
  if (!self->was_expanded || self->children == NULL)
    return;
  n = g_list_model_get_n_items (G_LIST_MODEL (self->children));
  for (i = 0; i < n; i++)
    save_expansion (row_at (self->children, i), tree);
}

static void
restore_expansion (JxIndicatorRow   *self,
                   GtkTreeListModel *tree)
{
  g_autoptr(GtkTreeListRow) tree_row = NULL;
  guint n, i;

  if (!self->was_expanded || tree == NULL)
    return;
  self->was_expanded = FALSE;
  tree_row = jx_indicator_row_get_tree_row (self, tree);
  if (tree_row == NULL)
    return;
  gtk_tree_list_row_set_expanded (tree_row, TRUE);
  if (self->children == NULL)
    return;
  n = g_list_model_get_n_items (G_LIST_MODEL (self->children));
  for (i = 0; i < n; i++)
    restore_expansion (row_at (self->children, i), tree);
}

/* A record replaced by another in the same place (written back whole, or undone) keeps its
 * rows' expansion: the flags saved on the old rows go to the new ones, level by level. */
static void
transfer_expansion (JxIndicatorRow *old,
                    JxIndicatorRow *row)
{
  GListStore *children;
  guint n, i;

  row->was_expanded = old->was_expanded;
  if (!old->was_expanded || old->children == NULL || (children = jx_indicator_row_get_children (row)) == NULL)
    return;
  n = MIN (g_list_model_get_n_items (G_LIST_MODEL (old->children)), g_list_model_get_n_items (G_LIST_MODEL (children)));
  for (i = 0; i < n; i++)
    transfer_expansion (row_at (old->children, i), row_at (children, i));
}

void
jx_indicator_rows_sync (GListStore       *store,
                        JxIndicatorRow   *parent,
                        GPtrArray        *list,
                        GtkTreeListModel *tree,
                        gboolean          deep,
                        GHashTable       *graveyard)
{
  guint n_old = g_list_model_get_n_items (G_LIST_MODEL (store));
  guint n_new = list != NULL ? list->len : 0;
  guint pre = 0, suf = 0;
  guint i;

  while (pre < n_old && pre < n_new && row_at (store, pre)->indicator == g_ptr_array_index (list, pre))
    pre++;
  while (suf < n_old - pre && suf < n_new - pre
         && row_at (store, n_old - 1 - suf)->indicator == g_ptr_array_index (list, n_new - 1 - suf))
    suf++;

  if (pre + suf < n_old || pre + suf < n_new)
    {
      g_autoptr(GHashTable) old = g_hash_table_new_full (NULL, NULL, NULL, g_object_unref);
      g_autoptr(GPtrArray) added = g_ptr_array_new_with_free_func (g_object_unref);
      GHashTableIter iter;
      gpointer value;

      for (i = pre; i < n_old - suf; i++)
        {
          JxIndicatorRow *row = row_at (store, i);

          save_expansion (row, tree);
          if (row->indicator != NULL)
            g_hash_table_insert (old, (gpointer) row->indicator, g_object_ref (row));
        }
      for (i = pre; i < n_new - suf; i++)
        {
          gpointer ind = g_ptr_array_index (list, i);
          JxIndicatorRow *row = NULL;

          if (g_hash_table_steal_extended (old, ind, NULL, (gpointer *) &row))
            g_ptr_array_add (added, row);
          else
            g_ptr_array_add (added, row_new (ind, parent, i));
        }
      /* Rows that go are remembered by path with their expansion: a record replaced by
       * another in the same place (written back whole, or undone) opens as it was. */
      g_hash_table_iter_init (&iter, old);
      while (g_hash_table_iter_next (&iter, NULL, &value))
        {
          JxIndicatorRow *gone = value;

          if (graveyard != NULL && gone->was_expanded)
            {
              mark_buried (gone);
              g_hash_table_replace (graveyard, g_strdup (gone->path), g_object_ref (gone));
            }
          else
            mark_dead (gone);
        }
      for (i = 0; graveyard != NULL && i < added->len; i++)
        {
          JxIndicatorRow *row = g_ptr_array_index (added, i);
          JxIndicatorRow *gone;

          if (row->indicator != NULL && (gone = g_hash_table_lookup (graveyard, row->path)) != NULL && gone != row)
            {
              transfer_expansion (gone, row);
              g_hash_table_remove (graveyard, row->path);
            }
        }

      g_list_store_splice (store, pre, n_old - pre - suf, added->pdata, added->len);

      for (i = 0; i < n_new; i++)
        set_position (row_at (store, i), parent, i, FALSE);
      for (i = 0; i < added->len; i++)
        restore_expansion (g_ptr_array_index (added, i), tree);
    }
  else
    {
      for (i = 0; i < n_new; i++)
        set_position (row_at (store, i), parent, i, FALSE);
    }

  if (!deep)
    return;
  for (i = 0; i < n_new; i++)
    {
      JxIndicatorRow *row = row_at (store, i);

      if (row->children != NULL)
        jx_indicator_rows_sync (row->children, row, row->indicator->children, tree, TRUE, graveyard);
    }
}

void
jx_indicator_row_bury (JxIndicatorRow *row)
{
  mark_dead (row);
}

JxIndicatorRow *
jx_indicator_rows_lookup (GListStore *root,
                          const char *path)
{
  GListStore *store = root;
  JxIndicatorRow *row = NULL;
  const char *p = path;

  if (!g_str_has_prefix (p, "indicators["))
    return NULL;
  p += strlen ("indicators");
  while (store != NULL && *p == '[')
    {
      char *end = NULL;
      guint64 index = g_ascii_strtoull (p + 1, &end, 10);

      if (end == p + 1 || *end != ']' || index >= g_list_model_get_n_items (G_LIST_MODEL (store)))
        return row;
      row = row_at (store, (guint) index);
      p = end + 1;
      if (!g_str_has_prefix (p, ".children["))
        break;
      p += strlen (".children");
      store = jx_indicator_row_get_children (row);
    }
  return row;
}
