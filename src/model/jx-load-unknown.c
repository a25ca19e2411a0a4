/* SPDX-License-Identifier: GPL-3.0-or-later */
/* jx-load-unknown.c: the members this version of Jixiao does not know, read as JSON nodes so
 * that a save writes them back as they were (a newer version's data is never dropped). */
#define G_LOG_DOMAIN "jx-load"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "jx-load.h"
#include "jx-loader.h"

/* A member this version does not know, as a JSON node; `frame` is that member's path. */
JsonNode *
_jx_loader_read_node (JxLoader      *loader,
           const JxLoadFrame *frame)
{
  JxJsonReader *r = &loader->reader;
  JxJsonKind kind = jx_json_reader_peek (r);
  JxJsonPos pos = r->value;
  gboolean first = TRUE;
  JsonNode *node = NULL;

  switch (kind)
    {
    case JX_JSON_OBJECT:
      {
        g_autoptr(JsonObject) object = json_object_new ();
        const char *key;
        gsize length;

        if (!jx_json_reader_enter (r))
          return NULL;
        while (jx_json_reader_next_member (r, &first, &key, &length))
          {
            JxJsonPos key_pos = r->value;
            g_autofree char *name = g_strndup (key, length);
            JsonNode *member;

            if (!r->text_valid)
              {
                _jx_loader_fail_text (loader, &key_pos, frame);
                return NULL;
              }
            if (json_object_has_member (object, name))
              {
                jx_json_reader_fail_duplicate (r, &key_pos, name);
                return NULL;
              }
            if ((member = _jx_loader_read_node (loader, frame)) == NULL)
              return NULL;
            json_object_set_member (object, name, member);
          }
        if (r->error != NULL)
          return NULL;
        node = json_node_new (JSON_NODE_OBJECT);
        json_node_set_object (node, object);
        return node;
      }
    case JX_JSON_ARRAY:
      {
        g_autoptr(JsonArray) array = json_array_new ();

        if (!jx_json_reader_enter (r))
          return NULL;
        while (jx_json_reader_next_element (r, &first))
          {
            JsonNode *element = _jx_loader_read_node (loader, frame);

            if (element == NULL)
              return NULL;
            json_array_add_element (array, element);
          }
        if (r->error != NULL)
          return NULL;
        node = json_node_new (JSON_NODE_ARRAY);
        json_node_set_array (node, array);
        return node;
      }
    case JX_JSON_STRING:
      {
        gsize length;
        const char *s = jx_json_reader_read_string (r, &length);

        if (s == NULL)
          return NULL;
        if (!r->text_valid)
          {
            _jx_loader_fail_text (loader, &pos, frame);
            return NULL;
          }
        node = json_node_new (JSON_NODE_VALUE);
        json_node_set_string (node, s);
        return node;
      }
    case JX_JSON_NUMBER:
      {
        JxJsonNumber number;
        double d;

        if (!jx_json_reader_read_number (r, &number))
          return NULL;
        node = json_node_new (JSON_NODE_VALUE);
        if (number.integer)
          {
            json_node_set_int (node, jx_json_number_to_int (&number));
            return node;
          }
        d = jx_json_number_to_double (&number);
        if (!isfinite (d))
          {
            /* 1e999: no JSON spelling to write it back with. */
            json_node_unref (node);
            _jx_loader_fail (loader, &pos, frame, JX_LOAD_ERROR_INVALID, _("the number is out of range"));
            return NULL;
          }
        json_node_set_double (node, d);
        return node;
      }
    case JX_JSON_TRUE:
    case JX_JSON_FALSE:
      jx_json_reader_read_literal (r);
      node = json_node_new (JSON_NODE_VALUE);
      json_node_set_boolean (node, kind == JX_JSON_TRUE);
      return node;
    case JX_JSON_NULL:
      jx_json_reader_read_literal (r);
      return json_node_new (JSON_NODE_NULL);
    case JX_JSON_NONE:
    default:
      return NULL;
    }
}
