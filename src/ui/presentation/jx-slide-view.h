/* SPDX-License-Identifier: GPL-3.0-or-later */
/* jx-slide-view.h: draws one slide of a deck, filling the widget. */
#pragma once

#include <gtk/gtk.h>

#include "jx-slides.h"

G_BEGIN_DECLS

#define JX_TYPE_SLIDE_VIEW (jx_slide_view_get_type ())
G_DECLARE_FINAL_TYPE (JxSlideView, jx_slide_view, JX, SLIDE_VIEW, GtkWidget)

GtkWidget *jx_slide_view_new       (void);
/* The view borrows `slides`; the caller keeps it alive while it is set. */
void       jx_slide_view_set_slide (JxSlideView    *self,
                                    const JxSlides *slides,
                                    guint           index,
                                    gboolean        dark);

G_END_DECLS
