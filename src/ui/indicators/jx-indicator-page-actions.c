/* SPDX-License-Identifier: GPL-3.0-or-later */
/* jx-indicator-page-actions.c: the actions of the indicator page and their shortcuts. */
#define G_LOG_DOMAIN "jx-indicator-page"

#include "config.h"

#include <glib/gi18n.h>

#include "jx-indicator-clipboard.h"
#include "jx-indicator-edit.h"
#include "jx-indicator-page-private.h"
#include "jx-indicator-structure.h"
#include "jx-rule-pack.h"
#include "jx-rule-popover.h"
#include "jx-save.h"

typedef gboolean (*StructureFunc) (JxEvaluation *evaluation, const char *path, char **focus, GError **error);

static gboolean
ready (JxIndicatorPage *self)
{
  return self->evaluation != NULL && self->root != NULL;
}

static void
after_structure (JxIndicatorPage *self,
                 gboolean         ok,
                 char            *focus,
                 GError          *error,
                 JxColumn         column,
                 gboolean         edit)
{
  if (!ok && error != NULL)
    _jx_indicator_page_toast (self, error->message);
  if (focus != NULL)
    _jx_indicator_page_reveal (self, focus, column, edit);
}

static void
run_structure (JxIndicatorPage *self,
               StructureFunc    func)
{
  g_autoptr(JxIndicatorRow) row = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *focus = NULL;
  gboolean ok;

  if (!ready (self) || (row = _jx_indicator_page_current_row (self)) == NULL)
    return;
  ok = func (self->evaluation, jx_indicator_row_get_path (row), &focus, &error);
  after_structure (self, ok, focus, error, self->cursor_column, FALSE);
}

static void
add_row (JxIndicatorPage *self,
         gboolean         group)
{
  g_autoptr(JxIndicatorRow) row = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *focus = NULL;
  gboolean ok;

  if (!ready (self))
    return;
  row = _jx_indicator_page_current_row (self);
  ok = jx_indicator_structure_add (self->evaluation, row != NULL ? jx_indicator_row_get_path (row) : NULL,
                                   group, &focus, &error);
  /* A new row is named first: its name cell opens for typing. */
  after_structure (self, ok, focus, error, JX_COLUMN_NAME, TRUE);
}

static void
action_add (GtkWidget  *widget,
            const char *name,
            GVariant   *parameter)
{
  add_row (JX_INDICATOR_PAGE (widget), FALSE);
}

static void
action_add_group (GtkWidget  *widget,
                  const char *name,
                  GVariant   *parameter)
{
  add_row (JX_INDICATOR_PAGE (widget), TRUE);
}

static void
action_delete (GtkWidget  *widget,
               const char *name,
               GVariant   *parameter)
{
  JxIndicatorPage *self = JX_INDICATOR_PAGE (widget);
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GPtrArray) paths = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *focus = NULL;
  gboolean ok;
  guint i;

  if (!ready (self))
    return;
  rows = _jx_indicator_page_selected_rows (self);
  paths = g_ptr_array_new_with_free_func (g_free);
  for (i = 0; i < rows->len; i++)
    g_ptr_array_add (paths, g_strdup (jx_indicator_row_get_path (g_ptr_array_index (rows, i))));
  g_ptr_array_add (paths, NULL);
  if (paths->len == 1)
    return;
  g_clear_object (&self->cursor_row);
  ok = jx_indicator_structure_delete (self->evaluation, (const char * const *) paths->pdata, &focus, &error);
  after_structure (self, ok, focus, error, self->cursor_column, FALSE);
}

static void
action_indent (GtkWidget  *widget,
               const char *name,
               GVariant   *parameter)
{
  run_structure (JX_INDICATOR_PAGE (widget), jx_indicator_structure_indent);
}

static void
action_outdent (GtkWidget  *widget,
                const char *name,
                GVariant   *parameter)
{
  run_structure (JX_INDICATOR_PAGE (widget), jx_indicator_structure_outdent);
}

