/* SPDX-License-Identifier: GPL-3.0-or-later */
/* jx-import-dialog.c: the mapping step of an indicator-table import. */
#define G_LOG_DOMAIN "jx-import"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "jx-import-dialog.h"
#include "jx-import-preview.h"
#include "jx-import-tree.h"
#include "jx-sheet-table.h"

struct _JxImportDialog
{
  AdwWindow        parent_instance;

  JxDocument      *document;
  GPtrArray       *grids;        /* of JxImportGrid* */
  guint            sheet;
  JxImportMapping *mapping;
  JxImportTree    *tree;         /* NULL when the mapping makes no tree */

  GtkWidget       *import_button;
  GtkWidget       *sheets_group;
  AdwComboRow     *sheet_row;
  AdwPreferencesGroup *columns_group;
  GPtrArray       *column_rows;  /* of AdwComboRow*, per column */
  GtkLabel        *summary;
  GtkLabel        *into;
  GtkLabel        *status;
  GtkListBox      *preview;
  guint            n_preview_rows;
  gboolean         updating;
};

G_DEFINE_FINAL_TYPE (JxImportDialog, jx_import_dialog, ADW_TYPE_WINDOW)

enum { IMPORTED, N_SIGNALS };
static guint signals[N_SIGNALS];

/* ---- the tree from the mapping ---- */

static void
update_preview (JxImportDialog *self)
{
  const JxImportGrid *grid = g_ptr_array_index (self->grids, self->sheet);
  g_autoptr(GError) error = NULL;
  g_autofree char *summary = NULL;

  g_clear_pointer (&self->tree, jx_import_tree_free);
  self->tree = jx_import_tree_build (grid, self->mapping, &error);
  self->n_preview_rows = jx_import_preview_fill (self->preview, self->tree);
  gtk_widget_set_sensitive (self->import_button, self->tree != NULL);

  if (self->tree == NULL)
    {
      gtk_label_set_text (self->summary, _("Nothing to import yet"));
      gtk_label_set_text (self->status, error->message);
      gtk_widget_add_css_class (GTK_WIDGET (self->status), "error");
      gtk_widget_set_visible (GTK_WIDGET (self->status), TRUE);
      return;
    }
  {
    guint n_dims = json_array_get_length (json_node_get_array (self->tree->indicators));
    g_autofree char *leaves = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u indicator", "%u indicators",
                                                            self->tree->n_leaves), self->tree->n_leaves);
    g_autofree char *groups = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u group", "%u groups",
                                                            self->tree->n_groups), self->tree->n_groups);
    g_autofree char *dims = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u dimension", "%u dimensions",
                                                          n_dims), n_dims);

    /* Translators: "55 indicators in 12 groups of 4 dimensions" */
    summary = g_strdup_printf (_("%s in %s of %s"), leaves, groups, dims);
    gtk_label_set_text (self->summary, summary);
  }
  gtk_widget_remove_css_class (GTK_WIDGET (self->status), "error");
  if (self->tree->skipped->len > 0)
    {
      g_autofree char *joined = NULL;
      g_autofree char *text = NULL;

      g_ptr_array_add (self->tree->skipped, NULL);
      joined = g_strjoinv ("\n", (char **) self->tree->skipped->pdata);
      g_ptr_array_remove_index (self->tree->skipped, self->tree->skipped->len - 1);
      text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u row left out:\n%s", "%u rows left out:\n%s",
                                           self->tree->skipped->len), self->tree->skipped->len, joined);
      gtk_label_set_text (self->status, text);
      gtk_widget_set_visible (GTK_WIDGET (self->status), TRUE);
    }
  else
    gtk_widget_set_visible (GTK_WIDGET (self->status), FALSE);
}

/* ---- the columns ---- */

static GListModel *
role_model (void)
{
  GtkStringList *list = gtk_string_list_new (NULL);
  guint r;

  for (r = 0; r < JX_IMPORT_N_ROLES; r++)
    gtk_string_list_append (list, jx_import_role_title (r));
  return G_LIST_MODEL (list);
}

