/* SPDX-License-Identifier: GPL-3.0-or-later */
/* jx-rule-pack-apply.c: making a document follow a rule pack (one undo step), and a new
 * document from a pack's template. */
#define G_LOG_DOMAIN "jx-rule-pack"

#include "config.h"

#include <glib/gi18n.h>

#include "jx-document-private.h"
#include "jx-load.h"
#include "jx-rule-pack-private.h"
#include "jx-save.h"

/* Sets the field `key` of `path` to its value in `record` (of `type`), when it differs. */
static gboolean
set_field (JxDocument         *document,
           const char         *path,
           const JxRecordType *type,
           gconstpointer       record,
           const char         *key,
           GError            **error)
{
  const JxField *field = jx_record_type_find (type, key);
  g_autofree char *field_path = g_strconcat (path, ".", key, NULL);
  g_autoptr(JsonNode) value = jx_field_to_json (field, record, 0);

  if (field->kind == JX_FIELD_LIST)
    {
      g_autoptr(JsonNode) now = jx_document_get_node (document, field_path);
      GPtrArray *items = *JX_FIELD_AT (record, field, GPtrArray *);
      JsonArray *old;
      guint i;

      if (now != NULL && json_node_equal (now, value))
        return TRUE;
      old = JSON_NODE_HOLDS_ARRAY (now) ? json_node_get_array (now) : NULL;
      for (i = old != NULL ? json_array_get_length (old) : 0; i > 0; i--)
        if (!jx_document_remove (document, field_path, (int) i - 1, error))
          return FALSE;
      for (i = 0; i < items->len; i++)
        {
          g_autoptr(JsonNode) item = jx_record_to_json (field->type, g_ptr_array_index (items, i), 0);

          if (!jx_document_insert (document, field_path, -1, item, error))
            return FALSE;
        }
      return TRUE;
    }
  /* _jx_document_set_node records nothing when the value is the same. */
  return _jx_document_set_node (document, field_path, value, error);
}

static gboolean
set_text (JxDocument *document,
          const char *path,
          const char *value,
          GError    **error)
{
  return jx_document_set_string (document, path, value != NULL ? value : "", error);
}

/* The pack's rule for the leaf at `path` (see jx_rule_pack_apply()). */
static gboolean
apply_rule (const JxRulePack  *pack,
            JxDocument        *document,
            const JxIndicator *leaf,
            const char        *path,
            GError           **error)
{
  g_autofree char *rule_path = g_strconcat (path, ".rule", NULL);
  g_autofree char *source_path = g_strconcat (path, ".rule.source", NULL);
  const JxRule *current = &leaf->rule;
  const JxRule *wanted;
  guint i;

  if (current->custom)
    return TRUE;
  wanted = jx_rule_pack_rule_for (pack, leaf);
  if (wanted == NULL)
    return set_text (document, source_path, "", error);
  if (wanted->kind == JX_RULE_QUALITATIVE)
    {
      g_autofree char *grade_path = g_strconcat (path, ".rule.grade", NULL);

      /* The grade is the clerk's: kept when the rule was qualitative, else not graded yet
       * (no score until someone grades it). */
      if (current->kind != JX_RULE_QUALITATIVE
          && (!set_field (document, rule_path, &jx_rule_type, wanted, "kind", error)
              || !jx_document_set_int (document, grade_path, JX_GRADE_NONE, error)))
        return FALSE;
      return set_text (document, source_path, wanted->source, error);
    }

  /* The kind first, so that the parameters that belong to it are the ones written. */
  if (!set_field (document, rule_path, &jx_rule_type, wanted, "kind", error))
    return FALSE;
  for (i = 0; i < jx_rule_type.n_fields; i++)
    {
      const char *key = jx_rule_type.fields[i].key;

      if (g_str_equal (key, "kind") || g_str_equal (key, "custom"))
        continue;
      if (!set_field (document, rule_path, &jx_rule_type, wanted, key, error))
        return FALSE;
    }
  return TRUE;
}

gboolean
jx_rule_pack_apply_to_indicator (const JxRulePack *pack,
                                 JxDocument       *document,
                                 const char       *path,
                                 GError          **error)
{
  g_autofree char *custom = g_strconcat (path, ".rule.custom", NULL);
  JxPathTarget t;
  const JxIndicator *leaf;
  const JxRule *wanted;
  gboolean ok;

  g_return_val_if_fail (pack != NULL, FALSE);
  g_return_val_if_fail (JX_IS_DOCUMENT (document), FALSE);

  if (!jx_path_resolve (jx_document_peek_data (document), path, &t, error))
    return FALSE;
  if (t.index < 0 || t.field->type != &jx_indicator_type || t.depth != 2)
    {
      g_set_error (error, JX_PATH_ERROR, JX_PATH_ERROR_KIND, _("“%s” is not a level-3 indicator"), path);
      return FALSE;
    }
  leaf = g_ptr_array_index (JX_PATH_TARGET_LIST (&t), t.index);
  wanted = jx_rule_pack_rule_for (pack, leaf);
  if (wanted == NULL)
    {
      g_set_error (error, JX_RULE_PACK_ERROR, JX_RULE_PACK_ERROR_INVALID,
                   _("The rule pack “%s” has no rule for “%s”"), pack->name, leaf->name);
      return FALSE;
    }
  jx_document_begin_group (document, _("Use the Rule Pack's Rule"));
  ok = jx_document_set_int (document, custom, FALSE, error);
  if (ok)
    ok = apply_rule (pack, document, leaf, path, error);
  jx_document_end_group (document);
  return ok;
}

