/* SPDX-License-Identifier: GPL-3.0-or-later */
/* jx-indicator-edit.c: from typed text to the document. */
#define G_LOG_DOMAIN "jx-indicator-edit"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "jx-indicator-attributes.h"
#include "jx-indicator-edit.h"
#include "jx-indicator-parse.h"
#include "jx-typed.h"
#include "jx-indicator-row.h"
#include "jx-record.h"

/* ---- one step, one recomputation ---- */

/* The document holds its change notifications back for the whole step and sends one at the
 * end, so the evaluation recomputes once (jx_document_hold_changes). */
typedef struct {
  int depth;
} Batch;

void
jx_indicator_edit_begin (JxEvaluation *evaluation,
                         const char   *label)
{
  JxDocument *document = jx_evaluation_get_document (evaluation);
  Batch *batch = g_object_get_data (G_OBJECT (evaluation), "jx-indicator-edit-batch");

  if (batch == NULL)
    {
      batch = g_new0 (Batch, 1);
      g_object_set_data_full (G_OBJECT (evaluation), "jx-indicator-edit-batch", batch, g_free);
    }
  jx_document_begin_group (document, label);
  jx_document_hold_changes (document);
  batch->depth++;
}

void
jx_indicator_edit_end (JxEvaluation *evaluation)
{
  JxDocument *document = jx_evaluation_get_document (evaluation);
  Batch *batch = g_object_get_data (G_OBJECT (evaluation), "jx-indicator-edit-batch");

  g_return_if_fail (batch != NULL && batch->depth > 0);

  jx_document_end_group (document);
  jx_document_break_merge (document);
  batch->depth--;
  jx_document_release_changes (document);
}

gboolean
jx_indicator_edit_in_progress (JxEvaluation *evaluation)
{
  Batch *batch = g_object_get_data (G_OBJECT (evaluation), "jx-indicator-edit-batch");

  return batch != NULL && batch->depth > 0;
}

/* Numbers separated by ";" (or "；", "，", "、"), one per part of the target. */
static gboolean
parse_actual (const JxIndicator *ind,
              const char        *text,
              GArray            *values)
{
  g_autofree char *s = jx_typed_normalize (text);
  g_auto(GStrv) pieces = NULL;
  guint n = ind->parts->len;
  guint i;

  g_array_set_size (values, 0);
  if (*g_strstrip (s) == '\0')
    {
      double none = NAN;

      for (i = 0; i < n; i++)
        g_array_append_val (values, none);
      return TRUE;
    }
  if (n == 1)
    {
      const JxPart *part = g_ptr_array_index (ind->parts, 0);
      double v;

      if (!jx_typed_parse_number (s, part->unit, &v))
        return FALSE;
      g_array_append_val (values, v);
      return TRUE;
    }
  {
    GString *sep = g_string_new (s);

    g_string_replace (sep, "；", ";", 0);
    g_string_replace (sep, "，", ";", 0);
    g_string_replace (sep, "、", ";", 0);
    pieces = g_strsplit (sep->str, ";", -1);
    /* "3，250" for two parts: the comma was read as a thousands separator. */
    if (g_strv_length (pieces) != n && strchr (sep->str, ',') != NULL)
      {
        g_strfreev (pieces);
        g_string_replace (sep, ",", ";", 0);
        pieces = g_strsplit (sep->str, ";", -1);
      }
    g_string_free (sep, TRUE);
  }
  if (g_strv_length (pieces) != n)
    return FALSE;
  for (i = 0; i < n; i++)
    {
      const JxPart *part = g_ptr_array_index (ind->parts, i);
      char *piece = g_strstrip (pieces[i]);
      double v = NAN;

      if (part->label != NULL && *part->label && g_str_has_prefix (piece, part->label))
        piece = g_strstrip (piece + strlen (part->label));
      if (*piece && !jx_typed_parse_number (piece, part->unit, &v))
        return FALSE;
      g_array_append_val (values, v);
    }
  return TRUE;
}

/* ---- validation ---- */

static char *
not_a_number (const char *text)
{
  return g_strdup_printf (_("“%s” is not a number: type digits, a decimal point and a minus sign only, "
                            "e.g. 2700"), text);
}

