/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "jx-findings-list"

#include "config.h"

#include <glib/gi18n.h>

#include "jx-findings-list.h"
#include "jx-path-words.h"
#include "jx-ui-util.h"

#define PATH_KEY "jx-path"
/* Rows made at a time: a very large document (50,000 indicators) has thousands of findings,
 * and a row of each would take seconds to make; the last row shows the next ones. */
#define ROWS_AT_ONCE 200

typedef struct {
  JxSeverity severity;
  char      *path;
  char      *message;
  char      *where;     /* the path in words: a renamed indicator renames it */
} Shown;

struct _JxFindingsList
{
  AdwBin        parent_instance;

  JxEvaluation *evaluation;
  gulong        updated_id;
  GtkListBox   *list;
  GArray       *shown;      /* of Shown: what the rows show, in order */
  GtkWidget    *more_row;   /* "show more", or NULL */
  guint         more_total; /* the number of findings it was made for */
  guint         limit;      /* rows to show at most */
  gboolean      stale;      /* updated while unmapped: the rows are made when mapped */
};

G_DEFINE_FINAL_TYPE (JxFindingsList, jx_findings_list, ADW_TYPE_BIN)

enum {
  SUMMARY_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static const char *
severity_icon (JxSeverity severity)
{
  switch (severity)
    {
    case JX_SEVERITY_ERROR:
      return "dialog-error-symbolic";
    case JX_SEVERITY_WARNING:
      return "dialog-warning-symbolic";
    case JX_SEVERITY_INFO:
    default:
      return "dialog-information-symbolic";
    }
}

static const char *
severity_name (JxSeverity severity)
{
  switch (severity)
    {
    case JX_SEVERITY_ERROR:
      return _("Error");
    case JX_SEVERITY_WARNING:
      return _("Warning");
    case JX_SEVERITY_INFO:
    default:
      return _("Note");
    }
}

static gboolean
on_row_query_tooltip (GtkWidget  *row,
                      int         x,
                      int         y,
                      gboolean    keyboard,
                      GtkTooltip *tooltip)
{
  gtk_tooltip_set_text (tooltip, _("Go to the field"));
  return TRUE;
}

/* "绩效指标 · 产出 › 新闻信息部 › 全年采摄新闻 › 实际值": the page, then the place in the
 * words of its fields (the path stays for --check). */
static char *
where_words (JxFindingsList  *self,
             const JxFinding *f)
{
  const JxDocData *doc = self->evaluation != NULL
                         ? jx_document_get_data (jx_evaluation_get_document (self->evaluation)) : NULL;
  g_autofree char *words = jx_path_describe (doc, f->path);

  /* Translators: where a finding is, e.g. "预算 · 项目支出 › 年初预算". */
  return g_strdup_printf (_("%s · %s"), jx_page_get_title (jx_page_for_path (f->path)), words);
}

static GtkWidget *
finding_row (const JxFinding *f,
             const char      *where_text)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *text = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *icon = gtk_image_new_from_icon_name (severity_icon (f->severity));
  GtkWidget *message = gtk_label_new (f->message);
  GtkWidget *where = jx_dim_label_new (NULL);
  GtkWidget *arrow = gtk_image_new_from_icon_name ("go-next-symbolic");
  g_autofree char *accessible = NULL;

  gtk_widget_add_css_class (icon, f->severity == JX_SEVERITY_ERROR ? "error"
                                  : f->severity == JX_SEVERITY_WARNING ? "warning" : "accent");
  gtk_widget_set_valign (icon, GTK_ALIGN_START);
  gtk_widget_set_margin_top (icon, 2);
  gtk_image_set_pixel_size (GTK_IMAGE (icon), 16);

  gtk_label_set_wrap (GTK_LABEL (message), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (message), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (message), 0.0);
  gtk_label_set_text (GTK_LABEL (where), where_text);
  gtk_label_set_xalign (GTK_LABEL (where), 0.0);
  gtk_label_set_ellipsize (GTK_LABEL (where), PANGO_ELLIPSIZE_MIDDLE);
  gtk_widget_add_css_class (where, "caption");
  gtk_box_append (GTK_BOX (text), message);
  gtk_box_append (GTK_BOX (text), where);
  gtk_widget_set_hexpand (text, TRUE);

  gtk_widget_set_valign (arrow, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (arrow, "dim-label");

  gtk_box_append (GTK_BOX (box), icon);
  gtk_box_append (GTK_BOX (box), text);
  gtk_box_append (GTK_BOX (box), arrow);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_widget_set_margin_top (box, 10);
  gtk_widget_set_margin_bottom (box, 10);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);

