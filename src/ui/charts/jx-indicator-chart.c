/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "jx-indicator-chart"

#include "config.h"

#include <glib/gi18n.h>

#include "jx-indicator-chart.h"

#define ALL_ID      "target-actual"
#define MAX_HEIGHT  300   /* the table above keeps ten rows on a 1280×800 screen */

struct _JxIndicatorChart
{
  AdwBin         parent_instance;

  JxEvaluation  *evaluation;
  gulong         updated_id;
  GPtrArray     *ids;         /* of char*: the chart of each drop-down item */
  gboolean       filling;

  GtkToggleButton *toggle;
  GtkImage      *arrow;
  GtkDropDown   *groups;
  GtkStringList *labels;
  GtkRevealer   *revealer;
  JxChartView   *view;
};

G_DEFINE_FINAL_TYPE (JxIndicatorChart, jx_indicator_chart, ADW_TYPE_BIN)

/* The drop-down: all quantitative indicators, then each level-2 group that has some. */
static void
fill_groups (JxIndicatorChart *self)
{
  g_autoptr(GPtrArray) ids = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();
  const char *current = jx_chart_view_get_chart_id (self->view);
  g_autofree char *keep = g_strdup (current != NULL ? current : ALL_ID);
  guint selected = 0;
  guint i, j;

  g_ptr_array_add (ids, g_strdup (ALL_ID));
  g_ptr_array_add (labels, (gpointer) _("All quantitative indicators"));
  if (self->evaluation != NULL)
    {
      const JxDocData *doc = jx_document_get_data (jx_evaluation_get_document (self->evaluation));
      g_autoptr(GPtrArray) group_ids = jx_chart_ids_for_groups (doc);
      guint k = 0;

      for (i = 0; doc->indicators != NULL && i < doc->indicators->len; i++)
        {
          const JxIndicator *dim = g_ptr_array_index (doc->indicators, i);

          for (j = 0; dim->children != NULL && j < dim->children->len; j++)
            {
              const JxIndicator *group = g_ptr_array_index (dim->children, j);
              char *id = g_ptr_array_index (group_ids, k);

              group_ids->pdata[k++] = NULL;
              if (id == NULL)
                continue;
              g_ptr_array_add (ids, id);
              g_ptr_array_add (labels, group->name != NULL && group->name[0] != '\0' ? group->name : id);
            }
        }
    }

  /* Unchanged (most edits): leave the drop-down alone. */
  if (self->ids != NULL && self->ids->len == ids->len
      && (guint) g_list_model_get_n_items (G_LIST_MODEL (self->labels)) == labels->len)
    {
      gboolean same = TRUE;

      for (i = 0; i < ids->len && same; i++)
        same = g_str_equal (g_ptr_array_index (ids, i), g_ptr_array_index (self->ids, i))
               && g_str_equal (g_ptr_array_index (labels, i), gtk_string_list_get_string (self->labels, i));
      if (same)
        return;
    }

  for (i = 0; i < ids->len; i++)
    if (g_str_equal (g_ptr_array_index (ids, i), keep))
      selected = i;
  g_ptr_array_add (labels, NULL);
  self->filling = TRUE;
  gtk_string_list_splice (self->labels, 0, g_list_model_get_n_items (G_LIST_MODEL (self->labels)),
                          (const char * const *) labels->pdata);
  g_clear_pointer (&self->ids, g_ptr_array_unref);
  self->ids = g_steal_pointer (&ids);
  gtk_drop_down_set_selected (self->groups, selected);
  self->filling = FALSE;
  jx_chart_view_set_chart_id (self->view, g_ptr_array_index (self->ids, selected));
}

static void
on_group_selected (JxIndicatorChart *self)
{
  guint i = gtk_drop_down_get_selected (self->groups);

  if (self->filling || self->ids == NULL || i >= self->ids->len)
    return;
  jx_chart_view_set_chart_id (self->view, g_ptr_array_index (self->ids, i));
  jx_indicator_chart_set_expanded (self, TRUE);
}

/* Folded away, the chart is not even measured: its rows are not built until it is shown. */
static void
on_child_revealed (JxIndicatorChart *self)
{
  if (!gtk_revealer_get_reveal_child (self->revealer) && !gtk_revealer_get_child_revealed (self->revealer))
    gtk_widget_set_visible (gtk_revealer_get_child (self->revealer), FALSE);
}

static void
on_toggled (JxIndicatorChart *self)
{
  gboolean expanded = gtk_toggle_button_get_active (self->toggle);

  if (expanded)
    gtk_widget_set_visible (gtk_revealer_get_child (self->revealer), TRUE);
  gtk_revealer_set_reveal_child (self->revealer, expanded);
  gtk_image_set_from_icon_name (self->arrow, expanded ? "pan-down-symbolic" : "pan-end-symbolic");
  gtk_accessible_update_state (GTK_ACCESSIBLE (self->toggle), GTK_ACCESSIBLE_STATE_EXPANDED, expanded, -1);
}

static void
jx_indicator_chart_dispose (GObject *object)
{
  JxIndicatorChart *self = (JxIndicatorChart *) object;

  jx_indicator_chart_set_evaluation (self, NULL);
  g_clear_pointer (&self->ids, g_ptr_array_unref);
  G_OBJECT_CLASS (jx_indicator_chart_parent_class)->dispose (object);
}

static void
jx_indicator_chart_class_init (JxIndicatorChartClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = jx_indicator_chart_dispose;
}

