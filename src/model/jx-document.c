/* SPDX-License-Identifier: GPL-3.0-or-later */
/* jx-document.c: the open document, its edits and their undo history. */
#define G_LOG_DOMAIN "jx-document"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "jx-document-private.h"
#include "jx-load.h"
#include "jx-path.h"
#include "jx-save.h"

typedef enum {
  OP_SET,
  OP_INSERT,
  OP_REMOVE,
  OP_MOVE,
} OpKind;

typedef struct {
  OpKind    kind;
  char     *path;     /* the field (SET) or the list */
  JsonNode *before;   /* SET: old value; REMOVE: the removed record */
  JsonNode *after;    /* SET: new value; INSERT: the inserted record */
  int       index;    /* INSERT, REMOVE: position; MOVE: from */
  int       index2;   /* MOVE: to */
} Op;

typedef struct {
  char      *label;
  GPtrArray *ops;     /* of Op* */
} Step;

struct _JxDocument
{
  GObject    parent_instance;

  JxDocData *data;
  GFile     *file;
  JxFileIdentity identity;   /* of `file` as loaded or last saved (jx-document-file.c) */

  GPtrArray *undo;    /* of Step*, oldest first */
  GPtrArray *redo;    /* of Step*, the next to redo last */
  Step      *group;   /* open group, or NULL */
  int        group_depth;
  int        clean;   /* undo->len at the last save; -1 when unreachable */
  int        saving;  /* undo->len of the version a save on a thread is writing; -1 none,
                       * or when that version is no longer reachable */
  gboolean   merge_broken;
  gboolean   replaying;
  int        hold;      /* depth of jx_document_hold_changes () */
  guint      held;      /* changes held back */
  char      *held_path; /* the deepest path holding all of them */
  gboolean   held_values; /* all of them changed values (no list changed) */
};

G_DEFINE_FINAL_TYPE (JxDocument, jx_document, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_FILE,
  PROP_MODIFIED,
  PROP_CAN_UNDO,
  PROP_CAN_REDO,
  N_PROPS
};

enum {
  CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void
op_free (Op *op)
{
  g_free (op->path);
  g_clear_pointer (&op->before, json_node_unref);
  g_clear_pointer (&op->after, json_node_unref);
  g_free (op);
}

static void
step_free (Step *step)
{
  g_free (step->label);
  g_ptr_array_unref (step->ops);
  g_free (step);
}

static Step *
step_new (const char *label)
{
  Step *step = g_new0 (Step, 1);

  step->label = g_strdup (label);
  step->ops = g_ptr_array_new_with_free_func ((GDestroyNotify) op_free);
  return step;
}

/* ---- change notification ---- */

/* Cuts `path` to the deepest path that holds both it and `other`: "a.b[2].c" and "a.b[2].d"
 * give "a.b[2]"; "a.b[2]" and "a.b[21]" give "a.b". */
static void
common_ancestor (char       *path,
                 const char *other)
{
  gsize i = 0;

  while (path[i] != '\0' && path[i] == other[i])
    i++;
#define BOUNDARY(c) ((c) == '\0' || (c) == '.' || (c) == '[')
  while (i > 0 && !(BOUNDARY (path[i]) && BOUNDARY (other[i])))
    i--;
#undef BOUNDARY
  path[i] = '\0';
}

/* `value`: the change is of one value (a set), not of a list. */
static void
emit_changed (JxDocument *self,
              const char *path,
              gboolean    value)
{
  if (self->hold > 0)
    {
      if (self->held++ == 0)
        {
          self->held_path = g_strdup (path);
          self->held_values = value;
        }
      else
        {
          common_ancestor (self->held_path, path);
          self->held_values = self->held_values && value;
        }
      return;
    }
  g_signal_emit (self, signals[CHANGED], 0, path);
}

void
jx_document_hold_changes (JxDocument *self)
{
  g_return_if_fail (JX_IS_DOCUMENT (self));
  self->hold++;
}

void
jx_document_release_changes (JxDocument *self)
{
  g_autofree char *path = NULL;
  guint held;

  g_return_if_fail (JX_IS_DOCUMENT (self));
  g_return_if_fail (self->hold > 0);

  if (--self->hold > 0)
    return;
  held = self->held;
  path = g_steal_pointer (&self->held_path);
  self->held = 0;
  /* One change: its path. Values only: the record (or the list, or the member) holding all
   * of them, so that listeners redo only that. A list changed among others: anything. */
  if (held == 1 || (held > 1 && self->held_values))
    g_signal_emit (self, signals[CHANGED], 0, path);
  else if (held > 1)
    g_signal_emit (self, signals[CHANGED], 0, "");
}

/* ---- state notifications ---- */

typedef struct {
  gboolean modified, can_undo, can_redo;
} State;

static State
get_state (JxDocument *self)
{
  State s = { jx_document_get_modified (self), jx_document_can_undo (self), jx_document_can_redo (self) };
  return s;
}

static void
notify_state (JxDocument *self,
              State       before)
{
  State after = get_state (self);

  if (before.modified != after.modified)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODIFIED]);
  if (before.can_undo != after.can_undo)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_UNDO]);
  if (before.can_redo != after.can_redo)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_REDO]);
}

