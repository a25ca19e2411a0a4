/* SPDX-License-Identifier: GPL-3.0-or-later */
/* jx-checks.c: the consistency checks of DESIGN.md §5 — the run, the findings and their
 * figures, and the restatements (the run: jx-checks-run.c). Staffing and the budget tables are checked in
 * jx-checks-budget.c, the indicators in jx-checks-indicators.c. */
#define G_LOG_DOMAIN "jx-checks"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <stdarg.h>
#include <string.h>

#include "jx-checks-private.h"
#include "jx-money.h"
#include "jx-path.h"

#define MAX_TERMS 12

void
jx_finding_free (JxFinding *finding)
{
  if (finding == NULL)
    return;
  g_free (finding->path);
  g_free (finding->message);
  g_free (finding);
}

const char *
jx_severity_to_string (JxSeverity severity)
{
  switch (severity)
    {
    case JX_SEVERITY_ERROR:
      return "error";
    case JX_SEVERITY_WARNING:
      return "warning";
    case JX_SEVERITY_INFO:
    default:
      return "info";
    }
}

/* ---- findings and figures ---- */

void
_jx_checks_add (JxChecks   *checks,
                JxSeverity  severity,
                const char *path,
                const char *format,
                ...)
{
  JxFinding *finding;
  va_list args;

  g_assert (severity <= JX_SEVERITY_ERROR);

  finding = g_new0 (JxFinding, 1);
  finding->severity = severity;
  finding->path = g_strdup (path);
  va_start (args, format);
  finding->message = g_strdup_vprintf (format, args);
  va_end (args);

  if (checks->found[severity] == NULL)
    checks->found[severity] = g_ptr_array_new ();
  g_ptr_array_add (checks->found[severity], finding);
}

static const char *
pool (JxChecks *checks,
      char     *text)
{
  g_ptr_array_add (checks->pool, text);
  return text;
}

const char *
_jx_checks_text (JxChecks   *checks,
                 const char *text)
{
  const char *end;

  if (text == NULL)
    return "";
  /* the end of the first JX_CHECKS_TEXT_MAX characters, or of the text */
  end = text;
  for (guint n = 0; *end != '\0' && n < JX_CHECKS_TEXT_MAX; n++)
    end = g_utf8_next_char (end);
  if (*end == '\0')
    return text;
  return pool (checks, g_strdup_printf ("%.*s…", (int) (end - text), text));
}

const char *
_jx_checks_money (JxChecks *checks,
                  JxMoney   m)
{
  int decimals = 2;
  gint64 unit = JX_MONEY_PER_WAN / 100;   /* 0.01 万元 */

  g_assert (m != JX_MONEY_NONE);

  while (decimals < 6 && m % unit != 0)
    {
      decimals++;
      unit /= 10;
    }
  return pool (checks, jx_money_format (m, decimals, TRUE));
}

const char *
_jx_checks_number (JxChecks *checks,
                   double    value)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];
  gsize len;

  if (isnan (value))
    return "—";
  if (fabs (value) < 5e-7)
    value = 0.0;   /* no "-0" */

  g_ascii_formatd (buf, sizeof buf, "%.6f", value);
  len = strlen (buf);
  if (strchr (buf, '.') != NULL)
    {
      while (len > 0 && buf[len - 1] == '0')
        buf[--len] = '\0';
      if (len > 0 && buf[len - 1] == '.')
        buf[--len] = '\0';
    }
  return pool (checks, g_strdup (buf));
}

const char *
_jx_checks_money_terms (JxChecks      *checks,
                        const JxMoney *terms,
                        guint          n_terms)
{
  GString *out = g_string_new (NULL);
  guint i;

  for (i = 0; i < n_terms && i < MAX_TERMS; i++)
    {
      JxMoney m = terms[i];

      if (i == 0)
        g_string_append (out, _jx_checks_money (checks, m));
      else if (m < 0)
        g_string_append_printf (out, " − %s", _jx_checks_money (checks, -m));
      else
        g_string_append_printf (out, " + %s", _jx_checks_money (checks, m));
    }
  if (n_terms > MAX_TERMS)
    g_string_append (out, " + …");

  return pool (checks, g_string_free (out, FALSE));
}

