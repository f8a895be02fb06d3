"""A profile's whole history out as JSON (re-importable) or CSV (one row per turn, opens in a spreadsheet).

Only the profile's own words leave: in a shared session a partner's turns, reflections and the
run state (which quotes everyone) are left out. A locked profile needs its passphrase to be exported;
its export says it was locked but holds no key, and importing it locks the new profile with a
passphrase given then.
"""

from __future__ import annotations

import csv
import json
from typing import IO, Any, Iterator

from relint_desktop.core.rubric import ELEMENTS, LABELS, RED_LABELS
from relint_desktop.storage import errors, locks
from relint_desktop.storage.errors import StoreError

EXPORT_FORMAT = 1
MAX_IMPORT_BYTES = 256 * 1024 * 1024

TURN_COLUMNS = ("idx", "node", "reply", "typed", "choice_index", "labels", "score", *ELEMENTS,
                "trust_before", "trust_after", "feedback", "suggestion", "at")
CSV_HEADER = ("profile", "session", "scenario", "mode", "session_started", "session_finished", "outcome", "turn",
              "answered_at", "node", "reply", "typed", "choice", "labels", "red_labels", "score", *ELEMENTS,
              "trust_before", "trust_after", "feedback", "suggestion")


def export_json(store, profile_id: int, passphrase: str | None = None) -> dict:
    """The profile's history as a JSON-ready dict (see `import_json`); a locked profile needs its passphrase."""
    store.require_passphrase(profile_id, passphrase)
    profile = store.profile(profile_id)
    about = {"name": profile.name, "created": profile.created}
    if profile.locked:
        about["locked"] = True  # never the key: the importer chooses a passphrase of their own
    return {"relint_export": EXPORT_FORMAT, "exported": store._now(), "profile": about,
            "sessions": list(_sessions(store, profile_id))}


def write_json(store, profile_id: int, out: IO[str], passphrase: str | None = None) -> None:
    """Write the JSON export to a text stream."""
    json.dump(export_json(store, profile_id, passphrase), out, ensure_ascii=False, indent=1)
    out.write("\n")


def write_csv(store, profile_id: int, out: IO[str], passphrase: str | None = None) -> int:
    """One row per turn with a header row; returns the number of turns. Open `out` with newline=''."""
    store.require_passphrase(profile_id, passphrase)
    profile = store.profile(profile_id)
    writer = csv.writer(out)
    writer.writerow(CSV_HEADER)
    count = 0
    rows = store._query(
        "SELECT s.id, s.scenario_id, s.mode, s.started, s.finished, s.outcome, t.idx, t.at, t.node, t.reply, t.typed, "
        "t.choice_index, t.labels, t.score, " + ", ".join(f"t.{e}" for e in ELEMENTS) + ", t.trust_before, "
        "t.trust_after, t.feedback, t.suggestion FROM turns t JOIN sessions s ON s.id = t.session_id "
        "WHERE t.profile_id = ? ORDER BY s.started, s.id, t.idx", [profile_id])
    for row in rows:
        (sid, scenario, mode, started, finished, outcome, idx, at, node, reply, typed, choice, labels, score,
         *rest) = row
        label_list = [x for x in labels.split(",") if x]
        writer.writerow([cell(profile.name), sid, cell(scenario), mode, started, finished or "", outcome, idx + 1, at,
                         cell(node), cell(reply), "typed" if typed else "choice", "" if choice is None else choice + 1,
                         " ".join(label_list), " ".join(x for x in label_list if x in RED_LABELS), score,
                         *rest[:len(ELEMENTS)], rest[len(ELEMENTS)], rest[len(ELEMENTS) + 1],
                         cell(rest[-2]), cell(rest[-1])])
        count += 1
    return count


