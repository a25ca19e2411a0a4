/* SPDX-License-Identifier: GPL-3.0-or-later */
/* jx-record-fields.c: the field table of every record, in the order the file is written. */
#define G_LOG_DOMAIN "jx-record"

#include "config.h"

#include "jx-record.h"

#define F(T, member) G_STRUCT_OFFSET (T, member)
#define N(arr) G_N_ELEMENTS (arr)

const char * const jx_direction_names[] = { "ge", "gt", "le", "lt", "eq", NULL };
const char * const jx_rule_kind_names[] = {
  "positive", "negative", "equal", "qualitative", "deduction", "tiers", "rate", "manual", NULL
};
const char * const jx_basis_names[] = { "completion", "actual", NULL };
const char * const jx_step_count_names[] = { "proportional", "whole", "started", NULL };
const char * const jx_not_applicable_names[] = { "rescale", "full", NULL };
const char * const jx_grade_names[] = { "achieved", "partial", "not_achieved", NULL };
const char * const jx_metric_names[] = {
  "",
  "staff_control_rate",
  "three_public_change_rate",
  "three_public_control_rate",
  "budget_execution_rate",
  "project_execution_rate",
  "public_funds_control_rate",
  "procurement_execution_rate",
  "key_expenditure_rate",
  "asset_utilization_rate",
  "budget_adjustment_rate",
  "carry_over_rate",
  "revenue_growth_rate",
  "expenditure_growth_rate",
  NULL
};
static const char * const rounding_names[] = { "half_up", "truncate", NULL };
static const char * const change_base_names[] = { "budget", "actual", NULL };
static const char * const asset_base_names[] = { "registered", "in_use_and_idle", NULL };
static const char * const execution_base_names[] = { "adjusted", "adjusted_and_opening_balance", NULL };

/* ---- department ---- */

static const JxField authorized_fields[] = {
  { "total", JX_FIELD_COUNT, F (JxHeadcount, total) },
  { "administrative", JX_FIELD_COUNT, F (JxHeadcount, administrative) },
  { "institutional", JX_FIELD_COUNT, F (JxHeadcount, institutional) },
  { "civil_servant_managed", JX_FIELD_COUNT, F (JxHeadcount, civil_servant_managed) },
};
static const JxRecordType authorized_type = { "authorized", sizeof (JxHeadcount), authorized_fields, N (authorized_fields) };

static const JxField actual_staff_fields[] = {
  { "total", JX_FIELD_COUNT, F (JxHeadcount, total) },
  { "administrative", JX_FIELD_COUNT, F (JxHeadcount, administrative) },
  { "institutional", JX_FIELD_COUNT, F (JxHeadcount, institutional) },
  { "civil_servant_managed", JX_FIELD_COUNT, F (JxHeadcount, civil_servant_managed) },
  { "contract", JX_FIELD_COUNT, F (JxHeadcount, contract) },
};
static const JxRecordType actual_staff_type = { "actual", sizeof (JxHeadcount), actual_staff_fields, N (actual_staff_fields) };

static const JxField retirees_fields[] = {
  { "total", JX_FIELD_COUNT, F (JxRetirees, total) },
  { "honorary", JX_FIELD_COUNT, F (JxRetirees, honorary) },
  { "retired", JX_FIELD_COUNT, F (JxRetirees, retired) },
};
static const JxRecordType retirees_type = { "retirees", sizeof (JxRetirees), retirees_fields, N (retirees_fields) };

static const JxField staffing_fields[] = {
  { "authorized", JX_FIELD_OBJECT, F (JxStaffing, authorized), 0, &authorized_type },
  { "actual", JX_FIELD_OBJECT, F (JxStaffing, actual), 0, &actual_staff_type },
  { "retirees", JX_FIELD_OBJECT, F (JxStaffing, retirees), 0, &retirees_type },
  { "notes", JX_FIELD_STRING, F (JxStaffing, notes) },
};
static const JxRecordType staffing_type = { "staffing", sizeof (JxStaffing), staffing_fields, N (staffing_fields) };

