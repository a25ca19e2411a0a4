/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "jx-path"

#include "config.h"

#include <glib/gi18n.h>
#include <stdlib.h>

#include "jx-path.h"
#include "jx-path-words.h"

#define SEPARATOR " › "

/* The word of a member, under the member `parent` (NULL: under any). The first match wins,
 * so a word for a parent comes before the general one. */
static const struct {
  const char *parent;
  const char *key;
  const char *word;
} words[] = {
  /* 部门概况 */
  { "department", "name", NC_("path", "Name of the department") },
  { "department", "year", NC_("path", "Year evaluated") },
  { "department", "report_date", NC_("path", "Report date") },
  { "department", "preparer", NC_("path", "Prepared by") },
  { "department", "basis", NC_("path", "Basis") },
  { "department", "functions", NC_("path", "Functions") },
  { "department", "staffing", NC_("path", "Staffing") },
  { "staffing", "authorized", NC_("path", "Authorized posts") },
  { "staffing", "actual", NC_("path", "Staff in post") },
  { "staffing", "retirees", NC_("path", "Retirees") },
  { "staffing", "notes", NC_("path", "Notes on staffing") },
  { NULL, "administrative", NC_("path", "Administrative posts") },
  { NULL, "institutional", NC_("path", "Institutional posts") },
  { NULL, "civil_servant_managed", NC_("path", "Managed as civil servants") },
  { NULL, "contract", NC_("path", "Contract staff within the quota") },
  { NULL, "honorary", NC_("path", "Honorary retirees") },
  { NULL, "retired", NC_("path", "Retired") },
  /* 预算 */
  { "budget", "revenue", NC_("path", "Revenue") },
  { "budget", "by_function", NC_("path", "Expenditure by function") },
  { "budget", "by_nature", NC_("path", "Expenditure by nature") },
  { "budget", "by_economic", NC_("path", "Expenditure by economic classification") },
  { "budget", "execution", NC_("path", "Budget execution") },
  { "budget", "projects", NC_("path", "Project expenditure") },
  { "budget", "public_funds", NC_("path", "Public funds") },
  { "budget", "three_public", NC_("path", "“Three public” expenses") },
  { "budget", "procurement", NC_("path", "Government procurement") },
  { "budget", "assets", NC_("path", "Assets") },
  { "budget", "key_expenditure", NC_("path", "Key expenditure") },
  { NULL, "initial", NC_("path", "Initial budget") },
  { NULL, "additional", NC_("path", "Added during the year") },
  { NULL, "adjusted", NC_("path", "Adjusted budget") },
  { "execution", "actual", NC_("path", "Actual expenditure") },
  { "projects", "actual", NC_("path", "Actual expenditure") },
  { "public_funds", "actual", NC_("path", "Actual expenditure") },
  { "procurement", "actual", NC_("path", "Actual procurement") },
  { "procurement", "budget", NC_("path", "Procurement budget") },
  { "items", "budget", NC_("path", "Budget") },
  { "items", "actual", NC_("path", "Actual") },
  { NULL, "opening_balance", NC_("path", "Carried in") },
  { NULL, "closing_balance", NC_("path", "Carried over") },
  { NULL, "previous_year", NC_("path", "Last year") },
  { NULL, "previous_total", NC_("path", "Last year’s total") },
  { NULL, "previous_basic", NC_("path", "Last year’s basic expenditure") },
  { NULL, "previous_budget", NC_("path", "Last year’s budget") },
  { NULL, "previous_actual", NC_("path", "Last year’s actual") },
  { NULL, "budget_total", NC_("path", "Total budget") },
  { NULL, "actual_total", NC_("path", "Total actual") },
  { NULL, "previous_budget_total", NC_("path", "Last year’s total budget") },
  { NULL, "previous_actual_total", NC_("path", "Last year’s total actual") },
  { NULL, "basic", NC_("path", "Basic expenditure") },
  { NULL, "personnel", NC_("path", "Personnel expenses") },
  { "by_nature", "public", NC_("path", "Public funds") },
  { "by_nature", "project", NC_("path", "Project expenditure") },
  { NULL, "registered", NC_("path", "Registered assets") },
  { NULL, "in_use", NC_("path", "Assets in use") },
  { NULL, "idle", NC_("path", "Idle assets") },
  { NULL, "utilization_base", NC_("path", "Utilization computed as") },
  { NULL, "amount", NC_("path", "Amount") },
  { NULL, "total", NC_("path", "Total stated") },
  { NULL, "note", NC_("path", "Notes") },
  /* 自评结论, 评分 */
  { NULL, "conclusion", NC_("path", "Conclusion") },
  { "conclusion", "stated_total", NC_("path", "Total score stated in the report") },
  { NULL, "summary", NC_("path", "Summary") },
  { NULL, "problems", NC_("path", "Problems") },
  { NULL, "measures", NC_("path", "Measures") },
  { NULL, "experience", NC_("path", "Experience") },
  { NULL, "scoring", NC_("path", "Scoring settings") },
  { NULL, "decimals", NC_("path", "Decimals") },
  { NULL, "rounding", NC_("path", "Rounding") },
  { NULL, "grade_bands", NC_("path", "Grade bands") },
  { NULL, "presentation", NC_("path", "Presentation") },
  { NULL, "slides", NC_("path", "Slides") },
};

