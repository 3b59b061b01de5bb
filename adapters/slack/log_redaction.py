"""bolt logs the whole request body when a signature check fails.

`RequestVerification._debug_log_error` writes "Invalid request signature detected
(signature: ..., timestamp: ..., body: ...)" at INFO: whatever a forger (or a misconfigured
proxy) sent, in our logs -- and a real Slack payload whose signature broke in transit
carries user text. bolt has no option for it, so a logging filter on that one logger keeps
the record (the event is worth knowing) and drops its arguments.
"""

from __future__ import annotations

import logging

# bolt names its middleware loggers "slack_bolt.<class name>"; the async verifier inherits
# its logger from RequestVerification.__init__.
VERIFICATION_LOGGERS = ("slack_bolt.RequestVerification",)
WITHHELD = "slack: invalid request signature (request withheld from the log)"


class _WithholdBody(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        if "body:" in record.getMessage():
            record.msg, record.args = WITHHELD, None
        return True


_FILTER = _WithholdBody()


def withhold_bodies_from_bolt_logs() -> None:
    """Idempotent: `Logger.addFilter` ignores a filter already present."""
    for name in VERIFICATION_LOGGERS:
        logging.getLogger(name).addFilter(_FILTER)
