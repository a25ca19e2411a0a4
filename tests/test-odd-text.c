/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Odd but legal input that used to be changed silently or break the exports: an escaped NUL
 * in a text (cut there on load and saved cut), a noncharacter (U+FFFF: every PDF writer
 * failed later with "Input/output error"), and a target that rounds to zero (5e-324 gave
 * "inf%"). Each is refused with a message that names it, or handled, never changed. */
#include "config.h"

#include <math.h>

#include "jx-document.h"
#include "jx-load.h"
#include "jx-scoring.h"

#define HEAD "{\"format\": \"jixiao\", \"version\": 1, \"department\": {\"year\": 2020, "

static char *
load_error (const char *text)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JxDocData) data = jx_doc_data_load_data (text, strlen (text), "odd.jixiao", &error);

  if (data != NULL)
    return NULL;
  g_assert_nonnull (error);
  return g_strdup (error->message);
}

/* `\u0000` anywhere: refused, with where and what, never loaded cut at the NUL. */
static void
test_nul (void)
{
  static const struct {
    const char *text;
    const char *where;
  } cases[] = {
    { HEAD "\"name\": \"融媒体\\u0000中心\"}}", "department.name: " },
    /* Plain ASCII before, Chinese after: not "the file is not UTF-8 text" either. */
    { HEAD "\"name\": \"A\\u0000B中文\"}}", "department.name: " },
    { HEAD "\"name\": \"x\", \"functions\": [\"宣传\\u0000报道\"]}}", "department.functions[0]: " },
    /* A member this version does not know is kept and written back: whole, or not at all. */
    { HEAD "\"name\": \"x\"}, \"future\": {\"note\": \"before\\u0000after\"}}", "future: " },
    { HEAD "\"name\": \"x\", \"na\\u0000me\": \"y\"}}", "department: " },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *message = load_error (cases[i].text);

      g_test_message ("%s", message != NULL ? message : "(loaded)");
      g_assert_nonnull (message);
      g_assert_nonnull (strstr (message, cases[i].where));
      g_assert_nonnull (strstr (message, "\\u0000"));
      g_assert_null (strstr (message, "UTF-8"));
    }
}

/* Noncharacters, escaped or as UTF-8 bytes: refused at load, naming the code point. */
static void
test_noncharacters_at_load (void)
{
  static const struct {
    const char *text;
    const char *named;
  } cases[] = {
    { HEAD "\"name\": \"融媒体\\uffff中心\"}}", "U+FFFF" },
    { HEAD "\"name\": \"融媒体\xef\xbf\xbf中心\"}}", "U+FFFF" },
    { HEAD "\"name\": \"\\ufdd0\"}}", "U+FDD0" },
    { HEAD "\"name\": \"\xef\xb7\xaf\"}}", "U+FDEF" },
    { HEAD "\"name\": \"x\\udbff\\udfff\"}}", "U+10FFFF" },
    { HEAD "\"name\": \"\xf4\x8f\xbf\xbe\"}}", "U+10FFFE" },
    { HEAD "\"name\": \"\xf0\x9f\xbf\xbf\"}}", "U+1FFFF" },
    { HEAD "\"name\": \"x\"}, \"future\": [\"\\ufffe\"]}", "U+FFFE" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *message = load_error (cases[i].text);

      g_test_message ("%s", message != NULL ? message : "(loaded)");
      g_assert_nonnull (message);
      g_assert_nonnull (strstr (message, cases[i].named));
      g_assert_nonnull (strstr (message, "noncharacter"));
    }
}

/* The characters next to them are fine: U+FFFD, U+FFEF, U+FDCF, U+FDF0, U+10FFFD, an
 * emoji, and Chinese. */
static void
test_neighbours_load (void)
{
  const char *text = HEAD "\"name\": \"\xef\xbf\xbd\xef\xbf\xaf\xef\xb7\x8f\xef\xb7\xb0\xf4\x8f\xbf\xbd"
                     "\\ud83d\\ude00融媒体中心\"}}";
  g_autoptr(GError) error = NULL;
  g_autoptr(JxDocData) data = jx_doc_data_load_data (text, strlen (text), "ok.jixiao", &error);

  g_assert_no_error (error);
  g_assert_cmpstr (data->department.name, ==,
                   "\xef\xbf\xbd\xef\xbf\xaf\xef\xb7\x8f\xef\xb7\xb0\xf4\x8f\xbf\xbd\xf0\x9f\x98\x80融媒体中心");
}

static JxDocument *
open_sample (void)
{
  g_autoptr(GFile) file = g_file_new_for_path (g_getenv ("JIXIAO_SAMPLE"));
  g_autoptr(GError) error = NULL;
  JxDocument *doc = jx_document_new_from_file (file, &error);

  g_assert_no_error (error);
  return doc;
}

/* Typed or pasted: the edit is refused and the document stays as it was. */
static void
test_noncharacters_in_edits (void)
{
  g_autoptr(JxDocument) doc = open_sample ();
  const JxDocData *d = jx_document_get_data (doc);
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) text = json_node_new (JSON_NODE_VALUE);
  g_autoptr(JsonParser) parser = json_parser_new ();

  g_assert_false (jx_document_set_string (doc, "department.name", "融媒体\xef\xbf\xbf中心", &error));
  g_assert_error (error, JX_LOAD_ERROR, JX_LOAD_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "U+FFFF"));
  g_clear_error (&error);
  g_assert_cmpstr (d->department.name, ==, "武汉市新洲区融媒体中心");

  g_assert_false (jx_document_set_string (doc, "department.functions[0]", "\xef\xb7\x90", &error));
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, "U+FDD0"));
  g_clear_error (&error);

  json_node_set_string (text, "\xf4\x8f\xbf\xbf");
  g_assert_false (jx_document_insert (doc, "department.functions", 0, text, &error));
  g_assert_nonnull (strstr (error->message, "U+10FFFF"));
  g_clear_error (&error);

  /* A pasted indicator with one in its name, or in a member this version does not know. */
  g_assert_true (json_parser_load_from_data (parser, "{\"name\": \"a\xef\xbf\xbe\", \"weight\": 1}", -1, NULL));
  g_assert_false (jx_document_insert (doc, "indicators", -1, json_parser_get_root (parser), &error));
  g_assert_nonnull (strstr (error->message, "U+FFFE"));
  g_clear_error (&error);
  g_assert_true (json_parser_load_from_data (parser, "{\"name\": \"a\", \"x-note\": \"\xef\xbf\xbf\"}", -1, NULL));
  g_assert_false (jx_document_insert (doc, "indicators", -1, json_parser_get_root (parser), &error));
  g_assert_nonnull (strstr (error->message, "U+FFFF"));
  g_clear_error (&error);

  g_assert_false (jx_document_get_modified (doc));
  g_assert_false (jx_document_can_undo (doc));
}

