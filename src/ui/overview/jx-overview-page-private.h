/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "jx-field-set.h"
#include "jx-metric-row.h"
#include "jx-overview-page.h"

G_BEGIN_DECLS

struct _JxOverviewPage
{
  AdwBin        parent_instance;

  JxEvaluation *evaluation;
  JxFieldSet   *fields;
  gulong        updated_id;
  gulong        changed_id;
  int           focus_function;   /* function row to focus after the next rebuild, or -1 */

  /* template */
  AdwEntryRow  *name_row;
  GtkWidget    *year_entry;
  AdwEntryRow  *report_date_row;
  AdwEntryRow  *preparer_row;
  GtkGrid      *staffing_grid;
  GtkGrid      *retirees_grid;
  GtkListBox   *rate_list;
  GtkWidget    *staffing_notes;
  GtkListBox   *functions_list;
  GtkWidget    *add_function_button;
  GtkWidget    *basis_area;
  GtkWidget    *method_area;

  JxMetricRow  *staff_rate_row;
  GtkLabel     *sum_labels[3];    /* computed: authorised, actual, retirees */
};

/* jx-overview-staffing.c */
void _jx_overview_page_build_staffing   (JxOverviewPage *self);
void _jx_overview_page_update_staffing  (JxOverviewPage *self);

/* jx-overview-functions.c */
void _jx_overview_page_rebuild_functions (JxOverviewPage *self);
void _jx_overview_page_add_function      (JxOverviewPage *self,
                                          int             index);

G_END_DECLS
