#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""validate-schema.py [--ref SCHEMA2]... SCHEMA FILE...

(--ref: a schema SCHEMA refers to by its $id, as the rule-pack schema reuses the document
schema's definitions; FILE may then be a rule pack.)

Validate each FILE (a .jixiao document) as data/FORMAT.md describes it: first the
conventions of its text that a JSON Schema cannot say (UTF-8, strict JSON: no NaN or
Infinity, each member once, nesting at most 64 levels, whole numbers of at most 18 digits,
every number finite, no lone surrogates, NUL or noncharacters in a text), then SCHEMA (JSON Schema draft 2020-12), with the
numbers read as exact decimals so that "at most 6 decimals" (multipleOf 0.000001) is exact.
Exit 0 when every file validates, 1 when some file does not (each error is printed with its
JSON path, e.g. `indicators[2].weight: ...`), 2 on a usage error or an unreadable schema or
file.
"""

import decimal
import json
import sys
from decimal import Decimal

try:
    import jsonschema
except ImportError:
    print("validate-schema.py: python3-jsonschema is not installed (./dev test installs it)", file=sys.stderr)
    sys.exit(1)

MAX_DEPTH = 64
MAX_DIGITS = 18

# Enough digits for `x % 0.000001` on any finite double.
decimal.getcontext().prec = 2000


class Invalid(ValueError):
    pass


def json_path(path):
    out = ""
    for p in path:
        if isinstance(p, int):
            out += f"[{p}]"
        else:
            out += ("." if out else "") + str(p)
    return out or "(root)"


def no_constants(name):
    raise Invalid(f"{name} is not JSON")


def no_duplicates(pairs):
    seen = {}
    for key, value in pairs:
        if key in seen:
            raise Invalid(f"the member “{key}” appears twice in the same object")
        seen[key] = value
    return seen


def check_values(value, path, depth):
    """The conventions of FORMAT.md beyond JSON's grammar, on the parsed value."""
    if isinstance(value, (dict, list)):
        depth += 1
        if depth > MAX_DEPTH:
            raise Invalid(f"{json_path(path)}: nested more than {MAX_DEPTH} levels deep")
        items = value.items() if isinstance(value, dict) else enumerate(value)
        for key, item in items:
            if isinstance(key, str):
                check_text(key, path)
            check_values(item, path + [key], depth)
    elif isinstance(value, str):
        check_text(value, path)
    elif isinstance(value, bool) or value is None:
        pass
    elif isinstance(value, int):
        if len(str(abs(value)).lstrip("0")) > MAX_DIGITS:
            raise Invalid(f"{json_path(path)}: the number {value} is too large")
    elif isinstance(value, Decimal):
        if value != value or abs(float(value)) == float("inf"):
            raise Invalid(f"{json_path(path)}: the number {value} is out of range")


def noncharacter(c):
    code = ord(c)
    return 0xFDD0 <= code <= 0xFDEF or (code & 0xFFFE) == 0xFFFE


def check_text(text, path):
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        raise Invalid(f"{json_path(path)}: the text is not valid Unicode") from None
    for c in text:
        if c == "\0" or noncharacter(c):
            raise Invalid(f"{json_path(path)}: the text holds U+{ord(c):04X}")


def nesting(text):
    """The deepest nesting of objects and lists, outside strings (before parsing, which would
    recurse that deep)."""
    depth = deepest = 0
    in_string = escaped = False
    for c in text:
        if in_string:
            if escaped:
                escaped = False
            elif c == "\\":
                escaped = True
            elif c == '"':
                in_string = False
        elif c == '"':
            in_string = True
        elif c in "{[":
            depth += 1
            deepest = max(deepest, depth)
        elif c in "}]":
            depth -= 1
    return deepest


def load(filename, exact):
    with open(filename, "rb") as f:
        data = f.read()
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        raise Invalid(f"{filename}: not UTF-8 text (byte {e.start})") from None
    depth = nesting(text)
    if depth > MAX_DEPTH:
        raise Invalid(f"{filename}: nested more than {MAX_DEPTH} levels deep")
    try:
        value = json.loads(text, parse_float=Decimal if exact else float,
                           parse_constant=no_constants, object_pairs_hook=no_duplicates)
    except json.JSONDecodeError as e:
        raise Invalid(f"{filename}:{e.lineno}:{e.colno}: {e.msg}") from None
    except Invalid as e:
        raise Invalid(f"{filename}: {e}") from None
    check_values(value, [], 0)
    return value


def is_number(checker, instance):
    return isinstance(instance, (int, Decimal)) and not isinstance(instance, bool)


def is_integer(checker, instance):
    if isinstance(instance, bool):
        return False
    if isinstance(instance, Decimal):
        return instance == instance.to_integral_value()
    return isinstance(instance, int)


def main(argv):
    refs = {}
    while len(argv) > 3 and argv[1] == "--ref":
        try:
            ref = load(argv[2], exact=True)
        except (OSError, ValueError) as e:
            print(f"{argv[2]}: {e}", file=sys.stderr)
            return 2
        refs[ref["$id"]] = ref
        argv = argv[:1] + argv[3:]
    if len(argv) < 3:
        print(__doc__.strip().splitlines()[0], file=sys.stderr)
        return 2

    try:
        schema = load(argv[1], exact=True)
        jsonschema.Draft202012Validator.check_schema(json.loads(open(argv[1], encoding="utf-8").read()))
    except (OSError, ValueError) as e:
        print(f"{argv[1]}: {e}", file=sys.stderr)
        return 2
    except jsonschema.exceptions.SchemaError as e:
        print(f"{argv[1]}: invalid schema at {json_path(e.absolute_path)}: {e.message}",
              file=sys.stderr)
        return 2

    types = jsonschema.Draft202012Validator.TYPE_CHECKER.redefine_many(
        {"number": is_number, "integer": is_integer})
    Validator = jsonschema.validators.extend(jsonschema.Draft202012Validator, type_checker=types)
    if refs:
        resolver = jsonschema.RefResolver.from_schema(schema, store=refs)
        validator = Validator(schema, resolver=resolver)
    else:
        validator = Validator(schema)
    status = 0
    for filename in argv[2:]:
        try:
            doc = load(filename, exact=True)
        except OSError as e:
            print(f"{filename}: {e.strerror}", file=sys.stderr)
            status = 2
            continue
        except Invalid as e:
            message = str(e)
            print(message if message.startswith(filename) else f"{filename}: {message}")
            status = max(status, 1)
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
