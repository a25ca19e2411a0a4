/* SPDX-License-Identifier: GPL-3.0-or-later */
/* jx-report-paragraphs.c: the list of the report's generated paragraphs. Each row asks
 * jx_report_dup_generated_analysis() — the report's own rule and sentences — for its
 * indicator, or jx_report_dup_generated_text() for a text outside the analyses (the method,
 * the parts of the spending, the summary of the goals), after every update of the evaluation
 * while the list is on screen; the list is made again only when the indicators themselves
 * change (their paths) or a place without a row prints generated text. */
#define G_LOG_DOMAIN "jx-report-paragraphs"

#include "config.h"

#include <glib/gi18n.h>

#include "jx-report-narrative.h"
#include "jx-report-paragraphs.h"
#include "jx-text-area.h"
#include "jx-ui-util.h"

typedef struct {
  char      *json_path;       /* the indicator; NULL for a text outside the analyses */
  char      *path;            /* its analysis, or that text ("budget.revenue.note") */
  char      *suggestion;      /* NULL: the clerk's text stands */
  GtkWidget *suggestion_box;
  GtkLabel  *suggestion_label;
} Row;

static void
row_free (Row *row)
{
  g_free (row->json_path);
  g_free (row->path);
  g_free (row->suggestion);
  g_free (row);
}

struct _JxReportParagraphs
{
  AdwBin        parent_instance;

  JxEvaluation *evaluation;
  gulong        updated_id;
  gboolean      stale;          /* updated while hidden */
  char         *signature;      /* the indicators' paths the rows were made for */
  GPtrArray    *rows;           /* of Row* */
  GtkListBox   *list;
  GtkStack     *stack;
  GtkLabel     *count_label;
};

G_DEFINE_FINAL_TYPE (JxReportParagraphs, jx_report_paragraphs, ADW_TYPE_BIN)

/* ---- the rows ---- */

static char *
signature_of (const JxScoreSheet *sheet)
{
  GString *s = g_string_new (NULL);
  guint i;

  for (i = 0; sheet != NULL && i < sheet->indicators->len; i++)
    {
      const JxIndicatorResult *r = g_ptr_array_index (sheet->indicators, i);

      g_string_append_printf (s, "%s=%s\n", r->json_path, r->path);
    }
  return g_string_free (s, FALSE);
}

/* Where in the report a text outside the analyses stands. */
static const char *
place_title (const char *path)
{
  static const struct { const char *path, *title; } titles[] = {
    { "scoring.method", N_("Goals › How they were set and weighted") },
    { "budget.revenue.note", N_("Spending › Revenue") },
    { "budget.by_function.note", N_("Spending › By function") },
    { "budget.by_nature.note", N_("Spending › By nature") },
    { "budget.by_economic.note", N_("Basic spending › By economic classification") },
    { "budget.three_public.note", N_("Basic spending › “Three public” expenses") },
    { "budget.projects.note", N_("Project spending") },
    { "conclusion.summary", N_("Completion of the goals") },
  };
  guint i;

  for (i = 0; i < G_N_ELEMENTS (titles); i++)
    if (g_str_equal (titles[i].path, path))
      return _(titles[i].title);
  return path;
}

static char *
suggestion_for (JxReportParagraphs *self,
                Row                *row)
{
  const JxIndicatorResult *result;
  JxDocument *document = jx_evaluation_get_document (self->evaluation);

  if (row->json_path == NULL)
    return jx_report_dup_generated_text (jx_document_get_data (document), jx_evaluation_get_sheet (self->evaluation),
                                         row->path);
  result = jx_evaluation_get_result (self->evaluation, row->json_path);
  if (result == NULL)
    return NULL;
  return jx_report_dup_generated_analysis (jx_document_get_data (document), jx_evaluation_get_sheet (self->evaluation),
                                           result);
}

static void
update_count (JxReportParagraphs *self)
{
  guint n = jx_report_paragraphs_get_n_generated (self);
  g_autofree char *text = NULL;

  if (n > 0)
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u paragraph of the report is generated",
                                         "%u paragraphs of the report are generated", n), n);
  else
    text = g_strdup (_("Every paragraph of the report is the department’s own"));
  gtk_label_set_text (self->count_label, text);
  gtk_widget_set_visible (GTK_WIDGET (self->count_label), self->rows->len > 0);
}

