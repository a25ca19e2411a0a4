/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-rule-packs.c: the rule packs of data/rules/ — reading and refusing them, choosing one for
 * the sample (one undo step, re-scored, the sample's 98 unchanged), and the template of each. */
#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>
#include <math.h>
#include <string.h>

#include "jx-document.h"
#include "jx-load.h"
#include "jx-rule-pack.h"
#include "jx-save.h"
#include "jx-scoring.h"

#define assert_num(value, expected) \
  g_assert_cmpfloat_with_epsilon ((value), (expected), 1e-9)

static JxDocument *
load_sample (void)
{
  const char *path = g_getenv ("JIXIAO_SAMPLE");
  g_autoptr(GFile) file = g_file_new_for_path (path != NULL ? path : SOURCE_SAMPLE);
  g_autoptr(GError) error = NULL;
  JxDocument *doc = jx_document_new_from_file (file, &error);

  g_assert_no_error (error);
  return doc;
}

static char *
text_of (JxDocument *doc)
{
  return jx_doc_data_to_json (jx_document_get_data (doc), NULL);
}

static const JxIndicatorResult *
find (const JxScoreSheet *sheet,
      const char         *path)
{
  guint i;

  for (i = 0; i < sheet->indicators->len; i++)
    {
      const JxIndicatorResult *r = g_ptr_array_index (sheet->indicators, i);

      if (g_str_equal (r->path, path))
        return r;
    }
  g_error ("no indicator %s", path);
  return NULL;
}

static void
assert_has (const char *text,
            const char *needle)
{
  g_assert_nonnull (text);
  if (strstr (text, needle) == NULL)
    g_error ("“%s” does not contain “%s”", text, needle);
}

/* ---- the list ---- */

static void
test_list (void)
{
  GPtrArray *packs = jx_rule_pack_list ();
  static const char * const ids[] = { "mof-2013-53", "mof-2020-10", "hunan-department", "local-example" };
  guint i;

  /* national first, then provincial, then the local one of $JIXIAO_RULES_DIR */
  g_assert_cmpuint (packs->len, ==, G_N_ELEMENTS (ids));
  for (i = 0; i < packs->len; i++)
    {
      const JxRulePack *pack = g_ptr_array_index (packs, i);

      g_assert_cmpstr (jx_rule_pack_get_id (pack), ==, ids[i]);
      g_assert_true (jx_rule_pack_find (ids[i]) == pack);
      g_assert_cmpstr (jx_rule_pack_get_name (pack), !=, "");
      g_assert_cmpstr (jx_rule_pack_get_document (pack), !=, "");
      if (i < 3)
        {
          /* the shipped packs say what could not be verified, and have a template */
          g_assert_cmpuint (strlen (jx_rule_pack_get_note (pack)), >, 100);
          g_assert_true (jx_rule_pack_has_template (pack));
        }
    }
  assert_has (jx_rule_pack_get_document (jx_rule_pack_find ("mof-2020-10")), "财预〔2020〕10号");
  assert_has (jx_rule_pack_get_document (jx_rule_pack_find ("mof-2013-53")), "财预〔2013〕53号");
  g_assert_null (jx_rule_pack_find ("nonexistent"));
  g_assert_null (jx_rule_pack_find (""));
}

/* ---- refusing ---- */

static void
test_invalid (void)
{
  static const struct { const char *json; const char *message; } cases[] = {
    { "[", "x.json: " },
    { "{'format':'jixiao','version':1}", "not a rule pack" },
    { "{'format':'jixiao-rule-pack','version':2}", "version 2" },
    { "{'format':'jixiao-rule-pack','version':1,'id':'A B','name':'n','source':{'document':'d'},'rules':[]}", "id: “A B”" },
    { "{'format':'jixiao-rule-pack','version':1,'id':'a','name':'n','rules':[]}", "source" },
    { "{'format':'jixiao-rule-pack','version':1,'id':'a','name':'n','source':{'document':''},'rules':[]}", "source.document" },
    { "{'format':'jixiao-rule-pack','version':1,'id':'a','name':'n','source':{'document':'d'},'rules':[],'extra':1}", "unknown member “extra”" },
    { "{'format':'jixiao-rule-pack','version':1,'id':'a','name':'n','source':{'document':'d'},"
      "'rules':[{'match':{'metric':'staff_rate'},'rule':{'kind':'positive'}}]}", "rules[0].match.metric: unknown metric “staff_rate”" },
    { "{'format':'jixiao-rule-pack','version':1,'id':'a','name':'n','source':{'document':'d'},"
      "'rules':[{'match':{'direction':['up']},'rule':{'kind':'positive'}}]}", "unknown direction “up”" },
    { "{'format':'jixiao-rule-pack','version':1,'id':'a','name':'n','source':{'document':'d'},"
      "'rules':[{'match':{},'rule':{'kind':'best'}}]}", "rules[0].rule:" },
    { "{'format':'jixiao-rule-pack','version':1,'id':'a','name':'n','source':{'document':'d'},"
      "'rules':[],'scoring':{'rounding':'up'}}", "scoring settings or template" },
    { "{'format':'jixiao-rule-pack','version':1,'id':'a','name':'n','source':{'document':'d'},"
      "'rules':[],'template':{'indicators':[{'weight':5}]}}", "scoring settings or template" },
  };
  guint i;

  for (i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *json = g_strdup (cases[i].json);
      g_autoptr(GError) error = NULL;
      g_autoptr(JxRulePack) pack = NULL;

      g_strdelimit (json, "'", '"');
      pack = jx_rule_pack_load_data (json, strlen (json), "x.json", &error);
      g_assert_null (pack);
      g_assert_error (error, JX_RULE_PACK_ERROR, JX_RULE_PACK_ERROR_INVALID);
      assert_has (error->message, cases[i].message);
      assert_has (error->message, "x.json: ");
    }
}

/* ---- the sample and its pack ---- */

/* The sample follows mof-2013-53: choosing it again changes nothing, and the 98 stands. */
static void
test_sample_pack (void)
{
  g_autoptr(JxDocument) doc = load_sample ();
  g_autofree char *before = text_of (doc);
  g_autofree char *after = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(JxScoreSheet) sheet = NULL;
  const JxIndicatorResult *r;

  g_assert_cmpstr (jx_document_get_data (doc)->scoring.pack, ==, "mof-2013-53");
  g_assert_true (jx_rule_pack_apply (jx_rule_pack_find ("mof-2013-53"), doc, &error));
  g_assert_no_error (error);
  after = text_of (doc);
  g_assert_cmpstr (before, ==, after);
  g_assert_false (jx_document_can_undo (doc));

  sheet = jx_score_sheet_compute (jx_document_get_data (doc));
  assert_num (sheet->total, 98);
  g_assert_cmpstr (sheet->grade, ==, "优秀");
  r = find (sheet, "产出/新闻信息部/全年采摄新闻");
  assert_has (r->indicator->rule.source, "财预〔2013〕53号");
  /* scored by hand in the sample: left alone by any pack */
  r = find (sheet, "投入/预算配置/重点支出安排率");
  g_assert_true (r->indicator->rule.custom);
  g_assert_cmpint (r->indicator->rule.kind, ==, JX_RULE_MANUAL);
}

/* Choosing 湖南's pack re-scores the computed scores by its rules, is one undo step, and an
 * undo gives the sample back byte for byte. The entered scores (the report's) stand: 98. */
static void
test_switch (void)
{
  g_autoptr(JxDocument) doc = load_sample ();
  g_autofree char *before = NULL;
  g_autofree char *undone = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(JxScoreSheet) old_sheet = NULL;
  g_autoptr(JxScoreSheet) sheet = NULL;
  const JxIndicatorResult *r;

  /* The sample spent all of its 3751 万元, so every pack gives 预算执行率 full marks: spend
   * 3480.93 (92.80%) to see the rules differ — 0.93 of 1 in proportion (财预〔2013〕53号's
   * reading), nothing left under "每低于5%扣2分" (7.2 below: one step of 2 > 1). */
  g_assert_true (jx_document_set_money (doc, "budget.execution.actual", G_GINT64_CONSTANT (3480930000), &error));
  g_assert_no_error (error);
  before = text_of (doc);
  old_sheet = jx_score_sheet_compute (jx_document_get_data (doc));
  r = find (old_sheet, "过程/预算执行/预算执行率");
  assert_num (r->computed_score, 0.93);
  g_assert_true (jx_rule_pack_apply (jx_rule_pack_find ("hunan-department"), doc, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (jx_document_get_undo_label (doc), ==, "Use Rule Pack");
  g_assert_cmpstr (jx_document_get_data (doc)->scoring.pack, ==, "hunan-department");

  sheet = jx_score_sheet_compute (jx_document_get_data (doc));
  r = find (sheet, "过程/预算执行/预算执行率");
  g_assert_cmpint (r->indicator->rule.kind, ==, JX_RULE_DEDUCTION);
  g_assert_cmpint (r->indicator->rule.count, ==, JX_STEPS_WHOLE);
  assert_has (r->indicator->rule.source, "每低于5%扣2分");
  assert_num (r->computed_score, 0);
  assert_has (r->explanation, "1 whole step of 5");
  r = find (sheet, "投入/预算配置/在职人员控制率");
  g_assert_cmpint (r->indicator->rule.kind, ==, JX_RULE_DEDUCTION);
  assert_num (r->computed_score, 1);
  assert_has (r->explanation, "nothing deducted");
  /* the clerk's grade stays; the hand-set rule stays */
  r = find (sheet, "投入/预算配置/预算编制规范性");
  g_assert_cmpint (r->indicator->rule.kind, ==, JX_RULE_QUALITATIVE);
  g_assert_cmpint (r->indicator->rule.grade, ==, JX_GRADE_NOT_ACHIEVED);
  assert_has (r->indicator->rule.source, "通行做法");
  r = find (sheet, "投入/预算配置/重点支出安排率");
  g_assert_cmpint (r->indicator->rule.kind, ==, JX_RULE_MANUAL);
  g_assert_cmpstr (r->indicator->rule.source, ==, "");
  assert_num (sheet->total, 98);

  g_assert_true (jx_document_undo (doc));
  undone = text_of (doc);
  g_assert_cmpstr (before, ==, undone);
  /* what is left to undo is the figure typed above */
  g_assert_cmpstr (jx_document_get_undo_label (doc), !=, "Use Rule Pack");
}

/* 财预〔2020〕10号: its grade names (优) replace the sample's (优秀), its execution row is the
 * rate rule; undone, the sample is back. */
static void
test_switch_bands (void)
{
  g_autoptr(JxDocument) doc = load_sample ();
  g_autofree char *before = text_of (doc);
  g_autofree char *undone = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(JxScoreSheet) sheet = NULL;
  const JxIndicatorResult *r;

  g_assert_true (jx_rule_pack_apply (jx_rule_pack_find ("mof-2020-10"), doc, &error));
  g_assert_no_error (error);
  sheet = jx_score_sheet_compute (jx_document_get_data (doc));
  g_assert_cmpstr (sheet->grade, ==, "优");
  assert_has (jx_document_get_data (doc)->scoring.source, "90（含）–100 分为优");
  r = find (sheet, "过程/预算执行/预算执行率");
  g_assert_cmpint (r->indicator->rule.kind, ==, JX_RULE_RATE);
  r = find (sheet, "投入/预算配置/在职人员控制率");
  /* a ≤ target under 2020's one quantitative rule: the completion ratio */
  g_assert_cmpint (r->indicator->rule.kind, ==, JX_RULE_POSITIVE);
  assert_num (r->computed_score, 1);

  g_assert_true (jx_document_undo (doc));
  undone = text_of (doc);
  g_assert_cmpstr (before, ==, undone);
}

/* ---- templates ---- */

static void
check_template (const char *id)
{
  const JxRulePack *pack = jx_rule_pack_find (id);
  g_autoptr(GError) error = NULL;
  g_autoptr(JxDocData) data = jx_rule_pack_new_template_document (pack, &error);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(JxDocData) again = NULL;
  g_autofree char *text = NULL;
  gsize length;
  guint i, j, k, leaves = 0;

  g_assert_no_error (error);
  g_assert_cmpstr (data->scoring.pack, ==, id);
  g_assert_cmpint (data->department.year, ==, g_date_time_get_year (now) - 1);
  g_assert_cmpstr (data->department.name, ==, "");
  g_assert_cmpstr (data->scoring.method, !=, "");
  /* no figures: no actual value, score or narrative */
  for (i = 0; i < data->indicators->len; i++)
    {
      JxIndicator *l1 = g_ptr_array_index (data->indicators, i);

      for (j = 0; j < l1->children->len; j++)
        {
          JxIndicator *l2 = g_ptr_array_index (l1->children, j);

          for (k = 0; k < l2->children->len; k++, leaves++)
            {
              JxIndicator *l3 = g_ptr_array_index (l2->children, k);
              guint p;

              g_assert_true (isnan (l3->score));
              g_assert_cmpstr (l3->analysis, ==, "");
              for (p = 0; p < l3->parts->len; p++)
                g_assert_true (isnan (((JxPart *) g_ptr_array_index (l3->parts, p))->actual));
              /* every leaf follows the pack; a qualitative one waits for its grade */
              g_assert_cmpstr (l3->rule.source, !=, "");
              if (l3->parts->len == 0)
                {
                  g_assert_cmpint (l3->rule.kind, ==, JX_RULE_QUALITATIVE);
                  g_assert_cmpint (l3->rule.grade, ==, JX_GRADE_NONE);
                }
            }
        }
    }
  g_assert_cmpuint (leaves, >, 0);
  /* a valid document: it saves and loads as it is */
  text = jx_doc_data_to_json (data, &length);
  again = jx_doc_data_load_data (text, length, id, &error);
  g_assert_no_error (error);
}

static void
test_templates (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JxDocData) d2020 = NULL;
  g_autoptr(JxDocData) hunan = NULL;
  g_autoptr(JxScoreSheet) sheet = NULL;
  static const struct { const char *name; double weight; } levels[] = {
    { "产出指标", 50 }, { "效益指标", 30 }, { "满意度指标", 10 }, { "预算执行率", 10 },
  };
  JxIndicator *leaf;
  guint i;

  check_template ("mof-2013-53");
  check_template ("mof-2020-10");
  check_template ("hunan-department");

  /* 财预〔2020〕10号: 产出 50, 效益 30, 满意度 10, 预算执行率 10, the last scored by the rate rule */
  d2020 = jx_rule_pack_new_template_document (jx_rule_pack_find ("mof-2020-10"), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (d2020->indicators->len, ==, G_N_ELEMENTS (levels));
  for (i = 0; i < G_N_ELEMENTS (levels); i++)
    {
      JxIndicator *l1 = g_ptr_array_index (d2020->indicators, i);

      g_assert_cmpstr (l1->name, ==, levels[i].name);
      assert_num (l1->weight, levels[i].weight);
    }
  leaf = g_ptr_array_index (((JxIndicator *) g_ptr_array_index (((JxIndicator *) g_ptr_array_index (d2020->indicators, 3))->children, 0))->children, 0);
  g_assert_cmpint (leaf->metric, ==, JX_METRIC_BUDGET_EXECUTION_RATE);
  g_assert_cmpint (leaf->rule.kind, ==, JX_RULE_RATE);
  g_assert_cmpuint (d2020->scoring.grade_bands->len, ==, 4);
  g_assert_cmpstr (((JxGradeBand *) g_ptr_array_index (d2020->scoring.grade_bands, 0))->name, ==, "优");

  /* 湖南: the verified weights, the rest left to the clerk */
  hunan = jx_rule_pack_new_template_document (jx_rule_pack_find ("hunan-department"), &error);
  g_assert_no_error (error);
  sheet = jx_score_sheet_compute (hunan);
  assert_num (find (sheet, "投入")->weight, 13);
  assert_num (find (sheet, "投入/预算配置/在职人员控制率")->weight, 5);
  assert_num (find (sheet, "投入/预算配置/“三公经费”变动率")->weight, 8);
  g_assert_cmpint (find (sheet, "投入/预算配置/在职人员控制率")->indicator->rule.kind, ==, JX_RULE_DEDUCTION);
  g_assert_true (isnan (find (sheet, "产出")->indicator->weight));

  /* a pack without a template says so */
  {
    g_autoptr(JxDocData) none = jx_rule_pack_new_template_document (jx_rule_pack_find ("local-example"), &error);

    g_assert_null (none);
    g_assert_error (error, JX_RULE_PACK_ERROR, JX_RULE_PACK_ERROR_NO_TEMPLATE);
  }
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *local = NULL;

  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);
  /* A local pack beside the shipped ones, found through $JIXIAO_RULES_DIR; no others. */
  local = g_test_build_filename (G_TEST_DIST, "fixtures", "rule-packs", NULL);
  g_setenv ("JIXIAO_RULES_DIR", local, TRUE);
  g_setenv ("XDG_DATA_HOME", "/nonexistent", TRUE);
  g_setenv ("XDG_DATA_DIRS", "/nonexistent", TRUE);

  g_test_add_func ("/rule-packs/list", test_list);
  g_test_add_func ("/rule-packs/invalid", test_invalid);
  g_test_add_func ("/rule-packs/sample", test_sample_pack);
  g_test_add_func ("/rule-packs/switch", test_switch);
  g_test_add_func ("/rule-packs/switch-bands", test_switch_bands);
  g_test_add_func ("/rule-packs/templates", test_templates);

  return g_test_run ();
}
