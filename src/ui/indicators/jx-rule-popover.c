/* SPDX-License-Identifier: GPL-3.0-or-later */
/* jx-rule-popover.c: the scoring rule popover of the indicator table. */
#define G_LOG_DOMAIN "jx-rule-popover"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "jx-indicator-columns.h"
#include "jx-indicator-edit.h"
#include "jx-rule-pack.h"
#include "jx-rule-popover.h"
#include "jx-ui-util.h"

#include <adwaita.h>

struct _JxRulePopover
{
  GtkPopover    parent_instance;

  JxEvaluation *evaluation;
  char         *path;

  GtkWidget    *title;
  GtkWidget    *kind;          /* GtkDropDown */
  GtkWidget    *stack;
  GtkWidget    *description;
  GtkWidget    *source;        /* the rule and where it comes from */
  GtkWidget    *use_pack;      /* back to the pack's rule, for a rule set by hand */
  GtkWidget    *tolerance;
  GtkWidget    *proportional;
  GtkWidget    *grade;
  GtkWidget    *share;
  GtkWidget    *threshold;
  GtkWidget    *step;
  GtkWidget    *tiers;         /* GtkBox of tier rows */
  GtkWidget    *explanation;
  GtkWidget    *differs;
  GtkWidget    *differs_label;
  gboolean      updating;
};

G_DEFINE_FINAL_TYPE (JxRulePopover, jx_rule_popover, GTK_TYPE_POPOVER)

static const char * const kind_titles[] = {
  N_("Positive — more is better"),
  N_("Negative — less is better"),
  N_("Equal — on the target"),
  N_("Qualitative — graded"),
  N_("Deduction — points off per shortfall"),
  N_("Tiers — bands of completion"),
  N_("Rate — the actual percentage × weight"),
  N_("Manual — the entered score"),
};

static const char * const kind_descriptions[] = {
  N_("Score = min(actual / target, 1) × weight."),
  N_("Full score when the actual value is at most the target; else (1 − (actual − target) / target) × weight, at least 0."),
  N_("Full score when |actual − target| is within the tolerance; else 0, or min(actual / target, target / actual) × weight when proportional."),
  N_("The grade picked gives a share of the weight: achieved 80–100%, partially achieved 60–80%, not achieved 0–60%."),
  N_("Weight − points per percentage point × (shortfall of completion − tolerated shortfall), at least 0."),
  N_("The points of the highest tier whose completion the indicator reaches; 0 below every tier."),
  N_("Score = actual value (a percentage, such as the budget execution rate) × weight, at most the weight: 96.8% × 10 = 9.68."),
  N_("Nothing is computed: the score entered in the table stands."),
};

static const char * const grade_titles[] = {
  N_("Achieved (80–100%)"),
  N_("Partially achieved (60–80%)"),
  N_("Not achieved (0–60%)"),
};

static const double grade_ranges[][2] = { { 80, 100 }, { 60, 80 }, { 0, 60 } };

static const JxIndicator *
indicator (JxRulePopover *self)
{
  const JxIndicatorResult *r;

  if (self->evaluation == NULL || self->path == NULL || jx_indicator_edit_in_progress (self->evaluation))
    return NULL;
  r = jx_evaluation_get_result (self->evaluation, self->path);
  return r != NULL && r->level == 3 ? r->indicator : NULL;
}

static JxDocument *
document (JxRulePopover *self)
{
  return jx_evaluation_get_document (self->evaluation);
}

static void
write_number (JxRulePopover *self,
              const char    *field,
              double         value)
{
  g_autofree char *path = NULL;

  if (self->updating || indicator (self) == NULL)
    return;
  path = g_strconcat (self->path, ".rule.", field, NULL);
  jx_document_set_number (document (self), path, value, NULL);
}

static void
write_int (JxRulePopover *self,
           const char    *field,
           int            value)
{
  g_autofree char *path = NULL;

  if (self->updating || indicator (self) == NULL)
    return;
  path = g_strconcat (self->path, ".rule.", field, NULL);
  jx_document_set_int (document (self), path, value, NULL);
}

/* ---- tiers ---- */

static void
on_tier_changed (GtkSpinButton *spin,
                 JxRulePopover *self)
{
  guint index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (spin), "tier"));
  const char *field = g_object_get_data (G_OBJECT (spin), "field");
  g_autofree char *name = g_strdup_printf ("tiers[%u].%s", index, field);

  write_number (self, name, gtk_spin_button_get_value (spin));
}

