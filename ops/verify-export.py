#!/usr/bin/env python3
"""Verifies an export of the STP Governance Ledger, written from docs/audit.md alone.

A second, independent implementation of the ledger's offline verifier: Python 3's standard library and the openssl
command line, nothing from the project. Exit code 0: intact; 1: tampered; 2: the export could not be read.

    python3 ops/verify-export.py EXPORT_FOLDER [--public-key KEY.pem] [--checkpoint CHECKPOINT.json ...]
"""
import argparse
import base64
import hashlib
import json
import os
import re
import struct
import subprocess
import sys
import tempfile
from datetime import datetime, timedelta, timezone

EVENT_DOMAIN = "stp-governance-ledger/event/v2"
CHECKPOINT_DOMAIN = "stp-governance-ledger/checkpoint/v2"
KIND_BYTES = {"Sealed": b"E", "Unsealed": b"U", "Burned": b"G"}
BURNED_STREAM = "mt_tombstone"
TOLERANCE = timedelta(minutes=10)
TIME = re.compile(r"^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})\.(\d{6})Z$")


class Tampered(Exception):
    def __init__(self, kind, sequence, detail):
        super().__init__(f"{kind} at sequence {sequence}: {detail}")
        self.kind, self.sequence, self.detail = kind, sequence, detail


def encode(value):
    """A column: its UTF-8 length as 8 bytes big-endian, then its bytes; NULL as eight 0xFF bytes alone."""
    if value is None:
        return b"\xff" * 8
    data = value.encode("utf-8")
    return struct.pack(">q", len(data)) + data


def event_hash(row):
    archived = row.get("archived")
    columns = [EVENT_DOMAIN, row.get("eventId"), row.get("streamKey"), str(row["version"]), row.get("type"),
               row.get("tenantId"), row.get("dotNetType"), row.get("recordedAt"), row.get("recordedBy"),
               row.get("correlationId"), row.get("causationId"), row.get("headers"),
               None if archived is None else ("true" if archived else "false"), row.get("data"), row.get("binaryData")]
    return hashlib.sha256(b"".join(encode(c) for c in columns)).digest()


def next_link(previous, sequence, kind, event_hash_hex):
    if kind not in KIND_BYTES:
        raise Tampered("ChainAltered", sequence, f"The link at {sequence} has no known kind ({kind}).")
    hashed = bytes(32) if kind == "Burned" else bytes.fromhex(event_hash_hex or "")
    return hashlib.sha256(previous + struct.pack(">q", sequence) + KIND_BYTES[kind] + hashed).digest()


def parse_time(text):
    match = TIME.match(text or "")
    if not match:
        return None
    y, mo, d, h, mi, s, us = (int(g) for g in match.groups())
    try:
        return datetime(y, mo, d, h, mi, s, us, tzinfo=timezone.utc)
    except ValueError:
        return None


def parse_iso(text):
    """A checkpoint's signedAt as JSON writes it ("2026-11-26T22:58:00.123456+00:00" or with "Z")."""
    match = re.match(r"^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2})(?:\.(\d+))?(Z|[+-]\d{2}:\d{2})$", text)
    if not match:
        raise ValueError(f"not a time: {text}")
    whole, fraction, zone = match.groups()
    micros = int(((fraction or "") + "000000")[:6])
    offset = timedelta(0) if zone == "Z" else (1 if zone[0] == "+" else -1) * timedelta(hours=int(zone[1:3]), minutes=int(zone[4:6]))
    local = datetime.strptime(whole, "%Y-%m-%dT%H:%M:%S").replace(microsecond=micros)
    return (local - offset).replace(tzinfo=timezone.utc)


def time_text(moment):
    return moment.strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond:06d}Z"


def der_integer(value):
    value = value.lstrip(b"\x00") or b"\x00"
    if value[0] & 0x80:
        value = b"\x00" + value
    return b"\x02" + bytes([len(value)]) + value


