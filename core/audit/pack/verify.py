#!/usr/bin/env python3
"""Verifies a Mizan evidence pack offline.

Usage:  python3 verify.py [PACKDIR] [--trusted CHECKPOINT_FILE] [--json] [--openssl PATH]

PACKDIR defaults to the folder this script is in. Needs python3 (standard library only) and the
openssl command line (OpenSSL 3.0 or later) for the Ed25519 signatures.

It makes the checks Mizan's own verifier makes (mizan-cli audit verify-pack) and reaches the same
verdict: the signed manifest and every file's SHA-256, the public keys, every checkpoint's
signatures, and
  - for a complete pack, the whole log: sequence numbers without gaps, the hash chain, each
    entry's canonical form and leaf hash, the Merkle root at every checkpoint, a checkpoint every
    100 entries and one co-signed by the user at each of their logouts;
  - for a filtered pack, each entry's inclusion proof in the newest checkpoint and the chain
    between entries that follow each other;
  - the consistency proofs between consecutive checkpoints (the log only grew);
  - with --trusted, a checkpoint kept earlier: the pack must extend it (no rollback, no fork).

A pack exported from a workspace carries the workspace's classification marking in its signed
manifest; for a pack that verifies, a line "Marking: <classification> · exported by <user> ·
<time> UTC" follows the verdict.

Exit status: 0 all good, 5 tampering found (the verdict names the first bad entry and why),
1 usage or I/O errors (the pack folder or the trusted file cannot be read, openssl is missing).
See VERIFY.md for what this proves and for checking the same by hand with a shell.
"""

import argparse
import base64
import binascii
import datetime
import hashlib
import json
import os
import re
import shutil
import stat
import subprocess
import sys
import tempfile

try:
    from concurrent.futures import ThreadPoolExecutor
except ImportError:  # pragma: no cover
    ThreadPoolExecutor = None

FORMAT = "mizan.evidence-pack/1"
MAX_SMALL_FILE = 64 * 1024 * 1024  # manifest, keys, notes, proofs
MAX_NOTE_BYTES = 64 * 1024
MAX_PEM_BYTES = 4096
MAX_LINE = 1024 * 1024  # an entries.jsonl line, its newline included
MAX_PROOF_HASHES = 128
CHECKPOINT_INTERVAL = 100
EXIT_OK, EXIT_FAILURE, EXIT_TAMPERED = 0, 1, 5
DASH = "\u2014 ".encode("utf-8")  # "— " starts a signature line
ZERO_HASH = bytes(32)
# DER SubjectPublicKeyInfo of an Ed25519 key, before the 32 raw key bytes (RFC 8410).
ED25519_SPKI_PREFIX = bytes.fromhex("302a300506032b6570032100")
ENTRY_KEYS = ["action", "actor", "details", "outcome", "prev_hash", "role", "seq", "target", "time"]
MARKING_KEYS = ["classification", "exported_at", "exported_by"]
MARKING_TIME = re.compile(r"([0-9]{4})-([0-9]{2})-([0-9]{2})T([01][0-9]|2[0-3]):([0-5][0-9]):"
                          r"([0-5][0-9])\.[0-9]{3}Z\Z")
INT64_MIN, INT64_MAX = -(2 ** 63), 2 ** 63 - 1


class Broken(Exception):
    """Tampering: `problem` says what, `seq` names the first bad entry (0: not about one)."""

    def __init__(self, problem, seq=0):
        Exception.__init__(self, problem)
        self.problem = problem
        self.seq = seq


class Failure(Exception):
    """A usage or I/O error: no verdict about the pack (exit status 1)."""


class NoteError(Exception):
    def __init__(self, line, why):
        Exception.__init__(self, "The checkpoint is not a valid signed note: line %d: %s."
                           % (line, why))


# ---------------------------------------------------------------------------------------------
# Hashes and the Merkle tree (RFC 6962 / RFC 9162)

def sha256(data):
    return hashlib.sha256(data).digest()


def leaf_hash(data):
    return sha256(b"\x00" + data)


def node_hash(left, right):
    return sha256(b"\x01" + left + right)


def verify_inclusion(leaf, index, tree_size, proof, root):
    """RFC 9162 section 2.1.3.2."""
    if index < 0 or index >= tree_size:
        return False
    fn, sn, r = index, tree_size - 1, leaf
    for p in proof:
        if sn == 0:
            return False
        if (fn & 1) or fn == sn:
            r = node_hash(p, r)
            while not (fn & 1) and fn != 0:
                fn >>= 1
                sn >>= 1
        else:
            r = node_hash(r, p)
        fn >>= 1
        sn >>= 1
    return sn == 0 and r == root


def is_power_of_two(n):
    return n > 0 and n & (n - 1) == 0


def verify_consistency(first, second, first_root, second_root, proof):
    """RFC 9162 section 2.1.4.2."""
    if first <= 0 or first > second:
        return False
    if first == second:
        return not proof and first_root == second_root
    if not proof:
        return False
    path = list(proof)
    if is_power_of_two(first):
        path.insert(0, first_root)
    fn, sn = first - 1, second - 1
    while fn & 1:
        fn >>= 1
        sn >>= 1
    fr = sr = path[0]
    for c in path[1:]:
        if sn == 0:
            return False
        if (fn & 1) or fn == sn:
            fr = node_hash(c, fr)
            sr = node_hash(c, sr)
            while not (fn & 1) and fn != 0:
                fn >>= 1
                sn >>= 1
        else:
            sr = node_hash(sr, c)
        fn >>= 1
        sn >>= 1
    return fr == first_root and sr == second_root and sn == 0


