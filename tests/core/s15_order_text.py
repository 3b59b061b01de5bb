"""The order around the sentences session 15's parser tests read: a D. Minn. settlement
conference on Tue Sep 14, 2027 at 9:30 a.m., the order dated Wed Jul 7, 2027."""

HEAD = (
    "UNITED STATES DISTRICT COURT\nDISTRICT OF MINNESOTA\n\nORDER SETTING SETTLEMENT "
    "CONFERENCE\n\nA settlement conference is set for Tuesday, September 14, 2027, at 9:30 "
    "a.m. in Courtroom 6B.\n\n"
)
TAIL = (
    "\n\nIT IS SO ORDERED.\n\nDated: July 7, 2027\n\ns/ Jane Roe\n"
    "United States Magistrate Judge\n"
)
