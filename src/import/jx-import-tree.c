/* SPDX-License-Identifier: GPL-3.0-or-later */
/* jx-import-tree.c: the rows of an indicator table as an indicator tree. */
#define G_LOG_DOMAIN "jx-import"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "jx-import-tree.h"
#include "jx-indicator-parse.h"
#include "jx-indicator-texts.h"
#include "jx-record.h"
#include "jx-save.h"
#include "jx-sheet-rule.h"
#include "jx-sheet-table.h"
#include "jx-typed.h"

G_DEFINE_QUARK (jx-import-error-quark, jx_import_error)

void
jx_import_tree_free (JxImportTree *tree)
{
  if (tree == NULL)
    return;
  g_clear_pointer (&tree->indicators, json_node_unref);
  g_clear_pointer (&tree->skipped, g_ptr_array_unref);
  g_free (tree);
}

typedef struct {
  const JxImportGrid    *grid;
  const JxImportMapping *m;
  JsonArray             *dimensions;
  JsonObject            *level1;
  JsonObject            *level2;
  JxImportTree          *tree;
} Build;

/* The trimmed text of the cell of `role` in `row` ("" when the role has no column). */
static char *
cell (Build        *b,
      guint         row,
      JxImportRole  role)
{
  int col = jx_import_mapping_column (b->m, role);
  char *text;

  if (col < 0)
    return g_strdup ("");
  text = jx_typed_normalize (jx_import_grid_get (b->grid, row, (guint) col));
  return g_strstrip (text);
}

static gboolean
is_total (const char *text)
{
  static const char * const words[] = { "合计", "总计", "总分", "小计", "total", "sum" };
  g_autofree char *s = NULL;
  GString *out = g_string_new (NULL);
  const char *p;
  guint i;

  for (p = text; *p; p = g_utf8_next_char (p))
    if (!g_unichar_isspace (g_utf8_get_char (p)))
      g_string_append_unichar (out, g_utf8_get_char (p));
  s = g_ascii_strdown (out->str, -1);
  g_string_free (out, TRUE);
  for (i = 0; i < G_N_ELEMENTS (words); i++)
    if (strcmp (s, words[i]) == 0 || (g_str_has_prefix (s, words[i]) && g_utf8_strlen (s, -1) <= 6
                                      && (s[strlen (words[i])] == ':' || g_str_has_prefix (s + strlen (words[i]), "："))))
      return TRUE;
  return FALSE;
}

/* "产出指标（50分）" → "产出指标" and 50; NAN when the name states no weight. */
static char *
group_name (const char *text,
            double     *weight)
{
  static GRegex *re;
  g_autoptr(GMatchInfo) match = NULL;

  if (g_once_init_enter (&re))
    g_once_init_leave (&re, g_regex_new ("^(.*?)\\s*[（(]\\s*(?:分值|权重)?[:：]?\\s*([0-9]+(?:\\.[0-9]+)?)\\s*分?\\s*[)）]\\s*$",
                                         G_REGEX_OPTIMIZE, 0, NULL));

  *weight = NAN;
  if (g_regex_match (re, text, 0, &match))
    {
      g_autofree char *name = g_match_info_fetch (match, 1);
      g_autofree char *number = g_match_info_fetch (match, 2);

      if (name[0] != '\0')
        {
          *weight = g_ascii_strtod (number, NULL);
          return g_steal_pointer (&name);
        }
    }
  return g_strdup (text);
}

/* The group named `name` in `list` (a member "children" of the parent), made when there is
 * none: the same name further down the table continues it. */
static JsonObject *
find_group (JsonArray  *list,
            const char *name,
            gboolean   *made)
{
  JsonObject *o;
  guint i;

  *made = FALSE;
  for (i = 0; i < json_array_get_length (list); i++)
    {
      o = json_array_get_object_element (list, i);
      if (g_strcmp0 (json_object_get_string_member (o, "name"), name) == 0)
        return o;
    }
  o = json_object_new ();
  json_object_set_string_member (o, "number", "");
  json_object_set_string_member (o, "name", name);
  json_object_set_null_member (o, "weight");
  json_object_set_array_member (o, "children", json_array_new ());
  json_array_add_object_element (list, o);
  *made = TRUE;
  return o;
}

static void
skip (Build      *b,
      guint       row,
      const char *why)
{
  /* Translators: a row of the table left out of the import; the row number as the
   * spreadsheet shows it, and why */
  g_ptr_array_add (b->tree->skipped, g_strdup_printf (_("Row %u: %s"), row + 1, why));
}

