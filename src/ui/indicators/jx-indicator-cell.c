/* SPDX-License-Identifier: GPL-3.0-or-later */
/* jx-indicator-cell.c: a spreadsheet cell of the indicator table. */
#define G_LOG_DOMAIN "jx-indicator-cell"

#include "config.h"

#include <glib/gi18n.h>

#include "jx-indicator-cell.h"

struct _JxIndicatorCell
{
  GtkWidget       parent_instance;

  JxColumn        column;
  const JxIndicatorCellDelegate *delegate;
  gpointer        data;

  GtkListItem    *item;      /* borrowed */
  JxIndicatorRow *row;       /* owned */

  GtkWidget      *icon;
  GtkWidget      *label;
  GtkWidget      *editor;    /* GtkText while editing */
  GtkWidget      *hint;      /* GtkPopover, made on demand */
  GtkWidget      *hint_label;
  GtkIMContext   *im;        /* while focused */
  GtkEventController *key;  /* borrowed: the cell's own key controller */

  char           *edit_text;
  char           *hint_text;
  char           *tooltip;
  char           *accessible;
  const char     *icon_name;   /* static strings */
  int             severity;
  guint           flags;     /* JxCellFlags */
  gboolean        valid;
  gboolean        stopping;
  guint           leave_idle;
};

G_DEFINE_FINAL_TYPE (JxIndicatorCell, jx_indicator_cell, GTK_TYPE_WIDGET)

static const char * const state_classes[] = {
  "editable", "numeric", "dim", "differs", "activatable", "branch", "dimension",
};

/* ---- hint ---- */

static void
show_hint (JxIndicatorCell *self,
           const char      *text,
           gboolean         error)
{
  g_free (self->hint_text);
  self->hint_text = g_strdup (text);

  if (text == NULL || self->editor == NULL)
    {
      if (self->hint != NULL)
        gtk_popover_popdown (GTK_POPOVER (self->hint));
      if (self->editor != NULL)
        gtk_accessible_reset_property (GTK_ACCESSIBLE (self->editor), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
      return;
    }
  if (self->hint == NULL)
    {
      self->hint = gtk_popover_new ();
      gtk_popover_set_autohide (GTK_POPOVER (self->hint), FALSE);
      gtk_popover_set_has_arrow (GTK_POPOVER (self->hint), TRUE);
      gtk_popover_set_position (GTK_POPOVER (self->hint), GTK_POS_BOTTOM);
      gtk_widget_set_can_focus (self->hint, FALSE);
      gtk_widget_set_can_target (self->hint, FALSE);
      gtk_widget_add_css_class (self->hint, "jx-cell-hint");
      self->hint_label = gtk_label_new (NULL);
      gtk_label_set_wrap (GTK_LABEL (self->hint_label), TRUE);
      gtk_label_set_max_width_chars (GTK_LABEL (self->hint_label), 40);
      gtk_label_set_xalign (GTK_LABEL (self->hint_label), 0);
      gtk_popover_set_child (GTK_POPOVER (self->hint), self->hint_label);
      gtk_widget_set_parent (self->hint, GTK_WIDGET (self));
    }
  gtk_label_set_text (GTK_LABEL (self->hint_label), text);
  if (error)
    gtk_widget_add_css_class (self->hint, "error");
  else
    gtk_widget_remove_css_class (self->hint, "error");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->editor), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, text, -1);
  gtk_popover_popup (GTK_POPOVER (self->hint));
}

static void
validate (JxIndicatorCell *self)
{
  g_autofree char *hint = NULL;
  const char *text;

  if (self->editor == NULL)
    return;
  text = gtk_editable_get_text (GTK_EDITABLE (self->editor));
  self->valid = self->delegate->validate == NULL
                || self->delegate->validate (self, text, &hint, self->data);
  if (self->valid)
    gtk_widget_remove_css_class (GTK_WIDGET (self), "invalid");
  else
    gtk_widget_add_css_class (GTK_WIDGET (self), "invalid");
  gtk_accessible_update_state (GTK_ACCESSIBLE (self->editor), GTK_ACCESSIBLE_STATE_INVALID,
                               self->valid ? GTK_ACCESSIBLE_INVALID_FALSE : GTK_ACCESSIBLE_INVALID_TRUE, -1);
  show_hint (self, hint, !self->valid);
}

