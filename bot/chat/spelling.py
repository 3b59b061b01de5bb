"""Shorthand and misspellings in questions, repaired against the words that carry meaning.

A token is repaired only when it is not a word we know (common English, the domain's
words from `question_vocabulary`, the order's own words, an inflection of any of them), so
"pushed" stays "pushed" and "counting" is never "corrected" into another word.
"""

from __future__ import annotations

from functools import lru_cache

from settleconf.bot.chat.question_vocabulary import DOMAIN_WORDS


def _words(block: str) -> frozenset[str]:
    return frozenset(block.split())


SHORTHAND: dict[str, str] = {
    "wen": "when", "whn": "when", "wehn": "when", "hw": "how", "teh": "the", "hte": "the",
    "r": "are",
    "u": "you", "ur": "your", "pls": "please", "plz": "please", "thx": "thanks",
    "ltr": "letter", "ltrs": "letters", "conf": "conference", "resp": "response",
    "dmd": "demand", "pltf": "plaintiff", "pltff": "plaintiff", "pl": "plaintiff",
    "plaintiffs": "plaintiff", "def": "defendant", "defs": "defendant", "deft": "defendant",
    "dft": "defendant", "defendants": "defendant", "defense": "defendant",
    "defence": "defendant", "wk": "week", "ths": "this", "nxt": "next", "dl": "deadline",
    "ddl": "deadline", "dls": "deadlines", "sched": "schedule", "pg": "page", "pgs": "pages",
    "b4": "before", "msj": "summary judgment", "mtn": "motion", "atty": "attorney",
    "bc": "because", "tmrw": "tomorrow", "whats": "what is", "whens": "when is",
    "wat": "what", "wut": "what", "exparte": "ex parte", "memos": "memo", "depo": "deposition",
    "depos": "depositions", "sj": "summary judgment", "mtg": "meeting",
    # Shorthand litigators type in a channel.
    "mj": "magistrate judge", "magj": "magistrate judge", "oc": "opposing counsel",
    "exh": "exhibits", "exhs": "exhibits", "exs": "exhibits", "atts": "attachments",
    "stmt": "statement", "stmnt": "statement", "subm": "submission", "hc": "hard copy",
    "tmr": "tomorrow", "2morrow": "tomorrow", "2day": "today", "confs": "conference",
    "cnf": "conference", "sett": "settlement", "stlmt": "settlement", "ctr": "counter",
    "ctroffer": "counteroffer", "ph": "phone", "ppl": "people", "reqs": "requirements",
    "req": "required", "wks": "weeks", "yr": "year",
    # end-of-day shorthand: the day named with it is the day ("EOD friday"), "EOW" is Friday
    "eod": "end of day", "cob": "close of business", "eow": "end of week", "eob": "end of day",
    # Three letters or fewer are never fuzzy-repaired (too many near words): typed fast, they
    # are listed. "mag" is the magistrate, "fedex" a courier (the order says e-mail).
    "dkt": "docket", "msc": "settlement conference", "sc": "settlement conference",
    "ssc": "settlement conference", "wats": "what is", "wuts": "what is", "whatre": "what are",
    "wht": "what", "waht": "what", "tme": "time", "hve": "have", "hv": "have", "mag": "magistrate",
    "dte": "date", "dt": "date", "ddln": "deadline", "lmt": "limit", "fedex": "courier",
    "ups": "courier", "usps": "mail", "dmnd": "demand", "rsp": "response", "cnsl": "counsel",
    "ctrpty": "counterparty", "w": "with", "abt": "about", "re": "about", "thru": "through",
    "p": "plaintiff", "d": "defendant",  # "P's demand", "we're D"
    # Dropped vowels and clipped plurals seen in channels: "whr do we send it", "hard cpy",
    # "can the attys go alone", "the def corp".
    "whr": "where", "wher": "where", "ther": "there", "neg": "negotiate",
    "negs": "negotiations", "cpy": "copy", "cpys": "copies",
    "attys": "attorneys",
    "attny": "attorney", "attnys": "attorneys", "corp": "company",
    "xp": "ex parte", "stmts": "statements", "sub": "submission",
    "subs": "submissions", "pp": "pages", "cnsel": "counsel", "clnt": "client",
    "otr": "off the record", "lmk": "let me know", "addy": "address", "avail": "available",
    "reqd": "required", "tel": "telephone", "indiv": "individual",
    # "y is the demand due 5/14", "cn we send it wed": texting shorthand for a question word
    "y": "why", "whay": "why", "wy": "why", "cn": "can",
}

