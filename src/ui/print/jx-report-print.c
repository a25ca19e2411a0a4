/* SPDX-License-Identifier: GPL-3.0-or-later */
/* jx-report-print.c: GtkPrintOperation for the report and for one chart, the page setup
 * dialog (the PDF and Word exports are jx-report-export.c). The drawing is the render layer's: jx_report_paginate()
 * and jx_report_draw_page() on the print context's cairo, jx_chart_render() for a chart. */
#define G_LOG_DOMAIN "jx-print"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "jx-chart.h"
#include "jx-load.h"
#include "jx-report.h"
#include "jx-report-print.h"
#include "jx-report-print-private.h"
#include "jx-save.h"
#include "jx-window.h"
#include "jx-ui-util.h"

#define CHART_MARGIN 36.0    /* points around a printed chart */

/* This session's page setup (NULL until first used: A4) and print settings. */
static GtkPageSetup *session_page_setup;
static GtkPrintSettings *session_settings;

static GtkPageSetup *
get_page_setup (void)
{
  if (session_page_setup == NULL)
    {
      GtkPaperSize *a4 = gtk_paper_size_new (GTK_PAPER_NAME_A4);

      session_page_setup = gtk_page_setup_new ();
      gtk_page_setup_set_paper_size_and_default_margins (session_page_setup, a4);
      gtk_paper_size_free (a4);
    }
  return session_page_setup;
}

static GtkPrintSettings *
get_settings (void)
{
  if (session_settings == NULL)
    session_settings = gtk_print_settings_new ();
  return session_settings;
}

static void
show_error (GtkWindow  *parent,
            const char *heading,
            const char *body)
{
  GtkWidget *dialog = jx_message_dialog_new (parent, heading, body);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

/* A copy of the document as it is now, through its canonical JSON. */
static JxDocData *
snapshot (GtkWindow       *parent,
          const JxDocData *doc)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *json = NULL;
  gsize length = 0;
  JxDocData *copy;

  json = jx_doc_data_to_json (doc, &length);
  copy = jx_doc_data_load_data (json, length, "report", &error);
  if (copy == NULL)
    show_error (parent, _("The document cannot be printed"), error->message);
  return copy;
}

/* ---- printing ---- */

typedef struct {
  JxDocData *doc;
  JxReport  *report;
  JxChart   *chart;
  double     aspect;
  GtkWindow *parent;     /* weak */
  gboolean   done;
} PrintJob;

static void
print_job_free (PrintJob *job)
{
  g_clear_pointer (&job->report, jx_report_free);
  g_clear_pointer (&job->chart, jx_chart_free);
  g_clear_pointer (&job->doc, jx_doc_data_free);
  if (job->parent != NULL)
    g_object_remove_weak_pointer (G_OBJECT (job->parent), (gpointer *) &job->parent);
  g_free (job);
}

static void
report_begin_print (GtkPrintOperation *op,
                    GtkPrintContext   *context,
                    PrintJob          *job)
{
  g_clear_pointer (&job->report, jx_report_free);
  job->report = jx_report_new (job->doc, gtk_print_context_get_width (context),
                               gtk_print_context_get_height (context));
  gtk_print_operation_set_n_pages (op, MAX (1, jx_report_paginate (job->report,
                                                                   gtk_print_context_get_cairo_context (context))));
}

static void
report_draw_page (GtkPrintOperation *op,
                  GtkPrintContext   *context,
                  int                page,
                  PrintJob          *job)
{
  if (job->report != NULL && page < jx_report_get_n_pages (job->report))
    jx_report_draw_page (job->report, gtk_print_context_get_cairo_context (context), page);
}

static void
chart_begin_print (GtkPrintOperation *op,
                   GtkPrintContext   *context,
                   PrintJob          *job)
{
  gtk_print_operation_set_n_pages (op, 1);
}

