/* SPDX-License-Identifier: GPL-3.0-or-later */
/* jx-save.c: canonical JSON text of a document (the atomic write is jx-save-file.c). */
#define G_LOG_DOMAIN "jx-save"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "jx-money.h"
#include "jx-save.h"

/* ---- record → JsonNode ---- */

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

/* Not stated: null, false, "" or an empty list (JX_FIELD_OMIT_EMPTY). */
static gboolean
field_is_empty (const JxField *f,
                gconstpointer  record)
{
  switch (f->kind)
    {
    case JX_FIELD_NUMBER:
      return isnan (*JX_FIELD_AT (record, f, double));
    case JX_FIELD_MONEY:
      return !JX_MONEY_IS_SET (*JX_FIELD_AT (record, f, JxMoney));
    case JX_FIELD_COUNT:
      return !JX_COUNT_IS_SET (*JX_FIELD_AT (record, f, gint));
    case JX_FIELD_BOOL:
      return !*JX_FIELD_AT (record, f, gboolean);
    case JX_FIELD_STRING:
      {
        const char *s = *JX_FIELD_AT (record, f, char *);
        return s == NULL || s[0] == '\0';
      }
    case JX_FIELD_LIST:
    case JX_FIELD_STRING_LIST:
      return (*JX_FIELD_AT (record, f, GPtrArray *))->len == 0;
    case JX_FIELD_INT:
    case JX_FIELD_ENUM:
    case JX_FIELD_OBJECT:
    default:
      return FALSE;
    }
}

static gboolean
field_is_default (const JxField *f,
                  gconstpointer  record)
{
  switch (f->kind)
    {
    case JX_FIELD_NUMBER:
      if (!(f->flags & JX_FIELD_NOT_NULL))
        return isnan (*JX_FIELD_AT (record, f, double));
      return *JX_FIELD_AT (record, f, double) == f->default_value;
    case JX_FIELD_STRING:
      {
        const char *s = *JX_FIELD_AT (record, f, char *);
        return s == NULL || *s == '\0';
      }
    case JX_FIELD_BOOL:
      return (*JX_FIELD_AT (record, f, gboolean) != 0) == (f->default_value != 0);
    case JX_FIELD_ENUM:
    case JX_FIELD_INT:
      return *JX_FIELD_AT (record, f, gint) == (gint) f->default_value;
    case JX_FIELD_LIST:
      return (*JX_FIELD_AT (record, f, GPtrArray *))->len == 0;
    case JX_FIELD_COUNT:
    case JX_FIELD_MONEY:
    case JX_FIELD_OBJECT:
    case JX_FIELD_STRING_LIST:
    default:
      return FALSE;
    }
}

JsonNode *
jx_field_to_json (const JxField *f,
               gconstpointer  record,
               int            depth)
{
  JsonNode *node = json_node_alloc ();

  switch (f->kind)
    {
    case JX_FIELD_STRING:
      {
        const char *s = *JX_FIELD_AT (record, f, char *);
        json_node_init_string (node, s != NULL ? s : "");
      }
      break;
    case JX_FIELD_INT:
      json_node_init_int (node, *JX_FIELD_AT (record, f, gint));
      break;
    case JX_FIELD_COUNT:
      {
        gint c = *JX_FIELD_AT (record, f, gint);
        if (JX_COUNT_IS_SET (c))
          json_node_init_int (node, c);
        else
          json_node_init_null (node);
      }
      break;
    case JX_FIELD_MONEY:
      {
        JxMoney m = *JX_FIELD_AT (record, f, JxMoney);
        if (!JX_MONEY_IS_SET (m))
          json_node_init_null (node);
        else if (m % JX_MONEY_PER_WAN == 0)
          json_node_init_int (node, m / JX_MONEY_PER_WAN);
        else
          json_node_init_double (node, jx_money_to_double (m));
      }
      break;
    case JX_FIELD_NUMBER:
      {
        double d = *JX_FIELD_AT (record, f, double);
        if (isnan (d))
          json_node_init_null (node);
        else if (d == floor (d) && fabs (d) < 1e15)
          json_node_init_int (node, (gint64) d);
        else
          json_node_init_double (node, d);
      }
      break;
    case JX_FIELD_BOOL:
      json_node_init_boolean (node, *JX_FIELD_AT (record, f, gboolean));
      break;
    case JX_FIELD_ENUM:
      {
        gint index = *JX_FIELD_AT (record, f, gint);
        const char *name = index >= 0 ? f->enum_values[index] : "";
        if (name[0] == '\0')
          json_node_init_null (node);
        else
          json_node_init_string (node, name);
      }
      break;
    case JX_FIELD_OBJECT:
      json_node_unref (node);
      return jx_record_to_json (f->type, JX_FIELD_AT (record, f, guint8), depth);
    case JX_FIELD_LIST:
    case JX_FIELD_STRING_LIST:
      {
        GPtrArray *list = *JX_FIELD_AT (record, f, GPtrArray *);
        JsonArray *array = json_array_sized_new (list->len);
        guint i;

        for (i = 0; i < list->len; i++)
          {
            if (f->kind == JX_FIELD_STRING_LIST)
              json_array_add_string_element (array, g_ptr_array_index (list, i));
            else
              json_array_add_element (array, jx_record_to_json (f->type, g_ptr_array_index (list, i),
                                                                f->type == &jx_indicator_type ? depth + 1 : 0));
          }
        json_node_init_array (node, array);
        json_array_unref (array);
      }
      break;
    default:
      g_assert_not_reached ();
    }
  return node;
}

