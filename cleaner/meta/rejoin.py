"""A text dump's meta lines put back together, and the short-line tests the zones share.

A dump (BeautifulSoup's ``get_text("\\n")``, a browser's copy-all) prints every inline element
on a line of its own: ``来源：`` / ``新京报``, ``2019`` / ``09/07`` / ``19:02`` (or a number or mark a
line: ``2019`` / ``09`` / ``/`` / ``07`` …), ``原创`` / ``某某`` /
``某某读书``. :func:`_join_labels` and :func:`_rejoined` join those pieces back into the meta
lines the fields' patterns read (:mod:`.zones` cuts the zones, then asks these); the texts are
normalised (``zones._norm``: no line break, whitespace collapsed).

The other way round, a meta line whose fields markup alone set apart (spans, no space between)
reads glued in text, the page's and a dump's (``作者:X来源:Y``): :func:`_glued_labels` sets each
field's label apart from the value before it (``作者:X 来源:Y``); ``zones._norm`` asks it of every text.
"""

from __future__ import annotations

import re

from ..patterns import AFFILIATION, CHROME_WORD_PART, DATE_LIKE, META_FIELD, ROLE_LINE, SOURCE_LABEL
from ..prefilter import opening_set, prefiltered

#: A label standing alone on its line (信息来源：) has at most this many characters.
MAX_LABEL_CHARS = 8
#: On a text dump, a label's value (or the name a role follows) cut onto a line of its own has
#: at most this many characters.
MAX_VALUE_CHARS = 20
# Whether a text holds a DATE_LIKE date, for the many short lines asked: every match opens with
# 1 (19), 2 (20) or 民 (民国), a class the engine skips to, where DATE_LIKE (an alternation of
# groups first) is tried at every character. The match is one character long (the pattern is
# asserted behind it): it tells whether a text holds a date, not where.
_HOLDS_DATE = re.compile("[12民](?<=(?=(?:" + DATE_LIKE.pattern + "))(?s:.))", DATE_LIKE.flags)
# A line that is a label and nothing else (首发于, 来源：, 作者:), or that ends with a label
# and its colon (2021-02-18 07:02 来源:): the value is on the next line of a dump.
_LABEL_END = re.compile(r"(?:^|[\s|(\[【])(?:" + SOURCE_LABEL.pattern + r"|(?:" + META_FIELD.pattern + r")\s*:\s*)$")
_ROLE_LINE_OPENS = opening_set(ROLE_LINE)
# A writer's or editor's role alone on its line with the colon, bar or slash after it (撰文： /
# 作者｜ / 编辑/): the name after it is on the next line of a dump.
_CREDIT_LABEL = re.compile(r"^(?:作者|撰文|撰稿|采写|文字?|编辑|责任编辑|责编)\s*[:|/]$")
_CREDIT_LABEL_ENDS = frozenset(":|/")
# A role printed after the name it belongs to, on a line of its own in a dump (Derek / 作者).
_ROLE_ALONE = re.compile(r"^(?:作者|原创)$")
_ROLE_ALONE_OPENS = opening_set(_ROLE_ALONE)
# What a _LABEL_END match ends on before its trailing whitespace: a source label's last
# character (来源, 出处, 首发于, 转载自) or the colon, bar or slash after a label. A line ending
# on anything else is not searched (the pattern, anchored at $, is tried at every character).
_LABEL_LAST = frozenset("源处于自:：|/")
_SENTENCE_MARK = re.compile(r"[，。！？；,;!?]")
# The first piece of a byline a dump cut into lines, one per inline element, and what closes
# it: a lone 原创 badge, then the writer and the account (原创 / 某某 / 某某读书); a paper's
# name, then each reporter and city, down to the line closing with 报道 (英国《金融时报》 / 张三 /
# 伦敦 ， / 李•四 / 纽约报道); a copyright notice and the writer it names (本文版权归作者 / 某某
# / 所有，…).
_BADGE_ALONE = re.compile(r"^原创$")
_PAPER_ALONE = re.compile(r"^[\u4e00-\u9fff]{0,4}《[^《》]{2,12}》$")
_REPORTED = re.compile(r"报[道导]$")
_OWNER_CUT = re.compile(r"版权归(?:原)?作者$")
_FULL_STOP = re.compile(r"[。！？!?]")
# A line that is only the separator a meta line prints between its fields (2019-05-17 / · /
# 某某报道, 来源 X / | / 作者 / 某某), and the pieces of a date a dump cut apart: a time of day
# alone on the line after a date (发布时间：10-08 / 12:00), a month and day after a year alone
# (2019 / 09/07 / 19:02).
_SEPARATOR_ALONE = re.compile(r"^\s*[|/·•・\-—–]{1,2}\s*$")
_TIME_ALONE = re.compile(r"^\s*\d{1,2}:\d\d(?::\d\d)?\s*$")
_DATE_END = re.compile(r"\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?\s*$")
_YEAR_ALONE = re.compile(r"^\s*(?:19|20)\d\d\s*年?\s*$")
_MONTH_DAY = re.compile(r"^\s*\d{1,2}\s*[-/.月]\s*\d{1,2}(?!\d)")
_SEPARATOR_OPENS = opening_set(_SEPARATOR_ALONE)
_YEAR_OPENS = opening_set(_YEAR_ALONE)
_LABEL_ALONE = re.compile(r"^(?:" + META_FIELD.pattern + r")\s*:?$")
# A poster's byline a dump cut around its name and its date: a piece that ends on the word that
# leads to the next (由 / 某某 / 于<date>; 由某某张贴 @ / <date>), or a piece that opens with the
# word that follows the name (于<date>, 发表于, 张贴).
_LEADS_ON = ("由", "@", "于", "张贴")   # the ends of a piece (发表于 and 发布于 end with 于), by str.endswith
_FOLLOWS_ON = re.compile(r"^\s*(?:于\s*\d|@|发表于|发布于|张贴)")
#: The names after a lone 原创 badge (the writer, the account), and the pieces of a paper's byline.
BADGE_NAMES = 2
#: A poster's byline cut apart (本贴由 / 某某 / 于<date>) is put back from pieces this short.
MAX_POSTING_CHARS = 40
MAX_BYLINE_PIECES = 6
# Whether a line of a dump is one of the pieces _separated joins (a separator, a time or a year
# alone, a piece ending on a word that leads on), asked of the normalised lines each between two
# "\n" (see _separated_cue): the patterns' ^\s* and \s*$ taken out and put around the three, made
# line breaks, so a match spans one line (a line holds none: _norm) and whitespace-only lines
# around it. Opening with the line break, the pattern is tried only where the engine's scan for
# that one character stops, and each line's first character turns the three away; an alternation
# of patterns opening with several characters had the engine test every character of the text
# against their set (~150 instructions a character). The words that lead on are found by str's
# scans, each only where its last character is in the text.
_SEPARATED_LINE = re.compile(r"\n\s*(?:" + "|".join(p.pattern.removeprefix(r"^\s*").removesuffix(r"\s*$")
                                                   for p in (_SEPARATOR_ALONE, _TIME_ALONE, _YEAR_ALONE)) + r")\s*\n")
