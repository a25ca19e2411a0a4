/* SPDX-License-Identifier: GPL-3.0-or-later */
/* jx-chart-view.c: the chart widget: data, drawing, size, hover, focus and accessibility.
 * The menu and what it does are in jx-chart-view-actions.c. */
#define G_LOG_DOMAIN "jx-chart-view"

#include "config.h"

#include <glib/gi18n.h>

#include "jx-chart-view-private.h"

#define MIN_HEIGHT      280
#define MAX_HEIGHT      520
#define MAX_ROWS_HEIGHT 1400
#define LINE_HEIGHT     18     /* per line of the text alternative, for charts of many rows */
#define BUTTON_MARGIN   6
/* The chart is laid out this much smaller and drawn scaled up: its smallest type is then
 * about the size of the text of the page around it, not the 10 px of a dense print-out. */
#define SCREEN_ZOOM     1.25

G_DEFINE_FINAL_TYPE (JxChartView, jx_chart_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_EVALUATION,
  PROP_CHART_ID,
  PROP_ASPECT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* ---- data ---- */

static void
update_accessible (JxChartView *self)
{
  if (self->chart != NULL)
    {
      g_autofree char *text = jx_chart_dup_text_alternative (self->chart);

      gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, jx_chart_get_title (self->chart),
                                      GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, text,
                                      -1);
    }
  else
    gtk_accessible_reset_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
}

const JxChart *
_jx_chart_view_ensure_chart (JxChartView *self)
{
  if (self->built || self->evaluation == NULL || self->chart_id == NULL)
    return self->chart;

  /* Only this chart, from the scores the evaluation has already computed. */
  self->built = TRUE;
  self->chart = jx_chart_new_for_sheet (jx_document_get_data (jx_evaluation_get_document (self->evaluation)),
                                        jx_evaluation_get_sheet (self->evaluation), self->chart_id);

  self->n_lines = 0;
  if (self->chart != NULL)
    {
      g_autofree char *text = jx_chart_dup_text_alternative (self->chart);
      const char *p;

      for (p = text; *p != '\0'; p++)
        if (*p == '\n')
          self->n_lines++;
    }
  update_accessible (self);
  _jx_chart_view_update_actions (self);
  return self->chart;
}

/* Forgets the chart and its drawing: the data changed. It is built again when needed. */
static void
invalidate (JxChartView *self)
{
  g_clear_pointer (&self->chart, jx_chart_free);
  self->built = FALSE;
  g_clear_pointer (&self->node, gsk_render_node_unref);
  g_clear_pointer (&self->hover, g_free);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self), NULL);
  _jx_chart_view_update_actions (self);
  /* The number of rows, so the height, may have changed too. */
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

static void
on_updated (JxChartView  *self,
            JxEvaluation *evaluation)
{
  invalidate (self);
}