const char *
_jx_checks_number_terms (JxChecks     *checks,
                         const double *terms,
                         guint         n_terms)
{
  GString *out = g_string_new (NULL);
  guint i;

  for (i = 0; i < n_terms && i < MAX_TERMS; i++)
    {
      double v = terms[i];

      if (i == 0)
        g_string_append (out, _jx_checks_number (checks, v));
      else if (v < 0)
        g_string_append_printf (out, " − %s", _jx_checks_number (checks, -v));
      else
        g_string_append_printf (out, " + %s", _jx_checks_number (checks, v));
    }
  if (n_terms > MAX_TERMS)
    g_string_append (out, " + …");

  return pool (checks, g_string_free (out, FALSE));
}

gboolean
_jx_checks_money_add (JxMoney  a,
                      JxMoney  b,
                      JxMoney *out)
{
  g_assert (a != JX_MONEY_NONE && b != JX_MONEY_NONE);

  return jx_money_add (a, b, out);
}

/* "“其他收入”, “公务接待费”": the names of the terms not stated; NULL when all are. */
static char *
unstated_names (JxChecks           *checks,
                const JxMoney      *terms,
                const char * const *names,
                guint               n_terms,
                guint              *n_unstated)
{
  g_autoptr(GString) out = g_string_new (NULL);
  guint i;

  *n_unstated = 0;
  for (i = 0; i < n_terms; i++)
    {
      if (JX_MONEY_IS_SET (terms[i]))
        continue;
      if (++*n_unstated > 1)
        /* Translators: between the names of figures in a list: "“a”, “b”" (in Chinese 、) */
        g_string_append (out, _(", "));
      if (*n_unstated > MAX_TERMS)
        {
          g_string_append (out, "…");
          break;
        }
      g_string_append_printf (out, "“%s”", _jx_checks_text (checks, names[i]));
    }
  return *n_unstated > 0 ? g_string_free (g_steal_pointer (&out), FALSE) : NULL;
}

gboolean
_jx_checks_money_sum (JxChecks      *checks,
                      const char    *path,
                      const char    *section,
                      const char    *parts_label,
                      const char    *total_label,
                      JxMoney        total,
                      const JxMoney *terms,
                      guint          n_terms)
{
  return _jx_checks_money_sum_rows (checks, path, section, parts_label, total_label, total,
                                    terms, NULL, n_terms);
}

gboolean
_jx_checks_money_sum_rows (JxChecks           *checks,
                           const char         *path,
                           const char         *section,
                           const char         *parts_label,
                           const char         *total_label,
                           JxMoney             total,
                           const JxMoney      *terms,
                           const char * const *names,
                           guint               n_terms)
{
  JxMoney sum = 0;
  JxMoney diff;
  guint i;

  if (!JX_MONEY_IS_SET (total) || n_terms == 0)
    return FALSE;
  for (i = 0; i < n_terms; i++)
    if (!JX_MONEY_IS_SET (terms[i]))
      {
        g_autofree char *missing = NULL;
        guint n_missing = 0;

        if (names == NULL)
          return FALSE;
        missing = unstated_names (checks, terms, names, n_terms, &n_missing);
        _jx_checks_add (checks, JX_SEVERITY_INFO, path,
                        /* Translators: e.g. "“三公经费”: the stated total of last year’s
                         * budget (17.00 万元) cannot be checked: “因公出国（境）费”, “公务接待费”
                         * are not stated" */
                        ngettext ("%s: the stated %s (%s 万元) cannot be checked: %s is not stated",
                                  "%s: the stated %s (%s 万元) cannot be checked: %s are not stated",
                                  n_missing),
                        section, total_label, _jx_checks_money (checks, total), missing);
        return FALSE;
      }
  for (i = 0; i < n_terms; i++)
    if (!_jx_checks_money_add (sum, terms[i], &sum))
      return FALSE;

  if (sum == total)
    return TRUE;
  if (!_jx_checks_money_add (total, -sum, &diff))
    return FALSE;

  _jx_checks_add (checks, JX_SEVERITY_ERROR, path,
                  /* Translators: e.g. "Revenue: the items add up to 3,750.00 万元
                   * (2,725.07 + 303.14 + 722.79) but the stated total is 3,751.00 万元
                   * (difference 1.00)" */
                  _("%s: %s add up to %s 万元 (%s) but the stated %s is %s 万元 (difference %s)"),
                  section, parts_label,
                  _jx_checks_money (checks, sum),
                  _jx_checks_money_terms (checks, terms, n_terms),
                  total_label,
                  _jx_checks_money (checks, total),
                  _jx_checks_money (checks, diff < 0 ? -diff : diff));
  return FALSE;
}

