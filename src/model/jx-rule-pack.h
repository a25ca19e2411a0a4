/* SPDX-License-Identifier: GPL-3.0-or-later */
/* jx-rule-pack.h: rule packs — a region's or a document's scoring rules as data
 * (the JSON files of data/rules/, data/rules/README.md): where they come from, the scoring settings they
 * set, the default rule per kind of indicator, and the indicator framework of a new document.
 *
 * The packs shipped with Jixiao are compiled into the program; packs in
 * $XDG_DATA_DIRS/jixiao/rules and $XDG_DATA_HOME/jixiao/rules (and the folders of
 * $JIXIAO_RULES_DIR, for tests) are read too, a pack with the id of an earlier one replacing it.
 * A document names the pack it follows (scoring.pack); choosing a pack writes its rules into the
 * document, so a document always scores the same, with or without the pack installed. */
#pragma once

#include <gio/gio.h>

#include "jx-document.h"

G_BEGIN_DECLS

typedef struct _JxRulePack JxRulePack;

#define JX_RULE_PACK_ERROR (jx_rule_pack_error_quark ())
GQuark jx_rule_pack_error_quark (void);

typedef enum {
  JX_RULE_PACK_ERROR_INVALID,    /* not a rule pack, or a member is wrong */
  JX_RULE_PACK_ERROR_NO_TEMPLATE,
} JxRulePackError;

/* The packs, in the order the Scoring Settings list them (the shipped ones first); loaded
 * once. Borrowed: a GPtrArray of const JxRulePack*, never NULL. */
GPtrArray        *jx_rule_pack_list           (void);
/* The pack with `id`, or NULL. */
const JxRulePack *jx_rule_pack_find           (const char *id);

/* Reads one pack file, checking it like a document. */
JxRulePack       *jx_rule_pack_load_file      (GFile       *file,
                                               GError     **error);
JxRulePack       *jx_rule_pack_load_data      (const char  *data,
                                               gsize        length,
                                               const char  *name,
                                               GError     **error);
void              jx_rule_pack_free           (JxRulePack  *pack);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (JxRulePack, jx_rule_pack_free)

const char       *jx_rule_pack_get_id         (const JxRulePack *pack);
/* "项目支出绩效自评（财预〔2020〕10号）" */
const char       *jx_rule_pack_get_name       (const JxRulePack *pack);
/* One sentence on what the pack is for ("" when none). */
const char       *jx_rule_pack_get_description (const JxRulePack *pack);
/* The source document: issuer, title and number. */
const char       *jx_rule_pack_get_document   (const JxRulePack *pack);
/* Which parts of it the rules follow ("" when not given). */
const char       *jx_rule_pack_get_articles   (const JxRulePack *pack);
/* What could and could not be verified ("" when nothing to say). */
const char       *jx_rule_pack_get_note       (const JxRulePack *pack);
/* Whether the pack is a province's or a locality's (scope provincial or local): their forms
 * print 指标性质 and 度量单位 beside 指标值, and so does the report's goal table. */
gboolean          jx_rule_pack_is_regional    (const JxRulePack *pack);

/* The pack's default rule for a level-3 indicator (the first rule it matches), or NULL. */
const JxRule     *jx_rule_pack_rule_for       (const JxRulePack  *pack,
                                               const JxIndicator *indicator);

/* Makes `document` follow `pack`, as one undo step ("Use Rule Pack"): scoring.pack and
 * scoring.source name it; its scoring settings replace the document's (grade bands, decimals
 * and rounding only when the pack gives them); every level-3 rule not marked custom takes the
 * pack's default for its indicator, with its source — except that a qualitative grade is the
 * clerk's: a qualitative indicator keeps its grade and share, and one made qualitative is not
 * graded yet (it gives no score until someone grades it). A rule the pack has no default for
 * keeps its kind and loses its source. */
gboolean          jx_rule_pack_apply          (const JxRulePack *pack,
                                               JxDocument       *document,
                                               GError          **error);

/* Gives the level-3 indicator at `path` the pack's rule for it, with its source, in place of
 * one set by hand (custom), as one undo step: what the rule popover's "Use the Pack's Rule"
 * does. */
gboolean          jx_rule_pack_apply_to_indicator (const JxRulePack *pack,
                                                   JxDocument       *document,
                                                   const char       *path,
                                                   GError          **error);

/* Whether the pack has an indicator framework for a new document. */
gboolean          jx_rule_pack_has_template   (const JxRulePack *pack);
/* A new, empty document with the pack's indicator framework (names, numbering, the weights
 * the source gives, metrics), its scoring settings and rules, and last year as its year; no
 * figures. NULL with JX_RULE_PACK_ERROR_NO_TEMPLATE when the pack has none. */
JxDocData        *jx_rule_pack_new_template_document (const JxRulePack *pack,
                                                      GError          **error);

G_END_DECLS
