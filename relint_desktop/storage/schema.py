"""The progress database's schema, as sqlite-utils Migrations: each step runs in one transaction with its record.

Steps are history: once released, a step is never edited; a change is a new step at the end.
SCHEMA_VERSION is the number of steps; `relint_schema.version` holds it in every file.
"""

from __future__ import annotations

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

from relint_desktop.core.rubric import RED_LABELS

MIGRATION_SET = "relint"
VERSION_TABLE = "relint_schema"

migrations = Migrations(MIGRATION_SET)


def _execute(db: Database, *statements: str) -> None:
    # One statement at a time: sqlite3's executescript() would commit the step's transaction.
    for sql in statements:
        db.execute(sql)


def _set_version(db: Database, version: int) -> None:
    db.execute(f"UPDATE {VERSION_TABLE} SET version = ? WHERE id = 1", [version])


@migrations(name="001_initial")
def initial(db: Database) -> None:
    """Profiles, single-learner sessions with their resumable state, turns, reflections, commitments."""
    _execute(
        db,
        f"CREATE TABLE {VERSION_TABLE} (id INTEGER PRIMARY KEY CHECK (id = 1), version INTEGER NOT NULL)",
        f"INSERT INTO {VERSION_TABLE} (id, version) VALUES (1, 0)",
        # AUTOINCREMENT: an erased profile's or session's id is never handed out again, so a window
        # or backup still holding it can never point at someone else.
        """CREATE TABLE profiles (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            name TEXT NOT NULL,
            created TEXT NOT NULL)""",
        """CREATE TABLE sessions (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            profile_id INTEGER NOT NULL REFERENCES profiles(id),
            scenario_id TEXT NOT NULL,
            mode TEXT NOT NULL DEFAULT 'solo',
            started TEXT NOT NULL,
            updated TEXT NOT NULL,
            finished TEXT,
            abandoned INTEGER NOT NULL DEFAULT 0,
            outcome TEXT NOT NULL DEFAULT '',
            score INTEGER,
            state TEXT NOT NULL)""",
        """CREATE TABLE turns (
            id INTEGER PRIMARY KEY,
            session_id INTEGER NOT NULL REFERENCES sessions(id),
            idx INTEGER NOT NULL,
            node TEXT NOT NULL,
            reply TEXT NOT NULL,
            typed INTEGER NOT NULL,
            choice_index INTEGER,
            labels TEXT NOT NULL DEFAULT '',
            score INTEGER NOT NULL,
            listening INTEGER NOT NULL,
            curiosity INTEGER NOT NULL,
            judgment INTEGER NOT NULL,
            containment INTEGER NOT NULL,
            consistency INTEGER NOT NULL,
            trust_before INTEGER NOT NULL DEFAULT 0,
            trust_after INTEGER NOT NULL DEFAULT 0,
            feedback TEXT NOT NULL DEFAULT '',
            suggestion TEXT NOT NULL DEFAULT '',
            at TEXT NOT NULL,
            UNIQUE (session_id, idx))""",
        """CREATE TABLE reflections (
            id INTEGER PRIMARY KEY,
            session_id INTEGER NOT NULL REFERENCES sessions(id),
            profile_id INTEGER NOT NULL REFERENCES profiles(id),
            text TEXT NOT NULL,
            private INTEGER NOT NULL DEFAULT 1,
            created TEXT NOT NULL)""",
        """CREATE TABLE commitments (
            id INTEGER PRIMARY KEY,
            session_id INTEGER NOT NULL REFERENCES sessions(id),
            profile_id INTEGER NOT NULL REFERENCES profiles(id),
            text TEXT NOT NULL,
            created TEXT NOT NULL)""",
        "CREATE INDEX sessions_profile ON sessions(profile_id, started)",
    )
    _set_version(db, 1)


