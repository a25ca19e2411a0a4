/* SPDX-License-Identifier: GPL-3.0-or-later */
/* jx-indicator-parse.c: numbers and targets as people type them. */
#define G_LOG_DOMAIN "jx-indicator-parse"

#include "config.h"

#include <glib/gi18n.h>

#include "jx-indicator-parse.h"
#include "jx-typed.h"

void
jx_target_part_free (JxTargetPart *part)
{
  g_free (part->label);
  g_free (part->unit);
  g_free (part);
}

typedef struct {
  const char *token;
  int         direction;
} Token;

static const Token prefixes[] = {
  { "大于等于", JX_DIRECTION_GE }, { "不低于", JX_DIRECTION_GE }, { "不少于", JX_DIRECTION_GE },
  { "至少", JX_DIRECTION_GE }, { "≥", JX_DIRECTION_GE }, { ">=", JX_DIRECTION_GE },
  { "小于等于", JX_DIRECTION_LE }, { "不超过", JX_DIRECTION_LE }, { "不高于", JX_DIRECTION_LE },
  { "不大于", JX_DIRECTION_LE }, { "至多", JX_DIRECTION_LE }, { "≤", JX_DIRECTION_LE }, { "<=", JX_DIRECTION_LE },
  { "大于", JX_DIRECTION_GT }, { "高于", JX_DIRECTION_GT }, { "超过", JX_DIRECTION_GT },
  { "＞", JX_DIRECTION_GT }, { ">", JX_DIRECTION_GT },
  { "小于", JX_DIRECTION_LT }, { "低于", JX_DIRECTION_LT }, { "少于", JX_DIRECTION_LT },
  { "＜", JX_DIRECTION_LT }, { "<", JX_DIRECTION_LT },
  { "等于", JX_DIRECTION_EQ }, { "＝", JX_DIRECTION_EQ }, { "=", JX_DIRECTION_EQ },
};

static const Token suffixes[] = {
  { "以上", JX_DIRECTION_GE }, { "及以上", JX_DIRECTION_GE }, { "以下", JX_DIRECTION_LE },
  { "及以下", JX_DIRECTION_LE }, { "以内", JX_DIRECTION_LE },
};

static JxTargetPart *
parse_part (const char *piece,
            gboolean   *ambiguous)
{
  g_autofree char *prefix = NULL;
  g_autofree char *rest = NULL;
  JxTargetPart *part;
  const char *p = piece;
  const char *end;
  double value;
  guint i;

  while (*p && !g_ascii_isdigit (*p))
    p++;
  if (*p == '\0')
    return NULL;
  if (p > piece && (p[-1] == '-' || p[-1] == '+'))
    p--;
  if (!jx_typed_scan_number (p, &value, &end))
    return NULL;
  for (i = 0; end[i]; i++)
    if (g_ascii_isdigit (end[i]))
      *ambiguous = TRUE;

  part = g_new0 (JxTargetPart, 1);
  part->value = value;
  part->direction = -1;
  prefix = g_strstrip (g_strndup (piece, p - piece));
  rest = g_strstrip (g_strdup (end));

  for (i = 0; i < G_N_ELEMENTS (prefixes); i++)
    if (g_str_has_suffix (prefix, prefixes[i].token))
      {
        prefix[strlen (prefix) - strlen (prefixes[i].token)] = '\0';
        part->direction = prefixes[i].direction;
        break;
      }
  for (i = 0; i < G_N_ELEMENTS (suffixes); i++)
    if (g_str_has_suffix (rest, suffixes[i].token))
      {
        rest[strlen (rest) - strlen (suffixes[i].token)] = '\0';
        if (part->direction < 0)
          part->direction = suffixes[i].direction;
        break;
      }
  part->label = g_strdup (g_strstrip (prefix));
  part->unit = g_strdup (g_strstrip (rest));
  return part;
}

GPtrArray *
jx_parse_target (const char *text)
{
  g_autofree char *s = jx_typed_normalize (text != NULL ? text : "");
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func ((GDestroyNotify) jx_target_part_free);
  g_auto(GStrv) pieces = NULL;
  gboolean numbers = FALSE, words = FALSE, ambiguous = FALSE;
  GString *piece_sep = g_string_new (s);
  guint i;

  /* One separator for all: "，", "；", ";", "、". */
  g_string_replace (piece_sep, "，", "\x1f", 0);
  g_string_replace (piece_sep, "；", "\x1f", 0);
  g_string_replace (piece_sep, ";", "\x1f", 0);
  g_string_replace (piece_sep, "、", "\x1f", 0);
  pieces = g_strsplit (piece_sep->str, "\x1f", -1);
  g_string_free (piece_sep, TRUE);

  for (i = 0; pieces[i] != NULL; i++)
    {
      char *piece = g_strstrip (pieces[i]);
      JxTargetPart *part;

      if (*piece == '\0')
        continue;
      part = parse_part (piece, &ambiguous);
      if (part == NULL)
        words = TRUE;
      else
        {
          numbers = TRUE;
          g_ptr_array_add (parts, part);
        }
    }
  if (ambiguous || (numbers && words))
    return NULL;
  return g_steal_pointer (&parts);
}