static void
show_suggestion (Row  *row,
                 char *suggestion)
{
  g_free (row->suggestion);
  row->suggestion = suggestion;
  gtk_widget_set_visible (row->suggestion_box, suggestion != NULL);
  if (suggestion != NULL)
    gtk_label_set_text (row->suggestion_label, suggestion);
}

static void
on_accept_clicked (GtkButton          *button,
                   JxReportParagraphs *self)
{
  Row *row = g_object_get_data (G_OBJECT (button), "jx-row");
  guint i;

  for (i = 0; i < self->rows->len; i++)
    if (g_ptr_array_index (self->rows, i) == row)
      {
        jx_report_paragraphs_accept (self, i);
        return;
      }
}

static GtkWidget *
row_widget_new (JxReportParagraphs      *self,
                Row                     *row,
                const JxIndicatorResult *result)   /* NULL: a text outside the analyses */
{
  JxDocument *document = jx_evaluation_get_document (self->evaluation);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *title = gtk_label_new (NULL);
  GtkWidget *area = jx_text_area_new (row->path);
  GtkWidget *suggestion = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *tag = gtk_label_new (result != NULL ? _("Generated: the report prints this while the analysis is empty")
                                                 : _("Generated: the report prints this while the text is empty"));
  GtkWidget *text = gtk_label_new (NULL);
  GtkWidget *accept = gtk_button_new_with_mnemonic (_("_Accept"));
  g_autofree char *area_name = NULL;

  gtk_widget_set_margin_top (box, 12);
  gtk_widget_set_margin_bottom (box, 12);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);

  /* "投入 › 预算执行率", "Spending › Revenue" */
  if (result == NULL)
    gtk_label_set_text (GTK_LABEL (title), place_title (row->path));
  else
  {
    g_auto(GStrv) parts = g_strsplit (result->path, "/", -1);
    g_autofree char *joined = g_strjoinv (" › ", parts);

    gtk_label_set_text (GTK_LABEL (title), joined);
  }
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_wrap (GTK_LABEL (title), TRUE);
  gtk_widget_add_css_class (title, "heading");
  gtk_box_append (GTK_BOX (box), title);

  jx_text_area_set_document (JX_TEXT_AREA (area), document);
  gtk_widget_add_css_class (area, "card");
  gtk_widget_set_size_request (area, -1, 64);
  area_name = result != NULL ? g_strdup_printf (_("Analysis of %s"), gtk_label_get_text (GTK_LABEL (title)))
                             : g_strdup (gtk_label_get_text (GTK_LABEL (title)));
  jx_widget_set_accessible_label (area, area_name);
  gtk_box_append (GTK_BOX (box), area);

  /* the suggestion: marked as generated, dimmed, with its button */
  gtk_widget_add_css_class (suggestion, "jx-suggestion");
  gtk_label_set_xalign (GTK_LABEL (tag), 0);
  gtk_label_set_wrap (GTK_LABEL (tag), TRUE);
  gtk_widget_add_css_class (tag, "caption");
  gtk_widget_add_css_class (tag, "jx-suggestion-tag");
  gtk_box_append (GTK_BOX (suggestion), tag);
  gtk_label_set_xalign (GTK_LABEL (text), 0);
  gtk_label_set_wrap (GTK_LABEL (text), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (text), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_selectable (GTK_LABEL (text), TRUE);
  gtk_widget_add_css_class (text, "jx-suggestion-text");
  gtk_box_append (GTK_BOX (suggestion), text);
  gtk_widget_set_halign (accept, GTK_ALIGN_END);
  gtk_widget_add_css_class (accept, "suggested-action");
  gtk_widget_set_tooltip_text (accept, _("Copy this paragraph into the document as the department’s own text (one undo step)"));
  g_object_set_data (G_OBJECT (accept), "jx-row", row);
  g_signal_connect (accept, "clicked", G_CALLBACK (on_accept_clicked), self);
  gtk_box_append (GTK_BOX (suggestion), accept);
  gtk_box_append (GTK_BOX (box), suggestion);

  row->suggestion_box = suggestion;
  row->suggestion_label = GTK_LABEL (text);
  return box;
}

