/* SPDX-License-Identifier: GPL-3.0-or-later */
/* jx-budget-tables.c: the tables of items of the budget page — the amount tables (收入,
 * 功能分类, 经济分类) and “三公经费” — rebuilt when their list of items changes. */
#define G_LOG_DOMAIN "jx-budget-page"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "jx-budget-page-private.h"
#include "jx-editable-binding.h"
#include "jx-money.h"
#include "jx-ui-util.h"

typedef struct {
  const char *heading;
  const char *item_member;
  const char *total_member;
} Column;

static const Column amount_columns[] = {
  { N_("Amount"), "amount", "total" },
};

static const Column three_public_columns[] = {
  { N_("This year’s budget"), "budget", "budget_total" },
  { N_("This year’s actual"), "actual", "actual_total" },
  { N_("Last year’s budget"), "previous_budget", "previous_budget_total" },
  { N_("Last year’s actual"), "previous_actual", "previous_actual_total" },
};

static const Column *
table_columns (const JxBudgetTable *table,
               guint               *n)
{
  if (table->three_public)
    {
      *n = G_N_ELEMENTS (three_public_columns);
      return three_public_columns;
    }
  *n = G_N_ELEMENTS (amount_columns);
  return amount_columns;
}

void
_jx_budget_table_free (JxBudgetTable *table)
{
  g_free (table->path);
  g_free (table);
}

static GPtrArray *
table_items (JxBudgetPage        *self,
             const JxBudgetTable *table)
{
  JxDocument *doc = _jx_budget_page_document (self);
  const JxBudget *b;

  if (doc == NULL)
    return NULL;
  b = &jx_document_get_data (doc)->budget;
  if (table->three_public)
    return b->three_public.items;
  if (g_str_equal (table->path, "budget.revenue"))
    return b->revenue.items;
  if (g_str_equal (table->path, "budget.by_function"))
    return b->by_function.items;
  return b->by_economic.items;
}

/* ---- actions ---- */

static void
on_add_clicked (GtkWidget     *button,
                JxBudgetTable *table)
{
  JxBudgetPage *self = JX_BUDGET_PAGE (gtk_widget_get_ancestor (button, JX_TYPE_BUDGET_PAGE));
  g_autofree char *list = g_strdup_printf ("%s.items", table->path);
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) node = json_node_new (JSON_NODE_OBJECT);
  JxDocument *doc = _jx_budget_page_document (self);
  GPtrArray *items = table_items (self, table);

  if (doc == NULL)
    return;
  json_node_take_object (node, json_object_new ());
  json_object_set_string_member (json_node_get_object (node), "name", "");
  g_free (self->focus_after_rebuild);
  self->focus_after_rebuild = g_strdup_printf ("%s[%u].name", list, items != NULL ? items->len : 0);
  jx_document_break_merge (doc);
  if (!jx_document_insert (doc, list, -1, node, &error))
    g_warning ("Cannot add to %s: %s", list, error->message);
}

/* A sub-item (其中) of the item whose list of sub-items is "jx-list". */
static void
on_add_sub_clicked (GtkWidget *button,
                    gpointer   user_data)
{
  JxBudgetPage *self = JX_BUDGET_PAGE (gtk_widget_get_ancestor (button, JX_TYPE_BUDGET_PAGE));
  const char *list = g_object_get_data (G_OBJECT (button), "jx-list");
  guint n = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "jx-count"));
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) node = json_node_new (JSON_NODE_OBJECT);
  JxDocument *doc = _jx_budget_page_document (self);

  if (doc == NULL)
    return;
  json_node_take_object (node, json_object_new ());
  json_object_set_string_member (json_node_get_object (node), "name", "");
  g_free (self->focus_after_rebuild);
  self->focus_after_rebuild = g_strdup_printf ("%s[%u].name", list, n);
  jx_document_break_merge (doc);
  if (!jx_document_insert (doc, list, -1, node, &error))
    g_warning ("Cannot add to %s: %s", list, error->message);
}

