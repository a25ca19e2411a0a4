/* SPDX-License-Identifier: GPL-3.0-or-later */
/* jx-cli.c: --check, --metrics, --export-*, --list-charts. No GTK here: these paths run
 * with no display. */
#define G_LOG_DOMAIN "jx-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <gio/gio.h>
#include <math.h>
#include <stdio.h>

#include "jx-checks.h"
#include "jx-cli.h"
#include "jx-cli-report.h"
#include "jx-cli-charts.h"
#include "jx-cli-next-year.h"
#include "jx-cli-sheets.h"
#include "jx-cli-slides.h"
#include "jx-load.h"
#include "jx-metrics.h"
#include "jx-scoring.h"
#include "jx-save.h"

const GOptionEntry jx_cli_entries[] = {
  { "check", 0, 0, G_OPTION_ARG_NONE, NULL, N_("Validate FILE and print its findings (exit 0 valid, 1 errors, 2 unreadable)"), NULL },
  { "metrics", 0, 0, G_OPTION_ARG_NONE, NULL, N_("Print the computed ratios, scores and grade of FILE as JSON"), NULL },
  { "export-pdf", 0, 0, G_OPTION_ARG_FILENAME, NULL, N_("Export the whole report of FILE as PDF"), N_("OUT.pdf") },
  { "export-docx", 0, 0, G_OPTION_ARG_FILENAME, NULL, N_("Export the whole report of FILE as a Word document (.docx)"), N_("OUT.docx") },
  { "font-preset", 0, 0, G_OPTION_ARG_STRING, NULL, N_("Fonts of --export-docx: official (仿宋_GB2312, 黑体, 楷体_GB2312) or plain (宋体, 黑体)"), N_("PRESET") },
  { "export-slides", 0, 0, G_OPTION_ARG_FILENAME, NULL, N_("Export the presentation slides of FILE as a 16:9 PDF"), N_("OUT.pdf") },
  { "export-xlsx", 0, 0, G_OPTION_ARG_FILENAME, NULL, N_("Export the self-evaluation table (自评表) of FILE as an Excel workbook"), N_("OUT.xlsx") },
  { "import", 0, 0, G_OPTION_ARG_FILENAME, NULL, N_("Import the indicator table TABLE (.xlsx, .xls, .ods, .csv) into a new document (with --output), or into --into"), N_("TABLE") },
  { "into", 0, 0, G_OPTION_ARG_FILENAME, NULL, N_("The document --import starts from (its indicators of the same name are replaced)"), N_("BASE.jixiao") },
  { "sheet", 0, 0, G_OPTION_ARG_STRING, NULL, N_("The sheet --import reads (the first with an indicator header by default)"), N_("NAME") },
  { "column", 0, 0, G_OPTION_ARG_STRING_ARRAY, NULL, N_("Correct a guessed column of --import: LETTER=ROLE, as in C=target (repeatable)"), N_("LETTER=ROLE") },
  { "export-chart", 0, 0, G_OPTION_ARG_STRING, NULL, N_("Export the chart ID of FILE (with --output)"), N_("ID") },
  { "next-year", 0, 0, G_OPTION_ARG_FILENAME, NULL, N_("Write next year’s document from FILE (with --output OUT.jixiao)"), N_("FILE") },
  { "list-charts", 0, 0, G_OPTION_ARG_NONE, NULL, N_("List the charts of FILE"), NULL },
  { "output", 'o', 0, G_OPTION_ARG_FILENAME, NULL, N_("Output file of --export-chart (.png, .svg or .pdf), --next-year or --import (.jixiao)"), N_("OUT") },
  { "width", 0, 0, G_OPTION_ARG_INT, NULL, N_("Width of an exported chart, in pixels (PNG) or points"), N_("W") },
  { "height", 0, 0, G_OPTION_ARG_INT, NULL, N_("Height of an exported chart"), N_("H") },
  { "style", 0, 0, G_OPTION_ARG_STRING, NULL, N_("Chart style: print, light, dark or projector"), N_("STYLE") },
  { NULL }
};

