/* SPDX-License-Identifier: GPL-3.0-or-later */
/* jx-test-checks.h: helpers of the tests of the consistency checks. Documents are written with
 * ' for " to stay readable. */
#pragma once

#include "jx-checks.h"

#define DOC(members) "{'format':'jixiao','version':1,'department':{'name':'T','year':2020}," members "}"
#define DOC_STAFFING(staffing) \
  "{'format':'jixiao','version':1,'department':{'name':'T','year':2020,'staffing':{" staffing "}}}"

/* The findings of `json` (' read as "), which must load. */
GPtrArray       *jx_test_checks_run               (const char *json);
const JxFinding *jx_test_checks_find              (GPtrArray *findings, JxSeverity severity, const char *path);
guint            jx_test_checks_count             (GPtrArray *findings, JxSeverity severity);
void             jx_test_checks_dump              (GPtrArray *findings);
/* The document triggers a finding of `severity` at `path` whose message has `a` and `b` (may be NULL). */
void             jx_test_checks_assert_finding    (const char *json, JxSeverity severity, const char *path,
                                                   const char *a, const char *b);
void             jx_test_checks_assert_no_finding (const char *json, JxSeverity severity, const char *path);

#define run               jx_test_checks_run
#define find              jx_test_checks_find
#define count             jx_test_checks_count
#define dump              jx_test_checks_dump
#define assert_finding    jx_test_checks_assert_finding
#define assert_no_finding jx_test_checks_assert_no_finding