static void
on_remove_clicked (GtkWidget *button,
                   gpointer   user_data)
{
  JxBudgetPage *self = JX_BUDGET_PAGE (gtk_widget_get_ancestor (button, JX_TYPE_BUDGET_PAGE));
  const char *list = g_object_get_data (G_OBJECT (button), "jx-list");
  int index = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (button), "jx-index"));
  g_autoptr(GError) error = NULL;
  JxDocument *doc = _jx_budget_page_document (self);

  if (doc == NULL)
    return;
  jx_document_break_merge (doc);
  if (!jx_document_remove (doc, list, index, &error))
    g_warning ("Cannot remove from %s: %s", list, error->message);
}

/* ---- the pages of a long table ---- */

static void rebuild (JxBudgetPage  *self,
                     JxBudgetTable *table);

/* The first item of the page that holds item `index` of `n_items`. */
static guint
page_start (guint index,
            guint n_items)
{
  if (n_items == 0)
    return 0;
  index = MIN (index, n_items - 1);
  return index - index % JX_BUDGET_TABLE_PAGE;
}

static void
show_page (JxBudgetPage  *self,
           JxBudgetTable *table,
           guint          first)
{
  g_autofree char *list = g_strdup_printf ("%s.items", table->path);
  GtkWidget *add;

  if (table->first == first)
    return;
  table->first = first;
  /* the rebuild forgets the fields of the list, the "Add Item" button among them */
  add = jx_field_set_lookup (self->fields, list);
  rebuild (self, table);
  if (add != NULL)
    jx_field_set_add (self->fields, list, add);
  _jx_budget_page_update_tables (self);
  jx_field_set_show_findings (self->fields, self->evaluation);
}

static void
on_pager_clicked (GtkWidget     *button,
                  JxBudgetTable *table)
{
  JxBudgetPage *self = JX_BUDGET_PAGE (gtk_widget_get_ancestor (button, JX_TYPE_BUDGET_PAGE));
  GPtrArray *items = table_items (self, table);
  guint n = items != NULL ? items->len : 0;
  gboolean next = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (button), "jx-next"));

  if (next && table->first + JX_BUDGET_TABLE_PAGE < n)
    show_page (self, table, table->first + JX_BUDGET_TABLE_PAGE);
  else if (!next && table->first >= JX_BUDGET_TABLE_PAGE)
    show_page (self, table, table->first - JX_BUDGET_TABLE_PAGE);
}

/* "Items 51–100 of 9,300" between a previous and a next button. */
static GtkWidget *
pager (JxBudgetTable *table,
       guint          n_items)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *previous = gtk_button_new_with_label (_("Previous Items"));
  GtkWidget *next = gtk_button_new_with_label (_("Next Items"));
  guint last = MIN (table->first + JX_BUDGET_TABLE_PAGE, n_items);
  g_autofree char *text = NULL;
  GtkWidget *label;

  /* Translators: the items of a long budget table shown, "第 51–100 项，共 9300 项" */
  text = g_strdup_printf (_("Items %u–%u of %u"), table->first + 1, last, n_items);
  label = jx_dim_label_new (text);
  gtk_widget_set_name (label, "pager-label");
  gtk_widget_set_hexpand (label, TRUE);
  gtk_widget_set_sensitive (previous, table->first > 0);
  gtk_widget_set_sensitive (next, last < n_items);
  gtk_widget_set_name (previous, "pager-previous");
  gtk_widget_set_name (next, "pager-next");
  g_object_set_data (G_OBJECT (next), "jx-next", GINT_TO_POINTER (TRUE));
  g_signal_connect (previous, "clicked", G_CALLBACK (on_pager_clicked), table);
  g_signal_connect (next, "clicked", G_CALLBACK (on_pager_clicked), table);
  gtk_box_append (GTK_BOX (box), previous);
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), next);
  return box;
}

/* The item index of `path` in `list` ("budget.revenue.items[12].name" in
 * "budget.revenue.items" → 12); FALSE when `path` is not in an item of `list`. */
static gboolean
item_index (const char *path,
            const char *list,
            guint      *index)
{
  const char *p;
  guint64 value;
  char *end;

  if (path == NULL || !g_str_has_prefix (path, list) || path[strlen (list)] != '[')
    return FALSE;
  p = path + strlen (list) + 1;
  if (!g_ascii_isdigit (*p))
    return FALSE;
  value = g_ascii_strtoull (p, &end, 10);
  if (*end != ']' || value > G_MAXUINT)
    return FALSE;
  *index = (guint) value;
  return TRUE;
}

