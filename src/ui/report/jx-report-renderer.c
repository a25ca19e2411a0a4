/* SPDX-License-Identifier: GPL-3.0-or-later */
/* jx-report-renderer.c: the report's pages drawn on one dedicated thread.
 *
 * The engine (shared, reference-counted) holds the report; only the worker thread touches
 * it — building, paginating, drawing — so pango and cairo objects never cross threads.
 * Jobs run one after another (an exclusive pool of one thread). What the main thread reads
 * (the wanted pages and scale, the latest generation) is under the engine's lock. Results
 * come back to the main context through g_main_context_invoke with a weak reference to the
 * renderer, which may be gone by then. */
#define G_LOG_DOMAIN "jx-report-renderer"

#include "config.h"

#include <math.h>

#include "jx-load.h"
#include "jx-report.h"
#include "jx-report-renderer.h"

typedef struct {
  gatomicrefcount  ref;
  GMutex           lock;
  /* under the lock */
  guint            latest;          /* the newest snapshot asked for */
  int              first, last;     /* wanted pages */
  double           scale;
  /* the worker's alone */
  JxReport        *report;
  guint            built;           /* the generation of `report` */
} Engine;

static Engine *
engine_ref (Engine *engine)
{
  g_atomic_ref_count_inc (&engine->ref);
  return engine;
}

static void
engine_unref (Engine *engine)
{
  if (g_atomic_ref_count_dec (&engine->ref))
    {
      g_clear_pointer (&engine->report, jx_report_free);
      g_mutex_clear (&engine->lock);
      g_free (engine);
    }
}

struct _JxReportRenderer
{
  GObject      parent_instance;

  Engine      *engine;
  GThreadPool *pool;
  GMainContext *context;
  guint        generation;      /* the latest paginated */
  int          n_pages;
  double       paper_width, paper_height;
  gboolean     busy;
  GHashTable  *pending;         /* "page@scale" of the requests in the works */
};

G_DEFINE_FINAL_TYPE (JxReportRenderer, jx_report_renderer, G_TYPE_OBJECT)

enum {
  PAGINATED,
  PAGE_READY,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

typedef enum {
  JOB_BUILD,
  JOB_DRAW,
} JobKind;

typedef struct {
  JobKind   kind;
  Engine   *engine;
  GWeakRef  renderer;
  GMainContext *context;
  guint     generation;
  /* build */
  char     *json;
  gsize     length;
  /* draw */
  int       page;
  double    scale;
  /* results */
  int       n_pages;
  double    paper_width, paper_height;
  GBytes   *pixels;
  int       width, height, stride;
  gboolean  dropped;
} Job;

static void
job_free (Job *job)
{
  engine_unref (job->engine);
  g_weak_ref_clear (&job->renderer);
  g_main_context_unref (job->context);
  g_free (job->json);
  g_clear_pointer (&job->pixels, g_bytes_unref);
  g_free (job);
}

static char *
pending_key (int    page,
             double scale)
{
  return g_strdup_printf ("%d@%.4f", page, scale);
}

/* ---- the main thread's side of the results ---- */

static gboolean
job_done (gpointer data)
{
  Job *job = data;
  g_autoptr(JxReportRenderer) self = g_weak_ref_get (&job->renderer);

  if (self == NULL)
    return G_SOURCE_REMOVE;
  if (job->kind == JOB_BUILD)
    {
      if (job->dropped)
        return G_SOURCE_REMOVE;
      self->generation = job->generation;
      self->n_pages = job->n_pages;
      self->paper_width = job->paper_width;
      self->paper_height = job->paper_height;
      self->busy = job->generation != self->engine->latest;
      g_hash_table_remove_all (self->pending);
      g_signal_emit (self, signals[PAGINATED], 0);
      return G_SOURCE_REMOVE;
    }

  {
    g_autofree char *key = pending_key (job->page, job->scale);
    g_hash_table_remove (self->pending, key);
  }
  if (!job->dropped && job->pixels != NULL && job->generation == self->generation)
    {
      g_autoptr(GdkTexture) texture = gdk_memory_texture_new (job->width, job->height, GDK_MEMORY_DEFAULT,
                                                              job->pixels, job->stride);

      g_signal_emit (self, signals[PAGE_READY], 0, job->page, job->scale, texture);
    }
  return G_SOURCE_REMOVE;
}

/* ---- the worker ---- */

static void
build (Job *job)
{
  Engine *engine = job->engine;
  g_autoptr(GError) error = NULL;
  g_autoptr(JxDocData) doc = NULL;
  cairo_surface_t *surface;
  cairo_t *cr;
  guint latest;

  g_mutex_lock (&engine->lock);
  latest = engine->latest;
  g_mutex_unlock (&engine->lock);
  if (job->generation != latest)
    {
      job->dropped = TRUE;   /* a newer snapshot is queued */
      return;
    }

  doc = jx_doc_data_load_data (job->json, job->length, "preview", &error);
  if (doc == NULL)
    {
      g_warning ("The preview cannot read the document: %s", error->message);
      job->dropped = TRUE;
      return;
    }
  g_clear_pointer (&engine->report, jx_report_free);
  engine->report = jx_report_new (doc, JX_REPORT_A4_WIDTH, JX_REPORT_A4_HEIGHT);
  jx_report_set_mark_generated (engine->report, TRUE);   /* the preview only */
  /* measured as the PDF measures: the paginator sets unhinted metrics itself */
  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1, 1);
  cr = cairo_create (surface);
  job->n_pages = jx_report_paginate (engine->report, cr);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  engine->built = job->generation;
  job->paper_width = JX_REPORT_A4_WIDTH;
  job->paper_height = JX_REPORT_A4_HEIGHT;
}

