"""Reminders into Teams through `TeamsPoster` (which already spaces posts per conversation,
waits out 429s a bounded number of times and marks refused references broken).

Teams gives a bot no way to list its earlier posts, so `find_posted` cannot answer: a
reminder whose worker died between posting and recording it is posted again
(at-least-once; see docs/teams.md).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from settleconf.adapters.teams.proactive import PostResult, TeamsPoster
from settleconf.adapters.teams.proactive import PostStatus as TeamsStatus
from settleconf.bot.reminders.port import PostOutcome, PostStatus
from settleconf.bot.replies.reply import Reply
from settleconf.core.reminders import Destination

_STATUS = {
    TeamsStatus.SENT: PostStatus.SENT,
    # Nobody installed the app there (or it was removed): waiting will not fix it.
    TeamsStatus.NO_REFERENCE: PostStatus.PERMANENT,
    TeamsStatus.BROKEN: PostStatus.PERMANENT,
    TeamsStatus.RATE_LIMITED: PostStatus.RETRY,
    TeamsStatus.FAILED: PostStatus.RETRY,
}
_WHY = {
    TeamsStatus.NO_REFERENCE: "I was never added to this channel or chat (add the app there)",
    TeamsStatus.BROKEN: "Teams refused the post",
    TeamsStatus.RATE_LIMITED: "Teams is throttling posts to this conversation",
    TeamsStatus.FAILED: "Teams did not accept the post",
}
BROKEN_HINT = "the app was removed there, or the channel deleted"


def outcome_of(result: PostResult) -> PostOutcome:
    status = _STATUS[result.status]
    if status is PostStatus.SENT:
        return PostOutcome(status, message_ref=result.activity_id)
    # TeamsPoster's detail is a status line ("Teams refused the post (HTTP 403)") or an
    # exception repr; neither holds the app password (the SDK keeps credentials out).
    if result.status is TeamsStatus.BROKEN:
        return PostOutcome(status, detail=f"{result.detail or _WHY[result.status]}: {BROKEN_HINT}")
    why = _WHY[result.status]
    return PostOutcome(status, detail=f"{why} ({result.detail})" if result.detail else why)


class TeamsReminderPoster:
    def __init__(self, poster: TeamsPoster) -> None:
        self._poster = poster

    async def post(
        self, destination: Destination, reply: Reply, reminder_ids: Sequence[int]
    ) -> PostOutcome:
        del reminder_ids  # an Adaptive Card has nowhere a later look-up could read them
        result = await self._poster.post(destination.workspace, destination.channel, reply)
        return outcome_of(result)

    async def find_posted(
        self, destination: Destination, reminder_id: int, since: datetime
    ) -> str | None:
        return None

    async def notify_owner(self, destination: Destination, owner: str, reply: Reply) -> bool:
        # References are kept per conversation, not per user: there is no personal chat to
        # find for an AAD user id, so the failure is only logged (and listed by `reminders`).
        return False