/* ---- editing ---- */

static void
on_editor_changed (GtkEditable     *editable,
                   JxIndicatorCell *self)
{
  validate (self);
}

static gboolean
stop_after_leave (gpointer data)
{
  JxIndicatorCell *self = data;

  self->leave_idle = 0;
  if (self->editor != NULL && !gtk_widget_has_focus (self->editor))
    jx_indicator_cell_stop_editing (self, self->valid);
  return G_SOURCE_REMOVE;
}

static void
on_editor_focus_leave (GtkEventControllerFocus *controller,
                       JxIndicatorCell         *self)
{
  /* Clicking elsewhere keeps what was typed when it is valid. Not now: GTK is still moving
   * the focus away from the editor, which must not be destroyed under it. */
  if (self->editor != NULL && !self->stopping && self->leave_idle == 0)
    self->leave_idle = g_idle_add (stop_after_leave, self);
}

static gboolean
commit_and_move (JxIndicatorCell *self,
                 JxCellMove       move,
                 int              dx,
                 int              dy)
{
  g_autoptr(JxIndicatorCell) keep = g_object_ref (self);

  if (!jx_indicator_cell_stop_editing (self, TRUE))
    {
      gtk_widget_error_bell (GTK_WIDGET (self));
      return TRUE;
    }
  if (self->delegate->navigate != NULL)
    self->delegate->navigate (self, move, dx, dy, FALSE, self->data);
  return TRUE;
}

static gboolean
on_key_capture (GtkEventControllerKey *controller,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                JxIndicatorCell       *self)
{
  gboolean shift = (state & GDK_SHIFT_MASK) != 0;

  if (self->editor == NULL || (state & (GDK_CONTROL_MASK | GDK_ALT_MASK)) != 0)
    return FALSE;

  switch (keyval)
    {
    case GDK_KEY_Return:
    case GDK_KEY_KP_Enter:
    case GDK_KEY_ISO_Enter:
      return commit_and_move (self, JX_CELL_MOVE_CELL, 0, shift ? -1 : 1);
    case GDK_KEY_Tab:
    case GDK_KEY_KP_Tab:
    case GDK_KEY_ISO_Left_Tab:
      return commit_and_move (self, JX_CELL_MOVE_TAB, shift || keyval == GDK_KEY_ISO_Left_Tab ? -1 : 1, 0);
    case GDK_KEY_Escape:
      jx_indicator_cell_stop_editing (self, FALSE);
      return TRUE;
    default:
      return FALSE;
    }
}

static gboolean
navigate (JxIndicatorCell *self,
          JxCellMove       move,
          int              dx,
          int              dy,
          gboolean         extend)
{
  if (self->delegate->navigate != NULL)
    self->delegate->navigate (self, move, dx, dy, extend, self->data);
  return TRUE;
}

