/* SPDX-License-Identifier: GPL-3.0-or-later */
/* jx-json-reader-private.h: what the reader's two halves (jx-json-reader.c: structure,
 * jx-json-scalars.c: texts and numbers) share: the position of a byte and the messages of
 * the first error, worded for the clerk. Not for the loader. */
#pragma once

#include "jx-json-reader.h"

G_BEGIN_DECLS

JxJsonPos _jx_json_reader_here             (JxJsonReader *reader,
                                            const char   *at);
void      _jx_json_reader_fail_syntax      (JxJsonReader *reader,
                                            const char   *at,
                                            const char   *format,
                                            ...) G_GNUC_PRINTF (3, 4);
void      _jx_json_reader_fail_truncated   (JxJsonReader *reader,
                                            const char   *at);
void      _jx_json_reader_fail_unexpected  (JxJsonReader *reader,
                                            const char   *at);
void      _jx_json_reader_fail_encoding    (JxJsonReader *reader,
                                            const char   *at);

G_END_DECLS
