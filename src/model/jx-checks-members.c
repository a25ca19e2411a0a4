/* SPDX-License-Identifier: GPL-3.0-or-later */
/* jx-checks-members.c: members a file holds but Jixiao does not use.
 *
 * The loader keeps every member it does not know, so that a newer file survives an older
 * Jixiao. Two kinds of them are almost always a mistake, and the clerk should hear of them
 * rather than wonder why a figure has no effect:
 *
 * - a member of an indicator at a level where it does not apply: a score or a scoring rule
 *   entered on a level-1 or level-2 indicator, a stated score on a level-3 one;
 * - a member whose name is close to one Jixiao knows there ("stated_totl" for
 *   "stated_total"): the warning names the known member.
 *
 * `transcription` members (remarks on how a report was read) are unknown by design. */
#define G_LOG_DOMAIN "jx-checks"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "jx-checks-private.h"
#include "jx-record.h"

/* Optimal string alignment distance (Levenshtein with transpositions), case-insensitive;
 * stops counting past `limit`. */
static guint
distance (const char *a,
          const char *b,
          guint       limit)
{
  gsize la = strlen (a), lb = strlen (b);
  g_autofree guint *d = NULL;
  gsize i, j;
  guint result;

  if ((la > lb ? la - lb : lb - la) > limit || la > 64 || lb > 64)
    return limit + 1;

  d = g_new (guint, (la + 1) * (lb + 1));
#define D(i, j) d[(i) * (lb + 1) + (j)]
  for (i = 0; i <= la; i++)
    D (i, 0) = (guint) i;
  for (j = 0; j <= lb; j++)
    D (0, j) = (guint) j;
  for (i = 1; i <= la; i++)
    for (j = 1; j <= lb; j++)
      {
        guint cost = g_ascii_tolower (a[i - 1]) == g_ascii_tolower (b[j - 1]) ? 0 : 1;
        guint v = MIN (MIN (D (i - 1, j) + 1, D (i, j - 1) + 1), D (i - 1, j - 1) + cost);

        if (i > 1 && j > 1 && g_ascii_tolower (a[i - 1]) == g_ascii_tolower (b[j - 2]) &&
            g_ascii_tolower (a[i - 2]) == g_ascii_tolower (b[j - 1]))
          v = MIN (v, D (i - 2, j - 2) + 1);
        D (i, j) = v;
      }
  result = D (la, lb);
#undef D
  return result;
}

/* The known member of `type` closest to `name`, if close enough to be a slip of the keys. */
static const char *
close_member (const JxRecordType *type,
              const char         *name)
{
  guint limit = strlen (name) <= 4 ? 1 : 2;
  const char *best = NULL;
  guint best_distance = limit + 1;
  guint i;

  for (i = 0; i < type->n_fields; i++)
    {
      guint dist = distance (name, type->fields[i].key, limit);

      if (dist < best_distance)
        {
          best_distance = dist;
          best = type->fields[i].key;
        }
    }
  return best;
}

static gboolean
field_applies (const JxField *f,
               int            depth)
{
  if (depth == 0)
    return TRUE;
  if ((f->flags & JX_FIELD_LEAF) && depth < 3)
    return FALSE;
  if ((f->flags & JX_FIELD_BRANCH) && depth >= 3)
    return FALSE;
  return TRUE;
}

/* "“目标设定”" for an indicator, else the record's path ("conclusion"). */
static const char *
where (JxChecks           *checks,
       const JxRecordType *type,
       gconstpointer       record,
       const char         *path)
{
  if (type == &jx_indicator_type)
    return _jx_checks_indicator_label (checks, record);
  return path[0] != '\0' ? path : _("the document");
}

/* A known member of an indicator at a level where it does not apply. */
static void
misplaced (JxChecks          *checks,
           const JxIndicator *ind,
           int                depth,
           const char        *key,
           JsonNode          *node,
           const char        *member_path)
{
  const char *label = _jx_checks_indicator_label (checks, ind);

  if (depth >= 3)
    {
      if (g_str_equal (key, "children"))
        return;   /* an empty list: the loader refuses any other */
      _jx_checks_add (checks, JX_SEVERITY_WARNING, member_path,
                      /* Translators: %2$s is a member name such as “stated_score” */
                      _("Indicator %s: “%s” belongs to level-1 and level-2 indicators and is not used on a level-3 indicator; enter the indicator’s own score instead"),
                      label, key);
      return;
    }

  if (g_str_equal (key, "score"))
    {
      if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) != G_TYPE_STRING &&
          json_node_get_value_type (node) != G_TYPE_BOOLEAN)
        _jx_checks_add (checks, JX_SEVERITY_WARNING, member_path,
                        /* Translators: e.g. "“目标设定” is a level-2 indicator: the score 2 entered on
                         * it is not used. Scores are entered on its level-3 indicators; a subtotal that
                         * the report states is its stated score (评价得分)" */
                        _("%s is a level-%d indicator: the score %s entered on it is not used. Scores are entered on its level-3 indicators; a subtotal that the report states is its stated score (评价得分)"),
                        label, depth, _jx_checks_number (checks, json_node_get_double (node)));
      else if (!JSON_NODE_HOLDS_NULL (node))
        _jx_checks_add (checks, JX_SEVERITY_WARNING, member_path,
                        _("%s is a level-%d indicator: the score entered on it is not used. Scores are entered on its level-3 indicators; a subtotal that the report states is its stated score (评价得分)"),
                        label, depth);
      return;
    }
  if (g_str_equal (key, "rule"))
    {
      _jx_checks_add (checks, JX_SEVERITY_WARNING, member_path,
                      _("%s is a level-%d indicator: the scoring rule given on it is not used; scoring rules belong to its level-3 indicators"),
                      label, depth);
      return;
    }
  if (JSON_NODE_HOLDS_NULL (node))
    return;
  _jx_checks_add (checks, JX_SEVERITY_WARNING, member_path,
                  /* Translators: %3$s is a member name such as “target_text” */
                  _("%s is a level-%d indicator: its “%s” is not used; it belongs to level-3 indicators"),
                  label, depth, key);
}

