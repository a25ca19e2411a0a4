/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "jx-budget-page.h"
#include "jx-field-set.h"

G_BEGIN_DECLS

/* Items shown at a time in a table: a longer list is shown a page of items at a time, with
 * a pager below them, so that the page is made in a time proportional to what it shows (a
 * row of widgets for each of 9,300 items took minutes). */
#define JX_BUDGET_TABLE_PAGE 50

/* A table with a list of items: an amount table (收入, 功能分类, 经济分类) or “三公经费”. */
typedef struct {
  char      *path;          /* "budget.revenue", "budget.three_public" */
  gboolean   three_public;
  GtkGrid   *grid;
  GtkLabel  *sums[4];       /* computed column sums */
  guint      first;         /* the first item shown (a multiple of JX_BUDGET_TABLE_PAGE) */
} JxBudgetTable;

struct _JxBudgetPage
{
  AdwBin        parent_instance;

  JxEvaluation *evaluation;
  JxFieldSet   *fields;
  gulong        updated_id;
  gulong        changed_id;
  char         *focus_after_rebuild;

  GtkBox       *content;                         /* template */
  GtkBox       *charts[JX_BUDGET_N_SECTIONS];
  GPtrArray    *tables;                          /* of JxBudgetTable* */
  GPtrArray    *metric_rows;                     /* of JxMetricRow* */
  GPtrArray    *combos;                          /* of AdwComboRow*, bound to an enum path */
  GPtrArray    *notes;                           /* of GtkExpander*, holding a JxTextArea */
  GtkLabel     *basic_sum;                       /* 人员经费 + 公用经费 */
  GtkLabel     *total_sum;                       /* 基本支出 + 项目支出 */
};

/* jx-budget-forms.c: helpers and the fixed forms */
JxDocument *_jx_budget_page_document      (JxBudgetPage *self);
GtkWidget  *_jx_budget_page_group         (JxBudgetPage *self,
                                           const char   *title,
                                           const char   *description);
GtkWidget  *_jx_budget_page_grid          (void);
GtkWidget  *_jx_budget_page_heading       (const char   *text);
GtkWidget  *_jx_budget_page_row_label     (const char   *text,
                                           GtkWidget    *mnemonic_widget);
GtkWidget  *_jx_budget_page_money_entry   (JxBudgetPage *self,
                                           const char   *path,
                                           const char   *accessible_label);
GtkLabel   *_jx_budget_page_sum_label     (void);
void        _jx_budget_page_show_too_large (GtkLabel *label);
/* The sum of `item_member` ("amount", "budget") over the first `n_items` items of
 * `table_path` ("budget.revenue"), with jx_money_add(): JX_MONEY_NONE when an item is not
 * stated or there is none; *too_large when it does not fit (shown as "too large"). */
JxMoney     _jx_budget_page_items_sum     (JxDocument   *doc,
                                           const char   *table_path,
                                           guint         n_items,
                                           const char   *item_member,
                                           gboolean     *too_large);
void        _jx_budget_page_show_sum      (GtkLabel     *label,
                                           JxMoney       sum,
                                           JxMoney       stated);
void        _jx_budget_page_add_charts    (JxBudgetPage    *self,
                                           JxBudgetSection  section);
void        _jx_budget_page_build_forms   (JxBudgetPage *self);
void        _jx_budget_page_update_forms  (JxBudgetPage *self);
void        _jx_budget_page_refresh_combos (JxBudgetPage *self,
                                            const char   *changed);
GtkBox     *_jx_budget_page_group_body    (GtkWidget    *group);

/* jx-budget-tables.c: the tables of items */
void        _jx_budget_page_add_table     (JxBudgetPage *self,
                                           GtkWidget    *group,
                                           const char   *path,
                                           gboolean      three_public);
void        _jx_budget_table_free         (JxBudgetTable *table);
/* TRUE when a table was rebuilt: its sums and findings are then to be shown again. */
gboolean    _jx_budget_page_rebuild_tables (JxBudgetPage *self,
                                            const char   *changed);
void        _jx_budget_page_update_tables (JxBudgetPage *self);
/* When `path` is in an item of a table not shown ("budget.revenue.items[9299].amount"), shows
 * the page of items that holds it. */
void        _jx_budget_page_show_item     (JxBudgetPage *self,
                                           const char   *path);

G_END_DECLS
