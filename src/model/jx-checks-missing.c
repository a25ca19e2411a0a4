/* SPDX-License-Identifier: GPL-3.0-or-later */
/* jx-checks-missing.c: what a document still lacks. A new document is not "all figures
 * add up": the checks name each part that is still empty — the department's name and
 * functions, staffing, the budget, the indicators, the conclusion — so that the findings
 * are the clerk's list of what is left to fill in (notes: nothing typed is wrong yet). A part
 * with anything in it is not named. */
#define G_LOG_DOMAIN "jx-checks"

#include "config.h"

#include <glib/gi18n.h>

#include "jx-checks-private.h"
#include "jx-record.h"

static gboolean
blank (const char *text)
{
  const char *p;

  for (p = text != NULL ? text : ""; *p != '\0'; p = g_utf8_next_char (p))
    if (!g_unichar_isspace (g_utf8_get_char (p)))
      return FALSE;
  return TRUE;
}

/* Whether any figure or text below `record` of `type` is stated (lists: any item at all). */
static gboolean
anything_stated (const JxRecordType *type,
                 gconstpointer       record)
{
  guint i;

  for (i = 0; i < type->n_fields; i++)
    {
      const JxField *f = &type->fields[i];

      switch (f->kind)
        {
        case JX_FIELD_MONEY:
          if (JX_MONEY_IS_SET (*JX_FIELD_AT (record, f, JxMoney)))
            return TRUE;
          break;
        case JX_FIELD_COUNT:
          if (JX_COUNT_IS_SET (*JX_FIELD_AT (record, f, gint)))
            return TRUE;
          break;
        case JX_FIELD_NUMBER:
          if (JX_NUMBER_IS_SET (*JX_FIELD_AT (record, f, double)))
            return TRUE;
          break;
        case JX_FIELD_STRING:
          if (!blank (*JX_FIELD_AT (record, f, char *)))
            return TRUE;
          break;
        case JX_FIELD_OBJECT:
          if (anything_stated (f->type, JX_FIELD_AT (record, f, guint8)))
            return TRUE;
          break;
        case JX_FIELD_LIST:
        case JX_FIELD_STRING_LIST:
          {
            GPtrArray *list = *JX_FIELD_AT (record, f, GPtrArray *);
            if (list != NULL && list->len > 0)
              return TRUE;
          }
          break;
        case JX_FIELD_INT:     /* a year, a choice: always have a value */
        case JX_FIELD_BOOL:
        case JX_FIELD_ENUM:
        default:
          break;
        }
    }
  return FALSE;
}

static const JxRecordType *
type_of (const JxRecordType *parent,
         const char         *key)
{
  const JxField *f = jx_record_type_find (parent, key);

  g_assert (f != NULL && f->type != NULL);
  return f->type;
}

void
_jx_checks_missing (JxChecks *checks)
{
  const JxDocData *doc = checks->doc;
  const JxRecordType *department = type_of (&jx_doc_data_type, "department");
  const JxRecordType *staffing = type_of (department, "staffing");
  gboolean functions = doc->department.functions != NULL && doc->department.functions->len > 0;

  if (blank (doc->department.name))
    _jx_checks_add (checks, JX_SEVERITY_INFO, "department.name",
                    _("To fill in: the name of the department"));
  if (!functions)
    _jx_checks_add (checks, JX_SEVERITY_INFO, "department.functions",
                    _("To fill in: the department’s functions (部门职能)"));
  if (!anything_stated (staffing, &doc->department.staffing))
    _jx_checks_add (checks, JX_SEVERITY_INFO, "department.staffing.authorized.administrative",
                    _("To fill in: staffing — the authorised posts, the actual headcount and the retired staff"));
  if (!anything_stated (type_of (&jx_doc_data_type, "budget"), &doc->budget))
    _jx_checks_add (checks, JX_SEVERITY_INFO, "budget.revenue.total",
                    _("To fill in: the budget — revenue, spending and how the budget was executed"));
  if (doc->indicators == NULL || doc->indicators->len == 0)
    _jx_checks_add (checks, JX_SEVERITY_INFO, "indicators",
                    _("To fill in: the performance indicators — add them on the indicator page, paste "
                      "them from WPS or Excel, or start from a template"));
  if (!anything_stated (type_of (&jx_doc_data_type, "conclusion"), &doc->conclusion))
    _jx_checks_add (checks, JX_SEVERITY_INFO, "conclusion.summary",
                    _("To fill in: the conclusion — the summary, the experience, the problems and the measures"));
}