static void
on_dark_changed (JxChartView     *self,
                 GParamSpec      *pspec,
                 AdwStyleManager *manager)
{
  gboolean dark = adw_style_manager_get_dark (manager);

  if (dark == self->dark)
    return;
  self->dark = dark;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* Larger when the desktop's text is (Large Text: the Xft DPI of the settings). */
static void
update_zoom (JxChartView *self)
{
  int dpi = 0;
  double zoom;

  g_object_get (gtk_widget_get_settings (GTK_WIDGET (self)), "gtk-xft-dpi", &dpi, NULL);
  zoom = SCREEN_ZOOM * (dpi > 0 ? CLAMP (dpi / (96.0 * 1024), 0.5, 3.0) : 1.0);
  if (zoom == self->zoom)
    return;
  self->zoom = zoom;
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

/* ---- size and drawing ---- */

int
_jx_chart_view_natural_height (JxChartView *self,
                               int          width)
{
  int height = CLAMP ((int) (width * self->aspect), MIN_HEIGHT, MAX_HEIGHT);

  /* A chart of many rows (bars, indicators) gets the height its rows need. */
  _jx_chart_view_ensure_chart (self);
  if (self->n_lines > 8)
    height = MAX (height, MIN ((int) (self->n_lines * LINE_HEIGHT * self->zoom) + 60, MAX_ROWS_HEIGHT));
  return height;
}

static GtkSizeRequestMode
jx_chart_view_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
jx_chart_view_measure (GtkWidget      *widget,
                       GtkOrientation  orientation,
                       int             for_size,
                       int            *minimum,
                       int            *natural,
                       int            *minimum_baseline,
                       int            *natural_baseline)
{
  JxChartView *self = JX_CHART_VIEW (widget);
  int button_min, button_nat;

  gtk_widget_measure (self->menu_button, orientation, -1, &button_min, &button_nat, NULL, NULL);
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = MAX (240, button_min);
      *natural = MAX (720, button_nat);
    }
  else
    {
      /* The height that suits the width is also the minimum: in a scrolled page (a viewport
       * gives its child its minimum height) the chart keeps its proportions. */
      *natural = MAX (_jx_chart_view_natural_height (self, for_size > 0 ? for_size : 720), button_min);
      *minimum = for_size > 0 ? *natural : MAX (MIN_HEIGHT, button_min);
    }
}

static void
jx_chart_view_size_allocate (GtkWidget *widget,
                             int        width,
                             int        height,
                             int        baseline)
{
  JxChartView *self = JX_CHART_VIEW (widget);
  GtkRequisition button;

  gtk_widget_get_preferred_size (self->menu_button, NULL, &button);
  gtk_widget_allocate (self->menu_button, button.width, button.height, -1,
                       gsk_transform_translate (NULL, &GRAPHENE_POINT_INIT (MAX (0, width - button.width - BUTTON_MARGIN),
                                                                           BUTTON_MARGIN)));
  if (self->context_menu != NULL)
    gtk_popover_present (GTK_POPOVER (self->context_menu));
}

JxChartStyleKind
jx_chart_view_get_style (JxChartView *self)
{
  g_return_val_if_fail (JX_IS_CHART_VIEW (self), JX_CHART_STYLE_LIGHT);
  return self->dark ? JX_CHART_STYLE_DARK : JX_CHART_STYLE_LIGHT;
}

/* The card's colour as it shows on the window: libadwaita's card_bg_color is translucent in
 * the dark style (white at 8 %), over window_bg_color. The chart is drawn on it, so a chart
 * card has the colour of every other card. */
static guint32
card_colour (GtkWidget *widget,
             double     rgb[3])
{
  GtkStyleContext *context = gtk_widget_get_style_context (widget);
  GdkRGBA card = { 1, 1, 1, 1 }, window = { 1, 1, 1, 1 };
  gboolean dark = JX_CHART_VIEW (widget)->dark;

  if (!gtk_style_context_lookup_color (context, "card_bg_color", &card))
    card = dark ? (GdkRGBA) { 1, 1, 1, 0.08 } : (GdkRGBA) { 1, 1, 1, 1 };
  if (!gtk_style_context_lookup_color (context, "window_bg_color", &window))
    window = dark ? (GdkRGBA) { 0x24 / 255.0, 0x24 / 255.0, 0x24 / 255.0, 1 } : (GdkRGBA) { 0.98, 0.98, 0.98, 1 };
  rgb[0] = card.red * card.alpha + window.red * (1 - card.alpha);
  rgb[1] = card.green * card.alpha + window.green * (1 - card.alpha);
  rgb[2] = card.blue * card.alpha + window.blue * (1 - card.alpha);
  return ((guint32) (rgb[0] * 255 + 0.5) << 16) | ((guint32) (rgb[1] * 255 + 0.5) << 8) | (guint32) (rgb[2] * 255 + 0.5);
}

static void
jx_chart_view_snapshot (GtkWidget   *widget,
                        GtkSnapshot *snapshot)
{
  JxChartView *self = JX_CHART_VIEW (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  JxChartStyleKind style = jx_chart_view_get_style (self);
  double rgb[3];
  guint32 background;

  if (width <= 0 || height <= 0 || _jx_chart_view_ensure_chart (self) == NULL)
    return;

  background = card_colour (widget, rgb);
  if (self->node == NULL || self->node_width != width || self->node_height != height
      || self->node_style != style || self->node_zoom != self->zoom || self->node_background != background)
    {
      g_autoptr(GtkSnapshot) drawing = gtk_snapshot_new ();
      cairo_t *cr = gtk_snapshot_append_cairo (drawing, &GRAPHENE_RECT_INIT (0, 0, width, height));

      cairo_scale (cr, self->zoom, self->zoom);
      jx_chart_render_on (self->chart, cr, width / self->zoom, height / self->zoom, style, rgb[0], rgb[1], rgb[2]);
      cairo_destroy (cr);
      g_clear_pointer (&self->node, gsk_render_node_unref);
      self->node = gtk_snapshot_free_to_node (g_steal_pointer (&drawing));
      self->node_width = width;
      self->node_height = height;
      self->node_style = style;
      self->node_zoom = self->zoom;
      self->node_background = background;
    }
  if (self->node != NULL)
    gtk_snapshot_append_node (snapshot, self->node);
  gtk_widget_snapshot_child (widget, self->menu_button, snapshot);
}

/* ---- hover ---- */

char *
jx_chart_view_describe_at (JxChartView *self,
                           double       x,
                           double       y)
{
  int width, height;

  g_return_val_if_fail (JX_IS_CHART_VIEW (self), NULL);

  width = gtk_widget_get_width (GTK_WIDGET (self));
  height = gtk_widget_get_height (GTK_WIDGET (self));
  if (width <= 0 || height <= 0 || _jx_chart_view_ensure_chart (self) == NULL)
    return NULL;
  return jx_chart_describe_at (self->chart, width / self->zoom, height / self->zoom,
                               x / self->zoom, y / self->zoom);
}

static void
set_hover (JxChartView *self,
           char        *text)   /* owned */
{
  if (g_strcmp0 (text, self->hover) == 0)
    {
      g_free (text);
      return;
    }
  g_free (self->hover);
  self->hover = text;
  gtk_widget_set_tooltip_text (GTK_WIDGET (self), text);
}

static void
on_motion (GtkEventControllerMotion *controller,
           double                    x,
           double                    y,
           JxChartView              *self)
{
  set_hover (self, jx_chart_view_describe_at (self, x, y));
}

static void
on_leave (GtkEventControllerMotion *controller,
          JxChartView              *self)
{
  set_hover (self, NULL);
}

/* ---- pointer and keyboard ---- */

static void
on_pressed (GtkGestureClick *gesture,
            int              n_press,
            double           x,
            double           y,
            JxChartView     *self)
{
  GdkEvent *event = gtk_event_controller_get_current_event (GTK_EVENT_CONTROLLER (gesture));

  if (gtk_gesture_single_get_current_button (GTK_GESTURE_SINGLE (gesture)) == GDK_BUTTON_SECONDARY
      || (event != NULL && gdk_event_triggers_context_menu (event)))
    {
      gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
      _jx_chart_view_popup_menu (self, x, y);
    }
  else
    gtk_widget_grab_focus (GTK_WIDGET (self));
}

static void
on_long_pressed (GtkGestureLongPress *gesture,
                 double               x,
                 double               y,
                 JxChartView         *self)
{
  gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
  _jx_chart_view_popup_menu (self, x, y);
}

/* Tab: the chart, then its menu button; Shift+Tab the other way. */
static gboolean
jx_chart_view_focus (GtkWidget        *widget,
                     GtkDirectionType  direction)
{
  JxChartView *self = JX_CHART_VIEW (widget);
  GtkWidget *child = gtk_widget_get_focus_child (widget);
  gboolean on_self = gtk_widget_is_focus (widget);

  if (direction == GTK_DIR_TAB_BACKWARD)
    {
      if (child != NULL)
        {
          if (gtk_widget_child_focus (child, direction))
            return TRUE;
          return gtk_widget_grab_focus (widget);
        }
      if (on_self)
        return FALSE;
      if (gtk_widget_child_focus (self->menu_button, direction))
        return TRUE;
      return gtk_widget_grab_focus (widget);
    }

  if (child != NULL)
    return gtk_widget_child_focus (child, direction);
  if (!on_self)
    return gtk_widget_grab_focus (widget);
  if (direction == GTK_DIR_TAB_FORWARD)
    return gtk_widget_child_focus (self->menu_button, direction);
  return FALSE;
}

/* ---- object ---- */

static void
jx_chart_view_map (GtkWidget *widget)
{
  _jx_chart_view_ensure_chart (JX_CHART_VIEW (widget));
  GTK_WIDGET_CLASS (jx_chart_view_parent_class)->map (widget);
}

static void
jx_chart_view_dispose (GObject *object)
{
  JxChartView *self = (JxChartView *) object;

  jx_chart_view_set_evaluation (self, NULL);
  g_clear_pointer (&self->menu_button, gtk_widget_unparent);
  g_clear_pointer (&self->context_menu, gtk_widget_unparent);
  g_clear_object (&self->menu);
  G_OBJECT_CLASS (jx_chart_view_parent_class)->dispose (object);
}

static void
jx_chart_view_finalize (GObject *object)
{
  JxChartView *self = (JxChartView *) object;

  g_clear_pointer (&self->chart, jx_chart_free);
  g_free (self->chart_id);
  g_free (self->hover);
  G_OBJECT_CLASS (jx_chart_view_parent_class)->finalize (object);
}

static void
jx_chart_view_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  JxChartView *self = JX_CHART_VIEW (object);

  switch (prop_id)
    {
    case PROP_EVALUATION:
      g_value_set_object (value, self->evaluation);
      break;
    case PROP_CHART_ID:
      g_value_set_string (value, self->chart_id);
      break;
    case PROP_ASPECT:
      g_value_set_double (value, self->aspect);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
jx_chart_view_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  JxChartView *self = JX_CHART_VIEW (object);

  switch (prop_id)
    {
    case PROP_EVALUATION:
      jx_chart_view_set_evaluation (self, g_value_get_object (value));
      break;
    case PROP_CHART_ID:
      jx_chart_view_set_chart_id (self, g_value_get_string (value));
      break;
    case PROP_ASPECT:
      jx_chart_view_set_aspect (self, g_value_get_double (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
jx_chart_view_class_init (JxChartViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = jx_chart_view_dispose;
  object_class->finalize = jx_chart_view_finalize;
  object_class->get_property = jx_chart_view_get_property;
  object_class->set_property = jx_chart_view_set_property;
  widget_class->get_request_mode = jx_chart_view_get_request_mode;
  widget_class->measure = jx_chart_view_measure;
  widget_class->size_allocate = jx_chart_view_size_allocate;
  widget_class->snapshot = jx_chart_view_snapshot;
  widget_class->focus = jx_chart_view_focus;
  widget_class->map = jx_chart_view_map;

  properties[PROP_EVALUATION] =
    g_param_spec_object ("evaluation", NULL, NULL, JX_TYPE_EVALUATION,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CHART_ID] =
    g_param_spec_string ("chart-id", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ASPECT] =
    g_param_spec_double ("aspect", NULL, NULL, 0.1, 2.0, 0.5,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_css_name (widget_class, "jxchart");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
  _jx_chart_view_class_init_actions (widget_class);
}

static void
jx_chart_view_init (JxChartView *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  AdwStyleManager *manager = adw_style_manager_get_default ();
  GtkEventController *motion;
  GtkGesture *click;
  GtkGesture *long_press;

  self->aspect = 0.5;
  self->dark = adw_style_manager_get_dark (manager);
  g_signal_connect_object (manager, "notify::dark", G_CALLBACK (on_dark_changed), self, G_CONNECT_SWAPPED);
  update_zoom (self);
  g_signal_connect_object (gtk_widget_get_settings (widget), "notify::gtk-xft-dpi", G_CALLBACK (update_zoom),
                           self, G_CONNECT_SWAPPED);

  gtk_widget_set_focusable (widget, TRUE);
  gtk_widget_set_hexpand (widget, TRUE);
  gtk_widget_set_overflow (widget, GTK_OVERFLOW_HIDDEN);
  gtk_widget_add_css_class (widget, "card");

  self->menu = _jx_chart_view_new_menu ();
  self->menu_button = gtk_menu_button_new ();
  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (self->menu_button), "view-more-symbolic");
  gtk_menu_button_set_menu_model (GTK_MENU_BUTTON (self->menu_button), self->menu);
  gtk_widget_add_css_class (self->menu_button, "flat");
  gtk_widget_add_css_class (self->menu_button, "circular");
  gtk_widget_set_tooltip_text (self->menu_button, _("Chart Menu"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->menu_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Chart Menu"), -1);
  gtk_widget_set_parent (self->menu_button, widget);

  motion = gtk_event_controller_motion_new ();
  g_signal_connect (motion, "motion", G_CALLBACK (on_motion), self);
  g_signal_connect (motion, "leave", G_CALLBACK (on_leave), self);
  gtk_widget_add_controller (widget, motion);

  click = gtk_gesture_click_new ();
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), 0);
  g_signal_connect (click, "pressed", G_CALLBACK (on_pressed), self);
  gtk_widget_add_controller (widget, GTK_EVENT_CONTROLLER (click));

  long_press = gtk_gesture_long_press_new ();
  gtk_gesture_single_set_touch_only (GTK_GESTURE_SINGLE (long_press), TRUE);
  g_signal_connect (long_press, "pressed", G_CALLBACK (on_long_pressed), self);
  gtk_widget_add_controller (widget, GTK_EVENT_CONTROLLER (long_press));

  _jx_chart_view_update_actions (self);
}

/* ---- API ---- */

GtkWidget *
jx_chart_view_new (const char *chart_id)
{
  return g_object_new (JX_TYPE_CHART_VIEW, "chart-id", chart_id, NULL);
}

JxEvaluation *
jx_chart_view_get_evaluation (JxChartView *self)
{
  g_return_val_if_fail (JX_IS_CHART_VIEW (self), NULL);
  return self->evaluation;
}

void
jx_chart_view_set_evaluation (JxChartView  *self,
                              JxEvaluation *evaluation)
{
  g_return_if_fail (JX_IS_CHART_VIEW (self));
  g_return_if_fail (evaluation == NULL || JX_IS_EVALUATION (evaluation));

  if (self->evaluation == evaluation)
    return;
  g_clear_signal_handler (&self->updated_id, self->evaluation);
  g_set_object (&self->evaluation, evaluation);
  if (evaluation != NULL)
    self->updated_id = g_signal_connect_swapped (evaluation, "updated", G_CALLBACK (on_updated), self);
  invalidate (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EVALUATION]);
}

const char *
jx_chart_view_get_chart_id (JxChartView *self)
{
  g_return_val_if_fail (JX_IS_CHART_VIEW (self), NULL);
  return self->chart_id;
}

void
jx_chart_view_set_chart_id (JxChartView *self,
                            const char  *chart_id)
{
  g_return_if_fail (JX_IS_CHART_VIEW (self));

  if (g_strcmp0 (self->chart_id, chart_id) == 0)
    return;
  g_free (self->chart_id);
  self->chart_id = g_strdup (chart_id);
  invalidate (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CHART_ID]);
}

double
jx_chart_view_get_aspect (JxChartView *self)
{
  g_return_val_if_fail (JX_IS_CHART_VIEW (self), 0.5);
  return self->aspect;
}

void
jx_chart_view_set_aspect (JxChartView *self,
                          double       aspect)
{
  g_return_if_fail (JX_IS_CHART_VIEW (self));

  aspect = CLAMP (aspect, 0.1, 2.0);
  if (aspect == self->aspect)
    return;
  self->aspect = aspect;
  gtk_widget_queue_resize (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ASPECT]);
}

double
jx_chart_view_aspect_for_id (const char *chart_id)
{
  static const struct {
    const char *id;
    double      aspect;
  } aspects[] = {
    { "revenue", 0.4 },
    { "spending-function", 0.4 },
    { "spending-nature", 0.3 },
    { "spending-economic", 0.35 },
    { "budget-execution", 0.4 },
    { "three-public", 0.5 },
    { "year-over-year", 0.45 },
    { "scores", 0.35 },
  };
  guint i;

  g_return_val_if_fail (chart_id != NULL, 0.5);

  for (i = 0; i < G_N_ELEMENTS (aspects); i++)
    if (g_str_equal (aspects[i].id, chart_id))
      return aspects[i].aspect;
  /* target-actual…: its rows decide. */
  return 0.3;
}

const JxChart *
jx_chart_view_get_chart (JxChartView *self)
{
  g_return_val_if_fail (JX_IS_CHART_VIEW (self), NULL);
  return _jx_chart_view_ensure_chart (self);
}

char *
jx_chart_view_dup_text (JxChartView *self)
{
  g_return_val_if_fail (JX_IS_CHART_VIEW (self), NULL);
  if (_jx_chart_view_ensure_chart (self) == NULL)
    return NULL;
  return jx_chart_dup_text_alternative (self->chart);
}
