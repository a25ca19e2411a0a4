/* SPDX-License-Identifier: GPL-3.0-or-later */
/* jx-import-preview.c: the indicator tree an import would make, as rows of a list. */
#define G_LOG_DOMAIN "jx-import"

#include "config.h"

#include <glib/gi18n.h>

#include "jx-import-preview.h"
#include "jx-record.h"
#include "jx-sheet-rule.h"

static void
append_number (GString *out,
               double   value)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];

  g_string_append (out, g_ascii_formatd (buf, sizeof buf, "%.10g", value));
}

static int
direction_of (const char *name)
{
  int d;

  for (d = 0; jx_direction_names[d] != NULL; d++)
    if (g_strcmp0 (jx_direction_names[d], name) == 0)
      return d;
  return -1;
}

char *
jx_import_preview_target (JsonObject *leaf)
{
  JsonArray *parts = json_object_get_array_member (leaf, "parts");
  GString *out = g_string_new (NULL);
  guint i;

  if (json_array_get_length (parts) == 0)
    {
      const char *text = json_object_get_string_member (leaf, "target_text");

      if (text[0] == '\0')
        return g_string_free (out, FALSE);
      /* Translators: a target that is a text, not a number ("满意") */
      g_string_printf (out, _("%s (qualitative)"), text);
      return g_string_free (out, FALSE);
    }
  for (i = 0; i < json_array_get_length (parts); i++)
    {
      JsonObject *p = json_array_get_object_element (parts, i);
      const char *label = json_object_get_string_member (p, "label");
      const char *unit = json_object_get_string_member (p, "unit");

      if (i > 0)
        g_string_append (out, "；");
      if (label[0] != '\0')
        g_string_append_printf (out, "%s ", label);
      g_string_append_printf (out, "%s ", jx_sheet_direction_symbol (direction_of (json_object_get_string_member (p, "direction"))));
      append_number (out, json_object_get_double_member (p, "target"));
      if (unit[0] != '\0')
        g_string_append_printf (out, " %s", unit);
    }
  return g_string_free (out, FALSE);
}

char *
jx_import_preview_actual (JsonObject *leaf)
{
  JsonArray *parts = json_object_get_array_member (leaf, "parts");
  GString *out = g_string_new (NULL);
  guint i;

  if (json_array_get_length (parts) == 0)
    {
      g_string_append (out, json_object_get_string_member (leaf, "actual_text"));
      return g_string_free (out, FALSE);
    }
  for (i = 0; i < json_array_get_length (parts); i++)
    {
      JsonObject *p = json_array_get_object_element (parts, i);

      if (i > 0)
        g_string_append (out, "；");
      if (json_object_get_null_member (p, "actual"))
        g_string_append (out, "—");
      else
        append_number (out, json_object_get_double_member (p, "actual"));
    }
  return g_string_free (out, FALSE);
}

static char *
number_text (JsonObject *o,
             const char *member)
{
  JsonNode *n = json_object_get_member (o, member);
  GString *out = g_string_new (NULL);

  if (n != NULL && !JSON_NODE_HOLDS_NULL (n))
    append_number (out, json_node_get_double (n));
  return g_string_free (out, FALSE);
}

static GtkWidget *
cell_label (const char *text,
            int         chars,
            gboolean    numeric)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), numeric ? 1.0f : 0.0f);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  if (chars > 0)
    {
      gtk_label_set_width_chars (GTK_LABEL (label), chars);
      gtk_label_set_max_width_chars (GTK_LABEL (label), chars);
    }
  else
    gtk_widget_set_hexpand (label, TRUE);
  if (numeric)
    gtk_widget_add_css_class (label, "numeric");
  return label;
}

static void
add_row (GtkListBox  *list,
         int          level,
         const char  *name,
         const char  *target,
         const char  *actual,
         const char  *weight,
         const char  *score,
         const char  *css)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *first = cell_label (name, 0, FALSE);
  g_autofree char *accessible = NULL;

  gtk_widget_set_margin_start (box, 12 + 18 * MAX (level - 1, 0));
  gtk_widget_set_margin_end (box, 12);
  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_box_append (GTK_BOX (box), first);
  gtk_box_append (GTK_BOX (box), cell_label (target, 18, FALSE));
  gtk_box_append (GTK_BOX (box), cell_label (actual, 10, FALSE));
  gtk_box_append (GTK_BOX (box), cell_label (weight, 5, TRUE));
  gtk_box_append (GTK_BOX (box), cell_label (score, 5, TRUE));
  if (css != NULL)
    gtk_widget_add_css_class (box, css);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_list_box_row_set_selectable (GTK_LIST_BOX_ROW (row), FALSE);
  accessible = g_strjoin (" ", name, target, actual, weight, score, NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible, -1);
  gtk_list_box_append (list, row);
}

guint
jx_import_preview_fill (GtkListBox         *list,
                        const JxImportTree *tree)
{
  GtkWidget *child;
  JsonArray *dims;
  guint shown = 0, rows = 0, d, g, l;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (list))) != NULL)
    gtk_list_box_remove (list, child);
  if (tree == NULL)
    return 0;

  add_row (list, 1, _("Indicator"), _("Target as read"), _("Actual"), _("Weight"), _("Score"), "dim-label");
  rows++;
  dims = json_node_get_array (tree->indicators);
  for (d = 0; d < json_array_get_length (dims) && shown < JX_IMPORT_PREVIEW_MAX; d++)
    {
      JsonObject *dim = json_array_get_object_element (dims, d);
      JsonArray *groups = json_object_get_array_member (dim, "children");
      g_autofree char *dw = number_text (dim, "weight");

      add_row (list, 1, json_object_get_string_member (dim, "name"), "", "", dw, "", "heading");
      rows++;
      for (g = 0; g < json_array_get_length (groups) && shown < JX_IMPORT_PREVIEW_MAX; g++)
        {
          JsonObject *group = json_array_get_object_element (groups, g);
          JsonArray *leaves = json_object_get_array_member (group, "children");
          g_autofree char *gw = number_text (group, "weight");

          add_row (list, 2, json_object_get_string_member (group, "name"), "", "", gw, "", "heading");
          rows++;
          for (l = 0; l < json_array_get_length (leaves) && shown < JX_IMPORT_PREVIEW_MAX; l++)
            {
              JsonObject *leaf = json_array_get_object_element (leaves, l);
              g_autofree char *target = jx_import_preview_target (leaf);
              g_autofree char *actual = jx_import_preview_actual (leaf);
              g_autofree char *weight = number_text (leaf, "weight");
              g_autofree char *score = number_text (leaf, "score");
              const char *number = json_object_get_string_member (leaf, "number");
              g_autofree char *name = number[0] != '\0'
                                      ? g_strdup_printf ("%s　%s", number, json_object_get_string_member (leaf, "name"))
                                      : g_strdup (json_object_get_string_member (leaf, "name"));

              add_row (list, 3, name, target, actual, weight, score, NULL);
              rows++;
              shown++;
            }
        }
    }
  if (tree->n_leaves > shown)
    {
      g_autofree char *more = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "… and %u more indicator",
                                                            "… and %u more indicators", tree->n_leaves - shown),
                                               tree->n_leaves - shown);

      add_row (list, 1, more, "", "", "", "", "dim-label");
      rows++;
    }
  return rows;
}
