"""The furniture of technical and reference pages among the article's blocks: a code block's line
numbers (a gutter list or cell) and copy button go, its code stays; a table of contents (目录)
over an entry's sections goes, its headings stay. Numbers that are a table's, and a box whose
entries the article does not print again, are left as they were."""

from __future__ import annotations

from cleaner import clean

NAV = '<div class="nav"><a href="/">首页</a> <a href="/b">博客</a> <a href="/q">问答</a></div>'
FOOT = '<div class="foot">关于我们 招贤纳士 商务合作 ©2024 某某网络技术有限公司</div>'
LEAD = "整理手机导出的照片时，文件名往往是一串看不出含义的数字。本文介绍用脚本批量重命名照片的办法，先按序号命名，再读取拍摄时间命名。"
MIDDLE = "最直接的办法是列出目录下的文件，再按顺序改名。注意先排序，否则顺序取决于文件系统，每次运行的结果可能不同。"
END = "实际使用时，建议先在副本上试运行，确认无误后再处理原文件，以免误改了不该改的文件。"
CODE = ["import os", "files = sorted(os.listdir(path))", "for i, name in enumerate(files, 1):",
        "    os.rename(name, f'{i:04d}.jpg')"]


def _page(title: str, inner: str) -> str:
    return (f'<html><head><meta charset="utf-8"><title>{title}_技术博客</title></head><body>{NAV}'
            f'<div class="main"><h1>{title}</h1><div class="info">2024-03-05 10:20 发布 阅读量 1,234</div>'
            f'{inner}</div>{FOOT}</body></html>')


def _post(block: str) -> str:
    return _page("用脚本批量重命名照片文件", f'<div class="article"><p>{LEAD}</p><p>{MIDDLE}</p>{block}<p>{END}</p></div>')


def test_line_numbers_and_copy_button_leave_the_code() -> None:
    code = "\n".join(CODE)
    numbers = range(1, len(CODE) + 1)
    gutters = {
        "list": (f'<pre><code>{code}</code><ul class="pre-numbering">'
                 + "".join(f"<li>{n}</li>" for n in numbers) + '</ul><div class="btn">复制代码</div></pre>'),
        "cell": ('<figure><table><tr><td class="gutter"><pre>' + "\n".join(map(str, numbers))
                 + f'</pre></td><td class="code"><pre>{code}</pre></td></tr></table></figure>'),
        "button": f'<pre><div class="bar"><span>python复制代码</span></div><code>{code}</code></pre>',
    }
    for name, block in gutters.items():
        article = clean(_post(block))
        assert article.paragraphs[0] == LEAD and article.paragraphs[-1] == END, name
        assert any("os.listdir" in p for p in article.paragraphs), name
        left = [p for p in article.paragraphs if p.replace(" ", "").isdigit() or "复制" in p]
        assert not left, (name, left)
        assert any(r.detail == "a code block's line numbers or copy button" for r in article.removed), name
    # A table's column of numbers counts up too, but beside prose and cells, not code: it stays.
    rows = "".join(f"<tr><td>{n}</td></tr><tr><td>{t}</td></tr>"
                   for n, t in ((1, "一号泵站"), (2, "二号泵站"), (3, "三号泵站")))
    article = clean(_post(f"<table>{rows}</table>"))
    for n in ("1", "2", "3"):
        assert n in article.paragraphs


SECTIONS = [
    ("历史沿革", "梧溪古镇始建于南宋，因镇旁溪流两岸遍植梧桐而得名，明代中期成为周边山区茶叶和竹器的集散地。"),
    ("主要景点", "永济桥是一座三孔石拱桥，建于清乾隆年间，全长四十二米，桥面由青石铺成，至今仍可通行。"),
    ("民俗文化", "古镇居民有冬季制作腊肉的习惯，每年小雪前后家家户户开始腌制，腊月里满街都是晾晒的腊味。"),
]
SUMMARY = "梧溪古镇位于澜州市梧溪区东部，是桐江流域保存较为完整的明清古镇之一，以石拱桥和古戏台闻名。"


def _entry(contents: str) -> str:
    body = "".join(f"<h2>{h}</h2><p>{p}</p>" for h, p in SECTIONS)
    return _page("梧溪古镇", f'<div class="lemma"><p>{SUMMARY}</p>{contents}{body}</div>')


def test_a_gutter_of_numbers_under_any_bullet_leaves_the_code() -> None:
    """A gutter printed one number a line under a list's bullet (* 1, • 1, · 1), in a dump and
    in a page's paragraphs, goes as the bare gutter does."""
    for bullet in ("* ", "• ", "· "):
        gutter = [f"{bullet}{n}" for n in range(1, len(CODE) + 1)]
        dump = "\n".join(["用脚本批量重命名照片文件", "2024-03-05 10:20 发布 阅读量 1,234", LEAD, MIDDLE,
                          *CODE, *gutter, END, "关于我们 招贤纳士 商务合作"])
        block = "<pre>" + "\n".join(CODE) + "</pre>" + "".join(f"<p>{g}</p>" for g in gutter)
        for article in (clean(dump), clean(_post(block))):
            assert not [p for p in article.paragraphs if p.strip(" *•·").isdigit()], bullet
            assert any(r.detail == "a code block's line numbers or copy button" for r in article.removed), bullet


def test_a_table_of_contents_goes_and_the_headings_stay() -> None:
    toc = ('<div class="catalog"><div>目录</div>'
           + "".join(f'<div><span>{k}</span> {h}</div>' for k, (h, _) in enumerate(SECTIONS, 1)) + "</div>")
    article = clean(_entry(toc))
    assert list(article.paragraphs) == [SUMMARY] + [x for s in SECTIONS for x in s]
    assert any(r.detail == "a table of contents" for r in article.removed)
    # An entry the article does not print again (its heading reads otherwise): the box is left.
    toc = ('<div class="catalog"><div>目录</div><div>1 历史沿革</div><div>2 名胜古迹</div>'
           '<div>3 民俗文化</div></div>')
    article = clean(_entry(toc))
    assert "目录" in article.paragraphs and "2 名胜古迹" in article.paragraphs
