"""The one error a history file can raise: a sentence that says what is wrong and what to do."""


class EvidenceError(ValueError):
    """The deal history cannot be read; the message names the file's problem and the fix."""


class AmbiguousDates(EvidenceError):
    """Dates like 03/04/2025 that could be day-first or month-first, and none in the file tells which;
    `example` is one of them as written, so the user can be asked."""

    def __init__(self, message: str, example: str) -> None:
        super().__init__(message)
        self.example = example