JsonNode *
jx_record_to_json (const JxRecordType *type,
                   gconstpointer       record,
                   int                 depth)
{
  JsonObject *object = json_object_new ();
  JsonObject *extra = *(JsonObject * const *) record;
  JsonNode *node;
  guint i;

  for (i = 0; i < type->n_fields; i++)
    {
      const JxField *f = &type->fields[i];

      if (!field_applies (f, depth))
        continue;
      if ((f->flags & JX_FIELD_OMIT_DEFAULT) && field_is_default (f, record)
          && (type != &jx_rule_type || !jx_rule_param_applies (f->key, ((const JxRule *) record)->kind)))
        continue;
      if ((f->flags & JX_FIELD_OMIT_EMPTY) && field_is_empty (f, record))
        continue;
      json_object_set_member (object, f->key, jx_field_to_json (f, record, depth));
    }

  if (extra != NULL)
    {
      g_autoptr(GList) members = json_object_get_members (extra);
      GList *l;

      for (l = members; l != NULL; l = l->next)
        if (!json_object_has_member (object, l->data))
          json_object_set_member (object, l->data, json_node_copy (json_object_get_member (extra, l->data)));
    }

  node = json_node_alloc ();
  json_node_init_object (node, object);
  json_object_unref (object);
  return node;
}

/* ---- JsonNode → canonical text ---- */

static void
write_string (GString    *out,
              const char *s)
{
  const char *run = s;

  g_string_append_c (out, '"');
  for (; *s != '\0'; s++)
    {
      guchar c = (guchar) *s;
      const char *escape;

      if (c >= 0x20 && c != '"' && c != '\\')
        continue;
      /* Copy the plain run before this character in one go. */
      g_string_append_len (out, run, s - run);
      run = s + 1;
      switch (c)
        {
        case '"':  escape = "\\\""; break;
        case '\\': escape = "\\\\"; break;
        case '\n': escape = "\\n"; break;
        case '\r': escape = "\\r"; break;
        case '\t': escape = "\\t"; break;
        case '\b': escape = "\\b"; break;
        case '\f': escape = "\\f"; break;
        default:   escape = NULL; break;
        }
      if (escape != NULL)
        g_string_append (out, escape);
      else
        g_string_append_printf (out, "\\u%04x", c);
    }
  g_string_append_len (out, run, s - run);
  g_string_append_c (out, '"');
}

static void
write_double (GString *out,
              double   d)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];
  int precision;

  if (!isfinite (d))
    {
      /* JSON has no spelling for it: null, rather than a file that no longer opens. */
      g_string_append (out, "null");
      return;
    }
  if (d == 0)
    {
      /* -0 would read back as the whole number 0: write that at once. */
      g_string_append_c (out, '0');
      return;
    }
  /* Shortest text that reads back as the same double: 645.88, not 645.88000000000005. */
  for (precision = 15; precision <= 17; precision++)
    {
      static const char * const formats[] = { "%.15g", "%.16g", "%.17g" };

      g_ascii_formatd (buf, sizeof buf, formats[precision - 15], d);
      if (g_ascii_strtod (buf, NULL) == d)
        break;
    }
  g_string_append (out, buf);
}

static void
write_indent (GString *out,
              int      level)
{
  g_string_append_c (out, '\n');
  for (int i = 0; i < level; i++)
    g_string_append (out, "  ");
}