void
_jx_budget_page_show_item (JxBudgetPage *self,
                           const char   *path)
{
  guint i;

  for (i = 0; i < self->tables->len; i++)
    {
      JxBudgetTable *table = g_ptr_array_index (self->tables, i);
      g_autofree char *list = g_strdup_printf ("%s.items", table->path);
      GPtrArray *items = table_items (self, table);
      guint index;

      if (items != NULL && item_index (path, list, &index) && index < items->len)
        show_page (self, table, page_start (index, items->len));
    }
}

/* Alt+Delete in a field of an item's row: its remove button, which Tab does not stop at. */
static gboolean
on_remove_key (GtkWidget *field,
               GVariant  *args,
               gpointer   user_data)
{
  GtkWidget *remove = g_object_get_data (G_OBJECT (field), "jx-remove-button");

  if (remove == NULL || !gtk_widget_is_sensitive (remove))
    return FALSE;
  g_object_ref (remove);
  on_remove_clicked (remove, NULL);
  g_object_unref (remove);
  return TRUE;
}

static void
remove_by_key (GtkWidget *field,
               GtkWidget *remove)
{
  GtkEventController *shortcuts = gtk_shortcut_controller_new ();

  g_object_set_data (G_OBJECT (field), "jx-remove-button", remove);
  gtk_shortcut_controller_set_scope (GTK_SHORTCUT_CONTROLLER (shortcuts), GTK_SHORTCUT_SCOPE_LOCAL);
  gtk_event_controller_set_propagation_phase (shortcuts, GTK_PHASE_CAPTURE);
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts),
                                        gtk_shortcut_new (gtk_shortcut_trigger_parse_string ("<Alt>Delete"),
                                                          gtk_callback_action_new (on_remove_key, NULL, NULL)));
  gtk_widget_add_controller (field, shortcuts);
}

/* ---- building ---- */

static GtkWidget *
item_button (const char *icon,
             const char *label,
             const char *list)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_add_css_class (button, "circular");
  gtk_widget_set_tooltip_text (button, label);
  jx_widget_set_accessible_label (button, label);
  g_object_set_data_full (G_OBJECT (button), "jx-list", g_strdup (list), g_free);
  return button;
}

/* One row: an item of the table (`parent` 0) or sub-item `index` of item `parent` − 1
 * (其中), indented, with its own add and remove buttons. */