class CompactRange:
    """The right edge of a Merkle tree: its root after each appended leaf, in O(log n) memory."""

    def __init__(self):
        self.size = 0
        self.subtrees = []  # [level, hash], largest first

    def append(self, leaf):
        self.subtrees.append([0, leaf])
        self.size += 1
        while len(self.subtrees) >= 2 and self.subtrees[-2][0] == self.subtrees[-1][0]:
            right = self.subtrees.pop()
            self.subtrees[-1] = [right[0] + 1, node_hash(self.subtrees[-1][1], right[1])]

    def root(self):
        if not self.subtrees:
            return sha256(b"")
        r = self.subtrees[-1][1]
        for _, h in reversed(self.subtrees[:-1]):
            r = node_hash(h, r)
        return r


# ---------------------------------------------------------------------------------------------
# JSON, read strictly, and read the way the C++ verifier (Qt's QJsonValue) reads values

MAX_JSON_DEPTH = 1024  # as Qt's JSON parser, which Mizan's own verifier uses


def _no_constant(name):
    raise ValueError("%s is not JSON" % name)


def _finite(text):
    value = float(text)
    if value in (float("inf"), float("-inf")):
        raise ValueError("illegal number %s" % text)
    return value


def _depth(value):
    deepest, todo = 0, [(value, 1)]
    while todo:
        v, depth = todo.pop()
        if isinstance(v, dict):
            v = list(v.values())
        elif not isinstance(v, list):
            continue
        deepest = max(deepest, depth)
        todo.extend((item, depth + 1) for item in v)
    return deepest


_DECODER = json.JSONDecoder(parse_constant=_no_constant, parse_float=_finite, strict=False)


def parse_json(data, decoder=_DECODER):
    """JSON from UTF-8 bytes, read as Qt reads it: a later duplicate key wins; NaN, Infinity
    and numbers out of range are errors, and so is nesting deeper than 1024."""
    text = data.decode("utf-8")
    if text.startswith("\ufeff"):
        text = text[1:]
    value = decoder.decode(text)
    if data.count(b"[") + data.count(b"{") > MAX_JSON_DEPTH and _depth(value) > MAX_JSON_DEPTH:
        raise ValueError("too deeply nested document")
    return value


def as_str(v):
    return v if isinstance(v, str) else ""


def as_obj(v):
    return v if isinstance(v, dict) else {}


def as_list(v):
    return v if isinstance(v, list) else []


def as_bool(v):
    return v if isinstance(v, bool) else False


def as_int(v, default=0):
    """An integral number that fits 64 bits, else `default`."""
    if isinstance(v, bool):
        return default
    if isinstance(v, int):
        return v if INT64_MIN <= v <= INT64_MAX else default
    if isinstance(v, float) and v.is_integer() and INT64_MIN <= v < 2.0 ** 63:
        return int(v)
    return default


def hash32(v):
    """A SHA-256 as 64 lower-case hex digits, else None."""
    if not isinstance(v, str) or len(v) != 64:
        return None
    try:
        raw = bytes.fromhex(v)
    except ValueError:
        return None
    return raw if raw.hex() == v else None


def hash_list(v):
    if not isinstance(v, list) or len(v) > MAX_PROOF_HASHES:
        return None
    out = []
    for item in v:
        h = hash32(item)
        if h is None:
            return None
        out.append(h)
    return out


def parse_marking(v):
    """The manifest's classification marking: exactly classification (not empty), exported_by
    and exported_at (UTC, as 2026-11-27T14:05:09.123Z, a real date and time), all strings.
    None when it is anything else."""
    if not isinstance(v, dict) or sorted(v) != MARKING_KEYS:
        return None
    if not all(isinstance(v[k], str) for k in MARKING_KEYS) or not v["classification"]:
        return None
    m = MARKING_TIME.match(v["exported_at"])
    if m is None:
        return None
    try:
        datetime.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None
    return dict(v)


def marking_text(marking):
    """The marking as Mizan prints it: RESTRICTED · exported by nour · 2026-11-27 14:05 UTC."""
    at = marking["exported_at"]
    return "%s \u00b7 exported by %s \u00b7 %s %s UTC" % (marking["classification"],
                                                         marking["exported_by"], at[:10],
                                                         at[11:16])


def utf16_order(text):
    """The order of QString::compare, which sorts checkpoint files in the C++ verifier."""
    return text.encode("utf-16-be", "surrogatepass")


def canonical_json(value):
    """The bytes AuditEntry::canonicalBytes writes: UTF-8, keys sorted (by code point, as Qt's
    QJsonObject keeps them), no spaces, no escapes but the ones JSON needs (short forms, else
    \\u00xx). Numbers other than 64-bit integers are never canonical: parse_entry sees to it."""
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"),
                      allow_nan=False).encode("utf-8")


class Entry:
    __slots__ = ("seq", "time", "actor", "action", "outcome", "prev_hash", "leaf_hash", "fields")

    def renumbered_leaf(self):
        """The leaf hash this entry had as entry seq - 1 (before one was inserted in front)."""
        if self.seq <= 1:
            return None
        fields = dict(self.fields)
        fields["seq"] = self.seq - 1
        return leaf_hash(canonical_json(fields))


_never_canonical = []  # numbers Mizan never writes: with a fraction, or beyond 64 bits


def _entry_float(text):
    _never_canonical.append(text)
    return _finite(text)


def _entry_int(text):
    value = int(text)
    if not INT64_MIN < value <= INT64_MAX:
        _never_canonical.append(text)
    return value


_ENTRY_DECODER = json.JSONDecoder(parse_constant=_no_constant, parse_float=_entry_float,
                                  parse_int=_entry_int, strict=False)