def cell(text: str) -> str:
    """Text safe to open in a spreadsheet: a leading = + - @ would be run as a formula, so it gets a quote."""
    text = text or ""
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def import_json(store, data: Any, name: str | None = None, passphrase: str | None = None):
    """Add an exported history as a new profile (named `name`, or the exported name if free); return it.

    An export of a locked profile is imported locked, with `passphrase` (PROFILE_LOCKED without one)."""
    sessions = _validated(data)
    wanted = name or data["profile"]["name"]
    final = _free_name(store, wanted) if name is None else store._valid_name(wanted)
    lock = None
    if exported_locked(data):
        if passphrase is None:
            raise StoreError(errors.PROFILE_LOCKED, "This export comes from a locked profile; give a passphrase "
                             "to lock the imported profile with.")
        lock = locks.new_lock(locks.check_new(passphrase))
    now = store._now()
    with store._write() as conn:
        pid = conn.execute("INSERT INTO profiles (name, created) VALUES (?, ?)",
                           [final, data["profile"].get("created") or now]).lastrowid
        if lock is not None:
            conn.execute("INSERT INTO profile_locks (profile_id, kdf, params, salt, key, set_at) "
                         "VALUES (?, ?, ?, ?, ?, ?)", [pid, lock.kdf, lock.params_json, lock.salt, lock.key, now])
        for s in sessions:
            sid = conn.execute(
                "INSERT INTO sessions (profile_id, scenario_id, mode, started, updated, finished, abandoned, outcome, "
                "score, state) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [pid, s["scenario_id"], s.get("mode", "solo"), s["started"], s.get("updated") or s["started"],
                 s.get("finished"), int(bool(s.get("abandoned"))), s.get("outcome", ""), s.get("score"),
                 json.dumps(s["state"]) if s.get("state") else "{}"]).lastrowid
            conn.execute("INSERT INTO session_participants (session_id, profile_id, role) VALUES (?, ?, 'learner')",
                         [sid, pid])
            for t in s.get("turns", []):
                labels = list(t.get("labels", []))
                tid = conn.execute(
                    "INSERT INTO turns (session_id, profile_id, scenario_id, red, " + ", ".join(TURN_COLUMNS)
                    + ", day) VALUES (" + ", ".join("?" * (4 + len(TURN_COLUMNS))) + ", date(?, 'localtime'))",
                    [sid, pid, s["scenario_id"], sum(x in RED_LABELS for x in labels), t["idx"], t["node"], t["reply"],
                     int(bool(t.get("typed"))), t.get("choice_index"), ",".join(labels), t["score"],
                     *[t["elements"].get(e, 50) for e in ELEMENTS], t.get("trust_before", 0), t.get("trust_after", 0),
                     t.get("feedback", ""), t.get("suggestion", ""), t["at"], t["at"]]).lastrowid
                conn.executemany("INSERT OR IGNORE INTO turn_labels (turn_id, label, profile_id) VALUES (?, ?, ?)",
                                 [(tid, x, pid) for x in labels])
            for r in s.get("reflections", []):
                conn.execute("INSERT INTO reflections (session_id, profile_id, text, private, created) "
                             "VALUES (?, ?, ?, ?, ?)", [sid, pid, r["text"], int(r.get("private", True)), r["created"]])
            for c in s.get("commitments", []):
                conn.execute("INSERT INTO commitments (session_id, profile_id, text, created) VALUES (?, ?, ?, ?)",
                             [sid, pid, c["text"], c["created"]])
    return store.profile(pid)


def exported_locked(data: Any) -> bool:
    """True when an export file says its profile was locked (so the import asks for a passphrase)."""
    return isinstance(data, dict) and isinstance(data.get("profile"), dict) and data["profile"].get("locked") is True


def _sessions(store, profile_id: int) -> Iterator[dict]:
    sessions = store._query(
        "SELECT s.id, s.scenario_id, s.mode, s.started, s.updated, s.finished, s.abandoned, s.outcome, s.score, "
        "s.state, p.role, (SELECT count(*) FROM session_participants q WHERE q.session_id = s.id) "
        "FROM sessions s JOIN session_participants p ON p.session_id = s.id WHERE p.profile_id = ? "
        "ORDER BY s.started, s.id", [profile_id])
    for sid, scenario, mode, started, updated, finished, abandoned, outcome, score, state, role, people in sessions:
        turns = store._query("SELECT " + ", ".join(TURN_COLUMNS) + " FROM turns WHERE session_id = ? AND profile_id = ?"
                             " ORDER BY idx", [sid, profile_id])
        yield {
            "scenario_id": scenario, "mode": mode, "role": role, "started": started, "updated": updated,
            "finished": finished, "abandoned": bool(abandoned), "outcome": outcome, "score": score,
            "state": json.loads(state) if people == 1 and state else None,
            "turns": [_turn(row) for row in turns],
            "reflections": [{"text": t, "private": bool(p), "created": c} for t, p, c in store._query(
                "SELECT text, private, created FROM reflections WHERE session_id = ? AND profile_id = ? ORDER BY id",
                [sid, profile_id])],
            "commitments": [{"text": t, "created": c} for t, c in store._query(
                "SELECT text, created FROM commitments WHERE session_id = ? AND profile_id = ? ORDER BY id",
                [sid, profile_id])],
        }


