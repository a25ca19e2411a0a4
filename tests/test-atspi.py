#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The window as a screen reader reads it (issue 14): the real binary on the sample, its
accessibility tree read over AT-SPI with pyatspi, on each of the four pages, in English and
(when the zh_CN locale is installed) in Chinese, both at once; each page opened by its tab's
action, as a screen reader user opens it. No name a screen reader says contains an
access key's underscore, a widget class's name (GtkMenuButton, AdwGizmo, JxChartView), a widget
id, or the same words twice; every row of the functions list and of the findings list has a
name; each page is named as its tab.

Run it under dbus-run-session (the AT-SPI bus is started on the session bus) and a display:
    xvfb-run -a dbus-run-session -- /usr/bin/python3 tests/test-atspi.py [en|zh_CN]
Needs python3-pyatspi and at-spi2-core (./dev's TEST_PACKAGES)."""

import os
import re
import shutil
import subprocess
import sys
import tempfile
import time

try:
    import pyatspi
    from gi.repository import GLib
except ImportError:
    print('1..0 # SKIP python3-pyatspi is not installed')
    sys.exit(77)

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, '..'))
BIN = os.environ.get('JIXIAO_BIN', os.path.join(ROOT, 'build', 'src', 'jixiao'))
SAMPLE = os.environ.get('JIXIAO_SAMPLE', os.path.join(ROOT, 'data', 'samples', 'xinzhou-2020.jixiao'))
SCHEMAS = os.environ.get('GSETTINGS_SCHEMA_DIR', os.path.join(os.path.dirname(os.path.dirname(BIN)), 'data'))

MNEMONIC = re.compile(r'(?<![A-Za-z0-9])_[A-Za-z0-9]|\(_[A-Za-z0-9]\)')
CLASS_NAME = re.compile(r'\b(?:Gtk|Adw|Jx|Gdk|Gsk)[A-Z][A-Za-z]+')
IDENTIFIER = re.compile(r'[a-z]+(?:[-_][a-z]+)+')
ZH_KEY = re.compile(r'[\u4e00-\u9fff）]\s*\([A-Z0-9]\)')
DOUBLED = re.compile(r'(.{2,}?)[\s:：,，、·]*\1', re.S)


def start(env):
    # Its messages to a file: a pipe nobody reads fills up and the app stops, mid-answer.
    log = tempfile.TemporaryFile()
    proc = subprocess.Popen([BIN, SAMPLE], env=env, stdout=subprocess.DEVNULL, stderr=log)
    proc.log = log
    deadline = time.time() + 60
    while time.time() < deadline:
        time.sleep(0.3)
        if proc.poll() is not None:
            log.seek(0)
            raise SystemExit('jixiao ended: ' + log.read().decode(errors='replace')[-2000:])
        desktop = pyatspi.Registry.getDesktop(0)
        for app in desktop:
            if app is None:
                continue
            try:
                if app.get_process_id() == proc.pid:
                    for window in app:
                        if window is not None and window.getRoleName() == 'frame':
                            return proc, app, window
            except Exception:
                continue
    proc.kill()
    raise SystemExit('the window did not show on the AT-SPI bus in 60 s')


def ask(what, *args):
    """An AT-SPI call, asked again while the app is busy (it makes its other pages when idle
    after the first frame; a call then times out after 0.8 s)."""
    for attempt in range(40):
        try:
            return what(*args)
        except GLib.GError:
            time.sleep(0.25)
    return what(*args)


def on_screen(acc):
    """GTK 4.8 says “visible” of everything and “showing” only of windows: what is not on
    screen (a page not shown, a folded chart) has no extent."""
    try:
        component = acc.queryComponent()
    except NotImplementedError:
        return True
    e = ask(component.getExtents, pyatspi.WINDOW_COORDS)
    return e.width > 0 and e.height > 0


def walk(acc, path=(), others=()):
    """(accessible, its role, its name, the roles and names above it), for what is showing:
    neither what has no extent nor the pages of `others` (GTK 4.8 keeps a page shown before
    where it was, behind the one shown now)."""
    role = ask(acc.getRoleName)
    name = ask(lambda: acc.name) or ''
    here = path + ((role, name),)
    yield acc, role, name, path
    if role in ('filler', 'panel') and name in others:
        return
    for i in range(ask(lambda: acc.childCount)):
        child = ask(acc.getChildAtIndex, i)
        if child is not None and on_screen(child):
            yield from walk(child, here, others)


