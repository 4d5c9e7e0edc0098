"""The one error a history file can raise: a sentence that says what is wrong and what to do."""


class EvidenceError(ValueError):
    """The deal history cannot be read; the message names the file's problem and the fix."""