gboolean
jx_indicator_edit_validate (JxEvaluation   *evaluation,
                            JxIndicatorRow *row,
                            JxColumn        column,
                            const char     *text,
                            char          **hint)
{
  const JxIndicator *ind = jx_indicator_row_get_indicator (row);
  int level = jx_indicator_row_get_level (row);
  g_autofree char *stripped = g_strstrip (g_strdup (text));
  gboolean empty = *stripped == '\0';
  double v = NAN;

  *hint = NULL;
  if (ind == NULL)
    return FALSE;
  if (jx_column_is_attribute (column))
    return jx_attribute_is_editable (column, level, ind) && jx_attribute_validate (column, ind, text, hint);

  switch (column)
    {
    case JX_COLUMN_NAME:
      if (empty)
        {
          *hint = g_strdup (_("An indicator needs a name"));
          return FALSE;
        }
      return TRUE;

    case JX_COLUMN_WEIGHT:
      if (empty && level == 2)
        {
          *hint = g_strdup (_("No weight of its own: the sum of the weights below"));
          return TRUE;
        }
      if (empty)
        {
          *hint = g_strdup (_("Type the weight: every indicator needs one"));
          return FALSE;
        }
      if (!jx_typed_parse_number (stripped, NULL, &v))
        {
          *hint = not_a_number (stripped);
          return FALSE;
        }
      if (v < 0)
        {
          *hint = g_strdup (_("A weight cannot be negative"));
          return FALSE;
        }
      return TRUE;

    case JX_COLUMN_SCORE:
      if (empty)
        {
          *hint = g_strdup (_("No score entered: the computed score will stand"));
          return TRUE;
        }
      if (!jx_typed_parse_number (stripped, NULL, &v))
        {
          *hint = not_a_number (stripped);
          return FALSE;
        }
      if (v < 0)
        {
          *hint = g_strdup (_("A score cannot be negative"));
          return FALSE;
        }
      if (JX_NUMBER_IS_SET (ind->weight) && v > ind->weight + 1e-9)
        {
          g_autofree char *w = jx_format_value (ind->weight, 6);
          *hint = g_strdup_printf (_("Above the weight %s: the checks will flag it"), w);
        }
      return TRUE;

    case JX_COLUMN_ACTUAL:
      if (ind->parts != NULL && ind->parts->len > 0)
        {
          g_autoptr(GArray) values = g_array_new (FALSE, FALSE, sizeof (double));

          if (parse_actual (ind, stripped, values))
            return TRUE;
          if (ind->parts->len == 1)
            *hint = not_a_number (stripped);
          else
            *hint = g_strdup_printf (_("Type %u numbers separated by “;”, one for each part of the target"),
                                     ind->parts->len);
          return FALSE;
        }
      return TRUE;

    case JX_COLUMN_TARGET:
      {
        g_autoptr(GPtrArray) parts = jx_parse_target (stripped);

        if (parts == NULL)
          *hint = g_strdup (_("Kept as text: the target's numbers stay as they are, "
                              "because a part holds more than one number"));
        else if (parts->len == 0)
          *hint = g_strdup (_("A qualitative target (no number)"));
        return TRUE;
      }

    case JX_COLUMN_NUMBER:
    case JX_COLUMN_NOTE:
      return TRUE;

    case JX_COLUMN_COMPLETION:
    case JX_COLUMN_RULE:
    case JX_COLUMN_COMPUTED:
    case JX_N_COLUMNS:
    default:
      return FALSE;
    }
}

/* ---- writing ---- */

static gboolean
set_string (JxDocument *doc,
            const char *row_path,
            const char *field,
            const char *value,
            GError    **error)
{
  g_autofree char *path = g_strconcat (row_path, field, NULL);
  return jx_document_set_string (doc, path, value, error);
}

static gboolean
set_number (JxDocument *doc,
            const char *row_path,
            const char *field,
            double      value,
            GError    **error)
{
  g_autofree char *path = g_strconcat (row_path, field, NULL);
  return jx_document_set_number (doc, path, value, error);
}

static JsonNode *
part_json (const char *label,
           double      target,
           double      actual,
           const char *unit,
           int         direction)
{
  g_autoptr(JsonBuilder) b = json_builder_new ();

  json_builder_begin_object (b);
  json_builder_set_member_name (b, "label");
  json_builder_add_string_value (b, label != NULL ? label : "");
  json_builder_set_member_name (b, "target");
  json_builder_add_double_value (b, target);
  json_builder_set_member_name (b, "actual");
  if (isnan (actual))
    json_builder_add_null_value (b);
  else
    json_builder_add_double_value (b, actual);
  json_builder_set_member_name (b, "unit");
  json_builder_add_string_value (b, unit != NULL ? unit : "");
  json_builder_set_member_name (b, "direction");
  json_builder_add_string_value (b, jx_direction_names[CLAMP (direction, 0, JX_DIRECTION_EQ)]);
  json_builder_end_object (b);
  return json_builder_get_root (b);
}