static void
write_node (GString  *out,
            JsonNode *node,
            int       level)
{
  switch (JSON_NODE_TYPE (node))
    {
    case JSON_NODE_NULL:
      g_string_append (out, "null");
      break;
    case JSON_NODE_VALUE:
      {
        GType t = json_node_get_value_type (node);
        if (t == G_TYPE_STRING)
          write_string (out, json_node_get_string (node));
        else if (t == G_TYPE_BOOLEAN)
          g_string_append (out, json_node_get_boolean (node) ? "true" : "false");
        else if (t == G_TYPE_INT64)
          g_string_append_printf (out, "%" G_GINT64_FORMAT, json_node_get_int (node));
        else
          write_double (out, json_node_get_double (node));
      }
      break;
    case JSON_NODE_ARRAY:
      {
        JsonArray *array = json_node_get_array (node);
        guint n = json_array_get_length (array);

        if (n == 0)
          {
            g_string_append (out, "[]");
            break;
          }
        g_string_append_c (out, '[');
        for (guint i = 0; i < n; i++)
          {
            if (i > 0)
              g_string_append_c (out, ',');
            write_indent (out, level + 1);
            write_node (out, json_array_get_element (array, i), level + 1);
          }
        write_indent (out, level);
        g_string_append_c (out, ']');
      }
      break;
    case JSON_NODE_OBJECT:
      {
        JsonObject *object = json_node_get_object (node);
        g_autoptr(GList) members = json_object_get_members (object);
        GList *l;

        if (members == NULL)
          {
            g_string_append (out, "{}");
            break;
          }
        g_string_append_c (out, '{');
        for (l = members; l != NULL; l = l->next)
          {
            if (l != members)
              g_string_append_c (out, ',');
            write_indent (out, level + 1);
            write_string (out, l->data);
            g_string_append (out, ": ");
            write_node (out, json_object_get_member (object, l->data), level + 1);
          }
        write_indent (out, level);
        g_string_append_c (out, '}');
      }
      break;
    default:
      g_assert_not_reached ();
    }
}

char *
jx_json_to_text (JsonNode *node)
{
  GString *out = g_string_new (NULL);

  write_node (out, node, 0);
  g_string_append_c (out, '\n');
  return g_string_free (out, FALSE);
}

/* ---- record → canonical text, directly ----
 * The same text as write_node (jx_record_to_json (…)) without the JsonNode tree between
 * (issue 16: at 50,000 indicators the tree was most of a save's seconds). */

static void write_record (GString            *out,
                          const JxRecordType *type,
                          gconstpointer       record,
                          int                 depth,
                          int                 level);

static void
write_int (GString *out,
           gint64   value)
{
  char buf[24];
  int n = sizeof buf;
  guint64 v = value < 0 ? (guint64) (-(value + 1)) + 1 : (guint64) value;

  do
    buf[--n] = (char) ('0' + v % 10);
  while ((v /= 10) > 0);
  if (value < 0)
    buf[--n] = '-';
  g_string_append_len (out, buf + n, (gssize) (sizeof buf - n));
}

