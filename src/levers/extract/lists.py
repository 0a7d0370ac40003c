"""Claims told once for several names: lists ("X and Y each hold 30% of Z", "fined X, Y and W") and
clauses whose verb is left out the second time ("Z is 60% owned by X and 40% by Y", "X holds 51% and Y
the rest", "A is owned by X, and B by Y").

The specific rules (relations.py) and the general reader (frames.py) find a claim for one name; this
step copies it to the others the sentence coordinates with that name, where the words that state it
are not that name's alone.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from levers.extract.qualifiers import parse_share
from levers.extract.relations import Found, SentenceReader, _is_passive, _pobj
from levers.model import Share


class ListReader:
    """Spreads the claims found in one sentence over the names listed or elided with theirs."""

    def __init__(self, reader: SentenceReader):
        self.reader = reader

    def spread(self, sent: Span, found: list[Found]) -> list[Found]:
        """A claim about one name of a list is about each: "X and Y each hold 30% of Z", "the owners
        of Z are X and Y", "fined X, Y and W". Not where the words that say it belong to one name
        alone ("X, chaired by W, and Y": W chairs X only). And a holding told once for two owners,
        the verb left out the second time: "Z is 60% owned by X and 40% by Y", "X holds 51% and Y the rest"."""
        known = {(f.type, f.subject, f.object) for f in found}
        each = any(t.lower_ == "each" for t in sent)
        spread: list[Found] = []
        for item in found:
            beside_the_share = item.qualifiers.share is None and any(f.type == item.type and f.qualifiers.share is not None for f in found)
            if item.type in {"owns", "acquires"} and not beside_the_share:  # not "X holds 18% through his company, Y, and Z 9%": Z holds none of Y
                pairs = [(holder, item.object, share) for holder, share in self._elided_holders(sent, item.trigger)]
                pairs += [(holder, owned, None) for holder, owned in self._elided_passives(sent, item.trigger)]
                for holder, owned, share in pairs:
                    copy = Found(item.type, holder, owned, item.trigger, item.presupposed, replace(item.qualifiers, share=share), item.confidence, item.denied)
                    key = (copy.type, copy.subject, copy.object)
                    if copy.subject != copy.object and key not in known and self.reader.fits(copy):
                        known.add(key)
                        spread.append(copy)
            for end in ("subject", "object"):
                for name in self._list_members(sent, getattr(item, end), item.trigger):
                    copy = Found(item.type, item.subject, item.object, item.trigger, item.presupposed, replace(item.qualifiers), item.confidence, item.denied)
                    setattr(copy, end, name)
                    if not each:
                        copy.qualifiers.share = None  # "X and Y hold 30%": between them, not each
                    key = (copy.type, copy.subject, copy.object)
                    if copy.subject != copy.object and key not in known and self.reader.fits(copy):
                        known.add(key)
                        spread.append(copy)
        return found + spread

    def _list_members(self, sent: Span, entity_id: str, trigger: Token) -> list[str]:
        """The other names coordinated with a name of the entity in this sentence."""
        heads = [t for t in sent if self.reader.entities.at(t) == entity_id and self.reader.entities.at(t.head) != entity_id and t.i != trigger.i]
        if not heads:
            return []
        token = min(heads, key=lambda t: abs(t.i - trigger.i))  # the mention the claim was read from
        if token.is_ancestor(trigger) or token.head.i == trigger.i and token.dep_ in {"appos", "compound", "poss"}:
            return []  # the claim is said inside this name's own phrase: "X, chaired by W, and Y"; "Chile's miner X and Y"
        if self._starts_own_clause(token):
            return []  # "... of Y and X owns 40% of W": X heads a clause of its own, whatever the parser joined it to
        members: list[str] = []
        for other in token.conjuncts:
            other_id = self.reader.entities.at(other)
            if other_id and other_id != entity_id and other_id not in members and not other.is_ancestor(trigger) and not self._starts_own_clause(other):
                members.append(other_id)
        return members

    def _starts_own_clause(self, name: Token) -> bool:
        """ "X owns 60% of Z and Y the rest", "... and Y owns 40% of W": Y is no partner of Z in a list."""
        doc, entity_id = name.doc, self.reader.entities.at(name)
        end = name.i
        while end < len(doc) and self.reader.entities.at(doc[end]) == entity_id:
            end += 1
        return self._share_after_name(name) is not None or end < len(doc) and doc[end].pos_ in {"VERB", "AUX"}

    def _elided_holders(self, sent: Span, trigger: Token) -> list[tuple[str, Share | None]]:
        """The second owners of a holding whose verb is not repeated: "... and 40% by Y", "... and Y the rest",
        "... and the remaining 15% to Y"."""
        doc = sent.doc
        holders = []
        for i in range(trigger.i + 1, sent.end - 1):
            if doc[i].lower_ not in {"and", ",", ";", "while", "with"}:
                continue
            share_end, share = _share_phrase_at(doc, i + 1, sent.end)
            holder_word = {"by", "to"} if trigger.lemma_.lower() == "belong" else {"by"}  # "... and 40% by Y", "85% belongs to X and the remaining 15% to Y"
            if share_end is not None and share_end < sent.end and doc[share_end].lower_ in holder_word:
                by = doc[share_end]
                named_after = doc[share_end + 1 + (doc[share_end + 1].lower_ == "the")] if share_end + 1 < sent.end else None
                holder = self.reader.entity(_pobj(by)) if _pobj(by) is not None else self.reader.entities.at(named_after) if named_after is not None else None
                if holder:
                    holders.append((holder, share))  # "... and 40% by Calder Partners"
                continue
            first = doc[i + 1 + (doc[i + 1].lower_ == "the" and i + 2 < sent.end)]
            if self.reader.entities.at(first) is None and first.pos_ == "NOUN" and first.i + 2 < sent.end and doc[first.i + 1].lower_ == "of":
                first = doc[first.i + 2]  # "... and the municipality of Bergen the rest": Bergen's
            holder = self.reader.entities.at(first)
            share = self._share_after_name(first) if holder else None
            if share is not None:
                for one in [*self._listed_before(first), holder]:  # "... and UNOC and TPDC 19% each"
                    if one not in {h for h, _ in holders}:
                        holders.append((one, share))  # "... and Kaveri Agrochem, an Indian maker, the rest"
        return holders

    def _listed_before(self, name: Token) -> list[str]:
        """The names listed right before an elided holder's: "A and B 19% each", "A, B and C the rest"."""
        doc, entities = name.doc, self.reader.entities
        partners: list[str] = []
        i, passed_and = name.i - 1, False
        while i > name.sent.start + 1 and doc[i].lower_ in {"and", ","} and not (passed_and and doc[i].lower_ == "and"):
            passed_and = passed_and or doc[i].lower_ == "and"
            partner = entities.at(doc[i - 1])
            if partner is None:
                break
            partners.insert(0, partner)
            i -= 1
            while i > name.sent.start and entities.at(doc[i - 1]) == partner:
                i -= 1
            i -= 1
        return partners

    def _elided_passives(self, sent: Span, trigger: Token) -> list[tuple[str, str]]:
        """ "A is owned by X, and B by Y": the second pair of a passive holding whose verb is not repeated."""
        if not (_is_passive(trigger) or trigger.tag_ == "VBN"):
            return []
        doc = sent.doc
        pairs = []
        for i in range(trigger.i + 1, sent.end - 2):
            if doc[i].pos_ in {"VERB", "AUX"} and doc[i].lemma_.lower() in {"own", "hold", "control", "be"} or doc[i].text == ";":
                break  # another clause with its own verb: what follows is its, not this one's
            if doc[i].lower_ != "and":
                continue
            owned = self.reader.entities.at(doc[i + 1])
            end = i + 1
            while owned and end < sent.end and self.reader.entities.at(doc[end]) == owned:
                end += 1
            if owned and end + 1 < sent.end and doc[end].lower_ == "by":
                holder = self.reader.entity(_pobj(doc[end]) if _pobj(doc[end]) is not None else doc[end + 1])
                if holder and holder != owned:
                    pairs.append((holder, owned))  # "... and Mahe Blue by his business partner, Nikos Papadoyannis"
        return pairs

    def _share_after_name(self, token: Token) -> Share | None:
        """The share right after a name (and its apposition) in an elided clause: "Y the rest", "Y, a fund, 40%"."""
        doc, entity_id = token.doc, self.reader.entities.at(token)
        end = token.i
        while end < len(doc) and self.reader.entities.at(doc[end]) == entity_id:
            end += 1
        if end < len(doc) and doc[end].text == ",":  # skip "Y, a privately held maker,"
            close = next((j for j in range(end + 1, min(end + 14, len(doc))) if doc[j].text in {",", ";", "."}), None)
            if close is not None and doc[close].text == ",":
                end = close + 1
        share_end, share = _share_phrase_at(doc, end, token.sent.end)
        if share_end is None or share_end < token.sent.end and doc[share_end].lower_ in {"of", "in", "stake", "interest", "shares"}:
            return None  # "Y 40% of W": another holding, told in full
        return share or Share(None, doc[end:share_end].text)


