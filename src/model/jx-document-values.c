/* SPDX-License-Identifier: GPL-3.0-or-later */
/* jx-document-values.c: reading and writing one value of the document by its JSON path, in
 * the JSON form the field tables load (so every edit is checked like a file). */
#define G_LOG_DOMAIN "jx-document"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "jx-document-private.h"
#include "jx-save.h"

gboolean
jx_document_set_string (JxDocument *self,
                        const char *path,
                        const char *value,
                        GError    **error)
{
  g_autoptr(JsonNode) node = json_node_new (JSON_NODE_VALUE);

  g_return_val_if_fail (JX_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (value != NULL, FALSE);

  json_node_set_string (node, value);
  return _jx_document_set_node (self, path, node, error);
}

gboolean
jx_document_set_money (JxDocument *self,
                       const char *path,
                       JxMoney     value,
                       GError    **error)
{
  g_autoptr(JsonNode) node = NULL;

  g_return_val_if_fail (JX_IS_DOCUMENT (self), FALSE);

  if (!JX_MONEY_IS_SET (value))
    node = json_node_new (JSON_NODE_NULL);
  else
    {
      node = json_node_new (JSON_NODE_VALUE);
      json_node_set_double (node, (double) value / (double) JX_MONEY_PER_WAN);
    }
  return _jx_document_set_node (self, path, node, error);
}

gboolean
jx_document_set_number (JxDocument *self,
                        const char *path,
                        double      value,
                        GError    **error)
{
  g_autoptr(JsonNode) node = NULL;

  g_return_val_if_fail (JX_IS_DOCUMENT (self), FALSE);

  if (isnan (value))
    node = json_node_new (JSON_NODE_NULL);
  else
    {
      node = json_node_new (JSON_NODE_VALUE);
      json_node_set_double (node, value);
    }
  return _jx_document_set_node (self, path, node, error);
}

gboolean
jx_document_set_int (JxDocument *self,
                     const char *path,
                     int         value,
                     GError    **error)
{
  g_autoptr(JsonNode) node = NULL;
  JxPathTarget t;

  g_return_val_if_fail (JX_IS_DOCUMENT (self), FALSE);

  if (!jx_path_resolve (jx_document_peek_data (self), path, &t, error))
    return FALSE;

  switch (t.field->kind)
    {
    case JX_FIELD_ENUM:
      {
        guint n = g_strv_length ((char **) t.field->enum_values);

        if (value < 0 && t.field->default_value < 0)
          {
            node = json_node_new (JSON_NODE_NULL);   /* not stated (the grade) */
            break;
          }
        if (value < 0 || (guint) value >= n)
          {
            g_set_error (error, JX_PATH_ERROR, JX_PATH_ERROR_KIND, _("“%s”: no choice %d"), path, value);
            return FALSE;
          }
        if (t.field->enum_values[value][0] == '\0')
          node = json_node_new (JSON_NODE_NULL);
        else
          {
            node = json_node_new (JSON_NODE_VALUE);
            json_node_set_string (node, t.field->enum_values[value]);
          }
      }
      break;
    case JX_FIELD_BOOL:
      node = json_node_new (JSON_NODE_VALUE);
      json_node_set_boolean (node, value != 0);
      break;
    case JX_FIELD_COUNT:
      if (value < 0)
        {
          node = json_node_new (JSON_NODE_NULL);
          break;
        }
      G_GNUC_FALLTHROUGH;
    case JX_FIELD_INT:
      node = json_node_new (JSON_NODE_VALUE);
      json_node_set_int (node, value);
      break;
    default:
      node = json_node_new (JSON_NODE_VALUE);
      json_node_set_int (node, value);
      break;
    }
  return _jx_document_set_node (self, path, node, error);
}

JsonNode *
jx_document_get_node (JxDocument *self,
                      const char *path)
{
  JxPathTarget t;

  g_return_val_if_fail (JX_IS_DOCUMENT (self), NULL);

  if (!jx_path_resolve (jx_document_peek_data (self), path, &t, NULL))
    return NULL;
  if (t.index >= 0)
    {
      GPtrArray *list = JX_PATH_TARGET_LIST (&t);
      JsonNode *node;

      if (t.field->kind == JX_FIELD_LIST)
        return jx_record_to_json (t.field->type, g_ptr_array_index (list, t.index), _jx_document_child_depth (&t));
      node = json_node_new (JSON_NODE_VALUE);
      json_node_set_string (node, g_ptr_array_index (list, t.index));
      return node;
    }
  return jx_field_to_json (t.field, t.record, t.depth);
}

