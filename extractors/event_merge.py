"""From candidates to the events of one article: back-references, merging, date/place carry-over.

Rules (each general, none tied to one text):
- "the sides", "их встреча", "tərəflər" take the parties of the nearest earlier event that has
  two or more (a press conference "following talks with Y" those of the talks after it; with no
  such event, the subjects of the next sentence); "the delegation" with no actor takes the last
  delegation's actor.
- Candidates of one type with compatible dates, places and overlapping parties are one event
  (two sentences about one meeting give one event with both evidence spans). An event marked
  as earlier ("предыдущие переговоры") never merges with one that is not.
- An event without its own date takes the day its story had reached (the last day the body
  named before it), else the date of the related event it belongs to (one that shares a party,
  e.g. the visit during which a meeting took place), else the report date (the dateline's, else
  the publication date); an event without its own place takes the place of the visit its parties
  made at that time, or the place of a meeting its visitor attended, or the place of another
  event of the same parties on that date, or the one city a party was in that day by another event
  of theirs in person, or, for a meeting told beside a gathering (or in a story
  whose lead names it), the gathering's city, or the dateline city, or, for a reception, the
  capital of the host's country. A place that is only a country becomes the one city of it the
  story names, unless the event is dated days apart from the story's lead (a visit of April
  told under a visit of May to Istanbul stays a visit to Turkey).
- Meetings, calls and press conferences need two parties; visits and signings one. Countries
  alone are not parties ("talks between Azerbaijan and Armenia" names no event): some person
  or institution must act.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace

from extractors.events import Candidate
from extractors.mentions import EntityRef
from schema import EntityType, EventDate, EventStatus, EventType

MIN_PARTIES = {EventType.VISIT: 1, EventType.AGREEMENT_SIGNING: 1, EventType.PRESS_CONFERENCE: 1}


@dataclass
class ArticleContext:
    # the date a report speaks from: its dateline's, else its publication date. An event the text
    # does not date takes it, as event coders (Phoenix, GDELT) date a story's events by the story;
    # without either it stays unknown
    report_date: EventDate | None
    dateline_place: EntityRef | None
    country_of: dict[str, str | None]  # place id -> country id, for "city within that country"
    cities: tuple[EntityRef, ...] = ()  # the places (cities) the article names anywhere
    headline: frozenset[int] = frozenset()  # indexes of the sentences of the title and date lines
    headline_cities: tuple[EntityRef, ...] = ()  # the places the title and date lines name
    capital_of: dict[str, str] = field(default_factory=dict)  # country id -> its capital's place id
    seat_of: dict[str, EntityRef] = field(default_factory=dict)  # person id -> the capital of the country they serve
    setting: EntityRef | None = None  # the city of the gathering the story is set at ("the NATO summit in Vilnius")
    set_sentences: frozenset[int] = frozenset()  # the sentences that setting holds for (all of them when the lead names it)


def resolve_delegations(cands: list[Candidate]) -> None:
    """A bare "the delegation" acts for the institution of the last delegation named before it."""
    delegation_actor: list[tuple[EntityRef, str]] = []
    for cand in cands:
        if cand.delegation_back and delegation_actor:
            ref, _ = delegation_actor[-1]
            cand.add(ref, cand.trigger.spec.role("subject") or "participant", subject=True)
        orgs = [(r, role) for r, role in cand.participants.values() if r.type is EntityType.ORGANIZATION]
        if orgs:
            delegation_actor.append(orgs[0])


def resolve_sides(cands: list[Candidate]) -> None:
    """"The sides", "their", "the ministers" take the parties of an earlier event (after lists of
    counterparts are split, so that they name one pair, not the whole list)."""
    for k, cand in enumerate(cands):
        if cand.refers_back and len(_actors(cand)) < 2:
            # the nearest earlier event with two acting parties (countries alone do not act: after
            # "a signing ceremony of Azerbaijani-Albanian documents", "the heads of state signed"
            # are the presidents who met), preferring one that includes the party already named
            # ("At the meeting with Pellegrini, the sides ..." after two meetings)
            earlier = [e for e in reversed(cands[:k]) if len(_actors(e)) >= 2]
            if cand.refers_forward:
                earlier = [e for e in cands[k + 1:] if e.sent == cand.sent and len(_actors(e)) >= 2] or earlier
            named = [e for e in earlier if set(cand.participants) <= set(e.participants)]
            source = (named or earlier)[:1]
            if cand.distributive:  # "встречи Путина с каждым из гостей": Putin meets each of the others
                cand.subjects.update(cand.participants)
            for e in source:
                if (cand.conversation or e.held_remotely) and cand.type is EventType.MEETING and e.type is EventType.CALL:
                    # "Путин провел телефонный разговор с Алиевым. В ходе беседы стороны обсудили конфликт на
                    # Ближнем Востоке": that call, which joins two places and takes none from what was discussed; so
                    # is "Görüşdə tərəflər ..." after a meeting held by video
                    cand.type, cand.place = EventType.CALL, None
                for ref, role in e.participants.values():
                    cand.add(ref, role if cand.type is e.type else "participant")
            if not source:  # "the presidents met" opening the story: the subjects of the next sentence, else
                for ref in cand.named_next or cand.named_before:  # the two persons of the sentence before
                    cand.add(ref, "participant")
        elif cand.conversation and cand.type is EventType.MEETING and cand.place is None and any(
                e.type is EventType.CALL and set(cand.participants) <= set(e.participants) and cand.date in (None, e.date)
                for e in cands[:k]):
            cand.type = EventType.CALL  # "During the conversation, A and B discussed": the call told before (talks held
            # somewhere or on another day are talks)


def fold_restatements(cands: list[Candidate], report_date: EventDate | None) -> list[Candidate]:
    """"The meeting was held in Tbilisi", "Встреча прошла в Кремле" restate the nearest event of their
    type reported before: its place and date, when that event has none of its own, come from them
    (for a list split into one meeting per counterpart, to each of them). A restatement dated days
    away from that event ("the first such meeting was held in Baku in 2017") speaks of another,
    whose parties it does not name; no restatement stands as an event of its own."""
    out: list[Candidate] = []
    for cand in cands:
        if not cand.held_in:
            out.append(cand)
            continue
        antecedent = next((e for e in reversed(out) if e.type is cand.type and e.status is cand.status
                           and not e.previous and _actors(e)), None)
        if antecedent is None or not _near(cand.date, antecedent.date or report_date):
            continue
        for ev in (e for e in out if e.trigger is antecedent.trigger):
            if ev.place is None:
                ev.place = cand.place
            if cand.date_from_text and not ev.date_from_text:
                ev.date, ev.date_from_text = cand.date, True
            ev.sentences |= cand.sentences
    return out


def fold_groups_into_pairs(cands: list[Candidate], ctx: ArticleContext) -> list[Candidate]:
    """"Received the heads of government of A, B and C" then "held bilateral meetings with the Prime
    Ministers of A ..., B ... and C ...": a group of three or more, not told as a multilateral format,
    whose parties the pairs split from one list of the same type cover, is those pairs told at once.
    It stands as no event of its own; its sentences, date and place go to the pairs. (A
    trilateral meeting beside bilateral ones is multilateral and stays; a headline's list is the
    headline's way of telling the body's group.)"""
    by_trigger: dict[int, list[Candidate]] = {}
    for cand in cands:
        if cand.distributive and len(cand.participants) == 2 and cand.sent not in ctx.headline:
            by_trigger.setdefault(id(cand.trigger), []).append(cand)
    out = []
    for cand in cands:
        pairs = None if cand.distributive or cand.multilateral or len(cand.participants) < 3 else next((
            group for group in by_trigger.values() if len(group) >= 2 and group[0].type is cand.type
            and group[0].status is cand.status and set(cand.participants) <= {k for pair in group for k in pair.participants}
            and all(not (cand.date and pair.date) or cand.date.compatible(pair.date) for pair in group)), None)
        if pairs is None:
            out.append(cand)
            continue
        for pair in pairs:
            pair.sentences |= cand.sentences
            pair.place = pair.place or cand.place
            if cand.date_from_text and not pair.date_from_text:
                pair.date, pair.date_from_text = cand.date, True
    return out


def _near(a: EventDate | None, b: EventDate | None) -> bool:
    """Whether two dates may be one event's: unknown, compatible, or days within VISIT_DAYS either way."""
    return _during_visit(a, b) or _during_visit(b, a)


