/* SPDX-License-Identifier: GPL-3.0-or-later */
/* jx-chart-axis.c: round numbers for axes. */
#define G_LOG_DOMAIN "jx-chart"

#include "config.h"

#include <math.h>

#include "jx-chart-private.h"

/* A step of 1, 2, 2.5 or 5 × 10ⁿ that cuts `range` into about `ticks` parts. */
double
_jx_nice_step (double range,
               int    ticks)
{
  double raw;
  double mag;
  double f;

  if (!(range > 0) || isinf (range))
    return 1;
  raw = range / MAX (ticks, 1);
  mag = pow (10, floor (log10 (raw)));
  f = raw / mag;
  if (f <= 1)
    return mag;
  if (f <= 2)
    return 2 * mag;
  if (f <= 2.5)
    return 2.5 * mag;
  if (f <= 5)
    return 5 * mag;
  return 10 * mag;
}

/* The smallest multiple of a nice step at or above `value` (1 for nothing positive). */
double
_jx_nice_ceil (double value)
{
  double step;

  if (!(value > 0) || isinf (value))
    return 1;
  step = _jx_nice_step (value, 5);
  return ceil (value / step - 1e-9) * step;
}
