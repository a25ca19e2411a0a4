/* SPDX-License-Identifier: GPL-3.0-or-later */
/* jx-indicator-numbering.c: renumbering after a change of shape. */
#define G_LOG_DOMAIN "jx-indicator-numbering"

#include "config.h"

#include <glib/gi18n.h>

#include "jx-indicator-numbering.h"

typedef struct {
  const JxIndicator *dimension;
  gint64             start;
  gint64             last;        /* last number, start − 1 when none */
  gboolean           sequential;
  gboolean           continues;   /* starts where the previous dimension ended */
} Dimension;

struct _JxNumbering {
  GArray *dimensions;   /* of Dimension, in document order */
};

static gboolean
parse_int (const char *s,
           gint64     *value)
{
  char *end = NULL;

  if (s == NULL || !g_ascii_isdigit (*s))
    return FALSE;
  *value = g_ascii_strtoll (s, &end, 10);
  return *end == '\0';
}

static gboolean
numbered (const JxIndicator *ind)
{
  return ind->number != NULL && *ind->number != '\0';
}

/* Whether the numbers of `list` (blanks skipped, `fresh` ones too) are start, start + 1, …;
 * *start is the first (1 when none), *last the last (start − 1 when none). */
static gboolean
sequence_of (GPtrArray  *list,
             GHashTable *fresh,
             gint64     *start,
             gint64     *last)
{
  gint64 expected = -1;
  guint i;

  *start = 1;
  *last = 0;
  for (i = 0; i < list->len; i++)
    {
      const JxIndicator *ind = g_ptr_array_index (list, i);
      gint64 n;

      if (!numbered (ind) || (fresh != NULL && g_hash_table_contains (fresh, ind)))
        continue;
      if (!parse_int (ind->number, &n))
        return FALSE;
      if (expected < 0)
        *start = expected = n;
      if (n != expected)
        return FALSE;
      *last = n;
      expected++;
    }
  if (expected < 0)
    *last = *start - 1;
  return TRUE;
}

static void
leaves_of (const JxIndicator *dimension,
           guint              d,
           GPtrArray         *leaves,
           GPtrArray         *paths)
{
  guint g, k;

  for (g = 0; dimension->children != NULL && g < dimension->children->len; g++)
    {
      const JxIndicator *group = g_ptr_array_index (dimension->children, g);

      for (k = 0; group->children != NULL && k < group->children->len; k++)
        {
          g_ptr_array_add (leaves, g_ptr_array_index (group->children, k));
          if (paths != NULL)
            g_ptr_array_add (paths, g_strdup_printf ("indicators[%u].children[%u].children[%u]", d, g, k));
        }
    }
}

JxNumbering *
jx_numbering_capture (const JxDocData *doc)
{
  JxNumbering *self = g_new0 (JxNumbering, 1);
  guint d;

  self->dimensions = g_array_new (FALSE, FALSE, sizeof (Dimension));
  for (d = 0; doc->indicators != NULL && d < doc->indicators->len; d++)
    {
      g_autoptr(GPtrArray) leaves = g_ptr_array_new ();
      Dimension dim = { g_ptr_array_index (doc->indicators, d) };

      leaves_of (dim.dimension, d, leaves, NULL);
      dim.sequential = sequence_of (leaves, NULL, &dim.start, &dim.last);
      if (d > 0 && dim.last >= dim.start)
        {
          const Dimension *prev = &g_array_index (self->dimensions, Dimension, d - 1);

          dim.continues = prev->sequential && prev->last >= prev->start && dim.start == prev->last + 1;
        }
      g_array_append_val (self->dimensions, dim);
    }
  return self;
}

/* Numbers `list` from `start`: its numbered and fresh entries in order; returns the last. */
static gint64
number_list (JxDocument *doc,
             GPtrArray  *list,
             GPtrArray  *paths,
             gint64      start,
             GHashTable *fresh)
{
  gint64 next = start;
  guint i;

  for (i = 0; i < list->len; i++)
    {
      const JxIndicator *ind = g_ptr_array_index (list, i);
      g_autofree char *want = NULL;
      g_autofree char *path = NULL;

      if (!numbered (ind) && !(fresh != NULL && g_hash_table_contains (fresh, ind)))
        continue;
      want = g_strdup_printf ("%" G_GINT64_FORMAT, next++);
      if (g_strcmp0 (want, ind->number) == 0)
        continue;
      path = g_strconcat (g_ptr_array_index (paths, i), ".number", NULL);
      jx_document_set_string (doc, path, want, NULL);
    }
  return next - 1;
}

static const Dimension *
find (JxNumbering       *self,
      const JxIndicator *dimension)
{
  guint i;

  for (i = 0; i < self->dimensions->len; i++)
    if (g_array_index (self->dimensions, Dimension, i).dimension == dimension)
      return &g_array_index (self->dimensions, Dimension, i);
  return NULL;
}

void
jx_numbering_apply (JxNumbering *self,
                    JxDocument  *document,
                    GHashTable  *fresh)
{
  const JxDocData *doc = jx_document_get_data (document);
  gint64 prev_last = 0;
  gboolean prev_numbered = FALSE;
  guint d;

  for (d = 0; d < doc->indicators->len; d++)
    {
      const JxIndicator *dimension = g_ptr_array_index (doc->indicators, d);
      const Dimension *before = find (self, dimension);
      g_autoptr(GPtrArray) leaves = g_ptr_array_new ();
      g_autoptr(GPtrArray) paths = g_ptr_array_new_with_free_func (g_free);
      gint64 start;

      if (before == NULL || !before->sequential)
        {
          prev_numbered = FALSE;
          continue;
        }
      start = before->continues && prev_numbered ? prev_last + 1 : before->start;
      leaves_of (dimension, d, leaves, paths);
      prev_last = number_list (document, leaves, paths, start, fresh);
      prev_numbered = TRUE;
    }
}

void
jx_numbering_free (JxNumbering *self)
{
  g_array_unref (self->dimensions);
  g_free (self);
}

void
jx_numbering_siblings (JxDocument *document,
                       const char *list_path,
                       GHashTable *fresh)
{
  const JxDocData *data = jx_document_get_data (document);
  g_autoptr(GPtrArray) paths = g_ptr_array_new_with_free_func (g_free);
  GPtrArray *list = data->indicators;
  const char *p = list_path + strlen ("indicators");
  gint64 start, last;
  gboolean any = FALSE;
  guint i;

  /* Only "indicators" and "indicators[i].children" are lists of rows of levels 1 and 2. */
  if (g_str_has_prefix (p, "["))
    {
      char *end = NULL;
      guint64 index = g_ascii_strtoull (p + 1, &end, 10);

      if (*end != ']' || !g_str_equal (end + 1, ".children") || index >= list->len)
        return;
      list = ((JxIndicator *) g_ptr_array_index (list, index))->children;
    }
  else if (*p != '\0')
    return;

  for (i = 0; i < list->len; i++)
    {
      const JxIndicator *ind = g_ptr_array_index (list, i);

      any = any || (numbered (ind) && !(fresh != NULL && g_hash_table_contains (fresh, ind)));
      g_ptr_array_add (paths, g_strdup_printf ("%s[%u]", list_path, i));
    }
  if (any && sequence_of (list, fresh, &start, &last))
    number_list (document, list, paths, start, fresh);
}