/* ---- recording ---- */

static void
record_op (JxDocument *self,
           Op         *op,
           const char *label)
{
  State before = get_state (self);

  if (self->replaying)
    {
      op_free (op);
      return;
    }

  g_ptr_array_set_size (self->redo, 0);
  if (self->clean > (int) self->undo->len)
    self->clean = -1;
  if (self->saving > (int) self->undo->len)
    self->saving = -1;

  if (self->group != NULL)
    {
      g_ptr_array_add (self->group->ops, op);
    }
  else
    {
      Step *last = self->undo->len > 0 ? g_ptr_array_index (self->undo, self->undo->len - 1) : NULL;

      if (op->kind == OP_SET && !self->merge_broken && last != NULL && last->ops->len == 1
          && self->clean != (int) self->undo->len && self->saving != (int) self->undo->len)
        {
          Op *prev = g_ptr_array_index (last->ops, 0);

          if (prev->kind == OP_SET && g_str_equal (prev->path, op->path))
            {
              g_clear_pointer (&prev->after, json_node_unref);
              prev->after = g_steal_pointer (&op->after);
              op_free (op);
              /* Typed back to what it was (or an invalid text restored it): no step at all,
               * and the document is as unmodified as it was before. */
              if (json_node_equal (prev->before, prev->after))
                {
                  g_ptr_array_remove_index (self->undo, self->undo->len - 1);
                  self->merge_broken = TRUE;
                }
              notify_state (self, before);
              return;
            }
        }
      {
        Step *step = step_new (label);
        g_ptr_array_add (step->ops, op);
        g_ptr_array_add (self->undo, step);
      }
    }
  self->merge_broken = (op->kind != OP_SET);
  notify_state (self, before);
}

gboolean
_jx_document_set_node (JxDocument *self,
                       const char *path,
                       JsonNode   *value,
                       GError    **error)
{
  JsonNode *old = NULL;
  Op *op;

  if (!_jx_document_apply_set (self->data, path, value, &old, error))
    return FALSE;

  {
    g_autoptr(JsonNode) now = jx_document_get_node (self, path);
    if (now != NULL && json_node_equal (old, now))
      {
        json_node_unref (old);
        return TRUE;
      }
  }

  op = g_new0 (Op, 1);
  op->kind = OP_SET;
  op->path = g_strdup (path);
  op->before = old;
  op->after = json_node_copy (value);
  record_op (self, op, _("Edit"));
  emit_changed (self, path, TRUE);
  return TRUE;
}

/* ---- public: lists ---- */

