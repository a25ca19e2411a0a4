/* SPDX-License-Identifier: GPL-3.0-or-later */
/* jx-indicator-structure.c: the shape of the indicator tree. */
#define G_LOG_DOMAIN "jx-indicator-structure"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <stdlib.h>

#include "jx-indicator-columns.h"
#include "jx-indicator-edit.h"
#include "jx-indicator-numbering.h"
#include "jx-indicator-structure.h"
#include "jx-record.h"

/* ---- paths ---- */

typedef struct {
  JxIndicator *node;
  GPtrArray   *list;       /* the list holding it */
  guint        index;
  int          level;
  char        *list_path;  /* "indicators[2].children" */
  char        *parent;     /* "indicators[2]", NULL at level 1 */
  guint        dimension;  /* index of its level-1 ancestor */
} Where;

static void
where_clear (Where *w)
{
  g_clear_pointer (&w->list_path, g_free);
  g_clear_pointer (&w->parent, g_free);
}

static gboolean
locate (const JxDocData *doc,
        const char      *path,
        Where           *w)
{
  GPtrArray *list = doc->indicators;
  const char *p = path;
  int level = 0;

  memset (w, 0, sizeof *w);
  if (path == NULL || !g_str_has_prefix (p, "indicators["))
    return FALSE;
  p += strlen ("indicators");
  for (;;)
    {
      char *end = NULL;
      guint64 index;

      if (*p != '[')
        return FALSE;
      index = g_ascii_strtoull (p + 1, &end, 10);
      if (end == p + 1 || *end != ']' || list == NULL || index >= list->len)
        return FALSE;
      level++;
      w->node = g_ptr_array_index (list, index);
      w->list = list;
      w->index = (guint) index;
      if (level == 1)
        w->dimension = (guint) index;
      p = end + 1;
      if (*p == '\0')
        break;
      if (!g_str_has_prefix (p, ".children") || level >= 3)
        return FALSE;
      p += strlen (".children");
      list = w->node->children;
    }
  w->level = level;
  {
    const char *bracket = strrchr (path, '[');

    w->list_path = g_strndup (path, bracket - path);
    if (level > 1)
      w->parent = g_strndup (path, strlen (w->list_path) - strlen (".children"));
  }
  return TRUE;
}

static int
height (const JxIndicator *node)
{
  int h = 0;
  guint i;

  for (i = 0; node->children != NULL && i < node->children->len; i++)
    h = MAX (h, height (g_ptr_array_index (node->children, i)));
  return 1 + (node->children != NULL && node->children->len > 0 ? h : 0);
}

/* ---- new records ---- */

static JsonNode *
new_node (int         level,
          const char *name)
{
  g_autoptr(JsonBuilder) b = json_builder_new ();

  json_builder_begin_object (b);
  json_builder_set_member_name (b, "number");
  json_builder_add_string_value (b, "");
  json_builder_set_member_name (b, "name");
  json_builder_add_string_value (b, name);
  json_builder_set_member_name (b, "weight");
  json_builder_add_null_value (b);
  if (level < 3)
    {
      json_builder_set_member_name (b, "children");
      json_builder_begin_array (b);
      json_builder_end_array (b);
    }
  json_builder_end_object (b);
  return json_builder_get_root (b);
}

/* The record at `path` as JSON for another level: members that mean nothing at the new
 * level and hold only their default are left out (the others are kept, unknown to that
 * level, and come back when the row returns to its level). */
