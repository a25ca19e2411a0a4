/* SPDX-License-Identifier: GPL-3.0-or-later */
/* jx-indicator-attributes.c: 指标性质, 度量单位, 是否核心指标, 年初指标值 and 得分系数 as columns. */
#define G_LOG_DOMAIN "jx-indicator-attributes"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "jx-indicator-attributes.h"
#include "jx-record.h"
#include "jx-typed.h"

const char *
jx_direction_sign (int direction)
{
  switch (direction)
    {
    case JX_DIRECTION_GT:
      return ">";
    case JX_DIRECTION_LE:
      return "≤";
    case JX_DIRECTION_LT:
      return "<";
    case JX_DIRECTION_EQ:
      return "=";
    case JX_DIRECTION_GE:
    default:
      return "≥";
    }
}

static const struct {
  const char *token;
  int         direction;
} direction_tokens[] = {
  { "≥", JX_DIRECTION_GE }, { ">=", JX_DIRECTION_GE }, { "＞＝", JX_DIRECTION_GE }, { "≧", JX_DIRECTION_GE },
  { "大于等于", JX_DIRECTION_GE }, { "不低于", JX_DIRECTION_GE }, { "不少于", JX_DIRECTION_GE },
  { "正向", JX_DIRECTION_GE }, { "ge", JX_DIRECTION_GE },
  { "≤", JX_DIRECTION_LE }, { "<=", JX_DIRECTION_LE }, { "＜＝", JX_DIRECTION_LE }, { "≦", JX_DIRECTION_LE },
  { "小于等于", JX_DIRECTION_LE }, { "不超过", JX_DIRECTION_LE }, { "不高于", JX_DIRECTION_LE },
  { "反向", JX_DIRECTION_LE }, { "le", JX_DIRECTION_LE },
  { ">", JX_DIRECTION_GT }, { "＞", JX_DIRECTION_GT }, { "大于", JX_DIRECTION_GT }, { "gt", JX_DIRECTION_GT },
  { "<", JX_DIRECTION_LT }, { "＜", JX_DIRECTION_LT }, { "小于", JX_DIRECTION_LT }, { "lt", JX_DIRECTION_LT },
  { "=", JX_DIRECTION_EQ }, { "＝", JX_DIRECTION_EQ }, { "等于", JX_DIRECTION_EQ }, { "eq", JX_DIRECTION_EQ },
};

int
jx_direction_from_text (const char *text)
{
  g_autofree char *s = g_strstrip (jx_typed_normalize (text != NULL ? text : ""));
  guint i;

  for (i = 0; i < G_N_ELEMENTS (direction_tokens); i++)
    if (g_ascii_strcasecmp (s, direction_tokens[i].token) == 0)
      return direction_tokens[i].direction;
  return -1;
}

gboolean
jx_core_from_text (const char *text,
                   gboolean   *core)
{
  static const char * const yes[] = { "是", "√", "✓", "✔", "yes", "y", "1", "true", "核心", NULL };
  static const char * const no[] = { "", "否", "×", "✗", "no", "n", "0", "false", NULL };
  g_autofree char *s = g_strstrip (jx_typed_normalize (text != NULL ? text : ""));
  guint i;

  for (i = 0; yes[i] != NULL; i++)
    if (g_ascii_strcasecmp (s, yes[i]) == 0 || g_strcmp0 (s, _("Yes")) == 0)
      {
        *core = TRUE;
        return TRUE;
      }
  for (i = 0; no[i] != NULL; i++)
    if (g_ascii_strcasecmp (s, no[i]) == 0 || g_strcmp0 (s, _("No")) == 0)
      {
        *core = FALSE;
        return TRUE;
      }
  return FALSE;
}

gboolean
jx_column_is_attribute (JxColumn column)
{
  return column >= JX_COLUMN_DIRECTION && column < JX_N_COLUMNS;
}

static gboolean
has_parts (const JxIndicator *ind)
{
  return ind->parts != NULL && ind->parts->len > 0;
}

gboolean
jx_attribute_is_editable (JxColumn           column,
                          int                level,
                          const JxIndicator *ind)
{
  if (level < 3)
    return FALSE;
  switch (column)
    {
    case JX_COLUMN_DIRECTION:
    case JX_COLUMN_UNIT:
    case JX_COLUMN_INITIAL:
      return has_parts (ind);
    case JX_COLUMN_CORE:
      return TRUE;
    default:
      return FALSE;
    }
}

