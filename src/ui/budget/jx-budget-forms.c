/* SPDX-License-Identifier: GPL-3.0-or-later */
/* jx-budget-forms.c: the sections of the budget page, in the order of the report, and the
 * fixed forms among them (by nature, execution, procurement, assets, key expenditure). */
#define G_LOG_DOMAIN "jx-budget-page"

#include "config.h"

#include <glib/gi18n.h>

#include "jx-budget-page-private.h"
#include "jx-metric-row.h"
#include "jx-money.h"
#include "jx-number-entry.h"
#include "jx-path.h"
#include "jx-text-area.h"
#include "jx-ui-util.h"

#define BODY_KEY "jx-body"
#define PATH_KEY "jx-path"
#define UPDATING_KEY "jx-updating"

/* ---- helpers ---- */

JxDocument *
_jx_budget_page_document (JxBudgetPage *self)
{
  return self->evaluation != NULL ? jx_evaluation_get_document (self->evaluation) : NULL;
}

GtkWidget *
_jx_budget_page_group (JxBudgetPage *self,
                       const char   *title,
                       const char   *description)
{
  GtkWidget *group = adw_preferences_group_new ();
  GtkWidget *body = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), title);
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group), description);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), body);
  g_object_set_data (G_OBJECT (group), BODY_KEY, body);
  gtk_box_append (self->content, group);
  return group;
}

GtkBox *
_jx_budget_page_group_body (GtkWidget *group)
{
  return g_object_get_data (G_OBJECT (group), BODY_KEY);
}

GtkWidget *
_jx_budget_page_grid (void)
{
  GtkWidget *grid = gtk_grid_new ();

  gtk_grid_set_row_spacing (GTK_GRID (grid), 6);
  gtk_grid_set_column_spacing (GTK_GRID (grid), 12);
  gtk_widget_add_css_class (grid, "card");
  gtk_widget_add_css_class (grid, "jx-grid");
  return grid;
}

GtkWidget *
_jx_budget_page_heading (const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 1.0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_justify (GTK_LABEL (label), GTK_JUSTIFY_RIGHT);
  gtk_widget_add_css_class (label, "caption-heading");
  gtk_widget_add_css_class (label, "dim-label");
  return label;
}