# Words never "corrected": common English and the filler of questions.
COMMON_WORDS = _words("""
a about after again against all already also am an and any anything are as ask at away back
be because been before being best between bot both but by call came can case change check
come could date dates day days did do does doing done dont each else even ever every few
for from full gave get gets getting give go goes going good got had has have having he hello
her here hey hi him his hmm how i if in into is it its just know last late later let like
look lunch make many may me mean might more most much must my need needs new no not now
of off ok okay on once one only or other our out over own part partner please put quick
really remind right said same say says see seems send sent sends set she should show side
since so some someone something still such sure take tell than thank thanks that the their
them then there these they thing things think this those though through time to today too
tomorrow try two under until up us use used very want was way we weather well were what
whatever where whether which while who whom why will with within without work worth would
yes yet you your yours
spare cell easter cinco de mayo halloween valentines patricks mothers fathers eve flag
able above accept across act add added afternoon ago agree ahead allow almost alone along
always amount another answered anyone anyway appreciate april area around arrive arrived
asap assume attached available aware bad based basically become begin behind believe below
big bit block body book boss both bring brought busy buy calls cannot care careful carry
cause certain chance changed cheers child choose city claim clear clearly close closed coffee
company complete completed confirm confused consider contact continue copy correct cost
could couple course cover create current currently dear decide decided deal definitely
describe detail details didnt different difficult direct directly does doesnt draft
drafted drive during early easy edit either email emailed end enough entire especially
evening event everyone exact exactly example except expect expected explain fact fair fall
family far fast feel figure final finally find fine finish finished firm fix follow
following forget form forward found free friday friend front fun game general given glad
great group guess guy guys half hand handle happen happened happy hard head hear heard
help hold home hope hour hours house idea important include information inside instead
interest issue issues item job join joke keep kind knew known large least leave left less
letting level life light line little live long longer looking lose lost lot love main
major manage matter maybe meaning meant meeting mind minute minutes miss missing moment
money month months morning move moving name near nearly never nice night none normal
note nothing notice number office often old open option options order original others
otherwise outside page paper past pay people perfect perhaps person phone pick place
plan point possible post prefer prepare pretty probably problem process project pull
question questions quickly quite rather read ready real reason received recent record
regarding remember reply request review run running saw second seem seen sense separate
several share short sign similar simple single sit small soon sorry sound speak special
spend staff stand start started state stay step stop story street strong stuff suggest
support suppose sure system talk talked team tell thats theirs themselves thought three
through thursday title together told took top total toward track true trying turn type
understand unless update upon using usual wait walk wanted watch week weekend weeks went
whole wife win wish woman wonder word words worked working world worry write wrong year
years yesterday young room rooms zoom
""")


# Real three-letter words and abbreviations a question may hold that are one edit from a word
# we know ("fro" from "for", "wed" from "weed", "tue" from "true"): never repaired.
REAL_SHORT = _words("""
ace act ads age aid aim air ale alt amp ant ape app apt arc ark arm art ash ate awe axe bag ban
bar bat bay bed bee beg bet bib bid bin bio bog boo bow box boy bra bud bug bum bun bus cab cad
cam cap car cat cob cod cog con coo cop cot cow coy cry cub cue cup cur cut dab dad dam dan dat
deb den dew dib die dig dim din dip doc doe dog don dot dry dub dud dug dye ear eat ebb eel egg
ego elf elk elm emu end eon era err eta eve ewe eye fab fad fan fat fax fed fee fen fib fig fin
fir fit fla flu fly foe fog fon fox fro fry fud fur gab gag gal gap gas gel gem gin gnu gob god
gum gun gut gym hag ham hat hay hem hen hep hew hid hip hit hob hoe hog hop hot hub hue hug hum
hun hut ice icy ill imp ink inn ion ire irk ivy jab jag jam jar jaw jay jet jig jog jot joy jug
keg ken key kid kin kit lab lad lag lap law lax lay led leg lei lid lie lip lit log lop low lug
mad man map mat maw men met mid mix mob mod mom mop mow mud mug mum nab nag nap net nib nil nip
nit nod nor nos nub nut oak oar oat odd ode oil opt orb ore owe owl pad pal pan pap par pat paw
pea peg pen pep per pet pew pie pig pin pit ply pod pop pot pox pro pry pub pun pup pus rag ram
ran rap rat raw ray red rib rid rig rim rip rob rod roe rot row rub rue rug rum rut rye sac sad
sag sap saw sax sea sec sew shy sin sip sir sis six ski sky sly sob sod son sow soy spa spy sub
sue sum tab tad tag tan tap tar tat tax tea tee ten tic tie tim tin tip toe tog tom ton tot tow
toy tub tug tux urn van vat vet vex via vie vow wad wag war wax web wed wet wig wit woe wok won
woo wow yak yam yap yaw yen yew zip zoo
mon tue thu fri sat sun jan feb mar apr jun jul aug sep oct nov dec est edt pst pdt cst cdt mst
mdt utc gmt ecf adr ene mdl llc inc ceo cfo coo cto esq usa nyc cal biz bus ted ned usd eur gbp
irs doj ftc tro pdf hrs yrs mos wks fre non til res sch min mil ins int imm del des dos eds ens
mot sec sen sal sel sid sys bal obt abe amy ben joe jon les gus ida sal tod wil yer nay fag gad har
hod jut lat mah mal nad nae oes ons ont pss pul rad sty tam tok thy vee wee woh yar zom aer iem
ito dil hor fil fes
""")


