/* SPDX-License-Identifier: GPL-3.0-or-later */
/* jx-indicator-empty.c: the indicator page's empty state. */
#define G_LOG_DOMAIN "jx-indicator-page"

#include "config.h"

#include <glib/gi18n.h>

#include "jx-indicator-empty.h"
#include "jx-rule-pack.h"

static GtkWidget *
way_in (const char *icon,
        const char *label,
        const char *action,
        const char *tooltip)
{
  GtkWidget *button = gtk_button_new ();
  GtkWidget *content = adw_button_content_new ();

  adw_button_content_set_icon_name (ADW_BUTTON_CONTENT (content), icon);
  adw_button_content_set_label (ADW_BUTTON_CONTENT (content), label);
  gtk_button_set_child (GTK_BUTTON (button), content);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action);
  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_widget_add_css_class (button, "pill");
  return button;
}

/* One item per rule pack with an indicator framework: its indicators and its rules. */
static GtkWidget *
templates_button (void)
{
  GtkWidget *button = gtk_menu_button_new ();
  GtkWidget *content = adw_button_content_new ();
  g_autoptr(GMenu) menu = g_menu_new ();
  GPtrArray *packs = jx_rule_pack_list ();
  guint i;

  for (i = 0; i < packs->len; i++)
    {
      const JxRulePack *pack = g_ptr_array_index (packs, i);
      g_autoptr(GMenuItem) item = NULL;

      if (!jx_rule_pack_has_template (pack))
        continue;
      item = g_menu_item_new (jx_rule_pack_get_name (pack), NULL);
      g_menu_item_set_action_and_target (item, "indicators.from-template", "s", jx_rule_pack_get_id (pack));
      g_menu_append_item (menu, item);
    }
  adw_button_content_set_icon_name (ADW_BUTTON_CONTENT (content), "document-new-symbolic");
  adw_button_content_set_label (ADW_BUTTON_CONTENT (content), _("Start from a Template"));
  gtk_menu_button_set_child (GTK_MENU_BUTTON (button), content);
  gtk_menu_button_set_menu_model (GTK_MENU_BUTTON (button), G_MENU_MODEL (menu));
  gtk_widget_set_tooltip_text (button, _("The indicator framework of a rule pack, with its weights and "
                                         "scoring rules, to adapt"));
  gtk_widget_add_css_class (button, "pill");
  gtk_widget_set_name (button, "from-template");
  return button;
}

GtkWidget *
jx_indicator_empty_new (void)
{
  GtkWidget *page = adw_status_page_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *add = way_in ("list-add-symbolic", _("Add an Indicator"), "indicators.add",
                           _("Add indicator (Ctrl++): a first one, in a new dimension and group, to fill in"));

  adw_status_page_set_icon_name (ADW_STATUS_PAGE (page), "view-list-bullet-symbolic");
  adw_status_page_set_title (ADW_STATUS_PAGE (page), _("No Indicators Yet"));
  adw_status_page_set_description (ADW_STATUS_PAGE (page),
                                   _("The table of performance indicators: dimensions (投入, 过程, 产出, 效果), "
                                     "their groups and the indicators with target, weight and actual value."));
  gtk_widget_add_css_class (add, "suggested-action");
  gtk_box_append (GTK_BOX (box), add);
  gtk_box_append (GTK_BOX (box),
                  way_in ("edit-paste-symbolic", _("Paste from WPS or Excel"), "indicators.paste-rows",
                          _("Paste as new rows (Ctrl+Shift+V): rows copied from a spreadsheet, in the "
                            "table’s column order: number, name, target, weight, actual value …")));
  gtk_box_append (GTK_BOX (box), templates_button ());
  gtk_widget_set_halign (box, GTK_ALIGN_CENTER);
  adw_status_page_set_child (ADW_STATUS_PAGE (page), box);
  gtk_widget_set_name (page, "indicator-empty");
  gtk_widget_set_vexpand (page, TRUE);
  return page;
}