  g_object_set_data_full (G_OBJECT (row), PATH_KEY, g_strdup (f->path), g_free);
  /* Translators: a finding as a screen reader reads it: its severity, message and place. */
  accessible = g_strdup_printf (_("%s: %s (%s)"), severity_name (f->severity), f->message, where_text);
  jx_widget_set_accessible_label (row, accessible);
  /* The same tooltip on every row, given when asked for: setting a tooltip's text makes GTK
   * ask the display where the pointer is, a round trip to the X server per row. */
  gtk_widget_set_has_tooltip (row, TRUE);
  g_signal_connect (row, "query-tooltip", G_CALLBACK (on_row_query_tooltip), NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  _("Go to the field"), -1);
  return row;
}

static GtkWidget *
more_row (guint rest,
          guint total)
{
  GtkWidget *row = gtk_list_box_row_new ();
  /* Translators: the last row of a long list of findings, e.g. "Show 200 More of 4424 Findings". */
  g_autofree char *text = g_strdup_printf (_("Show %u More of %u Findings"), MIN (rest, ROWS_AT_ONCE), total);
  GtkWidget *label = gtk_label_new (text);

  gtk_widget_add_css_class (label, "accent");
  gtk_widget_set_margin_top (label, 10);
  gtk_widget_set_margin_bottom (label, 10);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), label);
  return row;
}

static void rebuild (JxFindingsList *self);

static void
on_row_activated (GtkListBox     *list,
                  GtkListBoxRow  *row,
                  JxFindingsList *self)
{
  const char *path = g_object_get_data (G_OBJECT (row), PATH_KEY);

  if (GTK_WIDGET (row) == self->more_row)
    {
      self->limit += ROWS_AT_ONCE;
      rebuild (self);
      return;
    }
  if (path != NULL)
    gtk_widget_activate_action (GTK_WIDGET (row), "win.focus-path", "s", path);
}

static void
shown_clear (Shown *shown)
{
  g_free (shown->path);
  g_free (shown->message);
  g_free (shown->where);
}

static gboolean
shows (JxFindingsList  *self,
       const Shown     *shown,
       const JxFinding *f)
{
  g_autofree char *where = NULL;

  if (shown->severity != f->severity || !g_str_equal (shown->path, f->path) || !g_str_equal (shown->message, f->message))
    return FALSE;
  where = where_words (self, f);
  return g_str_equal (shown->where, where);
}

/* The rows follow the findings: a row that still shows its finding stays, the others are
 * made again. Nothing is made while the list is not on screen. */
static void
rebuild (JxFindingsList *self)
{
  GPtrArray *findings = self->evaluation != NULL ? jx_evaluation_get_findings (self->evaluation) : NULL;
  guint total = findings != NULL ? findings->len : 0;
  guint n = MIN (total, self->limit);
  guint keep = 0, i;
  gboolean more_ok;

  self->stale = FALSE;
  while (keep < n && keep < self->shown->len
         && shows (self, &g_array_index (self->shown, Shown, keep), g_ptr_array_index (findings, keep)))
    keep++;
  more_ok = total > n ? self->more_row != NULL && self->more_total == total : self->more_row == NULL;
  if (keep == n && self->shown->len == n && more_ok)
    return;

  /* Rows from `keep` on, and the "show more" row, go. */
  if (self->more_row != NULL)
    {
      gtk_list_box_remove (self->list, self->more_row);
      self->more_row = NULL;
    }
  for (i = self->shown->len; i > keep; i--)
    {
      GtkListBoxRow *row = gtk_list_box_get_row_at_index (self->list, (int) i - 1);

      if (row != NULL)
        gtk_list_box_remove (self->list, GTK_WIDGET (row));
    }
  g_array_set_size (self->shown, keep);
  for (i = keep; i < n; i++)
    {
      const JxFinding *f = g_ptr_array_index (findings, i);
      Shown shown = { f->severity, g_strdup (f->path), g_strdup (f->message), where_words (self, f) };

      g_array_append_val (self->shown, shown);
      gtk_list_box_append (self->list, finding_row (f, shown.where));
    }
  if (total > n)
    {
      self->more_row = more_row (total - n, total);
      self->more_total = total;
      gtk_list_box_append (self->list, self->more_row);
    }
}

static void
update (JxFindingsList *self)
{
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    rebuild (self);
  else
    self->stale = TRUE;
  g_signal_emit (self, signals[SUMMARY_CHANGED], 0);
}

static void
jx_findings_list_map (GtkWidget *widget)
{
  JxFindingsList *self = JX_FINDINGS_LIST (widget);

  if (self->stale)
    rebuild (self);
  GTK_WIDGET_CLASS (jx_findings_list_parent_class)->map (widget);
}

static void
jx_findings_list_dispose (GObject *object)
{
  JxFindingsList *self = (JxFindingsList *) object;

  g_clear_signal_handler (&self->updated_id, self->evaluation);
  g_clear_object (&self->evaluation);
  G_OBJECT_CLASS (jx_findings_list_parent_class)->dispose (object);
}

