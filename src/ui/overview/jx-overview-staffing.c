/* SPDX-License-Identifier: GPL-3.0-or-later */
/* jx-overview-staffing.c: the staffing tables of the overview page (人员情况). */
#define G_LOG_DOMAIN "jx-overview-page"

#include "config.h"

#include <glib/gi18n.h>

#include "jx-number-entry.h"
#include "jx-overview-page-private.h"
#include "jx-ui-util.h"

typedef struct {
  const char *label;        /* with a mnemonic */
  const char *authorized;   /* path below department.staffing, or NULL */
  const char *actual;
  gboolean    indent;       /* a part of the row above */
} StaffRow;

static const StaffRow staff_rows[] = {
  { N_("_Administrative posts"), "authorized.administrative", "actual.administrative" },
  { N_("_Institutional posts"), "authorized.institutional", "actual.institutional" },
  { N_("of which _managed as civil servants"), "authorized.civil_servant_managed", "actual.civil_servant_managed", TRUE },
  { N_("C_ontract staff within the quota"), NULL, "actual.contract" },
  { N_("_Total stated"), "authorized.total", "actual.total" },
};

static const StaffRow retiree_rows[] = {
  { N_("_Honorary retirees"), NULL, "retirees.honorary" },
  { N_("_Retirees"), NULL, "retirees.retired" },
  { N_("Total _stated"), NULL, "retirees.total" },
};

static GtkWidget *
heading (const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 1.0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_justify (GTK_LABEL (label), GTK_JUSTIFY_RIGHT);
  gtk_widget_add_css_class (label, "caption-heading");
  gtk_widget_add_css_class (label, "dim-label");
  return label;
}

static GtkWidget *
count_entry (JxOverviewPage *self,
             const char     *sub_path,
             const char     *column,
             const char     *row_label)
{
  g_autofree char *path = g_strdup_printf ("department.staffing.%s", sub_path);
  g_autofree char *plain = jx_ui_strip_mnemonic (row_label);
  g_autofree char *accessible = NULL;
  GtkWidget *entry = jx_number_entry_new (JX_NUMBER_KIND_COUNT, path);

  /* The row label without its access key, for screen readers: "编制数: 行政编制". */
  accessible = g_strdup_printf ("%s: %s", column, plain);
  jx_widget_set_accessible_label (entry, accessible);
  gtk_editable_set_width_chars (GTK_EDITABLE (entry), 6);
  gtk_widget_set_halign (entry, GTK_ALIGN_END);
  jx_field_set_add (self->fields, path, entry);
  return entry;
}

static GtkWidget *
row_label (const char *text,
           GtkWidget  *mnemonic_widget)
{
  GtkWidget *label = gtk_label_new_with_mnemonic (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0.0);
  gtk_widget_set_hexpand (label, TRUE);
  if (mnemonic_widget != NULL)
    jx_label_set_mnemonic_widget (GTK_LABEL (label), mnemonic_widget);
  return label;
}

static GtkLabel *
sum_label (void)
{
  GtkWidget *label = gtk_label_new ("");

  gtk_label_set_xalign (GTK_LABEL (label), 1.0);
  gtk_widget_add_css_class (label, "numeric");
  gtk_widget_add_css_class (label, "dim-label");
  gtk_widget_set_margin_end (label, 12);
  return GTK_LABEL (label);
}

