/* SPDX-License-Identifier: GPL-3.0-or-later */
/* jx-load.c: reading a .jixiao file. The records are filled straight from the text through
 * the field tables (jx-record-fields.c) by a strict JSON pull reader (jx-json-reader.c); only
 * members this version does not know become JSON nodes (kept in `extra`, jx-load-unknown.c). Every error names
 * the file, line, column and the JSON path of the value, and a broken file never yields a
 * document. */
#define G_LOG_DOMAIN "jx-load"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "jx-json-reader.h"
#include "jx-load.h"
#include "jx-load-private.h"
#include "jx-loader.h"
#include "jx-money.h"

G_DEFINE_QUARK (jx-load-error-quark, jx_load_error)

static void
append_path (GString     *out,
             const JxLoadFrame *frame)
{
  if (frame == NULL || (frame->key == NULL && frame->index < 0))
    return;
  append_path (out, frame->parent);
  if (frame->key != NULL)
    {
      if (out->len > 0)
        g_string_append_c (out, '.');
      g_string_append (out, frame->key);
    }
  else
    g_string_append_printf (out, "[%" G_GINT64_FORMAT "]", frame->index);
}

void
_jx_loader_fail (JxLoader          *loader,
      const JxJsonPos *pos,
      const JxLoadFrame     *frame,
      JxLoadError      code,
      const char      *format,
      ...)
{
  g_autoptr(GString) path = g_string_new (NULL);
  g_autofree char *message = NULL;
  va_list args;

  if (loader->error != NULL)
    return;
  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  append_path (path, frame);
  g_set_error (&loader->error, JX_LOAD_ERROR, code, "%s:%u:%u: %s: %s",
               loader->name, pos->line, jx_json_pos_column (pos),
               path->len > 0 ? path->str : "/", message);
}

/* The last text read cannot be kept: say why (a lone surrogate, a NUL, a noncharacter). */
void
_jx_loader_fail_text (JxLoader          *loader,
           const JxJsonPos *pos,
           const JxLoadFrame     *frame)
{
  JxJsonReader *r = &loader->reader;
  g_autofree char *message = jx_json_text_problem_message (r->text_problem, r->text_char);

  _jx_loader_fail (loader, pos, frame,
        r->text_problem == JX_JSON_TEXT_LONE_SURROGATE ? JX_LOAD_ERROR_ENCODING : JX_LOAD_ERROR_INVALID,
        "%s", message);
}

static const char *
kind_name (JxJsonKind kind)
{
  switch (kind)
    {
    case JX_JSON_OBJECT:
      return _("an object");
    case JX_JSON_ARRAY:
      return _("a list");
    case JX_JSON_NULL:
      return _("null");
    case JX_JSON_STRING:
      return _("a text");
    case JX_JSON_TRUE:
    case JX_JSON_FALSE:
      return _("true/false");
    case JX_JSON_NUMBER:
    case JX_JSON_NONE:
    default:
      return _("a number");
    }
}

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

/* ---- values ---- */

/* The text peeked, checked: Unicode, and at most JX_LOAD_MAX_TEXT bytes. */
static const char *
read_text (JxLoader          *loader,
           const JxJsonPos *pos,
           const JxLoadFrame     *frame,
           gboolean         in_list,
           gsize           *length)
{
  const char *s = jx_json_reader_read_string (&loader->reader, length);

  if (s == NULL)
    return NULL;
  if (!loader->reader.text_valid)
    {
      _jx_loader_fail_text (loader, pos, frame);
      return NULL;
    }
  if (*length > JX_LOAD_MAX_TEXT)
    {
      if (in_list)
        _jx_loader_fail (loader, pos, frame, JX_LOAD_ERROR_TOO_LARGE, _("text too long"));
      else
        _jx_loader_fail (loader, pos, frame, JX_LOAD_ERROR_TOO_LARGE,
              _("text of %zu bytes is too long (at most %d)"), *length, JX_LOAD_MAX_TEXT);
      return NULL;
    }
  return s;
}

static gboolean
read_double (JxLoader *loader,
             double *d)
{
  JxJsonNumber number;

  if (!jx_json_reader_read_number (&loader->reader, &number))
    return FALSE;
  *d = jx_json_number_to_double (&number);
  return TRUE;
}

/* ---- records ---- */

static gboolean load_record (JxLoader *loader, const JxRecordType *type, gpointer record,
                             const JxLoadFrame *frame, int depth);

