"""A hosting platform's notice closing a user's post (:func:`cleaner.tails.hosting_notice`): told
by its shape (a notice's label or words pointing at the content above, then the formula of a
host that only stores or publishes what its users upload), in either language and however the
platform words it; the formula alone, as a report on a copyright case uses it, is no notice."""

from __future__ import annotations

import pytest

from cleaner import clean
from cleaner.notices import fold as fold_dump
from cleaner.sift import fold
from cleaner.tails import hosting_notice

NOTICES = [
    "特别声明：以上内容（如有图片或视频亦包括在内）为自媒体平台“青橙号”用户上传并发布，本平台仅提供信息存储服务。",
    "“郑重声明：以上作品内容（含文中图片、视频）系“青橙号”用户上传发布，本平台只提供信息存储空间服务。",
    "声明：该文观点仅代表作者本人，青橙号系信息发布平台，青橙仅提供信息存储空间服务。",
    "以上內容為用戶上傳並發布，本平台僅提供資訊存儲空間服務。",
    "Notice: The content above (including the pictures and videos if any) is uploaded and posted by a"
    " user of Qingcheng Hao, which is a social media platform and only provides information storage services.",
    "Statement: The content above was uploaded by a user of the platform, which merely provides"
    " information storage space services.”",
]

NOT_NOTICES = [
    # the host's formula in a report: no label, nothing pointing at the content above
    "法院审理认为，涉案视频系用户上传，被告作为网络服务提供者仅提供信息存储空间服务，不承担赔偿责任。",
    "以上事实表明，该平台仅提供信息存储空间服务，并未参与作品的编辑。",
    # a notice of another kind, and a label over other words
    "声明：本文仅代表作者个人观点，不构成投资建议。",
    "本文作者走访了三家提供信息服务的社区中心。",
    "Notice: the library will close early on Friday.",
]


@pytest.mark.parametrize("text", NOTICES)
def test_notice_is_told(text: str) -> None:
    assert hosting_notice(fold(text)) and hosting_notice(fold_dump(text))   # (the HTML's fold and the dump's)


@pytest.mark.parametrize("text", NOT_NOTICES)
def test_other_lines_are_not(text: str) -> None:
    assert not hosting_notice(fold(text)) and not hosting_notice(fold_dump(text))


def test_report_on_a_hosting_case_keeps_its_paragraph() -> None:
    paragraphs = [
        "本报讯 一段被多次转发的短视频引发的著作权纠纷，近日在桐江市中级人民法院二审宣判。",
        "原告称，其拍摄的纪录片片段被上传到被告运营的视频网站，累计播放量超过十万次。",
        NOT_NOTICES[0],
        "二审法院维持原判。法官提示，平台在接到权利人通知后应及时删除侵权内容。",
    ]
    html = ("<html><head><meta charset='utf-8'><title>短视频著作权纠纷二审宣判</title></head><body>"
            "<h1>短视频著作权纠纷二审宣判</h1><div class='content'>"
            + "".join(f"<p>{p}</p>" for p in paragraphs) + "</div></body></html>")
    article = clean(html.encode("utf-8"))
    assert NOT_NOTICES[0] in article.text
    dump = "短视频著作权纠纷二审宣判\n2026-05-06 10:20 来源：桐江日报\n" + "\n".join(paragraphs) + "\n"
    assert NOT_NOTICES[0] in clean(dump.encode("utf-8")).text
