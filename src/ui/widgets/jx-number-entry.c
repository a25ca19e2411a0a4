/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "jx-number-entry"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <stdlib.h>

#include <adwaita.h>

#include "jx-money.h"
#include "jx-number-entry.h"
#include "jx-path.h"
#include "jx-typed.h"
#include "jx-ui-util.h"

G_DEFINE_ENUM_TYPE (JxNumberKind, jx_number_kind,
                    G_DEFINE_ENUM_VALUE (JX_NUMBER_KIND_MONEY, "money"),
                    G_DEFINE_ENUM_VALUE (JX_NUMBER_KIND_COUNT, "count"),
                    G_DEFINE_ENUM_VALUE (JX_NUMBER_KIND_NUMBER, "number"),
                    G_DEFINE_ENUM_VALUE (JX_NUMBER_KIND_INTEGER, "integer"))

/* A value of any kind: money and counts in `i`, numbers in `d`. */
typedef struct {
  gboolean set;
  gint64   i;
  double   d;
} Value;

struct _JxNumberEntry
{
  GtkEntry      parent_instance;

  JxDocument   *document;
  char         *path;
  JxNumberKind  kind;
  char         *error;
  char         *findings_text;
  JxSeverity    findings_severity;
  gulong        changed_id;
  guint         empty_id;    /* pending commit of an emptied field */
  guint         leave_id;    /* pending end of the edit after the focus left */
  GtkWidget    *root;        /* while rooted, whose focus-widget is followed */
  gulong        focus_id;
  gboolean      updating;    /* the text is set from the document */
  gboolean      committing;  /* the document is set from the text */
  gboolean      editing;     /* typed since the focus came or the edit ended */
  Value         edit_start;  /* the document's value when the edit began */
};

G_DEFINE_FINAL_TYPE (JxNumberEntry, jx_number_entry, GTK_TYPE_ENTRY)

enum {
  PROP_0,
  PROP_DOCUMENT,
  PROP_PATH,
  PROP_KIND,
  PROP_ERROR,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* ---- values ---- */

static gboolean
value_equal (const Value *a,
             const Value *b)
{
  if (a->set != b->set)
    return FALSE;
  if (!a->set)
    return TRUE;
  return a->i == b->i && (a->d == b->d || (isnan (a->d) && isnan (b->d)));
}

/* The document's value at our path; FALSE when the path does not resolve. */
static gboolean
read_value (JxNumberEntry *self,
            Value         *value)
{
  JxPathTarget t;

  memset (value, 0, sizeof *value);
  value->d = NAN;
  if (self->document == NULL || self->path == NULL
      || !jx_path_resolve (jx_document_peek_data (self->document), self->path, &t, NULL)
      || t.index >= 0)
    return FALSE;

  switch (t.field->kind)
    {
    case JX_FIELD_MONEY:
      value->i = *JX_FIELD_AT (t.record, t.field, JxMoney);
      value->set = JX_MONEY_IS_SET (value->i);
      return TRUE;
    case JX_FIELD_COUNT:
    case JX_FIELD_INT:
      value->i = *JX_FIELD_AT (t.record, t.field, gint);
      value->set = t.field->kind == JX_FIELD_INT || JX_COUNT_IS_SET (value->i);
      return TRUE;
    case JX_FIELD_NUMBER:
      value->d = *JX_FIELD_AT (t.record, t.field, double);
      value->set = JX_NUMBER_IS_SET (value->d);
      return TRUE;
    default:
      return FALSE;
    }
}

static char *
format_value (JxNumberKind kind,
              const Value *value)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];

  if (!value->set)
    return g_strdup ("");
  switch (kind)
    {
    case JX_NUMBER_KIND_MONEY:
      {
        /* Two decimals and grouped, as the computed sums and the report print them; more
         * decimals only when the figure has more. */
        JxMoney frac = (value->i < 0 ? -value->i : value->i) % JX_MONEY_PER_WAN;
        int decimals = 6;

        while (decimals > 2 && frac % 10 == 0)
          frac /= 10, decimals--;
        return jx_money_format (value->i, decimals, TRUE);
      }
    case JX_NUMBER_KIND_COUNT:
    case JX_NUMBER_KIND_INTEGER:
      return g_strdup_printf ("%" G_GINT64_FORMAT, value->i);
    case JX_NUMBER_KIND_NUMBER:
    default:
      return g_strdup (g_ascii_formatd (buf, sizeof buf, "%.10g", value->d));
    }
}