static void
rebuild (JxReportParagraphs *self)
{
  const JxScoreSheet *sheet = jx_evaluation_get_sheet (self->evaluation);
  GtkWidget *child;
  guint i;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->list))) != NULL)
    gtk_list_box_remove (self->list, child);
  g_ptr_array_set_size (self->rows, 0);
  g_free (self->signature);
  self->signature = signature_of (sheet);

  /* the texts outside the analyses come first in the report (一（二）, 二（一）, 二（二）) */
  for (i = 0; sheet != NULL && jx_report_generated_paths ()[i] != NULL; i++)
    {
      const char *path = jx_report_generated_paths ()[i];
      char *suggestion = jx_report_dup_generated_text (jx_document_get_data (jx_evaluation_get_document (self->evaluation)),
                                                       sheet, path);
      Row *row;

      if (suggestion == NULL)
        continue;
      row = g_new0 (Row, 1);
      row->path = g_strdup (path);
      gtk_list_box_append (self->list, row_widget_new (self, row, NULL));
      show_suggestion (row, suggestion);
      g_ptr_array_add (self->rows, row);
    }
  for (i = 0; sheet != NULL && i < sheet->indicators->len; i++)
    {
      const JxIndicatorResult *result = g_ptr_array_index (sheet->indicators, i);
      char *suggestion;
      Row *row;

      if (result->level != 1 && result->level != 3)
        continue;
      suggestion = jx_report_dup_generated_analysis (jx_document_get_data (jx_evaluation_get_document (self->evaluation)),
                                                     sheet, result);
      if (suggestion == NULL)
        continue;
      row = g_new0 (Row, 1);
      row->json_path = g_strdup (result->json_path);
      row->path = g_strconcat (result->json_path, ".analysis", NULL);
      gtk_list_box_append (self->list, row_widget_new (self, row, result));
      show_suggestion (row, suggestion);
      g_ptr_array_add (self->rows, row);
    }
  gtk_stack_set_visible_child_name (self->stack, self->rows->len > 0 ? "list" : "empty");
  update_count (self);
}

/* Whether a place without a row prints generated text now (an analysis emptied elsewhere):
 * then the list is made again. Rows are never dropped while the clerk works in them. */
static gboolean
has_new_generated (JxReportParagraphs *self)
{
  const JxScoreSheet *sheet = jx_evaluation_get_sheet (self->evaluation);
  const JxDocData *doc = jx_document_get_data (jx_evaluation_get_document (self->evaluation));
  g_autoptr(GHashTable) shown = g_hash_table_new (g_str_hash, g_str_equal);
  guint i;

  for (i = 0; i < self->rows->len; i++)
    g_hash_table_add (shown, ((Row *) g_ptr_array_index (self->rows, i))->path);
  for (i = 0; sheet != NULL && jx_report_generated_paths ()[i] != NULL; i++)
    {
      const char *path = jx_report_generated_paths ()[i];
      g_autofree char *text = NULL;

      if (g_hash_table_contains (shown, path))
        continue;
      text = jx_report_dup_generated_text (doc, sheet, path);
      if (text != NULL)
        return TRUE;
    }
  for (i = 0; sheet != NULL && i < sheet->indicators->len; i++)
    {
      const JxIndicatorResult *result = g_ptr_array_index (sheet->indicators, i);
      g_autofree char *text = NULL;
      g_autofree char *path = g_strconcat (result->json_path, ".analysis", NULL);

      if ((result->level != 1 && result->level != 3) || g_hash_table_contains (shown, path))
        continue;
      text = jx_report_dup_generated_analysis (doc, sheet, result);
      if (text != NULL)
        return TRUE;
    }
  return FALSE;
}

