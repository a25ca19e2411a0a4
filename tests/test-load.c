/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Loading: the sample, and every kind of bad input with its line, column and path. */
#include "config.h"

#include <glib/gstdio.h>

#include "jx-load.h"
#include "jx-money.h"
#include "jx-save.h"

static char *
sample_text (gsize *length)
{
  char *text = NULL;

  g_assert_true (g_file_get_contents (g_getenv ("JIXIAO_SAMPLE"), &text, length, NULL));
  return text;
}

static JxDocData *
load_sample (void)
{
  g_autoptr(GFile) file = g_file_new_for_path (g_getenv ("JIXIAO_SAMPLE"));
  g_autoptr(GError) error = NULL;
  JxDocData *data = jx_doc_data_load_file (file, &error);

  g_assert_no_error (error);
  g_assert_nonnull (data);
  return data;
}

static JxIndicator *
find_indicator (GPtrArray  *list,
                const char *name)
{
  for (guint i = 0; i < list->len; i++)
    {
      JxIndicator *ind = g_ptr_array_index (list, i);
      JxIndicator *found;

      if (g_str_equal (ind->name, name))
        return ind;
      if (ind->children != NULL && (found = find_indicator (ind->children, name)) != NULL)
        return found;
    }
  return NULL;
}

static void
test_sample (void)
{
  g_autoptr(JxDocData) d = load_sample ();
  JxIndicator *ind;
  JxPart *part;
  guint n_leaves = 0;

  g_assert_cmpstr (d->department.name, ==, "武汉市新洲区融媒体中心");
  g_assert_cmpint (d->department.year, ==, 2020);
  g_assert_cmpuint (d->department.functions->len, ==, 12);
  g_assert_cmpint (d->department.staffing.authorized.total, ==, 101);
  g_assert_cmpint (d->department.staffing.authorized.administrative, ==, 21);
  g_assert_cmpint (d->department.staffing.authorized.institutional, ==, 80);
  g_assert_cmpint (d->department.staffing.actual.total, ==, 93);
  g_assert_cmpint (d->department.staffing.actual.contract, ==, 28);
  g_assert_cmpint (d->department.staffing.retirees.retired, ==, 51);

  /* Money exact: 645.88 万元 = 645 880 000 units of 0.01 yuan. */
  g_assert_cmpint (d->budget.projects.initial, ==, G_GINT64_CONSTANT (645880000));
  g_assert_cmpint (d->budget.revenue.total, ==, G_GINT64_CONSTANT (3751000000));
  g_assert_cmpuint (d->budget.revenue.items->len, ==, 3);
  g_assert_cmpuint (d->budget.by_function.items->len, ==, 6);
  g_assert_cmpint (d->budget.by_nature.personnel, ==, G_GINT64_CONSTANT (1361260000));
  g_assert_cmpint (d->budget.three_public.budget_total, ==, 5500000);
  g_assert_cmpint (d->budget.three_public.previous_budget_total, ==, 17000000);
  g_assert_cmpint (d->budget.procurement.actual, ==, 225420000);
  g_assert_false (JX_MONEY_IS_SET (d->budget.key_expenditure.amount));

  g_assert_cmpuint (d->indicators->len, ==, 4);
  for (guint i = 0; i < d->indicators->len; i++)
    {
      JxIndicator *l1 = g_ptr_array_index (d->indicators, i);
      for (guint j = 0; j < l1->children->len; j++)
        n_leaves += ((JxIndicator *) g_ptr_array_index (l1->children, j))->children->len;
    }
  g_assert_cmpuint (n_leaves, ==, 17 + 30 + 8);

  ind = find_indicator (d->indicators, "全年采摄新闻");
  g_assert_nonnull (ind);
  g_assert_cmpuint (ind->parts->len, ==, 1);
  part = g_ptr_array_index (ind->parts, 0);
  g_assert_cmpfloat (part->target, ==, 3000);
  g_assert_cmpfloat (part->actual, ==, 3250);
  g_assert_cmpfloat (ind->weight, ==, 3);

  /* The compound target is two parts, not one flattened number. */
  ind = find_indicator (d->indicators, "创办《新洲电视台综合频道》微信公众号");
  g_assert_nonnull (ind);
  g_assert_cmpuint (ind->parts->len, ==, 2);

  g_assert_cmpuint (d->restatements->len, ==, 1);
  g_assert_cmpstr (((JxRestatement *) g_ptr_array_index (d->restatements, 0))->path, ==, "budget.projects.initial");
}

/* The sample file is in canonical form: load → save gives the same bytes. */
static void
test_sample_canonical (void)
{
  g_autoptr(JxDocData) d = load_sample ();
  gsize length = 0, saved_length = 0;
  g_autofree char *original = sample_text (&length);
  g_autofree char *saved = jx_doc_data_to_json (d, &saved_length);

  g_assert_cmpstr (saved, ==, original);
}

