/* SPDX-License-Identifier: GPL-3.0-or-later */
/* jx-restore.h: after a crash or a kill, offers to restore the autosaved work (one dialog per
 * autosave left behind). JIXIAO_RESTORE_AUTOSAVE=yes or =no answers the dialogs (tests). */
#pragma once

#include "jx-window.h"

G_BEGIN_DECLS

/* Looks for autosaves of sessions that did not exit cleanly and offers them over `window`;
 * returns how many were found. */
guint jx_restore_offer (JxWindow *window);

G_END_DECLS
