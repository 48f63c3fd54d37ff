"""The dialect gap, Python side: reads the verdicts of dialect.mjs (ajv's regular expressions)
from standard input and checks that Python's re.search (what jsonschema uses for `pattern`)
matches exactly the same probe strings for every pattern of the committed schemas."""
import json
import re
import sys


def probes(c):
    return [c, c + c, "370502" + c, c + "370502", "37050" + c, "370502\n" + c]


def code_points():
    """As dialect.mjs: the BMP but surrogates, and every 61st code point beyond (with each
    plane's ends)."""
    for code in range(0x110000):
        if 0xD800 <= code < 0xE000:
            continue
        if code > 0xFFFF and code % 61 and code & 0xFFFF not in (0, 0xFFFF):
            continue
        yield code


def main():
    verdicts = json.load(sys.stdin)
    failed = 0
    for pattern, matched in verdicts.items():
        regex = re.compile(pattern)
        python = []
        for code in code_points():
            for index, probe in enumerate(probes(chr(code))):
                if regex.search(probe):
                    python.append(f"{code:x}:{index}")
        differ = sorted(set(python) ^ set(matched))
        if differ:
            failed += 1
            print(f"FAIL dialect {pattern!r}: ajv and Python differ on {differ[:12]}")
        else:
            print(f"ok dialect {pattern!r}: ajv and Python agree on every probe ({len(matched)} matching) of the probed code points")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
