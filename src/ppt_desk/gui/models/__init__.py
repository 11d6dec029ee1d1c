"""Qt item models over frozen DTOs."""