static void
add_item_row (JxBudgetPage        *self,
              const JxBudgetTable *table,
              const char          *list,
              guint                parent,
              guint                index,
              guint                n_sub,
              const char          *line_name,
              int                  row)
{
  g_autofree char *name_path = g_strdup_printf ("%s[%u].name", list, index);
  g_autofree char *name_label = parent == 0 ? g_strdup_printf (_("Item %u: name"), index + 1)
                                            : g_strdup_printf (_("Item %u, sub-item %u: name"), parent, index + 1);
  g_autofree char *remove_label = parent == 0 ? g_strdup_printf (_("Remove item %u"), index + 1)
                                  : line_name != NULL && line_name[0] != '\0'
                                  /* Translators: a sub-item (其中) of the budget line “公务用车运行维护费” */
                                  ? g_strdup_printf (_("Remove sub-item %u of “%s”"), index + 1, line_name)
                                  : g_strdup_printf (_("Remove sub-item %u of item %u"), index + 1, parent);
  GtkWidget *name = gtk_entry_new ();
  GtkWidget *remove;
  GtkWidget *buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  const Column *columns;
  guint n, c;

  gtk_entry_set_placeholder_text (GTK_ENTRY (name), parent == 0 ? _("Name of the item") : _("Of which (其中): name"));
  if (parent > 0)
    gtk_widget_set_margin_start (name, 24);
  gtk_widget_set_hexpand (name, TRUE);
  gtk_widget_add_css_class (name, "jx-name-entry");
  jx_widget_set_accessible_label (name, name_label);
  jx_editable_bind (GTK_EDITABLE (name), name_path);
  jx_field_set_add (self->fields, name_path, name);
  gtk_grid_attach (table->grid, name, 0, row, 1, 1);
  /* Tab goes name → amounts → the next item: the remove button is for the pointer, Alt+Delete
   * in the row's fields for the keyboard (issue 14). */
  remove = item_button ("user-trash-symbolic", remove_label, list);
  gtk_widget_set_focusable (remove, FALSE);
  remove_by_key (name, remove);

  columns = table_columns (table, &n);
  for (c = 0; c < n; c++)
    {
      g_autofree char *path = g_strdup_printf ("%s[%u].%s", list, index, columns[c].item_member);
      g_autofree char *accessible = parent == 0
        ? g_strdup_printf (_("Item %u: %s"), index + 1, gettext (columns[c].heading))
        : g_strdup_printf (_("Item %u, sub-item %u: %s"), parent, index + 1, gettext (columns[c].heading));

      GtkWidget *entry = _jx_budget_page_money_entry (self, path, accessible);

      remove_by_key (entry, remove);
      gtk_grid_attach (table->grid, entry, c + 1, row, 1, 1);
    }

  if (parent == 0)
    {
      g_autofree char *sub_list = g_strdup_printf ("%s[%u].items", list, index);
      g_autofree char *add_label = line_name != NULL && line_name[0] != '\0'
        /* Translators: %s is the name of a budget line, “公务用车运行维护费” */
        ? g_strdup_printf (_("Add a sub-item (其中) to “%s”"), line_name)
        : g_strdup_printf (_("Add a sub-item (其中) to item %u"), index + 1);
      GtkWidget *add = item_button ("list-add-symbolic", add_label, sub_list);

      g_object_set_data (G_OBJECT (add), "jx-count", GUINT_TO_POINTER (n_sub));
      g_signal_connect (add, "clicked", G_CALLBACK (on_add_sub_clicked), NULL);
      gtk_box_append (GTK_BOX (buttons), add);
    }
  g_object_set_data (G_OBJECT (remove), "jx-index", GINT_TO_POINTER (index));
  g_signal_connect (remove, "clicked", G_CALLBACK (on_remove_clicked), NULL);
  gtk_box_append (GTK_BOX (buttons), remove);
  gtk_widget_set_halign (buttons, GTK_ALIGN_END);
  gtk_grid_attach (table->grid, buttons, n + 1, row, 1, 1);
}

static const char *
item_name (const JxBudgetTable *table,
           GPtrArray           *items,
           guint                index)
{
  gpointer item = g_ptr_array_index (items, index);

  return table->three_public ? ((JxThreePublicItem *) item)->name : ((JxAmountItem *) item)->name;
}

/* The sub-items of item `index`. */
static GPtrArray *
sub_items (const JxBudgetTable *table,
           GPtrArray           *items,
           guint                index)
{
  gpointer item = g_ptr_array_index (items, index);

  return table->three_public ? ((JxThreePublicItem *) item)->items : ((JxAmountItem *) item)->items;
}