def resolve_guests(cands: list[Candidate]) -> None:
    """"The guest arrived in Baku in the evening", "qonaq Bakıya gəlib": the guest is the visitor of the
    nearest visit reported before (or after, when the article opens with the guest's programme); with
    no visit, the guest of the reception reported before ("received Lavrov ... 'Your visit is ...'")."""
    visits = [(k, c) for k, c in enumerate(cands) if c.type is EventType.VISIT and not c.guest_role
              and any(role == "visitor" for _, role in c.participants.values())]
    receptions = [(k, c) for k, c in enumerate(cands) if c.type is EventType.MEETING and not c.guest_role
                  and any(role == "guest" for _, role in c.participants.values())]
    for k, cand in enumerate(cands):
        if cand.guest_role is None:
            continue
        nearest = [v for i, v in reversed(visits) if i < k] + [v for i, v in visits if i > k]
        source = nearest[0] if nearest else next((r for i, r in reversed(receptions) if i < k), None)
        if source is None:
            continue
        for ref, role in source.participants.values():
            if role in ("visitor", "guest") and ref.id not in cand.participants:
                cand.add(ref, cand.guest_role, subject=True)


def settle_ongoing(cands: list[Candidate]) -> None:
    """"The visit will last two days", "səfəri sabah başa çatacaq" speak again of an event under way:
    after an earlier report of that event (its type and a party), each takes its status (planned
    only when that visit is still to come) and neither its date nor its place (tomorrow is when it
    ends, Shusha where it goes on). Without an earlier report it stands as read."""
    for k, cand in enumerate(cands):
        earlier = cand.ongoing and next((e for e in reversed(cands[:k]) if e.type is cand.type and not e.ongoing
                                         and set(e.participants) & set(cand.participants)), None)
        if earlier:
            cand.status, cand.date, cand.date_from_text, cand.place = earlier.status, None, False, None


