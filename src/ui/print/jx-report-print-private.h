/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "jx-report-print.h"

G_BEGIN_DECLS

/* The print operation of the report (`chart_id` NULL) or of one chart, run without a dialog
 * and exported to `pdf_path`: what printing draws, for the tests. */
gboolean _jx_print_export (const JxDocData *doc,
                           const char      *chart_id,
                           const char      *pdf_path,
                           GError         **error);

G_END_DECLS
