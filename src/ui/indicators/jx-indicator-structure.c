/* SPDX-License-Identifier: GPL-3.0-or-later */
/* jx-indicator-structure.c: the shape of the indicator tree. */
#define G_LOG_DOMAIN "jx-indicator-structure"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <stdlib.h>

#include "jx-indicator-columns.h"
#include "jx-indicator-edit.h"
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

/* ---- numbering ---- */

static gboolean
parse_int (const char *s,
           gint64     *value)
{
  char *end = NULL;

  if (s == NULL || !g_ascii_isdigit (*s))
    return FALSE;
  *value = g_ascii_strtoll (s, &end, 10);
  return *end == '\0';
}

typedef struct {
  const JxIndicator *dimension;
  gint64 start;
  gboolean sequential;
} Numbering;

static void
leaves_of (const JxIndicator *dim,
           GPtrArray         *out)
{
  guint g, k;

  for (g = 0; dim->children != NULL && g < dim->children->len; g++)
    {
      const JxIndicator *group = g_ptr_array_index (dim->children, g);

      for (k = 0; group->children != NULL && k < group->children->len; k++)
        g_ptr_array_add (out, g_ptr_array_index (group->children, k));
    }
}

/* Whether the numbers of `list` (blanks skipped) are start, start + 1, … */
static gboolean
sequence_of (GPtrArray *list,
             gint64    *start)
{
  gint64 expected = -1;
  guint i;

  *start = 1;
  for (i = 0; i < list->len; i++)
    {
      const JxIndicator *ind = g_ptr_array_index (list, i);
      gint64 n;

      if (ind->number == NULL || *ind->number == '\0')
        continue;
      if (!parse_int (ind->number, &n))
        return FALSE;
      if (expected < 0)
        *start = expected = n;
      if (n != expected)
        return FALSE;
      expected++;
    }
  return TRUE;
}

static void
numbering_capture (const JxDocData *doc,
                   GArray          *out,
                   guint            dimension)
{
  g_autoptr(GPtrArray) leaves = g_ptr_array_new ();
  Numbering n = { 0 };
  guint i;

  if (dimension >= doc->indicators->len)
    return;
  n.dimension = g_ptr_array_index (doc->indicators, dimension);
  for (i = 0; i < out->len; i++)
    if (g_array_index (out, Numbering, i).dimension == n.dimension)
      return;
  leaves_of (n.dimension, leaves);
  n.sequential = sequence_of (leaves, &n.start);
  g_array_append_val (out, n);
}

/* Numbers `list` (at `list_path`) from `start`: numbered and fresh entries in order. */
static void
number_list (JxDocument *doc,
             GPtrArray  *list,
             GPtrArray  *paths,
             gint64      start,
             GHashTable *fresh)
{
  gint64 next = start;
  guint i;

  for (i = 0; i < list->len; i++)
    {
      const JxIndicator *ind = g_ptr_array_index (list, i);
      g_autofree char *want = NULL;
      g_autofree char *path = NULL;

      if ((ind->number == NULL || *ind->number == '\0') && !g_hash_table_contains (fresh, ind))
        continue;
      want = g_strdup_printf ("%" G_GINT64_FORMAT, next++);
      if (g_strcmp0 (want, ind->number) == 0)
        continue;
      path = g_strconcat (g_ptr_array_index (paths, i), ".number", NULL);
      jx_document_set_string (doc, path, want, NULL);
    }
}

static void
numbering_apply (JxDocument *doc,
                 GArray     *captured,
                 GHashTable *fresh)
{
  const JxDocData *data = jx_document_get_data (doc);
  guint c, d;

  for (c = 0; c < captured->len; c++)
    {
      const Numbering *n = &g_array_index (captured, Numbering, c);

      for (d = 0; d < data->indicators->len; d++)
        {
          const JxIndicator *dim = g_ptr_array_index (data->indicators, d);
          g_autoptr(GPtrArray) leaves = NULL;
          g_autoptr(GPtrArray) paths = NULL;
          guint g, k;

          if (dim != n->dimension || !n->sequential)
            continue;
          leaves = g_ptr_array_new ();
          paths = g_ptr_array_new_with_free_func (g_free);
          for (g = 0; dim->children != NULL && g < dim->children->len; g++)
            {
              const JxIndicator *group = g_ptr_array_index (dim->children, g);

              for (k = 0; group->children != NULL && k < group->children->len; k++)
                {
                  g_ptr_array_add (leaves, g_ptr_array_index (group->children, k));
                  g_ptr_array_add (paths, g_strdup_printf ("indicators[%u].children[%u].children[%u]", d, g, k));
                }
            }
          number_list (doc, leaves, paths, n->start, fresh);
        }
    }
}

