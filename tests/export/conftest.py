"""Export tests keep remembered choices in a throwaway settings folder (the panels' fixture)."""

from tests.ui.panels.conftest import private_settings  # noqa: F401  (autouse)