def problems_of(window, page, others=()):
    found = []
    n = 0
    list_rows = {}
    named = set()
    for acc, role, name, above in walk(window, others=others):
        n += 1
        named.add((role, name))
        where = ' › '.join(f'{r} “{nm}”' if nm else r for r, nm in above[-3:]) + f' › {role}'
        if MNEMONIC.search(name):
            found.append(f'{page}: {where}: “{name}” has an access key’s underscore')
        # A Chinese label shows its key as “(N)”; what a field is called has no key in it.
        if role != 'label' and ZH_KEY.search(name):
            found.append(f'{page}: {where}: “{name}” says the access key')
        if CLASS_NAME.search(name):
            found.append(f'{page}: {where}: “{name}” is a widget class’s name')
        if IDENTIFIER.fullmatch(name):
            found.append(f'{page}: {where}: “{name}” is a widget id, not words')
        if DOUBLED.fullmatch(name):
            found.append(f'{page}: {where}: “{name}” says the same twice')
        # The rows of a list (functions, findings): each one named.
        if role == 'list item':
            parent = next(((r, nm) for r, nm in reversed(above) if r == 'list'), None)
            if parent is not None:
                list_rows.setdefault(parent, []).append(name)
    for (role, name), rows in list_rows.items():
        if not name:
            continue   # the lists of GTK's own widgets (a drop-down's)
        nameless = sum(1 for r in rows if not r.strip())
        if nameless:
            found.append(f'{page}: {nameless} of the {len(rows)} rows of the list “{name}” have no name')
    return n, found, named


PAGES = ('overview', 'budget', 'indicators', 'conclusion')


def tabs_of(window):
    """The page tabs of the header's view switcher, in order."""
    for acc, role, name, above in walk(window):
        if role == 'page tab list':
            return [ask(acc.getChildAtIndex, i) for i in range(ask(lambda: acc.childCount))]
    raise SystemExit('no page tabs on the AT-SPI bus')


def run(lang_env, label):
    """The window on the sample, each of the four pages opened by its tab as a screen reader
    user would (the tab's action), read."""
    tmp = tempfile.mkdtemp(prefix='jx-atspi-')
    env = dict(os.environ)
    env.pop('NO_AT_BRIDGE', None)
    env.update(lang_env)
    env.update(GTK_A11Y='atspi', GDK_BACKEND='x11', GSK_RENDERER='cairo', GSETTINGS_BACKEND='memory',
               GSETTINGS_SCHEMA_DIR=SCHEMAS, JIXIAO_NON_UNIQUE='1', JIXIAO_NO_LOCK_FILES='1',
               XDG_CONFIG_HOME=tmp, XDG_DATA_HOME=tmp, XDG_STATE_HOME=tmp, XDG_CACHE_HOME=tmp)
    began = time.time()
    proc, app, window = start(env)
    found = []
    try:
        tabs = tabs_of(window)
        titles = [ask(lambda: tab.name) for tab in tabs]
        for i, page in enumerate(PAGES):
            title = titles[i]
            ask(tabs[i].queryAction().doAction, 0)
            time.sleep(0.5)
            started = time.time()
            n, problems, named = problems_of(window, f'{label} {page}', [t for t in titles if t != title])
            # The page itself is named as its tab (a screen reader says where it is).
            if not any(role in ('filler', 'panel') and name == title for role, name in named):
                problems.append(f'{label} {page}: no page named “{title}” on screen')
            print(f'# {label}, page {page} “{title}”: {n} accessibles read in {time.time() - started:.1f} s, '
                  f'{len(problems)} problems')
            if n < 200:
                problems.append(f'{label} {page}: only {n} accessibles read')
            found.extend(problems)
        print(f'# {label}: {time.time() - began:.1f} s')
        return found
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
        proc.log.close()
        shutil.rmtree(tmp, ignore_errors=True)


def zh_env():
    locales = subprocess.run(['locale', '-a'], capture_output=True, text=True).stdout.lower().split()
    if 'zh_cn.utf8' not in locales:
        return None
    tmp = tempfile.mkdtemp(prefix='jx-atspi-locale-')
    os.makedirs(os.path.join(tmp, 'zh_CN', 'LC_MESSAGES'))
    subprocess.run(['msgfmt', '-o', os.path.join(tmp, 'zh_CN', 'LC_MESSAGES', 'jixiao.mo'),
                    os.path.join(ROOT, 'po', 'zh_CN.po')], check=True)
    return dict(LANG='zh_CN.UTF-8', LC_ALL='zh_CN.UTF-8', LANGUAGE='zh_CN', JIXIAO_LOCALEDIR=tmp)


def main():
    if not os.environ.get('DISPLAY'):
        print('1..0 # SKIP no display')
        return 77
    runs = [(dict(LANG='C.UTF-8', LC_ALL='C.UTF-8', LANGUAGE=''), 'en')]
    zh = zh_env()
    if zh is not None:
        runs.append((zh, 'zh_CN'))
    else:
        print('# the zh_CN.UTF-8 locale is not installed: English only')
    failures = []
    if len(sys.argv) > 1:
        # One language, asked by the run below.
        env, label = next(r for r in runs if r[1] == sys.argv[1])
        failures = run(env, label)
    else:
        # The languages side by side, each its own app and reader: the calls wait on the app
        # more than they work.
        children = [subprocess.Popen([sys.executable, os.path.abspath(__file__), label],
                                     stdout=subprocess.PIPE, text=True) for env, label in runs]
        status = 0
        for child in children:
            out, _ = child.communicate()
            sys.stdout.write(out)
            status = status or child.returncode
        return status
    for f in failures:
        print('FAIL', f)
    return 1 if failures else 0


if __name__ == '__main__':
    sys.exit(main())