/* A text for the terminal: control characters (C0, DEL, C1) and the bidirectional controls
 * that reorder what is shown are written as escapes (\n, \u001B), so that a name in a
 * document can neither move the cursor, recolour or retitle the terminal, nor split a
 * finding over two lines. */
char *
jx_cli_escape_for_terminal (const char *s)
{
  GString *out = NULL;
  const char *p;

  for (p = s; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      gboolean bidi = (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);

      if (!g_unichar_iscntrl (c) && !bidi)
        {
          if (out != NULL)
            g_string_append_len (out, p, g_utf8_next_char (p) - p);
          continue;
        }
      if (out == NULL)
        out = g_string_new_len (s, p - s);
      if (c == '\n')
        g_string_append (out, "\\n");
      else if (c == '\t')
        g_string_append (out, "\\t");
      else if (c == '\r')
        g_string_append (out, "\\r");
      else
        g_string_append_printf (out, "\\u%04X", c);
    }
  return out != NULL ? g_string_free (out, FALSE) : g_strdup (s);
}

static void
print_line (const char *format,
            ...) G_GNUC_PRINTF (1, 2);

/* One line on standard output, its control characters escaped. */
static void
print_line (const char *format,
            ...)
{
  g_autofree char *line = NULL;
  g_autofree char *shown = NULL;
  va_list args;

  va_start (args, format);
  line = g_strdup_vprintf (format, args);
  va_end (args);
  shown = jx_cli_escape_for_terminal (line);
  g_print ("%s\n", shown);
}

static JxDocData *
load_or_report (const char *path,
                int        *status)
{
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (path);
  g_autoptr(GError) error = NULL;
  JxDocData *data = jx_doc_data_load_file (file, &error);

  if (data == NULL)
    {
      g_autofree char *shown = jx_cli_escape_for_terminal (error->message);

      g_printerr ("%s\n", shown);
      *status = 2;
    }
  return data;
}

static int
run_check (const char *path)
{
  int status = 0;
  g_autoptr(JxDocData) data = load_or_report (path, &status);
  g_autoptr(JxScoreSheet) sheet = NULL;
  g_autoptr(GPtrArray) findings = NULL;
  guint i;

  if (data == NULL)
    return status;

  sheet = jx_score_sheet_compute (data);
  findings = jx_checks_run (data, sheet);
  for (i = 0; i < findings->len; i++)
    {
      JxFinding *f = g_ptr_array_index (findings, i);

      print_line ("%s: %s: %s: %s", path, f->path, jx_severity_to_string (f->severity), f->message);
      if (f->severity == JX_SEVERITY_ERROR)
        status = 1;
    }
  return status;
}

static void
add_number (JsonBuilder *b,
            const char  *key,
            double       value)
{
  json_builder_set_member_name (b, key);
  if (isnan (value))
    json_builder_add_null_value (b);
  else
    json_builder_add_double_value (b, value);
}

static void
add_string (JsonBuilder *b,
            const char  *key,
            const char  *value)
{
  json_builder_set_member_name (b, key);
  if (value == NULL)
    json_builder_add_null_value (b);
  else
    json_builder_add_string_value (b, value);
}

static char *
indicator_actual_text (const JxDocData   *data,
                       const JxIndicator *ind)
{
  if (ind->actual_text != NULL && ind->actual_text[0] != '\0')
    return g_strdup (ind->actual_text);
  if (ind->parts->len == 1)
    {
      double a = jx_indicator_actual (data, ind, 0);
      const JxPart *part = g_ptr_array_index (ind->parts, 0);
      char buf[G_ASCII_DTOSTR_BUF_SIZE];

      if (isnan (a))
        return NULL;
      g_ascii_formatd (buf, sizeof buf, "%.2f", a);
      return g_strdup_printf ("%s%s%s", buf, part->unit[0] ? " " : "", part->unit);
    }
  return NULL;
}

