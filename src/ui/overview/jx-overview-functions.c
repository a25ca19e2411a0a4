/* SPDX-License-Identifier: GPL-3.0-or-later */
/* jx-overview-functions.c: the list of functions (部门职能) of the overview page: edited in
 * place, added, removed and reordered with buttons or the keyboard. */
#define G_LOG_DOMAIN "jx-overview-page"

#include "config.h"

#include <glib/gi18n.h>

#include "jx-overview-page-private.h"
#include "jx-text-area.h"
#include "jx-ui-util.h"

#define LIST_PATH "department.functions"

static JxDocument *
document (JxOverviewPage *self)
{
  return self->evaluation != NULL ? jx_evaluation_get_document (self->evaluation) : NULL;
}

static guint
n_functions (JxOverviewPage *self)
{
  JxDocument *doc = document (self);

  return doc != NULL ? jx_document_get_data (doc)->department.functions->len : 0;
}

static void
move_function (JxOverviewPage *self,
               int             from,
               int             to)
{
  g_autoptr(GError) error = NULL;

  if (document (self) == NULL || to < 0 || (guint) to >= n_functions (self))
    {
      gtk_widget_error_bell (GTK_WIDGET (self));
      return;
    }
  jx_document_break_merge (document (self));
  self->focus_function = to;
  if (!jx_document_move (document (self), LIST_PATH, from, to, &error))
    g_warning ("Cannot move function %d: %s", from, error->message);
}

static void
remove_function (JxOverviewPage *self,
                 int             index)
{
  g_autoptr(GError) error = NULL;

  if (document (self) == NULL)
    return;
  jx_document_break_merge (document (self));
  self->focus_function = MIN (index, (int) n_functions (self) - 2);
  if (!jx_document_remove (document (self), LIST_PATH, index, &error))
    g_warning ("Cannot remove function %d: %s", index, error->message);
}

void
_jx_overview_page_add_function (JxOverviewPage *self,
                                int             index)
{
  g_autoptr(GError) error = NULL;

  if (document (self) == NULL)
    return;
  jx_document_break_merge (document (self));
  self->focus_function = index < 0 ? (int) n_functions (self) : index;
  if (!jx_document_insert (document (self), LIST_PATH, index, NULL, &error))
    g_warning ("Cannot add a function: %s", error->message);
}

static int
row_index (GtkWidget *widget)
{
  GtkWidget *row = gtk_widget_get_ancestor (widget, GTK_TYPE_LIST_BOX_ROW);

  return row != NULL ? gtk_list_box_row_get_index (GTK_LIST_BOX_ROW (row)) : -1;
}

static JxOverviewPage *
page_of (GtkWidget *widget)
{
  return JX_OVERVIEW_PAGE (gtk_widget_get_ancestor (widget, JX_TYPE_OVERVIEW_PAGE));
}

static void
on_up_clicked (GtkWidget *button)
{
  int i = row_index (button);
  move_function (page_of (button), i, i - 1);
}

static void
on_down_clicked (GtkWidget *button)
{
  int i = row_index (button);
  move_function (page_of (button), i, i + 1);
}

static void
on_remove_clicked (GtkWidget *button)
{
  remove_function (page_of (button), row_index (button));
}

static gboolean
on_shortcut (GtkWidget *row,
             GVariant  *args,
             gpointer   user_data)
{
  JxOverviewPage *self = page_of (row);
  const char *what = g_variant_get_string (args, NULL);
  int i = gtk_list_box_row_get_index (GTK_LIST_BOX_ROW (row));

  g_object_ref (row);
  if (g_str_equal (what, "up"))
    move_function (self, i, i - 1);
  else if (g_str_equal (what, "down"))
    move_function (self, i, i + 1);
  else if (g_str_equal (what, "remove"))
    remove_function (self, i);
  else if (g_str_equal (what, "add"))
    _jx_overview_page_add_function (self, i + 1);
  g_object_unref (row);
  return TRUE;
}

static void
add_shortcut (GtkShortcutController *controller,
              const char            *trigger,
              const char            *what)
{
  gtk_shortcut_controller_add_shortcut (controller,
                                        gtk_shortcut_new_with_arguments (gtk_shortcut_trigger_parse_string (trigger),
                                                                         gtk_callback_action_new (on_shortcut, NULL, NULL),
                                                                         "s", what));
}

