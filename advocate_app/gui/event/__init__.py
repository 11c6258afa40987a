"""Event (kiosk) mode in the window: the organizer's PIN, the participant wipe, idle reset."""
