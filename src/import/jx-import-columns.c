/* SPDX-License-Identifier: GPL-3.0-or-later */
/* jx-import-columns.c: what each column of an indicator table holds. */
#define G_LOG_DOMAIN "jx-import"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "jx-import-columns.h"
#include "jx-typed.h"

const char * const jx_import_role_ids[] = {
  "none", "level1", "level2", "name", "number", "direction", "target", "unit", "actual",
  "weight", "score", "rule", "reason", "remark", NULL
};

static const char * const role_titles[] = {
  N_("Not imported"),
  N_("Level-1 indicator"),
  N_("Level-2 indicator"),
  N_("Level-3 indicator"),
  N_("Number"),
  N_("Direction (≥ ≤ =)"),
  N_("Target"),
  N_("Unit"),
  N_("Actual value"),
  N_("Weight"),
  N_("Score"),
  N_("Scoring rule"),
  N_("Deviation reason"),
  N_("Remark"),
};

G_STATIC_ASSERT (G_N_ELEMENTS (role_titles) == JX_IMPORT_N_ROLES);
G_STATIC_ASSERT (G_N_ELEMENTS (jx_import_role_ids) == JX_IMPORT_N_ROLES + 1);

const char *
jx_import_role_title (JxImportRole role)
{
  g_return_val_if_fail (role < JX_IMPORT_N_ROLES, "");
  return _(role_titles[role]);
}

int
jx_import_role_from_id (const char *id)
{
  int i;

  for (i = 0; id != NULL && jx_import_role_ids[i] != NULL; i++)
    if (g_ascii_strcasecmp (id, jx_import_role_ids[i]) == 0)
      return i;
  return -1;
}

/* ---- one header text ---- */

#define UNKNOWN (-1)

typedef struct {
  const char *text;
  int         role;
  gboolean    exact;
} Pattern;

/* First match wins: the computed columns before what they contain ("计算得分" before
 * "得分"), the rule before the score, the actual value before the target ("实际完成值"). */
