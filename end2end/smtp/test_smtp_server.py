#!/usr/bin/env python3
"""A real SMTP server for the tests, built on aiosmtpd, that can misbehave on purpose.

It listens on 127.0.0.1 (the port given, or a free one), prints "PORT <n>" once it is ready,
and writes each message it accepts to the inbox folder as <n>.eml, with <n>.json beside it
holding the envelope (MAIL FROM, RCPT TO), whether the session was encrypted, and who logged
in. attempts.json counts every DATA it was offered, accepted or not.

Modes:
  accept       take every message
  defer:N      answer 451 (try again later) to the first N messages, then accept
  reject       answer 550 to every message
  stall        never answer DATA, so the sender's timeout has to end it
"""

import argparse
import asyncio
import json
import pathlib
import shutil
import ssl
import sys
import warnings

from aiosmtpd.smtp import SMTP, AuthResult, LoginPassword

# aiosmtpd 1.4 warns about its own deprecated attribute when a client logs in.
warnings.filterwarnings("ignore", category=DeprecationWarning)


class Handler:
    def __init__(self, mode, inbox):
        self.mode = mode
        self.inbox = inbox
        self.offered = 0
        self.accepted = 0

    async def handle_DATA(self, server, session, envelope):
        self.offered += 1
        (self.inbox / "attempts.json").write_text(json.dumps({"offered": self.offered}))
        if self.mode == "reject":
            return "550 5.7.1 Refused on purpose by the test server"
        if self.mode == "stall":
            await asyncio.sleep(3600)
        if self.mode.startswith("defer:") and self.offered <= int(self.mode.split(":")[1]):
            return "451 4.3.0 Busy on purpose, try again later"
        self.accepted += 1
        name = self.inbox / str(self.accepted)
        name.with_suffix(".eml").write_bytes(envelope.original_content)
        name.with_suffix(".json").write_text(
            json.dumps(
                {
                    "mail_from": envelope.mail_from,
                    "rcpt_tos": envelope.rcpt_tos,
                    "encrypted": session.ssl is not None,
                    "login": session.auth_data.decode() if session.authenticated else None,
                }
            )
        )
        return "250 2.0.0 Accepted"


def authenticator_for(user, password):
    def authenticate(server, session, envelope, mechanism, auth_data):
        if (
            isinstance(auth_data, LoginPassword)
            and auth_data.login.decode() == user
            and auth_data.password.decode() == password
        ):
            return AuthResult(success=True, auth_data=auth_data.login)
        return AuthResult(success=False, handled=False)

    return authenticate


async def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--mode", default="accept")
    parser.add_argument("--inbox", required=True)
    parser.add_argument("--tls-cert")
    parser.add_argument("--tls-key")
    parser.add_argument("--user")
    parser.add_argument("--password")
    parser.add_argument("--clear", action="store_true", help="empty the inbox first")
    options = parser.parse_args()

    inbox = pathlib.Path(options.inbox)
    if options.clear and inbox.exists():
        shutil.rmtree(inbox)
    inbox.mkdir(parents=True, exist_ok=True)
    handler = Handler(options.mode, inbox)
    tls_context = None
    if options.tls_cert:
        tls_context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        tls_context.load_cert_chain(options.tls_cert, options.tls_key)
    authenticator = authenticator_for(options.user, options.password) if options.user else None

    def make_session():
        return SMTP(
            handler,
            hostname="localhost",
            tls_context=tls_context,
            require_starttls=tls_context is not None,
            authenticator=authenticator,
            auth_required=authenticator is not None,
            auth_require_tls=tls_context is not None,
        )

    loop = asyncio.get_running_loop()
    server = await loop.create_server(make_session, "127.0.0.1", options.port)
    print(f"PORT {server.sockets[0].getsockname()[1]}", flush=True)
    async with server:
        await server.serve_forever()


if __name__ == "__main__":
    try:
        asyncio.run(main())
    except KeyboardInterrupt:
        sys.exit(0)