static gboolean
move_up (JxEvaluation *evaluation,
         const char   *path,
         char        **focus,
         GError      **error)
{
  return jx_indicator_structure_move (evaluation, path, -1, focus, error);
}

static gboolean
move_down (JxEvaluation *evaluation,
           const char   *path,
           char        **focus,
           GError      **error)
{
  return jx_indicator_structure_move (evaluation, path, 1, focus, error);
}

static void
action_move_up (GtkWidget  *widget,
                const char *name,
                GVariant   *parameter)
{
  run_structure (JX_INDICATOR_PAGE (widget), move_up);
}

static void
action_move_down (GtkWidget  *widget,
                  const char *name,
                  GVariant   *parameter)
{
  run_structure (JX_INDICATOR_PAGE (widget), move_down);
}

/* ---- clipboard ---- */

static char *
rows_text (JxIndicatorPage *self,
           GPtrArray       *rows)
{
  GString *out = g_string_new (NULL);
  JxColumn shown[JX_N_COLUMNS];
  guint n = _jx_indicator_page_visible_columns (self, shown);
  guint i, c;

  /* The columns shown, in their order: what the clerk sees is what a spreadsheet gets. */
  for (i = 0; i < rows->len; i++)
    {
      JxIndicatorRow *row = g_ptr_array_index (rows, i);
      char *cells[JX_N_COLUMNS];

      for (c = 0; c < n; c++)
        cells[c] = jx_indicator_edit_copy_text (self->evaluation, row, shown[c]);
      jx_tsv_append_row (out, (const char * const *) cells, n);
      for (c = 0; c < n; c++)
        g_free (cells[c]);
    }
  return g_string_free (out, FALSE);
}

static void
copy_rows (JxIndicatorPage *self)
{
  g_autoptr(GPtrArray) rows = _jx_indicator_page_selected_rows (self);
  g_autofree char *text = NULL;

  if (rows->len == 0)
    return;
  text = rows_text (self, rows);
  gdk_clipboard_set_text (gtk_widget_get_clipboard (GTK_WIDGET (self)), text);
}

static void
action_copy (GtkWidget  *widget,
             const char *name,
             GVariant   *parameter)
{
  JxIndicatorPage *self = JX_INDICATOR_PAGE (widget);
  g_autoptr(GPtrArray) rows = NULL;
  g_autofree char *text = NULL;

  if (!ready (self))
    return;
  rows = _jx_indicator_page_selected_rows (self);
  if (rows->len > 1 || self->cursor_row == NULL)
    {
      copy_rows (self);
      return;
    }
  text = jx_indicator_edit_copy_text (self->evaluation, self->cursor_row, self->cursor_column);
  gdk_clipboard_set_text (gtk_widget_get_clipboard (widget), text);
}

static void
action_copy_rows (GtkWidget  *widget,
                  const char *name,
                  GVariant   *parameter)
{
  if (ready (JX_INDICATOR_PAGE (widget)))
    copy_rows (JX_INDICATOR_PAGE (widget));
}

/* The columns of pasted rows: those shown when the rows are as wide (a copy of this table);
 * else the base layout of ten (the table's before it had more, and its default). */
static guint
paste_layout (JxIndicatorPage *self,
              GPtrArray       *table,
              int              layout[JX_N_COLUMNS])
{
  JxColumn shown[JX_N_COLUMNS];
  guint n = _jx_indicator_page_visible_columns (self, shown);
  guint i;

  if (jx_tsv_width (table) == n)
    {
      for (i = 0; i < n; i++)
        layout[i] = (int) shown[i];
      return n;
    }
  for (i = 0; i < JX_N_BASE_COLUMNS; i++)
    layout[i] = (int) i;
  return JX_N_BASE_COLUMNS;
}