static void
draw (Job *job)
{
  Engine *engine = job->engine;
  cairo_surface_t *surface;
  cairo_t *cr;
  gboolean wanted;
  guchar *data;

  g_mutex_lock (&engine->lock);
  wanted = job->generation == engine->latest && job->page >= engine->first && job->page <= engine->last
           && fabs (job->scale - engine->scale) < 1e-6;
  g_mutex_unlock (&engine->lock);
  if (!wanted || engine->report == NULL || job->generation != engine->built
      || job->page >= jx_report_get_n_pages (engine->report))
    {
      job->dropped = TRUE;
      return;
    }

  job->width = MAX (1, (int) ceil (JX_REPORT_A4_WIDTH * job->scale));
  job->height = MAX (1, (int) ceil (JX_REPORT_A4_HEIGHT * job->scale));
  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, job->width, job->height);
  cr = cairo_create (surface);
  /* paper is white, in a dark window too */
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  cairo_scale (cr, job->scale, job->scale);
  jx_report_draw_page (engine->report, cr, job->page);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  job->stride = cairo_image_surface_get_stride (surface);
  data = cairo_image_surface_get_data (surface);
  job->pixels = g_bytes_new_with_free_func (data, (gsize) job->stride * job->height,
                                            (GDestroyNotify) cairo_surface_destroy, surface);
}

static void
run_job (gpointer data,
         gpointer user_data)
{
  Job *job = data;

  if (job->kind == JOB_BUILD)
    build (job);
  else
    draw (job);
  g_main_context_invoke_full (job->context, G_PRIORITY_DEFAULT, job_done, job, (GDestroyNotify) job_free);
}

/* ---- API ---- */

static Job *
job_new (JxReportRenderer *self,
         JobKind           kind)
{
  Job *job = g_new0 (Job, 1);

  job->kind = kind;
  job->engine = engine_ref (self->engine);
  g_weak_ref_init (&job->renderer, self);
  job->context = g_main_context_ref (self->context);
  return job;
}

void
jx_report_renderer_set_json (JxReportRenderer *self,
                             char             *json,
                             gsize             length)
{
  Job *job;

  g_return_if_fail (JX_IS_REPORT_RENDERER (self));
  g_return_if_fail (json != NULL);

  job = job_new (self, JOB_BUILD);
  g_mutex_lock (&self->engine->lock);
  job->generation = ++self->engine->latest;
  g_mutex_unlock (&self->engine->lock);
  job->json = json;
  job->length = length;
  self->busy = TRUE;
  g_thread_pool_push (self->pool, job, NULL);
}

