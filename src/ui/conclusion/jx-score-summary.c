/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "jx-score-summary"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "jx-rule-pack.h"
#include "jx-score-summary.h"
#include "jx-ui-util.h"

struct _JxScoreSummary
{
  AdwBin        parent_instance;

  JxEvaluation *evaluation;
  gulong        updated_id;
  GtkLabel     *total;
  GtkLabel     *grade;
  GtkLabel     *caption;
  GtkGrid      *grid;
};

G_DEFINE_FINAL_TYPE (JxScoreSummary, jx_score_summary, ADW_TYPE_BIN)

static char *
format_number (double value,
               int    decimals)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];
  char format[8];

  if (isnan (value))
    return g_strdup ("—");
  g_snprintf (format, sizeof format, "%%.%df", CLAMP (decimals, 0, 6));
  return g_strdup (g_ascii_formatd (buf, sizeof buf, format, value));
}

static GtkWidget *
cell (const char *text,
      float       xalign,
      gboolean    strong)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), xalign);
  gtk_widget_add_css_class (label, "numeric");
  if (strong)
    gtk_widget_add_css_class (label, "heading");
  if (xalign == 0.0f)
    {
      gtk_widget_set_hexpand (label, TRUE);
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
    }
  return label;
}

static void
add_row (JxScoreSummary *self,
         int             row,
         const char     *name,
         double          weight,
         double          score,
         double          rate,
         const char     *grade,
         int             decimals,
         gboolean        strong)
{
  g_autofree char *w = format_number (weight, decimals);
  g_autofree char *s = format_number (score, decimals);
  g_autofree char *r = NULL;

  if (isnan (rate))
    r = g_strdup ("—");
  else
    {
      g_autofree char *n = format_number (rate, decimals);
      r = g_strdup_printf ("%s%%", n);
    }
  gtk_grid_attach (self->grid, cell (name, 0.0f, strong), 0, row, 1, 1);
  gtk_grid_attach (self->grid, cell (w, 1.0f, strong), 1, row, 1, 1);
  gtk_grid_attach (self->grid, cell (s, 1.0f, strong), 2, row, 1, 1);
  gtk_grid_attach (self->grid, cell (r, 1.0f, strong), 3, row, 1, 1);
  gtk_grid_attach (self->grid, cell (grade != NULL ? grade : "—", 1.0f, strong), 4, row, 1, 1);
}

static GtkWidget *
heading (const char *text,
         float       xalign)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), xalign);
  gtk_widget_add_css_class (label, "caption-heading");
  gtk_widget_add_css_class (label, "dim-label");
  return label;
}

/* Which rules gave these scores, and where they come from; a cap on the total. */
static char *
rules_text (const JxDocData    *data,
            const JxScoreSheet *sheet)
{
  const JxRulePack *pack = data->scoring.pack[0] != '\0' ? jx_rule_pack_find (data->scoring.pack) : NULL;
  GString *text = g_string_new (NULL);

  if (pack != NULL)
    /* Translators: "按 部门整体支出共性指标（财预〔2013〕53号）记分：财政部《预算绩效评价共性指标体系框架》（财预〔2013〕53号）" */
    g_string_append_printf (text, _("Scored by the rules of %s: %s"),
                            jx_rule_pack_get_name (pack), jx_rule_pack_get_document (pack));
  else if (data->scoring.pack[0] != '\0')
    g_string_append_printf (text, _("Scored by the rules of the pack “%s” (not installed here)"), data->scoring.pack);
  else
    g_string_append (text, _("Scored by rules set for each indicator (no rule pack)"));
  if (sheet->cap_explanation != NULL && sheet->cap_explanation[0] != '\0')
    g_string_append_printf (text, "\n%s", sheet->cap_explanation);
  return g_string_free (text, FALSE);
}

static void
update (JxScoreSummary *self)
{
  const JxScoreSheet *sheet;
  const JxDocData *data;
  GtkWidget *child;
  g_autofree char *total = NULL;
  g_autofree char *caption = NULL;
  guint i;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->grid))) != NULL)
    gtk_grid_remove (self->grid, child);

  gtk_grid_attach (self->grid, heading (_("Dimension"), 0.0f), 0, 0, 1, 1);
  gtk_grid_attach (self->grid, heading (_("Weight"), 1.0f), 1, 0, 1, 1);
  gtk_grid_attach (self->grid, heading (_("Score"), 1.0f), 2, 0, 1, 1);
  gtk_grid_attach (self->grid, heading (_("Score rate"), 1.0f), 3, 0, 1, 1);
  gtk_grid_attach (self->grid, heading (_("Grade"), 1.0f), 4, 0, 1, 1);

  if (self->evaluation == NULL)
    {
      gtk_label_set_text (self->total, "—");
      gtk_label_set_text (self->grade, "");
      gtk_label_set_text (self->caption, "");
      return;
    }

  sheet = jx_evaluation_get_sheet (self->evaluation);
  data = jx_document_get_data (jx_evaluation_get_document (self->evaluation));
  for (i = 0; i < sheet->dimensions->len; i++)
    {
      const JxIndicatorResult *r = g_ptr_array_index (sheet->dimensions, i);

      add_row (self, i + 1, r->indicator->name, r->weight, r->score, r->rate, r->grade,
               data->scoring.decimals, FALSE);
    }
  {
    GtkWidget *separator = gtk_separator_new (GTK_ORIENTATION_HORIZONTAL);
    gtk_grid_attach (self->grid, separator, 0, i + 1, 5, 1);
  }
  add_row (self, i + 2, _("Total"), sheet->total_weight, sheet->total_score, sheet->total_rate,
           sheet->grade, data->scoring.decimals, TRUE);
  {
    g_autofree char *rules = rules_text (data, sheet);
    GtkWidget *label = jx_dim_label_new (rules);

    gtk_label_set_wrap (GTK_LABEL (label), TRUE);
    gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
    gtk_label_set_xalign (GTK_LABEL (label), 0.0);
    gtk_label_set_selectable (GTK_LABEL (label), TRUE);
    gtk_widget_add_css_class (label, "caption");
    gtk_widget_set_name (label, "score-rules");
    gtk_grid_attach (self->grid, label, 0, i + 3, 5, 1);
  }

  total = format_number (sheet->total, data->scoring.decimals);
  gtk_label_set_text (self->total, total);
  gtk_label_set_text (self->grade, sheet->grade != NULL ? sheet->grade : "—");
  {
    g_autofree char *score = format_number (sheet->total_score, data->scoring.decimals);
    g_autofree char *weight = format_number (sheet->total_weight, data->scoring.decimals);

    caption = g_strdup_printf (_("Total score out of 100 (%s of %s points)"), score, weight);
  }
  gtk_label_set_text (self->caption, caption);
  {
    g_autofree char *description = g_strdup_printf ("%s %s, %s", total, gtk_label_get_text (self->grade), caption);
    gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description, -1);
  }
}