def settle_present_restatements(cands: list[Candidate]) -> None:
    """"X travels to Washington next week ... X travels to Washington to attend a meeting": an
    undated event told in the present after a planned one of its type and parties is that plan."""
    for k, cand in enumerate(cands):
        if cand.status is not EventStatus.HAPPENED or not cand.in_present or cand.date_from_text:
            continue
        if any(e.type is cand.type and e.status is EventStatus.PLANNED and set(e.participants) == set(cand.participants)
               for e in cands[:k]):
            cand.status = EventStatus.PLANNED


def _actors(cand: Candidate) -> list[EntityRef]:
    """The parties of `cand` that are not countries."""
    return [ref for ref, _ in cand.participants.values() if ref.type is not EntityType.COUNTRY]


def _places_compatible(a: EntityRef | None, b: EntityRef | None, ctx: ArticleContext) -> bool:
    if a is None or b is None or a.id == b.id:
        return True
    return ctx.country_of.get(a.id) == b.id or ctx.country_of.get(b.id) == a.id


def _better_place(a: EntityRef | None, b: EntityRef | None) -> EntityRef | None:
    """The more precise of two compatible places: a city over its country."""
    if a is None or b is None:
        return a or b
    return b if a.type is EntityType.COUNTRY and b.type is not EntityType.COUNTRY else a


def _better_date(a: EventDate | None, b: EventDate | None) -> EventDate | None:
    if a is None or b is None:
        return a or b
    rank = {"day": 3, "month_day": 2, "month": 1, "year": 0}
    if a.year is None and b.year is not None and b.day is not None:
        return b
    return a if rank[a.precision.value] >= rank[b.precision.value] else b


