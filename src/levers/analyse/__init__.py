"""Questions asked of the store: profiles of entities, a company's exposure to states, timelines."""

from .citations import NodeInfo, Statement
from .explain import (
    Explanation,
    Link,
    Organ,
    Path,
    StateExposure,
    UnknownEntity,
    explain,
)
from .factcheck import Flag, check_extraction, check_store, render_flags
from .profile import Citation, ClaimView, Profile, entity_profile, render_profile
from .render import render_explanation
from .timeline import TimelineEvent, plot_timeline, render_timeline, timeline

__all__ = [
    "Citation",
    "ClaimView",
    "Explanation",
    "Flag",
    "Link",
    "NodeInfo",
    "Organ",
    "Path",
    "Profile",
    "StateExposure",
    "Statement",
    "TimelineEvent",
    "UnknownEntity",
    "check_extraction",
    "check_store",
    "entity_profile",
    "explain",
    "plot_timeline",
    "render_explanation",
    "render_flags",
    "render_profile",
    "render_timeline",
    "timeline",
]
