/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "jx-scoring-settings"

#include "config.h"

#include <glib/gi18n.h>

#include "jx-scoring-settings.h"
#include "jx-ui-util.h"

struct _JxScoringSettings
{
  AdwPreferencesWindow parent_instance;

  JxDocument          *document;
  AdwComboRow         *rounding;
  AdwActionRow        *decimals_row;
  GtkSpinButton       *decimals;
  AdwPreferencesGroup *bands;
  GPtrArray           *band_rows;
  gulong               changed_id;
  gboolean             updating;
};

G_DEFINE_FINAL_TYPE (JxScoringSettings, jx_scoring_settings, ADW_TYPE_PREFERENCES_WINDOW)

static void
show_error (JxScoringSettings *self,
            const GError      *error)
{
  adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (self), adw_toast_new (error->message));
}

static void
on_rounding (AdwComboRow       *row,
             GParamSpec        *pspec,
             JxScoringSettings *self)
{
  g_autoptr(GError) error = NULL;

  if (self->updating)
    return;
  if (!jx_document_set_int (self->document, "scoring.rounding", (int) adw_combo_row_get_selected (row), &error))
    show_error (self, error);
}

static void
on_decimals (GtkSpinButton     *spin,
             JxScoringSettings *self)
{
  g_autoptr(GError) error = NULL;

  if (self->updating)
    return;
  if (!jx_document_set_int (self->document, "scoring.decimals", gtk_spin_button_get_value_as_int (spin), &error))
    show_error (self, error);
}

static void
on_band_name (GtkEditable       *entry,
              JxScoringSettings *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  int index = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (entry), "band"));

  if (self->updating)
    return;
  path = g_strdup_printf ("scoring.grade_bands[%d].name", index);
  if (!jx_document_set_string (self->document, path, gtk_editable_get_text (entry), &error))
    show_error (self, error);
}

static void
on_band_min (GtkSpinButton     *spin,
             JxScoringSettings *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  int index = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (spin), "band"));

  if (self->updating)
    return;
  jx_document_break_merge (self->document);
  path = g_strdup_printf ("scoring.grade_bands[%d].min", index);
  if (!jx_document_set_number (self->document, path, gtk_spin_button_get_value (spin), &error))
    show_error (self, error);
}

static void
on_band_remove (GtkButton         *button,
                JxScoringSettings *self)
{
  g_autoptr(GError) error = NULL;
  int index = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (button), "band"));

  if (!jx_document_remove (self->document, "scoring.grade_bands", index, &error))
    show_error (self, error);
}

static void
on_band_add (GtkButton         *button,
             JxScoringSettings *self)
{
  g_autoptr(JsonBuilder) b = json_builder_new ();
  g_autoptr(JsonNode) band = NULL;
  g_autoptr(GError) error = NULL;

  json_builder_begin_object (b);
  json_builder_set_member_name (b, "name");
  json_builder_add_string_value (b, _("New grade"));
  json_builder_set_member_name (b, "min");
  json_builder_add_int_value (b, 0);
  json_builder_end_object (b);
  band = json_builder_get_root (b);
  if (!jx_document_insert (self->document, "scoring.grade_bands", -1, band, &error))
    show_error (self, error);
}

static GtkWidget *
band_row (JxScoringSettings *self,
          const JxGradeBand *band,
          int                index)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *name = gtk_entry_new ();
  GtkWidget *min = gtk_spin_button_new_with_range (0, 100, 1);
  GtkWidget *remove = gtk_button_new_from_icon_name ("user-trash-symbolic");
  g_autofree char *title = g_strdup_printf (_("Grade %d"), index + 1);
  g_autofree char *min_label = g_strdup_printf (_("Lowest score rate of grade %d, percent"), index + 1);
  g_autofree char *name_label = g_strdup_printf (_("Name of grade %d"), index + 1);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), _("from this score rate (in percent) up"));

  gtk_editable_set_text (GTK_EDITABLE (name), band->name);
  gtk_editable_set_width_chars (GTK_EDITABLE (name), 8);
  gtk_widget_set_valign (name, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (name), GTK_ACCESSIBLE_PROPERTY_LABEL, name_label, -1);
  g_object_set_data (G_OBJECT (name), "band", GINT_TO_POINTER (index));
  g_signal_connect (name, "changed", G_CALLBACK (on_band_name), self);

  gtk_spin_button_set_digits (GTK_SPIN_BUTTON (min), 1);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (min), band->min);
  gtk_widget_set_valign (min, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (min), GTK_ACCESSIBLE_PROPERTY_LABEL, min_label, -1);
  g_object_set_data (G_OBJECT (min), "band", GINT_TO_POINTER (index));
  g_signal_connect (min, "value-changed", G_CALLBACK (on_band_min), self);

  gtk_widget_add_css_class (remove, "flat");
  gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (remove, _("Remove this grade"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (remove), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Remove this grade"), -1);
  g_object_set_data (G_OBJECT (remove), "band", GINT_TO_POINTER (index));
  g_signal_connect (remove, "clicked", G_CALLBACK (on_band_remove), self);

  adw_action_row_add_suffix (ADW_ACTION_ROW (row), name);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), min);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), remove);
  return row;
}

