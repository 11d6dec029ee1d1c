"""Statistics for the Task Force (issue 13, ADR 0020): pure parts only.

- ``period``      the reporting periods (month, quarter, semester, year, from-to);
- ``dimensions``  what is counted: one code per breakdown, with its labels and its date;
- ``model``       the facts of a case, the counts over them and the tables made from them;
- ``facts``       a case and its records -> its facts (what the derived tables store);
- ``tables``      counts -> the tables of the Statistik page and the report;
- ``suppression`` small cells (k = 11) with complementary suppression, k-anonymity;
  its parts: ``suppression_audit`` (the ranges of hidden figures, the rule's check),
  ``exact_lp`` (the exact simplex it uses), ``k_anonymity`` (the HTCDS export);
- ``rad``         RAD indicator sheets (data files in resources/rad) over the counts;
- ``simfoni``, ``htcds``  the standards' views of the same facts.
"""