static const JxField department_fields[] = {
  { "name", JX_FIELD_STRING, F (JxDepartment, name), JX_FIELD_REQUIRED },
  { "year", JX_FIELD_INT, F (JxDepartment, year), JX_FIELD_REQUIRED },
  { "report_date", JX_FIELD_STRING, F (JxDepartment, report_date) },
  { "preparer", JX_FIELD_STRING, F (JxDepartment, preparer) },
  { "basis", JX_FIELD_STRING, F (JxDepartment, basis) },
  { "functions", JX_FIELD_STRING_LIST, F (JxDepartment, functions) },
  { "staffing", JX_FIELD_OBJECT, F (JxDepartment, staffing), 0, &staffing_type },
};
static const JxRecordType department_type = { "department", sizeof (JxDepartment), department_fields, N (department_fields) };

/* ---- budget ---- */

static const JxField amount_item_fields[] = {
  { "name", JX_FIELD_STRING, F (JxAmountItem, name), JX_FIELD_REQUIRED },
  { "amount", JX_FIELD_MONEY, F (JxAmountItem, amount) },
  { "items", JX_FIELD_LIST, F (JxAmountItem, items), JX_FIELD_OMIT_EMPTY, &jx_amount_item_type },
};
const JxRecordType jx_amount_item_type = { "amount item", sizeof (JxAmountItem), amount_item_fields, N (amount_item_fields) };

static const JxField amount_table_fields[] = {
  { "total", JX_FIELD_MONEY, F (JxAmountTable, total) },
  { "items", JX_FIELD_LIST, F (JxAmountTable, items), 0, &jx_amount_item_type },
  { "note", JX_FIELD_STRING, F (JxAmountTable, note) },
};
static const JxRecordType amount_table_type = { "amount table", sizeof (JxAmountTable), amount_table_fields, N (amount_table_fields) };

static const JxField revenue_fields[] = {
  { "total", JX_FIELD_MONEY, F (JxAmountTable, total) },
  { "items", JX_FIELD_LIST, F (JxAmountTable, items), 0, &jx_amount_item_type },
  { "previous_total", JX_FIELD_MONEY, F (JxAmountTable, previous_total) },
  { "note", JX_FIELD_STRING, F (JxAmountTable, note) },
};
static const JxRecordType revenue_type = { "revenue", sizeof (JxAmountTable), revenue_fields, N (revenue_fields) };

static const JxField nature_fields[] = {
  { "total", JX_FIELD_MONEY, F (JxNature, total) },
  { "basic", JX_FIELD_MONEY, F (JxNature, basic) },
  { "personnel", JX_FIELD_MONEY, F (JxNature, personnel) },
  { "public", JX_FIELD_MONEY, F (JxNature, public_) },
  { "project", JX_FIELD_MONEY, F (JxNature, project) },
  { "previous_total", JX_FIELD_MONEY, F (JxNature, previous_total) },
  { "previous_basic", JX_FIELD_MONEY, F (JxNature, previous_basic) },
  { "note", JX_FIELD_STRING, F (JxNature, note) },
};
static const JxRecordType nature_type = { "by nature", sizeof (JxNature), nature_fields, N (nature_fields) };

static const JxField execution_fields[] = {
  { "initial", JX_FIELD_MONEY, F (JxFlow, initial) },
  { "additional", JX_FIELD_MONEY, F (JxFlow, additional) },
  { "adjusted", JX_FIELD_MONEY, F (JxFlow, adjusted) },
  { "actual", JX_FIELD_MONEY, F (JxFlow, actual) },
  { "opening_balance", JX_FIELD_MONEY, F (JxFlow, opening_balance) },
  { "closing_balance", JX_FIELD_MONEY, F (JxFlow, closing_balance) },
  { "note", JX_FIELD_STRING, F (JxFlow, note) },
};
static const JxRecordType execution_type = { "budget flow", sizeof (JxFlow), execution_fields, N (execution_fields) };

