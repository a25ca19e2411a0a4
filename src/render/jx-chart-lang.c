/* SPDX-License-Identifier: GPL-3.0-or-later */
/* jx-chart-lang.c: the language of a chart's text.
 *
 * A chart speaks the language of what it goes into. On screen that is the UI's (gettext and
 * the locale); in the report it is the report's, which is Chinese whatever the locale: a
 * report exported under LANG=C must not carry English chart titles. So the chart module
 * looks its strings up through _() of jx-chart-private.h, which reads the zh_CN catalog
 * built into the library (po/zh_CN.po compiled by msgfmt, in a GResource) while a Chinese
 * chart is built or drawn, and asks gettext otherwise. A chart remembers the language it was
 * built in, and jx_chart_render() and the text alternative speak it again.
 *
 * The catalog is read as GNU gettext writes it (the .mo format: a header, then two tables of
 * (length, offset) pairs, originals sorted by strcmp()): a binary search, no allocation. */
#define G_LOG_DOMAIN "jx-chart"

#include "config.h"

#include <gio/gio.h>
#include <glib/gi18n.h>
#include <string.h>

#include "jx-chart-private.h"
#include "jx-render-resources.h"

#define MO_MAGIC 0x950412deu

typedef struct {
  GBytes       *bytes;
  const guint8 *data;
  gsize         size;
  gboolean      swap;
  guint32       n;
  guint32       originals;
  guint32       translations;
} Catalog;

static GPrivate chinese_text;    /* of the thread: non-NULL while Chinese is spoken */

static guint32
word (const Catalog *c,
      guint32        offset)
{
  guint32 w;

  memcpy (&w, c->data + offset, sizeof w);
  return c->swap ? GUINT32_SWAP_LE_BE (w) : w;
}

static const Catalog *
zh_catalog (void)
{
  static Catalog catalog;
  static gsize done = 0;

  if (g_once_init_enter (&done))
    {
      GBytes *bytes;
      gsize size = 0;
      const guint8 *data;
      guint32 magic = 0;

      jx_render_register_resource ();
      bytes = g_resource_lookup_data (jx_render_get_resource (), "/io/github/jixiao/render/zh_CN.mo",
                                      G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
      data = bytes != NULL ? g_bytes_get_data (bytes, &size) : NULL;

      if (data != NULL && size >= 28)
        {
          memcpy (&magic, data, sizeof magic);
          catalog.bytes = bytes;
          catalog.data = data;
          catalog.size = size;
          catalog.swap = magic != MO_MAGIC;
          if (magic != MO_MAGIC && GUINT32_SWAP_LE_BE (magic) != MO_MAGIC)
            catalog.data = NULL;
          else
            {
              catalog.n = word (&catalog, 8);
              catalog.originals = word (&catalog, 12);
              catalog.translations = word (&catalog, 16);
              if ((guint64) catalog.originals + 8ull * catalog.n > size
                  || (guint64) catalog.translations + 8ull * catalog.n > size)
                catalog.data = NULL;
            }
        }
      g_once_init_leave (&done, 1);
    }
  return catalog.data != NULL ? &catalog : NULL;
}

/* The string at entry `i` of the table at `table`, or NULL when it does not fit the file. */
static const char *
entry (const Catalog *c,
       guint32        table,
       guint32        i,
       guint32       *length)
{
  guint32 len = word (c, table + 8 * i);
  guint32 off = word (c, table + 8 * i + 4);

  if ((guint64) off + len + 1 > c->size || c->data[off + len] != '\0')
    return NULL;
  if (length != NULL)
    *length = len;
  return (const char *) c->data + off;
}

/* The translation of `key` (a msgid, or "context\004msgid"), or NULL. For a plural entry
 * the key is the singular, and the first form comes back (Chinese has one). */
static const char *
lookup (const char *key)
{
  const Catalog *c = zh_catalog ();
  guint32 lo = 0, hi;

  if (c == NULL)
    return NULL;
  hi = c->n;
  while (lo < hi)
    {
      guint32 mid = lo + (hi - lo) / 2;
      const char *original = entry (c, c->originals, mid, NULL);
      int cmp;

      if (original == NULL)
        return NULL;
      cmp = strcmp (key, original);
      if (cmp == 0)
        {
          guint32 len = 0;
          const char *t = entry (c, c->translations, mid, &len);

          return t != NULL && len > 0 ? t : NULL;
        }
      if (cmp < 0)
        hi = mid;
      else
        lo = mid + 1;
    }
  return NULL;
}

gboolean
jx_chart_set_chinese (gboolean chinese)
{
  gboolean was = g_private_get (&chinese_text) != NULL;

  g_private_set (&chinese_text, chinese ? GINT_TO_POINTER (1) : NULL);
  return was;
}

gboolean
_jx_chart_speaks_chinese (void)
{
  return g_private_get (&chinese_text) != NULL;
}

const char *
_jx_chart_gettext (const char *msgid)
{
  const char *t;

  if (msgid == NULL || msgid[0] == '\0')
    return msgid;
  if (_jx_chart_speaks_chinese () && (t = lookup (msgid)) != NULL)
    return t;
  return g_dgettext (GETTEXT_PACKAGE, msgid);
}

const char *
_jx_chart_pgettext (const char *key,
                    gsize       context_length)
{
  const char *t;

  if (_jx_chart_speaks_chinese () && (t = lookup (key)) != NULL)
    return t;
  return g_dpgettext (GETTEXT_PACKAGE, key, context_length);
}

const char *
_jx_chart_ngettext (const char *msgid,
                    const char *plural,
                    gulong      n)
{
  const char *t;

  if (_jx_chart_speaks_chinese () && (t = lookup (msgid)) != NULL)
    return t;
  return (g_dngettext) (GETTEXT_PACKAGE, msgid, plural, n);
}
