"""Whether a text may hold a character NFKC makes an ideograph of, told in C from its UTF-16
code units, where the class search (``zones._NFKC_IDEOGRAPHS``) costs ~100 instructions a
character of CJK text.

In UTF-16 a character of the basic plane is one code unit, and the units of those characters
(Kangxi radicals, enclosed and squared ideographs, compatibility ideographs) have few high bytes:
a text whose units have none of them holds none. One high byte, 0x30, is the ideographic full
stop's and comma's too: its three characters of the class (〸〹〺) are looked for as such. A
character beyond the basic plane is two surrogates, whose high bytes are kept: a text holding
one (an emoji) is searched by the class. The answer errs only towards searching.
"""

from __future__ import annotations

#: The high bytes of the class's characters (0x30 aside), and the surrogates'.
_HIGH = b"\x2e\x2f\x31\x32\x33\xf9\xfa\xd8\xd9\xda\xdb"
_OTHER_HIGH = bytes(b for b in range(256) if b not in _HIGH)


def nfkc_free(text: str) -> bool:
    """True when ``text`` holds no character of ``zones._NFKC_IDEOGRAPHS`` (False: it may)."""
    # (The three of high byte 0x30 by the str's own search: a two-byte search of the units costs more.)
    return not text.encode("utf-16-le", "surrogatepass")[1::2].translate(None, _OTHER_HIGH) \
        and "\u3038" not in text and "\u3039" not in text and "\u303a" not in text
