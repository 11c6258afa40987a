"""The campaign editor: a window where an organizer writes or changes a campaign pack."""