GtkWidget *
_jx_budget_page_row_label (const char *text,
                           GtkWidget  *mnemonic_widget)
{
  GtkWidget *label = gtk_label_new_with_mnemonic (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0.0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_widget_set_hexpand (label, TRUE);
  if (mnemonic_widget != NULL)
    jx_label_set_mnemonic_widget (GTK_LABEL (label), mnemonic_widget);
  return label;
}

GtkWidget *
_jx_budget_page_money_entry (JxBudgetPage *self,
                             const char   *path,
                             const char   *accessible_label)
{
  GtkWidget *entry = jx_number_entry_new (JX_NUMBER_KIND_MONEY, path);

  jx_widget_set_accessible_label (entry, accessible_label);
  jx_field_set_add (self->fields, path, entry);
  return entry;
}

GtkLabel *
_jx_budget_page_sum_label (void)
{
  GtkWidget *label = gtk_label_new ("—");

  gtk_label_set_xalign (GTK_LABEL (label), 1.0);
  gtk_widget_set_margin_end (label, 12);
  gtk_widget_add_css_class (label, "numeric");
  gtk_widget_add_css_class (label, "jx-sum");
  return GTK_LABEL (label);
}

void
_jx_budget_page_show_sum (GtkLabel *label,
                          JxMoney   sum,
                          JxMoney   stated)
{
  g_autofree char *text = NULL;
  g_autofree char *tooltip = NULL;

  if (!JX_MONEY_IS_SET (sum))
    {
      gtk_label_set_text (label, "—");
      gtk_widget_remove_css_class (GTK_WIDGET (label), "error");
      gtk_widget_set_tooltip_text (GTK_WIDGET (label), NULL);
      return;
    }
  text = jx_money_format (sum, 2, TRUE);
  gtk_label_set_text (label, text);
  if (JX_MONEY_IS_SET (stated) && stated != sum)
    {
      g_autofree char *stated_text = jx_money_format (stated, 2, TRUE);
      g_autofree char *diff_text = jx_money_format (sum > stated ? sum - stated : stated - sum, 2, TRUE);

      tooltip = g_strdup_printf (_("The parts add up to %s 万元 but the stated total is %s 万元 (difference %s)"),
                                 text, stated_text, diff_text);
      gtk_widget_add_css_class (GTK_WIDGET (label), "error");
    }
  else
    gtk_widget_remove_css_class (GTK_WIDGET (label), "error");
  gtk_widget_set_tooltip_text (GTK_WIDGET (label), tooltip);
}

/* A sum of the items that does not fit in an amount: said so, in error, never wrapped. */
void
_jx_budget_page_show_too_large (GtkLabel *label)
{
  gtk_label_set_text (label, jx_money_too_large_text ());
  gtk_widget_add_css_class (GTK_WIDGET (label), "error");
  gtk_widget_set_tooltip_text (GTK_WIDGET (label),
                               _("The parts add up to more than an amount can hold: check the figures"));
}

static GtkWidget *
metrics_list (JxBudgetPage     *self,
              const JxMetricId *ids,
              guint             n)
{
  GtkWidget *list = gtk_list_box_new ();
  guint i;

  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  jx_widget_set_accessible_label (list, _("Ratios"));
  for (i = 0; i < n; i++)
    {
      GtkWidget *row = jx_metric_row_new (ids[i]);

      gtk_list_box_append (GTK_LIST_BOX (list), row);
      g_ptr_array_add (self->metric_rows, row);
    }
  return list;
}

static GtkWidget *
note (JxBudgetPage *self,
      const char   *path,
      const char   *title)
{
  GtkWidget *expander = gtk_expander_new (NULL);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *label = gtk_label_new_with_mnemonic (title);
  GtkWidget *preview = jx_dim_label_new (NULL);
  GtkWidget *area = jx_text_area_new (path);

  gtk_widget_add_css_class (label, "heading");
  gtk_label_set_ellipsize (GTK_LABEL (preview), PANGO_ELLIPSIZE_END);
  gtk_label_set_xalign (GTK_LABEL (preview), 0.0);
  gtk_widget_set_hexpand (preview, TRUE);
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), preview);
  gtk_expander_set_label_widget (GTK_EXPANDER (expander), box);
  gtk_label_set_mnemonic_widget (GTK_LABEL (label), expander);

  gtk_widget_set_margin_top (area, 8);
  jx_widget_set_accessible_label (area, gtk_label_get_text (GTK_LABEL (label)));
  gtk_expander_set_child (GTK_EXPANDER (expander), area);
  jx_field_set_add (self->fields, path, area);
  g_object_set_data (G_OBJECT (expander), "jx-preview", preview);
  g_object_set_data (G_OBJECT (expander), "jx-area", area);
  g_ptr_array_add (self->notes, expander);
  return expander;
}

static void
on_combo_selected (AdwComboRow  *combo,
                   GParamSpec   *pspec,
                   JxBudgetPage *self)
{
  g_autoptr(GError) error = NULL;
  JxDocument *doc = _jx_budget_page_document (self);
  const char *path = g_object_get_data (G_OBJECT (combo), PATH_KEY);

  if (doc == NULL || g_object_get_data (G_OBJECT (combo), UPDATING_KEY) != NULL)
    return;
  jx_document_break_merge (doc);
  if (!jx_document_set_int (doc, path, (int) adw_combo_row_get_selected (combo), &error))
    g_warning ("Cannot set %s: %s", path, error->message);
  jx_document_break_merge (doc);
}

