"""The organizer's tallies: letters per member, district, campaign and route."""