static void
jx_indicator_chart_init (JxIndicatorChart *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *title = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *label = gtk_label_new (_("Target Completion Chart"));
  GtkWidget *scroller = gtk_scrolled_window_new ();
  GtkWidget *view_box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);

  gtk_box_append (GTK_BOX (box), gtk_separator_new (GTK_ORIENTATION_HORIZONTAL));

  gtk_widget_set_margin_start (header, 6);
  gtk_widget_set_margin_end (header, 6);
  gtk_widget_set_margin_top (header, 3);
  gtk_widget_set_margin_bottom (header, 3);
  self->arrow = GTK_IMAGE (gtk_image_new_from_icon_name ("pan-end-symbolic"));
  gtk_widget_add_css_class (label, "heading");
  gtk_box_append (GTK_BOX (title), GTK_WIDGET (self->arrow));
  gtk_box_append (GTK_BOX (title), label);
  self->toggle = GTK_TOGGLE_BUTTON (gtk_toggle_button_new ());
  gtk_button_set_child (GTK_BUTTON (self->toggle), title);
  gtk_widget_add_css_class (GTK_WIDGET (self->toggle), "flat");
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->toggle), _("Show or hide the chart of completion against target"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->toggle),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Target Completion Chart"), -1);
  gtk_accessible_update_state (GTK_ACCESSIBLE (self->toggle), GTK_ACCESSIBLE_STATE_EXPANDED, FALSE, -1);
  g_signal_connect_swapped (self->toggle, "toggled", G_CALLBACK (on_toggled), self);
  gtk_box_append (GTK_BOX (header), GTK_WIDGET (self->toggle));

  self->labels = gtk_string_list_new (NULL);
  self->groups = GTK_DROP_DOWN (gtk_drop_down_new (G_LIST_MODEL (self->labels), NULL));
  gtk_widget_set_hexpand (GTK_WIDGET (self->groups), TRUE);
  gtk_widget_set_halign (GTK_WIDGET (self->groups), GTK_ALIGN_START);
  gtk_widget_set_valign (GTK_WIDGET (self->groups), GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->groups), _("The indicators the chart shows: all, or one level-2 group"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->groups),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Indicators in the chart"), -1);
  g_signal_connect_swapped (self->groups, "notify::selected", G_CALLBACK (on_group_selected), self);
  gtk_box_append (GTK_BOX (header), GTK_WIDGET (self->groups));
  gtk_box_append (GTK_BOX (box), header);

  self->view = JX_CHART_VIEW (jx_chart_view_new (ALL_ID));
  jx_chart_view_set_aspect (self->view, jx_chart_view_aspect_for_id (ALL_ID));
  gtk_widget_set_margin_start (view_box, 12);
  gtk_widget_set_margin_end (view_box, 12);
  gtk_widget_set_margin_bottom (view_box, 12);
  gtk_box_append (GTK_BOX (view_box), GTK_WIDGET (self->view));
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scroller), TRUE);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scroller), MAX_HEIGHT);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), view_box);
  self->revealer = GTK_REVEALER (gtk_revealer_new ());
  gtk_revealer_set_transition_type (self->revealer, GTK_REVEALER_TRANSITION_TYPE_SLIDE_DOWN);
  gtk_revealer_set_child (self->revealer, scroller);
  gtk_widget_set_visible (scroller, FALSE);
  g_signal_connect_swapped (self->revealer, "notify::child-revealed", G_CALLBACK (on_child_revealed), self);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->revealer));

  adw_bin_set_child (ADW_BIN (self), box);
  /* Named as its heading (else a screen reader says “JxIndicatorChart”). */
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Target Completion Chart"), -1);
  fill_groups (self);
}

GtkWidget *
jx_indicator_chart_new (void)
{
  return g_object_new (JX_TYPE_INDICATOR_CHART, NULL);
}

void
jx_indicator_chart_set_evaluation (JxIndicatorChart *self,
                                   JxEvaluation     *evaluation)
{
  g_return_if_fail (JX_IS_INDICATOR_CHART (self));
  g_return_if_fail (evaluation == NULL || JX_IS_EVALUATION (evaluation));

  if (self->evaluation == evaluation)
    return;
  g_clear_signal_handler (&self->updated_id, self->evaluation);
  g_set_object (&self->evaluation, evaluation);
  if (self->view == NULL)
    return;   /* disposing */
  if (evaluation != NULL)
    self->updated_id = g_signal_connect_swapped (evaluation, "updated", G_CALLBACK (fill_groups), self);
  jx_chart_view_set_evaluation (self->view, evaluation);
  fill_groups (self);
}

JxChartView *
jx_indicator_chart_get_view (JxIndicatorChart *self)
{
  g_return_val_if_fail (JX_IS_INDICATOR_CHART (self), NULL);
  return self->view;
}

gboolean
jx_indicator_chart_get_expanded (JxIndicatorChart *self)
{
  g_return_val_if_fail (JX_IS_INDICATOR_CHART (self), FALSE);
  return gtk_toggle_button_get_active (self->toggle);
}

void
jx_indicator_chart_set_expanded (JxIndicatorChart *self,
                                 gboolean          expanded)
{
  g_return_if_fail (JX_IS_INDICATOR_CHART (self));
  gtk_toggle_button_set_active (self->toggle, expanded);
}

gboolean
jx_indicator_chart_select (JxIndicatorChart *self,
                           const char       *chart_id)
{
  guint i;

  g_return_val_if_fail (JX_IS_INDICATOR_CHART (self), FALSE);
  g_return_val_if_fail (chart_id != NULL, FALSE);

  for (i = 0; self->ids != NULL && i < self->ids->len; i++)
    if (g_str_equal (g_ptr_array_index (self->ids, i), chart_id))
      {
        gtk_drop_down_set_selected (self->groups, i);
        return TRUE;
      }
  return FALSE;
}
