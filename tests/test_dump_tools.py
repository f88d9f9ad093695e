"""Dumps in the layouts of tools that are no dependency of the project (html2text, lynx, w3m),
each an invented page laid out as the tool lays a page out, stored here as the tool's text."""

from __future__ import annotations

import base64

from cleaner import clean, pipeline
from cleaner.blocks import line_counts, normalize_lines
from cleaner.dumpmarks import looks_wrapped, unmarked, unwrapped

_HEADLINE = "澜州三中学生在校园里开辟菜园"
_PARAGRAPHS = [
    "澜州市第三中学的学生社团日前在校园东侧开辟了一块约两百平方米的菜园，种下番茄、黄瓜和豇豆等十余种蔬菜，"
    "社团成员每天放学后轮流浇水、除草并记录作物的生长情况。",
    "菜园收获的蔬菜一部分送到学校食堂，一部分在周末的义卖活动中出售，所得款项全部捐给县里的助学基金，"
    "社团还请来农业站的技术员讲解病虫害防治知识。",
    "学校表示，下学期将把菜园的管理纳入劳动教育课程，每个班级认领一小块地，由学生自己决定种什么、怎么种，"
    "期末再评选出种得最好的班级。",
]


def _columns(text: str) -> int:
    return sum(2 if ord(char) > 0x2e7f else 1 for char in text)


def _screen(paragraph: str, width: int = 80, indent: str = "", hang: str = "") -> list[str]:
    """``paragraph`` wrapped as a text-mode browser wraps it at ``width`` screen columns (a CJK
    character two), its first line opening with ``indent``, the others with ``hang``."""
    lines, line = [], indent
    for char in paragraph:
        if _columns(line + char) > width:
            lines.append(line)
            line = hang
        line += char
    return lines + [line]


def test_html2text_escaped_parentheses_in_a_script_address_leave_no_script_text():
    # html2text escapes the parentheses of an address (\( \)), a share button's script nests them
    # and the converter wraps it at a space in a quoted string: the whole link goes.
    share = ("[](javascript:void\\(window.open\\('http://share.example/?u='.concat\\(encodeURIComponent"
             "\\(document.title\\)\\).concat\\('\n'\\).concat\\(encodeURIComponent\\(location.href\\)\\)\\)\\);\n"
             "\"分享\")\n")
    nav = "".join(f"[栏目{k}](https://news.lanzhou.example/c{k}/)\n" for k in range(5))
    dump = (nav + "\n" + share + "\n# " + _HEADLINE + "\n\n出版时间：2025/05/06 08:00\n\n" + share + "\n"
            + "  \n  \n".join(_PARAGRAPHS) + "  \n")
    text = unmarked(dump)
    assert "concat" not in text and "javascript" not in text and "分享" not in text
    article = clean(dump)
    assert article.title == _HEADLINE
    assert article.text.split("\n") == _PARAGRAPHS


def _lynx_references(count: int) -> str:
    return "\nReferences\n\n   Visible links:\n" + "".join(
        f"   {k}. https://news.lanzhou.example/c{k}/\n" for k in range(1, count + 1))


def test_lynx_labels_of_images_held_in_the_page_are_not_text():
    # lynx labels an image without alt text with its address's last part: for a data: address
    # the whole base64, broken over lines. A page of many such icons was read as no Chinese.
    data = base64.b64encode(bytes(range(256)) * 6).decode()
    label = "[svg+xml;base64," + data[:60] + " " + "\n   ".join(data[k:k + 68] for k in range(60, len(data), 68)) + "]"
    icons = "".join(f"   * {label} 栏目{k}\n" for k in range(12))
    dump = ("   * [1]首页\n   * [2]本地\n   * [3]教育\n\n" + _HEADLINE + "\n\n   2025-05-06 08:00 [4]澜州日报\n\n"
            + "".join("   " + p + "\n\n" for p in _PARAGRAPHS) + "   相关推荐\n" + icons + _lynx_references(4))
    assert "base64" not in unmarked(dump) and "栏目3" in unmarked(dump)
    article = clean(dump)
    assert article.title == _HEADLINE
    assert article.text.split("\n") == _PARAGRAPHS


def test_a_frame_address_writing_a_page_in_a_text_dump_is_no_markup():
    # lynx prints a frame's address, a script writing an empty page, after the lines of text.
    frame = "   IFRAME: [{}]javascript:'<html><body\n   style=background:transparent;></body></html>'\n\n"
    dump = ("   [1]首页 | [2]本地 | [3]教育\n\n" + _HEADLINE + "\n\n   2025-05-06 08:00 澜州日报\n\n"
            + "".join("   " + p + "\n\n" for p in _PARAGRAPHS) + "   责任编辑：李四\n\n   相关推荐\n"
            + "".join(f"     * [{k}]澜州{k}所学校开展劳动教育周活动\n" for k in range(4, 9)) + "\n"
            + "".join(frame.format(k) for k in range(9, 13)) + _lynx_references(12))
    assert not pipeline._is_html(dump)
    article = clean(dump)
    assert article.kind == "text"
    assert article.text.split("\n") == _PARAGRAPHS
    # (markup a page writes on a line after text is markup still)
    assert pipeline._is_html("一行\n" * 6 + "<div><p>" + _PARAGRAPHS[0] + "</p><p>二</p><p>三</p></div>")


def test_w3m_paragraphs_beside_a_layout_table_wider_than_the_screen_are_joined():
    # w3m wraps a paragraph at the screen's 80 columns but lays a layout table's rows out wider,
    # their cells a gap apart: many such rows are no text overrunning the wrap.
    paragraphs = [p + p for p in _PARAGRAPHS]
    rows = ["首页  新闻  本地  教育  体育  财经  文旅  视频  专题  评论  图片  直播  论坛  博客  " + "搜索" * k
            for k in range(1, 7)]
    lines = rows + [""]
    for paragraph in paragraphs:
        lines += _screen(paragraph) + [""]
    assert all(_columns(row) > 82 for row in rows)
    joined = [line for line in unwrapped("\n".join(lines)).split("\n") if line]
    assert joined == rows + paragraphs


