/* SPDX-License-Identifier: GPL-3.0-or-later */
/* jx-json-reader.h: a strict JSON (RFC 8259) pull reader over text in memory, for the loader.
 *
 * The reader hands out one value at a time: jx_json_reader_peek() says what comes next and
 * where (line, column), the caller then reads it (a text, a number, a literal) or enters it
 * (an object, a list) and walks its members or elements. No tree is built. The first error
 * stops the reader and is kept in `error` (JX_LOAD_ERROR), already worded for the clerk
 * with the file name, line and column.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum {
  JX_JSON_NONE,      /* an error (the reader's `error` says which) */
  JX_JSON_OBJECT,
  JX_JSON_ARRAY,
  JX_JSON_STRING,
  JX_JSON_NUMBER,
  JX_JSON_TRUE,
  JX_JSON_FALSE,
  JX_JSON_NULL,
} JxJsonKind;

/* Where a value starts: its line and the start of that line (the column is counted only
 * when a message needs it). */
typedef struct {
  const char *at;
  const char *line_start;
  guint       line;
} JxJsonPos;

/* A number as written: the text, checked against the JSON grammar. */
typedef struct {
  const char *text;
  gsize       length;
  gboolean    integer;   /* no fraction, no exponent */
} JxJsonNumber;

/* Why a text read cannot be kept as it is. */
typedef enum {
  JX_JSON_TEXT_OK,
  JX_JSON_TEXT_LONE_SURROGATE,   /* "\ud800": not Unicode */
  JX_JSON_TEXT_NUL,              /* "\u0000": a C string would end there */
  JX_JSON_TEXT_NONCHARACTER,     /* U+FFFF, U+FDD0, U+10FFFF...: no writer can print it */
} JxJsonTextProblem;

typedef struct {
  const char *name;        /* the file, for messages */
  const char *p;
  const char *end;
  const char *line_start;
  guint       line;
  int         depth;
  JxJsonKind  kind;        /* of the value peeked */
  JxJsonPos   value;       /* where the value peeked (or the member name read) starts */
  gboolean    text_valid;  /* the last text read can be kept: text_problem is OK */
  JxJsonTextProblem text_problem;  /* the first problem of the last text read */
  gunichar    text_char;   /* the character of that problem */
  GString    *buf;         /* the last text read, decoded */
  GError     *error;
} JxJsonReader;

void        jx_json_reader_init          (JxJsonReader *reader,
                                          const char   *data,
                                          gsize         length,
                                          const char   *name);
void        jx_json_reader_clear         (JxJsonReader *reader);

guint       jx_json_pos_column           (const JxJsonPos *pos);

/* What the next value is; sets reader->value. JX_JSON_NONE on an error. */
JxJsonKind  jx_json_reader_peek          (JxJsonReader *reader);
/* Consumes the '{' or '[' peeked. */
gboolean    jx_json_reader_enter         (JxJsonReader *reader);
/* The next member of the object entered: TRUE with its name (decoded, in reader->buf, valid
 * until the next text is read) and the ':' consumed; FALSE at the closing '}' or an error.
 * `first` starts TRUE for each object. */
gboolean    jx_json_reader_next_member   (JxJsonReader *reader,
                                          gboolean     *first,
                                          const char  **key,
                                          gsize        *key_length);
/* Whether another element of the list entered follows; FALSE at the closing ']' or an error. */
gboolean    jx_json_reader_next_element  (JxJsonReader *reader,
                                          gboolean     *first);
/* Whether the list peeked is empty (looks ahead, consumes nothing). */
gboolean    jx_json_reader_array_is_empty (JxJsonReader *reader);
/* Reads the text peeked, decoded, into reader->buf; sets reader->text_valid and, when it
 * is FALSE, text_problem and text_char (the decoded text then holds U+FFFD in place of a
 * NUL, so that it never equals a known member name). */
const char *jx_json_reader_read_string   (JxJsonReader *reader,
                                          gsize        *length);
gboolean    jx_json_reader_read_number   (JxJsonReader *reader,
                                          JxJsonNumber *number);
/* Consumes the true, false or null peeked. */
void        jx_json_reader_read_literal  (JxJsonReader *reader);
/* Whether only white space is left. */
gboolean    jx_json_reader_at_end        (JxJsonReader *reader);
/* After the root value: nothing but white space may follow. */
gboolean    jx_json_reader_finish        (JxJsonReader *reader);

double      jx_json_number_to_double     (const JxJsonNumber *number);
gint64      jx_json_number_to_int        (const JxJsonNumber *number);   /* integer only */

/* The first problem of a text held in memory (NUL-terminated, so never NUL): not UTF-8
 * (reported as JX_JSON_TEXT_LONE_SURROGATE, what json-glib makes of "\ud800"), or a
 * noncharacter; `c` gets its character. For texts that come from elsewhere than a file:
 * the clipboard, an edit. */
JxJsonTextProblem jx_json_text_problem   (const char *s,
                                          gunichar   *c);
/* The loader's message for a problem, translated (newly allocated). */
char       *jx_json_text_problem_message (JxJsonTextProblem problem,
                                          gunichar          c);

/* Errors, worded as the loader words them. */
void        jx_json_reader_fail_duplicate (JxJsonReader    *reader,
                                           const JxJsonPos *pos,
                                           const char      *key);

G_END_DECLS