static void
ensure_level1 (Build *b)
{
  gboolean made;

  if (b->level1 == NULL)
    {
      b->level1 = find_group (b->dimensions, _("Indicators"), &made);
      b->level2 = NULL;
    }
}

static void
ensure_groups (Build *b)
{
  gboolean made;

  ensure_level1 (b);
  if (b->level2 == NULL)
    {
      b->level2 = find_group (json_object_get_array_member (b->level1, "children"),
                              json_object_get_string_member (b->level1, "name"), &made);
      if (made)
        b->tree->n_groups++;
    }
}

/* The target as one text: "95" with "%" and "≥" → "≥95%"; the target's own words win. */
static char *
compose_target (const char *target,
                const char *unit,
                int         direction)
{
  g_autoptr(GPtrArray) parts = jx_parse_target (target);
  GString *out;

  if (parts == NULL || parts->len != 1)
    return g_strdup (target);
  out = g_string_new (NULL);
  if (((JxTargetPart *) g_ptr_array_index (parts, 0))->direction < 0 && direction >= 0)
    g_string_append (out, jx_sheet_direction_symbol (direction));
  g_string_append (out, target);
  if (((JxTargetPart *) g_ptr_array_index (parts, 0))->unit[0] == '\0' && unit[0] != '\0')
    g_string_append (out, unit);
  return g_string_free (out, FALSE);
}

static void
add_leaf (Build *b,
          guint  row,
          const char *name)
{
  g_autofree char *number = cell (b, row, JX_IMPORT_ROLE_NUMBER);
  g_autofree char *target = cell (b, row, JX_IMPORT_ROLE_TARGET);
  g_autofree char *unit = cell (b, row, JX_IMPORT_ROLE_UNIT);
  g_autofree char *direction = cell (b, row, JX_IMPORT_ROLE_DIRECTION);
  g_autofree char *actual = cell (b, row, JX_IMPORT_ROLE_ACTUAL);
  g_autofree char *weight = cell (b, row, JX_IMPORT_ROLE_WEIGHT);
  g_autofree char *score = cell (b, row, JX_IMPORT_ROLE_SCORE);
  g_autofree char *rule_text = cell (b, row, JX_IMPORT_ROLE_RULE);
  g_autofree char *reason = cell (b, row, JX_IMPORT_ROLE_REASON);
  g_autofree char *remark = cell (b, row, JX_IMPORT_ROLE_REMARK);
  g_autofree char *full_target = NULL;
  g_autofree char *note = NULL;
  g_autoptr(JsonNode) node = NULL;
  JxRule rule;
  gboolean applicable = TRUE;
  int dir = jx_sheet_direction_parse (direction);
  int kind;
  JsonObject *o;

  jx_record_init (&jx_rule_type, &rule);
  kind = jx_sheet_rule_parse (rule_text, &rule, &applicable);
  full_target = compose_target (target, unit, dir);
  note = reason[0] != '\0' && remark[0] != '\0' ? g_strdup_printf ("%s；%s", reason, remark)
         : g_strdup (reason[0] != '\0' ? reason : remark);

  node = jx_indicator_json_from_texts (&(JxIndicatorTexts) {
    .number = number, .name = name, .target = full_target, .weight = weight,
    .actual = actual, .score = score, .note = note, .rule_kind = kind,
  });
  o = json_node_get_object (node);

  /* 定性 in the direction column: the target is a text even with a number in it. */
  if (dir == JX_SHEET_QUALITATIVE && json_array_get_length (json_object_get_array_member (o, "parts")) > 0)
    {
      json_object_set_string_member (o, "target_text", target);
      json_object_set_string_member (o, "actual_text", actual);
      json_object_set_array_member (o, "parts", json_array_new ());
      if (kind < 0)
        json_object_set_object_member (o, "rule", json_object_new ());
    }
  if (kind >= 0)
    json_object_set_member (o, "rule", jx_record_to_json (&jx_rule_type, &rule, 0));
  if (json_object_get_object_member (o, "rule") != NULL && !json_object_has_member (json_object_get_object_member (o, "rule"), "kind"))
    json_object_set_string_member (json_object_get_object_member (o, "rule"), "kind", jx_rule_kind_names[JX_RULE_MANUAL]);
  /* A number in 指标值 and its unit in 度量单位: one part, whatever the unit holds
   * ("分钟/1000小时" has a number of its own, which a text would make ambiguous). */
  {
    double value, got;

    if (dir != JX_SHEET_QUALITATIVE && unit[0] != '\0' && jx_typed_parse_number (target, NULL, &value)
        && json_array_get_length (json_object_get_array_member (o, "parts")) == 0)
      {
        JsonArray *parts = json_array_new ();
        JsonObject *part = json_object_new ();
        int d = dir >= 0 ? dir : JX_DIRECTION_GE;

        json_object_set_string_member (part, "label", "");
        json_object_set_double_member (part, "target", value);
        if (jx_typed_parse_number (actual, unit, &got))
          json_object_set_double_member (part, "actual", got);
        else
          json_object_set_null_member (part, "actual");
        json_object_set_string_member (part, "unit", unit);
        json_object_set_string_member (part, "direction", jx_direction_names[d]);
        json_array_add_object_element (parts, part);
        json_object_set_array_member (o, "parts", parts);
        json_object_set_string_member (o, "actual_text", "");
        if (kind < 0)
          json_object_set_string_member (json_object_get_object_member (o, "rule"), "kind",
                                         jx_rule_kind_names[d == JX_DIRECTION_LE || d == JX_DIRECTION_LT
                                                            ? JX_RULE_NEGATIVE : JX_RULE_POSITIVE]);
      }
  }
  if (!applicable)
    json_object_set_boolean_member (o, "applicable", FALSE);
  jx_record_clear (&jx_rule_type, &rule);

  ensure_groups (b);
  json_array_add_object_element (json_object_get_array_member (b->level2, "children"), json_object_ref (o));
  b->tree->n_leaves++;
}