static gboolean
on_key_pressed (GtkEventControllerKey *controller,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                JxIndicatorCell       *self)
{
  gboolean shift = (state & GDK_SHIFT_MASK) != 0;
  gboolean ctrl = (state & GDK_CONTROL_MASK) != 0;

  if (self->editor != NULL || (state & GDK_ALT_MASK) != 0)
    return FALSE;

  switch (keyval)
    {
    case GDK_KEY_Return:
    case GDK_KEY_KP_Enter:
    case GDK_KEY_ISO_Enter:
    case GDK_KEY_F2:
      if (ctrl)
        return FALSE;
      if (self->flags & JX_CELL_EDITABLE)
        jx_indicator_cell_start_editing (self, NULL);
      else if ((self->flags & JX_CELL_ACTIVATABLE) && self->delegate->activate != NULL)
        self->delegate->activate (self, self->data);
      else
        gtk_widget_error_bell (GTK_WIDGET (self));
      return TRUE;
    case GDK_KEY_Delete:
    case GDK_KEY_KP_Delete:
      if (ctrl)
        return FALSE;
      if ((self->flags & JX_CELL_EDITABLE) && self->delegate->clear != NULL)
        self->delegate->clear (self, self->data);
      return TRUE;
    case GDK_KEY_BackSpace:
      if (self->flags & JX_CELL_EDITABLE)
        jx_indicator_cell_start_editing (self, "");
      return TRUE;
    case GDK_KEY_Up:
    case GDK_KEY_KP_Up:
      return ctrl ? FALSE : navigate (self, JX_CELL_MOVE_CELL, 0, -1, shift);
    case GDK_KEY_Down:
    case GDK_KEY_KP_Down:
      return ctrl ? FALSE : navigate (self, JX_CELL_MOVE_CELL, 0, 1, shift);
    case GDK_KEY_Left:
    case GDK_KEY_KP_Left:
      return ctrl || shift ? FALSE : navigate (self, JX_CELL_MOVE_CELL, -1, 0, FALSE);
    case GDK_KEY_Right:
    case GDK_KEY_KP_Right:
      return ctrl || shift ? FALSE : navigate (self, JX_CELL_MOVE_CELL, 1, 0, FALSE);
    case GDK_KEY_Tab:
    case GDK_KEY_KP_Tab:
    case GDK_KEY_ISO_Left_Tab:
      if (ctrl)
        return FALSE;   /* Ctrl+Tab leaves the table */
      return navigate (self, JX_CELL_MOVE_TAB, shift || keyval == GDK_KEY_ISO_Left_Tab ? -1 : 1, 0, FALSE);
    case GDK_KEY_Page_Up:
    case GDK_KEY_KP_Page_Up:
      return navigate (self, JX_CELL_MOVE_PAGE, 0, -1, shift);
    case GDK_KEY_Page_Down:
    case GDK_KEY_KP_Page_Down:
      return navigate (self, JX_CELL_MOVE_PAGE, 0, 1, shift);
    case GDK_KEY_Home:
    case GDK_KEY_KP_Home:
      return ctrl ? navigate (self, JX_CELL_MOVE_TABLE_EDGE, 0, -1, shift)
                  : navigate (self, JX_CELL_MOVE_ROW_EDGE, -1, 0, FALSE);
    case GDK_KEY_End:
    case GDK_KEY_KP_End:
      return ctrl ? navigate (self, JX_CELL_MOVE_TABLE_EDGE, 0, 1, shift)
                  : navigate (self, JX_CELL_MOVE_ROW_EDGE, 1, 0, FALSE);
    default:
      return FALSE;
    }
}

/* Typed text (through the input method) starts editing, replacing the cell's text. */
static void
on_im_commit (GtkIMContext    *im,
              const char      *text,
              JxIndicatorCell *self)
{
  if (self->editor != NULL || !(self->flags & JX_CELL_EDITABLE))
    return;
  if (g_utf8_strlen (text, -1) == 1 && g_unichar_iscntrl (g_utf8_get_char (text)))
    return;
  jx_indicator_cell_start_editing (self, text);
}

static void
on_focus_enter (GtkEventControllerFocus *controller,
                JxIndicatorCell         *self)
{
  /* One input method for the focused cell only: thousands of cells are bound at a time. */
  if (self->im == NULL)
    {
      self->im = gtk_im_multicontext_new ();
      gtk_im_context_set_client_widget (self->im, GTK_WIDGET (self));
      g_signal_connect (self->im, "commit", G_CALLBACK (on_im_commit), self);
      gtk_event_controller_key_set_im_context (GTK_EVENT_CONTROLLER_KEY (self->key), self->im);
    }
  gtk_im_context_focus_in (self->im);
  if (self->delegate->focused != NULL)
    self->delegate->focused (self, self->data);
}

static void
drop_im (JxIndicatorCell *self)
{
  if (self->im == NULL)
    return;
  gtk_im_context_focus_out (self->im);
  gtk_event_controller_key_set_im_context (GTK_EVENT_CONTROLLER_KEY (self->key), NULL);
  gtk_im_context_set_client_widget (self->im, NULL);
  g_clear_object (&self->im);
}

