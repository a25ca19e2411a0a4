/* SPDX-License-Identifier: GPL-3.0-or-later */
/* jx-indicator-texts.c: a level-3 indicator from the texts of a table row. */
#define G_LOG_DOMAIN "jx-indicator-texts"

#include "config.h"

#include <math.h>

#include "jx-indicator-parse.h"
#include "jx-indicator-texts.h"
#include "jx-record.h"
#include "jx-typed.h"

void
jx_indicator_parse_actuals (const char *text,
                            GPtrArray  *parts,
                            double     *values)
{
  g_autoptr(GPtrArray) read = NULL;
  g_auto(GStrv) pieces = NULL;
  g_autofree char *plain = jx_typed_plain_text (text != NULL ? text : "");
  guint i;

  for (i = 0; i < parts->len; i++)
    values[i] = NAN;
  g_strstrip (plain);
  if (plain[0] == '\0' || parts->len == 0)
    return;

  /* As a target is written ("粉丝量 27224 人次，日活量 455 次以上"): one number per part. */
  read = jx_parse_target (plain);
  if (read != NULL && read->len == parts->len)
    {
      for (i = 0; i < parts->len; i++)
        values[i] = ((const JxTargetPart *) g_ptr_array_index (read, i))->value;
      return;
    }

  /* Else one value per part, separated by "；" or ";", each a number with the part's unit. */
  {
    GString *sep = g_string_new (plain);

    g_string_replace (sep, "；", ";", 0);
    pieces = g_strsplit (sep->str, ";", -1);
    g_string_free (sep, TRUE);
  }
  for (i = 0; i < parts->len && pieces[i] != NULL; i++)
    {
      const JxTargetPart *p = g_ptr_array_index (parts, i);
      double v;

      if (jx_typed_parse_number (pieces[i], p->unit, &v))
        values[i] = v;
    }
}

static void
add_number (JsonBuilder *b,
            const char  *member,
            const char  *text,
            const char  *unit)
{
  double v;

  json_builder_set_member_name (b, member);
  if (text != NULL && jx_typed_parse_number (text, unit, &v))
    json_builder_add_double_value (b, v);
  else
    json_builder_add_null_value (b);
}

JsonNode *
jx_indicator_json_from_texts (const JxIndicatorTexts *texts)
{
  g_autoptr(JsonBuilder) b = NULL;
  g_autoptr(GPtrArray) parts = NULL;
  g_autofree char *name = g_strstrip (g_strdup (texts->name != NULL ? texts->name : ""));
  g_autofree char *target = g_strstrip (jx_typed_plain_text (texts->target != NULL ? texts->target : ""));
  g_autofree char *actual = g_strstrip (g_strdup (texts->actual != NULL ? texts->actual : ""));
  g_autofree char *number = g_strstrip (g_strdup (texts->number != NULL ? texts->number : ""));
  g_autofree char *note = g_strstrip (g_strdup (texts->note != NULL ? texts->note : ""));
  g_autofree double *actuals = NULL;
  int kind = texts->rule_kind;
  guint i;

  if (name[0] == '\0')
    return NULL;

  parts = jx_parse_target (target);
  b = json_builder_new ();
  json_builder_begin_object (b);
  json_builder_set_member_name (b, "number");
  json_builder_add_string_value (b, number);
  json_builder_set_member_name (b, "name");
  json_builder_add_string_value (b, name);
  add_number (b, "weight", texts->weight, "分");
  json_builder_set_member_name (b, "target_text");
  json_builder_add_string_value (b, target);
  json_builder_set_member_name (b, "actual_text");
  json_builder_add_string_value (b, parts != NULL && parts->len > 0 ? "" : actual);

  json_builder_set_member_name (b, "parts");
  json_builder_begin_array (b);
  if (parts != NULL && parts->len > 0)
    {
      actuals = g_new (double, parts->len);
      jx_indicator_parse_actuals (actual, parts, actuals);
    }
  for (i = 0; parts != NULL && i < parts->len; i++)
    {
      const JxTargetPart *p = g_ptr_array_index (parts, i);

      json_builder_begin_object (b);
      json_builder_set_member_name (b, "label");
      json_builder_add_string_value (b, p->label);
      json_builder_set_member_name (b, "target");
      json_builder_add_double_value (b, p->value);
      json_builder_set_member_name (b, "actual");
      if (JX_NUMBER_IS_SET (actuals[i]))
        json_builder_add_double_value (b, actuals[i]);
      else
        json_builder_add_null_value (b);
      json_builder_set_member_name (b, "unit");
      json_builder_add_string_value (b, p->unit);
      json_builder_set_member_name (b, "direction");
      json_builder_add_string_value (b, jx_direction_names[p->direction >= 0 ? p->direction : JX_DIRECTION_GE]);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);

  if (kind < JX_RULE_POSITIVE || kind > JX_RULE_MANUAL)
    kind = parts != NULL && parts->len > 0
           ? (((const JxTargetPart *) g_ptr_array_index (parts, 0))->direction == JX_DIRECTION_LE
              ? JX_RULE_NEGATIVE : JX_RULE_POSITIVE)
           : JX_RULE_MANUAL;
  json_builder_set_member_name (b, "rule");
  json_builder_begin_object (b);
  json_builder_set_member_name (b, "kind");
  json_builder_add_string_value (b, jx_rule_kind_names[kind]);
  json_builder_end_object (b);

  add_number (b, "score", texts->score, "分");
  json_builder_set_member_name (b, "note");
  json_builder_add_string_value (b, note);
  json_builder_end_object (b);
  return json_builder_get_root (b);
}