gboolean
jx_report_renderer_is_busy (JxReportRenderer *self)
{
  g_return_val_if_fail (JX_IS_REPORT_RENDERER (self), FALSE);
  return self->busy;
}

int
jx_report_renderer_get_n_pages (JxReportRenderer *self)
{
  g_return_val_if_fail (JX_IS_REPORT_RENDERER (self), 0);
  return self->n_pages;
}

guint
jx_report_renderer_get_generation (JxReportRenderer *self)
{
  g_return_val_if_fail (JX_IS_REPORT_RENDERER (self), 0);
  return self->generation;
}

void
jx_report_renderer_get_paper (JxReportRenderer *self,
                              double           *width_pt,
                              double           *height_pt)
{
  g_return_if_fail (JX_IS_REPORT_RENDERER (self));
  if (width_pt != NULL)
    *width_pt = self->paper_width;
  if (height_pt != NULL)
    *height_pt = self->paper_height;
}

void
jx_report_renderer_set_wanted (JxReportRenderer *self,
                               int               first,
                               int               last,
                               double            scale)
{
  g_return_if_fail (JX_IS_REPORT_RENDERER (self));

  g_mutex_lock (&self->engine->lock);
  self->engine->first = first;
  self->engine->last = last;
  self->engine->scale = scale;
  g_mutex_unlock (&self->engine->lock);
}

void
jx_report_renderer_request (JxReportRenderer *self,
                            int               page,
                            double            scale)
{
  char *key;
  Job *job;

  g_return_if_fail (JX_IS_REPORT_RENDERER (self));

  if (self->generation == 0 || page < 0 || page >= self->n_pages)
    return;
  key = pending_key (page, scale);
  if (!g_hash_table_add (self->pending, key))
    return;
  job = job_new (self, JOB_DRAW);
  job->generation = self->generation;
  job->page = page;
  job->scale = scale;
  g_thread_pool_push (self->pool, job, NULL);
}

/* ---- GObject ---- */

static void
jx_report_renderer_finalize (GObject *object)
{
  JxReportRenderer *self = JX_REPORT_RENDERER (object);

  /* queued jobs go; the running one finishes on its own engine reference */
  g_thread_pool_free (self->pool, TRUE, FALSE);
  engine_unref (self->engine);
  g_main_context_unref (self->context);
  g_hash_table_unref (self->pending);
  G_OBJECT_CLASS (jx_report_renderer_parent_class)->finalize (object);
}

static void
jx_report_renderer_class_init (JxReportRendererClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = jx_report_renderer_finalize;

  /* The pages of a new snapshot are known; the drawn pages of the older one are stale. */
  signals[PAGINATED] = g_signal_new ("paginated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                     0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  /* A page drawn: its number, the scale asked, the image (white paper). */
  signals[PAGE_READY] = g_signal_new ("page-ready", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                      0, NULL, NULL, NULL, G_TYPE_NONE, 3,
                                      G_TYPE_INT, G_TYPE_DOUBLE, GDK_TYPE_TEXTURE);
}

static void
jx_report_renderer_init (JxReportRenderer *self)
{
  self->engine = g_new0 (Engine, 1);
  g_atomic_ref_count_init (&self->engine->ref);
  g_mutex_init (&self->engine->lock);
  self->engine->last = -1;
  self->context = g_main_context_ref_thread_default ();
  self->pending = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->paper_width = JX_REPORT_A4_WIDTH;
  self->paper_height = JX_REPORT_A4_HEIGHT;
  /* one thread of its own: the report's pango objects stay on it */
  self->pool = g_thread_pool_new (run_job, NULL, 1, TRUE, NULL);
}

JxReportRenderer *
jx_report_renderer_new (void)
{
  return g_object_new (JX_TYPE_REPORT_RENDERER, NULL);
}