def test_w3m_wrapped_items_without_a_closing_mark_still_tell_a_wrapped_dump():
    # A short page: a paragraph wrapped at 80 columns, then a list of rules whose items wrap too
    # (their last lines, indented under the bullet, close no sentence): of its lines as wide as
    # the screen, under half run on into a line as wide or closing a sentence.
    rules = ["请勿重复刊登内容相同或相近的文章，也不要刊登与主题无关的内容，一经发现将直接移除该留言",
             "发言涉及攻击、侮辱、影射或其他违反公序良俗的内容，本网站将会直接移除并限制该账号的发言权限",
             "请确认发表或回复的内容未侵害他人的著作权、商标、专利等权利，由此产生的法律责任由发表者自行承担",
             "请勿以发文、回文等方式进行商业广告或骚扰网友等行为，一经发现将会限制发言权限或者封锁账号",
             "禁止发表涉及他人隐私或未经证实、未注明消息来源的网络传闻，违者由本网站删除留言并封锁账号"]
    lines = ["  • 首页", "  • 本地", "", _HEADLINE, "", "2025-05-06 08:00 澜州日报", ""]
    lines += _screen(_PARAGRAPHS[0] + _PARAGRAPHS[1]) + ["", "留言规则", ""]
    for rule in rules:
        lines += _screen(rule, indent="  • ", hang="    ")
    lines += ["", "  • 北市新闻", "  • 本地新闻"]
    kept = normalize_lines("\n".join(lines))
    cjk, punct = line_counts(kept)
    assert looks_wrapped(kept, cjk, punct)
    article = clean("\n".join(lines) + "\n")
    assert article.text.split("\n")[0] == _PARAGRAPHS[0] + _PARAGRAPHS[1]


def test_html2text_bold_across_a_line_break_is_undone():
    # html2text writes a <br> inside <strong> as two spaces and a line break: the bold spans it.
    nav = "".join(f"[栏目{k}](https://news.lanzhou.example/c{k}/)\n" for k in range(5))
    dump = (nav + "\n**澜州市人民代表大会常务委员会  \n关于批准市级财政预算调整方案的决议**\n\n"
            "（2025年5月6日澜州市第十届人民代表大会常务委员会第八次会议通过）\n\n" + "\n\n".join(_PARAGRAPHS) + "\n")
    text = unmarked(dump)
    assert "**" not in text
    assert "澜州市人民代表大会常务委员会  \n关于批准市级财政预算调整方案的决议\n" in text
    # (bold marks a paragraph apart do not pair)
    apart = nav + "\n评分 **\n\n** 作者\n"
    assert "评分 **\n\n** 作者" in unmarked(apart)


def test_w3m_text_field_holding_the_headline_is_no_line_of_the_page():
    # w3m draws a text field on a line of its own as its value in brackets, padded to its width:
    # a share box filled with the headline stood above the headline and was read as it.
    dump = ("  • 首页\n  • 本地\n\n[" + _HEADLINE + " " * 30 + "]\n[分享]\n\n" + _HEADLINE + "\n\n"
            "2025-05-06 08:00 澜州日报\n\n" + "\n\n".join(_PARAGRAPHS) + "\n\n搜索 [请输入关键词        ] [搜索]\n"
            "[                    ]\n")
    text = unmarked(dump)
    assert "[" + _HEADLINE not in text
    assert "[请输入关键词        ]" in text and "[                    ]" in text   # (not alone on its line / no value)
    article = clean(dump)
    assert article.title == _HEADLINE
    assert article.text.split("\n") == _PARAGRAPHS


def test_lynx_buttons_are_no_text():
    dump = ("   [1]首页 | [2]本地 | [3]教育\n\n   劳动教育 (BUTTON) 关注\n\n" + _HEADLINE
            + "\n\n   2025-05-06 08:00 澜州日报 (BUTTON______________)\n\n"
            + "".join("   " + p + "\n\n" for p in _PARAGRAPHS) + _lynx_references(3))
    text = unmarked(dump)
    assert "BUTTON" not in text and "劳动教育  关注" in text
    assert clean(dump).text.split("\n") == _PARAGRAPHS


def test_html2text_wrapped_image_alt_and_mail_subject_leave_no_text():
    # html2text wraps at 78 columns inside a link too: an image's alt text runs over lines, and a
    # mail link's subject (the headline, a space in it) breaks its address onto the next line.
    nav = "".join(f"[栏目{k}](https://news.lanzhou.example/c{k}/)\n" for k in range(5))
    mail = ("[](mailto:?Subject=澜州三中学生\n在校园里开辟菜园&body=（澜州日报记者5日电）" + _PARAGRAPHS[0]
            + "...请到https://news.lanzhou.example/a/1.html看看)\n")
    image = "![澜州三中学生社团的成员在校园东侧的菜园里\n给番茄浇水，社团已种下十余种蔬菜](/img/1.jpg)\n"
    dump = (nav + "\n# " + _HEADLINE + "\n\n2025-05-06 08:00 澜州日报\n\n" + mail + "\n" + image + "\n"
            + "\n\n".join(_PARAGRAPHS) + "\n\n" + mail)
    text = unmarked(dump)
    assert "mailto" not in text and "Subject" not in text and "给番茄浇水" not in text
    article = clean(dump)
    assert article.title == _HEADLINE
    assert article.text.split("\n") == _PARAGRAPHS