static gboolean
commit_target (JxDocument        *doc,
               const char        *path,
               const JxIndicator *ind,
               const char        *text,
               GError           **error)
{
  g_autoptr(GPtrArray) parts = jx_parse_target (text);
  g_autofree char *list = g_strconcat (path, ".parts", NULL);
  guint n_old = ind->parts->len;
  guint i;

  if (!set_string (doc, path, ".target_text", text, error))
    return FALSE;
  if (parts == NULL)
    return TRUE;

  if (parts->len == n_old)
    {
      for (i = 0; i < n_old; i++)
        {
          const JxTargetPart *p = g_ptr_array_index (parts, i);
          g_autofree char *part_path = g_strdup_printf ("%s.parts[%u]", path, i);

          if (!set_number (doc, part_path, ".target", p->value, error))
            return FALSE;
          if (*p->unit && !set_string (doc, part_path, ".unit", p->unit, error))
            return FALSE;
          if (*p->label && !set_string (doc, part_path, ".label", p->label, error))
            return FALSE;
          if (p->direction >= 0)
            {
              g_autofree char *dir_path = g_strconcat (part_path, ".direction", NULL);

              if (!jx_document_set_int (doc, dir_path, p->direction, error))
                return FALSE;
            }
        }
      return TRUE;
    }

  {
    /* A new shape: new parts, keeping what the old ones had in the same place. */
    g_autoptr(GPtrArray) nodes = g_ptr_array_new_with_free_func ((GDestroyNotify) json_node_unref);

    for (i = 0; i < parts->len; i++)
      {
        const JxTargetPart *p = g_ptr_array_index (parts, i);
        const JxPart *old = i < n_old ? g_ptr_array_index (ind->parts, i) : NULL;

        g_ptr_array_add (nodes, part_json (*p->label || old == NULL ? p->label : old->label,
                                           p->value,
                                           old != NULL ? old->actual : NAN,
                                           *p->unit || old == NULL ? p->unit : old->unit,
                                           p->direction >= 0 ? p->direction
                                             : old != NULL ? old->direction : JX_DIRECTION_GE));
      }
    for (i = n_old; i > 0; i--)
      if (!jx_document_remove (doc, list, (int) i - 1, error))
        return FALSE;
    for (i = 0; i < nodes->len; i++)
      if (!jx_document_insert (doc, list, (int) i, g_ptr_array_index (nodes, i), error))
        return FALSE;
  }
  return TRUE;
}

static gboolean
commit_actual (JxDocument        *doc,
               const char        *path,
               const JxIndicator *ind,
               const char        *text,
               GError           **error)
{
  g_autoptr(GArray) values = g_array_new (FALSE, FALSE, sizeof (double));
  g_autofree char *before = NULL;
  gboolean follow;
  guint i;

  if (ind->parts->len == 0)
    return set_string (doc, path, ".actual_text", text, error);
  if (!parse_actual (ind, text, values))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, _("“%s” is not a number"), text);
      return FALSE;
    }
  /* The printed text follows the value when it said the same before. */
  before = jx_indicator_actual_display (jx_document_get_data (doc), ind);
  follow = ind->actual_text == NULL || *ind->actual_text == '\0' || g_str_equal (before, ind->actual_text);
  for (i = 0; i < values->len; i++)
    {
      g_autofree char *part_path = g_strdup_printf ("%s.parts[%u]", path, i);

      if (!set_number (doc, part_path, ".actual", g_array_index (values, double, i), error))
        return FALSE;
    }
  if (follow && ind->actual_text != NULL && *ind->actual_text)
    {
      g_autofree char *after = jx_indicator_actual_display (jx_document_get_data (doc), ind);
      gboolean all_set = TRUE;

      for (i = 0; i < values->len; i++)
        all_set = all_set && !isnan (g_array_index (values, double, i));
      if (!set_string (doc, path, ".actual_text", all_set ? after : "", error))
        return FALSE;
    }
  return TRUE;
}

static const char *
step_label (JxColumn column)
{
  switch (column)
    {
    case JX_COLUMN_NUMBER:
      return _("Edit Number");
    case JX_COLUMN_NAME:
      return _("Rename Indicator");
    case JX_COLUMN_TARGET:
      return _("Edit Target");
    case JX_COLUMN_WEIGHT:
      return _("Edit Weight");
    case JX_COLUMN_ACTUAL:
      return _("Edit Actual Value");
    case JX_COLUMN_SCORE:
      return _("Edit Score");
    case JX_COLUMN_NOTE:
      return _("Edit Deviation Reason");
    case JX_COLUMN_COMPLETION:
    case JX_COLUMN_RULE:
    case JX_COLUMN_COMPUTED:
    case JX_N_COLUMNS:
    default:
      return jx_attribute_step_label (column);
    }
}