static void
chart_draw_page (GtkPrintOperation *op,
                 GtkPrintContext   *context,
                 int                page,
                 PrintJob          *job)
{
  cairo_t *cr = gtk_print_context_get_cairo_context (context);
  double w = gtk_print_context_get_width (context);
  double h = gtk_print_context_get_height (context);
  double cw = MAX (w - 2 * CHART_MARGIN, 72);
  double ch = cw * job->aspect;

  if (ch > h - 2 * CHART_MARGIN)
    {
      ch = MAX (h - 2 * CHART_MARGIN, 72);
      cw = ch / job->aspect;
    }
  cairo_save (cr);
  cairo_translate (cr, (w - cw) / 2, (h - ch) / 2);
  jx_chart_render (job->chart, cr, cw, ch, JX_CHART_STYLE_PRINT);
  cairo_restore (cr);
}

/* Once per operation, whether GTK emits ::done or run() returns the result itself. */
static void
print_done (GtkPrintOperation       *op,
            GtkPrintOperationResult  result,
            PrintJob                *job)
{
  if (job->done)
    return;
  job->done = TRUE;
  if (result == GTK_PRINT_OPERATION_RESULT_APPLY)
    g_set_object (&session_settings, gtk_print_operation_get_print_settings (op));
  else if (result == GTK_PRINT_OPERATION_RESULT_ERROR)
    {
      g_autoptr(GError) error = NULL;

      gtk_print_operation_get_error (op, &error);
      show_error (job->parent, _("Printing failed"), error != NULL ? error->message : "");
    }
  g_object_unref (op);
}

/* The operation for the report (`chart_id` NULL) or one chart, on a snapshot of `doc`;
 * NULL when there is nothing to print (the reason shown). */
static GtkPrintOperation *
operation_new (GtkWindow       *parent,
               const JxDocData *doc,
               const char      *chart_id)
{
  g_autoptr(GtkPageSetup) page_setup = gtk_page_setup_copy (get_page_setup ());
  g_autofree char *name = NULL;
  GtkPrintOperation *op;
  PrintJob *job = g_new0 (PrintJob, 1);

  job->doc = snapshot (parent, doc);
  if (job->doc == NULL)
    {
      print_job_free (job);
      return NULL;
    }
  if (chart_id != NULL)
    {
      job->chart = jx_chart_new_for_id (job->doc, chart_id);
      if (job->chart == NULL)
        {
          show_error (parent, _("Printing failed"), _("The document has no such chart."));
          print_job_free (job);
          return NULL;
        }
      job->aspect = jx_report_chart_aspect (job->doc, chart_id);
      /* a wide chart prints across the page, a tall one down it */
      gtk_page_setup_set_orientation (page_setup, job->aspect < 1 ? GTK_PAGE_ORIENTATION_LANDSCAPE
                                                                  : GTK_PAGE_ORIENTATION_PORTRAIT);
      name = g_strdup (jx_chart_get_title (job->chart));
    }
  else
    /* Translators: the print job's name: department, year */
    name = g_strdup_printf (_("Self-evaluation report %s %d"),
                            doc->department.name != NULL ? doc->department.name : "", doc->department.year);

  job->parent = parent;
  if (parent != NULL)
    g_object_add_weak_pointer (G_OBJECT (parent), (gpointer *) &job->parent);

  op = gtk_print_operation_new ();
  g_object_set_data_full (G_OBJECT (op), "jx-print-job", job, (GDestroyNotify) print_job_free);
  if (chart_id != NULL)
    {
      g_signal_connect (op, "begin-print", G_CALLBACK (chart_begin_print), job);
      g_signal_connect (op, "draw-page", G_CALLBACK (chart_draw_page), job);
    }
  else
    {
      g_signal_connect (op, "begin-print", G_CALLBACK (report_begin_print), job);
      g_signal_connect (op, "draw-page", G_CALLBACK (report_draw_page), job);
    }
  gtk_print_operation_set_job_name (op, name);
  gtk_print_operation_set_unit (op, GTK_UNIT_POINTS);
  /* the report sets its own margins from the paper's edge */
  gtk_print_operation_set_use_full_page (op, TRUE);
  gtk_print_operation_set_embed_page_setup (op, TRUE);
  gtk_print_operation_set_default_page_setup (op, page_setup);
  gtk_print_operation_set_print_settings (op, get_settings ());
  return op;
}

