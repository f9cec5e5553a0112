"""Literals as kg/export.py renders them: each form reads back as the text it was made from."""

from __future__ import annotations

import json

import pyoxigraph

from kg.export import literal_term

TEXT = "".join(map(chr, range(0x80))) + "推行“一网通办”\u2028\u0085办件18.1万件。\\n"
"""Every ASCII character (controls, quote, backslash, line breaks) and non-ASCII text."""


def test_a_literal_reads_back_in_each_format() -> None:
    term = literal_term(TEXT)
    for form, syntax in (
        (term.nt, pyoxigraph.RdfFormat.N_TRIPLES),
        (term.ttl, pyoxigraph.RdfFormat.TURTLE),
    ):
        quads = list(pyoxigraph.parse(f"<urn:s> <urn:p> {form} .\n", syntax))
        assert [q.object.value for q in quads] == [TEXT]
    assert json.loads(term.json) == {"@value": TEXT}


def test_only_what_n_triples_must_escape_is_escaped() -> None:
    term = literal_term('甲\n乙\t丙"丁\\戊\x7f')
    assert term.nt == '"甲\\n乙\\u0009丙\\"丁\\\\戊\\u007F"'
    assert literal_term("推行一网通办").nt == '"推行一网通办"'