FRACTIONS = {"third", "thirds", "quarter", "quarters", "fifth", "fifths", "tenth", "tenths", "half"}


def _share_phrase_at(doc, start: int, stop: int) -> tuple[int | None, Share | None]:
    """A share starting at `start` ("40%", "40 per cent", "the rest", "the remaining 49%", "the other
    half"), as (the index after it, its value); (None, None) where none starts there."""
    i = start
    while i < stop and doc[i].lower_ in {"about", "roughly", "nearly", "almost", "around", "some", "approximately", "just", "over", "under"}:
        i += 1  # "and SABIC about a fifth"
    if i + 1 < stop and doc[i].lower_ in {"a", "one", "two"} and doc[i + 1].lower_ in FRACTIONS:
        return i + 2, parse_share(doc[start : i + 2].text)  # "a fifth", "two thirds"
    if i < stop and doc[i].lower_ == "half":
        return i + 1, parse_share(doc[start : i + 1].text)
    if i < stop and doc[i].lower_ == "the":
        if i + 1 < stop and doc[i + 1].lower_ in {"rest", "remainder", "balance"}:
            return i + 2, None
        if i + 1 < stop and doc[i + 1].lower_ in {"remaining", "other"}:
            i += 2
        else:
            return None, None
    if i < stop and doc[i].like_num and i + 1 < stop and doc[i + 1].lower_ in {"%", "percent", "per"}:
        end = i + 2 + (doc[i + 1].lower_ == "per" and i + 2 < stop and doc[i + 2].lower_ == "cent")
        return end, parse_share(doc[i:end].text)
    if i > start:
        return i, None  # "the remaining", "the other" with no figure
    return None, None
