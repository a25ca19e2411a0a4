/* SPDX-License-Identifier: GPL-3.0-or-later */
/* jx-docx-xml.c: text for XML. The five special characters escaped; in attributes also
 * tabs and line breaks, as character references, so that they survive attribute-value
 * normalisation (a chart's text alternative has one value a line). XML 1.0 cannot hold the
 * C0 controls other than tab, LF and CR, nor U+FFFE / U+FFFF: they are left out. */
#define G_LOG_DOMAIN "jx-docx"

#include "config.h"

#include "jx-docx-private.h"

static gboolean
xml_char (gunichar c)
{
  if (c < 0x20)
    return c == '\t' || c == '\n' || c == '\r';
  if (c >= 0xD800 && c <= 0xDFFF)
    return FALSE;
  return c != 0xFFFE && c != 0xFFFF && c <= 0x10FFFF;
}

static void
append (GString    *s,
        const char *text,
        gboolean    attribute)
{
  g_autofree char *valid = NULL;
  const char *p;

  if (text == NULL)
    return;
  if (!g_utf8_validate (text, -1, NULL))
    text = valid = g_utf8_make_valid (text, -1);
  for (p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      switch (c)
        {
        case '&': g_string_append (s, "&amp;"); break;
        case '<': g_string_append (s, "&lt;"); break;
        case '>': g_string_append (s, "&gt;"); break;
        case '"': g_string_append (s, attribute ? "&quot;" : "\""); break;
        case '\'': g_string_append (s, attribute ? "&apos;" : "'"); break;
        case '\t': g_string_append (s, attribute ? "&#9;" : "\t"); break;
        case '\n': g_string_append (s, attribute ? "&#10;" : "\n"); break;
        case '\r': g_string_append (s, attribute ? "&#13;" : "\r"); break;
        default:
          if (xml_char (c))
            g_string_append_len (s, p, g_utf8_next_char (p) - p);
          break;
        }
    }
}

void
_jx_xml_append_text (GString    *s,
                     const char *text)
{
  append (s, text, FALSE);
}

void
_jx_xml_append_attr (GString    *s,
                     const char *text)
{
  append (s, text, TRUE);
}
