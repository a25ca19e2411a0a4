/* SPDX-License-Identifier: GPL-3.0-or-later */
/* jx-load.c: reading a .jixiao file. Every error names the file, line, column and the JSON
 * path of the value, and a broken file never yields a document. */
#define G_LOG_DOMAIN "jx-load"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "jx-load.h"
#include "jx-money.h"

G_DEFINE_QUARK (jx-load-error-quark, jx_load_error)

typedef struct {
  guint line;
  guint column;
} Pos;

typedef struct {
  const char *name;
  JsonParser *parser;
  GHashTable *positions;   /* JsonNode* → Pos* */
  GHashTable *seen;        /* "object-pointer/member" */
  char       *duplicate;   /* first duplicate member found, with its position */
  Pos         duplicate_pos;
  GError     *error;
} Loader;

/* ---- positions from the parser's signals ---- */

static void
remember (Loader   *loader,
          JsonNode *node)
{
  Pos *pos;

  if (node == NULL || g_hash_table_contains (loader->positions, node))
    return;
  pos = g_new (Pos, 1);
  pos->line = json_parser_get_current_line (loader->parser);
  pos->column = json_parser_get_current_pos (loader->parser);
  g_hash_table_insert (loader->positions, node, pos);
}

static void
on_object_member (JsonParser *parser,
                  JsonObject *object,
                  const char *member,
                  gpointer    user_data)
{
  Loader *loader = user_data;
  char *key = g_strdup_printf ("%p/%s", (void *) object, member);

  if (!g_hash_table_add (loader->seen, key) && loader->duplicate == NULL)
    {
      loader->duplicate = g_strdup (member);
      loader->duplicate_pos.line = json_parser_get_current_line (parser);
      loader->duplicate_pos.column = json_parser_get_current_pos (parser);
    }
  remember (loader, json_object_get_member (object, member));
}

static void
on_array_element (JsonParser *parser,
                  JsonArray  *array,
                  int         index,
                  gpointer    user_data)
{
  remember (user_data, json_array_get_element (array, index));
}

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
  Pos *pos = node != NULL && loader->positions != NULL ? g_hash_table_lookup (loader->positions, node) : NULL;
  va_list args;

  if (loader->error != NULL)
    return;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  if (pos != NULL)
    g_set_error (&loader->error, JX_LOAD_ERROR, code, "%s:%u:%u: %s: %s",
                 loader->name, pos->line, pos->column, path[0] ? path : "/", message);
  else
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

/* json-glib turns an escaped lone surrogate ("\ud800") into bytes that are not UTF-8; a
 * document holding such a text would be saved into a file that no longer opens. */
static gboolean
text_is_valid (const char *s)
{
  return s == NULL || g_utf8_validate (s, -1, NULL);
}

#define BAD_TEXT_MESSAGE _("the text is not valid Unicode (an escaped half of a surrogate pair, such as \\ud800)")

/* What is wrong with a member this version does not know (kept and written back), or NULL:
 * a text that is not UTF-8, or a number with no JSON spelling (1e999 reads as infinity). */
