/* SPDX-License-Identifier: GPL-3.0-or-later */
/* jx-load-node.c: records from JSON nodes, for undo and paste (jx_record_from_json,
 * jx_field_from_json), with the checks and messages of the loader (jx-load.c), which reads
 * a file straight from its text. */
#define G_LOG_DOMAIN "jx-load"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "jx-load.h"
#include "jx-json-reader.h"
#include "jx-load-private.h"
#include "jx-money.h"

typedef struct {
  const char *name;
  GError     *error;
} Loader;

/* ---- errors ---- */

G_GNUC_PRINTF (5, 6)
static void
fail (Loader     *loader,
      JsonNode   *node,
      const char *path,
      JxLoadError code,
      const char *format,
      ...)
{
  g_autofree char *message = NULL;
  va_list args;

  (void) node;
  if (loader->error != NULL)
    return;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  g_set_error (&loader->error, JX_LOAD_ERROR, code, "%s: %s: %s",
               loader->name, path[0] ? path : "/", message);
}

static const char *
node_kind (JsonNode *node)
{
  switch (JSON_NODE_TYPE (node))
    {
    case JSON_NODE_OBJECT:
      return _("an object");
    case JSON_NODE_ARRAY:
      return _("a list");
    case JSON_NODE_NULL:
      return _("null");
    case JSON_NODE_VALUE:
    default:
      {
        GType t = json_node_get_value_type (node);
        if (t == G_TYPE_STRING)
          return _("a text");
        if (t == G_TYPE_BOOLEAN)
          return _("true/false");
        return _("a number");
      }
    }
}

static gboolean
node_is_number (JsonNode *node)
{
  GType t;

  if (!JSON_NODE_HOLDS_VALUE (node))
    return FALSE;
  t = json_node_get_value_type (node);
  return t == G_TYPE_INT64 || t == G_TYPE_DOUBLE;
}

/* What is wrong with a text to keep, or NULL (newly allocated): json-glib turns an escaped
 * lone surrogate ("\ud800") into bytes that are not UTF-8, and a noncharacter (U+FFFF) can
 * be pasted; a document holding either would give a file that no longer opens or a report
 * that cannot be printed. */
static char *
text_problem (const char *s)
{
  gunichar c;
  JxJsonTextProblem problem = jx_json_text_problem (s, &c);

  return problem == JX_JSON_TEXT_OK ? NULL : jx_json_text_problem_message (problem, c);
}

static JxLoadError
text_problem_code (const char *s)
{
  gunichar c;

  return jx_json_text_problem (s, &c) == JX_JSON_TEXT_LONE_SURROGATE
         ? JX_LOAD_ERROR_ENCODING : JX_LOAD_ERROR_INVALID;
}

/* What is wrong with a member this version does not know (kept and written back), or NULL
 * (newly allocated): a text that cannot be kept, or a number with no JSON spelling (1e999
 * reads as infinity). */
static char *
node_problem (JsonNode    *node,
              JxLoadError *code)
{
  char *problem = NULL;

  switch (JSON_NODE_TYPE (node))
    {
    case JSON_NODE_OBJECT:
      {
        JsonObject *object = json_node_get_object (node);
        g_autoptr(GList) members = json_object_get_members (object);
        GList *l;

        for (l = members; l != NULL && problem == NULL; l = l->next)
          {
            if ((problem = text_problem (l->data)) != NULL)
              {
                *code = text_problem_code (l->data);
                return problem;
              }
            problem = node_problem (json_object_get_member (object, l->data), code);
          }
        return problem;
      }
    case JSON_NODE_ARRAY:
      {
        JsonArray *array = json_node_get_array (node);
        guint i;

        for (i = 0; i < json_array_get_length (array) && problem == NULL; i++)
          problem = node_problem (json_array_get_element (array, i), code);
        return problem;
      }
    case JSON_NODE_VALUE:
      if (json_node_get_value_type (node) == G_TYPE_DOUBLE && !isfinite (json_node_get_double (node)))
        {
          *code = JX_LOAD_ERROR_INVALID;
          return g_strdup (_("the number is out of range"));
        }
      if (json_node_get_value_type (node) == G_TYPE_STRING
          && (problem = text_problem (json_node_get_string (node))) != NULL)
        *code = text_problem_code (json_node_get_string (node));
      return problem;
    case JSON_NODE_NULL:
    default:
      return NULL;
    }
}

