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
    r"|【(?:[^【】\s]{2,24}[ \u3000]+)?(?P<bracketed>[\u4e00-\u9fff·]{2,12})】\s*$)"
)
"""A speaker's label at a press conference: the name, perhaps with a role before it or in
brackets (市数据局局长 王志刚：, 赵敏（甲市副市长）：), alone on its line or before the answer;
or the name alone on its line in square brackets, perhaps after the role (【赵明远】,
【古丽米拉·阿不都】, 【沈阳市人民政府副市长 赵明】)."""


def answer_start(text: str) -> int:
    """Where the words of an answer start past the label that opens it (陈永和：…, 答：…)."""
    label = _SPEAKER.match(text) or load_cues().regex("segment", "answer").match(text)
    return label.end() if label else 0


def _speaker_label(text: str) -> tuple[str, int] | None:
    """The speaker a label at a line's start names and where their words start: by name
    (王志刚：, 【王志刚】) or in brackets after their role (■发布人（廖建中）)."""
    if turn := _SPEAKER_TURN.match(text):
        return turn.group("name") or turn.group("bracketed"), turn.end()
    if turn := load_cues().regex("segment", "speaker-role").match(text):
        return turn.group(1), turn.end()
    return None


def interview(lines: list[Line]) -> list[Anchor]:
    """One anchor per answered question, its body the answer, up to the next question; in a
    transcript, one per speaker's turn."""
    return _questions(lines) or _reports(lines) or _transcript(lines)


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


def _reports(lines: list[Line]) -> list[Anchor]:
    """One anchor per report of a radio or TV script (【主持人】, 【记者】, 【录音】（…）,
    【同期声】): the host's turns lead in to the reports and are none; a report is the turns
    after one, the reporter's words and the sound bites in them, headed by its first sentence.
    A script has sound bites or live links; a conference's transcript has none."""
    cues = load_cues()
    turn = cues.regex("segment", "broadcast-turn")
    kinds = {i: m.group(1) for i, ln in enumerate(lines) if (m := turn.match(ln.stripped))}
    host, bite = cues.regex("segment", "broadcast-host"), cues.regex("segment", "broadcast-bite")
    hosts = [i for i, kind in kinds.items() if host.match(kind)]
    if len(hosts) < 2 or not any(bite.match(kind) for kind in kinds.values()):
        return []
    anchors = []
    for before, i in itertools.pairwise(sorted(kinds)):
        if before in hosts and i not in hosts and i + 1 < len(lines) and i + 1 not in kinds:
            stop = min((k for k in hosts if k > i), default=len(lines))
            told = (_told_from(lines[i + 1], 0),)
            anchors.append(Anchor(i + 1, None, told, i + 1, stop, None, lines[i + 1].content_start))
    return anchors


def _transcript(lines: list[Line]) -> list[Anchor]:
    """One anchor per speaker's turn, up to the next label, in a transcript where at least two
    turns ask (the host, a reporter); a speaker is one who answers a turn that asks (the
    names of facets, 主要做法：, answer none), or, where a named host opens the conference
    before any question and speaks again, anyone else named (the speakers' statements)."""
    labels = _labels(lines)
    order = sorted(labels)
    answering = {
        labels[i][0] for before, i in itertools.pairwise(order) if labels[before][0] is None
    } - {None}
    speakers = [labels[i][0] for i in order]
    opening = speakers[: speakers.index(None)] if None in speakers else speakers
    host = next((name for name in opening if speakers.count(name) > 1), None)
    if host is not None and host not in answering:  # who opens the conference and closes it
        answering |= set(speakers[speakers.index(host) :]) - {host, None}
    turns = [i for i in order if labels[i][0] in answering]
    asks = [i for i in order if labels[i][0] is None]
    if len(asks) < 2 or len(turns) < MIN_ANSWERED or _sound_bites(lines, labels):
        return []
    anchors = []
    for i in turns:
        stop = min((k for k in asks + turns if k > i), default=len(lines))
        _, words = labels[i]
        if words < len(lines[i].stripped):  # the answer runs on from its label
            opening = lines[i].content_start + words
            anchors.append(Anchor(i, None, (_told_from(lines[i], words),), i, stop, None, opening))
        elif i + 1 < stop:
            told = (_told_from(lines[i + 1], 0),)
            anchors.append(Anchor(i + 1, None, told, i + 1, stop, None, lines[i + 1].content_start))
    return anchors


def _sound_bites(lines: list[Line], labels: dict[int, tuple[str | None, int]]) -> bool:
    """Whether most speakers are introduced by the line above their first turn (株洲市财政局
    政府采购科科长谭志明介绍，… over 谭志明：…): a radio report quoting people between its
    narration, not a transcript of questions and answers."""
    first: dict[str, int] = {}
    for i in sorted(labels):
        name = labels[i][0]
        if name is not None and name not in first:
            first[name] = i
    introduced = [
        name
        for name, i in first.items()
        if len(name) >= 2 and _narrated(lines, labels, i - 1) and name in lines[i - 1].stripped
    ]
    return len(introduced) >= MIN_ANSWERED and 2 * len(introduced) >= len(first)


def _narrated(lines: list[Line], labels: dict[int, tuple[str | None, int]], i: int) -> bool:
    """Whether a line is the narration's, not a turn's: no label opens it, and it is not the
    words under a label alone on the line above (主持人： over 下面请陈静女士介绍…)."""
    if i < 0 or i in labels:
        return False
    above = labels.get(i - 1)
    return above is None or above[1] < len(lines[i - 1].stripped)


def _told_from(line: Line, at: int) -> Line:
    """The first sentence of a turn past the courtesies it opens with (谢谢主持人。): its
    title; the turn's text opens before them."""
    return first_sentence(line, past_courtesies(line.stripped, at))


def past_courtesies(text: str, at: int) -> int:
    """Where a turn's words start past the courtesies at ``at`` (谢谢您的提问。…), or ``at``
    when nothing follows them."""
    courtesy = load_cues().regex("segment", "courtesy").match(text[at:])
    return at + courtesy.end() if courtesy and at + courtesy.end() < len(text) else at


def _labels(lines: list[Line]) -> dict[int, tuple[str | None, int]]:
    """Each label line's speaker (None for one asking) and where its words start."""
    asking = load_cues().regex("segment", "interviewer")
    labels: dict[int, tuple[str | None, int]] = {}
    for i, line in enumerate(lines):
        if m := asking.match(line.stripped):
            labels[i] = (None, m.end())
        elif speaker := _speaker_label(line.stripped):
            labels[i] = speaker
    return labels


def first_turn(lines: list[Line]) -> int | None:
    """The line a transcript's first turn opens at (its host's label, above the speakers'):
    what is above it is the page's, not a story of the text; None for no transcript."""
    if _questions(lines) or not _transcript(lines):
        return None
    return min(_labels(lines))


def speaker_at(text: str, at: int) -> str | None:
    """The name of the speaker whose turn begins at ``at``: by the label before it on its line
    (赵敏（甲市副市长）：…) or alone on the line above (王志刚：)."""
    start = text.rfind("\n", 0, at) + 1
    label = text[start:at].strip()
    if not label and start > 0:
        label = text[text.rfind("\n", 0, start - 1) + 1 : start].strip()
    speaker = _speaker_label(label)
    return speaker[0] if speaker and speaker[1] == len(label) else None