/* Appends "[i]" without printf (the walk visits every record of the document). */
static void
append_index (GString *path,
              guint    i)
{
  char buf[16];
  int n = sizeof buf;

  buf[--n] = ']';
  do
    buf[--n] = (char) ('0' + i % 10);
  while ((i /= 10) > 0);
  buf[--n] = '[';
  g_string_append_len (path, buf + n, (gssize) (sizeof buf - n));
}

static void walk (JxChecks *checks, const JxRecordType *type, gconstpointer record, GString *path,
                  int depth, gboolean indicators);

/* The record's own members that Jixiao does not use. */
static void
walk_extras (JxChecks           *checks,
             const JxRecordType *type,
             gconstpointer       record,
             GString            *path,
             int                 depth)
{
  JsonObject *extra = *(JsonObject * const *) record;
  gsize len = path->len;
  g_autoptr(GList) members = NULL;
  g_autofree char *record_path = NULL;
  GList *l;

  if (extra == NULL)
    return;
  members = json_object_get_members (extra);
  record_path = g_strdup (path->str);
  for (l = members; l != NULL; l = l->next)
    {
      const char *name = l->data;
      const JxField *f = jx_record_type_find (type, name);
      g_autofree char *member_path = len > 0 ? g_strdup_printf ("%s.%s", record_path, name)
                                             : g_strdup (name);
      const char *known;

      if (g_str_equal (name, "transcription"))
        continue;
      if (f != NULL)
        {
          if (type == &jx_indicator_type && !field_applies (f, depth))
            misplaced (checks, record, depth, name, json_object_get_member (extra, name), member_path);
          continue;
        }
      if ((known = close_member (type, name)) == NULL)
        continue;
      _jx_checks_add (checks, JX_SEVERITY_WARNING, member_path,
                      /* Translators: e.g. "conclusion: the member “stated_totl” is not one Jixiao
                       * knows: did you mean “stated_total”? It is kept in the file but not used" */
                      _("%s: the member “%s” is not one Jixiao knows: did you mean “%s”? It is kept in the file but not used"),
                      where (checks, type, record, record_path), name, known);
    }
}

/* The records held by fields [from, to) of the record; lists of indicators only when
 * `indicators` (each indicator is checked on its own, _jx_checks_members_indicator). */
static void
walk_fields (JxChecks           *checks,
             const JxRecordType *type,
             gconstpointer       record,
             GString            *path,
             int                 depth,
             guint               from,
             guint               to,
             gboolean            indicators)
{
  gsize len = path->len;
  guint i, j;

  for (i = from; i < to; i++)
    {
      const JxField *f = &type->fields[i];

      if (!field_applies (f, depth) || (f->kind != JX_FIELD_OBJECT && f->kind != JX_FIELD_LIST))
        continue;
      if (f->type == &jx_indicator_type && !indicators)
        continue;
      if (len > 0)
        g_string_append_c (path, '.');
      g_string_append (path, f->key);
      if (f->kind == JX_FIELD_OBJECT)
        walk (checks, f->type, JX_FIELD_AT (record, f, guint8), path, depth, indicators);
      else
        {
          GPtrArray *list = *JX_FIELD_AT (record, f, GPtrArray *);
          int child_depth = f->type == &jx_indicator_type ? depth + 1 : 0;
          gsize list_len = path->len;

          for (j = 0; list != NULL && j < list->len; j++)
            {
              append_index (path, j);
              walk (checks, f->type, g_ptr_array_index (list, j), path, child_depth, indicators);
              g_string_truncate (path, list_len);
            }
        }
      g_string_truncate (path, len);
    }
}

/* `path` is the record's path; it is extended for each member and restored. */
static void
walk (JxChecks           *checks,
      const JxRecordType *type,
      gconstpointer       record,
      GString            *path,
      int                 depth,
      gboolean            indicators)
{
  walk_extras (checks, type, record, path, depth);
  walk_fields (checks, type, record, path, depth, 0, type->n_fields, indicators);
}

static guint
indicators_field (void)
{
  const JxField *f = jx_record_type_find (&jx_doc_data_type, "indicators");

  return (guint) (f - jx_doc_data_type.fields);
}

void
_jx_checks_members_document (JxChecks *checks,
                             gboolean  after)
{
  g_autoptr(GString) path = g_string_new (NULL);
  guint at = indicators_field ();

  if (!after)
    {
      walk_extras (checks, &jx_doc_data_type, checks->doc, path, 0);
      walk_fields (checks, &jx_doc_data_type, checks->doc, path, 0, 0, at, FALSE);
    }
  else
    walk_fields (checks, &jx_doc_data_type, checks->doc, path, 0, at + 1, jx_doc_data_type.n_fields, FALSE);
}

void
_jx_checks_members_indicator (JxChecks          *checks,
                              const JxIndicator *ind,
                              int                level,
                              const char        *json_path)
{
  g_autoptr(GString) path = g_string_new (json_path);

  walk (checks, &jx_indicator_type, ind, path, level, FALSE);
}