/* A group cell: a new group when it names another than the current one. */
static void
enter_group (Build      *b,
             int         level,
             const char *text)
{
  double weight;
  g_autofree char *name = group_name (text, &weight);
  JsonObject **slot = level == 1 ? &b->level1 : &b->level2;
  gboolean made;

  if (*slot != NULL && g_strcmp0 (json_object_get_string_member (*slot, "name"), name) == 0)
    return;
  if (level == 1)
    {
      b->level1 = find_group (b->dimensions, name, &made);
      b->level2 = NULL;
    }
  else
    {
      ensure_level1 (b);
      b->level2 = find_group (json_object_get_array_member (b->level1, "children"), name, &made);
      if (made)
        b->tree->n_groups++;
    }
  if (!isnan (weight))
    json_object_set_double_member (*slot, "weight", weight);
}

/* Whether the row is a note: a single text that says so ("注：", "说明：", "填表说明") or
 * spans more columns than the groups would (merged across the table). */
static gboolean
is_note (Build *b,
         guint  row)
{
  static const char * const starts[] = { "注", "说明", "备注", "填表", "资料来源", "数据来源", "note" };
  guint c, i, n_cols = jx_import_grid_get_n_cols (b->grid);

  if (jx_import_grid_row_filled (b->grid, row) != 1)
    return FALSE;
  for (c = 0; c < n_cols; c++)
    {
      g_autofree char *t = g_strstrip (g_strdup (jx_import_grid_get (b->grid, row, c)));
      guint width = 1;

      if (t[0] == '\0')
        continue;
      for (i = 0; i < G_N_ELEMENTS (starts); i++)
        if (g_str_has_prefix (t, starts[i]) && b->m->roles[c] != JX_IMPORT_ROLE_NAME)
          return TRUE;
      while (c + width < n_cols && jx_import_grid_is_covered (b->grid, row, c + width)
             && jx_import_grid_get_spread (b->grid, row, c + width) == jx_import_grid_get_spread (b->grid, row, c))
        width++;
      return width > 3;
    }
  return FALSE;
}

/* Whether the row repeats the header (a table printed over several pages). */
static gboolean
repeats_header (Build *b,
                guint  row)
{
  int name_col = jx_import_mapping_column (b->m, JX_IMPORT_ROLE_NAME);
  guint c, same = 0, filled = 0;

  /* (cheap first: the header's name cell again) */
  if (name_col < 0 || jx_import_role_guess (jx_import_grid_get (b->grid, row, (guint) name_col)) != JX_IMPORT_ROLE_NAME)
    return FALSE;
  for (c = 0; c < b->m->n_cols; c++)
    {
      const char *t = jx_import_grid_get (b->grid, row, c);

      if (t[0] == '\0')
        continue;
      filled++;
      if (b->m->roles[c] != JX_IMPORT_ROLE_NONE && jx_import_role_guess (t) == b->m->roles[c])
        same++;
    }
  return filled > 0 && same * 2 >= filled && same >= 2;
}

