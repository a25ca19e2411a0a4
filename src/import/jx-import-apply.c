/* SPDX-License-Identifier: GPL-3.0-or-later */
/* jx-import-apply.c: an imported indicator tree into a document, as one undo step. */
#define G_LOG_DOMAIN "jx-import"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "jx-import-apply.h"
#include "jx-record.h"
#include "jx-save.h"
#include "jx-types.h"

/* A name as compared: no spaces, no final "指标" (产出指标 = 产出). */
static char *
key_of (const char *name)
{
  GString *out = g_string_new (NULL);
  const char *p;

  for (p = name != NULL ? name : ""; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (!g_unichar_isspace (c))
        g_string_append_unichar (out, c);
    }
  if (g_str_has_suffix (out->str, "指标") && out->len > strlen ("指标"))
    g_string_truncate (out, out->len - strlen ("指标"));
  return g_string_free (out, FALSE);
}

static int
find_named (GPtrArray  *list,
            const char *name)
{
  g_autofree char *key = key_of (name);
  guint i;

  for (i = 0; list != NULL && i < list->len; i++)
    {
      const JxIndicator *ind = g_ptr_array_index (list, i);
      g_autofree char *other = key_of (ind->name);

      if (strcmp (key, other) == 0)
        return (int) i;
    }
  return -1;
}

static gboolean
states (JsonObject *o,
        const char *member)
{
  JsonNode *n = json_object_get_member (o, member);

  if (n == NULL || JSON_NODE_HOLDS_NULL (n))
    return FALSE;
  return json_node_get_value_type (n) != G_TYPE_STRING || json_node_get_string (n)[0] != '\0';
}

static void
take (JsonObject *to,
      JsonObject *from,
      const char *member)
{
  if (json_object_has_member (from, member))
    json_object_set_member (to, member, json_node_copy (json_object_get_member (from, member)));
}

/* The document's leaf with what the table states of it: a column the table lacks, or a
 * blank cell, keeps the document's value (its rule, weight, note, an actual value the table
 * leaves blank); analysis, metric and unknown members are the document's. */
static JsonNode *
merged_leaf (const JxIndicator  *old,
             JsonObject         *imported,
             const JxImportTree *tree)
{
  JsonNode *node = jx_record_to_json (&jx_indicator_type, old, 3);
  JsonObject *o = json_node_get_object (node);

  if (states (imported, "number"))
    take (o, imported, "number");
  take (o, imported, "name");
  if (tree->stated[JX_IMPORT_ROLE_WEIGHT] && states (imported, "weight"))
    take (o, imported, "weight");
  if (tree->stated[JX_IMPORT_ROLE_SCORE] && states (imported, "score"))
    take (o, imported, "score");
  if ((tree->stated[JX_IMPORT_ROLE_REASON] || tree->stated[JX_IMPORT_ROLE_REMARK]) && states (imported, "note"))
    take (o, imported, "note");
  if (tree->stated[JX_IMPORT_ROLE_RULE])
    {
      take (o, imported, "rule");
      take (o, imported, "applicable");
    }
  if (tree->stated[JX_IMPORT_ROLE_TARGET] && states (imported, "target_text"))
    {
      JsonArray *parts = json_object_get_array_member (imported, "parts");
      guint i;

      take (o, imported, "target_text");
      take (o, imported, "actual_text");
      take (o, imported, "parts");
      parts = json_object_get_array_member (o, "parts");
      for (i = 0; i < json_array_get_length (parts) && i < old->parts->len; i++)
        {
          JsonObject *part = json_array_get_object_element (parts, i);
          const JxPart *was = g_ptr_array_index (old->parts, i);

          if (json_object_get_null_member (part, "actual") && JX_NUMBER_IS_SET (was->actual))
            json_object_set_double_member (part, "actual", was->actual);
        }
    }
  return node;
}

static gboolean
set_weight (JxDocument  *doc,
            const char  *path,
            JsonObject  *imported,
            GError     **error)
{
  g_autofree char *weight = g_strdup_printf ("%s.weight", path);
  JsonNode *w = json_object_get_member (imported, "weight");

  if (w == NULL || JSON_NODE_HOLDS_NULL (w))
    return TRUE;
  return jx_document_set_number (doc, weight, json_node_get_double (w), error);
}