static void
sync_rows (JxImportDialog *self)
{
  guint c;

  self->updating = TRUE;
  for (c = 0; c < self->column_rows->len; c++)
    if (g_ptr_array_index (self->column_rows, c) != NULL)
      adw_combo_row_set_selected (g_ptr_array_index (self->column_rows, c), self->mapping->roles[c]);
  self->updating = FALSE;
}

static void
on_role_selected (AdwComboRow    *row,
                  GParamSpec     *pspec,
                  JxImportDialog *self)
{
  guint col = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (row), "jx-column"));
  guint role = adw_combo_row_get_selected (row);

  if (self->updating || role >= JX_IMPORT_N_ROLES || self->mapping->roles[col] == (JxImportRole) role)
    return;
  jx_import_mapping_set_role (self->mapping, col, role);
  sync_rows (self);
  update_preview (self);
}

/* The column's first values below the header, for the row's subtitle. */
static char *
column_sample (const JxImportGrid    *grid,
               const JxImportMapping *mapping,
               guint                  col)
{
  GString *out = g_string_new (NULL);
  guint r, n = 0;

  for (r = jx_import_mapping_first_row (mapping); r < jx_import_grid_get_n_rows (grid) && n < 3; r++)
    {
      g_autofree char *t = g_strstrip (g_strdup (jx_import_grid_get (grid, r, col)));

      /* (not the totals and notes the import leaves out) */
      if (t[0] == '\0' || g_str_equal (t, "合计") || g_str_equal (t, "总计") || g_str_equal (t, "小计")
          || g_str_has_prefix (t, "注："))
        continue;
      g_strdelimit (t, "\r\n\t", ' ');
      if (g_utf8_strlen (t, -1) > 16)
        {
          char *cut = g_utf8_offset_to_pointer (t, 16);

          *cut = '\0';
          g_string_append_printf (out, "%s%s…", n > 0 ? "，" : "", t);
        }
      else
        g_string_append_printf (out, "%s%s", n > 0 ? "，" : "", t);
      n++;
    }
  return g_string_free (out, FALSE);
}

static void
build_columns (JxImportDialog *self)
{
  const JxImportGrid *grid = g_ptr_array_index (self->grids, self->sheet);
  g_autoptr(GListModel) roles = role_model ();
  guint c;

  for (c = 0; c < self->column_rows->len; c++)
    if (g_ptr_array_index (self->column_rows, c) != NULL)
      adw_preferences_group_remove (self->columns_group, g_ptr_array_index (self->column_rows, c));
  g_ptr_array_set_size (self->column_rows, 0);

  g_clear_pointer (&self->mapping, jx_import_mapping_free);
  self->mapping = jx_import_mapping_guess (grid);
  if (self->mapping->n_header_rows > 0)
    {
      g_autofree char *description = NULL;

      if (self->mapping->n_header_rows > 1)
        description = g_strdup_printf (_("Guessed from the header rows %u–%u. Correct a column where the guess is wrong."),
                                       self->mapping->header_row + 1, self->mapping->header_row + self->mapping->n_header_rows);
      else
        description = g_strdup_printf (_("Guessed from the header row %u. Correct a column where the guess is wrong."),
                                       self->mapping->header_row + 1);
      adw_preferences_group_set_description (self->columns_group, description);
    }
  else
    adw_preferences_group_set_description (self->columns_group,
                                           _("No header row was recognised: say what each column holds."));

  for (c = 0; c < self->mapping->n_cols; c++)
    {
      AdwComboRow *row = ADW_COMBO_ROW (adw_combo_row_new ());
      g_autofree char *header = jx_import_mapping_header (self->mapping, grid, c);
      g_autofree char *letter = jx_sheet_cell_name (0, c);
      g_autofree char *sample = column_sample (grid, self->mapping, c);
      g_autofree char *title = NULL;
      g_autofree char *subtitle = NULL;

      letter[strcspn (letter, "0123456789")] = '\0';
      if (header[0] == '\0' && sample[0] == '\0')
        {
          g_object_ref_sink (row);
          g_object_unref (row);
          g_ptr_array_add (self->column_rows, NULL);
          continue;
        }
      /* Translators: a column of the table: its letter and its header ("C  三级指标") */
      title = header[0] != '\0' ? g_strdup_printf (_("%s  %s"), letter, header)
                                : g_strdup_printf (_("Column %s"), letter);
      subtitle = g_markup_escape_text (sample, -1);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 1);
      adw_combo_row_set_model (row, roles);
      adw_combo_row_set_selected (row, self->mapping->roles[c]);
      g_object_set_data (G_OBJECT (row), "jx-column", GUINT_TO_POINTER (c));
      g_signal_connect (row, "notify::selected", G_CALLBACK (on_role_selected), self);
      adw_preferences_group_add (self->columns_group, GTK_WIDGET (row));
      g_ptr_array_add (self->column_rows, row);
    }
  update_preview (self);
}

