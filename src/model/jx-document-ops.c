/* SPDX-License-Identifier: GPL-3.0-or-later */
/* jx-document-ops.c: the four operations on a document's records by JSON path — set a
 * value, insert, remove and move a list entry — without undo or notification. JxDocument
 * records and replays them (jx-document.c). */
#define G_LOG_DOMAIN "jx-document"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "jx-document-private.h"
#include "jx-json-reader.h"
#include "jx-load.h"
#include "jx-save.h"

int
_jx_document_child_depth (const JxPathTarget *t)
{
  return t->field->type == &jx_indicator_type ? t->depth + 1 : 0;
}

/* A text of a list of texts (the fields' texts are checked by the loader's rules): no
 * noncharacter, valid UTF-8. */
static gboolean
text_can_be_kept (const char  *text,
                  const char  *path,
                  GError     **error)
{
  gunichar c;
  JxJsonTextProblem problem = jx_json_text_problem (text, &c);
  g_autofree char *message = NULL;

  if (problem == JX_JSON_TEXT_OK)
    return TRUE;
  message = jx_json_text_problem_message (problem, c);
  g_set_error (error, JX_PATH_ERROR, JX_PATH_ERROR_KIND, "%s: %s", path, message);
  return FALSE;
}

gboolean
_jx_document_apply_set (JxDocData   *data,
                        const char  *path,
                        JsonNode    *value,
                        JsonNode   **old_value,
                        GError     **error)
{
  JxPathTarget t;

  if (!jx_path_resolve (data, path, &t, error))
    return FALSE;

  if (t.index >= 0)
    {
      GPtrArray *list = JX_PATH_TARGET_LIST (&t);

      if (t.field->kind != JX_FIELD_STRING_LIST
          || !JSON_NODE_HOLDS_VALUE (value) || json_node_get_value_type (value) != G_TYPE_STRING)
        {
          g_set_error (error, JX_PATH_ERROR, JX_PATH_ERROR_KIND, _("“%s” is not a text"), path);
          return FALSE;
        }
      if (!text_can_be_kept (json_node_get_string (value), path, error))
        return FALSE;
      if (old_value != NULL)
        {
          *old_value = json_node_new (JSON_NODE_VALUE);
          json_node_set_string (*old_value, g_ptr_array_index (list, t.index));
        }
      g_free (g_ptr_array_index (list, t.index));
      g_ptr_array_index (list, t.index) = g_strdup (json_node_get_string (value));
      return TRUE;
    }

  if (t.field->kind == JX_FIELD_OBJECT || t.field->kind == JX_FIELD_LIST || t.field->kind == JX_FIELD_STRING_LIST)
    {
      g_set_error (error, JX_PATH_ERROR, JX_PATH_ERROR_KIND, _("“%s” is not a single value"), path);
      return FALSE;
    }

  {
    g_autoptr(JsonNode) previous = jx_field_to_json (t.field, t.record, t.depth);

    if (!jx_field_from_json (t.field, t.record, t.depth, value, path, error))
      return FALSE;
    /* A null for a field that cannot be null keeps the old value in the loader: clear it. */
    if (JSON_NODE_HOLDS_NULL (value))
      {
        switch (t.field->kind)
          {
          case JX_FIELD_MONEY:
            *JX_FIELD_AT (t.record, t.field, JxMoney) = JX_MONEY_NONE;
            break;
          case JX_FIELD_COUNT:
            *JX_FIELD_AT (t.record, t.field, gint) = JX_COUNT_NONE;
            break;
          case JX_FIELD_NUMBER:
            *JX_FIELD_AT (t.record, t.field, double) = NAN;
            break;
          case JX_FIELD_STRING:
            g_free (*JX_FIELD_AT (t.record, t.field, char *));
            *JX_FIELD_AT (t.record, t.field, char *) = g_strdup ("");
            break;
          default:
            break;
          }
      }
    if (old_value != NULL)
      *old_value = g_steal_pointer (&previous);
  }
  return TRUE;
}

