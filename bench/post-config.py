#!/usr/bin/env python3
"""A curl config (-K) that POSTs COUNT JSON bodies, BODY with every {n} replaced by 0..COUNT-1.
Usage: post-config.py COUNT URL CACERT TOKEN BODY > FILE; then curl --parallel -K FILE."""
import sys

count, url, cacert, token, body = sys.argv[1:]


def quoted(text):
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


blocks = []
for n in range(int(count)):
    blocks.append("\n".join([
        "url = " + quoted(url),
        "cacert = " + quoted(cacert),
        "header = " + quoted("Authorization: Bearer " + token),
        "header = " + quoted("Content-Type: application/json"),
        "data = " + quoted(body.replace("{n}", str(n))),
        'output = "/dev/null"',
        'write-out = "%{http_code}\\n"',
    ]))
print("\nnext\n".join(blocks))
