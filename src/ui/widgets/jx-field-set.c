/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "jx-field-set"

#include "config.h"

#include <glib/gi18n.h>

#include "jx-editable-binding.h"
#include "jx-field-set.h"
#include "jx-number-entry.h"
#include "jx-text-area.h"
#include "jx-ui-util.h"

struct _JxFieldSet
{
  GHashTable *fields;     /* path → GtkWidget* (owned reference) */
  JxDocument *document;
};

JxFieldSet *
jx_field_set_new (void)
{
  JxFieldSet *set = g_new0 (JxFieldSet, 1);

  set->fields = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
  return set;
}

void
jx_field_set_free (JxFieldSet *set)
{
  if (set == NULL)
    return;
  g_hash_table_unref (set->fields);
  g_clear_object (&set->document);
  g_free (set);
}

static void
give_document (GtkWidget  *widget,
               JxDocument *document)
{
  if (JX_IS_NUMBER_ENTRY (widget))
    jx_number_entry_set_document (JX_NUMBER_ENTRY (widget), document);
  else if (JX_IS_TEXT_AREA (widget))
    jx_text_area_set_document (JX_TEXT_AREA (widget), document);
  else if (GTK_IS_EDITABLE (widget) && jx_editable_binding_get_path (GTK_EDITABLE (widget)) != NULL)
    jx_editable_binding_set_document (GTK_EDITABLE (widget), document);
}

void
jx_field_set_add (JxFieldSet *set,
                  const char *path,
                  GtkWidget  *widget)
{
  g_return_if_fail (set != NULL);
  g_return_if_fail (path != NULL);
  g_return_if_fail (GTK_IS_WIDGET (widget));

  g_hash_table_replace (set->fields, g_strdup (path), g_object_ref (widget));
  give_document (widget, set->document);
}

void
jx_field_set_remove_prefix (JxFieldSet *set,
                            const char *prefix)
{
  GHashTableIter iter;
  const char *path;
  GtkWidget *widget;

  g_return_if_fail (set != NULL);

  g_hash_table_iter_init (&iter, set->fields);
  while (g_hash_table_iter_next (&iter, (gpointer *) &path, (gpointer *) &widget))
    if (jx_ui_path_affects (prefix, path))
      {
        give_document (widget, NULL);
        g_hash_table_iter_remove (&iter);
      }
}

GtkWidget *
jx_field_set_lookup (JxFieldSet *set,
                     const char *path)
{
  g_return_val_if_fail (set != NULL, NULL);
  return g_hash_table_lookup (set->fields, path);
}

GtkWidget *
jx_field_set_lookup_nearest (JxFieldSet *set,
                             const char *path)
{
  g_autofree char *p = g_strdup (path);

  g_return_val_if_fail (set != NULL, NULL);
  g_return_val_if_fail (path != NULL, NULL);

  while (p[0] != '\0')
    {
      GtkWidget *widget = g_hash_table_lookup (set->fields, p);
      char *dot, *bracket, *cut;

      if (widget != NULL)
        return widget;
      /* Drop the last member or index. */
      dot = strrchr (p, '.');
      bracket = strrchr (p, '[');
      cut = dot == NULL ? bracket : bracket == NULL ? dot : (dot > bracket ? dot : bracket);
      if (cut == NULL)
        break;
      *cut = '\0';
    }
  return NULL;
}

void
jx_field_set_set_document (JxFieldSet *set,
                           JxDocument *document)
{
  GHashTableIter iter;
  GtkWidget *widget;

  g_return_if_fail (set != NULL);

  if (!g_set_object (&set->document, document))
    return;
  g_hash_table_iter_init (&iter, set->fields);
  while (g_hash_table_iter_next (&iter, NULL, (gpointer *) &widget))
    give_document (widget, document);
}

void
jx_field_set_show_findings (JxFieldSet   *set,
                            JxEvaluation *evaluation)
{
  g_autoptr(GHashTable) by_path = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                                         (GDestroyNotify) g_ptr_array_unref);
  GPtrArray *findings = evaluation != NULL ? jx_evaluation_get_findings (evaluation) : NULL;
  GHashTableIter iter;
  const char *path;
  GtkWidget *widget;
  guint i;

  g_return_if_fail (set != NULL);

  for (i = 0; findings != NULL && i < findings->len; i++)
    {
      JxFinding *f = g_ptr_array_index (findings, i);
      GPtrArray *list;

      if (!g_hash_table_contains (set->fields, f->path))
        continue;
      list = g_hash_table_lookup (by_path, f->path);
      if (list == NULL)
        {
          list = g_ptr_array_new ();
          g_hash_table_insert (by_path, f->path, list);
        }
      g_ptr_array_add (list, f);
    }

  g_hash_table_iter_init (&iter, set->fields);
  while (g_hash_table_iter_next (&iter, (gpointer *) &path, (gpointer *) &widget))
    {
      GPtrArray *list = g_hash_table_lookup (by_path, path);

      if (JX_IS_NUMBER_ENTRY (widget))
        jx_number_entry_set_findings (JX_NUMBER_ENTRY (widget), list);
      else
        jx_widget_set_findings (widget, list);
    }
}