/* An indicator's members, in the indicator table's words. */
static const struct {
  const char *key;
  const char *word;
} indicator_words[] = {
  { "name", NC_("indicator column", "Indicator") },
  { "number", NC_("indicator column", "No.") },
  { "weight", NC_("indicator column", "Weight") },
  { "target_text", NC_("indicator column", "Target") },
  { "target", NC_("indicator column", "Target") },
  { "parts", NC_("indicator column", "Target") },
  { "actual", NC_("indicator column", "Actual") },
  { "actual_text", NC_("indicator column", "Actual") },
  { "metric", NC_("indicator column", "Actual") },
  { "score", NC_("indicator column", "Score") },
  { "stated_score", NC_("indicator column", "Score") },
  { "rule", NC_("indicator column", "Rule") },
  { "note", NC_("indicator column", "Deviation Reason") },
  { "analysis", NC_("path", "Analysis") },
  { "applicable", NC_("path", "Applicable") },
};

static const char *
word_for (const char *parent,
          const char *key,
          gboolean    in_indicator)
{
  guint i;

  if (in_indicator)
    {
      for (i = 0; i < G_N_ELEMENTS (indicator_words); i++)
        if (g_str_equal (indicator_words[i].key, key))
          return g_dpgettext2 (GETTEXT_PACKAGE, "indicator column", indicator_words[i].word);
      return NULL;
    }
  for (i = 0; i < G_N_ELEMENTS (words); i++)
    if (g_str_equal (words[i].key, key) && (words[i].parent == NULL || g_strcmp0 (words[i].parent, parent) == 0))
      return g_dpgettext2 (GETTEXT_PACKAGE, "path", words[i].word);
  return NULL;
}

/* The name of the record a path names (an element of a list), or NULL. */
static const char *
element_name (const JxDocData *doc,
              const char      *path)
{
  JxPathTarget target;
  gpointer element;
  GPtrArray *list;
  guint i;

  if (!jx_path_resolve ((JxDocData *) doc, path, &target, NULL) || target.index < 0
      || target.field->kind != JX_FIELD_LIST || target.field->type == NULL)
    return NULL;
  list = JX_PATH_TARGET_LIST (&target);
  if (list == NULL || (guint) target.index >= list->len)
    return NULL;
  element = g_ptr_array_index (list, target.index);
  for (i = 0; i < target.field->type->n_fields; i++)
    {
      const JxField *f = &target.field->type->fields[i];

      if ((g_str_equal (f->key, "name") || g_str_equal (f->key, "label")) && f->kind == JX_FIELD_STRING)
        {
          const char *name = *JX_FIELD_AT (element, f, char *);

          return name != NULL && name[0] != '\0' ? name : NULL;
        }
    }
  return NULL;
}

