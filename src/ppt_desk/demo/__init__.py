"""Synthetic demo and training data."""