/* ---- restatements ---- */

/* For budget.{execution,projects,public_funds}.{initial,additional,adjusted}: the flow and
 * which of its members the path names (0 initial, 1 additional, 2 adjusted). */
static const JxFlow *
flow_member (const JxDocData *doc,
             const char      *path,
             int             *member)
{
  static const char * const flows[] = { "execution", "projects", "public_funds" };
  static const char * const members[] = { "initial", "additional", "adjusted" };
  guint i, j;

  for (i = 0; i < G_N_ELEMENTS (flows); i++)
    for (j = 0; j < G_N_ELEMENTS (members); j++)
      {
        g_autofree char *p = g_strdup_printf ("budget.%s.%s", flows[i], members[j]);

        if (g_strcmp0 (path, p) == 0)
          {
            *member = (int) j;
            return i == 0 ? &doc->budget.execution
                 : i == 1 ? &doc->budget.projects
                 : &doc->budget.public_funds;
          }
      }
  return NULL;
}

/* "645.88 + 1,476.62 = 2,122.50 = adjusted 2,122.50" or "… ≠ adjusted …" */
static const char *
flow_arithmetic (JxChecks *checks,
                 JxMoney   initial,
                 JxMoney   additional,
                 JxMoney   adjusted)
{
  JxMoney sum;

  if (!_jx_checks_money_add (initial, additional, &sum))
    return NULL;

  return pool (checks, g_strdup_printf (sum == adjusted ? _("%s + %s = %s = adjusted %s")
                                                        : _("%s + %s = %s ≠ adjusted %s"),
                                        _jx_checks_money (checks, initial),
                                        _jx_checks_money (checks, additional),
                                        _jx_checks_money (checks, sum),
                                        _jx_checks_money (checks, adjusted)));
}

static void
restated_money (JxChecks            *checks,
                const JxRestatement *r,
                const char          *where,
                JxMoney              stated)
{
  const JxFlow *flow;
  JxMoney restated;
  int member = 0;

  if (!jx_money_from_double (r->value, &restated, NULL))
    {
      /* finer than 0.01 元 or out of range: cannot be the same amount */
      _jx_checks_add (checks, JX_SEVERITY_ERROR, r->path,
                      _("%s 万元 here but %s 万元 in %s"),
                      _jx_checks_money (checks, stated),
                      _jx_checks_number (checks, r->value), where);
      return;
    }
  if (restated == stated)
    return;

  flow = flow_member (checks->doc, r->path, &member);
  if (flow != NULL &&
      JX_MONEY_IS_SET (flow->initial) && JX_MONEY_IS_SET (flow->additional) &&
      JX_MONEY_IS_SET (flow->adjusted))
    {
      JxMoney v[3] = { flow->initial, flow->additional, flow->adjusted };
      const char *here = flow_arithmetic (checks, v[0], v[1], v[2]);
      const char *there;

      v[member] = restated;
      there = flow_arithmetic (checks, v[0], v[1], v[2]);
      if (here != NULL && there != NULL)
        {
          _jx_checks_add (checks, JX_SEVERITY_ERROR, r->path,
                          /* Translators: e.g. "645.88 万元 here but
                           * 645.12 万元 in 二（三）2（2）项目执行率: 645.88 + 1,476.62 = 2,122.50 =
                           * adjusted 2,122.50, while 645.12 + 1,476.62 = 2,121.74 ≠ adjusted 2,122.50" */
                          _("%s 万元 here but %s 万元 in %s: %s, while %s"),
                          _jx_checks_money (checks, stated),
                          _jx_checks_money (checks, restated), where, here, there);
          return;
        }
    }

  _jx_checks_add (checks, JX_SEVERITY_ERROR, r->path,
                  /* Translators: e.g. "3,751.00 万元 here but 3,750.00 万元
                   * in 一（二）收入 (difference 1.00)" */
                  _("%s 万元 here but %s 万元 in %s (difference %s)"),
                  _jx_checks_money (checks, stated),
                  _jx_checks_money (checks, restated), where,
                  _jx_checks_money (checks, restated > stated ? restated - stated : stated - restated));
}