/* ---- the sheet ---- */

static void
on_sheet_selected (AdwComboRow    *row,
                   GParamSpec     *pspec,
                   JxImportDialog *self)
{
  guint index = adw_combo_row_get_selected (row);

  if (index >= self->grids->len || index == self->sheet)
    return;
  self->sheet = index;
  build_columns (self);
}

/* ---- import ---- */

gboolean
jx_import_dialog_import (JxImportDialog *self)
{
  g_autoptr(GError) error = NULL;
  JxImportCounts counts = { 0 };

  g_return_val_if_fail (JX_IS_IMPORT_DIALOG (self), FALSE);

  if (self->tree == NULL)
    return FALSE;
  if (!jx_import_apply (self->document, self->tree, &counts, &error))
    {
      gtk_label_set_text (self->status, error->message);
      gtk_widget_add_css_class (GTK_WIDGET (self->status), "error");
      gtk_widget_set_visible (GTK_WIDGET (self->status), TRUE);
      return FALSE;
    }
  g_signal_emit (self, signals[IMPORTED], 0, counts.added, counts.replaced);
  gtk_window_destroy (GTK_WINDOW (self));
  return TRUE;
}

static void
on_import_clicked (JxImportDialog *self)
{
  jx_import_dialog_import (self);
}

static void
on_cancel_clicked (JxImportDialog *self)
{
  gtk_window_destroy (GTK_WINDOW (self));
}

/* ---- life cycle ---- */

static void
jx_import_dialog_dispose (GObject *object)
{
  JxImportDialog *self = JX_IMPORT_DIALOG (object);

  g_clear_object (&self->document);
  g_clear_pointer (&self->grids, g_ptr_array_unref);
  g_clear_pointer (&self->column_rows, g_ptr_array_unref);
  g_clear_pointer (&self->mapping, jx_import_mapping_free);
  g_clear_pointer (&self->tree, jx_import_tree_free);
  G_OBJECT_CLASS (jx_import_dialog_parent_class)->dispose (object);
}

static void
jx_import_dialog_class_init (JxImportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = jx_import_dialog_dispose;
  signals[IMPORTED] = g_signal_new ("imported", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL,
                                    NULL, G_TYPE_NONE, 2, G_TYPE_UINT, G_TYPE_UINT);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static GtkWidget *
scrolled (GtkWidget *child)
{
  GtkWidget *sw = gtk_scrolled_window_new ();

  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (sw), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (sw), child);
  gtk_widget_set_vexpand (sw, TRUE);
  return sw;
}