static void
jx_score_summary_dispose (GObject *object)
{
  JxScoreSummary *self = (JxScoreSummary *) object;

  g_clear_signal_handler (&self->updated_id, self->evaluation);
  g_clear_object (&self->evaluation);
  G_OBJECT_CLASS (jx_score_summary_parent_class)->dispose (object);
}

static void
jx_score_summary_class_init (JxScoreSummaryClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = jx_score_summary_dispose;
  gtk_widget_class_set_accessible_role (GTK_WIDGET_CLASS (klass), GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
jx_score_summary_init (JxScoreSummary *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 32);
  GtkWidget *left = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  GtkWidget *total_line = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);

  gtk_widget_add_css_class (box, "card");
  gtk_widget_add_css_class (box, "jx-score-summary");

  self->total = GTK_LABEL (gtk_label_new ("—"));
  gtk_widget_add_css_class (GTK_WIDGET (self->total), "jx-total");
  gtk_widget_add_css_class (GTK_WIDGET (self->total), "numeric");
  gtk_widget_set_name (GTK_WIDGET (self->total), "total-score");
  self->grade = GTK_LABEL (gtk_label_new (""));
  gtk_widget_add_css_class (GTK_WIDGET (self->grade), "jx-grade");
  gtk_widget_set_valign (GTK_WIDGET (self->grade), GTK_ALIGN_BASELINE);
  gtk_widget_set_valign (GTK_WIDGET (self->total), GTK_ALIGN_BASELINE);
  gtk_box_append (GTK_BOX (total_line), GTK_WIDGET (self->total));
  gtk_box_append (GTK_BOX (total_line), GTK_WIDGET (self->grade));
  gtk_box_append (GTK_BOX (left), total_line);
  self->caption = GTK_LABEL (jx_dim_label_new (""));
  gtk_label_set_wrap (self->caption, TRUE);
  gtk_label_set_xalign (self->caption, 0.0);
  gtk_label_set_max_width_chars (self->caption, 18);
  gtk_box_append (GTK_BOX (left), GTK_WIDGET (self->caption));
  gtk_widget_set_valign (left, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (box), left);

  self->grid = GTK_GRID (gtk_grid_new ());
  gtk_grid_set_row_spacing (self->grid, 8);
  gtk_grid_set_column_spacing (self->grid, 24);
  gtk_widget_set_hexpand (GTK_WIDGET (self->grid), TRUE);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->grid));

  adw_bin_set_child (ADW_BIN (self), box);
  jx_widget_set_accessible_label (GTK_WIDGET (self), _("Score summary"));
  update (self);
}

GtkWidget *
jx_score_summary_new (void)
{
  return g_object_new (JX_TYPE_SCORE_SUMMARY, NULL);
}

void
jx_score_summary_set_evaluation (JxScoreSummary *self,
                                 JxEvaluation   *evaluation)
{
  g_return_if_fail (JX_IS_SCORE_SUMMARY (self));
  g_return_if_fail (evaluation == NULL || JX_IS_EVALUATION (evaluation));

  if (self->evaluation == evaluation)
    return;
  g_clear_signal_handler (&self->updated_id, self->evaluation);
  g_set_object (&self->evaluation, evaluation);
  if (evaluation != NULL)
    self->updated_id = g_signal_connect_swapped (evaluation, "updated", G_CALLBACK (update), self);
  update (self);
}

const char *
jx_score_summary_get_total_text (JxScoreSummary *self)
{
  g_return_val_if_fail (JX_IS_SCORE_SUMMARY (self), NULL);
  return gtk_label_get_text (self->total);
}

const char *
jx_score_summary_get_grade_text (JxScoreSummary *self)
{
  g_return_val_if_fail (JX_IS_SCORE_SUMMARY (self), NULL);
  return gtk_label_get_text (self->grade);
}
