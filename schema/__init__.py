"""The data model and graph schema: the bottom layer, importing neither `extractors` nor `kg`."""
from schema.models import (
    CAMEO_CODES,
    Article,
    DatePrecision,
    EntityType,
    Entity,
    Event,
    EventDate,
    EventStatus,
    EventType,
    Evidence,
    Extraction,
    Mention,
    Participant,
    PlaceRef,
    Position,
    TopicRef,
)

__all__ = [
    "CAMEO_CODES", "Article", "DatePrecision", "EntityType", "Entity", "Event", "EventDate",
    "EventStatus", "EventType", "Evidence", "Extraction", "Mention", "Participant", "PlaceRef",
    "Position", "TopicRef",
]
