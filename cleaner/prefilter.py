"""Regular expressions searched only where a match can start.

A pattern of many alternatives (``patterns.BOILERPLATE``: forty phrases, ``re.I``) costs the
regex engine a try of every alternative at every character, ~130 ns a character: more than the
rest of body selection on a long block. Python's engine skips ahead to possible starts only when
a pattern opens with a literal or a plain character class, which such a pattern never does.

:func:`prefiltered` works out, once, from the pattern's own parse tree, the characters a match
can start with, and where it can be told the character that may follow each (版 then 权, 不
then 代); a search then finds those places with one regex of single characters, each with a
lookahead for its second (a few ns a character, in C), and tries the pattern only there. The
answer is the one ``pattern.search`` gives, match object and all: a match starts at 0 (where
``^`` alternatives may match) or at one of those places, and ``pattern.match(text, i)`` sees
the text before ``i`` exactly as a search passing over it does (lookbehinds, ``\\b``). A
pattern whose starts cannot be told (one that may match the empty string, or open with ``.``
or a negated class) is searched as it is.

>>> import re
>>> role = prefiltered(re.compile(r"记者|通讯员"))
>>> role.search("新华社北京8月26日电（记者 张三）").start()
12
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import Any

try:  # the parser of the re module (Python 3.11+); without it patterns are searched as they are
    from re import _constants as _sre_c  # type: ignore[attr-defined]
    from re import _parser as _sre_parse  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover
    _sre_c = _sre_parse = None

__all__ = ["Prefiltered", "needed", "opening", "opening_set", "place_needles", "places", "prefiltered"]


class _Unknown(Exception):
    """The starts of a pattern cannot be told from its parse tree."""


def _starts(items: Any, flags: int, out: list[tuple[Any, Any]], *, at_zero: bool) -> bool:
    """Add to ``out`` the parse items (literals, ranges, categories) a match of the sequence
    ``items`` can start with; return whether the sequence can match the empty string.

    ``at_zero`` is for a match at position 0, where ``^`` holds; elsewhere an alternative
    after ``^`` (without ``re.M``) never matches and adds nothing.
    """
    c = _sre_c
    for op, av in items:
        if op is c.AT:
            if av in (c.AT_BEGINNING, c.AT_BEGINNING_STRING) and not at_zero \
                    and not (av is c.AT_BEGINNING and flags & re.M):
                return False  # this path matches at position 0 only
            continue  # zero-width: \b, $, ^ at 0
        if op in (c.ASSERT, c.ASSERT_NOT):
            continue  # zero-width: the next item consumes the first character
        if op is c.LITERAL:
            out.append((op, av))
            return False
        if op is c.IN:
            if any(o is c.NEGATE for o, _ in av):
                raise _Unknown
            out.extend(av)
            return False
        if op is c.BRANCH:
            empty = False
            for alternative in av[1]:
                empty |= _starts(alternative, flags, out, at_zero=at_zero)
            if not empty:
                return False
            continue
        if op is c.SUBPATTERN:
            _, add, remove, sub = av
            if (add | remove) & re.I:
                raise _Unknown  # a case switch inside: not worth telling
            if not _starts(sub, flags | add, out, at_zero=at_zero):
                return False
            continue
        if op in (c.MAX_REPEAT, c.MIN_REPEAT, getattr(c, "POSSESSIVE_REPEAT", c.MAX_REPEAT)):
            low, _, sub = av
            if not _starts(sub, flags, out, at_zero=at_zero) and low > 0:
                return False
            continue
        if op is getattr(c, "ATOMIC_GROUP", None):
            if not _starts(av, flags, out, at_zero=at_zero):
                return False
            continue
        raise _Unknown  # ., a negated literal, a back-reference …
    return True


#: A character class of more members than this is no use as a test for a needed character.
MAX_NEEDED_ITEMS = 8


def _needed(items: Any, flags: int, most: int = MAX_NEEDED_ITEMS) -> list[tuple[Any, Any]] | None:
    """Parse items (literals, small ranges) one of which every match of the sequence ``items``
    holds somewhere, the fewest found (at most ``most``); None when no such set is known."""
    c = _sre_c
    best: list[tuple[Any, Any]] | None = None
    for op, av in items:
        found: list[tuple[Any, Any]] | None = None
        if op is c.LITERAL:
            found = [(op, av)]
        elif op is c.IN:
            if all(o is c.LITERAL or (o is c.RANGE and av_[1] - av_[0] < MAX_NEEDED_ITEMS)
                   for o, av_ in av):
                found = list(av)
        elif op is c.BRANCH:
            union: list[tuple[Any, Any]] = []
            for alternative in av[1]:
                part = _needed(alternative, flags, most)
                if part is None:
                    union = []
                    break
                union.extend(part)
            found = union or None
        elif op is c.SUBPATTERN:
            _, add, remove, sub = av
            found = None if (add | remove) & re.I else _needed(sub, flags | add, most)
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT, getattr(c, "POSSESSIVE_REPEAT", c.MAX_REPEAT)):
            found = _needed(av[2], flags, most) if av[0] > 0 else None
        elif op is getattr(c, "ATOMIC_GROUP", None):
            found = _needed(av, flags, most)
        if found is not None and (best is None or len(found) < len(best)):
            best = found
    return best if best is not None and len(best) <= most else None


#: What an ASCII letter matches in a case-blind pattern (``re.I`` on str): the letter in either
#: case, and for i, k and s the three letters beyond ASCII that fold to them (İ ı, the Kelvin
#: sign, the long s). A test checks the table against every code point.
_CASE_BLIND_ASCII = {letter: letter.lower() + letter.upper() for letter in
                     "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"}
for _letter, _more in (("i", "\u0130\u0131"), ("k", "\u212a"), ("s", "\u017f")):
    _CASE_BLIND_ASCII[_letter] += _more
    _CASE_BLIND_ASCII[_letter.upper()] += _more


def _class_of(items: list[tuple[Any, Any]], flags: int) -> re.Pattern[str]:
    """A character class of parse items, with the pattern's case rule (a class member then
    matches what the literal matched).

    A case-blind class whose only cased members are ASCII letters is written out with each
    letter's other forms and compiled case-sensitive: the same characters, and sre then scans
    for them without folding each character's case (about half the time a character)."""
    c = _sre_c
    if flags & re.I and all(op is c.LITERAL and (chr(av) in _CASE_BLIND_ASCII
                                                  or chr(av).lower() == chr(av).upper() == chr(av))
                            for op, av in items):
        members = "".join(_CASE_BLIND_ASCII.get(chr(av), chr(av)) for _, av in items)
        return re.compile("[" + "".join(map(re.escape, dict.fromkeys(members))) + "]",
                          flags & (re.A | re.U))
    categories = {c.CATEGORY_DIGIT: r"\d", c.CATEGORY_NOT_DIGIT: r"\D", c.CATEGORY_SPACE: r"\s",
                  c.CATEGORY_NOT_SPACE: r"\S", c.CATEGORY_WORD: r"\w", c.CATEGORY_NOT_WORD: r"\W"}
    parts: list[str] = []
    for op, av in items:
        if op is c.LITERAL:
            parts.append(re.escape(chr(av)))
        elif op is c.RANGE:
            parts.append(re.escape(chr(av[0])) + "-" + re.escape(chr(av[1])))
        elif op is c.CATEGORY and av in categories:
            parts.append(categories[av])
        else:
            raise _Unknown
    if not parts:
        raise _Unknown
    return re.compile("[" + "".join(dict.fromkeys(parts)) + "]", flags & (re.I | re.A | re.U))


