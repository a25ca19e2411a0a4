/* SPDX-License-Identifier: GPL-3.0-or-later */
/* jx-indicator-columns.c: what each cell of the indicator table shows. */
#define G_LOG_DOMAIN "jx-indicator-columns"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "jx-indicator-attributes.h"
#include "jx-indicator-columns.h"
#include "jx-indicator-edit.h"
#include "jx-indicator-row.h"
#include "jx-metrics.h"

typedef struct {
  const char *id;
  const char *title;
  int         width;
  gboolean    numeric;
  gboolean    editable;
} ColumnInfo;

static const ColumnInfo columns[JX_N_COLUMNS] = {
  [JX_COLUMN_NUMBER] = { "number", NC_("indicator column", "No."), 52, FALSE, TRUE },
  [JX_COLUMN_NAME] = { "name", NC_("indicator column", "Indicator"), 200, FALSE, TRUE },
  [JX_COLUMN_TARGET] = { "target", NC_("indicator column", "Target"), 120, FALSE, TRUE },
  [JX_COLUMN_WEIGHT] = { "weight", NC_("indicator column", "Weight"), 56, TRUE, TRUE },
  [JX_COLUMN_ACTUAL] = { "actual", NC_("indicator column", "Actual"), 120, FALSE, TRUE },
  [JX_COLUMN_COMPLETION] = { "completion", NC_("indicator column", "Completion"), 100, TRUE, FALSE },
  [JX_COLUMN_RULE] = { "rule", NC_("indicator column", "Rule"), 88, FALSE, FALSE },
  [JX_COLUMN_COMPUTED] = { "computed", NC_("indicator column", "Computed"), 72, TRUE, FALSE },
  [JX_COLUMN_SCORE] = { "score", NC_("indicator column", "Score"), 64, TRUE, TRUE },
  [JX_COLUMN_NOTE] = { "note", NC_("indicator column", "Deviation Reason"), 130, FALSE, TRUE },
  [JX_COLUMN_DIRECTION] = { "direction", NC_("indicator column", "Direction"), 72, FALSE, TRUE },
  [JX_COLUMN_UNIT] = { "unit", NC_("indicator column", "Unit"), 80, FALSE, TRUE },
  [JX_COLUMN_CORE] = { "core", NC_("indicator column", "Core"), 72, FALSE, TRUE },
  [JX_COLUMN_INITIAL] = { "initial", NC_("indicator column", "Initial Target"), 96, FALSE, TRUE },
  [JX_COLUMN_COEFFICIENT] = { "coefficient", NC_("indicator column", "Coefficient"), 72, TRUE, FALSE },
};

/* The form's order: the attributes beside what they qualify. */
static const JxColumn view_order[JX_N_COLUMNS] = {
  JX_COLUMN_NUMBER, JX_COLUMN_NAME, JX_COLUMN_CORE, JX_COLUMN_DIRECTION, JX_COLUMN_INITIAL,
  JX_COLUMN_TARGET, JX_COLUMN_UNIT, JX_COLUMN_WEIGHT, JX_COLUMN_ACTUAL, JX_COLUMN_COMPLETION,
  JX_COLUMN_RULE, JX_COLUMN_COMPUTED, JX_COLUMN_SCORE, JX_COLUMN_COEFFICIENT, JX_COLUMN_NOTE,
};

const JxColumn *
jx_column_view_order (void)
{
  return view_order;
}

gboolean
jx_column_default_visible (JxColumn column)
{
  return column < JX_N_BASE_COLUMNS;
}

gboolean
jx_column_can_hide (JxColumn column)
{
  return column != JX_COLUMN_NAME;
}

const char *
jx_column_get_title (JxColumn column)
{
  /* translated once: every cell filled asks (issue 16) */
  static const char *titles[JX_N_COLUMNS];

  g_return_val_if_fail (column < JX_N_COLUMNS, NULL);
  if (titles[column] == NULL)
    titles[column] = g_dpgettext2 (GETTEXT_PACKAGE, "indicator column", columns[column].title);
  return titles[column];
}

const char *
jx_column_get_id (JxColumn column)
{
  g_return_val_if_fail (column < JX_N_COLUMNS, NULL);
  return columns[column].id;
}

