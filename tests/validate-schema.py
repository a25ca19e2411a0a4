#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""validate-schema.py SCHEMA FILE...

Validate each FILE (a .jixiao document) against SCHEMA (JSON Schema draft 2020-12).
Exit 0 when every file validates, 1 when some file does not (each error is printed
with its JSON path, e.g. `indicators[2].weight: ...`), 2 on a usage error or an
unreadable schema or file.
"""

import json
import sys

try:
    import jsonschema
except ImportError:
    print("validate-schema.py: python3-jsonschema is not installed (./dev test installs it)", file=sys.stderr)
    sys.exit(1)


def json_path(path):
    out = ""
    for p in path:
        if isinstance(p, int):
            out += f"[{p}]"
        else:
            out += ("." if out else "") + str(p)
    return out or "(root)"


def load(filename):
    with open(filename, encoding="utf-8") as f:
        text = f.read()
    try:
        return json.loads(text)
    except json.JSONDecodeError as e:
        raise ValueError(f"{filename}:{e.lineno}:{e.colno}: {e.msg}") from None


def main(argv):
    if len(argv) < 3:
        print(__doc__.strip().splitlines()[0], file=sys.stderr)
        return 2

    try:
        schema = load(argv[1])
        jsonschema.Draft202012Validator.check_schema(schema)
    except (OSError, ValueError) as e:
        print(f"{argv[1]}: {e}", file=sys.stderr)
        return 2
    except jsonschema.exceptions.SchemaError as e:
        print(f"{argv[1]}: invalid schema at {json_path(e.absolute_path)}: {e.message}",
              file=sys.stderr)
        return 2

    validator = jsonschema.Draft202012Validator(schema)
    status = 0
    for filename in argv[2:]:
        try:
            doc = load(filename)
        except OSError as e:
            print(f"{filename}: {e.strerror}", file=sys.stderr)
            status = 2
            continue
        except ValueError as e:
            print(str(e), file=sys.stderr)
            status = 2
            continue

        errors = sorted(validator.iter_errors(doc),
                        key=lambda e: [(0, p, "") if isinstance(p, int) else (1, 0, str(p))
                                       for p in e.absolute_path])
        for e in errors:
            print(f"{filename}: {json_path(e.absolute_path)}: {e.message}")
        if errors:
            status = max(status, 1)
        else:
            print(f"{filename}: valid")
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv))
