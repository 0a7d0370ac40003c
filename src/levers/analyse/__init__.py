"""Questions asked of the store: profiles of entities, and later paths and control."""

from .profile import Citation, ClaimView, Profile, entity_profile, render_profile

__all__ = ["Citation", "ClaimView", "Profile", "entity_profile", "render_profile"]
