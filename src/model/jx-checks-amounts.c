/* SPDX-License-Identifier: GPL-3.0-or-later */
/* jx-checks-amounts.c: amounts that cannot be what they say. Revenue received, money spent,
 * a budget, an asset are never below zero: a negative amount there is a slip of the minus
 * key, or a reduction that belongs in the additional budget (追加, which may be negative),
 * and it would print as a negative share of a whole. A warning, at the amount. */
#define G_LOG_DOMAIN "jx-checks"

#include "config.h"

#include <glib/gi18n.h>

#include "jx-checks-private.h"
#include "jx-record.h"

/* Amounts that may be negative: a budget reduced during the year. */
static gboolean
may_be_negative (const JxField *field)
{
  return g_str_equal (field->key, "additional");
}

static void
walk (JxChecks           *checks,
      const JxRecordType *type,
      gconstpointer       record,
      GString            *path)
{
  gsize len = path->len;
  guint i, k;

  for (i = 0; i < type->n_fields; i++)
    {
      const JxField *f = &type->fields[i];

      g_string_truncate (path, len);
      g_string_append_printf (path, ".%s", f->key);
      switch (f->kind)
        {
        case JX_FIELD_MONEY:
          {
            JxMoney m = *JX_FIELD_AT (record, f, JxMoney);

            if (JX_MONEY_IS_SET (m) && m < 0 && !may_be_negative (f))
              _jx_checks_add (checks, JX_SEVERITY_WARNING, path->str,
                              /* Translators: %s is the amount, e.g. "-23.87" */
                              _("A negative amount, %s 万元: an amount received or spent is not below "
                                "zero (a reduction of the budget belongs in the additional budget, 追加)"),
                              _jx_checks_money (checks, m));
          }
          break;
        case JX_FIELD_OBJECT:
          walk (checks, f->type, JX_FIELD_AT (record, f, guint8), path);
          break;
        case JX_FIELD_LIST:
          {
            GPtrArray *list = *JX_FIELD_AT (record, f, GPtrArray *);
            gsize list_len = path->len;

            for (k = 0; list != NULL && k < list->len; k++)
              {
                g_string_truncate (path, list_len);
                g_string_append_printf (path, "[%u]", k);
                walk (checks, f->type, g_ptr_array_index (list, k), path);
              }
          }
          break;
        case JX_FIELD_STRING:
        case JX_FIELD_INT:
        case JX_FIELD_COUNT:
        case JX_FIELD_NUMBER:
        case JX_FIELD_BOOL:
        case JX_FIELD_ENUM:
        case JX_FIELD_STRING_LIST:
        default:
          break;
        }
    }
  g_string_truncate (path, len);
}

void
_jx_checks_negative_amounts (JxChecks *checks)
{
  const JxField *budget = jx_record_type_find (&jx_doc_data_type, "budget");
  g_autoptr(GString) path = g_string_new ("budget");

  walk (checks, budget->type, &checks->doc->budget, path);
}