static const JxField public_funds_fields[] = {
  { "initial", JX_FIELD_MONEY, F (JxFlow, initial) },
  { "additional", JX_FIELD_MONEY, F (JxFlow, additional) },
  { "adjusted", JX_FIELD_MONEY, F (JxFlow, adjusted) },
  { "actual", JX_FIELD_MONEY, F (JxFlow, actual) },
  { "previous_year", JX_FIELD_MONEY, F (JxFlow, previous_year) },
  { "note", JX_FIELD_STRING, F (JxFlow, note) },
};
static const JxRecordType public_funds_type = { "public funds", sizeof (JxFlow), public_funds_fields, N (public_funds_fields) };

static const JxField projects_fields[] = {
  { "initial", JX_FIELD_MONEY, F (JxFlow, initial) },
  { "additional", JX_FIELD_MONEY, F (JxFlow, additional) },
  { "adjusted", JX_FIELD_MONEY, F (JxFlow, adjusted) },
  { "actual", JX_FIELD_MONEY, F (JxFlow, actual) },
  { "previous_year", JX_FIELD_MONEY, F (JxFlow, previous_year) },
  { "opening_balance", JX_FIELD_MONEY, F (JxFlow, opening_balance) },
  { "closing_balance", JX_FIELD_MONEY, F (JxFlow, closing_balance) },
  { "note", JX_FIELD_STRING, F (JxFlow, note) },
};
static const JxRecordType projects_type = { "projects", sizeof (JxFlow), projects_fields, N (projects_fields) };

static const JxField three_public_item_fields[] = {
  { "name", JX_FIELD_STRING, F (JxThreePublicItem, name), JX_FIELD_REQUIRED },
  { "budget", JX_FIELD_MONEY, F (JxThreePublicItem, budget) },
  { "actual", JX_FIELD_MONEY, F (JxThreePublicItem, actual) },
  { "previous_budget", JX_FIELD_MONEY, F (JxThreePublicItem, previous_budget) },
  { "previous_actual", JX_FIELD_MONEY, F (JxThreePublicItem, previous_actual) },
  { "items", JX_FIELD_LIST, F (JxThreePublicItem, items), JX_FIELD_OMIT_EMPTY, &jx_three_public_item_type },
};
const JxRecordType jx_three_public_item_type = { "三公经费 item", sizeof (JxThreePublicItem), three_public_item_fields, N (three_public_item_fields) };

static const JxField three_public_fields[] = {
  { "items", JX_FIELD_LIST, F (JxThreePublic, items), 0, &jx_three_public_item_type },
  { "budget_total", JX_FIELD_MONEY, F (JxThreePublic, budget_total) },
  { "actual_total", JX_FIELD_MONEY, F (JxThreePublic, actual_total) },
  { "previous_budget_total", JX_FIELD_MONEY, F (JxThreePublic, previous_budget_total) },
  { "previous_actual_total", JX_FIELD_MONEY, F (JxThreePublic, previous_actual_total) },
  { "note", JX_FIELD_STRING, F (JxThreePublic, note) },
};
static const JxRecordType three_public_type = { "three public", sizeof (JxThreePublic), three_public_fields, N (three_public_fields) };

static const JxField procurement_fields[] = {
  { "budget", JX_FIELD_MONEY, F (JxProcurement, budget) },
  { "actual", JX_FIELD_MONEY, F (JxProcurement, actual) },
  { "previous_actual", JX_FIELD_MONEY, F (JxProcurement, previous_actual) },
  { "note", JX_FIELD_STRING, F (JxProcurement, note) },
};
static const JxRecordType procurement_type = { "procurement", sizeof (JxProcurement), procurement_fields, N (procurement_fields) };

