/* SPDX-License-Identifier: GPL-3.0-or-later */
/* jx-sheet-read-private.h: what the readers of each format share: the limits that bound the
 * memory and time a hostile file can take, and the reader functions jx-sheet-read.c calls. */
#pragma once

#include <glib.h>
#include <gsf/gsf.h>

#include "jx-sheet-table.h"

G_BEGIN_DECLS

/* libgsf 1.14 (Debian 12) declares no cleanup functions. */
G_DEFINE_AUTOPTR_CLEANUP_FUNC (GsfInput, g_object_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (GsfInfile, g_object_unref)

/* Bounds (a 50,000-row 自评表 is far below every one of them). */
#define JX_SHEET_MAX_ROWS        1048576u            /* Excel's own */
#define JX_SHEET_MAX_COLS        16384u              /* Excel's own */
#define JX_SHEET_MAX_SHEETS      256u
#define JX_SHEET_MAX_CELLS       4000000u            /* non-empty cells, all sheets */
#define JX_SHEET_MAX_TEXT        (128u << 20)        /* bytes of distinct text, all sheets */
#define JX_SHEET_MAX_MERGES      200000u
#define JX_SHEET_MAX_PART        (128u << 20)        /* unpacked bytes of one zip member */
#define JX_SHEET_MAX_UNPACKED    (256u << 20)        /* unpacked bytes, all members */
#define JX_SHEET_MAX_SECONDS     60

typedef struct {
  const char *name;        /* the file's name, for messages */
  gsize       cells;       /* in the sheets finished before the current one */
  gsize       text_bytes;
  guint64     unpacked;    /* bytes unpacked from the zip so far */
  gint64      deadline;    /* g_get_monotonic_time () past which reading stops */
  guint       ticks;
} JxSheetBudget;

/* FALSE with JX_SHEET_ERROR_TOO_LARGE when `table` (the sheet being read) takes the file
 * past a bound or the time is up. Cheap: call it every few cells. */
gboolean  _jx_sheet_budget_check         (JxSheetBudget      *budget,
                                          const JxSheetTable *table,
                                          GError            **error);
/* Adds a finished sheet to the budget. */
void      _jx_sheet_budget_add           (JxSheetBudget      *budget,
                                          const JxSheetTable *table);
/* The error of a file that is damaged (truncated, a broken part): `detail` is technical. */
void      _jx_sheet_set_damaged          (GError            **error,
                                          const char         *name,
                                          const char         *detail);
/* The member `name` of `infile`, or NULL; unlike gsf_infile_child_by_name () it logs no
 * warning for a member that cannot be opened (a damaged file is an answer, not a bug). */
GsfInput *_jx_sheet_gsf_child            (GsfInfile          *infile,
                                          const char         *name);
/* The error of bytes that are no spreadsheet at all. */
void      _jx_sheet_set_not_a_sheet      (GError            **error,
                                          const char         *name);

gsize     _jx_sheet_table_get_n_cells    (const JxSheetTable *table);
gsize     _jx_sheet_table_get_text_bytes (const JxSheetTable *table);
guint     _jx_sheet_table_get_n_merges   (const JxSheetTable *table);

/* The readers: a GPtrArray of JxSheetTable (owning), or NULL and `error`. */
GPtrArray *_jx_sheet_read_csv            (const char    *data,
                                          gsize          size,
                                          const char    *sheet_name,
                                          JxSheetBudget *budget,
                                          GError       **error);
GPtrArray *_jx_sheet_read_zip            (GBytes        *bytes,
                                          JxSheetBudget *budget,
                                          GError       **error);
/* `workbook`: the file's Workbook (or Book) stream, walked before libfreexl reads `path`. */
GPtrArray *_jx_sheet_read_xls            (const char    *path,
                                          GBytes        *workbook,
                                          JxSheetBudget *budget,
                                          GError       **error);

G_END_DECLS
