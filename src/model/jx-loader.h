/* SPDX-License-Identifier: GPL-3.0-or-later */
/* jx-loader.h: the state of one load, shared by the loader's parts (jx-load.c: the records
 * through the field tables; jx-load-unknown.c: unknown members as JSON nodes). */
#pragma once

#include <json-glib/json-glib.h>

#include "jx-json-reader.h"
#include "jx-load.h"

G_BEGIN_DECLS

/* The JSON path of a value, as a chain of frames on the stack: made into text only for a
 * message. A frame has a member name, or an index (-1 for the root). */
typedef struct _JxLoadFrame JxLoadFrame;
struct _JxLoadFrame {
  const JxLoadFrame *parent;
  const char        *key;
  gint64             index;
};

typedef struct {
  JxJsonReader reader;
  const char  *name;
  GError      *error;   /* what is wrong with the document, when the text is JSON */
} JxLoader;

/* The first problem of the document at `pos`, with the JSON path of `frame`; later ones are
 * ignored. */
void      _jx_loader_fail        (JxLoader          *loader,
                                  const JxJsonPos   *pos,
                                  const JxLoadFrame *frame,
                                  JxLoadError        code,
                                  const char        *format,
                                  ...) G_GNUC_PRINTF (5, 6);
/* The last text read cannot be kept: says why (a lone surrogate, a NUL, a noncharacter). */
void      _jx_loader_fail_text   (JxLoader          *loader,
                                  const JxJsonPos   *pos,
                                  const JxLoadFrame *frame);
/* The value peeked as a JSON node (an unknown member at `frame`); NULL on an error. */
JsonNode *_jx_loader_read_node   (JxLoader          *loader,
                                  const JxLoadFrame *frame);

G_END_DECLS
