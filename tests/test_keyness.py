import math
from collections import Counter

import pytest

from framing.keyness import content_words, distinctive_words, log_odds_dirichlet


def test_log_odds_matches_the_formula_by_hand():
    a, b = Counter({"camp": 3, "said": 1}), Counter({"centre": 2, "said": 2})
    table = log_odds_dirichlet(a, b, prior_size=10).set_index("word")
    # prior: combined counts camp 3, centre 2, said 3 of 8, scaled to 10 pseudo-words
    alpha = {"camp": 3.75, "centre": 2.5, "said": 3.75}
    n_a, n_b, alpha_0 = 4, 4, 10
    for word in alpha:
        y_a, y_b, al = a[word], b[word], alpha[word]
        delta = (math.log((y_a + al) / (n_a + alpha_0 - y_a - al))
                 - math.log((y_b + al) / (n_b + alpha_0 - y_b - al)))
        z = delta / math.sqrt(1 / (y_a + al) + 1 / (y_b + al))
        assert table.loc[word, "delta"] == pytest.approx(delta)
        assert table.loc[word, "z"] == pytest.approx(z)
    assert list(table.index) == ["camp", "said", "centre"]


def test_symmetry_and_empty_input():
    a, b = Counter({"x": 5, "y": 1}), Counter({"x": 1, "y": 5})
    ab = log_odds_dirichlet(a, b).set_index("word")["z"]
    ba = log_odds_dirichlet(b, a).set_index("word")["z"]
    assert ab["x"] == pytest.approx(-ba["x"])
    assert log_odds_dirichlet(Counter(), Counter()).empty


def test_content_words_drop_stopwords_numbers_and_possessives():
    words = content_words("China\u2019s camps, the 2017 camps and Beijing's denial.", frozenset({"the", "and"}))
    assert words == ["china", "camps", "camps", "beijing", "denial"]


def test_distinctive_words_rank_each_text_against_the_rest():
    table = distinctive_words({"a": ["camp"] * 5 + ["said"], "b": ["centre"] * 5 + ["said"]}, top=1)
    assert table[["key", "word"]].values.tolist() == [["a", "camp"], ["b", "centre"]]
