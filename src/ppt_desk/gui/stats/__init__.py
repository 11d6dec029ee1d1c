"""The Statistik page (issue 13, ADR 0020): tables and charts for a period and scope, the cases
behind a figure, the report exports and the RAD monitoring sheet. Everything it shows comes
from ``backend.stats`` (services/api.StatsApi); the page holds no business rules."""