static void
on_tier_remove (GtkButton     *button,
                JxRulePopover *self)
{
  guint index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "tier"));
  g_autofree char *list = NULL;

  if (indicator (self) == NULL)
    return;
  list = g_strconcat (self->path, ".rule.tiers", NULL);
  jx_indicator_edit_begin (self->evaluation, _("Remove Tier"));
  jx_document_remove (document (self), list, (int) index, NULL);
  jx_indicator_edit_end (self->evaluation);
}

static JsonNode *
tier_json (double min,
           double points)
{
  g_autoptr(JsonBuilder) b = json_builder_new ();

  json_builder_begin_object (b);
  json_builder_set_member_name (b, "min");
  json_builder_add_double_value (b, min);
  json_builder_set_member_name (b, "points");
  json_builder_add_double_value (b, points);
  json_builder_end_object (b);
  return json_builder_get_root (b);
}

static void
on_tier_add (GtkButton     *button,
             JxRulePopover *self)
{
  const JxIndicator *ind = indicator (self);
  g_autofree char *list = NULL;
  g_autoptr(JsonNode) node = NULL;
  double min = 100, points = 0;
  guint n;

  if (ind == NULL)
    return;
  n = ind->rule.tiers != NULL ? ind->rule.tiers->len : 0;
  if (n > 0)
    {
      const JxTier *last = g_ptr_array_index (ind->rule.tiers, n - 1);

      min = MAX (0, last->min - 10);
      points = MAX (0, last->points - (JX_NUMBER_IS_SET (ind->weight) ? ind->weight / 10 : 1));
    }
  else if (JX_NUMBER_IS_SET (ind->weight))
    points = ind->weight;
  node = tier_json (min, points);
  list = g_strconcat (self->path, ".rule.tiers", NULL);
  jx_indicator_edit_begin (self->evaluation, _("Add Tier"));
  jx_document_insert (document (self), list, -1, node, NULL);
  jx_indicator_edit_end (self->evaluation);
}

static GtkWidget *
spin_new (double      lower,
          double      upper,
          double      step,
          const char *accessible)
{
  GtkWidget *spin = gtk_spin_button_new_with_range (lower, upper, step);

  gtk_spin_button_set_digits (GTK_SPIN_BUTTON (spin), 2);
  gtk_editable_set_width_chars (GTK_EDITABLE (spin), 7);
  gtk_accessible_update_property (GTK_ACCESSIBLE (spin), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible, -1);
  return spin;
}

static GtkWidget *
tier_row_new (JxRulePopover *self,
              guint          index)
{
  GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  g_autofree char *min_name = g_strdup_printf (_("Tier %u: completion from (percent)"), index + 1);
  g_autofree char *points_name = g_strdup_printf (_("Tier %u: points"), index + 1);
  g_autofree char *remove_name = g_strdup_printf (_("Remove tier %u"), index + 1);
  GtkWidget *min = spin_new (0, 100000, 5, min_name);
  GtkWidget *points = spin_new (0, 1000000, 0.5, points_name);
  GtkWidget *remove = gtk_button_new_from_icon_name ("list-remove-symbolic");

  /* Translators: a tier of a tiers rule reads "Completion ≥ [90] % → [4] points" */
  gtk_box_append (GTK_BOX (row), gtk_label_new (_("Completion ≥")));
  gtk_box_append (GTK_BOX (row), min);
  gtk_box_append (GTK_BOX (row), gtk_label_new ("% →"));
  gtk_box_append (GTK_BOX (row), points);
  gtk_box_append (GTK_BOX (row), gtk_label_new (_("points")));
  gtk_box_append (GTK_BOX (row), remove);
  gtk_widget_add_css_class (remove, "flat");
  gtk_widget_set_tooltip_text (remove, remove_name);
  gtk_accessible_update_property (GTK_ACCESSIBLE (remove), GTK_ACCESSIBLE_PROPERTY_LABEL, remove_name, -1);

  g_object_set_data (G_OBJECT (min), "tier", GUINT_TO_POINTER (index));
  g_object_set_data (G_OBJECT (min), "field", (gpointer) "min");
  g_object_set_data (G_OBJECT (points), "tier", GUINT_TO_POINTER (index));
  g_object_set_data (G_OBJECT (points), "field", (gpointer) "points");
  g_object_set_data (G_OBJECT (remove), "tier", GUINT_TO_POINTER (index));
  g_object_set_data (G_OBJECT (row), "min", min);
  g_object_set_data (G_OBJECT (row), "points", points);
  g_signal_connect (min, "value-changed", G_CALLBACK (on_tier_changed), self);
  g_signal_connect (points, "value-changed", G_CALLBACK (on_tier_changed), self);
  g_signal_connect (remove, "clicked", G_CALLBACK (on_tier_remove), self);
  return row;
}

