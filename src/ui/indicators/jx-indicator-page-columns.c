/* SPDX-License-Identifier: GPL-3.0-or-later */
/* jx-indicator-page-columns.c: which columns of the indicator table show.
 *
 * Every column but the name can be shown or hidden from the Columns menu (the toolbar's, and
 * each header's): an action "columns.show-<id>" per column, bound to the column's "visible".
 * The choice is remembered in GSettings ("indicator-column-visible", only what differs from
 * the default, by column id). By default the table shows the columns it always had, which fit
 * 1024 px; the attributes of provincial forms (指标性质, 度量单位, 核心指标, 年初指标值, 得分系数)
 * are there to be shown. The keyboard, copies and pastes go through the columns shown, in the
 * order they show. */
#define G_LOG_DOMAIN "jx-indicator-page"

#include "config.h"

#include <glib/gi18n.h>

#include "jx-indicator-page-private.h"

guint
_jx_indicator_page_visible_columns (JxIndicatorPage *self,
                                    JxColumn         out[JX_N_COLUMNS])
{
  const JxColumn *order = jx_column_view_order ();
  guint i, n = 0;

  for (i = 0; i < JX_N_COLUMNS; i++)
    if (self->columns[order[i]] != NULL && gtk_column_view_column_get_visible (self->columns[order[i]]))
      out[n++] = order[i];
  return n;
}

int
_jx_indicator_page_visible_index (JxIndicatorPage *self,
                                  JxColumn         column)
{
  JxColumn shown[JX_N_COLUMNS];
  guint i, n = _jx_indicator_page_visible_columns (self, shown);

  for (i = 0; i < n; i++)
    if (shown[i] == column)
      return (int) i;
  return -1;
}

gboolean
_jx_indicator_page_column_visible (JxIndicatorPage *self,
                                   JxColumn         column)
{
  return self->columns[column] != NULL && gtk_column_view_column_get_visible (self->columns[column]);
}

static void
save_visible (JxIndicatorPage *self)
{
  GVariantBuilder builder;
  guint i;

  if (self->settings == NULL || self->restoring_widths)
    return;
  g_variant_builder_init (&builder, G_VARIANT_TYPE ("a{sb}"));
  for (i = 0; i < JX_N_COLUMNS; i++)
    {
      gboolean visible = gtk_column_view_column_get_visible (self->columns[i]);

      /* Only what the clerk changed: a later version may choose other defaults. */
      if (visible != jx_column_default_visible (i))
        g_variant_builder_add (&builder, "{sb}", jx_column_get_id (i), visible);
    }
  g_settings_set_value (self->settings, "indicator-column-visible", g_variant_builder_end (&builder));
}

/* With the initial target beside it, the target is the adjusted one (调整后指标值). */
static void
update_titles (JxIndicatorPage *self)
{
  gtk_column_view_column_set_title (self->columns[JX_COLUMN_TARGET],
                                    _jx_indicator_page_column_visible (self, JX_COLUMN_INITIAL)
                                    ? C_("indicator column", "Adjusted Target")
                                    : jx_column_get_title (JX_COLUMN_TARGET));
}

static void
on_visible_changed (GtkColumnViewColumn *column,
                    GParamSpec          *pspec,
                    JxIndicatorPage     *self)
{
  guint i;

  for (i = 0; i < JX_N_COLUMNS; i++)
    if (self->columns[i] == column)
      _jx_indicator_page_set_column_width (self, i, self->hidden_width[i]);
  update_titles (self);
  save_visible (self);
  /* The cursor leaves a column that hides, for the name beside it. */
  if (!gtk_column_view_column_get_visible (column) && self->columns[self->cursor_column] == column)
    {
      GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
      GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;
      /* The hidden cell had the focus: GTK gave it up, or to the table. */
      gboolean in_table = focus == NULL || focus == GTK_WIDGET (root)
                          || gtk_widget_is_ancestor (focus, GTK_WIDGET (self->view));
      guint position;

      self->cursor_column = JX_COLUMN_NAME;
      if (in_table && self->cursor_row != NULL
          && (position = _jx_indicator_page_position_of (self, self->cursor_row)) != G_MAXUINT)
        _jx_indicator_page_focus_cell (self, position, JX_COLUMN_NAME, FALSE);
    }
}

void
_jx_indicator_page_restore_visible (JxIndicatorPage *self)
{
  g_autoptr(GVariant) saved = NULL;
  gboolean restoring = self->restoring_widths;
  guint i;

  if (self->settings != NULL)
    saved = g_settings_get_value (self->settings, "indicator-column-visible");
  self->restoring_widths = TRUE;
  for (i = 0; i < JX_N_COLUMNS; i++)
    {
      gboolean visible;

      if (saved == NULL || !jx_column_can_hide (i) || !g_variant_lookup (saved, jx_column_get_id (i), "b", &visible))
        visible = jx_column_default_visible (i);
      gtk_column_view_column_set_visible (self->columns[i], visible);
    }
  self->restoring_widths = restoring;
}

static GMenuModel *
columns_menu (void)
{
  const JxColumn *order = jx_column_view_order ();
  g_autoptr(GMenu) base = g_menu_new ();
  g_autoptr(GMenu) attributes = g_menu_new ();
  GMenu *menu = g_menu_new ();
  guint i;

  for (i = 0; i < JX_N_COLUMNS; i++)
    {
      g_autofree char *action = NULL;

      if (!jx_column_can_hide (order[i]))
        continue;
      action = g_strdup_printf ("columns.show-%s", jx_column_get_id (order[i]));
      g_menu_append (jx_column_default_visible (order[i]) ? base : attributes,
                     jx_column_get_title (order[i]), action);
    }
  /* Translators: a section of the Columns menu: 指标性质, 度量单位, 核心指标, 年初指标值, 得分系数 */
  g_menu_append_section (menu, _("Attributes of Provincial Forms"), G_MENU_MODEL (attributes));
  g_menu_append_section (menu, NULL, G_MENU_MODEL (base));
  return G_MENU_MODEL (menu);
}

void
_jx_indicator_page_init_columns (JxIndicatorPage *self)
{
  g_autoptr(GSimpleActionGroup) group = g_simple_action_group_new ();
  g_autoptr(GMenuModel) menu = columns_menu ();
  guint i;

  for (i = 0; i < JX_N_COLUMNS; i++)
    {
      g_autofree char *name = g_strdup_printf ("show-%s", jx_column_get_id (i));
      g_autoptr(GPropertyAction) action = NULL;

      gtk_column_view_column_set_header_menu (self->columns[i], menu);
      g_signal_connect (self->columns[i], "notify::visible", G_CALLBACK (on_visible_changed), self);
      if (!jx_column_can_hide (i))
        continue;
      action = g_property_action_new (name, self->columns[i], "visible");
      g_action_map_add_action (G_ACTION_MAP (group), G_ACTION (action));
    }
  _jx_indicator_page_restore_visible (self);
  gtk_widget_insert_action_group (GTK_WIDGET (self), "columns", G_ACTION_GROUP (group));
  gtk_menu_button_set_menu_model (self->columns_button, menu);
}

void
_jx_indicator_page_dispose_columns (JxIndicatorPage *self)
{
  guint i;

  for (i = 0; i < JX_N_COLUMNS; i++)
    if (self->columns[i] != NULL)
      g_signal_handlers_disconnect_by_func (self->columns[i], on_visible_changed, self);
}