/* "2800 篇（条）", as the target cell prints a value. */
static void
append_value (GString    *s,
              double      value,
              const char *unit)
{
  g_autofree char *v = jx_format_value (value, 6);

  g_string_append (s, v);
  if (*v && unit != NULL && *unit)
    g_string_append_printf (s, g_strcmp0 (unit, "%") == 0 ? "%s" : " %s", unit);
}

static void
fill_parts (JxCellContent     *c,
            JxColumn           column,
            const JxIndicator *ind)
{
  GString *text = g_string_new (NULL);
  GString *edit = g_string_new (NULL);
  GString *tip = g_string_new (NULL);
  gboolean any_initial = FALSE;
  guint i;

  for (i = 0; i < ind->parts->len; i++)
    {
      const JxPart *part = g_ptr_array_index (ind->parts, i);
      const char *sep = i > 0 ? "；" : "";
      const char *edit_sep = i > 0 ? "; " : "";

      g_string_append (text, sep);
      g_string_append (edit, edit_sep);
      if (tip->len > 0)
        g_string_append_c (tip, '\n');
      if (ind->parts->len > 1 && part->label != NULL && *part->label)
        g_string_append_printf (tip, "%s: ", part->label);
      switch (column)
        {
        case JX_COLUMN_DIRECTION:
          g_string_append (text, jx_direction_sign (part->direction));
          g_string_append (edit, jx_direction_sign (part->direction));
          g_string_append (tip, part->direction == JX_DIRECTION_EQ ? _("equal is best")
                                : part->direction == JX_DIRECTION_LE || part->direction == JX_DIRECTION_LT
                                  ? _("less is better") : _("more is better"));
          break;
        case JX_COLUMN_UNIT:
          g_string_append (text, part->unit != NULL ? part->unit : "");
          g_string_append (edit, part->unit != NULL ? part->unit : "");
          g_string_append (tip, part->unit != NULL && *part->unit ? part->unit : _("no unit"));
          break;
        case JX_COLUMN_INITIAL:
          if (JX_NUMBER_IS_SET (part->initial_target))
            {
              g_autofree char *v = jx_format_value (part->initial_target, 6);
              GString *initial = g_string_new (NULL);
              GString *adjusted = g_string_new (NULL);

              any_initial = TRUE;
              append_value (initial, part->initial_target, part->unit);
              g_string_append (text, initial->str);
              g_string_append (edit, v);
              append_value (adjusted, part->target, part->unit);
              /* Translators: 年初指标值 → 调整后指标值, e.g. "2800 篇 at the start of the year, adjusted to 3000 篇" */
              g_string_append_printf (tip, _("%s at the start of the year, adjusted to %s"),
                                      initial->str, adjusted->str);
              g_string_free (initial, TRUE);
              g_string_free (adjusted, TRUE);
            }
          else
            g_string_append (tip, _("not adjusted during the year"));
          break;
        default:
          break;
        }
    }
  c->text = g_string_free (text, FALSE);
  c->edit_text = g_string_free (edit, FALSE);
  switch (column)
    {
    case JX_COLUMN_DIRECTION:
      c->tooltip = g_strdup_printf ("%s\n%s", tip->str,
                                    _("指标性质: type ≥, ≤, =, > or < (正向 for ≥, 反向 for ≤), one per part separated by “;”"));
      break;
    case JX_COLUMN_UNIT:
      c->tooltip = g_strdup_printf ("%s\n%s", tip->str, _("度量单位 of the target and the actual value"));
      break;
    case JX_COLUMN_INITIAL:
      c->tooltip = g_strdup_printf ("%s\n%s", tip->str,
                                    _("年初指标值: the target set at the start of the year, when it was adjusted "
                                      "to the one scored (调整后指标值); empty when it was not"));
      if (!any_initial)
        {
          g_free (c->text);
          c->text = g_strdup ("");
        }
      break;
    default:
      break;
    }
  g_string_free (tip, TRUE);
}