static gboolean
load_field (JxLoader        *loader,
            const JxField *f,
            gpointer       record,
            const JxLoadFrame   *frame,
            int            depth)
{
  JxJsonReader *r = &loader->reader;
  JxJsonKind kind = jx_json_reader_peek (r);
  JxJsonPos pos = r->value;
  gboolean is_null = kind == JX_JSON_NULL;
  gsize length;
  double d;

  if (kind == JX_JSON_NONE)
    return FALSE;

  switch (f->kind)
    {
    case JX_FIELD_STRING:
      {
        const char *s;

        if (is_null)
          break;
        if (kind != JX_JSON_STRING)
          {
            _jx_loader_fail (loader, &pos, frame, JX_LOAD_ERROR_INVALID, _("expected a text, found %s"), kind_name (kind));
            return FALSE;
          }
        if ((s = read_text (loader, &pos, frame, FALSE, &length)) == NULL)
          return FALSE;
        g_free (*JX_FIELD_AT (record, f, char *));
        *JX_FIELD_AT (record, f, char *) = g_strndup (s, length);
        return TRUE;
      }

    case JX_FIELD_INT:
    case JX_FIELD_COUNT:
      if (is_null && f->kind == JX_FIELD_COUNT)
        break;
      if (kind != JX_JSON_NUMBER)
        {
          _jx_loader_fail (loader, &pos, frame, JX_LOAD_ERROR_INVALID, _("expected a whole number, found %s"), kind_name (kind));
          return FALSE;
        }
      if (!read_double (loader, &d))
        return FALSE;
      if (d != floor (d))
        {
          _jx_loader_fail (loader, &pos, frame, JX_LOAD_ERROR_INVALID, _("expected a whole number, found %g"), d);
          return FALSE;
        }
      if (f->kind == JX_FIELD_COUNT && (d < 0 || d > 10000000))
        {
          _jx_loader_fail (loader, &pos, frame, JX_LOAD_ERROR_INVALID,
                d < 0 ? _("a number of people cannot be negative (%.0f)") : _("%.0f people is out of range"), d);
          return FALSE;
        }
      if (fabs (d) > G_MAXINT32)
        {
          _jx_loader_fail (loader, &pos, frame, JX_LOAD_ERROR_INVALID, _("%g is out of range"), d);
          return FALSE;
        }
      *JX_FIELD_AT (record, f, gint) = (gint) d;
      return TRUE;

    case JX_FIELD_MONEY:
      {
        g_autoptr(GError) error = NULL;
        JxJsonNumber number;

        if (is_null)
          break;
        if (kind != JX_JSON_NUMBER)
          {
            _jx_loader_fail (loader, &pos, frame, JX_LOAD_ERROR_INVALID, _("expected an amount in 万元, found %s"), kind_name (kind));
            return FALSE;
          }
        if (!jx_json_reader_read_number (r, &number))
          return FALSE;
        if (!jx_money_from_json_number (number.text, number.length, JX_FIELD_AT (record, f, JxMoney), &error))
          {
            _jx_loader_fail (loader, &pos, frame, JX_LOAD_ERROR_INVALID, "%s", error->message);
            return FALSE;
          }
        return TRUE;
      }

    case JX_FIELD_NUMBER:
      if (is_null && !(f->flags & JX_FIELD_NOT_NULL))
        break;
      if (kind != JX_JSON_NUMBER)
        {
          _jx_loader_fail (loader, &pos, frame, JX_LOAD_ERROR_INVALID, _("expected a number, found %s"), kind_name (kind));
          return FALSE;
        }
      if (!read_double (loader, &d))
        return FALSE;
      if (!isfinite (d) || fabs (d) > 1e12)
        {
          _jx_loader_fail (loader, &pos, frame, JX_LOAD_ERROR_INVALID, _("number %g is out of range"), d);
          return FALSE;
        }
      *JX_FIELD_AT (record, f, double) = d;
      return TRUE;

    case JX_FIELD_BOOL:
      if (kind != JX_JSON_TRUE && kind != JX_JSON_FALSE)
        {
          _jx_loader_fail (loader, &pos, frame, JX_LOAD_ERROR_INVALID, _("expected true or false, found %s"), kind_name (kind));
          return FALSE;
        }
      *JX_FIELD_AT (record, f, gboolean) = kind == JX_JSON_TRUE;
      break;

    case JX_FIELD_ENUM:
      {
        g_autofree char *allowed = NULL;
        const char *s;
        guint i;

        /* An enum whose first name is "" (the metric link) takes null as "none"; one whose
         * default is -1 (the grade) as "not stated". */
        if (is_null && f->enum_values[0][0] == '\0')
          {
            *JX_FIELD_AT (record, f, gint) = 0;
            break;
          }
        if (is_null && f->default_value < 0)
          {
            *JX_FIELD_AT (record, f, gint) = (gint) f->default_value;
            break;
          }
        if (kind != JX_JSON_STRING)
          {
            _jx_loader_fail (loader, &pos, frame, JX_LOAD_ERROR_INVALID, _("expected a text, found %s"), kind_name (kind));
            return FALSE;
          }
        if ((s = read_text (loader, &pos, frame, FALSE, &length)) == NULL)
          return FALSE;
        for (i = 0; f->enum_values[i] != NULL; i++)
          if (strcmp (f->enum_values[i], s) == 0)
            {
              *JX_FIELD_AT (record, f, gint) = (gint) i;
              return TRUE;
            }
        allowed = g_strjoinv (", ", (char **) f->enum_values);
        _jx_loader_fail (loader, &pos, frame, JX_LOAD_ERROR_INVALID, _("“%s” is not one of: %s"), s, allowed);
        return FALSE;
      }

    case JX_FIELD_OBJECT:
      return load_record (loader, f->type, JX_FIELD_AT (record, f, guint8), frame, depth);

    case JX_FIELD_LIST:
    case JX_FIELD_STRING_LIST:
      {
        GPtrArray *list = *JX_FIELD_AT (record, f, GPtrArray *);
        int child_depth = f->type == &jx_indicator_type ? depth + 1 : 0;
        gboolean first = TRUE;
        gint64 i = 0;

        if (is_null)
          break;
        if (kind != JX_JSON_ARRAY)
          {
            _jx_loader_fail (loader, &pos, frame, JX_LOAD_ERROR_INVALID, _("expected a list, found %s"), kind_name (kind));
            return FALSE;
          }
        if (!jx_json_reader_enter (r))
          return FALSE;
        for (i = 0; jx_json_reader_next_element (r, &first); i++)
          {
            JxLoadFrame element = { frame, NULL, i };

            if (f->kind == JX_FIELD_STRING_LIST)
              {
                JxJsonKind element_kind = jx_json_reader_peek (r);
                JxJsonPos element_pos = r->value;
                const char *s;

                if (element_kind == JX_JSON_NONE)
                  return FALSE;
                if (element_kind != JX_JSON_STRING)
                  {
                    _jx_loader_fail (loader, &element_pos, &element, JX_LOAD_ERROR_INVALID,
                          _("expected a text, found %s"), kind_name (element_kind));
                    return FALSE;
                  }
                if ((s = read_text (loader, &element_pos, &element, TRUE, &length)) == NULL)
                  return FALSE;
                g_ptr_array_add (list, g_strndup (s, length));
              }
            else
              {
                gpointer child = jx_record_new (f->type);

                g_ptr_array_add (list, child);
                if (!load_record (loader, f->type, child, &element, child_depth))
                  return FALSE;
              }
          }
        return r->error == NULL;
      }

    default:
      g_assert_not_reached ();
    }

  /* null, true or false */
  jx_json_reader_read_literal (r);
  return TRUE;
}