/* A cell of `row` the import reads (a mapped column) that holds a formula with no value. */
static gboolean
find_lacking (const JxImportGrid    *grid,
              const JxImportMapping *mapping,
              guint                  row,
              guint                 *col)
{
  guint c;

  for (c = 0; c < mapping->n_cols; c++)
    if (mapping->roles[c] != JX_IMPORT_ROLE_NONE && jx_import_grid_lacks_value (grid, row, c))
      {
        *col = c;
        return TRUE;
      }
  return FALSE;
}

JxImportTree *
jx_import_tree_build (const JxImportGrid    *grid,
                      const JxImportMapping *mapping,
                      GError               **error)
{
  g_autoptr(JxImportTree) tree = g_new0 (JxImportTree, 1);
  Build b = { grid, mapping, NULL, NULL, NULL, tree };
  guint r, n_rows = jx_import_grid_get_n_rows (grid);

  if (jx_import_mapping_column (mapping, JX_IMPORT_ROLE_NAME) < 0)
    {
      g_set_error (error, JX_IMPORT_ERROR, JX_IMPORT_ERROR_NO_NAME_COLUMN,
                   _("No column holds the level-3 indicators: say which one does (三级指标)."));
      return NULL;
    }
  tree->skipped = g_ptr_array_new_with_free_func (g_free);
  for (r = 0; r < mapping->n_cols; r++)
    tree->stated[mapping->roles[r]] = TRUE;
  tree->stated[JX_IMPORT_ROLE_NONE] = FALSE;
  b.dimensions = json_array_new ();
  tree->indicators = json_node_init_array (json_node_alloc (), b.dimensions);
  json_array_unref (b.dimensions);   /* the node holds it */

  for (r = jx_import_mapping_first_row (mapping); r < n_rows; r++)
    {
      g_autofree char *l1 = cell (&b, r, JX_IMPORT_ROLE_LEVEL1);
      g_autofree char *l2 = cell (&b, r, JX_IMPORT_ROLE_LEVEL2);
      g_autofree char *name = cell (&b, r, JX_IMPORT_ROLE_NAME);
      g_autofree char *number = cell (&b, r, JX_IMPORT_ROLE_NUMBER);
      guint filled = jx_import_grid_row_filled (grid, r);
      double v;

      if (filled == 0)
        continue;
      if (is_total (l1) || is_total (l2) || is_total (name) || is_total (number))
        {
          skip (&b, r, _("a total"));
          continue;
        }
      if (repeats_header (&b, r))
        {
          skip (&b, r, _("the header repeated"));
          continue;
        }
      if (name[0] != '\0' && jx_typed_parse_number (name, NULL, &v))
        {
          skip (&b, r, _("a number where the indicator's name should be"));
          continue;
        }
      if (is_note (&b, r) || (l1[0] == '\0' && l2[0] == '\0' && name[0] == '\0' && filled == 1))
        {
          skip (&b, r, _("a note"));
          continue;
        }
      {
        guint lc;

        /* (a total's formulas are not read: openpyxl and other writers leave them uncached) */
        if (find_lacking (grid, mapping, r, &lc))
          {
            g_autofree char *where = jx_sheet_cell_name (r, lc);

            g_set_error (error, JX_IMPORT_ERROR, JX_IMPORT_ERROR_NO_VALUE,
                         /* Translators: %s is a cell, "F7" */
                         _("Cell %s holds a formula whose value was never saved (a program that does not calculate wrote "
                           "the file): open it in WPS, Excel or LibreOffice, save it, and import it again."), where);
            return NULL;
          }
      }
      if (l1[0] != '\0')
        enter_group (&b, 1, l1);
      if (l2[0] != '\0')
        enter_group (&b, 2, l2);
      if (name[0] == '\0')
        {
          g_autofree char *weight = cell (&b, r, JX_IMPORT_ROLE_WEIGHT);

          /* A group's own row: its weight. */
          if ((l1[0] != '\0' || l2[0] != '\0') && jx_typed_parse_number (weight, "分", &v))
            json_object_set_double_member (l2[0] != '\0' ? b.level2 : b.level1, "weight", v);
          else if (l1[0] == '\0' && l2[0] == '\0')
            skip (&b, r, _("no indicator name"));
          continue;
        }
      add_leaf (&b, r, name);
    }

  if (tree->n_leaves == 0)
    {
      g_set_error (error, JX_IMPORT_ERROR, JX_IMPORT_ERROR_EMPTY,
                   _("No indicator under the header: the column of level-3 indicators is empty."));
      return NULL;
    }
  return g_steal_pointer (&tree);
}
