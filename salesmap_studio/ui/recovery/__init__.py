"""Never lose work: autosave snapshots, the session lock, crash recovery, backups, external changes."""