void
jx_attribute_fill (JxCellContent           *c,
                   JxColumn                 column,
                   int                      level,
                   const JxIndicator       *ind,
                   const JxIndicatorResult *r)
{
  if (column == JX_COLUMN_COEFFICIENT)
    {
      double weight = r != NULL ? r->weight : NAN;

      c->flags |= JX_CELL_NUMERIC;
      if (r != NULL && !isnan (r->score) && weight > 0)
        {
          g_autofree char *score = jx_format_value (r->score, 6);
          g_autofree char *w = jx_format_value (weight, 6);

          c->text = jx_format_fixed (r->score / weight, 2);
          /* Translators: 得分系数 = 得分 / 分值, e.g. "Score coefficient (得分系数) = 2.7 / 3 = 0.90" */
          c->tooltip = g_strdup_printf (_("Score coefficient (得分系数) = %s / %s = %s: the score is %s × the weight"),
                                        score, w, c->text, c->text);
        }
      else
        c->tooltip = g_strdup (_("Score coefficient (得分系数): score / weight, once there is a score"));
      return;
    }
  if (level < 3)
    return;
  if (column == JX_COLUMN_CORE)
    {
      c->text = g_strdup (ind->core ? _("Yes") : "");
      c->edit_text = g_strdup (c->text);
      c->flags |= JX_CELL_EDITABLE;
      c->tooltip = g_strdup (_("是否核心指标: type 是 for a core indicator, leave it empty (or 否) for the others"));
      return;
    }
  if (!has_parts (ind))
    {
      c->tooltip = g_strdup (_("A qualitative target has no direction, unit or number"));
      return;
    }
  fill_parts (c, column, ind);
  c->flags |= JX_CELL_EDITABLE;
  if (column == JX_COLUMN_INITIAL)
    c->flags |= JX_CELL_NUMERIC;
}

/* ---- typed text ---- */

/* One piece per part, split at ";", "；", "，", "、" (a single part: the whole text). NULL when
 * the number of pieces is wrong; an empty text gives empty pieces. */
static GStrv
split_parts (const JxIndicator *ind,
             const char        *text)
{
  g_autofree char *s = g_strstrip (jx_typed_normalize (text));
  guint n = ind->parts->len;
  GStrv pieces;
  GString *sep;
  guint i;

  if (*s == '\0' || n == 1)
    {
      pieces = g_new0 (char *, n + 1);
      for (i = 0; i < n; i++)
        pieces[i] = g_strdup (n == 1 ? s : "");
      return pieces;
    }
  sep = g_string_new (s);
  g_string_replace (sep, "；", ";", 0);
  g_string_replace (sep, "，", ";", 0);
  g_string_replace (sep, "、", ";", 0);
  pieces = g_strsplit (sep->str, ";", -1);
  g_string_free (sep, TRUE);
  if (g_strv_length (pieces) != n)
    {
      g_strfreev (pieces);
      return NULL;
    }
  for (i = 0; i < n; i++)
    g_strstrip (pieces[i]);
  return pieces;
}

gboolean
jx_attribute_validate (JxColumn           column,
                       const JxIndicator *ind,
                       const char        *text,
                       char             **hint)
{
  g_auto(GStrv) pieces = NULL;
  gboolean core;
  guint i;

  if (column == JX_COLUMN_CORE)
    {
      if (jx_core_from_text (text, &core))
        return TRUE;
      *hint = g_strdup (_("Type 是 for a core indicator, or leave it empty"));
      return FALSE;
    }
  if (!has_parts (ind) || column == JX_COLUMN_COEFFICIENT)
    return FALSE;
  pieces = split_parts (ind, text);
  if (pieces == NULL)
    {
      *hint = g_strdup_printf (_("Type %u values separated by “;”, one for each part of the target"),
                               ind->parts->len);
      return FALSE;
    }
  for (i = 0; pieces[i] != NULL; i++)
    {
      const JxPart *part = g_ptr_array_index (ind->parts, i);
      double v;

      switch (column)
        {
        case JX_COLUMN_DIRECTION:
          if (jx_direction_from_text (pieces[i]) < 0)
            {
              *hint = g_strdup_printf (_("“%s” is not a direction: type ≥, ≤, =, > or <"), pieces[i]);
              return FALSE;
            }
          break;
        case JX_COLUMN_INITIAL:
          if (*pieces[i] && !jx_typed_parse_number (pieces[i], part->unit, &v))
            {
              *hint = g_strdup_printf (_("“%s” is not a number: type digits, a decimal point and a minus sign only, "
                                         "e.g. 2700"), pieces[i]);
              return FALSE;
            }
          break;
        case JX_COLUMN_UNIT:
        default:
          break;
        }
    }
  if (column == JX_COLUMN_INITIAL)
    {
      g_autofree char *stripped = g_strstrip (g_strdup (text));

      if (*stripped == '\0')
        *hint = g_strdup (_("Not adjusted during the year"));
    }
  return TRUE;
}

/* ---- writing ---- */

static gboolean
set_part (JxDocument *doc,
          const char *path,
          guint       i,
          const char *field,
          GError    **error,
          int         kind,
          const char *s,
          double      v,
          int         n)
{
  g_autofree char *p = g_strdup_printf ("%s.parts[%u].%s", path, i, field);

  if (kind == 0)
    return jx_document_set_string (doc, p, s, error);
  if (kind == 1)
    return jx_document_set_number (doc, p, v, error);
  return jx_document_set_int (doc, p, n, error);
}