@lru_cache(maxsize=64)
def _vocabulary(extra: frozenset[str]) -> tuple[frozenset[str], tuple[str, ...]]:
    vocabulary = DOMAIN_WORDS | extra
    return vocabulary, tuple(sorted(w for w in vocabulary if len(w) >= 3))


def _known(token: str, vocabulary: frozenset[str]) -> bool:
    """A word we know, or an inflection of one ("pushed", "changes", "counting")."""
    if token in vocabulary or token in COMMON_WORDS:
        return True
    stems = (token[:-1], token[:-2], token[:-3], token[:-3] + "e", token[:-2] + "e")
    return any(len(s) >= 3 and (s in vocabulary or s in COMMON_WORDS) for s in stems
               if token.endswith(("s", "es", "ed", "ing", "ied", "ies")))


def _abbreviates(token: str, word: str) -> bool:
    """'letr' for 'letter': same first letter, the rest in order, at most three dropped."""
    if word[0] != token[0] or len(word) - len(token) > 3 or len(word) <= len(token):
        return False
    rest = iter(word)
    return all(ch in rest for ch in token)


def closest(
    token: str, targets: tuple[str, ...], prefer: frozenset[str] = frozenset()
) -> str | None:
    """The known word `token` misspells: one edit (a swap counts as one) for short words,
    two from eight letters on; else the one word it abbreviates. rapidfuzz is imported
    here, not at module load, so `ask` pays for it only when a word is unknown."""
    from rapidfuzz.distance import OSA
    from rapidfuzz.process import extract

    allowed = 2 if len(token) >= 8 else 1
    # Every target within the allowed distance, scored in rapidfuzz's C loop: a Python loop
    # over the vocabulary for each unknown word cost ~1.5 ms a word, ~0.35 s for a pasted
    # paragraph of typos.
    near = extract(token, targets, scorer=OSA.distance, score_cutoff=allowed, limit=None)
    if near:
        # Ties go to the order's own words, then to a dropped letter ("leter": letter, not later).
        best = min(int(score) for _, score, _ in near)
        ties = [w for w, score, _ in near if int(score) == best and len(w) >= len(token) - 1]
        ties.sort(key=lambda w: (w not in prefer, len(w) <= len(token), w))
        if len(token) <= 5:  # a short word keeps its first letter: "room" is not "zoom"
            ties = [w for w in ties if w[0] == token[0]]
        return ties[0] if ties else None
    short = sorted((w for w in targets if _abbreviates(token, w)), key=len)
    if short and len(token) >= 4 and all(w.startswith(short[0]) for w in short):
        return short[0]
    return None


def _swapped(token: str, word: str) -> bool:
    """'cna' for 'can': two neighbouring letters typed the wrong way round."""
    return len(word) == len(token) and any(
        token[:i] + token[i + 1] + token[i] + token[i + 2:] == word for i in range(len(token) - 1))


def _dropped(token: str, word: str) -> bool:
    """'dte' for 'date': one inner letter left out, the first and the last kept."""
    return len(word) == len(token) + 1 and any(
        word[:i] + word[i + 1:] == token for i in range(1, len(word) - 1))


@lru_cache(maxsize=1024)
def _repaired_short(token: str, extra: frozenset[str]) -> str | None:
    """A three-letter typo of a word we know ("cna", "yuo", "wek", "lnk", "tme"): two
    letters swapped, or one inner letter of a four-letter word dropped, and only when
    exactly one known word fits ("hwo" is "how" or "who": left alone). Short words are
    too close to each other for the fuzzy match, so only these two slips are repaired."""
    vocabulary = _vocabulary(extra)[0] | COMMON_WORDS
    near = {w for w in vocabulary if w.isalpha() and (_swapped(token, w) or _dropped(token, w))}
    return near.pop() if len(near) == 1 else None


@lru_cache(maxsize=4096)
def _repaired(token: str, extra: frozenset[str]) -> str | None:
    # A pasted message repeats its words; each unknown one is looked up once per vocabulary.
    return closest(token, _vocabulary(extra)[1], extra)


def repair(tokens: list[str], extra: frozenset[str]) -> tuple[list[str], list[str]]:
    """Expand shorthand and fix misspellings against the known vocabulary.

    Returns the repaired tokens and the repairs made ("leter->letter"), so a reply
    can show how the question was read.
    """
    vocabulary, _ = _vocabulary(extra)
    out: list[str] = []
    fixes: list[str] = []
    for token in tokens:
        if token in SHORTHAND:
            out.extend(SHORTHAND[token].split())
            continue
        if len(token) == 3 and token.isalpha() and token not in REAL_SHORT and not _known(
                token, vocabulary) and (short := _repaired_short(token, extra)):
            fixes.append(f"{token}->{short}")
            out.append(short)
            continue
        if len(token) < 4 or not token.isalpha() or _known(token, vocabulary):
            out.append(token)
            continue
        close = _repaired(token, extra)
        if close:
            fixes.append(f"{token}->{close}")
            out.append(close)
        else:
            out.append(token)
    return out, fixes

