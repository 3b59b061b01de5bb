"""Reading settlement-conference orders into `core.order.Order`.

    read_order_text(path) -> str     .txt/.md/.markdown/.text, or a PDF's text layer
    parse_order(text, source_name=None) -> Order
    OrderTextError                    why a file or text cannot be read (one line)
    ParseTimeout                      parse_order(..., deadline=) ran past its deadline

The parser does no date arithmetic: it records rules (`core.order.Rule`) for
`core.deadlines` to count.
"""

from settleconf.core.order_parser.deadline import ParseTimeout
from settleconf.core.order_parser.errors import OrderTextError
from settleconf.core.order_parser.parse import parse_order
from settleconf.core.order_parser.text_source import read_order_text

__all__ = ["OrderTextError", "ParseTimeout", "parse_order", "read_order_text"]
