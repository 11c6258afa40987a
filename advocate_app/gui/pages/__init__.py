"""The four steps of the main window: You, Your members, Your letter, Send."""
