/* SPDX-License-Identifier: GPL-3.0-or-later */
/* jx-checks-plausible.c: figures that may add up and still be wrong —
 *
 * - 编制数 that is exactly 在职 + 离退休 (retirees hold no posts), or a staff control rate far
 *   below any plausible value: "does 205 include the 77 retirees?";
 * - a qualitative rule with no grade (it gives no score), or a share outside its grade's
 *   range (未达成 at 100%);
 * - a printed actual (actual_text) that contradicts the computed metric it is linked to, at
 *   the precision it is printed with (92% for 92.08% is right, 95% is not). */
#define G_LOG_DOMAIN "jx-checks"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <stdlib.h>

#include "jx-checks-private.h"
#include "jx-metrics.h"

/* Below this, a staff control rate means the posts or the headcount are not what they say:
 * departments run at 80–100% of their posts. */
#define IMPLAUSIBLE_CONTROL_RATE 50.0

/* ---- staffing ---- */

static const char *
percent (JxChecks *checks,
         double    value)
{
  char *text = g_strdup_printf ("%.2f%%", value);

  g_ptr_array_add (checks->pool, text);
  return text;
}

void
_jx_checks_plausible_staffing (JxChecks *checks)
{
  const JxStaffing *s = &checks->doc->department.staffing;
  int posts = s->authorized.total;
  int staff = s->actual.total;
  int retirees = s->retirees.total;
  double rate;

  if (!JX_COUNT_IS_SET (retirees) && JX_COUNT_IS_SET (s->retirees.honorary) && JX_COUNT_IS_SET (s->retirees.retired))
    retirees = s->retirees.honorary + s->retirees.retired;
  if (!JX_COUNT_IS_SET (posts) || !JX_COUNT_IS_SET (staff) || posts == 0)
    return;
  rate = (double) staff / posts * 100.0;

  if (JX_COUNT_IS_SET (retirees) && retirees > 0 && posts == staff + retirees)
    {
      _jx_checks_add (checks, JX_SEVERITY_WARNING, "department.staffing.authorized.total",
                      /* Translators: e.g. "The authorised posts (编制数), 205, are exactly the 128
                       * staff in post plus the 77 retirees (128 + 77 = 205): does 205 include the
                       * 77 retirees? Retirees hold no posts; without them the staff control rate
                       * would be 128 / 128 = 100.00% instead of 62.44%" */
                      _("The authorised posts (编制数), %d, are exactly the %d staff in post plus the %d retirees "
                        "(%d + %d = %d): does %d include the %d retirees? Retirees hold no posts; without them "
                        "the staff control rate would be %d / %d = %s instead of %s"),
                      posts, staff, retirees, staff, retirees, posts, posts, retirees,
                      staff, posts - retirees, percent (checks, 100.0), percent (checks, rate));
      return;
    }

  if (rate >= IMPLAUSIBLE_CONTROL_RATE)
    return;

  if (JX_COUNT_IS_SET (retirees) && retirees > 0 && posts - retirees >= staff)
    _jx_checks_add (checks, JX_SEVERITY_WARNING, "department.staffing.authorized.total",
                    /* Translators: e.g. "The staff control rate, 82 / 205 = 40.00%, is far below any
                     * plausible value: does the 205 authorised posts (编制数) include the 77 retirees?
                     * Retirees hold no posts" */
                    _("The staff control rate, %d / %d = %s, is far below any plausible value: do the %d "
                      "authorised posts (编制数) include the %d retirees? Retirees hold no posts"),
                    staff, posts, percent (checks, rate), posts, retirees);
  else
    _jx_checks_add (checks, JX_SEVERITY_WARNING, "department.staffing.authorized.total",
                    /* Translators: e.g. "The staff control rate, 30 / 101 = 29.70%, is far below any
                     * plausible value: check the authorised posts (编制数) and the staff in post" */
                    _("The staff control rate, %d / %d = %s, is far below any plausible value: check the "
                      "authorised posts (编制数) and the staff in post"),
                    staff, posts, percent (checks, rate));
}

/* ---- qualitative grades ---- */

static const char * const grade_names[] = {
  N_("achieved (达成)"),
  N_("partially achieved (部分达成)"),
  N_("not achieved (未达成)"),
};

