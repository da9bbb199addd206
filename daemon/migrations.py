"""The state database's schema, as ordered migrations: `PRAGMA user_version` says how many ran."""

from __future__ import annotations

MIGRATIONS: tuple[str, ...] = (
    """
    CREATE TABLE cursors (account TEXT PRIMARY KEY, cursor TEXT, updated_at TEXT NOT NULL);
    CREATE TABLE messages (
        account TEXT NOT NULL, folder TEXT NOT NULL, ref TEXT NOT NULL,
        message_id TEXT NOT NULL, parsed TEXT NOT NULL,
        PRIMARY KEY (account, folder, ref));
    CREATE INDEX messages_by_id ON messages (account, message_id);
    CREATE TABLE unreadable (
        account TEXT NOT NULL, folder TEXT NOT NULL, ref TEXT NOT NULL, reason TEXT NOT NULL,
        PRIMARY KEY (account, folder, ref));
    CREATE TABLE followups (
        id TEXT PRIMARY KEY, account TEXT NOT NULL, kind TEXT NOT NULL, thread_id TEXT NOT NULL,
        recipient TEXT NOT NULL, due_at TEXT NOT NULL, state TEXT NOT NULL, reason TEXT NOT NULL,
        dismissed INTEGER NOT NULL DEFAULT 0, updated_at TEXT NOT NULL);
    CREATE TABLE drafts (
        followup_id TEXT PRIMARY KEY, account TEXT NOT NULL, message_id TEXT NOT NULL,
        state TEXT NOT NULL CHECK (state IN ('intent', 'written')),
        location TEXT, updated_at TEXT NOT NULL);
    """,
    # 2: what was inferred, per thread, with its evidence (for `explain` and the digest)
    """
    CREATE TABLE facts (
        account TEXT NOT NULL, thread_id TEXT NOT NULL, job_related INTEGER NOT NULL,
        category TEXT NOT NULL, company TEXT, inferred TEXT NOT NULL, updated_at TEXT NOT NULL,
        PRIMARY KEY (account, thread_id));
    """,
    # 3: small named values: when the last digest went out, accounts needing re-authorisation
    """
    CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL, updated_at TEXT NOT NULL);
    """,
    # 4: a draft's lint findings, for the digest
    """
    ALTER TABLE drafts ADD COLUMN lint TEXT NOT NULL DEFAULT '[]';
    """,
    # 5: the parser now keeps list mail apart and invitations' descriptions: read every message
    # again (the drafts ledger, follow-ups and dismissals stay)
    """
    DELETE FROM messages; DELETE FROM unreadable; DELETE FROM cursors;
    """,
    # 6: what could not be read, understood or drafted, one message, thread or follow-up at a
    # time, with the fingerprint it had (tried again only when that changes)
    """
    CREATE TABLE failures (
        account TEXT NOT NULL, unit TEXT NOT NULL, key TEXT NOT NULL, message_id TEXT,
        reason TEXT NOT NULL, fingerprint TEXT NOT NULL, first_at TEXT NOT NULL,
        last_at TEXT NOT NULL, PRIMARY KEY (account, unit, key));
    ALTER TABLE unreadable ADD COLUMN message_id TEXT;
    ALTER TABLE unreadable ADD COLUMN at TEXT;
    """,
    # 7: ticks that cost what changed. Each message's threading headers (`head`), fingerprint
    # and UTC date (filled for older rows when first read); each thread's inference, kept with
    # what it read (daemon/incremental.py); the calendar of each group of threads sharing an
    # invitation; a count that moves whenever an account's cached mail changes
    """
    ALTER TABLE messages ADD COLUMN head TEXT;
    ALTER TABLE messages ADD COLUMN fp TEXT;
    ALTER TABLE messages ADD COLUMN at TEXT;
    CREATE INDEX messages_at ON messages (account, at);
    CREATE INDEX messages_without_head ON messages (account) WHERE head IS NULL;
    CREATE TABLE thread_cache (
        account TEXT NOT NULL, thread_id TEXT NOT NULL, pos INTEGER NOT NULL,
        members TEXT NOT NULL, summary TEXT NOT NULL, entry TEXT NOT NULL,
        PRIMARY KEY (account, thread_id));
    CREATE TABLE calendar_cache (
        account TEXT NOT NULL, key TEXT NOT NULL, entry TEXT NOT NULL,
        PRIMARY KEY (account, key));
    CREATE TABLE generations (account TEXT PRIMARY KEY, n INTEGER NOT NULL);
    """,
    # 8: one follow-up in several accounts (the same threads in two mailboxes): which accounts
    # hold it and the time of the latest message of its thread in each; the one with the
    # latest drafts it and lists it
    """
    CREATE TABLE holders (
        followup_id TEXT NOT NULL, account TEXT NOT NULL, latest_at TEXT NOT NULL,
        PRIMARY KEY (followup_id, account));
    """,
)