/* Parses `text` as the clerk typed it. Returns the reason when it is refused. */
static char *
parse_text (JxNumberKind  kind,
            const char   *text,
            Value        *value)
{
  g_autofree char *stripped = g_strstrip (g_strdup (text));
  g_autoptr(GError) error = NULL;

  memset (value, 0, sizeof *value);
  value->d = NAN;

  if (stripped[0] == '\0')
    {
      if (kind == JX_NUMBER_KIND_INTEGER)
        return g_strdup (_("Required: type a whole number, such as 2020"));
      return NULL;   /* not stated */
    }

  switch (kind)
    {
    case JX_NUMBER_KIND_MONEY:
      if (!jx_money_parse (stripped, &value->i, &error))
        {
          if (g_error_matches (error, JX_MONEY_ERROR, JX_MONEY_ERROR_SYNTAX))
            return g_strdup_printf (_("“%s” is not an amount: type digits in 万元, such as 645.88"), stripped);
          return g_strdup (error->message);
        }
      value->set = TRUE;
      return NULL;

    case JX_NUMBER_KIND_COUNT:
      {
        gboolean out_of_range = FALSE;
        gint64 n;

        if (!jx_typed_parse_integer (stripped, 0, G_MAXINT, &n, &out_of_range))
          {
            if (out_of_range && stripped[0] == '-')
              return g_strdup (_("A number of people cannot be negative"));
            if (out_of_range)
              return g_strdup_printf (_("“%s” is too large for a number of people"), stripped);
            return g_strdup_printf (_("“%s” is not a number of people: type a whole number, such as 93"), stripped);
          }
        value->i = n;
        value->set = TRUE;
        return NULL;
      }

    case JX_NUMBER_KIND_INTEGER:
      {
        gint64 n;

        if (!jx_typed_parse_integer (stripped, G_MININT, G_MAXINT, &n, NULL))
          return g_strdup_printf (_("“%s” is not a whole number, such as 2020"), stripped);
        value->i = n;
        value->set = TRUE;
        return NULL;
      }

    case JX_NUMBER_KIND_NUMBER:
    default:
      {
        double d;

        if (!jx_typed_parse_number (stripped, NULL, &d))
          return g_strdup_printf (_("“%s” is not a number: type digits, such as 95 or 12.5"), stripped);
        value->d = d;
        value->set = TRUE;
        return NULL;
      }
    }
}

/* ---- state and style ---- */

static void
update_style (JxNumberEntry *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  const char *icon = NULL;
  const char *text = NULL;

  gtk_widget_remove_css_class (widget, "error");
  gtk_widget_remove_css_class (widget, "warning");

  if (self->error != NULL)
    {
      gtk_widget_add_css_class (widget, "error");
      icon = "dialog-error-symbolic";
      text = self->error;
    }
  else if (self->findings_text != NULL)
    {
      switch (self->findings_severity)
        {
        case JX_SEVERITY_ERROR:
          gtk_widget_add_css_class (widget, "error");
          icon = "dialog-error-symbolic";
          break;
        case JX_SEVERITY_WARNING:
          gtk_widget_add_css_class (widget, "warning");
          icon = "dialog-warning-symbolic";
          break;
        case JX_SEVERITY_INFO:
        default:
          icon = "dialog-information-symbolic";
          break;
        }
      text = self->findings_text;
    }

  /* The icon's place is always taken, by an invisible icon while there is nothing to say: an
   * entry that shows an error does not grow (the columns of a table of entries kept shifting). */
  if (icon == NULL)
    gtk_widget_add_css_class (widget, "jx-no-state");
  else
    gtk_widget_remove_css_class (widget, "jx-no-state");
  gtk_entry_set_icon_from_icon_name (GTK_ENTRY (self), GTK_ENTRY_ICON_SECONDARY,
                                     icon != NULL ? icon : "dialog-information-symbolic");
  gtk_entry_set_icon_tooltip_text (GTK_ENTRY (self), GTK_ENTRY_ICON_SECONDARY, text);
  gtk_widget_set_tooltip_text (widget, text);
  if (text != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, text, -1);
  else
    gtk_accessible_reset_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
  gtk_accessible_update_state (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_STATE_INVALID,
                               self->error != NULL ? GTK_ACCESSIBLE_INVALID_TRUE : GTK_ACCESSIBLE_INVALID_FALSE,
                               -1);
}