#: Every character ``\s`` matches in a str pattern (what ``str.isspace`` tells): none is past
#: U+3000, the ideographic space.
_SPACES = frozenset(char for char in map(chr, range(0x3001)) if char.isspace())


def _set_of(items: list[tuple[Any, Any]], flags: int) -> frozenset[str]:
    """The characters of parse items (literals, ``\\s``) as a set, with the pattern's case rule
    (a case-blind ASCII letter in its every form); _Unknown for items a small set cannot hold."""
    c = _sre_c
    chars: set[str] = set()
    for op, av in items:
        if op is c.LITERAL:
            char = chr(av)
            if not flags & re.I or char.lower() == char.upper() == char:
                chars.add(char)
            elif char in _CASE_BLIND_ASCII:
                chars.update(_CASE_BLIND_ASCII[char])
            else:
                raise _Unknown   # a cased letter beyond ASCII: not worth telling
        elif op is c.CATEGORY and av is c.CATEGORY_SPACE and not flags & re.A:
            chars |= _SPACES
        else:
            raise _Unknown
    return frozenset(chars)


def _start_items(pattern: re.Pattern[str], *, at_zero: bool) -> tuple[list[tuple[Any, Any]], int]:
    """The parse items a match of ``pattern`` can start with, and the pattern's flags."""
    tree = _sre_parse.parse(pattern.pattern, pattern.flags)
    flags = tree.state.flags
    items: list[tuple[Any, Any]] = []
    if _starts(tree, flags, items, at_zero=at_zero):
        raise _Unknown  # may match the empty string: it starts anywhere
    return items, flags


