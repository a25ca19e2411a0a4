/* SPDX-License-Identifier: GPL-3.0-or-later */
/* jx-report-view.c: the 报告 page — a toolbar (pages, zoom, print and export) over the
 * report's pages. The document's ::changed restarts a short timer; when it fires (or when the
 * page is shown after changes) the document's canonical JSON goes to the renderer, which lays
 * the report out on its own thread. */
#define G_LOG_DOMAIN "jx-report-view"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "jx-report-paragraphs.h"
#include "jx-report-view.h"
#include "jx-save.h"

struct _JxReportView
{
  AdwBin            parent_instance;

  JxEvaluation     *evaluation;
  JxDocument       *document;
  gulong            changed_id;
  guint             timeout_id;
  gboolean          dirty;          /* changed since the last snapshot */
  JxReportRenderer *renderer;
  JxReportPages    *pages;
  JxReportParagraphs *paragraphs;
  GtkRevealer      *revealer;
  gboolean          paragraphs_chosen;   /* the clerk showed or hid them: left as chosen */
  gboolean          showing_paragraphs;  /* set by the view itself, not a choice */
  char             *page_text;

  /* template */
  GtkBox           *toolbar;
  GtkLabel         *page_label;
  GtkSpinner       *spinner;
  GtkLabel         *status_label;
  GtkToggleButton  *fit_button;
  GtkLabel         *zoom_label;
  GtkToggleButton  *paragraphs_button;
  GtkBox           *content;
  GtkScrolledWindow *scroller;
};

G_DEFINE_FINAL_TYPE (JxReportView, jx_report_view, ADW_TYPE_BIN)

/* ---- the toolbar follows the pages ---- */

static void
update_controls (JxReportView *self)
{
  int n = jx_report_pages_get_n_pages (self->pages);
  int current = jx_report_pages_get_current_page (self->pages);
  gboolean busy = jx_report_renderer_is_busy (self->renderer);
  double zoom = jx_report_pages_get_zoom (self->pages);
  g_autofree char *zoom_text = g_strdup_printf ("%.0f%%", zoom * 100);

  g_free (self->page_text);
  if (n > 0)
    /* Translators: the page shown in the report preview and the report's page count. */
    self->page_text = g_strdup_printf (_("Page %d of %d"), current + 1, n);
  else
    self->page_text = g_strdup ("");
  gtk_label_set_text (self->page_label, self->page_text);
  gtk_label_set_text (self->status_label, busy ? (n == 0 ? _("Laying out the report…") : _("Updating…")) : "");
  gtk_spinner_set_spinning (self->spinner, busy);
  gtk_widget_set_visible (GTK_WIDGET (self->spinner), busy);
  gtk_label_set_text (self->zoom_label, zoom_text);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "report.previous-page", n > 0 && current > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "report.first-page", n > 0 && current > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "report.next-page", n > 0 && current < n - 1);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "report.last-page", n > 0 && current < n - 1);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "report.zoom-in", zoom < JX_REPORT_ZOOM_MAX - 1e-3);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "report.zoom-out", zoom > JX_REPORT_ZOOM_MIN + 1e-3);
}

/* ---- following the document ---- */

static void
refresh (JxReportView *self)
{
  gsize length = 0;
  char *json;

  g_clear_handle_id (&self->timeout_id, g_source_remove);
  if (self->document == NULL)
    return;
  self->dirty = FALSE;
  json = jx_doc_data_to_json (jx_document_get_data (self->document), &length);
  jx_report_renderer_set_json (self->renderer, json, length);
  update_controls (self);
}

static gboolean
on_timeout (gpointer data)
{
  JxReportView *self = data;

  self->timeout_id = 0;
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    refresh (self);
  return G_SOURCE_REMOVE;
}

static void
on_document_changed (JxReportView *self)
{
  self->dirty = TRUE;
  /* a pause in typing, not every keystroke */
  g_clear_handle_id (&self->timeout_id, g_source_remove);
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    self->timeout_id = g_timeout_add (JX_REPORT_VIEW_DELAY_MS, on_timeout, self);
}

/* The generated paragraphs beside the pages when there are any, until the clerk chooses. */
static void
auto_show_paragraphs (JxReportView *self)
{
  if (self->paragraphs_chosen || self->evaluation == NULL)
    return;
  self->showing_paragraphs = TRUE;
  gtk_toggle_button_set_active (self->paragraphs_button, jx_report_paragraphs_get_n_rows (self->paragraphs) > 0);
  self->showing_paragraphs = FALSE;
}

static void
jx_report_view_map (GtkWidget *widget)
{
  JxReportView *self = JX_REPORT_VIEW (widget);

  GTK_WIDGET_CLASS (jx_report_view_parent_class)->map (widget);
  if (self->dirty)
    refresh (self);
  auto_show_paragraphs (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->pages));
}