int
jx_column_get_width (JxColumn column)
{
  g_return_val_if_fail (column < JX_N_COLUMNS, 0);
  return columns[column].width;
}

/* The columns of text share the width the window gives beyond the others' (at 1920 px the
 * deviation reasons read whole); at 1024 px every column still fits. */
gboolean
jx_column_expands (JxColumn column)
{
  g_return_val_if_fail (column < JX_N_COLUMNS, FALSE);
  return column == JX_COLUMN_NAME || column == JX_COLUMN_NOTE;
}

gboolean
jx_column_is_numeric (JxColumn column)
{
  g_return_val_if_fail (column < JX_N_COLUMNS, FALSE);
  return columns[column].numeric;
}

gboolean
jx_column_is_editable (JxColumn column)
{
  g_return_val_if_fail (column < JX_N_COLUMNS, FALSE);
  return columns[column].editable;
}

gboolean
jx_column_is_editable_for (JxColumn        column,
                           JxIndicatorRow *row)
{
  const JxIndicator *ind = jx_indicator_row_get_indicator (row);

  if (ind == NULL || !columns[column].editable)
    return FALSE;
  if (jx_column_is_attribute (column))
    return jx_attribute_is_editable (column, jx_indicator_row_get_level (row), ind);
  if (jx_indicator_row_get_level (row) < 3)
    return column == JX_COLUMN_NUMBER || column == JX_COLUMN_NAME || column == JX_COLUMN_WEIGHT;
  if (column == JX_COLUMN_ACTUAL)
    return ind->parts == NULL || ind->parts->len == 0 || !(ind->metric > JX_METRIC_NONE && ind->metric < JX_N_METRICS);
  return TRUE;
}

JxColumn
jx_column_for_field (const char *field)
{
  if (field == NULL || *field == '\0')
    return JX_COLUMN_NAME;
  if (*field == '.')
    field++;
  if (g_str_has_prefix (field, "number"))
    return JX_COLUMN_NUMBER;
  if (g_str_has_prefix (field, "weight"))
    return JX_COLUMN_WEIGHT;
  if (g_str_has_prefix (field, "score") || g_str_has_prefix (field, "stated_score"))
    return JX_COLUMN_SCORE;
  if (g_str_has_prefix (field, "rule"))
    return JX_COLUMN_RULE;
  if (g_str_has_prefix (field, "note"))
    return JX_COLUMN_NOTE;
  if (g_str_has_prefix (field, "actual_text") || g_str_has_prefix (field, "metric"))
    return JX_COLUMN_ACTUAL;
  if (g_str_has_prefix (field, "parts"))
    return g_str_has_suffix (field, ".actual") ? JX_COLUMN_ACTUAL : JX_COLUMN_TARGET;
  if (g_str_has_prefix (field, "target_text"))
    return JX_COLUMN_TARGET;
  return JX_COLUMN_NAME;
}

const char *
jx_rule_kind_short_name (int kind)
{
  return jx_rule_kind_title (kind);
}

/* ---- numbers ---- */

static void
trim_zeros (char *buf)
{
  char *dot = strchr (buf, '.');
  char *end;

  if (dot == NULL)
    return;
  end = buf + strlen (buf);
  while (end > dot + 1 && end[-1] == '0')
    *--end = '\0';
  if (end == dot + 1)
    *dot = '\0';
}

static void
no_minus_zero (char *buf)
{
  if (buf[0] == '-' && strspn (buf + 1, "0.") == strlen (buf + 1))
    memmove (buf, buf + 1, strlen (buf));
}

char *
jx_format_fixed (double value,
                 int    decimals)
{
  char format[16];
  char buf[G_ASCII_DTOSTR_BUF_SIZE + 32];

  if (isnan (value))
    return g_strdup ("");
  if (!isfinite (value) || fabs (value) >= 1e15)
    return g_strdup (g_ascii_formatd (buf, sizeof buf, "%g", value));
  g_snprintf (format, sizeof format, "%%.%df", CLAMP (decimals, 0, 9));
  /* Nudge so that 2.675 (stored as 2.67499…) shows as the 2.68 the user typed. */
  value += copysign (fabs (value) * 1e-13, value);
  g_ascii_formatd (buf, sizeof buf, format, value);
  no_minus_zero (buf);
  return g_strdup (buf);
}