typedef struct {
  const char *name;
  const char *find;      /* replace the first occurrence of this in the sample … */
  const char *replace;   /* … with this */
  JxLoadError code;
  const char *expect[3]; /* substrings of the message */
} BadCase;

static void
test_bad_edits (void)
{
  static const BadCase cases[] = {
    { "mistyped number", "\"total\": 101", "\"total\": \"101\"", JX_LOAD_ERROR_INVALID,
      { "department.staffing.authorized.total", "expected a whole number", NULL } },
    { "negative count", "\"total\": 93", "\"total\": -93", JX_LOAD_ERROR_INVALID,
      { "department.staffing.actual.total", "negative", NULL } },
    { "letter in amount", "\"initial\": 645.88", "\"initial\": \"645.88a\"", JX_LOAD_ERROR_INVALID,
      { "budget.projects.initial", "expected an amount", NULL } },
    { "too many decimals", "\"initial\": 645.88", "\"initial\": 645.8812345", JX_LOAD_ERROR_INVALID,
      { "budget.projects.initial", "6 decimals", NULL } },
    { "unknown version", "\"version\": 1", "\"version\": 7", JX_LOAD_ERROR_VERSION,
      { "newer Jixiao", "version 7", NULL } },
    { "not ours", "\"format\": \"jixiao\"", "\"format\": \"other\"", JX_LOAD_ERROR_INVALID,
      { "not a Jixiao document", NULL } },
    { "missing name", "\"name\": \"武汉市新洲区融媒体中心\",", "", JX_LOAD_ERROR_INVALID,
      { "department.name", "required", NULL } },
    { "bad enum", "\"rounding\": \"half_up\"", "\"rounding\": \"banker\"", JX_LOAD_ERROR_INVALID,
      { "scoring.rounding", "half_up, truncate", NULL } },
    { "wrong type deep", "\"target\": 3000", "\"target\": [3000]", JX_LOAD_ERROR_INVALID,
      { "indicators[2].children[0].children[0].parts[0].target", "expected a number", NULL } },
    { "duplicate key", "\"year\": 2020,", "\"year\": 2020, \"year\": 2021,", JX_LOAD_ERROR_SYNTAX,
      { "“year”", "twice", NULL } },
    { "syntax", "\"year\": 2020,", "\"year\": 2020,,", JX_LOAD_ERROR_SYNTAX,
      { "not valid JSON", NULL } },
  };
  gsize length = 0;
  g_autofree char *text = sample_text (&length);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GString) edited = g_string_new (text);
      g_autoptr(GError) error = NULL;
      g_autoptr(JxDocData) d = NULL;
      guint replaced;

      g_test_message ("case: %s", cases[i].name);
      replaced = g_string_replace (edited, cases[i].find, cases[i].replace, 1);
      g_assert_cmpuint (replaced, ==, 1);
      d = jx_doc_data_load_data (edited->str, edited->len, "sample.jixiao", &error);
      g_assert_null (d);
      g_assert_error (error, JX_LOAD_ERROR, (gint) cases[i].code);
      g_assert_true (g_str_has_prefix (error->message, "sample.jixiao"));
      for (guint j = 0; j < G_N_ELEMENTS (cases[i].expect) && cases[i].expect[j] != NULL; j++)
        if (strstr (error->message, cases[i].expect[j]) == NULL)
          g_error ("case %s: “%s” not in “%s”", cases[i].name, cases[i].expect[j], error->message);
    }
}

/* The error names the line and column where the bad value is. */
static void
test_line_column (void)
{
  const char *text =
    "{\n"
    "  \"format\": \"jixiao\",\n"
    "  \"version\": 1,\n"
    "  \"department\": {\n"
    "    \"name\": \"x\",\n"
    "    \"year\": \"2020\"\n"
    "  }\n"
    "}\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(JxDocData) d = jx_doc_data_load_data (text, strlen (text), "t.jixiao", &error);

  g_assert_null (d);
  g_assert_error (error, JX_LOAD_ERROR, JX_LOAD_ERROR_INVALID);
  g_assert_true (g_str_has_prefix (error->message, "t.jixiao:6:"));
  g_assert_nonnull (strstr (error->message, "department.year"));
}

static void
test_truncated (void)
{
  gsize length = 0;
  g_autofree char *text = sample_text (&length);
  g_autoptr(GError) error = NULL;
  g_autoptr(JxDocData) d = NULL;
  g_autoptr(GRegex) re = g_regex_new ("^cut\\.jixiao:[0-9]+:[0-9]+:", 0, 0, NULL);

  d = jx_doc_data_load_data (text, length / 2, "cut.jixiao", &error);
  g_assert_null (d);
  g_assert_error (error, JX_LOAD_ERROR, JX_LOAD_ERROR_SYNTAX);
  g_assert_true (g_regex_match (re, error->message, 0, NULL));
}

