/* SPDX-License-Identifier: GPL-3.0-or-later */
/* jx-path.h: reaching a value of a document by its JSON path
 * ("budget.projects.initial", "indicators[2].children[0].parts[0].actual"). */
#pragma once

#include "jx-record.h"

G_BEGIN_DECLS

#define JX_PATH_ERROR (jx_path_error_quark ())
GQuark jx_path_error_quark (void);

typedef enum {
  JX_PATH_ERROR_SYNTAX,
  JX_PATH_ERROR_NOT_FOUND,
  JX_PATH_ERROR_KIND,
} JxPathError;

typedef struct {
  gpointer            record;   /* the record that holds `field` */
  const JxRecordType *type;
  const JxField      *field;
  int                 depth;    /* indicator level of `record`, 0 for other records */
  int                 index;    /* the path ends in field[index]: that element; else -1 */
} JxPathTarget;

gboolean jx_path_resolve (JxDocData    *data,
                          const char   *path,
                          JxPathTarget *target,
                          GError      **error);

/* The list a target names (field of kind LIST or STRING_LIST). */
#define JX_PATH_TARGET_LIST(t) (*JX_FIELD_AT ((t)->record, (t)->field, GPtrArray *))

G_END_DECLS