char *
jx_format_value (double value,
                 int    decimals)
{
  char *s = jx_format_fixed (value, decimals);

  trim_zeros (s);
  no_minus_zero (s);
  return s;
}

/* ---- cell texts ---- */

static const char *
direction_words (int direction)
{
  switch (direction)
    {
    case JX_DIRECTION_LE:
    case JX_DIRECTION_LT:
      return _("less is better");
    case JX_DIRECTION_EQ:
      return _("equal is best");
    case JX_DIRECTION_GE:
    case JX_DIRECTION_GT:
    default:
      return _("more is better");
    }
}

static void
append_value_unit (GString    *s,
                   double      value,
                   const char *unit,
                   int         decimals)
{
  g_autofree char *v = jx_format_value (value, decimals);

  /* Not stated: a dash alone, never "—%". */
  if (*v == '\0')
    {
      g_string_append (s, "—");
      return;
    }
  g_string_append (s, v);
  if (unit != NULL && *unit)
    {
      if (g_strcmp0 (unit, "%") != 0)
        g_string_append_c (s, ' ');
      g_string_append (s, unit);
    }
}

static char *
target_interpretation (const JxIndicator *ind)
{
  GString *s = g_string_new (NULL);
  guint i;

  if (ind->parts == NULL || ind->parts->len == 0)
    {
      g_string_append (s, _("Qualitative target: score it with the qualitative rule or by hand"));
      return g_string_free (s, FALSE);
    }
  for (i = 0; i < ind->parts->len; i++)
    {
      const JxPart *part = g_ptr_array_index (ind->parts, i);

      if (i > 0)
        g_string_append (s, "\n");
      if (part->label != NULL && *part->label)
        g_string_append_printf (s, "%s ", part->label);
      g_string_append (s, jx_direction_sign (part->direction));
      g_string_append_c (s, ' ');
      append_value_unit (s, part->target, part->unit, 6);
      g_string_append_printf (s, " (%s)", direction_words (part->direction));
      if (JX_NUMBER_IS_SET (part->initial_target) && part->initial_target != part->target)
        {
          GString *initial = g_string_new (NULL);

          append_value_unit (initial, part->initial_target, part->unit, 6);
          /* Translators: the target as set at the start of the year (年初指标值), before it
           * was adjusted to the one scored (调整后指标值) */
          g_string_append_printf (s, _("; adjusted during the year from %s"), initial->str);
          g_string_free (initial, TRUE);
        }
    }
  if (ind->core)
    g_string_append_printf (s, "\n%s", _("Core indicator (核心指标)"));
  return g_string_free (s, FALSE);
}

static char *
actual_text (const JxDocData   *doc,
             const JxIndicator *ind,
             gboolean           for_editing)
{
  GString *s = g_string_new (NULL);
  guint i;

  for (i = 0; i < ind->parts->len; i++)
    {
      const JxPart *part = g_ptr_array_index (ind->parts, i);
      double a = jx_indicator_actual (doc, ind, i);
      gboolean metric = i == 0 && ind->metric > JX_METRIC_NONE;

      if (for_editing)
        {
          g_autofree char *v = jx_format_value (a, 6);

          if (i > 0)
            g_string_append (s, "; ");
          g_string_append (s, v);
          continue;
        }
      if (i > 0)
        g_string_append (s, "；");
      if (ind->parts->len > 1 && part->label != NULL && *part->label)
        g_string_append_printf (s, "%s ", part->label);
      append_value_unit (s, a, part->unit, metric ? 2 : 6);
    }
  return g_string_free (s, FALSE);
}

char *
jx_indicator_actual_display (const JxDocData   *doc,
                             const JxIndicator *ind)
{
  return actual_text (doc, ind, FALSE);
}

static char *
findings_text (const JxRowFindings *findings,
               int                  column)
{
  GString *s;
  guint i;

  if (findings == NULL || findings->findings == NULL || findings->findings->len == 0)
    return NULL;
  s = g_string_new (NULL);
  for (i = 0; i < findings->findings->len; i++)
    {
      const JxFinding *f = g_ptr_array_index (findings->findings, i);
      const char *field = strrchr (f->path, ']');

      if (column >= 0 && (int) jx_column_for_field (field != NULL ? field + 1 : NULL) != column)
        continue;
      if (s->len > 0)
        g_string_append_c (s, '\n');
      g_string_append (s, f->message);
    }
  if (s->len == 0)
    {
      g_string_free (s, TRUE);
      return NULL;
    }
  return g_string_free (s, FALSE);
}