static GtkWidget *
combo (JxBudgetPage       *self,
       const char         *path,
       const char         *title,
       const char * const *choices)
{
  GtkWidget *list = gtk_list_box_new ();
  GtkWidget *row = adw_combo_row_new ();
  g_autoptr(GtkStringList) model = gtk_string_list_new (NULL);
  guint i;

  for (i = 0; choices[i] != NULL; i++)
    gtk_string_list_append (model, gettext (choices[i]));
  adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (model));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (row), TRUE);
  g_object_set_data_full (G_OBJECT (row), PATH_KEY, g_strdup (path), g_free);
  g_signal_connect (row, "notify::selected", G_CALLBACK (on_combo_selected), self);
  g_ptr_array_add (self->combos, row);
  jx_field_set_add (self->fields, path, row);

  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  {
    g_autofree char *plain = jx_ui_strip_mnemonic (title);

    jx_widget_set_accessible_label (list, plain);
  }
  gtk_list_box_append (GTK_LIST_BOX (list), row);
  return list;
}

void
_jx_budget_page_refresh_combos (JxBudgetPage *self,
                                const char   *changed)
{
  JxDocument *doc = _jx_budget_page_document (self);
  guint i;

  for (i = 0; i < self->combos->len; i++)
    {
      AdwComboRow *row = g_ptr_array_index (self->combos, i);
      const char *path = g_object_get_data (G_OBJECT (row), PATH_KEY);
      JxPathTarget t;

      if (!jx_ui_path_affects (changed, path))
        continue;
      gtk_widget_set_sensitive (GTK_WIDGET (row), doc != NULL);
      if (doc == NULL || !jx_path_resolve (jx_document_peek_data (doc), path, &t, NULL))
        continue;
      g_object_set_data (G_OBJECT (row), UPDATING_KEY, GINT_TO_POINTER (1));
      adw_combo_row_set_selected (row, (guint) *JX_FIELD_AT (t.record, t.field, int));
      g_object_set_data (G_OBJECT (row), UPDATING_KEY, NULL);
    }
}

void
_jx_budget_page_add_charts (JxBudgetPage    *self,
                            JxBudgetSection  section)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);

  gtk_widget_set_name (box, "charts_box");
  gtk_widget_add_css_class (box, "jx-charts");
  gtk_widget_set_visible (box, FALSE);
  gtk_box_append (self->content, box);
  self->charts[section] = GTK_BOX (box);
}

/* A grid of money fields: one row per record, one column per member. `rows` are
 * { label, path prefix }, `columns` { heading, member }; a member missing from a record
 * (NULL in `skip`) shows a dash. */
typedef struct {
  const char *label;
  const char *prefix;
  const char *skip;     /* the members this row does not have, separated by spaces */
} FormRow;

typedef struct {
  const char *heading;
  const char *member;
} FormColumn;

static gboolean
skips (const char *skip,
       const char *member)
{
  g_auto(GStrv) names = skip != NULL ? g_strsplit (skip, " ", -1) : NULL;

  return names != NULL && g_strv_contains ((const char * const *) names, member);
}

static GtkWidget *
money_form (JxBudgetPage     *self,
            const FormRow    *rows,
            guint             n_rows,
            const FormColumn *columns,
            guint             n_columns)
{
  GtkWidget *grid = _jx_budget_page_grid ();
  guint r, c;

  for (c = 0; c < n_columns; c++)
    if (columns[c].heading != NULL)
      gtk_grid_attach (GTK_GRID (grid), _jx_budget_page_heading (gettext (columns[c].heading)), c + 1, 0, 1, 1);

  for (r = 0; r < n_rows; r++)
    {
      GtkWidget *first = NULL;
      const char *label = gettext (rows[r].label);

      for (c = 0; c < n_columns; c++)
        {
          g_autofree char *path = NULL;
          g_autofree char *accessible = NULL;
          g_autofree char *plain = NULL;
          GtkWidget *entry;

          if (skips (rows[r].skip, columns[c].member))
            {
              GtkWidget *dash = jx_dim_label_new ("—");
              gtk_label_set_xalign (GTK_LABEL (dash), 1.0);
              gtk_widget_set_margin_end (dash, 12);
              gtk_grid_attach (GTK_GRID (grid), dash, c + 1, r + 1, 1, 1);
              continue;
            }
          path = g_strdup_printf ("%s.%s", rows[r].prefix, columns[c].member);
          plain = jx_ui_strip_mnemonic (label);
          accessible = columns[c].heading != NULL
                       ? g_strdup_printf ("%s: %s", plain, gettext (columns[c].heading))
                       : g_strdup (plain);
          entry = _jx_budget_page_money_entry (self, path, accessible);
          gtk_grid_attach (GTK_GRID (grid), entry, c + 1, r + 1, 1, 1);
          if (first == NULL)
            first = entry;
        }
      gtk_grid_attach (GTK_GRID (grid), _jx_budget_page_row_label (label, first), 0, r + 1, 1, 1);
    }
  return grid;
}

