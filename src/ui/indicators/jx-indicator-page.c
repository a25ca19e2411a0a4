/* SPDX-License-Identifier: GPL-3.0-or-later */
/* jx-indicator-page.c: the 指标表 page — the three-level indicator tree as a table.
 *
 * Models: a GListStore of the dimensions' rows is the root of a GtkTreeListModel (each
 * row gives the store of its children), filtered by a GtkFilterListModel (search, only
 * findings) and selected by a GtkMultiSelection. The document's ::changed reconciles the
 * list that changed (jx_indicator_rows_sync: rows are kept by record identity, so a value
 * edit rebuilds nothing and the expansion stays); the evaluation's ::updated checks every
 * list the same way (cheap, and right even while an undo step replays several changes of
 * shape) and redraws the cells bound. The cells live in jx-indicator-page-view.c, the
 * filters in jx-indicator-page-filter.c, the actions in jx-indicator-page-actions.c. */
#define G_LOG_DOMAIN "jx-indicator-page"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "jx-indicator-edit.h"
#include "jx-indicator-empty.h"
#include "jx-indicator-page-private.h"
#include "jx-rule-popover.h"

G_DEFINE_FINAL_TYPE (JxIndicatorPage, jx_indicator_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_ONLY_FINDINGS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char css[] =
  "jxcell { padding: 3px 6px; min-height: 24px; border-radius: 4px; }\n"
  "jxcell:focus-within { box-shadow: inset 0 0 0 2px alpha(@accent_color, 0.8); }\n"
  "jxcell.numeric label { font-feature-settings: \"tnum\"; }\n"
  "jxcell.dimension label { font-weight: bold; }\n"
  "jxcell.branch label { font-weight: 600; }\n"
  "jxcell.dim label { opacity: 0.6; font-style: italic; }\n"
  "jxcell.differs label { color: @warning_color; font-weight: bold; }\n"
  "jxcell.finding-error { background-color: alpha(@error_color, 0.14); }\n"
  "jxcell.finding-warning { background-color: alpha(@warning_color, 0.16); }\n"
  "jxcell.finding-info { background-color: alpha(@accent_color, 0.08); }\n"
  "jxcell image.jx-info { color: @accent_color; }\n"
  "jxcell image.jx-warning { color: @warning_color; }\n"
  "jxcell image.jx-error { color: @error_color; }\n"
  "jxcell.rule label { color: @accent_color; }\n"
  "jxcell text { background-color: @view_bg_color; border-radius: 3px; padding: 0 3px;"
  "  box-shadow: inset 0 0 0 2px @accent_color; }\n"
  "jxcell.invalid text { box-shadow: inset 0 0 0 2px @error_color; }\n"
  "popover.jx-cell-hint.error label { color: @error_color; }\n"
  "columnview.jx-indicator-table > listview > row > cell { padding: 0; }\n"
  ".jx-indicator-footer { padding: 6px 12px; border-top: 1px solid alpha(currentColor, 0.15); }\n"
  ".jx-calculation { font-feature-settings: \"tnum\"; padding: 6px; border-radius: 6px;"
  "  background-color: alpha(currentColor, 0.06); }\n";

/* ---- updates ---- */

/* "indicators[2].children[0].children[3].parts[0].actual" → the length of its node path
 * (0 when none) and its field. */
static gsize
node_of (const char  *path,
         const char **field)
{
  const char *p = path + strlen ("indicators");

  if (*p != '[')
    return 0;
  for (;;)
    {
      const char *close = strchr (p, ']');

      if (close == NULL)
        return 0;
      p = close + 1;
      if (!g_str_has_prefix (p, ".children["))
        break;
      p += strlen (".children");
    }
  *field = p;
  return (gsize) (p - path);
}

static void
row_findings_free (JxRowFindings *rf)
{
  g_ptr_array_unref (rf->findings);
  g_free (rf);
}

static JxRowFindings *
row_findings (JxIndicatorPage *self,
              const char      *node)
{
  JxRowFindings *rf = g_hash_table_lookup (self->findings, node);
  guint i;

  if (rf != NULL)
    return rf;
  rf = g_new0 (JxRowFindings, 1);
  rf->findings = g_ptr_array_new ();
  rf->row_severity = -1;
  for (i = 0; i < JX_N_COLUMNS; i++)
    rf->severity[i] = -1;
  g_hash_table_insert (self->findings, g_strdup (node), rf);
  return rf;
}

static void
add_finding (JxIndicatorPage *self,
             const char      *node,
             JxColumn         column,
             JxFinding       *f)
{
  JxRowFindings *rf = row_findings (self, node);

  g_ptr_array_add (rf->findings, f);
  rf->severity[column] = MAX (rf->severity[column], (int) f->severity);
  rf->row_severity = MAX (rf->row_severity, (int) f->severity);
}

static void
collect_findings (JxIndicatorPage *self)
{
  GPtrArray *findings = jx_evaluation_get_findings (self->evaluation);
  const JxDocData *data = jx_document_get_data (self->document);
  g_autoptr(GString) node = g_string_sized_new (64);
  guint i, d;

  g_hash_table_remove_all (self->findings);
  for (i = 0; findings != NULL && i < findings->len; i++)
    {
      JxFinding *f = g_ptr_array_index (findings, i);
      const char *field = NULL;
      gsize len;

      if (!g_str_has_prefix (f->path, "indicators"))
        continue;
      len = node_of (f->path, &field);
      if (len > 0)
        {
          /* a scratch key: row_findings copies it only for a new row */
          g_string_truncate (node, 0);
          g_string_append_len (node, f->path, (gssize) len);
          add_finding (self, node->str, jx_column_for_field (field), f);
        }
      else
        for (d = 0; d < data->indicators->len; d++)
          {
            g_autofree char *dim = g_strdup_printf ("indicators[%u]", d);
            add_finding (self, dim, JX_COLUMN_WEIGHT, f);
          }
    }
}

static void
update_totals (JxIndicatorPage *self)
{
  const JxScoreSheet *sheet = jx_evaluation_get_sheet (self->evaluation);
  const JxDocData *data = jx_document_get_data (self->document);
  int decimals = CLAMP (data->scoring.decimals, 0, 6);
  g_autofree char *total = jx_format_fixed (sheet->total, decimals);
  g_autofree char *weight = jx_format_value (sheet->total_weight, 6);
  g_autofree char *score = jx_format_fixed (sheet->total_score, decimals);
  g_autofree char *total_text = NULL;
  g_autofree char *summary = NULL;
  g_autofree char *findings_text = NULL;
  guint errors = jx_evaluation_count (self->evaluation, JX_SEVERITY_ERROR);
  guint warnings = jx_evaluation_count (self->evaluation, JX_SEVERITY_WARNING);
  guint n_rows = g_hash_table_size (self->findings);
  guint leaves = 0, i;

  for (i = 0; i < sheet->indicators->len; i++)
    if (((const JxIndicatorResult *) g_ptr_array_index (sheet->indicators, i))->level == 3)
      leaves++;

  /* Translators: the total score of the evaluation and its grade, e.g. "Total 98.00 of 100 · 优秀" */
  total_text = g_strdup_printf (_("Total %s of 100 · %s"), total, sheet->grade != NULL ? sheet->grade : "—");
  gtk_label_set_text (self->total_label, total_text);
  {
    g_autofree char *n_indicators = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u indicator", "%u indicators", leaves), leaves);
    g_autofree char *n_errors = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u error", "%u errors", errors), errors);
    g_autofree char *n_warnings = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u warning", "%u warnings", warnings), warnings);

    summary = g_strdup_printf (/* Translators: e.g. "55 indicators · weights 100 · scores 98.00 · 1 error, 6 warnings" */
                               _("%s · weights %s · scores %s · %s, %s"),
                               n_indicators, weight, score, n_errors, n_warnings);
  }
  gtk_label_set_text (self->summary_label, summary);
  findings_text = g_strdup_printf (_("Only Findings (%u)"), n_rows);
  gtk_label_set_text (self->findings_label, findings_text);
  gtk_stack_set_visible_child_name (self->table_stack, data->indicators->len > 0 ? "table" : "empty");
}

/* The change is over: the open rows that left and did not come back are gone for good. */
static gboolean
empty_graveyard (gpointer data)
{
  JxIndicatorPage *self = data;
  GHashTableIter iter;
  gpointer row;

  self->graveyard_idle = 0;
  g_hash_table_iter_init (&iter, self->graveyard);
  while (g_hash_table_iter_next (&iter, NULL, &row))
    {
      jx_indicator_row_bury (row);
      g_hash_table_iter_remove (&iter);
    }
  return G_SOURCE_REMOVE;
}

/* Reconciles a store with the document. While it runs, the list may bind rows whose
 * records are not reconciled yet: they are drawn afterwards. */
static void
sync_rows (JxIndicatorPage *self,
           GListStore      *store,
           JxIndicatorRow  *parent,
           GPtrArray       *list,
           gboolean         deep,
           gboolean         draw)
{
  self->syncing++;
  jx_indicator_rows_sync (store, parent, list, self->tree, deep, self->graveyard);
  self->syncing--;
  if (g_hash_table_size (self->graveyard) > 0 && self->graveyard_idle == 0)
    self->graveyard_idle = g_idle_add (empty_graveyard, self);
  if (draw && self->syncing == 0 && self->bound_while_syncing && !jx_indicator_edit_in_progress (self->evaluation))
    {
      self->bound_while_syncing = FALSE;
      _jx_indicator_page_refresh_cells (self);
    }
}

static void
on_updated (JxEvaluation    *evaluation,
            JxIndicatorPage *self)
{
  /* The evaluation hears of a change before this page does (it connected first): when it
   * replays an undo step of several changes of shape, the rows may still hold records that
   * are gone. Reconciling every list first (by record identity, which reads no freed record)
   * makes the rows right before anything is drawn. */
  const char *changed = jx_evaluation_get_changed (evaluation);

  /* Values under one indicator changed (the tree kept its shape): the rows are right, and
   * only that indicator's, its ancestors' and the dimensions' cells can show anything new
   * (the dimensions take the findings about the whole tree). */
  if (self->root != NULL && changed == NULL)
    sync_rows (self, self->root, NULL, jx_document_get_data (self->document)->indicators, TRUE, FALSE);
  self->bound_while_syncing = FALSE;
  collect_findings (self);
  update_totals (self);
  if (self->search_text != NULL || self->only_findings)
    _jx_indicator_page_refilter (self);
  if (changed != NULL)
    _jx_indicator_page_refresh_cells_near (self, changed);
  else
    _jx_indicator_page_refresh_cells (self);
  if (gtk_widget_get_visible (self->rule_popover))
    jx_rule_popover_refresh (JX_RULE_POPOVER (self->rule_popover));
}

static void
on_changed (JxDocument      *document,
            const char      *path,
            JxIndicatorPage *self)
{
  const JxDocData *data = jx_document_get_data (document);

  /* Within an edit step the evaluation waits, but the rows follow every change of shape at
   * once: a removed record is freed at once. Values are drawn on ::updated. */
  if (self->root == NULL)
    return;
  if (*path == '\0')
    sync_rows (self, self->root, NULL, data->indicators, TRUE, TRUE);
  else if (g_str_equal (path, "indicators"))
    sync_rows (self, self->root, NULL, data->indicators, FALSE, TRUE);
  else if (g_str_has_prefix (path, "indicators[") && g_str_has_suffix (path, "].children"))
    {
      g_autofree char *owner_path = g_strndup (path, strlen (path) - strlen (".children"));
      JxIndicatorRow *owner = jx_indicator_rows_lookup (self->root, owner_path);

      if (owner != NULL && g_str_equal (jx_indicator_row_get_path (owner), owner_path)
          && jx_indicator_row_get_indicator (owner) != NULL)
        {
          GListStore *children = jx_indicator_row_get_children (owner);

          if (children != NULL)
            sync_rows (self, children, owner, jx_indicator_row_get_indicator (owner)->children, FALSE, TRUE);
        }
    }
}

/* ---- public ---- */

static void
clear_models (JxIndicatorPage *self)
{
  g_clear_handle_id (&self->graveyard_idle, g_source_remove);
  if (self->graveyard != NULL)
    empty_graveyard (self);
  if (self->pending_tick != 0 && self->view != NULL)
    gtk_widget_remove_tick_callback (GTK_WIDGET (self->view), self->pending_tick);
  self->pending_tick = 0;
  g_clear_object (&self->pending_row);
  g_clear_object (&self->cursor_row);
  if (self->view != NULL)
    gtk_column_view_set_model (self->view, NULL);
  g_clear_object (&self->selection);
  g_clear_object (&self->filtered);
  g_clear_object (&self->tree);
  g_clear_object (&self->root);
}

void
jx_indicator_page_set_evaluation (JxIndicatorPage *self,
                                  JxEvaluation    *evaluation)
{
  const JxDocData *data;
  guint leaves = 0, i, j;

  g_return_if_fail (JX_IS_INDICATOR_PAGE (self));
  g_return_if_fail (evaluation == NULL || JX_IS_EVALUATION (evaluation));

  if (self->evaluation == evaluation)
    return;
  if (self->rule_popover != NULL)
    gtk_popover_popdown (GTK_POPOVER (self->rule_popover));
  g_clear_signal_handler (&self->changed_id, self->document);
  g_clear_signal_handler (&self->updated_id, self->evaluation);
  clear_models (self);
  g_clear_object (&self->document);
  g_set_object (&self->evaluation, evaluation);
  g_hash_table_remove_all (self->findings);
  if (evaluation == NULL)
    return;

  self->document = g_object_ref (jx_evaluation_get_document (evaluation));
  data = jx_document_get_data (self->document);
  self->changed_id = g_signal_connect (self->document, "changed", G_CALLBACK (on_changed), self);
  self->updated_id = g_signal_connect (evaluation, "updated", G_CALLBACK (on_updated), self);

  self->root = jx_indicator_rows_new (data->indicators, NULL);
  self->tree = gtk_tree_list_model_new (G_LIST_MODEL (g_object_ref (self->root)), FALSE, FALSE,
                                        _jx_indicator_page_create_children, NULL, NULL);
  self->filtered = gtk_filter_list_model_new (G_LIST_MODEL (g_object_ref (self->tree)), NULL);
  self->selection = gtk_multi_selection_new (G_LIST_MODEL (g_object_ref (self->filtered)));

  /* Everything open for a document of usual size; the dimensions and groups only for a
   * very large one, so it opens at once. */
  for (i = 0; i < data->indicators->len; i++)
    {
      const JxIndicator *dim = g_ptr_array_index (data->indicators, i);

      for (j = 0; j < dim->children->len; j++)
        leaves += ((const JxIndicator *) g_ptr_array_index (dim->children, j))->children->len;
    }
  if (leaves <= 2000)
    _jx_indicator_page_expand_all (self, TRUE);
  else
    for (i = 0; i < data->indicators->len; i++)
      {
        g_autoptr(GtkTreeListRow) tree_row = gtk_tree_list_model_get_child_row (self->tree, i);
        gtk_tree_list_row_set_expanded (tree_row, TRUE);
      }

  collect_findings (self);
  update_totals (self);
  _jx_indicator_page_refilter (self);
  gtk_column_view_set_model (self->view, GTK_SELECTION_MODEL (self->selection));
}

gboolean
jx_indicator_page_focus_path (JxIndicatorPage *self,
                              const char      *path)
{
  g_autofree char *node = NULL;
  const char *field = NULL;
  gsize len;

  g_return_val_if_fail (JX_IS_INDICATOR_PAGE (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  if (self->evaluation == NULL || !g_str_has_prefix (path, "indicators"))
    return FALSE;
  len = node_of (path, &field);
  if (len > 0)
    node = g_strndup (path, len);
  if (node == NULL)
    return _jx_indicator_page_reveal (self, "indicators[0]", JX_COLUMN_WEIGHT, FALSE);
  return _jx_indicator_page_reveal (self, node, jx_column_for_field (field), FALSE);
}

GtkWidget *
_jx_indicator_page_get_rule_popover (JxIndicatorPage *self)
{
  return self->rule_popover;
}

GtkColumnView *
_jx_indicator_page_get_view (JxIndicatorPage *self)
{
  return self->view;
}

const char *
_jx_indicator_page_get_total_text (JxIndicatorPage *self)
{
  return gtk_label_get_text (self->total_label);
}

/* ---- GObject ---- */

static void
jx_indicator_page_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  JxIndicatorPage *self = JX_INDICATOR_PAGE (object);

  switch (prop_id)
    {
    case PROP_ONLY_FINDINGS:
      g_value_set_boolean (value, self->only_findings);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
jx_indicator_page_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  JxIndicatorPage *self = JX_INDICATOR_PAGE (object);

  switch (prop_id)
    {
    case PROP_ONLY_FINDINGS:
      if (self->only_findings != g_value_get_boolean (value))
        {
          self->only_findings = g_value_get_boolean (value);
          _jx_indicator_page_refilter (self);
          g_object_notify_by_pspec (object, pspec);
        }
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
jx_indicator_page_dispose (GObject *object)
{
  JxIndicatorPage *self = (JxIndicatorPage *) object;

  g_clear_signal_handler (&self->changed_id, self->document);
  g_clear_signal_handler (&self->updated_id, self->evaluation);
  _jx_indicator_page_dispose_columns (self);
  _jx_indicator_page_dispose_layout (self);
  clear_models (self);
  _jx_indicator_page_watch_focus (self, FALSE);
  _jx_indicator_page_forget_cells (self);
  g_clear_pointer (&self->rule_popover, gtk_widget_unparent);
  g_clear_object (&self->document);
  g_clear_object (&self->evaluation);
  G_OBJECT_CLASS (jx_indicator_page_parent_class)->dispose (object);
}

static void
jx_indicator_page_finalize (GObject *object)
{
  JxIndicatorPage *self = (JxIndicatorPage *) object;

  g_clear_pointer (&self->cells, g_hash_table_unref);
  g_clear_pointer (&self->findings, g_hash_table_unref);
  g_clear_pointer (&self->graveyard, g_hash_table_unref);
  g_clear_object (&self->filter);
  g_free (self->search_text);
  G_OBJECT_CLASS (jx_indicator_page_parent_class)->finalize (object);
}

static void
jx_indicator_page_map (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (jx_indicator_page_parent_class)->map (widget);
  _jx_indicator_page_watch_focus (JX_INDICATOR_PAGE (widget), TRUE);
}

static void
jx_indicator_page_unmap (GtkWidget *widget)
{
  _jx_indicator_page_watch_focus (JX_INDICATOR_PAGE (widget), FALSE);
  GTK_WIDGET_CLASS (jx_indicator_page_parent_class)->unmap (widget);
}

static void
jx_indicator_page_size_allocate (GtkWidget *widget,
                                 int        width,
                                 int        height,
                                 int        baseline)
{
  JxIndicatorPage *self = JX_INDICATOR_PAGE (widget);

  GTK_WIDGET_CLASS (jx_indicator_page_parent_class)->size_allocate (widget, width, height, baseline);
  if (self->rule_popover != NULL && gtk_widget_get_visible (self->rule_popover))
    gtk_popover_present (GTK_POPOVER (self->rule_popover));
}

static void
jx_indicator_page_class_init (JxIndicatorPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = jx_indicator_page_dispose;
  object_class->finalize = jx_indicator_page_finalize;
  object_class->get_property = jx_indicator_page_get_property;
  object_class->set_property = jx_indicator_page_set_property;
  widget_class->size_allocate = jx_indicator_page_size_allocate;
  widget_class->map = jx_indicator_page_map;
  widget_class->unmap = jx_indicator_page_unmap;

  /**
   * JxIndicatorPage:only-findings:
   *
   * Whether only the rows that the checks have findings on are shown (with their groups).
   */
  properties[PROP_ONLY_FINDINGS] =
    g_param_spec_boolean ("only-findings", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/jixiao/Jixiao/ui/indicators/jx-indicator-page.ui");
  gtk_widget_class_bind_template_child (widget_class, JxIndicatorPage, toasts);
  gtk_widget_class_bind_template_child (widget_class, JxIndicatorPage, table_stack);
  gtk_widget_class_bind_template_child (widget_class, JxIndicatorPage, view);
  gtk_widget_class_bind_template_child (widget_class, JxIndicatorPage, scroller);
  gtk_widget_class_bind_template_child (widget_class, JxIndicatorPage, search);
  gtk_widget_class_bind_template_child (widget_class, JxIndicatorPage, findings_toggle);
  gtk_widget_class_bind_template_child (widget_class, JxIndicatorPage, findings_label);
  gtk_widget_class_bind_template_child (widget_class, JxIndicatorPage, columns_button);
  gtk_widget_class_bind_template_child (widget_class, JxIndicatorPage, total_label);
  gtk_widget_class_bind_template_child (widget_class, JxIndicatorPage, summary_label);
  gtk_widget_class_bind_template_child (widget_class, JxIndicatorPage, charts_box);
  gtk_widget_class_bind_template_callback_full (widget_class, "on_search_changed",
                                                G_CALLBACK (_jx_indicator_page_search_changed));
  gtk_widget_class_bind_template_callback_full (widget_class, "on_stop_search",
                                                G_CALLBACK (_jx_indicator_page_stop_search));

  _jx_indicator_page_class_init_actions (widget_class);
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
load_css (void)
{
  static gboolean loaded;
  g_autoptr(GtkCssProvider) provider = NULL;
  GdkDisplay *display = gdk_display_get_default ();

  if (loaded || display == NULL)
    return;
  loaded = TRUE;
  provider = gtk_css_provider_new ();
  gtk_css_provider_load_from_data (provider, css, -1);
  gtk_style_context_add_provider_for_display (display, GTK_STYLE_PROVIDER (provider),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
}

static void
jx_indicator_page_init (JxIndicatorPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_stack_add_named (self->table_stack, jx_indicator_empty_new (), "empty");
  load_css ();

  self->cells = g_hash_table_new (NULL, NULL);
  self->graveyard = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
  self->findings = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) row_findings_free);
  self->filter = gtk_custom_filter_new (_jx_indicator_page_filter_row, NULL, NULL);
  _jx_indicator_page_add_columns (self);
  _jx_indicator_page_init_layout (self);
  _jx_indicator_page_init_columns (self);

  self->rule_popover = jx_rule_popover_new ();
  gtk_widget_set_parent (self->rule_popover, GTK_WIDGET (self));
}

void
jx_indicator_page_add_chart (JxIndicatorPage *self,
                             GtkWidget       *chart)
{
  g_return_if_fail (JX_IS_INDICATOR_PAGE (self));
  g_return_if_fail (GTK_IS_WIDGET (chart));

  gtk_box_append (self->charts_box, chart);
  gtk_widget_set_visible (GTK_WIDGET (self->charts_box), TRUE);
}
