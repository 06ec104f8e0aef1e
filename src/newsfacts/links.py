"""Links a claim to the records found inside its content: pure functions over records."""

from collections.abc import Sequence

from .records import Claim, Company, Mention


def inside(mention: Mention, claim: Claim) -> bool:
    """True when `mention` lies within the claim's content."""
    return claim.start <= mention.start and mention.end <= claim.end


def link_claims(
    claims: Sequence[Claim],
    *,
    amounts: Sequence[Mention] = (),
    years: Sequence[Mention] = (),
    companies: Sequence[Company] = (),
) -> list[Claim]:
    """Copies of `claims`, each listing the indexes of the `amounts` and `years` and the names
    of the `companies` whose mentions lie inside its content."""
    linked = []
    for claim in claims:
        linked.append(
            claim.model_copy(
                update={
                    "amounts": [i for i, a in enumerate(amounts) if inside(a, claim)],
                    "years": [i for i, y in enumerate(years) if inside(y, claim)],
                    "companies": [
                        c.name for c in companies if any(inside(m, claim) for m in c.mentions)
                    ],
                }
            )
        )
    return linked