# A year alone on a line, as _YEAR_ALONE, and a number or a date's or time's mark alone: the
# pieces of a date and time a dump printed a span a line; at least DATE_PIECES of them.
_YEAR_ALONE_LINE = re.compile(r"\n\s*(?:19|20)\d\d\s*\n")
_DATE_PIECE = re.compile(r"\s*(?:\d{1,4}|[-/.:])\s*$")
DATE_PIECES = 5
_LEADS_ON_END = tuple((end[-1], end + "\n") for end in _LEADS_ON)

# A field's label and its colon in a meta line (来源：, 责任编辑：, 发布时间：, 浏览次数：, 分享到：),
# each with the words a template prints before it as one label (文章来源, 图片编辑, 本报记者,
# 延伸阅读: the place a value glued to it ends is before them). A lone 文 only where it ends no
# word of its own (原文, 全文, 论文, 人文 …): a name ending in 文 may have its colon after it
# (作者：张志文：某某大学, the affiliation), so 文 is no label after a writer's name (see
# :func:`_glued_labels`) unless a name alone follows its colon (编辑：X文：Y). 原文链接： and 原文：
# before an address are a label of their own, the page reprinted (来源：某某网原文：http://…; not
# 原文：梧溪镇的秋天, the text quoted).
_FIELD_LABEL = re.compile(
    r"(?:(?:(?:本文|文章|稿件|信息|新闻|内容|消息|图文)?(?:来源|稿源|出处)|来自|转自|转载自)"
    r"|(?P<writer>原作者|作者|撰文|撰稿|(?:本报|本刊|特约|特派|实习|见习|首席)?记者|通讯员"
    r"|(?:责任|值班|执行|本文|网络|本版|总|美术|文字|图片|特约|实习)?编辑|责编)"
    r"|(?P<wen>(?<![原全中英正译本散课短长征图论公美人天语作撰])文)"
    r"|(?:发布|发表|更新|发稿|上传|录入|刊发|北京)?(?:时间|日期)"
    r"|(?:相关|延伸|推荐|扩展)?(?:浏览|阅读|点击|访问)(?:次数|量|数)?|字号|分享到|分享至"
    r"|原文(?:链接|地址|网址|(?=\s*:\s*(?:https?:|www[.]))))\s*:")
