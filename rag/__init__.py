"""Question answering over government information-disclosure annual reports."""
