/* SPDX-License-Identifier: GPL-3.0-or-later */
/* jx-indicator-clipboard.c: tab-separated text in and out, and indicators from it. */
#define G_LOG_DOMAIN "jx-indicator-clipboard"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "jx-indicator-attributes.h"
#include "jx-indicator-clipboard.h"
#include "jx-indicator-columns.h"
#include "jx-indicator-texts.h"
#include "jx-record.h"
#include "jx-typed.h"

static GStrv
finish_row (GPtrArray *cells)
{
  g_ptr_array_add (cells, NULL);
  return (GStrv) g_ptr_array_free (cells, FALSE);
}

GPtrArray *
jx_tsv_parse (const char *text)
{
  GPtrArray *rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  GPtrArray *cells = NULL;
  GString *cell = g_string_new (NULL);
  const char *p = text != NULL ? text : "";

  while (*p != '\0')
    {
      if (cells == NULL)
        cells = g_ptr_array_new ();

      g_string_truncate (cell, 0);
      if (*p == '"')
        {
          const char *q = p + 1;
          gboolean closed = FALSE;

          while (*q != '\0')
            {
              if (q[0] == '"' && q[1] == '"')
                {
                  g_string_append_c (cell, '"');
                  q += 2;
                }
              else if (q[0] == '"')
                {
                  closed = TRUE;
                  q++;
                  break;
                }
              else
                g_string_append_c (cell, *q++);
            }
          /* A quote that does not close before the end of the cell was no quoting. */
          if (closed && (*q == '\0' || *q == '\t' || *q == '\n' || (q[0] == '\r' && q[1] == '\n')))
            p = q;
          else
            {
              g_string_truncate (cell, 0);
              while (*p != '\0' && *p != '\t' && *p != '\n' && !(p[0] == '\r' && p[1] == '\n'))
                g_string_append_c (cell, *p++);
            }
        }
      else
        {
          while (*p != '\0' && *p != '\t' && *p != '\n' && !(p[0] == '\r' && p[1] == '\n'))
            g_string_append_c (cell, *p++);
        }
      g_ptr_array_add (cells, g_strndup (cell->str, cell->len));

      if (*p == '\t')
        {
          p++;
          if (*p == '\0' || *p == '\n' || (p[0] == '\r' && p[1] == '\n'))
            g_ptr_array_add (cells, g_strdup (""));
          else
            continue;
        }
      if (*p == '\r')
        p++;
      if (*p == '\n')
        p++;
      g_ptr_array_add (rows, finish_row (g_steal_pointer (&cells)));
    }
  if (cells != NULL)
    g_ptr_array_add (rows, finish_row (g_steal_pointer (&cells)));
  g_string_free (cell, TRUE);
  return rows;
}

void
jx_tsv_append_row (GString            *out,
                   const char * const *cells,
                   guint               n_cells)
{
  guint i;

  for (i = 0; i < n_cells; i++)
    {
      const char *c = cells[i] != NULL ? cells[i] : "";

      if (i > 0)
        g_string_append_c (out, '\t');
      if (c[0] == '"' || strpbrk (c, "\t\r\n") != NULL)
        {
          g_string_append_c (out, '"');
          for (; *c; c++)
            {
              if (*c == '"')
                g_string_append_c (out, '"');
              g_string_append_c (out, *c);
            }
          g_string_append_c (out, '"');
        }
      else
        g_string_append (out, c);
    }
  g_string_append_c (out, '\n');
}

guint
jx_tsv_width (GPtrArray *rows)
{
  guint width = 0;
  guint i;

  for (i = 0; i < rows->len; i++)
    width = MAX (width, g_strv_length (g_ptr_array_index (rows, i)));
  return width;
}

/* ---- rows from the clipboard ---- */

static int
rule_from_name (const char *name)
{
  int kind;

  for (kind = JX_RULE_POSITIVE; kind <= JX_RULE_MANUAL; kind++)
    {
      const char *shown = jx_rule_kind_short_name (kind);

      if (g_str_has_prefix (name, shown) || g_ascii_strcasecmp (name, jx_rule_kind_names[kind]) == 0)
        return kind;
    }
  return -1;
}

