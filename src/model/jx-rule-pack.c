/* SPDX-License-Identifier: GPL-3.0-or-later */
/* jx-rule-pack.c: reading rule packs (data/rules/README.md) and finding them.
 *
 * A pack is checked with the document's own loader: its scoring settings and template as a
 * small document, each of its rules as a document's rule, so a pack can hold nothing a
 * document could not. */
#define G_LOG_DOMAIN "jx-rule-pack"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "jx-load.h"
#include "jx-rule-pack.h"
#include "jx-rule-pack-private.h"
#include "jx-rules-resources.h"

#define RESOURCE_DIR "/io/github/jixiao/Jixiao/rules"

G_DEFINE_QUARK (jx-rule-pack-error-quark, jx_rule_pack_error)

static const char * const scope_names[] = { "national", "provincial", "local", NULL };

static void
pack_rule_free (gpointer data)
{
  JxPackRule *r = data;

  jx_record_free (&jx_rule_type, r->rule);
  g_free (r);
}

void
jx_rule_pack_free (JxRulePack *pack)
{
  if (pack == NULL)
    return;
  g_free (pack->id);
  g_free (pack->name);
  g_free (pack->description);
  g_free (pack->document);
  g_free (pack->articles);
  g_free (pack->note);
  g_clear_pointer (&pack->scoring, json_node_unref);
  g_clear_pointer (&pack->template_indicators, json_node_unref);
  g_free (pack->template_method);
  g_clear_pointer (&pack->rules, g_ptr_array_unref);
  g_free (pack);
}

/* ---- reading ---- */

static gboolean G_GNUC_PRINTF (3, 4)
invalid (GError    **error,
         const char *name,
         const char *format,
         ...)
{
  g_autofree char *message = NULL;
  va_list ap;

  va_start (ap, format);
  message = g_strdup_vprintf (format, ap);
  va_end (ap);
  /* Translators: "mof-2020-10.json: rules[2].match.metric: unknown metric “x”" */
  g_set_error (error, JX_RULE_PACK_ERROR, JX_RULE_PACK_ERROR_INVALID, _("%s: %s"), name, message);
  return FALSE;
}

/* The text member `key` of `object`, or NULL (with an error when `required`). */
static gboolean
get_text (JsonObject  *object,
          const char  *key,
          const char  *where,
          gboolean     required,
          char       **out,
          const char  *name,
          GError     **error)
{
  JsonNode *node = json_object_get_member (object, key);

  if (node == NULL && !required)
    {
      *out = g_strdup ("");
      return TRUE;
    }
  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING
      || (required && *json_node_get_string (node) == '\0'))
    return invalid (error, name, _("%s%s: expected a text"), where, key);
  *out = g_strdup (json_node_get_string (node));
  return TRUE;
}

static int
name_index (const char * const *names,
            const char         *value)
{
  int i;

  for (i = 0; names[i] != NULL; i++)
    if (g_str_equal (names[i], value))
      return i;
  return -1;
}

