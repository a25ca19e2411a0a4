#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Access keys (issue 14): no two on one screen or in one menu share a letter, in English and
in the zh_CN translation; none on the header bar's buttons (GNOME HIG).

What is on one screen: a page (its .ui file and the C files of its folder, the window's
non-menu labels besides) shows all its labels at once; a menu (a <menu> of a .ui file, each
<submenu> on its own; the GMenu built by one C function) and a dialog or popover (the labels
of one C function outside the pages) are each a screen of their own."""

import glob
import os
import re
import sys
import xml.etree.ElementTree as ET

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))

# The pages: their .ui and their code. Files that build a popover or dialog of their own
# are not part of the page's screen.
PAGES = {
    'overview': ('ui/overview/*.ui', 'src/ui/overview/*.c'),
    'budget': ('ui/budget/*.ui', 'src/ui/budget/*.c'),
    'indicators': ('ui/indicators/*.ui', 'src/ui/indicators/*.c'),
    'conclusion': ('ui/conclusion/*.ui', 'src/ui/conclusion/*.c'),
}
OWN_SCREEN = {'src/ui/indicators/jx-rule-popover.c'}

MNEMONIC = re.compile(r'(?<![_\w])_([A-Za-z0-9])|(?<=[A-Za-z])_([A-Za-z0-9])')
C_STRING = re.compile(r'\b(?:N?_|C_|NC_)\s*\(\s*(?:"[^"]*"\s*,\s*)?((?:"(?:[^"\\]|\\.)*"\s*)+)\)')


def mnemonic(text):
    """The access key of a label, or None (a CJK character before "_" is a font name)."""
    for m in MNEMONIC.finditer(text):
        if m.start() > 0 and ord(text[m.start() - 1]) > 0x2e80:
            continue
        if re.search(r'[A-Z]{2}$', text[:m.start()]):   # WAYLAND_DISPLAY, not a label
            continue
        return (m.group(1) or m.group(2)).lower()
    return None


def load_po(path):
    text = open(path, encoding='utf-8').read()
    out = {}
    for m in re.finditer(r'(?:msgctxt ((?:"[^"]*"\n)+))?msgid ((?:"[^"]*"\n)+)msgstr ((?:"[^"]*"\n)+)', text):
        join = lambda s: ''.join(re.findall(r'"((?:[^"\\]|\\.)*)"', s or '')).replace('\\"', '"')
        out[(join(m.group(1)) or None, join(m.group(2)))] = join(m.group(3))
    return out


PO = load_po(os.path.join(ROOT, 'po', 'zh_CN.po'))


def zh_key(msgid, ctxt=None):
    s = PO.get((ctxt, msgid)) or PO.get((None, msgid))
    if not s:
        return None
    m = re.search(r'\(_([A-Za-z0-9])\)', s) or re.search(r'(?<![\w])_([A-Za-z0-9])', s)
    return m.group(1).lower() if m else None


class Screen:
    def __init__(self, name, same_label_once=False):
        self.name = name
        self.labels = []   # (msgid, context, where)
        # A function of a dialog may give one label in each of its states.
        self.same_label_once = same_label_once

    def add(self, msgid, ctxt, where):
        if self.same_label_once and any(m == msgid for m, _, _ in self.labels):
            return
        if mnemonic(msgid) is not None:
            self.labels.append((msgid, ctxt, where))

    def clashes(self):
        found = []
        for lang, key_of in (('en', lambda i, c: mnemonic(i)), ('zh_CN', zh_key)):
            seen = {}
            for msgid, ctxt, where in self.labels:
                k = key_of(msgid, ctxt)
                if k is None:
                    continue
                seen.setdefault(k, []).append(f'“{msgid}” ({where})')
            for k, who in sorted(seen.items()):
                if len(who) > 1:
                    found.append(f'{self.name} [{lang}]: {k.upper()} {len(who)} times: ' + ', '.join(who))
        return found


def ui_labels(path, screen, menus):
    """The translatable labels of a .ui file: those of its menus go to menus (one screen per
    <menu> and per <submenu>), the others to screen."""
    rel = os.path.relpath(path, ROOT)
    tree = ET.parse(path)

    def walk(el, current):
        if el.tag in ('menu', 'submenu'):
            label = None
            for a in el.findall('attribute'):
                if a.get('name') == 'label':
                    label = a
            if el.tag == 'submenu' and label is not None and current is not None:
                current.add(label.text or '', label.get('context'), rel)
            current = Screen(f'menu {el.get("id") or (label.text if label is not None else "?")} of {rel}')
            menus.append(current)
        elif el.tag in ('property', 'attribute') and el.get('translatable') == 'yes' \
                and el.get('name') in ('label', 'title'):
            target = current if current is not None and el.tag == 'attribute' else screen
            if target is not None and el.tag == 'attribute' or el.tag == 'property':
                target.add(el.text or '', el.get('context'), rel)
        for child in el:
            walk(child, current if el.tag not in ('menu',) or current is not None else None)

    walk(tree.getroot(), None)


def c_functions(path):
    """(name, body) of each top-level function of a C file."""
    text = open(path, encoding='utf-8').read()
    parts = re.split(r'\n(?=[a-z_][a-z0-9_]* \()', text)
    for p in parts:
        m = re.match(r'([a-z_][a-z0-9_]*) \(', p)
        yield (m.group(1) if m else '<top>'), p


def c_strings(body):
    for m in C_STRING.finditer(body):
        yield ''.join(re.findall(r'"((?:[^"\\]|\\.)*)"', m.group(1)))


def main():
    failures = []
    screens = []
    menus = []

    window = Screen('window')
    ui_labels(os.path.join(ROOT, 'ui', 'jx-window.ui'), window, menus)

    # No access keys on the header bar's buttons.
    tree = ET.parse(os.path.join(ROOT, 'ui', 'jx-window.ui'))
    for bar in tree.iter('object'):
        if bar.get('class') != 'AdwHeaderBar':
            continue
        for obj in bar.iter('object'):
            props = {p.get('name'): (p.text or '') for p in obj.findall('property')}
            if props.get('use-underline', '').lower() in ('true', '1', 'yes') or \
                    (obj.get('class') != 'AdwViewSwitcherTitle' and mnemonic(props.get('label', '')) is not None):
                failures.append(f'header bar: {obj.get("class")} {obj.get("id")} has the access key of “{props.get("label")}”')

    page_files = set()
    for page, (ui_glob, c_glob) in PAGES.items():
        screen = Screen(f'page {page}')
        for msgid, ctxt, where in window.labels:
            screen.add(msgid, ctxt, where)
        for ui in sorted(glob.glob(os.path.join(ROOT, ui_glob))):
            ui_labels(ui, screen, menus)
        for c in sorted(glob.glob(os.path.join(ROOT, c_glob))):
            rel = os.path.relpath(c, ROOT)
            page_files.add(rel)
            if rel in OWN_SCREEN:
                continue
            for name, body in c_functions(c):
                for s in c_strings(body):
                    screen.add(s, None, f'{rel}:{name}')
        screens.append(screen)

    # Everything else in code: one screen per function (a menu, a dialog, a popover).
    for c in sorted(glob.glob(os.path.join(ROOT, 'src', 'ui', '**', '*.c'), recursive=True)):
        rel = os.path.relpath(c, ROOT)
        if rel in page_files and rel not in OWN_SCREEN:
            continue
        for name, body in c_functions(c):
            screen = Screen(f'{rel}:{name}', same_label_once=True)
            for s in c_strings(body):
                screen.add(s, None, rel)
            screens.append(screen)

    for ui in sorted(glob.glob(os.path.join(ROOT, 'ui', '**', '*.ui'), recursive=True)):
        if os.path.basename(ui) == 'jx-window.ui' or any(
                glob.fnmatch.fnmatch(os.path.relpath(ui, ROOT), g) for g, _ in PAGES.values()):
            continue
        screen = Screen(os.path.relpath(ui, ROOT))
        ui_labels(ui, screen, menus)
        screens.append(screen)

    n = 0
    for s in screens + menus:
        n += len(s.labels)
        failures.extend(s.clashes())

    # Each translation keeps its original's key (else the two languages differ in the tests above
    # only by chance).
    for (ctxt, msgid), msgstr in PO.items():
        k = mnemonic(msgid)
        if k is None or not msgstr or '%' in msgid:
            continue
        z = zh_key(msgid, ctxt)
        if z != k:
            failures.append(f'po/zh_CN.po: “{msgid}” has the key {k.upper()}, its translation “{msgstr}” {z.upper() if z else "none"}')

    if n < 40:
        failures.append(f'only {n} labels with access keys found: the parser is broken')
    print(f'{n} access keys on {len(screens) + len(menus)} screens and menus')
    for f in failures:
        print('FAIL', f)
    return 1 if failures else 0


if __name__ == '__main__':
    sys.exit(main())