static void
on_focus_leave (GtkEventControllerFocus *controller,
                JxIndicatorCell         *self)
{
  /* Still inside (the editor has the focus): keep it. */
  if (!gtk_widget_has_focus (GTK_WIDGET (self)) && self->editor == NULL)
    drop_im (self);
}

static void
on_click_pressed (GtkGestureClick *gesture,
                  int              n_press,
                  double           x,
                  double           y,
                  JxIndicatorCell *self)
{
  GdkModifierType state = gtk_event_controller_get_current_event_state (GTK_EVENT_CONTROLLER (gesture));

  if (self->editor != NULL)
    return;
  /* The cell, not the row, takes the click: the owner selects rows as the cursor moves. */
  gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
  if (n_press == 1)
    {
      /* Shift+click extends the selection of rows to this one. */
      if ((state & GDK_SHIFT_MASK) && self->delegate->navigate != NULL)
        {
          self->delegate->navigate (self, JX_CELL_MOVE_CELL, 0, 0, TRUE, self->data);
          return;
        }
      gtk_widget_grab_focus (GTK_WIDGET (self));
      if ((self->flags & JX_CELL_ACTIVATABLE) && self->delegate->activate != NULL)
        self->delegate->activate (self, self->data);
    }
  else if (n_press == 2 && (self->flags & JX_CELL_EDITABLE))
    jx_indicator_cell_start_editing (self, NULL);
}

gboolean
jx_indicator_cell_start_editing (JxIndicatorCell *self,
                                 const char      *text)
{
  GtkEventController *focus;

  g_return_val_if_fail (JX_IS_INDICATOR_CELL (self), FALSE);

  if (self->editor != NULL)
    return TRUE;
  if (!(self->flags & JX_CELL_EDITABLE) || self->row == NULL)
    return FALSE;
  /* Focus moves to this cell first, so the list follows its own focus rules. */
  if (!gtk_widget_has_focus (GTK_WIDGET (self)))
    gtk_widget_grab_focus (GTK_WIDGET (self));

  self->editor = gtk_text_new ();
  gtk_widget_set_hexpand (self->editor, TRUE);
  gtk_editable_set_text (GTK_EDITABLE (self->editor), text != NULL ? text : self->edit_text);
  if (self->flags & JX_CELL_NUMERIC)
    {
      gtk_editable_set_alignment (GTK_EDITABLE (self->editor), 1.0);
      gtk_text_set_input_purpose (GTK_TEXT (self->editor), GTK_INPUT_PURPOSE_NUMBER);
    }
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->editor), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  jx_column_get_title (self->column), -1);
  g_signal_connect (self->editor, "changed", G_CALLBACK (on_editor_changed), self);
  focus = gtk_event_controller_focus_new ();
  g_signal_connect (focus, "leave", G_CALLBACK (on_editor_focus_leave), self);
  gtk_widget_add_controller (self->editor, focus);

  gtk_widget_set_visible (self->label, FALSE);
  if (self->icon != NULL)
    gtk_widget_set_visible (self->icon, FALSE);
  gtk_widget_insert_after (self->editor, GTK_WIDGET (self), self->label);
  gtk_widget_add_css_class (GTK_WIDGET (self), "editing");
  gtk_widget_grab_focus (self->editor);
  if (text == NULL)
    gtk_editable_select_region (GTK_EDITABLE (self->editor), 0, -1);
  else
    gtk_editable_set_position (GTK_EDITABLE (self->editor), -1);
  validate (self);
  return TRUE;
}