static const Pattern patterns[] = {
  { "计算得分", JX_IMPORT_ROLE_NONE }, { "完成率", JX_IMPORT_ROLE_NONE }, { "完成比例", JX_IMPORT_ROLE_NONE },
  { "得分率", JX_IMPORT_ROLE_NONE }, { "偏差率", JX_IMPORT_ROLE_NONE }, { "预算单位", JX_IMPORT_ROLE_NONE },
  { "单位名称", JX_IMPORT_ROLE_NONE }, { "completion", JX_IMPORT_ROLE_NONE }, { "computed", JX_IMPORT_ROLE_NONE },
  { "偏差原因", JX_IMPORT_ROLE_REASON }, { "未完成原因", JX_IMPORT_ROLE_REASON }, { "原因", JX_IMPORT_ROLE_REASON },
  { "偏差分析", JX_IMPORT_ROLE_REASON }, { "deviation", JX_IMPORT_ROLE_REASON }, { "reason", JX_IMPORT_ROLE_REASON },
  { "备注", JX_IMPORT_ROLE_REMARK }, { "说明", JX_IMPORT_ROLE_REMARK }, { "remark", JX_IMPORT_ROLE_REMARK },
  { "note", JX_IMPORT_ROLE_REMARK }, { "comment", JX_IMPORT_ROLE_REMARK },
  { "评分规则", JX_IMPORT_ROLE_RULE }, { "评分标准", JX_IMPORT_ROLE_RULE }, { "评分办法", JX_IMPORT_ROLE_RULE },
  { "评分方法", JX_IMPORT_ROLE_RULE }, { "计分方法", JX_IMPORT_ROLE_RULE }, { "计分规则", JX_IMPORT_ROLE_RULE },
  { "扣分标准", JX_IMPORT_ROLE_RULE }, { "rule", JX_IMPORT_ROLE_RULE },
  { "指标性质", JX_IMPORT_ROLE_DIRECTION }, { "指标方向", JX_IMPORT_ROLE_DIRECTION },
  { "性质", JX_IMPORT_ROLE_DIRECTION }, { "方向", JX_IMPORT_ROLE_DIRECTION }, { "direction", JX_IMPORT_ROLE_DIRECTION },
  { "度量单位", JX_IMPORT_ROLE_UNIT }, { "计量单位", JX_IMPORT_ROLE_UNIT }, { "单位", JX_IMPORT_ROLE_UNIT },
  { "unit", JX_IMPORT_ROLE_UNIT },
  { "一级", JX_IMPORT_ROLE_LEVEL1 }, { "level1", JX_IMPORT_ROLE_LEVEL1 }, { "dimension", JX_IMPORT_ROLE_LEVEL1 },
  { "二级", JX_IMPORT_ROLE_LEVEL2 }, { "level2", JX_IMPORT_ROLE_LEVEL2 }, { "group", JX_IMPORT_ROLE_LEVEL2 },
  { "三级", JX_IMPORT_ROLE_NAME }, { "指标名称", JX_IMPORT_ROLE_NAME }, { "指标内容", JX_IMPORT_ROLE_NAME },
  { "level3", JX_IMPORT_ROLE_NAME }, { "indicator", JX_IMPORT_ROLE_NAME }, { "name", JX_IMPORT_ROLE_NAME },
  { "指标", JX_IMPORT_ROLE_NAME, TRUE }, { "名称", JX_IMPORT_ROLE_NAME, TRUE }, { "绩效指标", JX_IMPORT_ROLE_NAME, TRUE },
  { "序号", JX_IMPORT_ROLE_NUMBER }, { "编号", JX_IMPORT_ROLE_NUMBER }, { "no", JX_IMPORT_ROLE_NUMBER, TRUE },
  { "no.", JX_IMPORT_ROLE_NUMBER, TRUE }, { "#", JX_IMPORT_ROLE_NUMBER, TRUE }, { "number", JX_IMPORT_ROLE_NUMBER, TRUE },
  { "实际", JX_IMPORT_ROLE_ACTUAL }, { "完成值", JX_IMPORT_ROLE_ACTUAL }, { "完成情况", JX_IMPORT_ROLE_ACTUAL },
  { "完成数", JX_IMPORT_ROLE_ACTUAL }, { "actual", JX_IMPORT_ROLE_ACTUAL }, { "result", JX_IMPORT_ROLE_ACTUAL },
  { "指标值", JX_IMPORT_ROLE_TARGET }, { "目标", JX_IMPORT_ROLE_TARGET }, { "预期值", JX_IMPORT_ROLE_TARGET },
  { "target", JX_IMPORT_ROLE_TARGET }, { "goal", JX_IMPORT_ROLE_TARGET },
  { "分值", JX_IMPORT_ROLE_WEIGHT }, { "权重", JX_IMPORT_ROLE_WEIGHT }, { "标准分", JX_IMPORT_ROLE_WEIGHT },
  { "满分", JX_IMPORT_ROLE_WEIGHT }, { "weight", JX_IMPORT_ROLE_WEIGHT }, { "points", JX_IMPORT_ROLE_WEIGHT },
  { "得分", JX_IMPORT_ROLE_SCORE }, { "评分", JX_IMPORT_ROLE_SCORE }, { "score", JX_IMPORT_ROLE_SCORE },
};

/* The header without spaces, line breaks, dashes and bracketed asides ("分值（分）",
 * "指标值\n(%)"), ASCII in lower case. */
static char *
normalize_header (const char *text)
{
  g_autofree char *s = jx_typed_normalize (text);
  GString *out = g_string_new (NULL);
  int depth = 0;
  const char *p;

  for (p = s; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == '(' || c == 0xFF08 || c == 0x3010 || c == '[')
        depth++;
      else if ((c == ')' || c == 0xFF09 || c == 0x3011 || c == ']') && depth > 0)
        depth--;
      else if (depth > 0 || g_unichar_isspace (c) || c == '-' || c == '_' || c == 0x3000 || c == '*' || c == ':'
               || c == 0xFF1A)
        continue;
      else if (c < 0x80)
        g_string_append_c (out, g_ascii_tolower ((char) c));
      else
        g_string_append_unichar (out, c);
    }
  return g_string_free (out, FALSE);
}

static int
guess (const char *header)
{
  g_autofree char *h = NULL;
  guint i;

  if (header == NULL || header[0] == '\0')
    return UNKNOWN;
  h = normalize_header (header);
  if (h[0] == '\0' || g_utf8_strlen (h, -1) > 24)
    return UNKNOWN;
  for (i = 0; i < G_N_ELEMENTS (patterns); i++)
    if (patterns[i].exact ? strcmp (h, patterns[i].text) == 0 : strstr (h, patterns[i].text) != NULL)
      return patterns[i].role;
  return UNKNOWN;
}