static void
set_error (JxNumberEntry *self,
           const char    *error)
{
  if (g_strcmp0 (self->error, error) == 0)
    return;
  g_free (self->error);
  self->error = g_strdup (error);
  update_style (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ERROR]);
}

static void
show_value (JxNumberEntry *self,
            const Value   *value)
{
  g_autofree char *text = format_value (self->kind, value);

  self->updating = TRUE;
  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (self)), text) != 0)
    gtk_editable_set_text (GTK_EDITABLE (self), text);
  self->updating = FALSE;
  set_error (self, NULL);
}

/* Shows the document's value unless the text already says it. */
static void
refresh (JxNumberEntry *self,
         gboolean       reformat)
{
  Value doc_value, typed;
  g_autofree char *error = NULL;

  if (!read_value (self, &doc_value))
    {
      gtk_widget_set_sensitive (GTK_WIDGET (self), self->document == NULL);
      self->updating = TRUE;
      gtk_editable_set_text (GTK_EDITABLE (self), "");
      self->updating = FALSE;
      set_error (self, NULL);
      return;
    }
  gtk_widget_set_sensitive (GTK_WIDGET (self), TRUE);

  error = parse_text (self->kind, gtk_editable_get_text (GTK_EDITABLE (self)), &typed);
  if (error == NULL && value_equal (&typed, &doc_value) && !reformat)
    return;
  show_value (self, &doc_value);
}

static void
commit (JxNumberEntry *self,
        const Value   *value)
{
  g_autoptr(GError) error = NULL;
  Value current;
  gboolean ok;

  if (!read_value (self, &current) || value_equal (&current, value))
    return;
  if (!self->editing)
    {
      self->editing = TRUE;
      self->edit_start = current;
    }

  self->committing = TRUE;
  switch (self->kind)
    {
    case JX_NUMBER_KIND_MONEY:
      ok = jx_document_set_money (self->document, self->path, value->set ? value->i : JX_MONEY_NONE, &error);
      break;
    case JX_NUMBER_KIND_COUNT:
      ok = jx_document_set_int (self->document, self->path, value->set ? (int) value->i : JX_COUNT_NONE, &error);
      break;
    case JX_NUMBER_KIND_INTEGER:
      ok = jx_document_set_int (self->document, self->path, (int) value->i, &error);
      break;
    case JX_NUMBER_KIND_NUMBER:
    default:
      ok = jx_document_set_number (self->document, self->path, value->set ? value->d : NAN, &error);
      break;
    }
  self->committing = FALSE;
  if (!ok)
    set_error (self, error->message);
}

/* The text is refused: the document goes back to what it held before the edit began, so a
 * half-typed prefix ("9999999" of "99999999999999999999") is never computed nor saved. */
static void
restore_edit_start (JxNumberEntry *self)
{
  Value start = self->edit_start;

  if (!self->editing || self->document == NULL)
    return;
  commit (self, &start);
}

/* ---- signal handlers ---- */

/* Emptying a field commits "not stated" only once the text stays empty: replacing the text
 * (a paste over a selection, gtk_editable_set_text()) deletes it before inserting the new one. */