static gboolean
resolve_list (JxDocData     *data,
              const char    *list_path,
              JxPathTarget  *t,
              GError       **error)
{
  if (!jx_path_resolve (data, list_path, t, error))
    return FALSE;
  if (t->index >= 0 || (t->field->kind != JX_FIELD_LIST && t->field->kind != JX_FIELD_STRING_LIST))
    {
      g_set_error (error, JX_PATH_ERROR, JX_PATH_ERROR_KIND, _("“%s” is not a list"), list_path);
      return FALSE;
    }
  return TRUE;
}

gboolean
_jx_document_apply_insert (JxDocData   *data,
                           const char  *list_path,
                           int         *index,
                           JsonNode    *json,
                           JsonNode   **inserted,
                           GError     **error)
{
  JxPathTarget t;
  GPtrArray *list;
  gpointer element;

  if (!resolve_list (data, list_path, &t, error))
    return FALSE;
  list = JX_PATH_TARGET_LIST (&t);
  if (*index < 0 || (guint) *index > list->len)
    *index = (int) list->len;

  if (t.field->kind == JX_FIELD_STRING_LIST)
    {
      if (json != NULL && (!JSON_NODE_HOLDS_VALUE (json) || json_node_get_value_type (json) != G_TYPE_STRING))
        {
          g_set_error (error, JX_PATH_ERROR, JX_PATH_ERROR_KIND, _("“%s” is a list of texts"), list_path);
          return FALSE;
        }
      if (json != NULL && !text_can_be_kept (json_node_get_string (json), list_path, error))
        return FALSE;
      element = g_strdup (json != NULL ? json_node_get_string (json) : "");
      if (inserted != NULL)
        {
          *inserted = json_node_new (JSON_NODE_VALUE);
          json_node_set_string (*inserted, element);
        }
    }
  else
    {
      element = json != NULL ? jx_record_from_json (t.field->type, json, _jx_document_child_depth (&t), error)
                             : jx_record_new (t.field->type);
      if (element == NULL)
        return FALSE;
      if (inserted != NULL)
        *inserted = jx_record_to_json (t.field->type, element, _jx_document_child_depth (&t));
    }
  g_ptr_array_insert (list, *index, element);
  return TRUE;
}

gboolean
_jx_document_apply_remove (JxDocData   *data,
                           const char  *list_path,
                           int          index,
                           JsonNode   **removed,
                           GError     **error)
{
  JxPathTarget t;
  GPtrArray *list;
  gpointer element;

  if (!resolve_list (data, list_path, &t, error))
    return FALSE;
  list = JX_PATH_TARGET_LIST (&t);
  if (index < 0 || (guint) index >= list->len)
    {
      g_set_error (error, JX_PATH_ERROR, JX_PATH_ERROR_NOT_FOUND,
                   _("“%s” has no entry %d"), list_path, index);
      return FALSE;
    }
  element = g_ptr_array_index (list, index);
  if (t.field->kind == JX_FIELD_STRING_LIST)
    {
      if (removed != NULL)
        {
          *removed = json_node_new (JSON_NODE_VALUE);
          json_node_set_string (*removed, element);
        }
      g_ptr_array_remove_index (list, index);   /* frees the text */
    }
  else
    {
      if (removed != NULL)
        *removed = jx_record_to_json (t.field->type, element, _jx_document_child_depth (&t));
      g_ptr_array_remove_index (list, index);
      jx_record_free (t.field->type, element);
    }
  return TRUE;
}

gboolean
_jx_document_apply_move (JxDocData   *data,
                         const char  *list_path,
                         int          from,
                         int          to,
                         GError     **error)
{
  JxPathTarget t;
  GPtrArray *list;
  gpointer element;

  if (!resolve_list (data, list_path, &t, error))
    return FALSE;
  list = JX_PATH_TARGET_LIST (&t);
  if (from < 0 || to < 0 || (guint) from >= list->len || (guint) to >= list->len)
    {
      g_set_error (error, JX_PATH_ERROR, JX_PATH_ERROR_NOT_FOUND,
                   _("“%s” has no entry %d"), list_path, MAX (from, to));
      return FALSE;
    }
  element = g_ptr_array_steal_index (list, from);
  g_ptr_array_insert (list, to, element);
  return TRUE;
}