@migrations(name="002_participants_and_labels")
def participants_and_labels(db: Database) -> None:
    """Sessions with several participants (couples, therapist) and per-label rows so the dashboard aggregates in SQL."""
    red = ", ".join(f"'{label}'" for label in RED_LABELS)
    _execute(
        db,
        """CREATE TABLE session_participants (
            session_id INTEGER NOT NULL REFERENCES sessions(id),
            profile_id INTEGER NOT NULL REFERENCES profiles(id),
            role TEXT NOT NULL DEFAULT 'learner'
                CHECK (role IN ('learner', 'speaker', 'listener', 'facilitator')),
            PRIMARY KEY (session_id, profile_id))""",
        "INSERT INTO session_participants (session_id, profile_id, role) SELECT id, profile_id, 'learner' FROM sessions",
        "CREATE INDEX participants_profile ON session_participants(profile_id)",
        # Who answered the turn (in couples mode the two partners alternate) and, copied from the
        # session, which scenario: the dashboard then needs no join over 100,000 turns.
        "ALTER TABLE turns ADD COLUMN profile_id INTEGER REFERENCES profiles(id)",
        "ALTER TABLE turns ADD COLUMN scenario_id TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE turns ADD COLUMN red INTEGER NOT NULL DEFAULT 0",
        """UPDATE turns SET
            profile_id = (SELECT s.profile_id FROM sessions s WHERE s.id = turns.session_id),
            scenario_id = (SELECT s.scenario_id FROM sessions s WHERE s.id = turns.session_id)""",
        """CREATE TABLE turn_labels (
            turn_id INTEGER NOT NULL REFERENCES turns(id),
            label TEXT NOT NULL,
            profile_id INTEGER NOT NULL,
            PRIMARY KEY (turn_id, label))""",
        # (A rowid table: SQLite 3.40's integrity check misreports NOT NULL columns of some WITHOUT ROWID tables.)
        # Version 1 kept labels as "a,b,c"; split them with a recursive query.
        """INSERT INTO turn_labels (turn_id, profile_id, label)
            WITH RECURSIVE split(turn_id, profile_id, label, rest) AS (
                SELECT id, profile_id, '', labels || ',' FROM turns WHERE labels != ''
                UNION ALL
                SELECT turn_id, profile_id, substr(rest, 1, instr(rest, ',') - 1), substr(rest, instr(rest, ',') + 1)
                FROM split WHERE rest != '')
            SELECT DISTINCT turn_id, profile_id, label FROM split WHERE label != ''""",
        f"UPDATE turns SET red = (SELECT count(*) FROM turn_labels l WHERE l.turn_id = turns.id AND l.label IN ({red}))",
        "CREATE INDEX turns_profile_time ON turns(profile_id, at)",
        "CREATE INDEX turns_profile_red ON turns(profile_id, red, at)",
        "CREATE INDEX turn_labels_profile ON turn_labels(profile_id, label)",
        "CREATE INDEX reflections_profile ON reflections(profile_id)",
        "CREATE INDEX commitments_profile ON commitments(profile_id)",
    )
    _set_version(db, 2)


@migrations(name="003_practice_states")
def practice_states(db: Database) -> None:
    """A turn with a red label keeps the run state just before it, so "practise your missed moments" can
    start a run exactly there (same trust, facts and transcript)."""
    _execute(db, "ALTER TABLE turns ADD COLUMN state_before TEXT")
    _set_version(db, 3)


@migrations(name="004_dashboard_indexes")
def dashboard_indexes(db: Database) -> None:
    """The learner's calendar day on each turn and covering indexes, so a 100,000-turn dashboard reads
    only index pages: charts and streaks from (profile, day, elements), missed moments from red turns."""
    _execute(
        db,
        "ALTER TABLE turns ADD COLUMN day TEXT NOT NULL DEFAULT ''",
        "UPDATE turns SET day = date(at, 'localtime')",
        "CREATE INDEX turns_profile_day ON turns(profile_id, day, listening, curiosity, judgment, containment, "
        "consistency)",
        "CREATE INDEX turns_missed ON turns(profile_id, scenario_id, node, at) WHERE red > 0",
        "DROP INDEX turns_profile_red",
    )
    _set_version(db, 4)


@migrations(name="005_profile_locks")
def profile_locks(db: Database) -> None:
    """A profile can be locked: a salted scrypt key of its passphrase, with the parameters it was made with
    (so they can be raised later). Never the passphrase itself; the profile's rows are not encrypted."""
    _execute(
        db,
        """CREATE TABLE profile_locks (
            profile_id INTEGER PRIMARY KEY REFERENCES profiles(id),
            kdf TEXT NOT NULL,
            params TEXT NOT NULL,
            salt BLOB NOT NULL,
            key BLOB NOT NULL,
            set_at TEXT NOT NULL)""",
    )
    _set_version(db, 5)


SCHEMA_VERSION = len(migrations._migrations)
"""The newest schema this version of Relint writes; files with a higher version are refused."""
KNOWN_STEPS = frozenset(m.name for m in migrations._migrations)