gboolean
jx_document_insert (JxDocument *self,
                    const char *list_path,
                    int         index,
                    JsonNode   *json,
                    GError    **error)
{
  JsonNode *inserted = NULL;
  Op *op;

  g_return_val_if_fail (JX_IS_DOCUMENT (self), FALSE);

  if (!_jx_document_apply_insert (self->data, list_path, &index, json, &inserted, error))
    return FALSE;
  op = g_new0 (Op, 1);
  op->kind = OP_INSERT;
  op->path = g_strdup (list_path);
  op->after = inserted;
  op->index = index;
  record_op (self, op, _("Add"));
  emit_changed (self, list_path, FALSE);
  return TRUE;
}

gboolean
jx_document_remove (JxDocument *self,
                    const char *list_path,
                    int         index,
                    GError    **error)
{
  JsonNode *removed = NULL;
  Op *op;

  g_return_val_if_fail (JX_IS_DOCUMENT (self), FALSE);

  if (!_jx_document_apply_remove (self->data, list_path, index, &removed, error))
    return FALSE;
  op = g_new0 (Op, 1);
  op->kind = OP_REMOVE;
  op->path = g_strdup (list_path);
  op->before = removed;
  op->index = index;
  record_op (self, op, _("Delete"));
  emit_changed (self, list_path, FALSE);
  return TRUE;
}

gboolean
jx_document_move (JxDocument *self,
                  const char *list_path,
                  int         from,
                  int         to,
                  GError    **error)
{
  Op *op;

  g_return_val_if_fail (JX_IS_DOCUMENT (self), FALSE);

  if (from == to)
    return TRUE;
  if (!_jx_document_apply_move (self->data, list_path, from, to, error))
    return FALSE;
  op = g_new0 (Op, 1);
  op->kind = OP_MOVE;
  op->path = g_strdup (list_path);
  op->index = from;
  op->index2 = to;
  record_op (self, op, _("Move"));
  emit_changed (self, list_path, FALSE);
  return TRUE;
}

/* ---- public: undo ---- */

void
jx_document_begin_group (JxDocument *self,
                         const char *label)
{
  g_return_if_fail (JX_IS_DOCUMENT (self));

  if (self->group_depth++ == 0)
    self->group = step_new (label);
}

void
jx_document_end_group (JxDocument *self)
{
  Step *group;
  State before;

  g_return_if_fail (JX_IS_DOCUMENT (self));
  g_return_if_fail (self->group_depth > 0);

  if (--self->group_depth > 0)
    return;

  group = g_steal_pointer (&self->group);
  if (group->ops->len == 0)
    {
      step_free (group);
      return;
    }
  before = get_state (self);
  g_ptr_array_add (self->undo, group);
  self->merge_broken = TRUE;
  notify_state (self, before);
}

void
jx_document_break_merge (JxDocument *self)
{
  g_return_if_fail (JX_IS_DOCUMENT (self));
  self->merge_broken = TRUE;
}

gboolean
jx_document_can_undo (JxDocument *self)
{
  g_return_val_if_fail (JX_IS_DOCUMENT (self), FALSE);
  return self->undo->len > 0;
}

gboolean
jx_document_can_redo (JxDocument *self)
{
  g_return_val_if_fail (JX_IS_DOCUMENT (self), FALSE);
  return self->redo->len > 0;
}

const char *
jx_document_get_undo_label (JxDocument *self)
{
  g_return_val_if_fail (JX_IS_DOCUMENT (self), NULL);
  if (self->undo->len == 0)
    return NULL;
  return ((Step *) g_ptr_array_index (self->undo, self->undo->len - 1))->label;
}

const char *
jx_document_get_redo_label (JxDocument *self)
{
  g_return_val_if_fail (JX_IS_DOCUMENT (self), NULL);
  if (self->redo->len == 0)
    return NULL;
  return ((Step *) g_ptr_array_index (self->redo, self->redo->len - 1))->label;
}