static gboolean
read_match (JxPackRule  *r,
            JsonNode    *node,
            const char  *where,
            const char  *name,
            GError     **error)
{
  JsonObject *match;
  JsonNode *member;
  g_autoptr(GList) keys = NULL;
  GList *l;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    return invalid (error, name, _("%s.match: expected an object"), where);
  match = json_node_get_object (node);
  keys = json_object_get_members (match);
  for (l = keys; l != NULL; l = l->next)
    if (!g_str_equal (l->data, "metric") && !g_str_equal (l->data, "direction") && !g_str_equal (l->data, "qualitative"))
      return invalid (error, name, _("%s.match: unknown member “%s”"), where, (const char *) l->data);

  r->qualitative = -1;
  if ((member = json_object_get_member (match, "metric")) != NULL)
    {
      const char *id = JSON_NODE_HOLDS_VALUE (member) && json_node_get_value_type (member) == G_TYPE_STRING
                       ? json_node_get_string (member) : "";
      int metric = *id != '\0' ? name_index (jx_metric_names, id) : -1;

      if (metric <= JX_METRIC_NONE)
        return invalid (error, name, _("%s.match.metric: unknown metric “%s”"), where, id);
      r->metric = metric;
    }
  if ((member = json_object_get_member (match, "direction")) != NULL)
    {
      JsonArray *array = JSON_NODE_HOLDS_ARRAY (member) ? json_node_get_array (member) : NULL;
      guint i;

      if (array == NULL || json_array_get_length (array) == 0)
        return invalid (error, name, _("%s.match.direction: expected a list of directions"), where);
      for (i = 0; i < json_array_get_length (array); i++)
        {
          const char *d = json_array_get_string_element (array, i);
          int index = d != NULL ? name_index (jx_direction_names, d) : -1;

          if (index < 0)
            return invalid (error, name, _("%s.match.direction: unknown direction “%s”"), where, d != NULL ? d : "");
          r->directions |= 1u << index;
        }
    }
  if ((member = json_object_get_member (match, "qualitative")) != NULL)
    {
      if (!JSON_NODE_HOLDS_VALUE (member) || json_node_get_value_type (member) != G_TYPE_BOOLEAN)
        return invalid (error, name, _("%s.match.qualitative: expected true or false"), where);
      r->qualitative = json_node_get_boolean (member);
    }
  return TRUE;
}

static gboolean
read_rules (JxRulePack  *pack,
            JsonNode    *node,
            const char  *name,
            GError     **error)
{
  JsonArray *array;
  guint i;

  if (node == NULL || !JSON_NODE_HOLDS_ARRAY (node))
    return invalid (error, name, _("rules: expected a list"));
  array = json_node_get_array (node);
  for (i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *item = json_array_get_element (array, i);
      g_autofree char *where = g_strdup_printf ("rules[%u]", i);
      g_autoptr(GError) rule_error = NULL;
      JsonObject *object;
      JxPackRule *r;

      if (!JSON_NODE_HOLDS_OBJECT (item))
        return invalid (error, name, _("%s: expected an object"), where);
      object = json_node_get_object (item);
      if (json_object_get_member (object, "match") == NULL || json_object_get_member (object, "rule") == NULL)
        return invalid (error, name, _("%s: needs “match” and “rule”"), where);

      r = g_new0 (JxPackRule, 1);
      r->metric = JX_METRIC_NONE;
      g_ptr_array_add (pack->rules, r);
      if (!read_match (r, json_object_get_member (object, "match"), where, name, error))
        return FALSE;
      r->rule = jx_record_from_json (&jx_rule_type, json_object_get_member (object, "rule"), 0, &rule_error);
      if (r->rule == NULL)
        return invalid (error, name, "%s.rule: %s", where, rule_error->message);
    }
  return TRUE;
}

/* The pack's scoring and template as a document, checked by the document loader. */
JxDocData *
_jx_rule_pack_build_document (const JxRulePack *pack,
                              gboolean          with_template,
                              GError          **error)
{
  g_autoptr(JsonBuilder) b = json_builder_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autofree char *text = NULL;
  gsize length;

  json_builder_begin_object (b);
  json_builder_set_member_name (b, "format");
  json_builder_add_string_value (b, "jixiao");
  json_builder_set_member_name (b, "version");
  json_builder_add_int_value (b, 1);
  json_builder_set_member_name (b, "department");
  json_builder_begin_object (b);
  json_builder_set_member_name (b, "name");
  json_builder_add_string_value (b, "");
  json_builder_set_member_name (b, "year");
  json_builder_add_int_value (b, 0);
  json_builder_end_object (b);
  if (with_template && pack->template_indicators != NULL)
    {
      json_builder_set_member_name (b, "indicators");
      json_builder_add_value (b, json_node_copy (pack->template_indicators));
    }
  if (pack->scoring != NULL)
    {
      json_builder_set_member_name (b, "scoring");
      json_builder_add_value (b, json_node_copy (pack->scoring));
    }
  json_builder_end_object (b);
  root = json_builder_get_root (b);
  json_generator_set_root (generator, root);
  text = json_generator_to_data (generator, &length);
  return jx_doc_data_load_data (text, length, pack->id, error);
}

