/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "jx-conclusion-page"

#include "config.h"

#include <glib/gi18n.h>

#include "jx-conclusion-page.h"
#include "jx-field-set.h"
#include "jx-findings-list.h"
#include "jx-metric-row.h"
#include "jx-number-entry.h"
#include "jx-score-summary.h"
#include "jx-text-area.h"
#include "jx-ui-util.h"

struct _JxConclusionPage
{
  AdwBin            parent_instance;

  JxEvaluation     *evaluation;
  JxFieldSet       *fields;
  gulong            updated_id;
  GPtrArray        *metric_rows;

  /* template */
  JxScoreSummary   *summary;
  GtkWidget        *stated_total;
  GtkBox           *charts_box;
  AdwPreferencesGroup *findings_group;
  JxFindingsList   *findings;
  GtkListBox       *ratios_list;
  GtkBox           *editors;
};

G_DEFINE_FINAL_TYPE (JxConclusionPage, jx_conclusion_page, ADW_TYPE_BIN)

static const struct {
  const char *path;
  const char *title;
  const char *description;
} narratives[] = {
  { "conclusion.summary", N_("Completion of the Targets"),
    N_("The summary of what was achieved against the performance goals.") },
  { "conclusion.benefits", N_("Benefits"),
    N_("The economic, social and other benefits of the year’s spending.") },
  { "conclusion.experience", N_("Main Experience"), NULL },
  { "conclusion.problems", N_("Problems"), NULL },
  { "conclusion.measures", N_("Improvement Measures"), NULL },
};

static void
on_updated (JxConclusionPage *self)
{
  guint i;

  for (i = 0; i < self->metric_rows->len; i++)
    jx_metric_row_update (g_ptr_array_index (self->metric_rows, i), self->evaluation);
  jx_field_set_show_findings (self->fields, self->evaluation);
}

static void
on_findings_changed (JxConclusionPage *self)
{
  g_autofree char *summary = jx_findings_list_dup_summary (self->findings);

  adw_preferences_group_set_description (self->findings_group, summary);
}

static void
jx_conclusion_page_dispose (GObject *object)
{
  JxConclusionPage *self = (JxConclusionPage *) object;

  jx_conclusion_page_set_evaluation (self, NULL);
  g_clear_pointer (&self->fields, jx_field_set_free);
  g_clear_pointer (&self->metric_rows, g_ptr_array_unref);
  gtk_widget_dispose_template (GTK_WIDGET (self), JX_TYPE_CONCLUSION_PAGE);
  G_OBJECT_CLASS (jx_conclusion_page_parent_class)->dispose (object);
}

static void
jx_conclusion_page_class_init (JxConclusionPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = jx_conclusion_page_dispose;

  g_type_ensure (JX_TYPE_SCORE_SUMMARY);
  g_type_ensure (JX_TYPE_FINDINGS_LIST);
  g_type_ensure (JX_TYPE_NUMBER_ENTRY);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/jixiao/Jixiao/ui/conclusion/jx-conclusion-page.ui");
  gtk_widget_class_bind_template_child (widget_class, JxConclusionPage, summary);
  gtk_widget_class_bind_template_child (widget_class, JxConclusionPage, stated_total);
  gtk_widget_class_bind_template_child (widget_class, JxConclusionPage, charts_box);
  gtk_widget_class_bind_template_child (widget_class, JxConclusionPage, findings_group);
  gtk_widget_class_bind_template_child (widget_class, JxConclusionPage, findings);
  gtk_widget_class_bind_template_child (widget_class, JxConclusionPage, ratios_list);
  gtk_widget_class_bind_template_child (widget_class, JxConclusionPage, editors);
  gtk_widget_class_bind_template_callback (widget_class, on_findings_changed);
}

static void
jx_conclusion_page_init (JxConclusionPage *self)
{
  guint i;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->fields = jx_field_set_new ();
  self->metric_rows = g_ptr_array_new ();

  jx_widget_set_accessible_label (self->stated_total, _("Total score stated in the report"));
  jx_field_set_add (self->fields, "conclusion.stated_total", self->stated_total);

  for (i = JX_METRIC_NONE + 1; i < JX_N_METRICS; i++)
    {
      GtkWidget *row = jx_metric_row_new (i);

      gtk_list_box_append (self->ratios_list, row);
      g_ptr_array_add (self->metric_rows, row);
    }

  for (i = 0; i < G_N_ELEMENTS (narratives); i++)
    {
      GtkWidget *group = adw_preferences_group_new ();
      GtkWidget *area = jx_text_area_new (narratives[i].path);

      adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), gettext (narratives[i].title));
      if (narratives[i].description != NULL)
        adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group), gettext (narratives[i].description));
      gtk_widget_set_size_request (area, -1, 120);
      jx_widget_set_accessible_label (area, gettext (narratives[i].title));
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), area);
      jx_field_set_add (self->fields, narratives[i].path, area);
      gtk_box_append (self->editors, group);
    }
}

GtkWidget *
jx_conclusion_page_new (void)
{
  return g_object_new (JX_TYPE_CONCLUSION_PAGE, NULL);
}

void
jx_conclusion_page_set_evaluation (JxConclusionPage *self,
                                   JxEvaluation     *evaluation)
{
  g_return_if_fail (JX_IS_CONCLUSION_PAGE (self));
  g_return_if_fail (evaluation == NULL || JX_IS_EVALUATION (evaluation));

  if (self->evaluation == evaluation)
    return;
  g_clear_signal_handler (&self->updated_id, self->evaluation);
  g_set_object (&self->evaluation, evaluation);
  if (self->fields == NULL)
    return;   /* disposing */

  jx_field_set_set_document (self->fields, evaluation != NULL ? jx_evaluation_get_document (evaluation) : NULL);
  jx_score_summary_set_evaluation (self->summary, evaluation);
  jx_findings_list_set_evaluation (self->findings, evaluation);
  if (evaluation != NULL)
    self->updated_id = g_signal_connect_swapped (evaluation, "updated", G_CALLBACK (on_updated), self);
  on_updated (self);
}

gboolean
jx_conclusion_page_focus_path (JxConclusionPage *self,
                               const char       *path)
{
  GtkWidget *widget;

  g_return_val_if_fail (JX_IS_CONCLUSION_PAGE (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  widget = jx_field_set_lookup_nearest (self->fields, path);
  if (widget == NULL)
    return FALSE;
  jx_widget_reveal (widget);
  return TRUE;
}

GtkBox *
jx_conclusion_page_get_charts_box (JxConclusionPage *self)
{
  g_return_val_if_fail (JX_IS_CONCLUSION_PAGE (self), NULL);
  return self->charts_box;
}

void
jx_conclusion_page_add_chart (JxConclusionPage *self,
                              GtkWidget        *chart)
{
  g_return_if_fail (JX_IS_CONCLUSION_PAGE (self));
  g_return_if_fail (GTK_IS_WIDGET (chart));

  gtk_box_append (self->charts_box, chart);
  gtk_widget_set_visible (GTK_WIDGET (self->charts_box), TRUE);
}
