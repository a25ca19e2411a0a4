/* SPDX-License-Identifier: GPL-3.0-or-later */
/* jx-record.h: the field tables that describe every record of jx-types.h.
 *
 * One table per record type drives loading, saving, reading and writing a value by its JSON
 * path ("budget.projects.initial", "indicators[2].children[0].weight"), and undo. A field
 * is reached by its byte offset inside the record.
 */
#pragma once

#include "jx-types.h"

G_BEGIN_DECLS

typedef enum {
  JX_FIELD_STRING,       /* char*, NULL = "" */
  JX_FIELD_INT,          /* gint */
  JX_FIELD_COUNT,        /* gint ≥ 0, JX_COUNT_NONE when not stated */
  JX_FIELD_MONEY,        /* JxMoney, JX_MONEY_NONE when not stated */
  JX_FIELD_NUMBER,       /* double, NAN when not stated */
  JX_FIELD_BOOL,         /* gboolean */
  JX_FIELD_ENUM,         /* int index into `enum_values` */
  JX_FIELD_OBJECT,       /* embedded record of `type` */
  JX_FIELD_LIST,         /* GPtrArray* of records of `type` */
  JX_FIELD_STRING_LIST,  /* GPtrArray* of char* */
} JxFieldKind;

typedef enum {
  JX_FIELD_REQUIRED = 1 << 0,   /* must be present in a file */
  JX_FIELD_LEAF     = 1 << 1,   /* indicator field of level 3 only */
  JX_FIELD_BRANCH   = 1 << 2,   /* indicator field of levels 1 and 2 only */
  JX_FIELD_RECURSE  = 1 << 3,   /* list of the record's own type (indicator children) */
  JX_FIELD_NOT_NULL = 1 << 4,   /* a number that must be stated */
  JX_FIELD_OMIT_DEFAULT = 1 << 5, /* written only when not at its default: a number not stated
                                   * (NAN) or at default_value, a text empty, a list empty; a rule
                                   * parameter also whenever it belongs to the rule's kind */
  JX_FIELD_OMIT_EMPTY = 1 << 6,   /* written only when stated: not null, false, "" or [] */
} JxFieldFlags;

typedef struct _JxRecordType JxRecordType;

typedef struct {
  const char *key;
  JxFieldKind kind;
  gsize offset;
  guint flags;
  const JxRecordType *type;         /* OBJECT, LIST */
  const char * const *enum_values;  /* ENUM, NULL-terminated */
  double default_value;             /* INT, BOOL, ENUM (-1: not stated, null); NUMBER when JX_FIELD_NOT_NULL */
} JxField;

struct _JxRecordType {
  const char *name;
  gsize size;
  const JxField *fields;
  guint n_fields;
};

/* The record types (jx-record-fields.c). */
extern const JxRecordType jx_doc_data_type;
extern const JxRecordType jx_indicator_type;
extern const JxRecordType jx_amount_item_type;
extern const JxRecordType jx_three_public_item_type;
extern const JxRecordType jx_part_type;
extern const JxRecordType jx_tier_type;
extern const JxRecordType jx_rule_type;
extern const JxRecordType jx_cap_type;
extern const JxRecordType jx_grade_band_type;
extern const JxRecordType jx_restatement_type;
extern const JxRecordType jx_slide_ref_type;

extern const char * const jx_direction_names[];
extern const char * const jx_rule_kind_names[];
extern const char * const jx_grade_names[];
extern const char * const jx_metric_names[];
extern const char * const jx_basis_names[];
extern const char * const jx_step_count_names[];
extern const char * const jx_not_applicable_names[];

/* Whether a rule parameter (a field flagged JX_FIELD_OMIT_DEFAULT) belongs to rule `kind`:
 * such parameters are written when they belong to the rule or differ from their default. */
gboolean jx_rule_param_applies (const char *key, int kind);

/* Generic record life cycle. */
gpointer jx_record_new       (const JxRecordType *type);   /* every field at its default */
void     jx_record_init      (const JxRecordType *type, gpointer record);
void     jx_record_clear     (const JxRecordType *type, gpointer record);
void     jx_record_free      (const JxRecordType *type, gpointer record);
/* A deep copy: strings, lists and records copied; unknown members shared (never changed). */
gpointer jx_record_copy      (const JxRecordType *type, gconstpointer record);
const JxField *jx_record_type_find (const JxRecordType *type, const char *key);

/* The whole document. */
JxDocData *jx_doc_data_new   (void);       /* an empty, valid document */
void       jx_doc_data_free  (JxDocData *data);
/* A copy that does not change when the document does (a save written on a thread). */
JxDocData *jx_doc_data_copy  (const JxDocData *data);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (JxDocData, jx_doc_data_free)

#define JX_FIELD_AT(record, field, ctype) ((ctype *) ((guint8 *) (record) + (field)->offset))

G_END_DECLS