static void
qualitative (JxChecks          *checks,
             const JxIndicator *leaf,
             const char        *path)
{
  double min, max;

  if (leaf->rule.kind != JX_RULE_QUALITATIVE)
    return;

  if (leaf->rule.grade < 0 || leaf->rule.grade >= (int) G_N_ELEMENTS (grade_names))
    {
      g_autofree char *grade_path = g_strdup_printf ("%s.rule.grade", path);

      if (JX_NUMBER_IS_SET (leaf->score))
        _jx_checks_add (checks, JX_SEVERITY_WARNING, grade_path,
                        _("Indicator %s: its qualitative rule has no grade (achieved, partially achieved or not achieved); the entered score %s stands, but the rule cannot confirm it"),
                        _jx_checks_indicator_label (checks, leaf),
                        _jx_checks_number (checks, leaf->score));
      else
        _jx_checks_add (checks, JX_SEVERITY_WARNING, grade_path,
                        _("Indicator %s: its qualitative rule has no grade (achieved, partially achieved or not achieved), so it gives no score (weight %s)"),
                        _jx_checks_indicator_label (checks, leaf),
                        _jx_checks_number (checks, leaf->weight));
      return;
    }

  if (!JX_NUMBER_IS_SET (leaf->rule.share))
    return;
  jx_grade_share_range (&checks->doc->scoring, leaf->rule.grade, &min, &max);
  if (leaf->rule.share >= min - JX_CHECKS_EPSILON && leaf->rule.share <= max + JX_CHECKS_EPSILON)
    return;

  {
    g_autofree char *share_path = g_strdup_printf ("%s.rule.share", path);
    double score = JX_NUMBER_IS_SET (leaf->weight) ? leaf->rule.share / 100 * leaf->weight : NAN;

    _jx_checks_add (checks, JX_SEVERITY_WARNING, share_path,
                    /* Translators: e.g. "Indicator 3 “预算编制规范性”: the grade is not achieved (未达成),
                     * 0–60% of the weight, but its share is 100%, which gives 1 of 1" */
                    _("Indicator %s: the grade is %s, %s–%s%% of the weight, but its share is %s%%, which gives %s of %s"),
                    _jx_checks_indicator_label (checks, leaf), _(grade_names[leaf->rule.grade]),
                    _jx_checks_number (checks, min), _jx_checks_number (checks, max),
                    _jx_checks_number (checks, leaf->rule.share),
                    _jx_checks_number (checks, score), _jx_checks_number (checks, leaf->weight));
  }
}

/* ---- printed actual values against their metric ---- */

/* The one number of a printed percentage ("92%", "-67.65%", "约 53.82％"): its value and
 * decimals. FALSE when the text has no percent sign or not exactly one number. */
static gboolean
printed_percent (const char *text,
                 double     *value,
                 int        *decimals)
{
  g_autoptr(GString) number = g_string_new (NULL);
  gboolean has_percent = strstr (text, "%") != NULL || strstr (text, "％") != NULL;
  guint n_numbers = 0;
  const char *p = text;

  while (*p != '\0')
    {
      gunichar c = g_utf8_get_char (p);
      gboolean negative = c == '-' || c == 0x2212 /* − */ || c == 0xFF0D /* － */;
      const char *q = negative ? g_utf8_next_char (p) : p;

      if (g_ascii_isdigit (*q))
        {
          if (++n_numbers > 1)
            return FALSE;
          if (negative)
            g_string_append_c (number, '-');
          *decimals = 0;
          while (g_ascii_isdigit (*q) || *q == ',')
            {
              if (*q != ',')
                g_string_append_c (number, *q);
              q++;
            }
          if (*q == '.' && g_ascii_isdigit (q[1]))
            {
              g_string_append_c (number, *q++);
              while (g_ascii_isdigit (*q))
                {
                  g_string_append_c (number, *q++);
                  (*decimals)++;
                }
            }
          p = q;
          continue;
        }
      p = g_utf8_next_char (p);
    }

  if (!has_percent || n_numbers != 1)
    return FALSE;
  *value = g_ascii_strtod (number->str, NULL);
  return TRUE;
}

static void
printed_actual (JxChecks          *checks,
                const JxIndicator *leaf,
                const char        *path)
{
  g_autofree char *actual_path = NULL;
  g_autofree char *why = NULL;
  double computed, printed, unit;
  int decimals = 0;

  if (leaf->metric <= JX_METRIC_NONE || leaf->metric >= JX_N_METRICS || leaf->actual_text == NULL)
    return;
  computed = jx_metric_compute (checks->doc, leaf->metric);
  if (!JX_NUMBER_IS_SET (computed) || !printed_percent (leaf->actual_text, &printed, &decimals))
    return;

  /* Rounded or truncated to the printed decimals, the computed value is within one unit of
   * the last printed digit. */
  unit = pow (10, -decimals);
  if (fabs (computed - printed) < unit - JX_CHECKS_EPSILON)
    return;

  actual_path = g_strdup_printf ("%s.actual_text", path);
  why = jx_metric_explain (checks->doc, leaf->metric);
  _jx_checks_add (checks, JX_SEVERITY_ERROR, actual_path,
                  /* Translators: e.g. "Indicator 4 “在职人员控制率”: the printed actual “95%”
                   * contradicts the computed staff control rate (93 / 101 = 92.08%)" */
                  _("Indicator %s: the printed actual “%s” contradicts the computed %s (%s)"),
                  _jx_checks_indicator_label (checks, leaf), _jx_checks_text (checks, leaf->actual_text),
                  jx_metric_title (leaf->metric), why != NULL ? why : "");
}

void
_jx_checks_plausible_indicator (JxChecks                *checks,
                                const JxIndicatorResult *r)
{
  if (r->level < 3 || !r->indicator->applicable)
    return;
  qualitative (checks, r->indicator, r->json_path);
  printed_actual (checks, r->indicator, r->json_path);
}
