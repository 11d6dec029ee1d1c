"""Sync bundles as bytes: record framing, the writer and the verification pipeline.

No database and no Qt: the services reach this package through the ``BundleCodec`` port and
bootstrap wires it in. The format is written down in docs/formats/bundle-v1.md.
"""