static void
build_table (JxOverviewPage *self,
             GtkGrid        *grid,
             const StaffRow *rows,
             guint           n_rows,
             const char     *column1,
             const char     *column2,
             GtkLabel      **sum1,
             GtkLabel      **sum2)
{
  guint i;
  int r = 1;

  gtk_grid_set_row_spacing (grid, 6);
  gtk_grid_set_column_spacing (grid, 18);
  if (column1 != NULL)
    gtk_grid_attach (grid, heading (column1), 1, 0, 1, 1);
  gtk_grid_attach (grid, heading (column2), column1 != NULL ? 2 : 1, 0, 1, 1);

  for (i = 0; i < n_rows; i++, r++)
    {
      const char *text = gettext (rows[i].label);
      GtkWidget *first = NULL;
      int col = 1;

      if (column1 != NULL)
        {
          if (rows[i].authorized != NULL)
            {
              first = count_entry (self, rows[i].authorized, column1, text);
              gtk_grid_attach (grid, first, col, r, 1, 1);
            }
          else
            {
              GtkWidget *none = jx_dim_label_new ("—");
              gtk_label_set_xalign (GTK_LABEL (none), 1.0);
              gtk_widget_set_margin_end (none, 12);
              gtk_grid_attach (grid, none, col, r, 1, 1);
            }
          col++;
        }
      {
        GtkWidget *entry = count_entry (self, rows[i].actual, column2, text);
        gtk_grid_attach (grid, entry, col, r, 1, 1);
        if (first == NULL)
          first = entry;
      }
      {
        GtkWidget *label = row_label (text, first);
        if (rows[i].indent)
          gtk_widget_set_margin_start (label, 24);
        gtk_grid_attach (grid, label, 0, r, 1, 1);
      }
    }

  /* The computed sums, under the stated totals. */
  gtk_grid_attach (grid, row_label (_("Sum of the categories"), NULL), 0, r, 1, 1);
  if (column1 != NULL)
    {
      *sum1 = sum_label ();
      gtk_grid_attach (grid, GTK_WIDGET (*sum1), 1, r, 1, 1);
    }
  *sum2 = sum_label ();
  gtk_grid_attach (grid, GTK_WIDGET (*sum2), column1 != NULL ? 2 : 1, r, 1, 1);
}

void
_jx_overview_page_build_staffing (JxOverviewPage *self)
{
  build_table (self, self->staffing_grid, staff_rows, G_N_ELEMENTS (staff_rows),
               _("Authorised posts"), _("Actual headcount"),
               &self->sum_labels[0], &self->sum_labels[1]);
  build_table (self, self->retirees_grid, retiree_rows, G_N_ELEMENTS (retiree_rows),
               NULL, _("Retired staff"), NULL, &self->sum_labels[2]);
  gtk_widget_set_name (GTK_WIDGET (self->sum_labels[0]), "sum-authorized");
  gtk_widget_set_name (GTK_WIDGET (self->sum_labels[1]), "sum-actual");
  gtk_widget_set_name (GTK_WIDGET (self->sum_labels[2]), "sum-retirees");
}

static void
show_sum (GtkLabel   *label,
          const int  *terms,
          guint       n_terms,
          int         total)
{
  g_autofree char *text = NULL;
  gint64 sum = 0;   /* counts are ints: their sum is added wide, never wrapped */
  guint i;

  for (i = 0; i < n_terms; i++)
    {
      if (!JX_COUNT_IS_SET (terms[i]))
        {
          gtk_label_set_text (label, "—");
          gtk_widget_remove_css_class (GTK_WIDGET (label), "error");
          return;
        }
      sum += terms[i];
    }
  text = g_strdup_printf ("%" G_GINT64_FORMAT, sum);
  gtk_label_set_text (label, text);
  if (JX_COUNT_IS_SET (total) && total != sum)
    gtk_widget_add_css_class (GTK_WIDGET (label), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (label), "error");
}

void
_jx_overview_page_update_staffing (JxOverviewPage *self)
{
  const JxStaffing *s;

  if (self->evaluation == NULL)
    {
      guint i;
      for (i = 0; i < G_N_ELEMENTS (self->sum_labels); i++)
        gtk_label_set_text (self->sum_labels[i], "—");
      return;
    }
  s = &jx_document_get_data (jx_evaluation_get_document (self->evaluation))->department.staffing;
  {
    int authorized[] = { s->authorized.administrative, s->authorized.institutional };
    int actual[] = { s->actual.administrative, s->actual.institutional, s->actual.contract };
    int retirees[] = { s->retirees.honorary, s->retirees.retired };

    show_sum (self->sum_labels[0], authorized, G_N_ELEMENTS (authorized), s->authorized.total);
    show_sum (self->sum_labels[1], actual, G_N_ELEMENTS (actual), s->actual.total);
    show_sum (self->sum_labels[2], retirees, G_N_ELEMENTS (retirees), s->retirees.total);
  }
}
