/* SPDX-License-Identifier: GPL-3.0-or-later */
/* jx-rule-pack-private.h: what reading a rule pack (jx-rule-pack.c) and applying it
 * (jx-rule-pack-apply.c) share. */
#pragma once

#include "jx-rule-pack.h"

G_BEGIN_DECLS

typedef enum {
  JX_PACK_SCOPE_NATIONAL,
  JX_PACK_SCOPE_PROVINCIAL,
  JX_PACK_SCOPE_LOCAL,
} JxPackScope;

typedef struct {
  int      metric;        /* JX_METRIC_NONE: any */
  guint    directions;    /* bit per JxDirection; 0: any */
  int      qualitative;   /* -1 any, 0 quantitative, 1 qualitative */
  JxRule  *rule;
} JxPackRule;

struct _JxRulePack {
  char       *id;
  char       *name;
  char       *description;
  char       *document;
  char       *articles;
  char       *note;
  int         scope;                /* JxPackScope */
  gboolean    shipped;              /* compiled into Jixiao */
  JsonNode   *scoring;              /* the pack's "scoring" object as given, or NULL */
  GPtrArray  *rules;                /* of JxPackRule* */
  JsonNode   *template_indicators;  /* array, or NULL */
  char       *template_method;
};

/* A document of the pack's scoring settings (and its template's indicators), loaded by the
 * document loader: how a pack is checked, and the start of a template document. */
JxDocData *_jx_rule_pack_build_document (const JxRulePack *pack,
                                         gboolean          with_template,
                                         GError          **error);

G_END_DECLS