/* "第 3 项" */
static void
append_nth (GString    *out,
            const char *what,
            long        index)
{
  if (what != NULL)
    {
      g_string_append (out, what);
      g_string_append (out, SEPARATOR);
    }
  /* Translators: an element of a list that has no name, counted from 1. */
  g_string_append_printf (out, _("item %ld"), index + 1);
}

char *
jx_path_describe (const JxDocData *doc,
                  const char      *path)
{
  g_auto(GStrv) segments = NULL;
  g_autoptr(GString) prefix = g_string_new (NULL);
  g_autoptr(GString) out = g_string_new (NULL);
  const char *parent = NULL;
  char *parent_key = NULL;
  gboolean in_indicator = FALSE;
  guint n_parts = 0;
  guint i;

  g_return_val_if_fail (path != NULL, NULL);
  if (doc == NULL || path[0] == '\0')
    return g_strdup (path);

  segments = g_strsplit (path, ".", -1);
  for (i = 0; segments[i] != NULL; i++)
    {
      g_autofree char *key = g_strdup (segments[i]);
      char *bracket = strchr (key, '[');
      long index = -1;
      const char *word;
      gsize before = out->len;

      if (prefix->len > 0)
        g_string_append_c (prefix, '.');
      g_string_append (prefix, segments[i]);
      if (bracket != NULL)
        {
          index = strtol (bracket + 1, NULL, 10);
          *bracket = '\0';
        }
      if (out->len > 0)
        g_string_append (out, SEPARATOR);

      if (index >= 0 && (g_str_equal (key, "indicators") || g_str_equal (key, "children")))
        {
          const char *name = element_name (doc, prefix->str);

          in_indicator = TRUE;
          if (name != NULL)
            g_string_append (out, name);
          else
            append_nth (out, NULL, index);
        }
      else if (index >= 0 && in_indicator && g_str_equal (key, "parts"))
        {
          JxPathTarget target;

          /* A part is named only where the indicator has several. */
          if (jx_path_resolve ((JxDocData *) doc, prefix->str, &target, NULL) && target.field->kind == JX_FIELD_LIST)
            n_parts = JX_PATH_TARGET_LIST (&target) != NULL ? JX_PATH_TARGET_LIST (&target)->len : 0;
          if (n_parts > 1)
            {
              const char *label = element_name (doc, prefix->str);

              if (label != NULL)
                g_string_append (out, label);
              else
                append_nth (out, NULL, index);
            }
        }
      else if (index >= 0)
        {
          const char *name = element_name (doc, prefix->str);

          word = word_for (parent, key, in_indicator);
          if (name != NULL)
            {
              if (word != NULL && !g_str_equal (key, "items"))
                {
                  g_string_append (out, word);
                  g_string_append (out, SEPARATOR);
                }
              g_string_append (out, name);
            }
          else
            append_nth (out, word != NULL ? word : key, index);
        }
      else if (i == 0 && (g_str_equal (key, "budget") || g_str_equal (key, "department")))
        ;   /* the page says it */
      else if (in_indicator && g_str_equal (key, "rule"))
        {
          /* The rule's parameters are the rule, to a clerk. */
          g_string_append (out, word_for (parent, key, TRUE));
          break;
        }
      else if ((word = word_for (parent, key, in_indicator)) != NULL)
        g_string_append (out, word);
      else
        g_string_append (out, key);

      /* An empty step (the top "budget", a single part) leaves no separator behind. */
      if (before > 0 && out->len == before + strlen (SEPARATOR))
        g_string_truncate (out, before);
      g_free (parent_key);
      parent_key = g_steal_pointer (&key);
      parent = parent_key;
    }
  g_free (parent_key);
  return g_strdup (out->len > 0 ? out->str : path);
}
