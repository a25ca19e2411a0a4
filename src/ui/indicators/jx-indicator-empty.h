/* SPDX-License-Identifier: GPL-3.0-or-later */
/* jx-indicator-empty.h: what the indicator page shows while the document has no indicator:
 * the three ways in — add a row, paste a table from WPS or Excel, start from a template. */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/* A status page whose buttons activate indicators.add, indicators.paste-rows and (a menu of the
 * rule packs that have an indicator framework) indicators.from-template::ID. */
GtkWidget *jx_indicator_empty_new (void);

G_END_DECLS
