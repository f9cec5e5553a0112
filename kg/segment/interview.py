"""Interviews: a reporter's questions, each answered by the person interviewed.

``记者：…？`` (or ``问：``, ``主持人：``) lines alternate with the answers, opened by the
speaker's name (``王立新：…``) or ``答：``. Each question and its answer tell one practice: the
case, headed by the question without the speaker's label, as written. A question nobody
answers (``记者：谢谢您接受采访。``) closes the case above it and is none itself.

A press conference's transcript sets each label on a line of its own (``主持人：``,
``新华社记者：``, ``王志刚：``, or in brackets: ``【主持人】``, ``【王志刚】``) and has several
speakers, each telling their own place's practice: there each speaker's answer is a case,
headed by its first sentence, and the host's words and the questions are none.

Example:
    >>> from kg.corpus import read_document
    >>> from kg.segment.lines import content_lines
    >>> path = out / "talk.txt"
    >>> _ = path.write_text("\\n".join([
    ...     "访甲市政务服务局局长",
    ...     "记者：一网通办有哪些进展？",
    ...     "李明：全市网上可办率达到98%。",
    ...     "记者：企业开办有什么新做法？",
    ...     "李明：我们推行一窗通办，企业开办压缩至半天。",
    ...     "记者：下一步有什么打算？",
    ...     "李明：今年将推出20个一件事。",
    ... ]), encoding="utf-8")
    >>> [a.heading[0].text for a in interview(content_lines(read_document(path)))]
    ['一网通办有哪些进展?', '企业开办有什么新做法?', '下一步有什么打算?']
"""

from __future__ import annotations

import itertools
import re
from collections import Counter

from kg.corpus import Line
from kg.cues import load_cues
from kg.segment.lines import Anchor, first_sentence, tail

MIN_ANSWERED = 3
"""Questions answered by one speaker that make a text an interview."""
_SPEAKER = re.compile(r"^([\u4e00-\u9fff]{2,4})\s*:")
"""A speaker's name that opens a line (王立新：…)."""
_SPEAKER_TURN = re.compile(
    r"^(?:(?:[\u4e00-\u9fff]{2,20}[ \u3000]+)?(?P<name>[\u4e00-\u9fff]{2,4})"
    r"(?:[(（][^()（）]{1,30}[)）])?\s*[:：]\s*"
    r"|【(?P<bracketed>[\u4e00-\u9fff·]{2,12})】\s*$)"
)
"""A speaker's label at a press conference: the name, perhaps with a role before it or in
brackets (市数据局局长 王志刚：, 赵敏（甲市副市长）：), alone on its line or before the answer;
or the name alone on its line in square brackets (【赵明远】, 【古丽米拉·阿不都】)."""


def _speaker(turn: re.Match[str]) -> str:
    return turn.group("name") or turn.group("bracketed")


def interview(lines: list[Line]) -> list[Anchor]:
    """One anchor per answered question, its body the answer, up to the next question; in a
    transcript, one per speaker's turn."""
    return _questions(lines) or _transcript(lines)


def _questions(lines: list[Line]) -> list[Anchor]:
    """One anchor per answered question, its body the answer, up to the next question."""
    cues = load_cues()
    asking, answering = cues.regex("segment", "interviewer"), cues.regex("segment", "answer")
    asks = [i for i, ln in enumerate(lines) if asking.match(ln.stripped)]
    after = {i: lines[i + 1].stripped for i in asks if i + 1 < len(lines) and i + 1 not in asks}
    names = Counter(m.group(1) for text in after.values() if (m := _SPEAKER.match(text)))
    answerer = names.most_common(1)[0][0] if names else None
    answered = [
        i
        for i, text in after.items()
        if answering.match(text) or (answerer and text.startswith(answerer))
    ]
    if len(answered) < MIN_ANSWERED:
        return []
    anchors = []
    for i in answered:
        stop = min((k for k in asks if k > i), default=len(lines))
        label = asking.match(lines[i].stripped)
        assert label is not None
        heading = tail(lines[i], label.end())
        anchors.append(Anchor(i, None, (heading,), i + 1, stop, opening=lines[i].content_start))
    return anchors


def _transcript(lines: list[Line]) -> list[Anchor]:
    """One anchor per speaker's turn, up to the next label, in a transcript where at least two
    turns ask (the host, a reporter); a speaker is one who answers a turn that asks (the
    names of facets, 主要做法：, answer none)."""
    asking = load_cues().regex("segment", "interviewer")
    labels: dict[int, tuple[str | None, int]] = {}  # line → (speaker, or None for one asking)
    for i, line in enumerate(lines):
        if m := asking.match(line.stripped):
            labels[i] = (None, m.end())
        elif m := _SPEAKER_TURN.match(line.stripped):
            labels[i] = (_speaker(m), m.end())
    order = sorted(labels)
    answering = {
        labels[i][0] for before, i in itertools.pairwise(order) if labels[before][0] is None
    } - {None}
    turns = [i for i in order if labels[i][0] in answering]
    asks = [i for i in order if labels[i][0] is None]
    if len(asks) < 2 or len(turns) < MIN_ANSWERED:
        return []
    anchors = []
    for i in turns:
        stop = min((k for k in asks + turns if k > i), default=len(lines))
        _, words = labels[i]
        if words < len(lines[i].stripped):  # the answer runs on from its label
            anchors.append(Anchor(i, None, (first_sentence(lines[i], words),), i, stop))
        elif i + 1 < stop:
            anchors.append(Anchor(i + 1, None, (first_sentence(lines[i + 1]),), i + 1, stop))
    return anchors


def speaker_at(text: str, at: int) -> str | None:
    """The name of the speaker whose turn begins at ``at``: by the label before it on its line
    (赵敏（甲市副市长）：…) or alone on the line above (王志刚：)."""
    start = text.rfind("\n", 0, at) + 1
    label = text[start:at].strip()
    if not label and start > 0:
        label = text[text.rfind("\n", 0, start - 1) + 1 : start].strip()
    turn = _SPEAKER_TURN.fullmatch(label)
    return _speaker(turn) if turn else None
