/* SPDX-License-Identifier: GPL-3.0-or-later */
/* jx-slides-private.h: what the files of the deck share — the 1920 × 1080 grid, the deck,
 * the palettes, the text helpers (jx-slides-text.c) and the slides other than charts
 * (jx-slides-draw.c, jx-slides-problems.c). */
#pragma once

#include <pango/pangocairo.h>

#include "jx-chart-style.h"
#include "jx-scoring.h"
#include "jx-slides.h"

G_BEGIN_DECLS

#define W 1920.0
#define H 1080.0
#define MARGIN 96.0
/* Characters of one text a slide lays out at most (see _jx_slide_layout). */
#define JX_SLIDE_MAX_TEXT 4000

typedef struct {
  char    *id;
  char    *title;
  char    *text;     /* the part of a text a "problems" slide shows, or NULL */
  gboolean good;     /* that text is the measures (the good colour), not the problems */
} Slide;

struct _JxSlides {
  const JxDocData *doc;
  GPtrArray *slides;         /* of Slide* */
  JxScoreSheet *sheet;
};

/* The background is the charts' slide style's (jx-chart-style.c). */
typedef struct {
  JxRgb text, muted, accent, good, warn, track;
} Palette;

/* jx-slides-text.c */
void         _jx_slide_set_rgb   (cairo_t *cr, const JxRgb *c);
/* `text` in a box `width` wide (caller draws and frees). */
PangoLayout *_jx_slide_layout    (cairo_t *cr, const char *text, double size, gboolean bold,
                                  double width, PangoAlignment align);
/* Draws text at (x, y); returns the height used. */
double       _jx_slide_text      (cairo_t *cr, const char *text, double x, double y, double width,
                                  double size, gboolean bold, const JxRgb *colour, PangoAlignment align);
/* The largest size from `size` down to `min_size` at which `text` fits width × height. */
double       _jx_slide_fit_size  (cairo_t *cr, const char *text, double width, double height,
                                  double size, double min_size);
/* Draws text at `size` (ellipsized if it still does not fit width × height). */
void         _jx_slide_text_fit  (cairo_t *cr, const char *text, double x, double y, double width,
                                  double height, double size, double min_size, const JxRgb *colour);
/* The slide's title and its rule; returns where the content starts. */
double       _jx_slide_heading   (cairo_t *cr, const char *title, const Palette *p);
char        *_jx_slide_percent   (double v);
char        *_jx_slide_score     (double v);

/* jx-slides-draw.c */
void         _jx_slide_draw_title       (const JxSlides *self, cairo_t *cr, const Palette *p);
void         _jx_slide_draw_key_figures (const JxSlides *self, cairo_t *cr, const Palette *p);
void         _jx_slide_draw_completion  (const JxSlides *self, cairo_t *cr, const Palette *p);

/* jx-slides-problems.c */
/* Appends the "problems" slides: the problems, then the measures, at most six lines a slide. */
void         _jx_slides_add_problems    (GPtrArray *slides, const JxDocData *doc);
void         _jx_slide_draw_text_page   (const Slide *slide, cairo_t *cr, const Palette *p);

G_END_DECLS
