"""The Sinkronisasi page: device cards, sending to the province, importing, the bundle log."""