JxImportRole
jx_import_role_guess (const char *header)
{
  int role = guess (header);

  return role == UNKNOWN ? JX_IMPORT_ROLE_NONE : (JxImportRole) role;
}

/* ---- the header rows ---- */

#define SCAN_ROWS 15

static gboolean
looks_numeric (const JxImportGrid *grid,
               guint               row,
               guint               col)
{
  const char *t = jx_import_grid_get (grid, row, col);
  double v;

  return jx_import_grid_is_numeric (grid, row, col) || (t[0] != '\0' && jx_typed_parse_number (t, "%", &v));
}

/* How many roles a row names (each once), or 0 when it cannot be a header row: a number in
 * it, or a single text (a title, the department line). */
static guint
row_roles (const JxImportGrid *grid,
           guint               row)
{
  gboolean seen[JX_IMPORT_N_ROLES] = { FALSE };
  guint c, n = 0;

  if (jx_import_grid_row_filled (grid, row) < 2)
    return 0;
  for (c = 0; c < jx_import_grid_get_n_cols (grid); c++)
    {
      int role;

      if (looks_numeric (grid, row, c))
        return 0;
      role = guess (jx_import_grid_get (grid, row, c));
      if (role > JX_IMPORT_ROLE_NONE && !seen[role])
        {
          seen[role] = TRUE;
          n++;
        }
    }
  return n;
}

/* Whether the cell of `upper` above `col` spans several columns or is blank, so that a
 * cell of the row below it refines it (two-row headers). */
static gboolean
opens_below (const JxImportGrid *grid,
             guint               upper,
             guint               col)
{
  const char *spread = jx_import_grid_get_spread (grid, upper, col);

  if (spread[0] == '\0' || jx_import_grid_is_covered (grid, upper, col))
    return TRUE;
  if (col + 1 >= jx_import_grid_get_n_cols (grid))
    return FALSE;
  /* the top-left of a horizontal merge: its right neighbour is covered by it */
  if (jx_import_grid_is_covered (grid, upper, col + 1))
    return jx_import_grid_get_spread (grid, upper, col + 1) == spread;
  /* a merge the file does not state (a CSV): a blank right neighbour with a header below it */
  return jx_import_grid_get_spread (grid, upper, col + 1)[0] == '\0'
         && jx_import_grid_get (grid, upper + 1, col + 1)[0] != '\0';
}

/* Whether rows upper and upper + 1 are one two-row header. */
static gboolean
header_pair (const JxImportGrid *grid,
             guint               upper)
{
  guint lower = upper + 1, c;
  guint below = 0;

  if (row_roles (grid, upper) == 0 && jx_import_grid_row_filled (grid, upper) < 2)
    return FALSE;
  for (c = 0; c < jx_import_grid_get_n_cols (grid); c++)
    {
      const char *t = jx_import_grid_get (grid, lower, c);

      if (t[0] == '\0')
        continue;
      if (looks_numeric (grid, lower, c) || looks_numeric (grid, upper, c) || !opens_below (grid, upper, c))
        return FALSE;
      if (guess (t) != UNKNOWN)
        below++;
    }
  for (c = 0; c < jx_import_grid_get_n_cols (grid); c++)
    if (looks_numeric (grid, upper, c))
      return FALSE;
  return below > 0;
}

