/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "jx-format-window"

#include "config.h"

#include <glib/gi18n.h>

#include "jx-format-window.h"

#define FORMAT_RESOURCE "/io/github/jixiao/Jixiao/FORMAT.md"

struct _JxFormatWindow
{
  AdwWindow      parent_instance;

  GtkTextBuffer *buffer;
};

G_DEFINE_FINAL_TYPE (JxFormatWindow, jx_format_window, ADW_TYPE_WINDOW)

/* ---- a small Markdown reader: headings, lists, tables, code, `code` and **bold** ---- */

/* Inserts `text` with its `code` spans and **bold** spans (which may hold `code`), with `tag`
 * (may be NULL) on all of it. */
static void
insert_inline (GtkTextBuffer *buffer,
               const char    *text,
               int            length,
               const char    *tag)
{
  const char *p = text;
  const char *end = text + (length < 0 ? (int) strlen (text) : length);
  GtkTextIter iter;

  while (p < end)
    {
      const char *code = g_strstr_len (p, end - p, "`");
      const char *bold = g_strstr_len (p, end - p, "**");
      gboolean is_code = code != NULL && (bold == NULL || code < bold);
      const char *open = is_code ? code : bold;
      const char *close = NULL;

      if (open != NULL)
        close = is_code ? g_strstr_len (open + 1, end - open - 1, "`")
                        : g_strstr_len (open + 2, end - open - 2, "**");
      gtk_text_buffer_get_end_iter (buffer, &iter);
      if (open == NULL || close == NULL)
        {
          gtk_text_buffer_insert_with_tags_by_name (buffer, &iter, p, (int) (end - p), tag, NULL);
          return;
        }
      gtk_text_buffer_insert_with_tags_by_name (buffer, &iter, p, (int) (open - p), tag, NULL);
      if (is_code)
        {
          gtk_text_buffer_get_end_iter (buffer, &iter);
          gtk_text_buffer_insert_with_tags_by_name (buffer, &iter, open + 1, (int) (close - open - 1),
                                                    "code", tag, NULL);
          p = close + 1;
        }
      else
        {
          insert_inline (buffer, open + 2, (int) (close - open - 2), "bold");
          p = close + 2;
        }
    }
}

static void
insert_plain (GtkTextBuffer *buffer,
              const char    *text,
              const char    *tag)
{
  GtkTextIter end;

  gtk_text_buffer_get_end_iter (buffer, &end);
  gtk_text_buffer_insert_with_tags_by_name (buffer, &end, text, -1, tag, NULL);
}

/* A table row "| a | b | c |": the first cell, then the others after a dash. */
static void
insert_table_row (GtkTextBuffer *buffer,
                  const char    *line,
                  gboolean       header)
{
  g_auto(GStrv) cells = g_strsplit (line, "|", -1);
  gboolean first = TRUE;
  guint i;

  for (i = 1; cells[i] != NULL && cells[i + 1] != NULL; i++)
    {
      char *cell = g_strstrip (cells[i]);

      if (!first)
        insert_plain (buffer, "  —  ", "dim");
      insert_inline (buffer, cell, -1, header ? "bold" : NULL);
      first = FALSE;
    }
  insert_plain (buffer, "\n", NULL);
}

/* Ends the paragraph (or list item) gathered in `para`. */
static void
flush_paragraph (GtkTextBuffer *buffer,
                 GString       *para)
{
  if (para->len == 0)
    return;
  if (g_str_has_prefix (para->str, "- "))
    {
      insert_plain (buffer, "•  ", NULL);
      insert_inline (buffer, para->str + 2, -1, NULL);
    }
  else
    insert_inline (buffer, para->str, -1, NULL);
  insert_plain (buffer, "\n", NULL);
  g_string_truncate (para, 0);
}

