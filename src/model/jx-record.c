/* SPDX-License-Identifier: GPL-3.0-or-later */
/* jx-record.c: creating and freeing records from their field tables. */
#define G_LOG_DOMAIN "jx-record"

#include "config.h"

#include <math.h>
#include <string.h>

#include "jx-record.h"

void
jx_record_init (const JxRecordType *type,
                gpointer            record)
{
  guint i;

  g_assert (type != NULL);
  g_assert (record != NULL);

  memset (record, 0, type->size);
  *(JsonObject **) record = NULL;

  for (i = 0; i < type->n_fields; i++)
    {
      const JxField *f = &type->fields[i];

      switch (f->kind)
        {
        case JX_FIELD_STRING:
          *JX_FIELD_AT (record, f, char *) = g_strdup ("");
          break;
        case JX_FIELD_INT:
        case JX_FIELD_ENUM:
          *JX_FIELD_AT (record, f, gint) = (gint) f->default_value;
          break;
        case JX_FIELD_BOOL:
          *JX_FIELD_AT (record, f, gboolean) = f->default_value != 0;
          break;
        case JX_FIELD_COUNT:
          *JX_FIELD_AT (record, f, gint) = JX_COUNT_NONE;
          break;
        case JX_FIELD_MONEY:
          *JX_FIELD_AT (record, f, JxMoney) = JX_MONEY_NONE;
          break;
        case JX_FIELD_NUMBER:
          *JX_FIELD_AT (record, f, double) = (f->flags & JX_FIELD_NOT_NULL) ? f->default_value : NAN;
          break;
        case JX_FIELD_OBJECT:
          jx_record_init (f->type, JX_FIELD_AT (record, f, guint8));
          break;
        case JX_FIELD_LIST:
          *JX_FIELD_AT (record, f, GPtrArray *) = g_ptr_array_new ();
          break;
        case JX_FIELD_STRING_LIST:
          *JX_FIELD_AT (record, f, GPtrArray *) = g_ptr_array_new_with_free_func (g_free);
          break;
        default:
          g_assert_not_reached ();
        }
    }
}

gpointer
jx_record_new (const JxRecordType *type)
{
  gpointer record = g_malloc0 (type->size);

  jx_record_init (type, record);
  return record;
}

void
jx_record_clear (const JxRecordType *type,
                 gpointer            record)
{
  guint i;

  if (record == NULL)
    return;

  g_clear_pointer ((JsonObject **) record, json_object_unref);

  for (i = 0; i < type->n_fields; i++)
    {
      const JxField *f = &type->fields[i];

      switch (f->kind)
        {
        case JX_FIELD_STRING:
          g_clear_pointer (JX_FIELD_AT (record, f, char *), g_free);
          break;
        case JX_FIELD_OBJECT:
          jx_record_clear (f->type, JX_FIELD_AT (record, f, guint8));
          break;
        case JX_FIELD_LIST:
          {
            GPtrArray **list = JX_FIELD_AT (record, f, GPtrArray *);
            guint j;

            if (*list == NULL)
              break;
            for (j = 0; j < (*list)->len; j++)
              jx_record_free (f->type, g_ptr_array_index (*list, j));
            g_clear_pointer (list, g_ptr_array_unref);
          }
          break;
        case JX_FIELD_STRING_LIST:
          g_clear_pointer (JX_FIELD_AT (record, f, GPtrArray *), g_ptr_array_unref);
          break;
        case JX_FIELD_INT:
        case JX_FIELD_COUNT:
        case JX_FIELD_MONEY:
        case JX_FIELD_NUMBER:
        case JX_FIELD_BOOL:
        case JX_FIELD_ENUM:
          break;
        default:
          g_assert_not_reached ();
        }
    }
}

void
jx_record_free (const JxRecordType *type,
                gpointer            record)
{
  if (record == NULL)
    return;
  jx_record_clear (type, record);
  g_free (record);
}

static gpointer
copy_string (gconstpointer text,
             gpointer      unused)
{
  return g_strdup (text);
}

static void
record_copy_into (const JxRecordType *type,
                  gconstpointer       from,
                  gpointer            to)
{
  JsonObject *extra = *(JsonObject * const *) from;
  guint i, j;

  memcpy (to, from, type->size);
  *(JsonObject **) to = extra != NULL ? json_object_ref (extra) : NULL;
  for (i = 0; i < type->n_fields; i++)
    {
      const JxField *f = &type->fields[i];

      switch (f->kind)
        {
        case JX_FIELD_STRING:
          *JX_FIELD_AT (to, f, char *) = g_strdup (*JX_FIELD_AT (from, f, char *));
          break;
        case JX_FIELD_OBJECT:
          record_copy_into (f->type, JX_FIELD_AT (from, f, guint8), JX_FIELD_AT (to, f, guint8));
          break;
        case JX_FIELD_LIST:
          {
            GPtrArray *list = *JX_FIELD_AT (from, f, GPtrArray *);
            GPtrArray *copy = NULL;

            if (list != NULL)
              {
                copy = g_ptr_array_sized_new (list->len);
                for (j = 0; j < list->len; j++)
                  g_ptr_array_add (copy, jx_record_copy (f->type, g_ptr_array_index (list, j)));
              }
            *JX_FIELD_AT (to, f, GPtrArray *) = copy;
          }
          break;
        case JX_FIELD_STRING_LIST:
          {
            GPtrArray *list = *JX_FIELD_AT (from, f, GPtrArray *);

            *JX_FIELD_AT (to, f, GPtrArray *) =
              list != NULL ? g_ptr_array_copy (list, copy_string, NULL) : NULL;
            if (list != NULL)
              g_ptr_array_set_free_func (*JX_FIELD_AT (to, f, GPtrArray *), g_free);
          }
          break;
        case JX_FIELD_INT:
        case JX_FIELD_COUNT:
        case JX_FIELD_MONEY:
        case JX_FIELD_NUMBER:
        case JX_FIELD_BOOL:
        case JX_FIELD_ENUM:
          break;
        default:
          g_assert_not_reached ();
        }
    }
}

gpointer
jx_record_copy (const JxRecordType *type,
                gconstpointer       record)
{
  gpointer copy;

  g_return_val_if_fail (type != NULL && record != NULL, NULL);
  copy = g_malloc (type->size);
  record_copy_into (type, record, copy);
  return copy;
}

JxDocData *
jx_doc_data_copy (const JxDocData *data)
{
  return jx_record_copy (&jx_doc_data_type, data);
}

const JxField *
jx_record_type_find (const JxRecordType *type,
                     const char         *key)
{
  guint i;

  for (i = 0; i < type->n_fields; i++)
    if (g_str_equal (type->fields[i].key, key))
      return &type->fields[i];
  return NULL;
}

JxDocData *
jx_doc_data_new (void)
{
  JxDocData *data = jx_record_new (&jx_doc_data_type);
  static const struct { const char *name; double min; } bands[] = {
    { "优秀", 90 }, { "良好", 80 }, { "中等", 60 }, { "差", 0 },
  };
  guint i;

  g_free (data->format);
  data->format = g_strdup ("jixiao");
  data->version = JX_FORMAT_VERSION;

  for (i = 0; i < G_N_ELEMENTS (bands); i++)
    {
      JxGradeBand *band = jx_record_new (&jx_grade_band_type);

      g_free (band->name);
      band->name = g_strdup (bands[i].name);
      band->min = bands[i].min;
      g_ptr_array_add (data->scoring.grade_bands, band);
    }

  return data;
}

void
jx_doc_data_free (JxDocData *data)
{
  jx_record_free (&jx_doc_data_type, data);
}
