/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "jx-metric-row"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "jx-format.h"
#include "jx-metric-row.h"
#include "jx-metrics.h"

struct _JxMetricRow
{
  AdwActionRow  parent_instance;

  JxMetricId    id;
  GtkLabel     *value;
};

G_DEFINE_FINAL_TYPE (JxMetricRow, jx_metric_row, ADW_TYPE_ACTION_ROW)

static void
jx_metric_row_class_init (JxMetricRowClass *klass)
{
}

static void
jx_metric_row_init (JxMetricRow *self)
{
  self->value = GTK_LABEL (gtk_label_new ("—"));
  gtk_widget_add_css_class (GTK_WIDGET (self->value), "numeric");
  gtk_widget_add_css_class (GTK_WIDGET (self->value), "jx-metric-value");
  gtk_label_set_xalign (self->value, 1.0);
  gtk_label_set_selectable (self->value, FALSE);
  adw_action_row_add_suffix (ADW_ACTION_ROW (self), GTK_WIDGET (self->value));
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (self), 2);
  gtk_widget_add_css_class (GTK_WIDGET (self), "jx-metric-row");
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (self), FALSE);
}

GtkWidget *
jx_metric_row_new (JxMetricId id)
{
  JxMetricRow *self;
  g_autofree char *name = NULL;

  g_return_val_if_fail (id > JX_METRIC_NONE && id < JX_N_METRICS, NULL);

  self = g_object_new (JX_TYPE_METRIC_ROW, "title", jx_metric_title (id), NULL);
  self->id = id;
  name = g_strdup_printf ("metric-%s", jx_metric_to_string (id));
  gtk_widget_set_name (GTK_WIDGET (self), name);
  return GTK_WIDGET (self);
}

JxMetricId
jx_metric_row_get_metric (JxMetricRow *self)
{
  g_return_val_if_fail (JX_IS_METRIC_ROW (self), JX_METRIC_NONE);
  return self->id;
}

void
jx_metric_row_update (JxMetricRow  *self,
                      JxEvaluation *evaluation)
{
  g_autofree char *text = NULL;
  g_autofree char *explanation = NULL;
  g_autofree char *description = NULL;
  const JxDocData *data;
  double value;

  g_return_if_fail (JX_IS_METRIC_ROW (self));

  if (evaluation == NULL)
    {
      gtk_label_set_text (self->value, "—");
      adw_action_row_set_subtitle (ADW_ACTION_ROW (self), "");
      return;
    }
  data = jx_document_get_data (jx_evaluation_get_document (evaluation));
  value = jx_evaluation_get_metric (evaluation, self->id);
  if (!isnan (value))
    value = jx_round (value, data->scoring.decimals, data->scoring.rounding);
  text = jx_format_percent (value, CLAMP (data->scoring.decimals, 0, 2));
  explanation = jx_metric_explain (data, self->id);

  gtk_label_set_text (self->value, text);
  gtk_widget_set_opacity (GTK_WIDGET (self->value), isnan (value) ? 0.55 : 1.0);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self), explanation);
  description = g_strdup_printf ("%s. %s", text, explanation);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description, -1);
}

const char *
jx_metric_row_get_value_text (JxMetricRow *self)
{
  g_return_val_if_fail (JX_IS_METRIC_ROW (self), NULL);
  return gtk_label_get_text (self->value);
}