static JsonNode *
node_for_level (JxDocument *doc,
                const char *path,
                int         level)
{
  JsonNode *node = jx_document_get_node (doc, path);
  JsonObject *o = json_node_get_object (node);
  static const char * const leaf_defaults[][2] = {
    { "target_text", "" }, { "actual_text", "" }, { "note", "" }, { "metric", NULL }, { "score", NULL },
  };
  guint i;

  if (level >= 3)
    {
      JsonNode *children = json_object_get_member (o, "children");

      if (children != NULL && JSON_NODE_HOLDS_ARRAY (children)
          && json_array_get_length (json_node_get_array (children)) == 0)
        json_object_remove_member (o, "children");
      if (json_object_has_member (o, "stated_score") && json_object_get_null_member (o, "stated_score"))
        json_object_remove_member (o, "stated_score");
      return node;
    }

  for (i = 0; i < G_N_ELEMENTS (leaf_defaults); i++)
    {
      JsonNode *m = json_object_get_member (o, leaf_defaults[i][0]);

      if (m == NULL)
        continue;
      if ((leaf_defaults[i][1] == NULL && JSON_NODE_HOLDS_NULL (m))
          || (leaf_defaults[i][1] != NULL && JSON_NODE_HOLDS_VALUE (m)
              && g_strcmp0 (json_node_get_string (m), leaf_defaults[i][1]) == 0))
        json_object_remove_member (o, leaf_defaults[i][0]);
    }
  if (json_object_has_member (o, "parts")
      && json_array_get_length (json_object_get_array_member (o, "parts")) == 0)
    json_object_remove_member (o, "parts");
  if (json_object_has_member (o, "applicable") && json_object_get_boolean_member (o, "applicable"))
    json_object_remove_member (o, "applicable");
  if (json_object_has_member (o, "rule"))
    {
      JsonObject *rule = json_object_get_object_member (o, "rule");

      if (json_object_get_size (rule) == 1 && g_strcmp0 (json_object_get_string_member (rule, "kind"), "manual") == 0)
        json_object_remove_member (o, "rule");
    }
  if (!json_object_has_member (o, "children"))
    json_object_set_array_member (o, "children", json_array_new ());
  return node;
}

static void
mark_fresh (const JxDocData *doc,
            const char      *path,
            GHashTable      *fresh)
{
  Where w = { 0 };

  if (locate (doc, path, &w))
    g_hash_table_add (fresh, w.node);
  where_clear (&w);
}

/* ---- operations ---- */

static gboolean
refuse (GError    **error,
        const char *message)
{
  g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED, message);
  return FALSE;
}

/* Where a new level-3 row goes for a cursor at `path`: its list and index. */
static gboolean
leaf_slot (JxEvaluation *evaluation,
           const char   *path,
           char        **list_path,
           int          *index,
           guint        *dimension)
{
  JxDocument *doc = jx_evaluation_get_document (evaluation);
  const JxDocData *data = jx_document_get_data (doc);
  Where w = { 0 };

  if (path == NULL || !locate (data, path, &w))
    {
      const JxIndicator *dim;
      guint d = data->indicators->len;

      where_clear (&w);
      if (d == 0)
        {
          g_autoptr(JsonNode) node = new_node (1, _("New Dimension"));
          jx_document_insert (doc, "indicators", -1, node, NULL);
          d = 1;
        }
      dim = g_ptr_array_index (data->indicators, d - 1);
      if (dim->children->len == 0)
        {
          g_autofree char *groups = g_strdup_printf ("indicators[%u].children", d - 1);
          g_autoptr(JsonNode) node = new_node (2, _("New Group"));

          jx_document_insert (doc, groups, -1, node, NULL);
        }
      *list_path = g_strdup_printf ("indicators[%u].children[%u].children", d - 1, dim->children->len - 1);
      *index = -1;
      *dimension = d - 1;
      return TRUE;
    }

  *dimension = w.dimension;
  if (w.level == 3)
    {
      *list_path = g_strdup (w.list_path);
      *index = (int) w.index + 1;
    }
  else if (w.level == 2)
    {
      *list_path = g_strconcat (path, ".children", NULL);
      *index = 0;
    }
  else
    {
      if (w.node->children->len == 0)
        {
          g_autofree char *groups = g_strconcat (path, ".children", NULL);
          g_autoptr(JsonNode) node = new_node (2, _("New Group"));

          jx_document_insert (doc, groups, -1, node, NULL);
        }
      *list_path = g_strconcat (path, ".children[0].children", NULL);
      *index = 0;
    }
  where_clear (&w);
  return TRUE;
}

static gboolean
insert_leaves (JxEvaluation *evaluation,
               const char   *path,
               GPtrArray    *nodes,
               const char   *label,
               char        **focus,
               GError      **error)
{
  JxDocument *doc = jx_evaluation_get_document (evaluation);
  const JxDocData *data = jx_document_get_data (doc);
  g_autoptr(JxNumbering) numbering = NULL;
  g_autoptr(GHashTable) fresh = g_hash_table_new (NULL, NULL);
  g_autofree char *list_path = NULL;
  gboolean ok = TRUE;
  guint dimension = 0;
  int index = 0;
  guint i;

  jx_indicator_edit_begin (evaluation, label);
  if (leaf_slot (evaluation, path, &list_path, &index, &dimension))
    {
      numbering = jx_numbering_capture (data);
      for (i = 0; ok && i < nodes->len; i++)
        {
          int at = index < 0 ? -1 : index + (int) i;

          ok = jx_document_insert (doc, list_path, at, g_ptr_array_index (nodes, i), error);
          if (ok)
            {
              Where w;
              g_autofree char *parent = g_strndup (list_path, strlen (list_path) - strlen (".children"));
              g_autofree char *new_path = NULL;

              if (locate (data, parent, &w))
                {
                  guint pos = at < 0 ? w.node->children->len - 1 : (guint) at;

                  new_path = g_strdup_printf ("%s[%u]", list_path, pos);
                  mark_fresh (data, new_path, fresh);
                  if (i == 0 && focus != NULL)
                    *focus = g_strdup (new_path);
                }
              where_clear (&w);
            }
        }
      jx_numbering_apply (numbering, doc, fresh);
    }
  jx_indicator_edit_end (evaluation);
  return ok;
}

