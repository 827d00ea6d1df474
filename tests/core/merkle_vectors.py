#!/usr/bin/env python3
"""Recomputes tests/core/merkle_vectors.json from RFC 9162's recursive definitions
(section 2.1.1 MTH, 2.1.3.1 PATH, 2.1.4.1 PROOF/SUBPROOF) with nothing but hashlib, so the
C++ implementation is checked against values computed independently of it.

The leaves are audit entries built the way the server builds them (docs/audit-log.md): the
entry's hash is SHA-256 of its canonical JSON without `hash`, chained by prev_hash, and the
Merkle leaf is the canonical JSON with `hash`. The entries hold only ASCII strings and small
integers, for which json.dumps(sort_keys, compact separators) is RFC 8785 canonical JSON.

Run: python3 tests/core/merkle_vectors.py > tests/core/merkle_vectors.json
"""
import hashlib
import json

LEAVES = 13


def canonical(obj):
    return json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


def sha256(data):
    return hashlib.sha256(data).digest()


def leaf_hash(data):
    return sha256(b"\x00" + data)


def node_hash(left, right):
    return sha256(b"\x01" + left + right)


def split(n):
    k = 1
    while k * 2 < n:
        k *= 2
    return k


def mth(leaves):
    if not leaves:
        return sha256(b"")
    if len(leaves) == 1:
        return leaf_hash(leaves[0])
    k = split(len(leaves))
    return node_hash(mth(leaves[:k]), mth(leaves[k:]))


def path(m, leaves):
    if len(leaves) <= 1:
        return []
    k = split(len(leaves))
    if m < k:
        return path(m, leaves[:k]) + [mth(leaves[k:])]
    return path(m - k, leaves[k:]) + [mth(leaves[:k])]


def subproof(m, leaves, b):
    n = len(leaves)
    if m == n:
        return [] if b else [mth(leaves)]
    k = split(n)
    if m <= k:
        return subproof(m, leaves[:k], b) + [mth(leaves[k:])]
    return subproof(m - k, leaves[k:], False) + [mth(leaves[:k])]


def entries(count):
    prev = "0" * 64
    out = []
    for seq in range(1, count + 1):
        entry = {
            "seq": seq,
            "action": "approve" if seq % 3 == 0 else "update",
            "entity_type": "claim",
            "entity_id": "C%d" % seq,
            "summary": "Entry number %d" % seq,
            "changes": {"status": ["submitted", "approved"]},
            "prev_hash": prev,
        }
        entry["hash"] = hashlib.sha256(canonical(entry)).hexdigest()
        prev = entry["hash"]
        out.append(entry)
    return out


def main():
    log = entries(LEAVES)
    leaves = [canonical(e) for e in log]
    hexes = lambda hashes: [h.hex() for h in hashes]
    vectors = {
        "entries": log,
        "leaf_hashes": [leaf_hash(l).hex() for l in leaves],
        "roots": [mth(leaves[:n]).hex() for n in range(LEAVES + 1)],
        "inclusion": [
            {"leaf_index": m, "tree_size": n, "path": hexes(path(m, leaves[:n]))}
            for n in range(1, LEAVES + 1)
            for m in range(n)
        ],
        "consistency": [
            {"first": m, "second": n, "proof": hexes(subproof(m, leaves[:n], True))}
            for n in range(1, LEAVES + 1)
            for m in range(1, n + 1)
        ],
    }
    print(json.dumps(vectors, indent=1, sort_keys=True))


if __name__ == "__main__":
    main()