/* The field named `key`, looking first after the one found last (files list members in
 * the order of the table). */
static const JxField *
find_field (const JxRecordType *type,
            const char         *key,
            guint              *hint)
{
  guint n = type->n_fields;
  guint i;

  for (i = 0; i < n; i++)
    {
      guint k = (*hint + i) % n;
      const char *name = type->fields[k].key;

      if (name[0] == key[0] && strcmp (name, key) == 0)
        {
          *hint = k + 1;
          return &type->fields[k];
        }
    }
  return NULL;
}

static gboolean
load_record (JxLoader             *loader,
             const JxRecordType *type,
             gpointer            record,
             const JxLoadFrame        *frame,
             int                 depth)
{
  JxJsonReader *r = &loader->reader;
  JxJsonKind kind = jx_json_reader_peek (r);
  JxJsonPos pos = r->value;
  guint64 seen = 0;
  gboolean first = TRUE;
  guint hint = 0;
  const char *key;
  gsize length;
  guint i;

  g_assert (type->n_fields <= 64);
  if (kind == JX_JSON_NONE)
    return FALSE;
  if (kind != JX_JSON_OBJECT)
    {
      _jx_loader_fail (loader, &pos, frame, JX_LOAD_ERROR_INVALID, _("expected an object, found %s"), kind_name (kind));
      return FALSE;
    }
  if (!jx_json_reader_enter (r))
    return FALSE;

  while (jx_json_reader_next_member (r, &first, &key, &length))
    {
      JxJsonPos key_pos = r->value;
      const JxField *f = find_field (type, key, &hint);
      g_autofree char *name = NULL;
      JxLoadFrame child = { frame, NULL, -1 };
      JsonObject **extra = record;   /* every record starts with `extra` */
      JsonNode *node;

      if (f != NULL && field_applies (f, depth))
        {
          guint64 bit = G_GUINT64_CONSTANT (1) << (f - type->fields);

          if (seen & bit)
            {
              jx_json_reader_fail_duplicate (r, &key_pos, f->key);
              return FALSE;
            }
          seen |= bit;
          child.key = f->key;
          if (!load_field (loader, f, record, &child, depth))
            return FALSE;
          continue;
        }

      /* Kept as it is, in file order: a member this version does not know, or one that
       * does not belong at this level. */
      if (!r->text_valid)
        {
          _jx_loader_fail_text (loader, &key_pos, frame);
          return FALSE;
        }
      name = g_strndup (key, length);
      child.key = name;
      if (depth >= 3 && strcmp (name, "children") == 0)
        {
          kind = jx_json_reader_peek (r);
          if (kind == JX_JSON_NONE)
            return FALSE;
          if (kind != JX_JSON_ARRAY || !jx_json_reader_array_is_empty (r))
            {
              _jx_loader_fail (loader, &r->value, &child, JX_LOAD_ERROR_INVALID,
                    _("indicators have three levels; a level-3 indicator has no children"));
              return FALSE;
            }
        }
      if (*extra != NULL && json_object_has_member (*extra, name))
        {
          jx_json_reader_fail_duplicate (r, &key_pos, name);
          return FALSE;
        }
      if ((node = _jx_loader_read_node (loader, &child)) == NULL)
        return FALSE;
      if (*extra == NULL)
        *extra = json_object_new ();
      json_object_set_member (*extra, name, node);
    }
  if (r->error != NULL)
    return FALSE;

  for (i = 0; i < type->n_fields; i++)
    {
      const JxField *f = &type->fields[i];

      if ((f->flags & JX_FIELD_REQUIRED) && !(seen & (G_GUINT64_CONSTANT (1) << i)) && field_applies (f, depth))
        {
          JxLoadFrame child = { frame, f->key, -1 };

          _jx_loader_fail (loader, &pos, &child, JX_LOAD_ERROR_INVALID, _("this member is required but missing"));
          return FALSE;
        }
    }
  return TRUE;
}
/* ---- entry points ---- */