gboolean
jx_indicator_structure_add (JxEvaluation *evaluation,
                            const char   *path,
                            gboolean      group,
                            char        **focus,
                            GError      **error)
{
  JxDocument *doc = jx_evaluation_get_document (evaluation);
  const JxDocData *data = jx_document_get_data (doc);
  g_autoptr(GHashTable) fresh = g_hash_table_new (NULL, NULL);
  g_autofree char *list_path = NULL;
  g_autoptr(JsonNode) node = NULL;
  Where w = { 0 };
  int level, index;
  gboolean ok;

  if (!group)
    {
      g_autoptr(GPtrArray) nodes = g_ptr_array_new_with_free_func ((GDestroyNotify) json_node_unref);

      g_ptr_array_add (nodes, new_node (3, _("New Indicator")));
      return insert_leaves (evaluation, path, nodes, _("Add Indicator"), focus, error);
    }

  if (path == NULL || !locate (data, path, &w))
    {
      list_path = g_strdup ("indicators");
      index = (int) data->indicators->len;
      level = 1;
    }
  else if (w.level == 3)
    {
      g_autofree char *grand = g_strndup (w.parent, strrchr (w.parent, '[') - w.parent);

      list_path = g_steal_pointer (&grand);
      index = atoi (strrchr (w.parent, '[') + 1) + 1;
      level = 2;
    }
  else
    {
      list_path = g_strdup (w.list_path);
      index = (int) w.index + 1;
      level = w.level;
    }
  where_clear (&w);

  node = new_node (level, level == 1 ? _("New Dimension") : _("New Group"));
  jx_indicator_edit_begin (evaluation, level == 1 ? _("Add Dimension") : _("Add Group"));
  ok = jx_document_insert (doc, list_path, index, node, error);
  if (ok)
    {
      g_autofree char *new_path = g_strdup_printf ("%s[%d]", list_path, index);

      mark_fresh (data, new_path, fresh);
      jx_numbering_siblings (doc, list_path, fresh);
      if (focus != NULL)
        *focus = g_steal_pointer (&new_path);
    }
  jx_indicator_edit_end (evaluation);
  return ok;
}

gboolean
jx_indicator_structure_insert (JxEvaluation *evaluation,
                               const char   *path,
                               GPtrArray    *nodes,
                               char        **focus,
                               GError      **error)
{
  if (nodes->len == 0)
    return refuse (error, _("Nothing to paste"));
  return insert_leaves (evaluation, path, nodes, _("Paste Rows"), focus, error);
}

static int
compare_paths_reverse (gconstpointer a,
                       gconstpointer b)
{
  /* Later rows first; within a list, higher index first (numbers compared as numbers). */
  const char *x = *(const char * const *) a;
  const char *y = *(const char * const *) b;

  while (*x && *y)
    {
      if (g_ascii_isdigit (*x) && g_ascii_isdigit (*y))
        {
          guint64 nx = g_ascii_strtoull (x, (char **) &x, 10);
          guint64 ny = g_ascii_strtoull (y, (char **) &y, 10);

          if (nx != ny)
            return nx < ny ? 1 : -1;
          continue;
        }
      if (*x != *y)
        return *x < *y ? 1 : -1;
      x++;
      y++;
    }
  return *x ? -1 : *y ? 1 : 0;
}