void
jx_report_view_set_evaluation (JxReportView *self,
                               JxEvaluation *evaluation)
{
  g_return_if_fail (JX_IS_REPORT_VIEW (self));
  g_return_if_fail (evaluation == NULL || JX_IS_EVALUATION (evaluation));

  if (self->evaluation == evaluation)
    return;
  if (self->document != NULL)
    g_clear_signal_handler (&self->changed_id, self->document);
  g_clear_object (&self->document);
  g_set_object (&self->evaluation, evaluation);
  g_clear_handle_id (&self->timeout_id, g_source_remove);
  jx_report_paragraphs_set_evaluation (self->paragraphs, evaluation);
  self->paragraphs_chosen = FALSE;
  if (evaluation == NULL)
    return;
  self->document = g_object_ref (jx_evaluation_get_document (evaluation));
  self->changed_id = g_signal_connect_swapped (self->document, "changed", G_CALLBACK (on_document_changed), self);
  self->dirty = TRUE;
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    {
      refresh (self);
      auto_show_paragraphs (self);
    }
}

JxReportPages *
jx_report_view_get_pages (JxReportView *self)
{
  g_return_val_if_fail (JX_IS_REPORT_VIEW (self), NULL);
  return self->pages;
}

JxReportParagraphs *
jx_report_view_get_paragraphs (JxReportView *self)
{
  g_return_val_if_fail (JX_IS_REPORT_VIEW (self), NULL);
  return self->paragraphs;
}

void
jx_report_view_set_show_paragraphs (JxReportView *self,
                                    gboolean      show)
{
  g_return_if_fail (JX_IS_REPORT_VIEW (self));
  gtk_toggle_button_set_active (self->paragraphs_button, show);
}

const char *
jx_report_view_get_page_text (JxReportView *self)
{
  g_return_val_if_fail (JX_IS_REPORT_VIEW (self), NULL);
  return self->page_text;
}

/* ---- actions ---- */

static void
page_action (GtkWidget  *widget,
             const char *name,
             GVariant   *param)
{
  JxReportView *self = JX_REPORT_VIEW (widget);
  int current = jx_report_pages_get_current_page (self->pages);
  int n = jx_report_pages_get_n_pages (self->pages);

  if (g_str_equal (name, "report.previous-page"))
    jx_report_pages_show_page (self->pages, current - 1);
  else if (g_str_equal (name, "report.next-page"))
    jx_report_pages_show_page (self->pages, current + 1);
  else if (g_str_equal (name, "report.first-page"))
    jx_report_pages_show_page (self->pages, 0);
  else if (g_str_equal (name, "report.last-page"))
    jx_report_pages_show_page (self->pages, n - 1);
}

static void
zoom_action (GtkWidget  *widget,
             const char *name,
             GVariant   *param)
{
  JxReportView *self = JX_REPORT_VIEW (widget);

  if (g_str_equal (name, "report.zoom-in"))
    jx_report_pages_zoom_in (self->pages);
  else if (g_str_equal (name, "report.zoom-out"))
    jx_report_pages_zoom_out (self->pages);
  else
    jx_report_pages_set_fit_page (self->pages, TRUE);
}

static void
on_paragraphs_toggled (JxReportView *self)
{
  if (!self->showing_paragraphs)
    self->paragraphs_chosen = TRUE;
}

static void
paragraphs_action (GtkWidget  *widget,
                   const char *name,
                   GVariant   *param)
{
  JxReportView *self = JX_REPORT_VIEW (widget);

  gtk_toggle_button_set_active (self->paragraphs_button, !gtk_toggle_button_get_active (self->paragraphs_button));
}

/* ---- GObject ---- */

static void
jx_report_view_dispose (GObject *object)
{
  JxReportView *self = JX_REPORT_VIEW (object);

  jx_report_view_set_evaluation (self, NULL);
  if (self->renderer != NULL)
    g_signal_handlers_disconnect_by_data (self->renderer, self);
  g_clear_object (&self->renderer);
  gtk_widget_dispose_template (GTK_WIDGET (self), JX_TYPE_REPORT_VIEW);
  G_OBJECT_CLASS (jx_report_view_parent_class)->dispose (object);
}

static void
jx_report_view_finalize (GObject *object)
{
  g_free (JX_REPORT_VIEW (object)->page_text);
  G_OBJECT_CLASS (jx_report_view_parent_class)->finalize (object);
}

static void
add_key (GtkWidgetClass  *widget_class,
         guint            key,
         GdkModifierType  mods,
         const char      *action)
{
  gtk_widget_class_add_binding_action (widget_class, key, mods, action, NULL);
}

