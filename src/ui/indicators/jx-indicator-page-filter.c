/* SPDX-License-Identifier: GPL-3.0-or-later */
/* jx-indicator-page-filter.c: the rows shown — expanding, searching by name, only the
 * rows with findings — and large changes of the list made while it is detached. */
#define G_LOG_DOMAIN "jx-indicator-page"

#include "config.h"

#include <glib/gi18n.h>

#include "jx-indicator-edit.h"
#include "jx-indicator-page-private.h"
#include "jx-rule-popover.h"

/* ---- models ---- */

GListModel *
_jx_indicator_page_create_children (gpointer item,
                 gpointer data)
{
  GListStore *children = jx_indicator_row_get_children (item);

  return children != NULL ? G_LIST_MODEL (g_object_ref (children)) : NULL;
}

gboolean
_jx_indicator_page_filter_row (gpointer item,
            gpointer data)
{
  g_autoptr(JxIndicatorRow) row = gtk_tree_list_row_get_item (item);

  return jx_indicator_row_get_shown (row);
}

/* Many changes of the list at once: GTK 4.8's list makes new widgets for every row it binds
 * after each change, so a large change is made with the list detached, and the list binds
 * its rows once when it comes back. */
static void
bulk_begin (JxIndicatorPage *self)
{
  if (self->bulk++ == 0 && gtk_column_view_get_model (self->view) != NULL)
    {
      gtk_column_view_set_model (self->view, NULL);
      self->bulk_detached = TRUE;
    }
}

static void
bulk_end (JxIndicatorPage *self)
{
  guint position;

  if (--self->bulk > 0 || !self->bulk_detached)
    return;
  self->bulk_detached = FALSE;
  gtk_column_view_set_model (self->view, GTK_SELECTION_MODEL (self->selection));
  /* Back to the cursor's cell, once the list has laid its new rows out (until then the
   * list cannot scroll). */
  self->pending_layout = TRUE;
  if (self->cursor_row != NULL && jx_indicator_row_get_indicator (self->cursor_row) != NULL
      && (position = _jx_indicator_page_position_of (self, self->cursor_row)) != G_MAXUINT)
    {
      g_set_object (&self->pending_row, self->cursor_row);
      self->pending_column = self->cursor_column;
      self->pending_edit = FALSE;
    }
  _jx_indicator_page_queue_pending (self);
}

void
_jx_indicator_page_expand_all (JxIndicatorPage *self,
                               gboolean         expand)
{
  guint n, i;
  gboolean any = FALSE;

  if (self->tree == NULL)
    return;
  n = g_list_model_get_n_items (G_LIST_MODEL (self->tree));
  for (i = 0; i < n && !any; i++)
    {
      g_autoptr(GtkTreeListRow) tree_row = gtk_tree_list_model_get_row (self->tree, i);

      any = gtk_tree_list_row_is_expandable (tree_row) && gtk_tree_list_row_get_expanded (tree_row) != expand;
    }
  if (!any)
    return;

  bulk_begin (self);
  for (i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->tree)); i++)
    {
      g_autoptr(GtkTreeListRow) tree_row = gtk_tree_list_model_get_row (self->tree, i);

      if (gtk_tree_list_row_is_expandable (tree_row) && gtk_tree_list_row_get_expanded (tree_row) != expand)
        gtk_tree_list_row_set_expanded (tree_row, expand);
    }
  bulk_end (self);
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
      if (gtk_filter_list_model_get_filter (self->filtered) != NULL)
        {
          bulk_begin (self);
          gtk_filter_list_model_set_filter (self->filtered, NULL);
          bulk_end (self);
        }
      return;
    }
  n = g_list_model_get_n_items (G_LIST_MODEL (self->root));
  for (i = 0; i < n; i++)
    {
      g_autoptr(JxIndicatorRow) row = g_list_model_get_item (G_LIST_MODEL (self->root), i);
      mark_shown (self, row);
    }
  bulk_begin (self);
  _jx_indicator_page_expand_all (self, TRUE);
  if (gtk_filter_list_model_get_filter (self->filtered) == NULL)
    gtk_filter_list_model_set_filter (self->filtered, GTK_FILTER (self->filter));
  else
    gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
  bulk_end (self);
}

void
_jx_indicator_page_search_changed (GtkSearchEntry  *entry,
                   JxIndicatorPage *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (entry));
  g_autofree char *stripped = g_strstrip (g_strdup (text));

  g_clear_pointer (&self->search_text, g_free);
  if (*stripped)
    self->search_text = g_utf8_casefold (stripped, -1);
  _jx_indicator_page_refilter (self);
}

void
_jx_indicator_page_stop_search (GtkSearchEntry  *entry,
                JxIndicatorPage *self)
{
  gtk_editable_set_text (GTK_EDITABLE (entry), "");
  gtk_widget_grab_focus (GTK_WIDGET (self->view));
}