static void
replay (JxDocument *self,
        Op         *op,
        gboolean    forward)
{
  g_autoptr(GError) error = NULL;
  gboolean ok = FALSE;
  int index = op->index;

  switch (op->kind)
    {
    case OP_SET:
      ok = _jx_document_apply_set (self->data, op->path, forward ? op->after : op->before, NULL, &error);
      break;
    case OP_INSERT:
      ok = forward ? _jx_document_apply_insert (self->data, op->path, &index, op->after, NULL, &error)
                   : _jx_document_apply_remove (self->data, op->path, op->index, NULL, &error);
      break;
    case OP_REMOVE:
      ok = forward ? _jx_document_apply_remove (self->data, op->path, op->index, NULL, &error)
                   : _jx_document_apply_insert (self->data, op->path, &index, op->before, NULL, &error);
      break;
    case OP_MOVE:
      ok = forward ? _jx_document_apply_move (self->data, op->path, op->index, op->index2, &error)
                   : _jx_document_apply_move (self->data, op->path, op->index2, op->index, &error);
      break;
    default:
      g_assert_not_reached ();
    }
  if (!ok)
    g_critical ("Cannot %s “%s”: %s", forward ? "redo" : "undo", op->path, error->message);
  emit_changed (self, op->path, op->kind == OP_SET);
}

static gboolean
undo_redo (JxDocument *self,
           gboolean    undo)
{
  GPtrArray *from = undo ? self->undo : self->redo;
  GPtrArray *to = undo ? self->redo : self->undo;
  State before;
  Step *step;
  guint i;

  if (from->len == 0 || self->group != NULL)
    return FALSE;

  before = get_state (self);
  step = g_ptr_array_steal_index (from, from->len - 1);
  /* A step of many operations is one change for the listeners. */
  jx_document_hold_changes (self);
  self->replaying = TRUE;
  if (undo)
    for (i = step->ops->len; i > 0; i--)
      replay (self, g_ptr_array_index (step->ops, i - 1), FALSE);
  else
    for (i = 0; i < step->ops->len; i++)
      replay (self, g_ptr_array_index (step->ops, i), TRUE);
  self->replaying = FALSE;
  g_ptr_array_add (to, step);
  jx_document_release_changes (self);
  self->merge_broken = TRUE;
  notify_state (self, before);
  return TRUE;
}

gboolean
jx_document_undo (JxDocument *self)
{
  g_return_val_if_fail (JX_IS_DOCUMENT (self), FALSE);
  return undo_redo (self, TRUE);
}

gboolean
jx_document_redo (JxDocument *self)
{
  g_return_val_if_fail (JX_IS_DOCUMENT (self), FALSE);
  return undo_redo (self, FALSE);
}

/* ---- public: document ---- */

const JxDocData *
jx_document_get_data (JxDocument *self)
{
  g_return_val_if_fail (JX_IS_DOCUMENT (self), NULL);
  return self->data;
}

JxDocData *
jx_document_peek_data (JxDocument *self)
{
  g_return_val_if_fail (JX_IS_DOCUMENT (self), NULL);
  return self->data;
}

void
jx_document_changed (JxDocument *self,
                     const char *path)
{
  State before;

  g_return_if_fail (JX_IS_DOCUMENT (self));

  before = get_state (self);
  self->clean = -1;
  self->saving = -1;
  notify_state (self, before);
  emit_changed (self, path != NULL ? path : "", FALSE);
}

GFile *
jx_document_get_file (JxDocument *self)
{
  g_return_val_if_fail (JX_IS_DOCUMENT (self), NULL);
  return self->file;
}

void
jx_document_set_file (JxDocument *self,
                      GFile      *file)
{
  g_return_if_fail (JX_IS_DOCUMENT (self));
  if (self->file != NULL && file != NULL && g_file_equal (self->file, file))
    return;
  /* Another file: what was known of the old one says nothing about it. */
  self->identity = JX_FILE_IDENTITY_UNKNOWN;
  if (g_set_object (&self->file, file))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FILE]);
}

char *
jx_document_dup_title (JxDocument *self)
{
  g_return_val_if_fail (JX_IS_DOCUMENT (self), NULL);

  if (self->file != NULL)
    return g_file_get_basename (self->file);
  if (self->data->department.name[0] != '\0')
    return g_strdup (self->data->department.name);
  return g_strdup (_("New Document"));
}

