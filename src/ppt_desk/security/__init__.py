"""Keys, keyslots and recovery codes. No Qt, no ORM."""