/* ---- the walk ---- */

static gboolean load_record (Loader *loader, const JxRecordType *type, gpointer record,
                             JsonNode *node, const char *path, int depth);

static gboolean
field_applies (const JxField *f,
               int            depth)
{
  if (depth == 0)
    return TRUE;
  if ((f->flags & JX_FIELD_LEAF) && depth < 3)
    return FALSE;
  if ((f->flags & JX_FIELD_BRANCH) && depth >= 3)
    return FALSE;
  return TRUE;
}

static gboolean
load_field (Loader        *loader,
            const JxField *f,
            gpointer       record,
            JsonNode      *node,
            const char    *path,
            int            depth)
{
  gboolean is_null = JSON_NODE_HOLDS_NULL (node);
  g_autofree char *problem = NULL;

  switch (f->kind)
    {
    case JX_FIELD_STRING:
      {
        const char *s;

        if (is_null)
          return TRUE;
        if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
          {
            fail (loader, node, path, JX_LOAD_ERROR_INVALID, _("expected a text, found %s"), node_kind (node));
            return FALSE;
          }
        s = json_node_get_string (node);
        if ((problem = text_problem (s)) != NULL)
          {
            fail (loader, node, path, text_problem_code (s), "%s", problem);
            return FALSE;
          }
        if (strlen (s) > JX_LOAD_MAX_TEXT)
          {
            fail (loader, node, path, JX_LOAD_ERROR_TOO_LARGE,
                  _("text of %zu bytes is too long (at most %d)"), strlen (s), JX_LOAD_MAX_TEXT);
            return FALSE;
          }
        g_free (*JX_FIELD_AT (record, f, char *));
        *JX_FIELD_AT (record, f, char *) = g_strdup (s);
        return TRUE;
      }

    case JX_FIELD_INT:
    case JX_FIELD_COUNT:
      {
        double d;

        if (is_null && f->kind == JX_FIELD_COUNT)
          return TRUE;
        if (!node_is_number (node))
          {
            fail (loader, node, path, JX_LOAD_ERROR_INVALID, _("expected a whole number, found %s"), node_kind (node));
            return FALSE;
          }
        d = json_node_get_double (node);
        if (d != floor (d))
          {
            fail (loader, node, path, JX_LOAD_ERROR_INVALID, _("expected a whole number, found %g"), d);
            return FALSE;
          }
        if (f->kind == JX_FIELD_COUNT && (d < 0 || d > 10000000))
          {
            fail (loader, node, path, JX_LOAD_ERROR_INVALID,
                  d < 0 ? _("a number of people cannot be negative (%.0f)") : _("%.0f people is out of range"), d);
            return FALSE;
          }
        if (fabs (d) > G_MAXINT32)
          {
            fail (loader, node, path, JX_LOAD_ERROR_INVALID, _("%g is out of range"), d);
            return FALSE;
          }
        *JX_FIELD_AT (record, f, gint) = (gint) d;
        return TRUE;
      }

    case JX_FIELD_MONEY:
      {
        g_autoptr(GError) error = NULL;

        if (is_null)
          return TRUE;
        if (!node_is_number (node))
          {
            fail (loader, node, path, JX_LOAD_ERROR_INVALID, _("expected an amount in 万元, found %s"), node_kind (node));
            return FALSE;
          }
        if (!jx_money_from_double (json_node_get_double (node), JX_FIELD_AT (record, f, JxMoney), &error))
          {
            fail (loader, node, path, JX_LOAD_ERROR_INVALID, "%s", error->message);
            return FALSE;
          }
        return TRUE;
      }

    case JX_FIELD_NUMBER:
      {
        double d;

        if (is_null && !(f->flags & JX_FIELD_NOT_NULL))
          return TRUE;
        if (!node_is_number (node))
          {
            fail (loader, node, path, JX_LOAD_ERROR_INVALID, _("expected a number, found %s"), node_kind (node));
            return FALSE;
          }
        d = json_node_get_double (node);
        if (!isfinite (d) || fabs (d) > 1e12)
          {
            fail (loader, node, path, JX_LOAD_ERROR_INVALID, _("number %g is out of range"), d);
            return FALSE;
          }
        *JX_FIELD_AT (record, f, double) = d;
        return TRUE;
      }

    case JX_FIELD_BOOL:
      if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_BOOLEAN)
        {
          fail (loader, node, path, JX_LOAD_ERROR_INVALID, _("expected true or false, found %s"), node_kind (node));
          return FALSE;
        }
      *JX_FIELD_AT (record, f, gboolean) = json_node_get_boolean (node);
      return TRUE;

    case JX_FIELD_ENUM:
      {
        const char *s;
        guint i;

        /* An enum whose first name is "" (the metric link) takes null as "none". */
        if (is_null && f->enum_values[0][0] == '\0')
          {
            *JX_FIELD_AT (record, f, gint) = 0;
            return TRUE;
          }
        /* … and one whose default is -1 (the grade) takes null as "not stated" */
        if (is_null && f->default_value < 0)
          {
            *JX_FIELD_AT (record, f, gint) = (gint) f->default_value;
            return TRUE;
          }
        if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
          {
            fail (loader, node, path, JX_LOAD_ERROR_INVALID, _("expected a text, found %s"), node_kind (node));
            return FALSE;
          }
        s = json_node_get_string (node);
        if ((problem = text_problem (s)) != NULL)
          {
            fail (loader, node, path, text_problem_code (s), "%s", problem);
            return FALSE;
          }
        for (i = 0; f->enum_values[i] != NULL; i++)
          if (g_str_equal (f->enum_values[i], s))
            {
              *JX_FIELD_AT (record, f, gint) = (gint) i;
              return TRUE;
            }
        {
          g_autofree char *allowed = g_strjoinv (", ", (char **) f->enum_values);
          fail (loader, node, path, JX_LOAD_ERROR_INVALID, _("“%s” is not one of: %s"), s, allowed);
        }
        return FALSE;
      }

    case JX_FIELD_OBJECT:
      return load_record (loader, f->type, JX_FIELD_AT (record, f, guint8), node, path, depth);

    case JX_FIELD_LIST:
    case JX_FIELD_STRING_LIST:
      {
        GPtrArray *list = *JX_FIELD_AT (record, f, GPtrArray *);
        JsonArray *array;
        guint i;

        if (is_null)
          return TRUE;
        if (!JSON_NODE_HOLDS_ARRAY (node))
          {
            fail (loader, node, path, JX_LOAD_ERROR_INVALID, _("expected a list, found %s"), node_kind (node));
            return FALSE;
          }
        array = json_node_get_array (node);
        for (i = 0; i < json_array_get_length (array); i++)
          {
            JsonNode *element = json_array_get_element (array, i);
            g_autofree char *element_path = g_strdup_printf ("%s[%u]", path, i);

            if (f->kind == JX_FIELD_STRING_LIST)
              {
                if (!JSON_NODE_HOLDS_VALUE (element) || json_node_get_value_type (element) != G_TYPE_STRING)
                  {
                    fail (loader, element, element_path, JX_LOAD_ERROR_INVALID,
                          _("expected a text, found %s"), node_kind (element));
                    return FALSE;
                  }
                if ((problem = text_problem (json_node_get_string (element))) != NULL)
                  {
                    fail (loader, element, element_path, text_problem_code (json_node_get_string (element)),
                          "%s", problem);
                    return FALSE;
                  }
                if (strlen (json_node_get_string (element)) > JX_LOAD_MAX_TEXT)
                  {
                    fail (loader, element, element_path, JX_LOAD_ERROR_TOO_LARGE, _("text too long"));
                    return FALSE;
                  }
                g_ptr_array_add (list, g_strdup (json_node_get_string (element)));
              }
            else
              {
                gpointer child = jx_record_new (f->type);
                int child_depth = (f->type == &jx_indicator_type) ? depth + 1 : 0;

                g_ptr_array_add (list, child);
                if (!load_record (loader, f->type, child, element, element_path, child_depth))
                  return FALSE;
              }
          }
        return TRUE;
      }

    default:
      g_assert_not_reached ();
    }
  return FALSE;
}