static const char *
severity_icon (int severity)
{
  switch (severity)
    {
    case JX_SEVERITY_ERROR:
      return "dialog-error-symbolic";
    case JX_SEVERITY_WARNING:
      return "dialog-warning-symbolic";
    case JX_SEVERITY_INFO:
      return "dialog-information-symbolic";
    default:
      return NULL;
    }
}

static char *
join_tooltip (char *a,
              char *b)
{
  char *s;

  if (a == NULL)
    return b;
  if (b == NULL)
    return a;
  s = g_strconcat (a, "\n\n", b, NULL);
  g_free (a);
  g_free (b);
  return s;
}

static void
fill_leaf (JxCellContent           *c,
           JxColumn                 column,
           const JxDocData         *doc,
           const JxIndicator       *ind,
           const JxIndicatorResult *r,
           int                      decimals)
{
  switch (column)
    {
    case JX_COLUMN_TARGET:
      if (ind->target_text != NULL && *ind->target_text)
        c->text = g_strdup (ind->target_text);
      else
        {
          GString *s = g_string_new (NULL);
          guint i;

          for (i = 0; ind->parts != NULL && i < ind->parts->len; i++)
            {
              const JxPart *part = g_ptr_array_index (ind->parts, i);

              if (i > 0)
                g_string_append (s, "；");
              if (part->direction != JX_DIRECTION_GE)
                g_string_append (s, jx_direction_sign (part->direction));
              append_value_unit (s, part->target, part->unit, 6);
            }
          c->text = g_string_free (s, FALSE);
        }
      c->edit_text = g_strdup (c->text);
      c->tooltip = target_interpretation (ind);
      c->flags |= JX_CELL_EDITABLE;
      break;

    case JX_COLUMN_WEIGHT:
      c->text = jx_format_value (ind->weight, 6);
      c->edit_text = g_strdup (c->text);
      c->flags |= JX_CELL_EDITABLE;
      break;

    case JX_COLUMN_ACTUAL:
      if (ind->parts == NULL || ind->parts->len == 0)
        {
          c->text = g_strdup (ind->actual_text != NULL ? ind->actual_text : "");
          c->edit_text = g_strdup (c->text);
          c->flags |= JX_CELL_EDITABLE;
          c->tooltip = g_strdup (_("The actual result, as text (the target is qualitative)"));
        }
      else if (ind->metric > JX_METRIC_NONE && ind->metric < JX_N_METRICS)
        {
          c->text = actual_text (doc, ind, FALSE);
          c->tooltip = g_strdup_printf (_("Computed from the budget figures (%s); change those on the budget page"),
                                        jx_metric_title (ind->metric));
          c->flags |= JX_CELL_DIM | JX_CELL_NUMERIC;
        }
      else
        {
          c->text = actual_text (doc, ind, FALSE);
          c->edit_text = actual_text (doc, ind, TRUE);
          c->flags |= JX_CELL_EDITABLE;
          if (ind->parts->len == 1)
            c->flags |= JX_CELL_NUMERIC;
          else
            c->tooltip = g_strdup (_("Several values, in the order of the target's parts, separated by “;”"));
          if (ind->actual_text != NULL && *ind->actual_text && g_strcmp0 (ind->actual_text, c->text) != 0)
            c->tooltip = join_tooltip (c->tooltip, g_strdup_printf (_("As printed: %s"), ind->actual_text));
        }
      break;

    case JX_COLUMN_COMPLETION:
      if (r != NULL && !isnan (r->completion))
        {
          g_autofree char *v = jx_format_fixed (r->completion, 2);
          c->text = g_strdup_printf ("%s%%", v);
        }
      c->tooltip = g_strdup (_("Completion: actual against target, by the direction of the target"));
      break;

    case JX_COLUMN_RULE:
      if (ind->rule.kind == JX_RULE_QUALITATIVE)
        {
          g_autofree char *share = jx_format_value (ind->rule.share, 2);
          c->text = g_strdup_printf ("%s %s%%", jx_rule_kind_short_name (ind->rule.kind), share);
        }
      else if (ind->rule.kind == JX_RULE_TIERS && ind->rule.tiers != NULL)
        /* Translators: a tiers rule and its number of tiers, e.g. "档位 ×4" */
        c->text = g_strdup_printf (_("%s ×%u"), jx_rule_kind_short_name (ind->rule.kind), ind->rule.tiers->len);
      else
        c->text = g_strdup (jx_rule_kind_short_name (ind->rule.kind));
      c->tooltip = join_tooltip (jx_rule_dup_citation (&ind->rule),
                                 g_strdup (_("Scoring rule: press Enter or Ctrl+R to see the calculation and change the rule")));
      c->flags |= JX_CELL_ACTIVATABLE;
      break;

    case JX_COLUMN_COMPUTED:
      if (r != NULL)
        {
          g_autofree char *v = jx_format_fixed (r->computed_score, decimals);

          c->text = r->differs ? g_strdup_printf ("≠ %s", v) : g_steal_pointer (&v);
          c->tooltip = join_tooltip (g_strdup (r->explanation), jx_rule_dup_citation (&ind->rule));
          if (r->differs)
            c->flags |= JX_CELL_DIFFERS;
        }
      break;

    case JX_COLUMN_SCORE:
      if (JX_NUMBER_IS_SET (ind->score))
        {
          c->text = jx_format_fixed (ind->score, decimals);
          c->edit_text = jx_format_value (ind->score, 6);
          if (r != NULL && r->differs)
            {
              g_autofree char *computed = jx_format_fixed (r->computed_score, decimals);

              c->flags |= JX_CELL_DIFFERS;
              c->tooltip = g_strdup_printf (_("Entered %s; the rule computes %s. "
                                              "Accept the computed score with Ctrl+Shift+A."),
                                            c->text, computed);
            }
          else
            c->tooltip = g_strdup (_("The score entered by hand"));
        }
      else
        {
          c->text = r != NULL ? jx_format_fixed (r->computed_score, decimals) : g_strdup ("");
          c->edit_text = g_strdup ("");
          c->flags |= JX_CELL_DIM;
          c->tooltip = g_strdup (_("No score entered: the computed score stands"));
        }
      if (r != NULL && !isnan (r->score) && ind->weight > 0)
        {
          g_autofree char *k = jx_format_fixed (r->score / ind->weight, 2);

          /* Translators: 得分系数, the score divided by the weight */
          c->tooltip = join_tooltip (c->tooltip, g_strdup_printf (_("Score coefficient (得分系数): %s × weight"), k));
        }
      c->flags |= JX_CELL_EDITABLE;
      break;

    case JX_COLUMN_NOTE:
      c->text = g_strdup (ind->note != NULL ? ind->note : "");
      c->edit_text = g_strdup (c->text);
      if (*c->text)
        c->tooltip = g_strdup (c->text);
      c->flags |= JX_CELL_EDITABLE;
      break;

    case JX_COLUMN_NUMBER:
    case JX_COLUMN_NAME:
    case JX_N_COLUMNS:
    default:
      break;
    }
}

