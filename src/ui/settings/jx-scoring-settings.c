/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "jx-scoring-settings"

#include "config.h"

#include <glib/gi18n.h>

#include "jx-rule-pack.h"
#include "jx-scoring-settings.h"
#include "jx-ui-util.h"

struct _JxScoringSettings
{
  AdwPreferencesWindow parent_instance;

  JxDocument          *document;
  AdwPreferencesGroup *pack_group;
  AdwComboRow         *pack;         /* the rule packs (and the document's, when none of them) */
  GPtrArray           *pack_ids;     /* of char*: the id of each row of `pack` */
  AdwActionRow        *pack_source;  /* the source document and articles */
  AdwExpanderRow      *pack_note;    /* what could not be verified */
  GtkLabel            *pack_note_text;
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

/* Choosing a pack rewrites the rules that follow it: one undo step, offered in the toast. */
static void
on_pack (AdwComboRow       *row,
         GParamSpec        *pspec,
         JxScoringSettings *self)
{
  g_autoptr(GError) error = NULL;
  guint selected = adw_combo_row_get_selected (row);
  const JxRulePack *pack;
  g_autofree char *title = NULL;
  AdwToast *toast;

  if (self->updating || selected >= self->pack_ids->len)
    return;
  pack = jx_rule_pack_find (g_ptr_array_index (self->pack_ids, selected));
  if (pack == NULL
      || g_strcmp0 (jx_document_get_data (self->document)->scoring.pack, jx_rule_pack_get_id (pack)) == 0)
    return;
  jx_document_break_merge (self->document);
  if (!jx_rule_pack_apply (pack, self->document, &error))
    {
      show_error (self, error);
      return;
    }
  /* Translators: %s is a rule pack, "湖南省部门整体支出绩效评价（省级部门评分表）" */
  title = g_strdup_printf (_("The rules now follow %s"), jx_rule_pack_get_name (pack));
  toast = adw_toast_new (title);
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_action_name (toast, "settings.undo");
  adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (self), toast);
}

static void
undo_action (GtkWidget  *widget,
             const char *action,
             GVariant   *param)
{
  JxScoringSettings *self = JX_SCORING_SETTINGS (widget);

  if (jx_document_can_undo (self->document))
    jx_document_undo (self->document);
}

static void
redo_action (GtkWidget  *widget,
             const char *action,
             GVariant   *param)
{
  JxScoringSettings *self = JX_SCORING_SETTINGS (widget);

  if (jx_document_can_redo (self->document))
    jx_document_redo (self->document);
}

static gboolean
same_ids (GPtrArray *a,
          GPtrArray *b)
{
  guint i;

  if (a->len != b->len)
    return FALSE;
  for (i = 0; i < a->len; i++)
    if (g_strcmp0 (g_ptr_array_index (a, i), g_ptr_array_index (b, i)) != 0)
      return FALSE;
  return TRUE;
}

static void
refresh_pack (JxScoringSettings *self)
{
  const JxScoring *scoring = &jx_document_get_data (self->document)->scoring;
  GPtrArray *packs = jx_rule_pack_list ();
  g_autoptr(GtkStringList) model = gtk_string_list_new (NULL);
  const JxRulePack *current = scoring->pack[0] != '\0' ? jx_rule_pack_find (scoring->pack) : NULL;
  guint i, selected = 0;

  g_autoptr(GPtrArray) ids = g_ptr_array_new_with_free_func (g_free);

  if (current == NULL)
    {
      g_autofree char *other = NULL;

      /* Translators: %s is the id of a rule pack that is not installed, "guangdong-2021" */
      other = scoring->pack[0] != '\0' ? g_strdup_printf (_("%s (not installed)"), scoring->pack)
                                       : g_strdup (_("None (the rules are set by hand)"));
      gtk_string_list_append (model, other);
      g_ptr_array_add (ids, g_strdup (scoring->pack));
    }
  for (i = 0; i < packs->len; i++)
    {
      const JxRulePack *pack = g_ptr_array_index (packs, i);

      if (pack == current)
        selected = ids->len;
      gtk_string_list_append (model, jx_rule_pack_get_name (pack));
      g_ptr_array_add (ids, g_strdup (jx_rule_pack_get_id (pack)));
    }
  /* The model is replaced only when its rows change: this runs within the combo's own
   * notify::selected when a pack is chosen. */
  if (!same_ids (ids, self->pack_ids))
    {
      g_ptr_array_unref (self->pack_ids);
      self->pack_ids = g_steal_pointer (&ids);
      adw_combo_row_set_model (self->pack, G_LIST_MODEL (model));
    }
  if (adw_combo_row_get_selected (self->pack) != selected)
    adw_combo_row_set_selected (self->pack, selected);

  if (current != NULL)
    {
      const char *articles = jx_rule_pack_get_articles (current);
      g_autofree char *source = articles[0] != '\0'
        ? g_strdup_printf ("%s — %s", jx_rule_pack_get_document (current), articles)
        : g_strdup (jx_rule_pack_get_document (current));

      adw_preferences_group_set_description (self->pack_group, jx_rule_pack_get_description (current));
      adw_action_row_set_subtitle (self->pack_source, source);
      gtk_label_set_text (self->pack_note_text, jx_rule_pack_get_note (current));
      gtk_widget_set_visible (GTK_WIDGET (self->pack_note), jx_rule_pack_get_note (current)[0] != '\0');
    }
  else
    {
      adw_preferences_group_set_description (self->pack_group,
                                             _("A rule pack sets the rules of every indicator not set by hand, "
                                               "with the article each comes from."));
      adw_action_row_set_subtitle (self->pack_source, scoring->source[0] != '\0' ? scoring->source : "—");
      gtk_widget_set_visible (GTK_WIDGET (self->pack_note), FALSE);
    }
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
  refresh_pack (self);
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
      || jx_ui_path_affects (path, "scoring.decimals") || jx_ui_path_affects (path, "scoring.pack")
      || jx_ui_path_affects (path, "scoring.source"))
    refresh (self);
}

