"""A text dump's article goes on past a block of code inside it (its line numbers and its lines
of identifiers hold no CJK character: no tail of the page); a label of a list of what the reader
may like (您可能感兴趣) is an end."""

from __future__ import annotations

import pytest

from cleaner import clean
from cleaner.blocks import Block
from cleaner.dumptail import is_end

_PROSE = [
    "本文记录我们把一个老旧的日志服务迁移到新集群的过程，从最初的评估、方案的取舍，到上线之后遇到的几个问题，都尽量写得详细一些。",
    "迁移之前，服务每天要处理大约两亿条日志，高峰时写入延迟经常超过一秒，磁盘也很快就会写满，运维同事每周都要手动清理一次旧数据。",
    "我们先比较了三种方案：在原有集群上扩容、换用新的存储引擎、以及把冷数据转存到对象存储里。考虑到成本和改动的范围，最后选择了第三种。",
    "转存的关键在于如何判断一条日志已经变冷。我们按写入时间和最近一次被查询的时间给每个分片打分，分数低于阈值的分片会被整体转存。",
    "打分的逻辑并不复杂，但要在写入高峰时不拖慢主流程，所以我们把它放到了一个独立的后台任务里，每隔十分钟运行一次，结果写回元数据表。",
    "下面是后台任务的核心代码，省略了错误处理和日志输出的部分，只保留了计算分数和挑选分片的逻辑，方便大家对照上面的描述来阅读。",
]
_CODE = [
    "def pick_cold_shards(shards, now, limit):",
    "    scored = []",
    "    for shard in shards:",
    "        age = now - shard.written_at",
    "        idle = now - shard.last_read_at",
    "        score = age * 0.3 + idle * 0.7",
    "        if score > THRESHOLD:",
    "            scored.append((score, shard))",
    "    scored.sort(reverse=True)",
    "    return [shard for _, shard in scored[:limit]]",
]
# (Less prose below the code than a quarter of that above: a sparse tail, were the code lines counted.)
_AFTER = [
    "这段代码上线以后，磁盘的使用量在两周内下降了六成，写入延迟也稳定在了两百毫秒以内，运维同事终于不用再每周手动清理数据了。",
]
def _dump() -> str:
    numbers = [str(k) for k in range(1, len(_CODE) + 1)]
    lines = ["首页", "归档", "关于", "日志服务迁移到新集群的实践", "2024-03-18 21:40 作者：某工程师", *_PROSE,
             *numbers, *_CODE, *_AFTER]
    return "\n\n".join(lines) + "\n"


def test_the_article_goes_on_past_a_numbered_block_of_code() -> None:
    text = clean(_dump().encode()).text
    assert _PROSE[-1] in text
    for paragraph in _AFTER:   # the prose below the code is the article's
        assert paragraph in text


@pytest.mark.parametrize("label", ["您可能感兴趣", "你可能还喜欢", "您可能也會喜歡", "【你可能感兴趣的文章】"])
def test_a_label_of_what_the_reader_may_like_is_an_end(label: str) -> None:
    assert is_end(Block(label, 0))
    assert not is_end(Block("您可能感兴趣的问题，我们在下文一一解答。", 0))