JxImportMapping *
jx_import_mapping_guess (const JxImportGrid *grid)
{
  JxImportMapping *m = g_new0 (JxImportMapping, 1);
  guint n_rows = jx_import_grid_get_n_rows (grid);
  guint best = 0, best_roles = 0, r, c, h;
  gboolean taken[JX_IMPORT_N_ROLES] = { FALSE };

  m->n_cols = jx_import_grid_get_n_cols (grid);
  m->roles = g_new0 (JxImportRole, MAX (m->n_cols, 1));

  for (r = 0; r < MIN (n_rows, SCAN_ROWS); r++)
    {
      guint n = row_roles (grid, r);

      if (n > best_roles)
        {
          best = r;
          best_roles = n;
        }
    }
  if (best_roles < 2)
    {
      /* No header names two roles; still, a first row of texts over rows with numbers is a
       * header the clerk will name the columns of. */
      guint first = 0, c2;
      gboolean texts = TRUE, numbers = FALSE;

      while (first < n_rows && jx_import_grid_row_filled (grid, first) == 0)
        first++;
      if (first >= n_rows || jx_import_grid_row_filled (grid, first) < 2)
        return m;
      for (c2 = 0; c2 < m->n_cols; c2++)
        if (looks_numeric (grid, first, c2))
          texts = FALSE;
      for (r = first + 1; texts && r < MIN (n_rows, first + SCAN_ROWS); r++)
        for (c2 = 0; c2 < m->n_cols; c2++)
          if (looks_numeric (grid, r, c2))
            numbers = TRUE;
      if (!texts || !numbers)
        return m;
      best = first;
    }

  m->header_row = best;
  m->n_header_rows = 1;
  if (best > 0 && header_pair (grid, best - 1))
    {
      m->header_row = best - 1;
      m->n_header_rows = 2;
    }
  else if (best + 1 < n_rows && header_pair (grid, best))
    m->n_header_rows = 2;

  /* Per column, the lowest header cell that names a role; one that names "not imported"
   * (完成率 under 指标值) stops the search. */
  for (c = 0; c < m->n_cols; c++)
    {
      int role = UNKNOWN;

      for (h = m->n_header_rows; h > 0 && role == UNKNOWN; h--)
        role = guess (jx_import_grid_get_spread (grid, m->header_row + h - 1, c));
      if (role > JX_IMPORT_ROLE_NONE && !taken[role])
        {
          m->roles[c] = role;
          taken[role] = TRUE;
        }
    }
  return m;
}

JxImportMapping *
jx_import_mapping_copy (const JxImportMapping *mapping)
{
  JxImportMapping *m = g_memdup2 (mapping, sizeof *mapping);

  m->roles = g_memdup2 (mapping->roles, sizeof (JxImportRole) * MAX (mapping->n_cols, 1));
  return m;
}

void
jx_import_mapping_free (JxImportMapping *mapping)
{
  if (mapping == NULL)
    return;
  g_free (mapping->roles);
  g_free (mapping);
}

guint
jx_import_mapping_first_row (const JxImportMapping *mapping)
{
  return mapping->header_row + mapping->n_header_rows;
}

int
jx_import_mapping_column (const JxImportMapping *mapping,
                          JxImportRole           role)
{
  guint c;

  if (role == JX_IMPORT_ROLE_NONE)
    return -1;
  for (c = 0; c < mapping->n_cols; c++)
    if (mapping->roles[c] == role)
      return (int) c;
  return -1;
}

void
jx_import_mapping_set_role (JxImportMapping *mapping,
                            guint            col,
                            JxImportRole     role)
{
  guint c;

  g_return_if_fail (col < mapping->n_cols && role < JX_IMPORT_N_ROLES);
  if (role != JX_IMPORT_ROLE_NONE)
    for (c = 0; c < mapping->n_cols; c++)
      if (mapping->roles[c] == role)
        mapping->roles[c] = JX_IMPORT_ROLE_NONE;
  mapping->roles[col] = role;
}

char *
jx_import_mapping_header (const JxImportMapping *mapping,
                          const JxImportGrid    *grid,
                          guint                  col)
{
  GString *out = g_string_new (NULL);
  const char *last = NULL;
  guint h;

  for (h = 0; h < mapping->n_header_rows; h++)
    {
      const char *t = jx_import_grid_get_spread (grid, mapping->header_row + h, col);
      g_autofree char *one = g_strdup (t);

      g_strdelimit (g_strstrip (one), "\r\n", ' ');
      if (one[0] == '\0' || (last != NULL && strcmp (last, t) == 0))
        continue;
      if (out->len > 0)
        g_string_append (out, " / ");
      g_string_append (out, one);
      last = t;
    }
  return g_string_free (out, FALSE);
}

int
jx_import_pick_sheet (GPtrArray *grids)
{
  guint i;

  for (i = 0; i < grids->len; i++)
    {
      g_autoptr(JxImportMapping) m = jx_import_mapping_guess (g_ptr_array_index (grids, i));

      if (jx_import_mapping_column (m, JX_IMPORT_ROLE_NAME) >= 0)
        return (int) i;
    }
  return -1;
}
