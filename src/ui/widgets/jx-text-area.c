/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "jx-text-area"

#include "config.h"

#include <glib/gi18n.h>

#include "jx-text-area.h"
#include "jx-text-breaks.h"
#include "jx-ui-util.h"

struct _JxTextArea
{
  GtkTextView  parent_instance;

  JxDocument  *document;
  char        *path;
  gulong       changed_id;
  gboolean     updating;
};

G_DEFINE_FINAL_TYPE (JxTextArea, jx_text_area, GTK_TYPE_TEXT_VIEW)

enum {
  PROP_0,
  PROP_DOCUMENT,
  PROP_PATH,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The document's text at our path; NULL when there is none. */
static char *
read_text (JxTextArea *self)
{
  g_autoptr(JsonNode) node = NULL;

  if (self->document == NULL || self->path == NULL)
    return NULL;
  node = jx_document_get_node (self->document, self->path);
  if (node == NULL)
    return NULL;
  if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING)
    return g_strdup (json_node_get_string (node));
  return g_strdup ("");
}

static char *
buffer_text (JxTextArea *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self));
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

/* Pango wraps a long unbroken word in quadratic time (a 100,000-character one froze the
 * conclusion page for 19 s): a text that holds one wraps by characters, which is linear;
 * other texts by words, as before (jx-text-breaks.h). */
static void
choose_wrap (JxTextArea *self,
             const char *text)
{
  GtkWrapMode mode = jx_text_has_long_run (text, -1) ? GTK_WRAP_CHAR : GTK_WRAP_WORD_CHAR;

  if (gtk_text_view_get_wrap_mode (GTK_TEXT_VIEW (self)) != mode)
    gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (self), mode);
}

static void
refresh (JxTextArea *self)
{
  g_autofree char *text = read_text (self);
  g_autofree char *shown = buffer_text (self);

  gtk_widget_set_sensitive (GTK_WIDGET (self), text != NULL || self->document == NULL);
  if (g_strcmp0 (text != NULL ? text : "", shown) == 0)
    return;
  choose_wrap (self, text);
  self->updating = TRUE;
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (self)), text != NULL ? text : "", -1);
  self->updating = FALSE;
}

static void
on_buffer_changed (GtkTextBuffer *buffer,
                   JxTextArea    *self)
{
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;

  if (self->updating || self->document == NULL || self->path == NULL)
    return;
  text = buffer_text (self);
  choose_wrap (self, text);
  if (!jx_document_set_string (self->document, self->path, text, &error))
    g_warning ("Cannot set %s: %s", self->path, error->message);
}

static void
on_focus_leave (JxTextArea *self)
{
  if (self->document != NULL)
    jx_document_break_merge (self->document);
}

static void
on_document_changed (JxDocument *document,
                     const char *path,
                     JxTextArea *self)
{
  if (self->path != NULL && jx_ui_path_affects (path, self->path))
    refresh (self);
}

static void
jx_text_area_dispose (GObject *object)
{
  JxTextArea *self = (JxTextArea *) object;

  g_clear_signal_handler (&self->changed_id, self->document);
  g_clear_object (&self->document);
  G_OBJECT_CLASS (jx_text_area_parent_class)->dispose (object);
}

static void
jx_text_area_finalize (GObject *object)
{
  JxTextArea *self = (JxTextArea *) object;

  g_clear_pointer (&self->path, g_free);
  G_OBJECT_CLASS (jx_text_area_parent_class)->finalize (object);
}

static void
jx_text_area_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  JxTextArea *self = JX_TEXT_AREA (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      g_value_set_object (value, self->document);
      break;
    case PROP_PATH:
      g_value_set_string (value, self->path);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
jx_text_area_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  JxTextArea *self = JX_TEXT_AREA (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      jx_text_area_set_document (self, g_value_get_object (value));
      break;
    case PROP_PATH:
      jx_text_area_set_path (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
jx_text_area_class_init (JxTextAreaClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = jx_text_area_dispose;
  object_class->finalize = jx_text_area_finalize;
  object_class->get_property = jx_text_area_get_property;
  object_class->set_property = jx_text_area_set_property;

  properties[PROP_DOCUMENT] =
    g_param_spec_object ("document", NULL, NULL, JX_TYPE_DOCUMENT,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PATH] =
    g_param_spec_string ("path", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
jx_text_area_init (JxTextArea *self)
{
  GtkTextView *view = GTK_TEXT_VIEW (self);
  GtkEventController *focus = gtk_event_controller_focus_new ();

  gtk_text_view_set_wrap_mode (view, GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_accepts_tab (view, FALSE);
  gtk_text_view_set_left_margin (view, 12);
  gtk_text_view_set_right_margin (view, 12);
  gtk_text_view_set_top_margin (view, 10);
  gtk_text_view_set_bottom_margin (view, 10);
  gtk_text_view_set_pixels_inside_wrap (view, 2);
  gtk_text_view_set_pixels_below_lines (view, 4);
  gtk_text_buffer_set_enable_undo (gtk_text_view_get_buffer (view), FALSE);
  gtk_widget_add_css_class (GTK_WIDGET (self), "jx-text-area");
  gtk_widget_add_css_class (GTK_WIDGET (self), "card");

  g_signal_connect (gtk_text_view_get_buffer (view), "changed", G_CALLBACK (on_buffer_changed), self);
  g_signal_connect_swapped (focus, "leave", G_CALLBACK (on_focus_leave), self);
  gtk_widget_add_controller (GTK_WIDGET (self), focus);
}

GtkWidget *
jx_text_area_new (const char *path)
{
  return g_object_new (JX_TYPE_TEXT_AREA, "path", path, NULL);
}

JxDocument *
jx_text_area_get_document (JxTextArea *self)
{
  g_return_val_if_fail (JX_IS_TEXT_AREA (self), NULL);
  return self->document;
}

void
jx_text_area_set_document (JxTextArea *self,
                           JxDocument *document)
{
  g_return_if_fail (JX_IS_TEXT_AREA (self));
  g_return_if_fail (document == NULL || JX_IS_DOCUMENT (document));

  if (self->document == document)
    return;
  g_clear_signal_handler (&self->changed_id, self->document);
  g_set_object (&self->document, document);
  if (document != NULL)
    self->changed_id = g_signal_connect (document, "changed", G_CALLBACK (on_document_changed), self);
  refresh (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DOCUMENT]);
}

const char *
jx_text_area_get_path (JxTextArea *self)
{
  g_return_val_if_fail (JX_IS_TEXT_AREA (self), NULL);
  return self->path;
}

void
jx_text_area_set_path (JxTextArea *self,
                       const char *path)
{
  g_return_if_fail (JX_IS_TEXT_AREA (self));

  if (g_strcmp0 (self->path, path) == 0)
    return;
  g_free (self->path);
  self->path = g_strdup (path);
  refresh (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PATH]);
}
