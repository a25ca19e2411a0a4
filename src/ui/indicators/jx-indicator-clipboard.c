/* SPDX-License-Identifier: GPL-3.0-or-later */
/* jx-indicator-clipboard.c: tab-separated text in and out, and indicators from it. */
#define G_LOG_DOMAIN "jx-indicator-clipboard"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "jx-indicator-clipboard.h"
#include "jx-indicator-columns.h"
#include "jx-indicator-texts.h"
#include "jx-record.h"

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

JsonNode *
jx_indicator_json_from_cells (const char * const *cells)
{
  const char *cell[JX_N_COLUMNS] = { NULL };
  g_autofree char *rule = NULL;
  JxIndicatorTexts texts;
  guint i, n = g_strv_length ((GStrv) cells);

  for (i = 0; i < JX_N_COLUMNS; i++)
    cell[i] = i < n ? cells[i] : "";
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
  return jx_indicator_json_from_texts (&texts);
}
