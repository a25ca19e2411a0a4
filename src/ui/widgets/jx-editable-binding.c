/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "jx-editable-binding"

#include "config.h"

#include <glib/gi18n.h>

#include "jx-editable-binding.h"
#include "jx-ui-util.h"

#define BINDING_KEY "jx-editable-binding"

typedef struct {
  GtkEditable *editable;   /* not owned: the binding lives as long as the editable */
  JxDocument  *document;
  char        *path;
  gulong       changed_id;
  gboolean     updating;
} Binding;

static void
binding_free (Binding *b)
{
  g_clear_signal_handler (&b->changed_id, b->document);
  g_clear_object (&b->document);
  g_free (b->path);
  g_free (b);
}

static char *
read_text (Binding *b)
{
  g_autoptr(JsonNode) node = NULL;

  if (b->document == NULL || b->path == NULL)
    return NULL;
  node = jx_document_get_node (b->document, b->path);
  if (node == NULL)
    return NULL;
  if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING)
    return g_strdup (json_node_get_string (node));
  return g_strdup ("");
}

static void
refresh (Binding *b)
{
  g_autofree char *text = read_text (b);

  gtk_widget_set_sensitive (GTK_WIDGET (b->editable), text != NULL || b->document == NULL);
  if (g_strcmp0 (text != NULL ? text : "", gtk_editable_get_text (b->editable)) == 0)
    return;
  b->updating = TRUE;
  gtk_editable_set_text (b->editable, text != NULL ? text : "");
  b->updating = FALSE;
}

static void
on_text_changed (GtkEditable *editable,
                 Binding     *b)
{
  g_autoptr(GError) error = NULL;

  if (b->updating || b->document == NULL || b->path == NULL)
    return;
  if (!jx_document_set_string (b->document, b->path, gtk_editable_get_text (editable), &error))
    g_warning ("Cannot set %s: %s", b->path, error->message);
}

static void
on_edit_done (Binding *b)
{
  if (b->document != NULL)
    jx_document_break_merge (b->document);
}

static void
on_document_changed (JxDocument *document,
                     const char *path,
                     Binding    *b)
{
  if (b->path != NULL && jx_ui_path_affects (path, b->path))
    refresh (b);
}

static Binding *
get_binding (GtkEditable *editable)
{
  return g_object_get_data (G_OBJECT (editable), BINDING_KEY);
}

void
jx_editable_bind (GtkEditable *editable,
                  const char  *path)
{
  Binding *b;

  g_return_if_fail (GTK_IS_EDITABLE (editable));
  g_return_if_fail (path != NULL);

  b = get_binding (editable);
  if (b == NULL)
    {
      GtkEventController *focus = gtk_event_controller_focus_new ();

      b = g_new0 (Binding, 1);
      b->editable = editable;
      g_object_set_data_full (G_OBJECT (editable), BINDING_KEY, b, (GDestroyNotify) binding_free);
      g_signal_connect (editable, "changed", G_CALLBACK (on_text_changed), b);
      if (g_signal_lookup ("activate", G_OBJECT_TYPE (editable)) != 0)
        g_signal_connect_swapped (editable, "activate", G_CALLBACK (on_edit_done), b);
      if (g_signal_lookup ("entry-activated", G_OBJECT_TYPE (editable)) != 0)
        g_signal_connect_swapped (editable, "entry-activated", G_CALLBACK (on_edit_done), b);
      if (g_signal_lookup ("apply", G_OBJECT_TYPE (editable)) != 0)
        g_signal_connect_swapped (editable, "apply", G_CALLBACK (on_edit_done), b);
      g_signal_connect_swapped (focus, "leave", G_CALLBACK (on_edit_done), b);
      gtk_widget_add_controller (GTK_WIDGET (editable), focus);
      gtk_editable_set_enable_undo (editable, FALSE);
    }
  if (g_strcmp0 (b->path, path) != 0)
    {
      g_free (b->path);
      b->path = g_strdup (path);
      refresh (b);
    }
}

void
jx_editable_binding_set_document (GtkEditable *editable,
                                  JxDocument  *document)
{
  Binding *b;

  g_return_if_fail (GTK_IS_EDITABLE (editable));
  g_return_if_fail (document == NULL || JX_IS_DOCUMENT (document));

  b = get_binding (editable);
  g_return_if_fail (b != NULL);
  if (b->document == document)
    return;
  g_clear_signal_handler (&b->changed_id, b->document);
  g_set_object (&b->document, document);
  if (document != NULL)
    b->changed_id = g_signal_connect (document, "changed", G_CALLBACK (on_document_changed), b);
  refresh (b);
}

const char *
jx_editable_binding_get_path (GtkEditable *editable)
{
  Binding *b;

  g_return_val_if_fail (GTK_IS_EDITABLE (editable), NULL);
  b = get_binding (editable);
  return b != NULL ? b->path : NULL;
}