static void
refresh_tiers (JxRulePopover     *self,
               const JxIndicator *ind)
{
  guint n = ind->rule.tiers != NULL ? ind->rule.tiers->len : 0;
  GtkWidget *child = gtk_widget_get_first_child (self->tiers);
  guint have = 0;
  guint i;

  for (; child != NULL; child = gtk_widget_get_next_sibling (child))
    have++;
  while (have > n)
    {
      gtk_box_remove (GTK_BOX (self->tiers), gtk_widget_get_last_child (self->tiers));
      have--;
    }
  for (; have < n; have++)
    gtk_box_append (GTK_BOX (self->tiers), tier_row_new (self, have));

  child = gtk_widget_get_first_child (self->tiers);
  for (i = 0; i < n; i++, child = gtk_widget_get_next_sibling (child))
    {
      const JxTier *tier = g_ptr_array_index (ind->rule.tiers, i);

      gtk_spin_button_set_value (g_object_get_data (G_OBJECT (child), "min"), tier->min);
      gtk_spin_button_set_value (g_object_get_data (G_OBJECT (child), "points"), tier->points);
    }
}

/* ---- kind and parameters ---- */

void
jx_rule_popover_set_kind (JxRulePopover *self,
                          int            kind)
{
  const JxIndicator *ind = indicator (self);
  JxDocument *doc;
  g_autofree char *kind_path = NULL;
  g_autofree char *tiers_path = NULL;

  g_return_if_fail (JX_IS_RULE_POPOVER (self));
  g_return_if_fail (kind >= JX_RULE_POSITIVE && kind <= JX_RULE_MANUAL);

  if (ind == NULL || ind->rule.kind == kind)
    return;
  doc = document (self);
  kind_path = g_strconcat (self->path, ".rule.kind", NULL);
  tiers_path = g_strconcat (self->path, ".rule.tiers", NULL);

  jx_indicator_edit_begin (self->evaluation, _("Change Scoring Rule"));
  jx_document_set_int (doc, kind_path, kind, NULL);
  if (kind == JX_RULE_TIERS && (ind->rule.tiers == NULL || ind->rule.tiers->len == 0))
    {
      static const double shares[][2] = { { 100, 1.0 }, { 90, 0.9 }, { 80, 0.8 }, { 60, 0.6 } };
      double w = JX_NUMBER_IS_SET (ind->weight) ? ind->weight : 1;
      guint i;

      for (i = 0; i < G_N_ELEMENTS (shares); i++)
        {
          g_autoptr(JsonNode) tier = tier_json (shares[i][0], round (w * shares[i][1] * 100) / 100);
          jx_document_insert (doc, tiers_path, -1, tier, NULL);
        }
    }
  else if (kind == JX_RULE_DEDUCTION && !(ind->rule.step > 0))
    {
      g_autofree char *step = g_strconcat (self->path, ".rule.step", NULL);
      jx_document_set_number (doc, step, 0.1, NULL);
    }
  jx_indicator_edit_end (self->evaluation);
}

static void
on_kind_selected (GObject       *dropdown,
                  GParamSpec    *pspec,
                  JxRulePopover *self)
{
  if (!self->updating)
    jx_rule_popover_set_kind (self, (int) gtk_drop_down_get_selected (GTK_DROP_DOWN (self->kind)));
}