static const JxField assets_fields[] = {
  { "registered", JX_FIELD_MONEY, F (JxAssets, registered) },
  { "in_use", JX_FIELD_MONEY, F (JxAssets, in_use) },
  { "idle", JX_FIELD_MONEY, F (JxAssets, idle) },
  { "utilization_base", JX_FIELD_ENUM, F (JxAssets, utilization_base), 0, NULL, asset_base_names },
  { "note", JX_FIELD_STRING, F (JxAssets, note) },
};
static const JxRecordType assets_type = { "assets", sizeof (JxAssets), assets_fields, N (assets_fields) };

static const JxField key_expenditure_fields[] = {
  { "amount", JX_FIELD_MONEY, F (JxKeyExpenditure, amount) },
  { "note", JX_FIELD_STRING, F (JxKeyExpenditure, note) },
};
static const JxRecordType key_expenditure_type = { "key expenditure", sizeof (JxKeyExpenditure), key_expenditure_fields, N (key_expenditure_fields) };

static const JxField budget_fields[] = {
  { "revenue", JX_FIELD_OBJECT, F (JxBudget, revenue), 0, &revenue_type },
  { "by_function", JX_FIELD_OBJECT, F (JxBudget, by_function), 0, &amount_table_type },
  { "by_nature", JX_FIELD_OBJECT, F (JxBudget, by_nature), 0, &nature_type },
  { "by_economic", JX_FIELD_OBJECT, F (JxBudget, by_economic), 0, &amount_table_type },
  { "execution", JX_FIELD_OBJECT, F (JxBudget, execution), 0, &execution_type },
  { "projects", JX_FIELD_OBJECT, F (JxBudget, projects), 0, &projects_type },
  { "public_funds", JX_FIELD_OBJECT, F (JxBudget, public_funds), 0, &public_funds_type },
  { "three_public", JX_FIELD_OBJECT, F (JxBudget, three_public), 0, &three_public_type },
  { "procurement", JX_FIELD_OBJECT, F (JxBudget, procurement), 0, &procurement_type },
  { "assets", JX_FIELD_OBJECT, F (JxBudget, assets), 0, &assets_type },
  { "key_expenditure", JX_FIELD_OBJECT, F (JxBudget, key_expenditure), 0, &key_expenditure_type },
};
static const JxRecordType budget_type = { "budget", sizeof (JxBudget), budget_fields, N (budget_fields) };

/* ---- indicators ---- */

static const JxField part_fields[] = {
  { "label", JX_FIELD_STRING, F (JxPart, label) },
  { "initial_target", JX_FIELD_NUMBER, F (JxPart, initial_target), JX_FIELD_OMIT_EMPTY },
  { "target", JX_FIELD_NUMBER, F (JxPart, target) },
  { "actual", JX_FIELD_NUMBER, F (JxPart, actual) },
  { "unit", JX_FIELD_STRING, F (JxPart, unit) },
  { "direction", JX_FIELD_ENUM, F (JxPart, direction), 0, NULL, jx_direction_names },
};
const JxRecordType jx_part_type = { "target part", sizeof (JxPart), part_fields, N (part_fields) };

/* A tier has a "min" (at least) or a "max" (at most) bound; absent ones are not written. */
static const JxField tier_fields[] = {
  { "min", JX_FIELD_NUMBER, F (JxTier, min), JX_FIELD_OMIT_DEFAULT },
  { "max", JX_FIELD_NUMBER, F (JxTier, max), JX_FIELD_OMIT_DEFAULT },
  { "points", JX_FIELD_NUMBER, F (JxTier, points), JX_FIELD_REQUIRED | JX_FIELD_NOT_NULL },
};
const JxRecordType jx_tier_type = { "tier", sizeof (JxTier), tier_fields, N (tier_fields) };