static void
paste_rows (JxIndicatorPage *self,
            GPtrArray       *table)
{
  int layout[JX_N_COLUMNS];
  guint n_layout = paste_layout (self, table, layout);
  g_autoptr(GPtrArray) nodes = g_ptr_array_new_with_free_func ((GDestroyNotify) json_node_unref);
  g_autoptr(JxIndicatorRow) row = _jx_indicator_page_current_row (self);
  g_autoptr(GError) error = NULL;
  g_autofree char *focus = NULL;
  g_autofree char *message = NULL;
  gboolean ok;
  guint i;

  for (i = 0; i < table->len; i++)
    {
      JsonNode *node = jx_indicator_json_from_cells (g_ptr_array_index (table, i), layout, n_layout);

      if (node != NULL)
        g_ptr_array_add (nodes, node);
    }
  if (nodes->len == 0)
    {
      _jx_indicator_page_toast (self, _("Nothing to paste: the rows need a name in their second column"));
      return;
    }
  ok = jx_indicator_structure_insert (self->evaluation, row != NULL ? jx_indicator_row_get_path (row) : NULL,
                                      nodes, &focus, &error);
  after_structure (self, ok, focus, error, JX_COLUMN_NAME, FALSE);
  if (ok)
    {
      message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Pasted %u indicator", "Pasted %u indicators",
                                              nodes->len), nodes->len);
      _jx_indicator_page_toast (self, message);
    }
}

static void
paste_cells (JxIndicatorPage *self,
             GPtrArray       *table)
{
  g_autoptr(JxIndicatorRow) start = _jx_indicator_page_current_row (self);
  JxColumn shown[JX_N_COLUMNS];
  guint n_shown = _jx_indicator_page_visible_columns (self, shown);
  int first = _jx_indicator_page_visible_index (self, self->cursor_column);
  guint position, refused = 0, written = 0, r, c;

  if (start == NULL)
    {
      _jx_indicator_page_toast (self, _("Pick the cell to paste into first"));
      return;
    }
  position = _jx_indicator_page_position_of (self, start);
  if (position == G_MAXUINT || first < 0)
    return;

  jx_indicator_edit_begin (self->evaluation, _("Paste"));
  for (r = 0; r < table->len; r++)
    {
      g_autoptr(JxIndicatorRow) row = _jx_indicator_page_row_at (self, position + r);
      GStrv cells = g_ptr_array_index (table, r);

      if (row == NULL)
        break;
      /* From the focused cell on, through the columns shown. */
      for (c = 0; cells[c] != NULL && first + c < n_shown; c++)
        {
          JxColumn column = shown[first + c];
          g_autofree char *hint = NULL;

          if (!jx_column_is_editable_for (column, row))
            continue;
          if (!jx_indicator_edit_validate (self->evaluation, row, column, cells[c], &hint)
              || !jx_indicator_edit_commit (self->evaluation, row, column, cells[c], NULL))
            refused++;
          else
            written++;
        }
    }
  jx_indicator_edit_end (self->evaluation);

  if (refused > 0)
    {
      g_autofree char *message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                               "%u cell was not valid and kept its value",
                                                               "%u cells were not valid and kept their values",
                                                               refused), refused);
      _jx_indicator_page_toast (self, message);
    }
}

void
_jx_indicator_page_paste_text (JxIndicatorPage *self,
                               const char      *text,
                               gboolean         as_rows)
{
  g_autoptr(GPtrArray) table = NULL;
  JxColumn shown[JX_N_COLUMNS];
  guint width;

  if (!ready (self) || text == NULL)
    return;
  table = jx_tsv_parse (text);
  if (table->len == 0)
    return;
  /* Rows as wide as the columns shown, or as the ten of the base layout, are indicators. */
  width = jx_tsv_width (table);
  if (as_rows || width == _jx_indicator_page_visible_columns (self, shown) || width == JX_N_BASE_COLUMNS)
    paste_rows (self, table);
  else
    paste_cells (self, table);
}

typedef struct {
  JxIndicatorPage *page;
  gboolean         as_rows;
} PasteData;

static void
on_clipboard_text (GObject      *clipboard,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  PasteData *data = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = gdk_clipboard_read_text_finish (GDK_CLIPBOARD (clipboard), result, &error);

  if (text == NULL)
    _jx_indicator_page_toast (data->page, _("The clipboard holds no text to paste"));
  else
    _jx_indicator_page_paste_text (data->page, text, data->as_rows);
  g_object_unref (data->page);
  g_free (data);
}