gboolean
jx_indicator_cell_stop_editing (JxIndicatorCell *self,
                                gboolean         commit)
{
  g_autoptr(JxIndicatorCell) keep = NULL;
  g_autofree char *text = NULL;
  gboolean had_focus;

  g_return_val_if_fail (JX_IS_INDICATOR_CELL (self), FALSE);

  if (self->editor == NULL || self->stopping)
    return TRUE;

  keep = g_object_ref (self);
  text = g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->editor)));
  if (commit && !self->valid)
    return FALSE;

  self->stopping = TRUE;
  if (commit && self->row != NULL && g_strcmp0 (text, self->edit_text) != 0
      && self->delegate->commit != NULL && !self->delegate->commit (self, text, self->data))
    {
      self->stopping = FALSE;
      return FALSE;
    }

  g_clear_handle_id (&self->leave_idle, g_source_remove);
  had_focus = gtk_widget_has_focus (self->editor);
  show_hint (self, NULL, FALSE);
  gtk_widget_unparent (self->editor);
  self->editor = NULL;
  gtk_widget_remove_css_class (GTK_WIDGET (self), "editing");
  gtk_widget_remove_css_class (GTK_WIDGET (self), "invalid");
  gtk_widget_set_visible (self->label, TRUE);
  if (self->icon != NULL)
    gtk_widget_set_visible (self->icon, gtk_image_get_storage_type (GTK_IMAGE (self->icon)) != GTK_IMAGE_EMPTY);
  if (had_focus && self->row != NULL)
    gtk_widget_grab_focus (GTK_WIDGET (self));
  self->stopping = FALSE;
  return TRUE;
}

gboolean
jx_indicator_cell_is_editing (JxIndicatorCell *self)
{
  g_return_val_if_fail (JX_IS_INDICATOR_CELL (self), FALSE);
  return self->editor != NULL;
}

GtkWidget *
jx_indicator_cell_get_editor (JxIndicatorCell *self)
{
  g_return_val_if_fail (JX_IS_INDICATOR_CELL (self), NULL);
  return self->editor;
}

const char *
jx_indicator_cell_get_hint (JxIndicatorCell *self)
{
  g_return_val_if_fail (JX_IS_INDICATOR_CELL (self), NULL);
  return self->hint_text;
}

/* ---- content ---- */

void
jx_indicator_cell_set_content (JxIndicatorCell     *self,
                               const JxCellContent *c)
{
  static const char * const severity_classes[] = { "finding-info", "finding-warning", "finding-error" };
  guint i;

  g_return_if_fail (JX_IS_INDICATOR_CELL (self));

  if (g_strcmp0 (gtk_label_get_label (GTK_LABEL (self->label)), c->text) != 0)
    gtk_label_set_text (GTK_LABEL (self->label), c->text);
  g_free (self->edit_text);
  self->edit_text = g_strdup (c->edit_text != NULL ? c->edit_text : c->text);
  /* Kept and given on query: setting a widget's tooltip text asks the display where the
   * pointer is, a round trip per cell drawn. */
  g_free (self->tooltip);
  self->tooltip = g_strdup (c->tooltip);

  if (self->icon != NULL && g_strcmp0 (c->icon, self->icon_name) != 0)
    {
      static const char * const icon_classes[] = { "jx-info", "jx-warning", "jx-error" };
      guint i2;

      self->icon_name = c->icon;
      if (c->icon != NULL)
        gtk_image_set_from_icon_name (GTK_IMAGE (self->icon), c->icon);
      else
        gtk_image_clear (GTK_IMAGE (self->icon));
      /* The icon's colour says the severity: error, warning, or information. */
      for (i2 = 0; i2 < G_N_ELEMENTS (icon_classes); i2++)
        if ((int) i2 == c->icon_severity)
          gtk_widget_add_css_class (self->icon, icon_classes[i2]);
        else
          gtk_widget_remove_css_class (self->icon, icon_classes[i2]);
      gtk_widget_set_visible (self->icon, c->icon != NULL && self->editor == NULL);
    }

  /* Only what changed: each style class change restyles the cell. */
  for (i = 0; i < G_N_ELEMENTS (state_classes); i++)
    if ((c->flags ^ self->flags) & (1u << i))
      {
        if (c->flags & (1u << i))
          gtk_widget_add_css_class (GTK_WIDGET (self), state_classes[i]);
        else
          gtk_widget_remove_css_class (GTK_WIDGET (self), state_classes[i]);
      }
  if (c->severity != self->severity)
    {
      if (self->severity >= 0 && self->severity < (int) G_N_ELEMENTS (severity_classes))
        gtk_widget_remove_css_class (GTK_WIDGET (self), severity_classes[self->severity]);
      if (c->severity >= 0 && c->severity < (int) G_N_ELEMENTS (severity_classes))
        gtk_widget_add_css_class (GTK_WIDGET (self), severity_classes[c->severity]);
      self->severity = c->severity;
    }
  if ((c->flags ^ self->flags) & JX_CELL_NUMERIC)
    gtk_label_set_xalign (GTK_LABEL (self->label), (c->flags & JX_CELL_NUMERIC) ? 1.0 : 0.0);
  self->flags = c->flags;

  if (g_strcmp0 (self->accessible, c->accessible) != 0)
    {
      g_free (self->accessible);
      self->accessible = g_strdup (c->accessible);
      gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, c->accessible != NULL ? c->accessible : c->text,
                                      GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, c->tooltip != NULL ? c->tooltip : "",
                                      GTK_ACCESSIBLE_PROPERTY_READ_ONLY, !(c->flags & JX_CELL_EDITABLE),
                                      -1);
    }
}