/* ---- the sections ---- */

static void
build_nature (JxBudgetPage *self)
{
  static const FormRow rows[] = {
    { N_("_Personnel expenses"), "budget.by_nature", NULL },
    { N_("P_ublic funds"), "budget.by_nature", NULL },
    { N_("_Basic expenditure, stated"), "budget.by_nature", NULL },
    { N_("Pro_ject expenditure"), "budget.by_nature", NULL },
    { N_("Total e_xpenditure, stated"), "budget.by_nature", NULL },
  };
  static const char * const members[] = { "personnel", "public", "basic", "project", "total" };
  static const JxMetricId growth[] = { JX_METRIC_EXPENDITURE_GROWTH_RATE };
  GtkWidget *group = _jx_budget_page_group (self, _("Expenditure by Nature"),
                                            _("Basic expenditure (personnel expenses and public funds) and project expenditure, in 万元."));
  GtkWidget *grid = _jx_budget_page_grid ();
  guint r;

  gtk_grid_attach (GTK_GRID (grid), _jx_budget_page_heading (_("Amount")), 1, 0, 1, 1);
  gtk_grid_attach (GTK_GRID (grid), _jx_budget_page_heading (_("Computed")), 2, 0, 1, 1);
  gtk_grid_attach (GTK_GRID (grid), _jx_budget_page_heading (_("Last year")), 3, 0, 1, 1);
  for (r = 0; r < G_N_ELEMENTS (rows); r++)
    {
      g_autofree char *path = g_strdup_printf ("%s.%s", rows[r].prefix, members[r]);
      g_autofree char *accessible = jx_ui_strip_mnemonic (gettext (rows[r].label));
      GtkWidget *entry = _jx_budget_page_money_entry (self, path, accessible);

      gtk_grid_attach (GTK_GRID (grid), _jx_budget_page_row_label (gettext (rows[r].label), entry), 0, r + 1, 1, 1);
      gtk_grid_attach (GTK_GRID (grid), entry, 1, r + 1, 1, 1);
    }
  self->basic_sum = _jx_budget_page_sum_label ();
  self->total_sum = _jx_budget_page_sum_label ();
  gtk_grid_attach (GTK_GRID (grid), GTK_WIDGET (self->basic_sum), 2, 3, 1, 1);
  gtk_grid_attach (GTK_GRID (grid), GTK_WIDGET (self->total_sum), 2, 5, 1, 1);
  /* Last year: 基本支出 and 总支出 here, 项目支出 with the projects under Budget Execution. */
  gtk_grid_attach (GTK_GRID (grid),
                   _jx_budget_page_money_entry (self, "budget.by_nature.previous_basic", _("Last year’s basic expenditure")),
                   3, 3, 1, 1);
  {
    GtkWidget *see = jx_dim_label_new (_("under Projects"));

    gtk_label_set_xalign (GTK_LABEL (see), 1.0);
    gtk_widget_set_margin_end (see, 12);
    gtk_widget_set_tooltip_text (see, _("Last year’s project expenditure is the projects’ “Last year’s actual” under Budget Execution"));
    gtk_grid_attach (GTK_GRID (grid), see, 3, 4, 1, 1);
  }
  gtk_grid_attach (GTK_GRID (grid),
                   _jx_budget_page_money_entry (self, "budget.by_nature.previous_total", _("Last year’s total expenditure")),
                   3, 5, 1, 1);
  gtk_box_append (_jx_budget_page_group_body (group), grid);
  gtk_box_append (_jx_budget_page_group_body (group), metrics_list (self, growth, G_N_ELEMENTS (growth)));
  gtk_box_append (_jx_budget_page_group_body (group), note (self, "budget.by_nature.note", _("Notes")));
}

