#!/bin/sh
# verify-signature.sh SIGNER FILE...: fail unless every FILE carries a valid Authenticode
# signature (chain checked against Debian's CA store) made with a certificate whose
# organisation is SIGNER. osslsigncode is Debian's.
#   VERIFY_CA=cert.pem: trust that certificate instead (the throw-away one in CI).
set -eu
signer="$1"; shift
for file in "$@"; do
    if [ -n "${VERIFY_CA:-}" ]; then
        report="$(osslsigncode verify -ignore-crl -CAfile "$VERIFY_CA" -in "$file" 2>&1)" || status=$?
    else
        report="$(osslsigncode verify -ignore-crl -in "$file" 2>&1)" || status=$?
    fi
    subject="$(echo "$report" | awk '/Signer.s certificate:/{f=1} f&&/Subject:/{print; exit}')"
    if [ "${status:-0}" -ne 0 ] || ! echo "$report" | grep -q "^Signature verification: ok"; then
        echo "$report" >&2
        echo "REFUSED: $file has no valid Authenticode signature" >&2
        exit 1
    fi
    case "$subject" in
        */O="$signer"/*) echo "signed by $signer: $(basename "$file")" ;;
        *) echo "REFUSED: $file is signed by${subject#*Subject:}, not by $signer" >&2; exit 1 ;;
    esac
done
