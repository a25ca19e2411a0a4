/* SPDX-License-Identifier: GPL-3.0-or-later */
/* jx-indicator-page-layout.c: the widths of the indicator table's columns, as the clerk drags
 * them, remembered in GSettings ("indicator-column-widths", by column id) for the next window. */
#define G_LOG_DOMAIN "jx-indicator-page"

#include "config.h"

#include "jx-indicator-page-private.h"
#include "jx-settings.h"

#define MIN_WIDTH 24
#define MAX_WIDTH 4000

/* GTK 4.8 counts a hidden column's fixed width in the table's width, which the text columns
 * then lack: a hidden column has none, and keeps its width here. */
int
_jx_indicator_page_column_width (JxIndicatorPage *self,
                                 JxColumn         column)
{
  if (!gtk_column_view_column_get_visible (self->columns[column]))
    return self->hidden_width[column];
  return gtk_column_view_column_get_fixed_width (self->columns[column]);
}

void
_jx_indicator_page_set_column_width (JxIndicatorPage *self,
                                     JxColumn         column,
                                     int              width)
{
  gboolean restoring = self->restoring_widths;

  self->hidden_width[column] = width;
  self->restoring_widths = TRUE;
  gtk_column_view_column_set_fixed_width (self->columns[column],
                                          gtk_column_view_column_get_visible (self->columns[column]) ? width : -1);
  self->restoring_widths = restoring;
}

static gboolean
save_widths (gpointer data)
{
  JxIndicatorPage *self = data;
  GVariantBuilder builder;
  guint i;

  self->save_widths_id = 0;
  if (self->settings == NULL)
    return G_SOURCE_REMOVE;
  g_variant_builder_init (&builder, G_VARIANT_TYPE ("a{si}"));
  for (i = 0; i < JX_N_COLUMNS; i++)
    {
      int width = _jx_indicator_page_column_width (self, i);

      /* Only what the clerk changed: a later version may choose other defaults. */
      if (width >= MIN_WIDTH && width != jx_column_get_width (i))
        g_variant_builder_add (&builder, "{si}", jx_column_get_id (i), width);
    }
  g_settings_set_value (self->settings, "indicator-column-widths", g_variant_builder_end (&builder));
  return G_SOURCE_REMOVE;
}

static void
on_width_changed (GtkColumnViewColumn *column,
                  GParamSpec          *pspec,
                  JxIndicatorPage     *self)
{
  if (self->restoring_widths || self->settings == NULL)
    return;
  if (gtk_column_view_column_get_visible (column))
    {
      guint i;

      for (i = 0; i < JX_N_COLUMNS; i++)
        if (self->columns[i] == column)
          self->hidden_width[i] = gtk_column_view_column_get_fixed_width (column);
    }
  /* A drag changes the width at every motion: write once it rests. */
  g_clear_handle_id (&self->save_widths_id, g_source_remove);
  self->save_widths_id = g_timeout_add (300, save_widths, self);
}

void
_jx_indicator_page_restore_widths (JxIndicatorPage *self)
{
  g_autoptr(GVariant) widths = NULL;
  guint i;

  /* Without settings (the schema not installed) the default widths. */
  if (self->settings != NULL)
    widths = g_settings_get_value (self->settings, "indicator-column-widths");
  self->restoring_widths = TRUE;
  for (i = 0; i < JX_N_COLUMNS; i++)
    {
      int width;

      if (widths == NULL || !g_variant_lookup (widths, jx_column_get_id (i), "i", &width)
          || width < MIN_WIDTH || width > MAX_WIDTH)
        width = jx_column_get_width (i);
      _jx_indicator_page_set_column_width (self, i, width);
    }
  self->restoring_widths = FALSE;
}

void
_jx_indicator_page_init_layout (JxIndicatorPage *self)
{
  guint i;

  self->settings = jx_settings_new ();
  _jx_indicator_page_restore_widths (self);
  for (i = 0; i < JX_N_COLUMNS; i++)
    g_signal_connect (self->columns[i], "notify::fixed-width", G_CALLBACK (on_width_changed), self);
}

void
_jx_indicator_page_dispose_layout (JxIndicatorPage *self)
{
  guint i;

  /* A width dragged just before the window closes is kept all the same. */
  if (self->save_widths_id != 0)
    {
      g_clear_handle_id (&self->save_widths_id, g_source_remove);
      save_widths (self);
    }
  for (i = 0; i < JX_N_COLUMNS; i++)
    if (self->columns[i] != NULL)
      g_signal_handlers_disconnect_by_func (self->columns[i], on_width_changed, self);
  g_clear_object (&self->settings);
}
