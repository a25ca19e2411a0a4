/* SPDX-License-Identifier: GPL-3.0-or-later */
/* jx-indicator-clipboard.c: tab-separated text in and out. */
#define G_LOG_DOMAIN "jx-indicator-clipboard"

#include "config.h"

#include <string.h>

#include "jx-indicator-clipboard.h"

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