def parse_entry(line):
    """One line of entries.jsonl (without its newline); ValueError says why it is not valid."""
    del _never_canonical[:]
    try:
        o = parse_json(line, _ENTRY_DECODER)
    except RecursionError:
        raise ValueError("not a JSON object (too deeply nested document)")
    except UnicodeDecodeError as e:
        raise ValueError("not a JSON object (invalid UTF-8 at byte %d)" % e.start)
    except json.JSONDecodeError as e:
        text = line.decode("utf-8")
        bom = 1 if text.startswith("\ufeff") else 0  # parse_json skipped it
        at = len(text[:e.pos + bom].encode("utf-8"))
        raise ValueError("not a JSON object (%s at byte %d)" % (e.msg, at))
    except ValueError as e:
        raise ValueError("not a JSON object (%s)" % e)
    if not isinstance(o, dict):  # the same words as Mizan's own verifier (Qt's parser)
        raise ValueError("not a JSON object (%s at byte 0)"
                         % ("no error occurred" if isinstance(o, list) else "illegal value"))
    if sorted(o) != ENTRY_KEYS:
        raise ValueError("the fields must be exactly %s" % ", ".join(ENTRY_KEYS))
    for key in ("actor", "role", "action", "target", "outcome", "prev_hash"):
        if not isinstance(o[key], str):
            raise ValueError("field %s is not a string" % key)
    if not isinstance(o["details"], dict):
        raise ValueError("field details is not an object")
    e = Entry()
    e.seq = as_int(o["seq"], -1)
    e.time = as_int(o["time"], -1)
    if e.seq < 1 or e.time < 0:
        raise ValueError("seq and time must be non-negative integers")
    e.actor, e.action, e.outcome = o["actor"], o["action"], o["outcome"]
    e.prev_hash = hash32(o["prev_hash"])
    if e.prev_hash is None:
        raise ValueError("prev_hash is not 64 lower-case hexadecimal digits")
    try:
        canonical = None if _never_canonical else canonical_json(o)
    except (UnicodeError, ValueError, RecursionError):  # a lone surrogate cannot be UTF-8
        canonical = None
    if canonical != line:
        raise ValueError("the line is not in canonical form")
    e.leaf_hash = leaf_hash(line)
    e.fields = o
    return e


# ---------------------------------------------------------------------------------------------
# Signed notes (c2sp.org/signed-note) and checkpoints (c2sp.org/tlog-checkpoint)

def strict_base64(text, size):
    try:
        raw = base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError):
        return None
    if len(raw) != size or base64.b64encode(raw) != text:
        return None
    return raw


def is_key_name(name):
    return 0 < len(name) <= 256 and all(b > 0x20 and b not in (0x2B, 0x7F) for b in name)


def key_id(name, public_key):
    """The first 4 bytes of SHA-256(key name || "\\n" || 0x01 || raw public key)."""
    return sha256(name.encode("utf-8") + b"\n\x01" + public_key)[:4]


class Note:
    """body: the signed bytes; signatures: [(key name, key id, 64-byte signature)]."""

    def __init__(self, body, signatures):
        self.body = body
        self.signatures = signatures


def _valid_utf8(line):
    if line.startswith(b"\xef\xbb\xbf"):  # Qt drops a byte order mark: not the same bytes
        return False
    try:
        line.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def parse_note(data):
    if len(data) > MAX_NOTE_BYTES:
        raise NoteError(1, "it is larger than %d bytes" % MAX_NOTE_BYTES)
    if not data.endswith(b"\n"):
        raise NoteError(data.count(b"\n") + 1, "it does not end with a newline")
    lines = data[:-1].split(b"\n")
    for i, line in enumerate(lines):
        # c2sp.org/signed-note: valid UTF-8 without ASCII control characters but the newline.
        if any(b < 0x20 for b in line):
            raise NoteError(i + 1, "it holds a control character (carriage return, tab, NUL, "
                                   "...)")
        if not _valid_utf8(line):
            raise NoteError(i + 1, "it is not valid UTF-8")
    # The text may hold empty lines: the last one separates it from the signatures.
    blank = len(lines) - 1 - lines[::-1].index(b"") if b"" in lines else -1
    if blank < 1:
        raise NoteError(len(lines) if blank < 0 else 1,
                        "a text and a blank line must come before the signatures")
    body = b"".join(line + b"\n" for line in lines[:blank])
    if blank + 1 >= len(lines):
        raise NoteError(blank + 2, "there is no signature")
    signatures = []
    for i in range(blank + 1, len(lines)):
        line = lines[i]
        if not line.startswith(DASH):
            raise NoteError(i + 1, 'a signature line must start with "\u2014 "')
        fields = line[len(DASH):].split(b" ")
        if len(fields) != 2 or not is_key_name(fields[0]):
            raise NoteError(i + 1, 'a signature line is "\u2014 name signature"')
        raw = strict_base64(fields[1], 68)
        if raw is None:
            raise NoteError(i + 1, "the signature is not a key id and an Ed25519 signature in "
                                   "base64")
        signatures.append((fields[0].decode("utf-8"), raw[:4], raw[4:]))
    return Note(body, signatures)


def is_decimal(text):
    return (0 < len(text) <= 18 and not (len(text) > 1 and text[:1] == b"0")
            and all(0x30 <= b <= 0x39 for b in text))


class Checkpoint:
    def __init__(self, origin, size, root, extensions, note):
        self.origin = origin
        self.size = size
        self.root = root
        self.extensions = extensions  # extra body lines, e.g. "reason logout"
        self.note = note

    def extension(self, key):
        """The value of the extension line "key value", or empty."""
        for line in self.extensions:
            if line.startswith(key + " "):
                return line[len(key) + 1:]
        return ""


def parse_checkpoint(data):
    note = parse_note(data)
    parts = note.body[:-1].split(b"\n")
    if len(parts) < 3:
        raise NoteError(len(parts) + 1,
                        "origin, size and root hash must come before the blank line")
    if not parts[0]:
        raise NoteError(1, "the origin is empty")
    if not is_decimal(parts[1]):
        raise NoteError(2, "the tree size is not a decimal number")
    root = strict_base64(parts[2], 32)
    if root is None:
        raise NoteError(3, "the root hash is not 32 bytes in base64")
    extensions = []
    for i in range(3, len(parts)):
        if not parts[i]:
            raise NoteError(i + 1, "an extension line is empty")
        extensions.append(parts[i].decode("utf-8"))
    return Checkpoint(parts[0].decode("utf-8"), int(parts[1]), root, extensions, note)


