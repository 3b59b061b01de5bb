"""The console adapter: one terminal behaves as one channel of the local workspace."""

from settleconf.adapters.console.console_channel import ConsoleChannel

__all__ = ["ConsoleChannel"]