static void
fill_branch (JxCellContent           *c,
             JxColumn                 column,
             JxIndicatorRow          *row,
             const JxIndicator       *ind,
             const JxIndicatorResult *r,
             int                      decimals)
{
  switch (column)
    {
    case JX_COLUMN_WEIGHT:
      c->text = jx_format_value (r != NULL ? r->weight : ind->weight, 6);
      c->edit_text = jx_format_value (ind->weight, 6);
      c->flags |= JX_CELL_EDITABLE;
      if (!JX_NUMBER_IS_SET (ind->weight))
        {
          c->flags |= JX_CELL_DIM;
          c->tooltip = g_strdup (_("No weight of its own: the sum of the weights below"));
        }
      else
        c->tooltip = g_strdup (_("Weight (the weights below must add up to it)"));
      break;

    case JX_COLUMN_COMPLETION:
      if (r != NULL && !isnan (r->rate))
        {
          g_autofree char *v = jx_format_fixed (r->rate, 2);
          c->text = g_strdup_printf ("%s%% %s", v, r->grade != NULL ? r->grade : "");
        }
      c->tooltip = g_strdup (_("Score rate (score / weight) and its grade"));
      break;

    case JX_COLUMN_SCORE:
      if (r != NULL)
        {
          c->text = jx_format_fixed (r->score, decimals);
          c->tooltip = g_strdup (r->explanation);
        }
      break;

    case JX_COLUMN_NUMBER:
    case JX_COLUMN_NAME:
    case JX_COLUMN_TARGET:
    case JX_COLUMN_ACTUAL:
    case JX_COLUMN_RULE:
    case JX_COLUMN_COMPUTED:
    case JX_COLUMN_NOTE:
    case JX_N_COLUMNS:
    default:
      break;
    }
}