def _same_event(a: Candidate, b: Candidate, ctx: ArticleContext) -> bool:
    if a.type is not b.type or a.status is not b.status or a.previous != b.previous:
        return False
    if a.date and b.date and not a.date.compatible(b.date):
        return False
    if not _places_compatible(a.place, b.place, ctx):
        return False
    if a.distributive or b.distributive:
        mine, theirs = _as_persons(a, b, ctx), _as_persons(b, a, ctx)
        # "During the meeting with Turkish FM Hakan Fidan, the sides ...": the person named for a country of the
        # list tells that meeting again, whoever else it names
        return mine == theirs or (mine != set(a.participants) and theirs <= mine) or (
            theirs != set(b.participants) and mine <= theirs)
    mine, theirs = set(a.participants), set(b.participants)
    if (a.multilateral and b.beside_multilateral and len(theirs) < len(mine)) or (
            b.multilateral and a.beside_multilateral and len(mine) < len(theirs)):
        return False  # "the meeting of Putin and Aliyev before the trilateral talks": a bilateral beside it
    return bool(mine & theirs) and (mine <= theirs or theirs <= mine)


def _serves(person: str, country: str, ctx: ArticleContext) -> bool:
    seat = ctx.seat_of.get(person)
    return seat is not None and ctx.country_of.get(seat.id) == country


def _as_persons(a: Candidate, b: Candidate, ctx: ArticleContext) -> set[str]:
    """`a`'s parties, each country that stands for an unnamed counterpart ("counterparts from Türkiye, Iran
    and Hungary") read as the person of `b` who serves it ("the meeting with Turkish FM Hakan Fidan")."""
    out = set()
    for key in a.participants:
        named = [p for p in b.participants if key in a.acting_countries and _serves(p, key, ctx)]
        out.add(named[0] if len(named) == 1 else key)
    return out


def merge(cands: list[Candidate], ctx: ArticleContext) -> list[Candidate]:
    """Merge candidates that report one event; deterministic (document order)."""
    out: list[Candidate] = []
    for cand in cands:
        target = next((e for e in out if _same_event(e, cand, ctx)), None)
        if target is None:
            out.append(cand)
            continue
        target.multilateral = target.multilateral or cand.multilateral
        for ref, role in cand.participants.values():
            target.add(ref, role)
        named = target.acting_countries | cand.acting_countries  # the person named for a country stands for it
        target.participants = {k: v for k, v in target.participants.items() if not (
            k in named and any(_serves(p, k, ctx) for p in target.participants))}
        target.acting_countries = named & set(target.participants)
        target.date = _better_date(target.date, cand.date)
        target.date_from_text = target.date_from_text or cand.date_from_text
        target.place = _better_place(target.place, cand.place)
        target.sentences |= cand.sentences
        target.confidence = min(0.95, max(target.confidence, cand.confidence) + 0.05)
    return out


def split_plural(cands: list[Candidate]) -> list[Candidate]:
    """"Held meetings with X, Y and Z" (a plural trigger) is one meeting per counterpart; so is
    "was received separately by X and Y", where the list stands in the subject slot; "visited A and
    B" is one visit per destination."""
    out = []
    for cand in cands:
        for place in cand.more_places:  # "visited Saudi Arabia and Kuwait": a visit to each
            other = _one_of(cand, distributive=cand.distributive)
            other.place = place
            for ref, role in cand.participants.values():
                other.add(ref, role, subject=ref.id in cand.subjects)
            out.append(other)
        subjects = [(r, role) for r, role in cand.participants.values() if r.id in cand.subjects]
        others = [(r, role) for r, role in cand.participants.values() if r.id not in cand.subjects]
        if len(others) < 2 <= len(subjects) and others:
            subjects, others = others, subjects
        if cand.type is EventType.VISIT and cand.distributive and not others and len(subjects) > 1:
            for ref, role in subjects:  # "с прибывшими с визитом Президентами A, B и C": each came, and
                single = _one_of(cand, distributive=True)  # a later group outing ("посетили Центр") joins none
                single.add(ref, role, subject=True)
                out.append(single)
            continue
        if cand.distributive and not others and len(subjects) > 2:
            continue  # "the three ministers held bilateral meetings": which pairs met, the sentence does not say
        if not cand.distributive or not subjects or len(others) < 2:
            out.append(cand)
            continue
        for ref, role in others:
            single = _one_of(cand, distributive=True)
            for s_ref, s_role in subjects:
                single.add(s_ref, s_role, subject=True)
            single.add(ref, role)
            out.append(single)
    return out