/* Level-1 and level-2 lists numbered 1, 2, 3 … keep that. */
static void
number_siblings (JxDocument *doc,
                 const char *list_path,
                 GHashTable *fresh)
{
  const JxDocData *data = jx_document_get_data (doc);
  g_autoptr(GPtrArray) paths = g_ptr_array_new_with_free_func (g_free);
  GPtrArray *list;
  Where w;
  gint64 start;
  gboolean any = FALSE;
  guint i;

  if (g_str_equal (list_path, "indicators"))
    list = data->indicators;
  else
    {
      g_autofree char *parent = g_strndup (list_path, strlen (list_path) - strlen (".children"));

      if (!locate (data, parent, &w))
        return;
      list = w.node->children;
      where_clear (&w);
      /* Level-3 lists are numbered per dimension. */
      if (w.level >= 2 || list == NULL)
        return;
    }
  for (i = 0; i < list->len; i++)
    {
      const JxIndicator *ind = g_ptr_array_index (list, i);

      any = any || (ind->number != NULL && *ind->number && !g_hash_table_contains (fresh, ind));
      g_ptr_array_add (paths, g_strdup_printf ("%s[%u]", list_path, i));
    }
  if (!any)
    return;
  {
    g_autoptr(GPtrArray) old = g_ptr_array_new ();

    for (i = 0; i < list->len; i++)
      if (!g_hash_table_contains (fresh, g_ptr_array_index (list, i)))
        g_ptr_array_add (old, g_ptr_array_index (list, i));
    if (!sequence_of (old, &start))
      return;
  }
  number_list (doc, list, paths, start, fresh);
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
  Where w;

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
  Where w;

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
  g_autoptr(GArray) numbering = g_array_new (FALSE, FALSE, sizeof (Numbering));
  g_autoptr(GHashTable) fresh = g_hash_table_new (NULL, NULL);
  g_autofree char *list_path = NULL;
  gboolean ok = TRUE;
  guint dimension = 0;
  int index = 0;
  guint i;

  jx_indicator_edit_begin (evaluation, label);
  if (leaf_slot (evaluation, path, &list_path, &index, &dimension))
    {
      numbering_capture (data, numbering, dimension);
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
      numbering_apply (doc, numbering, fresh);
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
  Where w;
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
      number_siblings (doc, list_path, fresh);
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
  g_autoptr(GArray) numbering = g_array_new (FALSE, FALSE, sizeof (Numbering));
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

  jx_indicator_edit_begin (evaluation, todo->len > 1 ? _("Delete Rows") : _("Delete Row"));
  for (i = 0; i < todo->len; i++)
    {
      Where w;

      if (!locate (data, g_ptr_array_index (todo, i), &w))
        continue;
      numbering_capture (data, numbering, w.dimension);
      if (w.level < 3)
        g_ptr_array_add (lists, g_strdup (w.list_path));
      ok = jx_document_remove (doc, w.list_path, (int) w.index, error);
      where_clear (&w);
      if (!ok)
        break;
    }
  numbering_apply (doc, numbering, fresh);
  for (i = 0; i < lists->len; i++)
    number_siblings (doc, g_ptr_array_index (lists, i), fresh);
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
  g_autoptr(GArray) numbering = g_array_new (FALSE, FALSE, sizeof (Numbering));
  g_autoptr(GHashTable) fresh = g_hash_table_new (NULL, NULL);
  g_autoptr(JsonNode) node = node_for_level (doc, path, level);
  g_autofree char *from_list = g_strdup (from->list_path);
  g_autofree char *to_list = g_strdup (list_path);
  gboolean ok;
  guint d;

  for (d = 0; d < data->indicators->len; d++)
    numbering_capture (data, numbering, d);

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
      numbering_apply (doc, numbering, fresh);
      if (level < 3)
        number_siblings (doc, to_list, fresh);
      if (from->level < 3)
        number_siblings (doc, from_list, fresh);
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
  Where w;

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
  Where w;

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
  Where w;
  int to;

  if (!locate (data, path, &w))
    return refuse (error, _("No row to move"));
  to = (int) w.index + delta;
  if (to >= 0 && to < (int) w.list->len)
    {
      g_autoptr(GArray) numbering = g_array_new (FALSE, FALSE, sizeof (Numbering));
      g_autoptr(GHashTable) fresh = g_hash_table_new (NULL, NULL);

      numbering_capture (data, numbering, w.dimension);
      jx_indicator_edit_begin (evaluation, label);
      ok = jx_document_move (doc, w.list_path, (int) w.index, to, error);
      if (ok)
        {
          numbering_apply (doc, numbering, fresh);
          if (w.level < 3)
            number_siblings (doc, w.list_path, fresh);
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

/* ---- rows from the clipboard ---- */

static int
rule_from_name (const char *name)
{
  int kind;

  for (kind = JX_RULE_POSITIVE; kind <= JX_RULE_MANUAL; kind++)
    {
      const char *shown = jx_rule_kind_short_name (kind);

      if (g_str_has_prefix (name, shown) || g_ascii_strcasecmp (name, jx_rule_kind_names[kind]) == 0)
        return kind;
    }
  return -1;
}

JsonNode *
jx_indicator_json_from_cells (const char * const *cells)
{
  g_autoptr(JsonBuilder) b = json_builder_new ();
  g_autoptr(GPtrArray) parts = NULL;
  g_autoptr(GPtrArray) own = g_ptr_array_new_with_free_func (g_free);
  const char *cell[JX_N_COLUMNS] = { NULL };
  g_auto(GStrv) actual = NULL;
  double v;
  int kind;
  guint i, n = g_strv_length ((GStrv) cells);

  for (i = 0; i < JX_N_COLUMNS; i++)
    {
      char *c = g_strstrip (g_strdup (i < n ? cells[i] : ""));

      g_ptr_array_add (own, c);
      cell[i] = c;
    }
  if (*cell[JX_COLUMN_NAME] == '\0')
    return NULL;

  parts = jx_parse_target (cell[JX_COLUMN_TARGET]);
  json_builder_begin_object (b);
  json_builder_set_member_name (b, "number");
  json_builder_add_string_value (b, cell[JX_COLUMN_NUMBER]);
  json_builder_set_member_name (b, "name");
  json_builder_add_string_value (b, cell[JX_COLUMN_NAME]);
  json_builder_set_member_name (b, "weight");
  if (jx_parse_number (cell[JX_COLUMN_WEIGHT], NULL, &v))
    json_builder_add_double_value (b, v);
  else
    json_builder_add_null_value (b);
  json_builder_set_member_name (b, "target_text");
  json_builder_add_string_value (b, cell[JX_COLUMN_TARGET]);

  {
    GString *sep = g_string_new (cell[JX_COLUMN_ACTUAL]);

    g_string_replace (sep, "；", ";", 0);
    actual = g_strsplit (sep->str, ";", -1);
    g_string_free (sep, TRUE);
  }
  json_builder_set_member_name (b, "actual_text");
  json_builder_add_string_value (b, parts != NULL && parts->len > 0 ? "" : cell[JX_COLUMN_ACTUAL]);
  json_builder_set_member_name (b, "parts");
  json_builder_begin_array (b);
  for (i = 0; parts != NULL && i < parts->len; i++)
    {
      const JxTargetPart *p = g_ptr_array_index (parts, i);

      json_builder_begin_object (b);
      json_builder_set_member_name (b, "label");
      json_builder_add_string_value (b, p->label);
      json_builder_set_member_name (b, "target");
      json_builder_add_double_value (b, p->value);
      json_builder_set_member_name (b, "actual");
      if (i < g_strv_length (actual) && jx_parse_number (actual[i], p->unit, &v))
        json_builder_add_double_value (b, v);
      else
        json_builder_add_null_value (b);
      json_builder_set_member_name (b, "unit");
      json_builder_add_string_value (b, p->unit);
      json_builder_set_member_name (b, "direction");
      json_builder_add_string_value (b, jx_direction_names[p->direction >= 0 ? p->direction : JX_DIRECTION_GE]);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);

  kind = rule_from_name (cell[JX_COLUMN_RULE]);
  if (kind < 0)
    kind = parts != NULL && parts->len > 0
           ? (((const JxTargetPart *) g_ptr_array_index (parts, 0))->direction == JX_DIRECTION_LE
              ? JX_RULE_NEGATIVE : JX_RULE_POSITIVE)
           : JX_RULE_MANUAL;
  json_builder_set_member_name (b, "rule");
  json_builder_begin_object (b);
  json_builder_set_member_name (b, "kind");
  json_builder_add_string_value (b, jx_rule_kind_names[kind]);
  json_builder_end_object (b);

  json_builder_set_member_name (b, "score");
  if (jx_parse_number (cell[JX_COLUMN_SCORE], NULL, &v))
    json_builder_add_double_value (b, v);
  else
    json_builder_add_null_value (b);
  json_builder_set_member_name (b, "note");
  json_builder_add_string_value (b, cell[JX_COLUMN_NOTE]);
  json_builder_end_object (b);
  return json_builder_get_root (b);
}
