/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "jx-budget-page"

#include "config.h"

#include <glib/gi18n.h>

#include "jx-budget-page-private.h"
#include "jx-metric-row.h"
#include "jx-ui-util.h"

G_DEFINE_FINAL_TYPE (JxBudgetPage, jx_budget_page, ADW_TYPE_BIN)

static void
on_updated (JxBudgetPage *self)
{
  guint i;

  for (i = 0; i < self->metric_rows->len; i++)
    jx_metric_row_update (g_ptr_array_index (self->metric_rows, i), self->evaluation);
  _jx_budget_page_update_tables (self);
  _jx_budget_page_update_forms (self);
  jx_field_set_show_findings (self->fields, self->evaluation);
}

static void
on_evaluation_updated (JxBudgetPage *self)
{
  /* a change under one indicator changes no metric, figure or finding of the budget */
  if (jx_evaluation_get_changed (self->evaluation) == NULL)
    on_updated (self);
}

static void
on_document_changed (JxDocument   *document,
                     const char   *path,
                     JxBudgetPage *self)
{
  /* New rows and new sum labels: filled at once, whether the evaluation has been told of
   * the change before this handler or will be after it. */
  if (_jx_budget_page_rebuild_tables (self, path))
    on_updated (self);
  _jx_budget_page_refresh_combos (self, path);
}

static void
jx_budget_page_dispose (GObject *object)
{
  JxBudgetPage *self = (JxBudgetPage *) object;

  jx_budget_page_set_evaluation (self, NULL);
  g_clear_pointer (&self->fields, jx_field_set_free);
  g_clear_pointer (&self->tables, g_ptr_array_unref);
  g_clear_pointer (&self->metric_rows, g_ptr_array_unref);
  g_clear_pointer (&self->combos, g_ptr_array_unref);
  g_clear_pointer (&self->notes, g_ptr_array_unref);
  g_clear_pointer (&self->focus_after_rebuild, g_free);
  gtk_widget_dispose_template (GTK_WIDGET (self), JX_TYPE_BUDGET_PAGE);
  G_OBJECT_CLASS (jx_budget_page_parent_class)->dispose (object);
}

static void
jx_budget_page_class_init (JxBudgetPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = jx_budget_page_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/jixiao/Jixiao/ui/budget/jx-budget-page.ui");
  gtk_widget_class_bind_template_child (widget_class, JxBudgetPage, content);
}

static void
jx_budget_page_init (JxBudgetPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->fields = jx_field_set_new ();
  self->tables = g_ptr_array_new_with_free_func ((GDestroyNotify) _jx_budget_table_free);
  self->metric_rows = g_ptr_array_new ();
  self->combos = g_ptr_array_new ();
  self->notes = g_ptr_array_new ();
  _jx_budget_page_build_forms (self);
}

GtkWidget *
jx_budget_page_new (void)
{
  return g_object_new (JX_TYPE_BUDGET_PAGE, NULL);
}

void
jx_budget_page_set_evaluation (JxBudgetPage *self,
                               JxEvaluation *evaluation)
{
  JxDocument *document;

  g_return_if_fail (JX_IS_BUDGET_PAGE (self));
  g_return_if_fail (evaluation == NULL || JX_IS_EVALUATION (evaluation));

  if (self->evaluation == evaluation)
    return;
  if (self->evaluation != NULL)
    {
      g_clear_signal_handler (&self->changed_id, jx_evaluation_get_document (self->evaluation));
      g_clear_signal_handler (&self->updated_id, self->evaluation);
    }
  g_set_object (&self->evaluation, evaluation);
  if (self->fields == NULL)
    return;   /* disposing */

  document = evaluation != NULL ? jx_evaluation_get_document (evaluation) : NULL;
  jx_field_set_set_document (self->fields, document);
  if (evaluation != NULL)
    {
      self->updated_id = g_signal_connect_swapped (evaluation, "updated", G_CALLBACK (on_evaluation_updated), self);
      self->changed_id = g_signal_connect (document, "changed", G_CALLBACK (on_document_changed), self);
    }
  for (guint i = 0; i < self->tables->len; i++)
    ((JxBudgetTable *) g_ptr_array_index (self->tables, i))->first = 0;   /* a new document */
  _jx_budget_page_rebuild_tables (self, "");
  _jx_budget_page_refresh_combos (self, "");
  on_updated (self);
}

gboolean
jx_budget_page_focus_path (JxBudgetPage *self,
                           const char   *path)
{
  GtkWidget *widget;

  g_return_val_if_fail (JX_IS_BUDGET_PAGE (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  _jx_budget_page_show_item (self, path);
  widget = jx_field_set_lookup_nearest (self->fields, path);
  if (widget == NULL)
    return FALSE;
  {
    GtkWidget *expander = gtk_widget_get_ancestor (widget, GTK_TYPE_EXPANDER);
    if (expander != NULL)
      gtk_expander_set_expanded (GTK_EXPANDER (expander), TRUE);
  }
  jx_widget_reveal (widget);
  return TRUE;
}

GtkBox *
jx_budget_page_get_charts_box (JxBudgetPage    *self,
                               JxBudgetSection  section)
{
  g_return_val_if_fail (JX_IS_BUDGET_PAGE (self), NULL);
  g_return_val_if_fail (section < JX_BUDGET_N_SECTIONS, NULL);
  return self->charts[section];
}

void
jx_budget_page_add_chart (JxBudgetPage    *self,
                          JxBudgetSection  section,
                          GtkWidget       *chart)
{
  g_return_if_fail (JX_IS_BUDGET_PAGE (self));
  g_return_if_fail (section < JX_BUDGET_N_SECTIONS);
  g_return_if_fail (GTK_IS_WIDGET (chart));

  gtk_box_append (self->charts[section], chart);
  gtk_widget_set_visible (GTK_WIDGET (self->charts[section]), TRUE);
}