static const JxField rule_fields[] = {
  { "kind", JX_FIELD_ENUM, F (JxRule, kind), 0, NULL, jx_rule_kind_names, JX_RULE_MANUAL },
  { "tolerance", JX_FIELD_NUMBER, F (JxRule, tolerance), JX_FIELD_NOT_NULL | JX_FIELD_OMIT_DEFAULT, NULL, NULL, 0 },
  { "proportional", JX_FIELD_BOOL, F (JxRule, proportional), JX_FIELD_OMIT_DEFAULT },
  { "grade", JX_FIELD_ENUM, F (JxRule, grade), 0 | JX_FIELD_OMIT_DEFAULT, NULL, jx_grade_names, JX_GRADE_NONE },
  { "share", JX_FIELD_NUMBER, F (JxRule, share), JX_FIELD_NOT_NULL | JX_FIELD_OMIT_DEFAULT, NULL, NULL, 100 },
  { "threshold", JX_FIELD_NUMBER, F (JxRule, threshold), JX_FIELD_NOT_NULL | JX_FIELD_OMIT_DEFAULT, NULL, NULL, 0 },
  { "step", JX_FIELD_NUMBER, F (JxRule, step), JX_FIELD_NOT_NULL | JX_FIELD_OMIT_DEFAULT, NULL, NULL, 0 },
  { "tiers", JX_FIELD_LIST, F (JxRule, tiers), 0 | JX_FIELD_OMIT_DEFAULT, &jx_tier_type },
  /* Added with the rule packs: written only when not at their defaults. */
  { "basis", JX_FIELD_ENUM, F (JxRule, basis), JX_FIELD_OMIT_DEFAULT, NULL, jx_basis_names },
  { "per", JX_FIELD_NUMBER, F (JxRule, per), JX_FIELD_NOT_NULL | JX_FIELD_OMIT_DEFAULT, NULL, NULL, 1 },
  { "count", JX_FIELD_ENUM, F (JxRule, count), JX_FIELD_OMIT_DEFAULT, NULL, jx_step_count_names },
  { "over_from", JX_FIELD_NUMBER, F (JxRule, over_from), JX_FIELD_OMIT_DEFAULT },
  { "over_deduct", JX_FIELD_NUMBER, F (JxRule, over_deduct), JX_FIELD_NOT_NULL | JX_FIELD_OMIT_DEFAULT, NULL, NULL, 0 },
  { "over_per", JX_FIELD_NUMBER, F (JxRule, over_per), JX_FIELD_OMIT_DEFAULT },
  { "custom", JX_FIELD_BOOL, F (JxRule, custom), JX_FIELD_OMIT_DEFAULT },
  { "source", JX_FIELD_STRING, F (JxRule, source), JX_FIELD_OMIT_DEFAULT },
};
gboolean
jx_rule_param_applies (const char *key,
                       int         kind)
{
  switch (kind)
    {
    case JX_RULE_EQUAL:
      return g_str_equal (key, "tolerance") || g_str_equal (key, "proportional");
    case JX_RULE_QUALITATIVE:
      return g_str_equal (key, "grade") || g_str_equal (key, "share");
    case JX_RULE_DEDUCTION:
      return g_str_equal (key, "threshold") || g_str_equal (key, "step");
    case JX_RULE_TIERS:
      return g_str_equal (key, "tiers");
    default:
      return FALSE;
    }
}

const JxRecordType jx_rule_type = { "rule", sizeof (JxRule), rule_fields, N (rule_fields) };