JxRulePack *
jx_rule_pack_load_data (const char *data,
                        gsize       length,
                        const char *name,
                        GError    **error)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(JxRulePack) pack = g_new0 (JxRulePack, 1);
  g_autoptr(GError) parse_error = NULL;
  g_autoptr(JxDocData) check = NULL;
  g_autofree char *scope = NULL;
  JsonObject *root;
  JsonObject *source;
  JsonNode *node;
  g_autoptr(GList) keys = NULL;
  GList *l;

  g_return_val_if_fail (data != NULL, NULL);

  pack->rules = g_ptr_array_new_with_free_func (pack_rule_free);
  if (!json_parser_load_from_data (parser, data, (gssize) length, &parse_error))
    {
      invalid (error, name, "%s", parse_error->message);
      return NULL;
    }
  node = json_parser_get_root (parser);
  if (node == NULL || !JSON_NODE_HOLDS_OBJECT (node))
    {
      invalid (error, name, _("not a rule pack"));
      return NULL;
    }
  root = json_node_get_object (node);
  if (g_strcmp0 (json_object_get_string_member_with_default (root, "format", ""), "jixiao-rule-pack") != 0)
    {
      invalid (error, name, _("not a rule pack (format “jixiao-rule-pack” expected)"));
      return NULL;
    }
  if (json_object_get_int_member_with_default (root, "version", 0) != 1)
    {
      g_autofree char *version = g_strdup_printf ("%" G_GINT64_FORMAT, json_object_get_int_member_with_default (root, "version", 0));

      invalid (error, name, _("rule pack version %s is not supported (this Jixiao reads version 1)"), version);
      return NULL;
    }
  keys = json_object_get_members (root);
  for (l = keys; l != NULL; l = l->next)
    {
      static const char * const known[] = { "format", "version", "id", "name", "scope", "description",
                                             "source", "scoring", "rules", "template", NULL };
      if (!g_strv_contains (known, l->data))
        {
          invalid (error, name, _("unknown member “%s”"), (const char *) l->data);
          return NULL;
        }
    }

  if (!get_text (root, "id", "", TRUE, &pack->id, name, error)
      || !get_text (root, "name", "", TRUE, &pack->name, name, error)
      || !get_text (root, "description", "", FALSE, &pack->description, name, error)
      || !get_text (root, "scope", "", FALSE, &scope, name, error))
    return NULL;
  if (strspn (pack->id, "abcdefghijklmnopqrstuvwxyz0123456789-") != strlen (pack->id))
    {
      invalid (error, name, _("id: “%s” may hold only small letters, digits and “-”"), pack->id);
      return NULL;
    }
  pack->scope = *scope != '\0' ? name_index (scope_names, scope) : JX_PACK_SCOPE_LOCAL;
  if (pack->scope < 0)
    {
      invalid (error, name, _("scope: “%s” is not national, provincial or local"), scope);
      return NULL;
    }

  node = json_object_get_member (root, "source");
  if (node == NULL || !JSON_NODE_HOLDS_OBJECT (node))
    {
      invalid (error, name, _("source: expected an object naming the document"));
      return NULL;
    }
  source = json_node_get_object (node);
  if (!get_text (source, "document", "source.", TRUE, &pack->document, name, error)
      || !get_text (source, "articles", "source.", FALSE, &pack->articles, name, error)
      || !get_text (source, "note", "source.", FALSE, &pack->note, name, error))
    return NULL;

  if ((node = json_object_get_member (root, "scoring")) != NULL)
    {
      if (!JSON_NODE_HOLDS_OBJECT (node))
        {
          invalid (error, name, _("scoring: expected an object"));
          return NULL;
        }
      pack->scoring = json_node_copy (node);
    }
  if ((node = json_object_get_member (root, "template")) != NULL)
    {
      JsonObject *template = JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
      JsonNode *indicators = template != NULL ? json_object_get_member (template, "indicators") : NULL;

      if (indicators == NULL || !JSON_NODE_HOLDS_ARRAY (indicators))
        {
          invalid (error, name, _("template: expected an object with a list of indicators"));
          return NULL;
        }
      pack->template_indicators = json_node_copy (indicators);
      if (!get_text (template, "method", "template.", FALSE, &pack->template_method, name, error))
        return NULL;
    }
  if (!read_rules (pack, json_object_get_member (root, "rules"), name, error))
    return NULL;

  {
    g_autoptr(GError) doc_error = NULL;

    check = _jx_rule_pack_build_document (pack, TRUE, &doc_error);
    if (check == NULL)
      {
        /* Translators: the pack's scoring settings or template fail the document's checks */
        invalid (error, name, _("its scoring settings or template: %s"), doc_error->message);
        return NULL;
      }
  }
  return g_steal_pointer (&pack);
}

