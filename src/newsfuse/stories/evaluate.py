"""B-cubed precision, recall and F1 of a clustering against gold labels."""

from __future__ import annotations


def bcubed(predicted: list[list[str]], gold: dict[str, str]) -> tuple[float, float, float]:
    cluster_of = {a: i for i, g in enumerate(predicted) for a in g}
    gold = {a: lab for a, lab in gold.items() if a in cluster_of}  # score what was clustered
    members: dict[int, set[str]] = {i: set(g) for i, g in enumerate(predicted)}
    by_label: dict[str, set[str]] = {}
    for a, lab in gold.items():
        by_label.setdefault(lab, set()).add(a)
    items = [a for a in gold if a in cluster_of]
    if not items:
        return 0.0, 0.0, 0.0
    p = r = 0.0
    for a in items:
        mine = members[cluster_of[a]] & set(gold)
        same = by_label[gold[a]]
        both = len(mine & same)
        p += both / len(mine)
        r += both / len(same)
    p, r = p / len(items), r / len(items)
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)
