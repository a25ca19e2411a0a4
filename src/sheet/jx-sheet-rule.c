/* SPDX-License-Identifier: GPL-3.0-or-later */
/* jx-sheet-rule.c: scoring rules and directions as the 自评表 writes and reads them. */
#define G_LOG_DOMAIN "jx-sheet"

#include "config.h"

#include <math.h>
#include <string.h>

#include "jx-record.h"
#include "jx-sheet-rule.h"

static const char * const direction_symbols[] = { "≥", ">", "≤", "<", "=" };

static const char * const grade_names[] = { "达成", "部分达成", "未达成" };

const char *
jx_sheet_direction_symbol (int direction)
{
  if (direction < 0 || direction >= (int) G_N_ELEMENTS (direction_symbols))
    return "";
  return direction_symbols[direction];
}

typedef struct {
  const char *word;
  int         direction;
} Word;

/* Longer words first where one contains another. */
static const Word direction_words[] = {
  { "大于等于", JX_DIRECTION_GE }, { "小于等于", JX_DIRECTION_LE },
  { "不低于", JX_DIRECTION_GE }, { "不少于", JX_DIRECTION_GE }, { "不小于", JX_DIRECTION_GE },
  { "不高于", JX_DIRECTION_LE }, { "不超过", JX_DIRECTION_LE }, { "不大于", JX_DIRECTION_LE },
  { "越大越好", JX_DIRECTION_GE }, { "越高越好", JX_DIRECTION_GE }, { "越多越好", JX_DIRECTION_GE },
  { "越小越好", JX_DIRECTION_LE }, { "越低越好", JX_DIRECTION_LE }, { "越少越好", JX_DIRECTION_LE },
  { "正向", JX_DIRECTION_GE }, { "反向", JX_DIRECTION_LE },
  { "≥", JX_DIRECTION_GE }, { ">=", JX_DIRECTION_GE }, { "＞＝", JX_DIRECTION_GE },
  { "≤", JX_DIRECTION_LE }, { "<=", JX_DIRECTION_LE }, { "＜＝", JX_DIRECTION_LE },
  { "大于", JX_DIRECTION_GT }, { "高于", JX_DIRECTION_GT }, { ">", JX_DIRECTION_GT }, { "＞", JX_DIRECTION_GT },
  { "小于", JX_DIRECTION_LT }, { "低于", JX_DIRECTION_LT }, { "<", JX_DIRECTION_LT }, { "＜", JX_DIRECTION_LT },
  { "等于", JX_DIRECTION_EQ }, { "=", JX_DIRECTION_EQ }, { "＝", JX_DIRECTION_EQ },
  { "ge", JX_DIRECTION_GE }, { "gt", JX_DIRECTION_GT }, { "le", JX_DIRECTION_LE },
  { "lt", JX_DIRECTION_LT }, { "eq", JX_DIRECTION_EQ },
};

int
jx_sheet_direction_parse (const char *text)
{
  g_autofree char *s = g_strstrip (g_strdup (text != NULL ? text : ""));
  guint i;

  if (*s == '\0')
    return -1;
  if (strstr (s, "定性") != NULL || g_ascii_strcasecmp (s, "qualitative") == 0)
    return JX_SHEET_QUALITATIVE;
  for (i = 0; i < G_N_ELEMENTS (direction_words); i++)
    {
      /* The English ids only as the whole cell. */
      if (g_ascii_isalpha (direction_words[i].word[0]))
        {
          if (g_ascii_strcasecmp (s, direction_words[i].word) == 0)
            return direction_words[i].direction;
        }
      else if (strstr (s, direction_words[i].word) != NULL)
        return direction_words[i].direction;
    }
  return -1;
}

/* Shortest decimal form, at most 6 decimals ("100", "0.5"). */
static void
append_number (GString *out,
               double   value)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];
  char *dot;
  char *end;

  g_ascii_formatd (buf, sizeof buf, "%.6f", value);
  dot = strchr (buf, '.');
  if (dot != NULL)
    {
      end = buf + strlen (buf) - 1;
      while (end > dot && *end == '0')
        *end-- = '\0';
      if (end == dot)
        *end = '\0';
    }
  g_string_append (out, strcmp (buf, "-0") == 0 ? "0" : buf);
}

static int
compare_tiers (gconstpointer a,
               gconstpointer b)
{
  const JxTier *ta = *(const JxTier * const *) a;
  const JxTier *tb = *(const JxTier * const *) b;

  return ta->min < tb->min ? 1 : ta->min > tb->min ? -1 : 0;
}