static void
rebuild (JxBudgetPage  *self,
         JxBudgetTable *table)
{
  g_autofree char *list = g_strdup_printf ("%s.items", table->path);
  GPtrArray *items = table_items (self, table);
  GtkWidget *child;
  GtkWidget *first_total = NULL;
  const Column *columns;
  guint n, c, i, end;
  int row = 0;

  jx_field_set_remove_prefix (self->fields, list);
  columns = table_columns (table, &n);
  for (c = 0; c < n; c++)
    {
      g_autofree char *path = g_strdup_printf ("%s.%s", table->path, columns[c].total_member);
      jx_field_set_remove_prefix (self->fields, path);
    }
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (table->grid))) != NULL)
    gtk_grid_remove (table->grid, child);

  {
    GtkWidget *heading = _jx_budget_page_heading (_("Item"));
    gtk_label_set_xalign (GTK_LABEL (heading), 0.0);
    gtk_grid_attach (table->grid, heading, 0, row, 1, 1);
  }
  for (c = 0; c < n; c++)
    gtk_grid_attach (table->grid, _jx_budget_page_heading (gettext (columns[c].heading)), c + 1, row, 1, 1);
  row++;

  /* the page of items shown: the items after the last page are gone when items were removed */
  table->first = page_start (table->first, items != NULL ? items->len : 0);
  end = items != NULL ? MIN (items->len, table->first + JX_BUDGET_TABLE_PAGE) : 0;
  for (i = table->first; i < end; i++)
    {
      GPtrArray *subs = sub_items (table, items, i);
      const char *name = item_name (table, items, i);
      guint k;

      add_item_row (self, table, list, 0, i, subs != NULL ? subs->len : 0, name, row++);
      for (k = 0; subs != NULL && k < subs->len; k++)
        {
          g_autofree char *sub_list = g_strdup_printf ("%s[%u].items", list, i);

          add_item_row (self, table, sub_list, i + 1, k, 0, name, row++);
        }
    }
  if (items == NULL || items->len == 0)
    {
      GtkWidget *empty = jx_dim_label_new (_("No items yet"));
      gtk_label_set_xalign (GTK_LABEL (empty), 0.0);
      gtk_grid_attach (table->grid, empty, 0, row++, 1, 1);
    }
  else if (items->len > JX_BUDGET_TABLE_PAGE)
    gtk_grid_attach (table->grid, pager (table, items->len), 0, row++, n + 2, 1);

  {
    GtkWidget *separator = gtk_separator_new (GTK_ORIENTATION_HORIZONTAL);
    gtk_grid_attach (table->grid, separator, 0, row++, n + 2, 1);
  }

  for (c = 0; c < n; c++)
    {
      g_autofree char *path = g_strdup_printf ("%s.%s", table->path, columns[c].total_member);
      g_autofree char *accessible = g_strdup_printf (_("Total stated: %s"), gettext (columns[c].heading));
      GtkWidget *entry = _jx_budget_page_money_entry (self, path, accessible);

      gtk_grid_attach (table->grid, entry, c + 1, row, 1, 1);
      if (first_total == NULL)
        first_total = entry;
    }
  gtk_grid_attach (table->grid, _jx_budget_page_row_label (_("Total stated"), first_total), 0, row++, 1, 1);

  gtk_grid_attach (table->grid, _jx_budget_page_row_label (_("Sum of the items"), NULL), 0, row, 1, 1);
  for (c = 0; c < n; c++)
    {
      g_autofree char *name = g_strdup_printf ("sum-%s.%s", table->path, columns[c].item_member);

      table->sums[c] = _jx_budget_page_sum_label ();
      gtk_widget_set_name (GTK_WIDGET (table->sums[c]), name);
      gtk_grid_attach (table->grid, GTK_WIDGET (table->sums[c]), c + 1, row, 1, 1);
    }
}

void
_jx_budget_page_add_table (JxBudgetPage *self,
                           GtkWidget    *group,
                           const char   *path,
                           gboolean      three_public)
{
  JxBudgetTable *table = g_new0 (JxBudgetTable, 1);
  GtkWidget *add = gtk_button_new ();
  GtkWidget *content = adw_button_content_new ();
  g_autofree char *list = g_strdup_printf ("%s.items", path);

  table->path = g_strdup (path);
  table->three_public = three_public;
  table->grid = GTK_GRID (_jx_budget_page_grid ());
  g_ptr_array_add (self->tables, table);
  gtk_box_append (_jx_budget_page_group_body (group), GTK_WIDGET (table->grid));

  adw_button_content_set_icon_name (ADW_BUTTON_CONTENT (content), "list-add-symbolic");
  adw_button_content_set_label (ADW_BUTTON_CONTENT (content), _("Add Item"));
  gtk_button_set_child (GTK_BUTTON (add), content);
  gtk_widget_add_css_class (add, "flat");
  gtk_widget_set_valign (add, GTK_ALIGN_CENTER);
  {
    g_autofree char *tooltip = g_strdup_printf (_("Add an item to “%s”"),
                                                adw_preferences_group_get_title (ADW_PREFERENCES_GROUP (group)));
    gtk_widget_set_tooltip_text (add, tooltip);
    jx_widget_set_accessible_label (add, tooltip);
  }
  g_signal_connect (add, "clicked", G_CALLBACK (on_add_clicked), table);
  adw_preferences_group_set_header_suffix (ADW_PREFERENCES_GROUP (group), add);
  rebuild (self, table);
  jx_field_set_add (self->fields, list, add);
}

