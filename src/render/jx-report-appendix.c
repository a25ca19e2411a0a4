/* SPDX-License-Identifier: GPL-3.0-or-later */
/* jx-report-appendix.c: long texts in the report's tables.
 *
 * A cell of more than JX_REPORT_CELL_MAX characters (a 10,000-character indicator name, a
 * target written as a page of text) prints its first JX_REPORT_CELL_MAX characters, "…" and
 * "（全文见附录 N）"; the 附录 after the conclusion holds each such text once, in full, as a
 * paragraph across the whole type area. A table's column is a few characters wide: a name of
 * 10,000 characters in it was a row of a hundred pages, in each table that names it (the
 * report of such a document was 13,305 pages). Every writer walks the same blocks, so the PDF,
 * the print, the preview and the .docx all show the same. */
#define G_LOG_DOMAIN "jx-report"

#include "config.h"

#include <string.h>

#include "jx-report-private.h"

typedef struct {
  GHashTable *numbers;   /* full text → its number in the appendix (1, 2, …) */
  GPtrArray  *texts;     /* the full texts, in the order of the numbers */
} Appendix;

/* The end of the first `max` characters of `text`, not between a character and the marks
 * (or joiners, variation selectors) that go with it; NULL when `text` is not longer. */
static const char *
cut_point (const char *text,
           guint       max)
{
  const char *p = text;
  const char *kept;
  guint n;

  for (n = 0; n < max && *p != '\0'; n++)
    p = g_utf8_next_char (p);
  if (*p == '\0')
    return NULL;
  kept = p;
  while (p > text)
    {
      gunichar c = g_utf8_get_char (p);

      if (!g_unichar_ismark (c) && c != 0x200D && !(c >= 0xFE00 && c <= 0xFE0F))
        break;
      p = g_utf8_prev_char (p);
    }
  return p > text ? p : kept;
}

static void
bound_cell (Appendix     *appendix,
            JxReportCell *cell)
{
  const char *cut;
  guint number;
  char *shown;

  if (cell == NULL || cell->text == NULL || (cut = cut_point (cell->text, JX_REPORT_CELL_MAX)) == NULL)
    return;
  number = GPOINTER_TO_UINT (g_hash_table_lookup (appendix->numbers, cell->text));
  if (number == 0)
    {
      char *full = g_strdup (cell->text);

      g_ptr_array_add (appendix->texts, full);
      number = appendix->texts->len;
      g_hash_table_insert (appendix->numbers, full, GUINT_TO_POINTER (number));
    }
  shown = g_strdup_printf ("%.*s…（全文见附录 %u）", (int) (cut - cell->text), cell->text, number);
  g_free (cell->text);
  cell->text = shown;
}

static void
bound_rows (Appendix  *appendix,
            GPtrArray *rows,
            guint      n_columns)
{
  guint r, c;

  for (r = 0; r < rows->len; r++)
    {
      JxReportRow *row = g_ptr_array_index (rows, r);

      for (c = 0; c < n_columns; c++)
        bound_cell (appendix, row->cells[c]);
    }
}

void
_jx_report_build_appendix (JxReportBuilder *b)
{
  Appendix appendix;
  guint i, n_blocks = b->blocks->len;

  appendix.numbers = g_hash_table_new (g_str_hash, g_str_equal);
  appendix.texts = g_ptr_array_new_with_free_func (g_free);
  for (i = 0; i < n_blocks; i++)
    {
      JxReportBlock *block = g_ptr_array_index (b->blocks, i);

      if (block->kind != JX_BLOCK_TABLE || block->table == NULL)
        continue;
      bound_rows (&appendix, block->table->header, block->table->n_columns);
      bound_rows (&appendix, block->table->rows, block->table->n_columns);
    }

  if (appendix.texts->len > 0)
    {
      _jx_rb_page_break (b);
      _jx_rb_heading (b, JX_REPORT_STYLE_H1, "附录");
      _jx_rb_printf (b, "表中超过 %d 字的文字，在表内只印前 %d 字，其全文如下。",
                     JX_REPORT_CELL_MAX, JX_REPORT_CELL_MAX);
      for (i = 0; i < appendix.texts->len; i++)
        {
          g_autofree char *heading = g_strdup_printf ("附录 %u", i + 1);

          _jx_rb_heading (b, JX_REPORT_STYLE_H4, heading);
          _jx_rb_paragraph (b, JX_REPORT_STYLE_BODY, g_ptr_array_index (appendix.texts, i));
        }
    }
  g_hash_table_unref (appendix.numbers);
  g_ptr_array_unref (appendix.texts);
}