char *
jx_sheet_rule_describe (const JxRule *rule,
                        gboolean      applicable)
{
  GString *out = g_string_new (applicable ? NULL : "不适用；");
  double tolerance;
  guint i;

  g_return_val_if_fail (rule != NULL, g_string_free (out, FALSE));

  switch (rule->kind)
    {
    case JX_RULE_POSITIVE:
      g_string_append (out, "正向");
      if (JX_NUMBER_IS_SET (rule->over_from))
        {
          g_string_append (out, "；完成率达 ");
          append_number (out, rule->over_from);
          g_string_append (out, "% 及以上的，按偏离度扣减分值的 ");
          append_number (out, JX_NUMBER_IS_SET (rule->over_deduct) ? rule->over_deduct : 0);
          g_string_append_c (out, '%');
          if (JX_NUMBER_IS_SET (rule->over_per) && rule->over_per > 0)
            {
              g_string_append (out, "，此后每高 ");
              append_number (out, rule->over_per);
              g_string_append (out, " 个百分点再扣同样比例");
            }
        }
      break;
    case JX_RULE_RATE:
      g_string_append (out, "比率：实际值（%）× 分值，至多满分");
      break;
    case JX_RULE_NEGATIVE:
      g_string_append (out, "反向");
      break;
    case JX_RULE_EQUAL:
      g_string_append (out, "等于");
      tolerance = JX_NUMBER_IS_SET (rule->tolerance) ? fabs (rule->tolerance) : 0;
      if (tolerance > 0)
        {
          g_string_append (out, "，允许误差 ");
          append_number (out, tolerance);
        }
      if (rule->proportional)
        g_string_append (out, "，超出按比例");
      break;
    case JX_RULE_QUALITATIVE:
      g_string_append (out, "定性：");
      g_string_append (out, grade_names[CLAMP (rule->grade, 0, (int) G_N_ELEMENTS (grade_names) - 1)]);
      g_string_append_c (out, ' ');
      append_number (out, JX_NUMBER_IS_SET (rule->share) ? rule->share : 0);
      g_string_append_c (out, '%');
      break;
    case JX_RULE_DEDUCTION:
      if (rule->basis == JX_BASIS_ACTUAL)
        g_string_append (out, "扣分：实际值与目标值相差超过 ");
      else
        g_string_append (out, "扣分：完成率低于 100% 超过 ");
      append_number (out, JX_NUMBER_IS_SET (rule->threshold) ? rule->threshold : 0);
      g_string_append (out, rule->basis == JX_BASIS_ACTUAL ? " 后，每 " : " 个百分点后，每 ");
      append_number (out, rule->per > 0 ? rule->per : 1);
      g_string_append (out, rule->basis == JX_BASIS_ACTUAL ? " 扣 " : " 个百分点扣 ");
      append_number (out, JX_NUMBER_IS_SET (rule->step) ? rule->step : 0);
      g_string_append (out, rule->count == JX_STEPS_WHOLE ? " 分（只计整档）"
                            : rule->count == JX_STEPS_STARTED ? " 分（不足一档按一档计）" : " 分");
      break;
    case JX_RULE_TIERS:
      {
        g_autoptr(GPtrArray) sorted = g_ptr_array_new ();

        for (i = 0; rule->tiers != NULL && i < rule->tiers->len; i++)
          g_ptr_array_add (sorted, g_ptr_array_index (rule->tiers, i));
        g_ptr_array_sort (sorted, compare_tiers);
        g_string_append (out, rule->basis == JX_BASIS_ACTUAL ? "档位（按实际值）：" : "档位：");
        for (i = 0; i < sorted->len; i++)
          {
            const JxTier *tier = g_ptr_array_index (sorted, i);

            if (i > 0)
              g_string_append (out, "；");
            g_string_append (out, JX_NUMBER_IS_SET (tier->max) ? "≤" : "≥");
            append_number (out, JX_NUMBER_IS_SET (tier->max) ? tier->max : tier->min);
            g_string_append (out, rule->basis == JX_BASIS_ACTUAL ? " 得 " : "% 得 ");
            append_number (out, tier->points);
            g_string_append (out, " 分");
          }
        break;
      }
    case JX_RULE_MANUAL:
    default:
      g_string_append (out, "手工评分");
      break;
    }
  return g_string_free (out, FALSE);
}

