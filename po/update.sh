#!/usr/bin/env bash
# Refresh po/zh_CN.po from the sources: new strings appear untranslated, obsolete ones go.
# Then translate the new entries (msgattrib --untranslated po/zh_CN.po lists them).
set -euo pipefail
cd "$(dirname "$0")/.."
xgettext --files-from=po/POTFILES.in --from-code=UTF-8 --add-comments \
  --keyword=_ --keyword=N_ --keyword=C_:1c,2 --keyword=NC_:1c,2 --keyword=g_dngettext:2,3 \
  --keyword=ngettext:1,2 --keyword=g_dpgettext2:2c,3 \
  --package-name=jixiao -o po/jixiao.pot
msgmerge --quiet --update --backup=none --no-fuzzy-matching po/zh_CN.po po/jixiao.pot
msgattrib --no-obsolete -o po/zh_CN.po po/zh_CN.po
rm -f po/jixiao.pot
msgfmt --statistics -o /dev/null po/zh_CN.po