_FIELD_LABELS = prefiltered(_FIELD_LABEL)
_NAME_RUN = re.compile(r"\s*([\u4e00-\u9fff]{2,4})")
# The last character of every label of _FIELD_LABEL and the colon after it: a text where none
# follows its first colon has no label to set apart (one search, where most meta lines with two
# colons hold a time of day, 10:35:20, and no second label).
_LABEL_COLON = re.compile(r"[源处自者稿员辑编文间期览读击问数量号到至接址]\s*:")
# What sets two fields apart already: a label after one of these is not glued to a value.
_FIELD_APART = frozenset(" |/([【（:")


def _name_alone(text: str, i: int) -> bool:
    """Whether a name of two to four ideographs, no affiliation (某某大学, 教授), stands alone at
    ``text[i:]``: the end of the text, a space or a bar after it, or the next field's label."""
    m = _NAME_RUN.match(text, i)
    if m is None or AFFILIATION.search(m.group(1)):
        return False
    end = m.end()
    return end == len(text) or text[end] in " |/" or _FIELD_LABEL.match(text, end) is not None


def _glued_labels(text: str) -> str:
    """``text`` (normalised) with a space between a field's value and the label of the next
    field glued to it, as a meta line of fields set apart by markup alone reads in text
    (``作者:张三来源:新华社`` -> ``作者:张三 来源:新华社``): the value ends where the next label
    and its colon begin. Only a label with its colon (no 时间财经, 编辑部, 来源于), after a value of
    at most ``MAX_VALUE_CHARS`` characters without a sentence mark that a label and its colon
    open: a line of fields, not prose."""
    first = text.find(":")
    if first < 0 or _LABEL_COLON.search(text, first + 1) is None:   # one label and its value, or none
        return text
    cuts: list[int] = []
    before: re.Match[str] | None = None
    for m in _FIELD_LABELS.finditer(text):
        start = m.start()
        if before is not None and start > before.end() and text[start - 1] not in _FIELD_APART \
                and start - before.end() <= MAX_VALUE_CHARS and not _SENTENCE_MARK.search(text, before.end(), start) \
                and not (m.group("wen") and (before.group("writer") or before.group("wen"))
                         and not _name_alone(text, m.end())):
            cuts.append(start)
        before = m
    if not cuts:
        return text
    pieces = [text[i:j] for i, j in zip((0, *cuts), (*cuts, len(text)))]
    return " ".join(pieces)


