#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The shortcuts window (ui/help-overlay.ui) lists every shortcut the app has, with the key and
the name its tooltips give (issue 14).

Read from the code: the application's accelerators (gtk_application_set_accels_for_action in
jx-application.c), the widgets' key bindings (gtk_widget_class_add_binding_action, the indicator
page's table of actions), the functions list's shortcut controller, the keys the presentation
and the indicator table's cells handle (their `case GDK_KEY_…:`). Read from the tooltips in .ui
files and in code: “Name (Ctrl+Shift+N)”. Both languages: the zh_CN names must agree too."""

import os
import re
import sys
import xml.etree.ElementTree as ET

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))


def read(rel):
    return open(os.path.join(ROOT, rel), encoding='utf-8').read()


# ---- accelerators as (frozenset of modifiers, key) ----

MODS = {'control': 'ctrl', 'ctrl': 'ctrl', 'primary': 'ctrl', 'shift': 'shift', 'alt': 'alt', 'mod1': 'alt'}
# Keys that are the same key for the user: the keypad's and ISO variants.
SAME_KEY = {'kp_add': 'plus', 'kp_subtract': 'minus', 'kp_multiply': 'asterisk', 'kp_divide': 'slash',
            'kp_enter': 'return', 'iso_enter': 'return', 'kp_tab': 'tab', 'iso_left_tab': 'tab',
            'kp_up': 'up', 'kp_down': 'down', 'kp_left': 'left', 'kp_right': 'right',
            'kp_page_up': 'page_up', 'kp_page_down': 'page_down', 'kp_home': 'home', 'kp_end': 'end',
            'kp_delete': 'delete', 'prior': 'page_up', 'next': 'page_down', 'd': 'd'}


def key_name(k):
    k = k.lower()
    return SAME_KEY.get(k, k)


def parse_accel(s):
    mods = frozenset(MODS[m.lower()] for m in re.findall(r'<(\w+)>', s))
    key = re.sub(r'<\w+>', '', s)
    return (mods, key_name(key))


def overlay_alternatives(accel):
    """The accelerators a GtkShortcutsShortcut's accelerator property shows: alternatives
    separated by spaces, ranges with “...”, keys pressed one after another with “&” or “+”."""
    out = []
    for alt in accel.split():
        m = re.fullmatch(r'(.*?)(\d)\.\.\.(.*?)(\d)(.*)', alt)
        if m:
            for d in range(int(m.group(2)), int(m.group(4)) + 1):
                out.append(f'{m.group(1)}{d}')
            tail = m.group(5).lstrip('&+')
            if tail:
                out.append(tail)
            continue
        for part in re.split(r'[&+]', alt):
            if part:
                out.append(part)
    return [parse_accel(a) for a in out]


def label_to_accel(label):
    """“Ctrl+Shift+F”, “Ctrl++”, “Alt+↑”, “Ctrl+−” as an accelerator."""
    arrows = {'↑': 'up', '↓': 'down', '←': 'left', '→': 'right', '−': 'minus', '-': 'minus', '+': 'plus',
              '*': 'asterisk', '/': 'slash', 'esc': 'escape', 'enter': 'return'}
    parts = label.split('+')
    if label.endswith('++'):
        parts = label[:-2].split('+') + ['+']
    mods = frozenset(MODS[p.lower()] for p in parts[:-1])
    key = parts[-1]
    return (mods, arrows.get(key.lower(), key.lower()))


def show(a):
    mods, key = a
    return '+'.join([m.capitalize() for m in sorted(mods)] + [key])


# ---- the shortcuts window ----

def load_po():
    text = read('po/zh_CN.po')
    out = {}
    for m in re.finditer(r'(?:msgctxt ((?:"[^"]*"\n)+))?msgid ((?:"[^"]*"\n)+)msgstr ((?:"[^"]*"\n)+)', text):
        join = lambda s: ''.join(re.findall(r'"((?:[^"\\]|\\.)*)"', s or '')).replace('\\"', '"').replace('\\n', '\n')
        out[(join(m.group(1)) or None, join(m.group(2)))] = join(m.group(3))
    return out


PO = load_po()


def zh(msgid, ctxt=None):
    return PO.get((ctxt, msgid)) or PO.get((None, msgid)) or ''


def app_accels():
    text = read('src/ui/jx-application.c')
    table = {}
    for m in re.finditer(r'\{ "([\w.:-]+)", \{ ((?:"[^"]*", )+)NULL \} \}', text):
        table[m.group(1)] = [parse_accel(a) for a in re.findall(r'"([^"]*)"', m.group(2))]
    # GtkApplication gives the window's help overlay Ctrl+? itself.
    table.setdefault('win.show-help-overlay', [parse_accel('<Control>question')])
    return table


def overlay(accels):
    """[(section, group, title, zh title, [accelerators])]"""
    tree = ET.parse(os.path.join(ROOT, 'ui', 'help-overlay.ui'))
    out = []
    for section in tree.iter('object'):
        if section.get('class') != 'GtkShortcutsSection':
            continue
        sname = next(p.text for p in section.findall('property') if p.get('name') == 'section-name')
        for group in section.iter('object'):
            if group.get('class') != 'GtkShortcutsGroup':
                continue
            gtitle = next(p.text for p in group.findall('property') if p.get('name') == 'title')
            for sc in group.iter('object'):
                if sc.get('class') != 'GtkShortcutsShortcut':
                    continue
                props = {p.get('name'): p for p in sc.findall('property')}
                title = props['title'].text
                if 'action-name' in props:
                    keys = accels.get(props['action-name'].text)
                    if not keys:
                        raise SystemExit(f'help-overlay.ui: “{title}” names {props["action-name"].text}, which has no accelerator')
                else:
                    keys = overlay_alternatives(props['accelerator'].text)
                out.append((sname, gtitle, title, zh(title, props['title'].get('context')), keys))
    return out


# ---- the code ----

GDK_MODS = {'GDK_CONTROL_MASK': 'ctrl', 'GDK_SHIFT_MASK': 'shift', 'GDK_ALT_MASK': 'alt'}


def gdk_mods(expr):
    return frozenset(GDK_MODS[m] for m in re.findall(r'GDK_\w+_MASK', expr))


def code_shortcuts():
    """{area: [(accelerator, where)]}"""
    areas = {}

    text = read('src/ui/indicators/jx-indicator-page-actions.c')
    for m in re.finditer(r'\{ "(indicators\.[\w-]+)", \w+,\s*\{ ([^}]*) \}, \{ ([^}]*) \} \}', text):
        keys = [k.strip() for k in m.group(2).split(',')]
        mods = [x.strip() for x in m.group(3).split(',')]
        for i, k in enumerate(keys):
            areas.setdefault('indicators', []).append(
                ((gdk_mods(mods[i] if i < len(mods) else '0'), key_name(k.replace('GDK_KEY_', ''))), m.group(1)))
    for rel, area in (('src/ui/indicators/jx-indicator-page-actions.c', 'indicators'),
                      ('src/ui/charts/jx-chart-view-actions.c', 'charts')):
        for m in re.finditer(r'gtk_widget_class_add_binding_action \(widget_class, GDK_KEY_(\w+), ([^,]+),\s*"([\w.-]+)"',
                             read(rel)):
            areas.setdefault(area, []).append(((gdk_mods(m.group(2)), key_name(m.group(1))), m.group(3)))

    for m in re.finditer(r'add_shortcut \(GTK_SHORTCUT_CONTROLLER \(shortcuts\), "([^"]+)"', read('src/ui/overview/jx-overview-functions.c')):
        areas.setdefault('functions', []).append((parse_accel(m.group(1)), 'functions list'))

    def handled_keys(rel, function):
        body = read(rel).split(f'\n{function} (', 1)[1].split('\n}\n', 1)[0]
        return body, [key_name(k) for k in re.findall(r'case GDK_KEY_(\w+):', body)]

    body, keys = handled_keys('src/ui/presentation/jx-presentation-window.c', 'on_key')
    areas['presentation'] = [((frozenset(), k), 'presentation') for k in keys]
    if "c >= '0' && c <= '9'" in body:
        areas['presentation'] += [((frozenset(), str(d)), 'presentation: a slide number') for d in range(10)]

    body, keys = handled_keys('src/ui/indicators/jx-indicator-cell.c', 'on_key_pressed')
    cells = [((frozenset(), k), 'indicator cell') for k in keys]
    # Ctrl+Home/End move to the table's edges; Ctrl+Tab leaves the table (the cell lets it go by).
    if 'ctrl ? navigate (self, JX_CELL_MOVE_TABLE_EDGE' in body:
        cells += [((frozenset({'ctrl'}), 'home'), 'indicator cell'), ((frozenset({'ctrl'}), 'end'), 'indicator cell')]
    if 'Ctrl+Tab leaves the table' in body:
        cells.append(((frozenset({'ctrl'}), 'tab'), 'indicator cell'))
    _, keys = handled_keys('src/ui/indicators/jx-indicator-cell.c', 'on_key_capture')
    cells += [((frozenset(), k), 'indicator cell, editing') for k in keys]
    areas['indicators'] += cells
    return areas


# Where each area's shortcuts are listed in the window: (section, groups or None for all).
AREAS = {
    'indicators': ('indicators', None),
    'charts': ('shortcuts', {'Charts'}),
    'functions': ('shortcuts', {'Functions List'}),
    'presentation': ('presentation', None),
}

TOOLTIP = re.compile(r'\(((?:Ctrl|Alt|Shift|F\d+)[^()]*)\)')
KEY_LABEL = re.compile(r'(?:(?:Ctrl|Alt|Shift)\+)+(?:\+|[^\s;:,)+]+)|\bF\d+\b')


def tooltips():
    """(English, where) of each tooltip that names a key."""
    out = []
    for dirpath, _, files in os.walk(os.path.join(ROOT, 'ui')):
        for f in files:
            if not f.endswith('.ui') or f == 'help-overlay.ui':
                continue
            tree = ET.parse(os.path.join(dirpath, f))
            for p in tree.iter('property'):
                if p.get('name') in ('tooltip-text', 'dropdown-tooltip') and p.text and TOOLTIP.search(p.text):
                    out.append((p.text, os.path.relpath(os.path.join(dirpath, f), ROOT)))
    for dirpath, _, files in os.walk(os.path.join(ROOT, 'src', 'ui')):
        for f in files:
            if not f.endswith('.c'):
                continue
            text = open(os.path.join(dirpath, f), encoding='utf-8').read()
            for m in re.finditer(r'\b_\(\s*((?:"(?:[^"\\]|\\.)*"\s*)+)\)', text):
                s = ''.join(re.findall(r'"((?:[^"\\]|\\.)*)"', m.group(1)))
                if TOOLTIP.search(s) and ('tooltip' in text[max(0, m.start() - 200):m.start()] or 'icon_button' in text[max(0, m.start() - 80):m.start()]
                                          or 'way_in' in text[max(0, m.start() - 200):m.start()]):
                    out.append((s, os.path.relpath(os.path.join(dirpath, f), ROOT)))
    return out


def norm(s):
    return re.sub(r'\s+', ' ', s).strip().lower()


def main():
    failures = []
    accels = app_accels()
    entries = overlay(accels)
    listed = {}
    for sname, gtitle, title, ztitle, keys in entries:
        for k in keys:
            listed.setdefault(k, []).append((sname, gtitle, title, ztitle))

    # 1. Every application accelerator is in the window.
    for action, keys in accels.items():
        for k in keys:
            if k not in listed:
                failures.append(f'{action}: {show(k)} (jx-application.c) is not in the shortcuts window')

    # 2. Every key binding and handled key, in its area of the window.
    n_code = sum(len(v) for v in accels.values())
    for area, items in code_shortcuts().items():
        section, groups = AREAS[area]
        for k, where in items:
            n_code += 1
            if not any(s == section and (groups is None or g in groups) for s, g, _, _ in listed.get(k, [])):
                failures.append(f'{where}: {show(k)} is not in the shortcuts window’s {section} section'
                                + (f' ({", ".join(groups)})' if groups else ''))
    if n_code < 80:
        failures.append(f'only {n_code} shortcuts read from the code: the parser is broken')

    # 3. Every key a tooltip names is in the window, and the shortcut of its first key has the
    # tooltip's name (“Find an indicator (Ctrl+F): …”), in English and in Chinese.
    tips = tooltips()
    if len(tips) < 15:
        failures.append(f'only {len(tips)} tooltips with keys found: the parser is broken')
    for text, where in tips:
        m = TOOLTIP.search(text)
        name = text[:m.start()].strip()
        labels = KEY_LABEL.findall(m.group(1))
        if not labels:
            failures.append(f'{where}: “{text}”: no key read')
            continue
        for i, label in enumerate(labels):
            k = label_to_accel(label)
            if k not in listed:
                failures.append(f'{where}: “{text}” names {label}, which is not in the shortcuts window')
                continue
            if i > 0 or not name:
                continue
            titles = [(t, zt) for _, _, t, zt in listed[k]]
            if not any(norm(t) == norm(name) or norm(t).startswith(norm(name) + ' (') for t, _ in titles):
                failures.append(f'{where}: the tooltip calls {label} “{name}”, the shortcuts window '
                                + ' / '.join(f'“{t}”' for t, _ in titles))
                continue
            ztext = zh(text)
            zname = re.split(r'[（(]', ztext, 1)[0].strip()
            if not ztext:
                failures.append(f'{where}: “{text}” has no translation')
            elif not any(zt == zname or zt.startswith(zname + '（') for t, zt in titles
                         if norm(t) == norm(name) or norm(t).startswith(norm(name) + ' (')):
                failures.append(f'{where}: in zh_CN the tooltip calls {label} “{zname}”, the shortcuts window '
                                + ' / '.join(f'“{zt}”' for _, zt in titles))

    print(f'{len(entries)} shortcuts in the window, {n_code} read from the code, {len(tips)} tooltips with keys')
    for f in failures:
        print('FAIL', f)
    return 1 if failures else 0


if __name__ == '__main__':
    sys.exit(main())
