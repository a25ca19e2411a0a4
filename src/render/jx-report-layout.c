/* SPDX-License-Identifier: GPL-3.0-or-later */
/* jx-report-layout.c: measuring the blocks and cutting them into pages.
 *
 * Rules: a heading (and a table's caption) is never the last thing on a page — it moves to
 * the next page with the first lines of what follows; a paragraph leaves at least two lines
 * on each side of a break; a table repeats its header rows (under 续表 N) on each page and
 * never splits a row, unless the row alone is taller than a page, when it is split between
 * lines; a chart is kept whole, scaled down only when taller than a page.
 */
#define G_LOG_DOMAIN "jx-report"

#include "config.h"

#include <glib/gi18n.h>

#include "jx-report-private.h"

#define EPSILON 0.01
#define BLOCK_GAP 8.0          /* before and after tables and charts */
#define SHORT_TABLE 0.4        /* of the type area's height */

typedef struct {
  JxReport *report;
  GArray   *page;             /* of JxReportFragment */
  double    y;
  double    top;
  double    limit;            /* the bottom of the type area */
  double    width;
} Cursor;

static void
fragment_clear (gpointer data)
{
  JxReportFragment *f = data;

  g_clear_pointer (&f->pieces, g_array_unref);
}

static void
new_page (Cursor *c)
{
  c->page = g_array_new (FALSE, TRUE, sizeof (JxReportFragment));
  g_array_set_clear_func (c->page, fragment_clear);
  g_ptr_array_add (c->report->pages, c->page);
  c->y = c->top;
}

static gboolean
at_top (const Cursor *c)
{
  return c->y <= c->top + EPSILON;
}

static double
bound (const GArray *bounds,
       guint         i)
{
  return g_array_index (bounds, double, i);
}

static JxBlockMeasure *
measure_of (const Cursor *c,
            guint         i)
{
  return &g_array_index (c->report->measures, JxBlockMeasure, i);
}

static const JxReportBlock *
block_at (const Cursor *c,
          guint         i)
{
  return g_ptr_array_index (c->report->blocks, i);
}

static double
gap_before (const JxReportBlock *b)
{
  return b->kind == JX_BLOCK_TEXT ? _jx_report_style (b->style)->space_before : BLOCK_GAP;
}

static double
gap_after (const JxReportBlock *b)
{
  return b->kind == JX_BLOCK_TEXT ? _jx_report_style (b->style)->space_after : BLOCK_GAP;
}

/* A chart's height: its aspect at the type area's width, at most a page less the caption
 * (图 1 …) kept with it above, so the two always share a page. */
static double
chart_height (const Cursor *c,
              guint         index)
{
  const JxReportBlock *b = block_at (c, index);
  double room = c->limit - c->top;

  if (b->aspect <= 0)
    return 0;
  if (index > 0)
    {
      const JxReportBlock *before = block_at (c, index - 1);

      if (before->kind == JX_BLOCK_TEXT && before->keep_with_next)
        room -= measure_of (c, index - 1)->text.height + gap_after (before) + gap_before (b);
    }
  return MAX (MIN (c->width * b->aspect, room), 1);
}

/* The least of block i that may start a page: a heading whole, two lines of a paragraph,
 * a table's header and first row, a chart. */
static double
first_height (const Cursor *c,
              guint         index)
{
  const JxReportBlock *b = block_at (c, index);
  const JxBlockMeasure *m = measure_of (c, index);

  switch (b->kind)
    {
    case JX_BLOCK_TEXT:
      if (b->keep_with_next || _jx_text_measure_n_lines (&m->text) < 4)
        return m->text.height;
      return bound (m->text.bounds, 2);
    case JX_BLOCK_TABLE:
      {
        const JxTableMeasure *t = m->table;
        double row = t->n_rows > 0 ? t->rows[0].top_height : 0;
        double whole = t->header_height;
        guint i;

        /* a short table is not worth a 续表: it stays whole */
        for (i = 0; i < t->n_rows && whole <= SHORT_TABLE * (c->limit - c->top); i++)
          whole += t->rows[i].height;
        if (whole <= SHORT_TABLE * (c->limit - c->top))
          return whole;
        return t->header_height + MIN (row, (c->limit - c->top) / 2);
      }
    case JX_BLOCK_CHART:
      return chart_height (c, index);
    case JX_BLOCK_SPACE:
      return b->space;
    case JX_BLOCK_PAGE_BREAK:
    default:
      return 0;
    }
}

