/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "jx-a11y"

#include "config.h"

#include <adwaita.h>

#include "jx-a11y.h"
#include "jx-ui-util.h"

#define TIDIED_KEY "jx-a11y-tidied"

/* GTK's and libadwaita's own parts, which carry no words of their own. */
static gboolean
is_toolkit (GtkWidget *widget)
{
  const char *type = G_OBJECT_TYPE_NAME (widget);

  return g_str_has_prefix (type, "Gtk") || g_str_has_prefix (type, "Adw");
}

static void
name_stack_pages (GtkStack *stack)
{
  g_autoptr(GListModel) pages = G_LIST_MODEL (gtk_stack_get_pages (stack));
  guint i, n = g_list_model_get_n_items (pages);

  for (i = 0; i < n; i++)
    {
      GtkStackPage *page = g_list_model_get_item (pages, i);
      const char *title = gtk_stack_page_get_title (page);

      if (g_object_get_data (G_OBJECT (page), TIDIED_KEY) == NULL)
        {
          g_object_set_data (G_OBJECT (page), TIDIED_KEY, GINT_TO_POINTER (1));
          gtk_accessible_update_property (GTK_ACCESSIBLE (page), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                          title != NULL ? title : "", -1);
        }
      g_object_unref (page);
    }
}

static void
tidy (GtkWidget *widget)
{
  GtkAccessibleRole role;

  if (GTK_IS_STACK (widget))
    name_stack_pages (GTK_STACK (widget));
  if (g_object_get_data (G_OBJECT (widget), TIDIED_KEY) != NULL || !is_toolkit (widget)
      || g_object_get_data (G_OBJECT (widget), JX_A11Y_NAMED_KEY) != NULL)
    return;
  g_object_set_data (G_OBJECT (widget), TIDIED_KEY, GINT_TO_POINTER (1));

  role = gtk_accessible_get_accessible_role (GTK_ACCESSIBLE (widget));
  /* A button or a row with an access key is named by its words without the key: the
   * Chinese “规则(R)” would be read with its “(R)”. */
  if (GTK_IS_BUTTON (widget) && gtk_button_get_use_underline (GTK_BUTTON (widget))
      && gtk_button_get_label (GTK_BUTTON (widget)) != NULL)
    {
      g_autofree char *plain = jx_ui_strip_mnemonic (gtk_button_get_label (GTK_BUTTON (widget)));

      jx_widget_set_accessible_label (widget, plain);
      return;
    }
  if (ADW_IS_BUTTON_CONTENT (widget) && adw_button_content_get_use_underline (ADW_BUTTON_CONTENT (widget))
      && GTK_IS_BUTTON (gtk_widget_get_parent (widget)))
    {
      g_autofree char *plain = jx_ui_strip_mnemonic (adw_button_content_get_label (ADW_BUTTON_CONTENT (widget)));

      jx_widget_set_accessible_label (gtk_widget_get_parent (widget), plain);
      return;
    }
  if (ADW_IS_PREFERENCES_ROW (widget) && adw_preferences_row_get_use_underline (ADW_PREFERENCES_ROW (widget)))
    {
      g_autofree char *plain = jx_ui_strip_mnemonic (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)));

      jx_widget_set_accessible_label (widget, plain);
      return;
    }
  /* A label says its text, and GTK names it when the text is set; an empty one says nothing. */
  if (GTK_IS_LABEL (widget))
    {
      if (gtk_label_get_text (GTK_LABEL (widget))[0] == '\0')
        gtk_accessible_update_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL, "", -1);
      return;
    }
  /* The arrow of a split button says what its tooltip says (“Recent documents”). */
  if (GTK_IS_MENU_BUTTON (widget) && ADW_IS_SPLIT_BUTTON (gtk_widget_get_parent (widget)))
    {
      const char *tooltip = gtk_widget_get_tooltip_text (widget);

      gtk_accessible_update_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      tooltip != NULL ? tooltip : "", -1);
      return;
    }
  /* The button of a drop-down: the drop-down (a combo box) has the name. */
  if (GTK_IS_TOGGLE_BUTTON (widget) && GTK_IS_DROP_DOWN (gtk_widget_get_parent (widget)))
    {
      gtk_accessible_update_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL, "", -1);
      return;
    }
  switch ((int) role)
    {
    case GTK_ACCESSIBLE_ROLE_LIST:
      /* The list views of a column view, a drop-down or a combo row: their rows say it. */
      if (GTK_IS_LIST_VIEW (widget) || g_str_equal (G_OBJECT_TYPE_NAME (widget), "GtkColumnListView"))
        gtk_accessible_update_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL, "", -1);
      break;
    case GTK_ACCESSIBLE_ROLE_ROW:
    case GTK_ACCESSIBLE_ROLE_GRID_CELL:
    case GTK_ACCESSIBLE_ROLE_COLUMN_HEADER:
    case GTK_ACCESSIBLE_ROLE_GENERIC:
    case GTK_ACCESSIBLE_ROLE_WIDGET:
    case GTK_ACCESSIBLE_ROLE_TAB_LIST:
    case GTK_ACCESSIBLE_ROLE_IMG:
    case GTK_ACCESSIBLE_ROLE_SCROLLBAR:
    case GTK_ACCESSIBLE_ROLE_NONE:
    case GTK_ACCESSIBLE_ROLE_PRESENTATION:
      gtk_accessible_update_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL, "", -1);
      break;
    default:
      break;
    }
}

static gboolean
on_map (GSignalInvocationHint *hint,
        guint                  n_values,
        const GValue          *values,
        gpointer               data)
{
  GtkWidget *widget = g_value_get_object (&values[0]);

  if (GTK_IS_WIDGET (widget))
    tidy (widget);
  return TRUE;
}

void
jx_a11y_install (void)
{
  static gboolean installed;

  if (installed)
    return;
  installed = TRUE;
  /* The signals exist once the class does. */
  g_type_class_ref (GTK_TYPE_WIDGET);
  g_signal_add_emission_hook (g_signal_lookup ("map", GTK_TYPE_WIDGET), 0, on_map, NULL, NULL);
}

void
jx_a11y_tidy (GtkWidget *root)
{
  GtkWidget *child;

  g_return_if_fail (GTK_IS_WIDGET (root));
  tidy (root);
  for (child = gtk_widget_get_first_child (root); child != NULL; child = gtk_widget_get_next_sibling (child))
    jx_a11y_tidy (child);
}