JxDocData *
jx_doc_data_load_data (const char *data,
                       gsize       length,
                       const char *name,
                       GError    **error)
{
  JxLoader loader = { 0 };
  JxDocData *doc = NULL;
  JxLoadFrame root = { NULL, NULL, -1 };
  gboolean ok;

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

  loader.name = name;
  jx_json_reader_init (&loader.reader, data, length, name);
  doc = jx_record_new (&jx_doc_data_type);
  ok = load_record (&loader, &jx_doc_data_type, doc, &root, 0)
       && jx_json_reader_finish (&loader.reader)
       && doc->format != NULL && g_str_equal (doc->format, "jixiao")
       && doc->version <= JX_FORMAT_VERSION;
  if (!ok)
    {
      if (loader.error == NULL && loader.reader.error != NULL)
        loader.error = g_steal_pointer (&loader.reader.error);
      _jx_load_explain_failure (data, length, name, &loader.error, error);
      g_clear_pointer (&doc, jx_doc_data_free);
    }
  else if (doc->version < 1)
    {
      g_set_error (error, JX_LOAD_ERROR, JX_LOAD_ERROR_INVALID,
                   _("%s: version: %d is not a format version (1 or higher)"), name, doc->version);
      g_clear_pointer (&doc, jx_doc_data_free);
    }
  g_clear_error (&loader.error);
  jx_json_reader_clear (&loader.reader);
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