/* "≥；≤" → { "≥", "≤" }. */
static GStrv
split_pieces (const char *cell)
{
  g_autofree char *s = jx_typed_normalize (cell);
  GString *sep = g_string_new (s);
  GStrv pieces;
  guint i;

  g_string_replace (sep, "；", ";", 0);
  g_string_replace (sep, "、", ";", 0);
  pieces = g_strsplit (sep->str, ";", -1);
  g_string_free (sep, TRUE);
  for (i = 0; pieces[i] != NULL; i++)
    g_strstrip (pieces[i]);
  return pieces;
}

static void
apply_attributes (JsonNode    *node,
                  const char **cell)
{
  JsonObject *ind = json_node_get_object (node);
  JsonArray *parts = json_object_has_member (ind, "parts") ? json_object_get_array_member (ind, "parts") : NULL;
  static const JxColumn per_part[] = { JX_COLUMN_DIRECTION, JX_COLUMN_UNIT, JX_COLUMN_INITIAL };
  gboolean core = FALSE;
  guint c, i;

  if (jx_core_from_text (cell[JX_COLUMN_CORE], &core) && core)
    json_object_set_boolean_member (ind, "core", TRUE);
  for (c = 0; parts != NULL && c < G_N_ELEMENTS (per_part); c++)
    {
      g_auto(GStrv) pieces = NULL;

      if (*cell[per_part[c]] == '\0')
        continue;
      pieces = split_pieces (cell[per_part[c]]);
      for (i = 0; pieces[i] != NULL && i < json_array_get_length (parts); i++)
        {
          JsonObject *part = json_array_get_object_element (parts, i);
          int direction;
          double v;

          if (per_part[c] == JX_COLUMN_UNIT)
            json_object_set_string_member (part, "unit", pieces[i]);
          else if (per_part[c] == JX_COLUMN_DIRECTION && (direction = jx_direction_from_text (pieces[i])) >= 0)
            json_object_set_string_member (part, "direction", jx_direction_names[direction]);
          else if (per_part[c] == JX_COLUMN_INITIAL && *pieces[i]
                   && jx_typed_parse_number (pieces[i], json_object_get_string_member_with_default (part, "unit", NULL), &v))
            json_object_set_double_member (part, "initial_target", v);
        }
    }
}

JsonNode *
jx_indicator_json_from_cells (const char * const *cells,
                              const int          *layout,
                              guint               n_layout)
{
  const char *cell[JX_N_COLUMNS] = { NULL };
  g_autofree char *rule = NULL;
  JxIndicatorTexts texts;
  JsonNode *node;
  guint i, n = g_strv_length ((GStrv) cells);

  for (i = 0; i < JX_N_COLUMNS; i++)
    cell[i] = "";
  if (layout == NULL)
    n_layout = JX_N_BASE_COLUMNS;
  for (i = 0; i < n && i < n_layout; i++)
    {
      int column = layout != NULL ? layout[i] : (int) i;

      if (column >= 0 && column < JX_N_COLUMNS)
        cell[column] = cells[i];
    }
  rule = g_strstrip (g_strdup (cell[JX_COLUMN_RULE]));
  texts = (JxIndicatorTexts) {
    .number = cell[JX_COLUMN_NUMBER],
    .name = cell[JX_COLUMN_NAME],
    .target = cell[JX_COLUMN_TARGET],
    .weight = cell[JX_COLUMN_WEIGHT],
    .actual = cell[JX_COLUMN_ACTUAL],
    .score = cell[JX_COLUMN_SCORE],
    .note = cell[JX_COLUMN_NOTE],
    .rule_kind = rule_from_name (rule),
  };
  node = jx_indicator_json_from_texts (&texts);
  if (node != NULL)
    apply_attributes (node, cell);
  return node;
}