static void
build_execution (JxBudgetPage *self)
{
  static const FormRow rows[] = {
    { N_("_Whole budget"), "budget.execution", "previous_year" },
    { N_("Pr_ojects"), "budget.projects", NULL },
    { N_("Public _funds"), "budget.public_funds", NULL },
  };
  static const FormRow carry_rows[] = {
    { N_("Whole budget, carry-over"), "budget.execution", NULL },
    { N_("Projects, carry-over"), "budget.projects", NULL },
  };
  static const FormColumn carry_columns[] = {
    { N_("Carry-in (年初结转结余)"), "opening_balance" },
    { N_("Closing balance (年末结转结余)"), "closing_balance" },
  };
  static const char * const bases[] = {
    N_("On the adjusted budget"), N_("On the adjusted budget plus the carry-in"), NULL
  };
  static const FormColumn columns[] = {
    { N_("Initial budget"), "initial" },
    { N_("Added"), "additional" },
    { N_("Adjusted budget"), "adjusted" },
    { N_("Actual spending"), "actual" },
    { N_("Last year’s actual"), "previous_year" },
  };
  static const JxMetricId metrics[] = {
    JX_METRIC_BUDGET_EXECUTION_RATE, JX_METRIC_BUDGET_ADJUSTMENT_RATE,
    JX_METRIC_PROJECT_EXECUTION_RATE, JX_METRIC_PUBLIC_FUNDS_CONTROL_RATE, JX_METRIC_CARRY_OVER_RATE,
  };
  GtkWidget *group = _jx_budget_page_group (self, _("Budget Execution"),
                                            _("In 万元. The initial budget plus the additions is the adjusted budget; "
                                              "revenue plus the carry-in is the expenditure plus the closing balance."));
  GtkBox *body = _jx_budget_page_group_body (group);

  gtk_box_append (body, money_form (self, rows, G_N_ELEMENTS (rows), columns, G_N_ELEMENTS (columns)));
  gtk_box_append (body, money_form (self, carry_rows, G_N_ELEMENTS (carry_rows), carry_columns, G_N_ELEMENTS (carry_columns)));
  gtk_box_append (body, combo (self, "scoring.execution_base", _("_Execution rate computed"), bases));
  gtk_box_append (body, metrics_list (self, metrics, G_N_ELEMENTS (metrics)));
  gtk_box_append (body, note (self, "budget.execution.note", _("Notes on the whole budget")));
  gtk_box_append (body, note (self, "budget.projects.note", _("Notes on the projects")));
  gtk_box_append (body, note (self, "budget.public_funds.note", _("Notes on the public funds")));
}

static void
build_three_public (JxBudgetPage *self)
{
  static const char * const bases[] = { N_("On the budgets"), N_("On the actual spending"), NULL };
  static const JxMetricId metrics[] = { JX_METRIC_THREE_PUBLIC_CHANGE_RATE, JX_METRIC_THREE_PUBLIC_CONTROL_RATE };
  GtkWidget *group = _jx_budget_page_group (self, _("“Three Public” Expenses"),
                                            _("Trips abroad, official cars and official receptions, this year and last year, in 万元."));
  GtkBox *body = _jx_budget_page_group_body (group);

  _jx_budget_page_add_table (self, group, "budget.three_public", TRUE);
  gtk_box_append (body, combo (self, "scoring.three_public_change_base", _("_Change rate computed"), bases));
  gtk_box_append (body, metrics_list (self, metrics, G_N_ELEMENTS (metrics)));
  gtk_box_append (body, note (self, "budget.three_public.note", _("Notes")));
}