/* The print dialog (with preview), run asynchronously; takes `op`. */
static void
run_dialog (GtkWindow         *parent,
            GtkPrintOperation *op)
{
  PrintJob *job = g_object_get_data (G_OBJECT (op), "jx-print-job");
  g_autoptr(GError) error = NULL;
  GtkPrintOperationResult result;

  gtk_print_operation_set_allow_async (op, TRUE);
  g_signal_connect (op, "done", G_CALLBACK (print_done), job);

  g_object_ref (op);      /* the job lives on op: keep both through run() */
  result = gtk_print_operation_run (op, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG, parent, &error);
  if (result == GTK_PRINT_OPERATION_RESULT_ERROR && !job->done)
    {
      job->done = TRUE;
      show_error (parent, _("Printing failed"), error != NULL ? error->message : "");
      g_object_unref (op);
    }
  else if (result != GTK_PRINT_OPERATION_RESULT_IN_PROGRESS)
    print_done (op, result, job);
  g_object_unref (op);
}

void
jx_report_print (GtkWindow       *parent,
                 const JxDocData *doc)
{
  GtkPrintOperation *op;

  g_return_if_fail (parent == NULL || GTK_IS_WINDOW (parent));
  g_return_if_fail (doc != NULL);

  op = operation_new (parent, doc, NULL);
  if (op != NULL)
    run_dialog (parent, op);
}

void
jx_chart_print (GtkWindow       *parent,
                const JxDocData *doc,
                const char      *chart_id)
{
  GtkPrintOperation *op;

  g_return_if_fail (parent == NULL || GTK_IS_WINDOW (parent));
  g_return_if_fail (doc != NULL);
  g_return_if_fail (chart_id != NULL);

  op = operation_new (parent, doc, chart_id);
  if (op != NULL)
    run_dialog (parent, op);
}

gboolean
_jx_print_export (const JxDocData *doc,
                  const char      *chart_id,
                  const char      *pdf_path,
                  GError         **error)
{
  g_autoptr(GtkPrintOperation) op = operation_new (NULL, doc, chart_id);

  if (op == NULL)
    return FALSE;
  gtk_print_operation_set_export_filename (op, pdf_path);
  return gtk_print_operation_run (op, GTK_PRINT_OPERATION_ACTION_EXPORT, NULL, error)
         != GTK_PRINT_OPERATION_RESULT_ERROR;
}

static void
page_setup_done (GtkPageSetup *page_setup,
                 gpointer      data)
{
  if (page_setup != NULL)
    g_set_object (&session_page_setup, page_setup);
}

void
jx_report_page_setup (GtkWindow *parent)
{
  g_return_if_fail (parent == NULL || GTK_IS_WINDOW (parent));

  gtk_print_run_page_setup_dialog_async (parent, get_page_setup (), get_settings (), page_setup_done, NULL);
}

/* ---- window actions ---- */

static const JxDocData *
window_data (gpointer window)
{
  JxDocument *document = jx_window_get_document (JX_WINDOW (window));

  return document != NULL ? jx_document_get_data (document) : NULL;
}

void
jx_report_print_activate (GSimpleAction *action,
                          GVariant      *param,
                          gpointer       window)
{
  const JxDocData *doc = window_data (window);

  if (doc != NULL)
    jx_report_print (GTK_WINDOW (window), doc);
}

void
jx_report_page_setup_activate (GSimpleAction *action,
                               GVariant      *param,
                               gpointer       window)
{
  jx_report_page_setup (GTK_WINDOW (window));
}

void
jx_chart_print_activate (GSimpleAction *action,
                         GVariant      *param,
                         gpointer       window)
{
  const JxDocData *doc = window_data (window);

  if (doc != NULL)
    jx_chart_print (GTK_WINDOW (window), doc, g_variant_get_string (param, NULL));
}