JxRulePack *
jx_rule_pack_load_file (GFile   *file,
                        GError **error)
{
  g_autofree char *contents = NULL;
  g_autofree char *name = NULL;
  gsize length;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  if (!g_file_load_contents (file, NULL, &contents, &length, NULL, error))
    return NULL;
  name = g_file_get_basename (file);
  return jx_rule_pack_load_data (contents, length, name, error);
}

/* ---- finding ---- */

static void
add_pack (GPtrArray  *packs,
          JxRulePack *pack)
{
  guint i;

  for (i = 0; i < packs->len; i++)
    if (g_str_equal (((JxRulePack *) g_ptr_array_index (packs, i))->id, pack->id))
      {
        jx_rule_pack_free (g_ptr_array_index (packs, i));
        g_ptr_array_index (packs, i) = pack;
        return;
      }
  g_ptr_array_add (packs, pack);
}

static void
load_resources (GPtrArray *packs)
{
  g_auto(GStrv) names = NULL;
  guint i;

  jx_rules_register_resource ();
  names = g_resources_enumerate_children (RESOURCE_DIR, 0, NULL);
  for (i = 0; names != NULL && names[i] != NULL; i++)
    {
      g_autofree char *path = g_build_path ("/", RESOURCE_DIR, names[i], NULL);
      g_autoptr(GBytes) bytes = NULL;
      g_autoptr(GError) error = NULL;
      JxRulePack *pack;

      if (!g_str_has_suffix (names[i], ".json") || g_str_has_suffix (names[i], ".schema.json"))
        continue;
      bytes = g_resources_lookup_data (path, 0, NULL);
      pack = jx_rule_pack_load_data (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), names[i], &error);
      if (pack == NULL)
        g_error ("The shipped rule pack is broken: %s", error->message);
      pack->shipped = TRUE;
      add_pack (packs, pack);
    }
}

static void
load_folder (GPtrArray  *packs,
             const char *folder)
{
  g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *entry;
  guint i;

  if (dir == NULL)
    return;
  while ((entry = g_dir_read_name (dir)) != NULL)
    if (g_str_has_suffix (entry, ".json") && !g_str_has_suffix (entry, ".schema.json"))
      g_ptr_array_add (names, g_strdup (entry));
  g_ptr_array_sort (names, (GCompareFunc) g_strcmp0);
  for (i = 0; i < names->len; i++)
    {
      g_autofree char *path = g_build_filename (folder, g_ptr_array_index (names, i), NULL);
      g_autoptr(GFile) file = g_file_new_for_path (path);
      g_autoptr(GError) error = NULL;
      JxRulePack *pack = jx_rule_pack_load_file (file, &error);

      if (pack == NULL)
        g_warning ("Rule pack %s left out: %s", path, error->message);
      else
        add_pack (packs, pack);
    }
}

static int
compare_packs (gconstpointer a,
               gconstpointer b)
{
  const JxRulePack *x = *(const JxRulePack * const *) a;
  const JxRulePack *y = *(const JxRulePack * const *) b;

  if (x->scope != y->scope)
    return x->scope - y->scope;
  return g_strcmp0 (x->id, y->id);
}