static int
run_metrics (const char *path)
{
  int status = 0;
  g_autoptr(JxDocData) data = load_or_report (path, &status);
  g_autoptr(JxScoreSheet) sheet = NULL;
  g_autoptr(GPtrArray) findings = NULL;
  g_autoptr(JsonBuilder) b = NULL;
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *text = NULL;
  int decimals;
  guint i;

  if (data == NULL)
    return status;

  decimals = data->scoring.decimals;
  sheet = jx_score_sheet_compute (data);
  findings = jx_checks_run (data, sheet);
  b = json_builder_new ();
  json_builder_begin_object (b);

  json_builder_set_member_name (b, "metrics");
  json_builder_begin_object (b);
  for (i = JX_METRIC_NONE + 1; i < JX_N_METRICS; i++)
    {
      double v = jx_metric_compute (data, i);
      add_number (b, jx_metric_to_string (i), isnan (v) ? v : jx_round (v, 2, JX_ROUNDING_HALF_UP));
    }
  json_builder_end_object (b);

  json_builder_set_member_name (b, "dimensions");
  json_builder_begin_array (b);
  for (i = 0; i < sheet->dimensions->len; i++)
    {
      const JxIndicatorResult *r = g_ptr_array_index (sheet->dimensions, i);

      json_builder_begin_object (b);
      add_string (b, "name", r->indicator->name);
      add_number (b, "weight", r->weight);
      add_number (b, "score", r->score);
      add_number (b, "rate", isnan (r->rate) ? r->rate : jx_round (r->rate, 2, JX_ROUNDING_HALF_UP));
      add_string (b, "grade", r->grade);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);

  json_builder_set_member_name (b, "indicators");
  json_builder_begin_array (b);
  for (i = 0; i < sheet->indicators->len; i++)
    {
      const JxIndicatorResult *r = g_ptr_array_index (sheet->indicators, i);
      g_autofree char *actual = NULL;

      if (r->level != 3)
        continue;
      actual = indicator_actual_text (data, r->indicator);
      json_builder_begin_object (b);
      add_string (b, "path", r->path);
      add_string (b, "number", r->indicator->number);
      add_string (b, "name", r->indicator->name);
      add_string (b, "target", r->indicator->target_text);
      add_string (b, "actual", actual);
      add_number (b, "weight", r->weight);
      add_number (b, "score", r->score);
      add_number (b, "computed_score", r->computed_score);
      /* 得分系数: the score as a share of the weight */
      add_number (b, "coefficient", isnan (r->score) || !(r->weight > 0) ? NAN
                                    : jx_round (r->score / r->weight, 4, JX_ROUNDING_HALF_UP));
      add_number (b, "completion", isnan (r->completion) ? r->completion : jx_round (r->completion, decimals, JX_ROUNDING_HALF_UP));
      add_string (b, "explanation", r->explanation);
      add_string (b, "rule", jx_rule_kind_names[CLAMP (r->indicator->rule.kind, JX_RULE_POSITIVE, JX_RULE_MANUAL)]);
      add_string (b, "rule_name", jx_rule_kind_title (r->indicator->rule.kind));
      add_string (b, "rule_source", r->indicator->rule.source[0] != '\0' ? r->indicator->rule.source : NULL);
      json_builder_set_member_name (b, "rule_custom");
      json_builder_add_boolean_value (b, r->indicator->rule.custom);
      json_builder_set_member_name (b, "applicable");
      json_builder_add_boolean_value (b, r->applicable);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);

  add_number (b, "total_weight", sheet->total_weight);
  add_number (b, "total_score", sheet->total);
  add_string (b, "grade", sheet->grade);
  add_number (b, "total_before_cap", sheet->uncapped_total);
  add_string (b, "cap", sheet->cap_explanation);
  add_string (b, "rule_pack", data->scoring.pack[0] != '\0' ? data->scoring.pack : NULL);
  add_string (b, "rule_pack_source", data->scoring.source[0] != '\0' ? data->scoring.source : NULL);

  json_builder_set_member_name (b, "findings");
  json_builder_begin_array (b);
  for (i = 0; i < findings->len; i++)
    {
      const JxFinding *f = g_ptr_array_index (findings, i);

      json_builder_begin_object (b);
      add_string (b, "severity", jx_severity_to_string (f->severity));
      add_string (b, "path", f->path);
      add_string (b, "message", f->message);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
  json_builder_end_object (b);

  root = json_builder_get_root (b);
  text = jx_json_to_text (root);
  fputs (text, stdout);
  return 0;
}

int
jx_cli_handle (GVariantDict       *options,
               const char * const *files)
{
  gboolean check = g_variant_dict_contains (options, "check");
  gboolean metrics = g_variant_dict_contains (options, "metrics");
  gboolean any = check || metrics
    || g_variant_dict_contains (options, "export-pdf")
    || g_variant_dict_contains (options, "export-docx")
    || g_variant_dict_contains (options, "export-slides")
    || g_variant_dict_contains (options, "export-xlsx")
    || g_variant_dict_contains (options, "export-chart")
    || g_variant_dict_contains (options, "list-charts");

  if (g_variant_dict_contains (options, "next-year"))
    {
      g_autofree char *in = NULL;
      g_autofree char *out = NULL;

      if (files != NULL && files[0] != NULL)
        {
          g_printerr (_("--next-year reads the document named after it; name no other file.\n"));
          return 2;
        }
      g_variant_dict_lookup (options, "next-year", "^ay", &in);
      g_variant_dict_lookup (options, "output", "^ay", &out);
      return jx_cli_next_year (in, out);
    }
  if (g_variant_dict_contains (options, "import"))
    {
      g_autofree char *table = NULL;
      g_autofree char *output = NULL;
      g_autofree char *into = NULL;
      g_autofree char *sheet = NULL;
      g_auto(GStrv) columns = NULL;

      if (any || (files != NULL && files[0] != NULL))
        {
          g_printerr (_("--import takes the table and --output (and --into); no FILE, no other command.\n"));
          return 2;
        }
      g_variant_dict_lookup (options, "import", "^ay", &table);
      g_variant_dict_lookup (options, "output", "^ay", &output);
      g_variant_dict_lookup (options, "into", "^ay", &into);
      g_variant_dict_lookup (options, "sheet", "s", &sheet);
      g_variant_dict_lookup (options, "column", "^as", &columns);
      return jx_cli_import (table, output, into, sheet, (const char * const *) columns);
    }
  if (g_variant_dict_contains (options, "into"))
    {
      g_printerr (_("--into goes with --import.\n"));
      return 2;
    }
  if (!any)
    return -1;

  if (files == NULL || files[0] == NULL || files[1] != NULL)
    {
      g_printerr (_("Name exactly one document (FILE) after the options.\n"));
      return 2;
    }

  if (g_variant_dict_contains (options, "export-slides"))
    {
      g_autofree char *out = NULL;
      g_autofree char *style = NULL;

      g_variant_dict_lookup (options, "export-slides", "^ay", &out);
      g_variant_dict_lookup (options, "style", "s", &style);
      return jx_cli_export_slides (out, files[0], style);
    }
  if (g_variant_dict_contains (options, "export-xlsx"))
    {
      g_autofree char *out = NULL;

      g_variant_dict_lookup (options, "export-xlsx", "^ay", &out);
      return jx_cli_export_xlsx (out, files[0]);
    }
  if (check)
    return run_check (files[0]);
  if (metrics)
    return run_metrics (files[0]);
  if (g_variant_dict_contains (options, "list-charts"))
    return jx_cli_list_charts (files[0]);
  if (g_variant_dict_contains (options, "export-chart"))
    return jx_cli_export_chart (options, files[0]);
  if (g_variant_dict_contains (options, "export-pdf"))
    {
      g_autofree char *out = NULL;

      g_variant_dict_lookup (options, "export-pdf", "^ay", &out);
      return jx_cli_export_report (out, files[0]);
    }
  if (g_variant_dict_contains (options, "export-docx"))
    {
      g_autofree char *out = NULL;
      g_autofree char *preset = NULL;

      g_variant_dict_lookup (options, "export-docx", "^ay", &out);
      g_variant_dict_lookup (options, "font-preset", "s", &preset);
      return jx_cli_export_docx (out, files[0], preset);
    }

  g_printerr (_("This command is not available yet.\n"));
  return 2;
}
