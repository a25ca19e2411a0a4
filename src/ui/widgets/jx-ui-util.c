/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "jx-ui-util"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "jx-ui-util.h"

#define FLASH_MS 1600

static const struct {
  const char *name;
  const char *title;
} pages[JX_N_PAGES] = {
  { "overview", NC_("page", "Overview") },
  { "budget", NC_("page", "Budget") },
  { "indicators", NC_("page", "Indicators") },
  { "conclusion", NC_("page", "Conclusion") },
};

JxPage
jx_page_for_path (const char *path)
{
  g_return_val_if_fail (path != NULL, JX_PAGE_CONCLUSION);

  if (g_str_has_prefix (path, "department") || g_str_equal (path, "scoring.method"))
    return JX_PAGE_OVERVIEW;
  if (g_str_has_prefix (path, "budget") || g_str_has_prefix (path, "restatements")
      || g_str_equal (path, "scoring.three_public_change_base"))
    return JX_PAGE_BUDGET;
  if (g_str_has_prefix (path, "indicators"))
    return JX_PAGE_INDICATORS;
  return JX_PAGE_CONCLUSION;
}

const char *
jx_page_get_name (JxPage page)
{
  g_return_val_if_fail (page < JX_N_PAGES, NULL);
  return pages[page].name;
}

const char *
jx_page_get_title (JxPage page)
{
  g_return_val_if_fail (page < JX_N_PAGES, NULL);
  return g_dpgettext2 (NULL, "page", pages[page].title);
}

gboolean
jx_ui_path_affects (const char *changed,
                    const char *path)
{
  gsize len;

  g_return_val_if_fail (path != NULL, FALSE);

  if (changed == NULL || changed[0] == '\0')
    return TRUE;
  len = strlen (changed);
  return strncmp (changed, path, len) == 0
         && (path[len] == '\0' || path[len] == '.' || path[len] == '[');
}

char *
jx_findings_to_text (GPtrArray  *findings,
                     JxSeverity *severity)
{
  g_autoptr(GString) text = NULL;
  JxSeverity worst = JX_SEVERITY_INFO;
  guint i;

  if (findings == NULL || findings->len == 0)
    {
      if (severity != NULL)
        *severity = JX_SEVERITY_INFO;
      return NULL;
    }
  text = g_string_new (NULL);
  for (i = 0; i < findings->len; i++)
    {
      const JxFinding *f = g_ptr_array_index (findings, i);

      if (i > 0)
        g_string_append_c (text, '\n');
      g_string_append (text, f->message);
      worst = MAX (worst, f->severity);
    }
  if (severity != NULL)
    *severity = worst;
  return g_string_free (g_steal_pointer (&text), FALSE);
}

void
jx_widget_set_findings (GtkWidget *widget,
                        GPtrArray *findings)
{
  g_autofree char *text = NULL;
  JxSeverity severity;

  g_return_if_fail (GTK_IS_WIDGET (widget));

  /* The widget's own tooltip comes back when the findings are gone. */
  if (g_object_get_data (G_OBJECT (widget), "jx-own-tooltip-saved") == NULL)
    {
      g_object_set_data (G_OBJECT (widget), "jx-own-tooltip-saved", GINT_TO_POINTER (1));
      g_object_set_data_full (G_OBJECT (widget), "jx-own-tooltip",
                              g_strdup (gtk_widget_get_tooltip_text (widget)), g_free);
    }
  text = jx_findings_to_text (findings, &severity);
  gtk_widget_remove_css_class (widget, "error");
  gtk_widget_remove_css_class (widget, "warning");
  if (text != NULL && severity == JX_SEVERITY_ERROR)
    gtk_widget_add_css_class (widget, "error");
  else if (text != NULL && severity == JX_SEVERITY_WARNING)
    gtk_widget_add_css_class (widget, "warning");
  gtk_widget_set_tooltip_text (widget, text != NULL ? text : g_object_get_data (G_OBJECT (widget), "jx-own-tooltip"));
  if (text != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, text, -1);
  else
    gtk_accessible_reset_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
}

/* ---- reveal ---- */

