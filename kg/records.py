"""Typed records: the hand-off between extraction and everything downstream.

The extraction pipeline (``kg.nlp``) turns an :class:`Article` into an
:class:`Extraction`; the RDF mapping (``kg.graph.rdf``) turns an :class:`Extraction`
into quads.  Neither side imports the other: these dataclasses are the whole
contract between them, so they hold plain strings, dates and offsets, never
spaCy objects.

Conventions
-----------
* Offsets (``Evidence.start``/``end``) are character offsets into
  ``Article.text``, the *normalised* text.
* Provinces are referred to by their short name as listed in
  ``ontology/provinces.csv`` (``上海``, ``江苏``, ``内蒙古`` ...); cities by their
  name in ``ontology/cities.csv`` without the ``市`` suffix (``合肥``).
* Roles are the local names of the ``kg:`` role individuals
  (``PartySecretary``, ``Governor`` ...), see ``ontology/roles.csv``.
* Events are referred to inside one article by ``EventRecord.key`` (``e1``,
  ``e2`` ...); the RDF layer mints the IRIs.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Literal

AgentKind = Literal["person", "province", "city", "region", "organization"]
PlaceKind = Literal["province", "city"]
ParticipationRole = Literal["attendee", "chair", "speaker"]


@dataclass(frozen=True)
class Document:
    """One input document as read from disk, before normalisation.

    ``source`` names where it came from in a way a user recognises in an error
    message (``path`` or ``path:line`` for JSONL).  ``key`` is the stable
    identity used to mint the article IRI: the JSONL ``id`` when there is one,
    else the file name.
    """

    source: str
    key: str
    text: str
    title: str | None = None
    date: date | None = None
    url: str | None = None
    is_html: bool = False
    #: Where the document is inside its input root (``2022/report.txt``, ``c.jsonl:3``): the same
    #: whether the root was named by a relative or an absolute path; recorded as ``kg:sourcePath``.
    source_path: str | None = None


@dataclass(frozen=True)
class Article:
    """A normalised document: what the extraction reads and evidence points into."""

    key: str
    source: str
    text: str
    title: str
    date: date | None
    content_hash: str
    url: str | None = None
    source_path: str | None = None


@dataclass(frozen=True)
class Evidence:
    """The sentence a fact was read from, with offsets into ``Article.text``."""

    text: str
    start: int
    end: int


@dataclass(frozen=True)
class PlaceRef:
    kind: PlaceKind
    name: str


@dataclass(frozen=True)
class AgentRef:
    """A committer, addressee or attendee that need not be a person.

    ``name`` is a person's name, a province short name, a city name, a region
    name or an organisation's canonical label (``国家发展改革委``).
    """

    kind: AgentKind
    name: str


@dataclass(frozen=True)
class Organization:
    """A body that posts belong to, e.g. ``上海市委`` or ``国务院``.

    ``jurisdiction`` is ``None`` for national bodies.
    """

    label: str
    jurisdiction: PlaceRef | None = None
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class Post:
    """``person`` held ``role`` in ``organization`` on ``attested_on``."""

    person: str
    organization: Organization
    role: str
    title: str
    attested_on: date | None
    evidence: Evidence


@dataclass
class EventRecord:
    key: str
    kind: str  # kg class local name: Meeting, Forum, PressConference, ...
    label: str
    start_date: str | None  # "YYYY-MM-DD" or "YYYY"
    location: PlaceRef | None
    evidence: Evidence
    theme: str | None = None
    super_event: str | None = None  # key of the parent event
    scheduled: bool = False
    series: str | None = None  # label of the recurring EventSeries, if recognised
    # what makes it the same event in every report of it ("Inspection|2022-04-10|习近平",
    # "Meeting|2022-08-31|习近平|座谈会"); None: the event is identified by label, day and place
    identity: str | None = None


@dataclass(frozen=True)
class Participation:
    event: str  # EventRecord.key
    agent: AgentRef
    role: ParticipationRole
    evidence: Evidence


@dataclass(frozen=True)
class ReviewedDocument:
    event: str
    title: str  # without 《》
    evidence: Evidence


@dataclass(frozen=True)
class Decision:
    event: str
    decided: str  # key of the decided (usually scheduled) event
    evidence: Evidence


@dataclass(frozen=True)
class ProjectRecord:
    label: str  # canonical full name, quotes removed
    evidence: Evidence
    aliases: tuple[str, ...] = ()
    located_in: PlaceRef | None = None


@dataclass(frozen=True)
class CommitmentRecord:
    """One sentence in which ``committed_by`` bind themselves to future action.

    ``action`` is the first clause's verb phrase, ``actions`` every clause's (one statement per
    sentence, ``shared/statements-guide.md``); ``speaker`` the person whose words they are.
    """

    committed_by: tuple[AgentRef, ...]
    action: str
    projects: tuple[str, ...]  # ProjectRecord.label values
    evidence: Evidence
    event: str | None = None
    speaker: str | None = None
    actions: tuple[str, ...] = ()


@dataclass(frozen=True)
class DirectiveRecord:
    """One sentence in which ``issued_by`` (a person or a body) sets tasks; ``addressed_to`` only
    the parties the sentence names (possibly none)."""

    issued_by: AgentRef
    addressed_to: tuple[AgentRef, ...]
    action: str
    projects: tuple[str, ...]
    evidence: Evidence
    event: str | None = None
    speaker: str | None = None
    actions: tuple[str, ...] = ()


@dataclass
class Extraction:
    """Everything read from one article."""

    article: Article
    persons: list[str] = field(default_factory=list)
    posts: list[Post] = field(default_factory=list)
    events: list[EventRecord] = field(default_factory=list)
    participations: list[Participation] = field(default_factory=list)
    reviewed: list[ReviewedDocument] = field(default_factory=list)
    decisions: list[Decision] = field(default_factory=list)
    projects: list[ProjectRecord] = field(default_factory=list)
    commitments: list[CommitmentRecord] = field(default_factory=list)
    directives: list[DirectiveRecord] = field(default_factory=list)
