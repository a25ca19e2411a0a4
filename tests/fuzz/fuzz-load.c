/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fuzz-load.c: the libFuzzer target of the document loader (DESIGN.md §3).
 *
 * The bytes are loaded as a .jixiao file; when they load, everything that reads a document
 * runs on it (scores, checks, every metric and its explanation), its records go through
 * JSON and back as undo and paste do, and the canonical text is written, loaded again and
 * written again: it must load, and give the same bytes. Any
 * crash, sanitizer report, GLib critical or warning, or round-trip difference aborts.
 *
 * Built as the libFuzzer target with -Dfuzzing=true (tests/fuzz/meson.build, clang), and
 * in every build with fuzz-regress.c, which runs the corpus and the fixtures through the
 * same function as a normal test.
 */
#define G_LOG_DOMAIN "jx-fuzz"

#include "config.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "jx-checks.h"
#include "jx-load.h"
#include "jx-metrics.h"
#include "jx-record.h"
#include "jx-save.h"
#include "jx-scoring.h"

#include "fuzz-load.h"

static void
exercise (const JxDocData *doc)
{
  g_autoptr(JxScoreSheet) sheet = jx_score_sheet_compute (doc);
  g_autoptr(GPtrArray) findings = jx_checks_run (doc, sheet);
  int id;

  g_assert (findings != NULL);
  for (id = JX_METRIC_NONE + 1; id < JX_N_METRICS; id++)
    {
      g_autofree char *explanation = jx_metric_explain (doc, (JxMetricId) id);
      volatile double v = jx_metric_compute (doc, (JxMetricId) id);

      (void) v;
      g_assert (explanation != NULL);
    }
}

/* Undo and paste rebuild records from JSON nodes: every level-1 indicator (with its whole
 * subtree) and the budget must come back from their own nodes. */
static void
records_round_trip (const JxDocData *doc)
{
  const JxField *budget = jx_record_type_find (&jx_doc_data_type, "budget");
  guint i;

  for (i = 0; i < doc->indicators->len; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(JsonNode) node = jx_record_to_json (&jx_indicator_type, g_ptr_array_index (doc->indicators, i), 1);
      gpointer again = jx_record_from_json (&jx_indicator_type, node, 1, &error);

      if (again == NULL)
        {
          g_printerr ("fuzz-load: indicator %u does not come back from its JSON: %s\n", i, error->message);
          abort ();
        }
      jx_record_free (&jx_indicator_type, again);
    }

  if (budget != NULL)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(JsonNode) node = jx_field_to_json (budget, doc, 0);
      gpointer again = jx_record_from_json (budget->type, node, 0, &error);

      if (again == NULL)
        {
          g_printerr ("fuzz-load: the budget does not come back from its JSON: %s\n", error->message);
          abort ();
        }
      jx_record_free (budget->type, again);
    }
}

static void
round_trip (const JxDocData *doc)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JxDocData) again = NULL;
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  gsize first_length = 0;
  gsize second_length = 0;

  first = jx_doc_data_to_json (doc, &first_length);
  again = jx_doc_data_load_data (first, first_length, "saved.jixiao", &error);
  if (again == NULL)
    {
      g_printerr ("fuzz-load: the saved text of a loaded document does not load: %s\n"
                  "--- saved text ---\n%s\n", error->message, first);
      abort ();
    }
  exercise (again);
  second = jx_doc_data_to_json (again, &second_length);
  if (first_length != second_length || memcmp (first, second, first_length) != 0)
    {
      g_printerr ("fuzz-load: load → save is not stable\n--- first ---\n%s\n--- second ---\n%s\n",
                  first, second);
      abort ();
    }
}

gboolean
jx_fuzz_load_one (const uint8_t *data,
                  size_t         size,
                  char         **refusal)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JxDocData) doc = NULL;
  static gboolean initialized = FALSE;

  if (!initialized)
    {
      /* Criticals and warnings are bugs here, as they are under G_DEBUG=fatal-criticals. */
      g_log_set_always_fatal (G_LOG_LEVEL_ERROR | G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING);
      initialized = TRUE;
    }

  doc = jx_doc_data_load_data ((const char *) data, size, "fuzz.jixiao", &error);
  if (doc == NULL)
    {
      /* A refused file must say why, name itself, and be printable (shown in the app). */
      if (error == NULL || error->domain != JX_LOAD_ERROR
          || !g_str_has_prefix (error->message, "fuzz.jixiao")
          || !g_utf8_validate (error->message, -1, NULL))
        {
          g_printerr ("fuzz-load: refused without a proper error: %s\n",
                      error != NULL ? error->message : "(no error)");
          abort ();
        }
      if (refusal != NULL)
        *refusal = g_strdup (error->message);
      return FALSE;
    }
  g_assert (error == NULL);
  exercise (doc);
  records_round_trip (doc);
  round_trip (doc);
  return TRUE;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  jx_fuzz_load_one (data, size, NULL);
  return 0;
}