const char *
jx_indicator_cell_get_tooltip (JxIndicatorCell *self)
{
  g_return_val_if_fail (JX_IS_INDICATOR_CELL (self), NULL);
  return self->tooltip;
}

const char *
jx_indicator_cell_get_text (JxIndicatorCell *self)
{
  g_return_val_if_fail (JX_IS_INDICATOR_CELL (self), NULL);
  return gtk_label_get_label (GTK_LABEL (self->label));
}

gboolean
jx_indicator_cell_get_editable (JxIndicatorCell *self)
{
  g_return_val_if_fail (JX_IS_INDICATOR_CELL (self), FALSE);
  return (self->flags & JX_CELL_EDITABLE) != 0;
}

void
jx_indicator_cell_bind (JxIndicatorCell *self,
                        GtkListItem     *item,
                        JxIndicatorRow  *row)
{
  g_return_if_fail (JX_IS_INDICATOR_CELL (self));

  if (self->editor != NULL && row != self->row)
    jx_indicator_cell_stop_editing (self, FALSE);
  if (self->row != NULL && jx_indicator_row_get_cell (self->row, self->column) == GTK_WIDGET (self))
    jx_indicator_row_set_cell (self->row, self->column, NULL);
  g_set_object (&self->row, row);
  self->item = item;
  if (row != NULL)
    jx_indicator_row_set_cell (row, self->column, GTK_WIDGET (self));
}

JxIndicatorRow *
jx_indicator_cell_get_row (JxIndicatorCell *self)
{
  g_return_val_if_fail (JX_IS_INDICATOR_CELL (self), NULL);
  return self->row;
}

GtkListItem *
jx_indicator_cell_get_list_item (JxIndicatorCell *self)
{
  g_return_val_if_fail (JX_IS_INDICATOR_CELL (self), NULL);
  return self->item;
}

JxColumn
jx_indicator_cell_get_column (JxIndicatorCell *self)
{
  g_return_val_if_fail (JX_IS_INDICATOR_CELL (self), 0);
  return self->column;
}

/* ---- GtkWidget ---- */

static void
jx_indicator_cell_size_allocate (GtkWidget *widget,
                                 int        width,
                                 int        height,
                                 int        baseline)
{
  JxIndicatorCell *self = JX_INDICATOR_CELL (widget);

  GTK_WIDGET_CLASS (jx_indicator_cell_parent_class)->size_allocate (widget, width, height, baseline);
  if (self->hint != NULL && gtk_widget_get_visible (self->hint))
    gtk_popover_present (GTK_POPOVER (self->hint));
}

static gboolean
jx_indicator_cell_query_tooltip (GtkWidget  *widget,
                                 int         x,
                                 int         y,
                                 gboolean    keyboard,
                                 GtkTooltip *tooltip)
{
  JxIndicatorCell *self = JX_INDICATOR_CELL (widget);

  if (self->tooltip == NULL || *self->tooltip == '\0' || self->editor != NULL)
    return FALSE;
  gtk_tooltip_set_text (tooltip, self->tooltip);
  return TRUE;
}