static const JxField indicator_fields[] = {
  { "number", JX_FIELD_STRING, F (JxIndicator, number) },
  { "name", JX_FIELD_STRING, F (JxIndicator, name), JX_FIELD_REQUIRED },
  { "weight", JX_FIELD_NUMBER, F (JxIndicator, weight) },
  { "stated_score", JX_FIELD_NUMBER, F (JxIndicator, stated_score), JX_FIELD_BRANCH },
  /* Added with issue 11: written only when set. */
  { "stated_grade", JX_FIELD_STRING, F (JxIndicator, stated_grade), JX_FIELD_BRANCH | JX_FIELD_OMIT_EMPTY },
  { "heading", JX_FIELD_STRING, F (JxIndicator, heading), JX_FIELD_OMIT_EMPTY },
  { "analysis", JX_FIELD_STRING, F (JxIndicator, analysis) },
  { "target_text", JX_FIELD_STRING, F (JxIndicator, target_text), JX_FIELD_LEAF },
  { "actual_text", JX_FIELD_STRING, F (JxIndicator, actual_text), JX_FIELD_LEAF },
  { "parts", JX_FIELD_LIST, F (JxIndicator, parts), JX_FIELD_LEAF, &jx_part_type },
  { "metric", JX_FIELD_ENUM, F (JxIndicator, metric), JX_FIELD_LEAF, NULL, jx_metric_names },
  { "applicable", JX_FIELD_BOOL, F (JxIndicator, applicable), JX_FIELD_LEAF, NULL, NULL, TRUE },
  { "core", JX_FIELD_BOOL, F (JxIndicator, core), JX_FIELD_LEAF | JX_FIELD_OMIT_EMPTY },
  { "rule", JX_FIELD_OBJECT, F (JxIndicator, rule), JX_FIELD_LEAF, &jx_rule_type },
  { "score", JX_FIELD_NUMBER, F (JxIndicator, score), JX_FIELD_LEAF },
  { "note", JX_FIELD_STRING, F (JxIndicator, note), JX_FIELD_LEAF },
  { "children", JX_FIELD_LIST, F (JxIndicator, children), JX_FIELD_BRANCH | JX_FIELD_RECURSE, &jx_indicator_type },
};
const JxRecordType jx_indicator_type = { "indicator", sizeof (JxIndicator), indicator_fields, N (indicator_fields) };

/* ---- scoring, conclusion, restatements ---- */

static const JxField grade_band_fields[] = {
  { "name", JX_FIELD_STRING, F (JxGradeBand, name), JX_FIELD_REQUIRED },
  { "min", JX_FIELD_NUMBER, F (JxGradeBand, min), JX_FIELD_REQUIRED | JX_FIELD_NOT_NULL },
};
const JxRecordType jx_grade_band_type = { "grade band", sizeof (JxGradeBand), grade_band_fields, N (grade_band_fields) };

static const JxField cap_fields[] = {
  { "metric", JX_FIELD_ENUM, F (JxCap, metric), JX_FIELD_REQUIRED, NULL, jx_metric_names },
  { "from", JX_FIELD_NUMBER, F (JxCap, from), JX_FIELD_OMIT_DEFAULT },
  { "below", JX_FIELD_NUMBER, F (JxCap, below), JX_FIELD_OMIT_DEFAULT },
  { "max", JX_FIELD_NUMBER, F (JxCap, max), JX_FIELD_REQUIRED | JX_FIELD_NOT_NULL },
  { "source", JX_FIELD_STRING, F (JxCap, source), JX_FIELD_OMIT_DEFAULT },
};
const JxRecordType jx_cap_type = { "cap", sizeof (JxCap), cap_fields, N (cap_fields) };

static const JxField scoring_fields[] = {
  { "grade_bands", JX_FIELD_LIST, F (JxScoring, grade_bands), 0, &jx_grade_band_type },
  { "decimals", JX_FIELD_INT, F (JxScoring, decimals), 0, NULL, NULL, 2 },
  { "rounding", JX_FIELD_ENUM, F (JxScoring, rounding), 0, NULL, rounding_names },
  { "three_public_change_base", JX_FIELD_ENUM, F (JxScoring, three_public_change_base), 0, NULL, change_base_names },
  { "method", JX_FIELD_STRING, F (JxScoring, method) },
  { "execution_base", JX_FIELD_ENUM, F (JxScoring, execution_base), 0, NULL, execution_base_names },
  /* Added with the rule packs: written only when not at their defaults. */
  { "pack", JX_FIELD_STRING, F (JxScoring, pack), JX_FIELD_OMIT_DEFAULT },
  { "source", JX_FIELD_STRING, F (JxScoring, source), JX_FIELD_OMIT_DEFAULT },
  { "achieved_min", JX_FIELD_NUMBER, F (JxScoring, achieved_min), JX_FIELD_NOT_NULL | JX_FIELD_OMIT_DEFAULT, NULL, NULL, 80 },
  { "partial_min", JX_FIELD_NUMBER, F (JxScoring, partial_min), JX_FIELD_NOT_NULL | JX_FIELD_OMIT_DEFAULT, NULL, NULL, 60 },
  { "not_applicable", JX_FIELD_ENUM, F (JxScoring, not_applicable), JX_FIELD_OMIT_DEFAULT, NULL, jx_not_applicable_names },
  { "caps", JX_FIELD_LIST, F (JxScoring, caps), JX_FIELD_OMIT_DEFAULT, &jx_cap_type },
};
static const JxRecordType scoring_type = { "scoring", sizeof (JxScoring), scoring_fields, N (scoring_fields) };

