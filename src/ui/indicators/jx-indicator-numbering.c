/* SPDX-License-Identifier: GPL-3.0-or-later */
/* jx-indicator-numbering.c: renumbering after a change of shape. */
#define G_LOG_DOMAIN "jx-indicator-numbering"

#include "config.h"

#include <glib/gi18n.h>

#include "jx-indicator-numbering.h"

#include <json-glib/json-glib.h>

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

/* The number each entry of `list` should have from `start` (NULL: it keeps its own, a
 * blank); returns the last number given. */
static gint64
plan (GPtrArray  *list,
      gint64      start,
      GHashTable *fresh,
      GPtrArray  *wanted)
{
  gint64 next = start;
  guint i;

  for (i = 0; i < list->len; i++)
    {
      const JxIndicator *ind = g_ptr_array_index (list, i);

      if (!numbered (ind) && !(fresh != NULL && g_hash_table_contains (fresh, ind)))
        g_ptr_array_add (wanted, NULL);
      else
        g_ptr_array_add (wanted, g_strdup_printf ("%" G_GINT64_FORMAT, next++));
    }
  return next - 1;
}

static guint
count_changes (GPtrArray *list,
               GPtrArray *wanted)
{
  guint i, n = 0;

  for (i = 0; i < list->len; i++)
    {
      const char *want = g_ptr_array_index (wanted, i);

      if (want != NULL && g_strcmp0 (want, ((const JxIndicator *) g_ptr_array_index (list, i))->number) != 0)
        n++;
    }
  return n;
}

/* One write per number that changes. */
static void
write_numbers (JxDocument *doc,
               GPtrArray  *list,
               GPtrArray  *paths,
               GPtrArray  *wanted)
{
  guint i;

  for (i = 0; i < list->len; i++)
    {
      const char *want = g_ptr_array_index (wanted, i);
      g_autofree char *path = NULL;

      if (want == NULL || g_strcmp0 (want, ((const JxIndicator *) g_ptr_array_index (list, i))->number) == 0)
        continue;
      path = g_strconcat (g_ptr_array_index (paths, i), ".number", NULL);
      jx_document_set_string (doc, path, want, NULL);
    }
}

/* Many numbers of a dimension change (an indicator put near the top of a long list): the
 * dimension is written back whole, renumbered — two writes instead of hundreds, so undoing
 * the step costs two recomputations, not one per number. */
#define MAX_SINGLE_WRITES 40

static void
rewrite_dimension (JxDocument *doc,
                   guint       d,
                   GPtrArray  *wanted)
{
  g_autofree char *path = g_strdup_printf ("indicators[%u]", d);
  g_autoptr(JsonNode) node = jx_document_get_node (doc, path);
  JsonArray *groups = json_object_get_array_member (json_node_get_object (node), "children");
  guint g, k, i = 0;

  for (g = 0; groups != NULL && g < json_array_get_length (groups); g++)
    {
      JsonObject *group = json_array_get_object_element (groups, g);
      JsonArray *leaves = json_object_has_member (group, "children")
                          ? json_object_get_array_member (group, "children") : NULL;

      for (k = 0; leaves != NULL && k < json_array_get_length (leaves); k++, i++)
        {
          const char *want = g_ptr_array_index (wanted, i);

          if (want != NULL)
            json_object_set_string_member (json_array_get_object_element (leaves, k), "number", want);
        }
    }
  jx_document_remove (doc, "indicators", (int) d, NULL);
  jx_document_insert (doc, "indicators", (int) d, node, NULL);
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
      g_autoptr(GPtrArray) wanted = NULL;
      gint64 start;

      if (before == NULL || !before->sequential)
        {
          prev_numbered = FALSE;
          continue;
        }
      start = before->continues && prev_numbered ? prev_last + 1 : before->start;
      leaves_of (dimension, d, leaves, paths);
      wanted = g_ptr_array_new_with_free_func (g_free);
      prev_last = plan (leaves, start, fresh, wanted);
      prev_numbered = TRUE;
      if (count_changes (leaves, wanted) > MAX_SINGLE_WRITES)
        rewrite_dimension (document, d, wanted);
      else
        write_numbers (document, leaves, paths, wanted);
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
    {
      g_autoptr(GPtrArray) wanted = g_ptr_array_new_with_free_func (g_free);

      plan (list, start, fresh, wanted);
      write_numbers (document, list, paths, wanted);
    }
}