static void
build_other (JxBudgetPage *self)
{
  static const FormRow procurement[] = {
    { N_("_Government procurement"), "budget.procurement", NULL },
  };
  static const FormColumn procurement_columns[] = {
    { N_("Procurement budget"), "budget" },
    { N_("Actual procurement"), "actual" },
    { N_("Last year’s actual"), "previous_actual" },
  };
  static const FormRow assets[] = {
    { N_("_Registered assets"), "budget.assets.registered", NULL },
    { N_("Assets _in use"), "budget.assets.in_use", NULL },
    { N_("I_dle assets"), "budget.assets.idle", NULL },
  };
  static const FormRow key[] = {
    { N_("_Key expenditure (empty when there is none)"), "budget.key_expenditure.amount", NULL },
  };
  static const char * const asset_bases[] = { N_("In use ÷ registered"), N_("In use ÷ (in use + idle)"), NULL };
  static const JxMetricId procurement_metric[] = { JX_METRIC_PROCUREMENT_EXECUTION_RATE };
  static const JxMetricId asset_metric[] = { JX_METRIC_ASSET_UTILIZATION_RATE };
  static const JxMetricId key_metric[] = { JX_METRIC_KEY_EXPENDITURE_RATE };
  GtkWidget *group;
  GtkBox *body;
  guint i;

  group = _jx_budget_page_group (self, _("Government Procurement"), _("In 万元."));
  body = _jx_budget_page_group_body (group);
  gtk_box_append (body, money_form (self, procurement, 1, procurement_columns, G_N_ELEMENTS (procurement_columns)));
  gtk_box_append (body, metrics_list (self, procurement_metric, 1));
  gtk_box_append (body, note (self, "budget.procurement.note", _("Notes")));

  group = _jx_budget_page_group (self, _("Assets"), _("In 万元."));
  body = _jx_budget_page_group_body (group);
  {
    GtkWidget *grid = _jx_budget_page_grid ();

    for (i = 0; i < G_N_ELEMENTS (assets); i++)
      {
        g_autofree char *accessible = jx_ui_strip_mnemonic (gettext (assets[i].label));
        GtkWidget *entry = _jx_budget_page_money_entry (self, assets[i].prefix, accessible);

        gtk_grid_attach (GTK_GRID (grid), _jx_budget_page_row_label (gettext (assets[i].label), entry), 0, i, 1, 1);
        gtk_grid_attach (GTK_GRID (grid), entry, 1, i, 1, 1);
      }
    gtk_box_append (body, grid);
  }
  gtk_box_append (body, combo (self, "budget.assets.utilization_base", _("Utilization computed _as"), asset_bases));
  gtk_box_append (body, metrics_list (self, asset_metric, 1));
  gtk_box_append (body, note (self, "budget.assets.note", _("Notes")));

  group = _jx_budget_page_group (self, _("Key Expenditure"), _("In 万元."));
  body = _jx_budget_page_group_body (group);
  {
    GtkWidget *grid = _jx_budget_page_grid ();
    g_autofree char *accessible = jx_ui_strip_mnemonic (gettext (key[0].label));
    GtkWidget *entry = _jx_budget_page_money_entry (self, key[0].prefix, accessible);

    gtk_grid_attach (GTK_GRID (grid), _jx_budget_page_row_label (gettext (key[0].label), entry), 0, 0, 1, 1);
    gtk_grid_attach (GTK_GRID (grid), entry, 1, 0, 1, 1);
    gtk_box_append (body, grid);
  }
  gtk_box_append (body, metrics_list (self, key_metric, 1));
  gtk_box_append (body, note (self, "budget.key_expenditure.note", _("Notes")));
}