def _turn(row: tuple) -> dict:
    item = dict(zip(TURN_COLUMNS, row))
    item["labels"] = [x for x in item["labels"].split(",") if x]
    item["typed"] = bool(item["typed"])
    item["elements"] = {e: item.pop(e) for e in ELEMENTS}
    return item


def _validated(data: Any) -> list[dict]:
    """The sessions of an export, or BAD_IMPORT saying what is wrong."""
    def bad(why: str) -> StoreError:
        return StoreError(errors.BAD_IMPORT, f"This file is not a Relint export that can be imported: {why}.")

    if not isinstance(data, dict) or "relint_export" not in data:
        raise bad("it has no 'relint_export' marker")
    if not isinstance(data["relint_export"], int) or data["relint_export"] > EXPORT_FORMAT:
        raise bad(f"it is export format {data['relint_export']!r}; this version reads up to {EXPORT_FORMAT}")
    profile = data.get("profile")
    if not isinstance(profile, dict) or not isinstance(profile.get("name"), str):
        raise bad("the profile name is missing")
    sessions = data.get("sessions")
    if not isinstance(sessions, list):
        raise bad("'sessions' must be a list")
    for n, s in enumerate(sessions, start=1):
        where = f"session {n}"
        if not isinstance(s, dict) or not isinstance(s.get("scenario_id"), str) or not isinstance(s.get("started"), str):
            raise bad(f"{where} lacks its scenario or start time")
        if s.get("state") is not None and not isinstance(s["state"], dict):
            raise bad(f"{where} has a damaged run state")
        for m, t in enumerate(s.get("turns", []), start=1):
            if not isinstance(t, dict):
                raise bad(f"{where}, turn {m} is not an object")
            ok = (isinstance(t.get("idx"), int) and isinstance(t.get("node"), str) and isinstance(t.get("reply"), str)
                  and isinstance(t.get("score"), int) and isinstance(t.get("at"), str)
                  and isinstance(t.get("elements"), dict) and isinstance(t.get("labels", []), list))
            if not ok:
                raise bad(f"{where}, turn {m} lacks a field or has the wrong type")
            unknown = [x for x in t.get("labels", []) if x not in LABELS]
            if unknown:
                raise bad(f"{where}, turn {m} has unknown labels {', '.join(map(str, unknown))}")
        for kind in ("reflections", "commitments"):
            items = s.get(kind, [])
            if not isinstance(items, list) or not all(
                    isinstance(i, dict) and isinstance(i.get("text"), str) and isinstance(i.get("created"), str)
                    for i in items):
                raise bad(f"{where} has damaged {kind}")
    return sessions


def _free_name(store, wanted: str) -> str:
    """The exported name, or "name (2)", "name (3)" ... if taken."""
    base = " ".join(wanted.split())[:50] or "Imported"
    candidate, n = base, 1
    while True:
        try:
            return store._valid_name(candidate)
        except StoreError as exc:
            if exc.code != errors.PROFILE_EXISTS:
                raise
        n += 1
        candidate = f"{base} ({n})"


def read_export_file(path) -> Any:
    """Load an export file for `import_json`; BAD_IMPORT for an unreadable, huge or non-JSON file."""
    try:
        with open(path, "rb") as handle:
            raw = handle.read(MAX_IMPORT_BYTES + 1)
    except OSError as exc:
        raise StoreError(errors.BAD_IMPORT, f"Cannot read {path}: {exc.strerror or exc}.") from None
    if len(raw) > MAX_IMPORT_BYTES:
        raise StoreError(errors.BAD_IMPORT, f"{path} is larger than {MAX_IMPORT_BYTES // 2**20} MB; not imported.")
    try:
        return json.loads(raw.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise StoreError(errors.BAD_IMPORT, f"{path} is not valid JSON ({exc}).") from None


def save_export(store, profile_id: int, path, fmt: str, passphrase: str | None = None) -> int:
    """Write a JSON or CSV export to `path`, readable by its owner only; returns the number of turns."""
    import io
    import os
    from pathlib import Path

    path = Path(path)
    buffer = io.StringIO(newline="")
    if fmt == "csv":
        count = write_csv(store, profile_id, buffer, passphrase)
        text = "\ufeff" + buffer.getvalue()  # the byte-order mark makes spreadsheets read UTF-8
    else:
        write_json(store, profile_id, buffer, passphrase)
        text = buffer.getvalue()
        count = store.dashboard(profile_id).turns_total
    partial = path.with_name(path.name + ".partial")
    fd = os.open(partial, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
        handle.write(text)
    os.replace(partial, path)
    return count
