/* SPDX-License-Identifier: GPL-3.0-or-later */
/* jx-format-window.h: Help → File Format: the description of the .jixiao format
 * (data/FORMAT.md, built into the resources) shown as formatted text. */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define JX_TYPE_FORMAT_WINDOW (jx_format_window_get_type ())
G_DECLARE_FINAL_TYPE (JxFormatWindow, jx_format_window, JX, FORMAT_WINDOW, AdwWindow)

JxFormatWindow *jx_format_window_new       (GtkWindow      *parent);
/* The text as shown (for tests). */
char           *jx_format_window_dup_text  (JxFormatWindow *self);

G_END_DECLS
