"""Pure rules of USB sync: manifests, device cards, sequences, pseudonyms, merges."""