static void
scroll_into_view (GtkWidget *widget)
{
  GtkWidget *scrolled = gtk_widget_get_ancestor (widget, GTK_TYPE_SCROLLED_WINDOW);
  GtkWidget *viewport;
  GtkAdjustment *adj;
  double x, y, value, page, height, margin;

  if (scrolled == NULL)
    return;
  viewport = gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (scrolled));
  if (viewport == NULL || !gtk_widget_translate_coordinates (widget, viewport, 0, 0, &x, &y))
    return;
  adj = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled));
  value = gtk_adjustment_get_value (adj);
  page = gtk_adjustment_get_page_size (adj);
  height = gtk_widget_get_height (widget);
  /* Leave room above for the heading of the group the field is in. */
  margin = MIN (page / 3, 200);
  if (y >= margin && y + height <= page - margin)
    return;
  gtk_adjustment_set_value (adj, value + y - margin);
}

static void
on_after_paint (GdkFrameClock *clock,
                GtkWidget     *widget)
{
  g_signal_handlers_disconnect_by_func (clock, on_after_paint, widget);
  scroll_into_view (widget);
  g_object_unref (widget);
}

void
jx_widget_reveal (GtkWidget *widget)
{
  GdkFrameClock *clock;

  g_return_if_fail (GTK_IS_WIDGET (widget));

  gtk_widget_grab_focus (widget);
  jx_widget_flash (widget);
  clock = gtk_widget_get_frame_clock (widget);
  if (clock == NULL)
    {
      scroll_into_view (widget);
      return;
    }
  /* The page may just have been switched to: scroll once it has been laid out. */
  g_signal_connect (clock, "after-paint", G_CALLBACK (on_after_paint), g_object_ref (widget));
  gtk_widget_queue_draw (widget);
}

static gboolean
unflash (gpointer data)
{
  GtkWidget *widget = data;
  GtkWidget *row = gtk_widget_get_ancestor (widget, GTK_TYPE_LIST_BOX_ROW);

  gtk_widget_remove_css_class (widget, "jx-flash");
  if (row != NULL)
    gtk_widget_remove_css_class (row, "jx-flash-row");
  return G_SOURCE_REMOVE;
}

void
jx_widget_flash (GtkWidget *widget)
{
  GtkWidget *row;

  g_return_if_fail (GTK_IS_WIDGET (widget));

  row = gtk_widget_get_ancestor (widget, GTK_TYPE_LIST_BOX_ROW);
  gtk_widget_add_css_class (widget, "jx-flash");
  if (row != NULL)
    gtk_widget_add_css_class (row, "jx-flash-row");
  g_timeout_add_full (G_PRIORITY_DEFAULT, FLASH_MS, unflash, g_object_ref (widget), g_object_unref);
}

void
jx_widget_set_accessible_label (GtkWidget  *widget,
                                const char *label)
{
  g_return_if_fail (GTK_IS_WIDGET (widget));
  gtk_accessible_update_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  /* The name given is the whole name: a label that points at the widget (a row's title, a
   * mnemonic label) would say its words a second time. */
  gtk_accessible_reset_relation (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_RELATION_LABELLED_BY);
  g_object_set_data (G_OBJECT (widget), JX_A11Y_NAMED_KEY, GINT_TO_POINTER (1));
}

void
jx_label_set_mnemonic_widget (GtkLabel  *label,
                              GtkWidget *widget)
{
  g_return_if_fail (GTK_IS_LABEL (label));
  gtk_label_set_mnemonic_widget (label, widget);
  if (widget != NULL && g_object_get_data (G_OBJECT (widget), JX_A11Y_NAMED_KEY) != NULL)
    gtk_accessible_reset_relation (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_RELATION_LABELLED_BY);
}

GtkWidget *
jx_message_dialog_new (GtkWindow  *parent,
                       const char *heading,
                       const char *body)
{
  GtkWidget *dialog = adw_message_dialog_new (parent, heading, body);

  /* Wide enough for a heading with a file name on a line or two: libadwaita's narrowest
   * (300 px) breaks “xinzhou-2020.jixiao” inside the name. */
  gtk_widget_set_size_request (dialog, JX_MESSAGE_DIALOG_WIDTH, -1);
  return dialog;
}

GtkWidget *
jx_dim_label_new (const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_widget_add_css_class (label, "dim-label");
  return label;
}

char *
jx_ui_strip_mnemonic (const char *label)
{
  g_autoptr(GString) out = g_string_new (label);
  const char *p;

  /* The Chinese form: a parenthesised "(_X)" after the text. */
  p = strstr (out->str, "(_");
  if (p != NULL && p[2] != '\0' && p[3] == ')')
    g_string_erase (out, p - out->str, 4);
  g_string_replace (out, "_", "", 0);
  return g_strstrip (g_string_free (g_steal_pointer (&out), FALSE));
}