static void
jx_import_dialog_init (JxImportDialog *self)
{
  GtkWidget *content = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *cancel = gtk_button_new_with_mnemonic (_("_Cancel"));
  GtkWidget *panes = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 18);
  GtkWidget *left = gtk_box_new (GTK_ORIENTATION_VERTICAL, 18);
  GtkWidget *right = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *sheets = adw_preferences_group_new ();
  GtkWidget *preview_title = gtk_label_new (_("Preview"));

  self->column_rows = g_ptr_array_new ();
  gtk_window_set_title (GTK_WINDOW (self), _("Import Indicator Table"));
  gtk_window_set_default_size (GTK_WINDOW (self), 1180, 760);
  gtk_window_set_modal (GTK_WINDOW (self), TRUE);

  self->import_button = gtk_button_new_with_mnemonic (_("_Import"));
  gtk_widget_add_css_class (self->import_button, "suggested-action");
  g_signal_connect_swapped (self->import_button, "clicked", G_CALLBACK (on_import_clicked), self);
  g_signal_connect_swapped (cancel, "clicked", G_CALLBACK (on_cancel_clicked), self);
  adw_header_bar_set_show_end_title_buttons (ADW_HEADER_BAR (header), FALSE);
  adw_header_bar_pack_start (ADW_HEADER_BAR (header), cancel);
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), self->import_button);
  gtk_box_append (GTK_BOX (content), header);

  /* left: the sheet and the columns */
  self->sheet_row = ADW_COMBO_ROW (adw_combo_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->sheet_row), _("_Sheet"));
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (self->sheet_row), TRUE);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (sheets), GTK_WIDGET (self->sheet_row));
  gtk_box_append (GTK_BOX (left), sheets);
  self->sheets_group = sheets;
  self->columns_group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  adw_preferences_group_set_title (self->columns_group, _("Columns"));
  gtk_box_append (GTK_BOX (left), GTK_WIDGET (self->columns_group));
  gtk_widget_set_margin_start (left, 18);
  gtk_widget_set_margin_end (left, 6);
  gtk_widget_set_margin_top (left, 18);
  gtk_widget_set_margin_bottom (left, 18);
  {
    GtkWidget *sw = scrolled (left);

    gtk_widget_set_size_request (sw, 420, -1);
    gtk_box_append (GTK_BOX (panes), sw);
  }

  /* right: what the import makes */
  gtk_widget_add_css_class (preview_title, "title-4");
  gtk_label_set_xalign (GTK_LABEL (preview_title), 0);
  gtk_box_append (GTK_BOX (right), preview_title);
  self->summary = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_xalign (self->summary, 0);
  gtk_box_append (GTK_BOX (right), GTK_WIDGET (self->summary));
  self->into = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_xalign (self->into, 0);
  gtk_label_set_wrap (self->into, TRUE);
  gtk_widget_add_css_class (GTK_WIDGET (self->into), "dim-label");
  gtk_widget_set_visible (GTK_WIDGET (self->into), FALSE);
  gtk_box_append (GTK_BOX (right), GTK_WIDGET (self->into));
  self->status = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_xalign (self->status, 0);
  gtk_label_set_wrap (self->status, TRUE);
  gtk_label_set_selectable (self->status, TRUE);
  gtk_widget_add_css_class (GTK_WIDGET (self->status), "caption");
  gtk_box_append (GTK_BOX (right), GTK_WIDGET (self->status));
  self->preview = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_list_box_set_selection_mode (self->preview, GTK_SELECTION_NONE);
  gtk_widget_add_css_class (GTK_WIDGET (self->preview), "boxed-list");
  gtk_widget_set_valign (GTK_WIDGET (self->preview), GTK_ALIGN_START);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->preview), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Indicators the import makes"), -1);
  {
    GtkWidget *sw = scrolled (GTK_WIDGET (self->preview));

    gtk_widget_set_margin_top (GTK_WIDGET (self->preview), 6);
    gtk_widget_set_margin_bottom (GTK_WIDGET (self->preview), 6);
    gtk_widget_set_hexpand (sw, TRUE);
    gtk_box_append (GTK_BOX (right), sw);
  }
  gtk_widget_set_margin_top (right, 18);
  gtk_widget_set_margin_end (right, 18);
  gtk_widget_set_margin_bottom (right, 12);
  gtk_widget_set_hexpand (right, TRUE);
  gtk_box_append (GTK_BOX (panes), right);
  gtk_widget_set_vexpand (panes, TRUE);
  gtk_box_append (GTK_BOX (content), panes);
  adw_window_set_content (ADW_WINDOW (self), content);
}

