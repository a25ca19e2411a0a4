/* SPDX-License-Identifier: GPL-3.0-or-later */
/* sheet-dump.c: what the readers make of a file, as JSON on stdout, for test-sheet-read.py.
 *
 *   sheet-dump FILE   →  {"sheets": [{"name", "rows", "cols", "cells": [[row, col, text,
 *                         number or null, percent, lacking], …], "merges": [[row, col,
 *                         n_rows, n_cols], …]}], "seconds": …}
 *   on an error         {"error": {"domain", "code", "message"}} and exit status 1. */
#include "config.h"

#include <stdio.h>

#include <json-glib/json-glib.h>

#include "jx-sheet-error.h"
#include "jx-sheet-read.h"

static void
dump_table (JsonBuilder        *b,
            const JxSheetTable *t)
{
  const JxSheetMerge *merges;
  guint n_merges, row, col, i;

  json_builder_begin_object (b);
  json_builder_set_member_name (b, "name");
  json_builder_add_string_value (b, jx_sheet_table_get_name (t));
  json_builder_set_member_name (b, "rows");
  json_builder_add_int_value (b, jx_sheet_table_get_n_rows (t));
  json_builder_set_member_name (b, "cols");
  json_builder_add_int_value (b, jx_sheet_table_get_n_cols (t));
  json_builder_set_member_name (b, "cells");
  json_builder_begin_array (b);
  for (row = 0; row < jx_sheet_table_get_n_rows (t); row++)
    for (col = 0; col < jx_sheet_table_get_n_cols (t); col++)
      {
        const char *text = jx_sheet_table_get (t, row, col);
        gboolean lacking = jx_sheet_table_lacks_value (t, row, col);
        double value;

        if (text == NULL && !lacking)
          continue;
        json_builder_begin_array (b);
        json_builder_add_int_value (b, row);
        json_builder_add_int_value (b, col);
        if (text != NULL)
          json_builder_add_string_value (b, text);
        else
          json_builder_add_null_value (b);
        if (jx_sheet_table_is_number (t, row, col, &value))
          json_builder_add_double_value (b, value);
        else
          json_builder_add_null_value (b);
        json_builder_add_boolean_value (b, jx_sheet_table_is_percent (t, row, col));
        json_builder_add_boolean_value (b, lacking);
        json_builder_end_array (b);
      }
  json_builder_end_array (b);
  json_builder_set_member_name (b, "merges");
  json_builder_begin_array (b);
  merges = jx_sheet_table_get_merges (t, &n_merges);
  for (i = 0; i < n_merges; i++)
    {
      json_builder_begin_array (b);
      json_builder_add_int_value (b, merges[i].row);
      json_builder_add_int_value (b, merges[i].col);
      json_builder_add_int_value (b, merges[i].n_rows);
      json_builder_add_int_value (b, merges[i].n_cols);
      json_builder_end_array (b);
    }
  json_builder_end_array (b);
  json_builder_end_object (b);
}

int
main (int argc, char **argv)
{
  g_autoptr(JsonBuilder) b = json_builder_new ();
  g_autoptr(JsonGenerator) gen = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) tables = NULL;
  g_autofree char *out = NULL;
  gint64 start;
  guint i;

  if (argc != 2)
    {
      g_printerr ("usage: sheet-dump FILE\n");
      return 2;
    }
  start = g_get_monotonic_time ();
  tables = jx_sheet_read_file (argv[1], &error);
  json_builder_begin_object (b);
  if (tables == NULL)
    {
      json_builder_set_member_name (b, "error");
      json_builder_begin_object (b);
      json_builder_set_member_name (b, "domain");
      json_builder_add_string_value (b, g_quark_to_string (error->domain));
      json_builder_set_member_name (b, "code");
      json_builder_add_int_value (b, error->code);
      json_builder_set_member_name (b, "message");
      json_builder_add_string_value (b, error->message);
      json_builder_end_object (b);
    }
  else
    {
      json_builder_set_member_name (b, "sheets");
      json_builder_begin_array (b);
      for (i = 0; i < tables->len; i++)
        dump_table (b, g_ptr_array_index (tables, i));
      json_builder_end_array (b);
    }
  json_builder_set_member_name (b, "seconds");
  json_builder_add_double_value (b, (g_get_monotonic_time () - start) / 1e6);
  json_builder_end_object (b);
  root = json_builder_get_root (b);
  json_generator_set_root (gen, root);
  out = json_generator_to_data (gen, NULL);
  fputs (out, stdout);   /* UTF-8 as it is, whatever the locale */
  fputc ('\n', stdout);
  return tables == NULL ? 1 : 0;
}