/* The printed target after `from` became `to` in it: NULL when it does not print `from` once. */
static char *
replace_once (const char *target_text,
              const char *from,
              const char *to)
{
  const char *at = *from ? strstr (target_text, from) : NULL;

  if (at == NULL || strstr (at + strlen (from), from) != NULL)
    return NULL;
  return g_strdup_printf ("%.*s%s%s", (int) (at - target_text), target_text, to, at + strlen (from));
}

static char *
follow_unit (const char   *target_text,
             const JxPart *part,
             const char   *unit)
{
  const char *old = part->unit != NULL ? part->unit : "";

  if (*old)
    return replace_once (target_text, old, unit);
  /* No unit printed before: after a number that ends the text. */
  if (*target_text && g_ascii_isdigit (target_text[strlen (target_text) - 1]))
    return g_strdup_printf (g_strcmp0 (unit, "%") == 0 || *unit == '\0' ? "%s%s" : "%s %s", target_text, unit);
  return NULL;
}

static char *
follow_direction (const char   *target_text,
                  const JxPart *part,
                  int           direction)
{
  static const char * const signs[] = { ">=", "<=", "≥", "≤", "＞", "＜", "＝", ">", "<", "=", NULL };
  guint i;

  /* Only a sign that says the old direction: "100%" of a ≤ target prints none. */
  for (i = 0; signs[i] != NULL; i++)
    if (g_str_has_prefix (target_text, signs[i]) && jx_direction_from_text (signs[i]) == part->direction)
      return g_strconcat (jx_direction_sign (direction), target_text + strlen (signs[i]), NULL);
  return NULL;
}

gboolean
jx_attribute_commit (JxDocument        *doc,
                     const char        *path,
                     JxColumn           column,
                     const JxIndicator *ind,
                     const char        *text,
                     GError           **error)
{
  g_auto(GStrv) pieces = NULL;
  g_autofree char *printed = g_strdup (ind->target_text != NULL ? ind->target_text : "");
  gboolean single;
  guint i;

  if (column == JX_COLUMN_CORE)
    {
      g_autofree char *p = g_strconcat (path, ".core", NULL);
      gboolean core = FALSE;

      jx_core_from_text (text, &core);
      return jx_document_set_int (doc, p, core, error);
    }
  pieces = split_parts (ind, text);
  if (pieces == NULL)
    return FALSE;
  single = ind->parts->len == 1;
  for (i = 0; pieces[i] != NULL; i++)
    {
      const JxPart *part = g_ptr_array_index (ind->parts, i);
      g_autofree char *follows = NULL;
      double v = NAN;
      int direction;

      switch (column)
        {
        case JX_COLUMN_UNIT:
          if (g_strcmp0 (part->unit != NULL ? part->unit : "", pieces[i]) == 0)
            break;
          if (*printed && (single || (part->unit != NULL && *part->unit)))
            follows = follow_unit (printed, part, pieces[i]);
          if (!set_part (doc, path, i, "unit", error, 0, pieces[i], 0, 0))
            return FALSE;
          break;
        case JX_COLUMN_DIRECTION:
          direction = jx_direction_from_text (pieces[i]);
          if (direction == part->direction)
            break;
          if (single && *printed)
            follows = follow_direction (printed, part, direction);
          if (!set_part (doc, path, i, "direction", error, 2, NULL, 0, direction))
            return FALSE;
          break;
        case JX_COLUMN_INITIAL:
          if (*pieces[i])
            jx_typed_parse_number (pieces[i], part->unit, &v);
          if (!set_part (doc, path, i, "initial_target", error, 1, NULL, v, 0))
            return FALSE;
          break;
        default:
          return FALSE;
        }
      if (follows != NULL)
        {
          g_free (printed);
          printed = g_steal_pointer (&follows);
        }
    }
  if (g_strcmp0 (printed, ind->target_text != NULL ? ind->target_text : "") != 0)
    {
      g_autofree char *p = g_strconcat (path, ".target_text", NULL);

      return jx_document_set_string (doc, p, printed, error);
    }
  return TRUE;
}

const char *
jx_attribute_step_label (JxColumn column)
{
  switch (column)
    {
    case JX_COLUMN_DIRECTION:
      return _("Edit Direction");
    case JX_COLUMN_UNIT:
      return _("Edit Unit");
    case JX_COLUMN_CORE:
      return _("Mark Core Indicator");
    case JX_COLUMN_INITIAL:
      return _("Edit Initial Target");
    default:
      return _("Edit");
    }
}