static void
render_markdown (GtkTextBuffer *buffer,
                 const char    *markdown)
{
  g_auto(GStrv) lines = g_strsplit (markdown, "\n", -1);
  g_autoptr(GString) para = g_string_new (NULL);
  gboolean in_code = FALSE, table_header = TRUE;
  guint i;

  for (i = 0; lines[i] != NULL; i++)
    {
      const char *line = lines[i];
      const char *heading = NULL;

      if (g_str_has_prefix (line, "```"))
        {
          flush_paragraph (buffer, para);
          in_code = !in_code;
          continue;
        }
      if (in_code)
        {
          insert_plain (buffer, line, "code-block");
          insert_plain (buffer, "\n", "code-block");
          continue;
        }
      if (line[0] == '|')
        {
          flush_paragraph (buffer, para);
          if (strstr (line, "---") != NULL && strspn (line, "|-: ") == strlen (line))
            continue;
          insert_table_row (buffer, line, table_header);
          table_header = FALSE;
          continue;
        }
      table_header = TRUE;
      if (g_str_has_prefix (line, "### "))
        heading = "h3";
      else if (g_str_has_prefix (line, "## "))
        heading = "h2";
      else if (g_str_has_prefix (line, "# "))
        heading = "h1";
      if (heading != NULL)
        {
          flush_paragraph (buffer, para);
          insert_inline (buffer, strchr (line, ' ') + 1, -1, heading);
          insert_plain (buffer, "\n", NULL);
          continue;
        }
      if (*line == '\0')
        {
          flush_paragraph (buffer, para);
          insert_plain (buffer, "\n", NULL);
          continue;
        }
      /* A list item starts a paragraph of its own; other lines continue the one open. */
      if (g_str_has_prefix (line, "- "))
        flush_paragraph (buffer, para);
      if (para->len > 0)
        g_string_append_c (para, ' ');
      g_string_append (para, para->len > 0 ? g_strchug ((char *) line) : line);
    }
  flush_paragraph (buffer, para);
}

/* ---- GObject ---- */

static void
jx_format_window_class_init (JxFormatWindowClass *klass)
{
}

static void
jx_format_window_init (JxFormatWindow *self)
{
  g_autoptr(GBytes) bytes = g_resources_lookup_data (FORMAT_RESOURCE, G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *view = gtk_text_view_new ();
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (view));

  gtk_window_set_title (GTK_WINDOW (self), _("The Document Format"));
  gtk_window_set_default_size (GTK_WINDOW (self), 860, 700);
  self->buffer = buffer;

  gtk_text_buffer_create_tag (buffer, "h1", "weight", PANGO_WEIGHT_BOLD, "scale", 1.6,
                              "pixels-below-lines", 8, NULL);
  gtk_text_buffer_create_tag (buffer, "h2", "weight", PANGO_WEIGHT_BOLD, "scale", 1.3,
                              "pixels-above-lines", 14, "pixels-below-lines", 4, NULL);
  gtk_text_buffer_create_tag (buffer, "h3", "weight", PANGO_WEIGHT_BOLD, "scale", 1.1,
                              "pixels-above-lines", 8, NULL);
  gtk_text_buffer_create_tag (buffer, "bold", "weight", PANGO_WEIGHT_BOLD, NULL);
  gtk_text_buffer_create_tag (buffer, "dim", "foreground", "#888888", NULL);
  gtk_text_buffer_create_tag (buffer, "code", "family", "monospace", NULL);
  gtk_text_buffer_create_tag (buffer, "code-block", "family", "monospace", "left-margin", 36,
                              "wrap-mode", GTK_WRAP_NONE, NULL);
  if (bytes != NULL)
    render_markdown (buffer, g_bytes_get_data (bytes, NULL));

  gtk_text_view_set_editable (GTK_TEXT_VIEW (view), FALSE);
  gtk_text_view_set_cursor_visible (GTK_TEXT_VIEW (view), FALSE);
  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (view), GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_left_margin (GTK_TEXT_VIEW (view), 24);
  gtk_text_view_set_right_margin (GTK_TEXT_VIEW (view), 24);
  gtk_text_view_set_top_margin (GTK_TEXT_VIEW (view), 18);
  gtk_text_view_set_bottom_margin (GTK_TEXT_VIEW (view), 18);
  gtk_accessible_update_property (GTK_ACCESSIBLE (view), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("The Document Format"), -1);

  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), view);
  gtk_widget_set_vexpand (scrolled, TRUE);
  gtk_box_append (GTK_BOX (box), header);
  gtk_box_append (GTK_BOX (box), scrolled);
  adw_window_set_content (ADW_WINDOW (self), box);
}

JxFormatWindow *
jx_format_window_new (GtkWindow *parent)
{
  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  return g_object_new (JX_TYPE_FORMAT_WINDOW, "transient-for", parent, NULL);
}

char *
jx_format_window_dup_text (JxFormatWindow *self)
{
  GtkTextIter start, end;

  g_return_val_if_fail (JX_IS_FORMAT_WINDOW (self), NULL);
  gtk_text_buffer_get_bounds (self->buffer, &start, &end);
  return gtk_text_buffer_get_text (self->buffer, &start, &end, FALSE);
}