# ---------------------------------------------------------------------------------------------
# Ed25519 through the openssl command line

def public_key_pem(raw):
    b64 = base64.b64encode(ED25519_SPKI_PREFIX + raw).decode("ascii")
    return ("-----BEGIN PUBLIC KEY-----\n%s\n-----END PUBLIC KEY-----\n" % b64).encode("ascii")


def public_key_from_pem(data):
    """The raw 32-byte Ed25519 key of the first PUBLIC KEY block, else None."""
    if data is None or not data or len(data) > MAX_PEM_BYTES:
        return None
    lines = [line.strip() for line in data.split(b"\n")]
    try:
        begin = lines.index(b"-----BEGIN PUBLIC KEY-----")
        end = lines.index(b"-----END PUBLIC KEY-----", begin + 1)
    except ValueError:
        return None
    try:
        der = base64.b64decode(b"".join(lines[begin + 1:end]), validate=True)
    except (binascii.Error, ValueError):
        return None
    if len(der) != len(ED25519_SPKI_PREFIX) + 32 or not der.startswith(ED25519_SPKI_PREFIX):
        return None
    return der[len(ED25519_SPKI_PREFIX):]


# RFC 8032 section 7.1, test 2: the self-test that openssl verifies Ed25519 signatures.
_TEST_KEY = bytes.fromhex("3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660c")
_TEST_MESSAGE = bytes.fromhex("72")
_TEST_SIGNATURE = bytes.fromhex(
    "92a009a9f0d4cab8720e820b5f642540a2b27b5416503f8fb3762223ebdb69da"
    "085ac1e43e15996e458f3613d0f11d8c387b2eaeb4302aeeb00d291612bb0c00")


class Ed25519:
    """Runs `openssl pkeyutl -verify -pubin -inkey KEY.pem -rawin -in BODY -sigfile SIG`."""

    def __init__(self, openssl, workdir):
        self.openssl = openssl
        self.workdir = workdir
        self.cache = {}
        self.files = {}

    def _file(self, kind, data):
        key = (kind, sha256(data))
        path = self.files.get(key)
        if path is None:
            path = os.path.join(self.workdir, "%s-%d" % (kind, len(self.files)))
            with open(path, "wb") as f:
                f.write(data)
            self.files[key] = path
        return path

    def _args(self, public_key, body, signature):
        return [self.openssl, "pkeyutl", "-verify", "-pubin",
                "-inkey", self._file("key", public_key_pem(public_key)),
                "-rawin", "-in", self._file("body", body),
                "-sigfile", self._file("sig", signature)]

    @staticmethod
    def _run(args):
        try:
            done = subprocess.run(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                  stdin=subprocess.DEVNULL)
        except OSError as e:
            raise Failure("cannot run %s: %s" % (args[0], e))
        return done.returncode == 0

    def self_test(self):
        good = self._run(self._args(_TEST_KEY, _TEST_MESSAGE, _TEST_SIGNATURE))
        bad_signature = _TEST_SIGNATURE[:10] + bytes((_TEST_SIGNATURE[10] ^ 1,)) \
            + _TEST_SIGNATURE[11:]
        bad = self._run(self._args(_TEST_KEY, _TEST_MESSAGE, bad_signature))
        if not good or bad:
            raise Failure("%s cannot verify Ed25519 signatures with \"pkeyutl -verify -rawin\" "
                          "(OpenSSL 3.0 or later is needed; give its path with --openssl)"
                          % self.openssl)

    def prefetch(self, tasks):
        """Verifies many (key, body, signature) at once, in parallel; verify() then recalls."""
        unique = {}
        for task in tasks:
            k = (task[0], sha256(task[1]), task[2])
            if k not in self.cache and k not in unique:
                unique[k] = self._args(*task)
        if ThreadPoolExecutor is None or len(unique) < 2:
            for k, args in unique.items():
                self.cache[k] = self._run(args)
            return
        workers = max(1, min(8, os.cpu_count() or 1))
        with ThreadPoolExecutor(max_workers=workers) as pool:
            for k, ok in zip(unique, pool.map(self._run, unique.values())):
                self.cache[k] = ok

    def verify(self, public_key, body, signature):
        k = (public_key, sha256(body), signature)
        if k not in self.cache:
            self.cache[k] = self._run(self._args(public_key, body, signature))
        return self.cache[k]


# ---------------------------------------------------------------------------------------------
# The keys the pack names, and signature checks (AuditKeyring)

class Keyring:
    def __init__(self, ed25519):
        self.ed25519 = ed25519
        self.origin = ""
        self.workspace_key = b""
        self.user_keys = {}  # user -> [raw public key], every key the user ever had

    def user_key_name(self, user):
        return self.origin + "/" + user

    def keys_for_name(self, name):
        if name == self.origin:
            return [self.workspace_key]
        prefix = self.origin + "/"
        return self.user_keys.get(name[len(prefix):], []) if name.startswith(prefix) else []

    def tasks(self, note):
        """Every signature check checkNoteSignatures may make, for Ed25519.prefetch."""
        out = []
        for name, kid, signature in note.signatures:
            for key in self.keys_for_name(name):
                if kid == key_id(name, key):
                    out.append((key, note.body, signature))
        return out

    def is_signed_by(self, note, name, public_key):
        kid = key_id(name, public_key)
        return any(n == name and i == kid and self.ed25519.verify(public_key, note.body, s)
                   for n, i, s in note.signatures)

    def check_note_signatures(self, note, what):
        """Empty when the workspace signature and every co-signature verify, else why not."""
        if not self.is_signed_by(note, self.origin, self.workspace_key):
            return "the workspace signature of %s does not verify" % what
        prefix = self.origin + "/"
        for name, _, _ in note.signatures:
            if name == self.origin:
                continue
            user = name[len(prefix):] if name.startswith(prefix) else ""
            keys = self.user_keys.get(user, [])
            if not any(self.is_signed_by(note, name, key) for key in keys):
                if not user or not keys:
                    return '%s is signed by an unknown key "%s"' % (what, name)
                return "the co-signature of %s on %s does not verify" % (user, what)
        return ""

    def check_signatures(self, c):
        if c.origin != self.origin:
            return ('checkpoint %d belongs to another log (origin "%s", expected "%s")'
                    % (c.size, c.origin, self.origin))
        return self.check_note_signatures(c.note, "checkpoint %d" % c.size)


