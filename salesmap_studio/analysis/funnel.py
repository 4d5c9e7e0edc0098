"""Reverse-funnel and cycle-time math: how many deals must enter to win the target.

The map is read as an absorbing Markov chain. A deal enters at the start; a
stage passes on its `conversion_rate` (unknown: all) and drops the rest; a
decision passes all on; what a node passes on is split over its outgoing links
by `share` (links without one split what the given shares leave, equally).
Outcomes keep the deals that arrive. The won point counts its arrivals as won;
a won stage still passes them on (to implementation, say), so the volumes after
the sale show, while the win rate stops at the won point. Loops count every visit.
Everything is one exact linear solve, not a simulation.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass

import numpy as np

from ..model import Decision, Outcome, SalesMap, Stage
from .flow_order import neighbours, outgoing, reachable, start_nodes
from .words import say

SHARE_SLACK = 1e-9
LEAST_WIN_RATE = 1e-9  # below one deal in a billion the figures are no plan (and past 1e-308 they are infinite)
MAX_NODES = 2000  # a dense solve: 1,000 nodes take 0.1 s, 2,000 about 0.6 s


class FunnelError(ValueError):
    """The map cannot be computed as a funnel; the message says what to fix, in the map's language.

    `key` and `values` are the words-table entry, so a panel can say it in the UI's language.
    """

    def __init__(self, doc: SalesMap, key: str, **values) -> None:
        super().__init__(say(key, doc.info.language, **values))
        self.key, self.values = key, values


@dataclass(frozen=True)
class FunnelResult:
    target: float
    period: str
    entries: float
    win_rate: float
    cycle_days: float
    revenue: float | None
    volumes: dict[str, float]

    def to_dict(self) -> dict:
        return asdict(self)


def won_point(doc: SalesMap) -> str | None:
    """Where deals count as won: `funnel.won_at`, else the map's only `won` outcome."""
    funnel = doc.info.funnel
    if funnel is not None and funnel.won_at is not None and doc.has_node(funnel.won_at):
        return funnel.won_at
    won = [n.id for n in doc.nodes() if isinstance(n, Outcome) and n.result == "won"]
    return won[0] if len(won) == 1 else None


def compute_funnel(doc: SalesMap) -> FunnelResult:
    """The funnel for the map's target; raises `FunnelError` when it cannot be computed."""
    funnel, won, start = _settings(doc)
    reached = reachable([start], neighbours(doc))
    if won not in reached:
        raise FunnelError(doc, "funnel-never-won")
    ids = [node.id for node in doc.nodes() if node.id in reached]
    if len(ids) > MAX_NODES:
        raise FunnelError(doc, "funnel-too-large", limit=MAX_NODES, count=len(ids))
    chain = _transitions(doc, ids, won)
    visits, wins = _solve(doc, chain, ids, ids.index(start), ids.index(won))
    onward = _transitions(doc, ids, None)  # the won stage passes deals on: the volumes after the sale
    win_rate = float(wins[ids.index(start)])
    if win_rate <= 0.0:
        raise FunnelError(doc, "funnel-never-won")
    if win_rate < LEAST_WIN_RATE:
        raise FunnelError(doc, "funnel-beyond-planning")
    entries = funnel.target / win_rate
    volumes = {node.id: 0.0 for node in doc.nodes()}
    passed = _onward_visits(doc, onward, ids, ids.index(start))
    volumes.update({node_id: float(entries * passed[i]) for i, node_id in enumerate(ids)})
    revenue = funnel.target * funnel.deal_value if funnel.deal_value is not None else None
    return FunnelResult(
        target=funnel.target,
        period=funnel.period,
        entries=float(entries),
        win_rate=win_rate,
        cycle_days=_cycle_days(doc, ids, won, visits, wins, win_rate),
        revenue=revenue,
        volumes=volumes,
    )


def percent(share: float) -> str:
    """A share as a percentage with three significant digits: 15.8%, 0.0128%."""
    return f"{share * 100:.3g}%"


def _settings(doc: SalesMap):
    funnel = doc.info.funnel
    if funnel is None:
        raise FunnelError(doc, "funnel-no-settings")
    won = won_point(doc)
    if won is None:
        raise FunnelError(doc, "no-won-point")
    starts = start_nodes(doc)
    if len(starts) != 1:
        raise FunnelError(doc, "funnel-no-start")
    return funnel, won, starts[0]


def _transitions(doc: SalesMap, ids: list[str], won: str | None) -> np.ndarray:
    """Q[i, j]: the share of the deals entering node i that move on to node j."""
    index = {node_id: i for i, node_id in enumerate(ids)}
    chain = np.zeros((len(ids), len(ids)))
    links = outgoing(doc)
    for node_id in ids:
        node = doc.node(node_id)
        if node_id == won or isinstance(node, Outcome):
            continue  # deals stay here
        passed = _pass_rate(node)
        for target, share in _splits(doc, node_id, links.get(node_id, [])):
            chain[index[node_id], index[target]] += passed * share
    return chain