def _one_of(cand: Candidate, distributive: bool) -> Candidate:
    """An empty candidate for one of the events a split candidate stands for: everything the
    candidate knows (trigger, status, date, the day its story had reached, place, sentences, ...)
    but no parties and no further places yet."""
    return replace(cand, participants={}, subjects=set(), more_places=[], distributive=distributive,
                   sentences=set(cand.sentences), slots=set(cand.slots), acting_countries=set(cand.acting_countries),
                   offices=dict(cand.offices), named_next=list(cand.named_next), named_before=list(cand.named_before))


def carry_over(events: list[Candidate], ctx: ArticleContext) -> None:
    """Dates and places for events the text does not date or place in their own sentence. An event
    dated by the day its story had reached still takes its place from the related event whose date it
    would have had: the press conference after talks held on the visit's first day is in the visit's city."""
    kin_date: dict[int, EventDate | None] = {}  # id of an event dated by its story -> the related event's date
    on_report: list[Candidate] = []  # visits dated by the report alone
    for ev in events:
        if ev.date is None and not ev.previous:
            related = [o for o in events if o is not ev and o.date is not None and not o.previous
                       and o.status is ev.status and set(o.participants) & set(ev.participants)]  # a plan dates no deed
            before = [o for o in related if _first_body_sentence(o, ctx) <= _first_body_sentence(ev, ctx)]
            # a later event lends its date only when it is the visit the event took place in
            source = before or [o for o in related if o.type is EventType.VISIT and _places_compatible(o.place, ev.place, ctx)]
            lent = (before[-1] if before else source[0]).date if source else None
            beside = next((o.date for o in related if ev.type is EventType.VISIT and ev.trigger.spec.noun and o.type is not EventType.VISIT
                           and o.date_from_text and o.date.day is not None and ev.sent in o.sentences), None)
            if beside is not None:  # "As part of his visit to Russia, X met Y on 8 October": the day of its sentence
                ev.date = beside
                continue
            report = ctx.report_date if ev.status is EventStatus.HAPPENED else None
            if ev.in_present and report is not None:
                ev.date = report  # "Лавров принимает участие в переговорах": today, not the day of yesterday's visit
                continue
            if ev.story_day is not None and ev.status is EventStatus.HAPPENED:
                kin_date[id(ev)], lent = lent, ev.story_day
            if lent is not None and lent.day is None and report is not None and lent.compatible(report):
                lent = report  # "this week", "in May": the report's day refines a month the related event gives
            ev.date = lent or report
            if lent is None and ev.type is EventType.VISIT:
                on_report.append(ev)
    for ev in events:
        if ev.place is not None or ev.previous or ev.type is EventType.CALL:  # a call joins two places
            continue
        when = kin_date.get(id(ev)) or ev.date
        visits = [o for o in events if o.type is EventType.VISIT and o is not ev and o.place is not None and not o.previous
                  and set(o.participants) & set(ev.participants) and (_during_visit(o.date, ev.date) or _during_visit(o.date, when))]
        hosts = [o for o in events if ev.type is EventType.VISIT and o is not ev and o.place is not None and not o.previous
                 and set(o.participants) & set(ev.participants) and (not o.date or not when or o.date.compatible(when))]
        related = [o for o in events if o is not ev and o.place is not None and not o.previous and o.status is ev.status
                   and set(ev.participants) <= set(o.participants) and o.date and when and o.date.compatible(when)]
        if visits:
            ev.place = visits[0].place
        elif hosts:
            ev.place = hosts[0].place
        elif related:  # the press conference after the talks, the bilateral beside the trilateral, that day
            ev.place = related[0].place
        elif present := _where_that_day(ev, when, events):
            ev.place = present  # "Лавров в Нью-Йорке провел встречу с A ... До этого Лавров провел переговоры с B"
        elif ctx.setting is not None and ev.type is EventType.MEETING and ev.sentences & ctx.set_sentences and not any(
                role == "host" for _, role in ev.participants.values()):
            ev.place = ctx.setting  # "Earlier in the summit, he met A, B and C" in a story of the NATO summit in Vilnius
        elif ctx.dateline_place is not None:
            ev.place = ctx.dateline_place
        elif seat := next((ctx.seat_of[ref.id] for ref, role in ev.participants.values() if role == "host"
                           and ref.id in ctx.seat_of), None):
            ev.place = seat  # "Президент Азербайджана принял сопредседателей": received in Baku
    _date_by_first_deed(on_report, events, ctx)
    lead = _lead_date(events, ctx)
    for ev in events:
        if ev.place is not None and ev.place.type is EntityType.COUNTRY and not ev.previous:
            # an event dated apart from the story ("his last visit to Turkey was on April 13" under
            # a visit to Istanbul) is not in the cities the story names
            apart = not _near(lead, ev.date)
            ev.place = _city_of_deeds(ev, events, ctx) or (None if apart else _city_in(
                ev.place, ctx, headline=ev.type is not EventType.VISIT) or _seat_in(ev, events, ctx)) or ev.place