JxImportDialog *
jx_import_dialog_new (GtkWindow  *parent,
                      JxDocument *document,
                      GPtrArray  *grids,
                      const char *file_name)
{
  JxImportDialog *self;
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  GtkWidget *title;
  int pick;
  guint i;

  g_return_val_if_fail (JX_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (grids != NULL && grids->len > 0, NULL);

  self = g_object_new (JX_TYPE_IMPORT_DIALOG, NULL);
  if (parent != NULL)
    gtk_window_set_transient_for (GTK_WINDOW (self), parent);
  self->document = g_object_ref (document);
  self->grids = g_ptr_array_ref (grids);
  if (jx_document_get_data (document)->indicators->len > 0)
    {
      gtk_label_set_text (self->into, _("The document has indicators already: one of the same name in the same group "
                                        "is replaced by the table's (its analysis is kept), the others are added."));
      gtk_widget_set_visible (GTK_WIDGET (self->into), TRUE);
    }
  title = adw_window_title_new (_("Import Indicator Table"), file_name != NULL ? file_name : "");
  adw_header_bar_set_title_widget (ADW_HEADER_BAR (gtk_widget_get_first_child (adw_window_get_content (ADW_WINDOW (self)))),
                                   title);

  for (i = 0; i < grids->len; i++)
    gtk_string_list_append (names, jx_import_grid_get_name (g_ptr_array_index (grids, i)));
  pick = jx_import_pick_sheet (grids);
  self->sheet = pick >= 0 ? (guint) pick : 0;
  adw_combo_row_set_model (self->sheet_row, G_LIST_MODEL (names));
  adw_combo_row_set_selected (self->sheet_row, self->sheet);
  g_signal_connect (self->sheet_row, "notify::selected", G_CALLBACK (on_sheet_selected), self);
  gtk_widget_set_visible (self->sheets_group, grids->len > 1);
  build_columns (self);
  return self;
}

/* ---- for tests ---- */

void
jx_import_dialog_set_sheet (JxImportDialog *self,
                            guint           index)
{
  g_return_if_fail (JX_IS_IMPORT_DIALOG (self) && index < self->grids->len);
  adw_combo_row_set_selected (self->sheet_row, index);
}

void
jx_import_dialog_set_role (JxImportDialog *self,
                           guint           col,
                           JxImportRole    role)
{
  g_return_if_fail (JX_IS_IMPORT_DIALOG (self) && col < self->column_rows->len);
  g_return_if_fail (g_ptr_array_index (self->column_rows, col) != NULL);
  adw_combo_row_set_selected (g_ptr_array_index (self->column_rows, col), role);
}

JxImportRole
jx_import_dialog_get_role (JxImportDialog *self,
                           guint           col)
{
  g_return_val_if_fail (JX_IS_IMPORT_DIALOG (self) && col < self->mapping->n_cols, JX_IMPORT_ROLE_NONE);
  if (g_ptr_array_index (self->column_rows, col) != NULL)
    g_assert (adw_combo_row_get_selected (g_ptr_array_index (self->column_rows, col)) == self->mapping->roles[col]);
  return self->mapping->roles[col];
}

const char *
jx_import_dialog_get_summary (JxImportDialog *self)
{
  g_return_val_if_fail (JX_IS_IMPORT_DIALOG (self), NULL);
  return gtk_label_get_text (self->summary);
}

guint
jx_import_dialog_get_n_preview_rows (JxImportDialog *self)
{
  g_return_val_if_fail (JX_IS_IMPORT_DIALOG (self), 0);
  return self->n_preview_rows;
}
