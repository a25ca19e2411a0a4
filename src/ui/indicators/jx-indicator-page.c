/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Placeholder until the indicator-table issue fills it. */
#define G_LOG_DOMAIN "jx-indicator-page"

#include "config.h"

#include <glib/gi18n.h>

#include "jx-indicator-page.h"

struct _JxIndicatorPage
{
  AdwBin        parent_instance;
  JxEvaluation *evaluation;
};

G_DEFINE_FINAL_TYPE (JxIndicatorPage, jx_indicator_page, ADW_TYPE_BIN)

static void
jx_indicator_page_dispose (GObject *object)
{
  JxIndicatorPage *self = (JxIndicatorPage *) object;

  g_clear_object (&self->evaluation);
  G_OBJECT_CLASS (jx_indicator_page_parent_class)->dispose (object);
}

static void
jx_indicator_page_class_init (JxIndicatorPageClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = jx_indicator_page_dispose;
}

static void
jx_indicator_page_init (JxIndicatorPage *self)
{
  adw_bin_set_child (ADW_BIN (self), adw_status_page_new ());
}

void
jx_indicator_page_set_evaluation (JxIndicatorPage *self,
                                  JxEvaluation    *evaluation)
{
  g_return_if_fail (JX_IS_INDICATOR_PAGE (self));
  g_set_object (&self->evaluation, evaluation);
}

gboolean
jx_indicator_page_focus_path (JxIndicatorPage *self,
                              const char      *path)
{
  g_return_val_if_fail (JX_IS_INDICATOR_PAGE (self), FALSE);
  return FALSE;
}