static void
refresh (JxReportParagraphs *self)
{
  g_autofree char *signature = NULL;
  guint i;

  self->stale = FALSE;
  if (self->evaluation == NULL)
    return;
  signature = signature_of (jx_evaluation_get_sheet (self->evaluation));
  if (g_strcmp0 (signature, self->signature) != 0 || has_new_generated (self))
    {
      rebuild (self);
      return;
    }
  for (i = 0; i < self->rows->len; i++)
    {
      Row *row = g_ptr_array_index (self->rows, i);

      show_suggestion (row, suggestion_for (self, row));
    }
  update_count (self);
}

static void
on_updated (JxReportParagraphs *self)
{
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    refresh (self);
  else
    self->stale = TRUE;
}

/* ---- API ---- */

void
jx_report_paragraphs_set_evaluation (JxReportParagraphs *self,
                                     JxEvaluation       *evaluation)
{
  g_return_if_fail (JX_IS_REPORT_PARAGRAPHS (self));
  g_return_if_fail (evaluation == NULL || JX_IS_EVALUATION (evaluation));

  if (self->evaluation == evaluation)
    return;
  if (self->evaluation != NULL)
    g_clear_signal_handler (&self->updated_id, self->evaluation);
  g_set_object (&self->evaluation, evaluation);
  g_clear_pointer (&self->signature, g_free);
  if (evaluation == NULL)
    {
      GtkWidget *child;

      while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->list))) != NULL)
        gtk_list_box_remove (self->list, child);
      g_ptr_array_set_size (self->rows, 0);
      return;
    }
  self->updated_id = g_signal_connect_swapped (evaluation, "updated", G_CALLBACK (on_updated), self);
  on_updated (self);
}

guint
jx_report_paragraphs_get_n_rows (JxReportParagraphs *self)
{
  g_return_val_if_fail (JX_IS_REPORT_PARAGRAPHS (self), 0);
  if (self->stale)
    refresh (self);
  return self->rows->len;
}

guint
jx_report_paragraphs_get_n_generated (JxReportParagraphs *self)
{
  guint i, n = 0;

  g_return_val_if_fail (JX_IS_REPORT_PARAGRAPHS (self), 0);
  if (self->stale)
    refresh (self);
  for (i = 0; i < self->rows->len; i++)
    if (((Row *) g_ptr_array_index (self->rows, i))->suggestion != NULL)
      n++;
  return n;
}

const char *
jx_report_paragraphs_get_path (JxReportParagraphs *self,
                               guint               index)
{
  g_return_val_if_fail (JX_IS_REPORT_PARAGRAPHS (self), NULL);
  g_return_val_if_fail (index < self->rows->len, NULL);
  return ((Row *) g_ptr_array_index (self->rows, index))->path;
}

const char *
jx_report_paragraphs_get_suggestion (JxReportParagraphs *self,
                                     guint               index)
{
  g_return_val_if_fail (JX_IS_REPORT_PARAGRAPHS (self), NULL);
  g_return_val_if_fail (index < self->rows->len, NULL);
  return ((Row *) g_ptr_array_index (self->rows, index))->suggestion;
}

gboolean
jx_report_paragraphs_accept (JxReportParagraphs *self,
                             guint               index)
{
  JxDocument *document;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  Row *row;
  gboolean ok;

  g_return_val_if_fail (JX_IS_REPORT_PARAGRAPHS (self), FALSE);
  g_return_val_if_fail (index < self->rows->len, FALSE);

  row = g_ptr_array_index (self->rows, index);
  if (row->suggestion == NULL || self->evaluation == NULL)
    return FALSE;
  document = jx_evaluation_get_document (self->evaluation);
  text = g_strdup (row->suggestion);
  /* one step of its own, not merged with typing before or after */
  jx_document_break_merge (document);
  jx_document_begin_group (document, _("Accept the Generated Paragraph"));
  ok = jx_document_set_string (document, row->path, text, &error);
  jx_document_end_group (document);
  jx_document_break_merge (document);
  if (!ok)
    g_warning ("Cannot accept the paragraph at %s: %s", row->path, error->message);
  refresh (self);
  return ok;
}

/* ---- GObject ---- */