static void
refresh (JxScoringSettings *self)
{
  const JxScoring *scoring = &jx_document_get_data (self->document)->scoring;
  guint i;

  self->updating = TRUE;
  adw_combo_row_set_selected (self->rounding, (guint) scoring->rounding);
  gtk_spin_button_set_value (self->decimals, scoring->decimals);

  for (i = 0; i < self->band_rows->len; i++)
    adw_preferences_group_remove (self->bands, g_ptr_array_index (self->band_rows, i));
  g_ptr_array_set_size (self->band_rows, 0);
  for (i = 0; i < scoring->grade_bands->len; i++)
    {
      GtkWidget *row = band_row (self, g_ptr_array_index (scoring->grade_bands, i), (int) i);
      adw_preferences_group_add (self->bands, row);
      g_ptr_array_add (self->band_rows, row);
    }
  self->updating = FALSE;
}

static void
on_document_changed (JxDocument        *document,
                     const char        *path,
                     JxScoringSettings *self)
{
  /* A name being typed is not rebuilt under the cursor: only structure and other values
   * (a step of several values comes as the path holding them: "scoring", or ""). */
  if (jx_ui_path_affects (path, "scoring.grade_bands") || jx_ui_path_affects (path, "scoring.rounding")
      || jx_ui_path_affects (path, "scoring.decimals"))
    refresh (self);
}

static void
jx_scoring_settings_dispose (GObject *object)
{
  JxScoringSettings *self = (JxScoringSettings *) object;

  g_clear_signal_handler (&self->changed_id, self->document);
  g_clear_object (&self->document);
  g_clear_pointer (&self->band_rows, g_ptr_array_unref);
  G_OBJECT_CLASS (jx_scoring_settings_parent_class)->dispose (object);
}

static void
jx_scoring_settings_class_init (JxScoringSettingsClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = jx_scoring_settings_dispose;
}

static void
jx_scoring_settings_init (JxScoringSettings *self)
{
  GtkWidget *page = adw_preferences_page_new ();
  GtkWidget *numbers = adw_preferences_group_new ();
  GtkWidget *add = gtk_button_new_from_icon_name ("list-add-symbolic");
  const char *roundings[] = { N_("Round half up (四舍五入)"), N_("Truncate"), NULL };
  g_autoptr(GtkStringList) model = gtk_string_list_new (NULL);
  guint i;

  self->band_rows = g_ptr_array_new ();
  gtk_window_set_title (GTK_WINDOW (self), _("Scoring Settings"));
  gtk_window_set_default_size (GTK_WINDOW (self), 560, 620);
  adw_preferences_window_set_search_enabled (ADW_PREFERENCES_WINDOW (self), FALSE);

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (numbers), _("Scores"));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (numbers),
                                         _("How computed scores are rounded. Some regions truncate instead of rounding."));
  for (i = 0; roundings[i] != NULL; i++)
    gtk_string_list_append (model, _(roundings[i]));
  self->rounding = ADW_COMBO_ROW (adw_combo_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->rounding), _("Rounding"));
  adw_combo_row_set_model (self->rounding, G_LIST_MODEL (model));
  g_signal_connect (self->rounding, "notify::selected", G_CALLBACK (on_rounding), self);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (numbers), GTK_WIDGET (self->rounding));

  self->decimals_row = ADW_ACTION_ROW (adw_action_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->decimals_row), _("Decimals"));
  self->decimals = GTK_SPIN_BUTTON (gtk_spin_button_new_with_range (0, 4, 1));
  gtk_widget_set_valign (GTK_WIDGET (self->decimals), GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->decimals), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Decimals"), -1);
  g_signal_connect (self->decimals, "value-changed", G_CALLBACK (on_decimals), self);
  adw_action_row_add_suffix (self->decimals_row, GTK_WIDGET (self->decimals));
  adw_action_row_set_activatable_widget (self->decimals_row, GTK_WIDGET (self->decimals));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (numbers), GTK_WIDGET (self->decimals_row));

  self->bands = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  adw_preferences_group_set_title (self->bands, _("Grades"));
  adw_preferences_group_set_description (self->bands,
                                         _("A score rate at or above a grade's lowest rate gets that grade (default: 优秀 90, 良好 80, 中等 60, 差 0)."));
  gtk_widget_add_css_class (add, "flat");
  gtk_widget_set_tooltip_text (add, _("Add a grade"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (add), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Add a grade"), -1);
  g_signal_connect (add, "clicked", G_CALLBACK (on_band_add), self);
  adw_preferences_group_set_header_suffix (self->bands, add);

  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), ADW_PREFERENCES_GROUP (numbers));
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), self->bands);
  adw_preferences_window_add (ADW_PREFERENCES_WINDOW (self), ADW_PREFERENCES_PAGE (page));
}

JxScoringSettings *
jx_scoring_settings_new (GtkWindow  *parent,
                         JxDocument *document)
{
  JxScoringSettings *self = g_object_new (JX_TYPE_SCORING_SETTINGS,
                                          "transient-for", parent,
                                          "modal", TRUE,
                                          NULL);

  self->document = g_object_ref (document);
  self->changed_id = g_signal_connect (document, "changed", G_CALLBACK (on_document_changed), self);
  refresh (self);
  return self;
}
