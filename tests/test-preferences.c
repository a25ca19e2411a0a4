/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-preferences.c: the Preferences window (main menu → Preferences, Ctrl+,) and the Help
 * menu's format description, under Xvfb. The style choice is kept in GSettings and followed by
 * libadwaita's style manager; the fonts of Word documents in the font-preset key. */
#define G_LOG_DOMAIN "test-preferences"

#include "config.h"

#include "jx-format-window.h"
#include "jx-preferences-window.h"
#include "jx-settings.h"
#include "jx-test-ui.h"
#include "jx-window.h"

static JxApplication *app;

static GtkWindow *
find_toplevel (GType type)
{
  g_autoptr(GList) toplevels = gtk_window_list_toplevels ();
  GList *l;

  for (l = toplevels; l != NULL; l = l->next)
    if (G_TYPE_CHECK_INSTANCE_TYPE (l->data, type) && gtk_widget_get_visible (l->data))
      return l->data;
  return NULL;
}

static GtkWidget *
find_by_name (GtkWidget  *root,
              const char *name)
{
  GtkWidget *child;

  if (g_strcmp0 (gtk_widget_get_name (root), name) == 0)
    return root;
  for (child = gtk_widget_get_first_child (root); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_by_name (child, name);
      if (found != NULL)
        return found;
    }
  return NULL;
}

static void
test_style_switch (void)
{
  JxWindow *window = jx_window_new (GTK_APPLICATION (app));
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  AdwStyleManager *manager = adw_style_manager_get_default ();
  g_auto(GStrv) accels = NULL;
  GtkWindow *prefs;
  AdwComboRow *row;

  gtk_window_present (GTK_WINDOW (window));
  jx_test_spin (50);

  /* Ctrl+, opens it; it is the main window's. */
  accels = gtk_application_get_accels_for_action (GTK_APPLICATION (app), "app.preferences");
  g_assert_cmpstr (accels[0], ==, "<Control>comma");
  g_action_group_activate_action (G_ACTION_GROUP (app), "preferences", NULL);
  jx_test_spin (50);
  prefs = find_toplevel (JX_TYPE_PREFERENCES_WINDOW);
  g_assert_nonnull (prefs);
  g_assert_true (gtk_window_get_transient_for (prefs) == GTK_WINDOW (window));

  row = ADW_COMBO_ROW (find_by_name (GTK_WIDGET (prefs), "style-row"));
  g_assert_nonnull (row);
  g_assert_cmpuint (adw_combo_row_get_selected (row), ==, 0);
  g_assert_cmpint (adw_style_manager_get_color_scheme (manager), ==, ADW_COLOR_SCHEME_PREFER_LIGHT);

  /* Dark: the setting and the style manager follow; light; back to the system's. */
  adw_combo_row_set_selected (row, 2);
  g_assert_cmpint (g_settings_get_enum (settings, "color-scheme"), ==, JX_STYLE_DARK);
  g_assert_cmpint (adw_style_manager_get_color_scheme (manager), ==, ADW_COLOR_SCHEME_FORCE_DARK);
  g_assert_true (adw_style_manager_get_dark (manager));
  adw_combo_row_set_selected (row, 1);
  g_assert_cmpint (g_settings_get_enum (settings, "color-scheme"), ==, JX_STYLE_LIGHT);
  g_assert_cmpint (adw_style_manager_get_color_scheme (manager), ==, ADW_COLOR_SCHEME_FORCE_LIGHT);
  g_assert_false (adw_style_manager_get_dark (manager));

  /* A new window shows what is saved. */
  gtk_window_destroy (prefs);
  g_action_group_activate_action (G_ACTION_GROUP (app), "preferences", NULL);
  jx_test_spin (50);
  prefs = find_toplevel (JX_TYPE_PREFERENCES_WINDOW);
  row = ADW_COMBO_ROW (find_by_name (GTK_WIDGET (prefs), "style-row"));
  g_assert_cmpuint (adw_combo_row_get_selected (row), ==, 1);
  g_settings_reset (settings, "color-scheme");
  g_assert_cmpuint (adw_combo_row_get_selected (row), ==, 0);
  g_assert_cmpint (adw_style_manager_get_color_scheme (manager), ==, ADW_COLOR_SCHEME_PREFER_LIGHT);

  gtk_window_destroy (prefs);
  gtk_window_destroy (GTK_WINDOW (window));
  jx_test_iterate ();
}

/* Word Documents → Fonts: the font-preset key that the Word export reads. */
static void
test_font_preset (void)
{
  JxWindow *window = jx_window_new (GTK_APPLICATION (app));
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  GtkWindow *prefs;
  AdwComboRow *row;

  gtk_window_present (GTK_WINDOW (window));
  jx_test_spin (50);
  g_action_group_activate_action (G_ACTION_GROUP (app), "preferences", NULL);
  jx_test_spin (50);
  prefs = find_toplevel (JX_TYPE_PREFERENCES_WINDOW);
  g_assert_nonnull (prefs);
  row = ADW_COMBO_ROW (find_by_name (GTK_WIDGET (prefs), "font-preset-row"));
  g_assert_nonnull (row);
  g_assert_true (gtk_widget_get_sensitive (GTK_WIDGET (row)));
  g_assert_cmpuint (adw_combo_row_get_selected (row), ==, 0);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==, "Fonts");

  adw_combo_row_set_selected (row, 1);
  {
    g_autofree char *preset = g_settings_get_string (settings, "font-preset");
    g_assert_cmpstr (preset, ==, "plain");
  }
  g_settings_set_string (settings, "font-preset", "official");
  g_assert_cmpuint (adw_combo_row_get_selected (row), ==, 0);
  g_settings_reset (settings, "font-preset");

  gtk_window_destroy (prefs);
  gtk_window_destroy (GTK_WINDOW (window));
  jx_test_iterate ();
}

/* Help → The Document Format: data/FORMAT.md, formatted (no Markdown marks left). */
static void
test_format_description (void)
{
  JxWindow *window = jx_window_new (GTK_APPLICATION (app));
  g_autofree char *text = NULL;
  GtkWindow *viewer;

  gtk_window_present (GTK_WINDOW (window));
  jx_test_spin (50);
  g_action_group_activate_action (G_ACTION_GROUP (app), "format", NULL);
  jx_test_spin (50);
  viewer = find_toplevel (JX_TYPE_FORMAT_WINDOW);
  g_assert_nonnull (viewer);
  g_assert_true (gtk_window_get_transient_for (viewer) == GTK_WINDOW (window));
  text = jx_format_window_dup_text (JX_FORMAT_WINDOW (viewer));
  g_assert_true (g_str_has_prefix (text, "The .jixiao document format, version 1\n"));
  g_assert_nonnull (strstr (text, "authorized.administrative  —  行政编制"));
  g_assert_null (strstr (text, "## "));
  g_assert_null (strstr (text, "|---"));
  g_assert_null (strstr (text, "**"));
  gtk_window_destroy (viewer);
  gtk_window_destroy (GTK_WINDOW (window));
  jx_test_iterate ();
}

int
main (int   argc,
      char *argv[])
{
  int status;

  app = jx_test_ui_init (&argc, &argv, "test-preferences");
  if (app == NULL)
    return 77;
  g_test_add_func ("/preferences/style-switch", test_style_switch);
  g_test_add_func ("/preferences/font-preset", test_font_preset);
  g_test_add_func ("/preferences/format-description", test_format_description);
  status = g_test_run ();
  g_clear_object (&app);
  return status;
}