static gboolean
commit_empty (gpointer data)
{
  JxNumberEntry *self = data;
  g_autofree char *error = NULL;
  Value value;

  self->empty_id = 0;
  error = parse_text (self->kind, gtk_editable_get_text (GTK_EDITABLE (self)), &value);
  if (error == NULL && !value.set && self->document != NULL)
    commit (self, &value);
  return G_SOURCE_REMOVE;
}

static void
on_text_changed (JxNumberEntry *self)
{
  g_autofree char *error = NULL;
  Value value;

  if (self->updating)
    return;
  g_clear_handle_id (&self->empty_id, g_source_remove);
  error = parse_text (self->kind, gtk_editable_get_text (GTK_EDITABLE (self)), &value);
  set_error (self, error);
  if (self->document == NULL)
    return;
  if (error != NULL)
    restore_edit_start (self);
  else if (value.set)
    commit (self, &value);
  else
    self->empty_id = g_idle_add (commit_empty, self);
}

/* Whether the focus is in this entry (its text), though perhaps in a window that is not active. */
static gboolean
focus_is_inside (JxNumberEntry *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;

  return focus != NULL && (focus == GTK_WIDGET (self) || gtk_widget_is_ancestor (focus, GTK_WIDGET (self)));
}

/* Leaving a field with a refused text shows the document's value again, which the document
 * kept, and says so: what is shown is what is computed and saved. (Enter keeps the text, to
 * be mended; so does a window that merely loses the focus to another.) */
static void
drop_refused_text (JxNumberEntry *self)
{
  g_autofree char *reason = NULL;
  g_autofree char *message = NULL;
  g_autofree char *shown = NULL;
  GtkWidget *overlay;
  Value value;

  if (self->error == NULL || !read_value (self, &value))
    return;
  reason = g_strdup (self->error);
  shown = format_value (self->kind, &value);
  show_value (self, &value);
  if (shown[0] != '\0')
    /* Translators: the entry's text was refused when the focus left; the field shows its
     * previous value again. The first %s is the reason, e.g. "“1e9” is not an amount: …". */
    message = g_strdup_printf (_("%s. The field keeps %s."), reason, shown);
  else
    message = g_strdup_printf (_("%s. The field stays not stated."), reason);
  overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);
  if (overlay != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), adw_toast_new (message));
}

static void
end_edit (JxNumberEntry *self)
{
  if (self->empty_id != 0)
    {
      g_clear_handle_id (&self->empty_id, g_source_remove);
      commit_empty (self);
    }
  if (self->document == NULL)
    return;
  jx_document_break_merge (self->document);
  self->editing = FALSE;
  if (self->error == NULL)
    refresh (self, TRUE);
}

static gboolean
end_edit_after_leave (gpointer data)
{
  JxNumberEntry *self = data;

  self->leave_id = 0;
  if (focus_is_inside (self))
    return G_SOURCE_REMOVE;   /* the window lost the focus, not the field */
  end_edit (self);
  drop_refused_text (self);
  return G_SOURCE_REMOVE;
}

static void
on_focus_leave (JxNumberEntry *self)
{
  /* Once GTK has moved the focus: then it is known whether it left the window or the field. */
  if (self->leave_id == 0)
    self->leave_id = g_idle_add (end_edit_after_leave, self);
}

/* The window's focus moved: when away from this field, the edit ends now. (A window that is
 * not active moves its focus without the focus controller's "leave".) */
static void
on_root_focus_changed (JxNumberEntry *self)
{
  if ((self->editing || self->error != NULL || self->leave_id != 0) && !focus_is_inside (self))
    {
      g_clear_handle_id (&self->leave_id, g_source_remove);
      end_edit (self);
      drop_refused_text (self);
    }
}