/* A heading with what it must stay with. */
static double
keep_height (const Cursor *c,
             guint         i)
{
  GPtrArray *blocks = c->report->blocks;
  const JxReportBlock *b = g_ptr_array_index (blocks, i);
  double h = first_height (c, i);

  if (b->kind == JX_BLOCK_TEXT && b->keep_with_next && i + 1 < blocks->len)
    {
      const JxReportBlock *next = g_ptr_array_index (blocks, i + 1);

      if (next->kind != JX_BLOCK_PAGE_BREAK)
        h += gap_after (b) + gap_before (next) + keep_height (c, i + 1);
    }
  return h;
}

static void
add_fragment (Cursor           *c,
              JxReportFragment *f)
{
  g_array_append_vals (c->page, f, 1);
}

static void
place_text (Cursor *c,
            guint   index)
{
  const JxReportBlock *b = block_at (c, index);
  JxBlockMeasure *m = measure_of (c, index);
  const GArray *bounds = m->text.bounds;
  guint n = _jx_text_measure_n_lines (&m->text);
  guint first = 0;
  gboolean splittable = !b->keep_with_next && n >= 4;
  double need = b->keep_with_next ? keep_height (c, index) : first_height (c, index);

  if (!at_top (c) && c->y + need > c->limit + EPSILON && need <= c->limit - c->top)
    new_page (c);

  while (first < n)
    {
      JxReportFragment f = { b, m, index, c->y, 0, first, 0, FALSE, NULL, 0 };
      double avail = c->limit - c->y;
      double rest = bound (bounds, n) - bound (bounds, first);
      guint k = 0;

      if (rest <= avail + EPSILON)
        {
          f.n_lines = n - first;
          f.height = rest;
          add_fragment (c, &f);
          c->y += rest;
          return;
        }
      while (first + k < n && bound (bounds, first + k + 1) - bound (bounds, first) <= avail + EPSILON)
        k++;
      if (splittable || at_top (c))
        {
          /* two lines at least on each side */
          if (splittable && first == 0 && k < 2)
            k = 0;
          if (splittable && n - (first + k) < 2)
            k = (n - first >= 4) ? n - first - 2 : 0;
        }
      else
        k = 0;
      if (k == 0 && at_top (c))
        k = 1;              /* a line taller than the page: no choice */
      if (k > 0)
        {
          f.n_lines = k;
          f.height = bound (bounds, first + k) - bound (bounds, first);
          add_fragment (c, &f);
          first += k;
        }
      new_page (c);
    }
}

static void
begin_table_fragment (Cursor           *c,
                      JxReportFragment *f,
                      guint             index,
                      gboolean          continued)
{
  JxBlockMeasure *m = measure_of (c, index);
  const JxTableMeasure *t = m->table;

  *f = (JxReportFragment) { block_at (c, index), m, index, c->y, 0, 0, 0, continued, NULL, 0 };
  f->pieces = g_array_new (FALSE, TRUE, sizeof (JxTablePiece));
  c->y += (continued ? t->continued_height : 0) + t->header_height;
}

static void
end_table_fragment (Cursor           *c,
                    JxReportFragment *f)
{
  f->height = c->y - f->y;
  add_fragment (c, f);
}