def _start_class(pattern: re.Pattern[str], *, at_zero: bool) -> re.Pattern[str]:
    """A character class matching every character a match of ``pattern`` can start with."""
    return _class_of(*_start_items(pattern, at_zero=at_zero))


def _pairs(items: Any, flags: int, out: list[tuple[list[Any], list[Any] | None]]) -> None:
    """Add to ``out`` what a match of the sequence ``items`` after position 0 opens with: pairs
    of the parse items its first character may be and those its second may be (None when the
    second cannot be told: the match may end there, or go on with any character).
    _Unknown when even the first cannot be told."""
    c = _sre_c
    items = list(items)
    for k, (op, av) in enumerate(items):
        rest = items[k + 1:]
        if op is c.AT:
            if av in (c.AT_BEGINNING, c.AT_BEGINNING_STRING) \
                    and not (av is c.AT_BEGINNING and flags & re.M):
                return  # this path matches at position 0 only
            continue
        if op in (c.ASSERT, c.ASSERT_NOT):
            continue
        if op is c.LITERAL or op is c.IN:
            if op is c.IN and any(o is c.NEGATE for o, _ in av):
                raise _Unknown
            second: list[Any] | None = []
            try:
                if _starts(rest, flags, second, at_zero=False):  # type: ignore[arg-type]
                    second = None   # the match may be this one character
            except _Unknown:
                second = None
            out.append(([(op, av)] if op is c.LITERAL else list(av), second))
            return
        if op is c.BRANCH:
            for alternative in av[1]:
                _pairs(list(alternative) + rest, flags, out)
            return
        if op is c.SUBPATTERN:
            _, add, remove, sub = av
            if add or remove:
                raise _Unknown
            _pairs(list(sub) + rest, flags, out)
            return
        if op in (c.MAX_REPEAT, c.MIN_REPEAT):
            low, high, sub = av
            if high != 0:  # one of ``sub`` first, then at most high - 1 more
                more = high if high == c.MAXREPEAT else high - 1
                again = [(op, (max(low - 1, 0), more, sub))] if more else []
                _pairs(list(sub) + again + rest, flags, out)
            if low == 0:
                _pairs(rest, flags, out)
            return
        raise _Unknown
    raise _Unknown  # the empty string