def _pass_rate(node: Stage | Decision) -> float:
    if isinstance(node, Stage) and node.conversion_rate is not None:
        return node.conversion_rate
    return 1.0


def _splits(doc: SalesMap, node_id: str, links) -> list[tuple[str, float]]:
    given = sum(link.share for link in links if link.share is not None)
    if given > 1 + SHARE_SLACK:
        raise FunnelError(doc, "shares-over", name=doc.node(node_id).name, total=given)
    unknown = sum(link.share is None for link in links)
    rest = max(0.0, 1.0 - given) / unknown if unknown else 0.0
    return [(link.target, rest if link.share is None else link.share) for link in links]


def _solve(doc: SalesMap, chain: np.ndarray, ids: list[str], start: int, won: int):
    """Expected visits per entering deal, and each node's chance to end up won."""
    _refuse_endless_loops(doc, chain, ids)
    system = np.eye(len(ids)) - chain
    try:
        visits = np.linalg.solve(system.T, np.eye(len(ids))[start])
        wins = np.linalg.solve(system, np.eye(len(ids))[won])
    except np.linalg.LinAlgError:
        visits = wins = np.array([np.nan])
    if not (np.all(np.isfinite(visits)) and np.all(np.isfinite(wins))):
        raise FunnelError(doc, "funnel-endless-loop", name=doc.node(ids[start]).name)
    return np.clip(visits, 0.0, None), np.clip(wins, 0.0, 1.0)


def _onward_visits(doc: SalesMap, chain: np.ndarray, ids: list[str], start: int) -> np.ndarray:
    """Expected visits per entering deal when the won stage passes its deals on."""
    _refuse_endless_loops(doc, chain, ids)
    try:
        visits = np.linalg.solve((np.eye(len(ids)) - chain).T, np.eye(len(ids))[start])
    except np.linalg.LinAlgError:
        visits = np.array([np.nan])
    if not np.all(np.isfinite(visits)):
        raise FunnelError(doc, "funnel-endless-loop", name=doc.node(ids[start]).name)
    return np.clip(visits, 0.0, None)


def _refuse_endless_loops(doc: SalesMap, chain: np.ndarray, ids: list[str]) -> None:
    """A loop that keeps every deal (conversion 1, share 1) makes the system singular: say where."""
    leaking = chain.sum(axis=1) < 1.0 - SHARE_SLACK
    step_back: dict[int, list[int]] = {}
    for source, target in zip(*np.nonzero(chain)):
        step_back.setdefault(int(target), []).append(int(source))
    can_leave = reachable([int(i) for i in np.nonzero(leaking)[0]], step_back)
    trapped = [i for i in range(len(ids)) if i not in can_leave]
    if trapped:
        name = doc.node(ids[_node_on_loop(chain, trapped[0])]).name
        raise FunnelError(doc, "funnel-endless-loop", name=name)


def _node_on_loop(chain: np.ndarray, node: int) -> int:
    """Follow where the deals go from a trapped node until a node comes round again."""
    seen = set()
    while node not in seen:
        seen.add(node)
        node = int(np.argmax(chain[node]))
    return node


def _cycle_days(doc, ids, won, visits, wins, win_rate) -> float:
    """Expected days from entry to won over the deals that win (the chain conditioned on winning)."""
    days = np.array([_days(doc, node_id, won) for node_id in ids])
    return float(np.sum(visits * wins * days) / win_rate)


def _days(doc: SalesMap, node_id: str, won: str) -> float:
    node = doc.node(node_id)
    if node_id == won or not isinstance(node, Stage) or node.expected_days is None:
        return 0.0
    return node.expected_days



def win_chances(doc: SalesMap) -> dict[str, float]:
    """Each node's chance that a deal there ends won: at the won point (`won_point`, else any `won`
    outcome), or on the way to it; 0 where no path leads there (after the sale, lost, nurture).
    Raises `FunnelError` when the map has nowhere deals are won, or a loop keeps every deal."""
    won = won_point(doc)
    targets = {won} if won is not None else {n.id for n in doc.nodes() if isinstance(n, Outcome) and n.result == "won"}
    if not targets:
        raise FunnelError(doc, "no-won-point")
    ids = [node.id for node in doc.nodes()]
    if len(ids) > MAX_NODES:
        raise FunnelError(doc, "funnel-too-large", limit=MAX_NODES, count=len(ids))
    chain = _transitions(doc, ids, won)
    _refuse_endless_loops(doc, chain, ids)
    ends = np.array([1.0 if node_id in targets else 0.0 for node_id in ids])
    try:
        chances = np.linalg.solve(np.eye(len(ids)) - chain, ends)
    except np.linalg.LinAlgError:
        raise FunnelError(doc, "funnel-endless-loop", name=doc.node(ids[0]).name) from None
    return {node_id: float(np.clip(chance, 0.0, 1.0)) for node_id, chance in zip(ids, chances)}