static void
jx_scoring_settings_dispose (GObject *object)
{
  JxScoringSettings *self = (JxScoringSettings *) object;

  g_clear_signal_handler (&self->changed_id, self->document);
  g_clear_object (&self->document);
  g_clear_pointer (&self->band_rows, g_ptr_array_unref);
  g_clear_pointer (&self->pack_ids, g_ptr_array_unref);
  G_OBJECT_CLASS (jx_scoring_settings_parent_class)->dispose (object);
}

static void
jx_scoring_settings_class_init (JxScoringSettingsClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = jx_scoring_settings_dispose;
  /* The document's undo, from this window too (it is modal over the main window). */
  gtk_widget_class_install_action (widget_class, "settings.undo", NULL, undo_action);
  gtk_widget_class_install_action (widget_class, "settings.redo", NULL, redo_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK, "settings.undo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "settings.redo", NULL);
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
  self->pack_ids = g_ptr_array_new_with_free_func (g_free);
  gtk_window_set_title (GTK_WINDOW (self), _("Scoring Settings"));
  gtk_window_set_default_size (GTK_WINDOW (self), 560, 620);
  adw_preferences_window_set_search_enabled (ADW_PREFERENCES_WINDOW (self), FALSE);

  self->pack_group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  adw_preferences_group_set_title (self->pack_group, _("Rule Pack"));
  self->pack = ADW_COMBO_ROW (adw_combo_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->pack), _("_Rules of"));
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (self->pack), TRUE);
  gtk_widget_set_name (GTK_WIDGET (self->pack), "rule-pack");
  g_signal_connect (self->pack, "notify::selected", G_CALLBACK (on_pack), self);
  adw_preferences_group_add (self->pack_group, GTK_WIDGET (self->pack));
  self->pack_source = ADW_ACTION_ROW (adw_action_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->pack_source), _("Source"));
  adw_action_row_set_subtitle_lines (self->pack_source, 0);
  gtk_widget_set_name (GTK_WIDGET (self->pack_source), "rule-pack-source");
  adw_preferences_group_add (self->pack_group, GTK_WIDGET (self->pack_source));
  self->pack_note = ADW_EXPANDER_ROW (adw_expander_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->pack_note), _("What the pack could not verify"));
  self->pack_note_text = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (self->pack_note_text, TRUE);
  gtk_label_set_wrap_mode (self->pack_note_text, PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (self->pack_note_text, 0);
  gtk_label_set_selectable (self->pack_note_text, TRUE);
  gtk_widget_set_margin_start (GTK_WIDGET (self->pack_note_text), 12);
  gtk_widget_set_margin_end (GTK_WIDGET (self->pack_note_text), 12);
  gtk_widget_set_margin_top (GTK_WIDGET (self->pack_note_text), 8);
  gtk_widget_set_margin_bottom (GTK_WIDGET (self->pack_note_text), 8);
  adw_expander_row_add_row (self->pack_note, GTK_WIDGET (self->pack_note_text));
  adw_preferences_group_add (self->pack_group, GTK_WIDGET (self->pack_note));

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (numbers), _("Scores"));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (numbers),
                                         _("How computed scores are rounded. Some regions truncate instead of rounding."));
  for (i = 0; roundings[i] != NULL; i++)
    gtk_string_list_append (model, _(roundings[i]));
  self->rounding = ADW_COMBO_ROW (adw_combo_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->rounding), _("Rounding"));
  gtk_widget_set_name (GTK_WIDGET (self->rounding), "rounding");
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

  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), self->pack_group);
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
