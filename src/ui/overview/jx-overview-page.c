/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "jx-overview-page"

#include "config.h"

#include <glib/gi18n.h>

#include "jx-editable-binding.h"
#include "jx-number-entry.h"
#include "jx-overview-page-private.h"
#include "jx-text-area.h"
#include "jx-ui-util.h"

G_DEFINE_FINAL_TYPE (JxOverviewPage, jx_overview_page, ADW_TYPE_BIN)

static void
on_updated (JxOverviewPage *self)
{
  jx_metric_row_update (self->staff_rate_row, self->evaluation);
  _jx_overview_page_update_staffing (self);
  jx_field_set_show_findings (self->fields, self->evaluation);
}

static void
on_evaluation_updated (JxOverviewPage *self)
{
  /* a change under one indicator changes nothing of the department or its staffing */
  if (jx_evaluation_get_changed (self->evaluation) == NULL)
    on_updated (self);
}

static void
on_document_changed (JxDocument     *document,
                     const char     *path,
                     JxOverviewPage *self)
{
  if (jx_ui_path_affects (path, "department.functions"))
    _jx_overview_page_rebuild_functions (self);
}

static void
on_add_function_clicked (JxOverviewPage *self)
{
  _jx_overview_page_add_function (self, -1);
}

static void
jx_overview_page_dispose (GObject *object)
{
  JxOverviewPage *self = (JxOverviewPage *) object;

  jx_overview_page_set_evaluation (self, NULL);
  g_clear_pointer (&self->fields, jx_field_set_free);
  gtk_widget_dispose_template (GTK_WIDGET (self), JX_TYPE_OVERVIEW_PAGE);
  G_OBJECT_CLASS (jx_overview_page_parent_class)->dispose (object);
}

static void
jx_overview_page_class_init (JxOverviewPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = jx_overview_page_dispose;

  g_type_ensure (JX_TYPE_NUMBER_ENTRY);
  g_type_ensure (JX_TYPE_TEXT_AREA);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/jixiao/Jixiao/ui/overview/jx-overview-page.ui");
  gtk_widget_class_bind_template_child (widget_class, JxOverviewPage, name_row);
  gtk_widget_class_bind_template_child (widget_class, JxOverviewPage, year_entry);
  gtk_widget_class_bind_template_child (widget_class, JxOverviewPage, report_date_row);
  gtk_widget_class_bind_template_child (widget_class, JxOverviewPage, preparer_row);
  gtk_widget_class_bind_template_child (widget_class, JxOverviewPage, staffing_grid);
  gtk_widget_class_bind_template_child (widget_class, JxOverviewPage, retirees_grid);
  gtk_widget_class_bind_template_child (widget_class, JxOverviewPage, rate_list);
  gtk_widget_class_bind_template_child (widget_class, JxOverviewPage, staffing_notes);
  gtk_widget_class_bind_template_child (widget_class, JxOverviewPage, functions_list);
  gtk_widget_class_bind_template_child (widget_class, JxOverviewPage, add_function_button);
  gtk_widget_class_bind_template_child (widget_class, JxOverviewPage, basis_area);
  gtk_widget_class_bind_template_child (widget_class, JxOverviewPage, method_area);
  gtk_widget_class_bind_template_callback (widget_class, on_add_function_clicked);
}

static void
jx_overview_page_init (JxOverviewPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->fields = jx_field_set_new ();
  self->focus_function = -1;

  jx_editable_bind (GTK_EDITABLE (self->name_row), "department.name");
  jx_editable_bind (GTK_EDITABLE (self->report_date_row), "department.report_date");
  jx_editable_bind (GTK_EDITABLE (self->preparer_row), "department.preparer");
  jx_field_set_add (self->fields, "department.name", GTK_WIDGET (self->name_row));
  jx_field_set_add (self->fields, "department.year", self->year_entry);
  jx_field_set_add (self->fields, "department.report_date", GTK_WIDGET (self->report_date_row));
  jx_field_set_add (self->fields, "department.preparer", GTK_WIDGET (self->preparer_row));
  jx_field_set_add (self->fields, "department.staffing.notes", self->staffing_notes);
  /* Named without the access key its label shows in Chinese, “(E)”. */
  jx_widget_set_accessible_label (self->staffing_notes, C_("path", "Notes on staffing"));
  jx_field_set_add (self->fields, "department.basis", self->basis_area);
  jx_field_set_add (self->fields, "scoring.method", self->method_area);
  jx_field_set_add (self->fields, "department.functions", self->add_function_button);
  jx_widget_set_accessible_label (self->year_entry, _("Year evaluated"));

  {
    GtkWidget *placeholder = jx_dim_label_new (_("No functions yet"));
    gtk_widget_set_margin_top (placeholder, 18);
    gtk_widget_set_margin_bottom (placeholder, 18);
    gtk_list_box_set_placeholder (self->functions_list, placeholder);
  }

  self->staff_rate_row = JX_METRIC_ROW (jx_metric_row_new (JX_METRIC_STAFF_CONTROL_RATE));
  gtk_list_box_append (self->rate_list, GTK_WIDGET (self->staff_rate_row));

  _jx_overview_page_build_staffing (self);
}

GtkWidget *
jx_overview_page_new (void)
{
  return g_object_new (JX_TYPE_OVERVIEW_PAGE, NULL);
}

void
jx_overview_page_set_evaluation (JxOverviewPage *self,
                                 JxEvaluation   *evaluation)
{
  JxDocument *document;

  g_return_if_fail (JX_IS_OVERVIEW_PAGE (self));
  g_return_if_fail (evaluation == NULL || JX_IS_EVALUATION (evaluation));

  if (self->evaluation == evaluation)
    return;
  if (self->evaluation != NULL)
    {
      g_clear_signal_handler (&self->changed_id, jx_evaluation_get_document (self->evaluation));
      g_clear_signal_handler (&self->updated_id, self->evaluation);
    }
  g_set_object (&self->evaluation, evaluation);
  document = evaluation != NULL ? jx_evaluation_get_document (evaluation) : NULL;
  if (self->fields == NULL)
    return;   /* disposing */

  jx_field_set_set_document (self->fields, document);
  if (evaluation != NULL)
    {
      self->updated_id = g_signal_connect_swapped (evaluation, "updated", G_CALLBACK (on_evaluation_updated), self);
      self->changed_id = g_signal_connect (document, "changed", G_CALLBACK (on_document_changed), self);
    }
  _jx_overview_page_rebuild_functions (self);
  on_updated (self);
}

gboolean
jx_overview_page_focus_path (JxOverviewPage *self,
                             const char     *path)
{
  GtkWidget *widget;

  g_return_val_if_fail (JX_IS_OVERVIEW_PAGE (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  widget = jx_field_set_lookup_nearest (self->fields, path);
  if (widget == NULL)
    return FALSE;
  jx_widget_reveal (widget);
  return TRUE;
}