/* A row taller than a page: its cells go on line by line, page after page. */
static void
split_row (Cursor           *c,
           JxReportFragment *f,
           guint             r,
           gboolean         *row_at_top)
{
  const JxReportTable *t = f->block->table;
  const JxReportRow *row = g_ptr_array_index (t->rows, r);
  const JxRowMeasure *rm = &f->measure->table->rows[r];
  guint16 next[JX_TABLE_MAX_COLUMNS] = { 0 };
  guint col;

  for (;;)
    {
      JxTablePiece piece = { r, 0, *row_at_top, TRUE, { 0 }, { 0 } };
      double avail = c->limit - c->y - 2 * JX_TABLE_PAD_Y;
      double tallest = 0;
      gboolean any = FALSE, done = TRUE;

      for (col = 0; col < t->n_columns; col++)
        {
          const JxTextMeasure *cell = &rm->cells[col];
          guint nl, k = 0;

          if (!jx_report_cell_visible (row, col, *row_at_top))
            continue;
          nl = cell->bounds->len - 1;
          while (next[col] + k < nl
                 && bound (cell->bounds, next[col] + k + 1) - bound (cell->bounds, next[col]) <= avail + EPSILON)
            k++;
          if (k == 0 && next[col] < nl && f->pieces->len == 0 && *row_at_top)
            k = 1;          /* a single line taller than the page */
          piece.first[col] = next[col];
          piece.count[col] = k;
          tallest = MAX (tallest, bound (cell->bounds, next[col] + k) - bound (cell->bounds, next[col]));
          any |= k > 0;
          if (next[col] + k < nl)
            done = FALSE;
        }
      if (any)
        {
          piece.height = tallest + 2 * JX_TABLE_PAD_Y;
          g_array_append_val (f->pieces, piece);
          c->y += piece.height;
          for (col = 0; col < t->n_columns; col++)
            next[col] += piece.count[col];
          *row_at_top = FALSE;
        }
      if (done)
        return;
      end_table_fragment (c, f);
      new_page (c);
      begin_table_fragment (c, f, f->index, TRUE);
      *row_at_top = TRUE;
    }
}

static void
place_table (Cursor *c,
             guint   index)
{
  const JxTableMeasure *t = measure_of (c, index)->table;
  JxReportFragment f;
  gboolean row_at_top = TRUE;
  guint r;

  if (!at_top (c) && c->y + first_height (c, index) > c->limit + EPSILON)
    new_page (c);
  begin_table_fragment (c, &f, index, FALSE);

  for (r = 0; r < t->n_rows; r++)
    {
      const JxRowMeasure *row = &t->rows[r];
      double h = row_at_top ? row->top_height : row->height;
      double room = c->limit - c->top - t->continued_height - t->header_height;

      if (c->y + h <= c->limit + EPSILON)
        {
          JxTablePiece piece = { r, h, row_at_top, FALSE, { 0 }, { 0 } };

          g_array_append_val (f.pieces, piece);
          c->y += h;
          row_at_top = FALSE;
          continue;
        }
      if (row->top_height > room)
        {
          split_row (c, &f, r, &row_at_top);
          continue;
        }
      end_table_fragment (c, &f);
      new_page (c);
      begin_table_fragment (c, &f, index, TRUE);
      row_at_top = TRUE;
      r--;
    }
  end_table_fragment (c, &f);
}

static void
place_chart (Cursor *c,
             guint   index)
{
  const JxReportBlock *b = block_at (c, index);
  double h = chart_height (c, index);
  JxReportFragment f;

  if (h <= 0)
    return;
  if (!at_top (c) && c->y + h > c->limit + EPSILON)
    new_page (c);
  f = (JxReportFragment) { b, measure_of (c, index), index, c->y, h, 0, 0, FALSE, NULL, MIN (c->width, h / b->aspect) };
  add_fragment (c, &f);
  c->y += h;
}

void
_jx_block_measure_clear (JxBlockMeasure *m)
{
  _jx_text_measure_clear (&m->text);
  g_clear_pointer (&m->table, _jx_table_measure_free);
}

/* Every text and table of the report, once per pagination. */
static void
measure (JxReport            *report,
         const JxReportBlock *b,
         JxBlockMeasure      *m,
         double               width)
{
  switch (b->kind)
    {
    case JX_BLOCK_TEXT:
      _jx_text_measure_set (&m->text, report->context, b->style, b->text, width, _jx_report_style (b->style)->align);
      break;
    case JX_BLOCK_TABLE:
      m->table = _jx_table_measure_new (b->table, report->context, width);
      break;
    case JX_BLOCK_CHART:
    case JX_BLOCK_SPACE:
    case JX_BLOCK_PAGE_BREAK:
    default:
      break;
    }
}

