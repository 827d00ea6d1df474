#!/usr/bin/env python3
"""Recomputes tests/core/note_vectors.json: a C2SP signed checkpoint note over the 13-leaf tree
of merkle_vectors.json, signed with a fixed Ed25519 key (seed 00 01 02 ... 1f) by openssl, so
the C++ signer and verifier are checked against an independent Ed25519 implementation.
Needs python3 and openssl (1.1.1 or newer, for pkeyutl -rawin).

Run: python3 tests/core/note_vectors.py > tests/core/note_vectors.json
"""
import base64
import hashlib
import json
import os
import subprocess
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = bytes(range(32))
KEY_NAME = "example.test"
ORIGIN = KEY_NAME + "/11111111-2222-3333-4444-555555555555"
# DER wrappers of RFC 8410 for a raw Ed25519 private key (seed) and public key.
PRIVATE_PREFIX = bytes.fromhex("302e020100300506032b657004220420")
PUBLIC_PREFIX = bytes.fromhex("302a300506032b6570032100")


WITNESS_SEED = bytes(range(32, 64))
WITNESS_NAME = "witness.test"
WITNESS_TIME = 1700000000


def sign(seed, message_bytes):
    """Ed25519 by openssl: (raw public key, signature)."""
    with tempfile.TemporaryDirectory() as tmp:
        priv = os.path.join(tmp, "priv.der")
        open(priv, "wb").write(PRIVATE_PREFIX + seed)
        public = subprocess.run(["openssl", "pkey", "-inform", "DER", "-in", priv, "-pubout",
                                 "-outform", "DER"], check=True, capture_output=True).stdout
        message = os.path.join(tmp, "text")
        open(message, "wb").write(message_bytes)
        signature = subprocess.run(["openssl", "pkeyutl", "-sign", "-inkey", priv, "-keyform",
                                    "DER", "-rawin", "-in", message],
                                   check=True, capture_output=True).stdout
    return public[len(PUBLIC_PREFIX):], signature


def cosignature(text):
    """A C2SP tlog-cosignature/v1 line over the checkpoint text (docs/audit-log.md)."""
    message = b"cosignature/v1\ntime %d\n" % WITNESS_TIME + text
    public_key, signature = sign(WITNESS_SEED, message)
    key_hash = hashlib.sha256(WITNESS_NAME.encode() + b"\n\x04" + public_key).digest()[:4]
    line = "\u2014 ".encode() + WITNESS_NAME.encode() + b" " + base64.b64encode(
        key_hash + WITNESS_TIME.to_bytes(8, "big") + signature) + b"\n"
    return {"seed": WITNESS_SEED.hex(), "public_key": public_key.hex(), "name": WITNESS_NAME,
            "timestamp": WITNESS_TIME, "line": line.decode()}


def main():
    vectors = json.load(open(os.path.join(HERE, "merkle_vectors.json")))
    root = bytes.fromhex(vectors["roots"][13])
    text = ("%s\n13\n%s\n" % (ORIGIN, base64.b64encode(root).decode())).encode()
    with tempfile.TemporaryDirectory() as tmp:
        priv = os.path.join(tmp, "priv.der")
        open(priv, "wb").write(PRIVATE_PREFIX + SEED)
        public = subprocess.run(["openssl", "pkey", "-inform", "DER", "-in", priv, "-pubout",
                                 "-outform", "DER"], check=True, capture_output=True).stdout
        message = os.path.join(tmp, "text")
        open(message, "wb").write(text)
        signature = subprocess.run(["openssl", "pkeyutl", "-sign", "-inkey", priv, "-keyform",
                                    "DER", "-rawin", "-in", message],
                                   check=True, capture_output=True).stdout
    public_key = public[len(PUBLIC_PREFIX):]
    key_hash = hashlib.sha256(KEY_NAME.encode() + b"\n\x01" + public_key).digest()[:4]
    note = text + b"\n" + "\u2014 ".encode() + KEY_NAME.encode() + b" " + \
        base64.b64encode(key_hash + signature) + b"\n"
    print(json.dumps({
        "seed": SEED.hex(),
        "public_key": public_key.hex(),
        "key_name": KEY_NAME,
        "key_hash": key_hash.hex(),
        "verifier_key": "%s+%s+%s" % (KEY_NAME, key_hash.hex(),
                                      base64.b64encode(b"\x01" + public_key).decode()),
        "origin": ORIGIN,
        "tree_size": 13,
        "root": vectors["roots"][13],
        "note": note.decode(),
        "cosignature": cosignature(text),
    }, indent=1, sort_keys=True, ensure_ascii=False))


if __name__ == "__main__":
    main()