# ---------------------------------------------------------------------------------------------
# The verdict (AuditVerifyReport)

class Report:
    def __init__(self):
        self.ok = False
        self.entries = 0
        self.checkpoints = 0
        self.verified_up_to = 0
        self.trusted_size = 0
        self.first_bad = 0
        self.problem = ""
        self.warnings = []
        self.marking = None  # a pack that verified: its manifest's marking, if it has one

    def copy(self):
        r = Report()
        r.__dict__.update(self.__dict__)
        r.warnings = list(self.warnings)
        return r

    def verdict(self):
        if self.ok:
            if self.verified_up_to > 0:
                text = ("All good: %d entries verified, up to the signed checkpoint of %d entries."
                        % (self.entries, self.verified_up_to))
            else:
                text = "All good: %d entries verified (no checkpoint yet)." % self.entries
            if self.trusted_size > 0:
                text += (" The log extends the trusted checkpoint of %d entries."
                         % self.trusted_size)
            return text
        if self.first_bad > 0:
            return "Tampering found: the first bad entry is %d: %s." % (self.first_bad,
                                                                         self.problem)
        return "Tampering found: %s." % self.problem

    def to_json(self):
        o = {"ok": self.ok, "verdict": self.verdict(), "entries": self.entries,
             "checkpoints": self.checkpoints, "verified_up_to": self.verified_up_to}
        if self.trusted_size > 0:
            o["trusted_size"] = self.trusted_size
        if not self.ok:
            o["first_bad"] = self.first_bad
            o["problem"] = self.problem
        if self.warnings:
            o["warnings"] = self.warnings
        if self.marking is not None:
            o["marking"] = self.marking
        return o


class LogVerifier:
    """Streams a complete log through the checks of ARCHITECTURE.md "Audit log"."""

    def __init__(self, keys, checkpoints_by_size, trusted=None):
        self.keys = keys
        self.checkpoints = checkpoints_by_size
        self.trusted = trusted
        self.next = 0
        self.range = CompactRange()
        self.previous_leaf = ZERO_HASH
        # An entry whose link to the one before broke while its own hash held: it or the entry
        # before was changed (and rehashed); the next entry's prev_hash tells which.
        self.suspect = None
        self.report = Report()
        self.report.ok = True
        if trusted is not None:
            self.report.trusted_size = trusted.size
        self.failed = False
        # Entries caught up from a log older than checkpoints: their logouts have no co-signature.
        self.migrated_up_to = max([c.size for c in checkpoints_by_size
                                   if c.extension("reason") == "migration"] or [0])

    def fail_at(self, seq, problem):
        self.failed = True
        self.report.ok = False
        self.report.first_bad = seq
        self.report.problem = problem
        return False

    @staticmethod
    def _earlier_changed(seq):
        return ("entry %d no longer matches the hash entry %d chains to (one of them was changed)"
                % (seq - 1, seq))

    def _fail_suspect(self, recorded):
        suspect = self.suspect
        self.suspect = None
        # The entry after it still chains to it as it is (or as it was before an entry was
        # inserted in front of it and the log renumbered): the entry before it was changed.
        if recorded == suspect.leaf_hash or suspect.renumbered_leaf() == recorded:
            return self.fail_at(suspect.seq - 1, self._earlier_changed(suspect.seq))
        return self.fail_at(suspect.seq, "entry %d does not chain to the entry before it"
                            % suspect.seq)

    def add(self, e, line):
        if self.failed:
            return False
        if self.suspect is not None:
            return self._fail_suspect(e.prev_hash)
        expected = self.range.size + 1
        if e.seq > expected:
            return self.fail_at(expected, "entry %d is missing (the log jumps from entry %d to %d)"
                                % (expected, expected - 1, e.seq))
        if e.seq < expected:
            return self.fail_at(e.seq, "entry %d appears again after entry %d (entries were "
                                       "reordered or inserted)" % (e.seq, expected - 1))
        if e.prev_hash != self.previous_leaf:
            # The entry before is known good when it is the first, or a verified checkpoint or
            # the trusted one ends there: then this entry's link was changed.
            if (e.seq == 1 or e.seq - 1 == self.report.verified_up_to
                    or e.seq - 1 == self.report.trusted_size):
                return self.fail_at(e.seq, "entry %d does not chain to the entry before it"
                                    % e.seq)
            self.suspect = e
            self.range.append(e.leaf_hash)
            self.previous_leaf = e.leaf_hash
            return True
        self.range.append(e.leaf_hash)
        self.previous_leaf = e.leaf_hash
        self.report.entries += 1
        return self.check_checkpoints_at(e)

    def check_checkpoints_at(self, e):
        size = self.range.size
        root = None
        found = cosigned = False
        actor_keys = self.keys.user_keys.get(e.actor, [])
        while self.next < len(self.checkpoints) and self.checkpoints[self.next].size == size:
            c = self.checkpoints[self.next]
            self.next += 1
            root = root or self.range.root()
            if c.root != root:
                return self.fail_at(
                    self.report.verified_up_to + 1,
                    "the entries after the checkpoint of %d entries up to entry %d do not match "
                    "the signed root of checkpoint %d (changed, or the log was rewritten)"
                    % (self.report.verified_up_to, size, size))
            problem = self.keys.check_signatures(c)
            if problem:
                return self.fail_at(0, problem)
            found = True
            cosigned = cosigned or any(
                self.keys.is_signed_by(c.note, self.keys.user_key_name(e.actor), key)
                for key in actor_keys)
            self.report.checkpoints += 1
            self.report.verified_up_to = size
        if (self.trusted is not None and self.trusted.size == size
                and self.trusted.root != (root or self.range.root())):
            return self.fail_at(0, "the log does not extend the trusted checkpoint of %d entries: "
                                   "its first %d entries were rewritten, or this is another copy "
                                   "of the workspace (a fork)" % (size, size))
        if size % CHECKPOINT_INTERVAL == 0 and not found:
            return self.fail_at(e.seq, "the checkpoint that must follow entry %d is missing"
                                % e.seq)
        if (e.action == "logout" and e.outcome == "ok" and actor_keys and not cosigned
                and e.seq > self.migrated_up_to):
            return self.fail_at(e.seq, "the checkpoint %s co-signs at logout (entry %d) is "
                                       "missing or not co-signed" % (e.actor, e.seq))
        return True

    def finish(self):
        size = self.range.size
        if not self.failed and self.suspect is not None:
            # The last entry's link broke: nothing after it tells more.
            self.fail_at(self.suspect.seq - 1, self._earlier_changed(self.suspect.seq))
        if self.migrated_up_to > 0:
            self.report.warnings.append(
                "Entries 1 to %d were written before the log kept signed checkpoints: their "
                "checkpoints were signed when the log was caught up, and their sign-outs are not "
                "co-signed." % self.migrated_up_to)
        if not self.failed and self.trusted is not None and self.trusted.size > size:
            self.fail_at(size + 1, "the log holds %d entries but the trusted checkpoint vouches "
                                   "for %d (an older copy was restored, or entries were removed "
                                   "from the end)" % (size, self.trusted.size))
        if not self.failed and self.next < len(self.checkpoints):
            self.fail_at(size + 1, "the log ends at entry %d but a signed checkpoint vouches for "
                                   "%d entries (entries were removed from the end, or an older "
                                   "copy was restored)" % (size, self.checkpoints[-1].size))
        return self.report