void
_jx_budget_page_build_forms (JxBudgetPage *self)
{
  static const FormRow previous_revenue[] = { { N_("_Last year’s total revenue"), "budget.revenue", NULL } };
  static const FormColumn previous_revenue_columns[] = { { NULL, "previous_total" } };
  static const JxMetricId revenue_growth[] = { JX_METRIC_REVENUE_GROWTH_RATE };
  GtkWidget *group;

  group = _jx_budget_page_group (self, _("Revenue"), _("Revenue by source, in 万元."));
  _jx_budget_page_add_table (self, group, "budget.revenue", FALSE);
  gtk_box_append (_jx_budget_page_group_body (group), money_form (self, previous_revenue, 1, previous_revenue_columns, 1));
  gtk_box_append (_jx_budget_page_group_body (group), metrics_list (self, revenue_growth, 1));
  gtk_box_append (_jx_budget_page_group_body (group), note (self, "budget.revenue.note", _("Notes")));
  _jx_budget_page_add_charts (self, JX_BUDGET_SECTION_REVENUE);

  group = _jx_budget_page_group (self, _("Expenditure by Functional Class"), _("In 万元."));
  _jx_budget_page_add_table (self, group, "budget.by_function", FALSE);
  gtk_box_append (_jx_budget_page_group_body (group), note (self, "budget.by_function.note", _("Notes")));
  build_nature (self);
  group = _jx_budget_page_group (self, _("Basic Expenditure by Economic Class"), _("In 万元."));
  _jx_budget_page_add_table (self, group, "budget.by_economic", FALSE);
  gtk_box_append (_jx_budget_page_group_body (group), note (self, "budget.by_economic.note", _("Notes")));
  _jx_budget_page_add_charts (self, JX_BUDGET_SECTION_SPENDING);

  build_execution (self);
  _jx_budget_page_add_charts (self, JX_BUDGET_SECTION_EXECUTION);

  build_three_public (self);
  _jx_budget_page_add_charts (self, JX_BUDGET_SECTION_THREE_PUBLIC);

  build_other (self);
  _jx_budget_page_add_charts (self, JX_BUDGET_SECTION_OTHER);
}

void
_jx_budget_page_update_forms (JxBudgetPage *self)
{
  JxDocument *doc = _jx_budget_page_document (self);
  const JxNature *n;
  guint i;

  for (i = 0; i < self->notes->len; i++)
    {
      GtkExpander *expander = g_ptr_array_index (self->notes, i);
      GtkLabel *preview = g_object_get_data (G_OBJECT (expander), "jx-preview");
      JxTextArea *area = g_object_get_data (G_OBJECT (expander), "jx-area");
      g_autoptr(JsonNode) node = doc != NULL ? jx_document_get_node (doc, jx_text_area_get_path (area)) : NULL;
      const char *text = node != NULL && JSON_NODE_HOLDS_VALUE (node) ? json_node_get_string (node) : NULL;
      g_autofree char *line = g_strdup (text != NULL ? text : "");

      g_strdelimit (line, "\n", ' ');
      gtk_label_set_text (preview, line);
    }

  if (doc == NULL)
    {
      _jx_budget_page_show_sum (self->basic_sum, JX_MONEY_NONE, JX_MONEY_NONE);
      _jx_budget_page_show_sum (self->total_sum, JX_MONEY_NONE, JX_MONEY_NONE);
      return;
    }
  n = &jx_document_get_data (doc)->budget.by_nature;
  _jx_budget_page_show_sum (self->basic_sum,
                            JX_MONEY_IS_SET (n->personnel) && JX_MONEY_IS_SET (n->public_)
                            ? n->personnel + n->public_ : JX_MONEY_NONE,
                            n->basic);
  _jx_budget_page_show_sum (self->total_sum,
                            JX_MONEY_IS_SET (n->basic) && JX_MONEY_IS_SET (n->project)
                            ? n->basic + n->project : JX_MONEY_NONE,
                            n->total);
}