def _join_labels(texts: tuple[str, ...], dump: bool = False) -> tuple[str, ...]:
    """``texts`` with a label standing alone (来源： / 信息来源:) joined to the line after it, its
    value: a dump of inline elements (BeautifulSoup's ``get_text("\\n")``) cuts one from the other.

    On a text dump (``dump``), which cuts every inline element off its line, the fields of a meta
    line are put back together the same way (:func:`_rejoined`): a label without its colon
    (首发于, 来源), a line ending with a label (``2021-02-18 07:02 来源:``) before its value, and a
    role printed after a name (``Derek`` / ``作者``, ``某某技术团队`` / ``原创``) after that name.
    ``texts`` are normalised (:func:`_norm`)."""
    if dump:
        return _rejoined(texts, texts)
    if not any(t.endswith(":") for t in texts):
        return texts
    out: list[str] = []
    for text in texts:
        if out and len(out[-1]) <= MAX_LABEL_CHARS and out[-1].endswith(":") and META_FIELD.search(out[-1]) \
                and not text.endswith(":"):   # a label after a label: the first one's field is empty
            out[-1] = out[-1] + text
        else:
            out.append(text)
    return tuple(out)


def _rejoined(texts: tuple[str, ...], norms: tuple[str, ...]) -> tuple[str, ...]:
    """``texts`` (``norms``: the same, normalised) with the pieces of a meta line that a dump cut
    apart joined by a space: a label standing alone (来源：, as :func:`_join_labels` joins it
    on any page), or a label without its colon (首发于) or a line ending with a label, and the
    short value on the line after it; a short name (no button: 搜索) and the role on the line after
    it (作者, 原创); and the pieces of a byline cut one per inline element (:func:`_byline_pieces`)."""
    joined = "\n" + "\n".join(norms) + "\n"
    texts, norms = _byline_pieces(*_separated(texts, norms, joined))
    # A line leaves a bracket open only where one of the lines holds an opening bracket (the
    # joins below add spaces alone): most lists hold none, and _opened is not asked of each line.
    bracketed = "(" in joined or "[" in joined or "【" in joined or "（" in joined
    # Each line is asked its glue (ROLE_LINE, _LABEL_END) and whether it is a role alone: each
    # pattern only of a line its match can open or end on (see _LABEL_LAST), no regex call else.
    out: list[str] = []
    last = ""      # the last text of ``out``, normalised
    glue = ""      # what it waits for: "any" value, a "short" one, or none
    for text, norm in zip(texts, norms):
        if out and ((glue == "any" and not norm.endswith(":"))
                    or (glue == "short" and len(norm) <= MAX_VALUE_CHARS and not _label_end(norm)
                        and not _SENTENCE_MARK.search(norm))
                    or (norm[:1] in _ROLE_ALONE_OPENS and _ROLE_ALONE.match(norm) and len(last) <= MAX_VALUE_CHARS
                        and not _label_end(last) and not CHROME_WORD_PART.search(last))):
            out[-1] = f"{out[-1].rstrip()} {text.strip()}"
            last = f"{last} {norm}"
            glue = ""
            continue
        if out and bracketed and _opened(last) and len(norm) <= MAX_VALUE_CHARS and not _SENTENCE_MARK.search(norm):
            out[-1] = f"{out[-1].rstrip()} {text.strip()}"   # ( / 香港文匯报 / 记者 X: a bracket's pieces
            last = f"{last} {norm}"
            continue
        out.append(text)
        last = norm
        glue = "any" if len(norm) <= MAX_LABEL_CHARS and norm.endswith(":") and META_FIELD.search(norm) \
            else "short" if norm.rstrip()[-1:] in _LABEL_LAST and _LABEL_END.search(norm) \
            or (norm[:1] in _ROLE_LINE_OPENS and ROLE_LINE.match(norm)) \
            or (norm[-1:] in _CREDIT_LABEL_ENDS and _CREDIT_LABEL.match(norm)) else ""
    return tuple(out)


def _label_end(text: str) -> bool:
    """Whether ``_LABEL_END`` finds a label ending ``text``: asked only of a text ending on a
    character a match can end on (:data:`_LABEL_LAST`)."""
    return text.rstrip()[-1:] in _LABEL_LAST and _LABEL_END.search(text) is not None


