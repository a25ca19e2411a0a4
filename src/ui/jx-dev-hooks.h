/* SPDX-License-Identifier: GPL-3.0-or-later */
/* jx-dev-hooks.h: what the environment asks of the first window, for the benchmark, the tests
 * and the screenshots:
 *
 *   JIXIAO_EXIT_AFTER_FIRST_FRAME=1   quit as soon as the first frame has been drawn
 *   JIXIAO_SCREENSHOT_DIR=DIR         size the window to 1280×800 (the screen must be larger:
 *                                     the frame is outside), draw each page into
 *                                     DIR/{overview,budget,indicators,conclusion}.png, then quit
 *                                     (data/screenshots/update.sh)
 *   JIXIAO_SCREENSHOT_SIZE=WxH        another size than 1280×800 (1024x600)
 *   JIXIAO_SCREENSHOT_PAGES=A,B       only these pages (overview,budget,indicators,conclusion)
 *   JIXIAO_SCREENSHOT_SUFFIX=S        DIR/indicatorsS.png (-1024x600)
 *   JIXIAO_SCREENSHOT_FOCUS=P1,P2     before drawing a page, scroll it to the field of the
 *                                     path of that page among P1, P2 … (budget.projects.initial)
 *   JIXIAO_DEBUG_EDIT=PATH=JSON       make one edit through the document (an unsaved change),
 *                                     e.g. department.staffing.actual.total=95
 */
#pragma once

#include "jx-window.h"

G_BEGIN_DECLS

void jx_dev_hooks_apply (JxWindow *window);

G_END_DECLS