static void
paste (JxIndicatorPage *self,
       gboolean         as_rows)
{
  PasteData *data;

  if (!ready (self))
    return;
  data = g_new0 (PasteData, 1);
  data->page = g_object_ref (self);
  data->as_rows = as_rows;
  gdk_clipboard_read_text_async (gtk_widget_get_clipboard (GTK_WIDGET (self)), NULL, on_clipboard_text, data);
}

static void
action_paste (GtkWidget  *widget,
              const char *name,
              GVariant   *parameter)
{
  paste (JX_INDICATOR_PAGE (widget), FALSE);
}

static void
action_paste_rows (GtkWidget  *widget,
                   const char *name,
                   GVariant   *parameter)
{
  paste (JX_INDICATOR_PAGE (widget), TRUE);
}

/* ---- rule, scores ---- */

static void
on_rule_closed (GtkPopover      *popover,
                JxIndicatorPage *self)
{
  JxIndicatorCell *cell;

  if (self->cursor_row == NULL)
    return;
  cell = _jx_indicator_page_get_cell (self, self->cursor_row, JX_COLUMN_RULE);
  if (cell != NULL)
    gtk_widget_grab_focus (GTK_WIDGET (cell));
}

void
_jx_indicator_page_open_rule (JxIndicatorPage *self)
{
  g_autoptr(JxIndicatorRow) row = NULL;
  JxIndicatorCell *cell;
  graphene_rect_t bounds;
  GdkRectangle rect;

  if (!ready (self) || (row = _jx_indicator_page_current_row (self)) == NULL)
    return;
  if (jx_indicator_row_get_level (row) != 3)
    {
      _jx_indicator_page_toast (self, _("Only level-3 indicators have a scoring rule"));
      return;
    }
  cell = _jx_indicator_page_get_cell (self, row, JX_COLUMN_RULE);
  if (cell == NULL)
    cell = _jx_indicator_page_get_cell (self, row, JX_COLUMN_NAME);
  if (cell != NULL && gtk_widget_compute_bounds (GTK_WIDGET (cell), GTK_WIDGET (self), &bounds))
    rect = (GdkRectangle) { (int) bounds.origin.x, (int) bounds.origin.y,
                            (int) bounds.size.width, (int) bounds.size.height };
  else
    rect = (GdkRectangle) { gtk_widget_get_width (GTK_WIDGET (self)) / 2, gtk_widget_get_height (GTK_WIDGET (self)) / 3, 1, 1 };

  if (g_object_get_data (G_OBJECT (self->rule_popover), "jx-closed-connected") == NULL)
    {
      g_signal_connect (self->rule_popover, "closed", G_CALLBACK (on_rule_closed), self);
      g_object_set_data (G_OBJECT (self->rule_popover), "jx-closed-connected", GINT_TO_POINTER (1));
    }
  gtk_popover_set_pointing_to (GTK_POPOVER (self->rule_popover), &rect);
  /* Below the row in the upper half of the page, above it in the lower half. */
  gtk_popover_set_position (GTK_POPOVER (self->rule_popover),
                            rect.y > gtk_widget_get_height (GTK_WIDGET (self)) / 2 ? GTK_POS_TOP : GTK_POS_BOTTOM);
  jx_rule_popover_set_indicator (JX_RULE_POPOVER (self->rule_popover), self->evaluation,
                                 jx_indicator_row_get_path (row));
  gtk_popover_popup (GTK_POPOVER (self->rule_popover));
}

static void
action_rule (GtkWidget  *widget,
             const char *name,
             GVariant   *parameter)
{
  _jx_indicator_page_open_rule (JX_INDICATOR_PAGE (widget));
}

