"""A code block (``<pre>``) is read by its lines: each its own paragraph (invented page)."""

from __future__ import annotations

from cleaner import clean

CODE = ["def average(values):", "    # 空列表返回零", "    if not values:", "        return 0", "    return sum(values) / len(values)"]
PARAS = ["统计每天的步数时，经常需要求一组数的平均值。下面这个函数处理了空列表的情况，避免除以零。",
         "调用时传入一个列表即可，例如传入三天的步数，就能得到这三天的平均步数，结果是一个小数。"]


def _page(block: str) -> bytes:
    return ("<html><head><title>用Python求平均值时别忘了空列表_青石博客</title></head><body>"
            "<div class='nav'><a href='/'>首页</a> <a href='/b'>博客</a></div><div class='main'>"
            "<h1>用Python求平均值时别忘了空列表</h1><div class='info'>2025-03-08 09:00 作者：码农小青</div>"
            f"<div class='content'><p>{PARAS[0]}</p>{block}<p>{PARAS[1]}</p></div></div>"
            "<div class='foot'>© 2025 青石博客</div></body></html>").encode()


def test_a_code_block_keeps_its_lines() -> None:
    code = "\n".join(CODE)
    for block in (f"<pre><code class='language-python'>{code}</code></pre>",
                  f"<pre>{code}\n</pre>",
                  "<pre>" + "\n".join(f"<span class='line'>{line}</span>" for line in CODE) + "</pre>"):
        article = clean(_page(block))
        assert list(article.paragraphs) == [PARAS[0], *(line.strip() for line in CODE), PARAS[1]], block
    # A page printing its text as typed: its hard-wrapped lines stay one paragraph's.
    prose = "青石湖环湖绿道今天全线贯通，全长二十六公里，\n沿途设置了八个驿站，市民可以在驿站休息、补水和租借自行车。"
    article = clean(_page(f"<pre>{prose}</pre>"))
    assert prose.replace("\n", " ") in article.paragraphs


def test_its_gutter_and_copy_button_still_go() -> None:
    code = "\n".join(CODE + ["}"])
    gutter = "".join(f"<li>{k}</li>" for k in range(1, len(CODE) + 2))
    article = clean(_page(f"<pre><code>{code}</code><ul class='pre-numbering'>{gutter}</ul><div>复制代码</div></pre>"))
    assert list(article.paragraphs) == [PARAS[0], *(line.strip() for line in CODE), "}", PARAS[1]]