static GtkWidget *
icon_button (const char *icon,
             const char *tooltip,
             GCallback   callback)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (button, tooltip);
  jx_widget_set_accessible_label (button, tooltip);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_add_css_class (button, "circular");
  /* Tab goes from a function's text to the next one's: the buttons are for the pointer, their
   * keys (Alt+↑, Alt+↓, Alt+Delete in the text) for the keyboard (issue 14). */
  gtk_widget_set_focusable (button, FALSE);
  g_signal_connect (button, "clicked", callback, NULL);
  return button;
}

static GtkWidget *
function_row (JxOverviewPage *self,
              guint           index,
              guint           count)
{
  g_autofree char *path = g_strdup_printf ("%s[%u]", LIST_PATH, index);
  /* Translators: the number of a function in the list, as the report prints it. */
  g_autofree char *number = g_strdup_printf (_("(%u)"), index + 1);
  g_autofree char *accessible = g_strdup_printf (_("Function %u"), index + 1);
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *label = jx_dim_label_new (number);
  GtkWidget *area = jx_text_area_new (path);
  GtkWidget *up, *down;
  GtkEventController *shortcuts = gtk_shortcut_controller_new ();

  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  /* The row is named as its text is: a screen reader says which function a row holds. */
  jx_widget_set_accessible_label (row, accessible);
  gtk_widget_set_focusable (row, FALSE);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 6);
  gtk_widget_set_margin_top (box, 4);
  gtk_widget_set_margin_bottom (box, 4);

  gtk_widget_set_size_request (label, 36, -1);
  gtk_label_set_xalign (GTK_LABEL (label), 0.0);
  gtk_widget_set_valign (label, GTK_ALIGN_START);
  gtk_widget_set_margin_top (label, 10);
  gtk_widget_add_css_class (label, "numeric");
  gtk_box_append (GTK_BOX (box), label);

  gtk_widget_remove_css_class (area, "card");
  gtk_widget_set_hexpand (area, TRUE);
  jx_widget_set_accessible_label (area, accessible);
  gtk_box_append (GTK_BOX (box), area);
  jx_field_set_add (self->fields, path, area);

  up = icon_button ("go-up-symbolic", _("Move up (Alt+↑)"), G_CALLBACK (on_up_clicked));
  down = icon_button ("go-down-symbolic", _("Move down (Alt+↓)"), G_CALLBACK (on_down_clicked));
  gtk_widget_set_sensitive (up, index > 0);
  gtk_widget_set_sensitive (down, index + 1 < count);
  gtk_box_append (GTK_BOX (box), up);
  gtk_box_append (GTK_BOX (box), down);
  gtk_box_append (GTK_BOX (box), icon_button ("user-trash-symbolic", _("Remove (Alt+Delete)"),
                                              G_CALLBACK (on_remove_clicked)));

  gtk_shortcut_controller_set_scope (GTK_SHORTCUT_CONTROLLER (shortcuts), GTK_SHORTCUT_SCOPE_LOCAL);
  gtk_event_controller_set_propagation_phase (shortcuts, GTK_PHASE_CAPTURE);
  add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts), "<Alt>Up", "up");
  add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts), "<Alt>Down", "down");
  add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts), "<Alt>Delete", "remove");
  add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts), "<Control>Return", "add");
  gtk_widget_add_controller (row, shortcuts);

  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  return row;
}

void
_jx_overview_page_rebuild_functions (JxOverviewPage *self)
{
  GtkWidget *child;
  GtkWidget *focus = NULL;
  guint n = n_functions (self);
  guint i;

  jx_field_set_remove_prefix (self->fields, LIST_PATH);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->functions_list))) != NULL)
    gtk_list_box_remove (self->functions_list, child);

  for (i = 0; i < n; i++)
    gtk_list_box_append (self->functions_list, function_row (self, i, n));
  if (self->focus_function >= 0 && (guint) self->focus_function < n)
    {
      g_autofree char *path = g_strdup_printf ("%s[%d]", LIST_PATH, self->focus_function);
      focus = jx_field_set_lookup (self->fields, path);
    }
  jx_field_set_add (self->fields, LIST_PATH, self->add_function_button);
  gtk_widget_set_sensitive (self->add_function_button, self->evaluation != NULL);
  self->focus_function = -1;
  if (focus != NULL)
    jx_widget_reveal (focus);
}