gboolean
jx_document_get_modified (JxDocument *self)
{
  g_return_val_if_fail (JX_IS_DOCUMENT (self), FALSE);
  return self->clean != (int) self->undo->len;
}

void
jx_document_set_modified (JxDocument *self,
                          gboolean    modified)
{
  State before;

  g_return_if_fail (JX_IS_DOCUMENT (self));

  before = get_state (self);
  self->clean = modified ? -1 : (int) self->undo->len;
  notify_state (self, before);
}

void
_jx_document_begin_save (JxDocument *self)
{
  self->saving = (int) self->undo->len;
  self->merge_broken = TRUE;   /* typing on does not change the version being written */
}

void
_jx_document_end_save (JxDocument *self,
                       gboolean    written)
{
  State before = get_state (self);

  if (written && self->saving >= 0)
    self->clean = self->saving;
  self->saving = -1;
  notify_state (self, before);
}

JxFileIdentity *
_jx_document_peek_identity (JxDocument *self)
{
  return &self->identity;
}

/* ---- GObject ---- */

static void
jx_document_finalize (GObject *object)
{
  JxDocument *self = (JxDocument *) object;

  g_clear_pointer (&self->data, jx_doc_data_free);
  g_clear_object (&self->file);
  g_clear_pointer (&self->undo, g_ptr_array_unref);
  g_clear_pointer (&self->redo, g_ptr_array_unref);
  g_clear_pointer (&self->group, step_free);
  g_clear_pointer (&self->held_path, g_free);

  G_OBJECT_CLASS (jx_document_parent_class)->finalize (object);
}

static void
jx_document_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  JxDocument *self = JX_DOCUMENT (object);

  switch (prop_id)
    {
    case PROP_FILE:
      g_value_set_object (value, self->file);
      break;
    case PROP_MODIFIED:
      g_value_set_boolean (value, jx_document_get_modified (self));
      break;
    case PROP_CAN_UNDO:
      g_value_set_boolean (value, jx_document_can_undo (self));
      break;
    case PROP_CAN_REDO:
      g_value_set_boolean (value, jx_document_can_redo (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
jx_document_class_init (JxDocumentClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = jx_document_finalize;
  object_class->get_property = jx_document_get_property;

  properties[PROP_FILE] =
    g_param_spec_object ("file", NULL, NULL, G_TYPE_FILE,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_MODIFIED] =
    g_param_spec_boolean ("modified", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CAN_UNDO] =
    g_param_spec_boolean ("can-undo", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CAN_REDO] =
    g_param_spec_boolean ("can-redo", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * JxDocument::changed:
   * @path: the JSON path of the value or list that changed ("" for many)
   */
  signals[CHANGED] =
    g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_STRING | G_SIGNAL_TYPE_STATIC_SCOPE);
}

static void
jx_document_init (JxDocument *self)
{
  self->undo = g_ptr_array_new_with_free_func ((GDestroyNotify) step_free);
  self->redo = g_ptr_array_new_with_free_func ((GDestroyNotify) step_free);
  self->merge_broken = TRUE;
  self->saving = -1;
}

JxDocument *
jx_document_new_for_data (JxDocData *data)
{
  JxDocument *self = g_object_new (JX_TYPE_DOCUMENT, NULL);

  g_return_val_if_fail (data != NULL, NULL);
  self->data = data;
  self->clean = 0;
  return self;
}

JxDocument *
jx_document_new (void)
{
  return jx_document_new_for_data (jx_doc_data_new ());
}

JxDocument *
jx_document_new_from_file (GFile   *file,
                           GError **error)
{
  JxFileIdentity identity;
  JxDocData *data;
  JxDocument *self;

  /* Looked at before reading: a change in between shows as a change, never the reverse. */
  jx_file_identity_query (file, &identity);
  data = jx_doc_data_load_file (file, error);
  if (data == NULL)
    return NULL;
  self = jx_document_new_for_data (data);
  self->file = g_object_ref (file);
  self->identity = identity;
  return self;
}