static const char *
node_problem (JsonNode    *node,
              JxLoadError *code)
{
  const char *problem = NULL;

  switch (JSON_NODE_TYPE (node))
    {
    case JSON_NODE_OBJECT:
      {
        JsonObject *object = json_node_get_object (node);
        g_autoptr(GList) members = json_object_get_members (object);
        GList *l;

        for (l = members; l != NULL && problem == NULL; l = l->next)
          {
            if (!text_is_valid (l->data))
              {
                *code = JX_LOAD_ERROR_ENCODING;
                return BAD_TEXT_MESSAGE;
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
          return _("the number is out of range");
        }
      if (json_node_get_value_type (node) == G_TYPE_STRING && !text_is_valid (json_node_get_string (node)))
        {
          *code = JX_LOAD_ERROR_ENCODING;
          return BAD_TEXT_MESSAGE;
        }
      return NULL;
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
        if (!text_is_valid (s))
          {
            fail (loader, node, path, JX_LOAD_ERROR_ENCODING, "%s", BAD_TEXT_MESSAGE);
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
        if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
          {
            fail (loader, node, path, JX_LOAD_ERROR_INVALID, _("expected a text, found %s"), node_kind (node));
            return FALSE;
          }
        s = json_node_get_string (node);
        if (!text_is_valid (s))
          {
            fail (loader, node, path, JX_LOAD_ERROR_ENCODING, "%s", BAD_TEXT_MESSAGE);
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
                if (!text_is_valid (json_node_get_string (element)))
                  {
                    fail (loader, element, element_path, JX_LOAD_ERROR_ENCODING, "%s", BAD_TEXT_MESSAGE);
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
      const char *problem;
      JxLoadError code;

      if (f != NULL && field_applies (f, depth))
        continue;
      code = JX_LOAD_ERROR_ENCODING;
      problem = text_is_valid (key) ? node_problem (json_object_get_member (object, key), &code) : BAD_TEXT_MESSAGE;
      if (problem != NULL)
        {
          g_autofree char *member_path = NULL;

          if (text_is_valid (key))
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

/* ---- before parsing: encoding and nesting ---- */

static void
line_column (const char *data,
             const char *at,
             guint      *line,
             guint      *column)
{
  const char *p;

  *line = 1;
  *column = 1;
  for (p = data; p < at; p++)
    {
      if (*p == '\n')
        {
          (*line)++;
          *column = 1;
        }
      else if (((guchar) *p & 0xC0) != 0x80)
        (*column)++;
    }
}

static gboolean
check_text (const char *data,
            gsize       length,
            const char *name,
            gsize      *n_members,
            GError    **error)
{
  const char *end = NULL;
  gboolean in_string = FALSE;
  gboolean ended = FALSE;
  int depth = 0;
  gsize i;
  guint line, column;

  if (!g_utf8_validate (data, length, &end))
    {
      line_column (data, end, &line, &column);
      g_set_error (error, JX_LOAD_ERROR, JX_LOAD_ERROR_ENCODING,
                   _("%s:%u:%u: the file is not UTF-8 text (invalid byte 0x%02X); save it as UTF-8"),
                   name, line, column, end < data + length ? (guchar) *end : 0);
      return FALSE;
    }

  for (i = 0; i < length; i++)
    {
      char c = data[i];

      if (in_string)
        {
          if (c == '\\')
            i++;
          else if (c == '"')
            in_string = FALSE;
          continue;
        }
      if (ended && !g_ascii_isspace (c))
        {
          /* json-glib would keep the last of two documents in one file. */
          line_column (data, data + i, &line, &column);
          g_set_error (error, JX_LOAD_ERROR, JX_LOAD_ERROR_SYNTAX,
                       _("%s:%u:%u: there is more text after the end of the document"),
                       name, line, column);
          return FALSE;
        }
      if (g_ascii_isdigit (c) && (i == 0 || !g_ascii_isalnum (data[i - 1])))
        {
          /* json-glib wraps a whole number past 64 bits without a word (99999999999999999999
           * reads as -1); no value of a document needs more than 18 digits. */
          gboolean hex = c == '0' && i + 1 < length && (data[i + 1] == 'x' || data[i + 1] == 'X');
          gsize start = hex ? i + 2 : i;
          gsize j = start;
          gsize significant = 0;

          while (j < length && (hex ? g_ascii_isxdigit (data[j]) : g_ascii_isdigit (data[j])))
            {
              if (significant > 0 || data[j] != '0')
                significant++;
              j++;
            }
          if (!hex && j < length && (data[j] == '.' || data[j] == 'e' || data[j] == 'E'))
            significant = 0;   /* a decimal number: read as a double, never wraps */
          if (significant > (hex ? 15u : 18u))
            {
              line_column (data, data + i, &line, &column);
              g_set_error (error, JX_LOAD_ERROR, JX_LOAD_ERROR_INVALID,
                           _("%s:%u:%u: the number %.*s is too large"),
                           name, line, column, (int) MIN (j - i, 40), data + i);
              return FALSE;
            }
          i = j - 1;
          continue;
        }
      if (c == '"')
        in_string = TRUE;
      else if (c == ':')
        (*n_members)++;
      else if (c == '{' || c == '[')
        {
          if (++depth > JX_LOAD_MAX_DEPTH)
            {
              line_column (data, data + i, &line, &column);
              g_set_error (error, JX_LOAD_ERROR, JX_LOAD_ERROR_SYNTAX,
                           _("%s:%u:%u: nested more than %d levels deep; this is not a Jixiao document"),
                           name, line, column, JX_LOAD_MAX_DEPTH);
              return FALSE;
            }
        }
      else if (c == '}' || c == ']')
        ended = --depth == 0;
    }
  return TRUE;
}

/* ---- entry points ---- */

static void
loader_clear (Loader *loader)
{
  g_clear_object (&loader->parser);
  g_clear_pointer (&loader->positions, g_hash_table_unref);
  g_clear_pointer (&loader->seen, g_hash_table_unref);
  g_clear_pointer (&loader->duplicate, g_free);
  g_clear_error (&loader->error);
}

/* The members of every object under `node`. */
static gsize
count_members (JsonNode *node)
{
  gsize n = 0;

  if (node == NULL)   /* an empty text parses to no root */
    return 0;
  if (JSON_NODE_HOLDS_OBJECT (node))
    {
      JsonObjectIter iter;
      JsonNode *member;

      json_object_iter_init (&iter, json_node_get_object (node));
      while (json_object_iter_next (&iter, NULL, &member))
        n += 1 + count_members (member);
    }
  else if (JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *array = json_node_get_array (node);
      guint i;

      for (i = 0; i < json_array_get_length (array); i++)
        n += count_members (json_array_get_element (array, i));
    }
  return n;
}

/* Parses the text into loader->parser. With `track`, the line and column of every value are
 * kept for the messages, and duplicate members are found (json-glib keeps the last one
 * silently); that costs a signal per value, so a document is parsed without first, and again
 * with only when it needs a message or may hold a duplicate. */
static gboolean
parse (Loader     *loader,
       const char *data,
       gsize       length,
       gboolean    track,
       GError    **error)
{
  g_autoptr(GError) parse_error = NULL;

  g_clear_object (&loader->parser);
  g_clear_pointer (&loader->positions, g_hash_table_unref);
  g_clear_pointer (&loader->seen, g_hash_table_unref);
  loader->parser = json_parser_new ();
  if (track)
    {
      loader->positions = g_hash_table_new_full (NULL, NULL, NULL, g_free);
      loader->seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      g_signal_connect (loader->parser, "object-member", G_CALLBACK (on_object_member), loader);
      g_signal_connect (loader->parser, "array-element", G_CALLBACK (on_array_element), loader);
    }

  if (!json_parser_load_from_data (loader->parser, data, (gssize) length, &parse_error))
    {
      /* json-glib says "<data>:3:14: Parse error: …"; name the file instead. It quotes the
       * bad input, which may be invalid UTF-8: the message must stay printable. */
      g_autofree char *valid = g_utf8_make_valid (parse_error->message, -1);
      const char *msg = valid;
      if (g_str_has_prefix (msg, "<data>"))
        msg += strlen ("<data>");
      else if (msg[0] != ':')
        {
          g_set_error (error, JX_LOAD_ERROR, JX_LOAD_ERROR_SYNTAX, _("%s: not a JSON document: %s"), loader->name, msg);
          return FALSE;
        }
      g_set_error (error, JX_LOAD_ERROR, JX_LOAD_ERROR_SYNTAX, _("%s%s (the file is not valid JSON)"), loader->name, msg);
      return FALSE;
    }

  if (loader->duplicate != NULL)
    {
      g_set_error (error, JX_LOAD_ERROR, JX_LOAD_ERROR_SYNTAX,
                   _("%s:%u:%u: the member “%s” appears twice in the same object"),
                   loader->name, loader->duplicate_pos.line, loader->duplicate_pos.column, loader->duplicate);
      return FALSE;
    }
  return TRUE;
}

/* The parsed root into a document. */
static JxDocData *
load_root (Loader  *loader,
           GError **error)
{
  g_autoptr(JxDocData) doc = NULL;
  JsonNode *root;
  JsonObject *object;
  JsonNode *member;
  const char *name = loader->name;

  root = json_parser_get_root (loader->parser);
  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    {
      g_set_error (error, JX_LOAD_ERROR, JX_LOAD_ERROR_INVALID,
                   _("%s: not a Jixiao document (expected a JSON object)"), name);
      return NULL;
    }

  object = json_node_get_object (root);
  member = json_object_get_member (object, "format");
  if (member == NULL || !JSON_NODE_HOLDS_VALUE (member)
      || json_node_get_value_type (member) != G_TYPE_STRING
      || !g_str_equal (json_node_get_string (member), "jixiao"))
    {
      g_set_error (error, JX_LOAD_ERROR, JX_LOAD_ERROR_INVALID,
                   _("%s: not a Jixiao document (no \"format\": \"jixiao\")"), name);
      return NULL;
    }
  member = json_object_get_member (object, "version");
  if (member != NULL && node_is_number (member) && json_node_get_double (member) > JX_FORMAT_VERSION)
    {
      g_set_error (error, JX_LOAD_ERROR, JX_LOAD_ERROR_VERSION,
                   _("%s: written by a newer Jixiao (format version %.0f); this version reads version %d. Please update Jixiao."),
                   name, json_node_get_double (member), JX_FORMAT_VERSION);
      return NULL;
    }

  doc = jx_record_new (&jx_doc_data_type);
  if (!load_record (loader, &jx_doc_data_type, doc, root, "", 0))
    return NULL;   /* the message is in loader->error */
  if (doc->version < 1)
    {
      g_set_error (error, JX_LOAD_ERROR, JX_LOAD_ERROR_INVALID,
                   _("%s: version: %d is not a format version (1 or higher)"), name, doc->version);
      return NULL;
    }
  return g_steal_pointer (&doc);
}

JxDocData *
jx_doc_data_load_data (const char *data,
                       gsize       length,
                       const char *name,
                       GError    **error)
{
  Loader loader = { 0 };
  JxDocData *doc = NULL;
  gsize n_members = 0;

  g_return_val_if_fail (data != NULL || length == 0, NULL);
  if (name == NULL)
    name = "document";

  if (length > JX_LOAD_MAX_BYTES)
    {
      g_set_error (error, JX_LOAD_ERROR, JX_LOAD_ERROR_TOO_LARGE,
                   _("%s: the file is %zu MB; a Jixiao document is at most %d MB"),
                   name, length / (1024 * 1024), JX_LOAD_MAX_BYTES / (1024 * 1024));
      return NULL;
    }
  if (length >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
    {
      data += 3;
      length -= 3;
    }
  if (length == 0)
    {
      g_set_error (error, JX_LOAD_ERROR, JX_LOAD_ERROR_SYNTAX, _("%s: the file is empty"), name);
      return NULL;
    }
  if (!check_text (data, length, name, &n_members, error))
    return NULL;

  loader.name = name;
  if (!parse (&loader, data, length, FALSE, error))
    goto out;
  /* Fewer members in the tree than ':' in the text: a duplicate was dropped (or a ':' is in
   * a comment); parse again, finding the duplicate. */
  if (count_members (json_parser_get_root (loader.parser)) != n_members
      && !parse (&loader, data, length, TRUE, error))
    goto out;

  doc = load_root (&loader, error);
  if (doc == NULL && loader.error != NULL && loader.positions == NULL)
    {
      /* The walk failed: again with positions, for the line and column in the message. */
      g_clear_error (&loader.error);
      if (!parse (&loader, data, length, TRUE, error))
        goto out;
      doc = load_root (&loader, error);
    }
  if (doc == NULL && loader.error != NULL)
    g_propagate_error (error, g_steal_pointer (&loader.error));

out:
  loader_clear (&loader);
  return doc;
}

JxDocData *
jx_doc_data_load_file (GFile   *file,
                       GError **error)
{
  g_autofree char *path = g_file_get_path (file);
  g_autofree char *name = NULL;
  g_autofree char *contents = NULL;
  g_autoptr(GError) local = NULL;
  g_autoptr(GFileInfo) info = NULL;
  gsize length = 0;

  /* Messages are shown in the app: a file name that is not UTF-8 is escaped. */
  name = path != NULL ? g_filename_display_name (path) : g_file_get_uri (file);

  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_TYPE "," G_FILE_ATTRIBUTE_STANDARD_SIZE,
                            G_FILE_QUERY_INFO_NONE, NULL, &local);
  if (info == NULL)
    {
      g_set_error (error, JX_LOAD_ERROR, JX_LOAD_ERROR_READ, _("%s: cannot open: %s"), name, local->message);
      return NULL;
    }
  if (g_file_info_get_file_type (info) == G_FILE_TYPE_DIRECTORY)
    {
      g_set_error (error, JX_LOAD_ERROR, JX_LOAD_ERROR_READ, _("%s: is a folder, not a document"), name);
      return NULL;
    }
  if (g_file_info_get_size (info) > JX_LOAD_MAX_BYTES)
    {
      g_set_error (error, JX_LOAD_ERROR, JX_LOAD_ERROR_TOO_LARGE,
                   _("%s: the file is %" G_GOFFSET_FORMAT " MB; a Jixiao document is at most %d MB"),
                   name, g_file_info_get_size (info) / (1024 * 1024), JX_LOAD_MAX_BYTES / (1024 * 1024));
      return NULL;
    }
  if (!g_file_load_contents (file, NULL, &contents, &length, NULL, &local))
    {
      g_set_error (error, JX_LOAD_ERROR, JX_LOAD_ERROR_READ, _("%s: cannot read: %s"), name, local->message);
      return NULL;
    }
  return jx_doc_data_load_data (contents, length, name, error);
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
  loader.positions = g_hash_table_new (NULL, NULL);
  ok = load_field (&loader, field, record, node, path, depth);
  if (!ok)
    g_propagate_error (error, g_steal_pointer (&loader.error));
  loader_clear (&loader);
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
  loader.positions = g_hash_table_new (NULL, NULL);
  if (!load_record (&loader, type, record, node, "", depth))
    {
      g_propagate_error (error, g_steal_pointer (&loader.error));
      jx_record_free (type, record);
      record = NULL;
    }
  loader_clear (&loader);
  return record;
}