# ---------------------------------------------------------------------------------------------
# The pack (EvidencePack::verify)

def open_regular(path):
    """A binary file object for a regular file (symbolic links followed), else None."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except (OSError, ValueError):
        return None
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            os.close(fd)
            return None
        return os.fdopen(fd, "rb")
    except OSError:
        os.close(fd)
        return None


def read_small(path):
    f = open_regular(path)
    if f is None:
        return None
    with f:
        try:
            if os.fstat(f.fileno()).st_size > MAX_SMALL_FILE:
                return None
            return f.read(MAX_SMALL_FILE + 1)
        except OSError:
            return None


def read_json_object(path):
    data = read_small(path)
    if data is None:
        return None
    try:
        value = parse_json(data)
    except (ValueError, UnicodeDecodeError, RecursionError):
        return None
    return value if isinstance(value, dict) else None


def files_in(root):
    """Every file under root (not directories), depth first, symbolic links not followed."""
    out = []

    def walk(relative):
        try:
            entries = list(os.scandir(root + "/" + relative if relative else root))
        except OSError:
            return
        for entry in entries:
            name = relative + "/" + entry.name if relative else entry.name
            try:
                is_dir = entry.is_dir()
                is_link = entry.is_symlink()
            except OSError:
                is_dir = is_link = False
            if is_dir:
                if not is_link:
                    walk(name)
            else:
                out.append(name)

    walk("")
    return out


class PackVerifier:
    def __init__(self, root, trusted, ed25519):
        self.root = root
        self.trusted = trusted
        self.ed25519 = ed25519
        self.keys = Keyring(ed25519)
        self.manifest = {}
        self.proofs = {}
        self.checkpoints = []
        self.head_size = 0
        self.head_root = None
        self.complete = False
        self.marking = None
        self.partial = Report()

    def path(self, relative):
        return self.root + "/" + relative

    def broken(self, problem, seq=0):
        r = self.partial.copy()
        r.ok = False
        r.problem = problem
        r.first_bad = seq
        return r

    def load_keys(self):
        index = read_json_object(self.path("keys/keys.json"))
        if index is None:
            raise Broken("keys/keys.json is missing or not JSON")
        self.keys.origin = as_str(index.get("origin"))
        if not self.keys.origin or self.keys.origin != as_str(self.manifest.get("origin")):
            raise Broken("keys/keys.json and manifest.json name different logs")
        key = public_key_from_pem(read_small(self.path("keys/workspace.pem")))
        if key is None:
            raise Broken("keys/workspace.pem is missing or not an Ed25519 public key")
        self.keys.workspace_key = key
        for v in as_list(index.get("users")):
            o = as_obj(v)
            user = as_str(o.get("user"))
            file = as_str(o.get("file"))
            if not user or not file.startswith("keys/") or ".." in file:
                raise Broken("keys/keys.json lists a key without a user or file")
            key = public_key_from_pem(read_small(self.path(file)))
            if key is None:
                raise Broken("%s is missing or not an Ed25519 public key" % file)
            self.keys.user_keys.setdefault(user, []).append(key)

    def load_checkpoints(self):
        folder = self.path("checkpoints")
        try:
            names = os.listdir(folder)
        except OSError:
            names = []
        names = sorted((n for n in names if not n.startswith(".")
                        and n.lower().endswith(".note")
                        and os.path.isfile(folder + "/" + n)), key=utf16_order)
        parsed = []
        for name in names:
            data = read_small(folder + "/" + name)
            try:
                if data is None:
                    raise NoteError(1, "it cannot be read")
                parsed.append((name, parse_checkpoint(data), None))
            except NoteError as e:
                parsed.append((name, None, "" if data is None else str(e)))
        tasks = []
        for _, c, _ in parsed:
            if c is not None and c.origin == self.keys.origin:
                tasks += self.keys.tasks(c.note)
        for c in [self.trusted] if self.trusted is not None else []:
            tasks += self.keys.tasks(c.note)
        self.ed25519.prefetch(tasks)
        for name, c, error in parsed:
            if c is None:
                raise Broken("checkpoints/%s: %s" % (name, error))
            problem = self.keys.check_signatures(c)
            if problem:
                raise Broken(problem)
            self.checkpoints.append(c)
        self.checkpoints.sort(key=lambda c: c.size)  # stable
        if not self.checkpoints:
            raise Broken("the pack holds no checkpoint")
        last = self.checkpoints[-1]
        if last.size != self.head_size or last.root != self.head_root:
            raise Broken("the head in manifest.json is not the newest checkpoint")

    def verify_consistency(self):
        proofs = {}
        for v in as_list(self.proofs.get("consistency")):
            o = as_obj(v)
            path = hash_list(o.get("path"))
            if path is None:
                raise Broken("proofs.json holds a malformed consistency proof")
            proofs[(as_int(o.get("from")), as_int(o.get("to")))] = path
        for a, b in zip(self.checkpoints, self.checkpoints[1:]):
            if a.size == b.size:
                if a.root != b.root:
                    raise Broken("two checkpoints of %d entries have different roots (a fork)"
                                 % a.size)
                continue
            proof = proofs.get((a.size, b.size))
            if a.size > 0 and (proof is None or not verify_consistency(a.size, b.size, a.root,
                                                                       b.root, proof)):
                raise Broken("checkpoint %d is not a prefix of checkpoint %d (the consistency "
                             "proof fails: the log was rewritten between them)"
                             % (a.size, b.size), a.size + 1)

    def verify_entries(self):
        """None when the entries verify, else the failing Report."""
        f = open_regular(self.path("entries.jsonl"))
        if f is None:
            return self.broken("entries.jsonl is missing")
        with f:
            return self._verify_entries(f)

    def _verify_entries(self, f):
        log = LogVerifier(self.keys, self.checkpoints,
                          self.trusted if self.complete else None)
        inclusion = {}
        if not self.complete:
            for v in as_list(self.proofs.get("inclusion")):
                o = as_obj(v)
                p = hash_list(o.get("path"))
                if p is None or as_int(o.get("tree_size")) != self.head_size:
                    return self.broken("proofs.json holds a malformed inclusion proof")
                inclusion[as_int(o.get("seq"))] = p
        line_no = 0
        previous_seq = 0
        previous_leaf = ZERO_HASH  # the first entry chains to 32 zero bytes
        total = as_int(self.manifest.get("entries"))
        while True:
            line = f.readline(MAX_LINE)
            if not line:
                break
            line_no += 1
            next_seq = log.range.size + 1 if self.complete else previous_seq + 1
            if not line.endswith(b"\n"):
                return self.broken("entries.jsonl line %d is cut off or too long" % line_no,
                                   next_seq)
            line = line[:-1]
            try:
                e = parse_entry(line)
            except ValueError as why:
                return self.broken("entries.jsonl line %d: %s" % (line_no, why), next_seq)
            if self.complete:
                if not log.add(e, line):
                    return log.finish()
                continue
            if e.seq <= previous_seq:
                return self.broken("entries.jsonl line %d: entry %d is out of order"
                                   % (line_no, e.seq), e.seq)
            # The entry before passed its inclusion proof (it is as the log holds it): a broken
            # link is this entry's.
            if (e.seq == 1 or previous_seq == e.seq - 1) and e.prev_hash != previous_leaf:
                return self.broken("entry %d does not chain to the entry before it" % e.seq,
                                   e.seq)
            proof = inclusion.get(e.seq)
            if proof is None or not verify_inclusion(e.leaf_hash, e.seq - 1, self.head_size,
                                                     proof, self.head_root):
                return self.broken("entry %d is not in the signed log (its inclusion proof in "
                                   "the checkpoint of %d entries fails)"
                                   % (e.seq, self.head_size), e.seq)
            previous_seq = e.seq
            previous_leaf = e.leaf_hash
            self.partial.entries += 1
        if self.complete:
            r = log.finish()
            if not r.ok:
                return r
            if (line_no != total or log.range.size != self.head_size
                    or log.range.root() != self.head_root):
                return self.broken("entries.jsonl does not hold the %d entries of the head "
                                   "checkpoint" % self.head_size, log.range.size + 1)
            self.partial = r
        elif line_no != total:
            return self.broken("entries.jsonl holds %d entries, manifest.json says %d"
                               % (line_no, total))
        return None

    def verify_files(self):
        note_bytes = read_small(self.path("manifest.note"))
        try:
            if note_bytes is None:
                raise NoteError(1, "missing")
            note = parse_note(note_bytes)
        except NoteError:
            raise Broken("manifest.note is missing or not a signed note")
        manifest_bytes = read_small(self.path("manifest.json"))
        expected = (FORMAT + "\n" + self.keys.origin + "\n"
                    + (hashlib.sha256(manifest_bytes).hexdigest() if manifest_bytes is not None
                       else "") + "\n").encode("utf-8")
        if note.body != expected:
            raise Broken("manifest.json was changed: its hash is not the one manifest.note signs")
        self.ed25519.prefetch(self.keys.tasks(note))
        problem = self.keys.check_note_signatures(note, "manifest.note")
        if problem:
            raise Broken(problem)
        exporter = self.manifest.get("exported_by")
        if isinstance(exporter, str) and exporter and not any(
                sig[0] == self.keys.user_key_name(exporter) for sig in note.signatures):
            raise Broken("manifest.note is not co-signed by its exporter %s" % exporter)
        files = as_obj(self.manifest.get("files"))
        for relative in files_in(self.root):
            if relative not in ("manifest.json", "manifest.note") and relative not in files:
                raise Broken("%s is not part of the pack (manifest.json does not list it)"
                             % relative)
        for name in sorted(files):
            f = None if ".." in name else open_regular(self.path(name))
            if f is None:
                raise Broken("%s is missing" % name)
            h = hashlib.sha256()
            with f:
                try:
                    for block in iter(lambda: f.read(1 << 20), b""):
                        h.update(block)
                except OSError:
                    raise Broken("%s is missing" % name)
            if h.hexdigest() != as_str(files[name]):
                raise Broken("%s was changed (its SHA-256 differs from manifest.json)" % name)

    def run(self):
        if not os.path.isdir(self.root):
            raise Failure("%s is not a folder" % self.root)
        try:
            return self._run()
        except Broken as b:
            return self.broken(b.problem, b.seq)

    def _run(self):
        manifest = read_json_object(self.path("manifest.json"))
        if manifest is None or as_str(manifest.get("format")) != FORMAT:
            raise Broken("manifest.json is missing or not a %s manifest" % FORMAT)
        self.manifest = manifest
        head = as_obj(manifest.get("head"))
        self.head_size = as_int(head.get("size"), -1)
        self.head_root = hash32(head.get("root"))
        self.complete = as_bool(manifest.get("complete"))
        if self.head_size < 1 or self.head_root is None:
            raise Broken("manifest.json has no valid head")
        # The classification marking is optional (older packs have none); the manifest's
        # signature covers it, checked with every other file's hash at the end.
        if "marking" in manifest:
            self.marking = parse_marking(manifest["marking"])
            if self.marking is None:
                raise Broken("manifest.json holds a malformed marking (it must be "
                             "classification, exported_by and exported_at in UTC)")
        proofs = read_json_object(self.path("proofs.json"))
        if proofs is None:
            raise Broken("proofs.json is missing or not JSON")
        self.proofs = proofs
        self.load_keys()
        self.load_checkpoints()
        if self.trusted is not None:
            self.partial.trusted_size = self.trusted.size
            problem = self.keys.check_signatures(self.trusted)
            if problem:
                raise Broken("the trusted checkpoint does not verify with this pack's keys: %s"
                             % problem)
            if self.trusted.size > self.head_size:
                raise Broken("the pack ends at %d entries but the trusted checkpoint vouches for "
                             "%d (an older copy was exported, or entries were removed from the "
                             "end)" % (self.head_size, self.trusted.size), self.head_size + 1)
        failed = self.verify_entries()
        if failed is not None:
            return failed
        self.verify_consistency()
        if self.trusted is not None and not self.complete:
            same = [c for c in self.checkpoints if c.size == self.trusted.size]
            if not same:
                self.partial.warnings.append(
                    "The trusted checkpoint (%d entries) is not one of this filtered pack's "
                    "checkpoints; export a complete pack to check it." % self.trusted.size)
            elif same[0].root != self.trusted.root:
                raise Broken("the log does not extend the trusted checkpoint of %d entries: it "
                             "was rewritten, or this is another copy of the workspace (a fork)"
                             % self.trusted.size)
        self.verify_files()
        r = self.partial.copy()
        r.ok = True
        r.checkpoints = len(self.checkpoints)
        r.verified_up_to = self.head_size
        r.problem = ""
        r.first_bad = 0
        r.marking = self.marking  # only now do the signatures vouch for it
        return r


# ---------------------------------------------------------------------------------------------

class _Parser(argparse.ArgumentParser):
    def error(self, message):
        self.print_usage(sys.stderr)
        sys.stderr.write("verify.py: error: %s\n" % message)
        sys.exit(EXIT_FAILURE)


def read_trusted(path):
    try:
        with open(path, "rb") as f:
            data = f.read(MAX_NOTE_BYTES + 1)
    except OSError as e:
        raise Failure("cannot read %s: %s" % (path, e.strerror or e))
    try:
        return parse_checkpoint(data)
    except NoteError as e:
        raise Failure("%s: %s" % (path, e))


def main(argv=None):
    here = os.path.dirname(os.path.abspath(__file__))
    parser = _Parser(description="Verify a Mizan evidence pack offline (python3 and openssl "
                                 "only). Exit status: 0 all good, 5 tampering found, 1 usage "
                                 "or I/O error.")
    parser.add_argument("pack", nargs="?", default=here, metavar="PACKDIR",
                        help="the pack's folder (default: this script's folder)")
    parser.add_argument("--trusted", metavar="CHECKPOINT_FILE",
                        help="a checkpoint you kept (mizan-cli audit checkpoint): the log in the "
                             "pack must extend it (no rollback, no fork)")
    parser.add_argument("--json", action="store_true", help="print the verdict as JSON")
    parser.add_argument("--openssl", default="openssl", metavar="PATH",
                        help="the openssl command (default: openssl on the PATH)")
    args = parser.parse_args(argv)
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.reconfigure(errors="backslashreplace")
        except (AttributeError, ValueError):
            pass
    sys.setrecursionlimit(max(sys.getrecursionlimit(), 4000))
    try:
        openssl = shutil.which(args.openssl) or (args.openssl if os.path.isfile(args.openssl)
                                                 else None)
        if openssl is None:
            raise Failure("openssl is not installed (or not on the PATH); it is needed to check "
                          "the Ed25519 signatures (give its path with --openssl)")
        trusted = read_trusted(args.trusted) if args.trusted is not None else None
        with tempfile.TemporaryDirectory(prefix="mizan-verify-") as workdir:
            ed25519 = Ed25519(openssl, workdir)
            ed25519.self_test()
            verifier = PackVerifier(os.path.abspath(args.pack), trusted, ed25519)
            try:
                report = verifier.run()
            except (Failure, KeyboardInterrupt):
                raise
            except Exception as e:  # a malformed pack must not end in a traceback
                report = verifier.broken("the pack could not be read (%s: %s)"
                                         % (type(e).__name__, e))
    except Failure as e:
        sys.stderr.write("verify.py: error: %s\n" % e)
        return EXIT_FAILURE
    if args.json:
        print(json.dumps(report.to_json(), indent=4, ensure_ascii=False))
    else:
        print(report.verdict())
        if report.marking is not None:
            print("Marking: %s" % marking_text(report.marking))
        for warning in report.warnings:
            print("warning: %s" % warning)
    return EXIT_OK if report.ok else EXIT_TAMPERED


if __name__ == "__main__":
    sys.exit(main())