gboolean
jx_indicator_edit_commit (JxEvaluation   *evaluation,
                          JxIndicatorRow *row,
                          JxColumn        column,
                          const char     *text,
                          GError        **error)
{
  JxDocument *doc = jx_evaluation_get_document (evaluation);
  const JxIndicator *ind = jx_indicator_row_get_indicator (row);
  const char *path = jx_indicator_row_get_path (row);
  g_autofree char *hint = NULL;
  g_autofree char *stripped = g_strstrip (g_strdup (text));
  gboolean ok = FALSE;
  double v = NAN;

  if (!jx_indicator_edit_validate (evaluation, row, column, text, &hint))
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                           hint != NULL ? hint : _("This cell cannot be edited"));
      return FALSE;
    }

  jx_indicator_edit_begin (evaluation, step_label (column));
  switch (column)
    {
    case JX_COLUMN_NUMBER:
      ok = set_string (doc, path, ".number", stripped, error);
      break;
    case JX_COLUMN_NAME:
      ok = set_string (doc, path, ".name", stripped, error);
      break;
    case JX_COLUMN_NOTE:
      ok = set_string (doc, path, ".note", text, error);
      break;
    case JX_COLUMN_TARGET:
      {
        /* "≥３，２５０篇" is kept as "≥3250篇": the number, in the report's style. */
        g_autofree char *plain = jx_typed_plain_text (stripped);
        ok = commit_target (doc, path, ind, plain, error);
      }
      break;
    case JX_COLUMN_ACTUAL:
      ok = commit_actual (doc, path, ind, stripped, error);
      break;
    case JX_COLUMN_WEIGHT:
    case JX_COLUMN_SCORE:
      if (*stripped)
        jx_typed_parse_number (stripped, NULL, &v);
      ok = set_number (doc, path, column == JX_COLUMN_WEIGHT ? ".weight" : ".score", v, error);
      break;
    case JX_COLUMN_DIRECTION:
    case JX_COLUMN_UNIT:
    case JX_COLUMN_CORE:
    case JX_COLUMN_INITIAL:
      ok = jx_attribute_commit (doc, path, column, ind, stripped, error);
      break;
    case JX_COLUMN_COMPLETION:
    case JX_COLUMN_RULE:
    case JX_COLUMN_COMPUTED:
    case JX_N_COLUMNS:
    default:
      break;
    }
  jx_indicator_edit_end (evaluation);
  return ok;
}

char *
jx_indicator_edit_copy_text (JxEvaluation   *evaluation,
                             JxIndicatorRow *row,
                             JxColumn        column)
{
  JxCellContent c;
  char *text;

  jx_cell_content_fill (&c, column, row, evaluation, NULL);
  if ((c.flags & JX_CELL_EDITABLE) && c.edit_text != NULL)
    text = g_strdup (c.edit_text);
  else if (g_str_has_prefix (c.text, "≠ "))
    text = g_strdup (c.text + strlen ("≠ "));
  else
    text = g_strdup (c.text);
  jx_cell_content_clear (&c);
  return text;
}

guint
jx_indicator_edit_accept_computed (JxEvaluation       *evaluation,
                                   const char * const *paths)
{
  JxDocument *doc = jx_evaluation_get_document (evaluation);
  g_autoptr(GPtrArray) todo = g_ptr_array_new ();
  guint n = 0;
  guint i;

  /* Read the evaluation before writing: it does not follow within the step. */
  for (i = 0; paths[i] != NULL; i++)
    {
      const JxIndicatorResult *r = jx_evaluation_get_result (evaluation, paths[i]);

      if (r != NULL && r->level == 3 && JX_NUMBER_IS_SET (r->indicator->score) && !isnan (r->computed_score))
        g_ptr_array_add (todo, (gpointer) paths[i]);
    }
  if (todo->len == 0)
    return 0;

  jx_indicator_edit_begin (evaluation, _("Accept Computed Score"));
  for (i = 0; i < todo->len; i++)
    if (set_number (doc, g_ptr_array_index (todo, i), ".score", NAN, NULL))
      n++;
  jx_indicator_edit_end (evaluation);
  return n;
}
