/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-rule-pack-ui.c: Scoring Settings chooses the rule pack, naming its source; choosing one
 * re-scores the document in one undo step; the rule popover and the conclusion page say which
 * rule gave a score and where it comes from. */
#define G_LOG_DOMAIN "test-rule-pack-ui"

#include "config.h"

#include <locale.h>

#include "jx-application.h"
#include "jx-rule-pack.h"
#include "jx-rule-popover.h"
#include "jx-score-summary.h"
#include "jx-scoring-settings.h"
#include "jx-test-ui.h"
#include "jx-window.h"

#define EXECUTION "indicators[1].children[0].children[0]"   /* 预算执行率, 92.80% */

static JxApplication *app;

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

/* With JIXIAO_SHOT_DIR set, `widget` drawn into DIR/NAME.png (data/screenshots/). */
static void
shot (GtkWidget  *widget,
      const char *name)
{
  const char *dir = g_getenv ("JIXIAO_SHOT_DIR");
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree char *file = NULL;

  if (dir == NULL)
    return;
  jx_test_spin (300);
  texture = jx_test_render (widget);
  file = g_strdup_printf ("%s/%s.png", dir, name);
  g_assert_true (gdk_texture_save_to_png (texture, file));
}

static JxWindow *
open_sample (void)
{
  g_autoptr(GFile) sample = g_file_new_for_path (g_getenv ("JIXIAO_SAMPLE"));
  g_autoptr(GError) error = NULL;
  JxWindow *window = jx_window_new (GTK_APPLICATION (app));

  g_assert_true (jx_window_load_file (window, sample, &error));
  g_assert_no_error (error);
  gtk_window_present (GTK_WINDOW (window));
  jx_test_spin (200);
  return window;
}

static double
execution_score (JxWindow *window)
{
  return jx_evaluation_get_result (jx_window_get_evaluation (window), EXECUTION)->computed_score;
}

static guint
row_of_pack (GListModel *model,
             const char *name)
{
  guint i;

  for (i = 0; i < g_list_model_get_n_items (model); i++)
    if (g_str_equal (gtk_string_list_get_string (GTK_STRING_LIST (model), i), name))
      return i;
  g_assert_not_reached ();
}

static void
test_settings_choose_pack (void)
{
  JxWindow *window = open_sample ();
  JxDocument *doc = jx_window_get_document (window);
  const JxRulePack *hunan = jx_rule_pack_find ("hunan-department");
  const JxRulePack *mof = jx_rule_pack_find ("mof-2013-53");
  JxScoringSettings *settings = jx_scoring_settings_new (GTK_WINDOW (window), doc);
  AdwComboRow *combo;
  AdwActionRow *source;
  GListModel *model;

  g_assert_nonnull (hunan);
  /* The sample spent all of its budget: spend 3480.93 of 3751 万元 (92.80%) so that the
   * packs differ — 0.93 of 1 in proportion, 0 under 湖南's “每低于5%扣2分” (whole steps). */
  g_assert_true (jx_document_set_money (doc, "budget.execution.actual", G_GINT64_CONSTANT (3480930000), NULL));
  gtk_window_present (GTK_WINDOW (settings));
  jx_test_spin (100);
  combo = ADW_COMBO_ROW (find_by_name (GTK_WIDGET (settings), "rule-pack"));
  source = ADW_ACTION_ROW (find_by_name (GTK_WIDGET (settings), "rule-pack-source"));
  g_assert_nonnull (combo);
  g_assert_nonnull (source);
  model = adw_combo_row_get_model (combo);
  /* the sample follows 财预〔2013〕53号: its row is selected and its source shown */
  g_assert_cmpuint (adw_combo_row_get_selected (combo), ==, row_of_pack (model, jx_rule_pack_get_name (mof)));
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (source), "财预〔2013〕53号"));
  g_assert_cmpfloat_with_epsilon (execution_score (window), 0.93, 1e-9);

  /* 湖南's 评分表 */
  adw_combo_row_set_selected (combo, row_of_pack (model, jx_rule_pack_get_name (hunan)));
  jx_test_spin (50);
  g_assert_cmpstr (jx_document_get_data (doc)->scoring.pack, ==, "hunan-department");
  g_assert_cmpfloat_with_epsilon (execution_score (window), 0, 1e-9);
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (source), "湖南省"));
  shot (GTK_WIDGET (settings), "scoring-settings-pack");
  g_assert_cmpstr (jx_document_get_undo_label (doc), ==, "Use Rule Pack");

  /* one step back, from the settings window itself (the toast's Undo, Ctrl+Z) */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (settings), "settings.undo", NULL));
  jx_test_spin (50);
  g_assert_cmpstr (jx_document_get_data (doc)->scoring.pack, ==, "mof-2013-53");
  g_assert_cmpfloat_with_epsilon (execution_score (window), 0.93, 1e-9);
  g_assert_cmpuint (adw_combo_row_get_selected (combo), ==, row_of_pack (model, jx_rule_pack_get_name (mof)));
  g_assert_cmpstr (jx_document_get_redo_label (doc), ==, "Use Rule Pack");

  gtk_window_destroy (GTK_WINDOW (settings));
  jx_document_set_modified (doc, FALSE);
  gtk_window_destroy (GTK_WINDOW (window));
  jx_test_iterate ();
}

static void
test_scores_show_their_rule (void)
{
  JxWindow *window = open_sample ();
  JxEvaluation *evaluation = jx_window_get_evaluation (window);
  GtkWidget *popover = jx_rule_popover_new ();
  GtkWidget *label;
  GtkWidget *summary;

  g_object_ref_sink (popover);
  jx_rule_popover_set_indicator (JX_RULE_POPOVER (popover), evaluation, EXECUTION);
  label = find_by_name (popover, "rule-source");
  g_assert_nonnull (label);
  /* the sample's 预算执行率 is a 正向 rule of 财预〔2013〕53号 */
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (label)), "财预〔2013〕53号"));
  g_assert_true (g_str_has_prefix (gtk_label_get_text (GTK_LABEL (label)), "Rule: Positive; source: "));
  g_object_unref (popover);

  summary = jx_test_find_by_type (jx_test_window_page (GTK_WIDGET (window), "conclusion"), JX_TYPE_SCORE_SUMMARY);
  g_assert_nonnull (summary);
  label = find_by_name (summary, "score-rules");
  g_assert_nonnull (label);
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (label)),
                            jx_rule_pack_get_name (jx_rule_pack_find ("mof-2013-53"))));
  gtk_window_destroy (GTK_WINDOW (window));
  jx_test_iterate ();
}

int
main (int   argc,
      char *argv[])
{
  int status;

  app = jx_test_ui_init (&argc, &argv, "test-rule-pack-ui");
  if (app == NULL)
    return 77;
  g_test_add_func ("/rule-pack-ui/settings-choose-pack", test_settings_choose_pack);
  g_test_add_func ("/rule-pack-ui/scores-show-their-rule", test_scores_show_their_rule);
  status = g_test_run ();
  g_clear_object (&app);
  return status;
}