gboolean
jx_indicator_structure_delete (JxEvaluation       *evaluation,
                               const char * const *paths,
                               char              **focus,
                               GError            **error)
{
  JxDocument *doc = jx_evaluation_get_document (evaluation);
  const JxDocData *data = jx_document_get_data (doc);
  g_autoptr(JxNumbering) numbering = NULL;
  g_autoptr(GHashTable) fresh = g_hash_table_new (NULL, NULL);
  g_autoptr(GPtrArray) todo = g_ptr_array_new ();
  g_autoptr(GPtrArray) lists = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *after = NULL;
  gboolean ok = TRUE;
  guint i, j;

  for (i = 0; paths[i] != NULL; i++)
    {
      gboolean inside = FALSE;

      for (j = 0; paths[j] != NULL; j++)
        if (i != j && g_str_has_prefix (paths[i], paths[j]) && paths[i][strlen (paths[j])] == '.')
          inside = TRUE;
      if (!inside)
        g_ptr_array_add (todo, (gpointer) paths[i]);
    }
  if (todo->len == 0)
    return refuse (error, _("No row to delete"));
  g_ptr_array_sort (todo, compare_paths_reverse);
  {
    /* Afterwards: the row that takes the first deleted row's place, else the one before
     * it, else its parent. */
    const char *first = g_ptr_array_index (todo, todo->len - 1);
    Where w;

    if (locate (data, first, &w))
      {
        if (w.index + 1 < w.list->len)
          after = g_strdup (first);
        else if (w.index > 0)
          after = g_strdup_printf ("%s[%u]", w.list_path, w.index - 1);
        else
          after = g_strdup (w.parent);
      }
    where_clear (&w);
  }

  numbering = jx_numbering_capture (data);
  jx_indicator_edit_begin (evaluation, todo->len > 1 ? _("Delete Rows") : _("Delete Row"));
  for (i = 0; i < todo->len; i++)
    {
      Where w;

      if (!locate (data, g_ptr_array_index (todo, i), &w))
        continue;
      if (w.level < 3)
        g_ptr_array_add (lists, g_strdup (w.list_path));
      ok = jx_document_remove (doc, w.list_path, (int) w.index, error);
      where_clear (&w);
      if (!ok)
        break;
    }
  jx_numbering_apply (numbering, doc, fresh);
  for (i = 0; i < lists->len; i++)
    jx_numbering_siblings (doc, g_ptr_array_index (lists, i), fresh);
  jx_indicator_edit_end (evaluation);

  if (focus != NULL)
    *focus = g_steal_pointer (&after);
  return ok;
}

/* Moves the record at `path` into `list_path` at `index` as a record of `level`. */
static gboolean
relocate (JxEvaluation *evaluation,
          const char   *label,
          const Where  *from,
          const char   *path,
          const char   *list_path,
          int           index,
          int           level,
          char        **focus,
          GError      **error)
{
  JxDocument *doc = jx_evaluation_get_document (evaluation);
  const JxDocData *data = jx_document_get_data (doc);
  g_autoptr(JxNumbering) numbering = NULL;
  g_autoptr(GHashTable) fresh = g_hash_table_new (NULL, NULL);
  g_autoptr(JsonNode) node = node_for_level (doc, path, level);
  g_autofree char *from_list = g_strdup (from->list_path);
  g_autofree char *to_list = g_strdup (list_path);
  gboolean ok;

  numbering = jx_numbering_capture (data);
  jx_indicator_edit_begin (evaluation, label);
  ok = jx_document_remove (doc, from_list, (int) from->index, error);
  /* Removing may have shifted the target list's index in its own path. */
  if (ok && g_str_has_prefix (to_list, from_list) && to_list[strlen (from_list)] == '[')
    {
      guint at = (guint) atoi (to_list + strlen (from_list) + 1);

      if (at > from->index)
        {
          g_autofree char *fixed = g_strdup_printf ("%s[%u]%s", from_list, at - 1,
                                                    strchr (to_list + strlen (from_list), ']') + 1);
          g_free (to_list);
          to_list = g_steal_pointer (&fixed);
        }
    }
  if (ok)
    ok = jx_document_insert (doc, to_list, index, node, error);
  if (ok)
    {
      Where w;
      g_autofree char *new_path = NULL;

      if (index < 0)
        {
          g_autofree char *parent = g_strndup (to_list, strlen (to_list) - strlen (".children"));

          if (locate (data, parent, &w))
            new_path = g_strdup_printf ("%s[%u]", to_list, w.node->children->len - 1);
          where_clear (&w);
        }
      else
        new_path = g_strdup_printf ("%s[%d]", to_list, index);
      if (new_path != NULL && focus != NULL)
        *focus = g_strdup (new_path);
      jx_numbering_apply (numbering, doc, fresh);
      if (level < 3)
        jx_numbering_siblings (doc, to_list, fresh);
      if (from->level < 3)
        jx_numbering_siblings (doc, from_list, fresh);
    }
  jx_indicator_edit_end (evaluation);
  return ok;
}