static void
jx_number_entry_root (GtkWidget *widget)
{
  JxNumberEntry *self = JX_NUMBER_ENTRY (widget);

  GTK_WIDGET_CLASS (jx_number_entry_parent_class)->root (widget);
  self->root = GTK_WIDGET (gtk_widget_get_root (widget));
  self->focus_id = g_signal_connect_swapped (self->root, "notify::focus-widget",
                                             G_CALLBACK (on_root_focus_changed), self);
}

static void
jx_number_entry_unroot (GtkWidget *widget)
{
  JxNumberEntry *self = JX_NUMBER_ENTRY (widget);

  g_clear_signal_handler (&self->focus_id, self->root);
  self->root = NULL;
  GTK_WIDGET_CLASS (jx_number_entry_parent_class)->unroot (widget);
}

static void
on_document_changed (JxDocument    *document,
                     const char    *path,
                     JxNumberEntry *self)
{
  if (self->committing)
    return;
  if (self->path != NULL && jx_ui_path_affects (path, self->path))
    {
      /* Undo, redo, a paste: what the document holds now is where a new edit begins. */
      self->editing = FALSE;
      refresh (self, FALSE);
    }
}

/* ---- GObject ---- */

static void
jx_number_entry_dispose (GObject *object)
{
  JxNumberEntry *self = (JxNumberEntry *) object;

  g_clear_handle_id (&self->empty_id, g_source_remove);
  g_clear_handle_id (&self->leave_id, g_source_remove);
  g_clear_signal_handler (&self->changed_id, self->document);
  g_clear_object (&self->document);
  G_OBJECT_CLASS (jx_number_entry_parent_class)->dispose (object);
}

static void
jx_number_entry_finalize (GObject *object)
{
  JxNumberEntry *self = (JxNumberEntry *) object;

  g_clear_pointer (&self->path, g_free);
  g_clear_pointer (&self->error, g_free);
  g_clear_pointer (&self->findings_text, g_free);
  G_OBJECT_CLASS (jx_number_entry_parent_class)->finalize (object);
}