/* Whether `changed` is the list of sub-items of an item of `list` ("…items[2].items"). */
static gboolean
is_sub_list (const char *changed,
             const char *list)
{
  const char *p;

  if (changed == NULL || !g_str_has_prefix (changed, list) || changed[strlen (list)] != '[')
    return FALSE;
  p = changed + strlen (list) + 1;
  while (g_ascii_isdigit (*p))
    p++;
  return g_str_equal (p, "].items");
}

gboolean
_jx_budget_page_rebuild_tables (JxBudgetPage *self,
                                const char   *changed)
{
  gboolean rebuilt = FALSE;
  guint i;

  for (i = 0; i < self->tables->len; i++)
    {
      JxBudgetTable *table = g_ptr_array_index (self->tables, i);
      g_autofree char *list = g_strdup_printf ("%s.items", table->path);
      GtkWidget *add;
      guint index;

      if (!jx_ui_path_affects (changed, list) && !is_sub_list (changed, list))
        continue;
      /* an item just added (or a sub-item of one) is shown on its page */
      if (item_index (self->focus_after_rebuild, list, &index))
        table->first = index - index % JX_BUDGET_TABLE_PAGE;
      add = jx_field_set_lookup (self->fields, list);
      rebuild (self, table);
      rebuilt = TRUE;
      if (add != NULL)
        {
          jx_field_set_add (self->fields, list, add);
          gtk_widget_set_sensitive (add, self->evaluation != NULL);
        }
    }

  if (self->focus_after_rebuild != NULL)
    {
      GtkWidget *widget = jx_field_set_lookup (self->fields, self->focus_after_rebuild);

      g_clear_pointer (&self->focus_after_rebuild, g_free);
      if (widget != NULL)
        jx_widget_reveal (widget);
    }
  return rebuilt;
}

JxMoney
_jx_budget_page_items_sum (JxDocument *doc,
                           const char *table_path,
                           guint       n_items,
                           const char *item_member,
                           gboolean   *too_large)
{
  JxMoney sum = 0;
  guint k;

  *too_large = FALSE;
  if (doc == NULL || n_items == 0)
    return JX_MONEY_NONE;
  for (k = 0; k < n_items; k++)
    {
      g_autofree char *path = g_strdup_printf ("%s.items[%u].%s", table_path, k, item_member);
      g_autoptr(JsonNode) node = jx_document_get_node (doc, path);
      JxMoney m = JX_MONEY_NONE;

      if (node != NULL && !JSON_NODE_HOLDS_NULL (node))
        jx_money_from_double (json_node_get_double (node), &m, NULL);
      if (!JX_MONEY_IS_SET (m))
        {
          *too_large = FALSE;
          return JX_MONEY_NONE;
        }
      /* The checks' own addition: past what an amount holds the sum is "too large". */
      if (!*too_large && !jx_money_add (sum, m, &sum))
        *too_large = TRUE;
    }
  return sum;
}

void
_jx_budget_page_update_tables (JxBudgetPage *self)
{
  JxDocument *doc = _jx_budget_page_document (self);
  guint i;

  for (i = 0; i < self->tables->len; i++)
    {
      JxBudgetTable *table = g_ptr_array_index (self->tables, i);
      GPtrArray *items = table_items (self, table);
      const Column *columns;
      guint n, c;

      columns = table_columns (table, &n);
      for (c = 0; c < n; c++)
        {
          g_autofree char *total_path = g_strdup_printf ("%s.%s", table->path, columns[c].total_member);
          g_autoptr(JsonNode) total_node = doc != NULL ? jx_document_get_node (doc, total_path) : NULL;
          JxMoney stated = JX_MONEY_NONE, sum;
          gboolean too_large;

          if (total_node != NULL && !JSON_NODE_HOLDS_NULL (total_node))
            jx_money_from_double (json_node_get_double (total_node), &stated, NULL);
          sum = _jx_budget_page_items_sum (doc, table->path, items != NULL ? items->len : 0,
                                           columns[c].item_member, &too_large);
          if (too_large)
            _jx_budget_page_show_too_large (table->sums[c]);
          else
            _jx_budget_page_show_sum (table->sums[c], sum, stated);
        }
    }
}
