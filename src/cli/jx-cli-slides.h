/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* jixiao --export-slides OUT.pdf [--style light|dark] FILE */
int jx_cli_export_slides (const char *output,
                          const char *file,
                          const char *style);

G_END_DECLS