void
_jx_report_layout (JxReport *report)
{
  Cursor c = { report, NULL, 0, report->top, report->page_height - report->bottom,
               report->page_width - report->left - report->right };
  guint i;

  g_ptr_array_set_size (report->pages, 0);
  g_array_set_size (report->measures, 0);
  g_array_set_size (report->measures, report->blocks->len);
  for (i = 0; i < report->blocks->len; i++)
    measure (report, g_ptr_array_index (report->blocks, i), measure_of (&c, i), c.width);

  new_page (&c);
  for (i = 0; i < report->blocks->len; i++)
    {
      const JxReportBlock *b = g_ptr_array_index (report->blocks, i);

      if (b->kind == JX_BLOCK_PAGE_BREAK)
        {
          if (!at_top (&c) || c.page->len > 0)
            new_page (&c);
          continue;
        }
      if (b->kind == JX_BLOCK_SPACE)
        {
          c.y = MIN (c.y + b->space, c.limit);
          continue;
        }
      if (!at_top (&c))
        c.y += gap_before (b);
      switch (b->kind)
        {
        case JX_BLOCK_TEXT:
          place_text (&c, i);
          break;
        case JX_BLOCK_TABLE:
          place_table (&c, i);
          break;
        case JX_BLOCK_CHART:
          place_chart (&c, i);
          break;
        case JX_BLOCK_SPACE:
        case JX_BLOCK_PAGE_BREAK:
        default:
          g_assert_not_reached ();
        }
      c.y += gap_after (b);
    }
  /* no empty last page */
  if (report->pages->len > 1 && c.page->len == 0)
    g_ptr_array_set_size (report->pages, report->pages->len - 1);
}

static void
draw_footer (JxReport *report,
             cairo_t  *cr,
             int       page)
{
  g_autofree char *text = g_strdup_printf ("第 %d 页 共 %u 页", page + 1, report->pages->len);
  double width = report->page_width - report->left - report->right;
  g_autoptr(PangoLayout) layout = _jx_report_layout_new (report->context, JX_REPORT_STYLE_FOOTER, text, width,
                                                         PANGO_ALIGN_CENTER);

  /* about 7 mm under the type area, as official documents place the page number */
  cairo_move_to (cr, report->left, report->page_height - report->bottom + MIN (JX_MM (9), report->bottom / 4));
  pango_cairo_show_layout (cr, layout);
}

void
_jx_report_draw_page (JxReport *report,
                      cairo_t  *cr,
                      int       page)
{
  const GArray *fragments = g_ptr_array_index (report->pages, page);
  double left = report->left;
  double width = report->page_width - report->left - report->right;
  guint i;

  cairo_save (cr);
  cairo_set_source_rgb (cr, 0, 0, 0);
  for (i = 0; i < fragments->len; i++)
    {
      const JxReportFragment *f = &g_array_index (fragments, JxReportFragment, i);
      const JxReportBlock *b = f->block;

      switch (b->kind)
        {
        case JX_BLOCK_TEXT:
          if (b->generated && report->mark_generated)
            {
              /* the preview's mark: a pale amber tint behind, a bar in the left margin */
              cairo_save (cr);
              cairo_set_source_rgb (cr, 1.0, 0.95, 0.80);
              cairo_rectangle (cr, left - 3, f->y - 1, width + 6, f->height + 2);
              cairo_fill (cr);
              cairo_set_source_rgb (cr, 0.90, 0.60, 0.05);
              cairo_rectangle (cr, left - 9, f->y - 1, 3, f->height + 2);
              cairo_fill (cr);
              cairo_restore (cr);
            }
          _jx_text_measure_draw (&f->measure->text, cr, left, f->y, f->first_line, f->n_lines);
          break;
        case JX_BLOCK_TABLE:
          _jx_report_table_draw (b->table, f->measure->table, cr, left, f->y, f->continued, f->pieces);
          break;
        case JX_BLOCK_CHART:
          cairo_save (cr);
          cairo_translate (cr, left + (width - f->width) / 2, f->y);
          cairo_rectangle (cr, 0, 0, f->width, f->height);
          cairo_clip (cr);
          jx_chart_render (b->chart, cr, f->width, f->height, JX_CHART_STYLE_PRINT);
          cairo_restore (cr);
          break;
        case JX_BLOCK_SPACE:
        case JX_BLOCK_PAGE_BREAK:
        default:
          break;
        }
    }
  if (page > 0)
    draw_footer (report, cr, page);
  cairo_restore (cr);
}