def signature_valid(checkpoint, public_key_file, key_id):
    if checkpoint["keyId"] != key_id:
        return False
    raw = base64.b64decode(checkpoint["signature"])
    if len(raw) != 64:
        return False
    body = der_integer(raw[:32]) + der_integer(raw[32:])
    der = b"\x30" + bytes([len(body)]) + body
    message = "\n".join([CHECKPOINT_DOMAIN, str(checkpoint["sequence"]), checkpoint["chainHash"],
                         time_text(parse_iso(checkpoint["signedAt"])), checkpoint["keyId"]]).encode("utf-8")
    with tempfile.TemporaryDirectory() as folder:
        signature_file, message_file = os.path.join(folder, "sig"), os.path.join(folder, "msg")
        open(signature_file, "wb").write(der)
        open(message_file, "wb").write(message)
        result = subprocess.run(["openssl", "dgst", "-sha256", "-verify", public_key_file, "-signature", signature_file,
                                 message_file], capture_output=True)
    return result.returncode == 0


def key_id_of(public_key_file):
    pem = open(public_key_file, encoding="ascii").read()
    body = "".join(line for line in pem.splitlines() if line and not line.startswith("-----"))
    return hashlib.sha256(base64.b64decode(body)).hexdigest()[:16]


def describe(row):
    return f"{row.get('type')} in {row.get('streamKey')}"


def is_burned(row):
    return row is None or row.get("streamKey") == BURNED_STREAM


def check_row(link, row, hash_to_sequence, bounds):
    sequence, kind = link["sequence"], link["kind"]
    if kind == "Burned":
        if not is_burned(row):
            raise Tampered("Inserted", sequence, f"Event {sequence} ({describe(row)}) stands at a sequence chained as burned.")
        return
    if is_burned(row):
        raise Tampered("Missing", sequence, f"Event {sequence} was chained but is no longer in the log.")
    if row.get("archived") is True:
        raise Tampered("Archived", sequence, f"Event {sequence} ({describe(row)}) is flagged as archived.")
    hashed = event_hash(row).hex()
    if hashed != link.get("eventHash"):
        original = hash_to_sequence().get(hashed)
        if original is not None and original != sequence:
            raise Tampered("Reordered", sequence, f"The event now at {sequence} was chained at {original}.")
        raise Tampered("Changed", sequence, f"Event {sequence} ({describe(row)}) no longer matches what was chained.")
    if kind == "Unsealed":
        raise Tampered("NotWrittenByLedger", sequence, f"Event {sequence} ({describe(row)}) carried no seal of the ledger's key.")
    bounds.check(row)


class Bounds:
    """A checkpoint signed at T through s: events through s existed at T; events after s were stamped after T less
    the tolerance."""

    def __init__(self, checkpoints):
        self.sorted = sorted(checkpoints, key=lambda c: c["sequence"])
        self.earliest = None
        self.index = 0
        # latest_covering[i]: the earliest signing time among the checkpoints from i on.
        self.latest_covering = [parse_iso(c["signedAt"]) for c in self.sorted]
        for i in range(len(self.latest_covering) - 2, -1, -1):
            self.latest_covering[i] = min(self.latest_covering[i], self.latest_covering[i + 1])

    def check(self, row):
        sequence = row["sequence"]
        while self.index < len(self.sorted) and self.sorted[self.index]["sequence"] < sequence:
            signed = parse_iso(self.sorted[self.index]["signedAt"])
            self.earliest = signed if self.earliest is None or signed > self.earliest else self.earliest
            self.index += 1
        recorded = parse_time(row.get("recordedAt"))
        if recorded is None:
            raise Tampered("ImpossibleRecordedTime", sequence, f"Event {sequence} has no possible recorded time.")
        if self.index < len(self.sorted) and recorded > self.latest_covering[self.index]:
            raise Tampered("ImpossibleRecordedTime", sequence, f"Event {sequence} was recorded after a checkpoint covering it.")
        if self.earliest is not None and recorded < self.earliest - TOLERANCE:
            raise Tampered("ImpossibleRecordedTime", sequence, f"Event {sequence} was recorded before a checkpoint it follows.")