static void
on_grade_selected (GObject       *dropdown,
                   GParamSpec    *pspec,
                   JxRulePopover *self)
{
  const JxIndicator *ind = indicator (self);
  guint grade = gtk_drop_down_get_selected (GTK_DROP_DOWN (self->grade));
  g_autofree char *grade_path = NULL;
  g_autofree char *share_path = NULL;

  if (self->updating || ind == NULL || grade >= G_N_ELEMENTS (grade_ranges))
    return;
  grade_path = g_strconcat (self->path, ".rule.grade", NULL);
  share_path = g_strconcat (self->path, ".rule.share", NULL);
  jx_indicator_edit_begin (self->evaluation, _("Change Grade"));
  jx_document_set_int (document (self), grade_path, (int) grade, NULL);
  jx_document_set_number (document (self), share_path,
                          CLAMP (ind->rule.share, grade_ranges[grade][0], grade_ranges[grade][1]), NULL);
  jx_indicator_edit_end (self->evaluation);
}

static void
on_spin_changed (GtkSpinButton *spin,
                 JxRulePopover *self)
{
  write_number (self, g_object_get_data (G_OBJECT (spin), "field"), gtk_spin_button_get_value (spin));
}

static void
on_proportional (GObject       *button,
                 GParamSpec    *pspec,
                 JxRulePopover *self)
{
  write_int (self, "proportional", gtk_switch_get_active (GTK_SWITCH (self->proportional)));
}

static void
on_accept (GtkButton     *button,
           JxRulePopover *self)
{
  const char *paths[] = { self->path, NULL };

  if (indicator (self) != NULL)
    jx_indicator_edit_accept_computed (self->evaluation, paths);
}

static const JxRulePack *
document_pack (JxRulePopover *self)
{
  const char *id = jx_document_get_data (document (self))->scoring.pack;

  return id[0] != '\0' ? jx_rule_pack_find (id) : NULL;
}

static void
on_use_pack (GtkButton     *button,
             JxRulePopover *self)
{
  const JxRulePack *pack = indicator (self) != NULL ? document_pack (self) : NULL;

  if (pack != NULL)
    jx_rule_pack_apply_to_indicator (pack, document (self), self->path, NULL);
}

void
jx_rule_popover_refresh (JxRulePopover *self)
{
  static const char * const pages[] = { "plain", "plain", "equal", "qualitative", "deduction", "tiers", "plain", "plain" };
  const JxIndicator *ind;
  const JxIndicatorResult *r;
  g_autofree char *title = NULL;
  g_autofree char *citation = NULL;
  int kind;

  g_return_if_fail (JX_IS_RULE_POPOVER (self));

  ind = indicator (self);
  if (ind == NULL)
    return;
  r = jx_evaluation_get_result (self->evaluation, self->path);
  kind = CLAMP (ind->rule.kind, JX_RULE_POSITIVE, JX_RULE_MANUAL);

  self->updating = TRUE;
  title = g_strdup_printf (_("Scoring rule of “%s”"), ind->name);
  gtk_label_set_text (GTK_LABEL (self->title), title);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (self->kind), (guint) kind);
  gtk_stack_set_visible_child_name (GTK_STACK (self->stack), pages[kind]);
  gtk_label_set_text (GTK_LABEL (self->description), _(kind_descriptions[kind]));
  citation = jx_rule_dup_citation (&ind->rule);
  gtk_label_set_text (GTK_LABEL (self->source), citation);
  gtk_widget_set_visible (self->use_pack, ind->rule.custom && document_pack (self) != NULL);

  gtk_spin_button_set_value (GTK_SPIN_BUTTON (self->tolerance), ind->rule.tolerance);
  gtk_switch_set_active (GTK_SWITCH (self->proportional), ind->rule.proportional);
  /* not graded yet: nothing selected, so that choosing any grade is a change */
  gtk_drop_down_set_selected (GTK_DROP_DOWN (self->grade),
                              ind->rule.grade < 0 ? GTK_INVALID_LIST_POSITION : (guint) MIN (ind->rule.grade, 2));
  gtk_spin_button_set_range (GTK_SPIN_BUTTON (self->share),
                             grade_ranges[CLAMP (ind->rule.grade, 0, 2)][0],
                             grade_ranges[CLAMP (ind->rule.grade, 0, 2)][1]);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (self->share), ind->rule.share);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (self->threshold), ind->rule.threshold);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (self->step), ind->rule.step);
  refresh_tiers (self, ind);

  gtk_label_set_text (GTK_LABEL (self->explanation), r != NULL && r->explanation != NULL ? r->explanation : "");
  if (r != NULL && r->differs)
    {
      int decimals = CLAMP (jx_document_get_data (document (self))->scoring.decimals, 0, 6);
      g_autofree char *entered = jx_format_fixed (ind->score, decimals);
      g_autofree char *computed = jx_format_fixed (r->computed_score, decimals);
      g_autofree char *text = g_strdup_printf (_("The entered score %s differs from the computed %s."),
                                               entered, computed);

      gtk_label_set_text (GTK_LABEL (self->differs_label), text);
    }
  gtk_widget_set_visible (self->differs, r != NULL && r->differs);
  self->updating = FALSE;
}

