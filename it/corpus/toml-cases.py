#!/usr/bin/env python3
"""Writes the TOML parity cases with the verdict of the tool of record.

pre-commit-hooks' check-toml loads each file with Python's tomllib (TOML 1.0) and fails on any
error, including invalid UTF-8. This script runs every case below through tomllib the same way
(bytes in, `tomllib.loads(data.decode())`) and writes one line per case:

    id <TAB> valid|invalid <TAB> content, escaped (\\n \\r \\t \\\\ and \\xNN for other bytes)

Usage: python3 it/corpus/toml-cases.py > core/src/test/resources/files/toml-parity.tsv
(Python 3.11+). SyntaxTomlParityTest reads the file and expects the same verdict from the check.
"""
import sys
import tomllib

CASES = [
    # --- valid documents
    ("empty", b""),
    ("only-comments", b"# a comment\n# another\n"),
    ("whitespace-only", b"  \t\n\n"),
    ("no-final-newline", b"a = 1"),
    ("crlf", b"a = 1\r\n[t]\r\nb = 'x'\r\n"),
    ("basic-strings", b'a = "tab\\t quote\\" u\\u00e9 U\\U0001F600 \\b\\f\\n\\r\\\\"\n'),
    ("literal-string", b"a = 'C:\\Users\\nodejs\\templates'\n"),
    ("literal-tab", b'a = "x\ty"\nb = \'x\ty\'\n'),
    ("multiline-basic", b'a = """\nRoses are red\nViolets are blue"""\n'),
    ("multiline-line-ending-backslash", b'a = """\\\n    The quick \\\n    brown fox."""\n'),
    ("multiline-quotes-inside", b'a = """Here are two quotation marks: "". Simple."""\nb = """a""""\nc = """a"""""\n'),
    ("multiline-literal", b"a = '''\nThe first newline is\ntrimmed in raw strings.\n'''\nb = '''a'''''\n"),
    ("integers", b"a = +99\nb = -17\nc = 0\nd = +0\ne = -0\nf = 1_000\ng = 0xDEADbeef\nh = 0o755\ni = 0b1101\n"),
    ("big-integer", b"a = 9223372036854775808\n"),
    ("floats", b"a = +1.0\nb = 3.1415\nc = -0.01\nd = 5e+22\ne = 1e06\nf = -2E-2\ng = 6.626e-34\nh = 224_617.445_991\n"),
    ("special-floats", b"a = inf\nb = +inf\nc = -inf\nd = nan\ne = +nan\nf = -nan\n"),
    ("huge-float", b"a = 1e400\n"),
    ("booleans", b"a = true\nb = false\n"),
    ("offset-datetime", b"a = 1979-05-27T07:32:00Z\nb = 1979-05-27T00:32:00-07:00\nc = 1979-05-27T00:32:00.999999-07:00\nd = 1979-05-27 07:32:00Z\ne = 1979-05-27t07:32:00z\n"),
    ("local-datetime", b"a = 1979-05-27T07:32:00\nb = 1979-05-27T00:32:00.999999\n"),
    ("local-date-time", b"a = 1979-05-27\nb = 07:32:00\nc = 00:32:00.999999\n"),
    ("nanosecond-fraction", b"a = 1979-05-27T07:32:00.999999999Z\n"),
    ("leap-day", b"a = 2024-02-29\n"),
    ("arrays", b"a = [ 1, 2, 3 ]\nb = [ \"red\", 'yellow' ]\nc = [ [ 1, 2 ], [\"a\", 'b'] ]\nd = [ 0.1, \"x\", {x = 1} ]\ne = [\n  1, # one\n  2,\n]\nf = []\n"),
    ("keys", b'bare_key-1 = 1\n1234 = 2\n"quoted key" = 3\n\'literal key\' = 4\n"" = 5\ntrue = 6\n'),
    ("dotted-keys", b'name = "Orange"\nphysical.color = "orange"\nphysical.shape = "round"\nsite."google.com" = true\n3.14159 = "pi"\n'),
    ("dotted-key-whitespace", b'fruit. color = "yellow"\nfruit . flavor = "banana"\n'),
    ("tables", b"[table-1]\nkey1 = 1\n\n[table-2]\nkey1 = 2\n\n[ dog . \"tater.man\" ]\ntype.name = \"pug\"\n"),
    ("super-table-after", b"[x.y.z.w]\n[x]\n"),
    ("dotted-then-subtable", b"[fruit]\napple.color = \"red\"\napple.taste.sweet = true\n[fruit.apple.texture]\nsmooth = true\n"),
    ("inline-tables", b'name = { first = "Tom", last = "Preston-Werner" }\npoint = { x = 1, y = 2 }\nanimal = { type.name = "pug" }\ne = {}\n'),
    ("array-of-tables", b'[[products]]\nname = "Hammer"\n[[products]]\n[[products]]\nname = "Nail"\n'),
    ("array-of-tables-nested", b'[[fruits]]\nname = "apple"\n[fruits.physical]\ncolor = "red"\n[[fruits.varieties]]\nname = "red delicious"\n[[fruits]]\nname = "banana"\n[[fruits.varieties]]\nname = "plantain"\n'),
    ("comment-after-values", b"a = 1 # one\n[t] # table\n[[u]] # array\n"),
    ("utf8-content", "a = \"\u00e9t\u00e9 \u2713 \U0001F600\"\n# caf\u00e9\n".encode()),
    ("pyproject", b'[build-system]\nrequires = ["setuptools>=61"]\nbuild-backend = "setuptools.build_meta"\n\n[project]\nname = "demo"\nversion = "0.1.0"\ndependencies = [\n  "requests>=2",\n]\n\n[tool.ruff.lint]\nselect = ["E", "F"]\n'),
    ("cargo", b'[package]\nname = "demo"\nversion = "0.1.0"\nedition = "2021"\n\n[dependencies]\nserde = { version = "1", features = ["derive"] }\n\n[profile.release]\nlto = true\n'),
    # --- duplicate keys and redefined tables
    ("duplicate-key", b"a = 1\na = 2\n"),
    ("duplicate-key-quoted", b'a = 1\n"a" = 2\n'),
    ("duplicate-key-in-table", b"[t]\na = 1\nb = 2\na = 3\n"),
    ("duplicate-table", b"[fruit]\napple = 'red'\n[fruit]\norange = 'orange'\n"),
    ("table-over-key", b"[fruit]\napple = 'red'\n[fruit.apple]\ntexture = 'smooth'\n"),
    ("dotted-over-value", b"a = 1\na.b = 2\n"),
    ("table-over-dotted-keys", b"[fruit]\napple.color = 'red'\n[fruit.apple]\n"),
    ("root-dotted-then-table", b"a.b = 1\n[a]\n"),
    ("inline-table-extended-by-dotted", b"a = {x = 1}\na.y = 2\n"),
    ("inline-table-extended-by-header", b"a = {x = 1}\n[a.b]\n"),
    ("empty-inline-table-then-header", b"a = {}\n[a]\n"),
    ("inline-table-duplicate-key", b"a = {b = 1, b = 2}\n"),
    ("inline-table-dotted-conflict", b"a = {b.c = 1, b = {d = 1}}\n"),
    ("inline-table-dotted-ok", b"a = {b.c = 1, b.d = 2}\n"),
    ("static-array-then-array-of-tables", b"a = []\n[[a]]\n"),
    ("array-of-tables-then-table", b"[[a]]\n[a]\n"),
    ("table-then-array-of-tables", b"[a]\n[[a]]\n"),
    ("inline-array-of-tables-appended", b"a = [{b = 1}]\n[[a]]\n"),
    ("array-of-tables-over-key", b"[a]\nb = 1\n[[a.b]]\n"),
    ("subtable-twice-in-array", b"[[a]]\n[a.b]\n[a.b]\n"),
    ("dotted-keys-extend-header-table", b"[a.b.c]\nz = 9\n[a]\nb.c.t = 1\n"),
    ("dotted-keys-extend-array-of-tables", b"[[tab.arr]]\n[tab]\narr.val1 = 1\n"),
    # --- strings and escapes
    ("invalid-escape", b'a = "\\q"\n'),
    ("hex-escape", b'a = "\\x41"\n'),
    ("escape-e", b'a = "\\e"\n'),
    ("surrogate-escape", b'a = "\\uD800"\n'),
    ("escape-beyond-unicode", b'a = "\\U00110000"\n'),
    ("short-unicode-escape", b'a = "\\u12"\n'),
    ("unterminated-string", b'a = "abc\n'),
    ("newline-in-basic-string", b'a = "a\nb"\n'),
    ("newline-in-literal-string", b"a = 'a\nb'\n"),
    ("six-quotes-close", b'a = """a""""""\n'),
    ("nul-in-string", b'a = "a\x00b"\n'),
    ("del-in-string", b'a = "a\x7fb"\n'),
    ("control-in-comment", b"a = 1 # bell \x07\n"),
    ("bare-cr", b"a = 1\rb = 2\n"),
    ("unicode-bare-key", "\u00e9 = 1\n".encode()),
    ("invalid-utf8", b'a = "\xe9t\xe9"\n'),
    ("invalid-utf8-in-comment", b"# caf\xe9\na = 1\n"),
    ("bom", b"\xef\xbb\xbfa = 1\n"),
    # --- numbers
    ("leading-zero", b"a = 01\n"),
    ("plus-hex", b"a = +0x1\n"),
    ("double-underscore", b"a = 1__2\n"),
    ("leading-underscore", b"a = _1\n"),
    ("trailing-underscore", b"a = 1_\n"),
    ("float-trailing-dot", b"a = 1.\n"),
    ("float-leading-dot", b"a = .5\n"),
    ("float-bare-exponent", b"a = 1e\n"),
    ("float-leading-zero", b"a = 03.14\n"),
    ("upper-hex-prefix", b"a = 0X1\n"),
    ("binary-digit-2", b"a = 0b102\n"),
    ("empty-hex", b"a = 0x\n"),
    ("capital-inf", b"a = Inf\n"),
    ("capital-true", b"a = True\n"),
    # --- dates and times
    ("feb-30", b"a = 1979-02-30\n"),
    ("month-13", b"a = 1979-13-01\n"),
    ("feb-29-non-leap", b"a = 2023-02-29\n"),
    ("hour-24", b"a = 24:00:00\n"),
    ("second-60", b"a = 07:32:60\n"),
    ("time-without-seconds", b"a = 07:32\n"),
    ("datetime-trailing-t", b"a = 1979-05-27T\n"),
    ("fraction-without-digits", b"a = 07:32:00.\n"),
    ("offset-25h", b"a = 1979-05-27T07:32:00+25:00\n"),
    ("one-digit-day", b"a = 1979-05-7\n"),
    # --- structure
    ("missing-value", b"a =\n"),
    ("missing-equals", b"a 1\n"),
    ("two-pairs-one-line", b"a = 1 b = 2\n"),
    ("empty-bare-key", b"= 1\n"),
    ("inline-table-newline", b"a = {x = 1,\n y = 2}\n"),
    ("inline-table-trailing-comma", b"a = {x = 1,}\n"),
    ("array-double-comma", b"a = [1,,2]\n"),
    ("array-unclosed", b"a = [1, 2\n"),
    ("table-header-unclosed", b"[a\nb = 1\n"),
    ("table-header-extra-bracket", b"[a]]\n"),
    ("empty-table-name", b"[]\n"),
    ("array-of-tables-spaced-brackets", b"[ [a] ]\n"),
    ("text-after-table-header", b"[a] b = 1\n"),
    ("key-only", b"key\n"),
    ("yaml-not-toml", b"a: 1\nb: 2\n"),
]


def escape(data):
    out = []
    for b in data:
        c = chr(b)
        if c == "\\":
            out.append("\\\\")
        elif c == "\n":
            out.append("\\n")
        elif c == "\r":
            out.append("\\r")
        elif c == "\t":
            out.append("\\t")
        elif 0x20 <= b < 0x7F:
            out.append(c)
        else:
            out.append("\\x%02X" % b)
    return "".join(out)


def verdict(data):
    try:
        tomllib.loads(data.decode())
        return "valid"
    except (tomllib.TOMLDecodeError, UnicodeDecodeError):
        return "invalid"


ids = [c[0] for c in CASES]
assert len(ids) == len(set(ids)), "duplicate case id"
print("# generated by it/corpus/toml-cases.py: id, tomllib's verdict (Python %d.%d), escaped content"
      % sys.version_info[:2])
for name, data in CASES:
    print("%s\t%s\t%s" % (name, verdict(data), escape(data)))