def verify(export, checkpoints, public_key_file):
    key_id = key_id_of(public_key_file)
    for checkpoint in checkpoints:
        if not signature_valid(checkpoint, public_key_file, key_id):
            raise Tampered("BadSignature", checkpoint["sequence"], "The checkpoint is not signed by the given key.")

    rows, links, manifest = export["rows"], export["links"], export["manifest"]
    complete = manifest["scope"] == "ledger"
    by_sequence = {row["sequence"]: row for row in rows}
    cache = {}

    def hash_to_sequence():
        if not cache:
            for link in links:
                if link.get("eventHash") and link["eventHash"] not in cache:
                    cache[link["eventHash"]] = link["sequence"]
        return cache

    bounds = Bounds(checkpoints)
    by_checkpoint = {}
    for checkpoint in checkpoints:
        by_checkpoint.setdefault(checkpoint["sequence"], []).append(checkpoint)
    chain, expected = bytes(32), 1
    linked = set()
    for link in links:
        sequence = link["sequence"]
        if sequence < expected:
            raise Tampered("ChainAltered", sequence, "A second link, or links out of order.")
        if complete:
            stray = [s for s in range(expected, sequence) if s in by_sequence and not is_burned(by_sequence[s])]
            if stray:
                raise Tampered("Inserted", stray[0], f"Event {stray[0]} stands where no link accounts for it.")
        if sequence > expected:
            raise Tampered("BurnedSequenceMissing", expected, f"Sequence {expected} is accounted for by no link.")
        if complete:
            check_row(link, by_sequence.get(sequence), hash_to_sequence, bounds)
        chain = next_link(chain, sequence, link["kind"], link.get("eventHash"))
        if chain.hex() != link["chainHash"]:
            raise Tampered("ChainAltered", sequence, f"The stored link at {sequence} does not follow from the ones before.")
        for checkpoint in by_checkpoint.get(sequence, []):
            if checkpoint["chainHash"] != chain.hex():
                raise Tampered("CheckpointMismatch", sequence, f"The log through {sequence} no longer hashes to a checkpoint.")
        linked.add(sequence)
        expected = sequence + 1

    last = links[-1]["sequence"] if links else 0
    if checkpoints and max(c["sequence"] for c in checkpoints) > last:
        raise Tampered("CheckpointMismatch", last + 1, f"A checkpoint covers more than the chained log, which ends at {last}.")
    if not complete:
        link_at = {link["sequence"]: link for link in links}
        for row in rows:
            if row["sequence"] not in link_at:
                raise Tampered("Inserted", row["sequence"], f"Event {row['sequence']} has no link in the chain.")
            check_row(link_at[row["sequence"]], row, hash_to_sequence, bounds)
    if last != manifest["through"]:
        raise Tampered("Missing", min(last, manifest["through"]) + 1, "The chain does not end where the manifest says.")
    if len(rows) != manifest["events"]:
        raise Tampered("Missing", manifest["through"], "The manifest and the export disagree on the number of events.")
    covered = max((c["sequence"] for c in checkpoints), default=0)
    if covered < manifest["through"] or export["signed"] is None:
        raise Tampered("Uncovered", covered + 1, f"The log after {covered} is covered by no checkpoint of the ledger's key.")
    return len(rows), len(links)


def read_export(folder):
    def lines(name):
        with open(os.path.join(folder, name), encoding="utf-8") as f:
            return [json.loads(line) for line in f if line.strip()]

    def document(name, default=None):
        path = os.path.join(folder, name)
        if not os.path.exists(path):
            return default
        with open(path, encoding="utf-8") as f:
            return json.load(f)

    return {"manifest": document("manifest.json"), "rows": lines("events.jsonl"), "links": lines("chain.jsonl"),
            "stored": document("checkpoints.json", []), "signed": document("checkpoint.json")}


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder")
    parser.add_argument("--public-key")
    parser.add_argument("--checkpoint", action="append", default=[])
    arguments = parser.parse_args()
    try:
        export = read_export(arguments.folder)
        held = []
        for path in arguments.checkpoint:
            with open(path, encoding="utf-8") as f:
                held.append(json.load(f))
        checkpoints = export["stored"] + ([export["signed"]] if export["signed"] else []) + held
        key = arguments.public_key or os.path.join(arguments.folder, "public-key.pem")
        events, links = verify(export, checkpoints, key)
    except Tampered as problem:
        print(f"TAMPERED: {problem}")
        return 1
    except (OSError, ValueError, KeyError, TypeError) as problem:
        print(f"UNREADABLE: {problem}")
        return 2
    print(f"INTACT: {events} events and {links} links through {export['manifest']['through']}, "
          f"checked against {len(checkpoints)} checkpoints ({len(held)} of yours).")
    return 0


if __name__ == "__main__":
    sys.exit(main())