static const JxField conclusion_fields[] = {
  { "stated_total", JX_FIELD_NUMBER, F (JxConclusion, stated_total) },
  { "stated_grade", JX_FIELD_STRING, F (JxConclusion, stated_grade), JX_FIELD_OMIT_EMPTY },
  { "summary", JX_FIELD_STRING, F (JxConclusion, summary) },
  { "benefits", JX_FIELD_STRING, F (JxConclusion, benefits) },
  { "experience", JX_FIELD_STRING, F (JxConclusion, experience) },
  { "problems", JX_FIELD_STRING, F (JxConclusion, problems) },
  { "measures", JX_FIELD_STRING, F (JxConclusion, measures) },
};
static const JxRecordType conclusion_type = { "conclusion", sizeof (JxConclusion), conclusion_fields, N (conclusion_fields) };

static const JxField restatement_fields[] = {
  { "path", JX_FIELD_STRING, F (JxRestatement, path), JX_FIELD_REQUIRED },
  { "value", JX_FIELD_NUMBER, F (JxRestatement, value), JX_FIELD_REQUIRED | JX_FIELD_NOT_NULL },
  { "where", JX_FIELD_STRING, F (JxRestatement, where) },
};
const JxRecordType jx_restatement_type = { "restatement", sizeof (JxRestatement), restatement_fields, N (restatement_fields) };

static const JxField slide_ref_fields[] = {
  { "id", JX_FIELD_STRING, F (JxSlideRef, id), JX_FIELD_REQUIRED },
  { "shown", JX_FIELD_BOOL, F (JxSlideRef, shown), 0, NULL, NULL, TRUE },
};
const JxRecordType jx_slide_ref_type = { "slide", sizeof (JxSlideRef), slide_ref_fields, N (slide_ref_fields) };

static const JxField presentation_fields[] = {
  { "slides", JX_FIELD_LIST, F (JxPresentation, slides), 0, &jx_slide_ref_type },
};
static const JxRecordType presentation_type = { "presentation", sizeof (JxPresentation), presentation_fields, N (presentation_fields) };

static const JxField doc_fields[] = {
  { "format", JX_FIELD_STRING, F (JxDocData, format), JX_FIELD_REQUIRED },
  { "version", JX_FIELD_INT, F (JxDocData, version), JX_FIELD_REQUIRED, NULL, NULL, JX_FORMAT_VERSION },
  { "department", JX_FIELD_OBJECT, F (JxDocData, department), JX_FIELD_REQUIRED, &department_type },
  { "budget", JX_FIELD_OBJECT, F (JxDocData, budget), 0, &budget_type },
  { "indicators", JX_FIELD_LIST, F (JxDocData, indicators), 0, &jx_indicator_type },
  { "scoring", JX_FIELD_OBJECT, F (JxDocData, scoring), 0, &scoring_type },
  { "conclusion", JX_FIELD_OBJECT, F (JxDocData, conclusion), 0, &conclusion_type },
  { "restatements", JX_FIELD_LIST, F (JxDocData, restatements), 0, &jx_restatement_type },
  { "presentation", JX_FIELD_OBJECT, F (JxDocData, presentation), 0, &presentation_type },
};
const JxRecordType jx_doc_data_type = { "document", sizeof (JxDocData), doc_fields, N (doc_fields) };
