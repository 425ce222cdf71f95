#!/bin/sh
# sign.sh FILE: Authenticode-sign FILE in place with osslsigncode, when a certificate is
# supplied; otherwise do nothing. Used for the bundle's exe, the NSIS installer and its
# uninstaller (through !finalize and !uninstfinalize) and the MSI.
#   SIGN_CERT=cert.pem SIGN_KEY=key.pem   the code-signing certificate and its key (PEM)
#   SIGN_TIMESTAMP_URL=...                 a timestamp server (release machines; CI has none)
set -eu
file="$1"
if [ -z "${SIGN_CERT:-}" ] || [ -z "${SIGN_KEY:-}" ]; then
    exit 0
fi
set -- -certs "$SIGN_CERT" -key "$SIGN_KEY" -h sha256 -n "Parent Companion"
if [ -n "${SIGN_TIMESTAMP_URL:-}" ]; then
    set -- "$@" -ts "$SIGN_TIMESTAMP_URL"
fi
osslsigncode sign "$@" -in "$file" -out "$file.signed" >/dev/null
mv "$file.signed" "$file"
echo "signed: $(basename "$file")"