static void
write_field (GString       *out,
             const JxField *f,
             gconstpointer  record,
             int            depth,
             int            level)
{
  switch (f->kind)
    {
    case JX_FIELD_STRING:
      {
        const char *s = *JX_FIELD_AT (record, f, char *);
        write_string (out, s != NULL ? s : "");
      }
      break;
    case JX_FIELD_INT:
      write_int (out, *JX_FIELD_AT (record, f, gint));
      break;
    case JX_FIELD_COUNT:
      {
        gint c = *JX_FIELD_AT (record, f, gint);
        if (JX_COUNT_IS_SET (c))
          write_int (out, c);
        else
          g_string_append (out, "null");
      }
      break;
    case JX_FIELD_MONEY:
      {
        JxMoney m = *JX_FIELD_AT (record, f, JxMoney);
        if (!JX_MONEY_IS_SET (m))
          g_string_append (out, "null");
        else if (m % JX_MONEY_PER_WAN == 0)
          write_int (out, m / JX_MONEY_PER_WAN);
        else
          write_double (out, jx_money_to_double (m));
      }
      break;
    case JX_FIELD_NUMBER:
      {
        double d = *JX_FIELD_AT (record, f, double);
        if (isnan (d))
          g_string_append (out, "null");
        else if (d == floor (d) && fabs (d) < 1e15)
          write_int (out, (gint64) d);
        else
          write_double (out, d);
      }
      break;
    case JX_FIELD_BOOL:
      g_string_append (out, *JX_FIELD_AT (record, f, gboolean) ? "true" : "false");
      break;
    case JX_FIELD_ENUM:
      {
        gint index = *JX_FIELD_AT (record, f, gint);
        const char *name = index >= 0 ? f->enum_values[index] : "";
        if (name[0] == '\0')
          g_string_append (out, "null");
        else
          write_string (out, name);
      }
      break;
    case JX_FIELD_OBJECT:
      write_record (out, f->type, JX_FIELD_AT (record, f, guint8), depth, level);
      break;
    case JX_FIELD_LIST:
    case JX_FIELD_STRING_LIST:
      {
        GPtrArray *list = *JX_FIELD_AT (record, f, GPtrArray *);
        guint i;

        if (list->len == 0)
          {
            g_string_append (out, "[]");
            break;
          }
        g_string_append_c (out, '[');
        for (i = 0; i < list->len; i++)
          {
            if (i > 0)
              g_string_append_c (out, ',');
            write_indent (out, level + 1);
            if (f->kind == JX_FIELD_STRING_LIST)
              write_string (out, g_ptr_array_index (list, i));
            else
              write_record (out, f->type, g_ptr_array_index (list, i),
                            f->type == &jx_indicator_type ? depth + 1 : 0, level + 1);
          }
        write_indent (out, level);
        g_string_append_c (out, ']');
      }
      break;
    default:
      g_assert_not_reached ();
    }
}

static void
write_member_name (GString    *out,
                   gboolean   *first,
                   const char *name,
                   int         level)
{
  g_string_append_c (out, *first ? '{' : ',');
  *first = FALSE;
  write_indent (out, level + 1);
  write_string (out, name);
  g_string_append (out, ": ");
}

/* As jx_record_to_json: the fields that are written, in the table's order, then the
 * members the file had that Jixiao does not know (those of no field written). */
static void
write_record (GString            *out,
              const JxRecordType *type,
              gconstpointer       record,
              int                 depth,
              int                 level)
{
  JsonObject *extra = *(JsonObject * const *) record;
  guint64 written = 0;   /* the fields written, by index (tables have fewer than 64) */
  gboolean first = TRUE;
  guint i;

  g_assert (type->n_fields <= 64);
  for (i = 0; i < type->n_fields; i++)
    {
      const JxField *f = &type->fields[i];

      if (!field_applies (f, depth))
        continue;
      if ((f->flags & JX_FIELD_OMIT_DEFAULT) && field_is_default (f, record)
          && (type != &jx_rule_type || !jx_rule_param_applies (f->key, ((const JxRule *) record)->kind)))
        continue;
      if ((f->flags & JX_FIELD_OMIT_EMPTY) && field_is_empty (f, record))
        continue;
      write_member_name (out, &first, f->key, level);
      write_field (out, f, record, depth, level + 1);
      written |= G_GUINT64_CONSTANT (1) << i;
    }

  if (extra != NULL)
    {
      g_autoptr(GList) members = json_object_get_members (extra);
      GList *l;

      for (l = members; l != NULL; l = l->next)
        {
          gboolean known = FALSE;

          for (i = 0; i < type->n_fields && !known; i++)
            known = (written & (G_GUINT64_CONSTANT (1) << i)) && g_str_equal (type->fields[i].key, l->data);
          if (known)
            continue;
          write_member_name (out, &first, l->data, level);
          write_node (out, json_object_get_member (extra, l->data), level + 1);
        }
    }

  if (first)
    g_string_append (out, "{}");
  else
    {
      write_indent (out, level);
      g_string_append_c (out, '}');
    }
}

char *
jx_doc_data_to_json (const JxDocData *data,
                     gsize           *length)
{
  GString *out = g_string_sized_new (64 * 1024);

  write_record (out, &jx_doc_data_type, data, 0, 0);
  g_string_append_c (out, '\n');
  if (length != NULL)
    *length = out->len;
  return g_string_free (out, FALSE);
}

gboolean
jx_doc_data_save_file (const JxDocData *data,
                       GFile           *file,
                       GError         **error)
{
  gsize length = 0;
  g_autofree char *text = jx_doc_data_to_json (data, &length);

  return jx_write_file_atomic (file, text, length, error);
}