def _lead_date(events: list[Candidate], ctx: ArticleContext) -> EventDate | None:
    """The date of the story's lead: the first event the body reports that happened and is dated (a
    headline's event, not yet folded into the body's, takes the report date)."""
    dated = [ev for ev in events if ev.date is not None and ev.status is EventStatus.HAPPENED and not ev.previous
             and ev.sentences - ctx.headline]
    return min(dated, key=lambda ev: _first_body_sentence(ev, ctx)).date if dated else None


IN_PERSON = (EventType.MEETING, EventType.PRESS_CONFERENCE, EventType.AGREEMENT_SIGNING)


def _where_that_day(ev: Candidate, when: EventDate | None, events: list[Candidate]) -> EntityRef | None:
    """The one city where a party of an in-person event was, by another event of theirs in person on
    the same day: one is in one city a day."""
    if ev.type not in IN_PERSON or ev.status is not EventStatus.HAPPENED or when is None or when.day is None:
        return None
    cities = {o.place.id: o.place for o in events if o is not ev and o.type in IN_PERSON and o.place is not None
              and o.place.type is EntityType.PLACE and not o.previous and o.status is EventStatus.HAPPENED
              and set(o.participants) & set(ev.participants) and o.date == when}
    return next(iter(cities.values())) if len(cities) == 1 else None


def _persons(cand: Candidate) -> int:
    """How many persons take part: a summit, a dinner or a press statement needs persons, not the body
    whose summit it is ("для участия в саммите СНГ" is no meeting with the CIS)."""
    return sum(ref.type is EntityType.PERSON for ref, _ in cand.participants.values())


def _city_of_deeds(visit: Candidate, events: list[Candidate], ctx: ArticleContext) -> EntityRef | None:
    """The one city of that country that the headline names and where the visitor's own events took
    place ("Aliyev, who is in Germany, met Scholz" under "Aliyev holds meetings in Munich"): the
    visit is there, not in the capital a plan names. A side trip the headline does not name (a
    state visit to Baku with a day in Fuzuli) does not move the visit."""
    if visit.type is not EventType.VISIT or visit.status is not EventStatus.HAPPENED:
        return None
    headline = {c.id for c in ctx.headline_cities if ctx.country_of.get(c.id) == visit.place.id}
    if len(headline) != 1:
        return None  # "Tbilisi və Marneulidə görüşlər": a visit of several cities is the country's
    cities = {o.place.id: o.place for o in events if o is not visit and o.place is not None and not o.previous
              and o.status is EventStatus.HAPPENED and set(o.participants) & set(visit.participants)
              and o.place.id in headline and ctx.country_of.get(o.place.id) == visit.place.id}
    return next(iter(cities.values())) if len(cities) == 1 else None


