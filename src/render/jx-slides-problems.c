/* SPDX-License-Identifier: GPL-3.0-or-later */
/* jx-slides-problems.c: the problems and the improvement measures as slides of at most six
 * lines each — a text longer than that goes on over several slides ("存在的问题（1/2）"),
 * broken between paragraphs where it can be, else between lines. */
#define G_LOG_DOMAIN "jx-slides"

#include "config.h"

#include <glib/gi18n.h>

#include "jx-slides-private.h"

/* Type of the text, px of a 1920 × 1080 slide, and the lines a slide shows at most. */
#define BODY_SIZE 52
#define BODY_LINES 6
/* Slides one section takes at most: the last shows the rest, cut at six lines with "…". */
#define MAX_PAGES 8

/* Paragraphs one a line: a slide has no room for blank lines. */
static char *
compact (const char *text)
{
  g_autoptr(GString) out = g_string_new (text);

  while (g_string_replace (out, "\n\n", "\n", 0) > 0)
    ;
  return g_strstrip (g_string_free (g_steal_pointer (&out), FALSE));
}

static void
add_page (GPtrArray  *slides,
          const char *title,
          const char *text,
          gsize       length,
          gboolean    good)
{
  Slide *s = g_new0 (Slide, 1);

  s->id = g_strdup ("problems");
  s->title = g_strdup (title);
  s->text = length == (gsize) -1 ? g_strdup (text) : g_strndup (text, length);
  g_strstrip (s->text);
  s->good = good;
  g_ptr_array_add (slides, s);
}

/* Appends the slides of one section (`heading`, `text`) to `slides`. */
static void
add_section (GPtrArray  *slides,
             cairo_t    *cr,
             const char *heading,
             const char *body,
             gboolean    good)
{
  g_autoptr(PangoLayout) layout = _jx_slide_layout (cr, body, BODY_SIZE, FALSE, W - 2 * MARGIN, PANGO_ALIGN_LEFT);
  g_autoptr(GArray) starts = g_array_new (FALSE, FALSE, sizeof (int));   /* first line of each page */
  const char *laid = pango_layout_get_text (layout);
  int n = pango_layout_get_line_count (layout);
  guint first = slides->len, i;
  int line = 0;

  while (line < n)
    {
      int end = MIN (line + BODY_LINES, n);
      int k;

      g_array_append_val (starts, line);
      if (starts->len == MAX_PAGES)
        break;
      /* The page ends before the last paragraph that starts on it, if one does. */
      if (end < n)
        for (k = end; k > line; k--)
          {
            int start = pango_layout_get_line_readonly (layout, k)->start_index;

            if (start > 0 && laid[start - 1] == '\n')
              {
                end = k;
                break;
              }
          }
      line = end;
    }

  for (i = 0; i < starts->len; i++)
    {
      int from = pango_layout_get_line_readonly (layout, g_array_index (starts, int, i))->start_index;
      int to = i + 1 < starts->len
               ? pango_layout_get_line_readonly (layout, g_array_index (starts, int, i + 1))->start_index
               : (int) strlen (laid);
      g_autofree char *title = starts->len == 1 ? g_strdup (heading)
                               /* Translators: a slide's title and its part, "存在的问题（1/2）" */
                               : g_strdup_printf (_("%s (%u/%u)"), heading, i + 1, starts->len);

      add_page (slides, title, laid + from, (gsize) (to - from), good);
    }
  if (slides->len == first)
    add_page (slides, heading, _("(none stated)"), (gsize) -1, good);
}

void
_jx_slides_add_problems (GPtrArray       *slides,
                         const JxDocData *doc)
{
  const JxConclusion *c = &doc->conclusion;
  g_autofree char *problems = compact (c->problems);
  g_autofree char *measures = compact (c->measures);
  gboolean has_problems = problems[0] != '\0';
  gboolean has_measures = measures[0] != '\0';
  cairo_surface_t *scratch;
  cairo_t *cr;

  if (!has_problems && !has_measures)
    {
      add_page (slides, _("Problems and improvement measures"), _("(none stated)"), (gsize) -1, FALSE);
      return;
    }
  /* Laid out as the slide lays it out (the layout does not depend on the surface). */
  scratch = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1, 1);
  cr = cairo_create (scratch);
  if (has_problems)
    add_section (slides, cr, _("Problems"), problems, FALSE);
  if (has_measures)
    add_section (slides, cr, _("Improvement measures"), measures, TRUE);
  cairo_destroy (cr);
  cairo_surface_destroy (scratch);
}

void
_jx_slide_draw_text_page (const Slide   *slide,
                          cairo_t       *cr,
                          const Palette *p)
{
  double y = _jx_slide_heading (cr, slide->title, p);
  g_autoptr(PangoLayout) layout = _jx_slide_layout (cr, slide->text != NULL ? slide->text : "", BODY_SIZE, FALSE,
                                                    W - 2 * MARGIN, PANGO_ALIGN_LEFT);

  /* The rule under the title says which section: problems in the warning colour. */
  _jx_slide_set_rgb (cr, slide->good ? &p->good : &p->warn);
  cairo_rectangle (cr, MARGIN, y - 40, 160, 8);
  cairo_fill (cr);

  pango_layout_set_line_spacing (layout, 1.35);
  pango_layout_set_height (layout, -BODY_LINES);
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  _jx_slide_set_rgb (cr, &p->text);
  cairo_move_to (cr, MARGIN, y + 8);
  pango_cairo_show_layout (cr, layout);
}