static void
test_hostile (void)
{
  struct { const char *name; const char *data; gssize len; JxLoadError code; } cases[] = {
    { "empty", "", 0, JX_LOAD_ERROR_SYNTAX },
    { "not utf-8", "{\"format\": \"jixiao\xff\"}", -1, JX_LOAD_ERROR_ENCODING },
    { "array root", "[1, 2]", -1, JX_LOAD_ERROR_INVALID },
    { "NaN", "{\"format\": \"jixiao\", \"version\": NaN}", -1, JX_LOAD_ERROR_SYNTAX },
    { "Infinity", "{\"format\": \"jixiao\", \"version\": 1, \"department\": {\"name\": \"a\", \"year\": Infinity}}", -1, JX_LOAD_ERROR_SYNTAX },
    { "huge number", "{\"format\": \"jixiao\", \"version\": 1, \"department\": {\"name\": \"a\", \"year\": 2020}, \"budget\": {\"procurement\": {\"budget\": 1e300}}}", -1, JX_LOAD_ERROR_INVALID },
    { "level 4", "{\"format\": \"jixiao\", \"version\": 1, \"department\": {\"name\": \"a\", \"year\": 2020}, \"indicators\": [{\"name\": \"a\", \"children\": [{\"name\": \"b\", \"children\": [{\"name\": \"c\", \"children\": [{\"name\": \"d\"}]}]}]}]}", -1, JX_LOAD_ERROR_INVALID },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      gsize len = cases[i].len < 0 ? strlen (cases[i].data) : (gsize) cases[i].len;
      g_autoptr(JxDocData) d = jx_doc_data_load_data (cases[i].data, len, "h.jixiao", &error);

      g_test_message ("case: %s → %s", cases[i].name, error ? error->message : "(loaded)");
      g_assert_null (d);
      g_assert_error (error, JX_LOAD_ERROR, (gint) cases[i].code);
    }

  /* Deep nesting is refused before the parser recurses. */
  {
    GString *deep = g_string_new ("{\"format\": \"jixiao\", \"x\": ");
    g_autoptr(GError) error = NULL;
    g_autoptr(JxDocData) d = NULL;

    for (int i = 0; i < 100000; i++)
      g_string_append_c (deep, '[');
    d = jx_doc_data_load_data (deep->str, deep->len, "deep.jixiao", &error);
    g_assert_null (d);
    g_assert_error (error, JX_LOAD_ERROR, JX_LOAD_ERROR_SYNTAX);
    g_assert_nonnull (strstr (error->message, "nested"));
    g_string_free (deep, TRUE);
  }

  /* A byte-order mark (Windows Notepad) is accepted. */
  {
    const char *bom = "\xEF\xBB\xBF{\"format\": \"jixiao\", \"version\": 1, \"department\": {\"name\": \"a\", \"year\": 2020}}";
    g_autoptr(GError) error = NULL;
    g_autoptr(JxDocData) d = jx_doc_data_load_data (bom, strlen (bom), "bom.jixiao", &error);

    g_assert_no_error (error);
    g_assert_nonnull (d);
  }
}

static void
test_files (void)
{
  g_autofree char *dir = g_dir_make_tmp ("jx-load-XXXXXX", NULL);
  g_autofree char *missing = g_build_filename (dir, "missing.jixiao", NULL);
  g_autoptr(GFile) f_missing = g_file_new_for_path (missing);
  g_autoptr(GFile) f_dir = g_file_new_for_path (dir);
  g_autoptr(GError) e1 = NULL;
  g_autoptr(GError) e2 = NULL;

  g_assert_null (jx_doc_data_load_file (f_missing, &e1));
  g_assert_error (e1, JX_LOAD_ERROR, JX_LOAD_ERROR_READ);
  g_assert_nonnull (strstr (e1->message, missing));

  g_assert_null (jx_doc_data_load_file (f_dir, &e2));
  g_assert_error (e2, JX_LOAD_ERROR, JX_LOAD_ERROR_READ);
  g_assert_nonnull (strstr (e2->message, "folder"));
  g_rmdir (dir);
}

