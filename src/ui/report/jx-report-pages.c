/* SPDX-License-Identifier: GPL-3.0-or-later */
/* jx-report-pages.c: the pages of the report, drawn by the report's own paginator on the
 * renderer's thread, shown as textures. The widget scrolls itself (GtkScrollable): it knows
 * which pages are in view, asks only those of the renderer, and keeps the drawings of the
 * pages near the view. */
#define G_LOG_DOMAIN "jx-report-pages"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "jx-report-pages.h"

#define MARGIN 24.0          /* around the pages, pixels */
#define GAP 16.0             /* between two pages */
#define PX_PER_PT (96.0 / 72.0)

typedef struct {
  GdkTexture *texture;
  double      scale;         /* device pixels per point it was drawn at */
  guint       generation;
} Drawing;

static void
drawing_free (Drawing *drawing)
{
  g_clear_object (&drawing->texture);
  g_free (drawing);
}

struct _JxReportPages
{
  GtkWidget         parent_instance;

  JxReportRenderer *renderer;
  GtkAdjustment    *hadjustment;
  GtkAdjustment    *vadjustment;
  GtkScrollablePolicy hpolicy, vpolicy;
  double            zoom;
  gboolean          fit_page;
  int               n_pages;
  double            paper_width, paper_height;   /* points */
  int               current_page;
  int               first, last;                 /* in view */
  gboolean          allocating;
  guint             notify_id;                   /* changes told after an allocation */
  guint             pending;                     /* of them: 1 << property */
  GHashTable       *drawings;                    /* page → Drawing */
};