static void
jx_indicator_cell_dispose (GObject *object)
{
  JxIndicatorCell *self = (JxIndicatorCell *) object;

  g_clear_handle_id (&self->leave_idle, g_source_remove);
  jx_indicator_cell_bind (self, NULL, NULL);
  g_clear_pointer (&self->editor, gtk_widget_unparent);
  g_clear_pointer (&self->hint, gtk_widget_unparent);
  g_clear_pointer (&self->icon, gtk_widget_unparent);
  g_clear_pointer (&self->label, gtk_widget_unparent);
  drop_im (self);
  G_OBJECT_CLASS (jx_indicator_cell_parent_class)->dispose (object);
}

static void
jx_indicator_cell_finalize (GObject *object)
{
  JxIndicatorCell *self = (JxIndicatorCell *) object;

  g_free (self->edit_text);
  g_free (self->hint_text);
  g_free (self->tooltip);
  g_free (self->accessible);
  G_OBJECT_CLASS (jx_indicator_cell_parent_class)->finalize (object);
}

static void
jx_indicator_cell_class_init (JxIndicatorCellClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = jx_indicator_cell_dispose;
  object_class->finalize = jx_indicator_cell_finalize;
  widget_class->size_allocate = jx_indicator_cell_size_allocate;
  widget_class->query_tooltip = jx_indicator_cell_query_tooltip;

  gtk_widget_class_set_css_name (widget_class, "jxcell");
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GRID_CELL);
}

static void
jx_indicator_cell_init (JxIndicatorCell *self)
{
  GtkEventController *controller;
  GtkGesture *click;

  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
  self->severity = -1;
  gtk_widget_set_focus_on_click (GTK_WIDGET (self), TRUE);
  gtk_widget_set_hexpand (GTK_WIDGET (self), TRUE);
  gtk_box_layout_set_spacing (GTK_BOX_LAYOUT (gtk_widget_get_layout_manager (GTK_WIDGET (self))), 4);

  self->label = gtk_label_new (NULL);
  gtk_label_set_ellipsize (GTK_LABEL (self->label), PANGO_ELLIPSIZE_END);
  gtk_label_set_single_line_mode (GTK_LABEL (self->label), TRUE);
  gtk_widget_set_hexpand (self->label, TRUE);
  gtk_label_set_xalign (GTK_LABEL (self->label), 0);
  gtk_widget_set_parent (self->label, GTK_WIDGET (self));

  controller = gtk_event_controller_key_new ();
  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  g_signal_connect (controller, "key-pressed", G_CALLBACK (on_key_capture), self);
  gtk_widget_add_controller (GTK_WIDGET (self), controller);

  controller = gtk_event_controller_key_new ();
  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_TARGET);
  g_signal_connect (controller, "key-pressed", G_CALLBACK (on_key_pressed), self);
  self->key = controller;
  gtk_widget_add_controller (GTK_WIDGET (self), controller);

  controller = gtk_event_controller_focus_new ();
  g_signal_connect (controller, "enter", G_CALLBACK (on_focus_enter), self);
  g_signal_connect (controller, "leave", G_CALLBACK (on_focus_leave), self);
  gtk_widget_add_controller (GTK_WIDGET (self), controller);

  click = gtk_gesture_click_new ();
  g_signal_connect (click, "pressed", G_CALLBACK (on_click_pressed), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));
}

GtkWidget *
jx_indicator_cell_new (JxColumn                       column,
                       const JxIndicatorCellDelegate *delegate,
                       gpointer                       data)
{
  JxIndicatorCell *self = g_object_new (JX_TYPE_INDICATOR_CELL, NULL);

  self->column = column;
  self->delegate = delegate;
  self->data = data;
  gtk_widget_add_css_class (GTK_WIDGET (self), jx_column_get_id (column));
  if (column == JX_COLUMN_NAME)
    {
      /* Findings are marked by an icon before the name. */
      self->icon = gtk_image_new ();
      gtk_widget_set_visible (self->icon, FALSE);
      gtk_widget_insert_before (self->icon, GTK_WIDGET (self), self->label);
    }
  return GTK_WIDGET (self);
}
