/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "jx-path"

#include "config.h"

#include <glib/gi18n.h>
#include <stdlib.h>

#include "jx-path.h"

G_DEFINE_QUARK (jx-path-error-quark, jx_path_error)

static gboolean
applies (const JxField *f,
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

gboolean
jx_path_resolve (JxDocData    *data,
                 const char   *path,
                 JxPathTarget *target,
                 GError      **error)
{
  g_auto(GStrv) segments = NULL;
  gpointer record = data;
  const JxRecordType *type = &jx_doc_data_type;
  int depth = 0;
  guint i;

  g_return_val_if_fail (data != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (target != NULL, FALSE);

  segments = g_strsplit (path, ".", -1);
  for (i = 0; segments[i] != NULL; i++)
    {
      char *segment = segments[i];
      char *bracket = strchr (segment, '[');
      gboolean last = segments[i + 1] == NULL;
      const JxField *f;
      long index = -1;

      if (bracket != NULL)
        {
          char *end = NULL;

          *bracket = '\0';
          index = strtol (bracket + 1, &end, 10);
          if (end == bracket + 1 || *end != ']' || end[1] != '\0' || index < 0)
            {
              g_set_error (error, JX_PATH_ERROR, JX_PATH_ERROR_SYNTAX, _("“%s” is not a valid path"), path);
              return FALSE;
            }
        }

      f = jx_record_type_find (type, segment);
      if (f == NULL || !applies (f, depth))
        {
          g_set_error (error, JX_PATH_ERROR, JX_PATH_ERROR_NOT_FOUND, _("“%s”: no member “%s” here"), path, segment);
          return FALSE;
        }

      if (index >= 0)
        {
          GPtrArray *list;

          if (f->kind != JX_FIELD_LIST && f->kind != JX_FIELD_STRING_LIST)
            {
              g_set_error (error, JX_PATH_ERROR, JX_PATH_ERROR_KIND, _("“%s”: “%s” is not a list"), path, segment);
              return FALSE;
            }
          list = *JX_FIELD_AT (record, f, GPtrArray *);
          if ((guint) index >= list->len)
            {
              g_set_error (error, JX_PATH_ERROR, JX_PATH_ERROR_NOT_FOUND,
                           _("“%s”: “%s” has %u entries"), path, segment, list->len);
              return FALSE;
            }
          if (last || f->kind == JX_FIELD_STRING_LIST)
            {
              if (!last)
                {
                  g_set_error (error, JX_PATH_ERROR, JX_PATH_ERROR_NOT_FOUND, _("“%s”: a text has no members"), path);
                  return FALSE;
                }
              target->record = record;
              target->type = type;
              target->field = f;
              target->depth = depth;
              target->index = (int) index;
              return TRUE;
            }
          depth = f->type == &jx_indicator_type ? depth + 1 : 0;
          record = g_ptr_array_index (list, index);
          type = f->type;
          continue;
        }

      if (last)
        {
          target->record = record;
          target->type = type;
          target->field = f;
          target->depth = depth;
          target->index = -1;
          return TRUE;
        }
      if (f->kind != JX_FIELD_OBJECT)
        {
          g_set_error (error, JX_PATH_ERROR, JX_PATH_ERROR_KIND, _("“%s”: “%s” has no members"), path, segment);
          return FALSE;
        }
      record = JX_FIELD_AT (record, f, guint8);
      type = f->type;
    }

  g_set_error (error, JX_PATH_ERROR, JX_PATH_ERROR_SYNTAX, _("“%s” is not a valid path"), path);
  return FALSE;
}
