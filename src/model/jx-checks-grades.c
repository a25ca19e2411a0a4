/* SPDX-License-Identifier: GPL-3.0-or-later */
/* jx-checks-grades.c: why a grade is withheld. The score sheet gives no grade to a branch
 * whose children's weights exceed its own, whose rate is above 100% or that holds such a
 * branch, and no total grade then, nor when the total or the dimensions' weights are above
 * 100 (jx-scoring.c): those figures would otherwise read 优秀 while the weights are wrong.
 * Each withheld grade is an error that says why, at the weight to mend. */
#define G_LOG_DOMAIN "jx-checks"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "jx-checks-private.h"

#define EPS JX_CHECKS_EPSILON

static gboolean
withheld (const JxIndicatorResult *r)
{
  return r != NULL && r->level < 3 && !isnan (r->rate) && r->grade == NULL;
}

/* Whether a branch below `node` has its grade withheld: that one says why. */
static gboolean
child_withheld (JxChecks          *checks,
                const JxIndicator *node)
{
  guint i;

  for (i = 0; node->children != NULL && i < node->children->len; i++)
    if (withheld (g_hash_table_lookup (checks->results, g_ptr_array_index (node->children, i))))
      return TRUE;
  return FALSE;
}

/* Σ of the applicable children's weights, as the score sheet counts them. */
static double
children_weight (JxChecks          *checks,
                 const JxIndicator *node)
{
  double sum = 0;
  guint i;

  for (i = 0; node->children != NULL && i < node->children->len; i++)
    {
      const JxIndicatorResult *c = g_hash_table_lookup (checks->results, g_ptr_array_index (node->children, i));

      if (c != NULL && c->applicable && JX_NUMBER_IS_SET (c->weight))
        sum += c->weight;
    }
  return sum;
}

/* Whether a stated grade names `band`: the band's name, or its start (优 for 优秀, as the
 * reference report's 评价结论 abbreviates it). */
static gboolean
names_band (const char *stated,
            const char *band)
{
  return band != NULL && stated[0] != '\0' && g_str_has_prefix (band, stated);
}

/* A stated grade (indicators[].stated_grade, conclusion.stated_grade) the computed band does
 * not bear out: the report prints what the department stated, so say where it differs. */
static void
stated_grades (JxChecks *checks)
{
  const JxScoreSheet *sheet = checks->sheet;
  const char *stated = checks->doc->conclusion.stated_grade;
  guint i;

  for (i = 0; sheet->dimensions != NULL && i < sheet->dimensions->len; i++)
    {
      const JxIndicatorResult *r = g_ptr_array_index (sheet->dimensions, i);
      const char *grade = r->indicator->stated_grade;
      g_autofree char *path = NULL;

      if (grade == NULL || grade[0] == '\0' || r->grade == NULL || names_band (grade, r->grade))
        continue;
      path = g_strdup_printf ("%s.stated_grade", r->json_path);
      _jx_checks_add (checks, JX_SEVERITY_WARNING, path,
                      /* Translators: e.g. "“投入”: the stated grade 优 is not the computed grade 良好 (83.33%)" */
                      _("%s: the stated grade %s is not the computed grade %s (%s%%)"),
                      _jx_checks_text (checks, r->indicator->name), _jx_checks_text (checks, grade),
                      _jx_checks_text (checks, r->grade),
                      _jx_checks_number (checks, round (r->rate * 100) / 100));
    }
  if (stated != NULL && stated[0] != '\0' && sheet->grade != NULL && !names_band (stated, sheet->grade))
    _jx_checks_add (checks, JX_SEVERITY_WARNING, "conclusion.stated_grade",
                    _("The stated grade %s of the total is not the computed grade %s"),
                    _jx_checks_text (checks, stated), _jx_checks_text (checks, sheet->grade));
}

void
_jx_checks_grades (JxChecks *checks)
{
  const JxScoreSheet *sheet = checks->sheet;
  guint n_withheld = 0;
  guint i;

  for (i = 0; sheet->indicators != NULL && i < sheet->indicators->len; i++)
    {
      const JxIndicatorResult *r = g_ptr_array_index (sheet->indicators, i);
      const JxIndicator *node = r->indicator;
      g_autofree char *weight_path = NULL;
      double children;

      if (!withheld (r))
        continue;
      n_withheld++;
      if (child_withheld (checks, node))
        continue;
      weight_path = g_strdup_printf ("%s.weight", r->json_path);
      children = children_weight (checks, node);
      if (JX_NUMBER_IS_SET (node->weight) && children > node->weight + EPS)
        _jx_checks_add (checks, JX_SEVERITY_ERROR, weight_path,
                        /* Translators: e.g. "No grade for “产出” while the weights under it (66)
                         * exceed its own (63)" */
                        _("No grade for “%s” while the weights under it (%s) exceed its own (%s)"),
                        _jx_checks_text (checks, node->name), _jx_checks_number (checks, children),
                        _jx_checks_number (checks, node->weight));
      else if (r->rate > 100 + EPS)
        _jx_checks_add (checks, JX_SEVERITY_ERROR, weight_path,
                        _("No grade for “%s” while its score %s is above its weight %s (%s%%)"),
                        _jx_checks_text (checks, node->name), _jx_checks_number (checks, r->score),
                        _jx_checks_number (checks, r->weight),
                        _jx_checks_number (checks, round (r->rate * 100) / 100));
      /* else: not graded because of a branch below it, which says why */
    }

  stated_grades (checks);
  if (sheet->grade != NULL || isnan (sheet->total))
    return;
  if (sheet->total_weight > 100 + EPS)
    _jx_checks_add (checks, JX_SEVERITY_ERROR, "indicators",
                    _("No grade for the total while the weights of the dimensions add up to %s, above 100"),
                    _jx_checks_number (checks, sheet->total_weight));
  else if (sheet->total > 100 + EPS)
    _jx_checks_add (checks, JX_SEVERITY_ERROR, "indicators",
                    _("No grade for the total while it is %s, above 100"),
                    _jx_checks_number (checks, sheet->total));
  else if (n_withheld > 0)
    _jx_checks_add (checks, JX_SEVERITY_ERROR, "indicators",
                    _("No grade for the total while a dimension or group has none (see the finding on its weight)"));
}
