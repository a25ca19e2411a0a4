/* SPDX-License-Identifier: GPL-3.0-or-later */
/* jx-load.h: reading a .jixiao file into a JxDocData, with errors a clerk can act on. */
#pragma once

#include <gio/gio.h>

#include "jx-record.h"

G_BEGIN_DECLS

#define JX_LOAD_ERROR (jx_load_error_quark ())
GQuark jx_load_error_quark (void);

typedef enum {
  JX_LOAD_ERROR_READ,       /* cannot read the file (missing, permission, a folder) */
  JX_LOAD_ERROR_TOO_LARGE,  /* over JX_LOAD_MAX_BYTES, a text over JX_LOAD_MAX_TEXT */
  JX_LOAD_ERROR_ENCODING,   /* not UTF-8 */
  JX_LOAD_ERROR_SYNTAX,     /* not JSON, or nested too deeply, or a duplicate member */
  JX_LOAD_ERROR_INVALID,    /* JSON, but not a valid document: wrong type, missing member … */
  JX_LOAD_ERROR_VERSION,    /* written by a newer Jixiao */
} JxLoadError;

#define JX_LOAD_MAX_BYTES (64 * 1024 * 1024)
#define JX_LOAD_MAX_TEXT  (1024 * 1024)
#define JX_LOAD_MAX_DEPTH 64

/* `name` is used in messages ("xinzhou.jixiao:12:7: budget.revenue.total: expected a number"). */
JxDocData *jx_doc_data_load_data (const char *data,
                                  gsize       length,
                                  const char *name,
                                  GError    **error);
JxDocData *jx_doc_data_load_file (GFile      *file,
                                  GError    **error);

/* Build one record of `type` from a JSON node (used by undo and paste). `depth` is the
 * indicator level for indicator records, 0 otherwise. */
gpointer   jx_record_from_json   (const JxRecordType *type,
                                  JsonNode           *node,
                                  int                 depth,
                                  GError            **error);

/* Set one field of `record` from a JSON node, with the loader's checks. */
gboolean   jx_field_from_json    (const JxField      *field,
                                  gpointer            record,
                                  int                 depth,
                                  JsonNode           *node,
                                  const char         *path,
                                  GError            **error);

G_END_DECLS
