"""Bundle-level order checks: each sender's bundles form a hash chain, and each carries a signed
checkpoint of the sender's audit chain that must never move backwards.

Per sender, bundle ``n`` names the hash of bundle ``n - 1``. The receiver keeps the last bundle
it accepted from each sender and the last checkpoint ``(seq, head_hash)``:
- the same bundle again is a replay (applies nothing, changes nothing);
- a bundle whose number the receiver already holds with other content, or whose predecessor
  hash differs from the one held, is a fork: two laptops claiming one identity, or a laptop put
  back to an older copy and used again;
- a bundle further ahead than the next is accepted — bundles carry every unacknowledged event,
  so a lost stick loses nothing — but its predecessor cannot be checked and this is reported;
- a checkpoint with a lower sequence than the last one, or the same sequence with another head,
  names a device put back to an older copy (T8).
Pure: the caller supplies what the store holds.
"""
from __future__ import annotations

from dataclasses import dataclass

NEW = "new"
REPLAY = "replay"
FORK = "fork"
GAP = "gap"          # accepted; the bundles between were never seen here

CHECKPOINT_OK = "ok"
CHECKPOINT_STALE = "stale_checkpoint"
CHECKPOINT_DIVERGED = "checkpoint_diverged"


@dataclass(frozen=True)
class LastBundle:
    seq: int
    bundle_hash: str


def classify_bundle(last: LastBundle | None, held_hash_at_seq: str | None, bundle_seq: int,
                    prev_hash: str, bundle_hash: str, genesis: str) -> str:
    """Where an incoming bundle stands in its sender's chain.

    ``held_hash_at_seq`` is the hash of the bundle with this number that the receiver already
    holds from this sender, if any."""
    if held_hash_at_seq is not None:
        return REPLAY if held_hash_at_seq == bundle_hash else FORK
    if last is None:
        if bundle_seq == 1:
            return NEW if prev_hash == genesis else FORK
        return GAP
    if bundle_seq <= last.seq:
        # An old number we never recorded: a bundle from before a restored copy.
        return FORK
    if bundle_seq == last.seq + 1:
        return NEW if prev_hash == last.bundle_hash else FORK
    return GAP


def checkpoint_message(device_id: str, seq: int, head_hash: str) -> bytes:
    """What a device signs to vouch for the head of its audit chain: the same statement in
    every bundle and in the checkpoint file kept beside the database."""
    return f"ppt-desk-checkpoint-v1\0{device_id}\0{seq}\0{head_hash}".encode()


def check_checkpoint(previous: tuple[int, str] | None, new: tuple[int, str]) -> str:
    if previous is None:
        return CHECKPOINT_OK
    prev_seq, prev_head = previous
    seq, head = new
    if seq < prev_seq:
        return CHECKPOINT_STALE
    if seq == prev_seq and head != prev_head:
        return CHECKPOINT_DIVERGED
    return CHECKPOINT_OK
