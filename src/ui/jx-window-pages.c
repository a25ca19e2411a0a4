/* SPDX-License-Identifier: GPL-3.0-or-later */
/* jx-window-pages.c: the pages of the window. The overview page is in the window's template;
 * the other three are made the first time they are shown (or asked for, by a finding's
 * link), or, one at a time, when the window is idle after its first frame, in the empty
 * slot the template keeps for each. Start-up then makes, styles and lays
 * out one page and its fields, not four with their charts and the indicator table (issue 16:
 * that was about half of the start-up's work). The 报告 page (its renderer's thread) likewise. */
#define G_LOG_DOMAIN "jx-window"

#include "config.h"

#include <glib/gi18n.h>

#include "jx-ui-util.h"
#include "jx-window-private.h"

/* The page made now: its charts and the window's evaluation. */
static void
page_made (JxWindow *self,
           JxPage    page)
{
  g_debug ("Made the %s page", jx_page_get_name (page));
  _jx_window_add_charts (self, page);
  switch (page)
    {
    case JX_PAGE_BUDGET:
      jx_budget_page_set_evaluation (self->budget_page, self->evaluation);
      break;
    case JX_PAGE_INDICATORS:
      jx_indicator_page_set_evaluation (self->indicator_page, self->evaluation);
      break;
    case JX_PAGE_CONCLUSION:
      jx_conclusion_page_set_evaluation (self->conclusion_page, self->evaluation);
      break;
    case JX_PAGE_OVERVIEW:
    case JX_N_PAGES:
    default:
      break;
    }
}

GtkWidget *
_jx_window_get_page (JxWindow *self,
                     JxPage    page)
{
  GtkWidget *widget = NULL;
  AdwBin *slot = NULL;
  gpointer *field = NULL;
  GType type = G_TYPE_INVALID;

  switch (page)
    {
    case JX_PAGE_OVERVIEW:
      return GTK_WIDGET (self->overview_page);
    case JX_PAGE_BUDGET:
      field = (gpointer *) &self->budget_page;
      slot = self->budget_slot;
      type = JX_TYPE_BUDGET_PAGE;
      break;
    case JX_PAGE_INDICATORS:
      field = (gpointer *) &self->indicator_page;
      slot = self->indicator_slot;
      type = JX_TYPE_INDICATOR_PAGE;
      break;
    case JX_PAGE_CONCLUSION:
    case JX_N_PAGES:
    default:
      field = (gpointer *) &self->conclusion_page;
      slot = self->conclusion_slot;
      type = JX_TYPE_CONCLUSION_PAGE;
      page = JX_PAGE_CONCLUSION;
      break;
    }
  if (*field != NULL || slot == NULL)
    return *field;
  widget = g_object_new (type, NULL);
  /* Named as its tab is (else a screen reader says “JxBudgetPage”). */
  jx_widget_set_accessible_label (widget, jx_page_get_title (page));
  *field = widget;
  adw_bin_set_child (slot, widget);
  page_made (self, page);
  return widget;
}

JxReportView *
_jx_window_get_report_view (JxWindow *self)
{
  if (self->report_view == NULL && self->report_slot != NULL)
    {
      self->report_view = g_object_new (JX_TYPE_REPORT_VIEW, NULL);
      jx_widget_set_accessible_label (GTK_WIDGET (self->report_view), C_("page", "Report"));
      jx_report_view_set_evaluation (self->report_view, self->evaluation);
      adw_bin_set_child (self->report_slot, GTK_WIDGET (self->report_view));
    }
  return self->report_view;
}

static void
on_visible_child (JxWindow *self)
{
  const char *name = adw_view_stack_get_visible_child_name (self->stack);
  guint page;

  if (g_strcmp0 (name, "report") == 0)
    {
      _jx_window_get_report_view (self);
      return;
    }

  for (page = 0; name != NULL && page < JX_N_PAGES; page++)
    if (g_str_equal (name, jx_page_get_name (page)))
      {
        _jx_window_get_page (self, page);
        return;
      }
}

/* After the first frame, when nothing else waits: the next page not made yet, the indicator
 * table first (the page most used, and the longest to make), so that its first showing only
 * lays it out (issue 16: at 50,000 indicators making it took a second). */
static gboolean
make_next_page (gpointer data)
{
  static const JxPage order[] = { JX_PAGE_INDICATORS, JX_PAGE_BUDGET, JX_PAGE_CONCLUSION };
  JxWindow *self = data;
  gconstpointer made[] = { self->indicator_page, self->budget_page, self->conclusion_page };
  guint i;

  for (i = 0; i < G_N_ELEMENTS (order); i++)
    if (made[i] == NULL)
      {
        _jx_window_get_page (self, order[i]);
        return G_SOURCE_CONTINUE;
      }
  self->make_pages_id = 0;
  return G_SOURCE_REMOVE;
}

static void
stop_waiting_for_frame (JxWindow *self)
{
  /* The clock goes with the window's surface, its handlers with it. */
  if (self->first_frame_clock != NULL && g_signal_handler_is_connected (self->first_frame_clock, self->first_frame_id))
    g_signal_handler_disconnect (self->first_frame_clock, self->first_frame_id);
  self->first_frame_id = 0;
  g_clear_object (&self->first_frame_clock);
}

static void
on_first_frame (GdkFrameClock *clock,
                JxWindow      *self)
{
  stop_waiting_for_frame (self);
  if (self->make_pages_id == 0)
    self->make_pages_id = g_idle_add_full (G_PRIORITY_LOW, make_next_page, self, NULL);
}

static void
on_realize (JxWindow *self)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (GTK_WIDGET (self));

  if (clock == NULL || self->first_frame_clock != NULL || self->make_pages_id != 0)
    return;
  self->first_frame_clock = g_object_ref (clock);
  self->first_frame_id = g_signal_connect (clock, "after-paint", G_CALLBACK (on_first_frame), self);
}

void
_jx_window_init_pages (JxWindow *self)
{
  jx_widget_set_accessible_label (GTK_WIDGET (self->overview_page), jx_page_get_title (JX_PAGE_OVERVIEW));
  g_signal_connect_swapped (self->stack, "notify::visible-child", G_CALLBACK (on_visible_child), self);
  g_signal_connect (self, "realize", G_CALLBACK (on_realize), NULL);
}

void
_jx_window_dispose_pages (JxWindow *self)
{
  stop_waiting_for_frame (self);
  g_clear_handle_id (&self->make_pages_id, g_source_remove);
  if (self->stack != NULL)
    g_signal_handlers_disconnect_by_func (self->stack, on_visible_child, self);
  _jx_window_pages_set_evaluation (self, NULL);
  /* The template's disposal destroys them with their slots. */
  self->budget_page = NULL;
  self->indicator_page = NULL;
  self->conclusion_page = NULL;
  self->report_view = NULL;
}

void
_jx_window_pages_set_evaluation (JxWindow     *self,
                                 JxEvaluation *evaluation)
{
  if (self->overview_page != NULL)
    jx_overview_page_set_evaluation (self->overview_page, evaluation);
  if (self->budget_page != NULL)
    jx_budget_page_set_evaluation (self->budget_page, evaluation);
  if (self->indicator_page != NULL)
    jx_indicator_page_set_evaluation (self->indicator_page, evaluation);
  if (self->conclusion_page != NULL)
    jx_conclusion_page_set_evaluation (self->conclusion_page, evaluation);
  if (self->report_view != NULL)
    jx_report_view_set_evaluation (self->report_view, evaluation);
}