/* The first level-3 indicator "全年采摄新闻" (3000 篇 targeted, 3250 done) with `target`. */
static const JxIndicatorResult *
with_target (JxScoreSheet **sheet,
             JxDocData     *data,
             double         target)
{
  JxIndicator *l1 = g_ptr_array_index (data->indicators, 2);
  JxIndicator *l2 = g_ptr_array_index (l1->children, 0);
  JxIndicator *l3 = g_ptr_array_index (l2->children, 0);
  JxPart *part = g_ptr_array_index (l3->parts, 0);
  guint i;

  g_assert_cmpstr (l3->name, ==, "全年采摄新闻");
  part->target = target;
  g_clear_pointer (sheet, jx_score_sheet_free);
  *sheet = jx_score_sheet_compute (data);
  for (i = 0; i < (*sheet)->indicators->len; i++)
    {
      const JxIndicatorResult *r = g_ptr_array_index ((*sheet)->indicators, i);
      if (r->indicator == l3)
        return r;
    }
  g_assert_not_reached ();
}

/* A target that prints as 0 has no completion: never inf% or -∞%. */
static void
test_target_rounding_to_zero (void)
{
  g_autoptr(GFile) file = g_file_new_for_path (g_getenv ("JIXIAO_SAMPLE"));
  g_autoptr(JxDocData) data = jx_doc_data_load_file (file, NULL);
  g_autoptr(JxScoreSheet) sheet = NULL;
  const JxIndicatorResult *r;
  static const double tiny[] = { 5e-324, -5e-324, 1e-300, 4.9e-7, -4.9e-7, 0 };

  r = with_target (&sheet, data, 3000);
  g_assert_cmpfloat_with_epsilon (r->completion, 3250.0 / 3000 * 100, 1e-9);

  for (guint i = 0; i < G_N_ELEMENTS (tiny); i++)
    {
      r = with_target (&sheet, data, tiny[i]);
      g_test_message ("target %g: completion %g, %s", tiny[i], r->completion, r->explanation);
      g_assert_true (isnan (r->completion));
      g_assert_true (isnan (r->computed_score));
      g_assert_null (strstr (r->explanation, "∞"));
      g_assert_null (strstr (r->explanation, "inf"));
      g_assert_nonnull (strstr (r->explanation, "the target is zero"));
      g_assert_true (isfinite (sheet->total));
    }

  /* One millionth shows as 0.000001: a real target, a real (huge but finite) percent. */
  r = with_target (&sheet, data, 1e-6);
  g_assert_true (isfinite (r->completion));
  g_assert_cmpfloat (r->completion, >, 1e8);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/odd-text/nul", test_nul);
  g_test_add_func ("/odd-text/noncharacters-at-load", test_noncharacters_at_load);
  g_test_add_func ("/odd-text/neighbours-load", test_neighbours_load);
  g_test_add_func ("/odd-text/noncharacters-in-edits", test_noncharacters_in_edits);
  g_test_add_func ("/odd-text/target-rounding-to-zero", test_target_rounding_to_zero);
  return g_test_run ();
}
