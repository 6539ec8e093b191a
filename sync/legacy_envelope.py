"""The envelope of format versions 1 and 2, kept to open packages written before the
move to HPKE (docs/package-format.md, section 4, "Versions 1 and 2"). Read only: a
package is written in the current version alone.

It was built by hand on HPKE's pattern: X25519 with a fresh ephemeral key named in the
header, HKDF-SHA256 giving both the AES-256-GCM key and its nonce, the plain header as
associated data.
"""
from __future__ import annotations

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from sync.keys import raw_public, x25519_public

HKDF_INFO = b"SNQ package v1"
LAST_VERSION = 2


def decrypt(body: bytes, associated_data: bytes, ephemeral_raw: bytes,
            private: X25519PrivateKey) -> bytes:
    """The compressed payload; raises ``InvalidTag`` (or ``ValueError`` for a bad
    ephemeral key) when ``private`` is not the key the package was sealed for."""
    recipient_raw = raw_public(private)
    shared = private.exchange(x25519_public(ephemeral_raw))
    okm = HKDF(
        algorithm=hashes.SHA256(), length=44, salt=ephemeral_raw + recipient_raw, info=HKDF_INFO
    ).derive(shared)
    return AESGCM(okm[:32]).decrypt(okm[32:], body, associated_data)