static void
jx_report_view_class_init (JxReportViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = jx_report_view_dispose;
  object_class->finalize = jx_report_view_finalize;
  widget_class->map = jx_report_view_map;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/jixiao/Jixiao/ui/report/jx-report-view.ui");
  gtk_widget_class_bind_template_child (widget_class, JxReportView, toolbar);
  gtk_widget_class_bind_template_child (widget_class, JxReportView, page_label);
  gtk_widget_class_bind_template_child (widget_class, JxReportView, spinner);
  gtk_widget_class_bind_template_child (widget_class, JxReportView, status_label);
  gtk_widget_class_bind_template_child (widget_class, JxReportView, fit_button);
  gtk_widget_class_bind_template_child (widget_class, JxReportView, zoom_label);
  gtk_widget_class_bind_template_child (widget_class, JxReportView, paragraphs_button);
  gtk_widget_class_bind_template_child (widget_class, JxReportView, content);
  gtk_widget_class_bind_template_child (widget_class, JxReportView, scroller);

  gtk_widget_class_install_action (widget_class, "report.previous-page", NULL, page_action);
  gtk_widget_class_install_action (widget_class, "report.next-page", NULL, page_action);
  gtk_widget_class_install_action (widget_class, "report.first-page", NULL, page_action);
  gtk_widget_class_install_action (widget_class, "report.last-page", NULL, page_action);
  gtk_widget_class_install_action (widget_class, "report.zoom-in", NULL, zoom_action);
  gtk_widget_class_install_action (widget_class, "report.zoom-out", NULL, zoom_action);
  gtk_widget_class_install_action (widget_class, "report.fit-page", NULL, zoom_action);
  gtk_widget_class_install_action (widget_class, "report.paragraphs", NULL, paragraphs_action);

  add_key (widget_class, GDK_KEY_Page_Up, 0, "report.previous-page");
  add_key (widget_class, GDK_KEY_KP_Page_Up, 0, "report.previous-page");
  add_key (widget_class, GDK_KEY_Page_Down, 0, "report.next-page");
  add_key (widget_class, GDK_KEY_KP_Page_Down, 0, "report.next-page");
  add_key (widget_class, GDK_KEY_Home, 0, "report.first-page");
  add_key (widget_class, GDK_KEY_End, 0, "report.last-page");
  add_key (widget_class, GDK_KEY_plus, GDK_CONTROL_MASK, "report.zoom-in");
  add_key (widget_class, GDK_KEY_equal, GDK_CONTROL_MASK, "report.zoom-in");
  add_key (widget_class, GDK_KEY_KP_Add, GDK_CONTROL_MASK, "report.zoom-in");
  add_key (widget_class, GDK_KEY_minus, GDK_CONTROL_MASK, "report.zoom-out");
  add_key (widget_class, GDK_KEY_KP_Subtract, GDK_CONTROL_MASK, "report.zoom-out");
  add_key (widget_class, GDK_KEY_0, GDK_CONTROL_MASK, "report.fit-page");
  add_key (widget_class, GDK_KEY_KP_0, GDK_CONTROL_MASK, "report.fit-page");
  add_key (widget_class, GDK_KEY_F9, 0, "report.paragraphs");

  g_type_ensure (JX_TYPE_REPORT_PAGES);
}

static void
jx_report_view_init (JxReportView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->renderer = jx_report_renderer_new ();
  self->pages = JX_REPORT_PAGES (jx_report_pages_new (self->renderer));
  gtk_scrolled_window_set_child (self->scroller, GTK_WIDGET (self->pages));

  /* the generated paragraphs beside the pages (shown when there are some): F9 or the button */
  self->paragraphs = JX_REPORT_PARAGRAPHS (jx_report_paragraphs_new ());
  gtk_widget_set_size_request (GTK_WIDGET (self->paragraphs), 360, -1);
  self->revealer = GTK_REVEALER (gtk_revealer_new ());
  gtk_revealer_set_transition_type (self->revealer, GTK_REVEALER_TRANSITION_TYPE_SLIDE_LEFT);
  {
    GtkWidget *side = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);

    gtk_box_append (GTK_BOX (side), gtk_separator_new (GTK_ORIENTATION_VERTICAL));
    gtk_box_append (GTK_BOX (side), GTK_WIDGET (self->paragraphs));
    gtk_revealer_set_child (self->revealer, side);
  }
  gtk_box_append (self->content, GTK_WIDGET (self->revealer));
  g_object_bind_property (self->paragraphs_button, "active", self->revealer, "reveal-child", G_BINDING_SYNC_CREATE);
  g_signal_connect_swapped (self->paragraphs_button, "toggled", G_CALLBACK (on_paragraphs_toggled), self);
  g_signal_connect_swapped (self->renderer, "paginated", G_CALLBACK (update_controls), self);
  g_signal_connect_swapped (self->pages, "notify::current-page", G_CALLBACK (update_controls), self);
  g_signal_connect_swapped (self->pages, "notify::n-pages", G_CALLBACK (update_controls), self);
  g_signal_connect_swapped (self->pages, "notify::zoom", G_CALLBACK (update_controls), self);
  g_signal_connect_swapped (self->pages, "notify::fit-page", G_CALLBACK (update_controls), self);
  g_object_bind_property (self->pages, "fit-page", self->fit_button, "active",
                          G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
  update_controls (self);
}