def _separated(texts: tuple[str, ...], norms: tuple[str, ...],
               joined: str | None = None) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """``texts`` (``norms``: normalised) with the fields of a meta line that a dump printed one
    inline element a line, a separator alone on the line between two fields, joined back into
    one line: the short piece before a separator-only line, the separator and the short piece
    after it (and that piece's value when it is a label alone: | / 作者 / 某某); and the pieces
    of a date, a year alone and the month and day after it, a time of day alone after a date
    (2019 / 09/07 / 19:02); and a poster's byline cut around the name (本贴由 / 某某 / 于<date>,
    see ``_LEADS_ON``). ``joined``: ``norms`` each between two "\\n", when the caller has it."""
    if joined is None:
        joined = "\n" + "\n".join(norms) + "\n"
    if not _separated_cue(joined):   # no line is one of those pieces
        return texts, norms
    if _YEAR_ALONE_LINE.search(joined):   # a date and time cut at every span (2019 / 09 / / / 07 / 19 / : / 02)
        texts, norms = _date_pieces(texts, norms)
    # A poster's byline is cut only after a piece ending on a word that leads on or holding 由:
    # where no line holds one (the joins below add a space between lines), none is asked.
    posted = "由" in joined or "@" in joined or "于" in joined or "张贴" in joined

    def piece(j: int) -> bool:
        n = norms[j].strip()
        return (0 < len(n) <= MAX_VALUE_CHARS and not _SENTENCE_MARK.search(n)
                and not _SEPARATOR_ALONE.match(n))

    out_texts: list[str] = []
    out_norms: list[str] = []
    i = 0
    while i < len(norms):
        line = norms[i]
        first = line[:1]   # each pattern below opens with whitespace or its own first characters
        if (out_texts and first in _SEPARATOR_OPENS and _SEPARATOR_ALONE.match(line) and piece(i - 1)
                and i + 1 < len(norms) and piece(i + 1)):
            end = i + 2
            if _LABEL_ALONE.match(norms[i + 1].strip()) and end < len(norms) and piece(end):
                end += 1   # | / 作者 / 某某: the label after the separator and its value
            out_texts[-1] = " ".join([out_texts[-1].rstrip(), *(t.strip() for t in texts[i:end])])
            out_norms[-1] = " ".join([out_norms[-1].rstrip(), *(n.strip() for n in norms[i:end])])
            i = end
            continue
        if out_texts and (((first.isdecimal() or first.isspace()) and _TIME_ALONE.match(line)
                           and _DATE_END.search(norms[i - 1]))
                          or (norms[i - 1][:1] in _YEAR_OPENS and _YEAR_ALONE.match(norms[i - 1])
                              and _MONTH_DAY.match(line))
                          or (posted and _posting_cut(out_norms[-1], line))):
            out_texts[-1] = f"{out_texts[-1].rstrip()} {texts[i].strip()}"
            out_norms[-1] = f"{out_norms[-1].rstrip()} {norms[i].strip()}"
            i += 1
            continue
        out_texts.append(texts[i])
        out_norms.append(norms[i])
        i += 1
    return tuple(out_texts), tuple(out_norms)


