/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fuzz-sheet.c: the libFuzzer target of the spreadsheet readers (jx-sheet-read.h).
 *
 * The bytes are read as a file of any kind (the readers sniff it: zip, Compound File,
 * text); when they read, every cell and merged range of every sheet is visited and the
 * table's promises checked (a cell's text is UTF-8, a number has a text, merged ranges are
 * not empty, nothing lies past the table's size). When they are refused, the error must be
 * one of JX_SHEET_ERROR with a message. Any crash, sanitizer report, GLib critical, or warning
 * of our own or of GLib aborts; libgsf's warnings about the damaged files it is given (“Unknown
 * stream type”) are what it says about bad input, and are dropped.
 *
 * Built as the libFuzzer target with -Dfuzzing=true (./dev fuzz-sheet), and in every build
 * as fuzz-sheet-regress, which runs tests/fuzz/sheet-corpus through the same function. */
#define G_LOG_DOMAIN "jx-fuzz"

#include "config.h"

#include <stdint.h>
#include <stdlib.h>

#include "jx-sheet-error.h"
#include "jx-sheet-read.h"

#include "fuzz-sheet.h"

static void
check_table (const JxSheetTable *table)
{
  guint n_rows = jx_sheet_table_get_n_rows (table);
  guint n_cols = jx_sheet_table_get_n_cols (table);
  const JxSheetMerge *merges;
  guint n_merges, row, col, i;

  if (!g_utf8_validate (jx_sheet_table_get_name (table), -1, NULL))
    abort ();
  for (row = 0; row < n_rows; row++)
    for (col = 0; col < n_cols; col++)
      {
        const char *text = jx_sheet_table_get (table, row, col);
        double value;

        if (text != NULL && (*text == '\0' || !g_utf8_validate (text, -1, NULL)))
          abort ();
        if (jx_sheet_table_is_number (table, row, col, &value) && text == NULL)
          abort ();
        if (jx_sheet_table_lacks_value (table, row, col) && text != NULL)
          abort ();
      }
  if (jx_sheet_table_get (table, n_rows, 0) != NULL || jx_sheet_table_get (table, 0, n_cols) != NULL)
    abort ();
  merges = jx_sheet_table_get_merges (table, &n_merges);
  for (i = 0; i < n_merges; i++)
    if (merges[i].n_rows == 0 || merges[i].n_cols == 0)
      abort ();
}

static void
drop_message (const char    *domain,
              GLogLevelFlags level,
              const char    *message,
              gpointer       data)
{
}

static void
abort_on_warning (const char    *domain,
                  GLogLevelFlags level,
                  const char    *message,
                  gpointer       data)
{
  if (level & (G_LOG_LEVEL_ERROR | G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING))
    {
      g_printerr ("%s: %s\n", domain != NULL ? domain : "", message);
      abort ();
    }
}

gboolean
jx_fuzz_sheet_one (const uint8_t *data,
                   size_t         size,
                   char         **refusal)
{
  g_autoptr(GBytes) bytes = g_bytes_new_static (data, size);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) tables = NULL;
  static gboolean initialized;
  guint i;

  if (!initialized)
    {
      static const char *const gsf[] = { "libgsf", "libgsf:msole", "libgsf:zip" };
      guint d;

      /* abort () (not GLib's breakpoint trap) so that libFuzzer keeps the input. */
      g_log_set_default_handler (abort_on_warning, NULL);
      for (d = 0; d < G_N_ELEMENTS (gsf); d++)
        g_log_set_handler (gsf[d], G_LOG_LEVEL_WARNING | G_LOG_LEVEL_MESSAGE, drop_message, NULL);
      initialized = TRUE;
    }
  tables = jx_sheet_read_bytes (bytes, "fuzz", &error);
  if (tables == NULL)
    {
      if (error == NULL || error->message == NULL || *error->message == '\0'
          || (error->domain != JX_SHEET_ERROR && error->domain != G_FILE_ERROR))
        abort ();
      if (refusal != NULL)
        *refusal = g_strdup (error->message);
      return FALSE;
    }
  if (tables->len == 0)
    abort ();
  for (i = 0; i < tables->len; i++)
    check_table (g_ptr_array_index (tables, i));
  return TRUE;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  jx_fuzz_sheet_one (data, size, NULL);
  return 0;
}