static gboolean
apply_group (JxDocument     *doc,
             const JxImportTree *tree,
             guint           d,
             guint           g,
             JsonObject     *imported,  /* level 2 */
             JxImportCounts *counts,
             GError        **error)
{
  JsonArray *leaves = json_object_get_array_member (imported, "children");
  g_autofree char *path = g_strdup_printf ("indicators[%u].children[%u]", d, g);
  g_autofree char *list = g_strdup_printf ("%s.children", path);
  guint i;

  if (!set_weight (doc, path, imported, error))
    return FALSE;
  for (i = 0; i < json_array_get_length (leaves); i++)
    {
      JsonObject *leaf = json_array_get_object_element (leaves, i);
      const JxIndicator *dim = g_ptr_array_index (jx_document_get_data (doc)->indicators, d);
      const JxIndicator *group = g_ptr_array_index (dim->children, g);
      int at = find_named (group->children, json_object_get_string_member (leaf, "name"));

      if (at >= 0)
        {
          g_autoptr(JsonNode) node = merged_leaf (g_ptr_array_index (group->children, at), leaf, tree);

          if (!jx_document_remove (doc, list, at, error)
              || !jx_document_insert (doc, list, at, node, error))
            return FALSE;
          counts->replaced++;
        }
      else
        {
          g_autoptr(JsonNode) node = json_node_init_object (json_node_alloc (), leaf);

          if (!jx_document_insert (doc, list, -1, node, error))
            return FALSE;
          counts->added++;
        }
    }
  return TRUE;
}

static guint
count_leaves (JsonObject *dimension)
{
  JsonArray *groups = json_object_get_array_member (dimension, "children");
  guint i, n = 0;

  for (i = 0; i < json_array_get_length (groups); i++)
    n += json_array_get_length (json_object_get_array_member (json_array_get_object_element (groups, i), "children"));
  return n;
}

static gboolean
apply_dimension (JxDocument     *doc,
                 const JxImportTree *tree,
                 JsonObject     *imported,
                 JxImportCounts *counts,
                 GError        **error)
{
  const JxDocData *data = jx_document_get_data (doc);
  JsonArray *groups = json_object_get_array_member (imported, "children");
  int d = find_named (data->indicators, json_object_get_string_member (imported, "name"));
  g_autofree char *path = NULL;
  guint i;

  if (d < 0)
    {
      g_autoptr(JsonNode) node = json_node_init_object (json_node_alloc (), imported);

      counts->added += count_leaves (imported);
      return jx_document_insert (doc, "indicators", -1, node, error);
    }
  path = g_strdup_printf ("indicators[%d]", d);
  if (!set_weight (doc, path, imported, error))
    return FALSE;
  for (i = 0; i < json_array_get_length (groups); i++)
    {
      JsonObject *group = json_array_get_object_element (groups, i);
      const JxIndicator *dim = g_ptr_array_index (jx_document_get_data (doc)->indicators, d);
      int g = find_named (dim->children, json_object_get_string_member (group, "name"));
      g_autofree char *list = g_strdup_printf ("%s.children", path);

      if (g < 0)
        {
          g_autoptr(JsonNode) node = json_node_init_object (json_node_alloc (), group);

          counts->added += json_array_get_length (json_object_get_array_member (group, "children"));
          if (!jx_document_insert (doc, list, -1, node, error))
            return FALSE;
          continue;
        }
      if (!apply_group (doc, tree, (guint) d, (guint) g, group, counts, error))
        return FALSE;
    }
  return TRUE;
}

gboolean
jx_import_apply (JxDocument         *doc,
                 const JxImportTree *tree,
                 JxImportCounts     *counts,
                 GError            **error)
{
  JsonArray *dimensions = json_node_get_array (tree->indicators);
  JxImportCounts local = { 0 };
  const char *last_step;
  gboolean ok = TRUE;
  guint i;

  g_return_val_if_fail (JX_IS_DOCUMENT (doc), FALSE);

  /* A step of its own has a label of its own: the way to tell whether one was recorded. */
  last_step = jx_document_get_undo_label (doc);
  jx_document_hold_changes (doc);
  jx_document_begin_group (doc, _("Import Indicators"));
  for (i = 0; ok && i < json_array_get_length (dimensions); i++)
    ok = apply_dimension (doc, tree, json_array_get_object_element (dimensions, i), &local, error);
  jx_document_end_group (doc);
  if (!ok && jx_document_get_undo_label (doc) != last_step)
    jx_document_undo (doc);
  jx_document_release_changes (doc);
  if (ok && counts != NULL)
    *counts = local;
  return ok;
}
