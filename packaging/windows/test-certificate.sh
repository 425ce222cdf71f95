#!/bin/sh
# test-certificate.sh DIR: a throw-away self-signed code-signing certificate (cert.pem,
# key.pem) for CI, valid for two days. It proves the signing steps work; it is not trusted
# by any Windows, and release builds are signed on a release machine instead.
set -eu
mkdir -p "$1"
openssl req -x509 -newkey rsa:3072 -nodes -days 2 -sha256 \
    -subj "/O=Parent Companion test/CN=Parent Companion test (throw-away)" \
    -addext "extendedKeyUsage=codeSigning" -addext "keyUsage=digitalSignature" \
    -keyout "$1/key.pem" -out "$1/cert.pem" 2>/dev/null
echo "throw-away code-signing certificate in $1"