static void
restated_number (JxChecks            *checks,
                 const JxRestatement *r,
                 const char          *where,
                 double               stated)
{
  if (fabs (stated - r->value) <= JX_CHECKS_EPSILON)
    return;

  _jx_checks_add (checks, JX_SEVERITY_ERROR, r->path,
                  /* Translators: e.g. "93 here but 92 in
                   * 一（二）人员情况 (difference 1)" */
                  _("%s here but %s in %s (difference %s)"),
                  _jx_checks_number (checks, stated),
                  _jx_checks_number (checks, r->value), where,
                  _jx_checks_number (checks, fabs (stated - r->value)));
}

void
_jx_checks_restatements (JxChecks *checks)
{
  const JxDocData *doc = checks->doc;
  guint i;

  for (i = 0; doc->restatements != NULL && i < doc->restatements->len; i++)
    {
      const JxRestatement *r = g_ptr_array_index (doc->restatements, i);
      g_autofree char *path_path = g_strdup_printf ("restatements[%u].path", i);
      g_autoptr(GError) error = NULL;
      const char *where;
      JxPathTarget target;

      if (r->where != NULL && r->where[0] != '\0')
        where = _jx_checks_text (checks, r->where);
      else
        where = _("another place of the report");

      if (r->path == NULL || r->path[0] == '\0')
        {
          _jx_checks_add (checks, JX_SEVERITY_WARNING, path_path,
                          _("A restated figure (%s in %s) names no figure of the document"),
                          _jx_checks_number (checks, r->value), where);
          continue;
        }
      /* jx_path_resolve only reads the document */
      if (!jx_path_resolve ((JxDocData *) doc, r->path, &target, &error))
        {
          _jx_checks_add (checks, JX_SEVERITY_WARNING, path_path,
                          _("The restated figure %s in %s cannot be compared: %s"),
                          _jx_checks_number (checks, r->value), where,
                          _jx_checks_text (checks, error->message));
          continue;
        }
      if (target.index >= 0)
        goto not_a_figure;

      switch (target.field->kind)
        {
        case JX_FIELD_MONEY:
          {
            JxMoney m = *JX_FIELD_AT (target.record, target.field, JxMoney);

            if (JX_MONEY_IS_SET (m))
              restated_money (checks, r, where, m);
          }
          continue;
        case JX_FIELD_COUNT:
          {
            gint c = *JX_FIELD_AT (target.record, target.field, gint);

            if (JX_COUNT_IS_SET (c))
              restated_number (checks, r, where, c);
          }
          continue;
        case JX_FIELD_INT:
          restated_number (checks, r, where, *JX_FIELD_AT (target.record, target.field, gint));
          continue;
        case JX_FIELD_NUMBER:
          {
            double d = *JX_FIELD_AT (target.record, target.field, double);

            if (JX_NUMBER_IS_SET (d))
              restated_number (checks, r, where, d);
          }
          continue;
        case JX_FIELD_STRING:
        case JX_FIELD_BOOL:
        case JX_FIELD_ENUM:
        case JX_FIELD_OBJECT:
        case JX_FIELD_LIST:
        case JX_FIELD_STRING_LIST:
        default:
          goto not_a_figure;
        }

    not_a_figure:
      _jx_checks_add (checks, JX_SEVERITY_WARNING, path_path,
                      _("The restated figure %s in %s cannot be compared: “%s” is not a figure"),
                      _jx_checks_number (checks, r->value), where, r->path);
    }
}
