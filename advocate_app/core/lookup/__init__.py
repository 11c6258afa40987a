"""Finding a person's members of Congress from an address or a ZIP code."""
