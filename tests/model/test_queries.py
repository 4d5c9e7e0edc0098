"""Read queries: links around a node (parallel links, loops), neighbours, order, lanes and phases."""

from __future__ import annotations

import networkx as nx
import pytest


def ids(entities) -> list[str]:
    return [entity.id for entity in entities]


def test_links_from_and_to_list_parallel_links_and_loops_in_document_order(small_map):
    assert ids(small_map.links_from("lead")) == ["l1", "again", "l2"]
    assert ids(small_map.links_to("lead")) == ["again"]
    assert ids(small_map.links_to("budget")) == ["l1", "l2"]
    assert ids(small_map.links_from("won")) == []


def test_links_of_counts_a_loop_once(small_map):
    assert ids(small_map.links_of("lead")) == ["l1", "again", "l2"]
    assert ids(small_map.links_of("budget")) == ["l1", "yes", "no", "l2"]


def test_successors_and_predecessors_name_each_neighbour_once(small_map):
    assert small_map.successors("lead") == ["budget", "lead"]
    assert small_map.successors("budget") == ["won", "lost"]
    assert small_map.predecessors("budget") == ["lead"]
    assert small_map.predecessors("lead") == ["lead"]


def test_nodes_among_ids_are_the_map_s_nodes_in_the_order_asked(small_map):
    asked = ["won", "l1", "note", "gone", "lead", "won"]
    assert ids(small_map.nodes_among(asked)) == ["won", "lead", "won"]
    assert small_map.nodes_among(asked)[1] is small_map.node("lead")
    assert small_map.nodes_among([]) == []


def test_existing_keeps_the_ids_of_nodes_links_and_notes_in_the_order_asked(small_map):
    asked = ["gone", "note", "yes", "budget", "Lead", "again"]
    assert small_map.existing(asked) == ["note", "yes", "budget", "again"]
    assert small_map.existing(iter(["lost", "nothing"])) == ["lost"]


def test_nodes_stages_and_lookups(small_map):
    assert ids(small_map.nodes()) == ["lead", "budget", "won", "lost"]
    assert ids(small_map.stages()) == ["lead"]
    assert small_map.node("budget").name == "Budget confirmed?"
    assert small_map.has_node("won") and not small_map.has_node("Won")
    assert len(small_map) == 4 and ids(small_map) == ids(small_map.nodes())
    assert small_map.start == "lead"
    assert small_map.link("again").label == "Not now" and small_map.has_link("l2")
    assert small_map.note("note").text == "Pricing?" and small_map.has_note("note")
    with pytest.raises(KeyError):
        small_map.node("nowhere")


def test_lanes_and_phases_by_id(small_map):
    assert small_map.lane("sales").name == "Sales" and small_map.lane_index("sales") == 0
    assert small_map.lane("marketing") is None and small_map.lane_index("marketing") is None
    assert small_map.phase("decision").name == "Decision" and small_map.phase("advocacy") is None


def test_a_removed_node_goes_back_to_its_place(small_map):
    links = small_map.links_of("budget")
    indexes = {link.id: small_map.link_index(link.id) for link in links}
    node, where = small_map.node("budget"), small_map.node_index("budget")
    before = small_map.to_dict()
    for link in links:
        small_map._remove_link(link.id)
    small_map._remove_node("budget")
    assert ids(small_map.nodes()) == ["lead", "won", "lost"]
    small_map._insert_node(node, where)
    for link in sorted(links, key=lambda link: indexes[link.id]):
        small_map._insert_link(link, indexes[link.id])
    assert small_map.to_dict() == before


def test_a_removed_note_goes_back_to_its_place(small_map):
    from salesmap_studio.model import Note

    small_map._insert_note(Note(id="later", text="Later"))
    before = small_map.to_dict()
    note, where = small_map.note("note"), small_map.note_index("note")
    small_map._remove_note("note")
    small_map._insert_note(note, where)
    assert small_map.to_dict() == before


def test_graph_view_shows_the_topology_and_cannot_change_it(small_map):
    graph = small_map.graph_view()
    assert set(graph.nodes) == {"lead", "budget", "won", "lost"}
    assert sorted(key for _, _, key in graph.edges(keys=True)) == ["again", "l1", "l2", "no", "yes"]
    with pytest.raises(nx.NetworkXError, match="Frozen graph"):
        graph.add_node("intruder")
    assert not small_map.has_node("intruder")
