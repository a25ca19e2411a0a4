/* SPDX-License-Identifier: GPL-3.0-or-later */
/* jx-text-breaks.c: break opportunities in long unbroken runs (see jx-text-breaks.h). */
#define G_LOG_DOMAIN "jx-render"

#include "config.h"

#include <pango/pango.h>
#include <string.h>

#include "jx-text-breaks.h"

#define ZWSP "\xe2\x80\x8b"

/* A character after which (or before which) a line may break in any Chinese or Latin text:
 * spaces, CJK ideographs and syllables, break-after punctuation. A cheap over-estimate of
 * the runs Pango cannot break; jx_text_breakable() asks Pango itself. */
static gboolean
breaks_around (gunichar c)
{
  if (c < 0x80)
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '-' || c == '/';
  switch (g_unichar_break_type (c))
    {
    case G_UNICODE_BREAK_SPACE:
    case G_UNICODE_BREAK_ZERO_WIDTH_SPACE:
    case G_UNICODE_BREAK_IDEOGRAPHIC:
    case G_UNICODE_BREAK_AFTER:
    case G_UNICODE_BREAK_BEFORE:
    case G_UNICODE_BREAK_BEFORE_AND_AFTER:
    case G_UNICODE_BREAK_HYPHEN:
    case G_UNICODE_BREAK_MANDATORY:
    case G_UNICODE_BREAK_LINE_FEED:
    case G_UNICODE_BREAK_CARRIAGE_RETURN:
    case G_UNICODE_BREAK_NEXT_LINE:
    case G_UNICODE_BREAK_HANGUL_L_JAMO:
    case G_UNICODE_BREAK_HANGUL_V_JAMO:
    case G_UNICODE_BREAK_HANGUL_T_JAMO:
    case G_UNICODE_BREAK_HANGUL_LV_SYLLABLE:
    case G_UNICODE_BREAK_HANGUL_LVT_SYLLABLE:
    case G_UNICODE_BREAK_CONDITIONAL_JAPANESE_STARTER:
      return TRUE;
    default:
      return FALSE;
    }
}

gboolean
jx_text_has_long_run (const char *text,
                      gssize      length)
{
  const char *p, *end;
  guint run = 0;

  if (text == NULL)
    return FALSE;
  end = text + (length < 0 ? strlen (text) : (gsize) length);
  if (end - text <= JX_TEXT_LONG_RUN)
    return FALSE;
  for (p = text; p < end; p = g_utf8_next_char (p))
    {
      if (breaks_around (g_utf8_get_char (p)))
        run = 0;
      else if (++run > JX_TEXT_LONG_RUN)
        return TRUE;
    }
  return FALSE;
}

char *
jx_text_breakable (const char *text)
{
  static PangoLanguage *zh;
  g_autofree PangoLogAttr *attrs = NULL;
  g_autoptr(GString) out = NULL;
  gsize length;
  glong n_chars, i, start;
  const char *p;

  if (!jx_text_has_long_run (text, -1))
    return NULL;
  if (zh == NULL)
    zh = pango_language_from_string ("zh-cn");
  length = strlen (text);
  n_chars = g_utf8_strlen (text, (gssize) length);
  attrs = g_new0 (PangoLogAttr, n_chars + 1);
  pango_get_log_attrs (text, (int) length, -1, zh, attrs, (int) n_chars + 1);

  /* Runs between Pango's own break opportunities; in those longer than the bound, one at
   * every grapheme boundary. Two passes over the characters: linear. */
  out = g_string_sized_new (length + length / 2);
  p = text;
  start = 0;
  while (start < n_chars)
    {
      glong next = start + 1;
      const char *q;

      while (next < n_chars && !attrs[next].is_line_break && !attrs[next].is_mandatory_break)
        next++;
      q = g_utf8_offset_to_pointer (p, next - start);
      if (next - start <= JX_TEXT_LONG_RUN)
        g_string_append_len (out, p, q - p);
      else
        for (i = start; i < next; i++)
          {
            const char *c = p;

            p = g_utf8_next_char (p);
            if (i > start && attrs[i].is_cursor_position && !attrs[i].is_white)
              g_string_append (out, ZWSP);
            g_string_append_len (out, c, p - c);
          }
      p = q;
      start = next;
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}

char *
jx_text_shortened (const char *text,
                   guint       max_chars)
{
  const char *p = text;
  guint n;

  if (text == NULL)
    return NULL;
  for (n = 0; n < max_chars && *p != '\0'; n++)
    p = g_utf8_next_char (p);
  if (*p == '\0')
    return NULL;
  {
    GString *out = g_string_new_len (text, p - text);

    g_string_append (out, "…");
    return g_string_free (out, FALSE);
  }
}