static void
jx_findings_list_finalize (GObject *object)
{
  JxFindingsList *self = (JxFindingsList *) object;

  g_array_unref (self->shown);
  G_OBJECT_CLASS (jx_findings_list_parent_class)->finalize (object);
}

static void
jx_findings_list_class_init (JxFindingsListClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = jx_findings_list_dispose;
  G_OBJECT_CLASS (klass)->finalize = jx_findings_list_finalize;
  GTK_WIDGET_CLASS (klass)->map = jx_findings_list_map;

  /**
   * JxFindingsList::summary-changed:
   *
   * The findings changed; jx_findings_list_dup_summary() has the new counts.
   */
  signals[SUMMARY_CHANGED] =
    g_signal_new ("summary-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);
}

static void
jx_findings_list_init (JxFindingsList *self)
{
  GtkWidget *placeholder = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  GtkWidget *ok = gtk_image_new_from_icon_name ("emblem-ok-symbolic");

  self->shown = g_array_new (FALSE, FALSE, sizeof (Shown));
  g_array_set_clear_func (self->shown, (GDestroyNotify) shown_clear);
  self->limit = ROWS_AT_ONCE;
  self->list = GTK_LIST_BOX (gtk_list_box_new ());
  jx_widget_set_accessible_label (GTK_WIDGET (self), _("Findings"));
  gtk_list_box_set_selection_mode (self->list, GTK_SELECTION_NONE);
  gtk_widget_add_css_class (GTK_WIDGET (self->list), "boxed-list");
  gtk_widget_add_css_class (GTK_WIDGET (self->list), "jx-findings");
  jx_widget_set_accessible_label (GTK_WIDGET (self->list), _("Findings"));
  g_signal_connect (self->list, "row-activated", G_CALLBACK (on_row_activated), self);

  gtk_widget_add_css_class (ok, "success");
  gtk_box_append (GTK_BOX (placeholder), ok);
  gtk_box_append (GTK_BOX (placeholder), gtk_label_new (_("No findings: every figure adds up")));
  gtk_widget_set_halign (placeholder, GTK_ALIGN_CENTER);
  gtk_widget_set_margin_top (placeholder, 18);
  gtk_widget_set_margin_bottom (placeholder, 18);
  gtk_list_box_set_placeholder (self->list, placeholder);

  adw_bin_set_child (ADW_BIN (self), GTK_WIDGET (self->list));
}

GtkWidget *
jx_findings_list_new (void)
{
  return g_object_new (JX_TYPE_FINDINGS_LIST, NULL);
}

void
jx_findings_list_set_evaluation (JxFindingsList *self,
                                 JxEvaluation   *evaluation)
{
  g_return_if_fail (JX_IS_FINDINGS_LIST (self));
  g_return_if_fail (evaluation == NULL || JX_IS_EVALUATION (evaluation));

  if (self->evaluation == evaluation)
    return;
  g_clear_signal_handler (&self->updated_id, self->evaluation);
  g_set_object (&self->evaluation, evaluation);
  if (evaluation != NULL)
    self->updated_id = g_signal_connect_swapped (evaluation, "updated", G_CALLBACK (update), self);
  update (self);
}

char *
jx_findings_list_dup_summary (JxFindingsList *self)
{
  guint errors, warnings, notes;
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);

  g_return_val_if_fail (JX_IS_FINDINGS_LIST (self), NULL);

  if (self->evaluation == NULL)
    return g_strdup ("");
  errors = jx_evaluation_count (self->evaluation, JX_SEVERITY_ERROR);
  warnings = jx_evaluation_count (self->evaluation, JX_SEVERITY_WARNING);
  notes = jx_evaluation_count (self->evaluation, JX_SEVERITY_INFO);
  if (errors + warnings + notes == 0)
    return g_strdup (_("No findings: every figure adds up."));
  if (errors > 0)
    g_ptr_array_add (parts, g_strdup_printf (ngettext ("%u error", "%u errors", errors), errors));
  if (warnings > 0)
    g_ptr_array_add (parts, g_strdup_printf (ngettext ("%u warning", "%u warnings", warnings), warnings));
  if (notes > 0)
    g_ptr_array_add (parts, g_strdup_printf (ngettext ("%u note", "%u notes", notes), notes));
  g_ptr_array_add (parts, NULL);
  /* Translators: the separator between "1 error", "2 warnings" and "2 notes". */
  return g_strjoinv (_(", "), (char **) parts->pdata);
}

GtkListBox *
jx_findings_list_get_list_box (JxFindingsList *self)
{
  g_return_val_if_fail (JX_IS_FINDINGS_LIST (self), NULL);
  /* Whoever looks at the rows sees them up to date, on screen or not. */
  if (self->stale)
    rebuild (self);
  return self->list;
}
