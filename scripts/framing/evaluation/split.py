"""The development / test split of the evaluation corpus.

Whole outlets go to one side, so the test part measures outlets the rules
were never tuned on; each kind of source (western, chinese_state,
asian_other, un_ngo) gives at least a third of its articles to the test part.
The draw is seeded, so the committed ``split.csv`` can be re-derived (a test does).
"""
from __future__ import annotations

import math
import random
import re
from collections import defaultdict

SEED = 20261201
TEST_SHARE = 1 / 3


def outlet_family(outlet: str) -> str:
    """The publisher an outlet line names: 'Reuters (copy on AsiaOne)' -> 'Reuters'."""
    return re.split(r"\s+[(/]|,", outlet, maxsplit=1)[0].strip()


def split_articles(rows: list[dict], seed: int = SEED, test_share: float = TEST_SHARE) -> dict[str, str]:
    """``doc_id`` -> 'dev' | 'test' for rows with ``doc_id``, ``outlet`` and ``source_kind``."""
    by_kind: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    for row in rows:
        by_kind[row["source_kind"]][outlet_family(row["outlet"])].append(row["doc_id"])
    split = {}
    for kind in sorted(by_kind):
        families = sorted(by_kind[kind])
        random.Random(f"{seed}:{kind}").shuffle(families)
        wanted = math.ceil(test_share * sum(len(ids) for ids in by_kind[kind].values()))
        taken = 0
        for family in families:
            side = "test" if taken < wanted else "dev"
            taken += len(by_kind[kind][family]) if side == "test" else 0
            for doc_id in by_kind[kind][family]:
                split[doc_id] = side
    return split