def _seat_in(ev: Candidate, events: list[Candidate], ctx: ArticleContext) -> EntityRef | None:
    """The one capital of the event's country where a party serving that country sits, when the article
    names no city there ("Azərbaycanda səfərdə olan Çavuşoğlu Prezident İlham Əliyev tərəfindən qəbul
    edilib": received in Baku). For a visit, the parties of the visitor's own meetings in that country."""
    country = ev.place.id
    pool = [ev] if ev.type is not EventType.VISIT else [
        o for o in events if o.type in IN_PERSON and o.status is EventStatus.HAPPENED and not o.previous and o.place is not None
        and set(o.participants) & set(ev.participants) and country in (o.place.id, ctx.country_of.get(o.place.id))]
    seats = {ctx.seat_of[k].id: ctx.seat_of[k] for o in pool for k in o.participants
             if k in ctx.seat_of and ctx.country_of.get(ctx.seat_of[k].id) == country}
    return next(iter(seats.values())) if len(seats) == 1 else None


def _first_body_sentence(ev: Candidate, ctx: ArticleContext) -> int:
    """Where an event is first reported in the body (a headline restating it comes first in the
    text but not in the story), or in the headline when the body does not report it."""
    return min(ev.sentences - ctx.headline or ev.sentences)


VISIT_DAYS = 3  # days after a visit's first date during which the visitor's events take its place


def _date_by_first_deed(visits: list[Candidate], events: list[Candidate], ctx: ArticleContext) -> None:
    """A visit the text does not date, reported with a deed of its party the text dates in the `VISIT_DAYS`
    before the report ("... visited Turkey. On October 9 he met Erdogan" under a report of October 10), was under
    way by the first such deed: it takes that day, and the deeds it leaves unplaced take its place. (After the
    places are carried: a deed the text places otherwise keeps its city.)"""
    report = ctx.report_date
    if report is None or report.day is None:
        return
    for visit in visits:
        deeds = sorted((o for o in events if o.type is not EventType.VISIT and o.date_from_text and o.date is not None
                        and o.date.day is not None and o.date.year is not None and not o.previous
                        and o.status is visit.status and set(o.participants) & set(visit.participants)
                        and _places_compatible(visit.place, o.place, ctx)
                        and report.start - dt.timedelta(days=VISIT_DAYS) <= o.date.start <= report.start),
                       key=lambda o: o.date.start)
        if not deeds:
            continue
        visit.date = deeds[0].date
        for deed in deeds:
            deed.place = deed.place or visit.place


def _during_visit(visit: EventDate | None, event: EventDate | None) -> bool:
    """Whether an event may belong to a visit: dates unknown, compatible, or within the days after
    the visit began ("arrived yesterday ... held meetings today")."""
    if visit is None or event is None or visit.compatible(event):
        return True
    if visit.day is None or event.day is None or visit.year is None or event.year is None:
        return False
    return visit.start <= event.start <= visit.start + dt.timedelta(days=VISIT_DAYS)


def _city_in(country: EntityRef, ctx: ArticleContext, headline: bool = True) -> EntityRef | None:
    """The city that makes "a visit to France" precise: the dateline's ("PARIS, April 25") if it
    lies in that country, else the one such city the headline names, else the one city of that
    country the article names, or its capital
    when the article names the capital among others."""
    if ctx.dateline_place is not None and ctx.country_of.get(ctx.dateline_place.id) == country.id:
        return ctx.dateline_place
    in_headline = {c.id: c for c in ctx.headline_cities if ctx.country_of.get(c.id) == country.id} if headline else {}
    if len(in_headline) == 1:  # "Aliyev holds meetings in Munich" over talks "in Germany"
        return next(iter(in_headline.values()))
    named = {c.id: c for c in ctx.cities if ctx.country_of.get(c.id) == country.id}
    if len(named) == 1:
        return next(iter(named.values()))
    return named.get(ctx.capital_of.get(country.id, ""))