static void
action_accept_computed (GtkWidget  *widget,
                        const char *name,
                        GVariant   *parameter)
{
  JxIndicatorPage *self = JX_INDICATOR_PAGE (widget);
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GPtrArray) paths = NULL;
  guint i;

  if (!ready (self))
    return;
  rows = _jx_indicator_page_selected_rows (self);
  paths = g_ptr_array_new_with_free_func (g_free);
  for (i = 0; i < rows->len; i++)
    g_ptr_array_add (paths, g_strdup (jx_indicator_row_get_path (g_ptr_array_index (rows, i))));
  g_ptr_array_add (paths, NULL);
  if (jx_indicator_edit_accept_computed (self->evaluation, (const char * const *) paths->pdata) == 0)
    _jx_indicator_page_toast (self, _("No entered score here differs from a computed one"));
}

/* ---- view ---- */

static void
action_find (GtkWidget  *widget,
             const char *name,
             GVariant   *parameter)
{
  gtk_widget_grab_focus (GTK_WIDGET (JX_INDICATOR_PAGE (widget)->search));
}

static void
expand_current (JxIndicatorPage *self,
                gboolean         expand)
{
  g_autoptr(JxIndicatorRow) row = _jx_indicator_page_current_row (self);
  g_autoptr(GtkTreeListRow) tree_row = NULL;

  if (row == NULL)
    return;
  tree_row = jx_indicator_row_get_tree_row (row, self->tree);
  if (tree_row != NULL && gtk_tree_list_row_is_expandable (tree_row))
    gtk_tree_list_row_set_expanded (tree_row, expand);
}

static void
action_expand (GtkWidget  *widget,
               const char *name,
               GVariant   *parameter)
{
  if (ready (JX_INDICATOR_PAGE (widget)))
    expand_current (JX_INDICATOR_PAGE (widget), TRUE);
}

static void
action_collapse (GtkWidget  *widget,
                 const char *name,
                 GVariant   *parameter)
{
  if (ready (JX_INDICATOR_PAGE (widget)))
    expand_current (JX_INDICATOR_PAGE (widget), FALSE);
}

static void
action_expand_all (GtkWidget  *widget,
                   const char *name,
                   GVariant   *parameter)
{
  _jx_indicator_page_expand_all (JX_INDICATOR_PAGE (widget), TRUE);
}

/* A rule pack's indicator framework into this document, after what it has, and the document
 * made to follow the pack's rules: one step. */
static void
action_from_template (GtkWidget  *widget,
                      const char *name,
                      GVariant   *parameter)
{
  JxIndicatorPage *self = JX_INDICATOR_PAGE (widget);
  const JxRulePack *pack = jx_rule_pack_find (g_variant_get_string (parameter, NULL));
  g_autoptr(JxDocData) template = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  guint i;

  if (!ready (self) || pack == NULL)
    return;
  template = jx_rule_pack_new_template_document (pack, &error);
  if (template == NULL)
    {
      _jx_indicator_page_toast (self, error->message);
      return;
    }
  jx_indicator_edit_begin (self->evaluation, _("Indicators from Template"));
  for (i = 0; i < template->indicators->len && error == NULL; i++)
    {
      g_autoptr(JsonNode) node = jx_record_to_json (&jx_indicator_type, g_ptr_array_index (template->indicators, i), 1);

      jx_document_insert (self->document, "indicators", -1, node, &error);
    }
  if (error == NULL)
    jx_rule_pack_apply (pack, self->document, &error);
  jx_indicator_edit_end (self->evaluation);
  if (error != NULL)
    {
      _jx_indicator_page_toast (self, error->message);
      return;
    }
  /* Translators: %s is a rule pack, "部门整体支出共性指标（财预〔2013〕53号）" */
  message = g_strdup_printf (_("The indicators of %s: adapt their names, targets and weights"),
                             jx_rule_pack_get_name (pack));
  _jx_indicator_page_toast (self, message);
  _jx_indicator_page_reveal (self, "indicators[0]", JX_COLUMN_NAME, FALSE);
}

static void
action_collapse_all (GtkWidget  *widget,
                     const char *name,
                     GVariant   *parameter)
{
  JxIndicatorPage *self = JX_INDICATOR_PAGE (widget);

  g_clear_object (&self->cursor_row);
  _jx_indicator_page_expand_all (self, FALSE);
}