static gboolean
load_record (Loader             *loader,
             const JxRecordType *type,
             gpointer            record,
             JsonNode           *node,
             const char         *path,
             int                 depth)
{
  JsonObject *object;
  g_autoptr(GList) members = NULL;
  g_autoptr(GString) child_path = NULL;
  guint n_known = 0;
  GList *l;
  guint i;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      fail (loader, node, path, JX_LOAD_ERROR_INVALID, _("expected an object, found %s"), node_kind (node));
      return FALSE;
    }
  object = json_node_get_object (node);

  if (depth >= 3 && json_object_has_member (object, "children"))
    {
      JsonNode *children = json_object_get_member (object, "children");
      if (!JSON_NODE_HOLDS_ARRAY (children) || json_array_get_length (json_node_get_array (children)) > 0)
        {
          g_autofree char *children_path = g_strdup_printf ("%s.children", path);
          fail (loader, children, children_path, JX_LOAD_ERROR_INVALID,
                _("indicators have three levels; a level-3 indicator has no children"));
          return FALSE;
        }
    }

  child_path = g_string_new (path);
  for (i = 0; i < type->n_fields; i++)
    {
      const JxField *f = &type->fields[i];
      JsonNode *member;

      if (!field_applies (f, depth))
        continue;
      g_string_truncate (child_path, strlen (path));
      if (path[0] != '\0')
        g_string_append_c (child_path, '.');
      g_string_append (child_path, f->key);
      member = json_object_get_member (object, f->key);
      if (member == NULL)
        {
          if (f->flags & JX_FIELD_REQUIRED)
            {
              fail (loader, node, child_path->str, JX_LOAD_ERROR_INVALID, _("this member is required but missing"));
              return FALSE;
            }
          continue;
        }
      if (!load_field (loader, f, record, member, child_path->str, depth))
        return FALSE;
      n_known++;
    }

  /* Keep what this version does not know, in file order. */
  if (json_object_get_size (object) == n_known)
    return TRUE;
  members = json_object_get_members (object);
  for (l = members; l != NULL; l = l->next)
    {
      const char *key = l->data;
      const JxField *f = jx_record_type_find (type, key);
      g_autofree char *problem = NULL;
      gboolean key_ok;
      JxLoadError code;

      if (f != NULL && field_applies (f, depth))
        continue;
      code = text_problem_code (key);
      problem = text_problem (key);
      key_ok = problem == NULL;
      if (key_ok)
        problem = node_problem (json_object_get_member (object, key), &code);
      if (problem != NULL)
        {
          g_autofree char *member_path = NULL;

          if (key_ok)
            member_path = path[0] ? g_strdup_printf ("%s.%s", path, key) : g_strdup (key);
          fail (loader, json_object_get_member (object, key), member_path != NULL ? member_path : path,
                code, "%s", problem);
          return FALSE;
        }
      if (*(JsonObject **) record == NULL)
        *(JsonObject **) record = json_object_new ();
      json_object_set_member (*(JsonObject **) record, key,
                              json_node_copy (json_object_get_member (object, key)));
    }

  return TRUE;
}

gboolean
jx_field_from_json (const JxField *field,
                    gpointer       record,
                    int            depth,
                    JsonNode      *node,
                    const char    *path,
                    GError       **error)
{
  Loader loader = { 0 };
  gboolean ok;

  loader.name = "value";
  ok = load_field (&loader, field, record, node, path, depth);
  if (!ok)
    g_propagate_error (error, g_steal_pointer (&loader.error));
  g_clear_error (&loader.error);
  return ok;
}

gpointer
jx_record_from_json (const JxRecordType *type,
                     JsonNode           *node,
                     int                 depth,
                     GError            **error)
{
  Loader loader = { 0 };
  gpointer record = jx_record_new (type);

  loader.name = "clipboard";
  if (!load_record (&loader, type, record, node, "", depth))
    {
      g_propagate_error (error, g_steal_pointer (&loader.error));
      jx_record_free (type, record);
      record = NULL;
    }
  g_clear_error (&loader.error);
  return record;
}