def fold_headline(events: list[Candidate], ctx: ArticleContext) -> list[Candidate]:
    """The headline restates the body's event ("Bayramov meets Fidan in Ankara" above "Jeyhun
    Bayramov met with ... Hakan Fidan"): a headline event joins the body event of its type that
    shares a party, whatever the headline leaves out (date, the city beside the country, and in a
    headline without a verb the tense: "On the state visit of the President to Kyrgyzstan" above
    "will pay a state visit" is the plan);
    the body's parties and status stand, the headline's evidence is added."""
    out = []
    for ev in events:
        body = sorted((o for o in events if o is not ev and not o.sentences <= ctx.headline and o.type is ev.type
                       and (o.status is ev.status or ev.verbless) and set(o.participants) & set(ev.participants)),
                      key=lambda o: o.status is not ev.status)
        if ev.sentences <= ctx.headline and body:
            body[0].sentences |= ev.sentences
            if _places_compatible(body[0].place, ev.place, ctx):  # "... meet in Tbilisi" above an unplaced body
                body[0].place = _better_place(body[0].place, ev.place)
            continue
        out.append(ev)
    return out


def keep_attendances_abroad(cands: list[Candidate], ctx: ArticleContext) -> list[Candidate]:
    """An attendance ("took part in the forum in Baku") is a visit of those who came from another
    country: a visitor at home is dropped from it, and it stands only when none of its visitors
    has a visit of its own in the article (the state visit during which the guest attended an opening)
    and no earlier event is recalled in its sentence."""
    visiting = {ref_id for c in cands if c.type is EventType.VISIT and not c.trigger.spec.abroad  # a plan ("his visit will be
                and c.status is EventStatus.HAPPENED for ref_id in c.participants}  # successful") is no visit of his own
    out = []
    for cand in cands:
        if cand.trigger.spec.abroad and cand.place is not None:
            here = {cand.place.id, ctx.country_of.get(cand.place.id)}
            cand.participants = {k: v for k, v in cand.participants.items()
                                 if not (k in ctx.seat_of and ctx.country_of.get(ctx.seat_of[k].id) in here)}
            recalled = any(o.previous and o.sent == cand.sent for o in cands)  # "the previous meeting was in Antalya, where he attended"
            if not cand.participants or visiting & set(cand.participants) or recalled:
                continue
        out.append(cand)
    return out


def drop_countries_beside_actors(cands: list[Candidate]) -> None:
    """A country is a party only when no person or institution acts: in "Mirzoyan briefed him
    on the negotiations with Azerbaijan", Azerbaijan is what is negotiated with, not who met; unless it
    stands for a counterpart no name is given for ("with his counterparts from Iran and Iraq")."""
    for cand in cands:
        if any(ref.type is not EntityType.COUNTRY for ref, _ in cand.participants.values()):
            cand.participants = {k: v for k, v in cand.participants.items()
                                 if v[0].type is not EntityType.COUNTRY or k in cand.acting_countries}


def finalize(cands: list[Candidate], ctx: ArticleContext) -> list[Candidate]:
    cands = keep_attendances_abroad(cands, ctx)
    drop_countries_beside_actors(cands)
    resolve_delegations(cands)
    resolve_guests(cands)
    cands = fold_restatements(split_plural(cands), ctx.report_date)
    resolve_sides(cands)
    # "separate meetings with each of the guests": a list taken from an earlier event is split too
    cands = [one for cand in cands for one in (split_plural([cand]) if cand.refers_back else [cand])]
    settle_ongoing(cands)
    settle_present_restatements(cands)
    merged = fold_groups_into_pairs(merge(cands, ctx), ctx)
    kept = [c for c in merged if len(c.participants) >= MIN_PARTIES.get(c.type, 2) and _persons(c) >= c.trigger.spec.min_participants
            and any(ref.type is not EntityType.COUNTRY or ref.id in c.acting_countries for ref, _ in c.participants.values())]
    carry_over(kept, ctx)
    refined = fold_headline(merge(kept, ctx), ctx)
    return [c for c in refined if c.status is EventStatus.HAPPENED or c.participants]