gboolean
jx_indicator_structure_indent (JxEvaluation *evaluation,
                               const char   *path,
                               char        **focus,
                               GError      **error)
{
  const JxDocData *data = jx_document_get_data (jx_evaluation_get_document (evaluation));
  g_autofree char *list = NULL;
  gboolean ok;
  Where w = { 0 };

  if (!locate (data, path, &w))
    return refuse (error, _("No row to indent"));
  if (w.index == 0 || w.level >= 3)
    {
      where_clear (&w);
      return refuse (error, w.level >= 3 ? _("Indicators have three levels: this one cannot go deeper")
                                          : _("Only a row with a row above it at its level can be indented"));
    }
  if (w.level + height (w.node) > 3)
    {
      where_clear (&w);
      return refuse (error, _("Indicators have three levels: the rows below this one would go deeper"));
    }
  list = g_strdup_printf ("%s[%u].children", w.list_path, w.index - 1);
  ok = relocate (evaluation, _("Indent"), &w, path, list, -1, w.level + 1, focus, error);
  where_clear (&w);
  return ok;
}

gboolean
jx_indicator_structure_outdent (JxEvaluation *evaluation,
                                const char   *path,
                                char        **focus,
                                GError      **error)
{
  const JxDocData *data = jx_document_get_data (jx_evaluation_get_document (evaluation));
  g_autofree char *grand = NULL;
  gboolean ok;
  guint parent_index;
  Where w = { 0 };

  if (!locate (data, path, &w))
    return refuse (error, _("No row to outdent"));
  if (w.level == 1)
    {
      where_clear (&w);
      return refuse (error, _("A dimension is already at the top level"));
    }
  if (w.level == 2 && w.node->children->len > 0)
    {
      where_clear (&w);
      return refuse (error, _("A group with indicators cannot become a dimension: its indicators would become groups. "
                              "Move or delete them first"));
    }
  grand = g_strndup (w.parent, strrchr (w.parent, '[') - w.parent);
  parent_index = (guint) atoi (strrchr (w.parent, '[') + 1);
  ok = relocate (evaluation, _("Outdent"), &w, path, grand, (int) parent_index + 1, w.level - 1, focus, error);
  where_clear (&w);
  return ok;
}

gboolean
jx_indicator_structure_move (JxEvaluation *evaluation,
                             const char   *path,
                             int           delta,
                             char        **focus,
                             GError      **error)
{
  JxDocument *doc = jx_evaluation_get_document (evaluation);
  const JxDocData *data = jx_document_get_data (doc);
  const char *label = delta < 0 ? _("Move Up") : _("Move Down");
  gboolean ok;
  Where w = { 0 };
  int to;

  if (!locate (data, path, &w))
    return refuse (error, _("No row to move"));
  to = (int) w.index + delta;
  if (to >= 0 && to < (int) w.list->len)
    {
      g_autoptr(JxNumbering) numbering = NULL;
      g_autoptr(GHashTable) fresh = g_hash_table_new (NULL, NULL);

      numbering = jx_numbering_capture (data);
      jx_indicator_edit_begin (evaluation, label);
      ok = jx_document_move (doc, w.list_path, (int) w.index, to, error);
      if (ok)
        {
          jx_numbering_apply (numbering, doc, fresh);
          if (w.level < 3)
            jx_numbering_siblings (doc, w.list_path, fresh);
          if (focus != NULL)
            *focus = g_strdup_printf ("%s[%d]", w.list_path, to);
        }
      jx_indicator_edit_end (evaluation);
      where_clear (&w);
      return ok;
    }

  /* Past the end of its list: into the parent's neighbour. */
  if (w.level > 1)
    {
      Where p;
      g_autofree char *grand = NULL;
      int neighbour;

      if (!locate (data, w.parent, &p))
        {
          where_clear (&w);
          return refuse (error, _("No row to move"));
        }
      neighbour = (int) p.index + delta;
      if (neighbour >= 0 && neighbour < (int) p.list->len)
        {
          g_autofree char *list = g_strdup_printf ("%s[%d].children", p.list_path, neighbour);

          ok = relocate (evaluation, label, &w, path, list, delta < 0 ? -1 : 0, w.level, focus, error);
          where_clear (&p);
          where_clear (&w);
          return ok;
        }
      where_clear (&p);
    }
  where_clear (&w);
  return refuse (error, delta < 0 ? _("The row is already at the top") : _("The row is already at the bottom"));
}