void
_jx_indicator_page_class_init_actions (GtkWidgetClass *widget_class)
{
  static const struct {
    const char *action;
    GtkWidgetActionActivateFunc activate;
    guint keys[3];
    GdkModifierType mods[3];
  } actions[] = {
    { "indicators.add", action_add,
      { GDK_KEY_plus, GDK_KEY_KP_Add, GDK_KEY_Insert }, { GDK_CONTROL_MASK, GDK_CONTROL_MASK, 0 } },
    { "indicators.add-group", action_add_group,
      { GDK_KEY_n, GDK_KEY_Insert }, { GDK_CONTROL_MASK | GDK_SHIFT_MASK, GDK_CONTROL_MASK | GDK_SHIFT_MASK } },
    { "indicators.delete", action_delete,
      { GDK_KEY_minus, GDK_KEY_KP_Subtract, GDK_KEY_Delete }, { GDK_CONTROL_MASK, GDK_CONTROL_MASK, GDK_CONTROL_MASK } },
    { "indicators.indent", action_indent,
      { GDK_KEY_Right, GDK_KEY_bracketright }, { GDK_ALT_MASK | GDK_SHIFT_MASK, GDK_CONTROL_MASK } },
    { "indicators.outdent", action_outdent,
      { GDK_KEY_Left, GDK_KEY_bracketleft }, { GDK_ALT_MASK | GDK_SHIFT_MASK, GDK_CONTROL_MASK } },
    { "indicators.move-up", action_move_up, { GDK_KEY_Up }, { GDK_ALT_MASK | GDK_SHIFT_MASK } },
    { "indicators.move-down", action_move_down, { GDK_KEY_Down }, { GDK_ALT_MASK | GDK_SHIFT_MASK } },
    { "indicators.copy", action_copy, { GDK_KEY_c }, { GDK_CONTROL_MASK } },
    { "indicators.copy-rows", action_copy_rows, { GDK_KEY_c }, { GDK_CONTROL_MASK | GDK_SHIFT_MASK } },
    { "indicators.paste", action_paste, { GDK_KEY_v }, { GDK_CONTROL_MASK } },
    { "indicators.paste-rows", action_paste_rows, { GDK_KEY_v }, { GDK_CONTROL_MASK | GDK_SHIFT_MASK } },
    { "indicators.rule", action_rule, { GDK_KEY_r }, { GDK_CONTROL_MASK } },
    { "indicators.accept-computed", action_accept_computed, { GDK_KEY_a }, { GDK_CONTROL_MASK | GDK_SHIFT_MASK } },
    { "indicators.find", action_find, { GDK_KEY_f }, { GDK_CONTROL_MASK } },
    { "indicators.expand", action_expand, { GDK_KEY_Right }, { GDK_ALT_MASK } },
    { "indicators.collapse", action_collapse, { GDK_KEY_Left }, { GDK_ALT_MASK } },
    { "indicators.expand-all", action_expand_all,
      { GDK_KEY_asterisk, GDK_KEY_KP_Multiply }, { GDK_CONTROL_MASK, GDK_CONTROL_MASK } },
    { "indicators.collapse-all", action_collapse_all,
      { GDK_KEY_slash, GDK_KEY_KP_Divide }, { GDK_CONTROL_MASK, GDK_CONTROL_MASK } },
  };
  guint i, k;

  for (i = 0; i < G_N_ELEMENTS (actions); i++)
    {
      gtk_widget_class_install_action (widget_class, actions[i].action, NULL, actions[i].activate);
      for (k = 0; k < G_N_ELEMENTS (actions[i].keys) && actions[i].keys[k] != 0; k++)
        gtk_widget_class_add_binding_action (widget_class, actions[i].keys[k], actions[i].mods[k],
                                             actions[i].action, NULL);
    }
  gtk_widget_class_install_action (widget_class, "indicators.from-template", "s", action_from_template);
  gtk_widget_class_install_property_action (widget_class, "indicators.only-findings", "only-findings");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "indicators.only-findings", NULL);
}