static void
jx_number_entry_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  JxNumberEntry *self = JX_NUMBER_ENTRY (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      g_value_set_object (value, self->document);
      break;
    case PROP_PATH:
      g_value_set_string (value, self->path);
      break;
    case PROP_KIND:
      g_value_set_enum (value, self->kind);
      break;
    case PROP_ERROR:
      g_value_set_string (value, self->error);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
jx_number_entry_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  JxNumberEntry *self = JX_NUMBER_ENTRY (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      jx_number_entry_set_document (self, g_value_get_object (value));
      break;
    case PROP_PATH:
      jx_number_entry_set_path (self, g_value_get_string (value));
      break;
    case PROP_KIND:
      jx_number_entry_set_kind (self, g_value_get_enum (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
jx_number_entry_class_init (JxNumberEntryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = jx_number_entry_dispose;
  object_class->finalize = jx_number_entry_finalize;
  object_class->get_property = jx_number_entry_get_property;
  object_class->set_property = jx_number_entry_set_property;
  GTK_WIDGET_CLASS (klass)->root = jx_number_entry_root;
  GTK_WIDGET_CLASS (klass)->unroot = jx_number_entry_unroot;

  properties[PROP_DOCUMENT] =
    g_param_spec_object ("document", NULL, NULL, JX_TYPE_DOCUMENT,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PATH] =
    g_param_spec_string ("path", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL, JX_TYPE_NUMBER_KIND, JX_NUMBER_KIND_MONEY,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ERROR] =
    g_param_spec_string ("error", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
jx_number_entry_init (JxNumberEntry *self)
{
  GtkEventController *focus = gtk_event_controller_focus_new ();

  gtk_editable_set_alignment (GTK_EDITABLE (self), 1.0);
  gtk_editable_set_width_chars (GTK_EDITABLE (self), 10);
  gtk_editable_set_max_width_chars (GTK_EDITABLE (self), 12);
  /* Ctrl+Z is the document's undo, which also restores this field. */
  gtk_editable_set_enable_undo (GTK_EDITABLE (self), FALSE);
  gtk_entry_set_input_purpose (GTK_ENTRY (self), GTK_INPUT_PURPOSE_NUMBER);
  gtk_entry_set_placeholder_text (GTK_ENTRY (self), _("not stated"));
  gtk_widget_set_valign (GTK_WIDGET (self), GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (GTK_WIDGET (self), "numeric");
  gtk_widget_add_css_class (GTK_WIDGET (self), "jx-number-entry");

  g_signal_connect (self, "changed", G_CALLBACK (on_text_changed), NULL);
  g_signal_connect (self, "activate", G_CALLBACK (end_edit), NULL);
  g_signal_connect_swapped (focus, "leave", G_CALLBACK (on_focus_leave), self);
  gtk_widget_add_controller (GTK_WIDGET (self), focus);
  update_style (self);
}

GtkWidget *
jx_number_entry_new (JxNumberKind  kind,
                     const char   *path)
{
  return g_object_new (JX_TYPE_NUMBER_ENTRY, "kind", kind, "path", path, NULL);
}

JxNumberKind
jx_number_entry_get_kind (JxNumberEntry *self)
{
  g_return_val_if_fail (JX_IS_NUMBER_ENTRY (self), JX_NUMBER_KIND_MONEY);
  return self->kind;
}

void
jx_number_entry_set_kind (JxNumberEntry *self,
                          JxNumberKind   kind)
{
  g_return_if_fail (JX_IS_NUMBER_ENTRY (self));

  if (self->kind == kind)
    return;
  self->kind = kind;
  gtk_entry_set_input_purpose (GTK_ENTRY (self),
                               kind == JX_NUMBER_KIND_COUNT || kind == JX_NUMBER_KIND_INTEGER
                               ? GTK_INPUT_PURPOSE_DIGITS : GTK_INPUT_PURPOSE_NUMBER);
  refresh (self, TRUE);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KIND]);
}

JxDocument *
jx_number_entry_get_document (JxNumberEntry *self)
{
  g_return_val_if_fail (JX_IS_NUMBER_ENTRY (self), NULL);
  return self->document;
}

void
jx_number_entry_set_document (JxNumberEntry *self,
                              JxDocument    *document)
{
  g_return_if_fail (JX_IS_NUMBER_ENTRY (self));
  g_return_if_fail (document == NULL || JX_IS_DOCUMENT (document));

  if (self->document == document)
    return;
  g_clear_signal_handler (&self->changed_id, self->document);
  g_set_object (&self->document, document);
  if (document != NULL)
    self->changed_id = g_signal_connect (document, "changed", G_CALLBACK (on_document_changed), self);
  refresh (self, TRUE);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DOCUMENT]);
}

const char *
jx_number_entry_get_path (JxNumberEntry *self)
{
  g_return_val_if_fail (JX_IS_NUMBER_ENTRY (self), NULL);
  return self->path;
}

void
jx_number_entry_set_path (JxNumberEntry *self,
                          const char    *path)
{
  g_return_if_fail (JX_IS_NUMBER_ENTRY (self));

  if (g_strcmp0 (self->path, path) == 0)
    return;
  g_free (self->path);
  self->path = g_strdup (path);
  refresh (self, TRUE);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PATH]);
}

const char *
jx_number_entry_get_error (JxNumberEntry *self)
{
  g_return_val_if_fail (JX_IS_NUMBER_ENTRY (self), NULL);
  return self->error;
}

void
jx_number_entry_set_findings (JxNumberEntry *self,
                              GPtrArray     *findings)
{
  g_autofree char *text = NULL;
  JxSeverity severity = JX_SEVERITY_INFO;

  g_return_if_fail (JX_IS_NUMBER_ENTRY (self));

  text = jx_findings_to_text (findings, &severity);
  if (g_strcmp0 (text, self->findings_text) == 0 && severity == self->findings_severity)
    return;
  g_free (self->findings_text);
  self->findings_text = g_steal_pointer (&text);
  self->findings_severity = severity;
  update_style (self);
}
