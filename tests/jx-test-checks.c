/* SPDX-License-Identifier: GPL-3.0-or-later */
/* jx-test-checks.c: running the consistency checks on a small document and looking for a
 * finding (test-checks.c, test-checks-figures.c). */
#include "config.h"

#include <string.h>

#include "jx-load.h"
#include "jx-scoring.h"
#include "jx-test-checks.h"

GPtrArray *
jx_test_checks_run (const char *json)
{
  g_autofree char *text = g_strdup (json);
  g_autoptr(GError) error = NULL;
  g_autoptr(JxDocData) doc = NULL;
  g_autoptr(JxScoreSheet) sheet = NULL;
  char *p;

  for (p = text; *p != '\0'; p++)
    if (*p == '\'')
      *p = '"';

  doc = jx_doc_data_load_data (text, strlen (text), "test.jixiao", &error);
  g_assert_no_error (error);
  g_assert_nonnull (doc);

  sheet = jx_score_sheet_compute (doc);
  return jx_checks_run (doc, sheet);
}

const JxFinding *
jx_test_checks_find (GPtrArray  *findings,
                     JxSeverity  severity,
                     const char *path)
{
  guint i;

  for (i = 0; i < findings->len; i++)
    {
      const JxFinding *f = g_ptr_array_index (findings, i);

      if (f->severity == severity && g_strcmp0 (f->path, path) == 0)
        return f;
    }
  return NULL;
}

guint
jx_test_checks_count (GPtrArray  *findings,
                      JxSeverity  severity)
{
  guint n = 0;
  guint i;

  for (i = 0; i < findings->len; i++)
    if (((const JxFinding *) g_ptr_array_index (findings, i))->severity == severity)
      n++;
  return n;
}

void
jx_test_checks_dump (GPtrArray *findings)
{
  guint i;

  for (i = 0; i < findings->len; i++)
    {
      const JxFinding *f = g_ptr_array_index (findings, i);

      g_test_message ("%s %s: %s", jx_severity_to_string (f->severity), f->path, f->message);
    }
}

/* The document triggers a finding of `severity` at `path` whose message has `a` and `b`. */
void
jx_test_checks_assert_finding (const char *json,
                               JxSeverity  severity,
                               const char *path,
                               const char *a,
                               const char *b)
{
  g_autoptr(GPtrArray) findings = jx_test_checks_run (json);
  const JxFinding *f;

  jx_test_checks_dump (findings);
  f = jx_test_checks_find (findings, severity, path);
  g_assert_nonnull (f);
  g_test_message ("checking “%s” for “%s” and “%s”", f->message, a, b);
  g_assert_nonnull (strstr (f->message, a));
  if (b != NULL)
    g_assert_nonnull (strstr (f->message, b));
}

void
jx_test_checks_assert_no_finding (const char *json,
                                  JxSeverity  severity,
                                  const char *path)
{
  g_autoptr(GPtrArray) findings = jx_test_checks_run (json);

  jx_test_checks_dump (findings);
  g_assert_null (jx_test_checks_find (findings, severity, path));
}