void
jx_rule_popover_set_indicator (JxRulePopover *self,
                               JxEvaluation  *evaluation,
                               const char    *path)
{
  g_return_if_fail (JX_IS_RULE_POPOVER (self));

  g_set_object (&self->evaluation, evaluation);
  g_free (self->path);
  self->path = g_strdup (path);
  jx_rule_popover_refresh (self);
}

const char *
jx_rule_popover_get_path (JxRulePopover *self)
{
  g_return_val_if_fail (JX_IS_RULE_POPOVER (self), NULL);
  return self->path;
}

const char *
jx_rule_popover_get_explanation (JxRulePopover *self)
{
  g_return_val_if_fail (JX_IS_RULE_POPOVER (self), NULL);
  return gtk_label_get_text (GTK_LABEL (self->explanation));
}

/* ---- building ---- */

static GtkWidget *
field_label (const char *text,
             GtkWidget  *target)
{
  GtkWidget *label = gtk_label_new_with_mnemonic (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  jx_label_set_mnemonic_widget (GTK_LABEL (label), target);
  gtk_accessible_update_relation (GTK_ACCESSIBLE (target), GTK_ACCESSIBLE_RELATION_LABELLED_BY, label, NULL, -1);
  return label;
}

static GtkWidget *
parameter_grid (void)
{
  GtkWidget *grid = gtk_grid_new ();

  gtk_grid_set_row_spacing (GTK_GRID (grid), 6);
  gtk_grid_set_column_spacing (GTK_GRID (grid), 12);
  return grid;
}

static GtkWidget *
translated_dropdown (const char * const *titles,
                     guint               n)
{
  g_autoptr(GtkStringList) list = gtk_string_list_new (NULL);
  guint i;

  for (i = 0; i < n; i++)
    gtk_string_list_append (list, _(titles[i]));
  return gtk_drop_down_new (G_LIST_MODEL (g_steal_pointer (&list)), NULL);
}

/* A wrapping label as wide as it will ever be: GTK 4.8's popovers measure their height at
 * their natural width, and a label that could be narrower would be cut off. */
static void
wrap_fixed (GtkWidget *label,
            int        chars)
{
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_width_chars (GTK_LABEL (label), chars);
  gtk_label_set_max_width_chars (GTK_LABEL (label), chars);
}

static void
build (JxRulePopover *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *grid, *heading, *add, *accept, *clamp;

  gtk_widget_set_size_request (box, 440, -1);
  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_widget_set_margin_start (box, 6);
  gtk_widget_set_margin_end (box, 6);

  self->title = gtk_label_new (NULL);
  gtk_label_set_wrap (GTK_LABEL (self->title), TRUE);
  wrap_fixed (self->title, 48);
  gtk_label_set_xalign (GTK_LABEL (self->title), 0);
  gtk_widget_add_css_class (self->title, "heading");
  gtk_box_append (GTK_BOX (box), self->title);

  grid = parameter_grid ();
  self->kind = translated_dropdown (kind_titles, G_N_ELEMENTS (kind_titles));
  gtk_widget_set_hexpand (self->kind, TRUE);
  g_signal_connect (self->kind, "notify::selected", G_CALLBACK (on_kind_selected), self);
  gtk_grid_attach (GTK_GRID (grid), field_label (_("_Rule"), self->kind), 0, 0, 1, 1);
  gtk_grid_attach (GTK_GRID (grid), self->kind, 1, 0, 1, 1);
  gtk_box_append (GTK_BOX (box), grid);

  self->description = gtk_label_new (NULL);
  gtk_label_set_wrap (GTK_LABEL (self->description), TRUE);
  gtk_label_set_xalign (GTK_LABEL (self->description), 0);
  wrap_fixed (self->description, 48);
  gtk_widget_add_css_class (self->description, "dim-label");
  gtk_box_append (GTK_BOX (box), self->description);

  self->source = gtk_label_new (NULL);
  gtk_label_set_wrap (GTK_LABEL (self->source), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (self->source), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (self->source), 0);
  gtk_label_set_selectable (GTK_LABEL (self->source), TRUE);
  wrap_fixed (self->source, 48);
  gtk_widget_add_css_class (self->source, "caption");
  gtk_widget_set_name (self->source, "rule-source");
  gtk_box_append (GTK_BOX (box), self->source);
  self->use_pack = gtk_button_new_with_mnemonic (_("Use the _Pack’s Rule"));
  gtk_widget_set_halign (self->use_pack, GTK_ALIGN_START);
  gtk_widget_set_tooltip_text (self->use_pack, _("Replace the rule set by hand with the rule pack’s rule for this indicator"));
  g_signal_connect (self->use_pack, "clicked", G_CALLBACK (on_use_pack), self);
  gtk_box_append (GTK_BOX (box), self->use_pack);

  self->stack = gtk_stack_new ();
  gtk_stack_set_vhomogeneous (GTK_STACK (self->stack), FALSE);
  gtk_stack_set_hhomogeneous (GTK_STACK (self->stack), FALSE);
  gtk_stack_add_named (GTK_STACK (self->stack), gtk_box_new (GTK_ORIENTATION_VERTICAL, 0), "plain");

  grid = parameter_grid ();
  self->tolerance = spin_new (0, 1e9, 0.1, _("Tolerance"));
  g_object_set_data (G_OBJECT (self->tolerance), "field", (gpointer) "tolerance");
  g_signal_connect (self->tolerance, "value-changed", G_CALLBACK (on_spin_changed), self);
  self->proportional = gtk_switch_new ();
  gtk_widget_set_halign (self->proportional, GTK_ALIGN_START);
  g_signal_connect (self->proportional, "notify::active", G_CALLBACK (on_proportional), self);
  gtk_grid_attach (GTK_GRID (grid), field_label (_("_Tolerance (±, in the target's unit)"), self->tolerance), 0, 0, 1, 1);
  gtk_grid_attach (GTK_GRID (grid), self->tolerance, 1, 0, 1, 1);
  gtk_grid_attach (GTK_GRID (grid), field_label (_("Proportio_nal score when off target"), self->proportional), 0, 1, 1, 1);
  gtk_grid_attach (GTK_GRID (grid), self->proportional, 1, 1, 1, 1);
  gtk_stack_add_named (GTK_STACK (self->stack), grid, "equal");

  grid = parameter_grid ();
  self->grade = translated_dropdown (grade_titles, G_N_ELEMENTS (grade_titles));
  g_signal_connect (self->grade, "notify::selected", G_CALLBACK (on_grade_selected), self);
  self->share = spin_new (0, 100, 1, _("Share of the weight, percent"));
  g_object_set_data (G_OBJECT (self->share), "field", (gpointer) "share");
  g_signal_connect (self->share, "value-changed", G_CALLBACK (on_spin_changed), self);
  gtk_grid_attach (GTK_GRID (grid), field_label (_("_Grade"), self->grade), 0, 0, 1, 1);
  gtk_grid_attach (GTK_GRID (grid), self->grade, 1, 0, 1, 1);
  gtk_grid_attach (GTK_GRID (grid), field_label (_("_Share of the weight (%)"), self->share), 0, 1, 1, 1);
  gtk_grid_attach (GTK_GRID (grid), self->share, 1, 1, 1, 1);
  gtk_stack_add_named (GTK_STACK (self->stack), grid, "qualitative");

  grid = parameter_grid ();
  self->threshold = spin_new (0, 100, 1, _("Tolerated shortfall, percentage points"));
  g_object_set_data (G_OBJECT (self->threshold), "field", (gpointer) "threshold");
  g_signal_connect (self->threshold, "value-changed", G_CALLBACK (on_spin_changed), self);
  self->step = spin_new (0, 1e6, 0.1, _("Points off per percentage point"));
  g_object_set_data (G_OBJECT (self->step), "field", (gpointer) "step");
  g_signal_connect (self->step, "value-changed", G_CALLBACK (on_spin_changed), self);
  gtk_grid_attach (GTK_GRID (grid), field_label (_("Tolerated short_fall (percentage points)"), self->threshold), 0, 0, 1, 1);
  gtk_grid_attach (GTK_GRID (grid), self->threshold, 1, 0, 1, 1);
  gtk_grid_attach (GTK_GRID (grid), field_label (_("Points _off per percentage point past it"), self->step), 0, 1, 1, 1);
  gtk_grid_attach (GTK_GRID (grid), self->step, 1, 1, 1, 1);
  gtk_stack_add_named (GTK_STACK (self->stack), grid, "deduction");

  grid = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  self->tiers = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  gtk_box_append (GTK_BOX (grid), self->tiers);
  add = gtk_button_new_with_mnemonic (_("_Add Tier"));
  gtk_widget_set_halign (add, GTK_ALIGN_START);
  g_signal_connect (add, "clicked", G_CALLBACK (on_tier_add), self);
  gtk_box_append (GTK_BOX (grid), add);
  gtk_stack_add_named (GTK_STACK (self->stack), grid, "tiers");
  gtk_box_append (GTK_BOX (box), self->stack);

  heading = gtk_label_new (_("Calculation"));
  gtk_label_set_xalign (GTK_LABEL (heading), 0);
  gtk_widget_add_css_class (heading, "heading");
  gtk_box_append (GTK_BOX (box), heading);
  self->explanation = gtk_label_new (NULL);
  gtk_label_set_wrap (GTK_LABEL (self->explanation), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (self->explanation), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (self->explanation), 0);
  gtk_label_set_selectable (GTK_LABEL (self->explanation), TRUE);
  wrap_fixed (self->explanation, 48);
  gtk_widget_add_css_class (self->explanation, "jx-calculation");
  gtk_accessible_update_relation (GTK_ACCESSIBLE (self->explanation), GTK_ACCESSIBLE_RELATION_LABELLED_BY, heading, NULL, -1);
  gtk_box_append (GTK_BOX (box), self->explanation);

  self->differs = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  self->differs_label = gtk_label_new (NULL);
  gtk_label_set_wrap (GTK_LABEL (self->differs_label), TRUE);
  wrap_fixed (self->differs_label, 28);
  gtk_label_set_xalign (GTK_LABEL (self->differs_label), 0);
  gtk_widget_set_hexpand (self->differs_label, TRUE);
  gtk_widget_add_css_class (self->differs_label, "warning");
  accept = gtk_button_new_with_mnemonic (_("A_ccept Computed Score"));
  gtk_widget_set_valign (accept, GTK_ALIGN_CENTER);
  g_signal_connect (accept, "clicked", G_CALLBACK (on_accept), self);
  gtk_box_append (GTK_BOX (self->differs), self->differs_label);
  gtk_box_append (GTK_BOX (self->differs), accept);
  gtk_box_append (GTK_BOX (box), self->differs);

  /* GTK 4.8's popover measures its child's height for a width wider than the one it then
   * gives, so wrapped text would be cut off: a clamp holds the width to one value. */
  clamp = adw_clamp_new ();
  adw_clamp_set_maximum_size (ADW_CLAMP (clamp), 440);
  adw_clamp_set_tightening_threshold (ADW_CLAMP (clamp), 440);
  adw_clamp_set_child (ADW_CLAMP (clamp), box);
  gtk_popover_set_child (GTK_POPOVER (self), clamp);
}

static void
jx_rule_popover_dispose (GObject *object)
{
  JxRulePopover *self = (JxRulePopover *) object;

  g_clear_object (&self->evaluation);
  G_OBJECT_CLASS (jx_rule_popover_parent_class)->dispose (object);
}

static void
jx_rule_popover_finalize (GObject *object)
{
  JxRulePopover *self = (JxRulePopover *) object;

  g_free (self->path);
  G_OBJECT_CLASS (jx_rule_popover_parent_class)->finalize (object);
}

static void
jx_rule_popover_class_init (JxRulePopoverClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = jx_rule_popover_dispose;
  object_class->finalize = jx_rule_popover_finalize;
}

static void
jx_rule_popover_init (JxRulePopover *self)
{
  build (self);
  gtk_widget_add_css_class (GTK_WIDGET (self), "jx-rule-popover");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Scoring rule"), -1);
}

GtkWidget *
jx_rule_popover_new (void)
{
  return g_object_new (JX_TYPE_RULE_POPOVER, NULL);
}