void
jx_cell_content_fill (JxCellContent       *c,
                      JxColumn             column,
                      JxIndicatorRow      *row,
                      JxEvaluation        *evaluation,
                      const JxRowFindings *findings)
{
  const JxIndicator *ind = jx_indicator_row_get_indicator (row);
  const JxDocData *doc;
  const JxIndicatorResult *r;
  int level = jx_indicator_row_get_level (row);
  int decimals;

  memset (c, 0, sizeof *c);
  c->severity = -1;
  if (ind == NULL || evaluation == NULL)
    {
      c->text = g_strdup ("");
      return;
    }

  doc = jx_document_get_data (jx_evaluation_get_document (evaluation));
  decimals = CLAMP (doc->scoring.decimals, 0, 6);
  /* Within an edit step the evaluation lags behind the document: show no result then
   * (the step's end brings a refresh). A result of another record means the sheet is older
   * than the row. Never dereference r->indicator: it may be gone. */
  r = jx_indicator_edit_in_progress (evaluation) ? NULL
      : jx_evaluation_get_result (evaluation, jx_indicator_row_get_path (row));
  if (r != NULL && r->indicator != ind)
    r = NULL;

  if (columns[column].numeric)
    c->flags |= JX_CELL_NUMERIC;
  if (level < 3)
    c->flags |= JX_CELL_BRANCH;
  if (level == 1)
    c->flags |= JX_CELL_DIMENSION;

  switch (column)
    {
    case JX_COLUMN_NUMBER:
      c->text = g_strdup (ind->number != NULL ? ind->number : "");
      c->edit_text = g_strdup (c->text);
      c->flags |= JX_CELL_EDITABLE;
      break;
    case JX_COLUMN_NAME:
      c->text = g_strdup (ind->name != NULL ? ind->name : "");
      c->edit_text = g_strdup (c->text);
      c->flags |= JX_CELL_EDITABLE;
      if (findings != NULL && findings->row_severity >= 0)
        {
          c->icon = severity_icon (findings->row_severity);
          c->icon_severity = findings->row_severity;
        }
      if (level == 3 && !ind->applicable)
        c->tooltip = g_strdup (_("Not applicable: left out of the weights and the scores"));
      c->tooltip = join_tooltip (c->tooltip, findings_text (findings, -1));
      break;
    default:
      if (jx_column_is_attribute (column))
        jx_attribute_fill (c, column, level, ind, r);
      else if (level == 3)
        fill_leaf (c, column, doc, ind, r, decimals);
      else
        fill_branch (c, column, row, ind, r, decimals);
      if (column != JX_COLUMN_NAME && findings != NULL && findings->severity[column] >= 0)
        {
          c->severity = findings->severity[column];
          c->tooltip = join_tooltip (findings_text (findings, column), c->tooltip);
        }
      break;
    }
  if (findings != NULL && column == JX_COLUMN_NAME)
    c->severity = findings->severity[JX_COLUMN_NAME];
  if (c->text == NULL)
    c->text = g_strdup ("");

  c->accessible = g_strdup_printf (/* Translators: column title, indicator name, value:
                                    * e.g. "Weight of “全年采摄新闻”: 3" */
                                   _("%s of “%s”: %s"),
                                   jx_column_get_title (column), ind->name, *c->text ? c->text : _("empty"));
}

void
jx_cell_content_clear (JxCellContent *c)
{
  g_clear_pointer (&c->text, g_free);
  g_clear_pointer (&c->edit_text, g_free);
  g_clear_pointer (&c->tooltip, g_free);
  g_clear_pointer (&c->accessible, g_free);
}
