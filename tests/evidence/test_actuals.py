"""Take actuals into the map: the values to set, worked out by hand for the three-deal story."""

from __future__ import annotations

from salesmap_studio.evidence.actuals import actuals
from salesmap_studio.persistence import load

from .helpers import FIVE_STEP, FIXTURES, evidence_of


def test_the_story_gives_conversions_days_and_shares():
    doc = load(FIVE_STEP)
    stages, shares = actuals(doc, evidence_of(FIXTURES / "salesforce_opportunity_history.csv"))
    # Connect: 2 of 3 moved on (0.67), median 5 days; Close: 3 of 3, median 7 days.
    assert stages["connect"] == {"conversion_rate": 0.67, "expected_days": 5.0}
    assert stages["close"] == {"conversion_rate": 1.0, "expected_days": 7.0}
    # Close's shares 2/3, 1/3, 0 round to 0.67 + 0.33 + 0 = 1; "Interested?" sent all on to Research.
    assert shares == {"l7": 0.67, "l8": 0.33, "l9": 0.0, "l3": 1.0, "l4": 0.0, "l1": 1.0, "l2": 1.0, "l5": 1.0, "l6": 1.0}


def test_rounded_shares_never_pass_one():
    doc = load(FIVE_STEP)
    data = {"stages": {}, "links": {"l7": {"share": 0.335}, "l8": {"share": 0.335}, "l9": {"share": 0.33}}}
    _, shares = actuals(doc, data)
    assert round(sum(shares.values()), 2) == 1.0 and shares["l9"] == 0.33