/* Unknown members survive a round trip, at every level. */
static void
test_unknown_kept (void)
{
  const char *text =
    "{\"format\": \"jixiao\", \"version\": 1, \"future\": {\"a\": [1, 2]},"
    " \"department\": {\"name\": \"a\", \"year\": 2020, \"seal\": \"盖章\"},"
    " \"indicators\": [{\"name\": \"投入\", \"weight\": 6, \"color\": \"red\","
    "   \"children\": [{\"name\": \"g\", \"children\": [{\"name\": \"i\", \"weight\": 1, \"source\": \"x\"}]}]}]}";
  g_autoptr(GError) error = NULL;
  g_autoptr(JxDocData) d = jx_doc_data_load_data (text, strlen (text), "u.jixiao", &error);
  g_autofree char *saved = NULL;
  g_autofree char *saved2 = NULL;
  g_autoptr(JxDocData) d2 = NULL;

  g_assert_no_error (error);
  saved = jx_doc_data_to_json (d, NULL);
  g_assert_nonnull (strstr (saved, "\"future\""));
  g_assert_nonnull (strstr (saved, "\"seal\": \"盖章\""));
  g_assert_nonnull (strstr (saved, "\"color\": \"red\""));
  g_assert_nonnull (strstr (saved, "\"source\": \"x\""));

  d2 = jx_doc_data_load_data (saved, strlen (saved), "u2.jixiao", &error);
  g_assert_no_error (error);
  saved2 = jx_doc_data_to_json (d2, NULL);
  g_assert_cmpstr (saved, ==, saved2);
}

/* The reader is strict JSON (RFC 8259), and decodes every escape. */
static void
test_strict_json (void)
{
  static const struct { const char *value; JxLoadError code; const char *expect; } bad[] = {
    { "025", JX_LOAD_ERROR_SYNTAX, "not valid JSON" },
    { ".5", JX_LOAD_ERROR_SYNTAX, "not valid JSON" },
    { "+1", JX_LOAD_ERROR_SYNTAX, "not valid JSON" },
    { "1.", JX_LOAD_ERROR_SYNTAX, "not valid JSON" },
    { "1e", JX_LOAD_ERROR_SYNTAX, "not valid JSON" },
    { "-Infinity", JX_LOAD_ERROR_SYNTAX, "-Infinity" },
    { "0x10", JX_LOAD_ERROR_SYNTAX, "not valid JSON" },
    { "\"a\tb\"", JX_LOAD_ERROR_SYNTAX, "U+0009" },
    { "\"a\\x\"", JX_LOAD_ERROR_SYNTAX, "not valid JSON" },
    { "'a'", JX_LOAD_ERROR_SYNTAX, "not valid JSON" },
    { "[1, 2,]", JX_LOAD_ERROR_SYNTAX, "not valid JSON" },
    { "/* c */ 1", JX_LOAD_ERROR_SYNTAX, "not valid JSON" },
    { "1234567890123456789", JX_LOAD_ERROR_INVALID, "1234567890123456789 is too large" },
    { "{\"\\udc00\": 1}", JX_LOAD_ERROR_ENCODING, "x: the text is not valid Unicode" },
    { "{\"a\": 1, \"a\": 2}", JX_LOAD_ERROR_SYNTAX, "“a” appears twice" },
  };
  const char *head = "{\"format\": \"jixiao\", \"version\": 1, \"department\": {\"name\": \"a\", \"year\": 2020}, \"x\": ";
  const char *good = "{\"format\": \"jixiao\", \"version\": 1,\r\n \"department\": {\"name\": \"\\u6b66\\ud83d\\ude00\\\"\\n\", \"year\": 2020},"
                     " \"x\": [-0, 1.5e2, 123456789012345678, true, null, {}, []]}";
  g_autoptr(GError) error = NULL;
  g_autoptr(JxDocData) d = NULL;
  g_autofree char *saved = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autofree char *text = g_strconcat (head, bad[i].value, "}", NULL);
      g_autoptr(GError) e = NULL;
      g_autoptr(JxDocData) bad_doc = jx_doc_data_load_data (text, strlen (text), "s.jixiao", &e);

      g_test_message ("%s → %s", bad[i].value, e != NULL ? e->message : "(loaded)");
      g_assert_null (bad_doc);
      g_assert_error (e, JX_LOAD_ERROR, (gint) bad[i].code);
      g_assert_true (g_str_has_prefix (e->message, "s.jixiao:1:"));
      g_assert_nonnull (strstr (e->message, bad[i].expect));
    }

  d = jx_doc_data_load_data (good, strlen (good), "g.jixiao", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (d->department.name, ==, "武😀\"\n");
  saved = jx_doc_data_to_json (d, NULL);
  g_assert_nonnull (strstr (saved, "123456789012345678"));
  g_assert_nonnull (strstr (saved, "150"));
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/load/sample", test_sample);
  g_test_add_func ("/load/sample-canonical", test_sample_canonical);
  g_test_add_func ("/load/bad-edits", test_bad_edits);
  g_test_add_func ("/load/line-column", test_line_column);
  g_test_add_func ("/load/truncated", test_truncated);
  g_test_add_func ("/load/hostile", test_hostile);
  g_test_add_func ("/load/files", test_files);
  g_test_add_func ("/load/unknown-kept", test_unknown_kept);
  g_test_add_func ("/load/strict-json", test_strict_json);
  return g_test_run ();
}