GPtrArray *
jx_rule_pack_list (void)
{
  static GPtrArray *packs;

  if (g_once_init_enter (&packs))
    {
      GPtrArray *list = g_ptr_array_new_with_free_func ((GDestroyNotify) jx_rule_pack_free);
      const char * const *dirs = g_get_system_data_dirs ();
      g_autofree char *user = g_build_filename (g_get_user_data_dir (), "jixiao", "rules", NULL);
      const char *extra = g_getenv ("JIXIAO_RULES_DIR");
      guint i;

      load_resources (list);
      for (i = 0; dirs[i] != NULL; i++)
        {
          g_autofree char *folder = g_build_filename (dirs[i], "jixiao", "rules", NULL);
          load_folder (list, folder);
        }
      load_folder (list, user);
      if (extra != NULL)
        {
          g_auto(GStrv) folders = g_strsplit (extra, G_SEARCHPATH_SEPARATOR_S, -1);

          for (i = 0; folders[i] != NULL; i++)
            if (*folders[i] != '\0')
              load_folder (list, folders[i]);
        }
      g_ptr_array_sort (list, compare_packs);
      g_once_init_leave (&packs, list);
    }
  return packs;
}

const JxRulePack *
jx_rule_pack_find (const char *id)
{
  GPtrArray *packs = jx_rule_pack_list ();
  guint i;

  if (id == NULL || *id == '\0')
    return NULL;
  for (i = 0; i < packs->len; i++)
    if (g_str_equal (((JxRulePack *) g_ptr_array_index (packs, i))->id, id))
      return g_ptr_array_index (packs, i);
  return NULL;
}

/* ---- properties ---- */

const char *
jx_rule_pack_get_id (const JxRulePack *pack)
{
  g_return_val_if_fail (pack != NULL, NULL);
  return pack->id;
}

const char *
jx_rule_pack_get_name (const JxRulePack *pack)
{
  g_return_val_if_fail (pack != NULL, NULL);
  return pack->name;
}

const char *
jx_rule_pack_get_description (const JxRulePack *pack)
{
  g_return_val_if_fail (pack != NULL, NULL);
  return pack->description;
}

const char *
jx_rule_pack_get_document (const JxRulePack *pack)
{
  g_return_val_if_fail (pack != NULL, NULL);
  return pack->document;
}

const char *
jx_rule_pack_get_articles (const JxRulePack *pack)
{
  g_return_val_if_fail (pack != NULL, NULL);
  return pack->articles;
}

const char *
jx_rule_pack_get_note (const JxRulePack *pack)
{
  g_return_val_if_fail (pack != NULL, NULL);
  return pack->note;
}

gboolean
jx_rule_pack_is_regional (const JxRulePack *pack)
{
  g_return_val_if_fail (pack != NULL, FALSE);
  return pack->scope != JX_PACK_SCOPE_NATIONAL;
}

gboolean
jx_rule_pack_has_template (const JxRulePack *pack)
{
  g_return_val_if_fail (pack != NULL, FALSE);
  return pack->template_indicators != NULL;
}

const JxRule *
jx_rule_pack_rule_for (const JxRulePack  *pack,
                       const JxIndicator *indicator)
{
  gboolean qualitative;
  guint directions = 0;
  guint i;

  g_return_val_if_fail (pack != NULL, NULL);
  g_return_val_if_fail (indicator != NULL, NULL);

  qualitative = indicator->parts == NULL || indicator->parts->len == 0;
  for (i = 0; !qualitative && i < indicator->parts->len; i++)
    directions |= 1u << CLAMP (((JxPart *) g_ptr_array_index (indicator->parts, i))->direction, 0, 4);

  for (i = 0; i < pack->rules->len; i++)
    {
      const JxPackRule *r = g_ptr_array_index (pack->rules, i);

      if (r->metric != JX_METRIC_NONE && r->metric != indicator->metric)
        continue;
      if (r->qualitative >= 0 && r->qualitative != qualitative)
        continue;
      if (r->directions != 0 && (qualitative || (directions & ~r->directions) != 0))
        continue;
      return r->rule;
    }
  return NULL;
}