static void
jx_report_paragraphs_map (GtkWidget *widget)
{
  JxReportParagraphs *self = JX_REPORT_PARAGRAPHS (widget);

  GTK_WIDGET_CLASS (jx_report_paragraphs_parent_class)->map (widget);
  /* shown again: the places that print generated text now */
  self->stale = FALSE;
  if (self->evaluation != NULL)
    rebuild (self);
}

static void
jx_report_paragraphs_dispose (GObject *object)
{
  JxReportParagraphs *self = JX_REPORT_PARAGRAPHS (object);

  if (self->evaluation != NULL)
    g_clear_signal_handler (&self->updated_id, self->evaluation);
  g_clear_object (&self->evaluation);
  G_OBJECT_CLASS (jx_report_paragraphs_parent_class)->dispose (object);
}

static void
jx_report_paragraphs_finalize (GObject *object)
{
  JxReportParagraphs *self = JX_REPORT_PARAGRAPHS (object);

  g_ptr_array_unref (self->rows);
  g_free (self->signature);
  G_OBJECT_CLASS (jx_report_paragraphs_parent_class)->finalize (object);
}

static void
jx_report_paragraphs_class_init (JxReportParagraphsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = jx_report_paragraphs_dispose;
  object_class->finalize = jx_report_paragraphs_finalize;
  widget_class->map = jx_report_paragraphs_map;
  gtk_widget_class_set_css_name (widget_class, "jx-report-paragraphs");
}

static void
jx_report_paragraphs_init (JxReportParagraphs *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  GtkWidget *title = gtk_label_new (_("Generated Paragraphs"));
  GtkWidget *help = gtk_label_new (_("Where the department wrote nothing, the report prints the text below. "
                                     "Accept it to make it the department’s own, or write your own in its place."));
  GtkWidget *scroller = gtk_scrolled_window_new ();
  GtkWidget *empty = adw_status_page_new ();

  self->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) row_free);

  gtk_widget_set_margin_top (header, 12);
  gtk_widget_set_margin_start (header, 12);
  gtk_widget_set_margin_end (header, 12);
  gtk_widget_set_margin_bottom (header, 6);
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_widget_add_css_class (title, "title-4");
  gtk_box_append (GTK_BOX (header), title);
  self->count_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_xalign (self->count_label, 0);
  gtk_label_set_wrap (self->count_label, TRUE);
  gtk_box_append (GTK_BOX (header), GTK_WIDGET (self->count_label));
  gtk_label_set_xalign (GTK_LABEL (help), 0);
  gtk_label_set_wrap (GTK_LABEL (help), TRUE);
  gtk_widget_add_css_class (help, "dim-label");
  gtk_box_append (GTK_BOX (header), help);
  gtk_box_append (GTK_BOX (box), header);

  self->list = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_list_box_set_selection_mode (self->list, GTK_SELECTION_NONE);
  gtk_list_box_set_show_separators (self->list, TRUE);
  gtk_widget_add_css_class (GTK_WIDGET (self->list), "background");
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), GTK_WIDGET (self->list));
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  adw_status_page_set_icon_name (ADW_STATUS_PAGE (empty), "emblem-ok-symbolic");
  adw_status_page_set_title (ADW_STATUS_PAGE (empty), _("Nothing Generated"));
  adw_status_page_set_description (ADW_STATUS_PAGE (empty), _("The report prints only what the department wrote."));
  gtk_widget_add_css_class (empty, "compact");

  self->stack = GTK_STACK (gtk_stack_new ());
  gtk_widget_set_vexpand (GTK_WIDGET (self->stack), TRUE);
  gtk_stack_add_named (self->stack, scroller, "list");
  gtk_stack_add_named (self->stack, empty, "empty");
  gtk_box_append (GTK_BOX (box), gtk_separator_new (GTK_ORIENTATION_HORIZONTAL));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->stack));
  adw_bin_set_child (ADW_BIN (self), box);
  jx_widget_set_accessible_label (GTK_WIDGET (self->list), _("Generated Paragraphs"));
}

GtkWidget *
jx_report_paragraphs_new (void)
{
  return g_object_new (JX_TYPE_REPORT_PARAGRAPHS, NULL);
}