static gboolean
apply_leaves (const JxRulePack *pack,
              JxDocument       *document,
              GPtrArray        *nodes,
              int               level,
              GString          *path,
              GError          **error)
{
  guint i;

  for (i = 0; nodes != NULL && i < nodes->len; i++)
    {
      const JxIndicator *ind = g_ptr_array_index (nodes, i);
      gsize len = path->len;
      gboolean ok;

      g_string_append_printf (path, level == 1 ? "indicators[%u]" : ".children[%u]", i);
      if (level >= 3)
        ok = apply_rule (pack, document, ind, path->str, error);
      else
        ok = apply_leaves (pack, document, ind->children, level + 1, path, error);
      g_string_truncate (path, len);
      if (!ok)
        return FALSE;
    }
  return TRUE;
}

static gboolean
apply_all (const JxRulePack *pack,
           JxDocument       *document,
           GError          **error)
{
  g_autoptr(JxDocData) settings = _jx_rule_pack_build_document (pack, FALSE, error);
  JsonObject *given = pack->scoring != NULL ? json_node_get_object (pack->scoring) : NULL;
  g_autoptr(GString) path = g_string_new (NULL);
  /* Given by the pack or left to the document; the pack's own settings always. */
  static const char * const optional[] = { "grade_bands", "decimals", "rounding", NULL };
  static const char * const own[] = { "source", "achieved_min", "partial_min", "not_applicable", "caps", NULL };
  guint i;

  if (settings == NULL)
    return FALSE;
  if (!set_text (document, "scoring.pack", pack->id, error))
    return FALSE;
  for (i = 0; optional[i] != NULL; i++)
    if (given != NULL && json_object_has_member (given, optional[i])
        && !set_field (document, "scoring", jx_record_type_find (&jx_doc_data_type, "scoring")->type,
                       &settings->scoring, optional[i], error))
      return FALSE;
  for (i = 0; own[i] != NULL; i++)
    if (!set_field (document, "scoring", jx_record_type_find (&jx_doc_data_type, "scoring")->type,
                    &settings->scoring, own[i], error))
      return FALSE;
  return apply_leaves (pack, document, jx_document_get_data (document)->indicators, 1, path, error);
}

gboolean
jx_rule_pack_apply (const JxRulePack *pack,
                    JxDocument       *document,
                    GError          **error)
{
  gboolean ok;

  g_return_val_if_fail (pack != NULL, FALSE);
  g_return_val_if_fail (JX_IS_DOCUMENT (document), FALSE);

  /* Every value comes from a checked pack, so a failure should not happen; if one does, what
   * was done is still the one step "Use Rule Pack", which undo takes back. */
  jx_document_hold_changes (document);
  jx_document_begin_group (document, _("Use Rule Pack"));
  ok = apply_all (pack, document, error);
  jx_document_end_group (document);
  jx_document_release_changes (document);
  return ok;
}

JxDocData *
jx_rule_pack_new_template_document (const JxRulePack *pack,
                                    GError          **error)
{
  g_autoptr(JxDocument) document = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *text = NULL;
  JxDocData *data;
  gsize length;

  g_return_val_if_fail (pack != NULL, NULL);

  if (pack->template_indicators == NULL)
    {
      g_set_error (error, JX_RULE_PACK_ERROR, JX_RULE_PACK_ERROR_NO_TEMPLATE,
                   _("The rule pack “%s” has no indicator framework"), pack->name);
      return NULL;
    }
  data = _jx_rule_pack_build_document (pack, TRUE, error);
  if (data == NULL)
    return NULL;
  data->department.year = g_date_time_get_year (now) - 1;
  g_free (data->scoring.method);
  data->scoring.method = g_strdup (pack->template_method != NULL ? pack->template_method : "");

  document = jx_document_new_for_data (data);
  if (!jx_rule_pack_apply (pack, document, error))
    return NULL;
  /* A fresh record with no undo history behind it. */
  text = jx_doc_data_to_json (jx_document_get_data (document), &length);
  return jx_doc_data_load_data (text, length, pack->id, error);
}