/* ---- reading ---- */

/* The numbers of `text` in order (full-width digits are not expected here: the import
 * normalises cells first). */
static GArray *
numbers_in (const char *text)
{
  GArray *numbers = g_array_new (FALSE, FALSE, sizeof (double));
  const char *p = text;

  while (*p != '\0')
    {
      if (g_ascii_isdigit (*p) || (*p == '.' && g_ascii_isdigit (p[1])))
        {
          char *end = NULL;
          double v = g_ascii_strtod (p, &end);

          if (p > text && p[-1] == '-')
            v = -v;
          g_array_append_val (numbers, v);
          p = end > p ? end : p + 1;
        }
      else
        p++;
    }
  return numbers;
}

static void
parse_tiers (const char *text,
             JxRule     *rule)
{
  g_autoptr(GArray) numbers = numbers_in (text);
  guint i;

  g_ptr_array_set_size (rule->tiers, 0);
  for (i = 0; i + 1 < numbers->len; i += 2)
    {
      JxTier *tier = jx_record_new (&jx_tier_type);

      tier->min = g_array_index (numbers, double, i);
      tier->points = g_array_index (numbers, double, i + 1);
      g_ptr_array_add (rule->tiers, tier);
    }
}

int
jx_sheet_rule_parse (const char *text,
                     JxRule     *rule,
                     gboolean   *applicable)
{
  g_autofree char *s = g_strstrip (g_strdup (text != NULL ? text : ""));
  g_autoptr(GArray) numbers = NULL;
  int kind = -1;

  g_return_val_if_fail (rule != NULL, -1);

  if (applicable != NULL)
    *applicable = strstr (s, "不适用") == NULL && g_ascii_strncasecmp (s, "n/a", 3) != 0;
  numbers = numbers_in (s);

  if (strstr (s, "定性") != NULL || g_ascii_strncasecmp (s, "qualitative", 11) == 0)
    {
      kind = JX_RULE_QUALITATIVE;
      if (strstr (s, "部分达成") != NULL || strstr (s, "partial") != NULL)
        rule->grade = JX_GRADE_PARTIAL;
      else if (strstr (s, "未达成") != NULL || strstr (s, "not_achieved") != NULL)
        rule->grade = JX_GRADE_NOT_ACHIEVED;
      else if (strstr (s, "达成") != NULL || strstr (s, "achieved") != NULL)
        rule->grade = JX_GRADE_ACHIEVED;
      if (numbers->len > 0)
        rule->share = CLAMP (g_array_index (numbers, double, 0), 0, 100);
    }
  else if (strstr (s, "档位") != NULL || g_ascii_strncasecmp (s, "tiers", 5) == 0)
    {
      kind = JX_RULE_TIERS;
      parse_tiers (s, rule);
    }
  else if (strstr (s, "扣分") != NULL || g_ascii_strncasecmp (s, "deduction", 9) == 0)
    {
      kind = JX_RULE_DEDUCTION;
      /* "完成率低于 100% 超过 T 个百分点后，每个百分点扣 S 分": the 100 is not a parameter */
      if (numbers->len >= 3)
        {
          rule->threshold = g_array_index (numbers, double, 1);
          rule->step = g_array_index (numbers, double, 2);
        }
      else if (numbers->len == 2)
        {
          rule->threshold = g_array_index (numbers, double, 0);
          rule->step = g_array_index (numbers, double, 1);
        }
    }
  else if (strstr (s, "手工") != NULL || strstr (s, "人工") != NULL || g_ascii_strncasecmp (s, "manual", 6) == 0)
    kind = JX_RULE_MANUAL;
  else if (strstr (s, "反向") != NULL || g_ascii_strncasecmp (s, "negative", 8) == 0)
    kind = JX_RULE_NEGATIVE;
  else if (strstr (s, "正向") != NULL || g_ascii_strncasecmp (s, "positive", 8) == 0)
    kind = JX_RULE_POSITIVE;
  else if (g_str_has_prefix (s, "等于") || strstr (s, "；等于") != NULL || g_ascii_strncasecmp (s, "equal", 5) == 0)
    {
      kind = JX_RULE_EQUAL;
      rule->tolerance = numbers->len > 0 ? g_array_index (numbers, double, 0) : 0;
      rule->proportional = strstr (s, "按比例") != NULL || strstr (s, "proportional") != NULL;
    }

  if (kind >= 0)
    rule->kind = kind;
  return kind;
}