static void jx_report_pages_scrollable_init (GtkScrollableInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (JxReportPages, jx_report_pages, GTK_TYPE_WIDGET,
                               G_IMPLEMENT_INTERFACE (GTK_TYPE_SCROLLABLE, jx_report_pages_scrollable_init))

enum {
  PROP_0,
  PROP_ZOOM,
  PROP_FIT_PAGE,
  PROP_N_PAGES,
  PROP_CURRENT_PAGE,
  N_PROPS,
  /* GtkScrollable */
  PROP_HADJUSTMENT = N_PROPS,
  PROP_VADJUSTMENT,
  PROP_HSCROLL_POLICY,
  PROP_VSCROLL_POLICY,
};

static GParamSpec *properties[N_PROPS];

static const double zoom_steps[] = { 0.25, 0.5, 0.67, 0.8, 1.0, 1.25, 1.5, 2.0, 3.0, 4.0 };

/* ---- geometry ---- */

static double
page_width_px (JxReportPages *self)
{
  return self->paper_width * PX_PER_PT * self->zoom;
}

static double
page_height_px (JxReportPages *self)
{
  return self->paper_height * PX_PER_PT * self->zoom;
}

static double
content_height (JxReportPages *self)
{
  if (self->n_pages == 0)
    return 0;
  return 2 * MARGIN + self->n_pages * page_height_px (self) + (self->n_pages - 1) * GAP;
}

static double
content_width (JxReportPages *self)
{
  return page_width_px (self) + 2 * MARGIN;
}

static double
page_top (JxReportPages *self,
          int            page)
{
  return MARGIN + page * (page_height_px (self) + GAP);
}

/* The page under content offset `y` (clamped). */
static int
page_at (JxReportPages *self,
         double         y)
{
  int page = (int) floor ((y - MARGIN + GAP / 2) / (page_height_px (self) + GAP));

  return CLAMP (page, 0, MAX (self->n_pages - 1, 0));
}

static double
device_scale (JxReportPages *self)
{
  /* rounded, so that a redraw at the same zoom asks for the same drawing */
  return round (PX_PER_PT * self->zoom * gtk_widget_get_scale_factor (GTK_WIDGET (self)) * 1000) / 1000;
}

/* ---- what is in view ---- */

static void
update_accessible (JxReportPages *self)
{
  g_autofree char *label = NULL;

  if (self->n_pages > 0)
    /* Translators: the report preview, for screen readers. */
    label = g_strdup_printf (_("Report preview, page %d of %d"), self->current_page + 1, self->n_pages);
  else
    label = g_strdup (_("Report preview"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
}

static gboolean
notify_pending (gpointer data)
{
  JxReportPages *self = data;
  guint pending = self->pending;
  guint i;

  self->notify_id = 0;
  self->pending = 0;
  for (i = 1; i < N_PROPS; i++)
    if (pending & (1u << i))
      g_object_notify_by_pspec (G_OBJECT (self), properties[i]);
  return G_SOURCE_REMOVE;
}

/* A listener may change labels: not while the widgets are being allocated. */
static void
notify (JxReportPages *self,
        guint          prop)
{
  if (!self->allocating)
    {
      g_object_notify_by_pspec (G_OBJECT (self), properties[prop]);
      return;
    }
  self->pending |= 1u << prop;
  if (self->notify_id == 0)
    self->notify_id = g_idle_add_full (G_PRIORITY_HIGH_IDLE, notify_pending, self, NULL);
}

static void
update_visible (JxReportPages *self)
{
  int height = gtk_widget_get_height (GTK_WIDGET (self));
  double top = self->vadjustment != NULL ? gtk_adjustment_get_value (self->vadjustment) : 0;
  double scale = device_scale (self);
  guint generation = jx_report_renderer_get_generation (self->renderer);
  GHashTableIter iter;
  gpointer key, value;
  int current;
  int i;

  if (self->n_pages == 0)
    {
      self->first = 0;
      self->last = -1;
      current = -1;
    }
  else
    {
      self->first = page_at (self, top);
      self->last = page_at (self, top + MAX (height, 1));
      current = page_at (self, top + height / 3.0);
    }
  /* keep the drawings of the pages near the view */
  g_hash_table_iter_init (&iter, self->drawings);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      int page = GPOINTER_TO_INT (key);

      if (page < self->first - 2 || page > self->last + 2 || page >= self->n_pages)
        g_hash_table_iter_remove (&iter);
    }
  jx_report_renderer_set_wanted (self->renderer, self->first, self->last, scale);
  if (gtk_widget_get_mapped (GTK_WIDGET (self)) && height > 0)
    for (i = self->first; i <= self->last; i++)
      {
        Drawing *drawing = g_hash_table_lookup (self->drawings, GINT_TO_POINTER (i));

        if (drawing == NULL || drawing->generation != generation || fabs (drawing->scale - scale) > 1e-6)
          jx_report_renderer_request (self->renderer, i, scale);
      }
  if (current != self->current_page)
    {
      self->current_page = current;
      update_accessible (self);
      notify (self, PROP_CURRENT_PAGE);
    }
}

static void
configure_adjustments (JxReportPages *self)
{
  int width = gtk_widget_get_width (GTK_WIDGET (self));
  int height = gtk_widget_get_height (GTK_WIDGET (self));
  double upper;

  if (self->vadjustment != NULL)
    {
      upper = MAX (content_height (self), height);
      gtk_adjustment_configure (self->vadjustment,
                                CLAMP (gtk_adjustment_get_value (self->vadjustment), 0, upper - height),
                                0, upper, height * 0.1, height * 0.9, height);
    }
  if (self->hadjustment != NULL)
    {
      upper = MAX (content_width (self), width);
      gtk_adjustment_configure (self->hadjustment,
                                CLAMP (gtk_adjustment_get_value (self->hadjustment), 0, upper - width),
                                0, upper, width * 0.1, width * 0.9, width);
    }
}

/* A new zoom, keeping the place in view: the same point of the same page at the top. */
static void
apply_zoom (JxReportPages *self,
            double         zoom)
{
  double anchor = 0;

  zoom = CLAMP (zoom, JX_REPORT_ZOOM_MIN, JX_REPORT_ZOOM_MAX);
  if (fabs (zoom - self->zoom) < 1e-4)
    return;
  if (self->vadjustment != NULL)
    anchor = (gtk_adjustment_get_value (self->vadjustment) - MARGIN) / (page_height_px (self) + GAP);
  self->zoom = zoom;
  configure_adjustments (self);
  if (self->vadjustment != NULL)
    gtk_adjustment_set_value (self->vadjustment, MAX (0, MARGIN + anchor * (page_height_px (self) + GAP)));
  notify (self, PROP_ZOOM);
  update_visible (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static double
fit_zoom (JxReportPages *self,
          int            width,
          int            height)
{
  /* the whole page in view: its width and its height, less the margins */
  double by_width = (width - 2 * MARGIN) / (self->paper_width * PX_PER_PT);
  double by_height = (height - 2 * MARGIN) / (self->paper_height * PX_PER_PT);

  return height > 2 * MARGIN ? MIN (by_width, by_height) : by_width;
}

/* ---- the renderer ---- */

static void
on_paginated (JxReportPages *self)
{
  int n = jx_report_renderer_get_n_pages (self->renderer);

  jx_report_renderer_get_paper (self->renderer, &self->paper_width, &self->paper_height);
  if (n != self->n_pages)
    {
      self->n_pages = n;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_PAGES]);
    }
  configure_adjustments (self);
  self->current_page = -2;   /* announce again */
  update_visible (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
on_page_ready (JxReportPages *self,
               int            page,
               double         scale,
               GdkTexture    *texture)
{
  Drawing *drawing;

  if (page < self->first - 2 || page > self->last + 2)
    return;
  drawing = g_new0 (Drawing, 1);
  drawing->texture = g_object_ref (texture);
  drawing->scale = scale;
  drawing->generation = jx_report_renderer_get_generation (self->renderer);
  g_hash_table_replace (self->drawings, GINT_TO_POINTER (page), drawing);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* ---- GtkWidget ---- */

static void
jx_report_pages_measure (GtkWidget      *widget,
                         GtkOrientation  orientation,
                         int             for_size,
                         int            *minimum,
                         int            *natural,
                         int            *minimum_baseline,
                         int            *natural_baseline)
{
  JxReportPages *self = JX_REPORT_PAGES (widget);

  *minimum = 120;
  *natural = orientation == GTK_ORIENTATION_HORIZONTAL
             ? (int) ceil (self->paper_width * PX_PER_PT + 2 * MARGIN)
             : (int) ceil (self->paper_height * PX_PER_PT + 2 * MARGIN);
}

static void
jx_report_pages_size_allocate (GtkWidget *widget,
                               int        width,
                               int        height,
                               int        baseline)
{
  JxReportPages *self = JX_REPORT_PAGES (widget);

  self->allocating = TRUE;
  if (self->fit_page && width > 0)
    apply_zoom (self, fit_zoom (self, width, height));
  configure_adjustments (self);
  update_visible (self);
  self->allocating = FALSE;
}

static void
jx_report_pages_snapshot (GtkWidget   *widget,
                          GtkSnapshot *snapshot)
{
  JxReportPages *self = JX_REPORT_PAGES (widget);
  int width = gtk_widget_get_width (widget);
  double top = self->vadjustment != NULL ? gtk_adjustment_get_value (self->vadjustment) : 0;
  double left = self->hadjustment != NULL ? gtk_adjustment_get_value (self->hadjustment) : 0;
  double pw = page_width_px (self), ph = page_height_px (self);
  double x = content_width (self) <= width ? (width - pw) / 2 : MARGIN - left;
  const GdkRGBA shadow = { 0, 0, 0, 0.3 };
  const GdkRGBA white = { 1, 1, 1, 1 };
  const GdkRGBA edge = { 0, 0, 0, 0.15 };
  int i;

  for (i = self->first; i <= self->last && i < self->n_pages; i++)
    {
      graphene_rect_t rect = GRAPHENE_RECT_INIT ((float) x, (float) (page_top (self, i) - top), (float) pw, (float) ph);
      Drawing *drawing = g_hash_table_lookup (self->drawings, GINT_TO_POINTER (i));
      GskRoundedRect outline;
      const float widths[4] = { 1, 1, 1, 1 };
      const GdkRGBA edges[4] = { edge, edge, edge, edge };

      gsk_rounded_rect_init_from_rect (&outline, &rect, 0);
      gtk_snapshot_append_outset_shadow (snapshot, &outline, &shadow, 0, 1, 0, 6);
      /* blank paper until the drawing comes; an older drawing, scaled, meanwhile */
      gtk_snapshot_append_color (snapshot, &white, &rect);
      if (drawing != NULL)
        gtk_snapshot_append_texture (snapshot, drawing->texture, &rect);
      gtk_snapshot_append_border (snapshot, &outline, widths, edges);
    }
}

static void
jx_report_pages_map (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (jx_report_pages_parent_class)->map (widget);
  update_visible (JX_REPORT_PAGES (widget));
}

/* ---- GtkScrollable ---- */

static void
on_adjustment_changed (JxReportPages *self)
{
  update_visible (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
set_adjustment (JxReportPages  *self,
                GtkAdjustment **slot,
                GtkAdjustment  *adjustment)
{
  if (adjustment == NULL)
    adjustment = gtk_adjustment_new (0, 0, 0, 0, 0, 0);
  if (*slot == adjustment)
    return;
  if (*slot != NULL)
    {
      g_signal_handlers_disconnect_by_func (*slot, on_adjustment_changed, self);
      g_object_unref (*slot);
    }
  *slot = g_object_ref_sink (adjustment);
  g_signal_connect_swapped (adjustment, "value-changed", G_CALLBACK (on_adjustment_changed), self);
  configure_adjustments (self);
}

static gboolean
jx_report_pages_get_border (GtkScrollable *scrollable,
                            GtkBorder     *border)
{
  return FALSE;
}

static void
jx_report_pages_scrollable_init (GtkScrollableInterface *iface)
{
  iface->get_border = jx_report_pages_get_border;
}

/* ---- Ctrl+wheel zooms ---- */

static gboolean
on_scroll (GtkEventControllerScroll *controller,
           double                    dx,
           double                    dy,
           JxReportPages            *self)
{
  GdkModifierType state = gtk_event_controller_get_current_event_state (GTK_EVENT_CONTROLLER (controller));

  if (!(state & GDK_CONTROL_MASK) || dy == 0)
    return FALSE;
  if (dy < 0)
    jx_report_pages_zoom_in (self);
  else
    jx_report_pages_zoom_out (self);
  return TRUE;
}

/* ---- keys: the arrows scroll a little; the page keys go to the view's actions ---- */

static gboolean
scroll_step (GtkWidget *widget,
             GVariant  *args,
             gpointer   data)
{
  JxReportPages *self = JX_REPORT_PAGES (widget);
  int direction = g_variant_get_int32 (args);

  if (self->vadjustment == NULL)
    return FALSE;
  gtk_adjustment_set_value (self->vadjustment, gtk_adjustment_get_value (self->vadjustment)
                                               + direction * MAX (gtk_adjustment_get_step_increment (self->vadjustment), 40));
  return TRUE;
}

/* ---- API ---- */

JxReportRenderer *
jx_report_pages_get_renderer (JxReportPages *self)
{
  g_return_val_if_fail (JX_IS_REPORT_PAGES (self), NULL);
  return self->renderer;
}

int
jx_report_pages_get_n_pages (JxReportPages *self)
{
  g_return_val_if_fail (JX_IS_REPORT_PAGES (self), 0);
  return self->n_pages;
}

int
jx_report_pages_get_current_page (JxReportPages *self)
{
  g_return_val_if_fail (JX_IS_REPORT_PAGES (self), -1);
  return self->n_pages > 0 ? MAX (self->current_page, 0) : -1;
}

void
jx_report_pages_show_page (JxReportPages *self,
                           int            page)
{
  g_return_if_fail (JX_IS_REPORT_PAGES (self));

  if (self->n_pages == 0 || self->vadjustment == NULL)
    return;
  page = CLAMP (page, 0, self->n_pages - 1);
  configure_adjustments (self);
  /* the page's top edge a little below the view's */
  gtk_adjustment_set_value (self->vadjustment, page == 0 ? 0 : page_top (self, page) - GAP / 2);
  update_visible (self);
}

double
jx_report_pages_get_zoom (JxReportPages *self)
{
  g_return_val_if_fail (JX_IS_REPORT_PAGES (self), 1.0);
  return self->zoom;
}

void
jx_report_pages_set_zoom (JxReportPages *self,
                          double         zoom)
{
  g_return_if_fail (JX_IS_REPORT_PAGES (self));

  jx_report_pages_set_fit_page (self, FALSE);
  apply_zoom (self, zoom);
}

gboolean
jx_report_pages_get_fit_page (JxReportPages *self)
{
  g_return_val_if_fail (JX_IS_REPORT_PAGES (self), FALSE);
  return self->fit_page;
}

void
jx_report_pages_set_fit_page (JxReportPages *self,
                               gboolean       fit)
{
  g_return_if_fail (JX_IS_REPORT_PAGES (self));

  fit = !!fit;
  if (self->fit_page == fit)
    return;
  self->fit_page = fit;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FIT_PAGE]);
  if (fit && gtk_widget_get_width (GTK_WIDGET (self)) > 0)
    apply_zoom (self, fit_zoom (self, gtk_widget_get_width (GTK_WIDGET (self)), gtk_widget_get_height (GTK_WIDGET (self))));
}

void
jx_report_pages_zoom_in (JxReportPages *self)
{
  guint i;

  g_return_if_fail (JX_IS_REPORT_PAGES (self));
  for (i = 0; i < G_N_ELEMENTS (zoom_steps); i++)
    if (zoom_steps[i] > self->zoom + 1e-3)
      {
        jx_report_pages_set_zoom (self, zoom_steps[i]);
        return;
      }
}

void
jx_report_pages_zoom_out (JxReportPages *self)
{
  int i;

  g_return_if_fail (JX_IS_REPORT_PAGES (self));
  for (i = G_N_ELEMENTS (zoom_steps) - 1; i >= 0; i--)
    if (zoom_steps[i] < self->zoom - 1e-3)
      {
        jx_report_pages_set_zoom (self, zoom_steps[i]);
        return;
      }
}

gboolean
jx_report_pages_page_is_current (JxReportPages *self,
                                 int            page)
{
  Drawing *drawing;

  g_return_val_if_fail (JX_IS_REPORT_PAGES (self), FALSE);
  drawing = g_hash_table_lookup (self->drawings, GINT_TO_POINTER (page));
  return drawing != NULL && drawing->generation == jx_report_renderer_get_generation (self->renderer)
         && fabs (drawing->scale - device_scale (self)) < 1e-6;
}

/* ---- GObject ---- */

static void
jx_report_pages_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  JxReportPages *self = JX_REPORT_PAGES (object);

  switch (prop_id)
    {
    case PROP_ZOOM:
      g_value_set_double (value, self->zoom);
      break;
    case PROP_FIT_PAGE:
      g_value_set_boolean (value, self->fit_page);
      break;
    case PROP_N_PAGES:
      g_value_set_int (value, self->n_pages);
      break;
    case PROP_CURRENT_PAGE:
      g_value_set_int (value, jx_report_pages_get_current_page (self));
      break;
    case PROP_HADJUSTMENT:
      g_value_set_object (value, self->hadjustment);
      break;
    case PROP_VADJUSTMENT:
      g_value_set_object (value, self->vadjustment);
      break;
    case PROP_HSCROLL_POLICY:
      g_value_set_enum (value, self->hpolicy);
      break;
    case PROP_VSCROLL_POLICY:
      g_value_set_enum (value, self->vpolicy);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
jx_report_pages_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  JxReportPages *self = JX_REPORT_PAGES (object);

  switch (prop_id)
    {
    case PROP_ZOOM:
      jx_report_pages_set_zoom (self, g_value_get_double (value));
      break;
    case PROP_FIT_PAGE:
      jx_report_pages_set_fit_page (self, g_value_get_boolean (value));
      break;
    case PROP_HADJUSTMENT:
      set_adjustment (self, &self->hadjustment, g_value_get_object (value));
      break;
    case PROP_VADJUSTMENT:
      set_adjustment (self, &self->vadjustment, g_value_get_object (value));
      break;
    case PROP_HSCROLL_POLICY:
      self->hpolicy = g_value_get_enum (value);
      break;
    case PROP_VSCROLL_POLICY:
      self->vpolicy = g_value_get_enum (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
jx_report_pages_dispose (GObject *object)
{
  JxReportPages *self = JX_REPORT_PAGES (object);

  if (self->renderer != NULL)
    g_signal_handlers_disconnect_by_data (self->renderer, self);
  g_clear_object (&self->renderer);
  if (self->hadjustment != NULL)
    g_signal_handlers_disconnect_by_func (self->hadjustment, on_adjustment_changed, self);
  if (self->vadjustment != NULL)
    g_signal_handlers_disconnect_by_func (self->vadjustment, on_adjustment_changed, self);
  g_clear_object (&self->hadjustment);
  g_clear_object (&self->vadjustment);
  g_clear_pointer (&self->drawings, g_hash_table_unref);
  g_clear_handle_id (&self->notify_id, g_source_remove);
  G_OBJECT_CLASS (jx_report_pages_parent_class)->dispose (object);
}

static void
jx_report_pages_class_init (JxReportPagesClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = jx_report_pages_get_property;
  object_class->set_property = jx_report_pages_set_property;
  object_class->dispose = jx_report_pages_dispose;
  widget_class->measure = jx_report_pages_measure;
  widget_class->size_allocate = jx_report_pages_size_allocate;
  widget_class->snapshot = jx_report_pages_snapshot;
  widget_class->map = jx_report_pages_map;

  properties[PROP_ZOOM] = g_param_spec_double ("zoom", NULL, NULL, JX_REPORT_ZOOM_MIN, JX_REPORT_ZOOM_MAX, 1.0,
                                               G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_FIT_PAGE] = g_param_spec_boolean ("fit-page", NULL, NULL, TRUE,
                                                     G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_N_PAGES] = g_param_spec_int ("n-pages", NULL, NULL, 0, G_MAXINT, 0,
                                               G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CURRENT_PAGE] = g_param_spec_int ("current-page", NULL, NULL, -1, G_MAXINT, -1,
                                                    G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
  g_object_class_override_property (object_class, PROP_HADJUSTMENT, "hadjustment");
  g_object_class_override_property (object_class, PROP_VADJUSTMENT, "vadjustment");
  g_object_class_override_property (object_class, PROP_HSCROLL_POLICY, "hscroll-policy");
  g_object_class_override_property (object_class, PROP_VSCROLL_POLICY, "vscroll-policy");

  /* before the scrolled window's own Page Up/Down: whole pages of the report */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Page_Up, 0, "report.previous-page", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Page_Down, 0, "report.next-page", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Home, 0, "report.first-page", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_End, 0, "report.last-page", NULL);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_Up, 0, scroll_step, "i", -1);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_Down, 0, scroll_step, "i", 1);

  gtk_widget_class_set_css_name (widget_class, "jx-report-pages");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_DOCUMENT);
}

static void
jx_report_pages_init (JxReportPages *self)
{
  GtkEventController *scroll;

  self->zoom = 1.0;
  self->fit_page = TRUE;
  self->current_page = -1;
  self->last = -1;
  self->paper_width = 595.28;
  self->paper_height = 841.89;
  self->drawings = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) drawing_free);
  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_set_overflow (GTK_WIDGET (self), GTK_OVERFLOW_HIDDEN);
  update_accessible (self);

  scroll = gtk_event_controller_scroll_new (GTK_EVENT_CONTROLLER_SCROLL_VERTICAL);
  g_signal_connect (scroll, "scroll", G_CALLBACK (on_scroll), self);
  gtk_widget_add_controller (GTK_WIDGET (self), scroll);
}

GtkWidget *
jx_report_pages_new (JxReportRenderer *renderer)
{
  JxReportPages *self;

  g_return_val_if_fail (JX_IS_REPORT_RENDERER (renderer), NULL);

  self = g_object_new (JX_TYPE_REPORT_PAGES, NULL);
  self->renderer = g_object_ref (renderer);
  g_signal_connect_swapped (renderer, "paginated", G_CALLBACK (on_paginated), self);
  g_signal_connect_swapped (renderer, "page-ready", G_CALLBACK (on_page_ready), self);
  return GTK_WIDGET (self);
}