def _date_pieces(texts: tuple[str, ...], norms: tuple[str, ...]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """``texts`` (``norms``: normalised) with a date and time that a dump printed a number or a
    mark a line (2019 / 09 / / / 07 / 19 / : / 02) joined back into one line (2019 09/07 19:02):
    a run of such pieces opening with a year, a mark among them; a mark glues the numbers beside
    it, a space sets two numbers apart."""
    out_texts: list[str] = []
    out_norms: list[str] = []
    i = 0
    while i < len(norms):
        end = i
        while end < len(norms) and _DATE_PIECE.match(norms[end]):
            end += 1
        pieces = [n.strip() for n in norms[i:end]]
        if end - i >= DATE_PIECES and _YEAR_ALONE.match(pieces[0]) and pieces[-1].isdecimal() \
                and any(not p.isdecimal() for p in pieces):
            date = pieces[0]
            for before, piece in zip(pieces, pieces[1:]):
                date += (" " if before.isdecimal() and piece.isdecimal() else "") + piece
            out_texts.append(date)
            out_norms.append(date)
            i = end
            continue
        out_texts.append(texts[i])
        out_norms.append(norms[i])
        i += 1
    return tuple(out_texts), tuple(out_norms)


def _separated_cue(joined: str) -> bool:
    """Whether a line of ``joined`` (normalised lines, each between two "\\n") is a separator, a
    time or a year alone, or ends on a word that leads on (``_LEADS_ON``): none, and
    :func:`_separated` has nothing to join."""
    if _SEPARATED_LINE.search(joined):
        return True
    for last, end in _LEADS_ON_END:
        if last in joined and end in joined:
            return True
    return False


def _posting_cut(last: str, norm: str) -> bool:
    """Whether ``norm`` goes on the byline of a post that ``last`` (what is joined so far) opens
    and a dump cut apart (see ``_LEADS_ON``): short pieces, the date after the name."""
    if not (last.endswith(_LEADS_ON) or "由" in last):
        return False   # neither way on (below): no length or mark to ask
    if len(last) > MAX_POSTING_CHARS or len(norm) > MAX_POSTING_CHARS or _SENTENCE_MARK.search(last):
        return False
    return bool(last.endswith(_LEADS_ON) and norm.strip()) or bool(
        _FOLLOWS_ON.match(norm) and "由" in last)


def _byline_pieces(texts: tuple[str, ...], norms: tuple[str, ...]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """``texts`` (``norms``: normalised) with each byline that a dump printed one inline element a
    line joined back into one line (see ``_BADGE_ALONE``): a lone 原创 badge and the one or two
    short names under it; a paper's name and the short pieces down to the one ending with 报道;
    ``版权归作者``, the name and the line opening with 所有."""
    joined = "\n".join(norms)   # a badge holds 原创, a paper's name 《, a copyright notice 版权归
    if not (("原创" in joined and any(map(_BADGE_ALONE.match, norms)))
            or ("《" in joined and any(map(_PAPER_ALONE.match, norms)))
            or ("版权归" in joined and any(map(_OWNER_CUT.search, norms)))):
        return texts, norms
    out_texts: list[str] = []
    out_norms: list[str] = []
    i = 0
    while i < len(norms):
        end = i + 1 + _byline_length(norms, i)
        out_texts.append(" ".join(t.strip() for t in texts[i:end]))
        out_norms.append(" ".join(norms[i:end]))
        i = end
    return tuple(out_texts), tuple(out_norms)


def _byline_length(norms: tuple[str, ...], i: int) -> int:
    """How many lines after line ``i`` belong to the byline it opens (0: none)."""
    def piece(j: int) -> bool:
        return j < len(norms) and len(norms[j]) <= MAX_VALUE_CHARS and not _FULL_STOP.search(norms[j])

    def name(j: int) -> bool:   # a name: no clause, label, date or button
        return piece(j) and not (_SENTENCE_MARK.search(norms[j]) or _LABEL_END.search(norms[j])
                                 or _HOLDS_DATE.search(norms[j]) or CHROME_WORD_PART.search(norms[j]))

    norm = norms[i]
    if _BADGE_ALONE.match(norm):
        if i and len(norms[i - 1]) <= MAX_VALUE_CHARS:
            return 0   # 某某技术团队 / 原创: the badge of the name above it (see _rejoined)
        n = 0
        while n < BADGE_NAMES and name(i + 1 + n):
            n += 1
        return n
    if _PAPER_ALONE.match(norm):
        for j in range(i + 1, min(len(norms), i + 1 + MAX_BYLINE_PIECES)):
            if not piece(j):
                return 0
            if _REPORTED.search(norms[j]):
                return j - i
        return 0
    if _OWNER_CUT.search(norm) and piece(i + 1) and i + 2 < len(norms) and norms[i + 2].startswith("所有"):
        return 2
    return 0


def _opened(text: str) -> bool:
    """Whether ``text`` leaves a bracket open, as a dump cutting inline elements apart does."""
    if "(" not in text and "[" not in text and "【" not in text and "（" not in text:
        return False   # most lines hold no bracket: four scans in C, not eight counts
    return (text.count("(") + text.count("[") + text.count("【") + text.count("（")
            > text.count(")") + text.count("]") + text.count("】") + text.count("）"))
