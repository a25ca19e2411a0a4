/* SPDX-License-Identifier: GPL-3.0-or-later */
/* jx-next-year.c: next year's document from this one (see jx-next-year.h). The copy is
 * made through the canonical text, so that it shares nothing with the original and holds
 * exactly what a save and a load would; then each figure is kept, carried or emptied. */
#define G_LOG_DOMAIN "jx-next-year"

#include "config.h"

#include <glib/gi18n.h>

#include "jx-load.h"
#include "jx-next-year.h"
#include "jx-record.h"
#include "jx-save.h"

/* The member in which a transcriber explains this year's figures. */
#define TRANSCRIPTION "transcription"

static void
empty_text (char **text)
{
  g_free (*text);
  *text = g_strdup ("");
}

static void
forget_transcription (JsonObject *extra)
{
  if (extra != NULL && json_object_has_member (extra, TRANSCRIPTION))
    json_object_remove_member (extra, TRANSCRIPTION);
}

static void
empty_amount_items (GPtrArray *items)
{
  guint i;

  for (i = 0; i < items->len; i++)
    {
      JxAmountItem *item = g_ptr_array_index (items, i);

      forget_transcription (item->extra);
      item->amount = JX_MONEY_NONE;
      empty_amount_items (item->items);
    }
}

static void
empty_table (JxAmountTable *t)
{
  forget_transcription (t->extra);
  t->total = JX_MONEY_NONE;
  empty_amount_items (t->items);
  empty_text (&t->note);
}

/* This year's closing balance is next year's carry-in; the rest of the flow is new. */
static void
carry_flow (JxFlow *f)
{
  forget_transcription (f->extra);
  f->previous_year = f->actual;
  f->opening_balance = f->closing_balance;
  f->closing_balance = JX_MONEY_NONE;
  f->initial = f->additional = f->adjusted = f->actual = JX_MONEY_NONE;
  empty_text (&f->note);
}

static void
carry_three_public_items (GPtrArray *items)
{
  guint i;

  for (i = 0; i < items->len; i++)
    {
      JxThreePublicItem *item = g_ptr_array_index (items, i);

      forget_transcription (item->extra);
      item->previous_budget = item->budget;
      item->previous_actual = item->actual;
      item->budget = item->actual = JX_MONEY_NONE;
      carry_three_public_items (item->items);
    }
}

static void
carry_budget (JxBudget *b)
{
  JxMoney project = JX_MONEY_IS_SET (b->projects.actual) ? b->projects.actual : b->by_nature.project;
  JxMoney revenue = b->revenue.total;
  JxMoney spent = b->by_nature.total;

  forget_transcription (b->extra);
  empty_table (&b->revenue);
  b->revenue.previous_total = revenue;
  empty_table (&b->by_function);
  empty_table (&b->by_economic);

  forget_transcription (b->by_nature.extra);
  b->by_nature.previous_total = JX_MONEY_IS_SET (spent) ? spent : b->by_function.total;
  b->by_nature.previous_basic = b->by_nature.basic;
  b->by_nature.total = b->by_nature.basic = b->by_nature.personnel = JX_MONEY_NONE;
  b->by_nature.public_ = b->by_nature.project = JX_MONEY_NONE;
  empty_text (&b->by_nature.note);

  carry_flow (&b->execution);
  /* The whole budget's last year is the expenditure above. */
  b->execution.previous_year = JX_MONEY_NONE;
  carry_flow (&b->projects);
  b->projects.previous_year = project;
  carry_flow (&b->public_funds);
  /* The public funds hold no carry-over in the format. */
  b->public_funds.opening_balance = JX_MONEY_NONE;

  forget_transcription (b->three_public.extra);
  carry_three_public_items (b->three_public.items);
  b->three_public.previous_budget_total = b->three_public.budget_total;
  b->three_public.previous_actual_total = b->three_public.actual_total;
  b->three_public.budget_total = b->three_public.actual_total = JX_MONEY_NONE;
  empty_text (&b->three_public.note);

  forget_transcription (b->procurement.extra);
  b->procurement.previous_actual = b->procurement.actual;
  b->procurement.budget = b->procurement.actual = JX_MONEY_NONE;
  empty_text (&b->procurement.note);

  forget_transcription (b->assets.extra);
  b->assets.registered = b->assets.in_use = b->assets.idle = JX_MONEY_NONE;
  empty_text (&b->assets.note);

  forget_transcription (b->key_expenditure.extra);
  b->key_expenditure.amount = JX_MONEY_NONE;
  empty_text (&b->key_expenditure.note);
}

static void
reset_rule (JxRule *rule)
{
  forget_transcription (rule->extra);
  rule->grade = JX_GRADE_NONE;
  rule->share = jx_record_type_find (&jx_rule_type, "share")->default_value;
}

static void
reset_indicators (GPtrArray *list)
{
  guint i, j;

  for (i = 0; i < list->len; i++)
    {
      JxIndicator *ind = g_ptr_array_index (list, i);

      forget_transcription (ind->extra);
      ind->stated_score = NAN;
      ind->score = NAN;
      empty_text (&ind->analysis);
      empty_text (&ind->note);
      empty_text (&ind->actual_text);
      for (j = 0; j < ind->parts->len; j++)
        {
          JxPart *part = g_ptr_array_index (ind->parts, j);

          forget_transcription (part->extra);
          part->actual = NAN;
          /* This year's 年初 value was adjusted to `target`, which next year starts from. */
          part->initial_target = NAN;
        }
      reset_rule (&ind->rule);
      reset_indicators (ind->children);
    }
}

static void
reset_department (JxDepartment *d)
{
  JxStaffing *s = &d->staffing;

  forget_transcription (d->extra);
  d->year++;
  empty_text (&d->report_date);

  forget_transcription (s->extra);
  forget_transcription (s->actual.extra);
  forget_transcription (s->retirees.extra);
  s->actual.total = s->actual.administrative = s->actual.institutional = JX_COUNT_NONE;
  s->actual.civil_servant_managed = s->actual.contract = JX_COUNT_NONE;
  s->retirees.total = s->retirees.honorary = s->retirees.retired = JX_COUNT_NONE;
  empty_text (&s->notes);
}

static void
reset_conclusion (JxConclusion *c)
{
  forget_transcription (c->extra);
  c->stated_total = NAN;
  empty_text (&c->summary);
  empty_text (&c->benefits);
  empty_text (&c->experience);
  empty_text (&c->problems);
  empty_text (&c->measures);
}

JxDocData *
jx_doc_data_next_year (const JxDocData  *data,
                       GError          **error)
{
  g_autofree char *text = NULL;
  g_autoptr(JxDocData) next = NULL;
  gsize length = 0;
  guint i;

  g_return_val_if_fail (data != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (data->department.year <= 0)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   _("The document states no year (department.year): there is no next year to make"));
      return NULL;
    }
  if (data->department.year >= 9999)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   _("The document is for the year %d: there is no next year to make"),
                   data->department.year);
      return NULL;
    }

  text = jx_doc_data_to_json (data, &length);
  next = jx_doc_data_load_data (text, length, "next-year", error);
  if (next == NULL)
    return NULL;

  forget_transcription (next->extra);
  reset_department (&next->department);
  carry_budget (&next->budget);
  reset_indicators (next->indicators);
  forget_transcription (next->scoring.extra);
  reset_conclusion (&next->conclusion);
  for (i = 0; i < next->restatements->len; i++)
    jx_record_free (&jx_restatement_type, g_ptr_array_index (next->restatements, i));
  g_ptr_array_set_size (next->restatements, 0);

  return g_steal_pointer (&next);
}
