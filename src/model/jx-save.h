/* SPDX-License-Identifier: GPL-3.0-or-later */
/* jx-save.h: writing a document: canonical JSON, atomically. */
#pragma once

#include <gio/gio.h>

#include "jx-file-identity.h"
#include "jx-record.h"

G_BEGIN_DECLS

/* Canonical text: members in field-table order then unknown members, two-space indent,
 * money in its shortest exact form, a final newline. */
char    *jx_doc_data_to_json  (const JxDocData *data,
                               gsize           *length);
/* Any JSON node, pretty and with the shortest exact numbers, and a final newline. */
char    *jx_json_to_text      (JsonNode *node);
/* One record as a JSON node (undo, copy). `depth`: indicator level, else 0. */
JsonNode *jx_record_to_json   (const JxRecordType *type,
                               gconstpointer       record,
                               int                 depth);
/* One field of a record as a JSON node. */
JsonNode *jx_field_to_json    (const JxField *field,
                               gconstpointer  record,
                               int            depth);
/* Write to a temporary file in the same folder, flush it to disk, rename over `file`.
 * On failure `file` is untouched and the error says why. A symbolic link is followed (its
 * target is replaced, the link stays); mode, owner and group are kept where allowed. */
gboolean jx_doc_data_save_file (const JxDocData *data,
                                GFile           *file,
                                GError         **error);
/* The same for any bytes (autosave, exports). */
gboolean jx_write_file_atomic  (GFile      *file,
                                const char *contents,
                                gsize       length,
                                GError    **error);

/* The same, giving the identity of the file written (for the check before the next save). */
gboolean jx_write_file_atomic_full (GFile          *file,
                                    const char     *contents,
                                    gsize           length,
                                    JxFileIdentity *written,
                                    GError        **error);
/* Whether `name` (in the same folder) is a temporary file of a save of `document` (a base
 * name): ".jx-" + 8 hex digits + "-" + 6 letters or digits. Only such files are ever
 * removed, and only when no save is writing them. */
gboolean jx_save_is_temporary_for (const char *document,
                                   const char *name);

G_END_DECLS
