"""The progress store's JSON-document tables: family agreements and children's profiles.

One document a row, each written in its own transaction (a mixin of ProgressStore, which
owns the connection and the transactions).
"""

from __future__ import annotations

import sqlite3
from contextlib import AbstractContextManager
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from companion.core.clock import Clock

TABLES = ("agreements", "children")


class DocumentTables:
    _clock: Clock

    def _transaction(self) -> AbstractContextManager[sqlite3.Connection]:
        raise NotImplementedError

    def _read(self, sql: str, args: tuple[str, ...] = ()) -> list[tuple[str, ...]]:
        raise NotImplementedError

    def agreement_documents(self) -> list[tuple[int, str]]:
        """(id, JSON document) of every saved agreement, oldest first."""
        return self._documents("agreements")

    def save_agreement_document(self, agreement_id: int | None, document: str) -> int:
        """Insert or replace one agreement in its own transaction; return its id."""
        return self._save_document("agreements", agreement_id, document)

    def delete_agreement(self, agreement_id: int) -> None:
        self._delete_document("agreements", agreement_id)

    def child_documents(self) -> list[tuple[int, str]]:
        return self._documents("children")

    def save_child_document(self, child_id: int | None, document: str) -> int:
        return self._save_document("children", child_id, document)

    def delete_child(self, child_id: int) -> None:
        self._delete_document("children", child_id)

    def _documents(self, table: str) -> list[tuple[int, str]]:
        rows = self._read(f"SELECT id, document FROM {_table(table)} ORDER BY id")
        return [(int(row[0]), str(row[1])) for row in rows]

    def _save_document(self, table: str, row_id: int | None, document: str) -> int:
        with self._transaction() as db:
            now = self._clock.now().isoformat()
            if row_id is None:
                sql = f"INSERT INTO {_table(table)} (document, updated_at) VALUES (?, ?)"
                return int(db.execute(sql, (document, now)).lastrowid or 0)
            sql = f"INSERT OR REPLACE INTO {_table(table)} (id, document, updated_at)"
            sql += " VALUES (?, ?, ?)"
            db.execute(sql, (row_id, document, now))
            return row_id

    def _delete_document(self, table: str, row_id: int) -> None:
        with self._transaction() as db:
            db.execute(f"DELETE FROM {_table(table)} WHERE id = ?", (row_id,))


def _table(name: str) -> str:
    if name not in TABLES:
        raise ValueError(f"no such table: {name}")
    return name
