#!/usr/bin/env bash
# Fails when a translatable string of the sources is missing from po/zh_CN.po, untranslated
# or fuzzy, or when a source file with translatable text is not in po/POTFILES.in.
set -euo pipefail
src=${1:?source dir}
cd "$src"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

status=0
# Every file with translatable text must be listed.
while IFS= read -r f; do
  if grep -qE '(_\(|N_\(|C_\(|translatable="yes")' "$f" && ! grep -qxF "$f" po/POTFILES.in; then
    echo "not in po/POTFILES.in but has translatable text: $f"
    status=1
  fi
done < <(find src ui -name '*.c' -o -name '*.ui' | sort)

# The list is sorted and every entry exists.
if ! LC_ALL=C sort -c po/POTFILES.in 2>/dev/null; then
  echo "po/POTFILES.in is not sorted (LC_ALL=C sort)"
  status=1
fi
while IFS= read -r f; do
  [ -z "$f" ] || [ "${f:0:1}" = "#" ] || [ -e "$f" ] || { echo "po/POTFILES.in lists a missing file: $f"; status=1; }
done < po/POTFILES.in

xgettext --files-from=po/POTFILES.in --from-code=UTF-8 --add-comments \
  --keyword=_ --keyword=N_ --keyword=C_:1c,2 --keyword=NC_:1c,2 --keyword=g_dngettext:2,3 \
  --keyword=ngettext:1,2 --keyword=g_dpgettext2:2c,3 \
  -o "$tmp/jixiao.pot" 2>"$tmp/xgettext.err" || { cat "$tmp/xgettext.err"; exit 1; }
msgmerge --quiet --no-fuzzy-matching -o "$tmp/merged.po" po/zh_CN.po "$tmp/jixiao.pot"
msgfmt --check -o /dev/null po/zh_CN.po
stats=$(msgfmt --statistics -o /dev/null "$tmp/merged.po" 2>&1)
echo "zh_CN: $stats"
if echo "$stats" | grep -qE 'untranslated|fuzzy'; then
  echo "Untranslated or fuzzy strings:"
  msgattrib --untranslated --only-fuzzy "$tmp/merged.po" 2>/dev/null | grep '^msgid' | head -40
  msgattrib --untranslated "$tmp/merged.po" | grep -A1 '^msgid' | head -80
  status=1
fi
exit $status