def _pair_scan(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """A regex matching one character, where a match of ``pattern`` after position 0 may start
    (its first character, and a lookahead for the second where that can be told): each first
    character an alternative of its own, so that sre skips ahead to them."""
    tree = _sre_parse.parse(pattern.pattern, pattern.flags)
    flags = tree.state.flags
    pairs: list[tuple[list[Any], list[Any] | None]] = []
    _pairs(tree, flags, pairs)
    seconds: dict[str, list[Any] | None] = {}
    for first, second in pairs:
        for char in sorted(_set_of(first, flags)):
            if second is None or (char in seconds and seconds[char] is None):
                seconds[char] = None   # this character alone may start a match
            else:
                seconds[char] = seconds.get(char, []) + second  # type: ignore[operator]
    if not seconds:
        raise _Unknown   # no match after position 0: the pattern's own search is as quick
    alternatives = []
    for char, second in seconds.items():
        if second is None:
            alternatives.append(re.escape(char))
            continue
        ahead = _class_of(second, flags)
        case = "(?i:" if ahead.flags & re.I else "(?:"
        alternatives.append(f"{re.escape(char)}(?={case}{ahead.pattern}))")
    return re.compile("|".join(alternatives), flags & (re.A | re.U))


def _start_set(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """The characters a match of ``pattern`` at the start of a text can open with, as a set,
    or None when a set cannot hold them."""
    try:
        return _set_of(*_start_items(pattern, at_zero=True))
    except (_Unknown, re.error, AttributeError, TypeError, ValueError):
        return None


class Prefiltered:
    """``pattern`` with :meth:`search` and :meth:`finditer` trying it only where a match can
    start, and not at all in a text without a character every match needs (see the module
    docstring). Build with :func:`prefiltered`."""

    __slots__ = ("pattern", "_needed", "_first", "_later", "_opens", "_scan")

    def __init__(self, pattern: re.Pattern[str], needed: re.Pattern[str] | None,
                 first: re.Pattern[str] | None, later: re.Pattern[str] | None) -> None:
        self.pattern = pattern
        self._needed = needed  # a character one of which every match holds
        self._first = first    # where a match at position 0 may start
        self._later = later    # where a match after position 0 may start
        # The same as a set, when one holds them: a text's first character is looked up in it
        # rather than by a regex call (which costs more than the lookup on every text asked).
        self._opens = _start_set(pattern) if first is not None else None
        # Where a match after position 0 may start, told by its first two characters where
        # they can be (版权, 不代): fewer places to try the pattern at than by the first alone.
        self._scan = later
        if later is not None:
            try:
                self._scan = _pair_scan(pattern)
            except (_Unknown, re.error, AttributeError, TypeError, ValueError):
                pass

    @property
    def opens(self) -> frozenset[str] | None:
        """The characters a match at a text's start can open with, as :meth:`match` and
        :meth:`search` test a text's first character; None when a set cannot hold them."""
        return self._opens

    @property
    def places(self) -> re.Pattern[str] | None:
        """Where a match after a text's first character may start (a place is one character):
        a match of :meth:`search` is at 0 (where :attr:`opens` holds the text's first character)
        or at a place of this, found by :meth:`search_after`. None when it cannot be told."""
        return self._scan

    def _may_open(self, text: str) -> bool:
        """Whether a match at the start of ``text`` is possible (``text`` is not empty)."""
        opens = self._opens
        if opens is not None:
            return text[:1] in opens
        return self._first.match(text) is not None  # type: ignore[union-attr]

    def match(self, text: str, head: str | None = None) -> re.Match[str] | None:
        """``self.pattern.match(text)``, not tried on a text no match can start. ``head``:
        ``text[:1]``, when the caller has made it (a slice of CJK is a new string, hashed
        anew for the set: ~1 k instructions a text)."""
        first = self._first
        if first is not None:   # (:meth:`_may_open` written out: asked of most blocks of a page)
            opens = self._opens
            if ((text[:1] if head is None else head) not in opens) if opens is not None \
                    else first.match(text) is None:
                return None
        return self.pattern.match(text)

    def search(self, text: str, head: str | None = None) -> re.Match[str] | None:
        """``self.pattern.search(text)``; ``head`` as for :meth:`match`."""
        if self._needed is not None and self._needed.search(text) is None:
            return None
        pattern, later = self.pattern, self._scan
        if later is None:
            return pattern.search(text)
        # (:meth:`_may_open` written out, and the places found by one search each, not an
        # iterator: asked of thousands of short lines a page, most with no place at all.)
        opens = self._opens
        if text and ((text[:1] if head is None else head) in opens if opens is not None
                     else self._first.match(text) is not None):  # type: ignore[union-attr]
            found = pattern.match(text)
            if found:
                return found
        place = later.search(text, 1)
        while place is not None:
            start = place.start()
            found = pattern.match(text, start)
            if found:
                return found
            place = later.search(text, start + 1)   # a place is one character
        return None

    def search_after(self, text: str, pos: int) -> re.Match[str] | None:
        """``self.pattern.search(text, pos)`` for ``pos`` > 0, where ``^`` matches nowhere."""
        if self._needed is not None and self._needed.search(text, pos) is None:
            return None
        pattern, later = self.pattern, self._scan
        if later is None:
            return pattern.search(text, pos)
        place = later.search(text, pos)
        while place is not None:
            start = place.start()
            found = pattern.match(text, start)
            if found:
                return found
            place = later.search(text, start + 1)
        return None

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        """``self.pattern.finditer(text)`` (the pattern never matches the empty string)."""
        if self._needed is not None and self._needed.search(text) is None:
            return
        pattern, later = self.pattern, self._scan
        if later is None:
            yield from pattern.finditer(text)
            return
        end = 0
        if text and self._may_open(text):
            found = pattern.match(text)
            if found:
                end = found.end()
                yield found
        match = pattern.match
        for start in later.finditer(text, max(end, 1)):
            i = start.start()
            if i < end:
                continue
            found = match(text, i)
            if found:
                end = found.end()
                yield found


def prefiltered(pattern: re.Pattern[str], *, starts: bool = True) -> Prefiltered:
    """``pattern`` searched only where a match can start and where a character it needs is
    present; searched as it is when neither can be told (see the module docstring).

    ``starts=False`` keeps only the test for a needed character: for patterns whose starts are
    common characters (a run of CJK before a rare label), trying each start costs more than the
    engine's own scan.
    """
    if _sre_parse is None:  # pragma: no cover
        return Prefiltered(pattern, None, None, None)
    try:
        tree = _sre_parse.parse(pattern.pattern, pattern.flags)
        items = _needed(tree, tree.state.flags)
        needed = _class_of(items, tree.state.flags) if items else None
    except (_Unknown, re.error, AttributeError, TypeError, ValueError):
        needed = None
    if not starts:
        return Prefiltered(pattern, needed, None, None)
    try:
        return Prefiltered(pattern, needed, _start_class(pattern, at_zero=True),
                           _start_class(pattern, at_zero=False))
    except (_Unknown, re.error, AttributeError, TypeError, ValueError):
        return Prefiltered(pattern, needed, None, None)


def needed(*patterns: re.Pattern[str], most: int = 32) -> re.Pattern[str] | None:
    """A character class holding, for each of ``patterns``, characters one of which every match
    of it holds: a text without any is matched by none of them. None when that cannot be told
    (a pattern without such characters, or matching case-insensitively).

    >>> needed(re.compile(r"记者|通讯员"), re.compile(r"作者")).pattern
    '[记通作]'
    """
    if _sre_parse is None:  # pragma: no cover
        return None
    members: list[str] = []
    try:
        for pattern in patterns:
            tree = _sre_parse.parse(pattern.pattern, pattern.flags)
            items = _needed(tree, tree.state.flags, most)
            if items is None or tree.state.flags & re.I:
                return None
            members.append(_class_of(items, 0).pattern[1:-1])
    except (_Unknown, re.error, AttributeError, TypeError, ValueError):
        return None
    return re.compile("[" + "".join(members) + "]")


def opening_set(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """The characters a match of ``pattern`` at the start of a text can open with (``^`` holds
    there), as a set to look a text's first character up in; None when a set cannot hold them
    (a range, a category other than ``\\s``, a case-blind letter beyond ASCII).

    >>> sorted(opening_set(re.compile(r"记者|通讯员")))
    ['记', '通']
    """
    if _sre_parse is None:  # pragma: no cover
        return None
    return _start_set(pattern)


def opening(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """A character class matching every character a match of ``pattern`` at the start of a
    text can open with (``^`` holds there); None when that cannot be told."""
    if _sre_parse is None:  # pragma: no cover
        return None
    try:
        return _start_class(pattern, at_zero=True)
    except (_Unknown, re.error, AttributeError, TypeError, ValueError):
        return None


#: :func:`place_needles` gives no more needles than this, nor a character followed by more than
#: MAX_SECONDS (then the character alone).
MAX_NEEDLES, MAX_SECONDS = 8, 2


def place_needles(pattern: re.Pattern[str]) -> tuple[str, ...] | None:
    """Strings one of which every match of ``pattern`` after a text's first character opens with
    (a place's character, followed by each character that may come second where there are at
    most :data:`MAX_SECONDS`), when there are at most :data:`MAX_NEEDLES`: a text holding none
    of them (told by ``in``, ~0.5 instructions a character, where sre tests a class at ~60) has
    no match but at its start. None when they cannot be told or are too many.

    >>> place_needles(re.compile(r"当前位置|您的位置|^首页|»"))
    ('当前', '您的', '»')
    """
    if _sre_parse is None:  # pragma: no cover
        return None
    try:
        tree = _sre_parse.parse(pattern.pattern, pattern.flags)
        flags = tree.state.flags
        pairs: list[tuple[list[Any], list[Any] | None]] = []
        _pairs(tree, flags, pairs)
        needles: dict[str, None] = {}
        for first, second in pairs:
            try:
                seconds = sorted(_set_of(second, flags)) if second is not None else None
            except _Unknown:
                seconds = None
            for char in sorted(_set_of(first, flags)):
                needles.update(dict.fromkeys([char] if seconds is None or len(seconds) > MAX_SECONDS
                                             else [char + after for after in seconds]))
    except (_Unknown, re.error, AttributeError, TypeError, ValueError):
        return None
    return tuple(needles) if 0 < len(needles) <= MAX_NEEDLES else None


def places(text: str, needles: Iterable[str]) -> list[int]:
    """Every place where one of ``needles`` starts in ``text`` (overlaps included), in text
    order: each needle found by ``str.find`` at C level, where a character class or an
    alternation would be compiled anew for every set of needles.

    >>> places("甲乙甲", "甲乙")
    [0, 1, 2]
    """
    found: list[int] = []
    for needle in needles:
        at = text.find(needle)
        while at >= 0:
            found.append(at)
            at = text.find(needle, at + 1)
    found.sort()
    return found
