/* SPDX-License-Identifier: GPL-3.0-or-later */
/* jx-slides.h: the meeting presentation — a deck of slides generated from the document
 * (title, key figures, each chart, completion, problems and measures), drawn at any size
 * into any cairo context: the full-screen presentation, and the 16:9 PDF. */
#pragma once

#include <cairo.h>

#include "jx-types.h"

G_BEGIN_DECLS

typedef struct _JxSlides JxSlides;

/* The deck as the document's `presentation` settings order and filter it. */
JxSlides   *jx_slides_new           (const JxDocData *doc);
void        jx_slides_free          (JxSlides        *slides);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (JxSlides, jx_slides_free)

guint       jx_slides_get_n         (const JxSlides  *slides);
const char *jx_slides_get_id        (const JxSlides  *slides,
                                     guint            index);
/* Translated title ("关键数据", or the chart's title). */
const char *jx_slides_get_title     (const JxSlides  *slides,
                                     guint            index);

/* Draws slide `index` filling (0, 0, width, height); `dark` for a dark room. */
void        jx_slides_render        (const JxSlides  *slides,
                                     guint            index,
                                     cairo_t         *cr,
                                     double           width,
                                     double           height,
                                     gboolean         dark);

/* Draws "3 / 12" in the slide's bottom right corner, in the slide's muted colour (light or
 * dark), at 28 px of a 1920 × 1080 slide; over jx_slides_render() of the same size. */
void        jx_slides_render_counter (const JxSlides *slides,
                                      guint           index,
                                      cairo_t        *cr,
                                      double          width,
                                      double          height,
                                      gboolean        dark);

/* Every slide id of the document in the default order, shown or not (NULL-terminated,
 * free with g_strfreev); for the slide settings. */
char      **jx_slides_all_ids       (const JxDocData *doc);
/* Whether a slide is in the default deck (a document that saved no choice). */
gboolean    jx_slides_default_shown (const char      *id);
/* Translated title of a slide id, or NULL when the id names nothing. */
char       *jx_slides_title_for_id  (const JxDocData *doc,
                                     const char      *id);

/* The shown slides as a 16:9 PDF (1280 × 720 pt pages), written atomically. */
gboolean    jx_slides_export_pdf    (const JxDocData *doc,
                                     const char      *path,
                                     gboolean         dark,
                                     GError         **error);

G_END_DECLS
